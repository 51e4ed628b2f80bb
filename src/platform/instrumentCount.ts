/** How many instruments fill the hall: the article's "nearly a thousand" by default; `instruments=<n>` in the URL within min..max. */
export const instrumentCount = { default: 1000, min: 100, max: 10_000 } as const;

/**
 * How many generic instruments the URL asks for (`instruments=<n>`): 1,000 by default, clamped to
 * 100..10,000; anything that is not a number gives the default.
 */
export function urlInstrumentCount(search?: string): number {
  const query = search ?? (typeof window === 'undefined' ? '' : window.location.search);
  const raw = new URLSearchParams(query).get('instruments');
  const n = raw === null || raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(n)) return instrumentCount.default;
  return Math.max(instrumentCount.min, Math.min(instrumentCount.max, Math.round(n)));
}
