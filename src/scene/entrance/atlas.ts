/** A rectangle of a texture, px from its top-left corner. */
export interface PxRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Packs rectangles into shelves (rows) of an atlas, left to right in the order given, `gapPx` apart so
 * that mipmaps do not bleed between neighbours. Throws if they do not fit: the sizes are fixed tunables.
 */
export function packShelves<K extends string>(
  items: readonly { id: K; w: number; h: number }[],
  atlasW: number,
  atlasH: number,
  gapPx = 4,
): Record<K, PxRect> {
  const out = {} as Record<K, PxRect>;
  let x = 0;
  let y = 0;
  let shelfH = 0;
  for (const it of items) {
    if (x > 0 && x + it.w > atlasW) {
      x = 0;
      y += shelfH + gapPx;
      shelfH = 0;
    }
    if (x + it.w > atlasW || y + it.h > atlasH)
      throw new Error(`atlas ${atlasW}×${atlasH}: no room for ${it.id} (${it.w}×${it.h})`);
    out[it.id] = { x, y, w: it.w, h: it.h };
    x += it.w + gapPx;
    shelfH = Math.max(shelfH, it.h);
  }
  return out;
}

/** UV coordinates (three's: v up from the bottom) of an atlas rectangle: u0, v0 bottom-left, u1, v1 top-right. */
export function rectUv(r: PxRect, atlasW: number, atlasH: number): [number, number, number, number] {
  return [r.x / atlasW, 1 - (r.y + r.h) / atlasH, (r.x + r.w) / atlasW, 1 - r.y / atlasH];
}
