import { Raycaster, Vector3 } from 'three';
import type { Intersection, Object3D } from 'three';

const raycaster = new Raycaster();
// Through the BVHs (three-mesh-bvh): each mesh answers its nearest hit only.
raycaster.firstHitOnly = true;
const direction = new Vector3();
const hits: Intersection[] = [];

/** userData for a group whose meshes hide hotspots behind them (the static hall, stands and boards). */
export const hidesHotspots = { hidesHotspots: true } as const;

/** The meshes drawn now (the overview hides the roofs) under groups marked hidesHotspots, collected into `out`. */
export function occluderMeshes(root: Object3D, out: Object3D[] = []): Object3D[] {
  out.length = 0;
  const walk = (o: Object3D, inside: boolean) => {
    if (!o.visible) return;
    const marked = inside || o.userData.hidesHotspots === true;
    if (marked && 'isMesh' in o) out.push(o);
    for (const child of o.children) walk(child, marked);
  };
  walk(root, false);
  return out;
}

/** How far from `from` a straight line to `to` first meets one of the meshes, metres; null if it meets none. */
export function firstHitM(meshes: readonly Object3D[], from: Vector3, to: Vector3): number | null {
  direction.subVectors(to, from);
  const far = direction.length();
  if (far === 0) return null;
  raycaster.set(from, direction.divideScalar(far));
  raycaster.far = far;
  hits.length = 0;
  raycaster.intersectObjects(meshes as Object3D[], false, hits);
  return hits[0]?.distance ?? null;
}
