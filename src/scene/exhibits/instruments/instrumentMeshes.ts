import {
  BoxGeometry,
  Color,
  Euler,
  Float32BufferAttribute,
  InstancedBufferAttribute,
  InstancedMesh,
  Matrix4,
  Quaternion,
  Vector3,
} from 'three';
import type { BufferGeometry, Material } from 'three';
import { findCategory, instrumentCategoryIds } from '../../../content/instrumentCategories';
import type { InstrumentCategoryId } from '../../../content/instrumentCategories';
import { instrumentSizeM } from '../../../layout/instrumentMix';
import type { InstrumentPlacement } from '../../../layout/instruments';
import type { LodItem } from '../../lod/lodInstances';
import { archetypeGeometry } from './archetypes';
import { instrumentPalette } from './palette';

/** The far stand-in is the nominal box, a little slimmer than the model's outline so it does not look heavy. */
const farFootprintShare = 0.85;

/** Mean colour of a model's surface (its vertex colours weighted by triangle area), linear RGB. */
export function meanTone(g: BufferGeometry): [number, number, number] {
  const pos = g.getAttribute('position');
  const col = g.getAttribute('color');
  const idx = g.getIndex();
  const [a, b, c] = [new Vector3(), new Vector3(), new Vector3()];
  const sum = [0, 0, 0];
  let total = 0;
  const n = idx ? idx.count : pos.count;
  for (let t = 0; t < n; t += 3) {
    const [i, j, k] = [0, 1, 2].map((o) => (idx ? idx.getX(t + o) : t + o)) as [number, number, number];
    a.fromBufferAttribute(pos, i);
    b.fromBufferAttribute(pos, j);
    c.fromBufferAttribute(pos, k);
    const area = b.sub(a).cross(c.sub(a)).length() / 2;
    total += area;
    for (let ch = 0; ch < 3; ch++)
      sum[ch]! += (area * (col.getComponent(i, ch) + col.getComponent(j, ch) + col.getComponent(k, ch))) / 3;
  }
  return sum.map((s) => (total > 0 ? s / total : 1)) as [number, number, number];
}

/** The instruments' meshes: one detailed instanced mesh per kind present, one box stand-in for all far away. */
export interface InstrumentMeshes {
  near: { category: InstrumentCategoryId; mesh: InstancedMesh }[];
  far: InstancedMesh;
  items: LodItem[];
}

/**
 * Builds the instruments' meshes and the items the level-of-detail sorter places in them. Each near mesh
 * starts with all its kind's instruments in placement order (ray-cast hierarchies are built over that).
 */
export function instrumentMeshes(
  placements: readonly InstrumentPlacement[],
  material: Material,
): InstrumentMeshes {
  const kinds = instrumentCategoryIds.filter((id) => placements.some((p) => p.category === id));
  const geometries = new Map(kinds.map((id) => [id, archetypeGeometry(id)] as const));
  const tones = new Map(kinds.map((id) => [id, meanTone(geometries.get(id)!)] as const));
  const near = kinds.map((category) => {
    const n = placements.filter((p) => p.category === category).length;
    const mesh = new InstancedMesh(geometries.get(category)!, material, n);
    mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(n * 3), 3);
    mesh.name = `instruments-${category}`;
    mesh.userData = { instruments: true, category, instanceTotal: n };
    mesh.castShadow = findCategory(category)?.size !== 'bench';
    mesh.receiveShadow = true;
    return { category, mesh };
  });
  const box = new BoxGeometry(1, 1, 1).translate(0, 0.5, 0);
  const far = new InstancedMesh(box, material, Math.max(1, placements.length));
  far.instanceColor = new InstancedBufferAttribute(new Float32Array(Math.max(1, placements.length) * 3), 3);
  far.name = 'instruments-far';
  // The box has no vertex colours of its own: white, so the instance colour is all there is.
  box.setAttribute(
    'color',
    new Float32BufferAttribute(new Float32Array(box.getAttribute('position').count * 3).fill(1), 3),
  );
  const q = new Quaternion();
  const e = new Euler();
  const c = new Color();
  const filled = new Map<InstrumentCategoryId, number>();
  const items = placements.map((p): LodItem => {
    const group = kinds.indexOf(p.category);
    q.setFromEuler(e.set(0, (p.yawDeg * Math.PI) / 180, 0));
    const at = new Vector3(p.x, p.y, p.z);
    const nearM = new Matrix4().compose(at, q, new Vector3(p.scale, p.scale, p.scale));
    const size = instrumentSizeM[p.category];
    const farM = new Matrix4().compose(
      at,
      q,
      new Vector3(
        size.w * p.scale * farFootprintShare,
        size.h * p.scale,
        size.d * p.scale * farFootprintShare,
      ),
    );
    c.set(instrumentPalette[p.colorIndex % instrumentPalette.length]!);
    const tone = tones.get(p.category)!;
    const mesh = near[group]!.mesh;
    const slot = filled.get(p.category) ?? 0;
    filled.set(p.category, slot + 1);
    mesh.setMatrixAt(slot, nearM);
    mesh.setColorAt(slot, c);
    return {
      x: p.x,
      y: p.y + (size.h * p.scale) / 2,
      z: p.z,
      radiusM: (Math.hypot(size.w, size.h, size.d) * p.scale) / 2,
      group,
      near: nearM,
      far: farM,
      color: [c.r, c.g, c.b],
      farColor: [c.r * tone[0], c.g * tone[1], c.b * tone[2]],
    };
  });
  for (const { mesh } of near) mesh.computeBoundingSphere();
  return { near, far, items };
}
