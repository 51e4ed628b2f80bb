import { boothShell as booth } from '../../layout/booths';
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

/** Splits a stand into the visible boxes it is built of, by part: structure, accent (zone colour) and display. */
export function standParts(s: Stand): { structure: Box3[]; accent: Box3[]; display: Box3[] } {
  const { minX, maxX, minZ, maxZ } = s.rect;
  const h = s.heightM;
  if (s.kind !== 'booth') {
    const box = slab(minX, maxX, minZ, maxZ, 0, h);
    return s.kind === 'wall'
      ? { structure: [], accent: [box], display: [] }
      : { structure: [box], accent: [], display: [] };
  }
  const p = booth.panelM;
  const backAtMax = s.facing === 'n';
  const [bz0, bz1] = backAtMax ? [maxZ - p, maxZ] : [minZ, minZ + p];
  const [cz0, cz1] = backAtMax
    ? [minZ + booth.counterFrontM, minZ + booth.counterFrontM + booth.counterDM]
    : [maxZ - booth.counterFrontM - booth.counterDM, maxZ - booth.counterFrontM];
  return {
    structure: [
      slab(minX, maxX, minZ, maxZ, 0, booth.platformM),
      slab(minX, maxX, bz0, bz1, 0, h),
      slab(minX, minX + p, minZ, maxZ, 0, h),
      slab(maxX - p, maxX, minZ, maxZ, 0, h),
    ],
    accent: [
      slab(
        minX,
        maxX,
        backAtMax ? bz0 - booth.fasciaOutM : bz1,
        backAtMax ? bz0 : bz1 + booth.fasciaOutM,
        h - booth.fasciaM,
        h,
      ),
    ],
    display: [slab(minX + booth.counterSideM, maxX - booth.counterSideM, cz0, cz1, 0, booth.counterHM)],
  };
}
