import * as z from 'zod/mini';
import { heroes, isHeroId } from '../heroes/registry';

// No eval-compiled fast paths: the app runs under a Content-Security-Policy without 'unsafe-eval', and zod's
// probe for eval would itself be reported as a violation. zod/mini (the tree-shakable API) carries no messages
// of its own; the English locale words the generic problems (a missing field, a wrong type) as classic zod does.
z.config({ jitless: true, ...z.locales.en() });

/** Text in both languages; Chinese is primary and shown first. */
export const localizedText = z.object({
  zh: z.string().check(z.trim(), z.minLength(1, 'Chinese text is missing')),
  en: z.string().check(z.trim(), z.minLength(1, 'English text is missing')),
});
export type LocalizedText = z.infer<typeof localizedText>;

/** The languages the UI speaks, Chinese first. */
export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

/** Each language's BCP 47 tag (the page's lang attribute, speech voices, number formats). */
export const languageTags: Readonly<Record<Language, string>> = { zh: 'zh-CN', en: 'en' };

/** Headings of the source article's sections (the article has four headed sections, a lead and photo captions). */
export const articleSectionIds = ['captions', 'lead', 'gathering', 'strategy', 'fusion', 'logic'] as const;
export type ArticleSectionId = (typeof articleSectionIds)[number];

export const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case kebab-case'));

/** A zone of the exhibition floor, tied to the article section it comes from. */
export const zoneSchema = z.object({
  id: kebabId,
  name: localizedText,
  blurb: localizedText,
  section: z.enum(articleSectionIds),
  /** Floor tint on the plan and in overview, as #rrggbb. */
  color: z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'colour must be #rrggbb')),
});
export type Zone = z.infer<typeof zoneSchema>;

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

/** All zones; ids must be unique. */
export const zonesSchema = z.array(zoneSchema).check(
  z.minLength(1),
  z.superRefine((zones, ctx) => void flagDuplicateIds(zones, ctx, [], 'id')),
);

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

/** A named person's words as the article reports them: at most one sentence, verbatim, with our translation. */
export const quoteSchema = z.object({
  /** Verbatim Chinese words (without the surrounding quotation marks). */
  zh: z.string().check(z.trim(), z.minLength(1, 'quote is missing')),
  /** Our English translation. */
  en: z.string().check(z.trim(), z.minLength(1, 'quote translation is missing')),
  speaker: localizedText,
  citation: citationSchema,
});
export type ExhibitQuote = z.infer<typeof quoteSchema>;

/**
 * A figure shown on a panel. `article` figures carry `match`, a string that occurs verbatim in the cited
 * paragraph (the exhibit's citation unless the figure has its own); `computed` figures are computed at
 * build time from an instrument's science (src/heroes/<id>/science) and name the method in their label.
 */
export const figureSchema = z
  .object({
    label: localizedText,
    value: localizedText,
    source: z.enum(['article', 'computed']),
    match: z.optional(z.string().check(z.trim(), z.minLength(1, 'match is empty'))),
    /** Paragraph the figure comes from when it is not the exhibit's own citation (article figures only). */
    citation: z.optional(citationSchema),
    /** Optional caveat shown with the figure. */
    note: z.optional(localizedText),
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
export type ExhibitFigure = z.infer<typeof figureSchema>;

/** A name a part lists (e.g. one industry of a strategy tier): its zh form occurs verbatim in the part's paragraph. */
export const partItemSchema = localizedText;

/** One hotspot part of an exhibit's model (hero parts: ids as in modelAnchors.ts), or one section of a zone exhibit. */
export const exhibitPartSchema = z.object({
  id: kebabId,
  name: localizedText,
  text: localizedText,
  /** Paragraph the part's facts come from, when it is not the exhibit's own citation. */
  citation: z.optional(citationSchema),
  /** Names the part lists (a tier's industries); each zh name is checked verbatim against the part's paragraph. */
  items: z.optional(z.array(partItemSchema)),
});
export type ExhibitPart = z.infer<typeof exhibitPartSchema>;

/** What the live demonstration shows, step by step. */
export const demoSchema = z.object({
  title: localizedText,
  intro: localizedText,
  steps: z.array(localizedText).check(z.minLength(1, 'a demo needs at least one step')),
});
export type ExhibitDemo = z.infer<typeof demoSchema>;

/** An info panel: a frontier instrument (`hero`, with a 3D model) or a zone's exhibit. */
export const exhibitSchema = z.object({
  id: kebabId,
  kind: z.enum(['hero', 'zone']),
  /** Id of the zone it stands in (checked against zones.ts by exhibits.ts). */
  zone: kebabId,
  title: localizedText,
  /** The article's one-line role for the instrument, in our own words. */
  role: localizedText,
  measures: localizedText,
  howItWorks: localizedText,
  whyItMatters: localizedText,
  parts: z.array(exhibitPartSchema),
  citation: citationSchema,
  quote: z.optional(quoteSchema),
  figures: z.array(figureSchema),
  /** The live demonstration's script; the frontier instruments have one, zone exhibits none. */
  demo: z.optional(demoSchema),
});
export type Exhibit = z.infer<typeof exhibitSchema>;

/**
 * All exhibits. Rejects duplicate exhibit ids, duplicate part ids, and for hero exhibits a missing demo,
 * an id that is not a model in modelAnchors.ts, a part id that is not one of that model's hotspot anchors,
 * or an anchor without a part (every hotspot on the model needs its text). Zone exhibits may have no parts.
 */
export const exhibitsSchema = z.array(exhibitSchema).check(
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

/* ------------------------------------------------------------------------------------------------
 * Instrument categories: the generic instruments that fill the booths ("nearly a thousand"). Generic
 * labels only, never a brand or model; the card text is general knowledge in our own words.
 * ---------------------------------------------------------------------------------------------- */

/** Where an instrument of a category stands: on a booth counter (bench) or on the booth floor. */
export const instrumentSizeClasses = ['bench', 'floor', 'large'] as const;
export type InstrumentSizeClass = (typeof instrumentSizeClasses)[number];

/** A kind of generic instrument: its name, a one- or two-sentence card, and its size class. */
export const instrumentCategorySchema = z.object({
  id: kebabId,
  name: localizedText,
  /** What it measures or is for, one or two sentences. */
  card: localizedText,
  size: z.enum(instrumentSizeClasses),
});
export type InstrumentCategory = z.infer<typeof instrumentCategorySchema>;

/** All instrument categories; ids must be unique, and there are at least eight. */
export const instrumentCategoriesSchema = z.array(instrumentCategorySchema).check(
  z.minLength(8, 'the hall needs at least eight instrument categories'),
  z.superRefine((list, ctx) => void flagDuplicateIds(list, ctx, [], 'category id')),
);
