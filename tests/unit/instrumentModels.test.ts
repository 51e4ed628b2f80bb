import { describe, expect, it } from 'vitest';
import { MeshStandardMaterial, Quaternion, Vector3 } from 'three';
import { instrumentCategoryIds } from '../../src/content/instrumentCategories';
import { dressedBooths } from '../../src/layout/boothDressing';
import { instrumentSizeM } from '../../src/layout/instrumentMix';
import { defaultInstruments, instrumentPaletteSize } from '../../src/layout/instruments';
import { archetypeGeometry } from '../../src/scene/exhibits/instruments/archetypes';
import { instrumentMeshes, meanTone } from '../../src/scene/exhibits/instruments/instrumentMeshes';
import { instrumentPalette } from '../../src/scene/exhibits/instruments/palette';
import { atlasQuadsGeometry, signQuads } from '../../src/scene/exhibits/instruments/signGeometry';

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
  const glyphs = ' -0123456789ABCDEFGH';
  it('spells the number then the kind on each header face, facing out of the booth, within the header', () => {
    for (const d of dressedBooths()
      .filter((x) => x.archetype !== 'inline')
      .slice(0, 6)) {
      for (const face of d.signs) {
        const quads = signQuads(face, d.number, 3, 13, glyphs);
        // A blank cell each side of the number's glyphs, then the name.
        expect(quads).toHaveLength(d.number.length + 3);
        const yaw = (face.yawDeg * Math.PI) / 180;
        const right = new Vector3(Math.cos(yaw), 0, -Math.sin(yaw));
        const along = quads.map((q) => new Vector3(q.x - face.x, 0, q.z - face.z).dot(right));
        // Left to right, centred on the header and no wider than it.
        expect(along).toEqual([...along].sort((a, b) => a - b));
        const left = along[0]! - quads[0]!.widthM / 2;
        const rightEdge = along.at(-1)! + quads.at(-1)!.widthM / 2;
        expect(left + rightEdge).toBeCloseTo(0, 6);
        expect(rightEdge - left).toBeLessThanOrEqual(face.widthM);
        for (const q of quads) {
          expect(q.yawDeg).toBe(face.yawDeg);
          expect(q.heightM).toBeLessThanOrEqual(face.heightM);
        }
        // Glyphs come from the last atlas row (v up: the bottom), the name from its own row.
        for (const q of quads.slice(0, -1)) expect(q.uv[1]).toBe(0);
        const name = quads.at(-1)!;
        expect(name.uv[1]).toBeCloseTo(1 - 4 / 14, 9);
        expect(name.uv[3]).toBeCloseTo(1 - 3 / 14, 9);
      }
    }
  });

  it('shows the number alone on a booth without instruments', () => {
    const d = dressedBooths()[0]!;
    expect(signQuads(d.signs[0]!, d.number, null, 13, glyphs)).toHaveLength(d.number.length + 2);
  });

  it('builds quads whose triangles face the way the quad looks', () => {
    const d = dressedBooths().find((x) => x.archetype === 'corner')!;
    const quads = d.signs.flatMap((f) => signQuads(f, d.number, 0, 13, glyphs));
    const g = atlasQuadsGeometry(quads);
    const pos = g.getAttribute('position');
    const nor = g.getAttribute('normal');
    const idx = g.getIndex()!;
    expect(pos.count).toBe(quads.length * 4);
    for (let t = 0; t < idx.count; t += 3) {
      const [a, b, c] = [0, 1, 2].map((k) => new Vector3().fromBufferAttribute(pos, idx.getX(t + k)));
      const face = b!.clone().sub(a!).cross(c!.clone().sub(a!));
      expect(face.dot(new Vector3().fromBufferAttribute(nor, idx.getX(t)))).toBeGreaterThan(0);
    }
  });
});

describe('instrument meshes with level of detail', () => {
  it('makes one detailed mesh per kind holding all its instruments, and a box stand-in for each instrument', () => {
    const material = new MeshStandardMaterial();
    const { near, far, items } = instrumentMeshes(defaultInstruments, material);
    expect(near.map((n) => n.category)).toEqual(
      instrumentCategoryIds.filter((id) => defaultInstruments.some((p) => p.category === id)),
    );
    expect(near.reduce((a, n) => a + n.mesh.userData.instanceTotal, 0)).toBe(defaultInstruments.length);
    expect(items).toHaveLength(defaultInstruments.length);
    expect(far.count).toBe(defaultInstruments.length);
    items.forEach((it, i) => {
      const p = defaultInstruments[i]!;
      expect(near[it.group]!.category).toBe(p.category);
      // The stand-in stands where the model stands, as tall as its nominal size.
      const pos = new Vector3();
      const scale = new Vector3();
      it.far.decompose(pos, new Quaternion(), scale);
      expect(pos.x).toBeCloseTo(p.x, 6);
      expect(pos.z).toBeCloseTo(p.z, 6);
      expect(scale.y).toBeCloseTo(instrumentSizeM[p.category].h * p.scale, 6);
    });
  });

  it('tints the stand-ins with the model’s mean colour, so dark instruments stay dark far away', () => {
    const dark = meanTone(archetypeGeometry('laser-tracker'));
    const light = meanTone(archetypeGeometry('environmental-chamber'));
    expect(dark[0] + dark[1] + dark[2]).toBeLessThan(light[0] + light[1] + light[2]);
    for (const c of [...dark, ...light]) expect(c).toBeGreaterThan(0);
  });
});
