import type { Stand } from '../../layout/booths';
import type { Box3 } from '../../layout/walls';

/** Box from a ground rectangle and a height range. */
function slab(minX: number, maxX: number, minZ: number, maxZ: number, y0: number, y1: number): Box3 {
  return {
    cx: (minX + maxX) / 2,
    cy: (y0 + y1) / 2,
    cz: (minZ + maxZ) / 2,
    sx: maxX - minX,
    sy: y1 - y0,
    sz: maxZ - minZ,
  };
}

/**
 * The visible boxes of a stand that is not a booth (booths are dressed by layout/boothDressing), by part:
 * structure, or accent (the strategy wall's red).
 */
export function standParts(s: Stand): { structure: Box3[]; accent: Box3[] } {
  const { minX, maxX, minZ, maxZ } = s.rect;
  const box = slab(minX, maxX, minZ, maxZ, 0, s.heightM);
  return s.kind === 'wall' ? { structure: [], accent: [box] } : { structure: [box], accent: [] };
}
