import * as z from 'zod/mini';
import { heroes, isHeroId } from '../heroes/registry';
import { localizedText } from './languages';
import type { localizedTextSchema } from './languages';

// No eval-compiled fast paths: the app runs under a Content-Security-Policy without 'unsafe-eval', and zod's
// probe for eval would itself be reported as a violation. zod/mini (the tree-shakable API) carries no messages
// of its own; the English locale words the generic problems (a missing field, a wrong type) as classic zod does.
z.config({ jitless: true, ...z.locales.en() });

/** Headings of the source article's sections (the article has four headed sections, a lead and photo captions). */
export const articleSectionIds = ['captions', 'lead', 'gathering', 'strategy', 'fusion', 'logic'] as const;
export type ArticleSectionId = (typeof articleSectionIds)[number];

export const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case kebab-case'));

/** Reports every repeated id in a list, at its path; returns the ids seen. */
function flagDuplicateIds(
  items: readonly { id: string }[],
  ctx: z.core.$RefinementCtx,
  path: (string | number)[],
  what: string,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `duplicate ${what} ${item.id}` });
    seen.add(item.id);
  });
  return seen;
}

/** Formats a zod error as "path: problem" lines, so content mistakes point at the field. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
}

/** Parses data with a schema, throwing an error that names each bad field. */
export function parseContent<T>(schema: z.ZodMiniType<T>, data: unknown, what: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`Invalid ${what}:\n${describeIssues(result.error)}`);
  return result.data;
}

/* ------------------------------------------------------------------------------------------------
 * Exhibits: the info panels of the frontier instruments (and, later, of zones), each tied to a
 * paragraph of the article. How a citation is resolved to a paragraph: see src/content/article.ts;
 * the check against the article text lives in src/content/citations.ts.
 * ---------------------------------------------------------------------------------------------- */

/** Longest verbatim anchor snippet a citation may carry, characters. */
export const maxAnchorLength = 25 as const;

/** Where in the article a panel's facts come from: section, 1-based paragraph, and a verbatim snippet of it. */
export const citationSchema = z.object({
  section: z.enum(articleSectionIds),
  /** 1-based, counted within the section by the rule documented in article.ts. */
  paragraph: z.int().check(z.minimum(1, 'paragraphs are numbered from 1')),
  /** Short verbatim snippet of that paragraph (≤ 25 characters) that locates it; never shown as panel text. */
  anchor: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'anchor is missing'),
      z.maxLength(maxAnchorLength, `anchor must be at most ${maxAnchorLength} characters`),
    ),
});
export type Citation = z.infer<typeof citationSchema>;

/* ------------------------------------------------------------------------------------------------
 * Instrument categories: the generic instruments that fill the booths ("nearly a thousand"). Generic
 * labels only, never a brand or model; the card text is general knowledge in our own words.
 * ---------------------------------------------------------------------------------------------- */

/** Where an instrument of a category stands: on a booth counter (bench) or on the booth floor. */
export const instrumentSizeClasses = ['bench', 'floor', 'large'] as const;
export type InstrumentSizeClass = (typeof instrumentSizeClasses)[number];

/**
 * Every schema of the content whose text is localised, built for a list of languages: the app's own
 * (below) or, in tests, the app's plus a pseudo-locale (tests/unit/languages.test.ts).
 */
