import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import type { BufferGeometry } from 'three';
import { beamsGeometry, boxesGeometry, quadsGeometry } from '../../src/scene/hall/buildGeometry';

/** Every triangle's winding must agree with its vertex normals, or back-face culling hides walls. */
function windingAgrees(g: BufferGeometry): boolean {
  const p = g.getAttribute('position');
  const n = g.getAttribute('normal');
  const idx = g.getIndex()!;
  const a = new Vector3();
  const b = new Vector3();
  const c = new Vector3();
  for (let i = 0; i < idx.count; i += 3) {
    const [i0, i1, i2] = [idx.getX(i), idx.getX(i + 1), idx.getX(i + 2)];
    a.fromBufferAttribute(p, i0);
    b.fromBufferAttribute(p, i1).sub(a);
    c.fromBufferAttribute(p, i2).sub(a);
    const face = b.cross(c);
    const normal = new Vector3().fromBufferAttribute(n, i0);
    if (face.dot(normal) <= 0) return false;
  }
  return true;
}

describe('merged geometry builders', () => {
  it('builds boxes with outward-facing triangles and world-scaled UVs', () => {
    const g = boxesGeometry([{ cx: 1, cy: 2, cz: 3, sx: 4, sy: 2, sz: 1 }], 2);
    expect(g.getAttribute('position').count).toBe(24);
    expect(windingAgrees(g)).toBe(true);
    g.computeBoundingBox();
    expect(g.boundingBox!.min.toArray()).toEqual([-1, 1, 2.5]);
    expect(g.boundingBox!.max.toArray()).toEqual([3, 3, 3.5]);
  });

  it('builds beams along any direction with outward faces', () => {
    const g = beamsGeometry(
      [
        [new Vector3(0, 0, 0), new Vector3(0, 0, 5)],
        [new Vector3(0, 0, 0), new Vector3(0, 4, 0)],
        [new Vector3(1, 2, 3), new Vector3(4, 6, 3)],
      ],
      0.2,
    );
    expect(g.getAttribute('position').count).toBe(3 * 16);
    expect(windingAgrees(g)).toBe(true);
  });

  it('builds quads with normals from their winding', () => {
    const g = quadsGeometry([
      [new Vector3(0, 0, 0), new Vector3(1, 0, 0), new Vector3(1, 1, 0), new Vector3(0, 1, 0)],
    ]);
    expect(windingAgrees(g)).toBe(true);
    expect(new Vector3().fromBufferAttribute(g.getAttribute('normal'), 0).z).toBeCloseTo(1);
  });
});
