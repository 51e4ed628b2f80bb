import { Box3 } from 'three';
import type { Ray } from 'three';

/** A node of a bounding-volume hierarchy over instance boxes: a leaf lists instance ids and their boxes. */
export interface InstanceNode {
  box: Box3;
  left: InstanceNode | null;
  right: InstanceNode | null;
  ids: number[] | null;
  boxes: Box3[] | null;
}

/** Most instances in one leaf: a few cheap per-instance tests beat more box tests. */
const leafSize = 8;

/**
 * Builds a hierarchy over boxes (box i is instance i) by splitting at the median of the longest axis of
 * the box centres, so a ray visits O(log n) nodes instead of testing every instance.
 */
export function buildInstanceTree(boxes: readonly Box3[]): InstanceNode | null {
  if (boxes.length === 0) return null;
  const centres = boxes.map((b) => [
    (b.min.x + b.max.x) / 2,
    (b.min.y + b.max.y) / 2,
    (b.min.z + b.max.z) / 2,
  ]);
  const build = (ids: number[]): InstanceNode => {
    const box = new Box3();
    for (const i of ids) box.union(boxes[i]!);
    if (ids.length <= leafSize)
      return { box, left: null, right: null, ids, boxes: ids.map((i) => boxes[i]!) };
    const lo = [Infinity, Infinity, Infinity];
    const hi = [-Infinity, -Infinity, -Infinity];
    for (const i of ids)
      for (let a = 0; a < 3; a++) {
        lo[a] = Math.min(lo[a]!, centres[i]![a]!);
        hi[a] = Math.max(hi[a]!, centres[i]![a]!);
      }
    const spans = [0, 1, 2].map((a) => hi[a]! - lo[a]!);
    const axis = spans.indexOf(Math.max(...spans));
    const sorted = [...ids].sort((p, q) => centres[p]![axis]! - centres[q]![axis]!);
    const mid = sorted.length >> 1;
    return {
      box,
      left: build(sorted.slice(0, mid)),
      right: build(sorted.slice(mid)),
      ids: null,
      boxes: null,
    };
  };
  return build(boxes.map((_, i) => i));
}

/** Ids of the instances whose own boxes the ray (in the boxes' space) passes through, in no particular order. */
export function rayCandidates(tree: InstanceNode | null, ray: Ray, out: number[] = []): number[] {
  if (!tree || !ray.intersectsBox(tree.box)) return out;
  if (tree.ids && tree.boxes) {
    for (let k = 0; k < tree.ids.length; k++) if (ray.intersectsBox(tree.boxes[k]!)) out.push(tree.ids[k]!);
  } else {
    rayCandidates(tree.left, ray, out);
    rayCandidates(tree.right, ray, out);
  }
  return out;
}
