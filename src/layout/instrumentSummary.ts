import type { InstrumentCategoryId } from '../content/instrumentCategories';
import { instrumentCategoryIds } from '../content/instrumentCategories';
import type { Stand } from './booths';
import type { InstrumentPlacement } from './instruments';
import { instrumentBooths } from './instruments';

/** How many instruments of a category stand in the hall, and in which zones (most first). */
export function categorySummary(
  placements: readonly InstrumentPlacement[],
  category: string,
): { total: number; zones: { zone: string; count: number }[] } {
  const byZone = new Map<string, number>();
  for (const p of placements) if (p.category === category) byZone.set(p.zone, (byZone.get(p.zone) ?? 0) + 1);
  const zones = [...byZone].map(([zone, count]) => ({ zone, count })).sort((a, b) => b.count - a.count);
  return { total: zones.reduce((a, z) => a + z.count, 0), zones };
}

/** Number of instruments of each category. */
export function categoryCounts(
  placements: readonly InstrumentPlacement[],
): Record<InstrumentCategoryId, number> {
  const counts = Object.fromEntries(instrumentCategoryIds.map((id) => [id, 0])) as Record<
    InstrumentCategoryId,
    number
  >;
  for (const p of placements) counts[p.category]++;
  return counts;
}

/** Each booth's most common category (ties go to the booth's first instrument), for its fascia sign. */
export function boothSigns(
  placements: readonly InstrumentPlacement[],
): { booth: Stand; category: InstrumentCategoryId }[] {
  const perBooth = new Map<string, Map<InstrumentCategoryId, number>>();
  for (const p of placements) {
    const m = perBooth.get(p.boothId) ?? new Map<InstrumentCategoryId, number>();
    m.set(p.category, (m.get(p.category) ?? 0) + 1);
    perBooth.set(p.boothId, m);
  }
  const out: { booth: Stand; category: InstrumentCategoryId }[] = [];
  for (const booth of instrumentBooths) {
    const m = perBooth.get(booth.id);
    if (!m) continue;
    let best: [InstrumentCategoryId, number] | null = null;
    for (const entry of m) if (!best || entry[1] > best[1]) best = entry;
    out.push({ booth, category: best![0] });
  }
  return out;
}
