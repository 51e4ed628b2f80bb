/** Values for `{name}` placeholders in a localised string. */
export type TextVars = Record<string, string | number>;

/** Fills `{name}` placeholders from vars; a placeholder without a value stays as written. */
export function fillPlaceholders(template: string, vars: TextVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