export function contentSchemas<L extends string>(text: ReturnType<typeof localizedTextSchema<L>>) {
  /** A zone of the exhibition floor, tied to the article section it comes from. */
  const zoneSchema = z.object({
    id: kebabId,
    name: text,
    blurb: text,
    section: z.enum(articleSectionIds),
    /** Floor tint on the plan and in overview, as #rrggbb. */
    color: z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'colour must be #rrggbb')),
  });

  /** All zones; ids must be unique. */
  const zonesSchema = z.array(zoneSchema).check(
    z.minLength(1),
    z.superRefine((zones, ctx) => void flagDuplicateIds(zones, ctx, [], 'id')),
  );

  /**
   * A named person's words as the article reports them, at most one sentence: in the original language
   * verbatim (without the surrounding quotation marks), in the others our translation.
   */
  const quoteSchema = z.object({ ...text.shape, speaker: text, citation: citationSchema });

  /**
   * A figure shown on a panel. `article` figures carry `match`, a string that occurs verbatim in the cited
   * paragraph (the exhibit's citation unless the figure has its own); `computed` figures are computed at
   * build time from an instrument's science (src/heroes/<id>/science) and name the method in their label.
   */
  const figureSchema = z
    .object({
      label: text,
      value: text,
      source: z.enum(['article', 'computed']),
      match: z.optional(z.string().check(z.trim(), z.minLength(1, 'match is empty'))),
      /** Paragraph the figure comes from when it is not the exhibit's own citation (article figures only). */
      citation: z.optional(citationSchema),
      /** Optional caveat shown with the figure. */
      note: z.optional(text),
      /** Id of the exhibit part the figure belongs to (e.g. a strategy tier), if any. */
      part: z.optional(kebabId),
    })
    .check(
      z.superRefine((figure, ctx) => {
        if (figure.source === 'article' && figure.match === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['match'],
            message: 'article figures need a verbatim match string',
          });
        if (figure.source === 'computed' && (figure.match !== undefined || figure.citation !== undefined))
          ctx.addIssue({
            code: 'custom',
            path: ['source'],
            message: 'computed figures carry no match or citation (they come from an instrument’s science)',
          });
      }),
    );

  /** A name a part lists (e.g. one industry of a strategy tier): its zh form occurs verbatim in the part's paragraph. */
  const partItemSchema = text;

  /** One hotspot part of an exhibit's model (hero parts: ids as in modelAnchors.ts), or one section of a zone exhibit. */
  const exhibitPartSchema = z.object({
    id: kebabId,
    name: text,
    text: text,
    /** Paragraph the part's facts come from, when it is not the exhibit's own citation. */
    citation: z.optional(citationSchema),
    /** Names the part lists (a tier's industries); each zh name is checked verbatim against the part's paragraph. */
    items: z.optional(z.array(partItemSchema)),
  });

  /** What the live demonstration shows, step by step. */
  const demoSchema = z.object({
    title: text,
    intro: text,
    steps: z.array(text).check(z.minLength(1, 'a demo needs at least one step')),
  });

  /** An info panel: a frontier instrument (`hero`, with a 3D model) or a zone's exhibit. */
  const exhibitSchema = z.object({
    id: kebabId,
    kind: z.enum(['hero', 'zone']),
    /** Id of the zone it stands in (checked against zones.ts by exhibits.ts). */
    zone: kebabId,
    title: text,
    /** The article's one-line role for the instrument, in our own words. */
    role: text,
    measures: text,
    howItWorks: text,
    whyItMatters: text,
    parts: z.array(exhibitPartSchema),
    citation: citationSchema,
    quote: z.optional(quoteSchema),
    figures: z.array(figureSchema),
    /** The live demonstration's script; the frontier instruments have one, zone exhibits none. */
    demo: z.optional(demoSchema),
  });

  /**
   * All exhibits. Rejects duplicate exhibit ids, duplicate part ids, and for hero exhibits a missing demo,
   * an id that is not a model in modelAnchors.ts, a part id that is not one of that model's hotspot anchors,
   * or an anchor without a part (every hotspot on the model needs its text). Zone exhibits may have no parts.
   */
  const exhibitsSchema = z.array(exhibitSchema).check(
    z.minLength(1),
    z.superRefine((list, ctx) => {
      flagDuplicateIds(list, ctx, [], 'id');
      list.forEach((exhibit, i) => {
        const partIds = flagDuplicateIds(exhibit.parts, ctx, [i, 'parts'], 'part id');
        exhibit.figures.forEach((figure, j) => {
          if (figure.part !== undefined && !partIds.has(figure.part))
            ctx.addIssue({
              code: 'custom',
              path: [i, 'figures', j, 'part'],
              message: `figure names part ${figure.part}, which exhibit ${exhibit.id} does not have`,
            });
        });

        if (exhibit.kind !== 'hero') return;
        if (exhibit.demo === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [i, 'demo'],
            message: `hero exhibit ${exhibit.id} needs a demo`,
          });
        if (!isHeroId(exhibit.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'id'],
            message: `hero exhibit ${exhibit.id} is not in heroes/registry.ts (${Object.keys(heroes).join(', ')})`,
          });
          return;
        }
        const anchorIds: string[] = heroes[exhibit.id].model.anchors
          .map((a) => a.id as string)
          .filter((id) => id !== exhibit.id);
        exhibit.parts.forEach((part, j) => {
          if (!anchorIds.includes(part.id))
            ctx.addIssue({
              code: 'custom',
              path: [i, 'parts', j, 'id'],
              message: `part ${part.id} is not a hotspot of model ${exhibit.id} (${anchorIds.join(', ')})`,
            });
        });
        for (const id of anchorIds)
          if (!partIds.has(id))
            ctx.addIssue({
              code: 'custom',
              path: [i, 'parts'],
              message: `hotspot ${id} of model ${exhibit.id} has no part text`,
            });
      });
    }),
  );

  /** A kind of generic instrument: its name, a one- or two-sentence card, and its size class. */
  const instrumentCategorySchema = z.object({
    id: kebabId,
    name: text,
    /** What it measures or is for, one or two sentences. */
    card: text,
    size: z.enum(instrumentSizeClasses),
  });

  /** All instrument categories; ids must be unique, and there are at least eight. */
  const instrumentCategoriesSchema = z.array(instrumentCategorySchema).check(
    z.minLength(8, 'the hall needs at least eight instrument categories'),
    z.superRefine((list, ctx) => void flagDuplicateIds(list, ctx, [], 'category id')),
  );

  /** One stop of the guided tour: an exhibit whose panel opens there (or the entrance), and what is said. */
  const tourStopSchema = z.object({
    id: kebabId,
    /** The exhibit whose panel opens at this stop; null for the entrance, which has no panel. */
    exhibit: z.nullable(z.string()),
    /** Title of a stop without an exhibit (an exhibit stop uses the exhibit's title). */
    title: z.optional(text),
    /** What the guide says here, in our own words; shown in the tour bar and read aloud when asked. */
    narration: text,
  });

  /** The tour: unique stop ids, every stop titled one way or the other (tour.ts checks the exhibits). */
  const tourSchema = z.array(tourStopSchema).check(
    z.minLength(2),
    z.superRefine((stops, ctx) => {
      flagDuplicateIds(stops, ctx, [], 'stop');
      stops.forEach((stop, i) => {
        if (stop.exhibit === null && !stop.title)
          ctx.addIssue({
            code: 'custom',
            path: [i, 'title'],
            message: 'a stop without an exhibit needs a title',
          });
      });
    }),
  );

  return {
    zoneSchema,
    zonesSchema,
    quoteSchema,
    figureSchema,
    partItemSchema,
    exhibitPartSchema,
    demoSchema,
    exhibitSchema,
    exhibitsSchema,
    instrumentCategorySchema,
    instrumentCategoriesSchema,
    tourStopSchema,
    tourSchema,
  };
}

/** The content's schemas for the app's languages. */
const appSchemas = contentSchemas(localizedText);
type AppSchemas = typeof appSchemas;
export const { zonesSchema, exhibitsSchema, instrumentCategoriesSchema, tourSchema } = appSchemas;
export type Zone = z.infer<AppSchemas['zoneSchema']>;
export type ExhibitQuote = z.infer<AppSchemas['quoteSchema']>;
export type ExhibitFigure = z.infer<AppSchemas['figureSchema']>;
export type ExhibitPart = z.infer<AppSchemas['exhibitPartSchema']>;
export type ExhibitDemo = z.infer<AppSchemas['demoSchema']>;
export type Exhibit = z.infer<AppSchemas['exhibitSchema']>;
export type InstrumentCategory = z.infer<AppSchemas['instrumentCategorySchema']>;
export type TourStop = z.infer<AppSchemas['tourStopSchema']>;
