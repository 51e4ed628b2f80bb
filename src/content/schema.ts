import { z } from 'zod';

/** Text in both languages; Chinese is primary and shown first. */
export const localizedText = z.object({
  zh: z.string().trim().min(1, 'Chinese text is missing'),
  en: z.string().trim().min(1, 'English text is missing'),
});
export type LocalizedText = z.infer<typeof localizedText>;

/** The languages the UI speaks, Chinese first. */
export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

/** Headings of the source article's sections (the article has four headed sections, a lead and photo captions). */
export const articleSectionIds = ['captions', 'lead', 'gathering', 'strategy', 'fusion', 'logic'] as const;
export type ArticleSectionId = (typeof articleSectionIds)[number];

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case kebab-case');

/** A zone of the exhibition floor, tied to the article section it comes from. */
export const zoneSchema = z.object({
  id: kebabId,
  name: localizedText,
  blurb: localizedText,
  section: z.enum(articleSectionIds),
  /** Floor tint on the plan and in overview, as #rrggbb. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'colour must be #rrggbb'),
});
export type Zone = z.infer<typeof zoneSchema>;

/** All zones; ids must be unique. */
export const zonesSchema = z
  .array(zoneSchema)
  .min(1)
  .superRefine((zones, ctx) => {
    const seen = new Set<string>();
    zones.forEach((zone, i) => {
      if (seen.has(zone.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id ${zone.id}` });
      seen.add(zone.id);
    });
  });

/** Formats a zod error as "path: problem" lines, so content mistakes point at the field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
}

/** Parses data with a schema, throwing an error that names each bad field. */
export function parseContent<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`Invalid ${what}:\n${describeIssues(result.error)}`);
  return result.data;
}
