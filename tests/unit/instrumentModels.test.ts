import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { instrumentCategoryIds } from '../../src/content/instrumentCategories';
import { fasciaFront, stands } from '../../src/layout/booths';
import { instrumentSizeM } from '../../src/layout/instrumentMix';
import { instrumentPaletteSize } from '../../src/layout/instruments';
import { archetypeGeometry } from '../../src/scene/exhibits/instruments/archetypes';
import { instrumentPalette } from '../../src/scene/exhibits/instruments/palette';
import { signsGeometry } from '../../src/scene/exhibits/instruments/signGeometry';
import { standParts } from '../../src/scene/exhibits/standParts';

/** Parts may poke out of the nominal box by this much (a dial face, a screen), metres. */
const toleranceM = 0.011;

describe('generic instrument models', () => {
  it.each(instrumentCategoryIds)('builds %s within its nominal size, with vertex colours', (id) => {
    const g = archetypeGeometry(id);
    const size = instrumentSizeM[id];
    const box = g.boundingBox!;
    expect(box.min.y).toBeGreaterThanOrEqual(-1e-6);
    expect(box.max.y).toBeLessThanOrEqual(size.h + toleranceM);
    expect(Math.max(-box.min.x, box.max.x)).toBeLessThanOrEqual(size.w / 2 + toleranceM);
    expect(Math.max(-box.min.z, box.max.z)).toBeLessThanOrEqual(size.d / 2 + toleranceM);
    // It fills most of its box, so the footprint used for layout is honest.
    expect(box.max.y).toBeGreaterThan(size.h * 0.8);
    expect(g.getAttribute('color').count).toBe(g.getAttribute('position').count);
    // A few merged primitives: cheap enough to draw thousands of times.
    expect(g.getIndex()!.count / 3).toBeLessThan(800);
    g.dispose();
  });

  it('has as many paints as the layout hands out colour indices', () => {
    expect(instrumentPalette).toHaveLength(instrumentPaletteSize);
  });
});

describe('booth signs', () => {
  it('builds one front-facing quad per sign on its fascia, textured from its atlas row', () => {
    const booths = (['n', 's'] as const).map((f) =>
      stands.find((s) => s.kind === 'booth' && s.facing === f)!,
    );
    const spots = booths.map((b, i) => ({ ...fasciaFront(b), row: i + 1 }));
    const g = signsGeometry(spots, 4, { widthM: 3, heightM: 0.3 });
    expect(g.getAttribute('position').count).toBe(8);
    const pos = g.getAttribute('position');
    const nor = g.getAttribute('normal');
    const uv = g.getAttribute('uv');
    const idx = g.getIndex()!;
    for (let t = 0; t < idx.count; t += 3) {
      const [a, b, c] = [0, 1, 2].map((k) => new Vector3().fromBufferAttribute(pos, idx.getX(t + k)));
      const face = b!.clone().sub(a!).cross(c!.clone().sub(a!));
      expect(face.dot(new Vector3().fromBufferAttribute(nor, idx.getX(t)))).toBeGreaterThan(0);
    }
    spots.forEach((s, i) => {
      // Facing the booth's open front: the normal points from the back panel into the booth.
      const n = new Vector3().fromBufferAttribute(nor, i * 4);
      const booth = booths[i]!;
      const cz = (booth.rect.minZ + booth.rect.maxZ) / 2;
      expect(Math.sign(n.z)).toBe(Math.sign(cz - s.z));
      // On the front face of the fascia as the booth is built, at its height.
      const fascia = standParts(booth).accent[0]!;
      const front = fascia.cz + (Math.sign(cz - fascia.cz) * fascia.sz) / 2;
      expect(s.z).toBeCloseTo(front, 6);
      expect(s.y).toBeCloseTo(fascia.cy, 6);
      const vs = [0, 1, 2, 3].map((k) => uv.getY(i * 4 + k));
      expect(Math.min(...vs)).toBeCloseTo(1 - (s.row + 1) / 4);
      expect(Math.max(...vs)).toBeCloseTo(1 - s.row / 4);
    });
  });
});
