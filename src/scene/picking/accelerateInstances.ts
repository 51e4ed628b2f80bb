import { Box3, InstancedMesh, Matrix4, Mesh, Ray } from 'three';
import type { Intersection, Raycaster } from 'three';
import { acceleratedRaycast, computeBoundsTree, disposeBoundsTree } from 'three-mesh-bvh';
import { buildInstanceTree, rayCandidates } from './instanceTree';

/**
 * Makes an instanced mesh with static instances cheap to ray-cast: a hierarchy over the instances' boxes
 * picks the few a ray can hit, and a BVH over the shared geometry (three-mesh-bvh) tests their triangles.
 * three's own InstancedMesh test walks every instance on every pointer move. Call after the instance
 * matrices are set: it keeps them as they are then (hits name those instance ids), whatever the mesh's slots
 * hold later. Returns a function that undoes it.
 */
export function accelerateInstances(mesh: InstancedMesh): () => void {
  const geometry = mesh.geometry;
  const ownTree = !geometry.boundsTree;
  if (ownTree) {
    geometry.computeBoundsTree = computeBoundsTree;
    geometry.disposeBoundsTree = disposeBoundsTree;
    geometry.computeBoundsTree();
  }
  if (!geometry.boundingBox) geometry.computeBoundingBox();
  const local = new Matrix4();
  // The instances as they are now: a level-of-detail sorter may reorder the mesh's own slots later.
  const matrices = mesh.instanceMatrix.array.slice(0, mesh.count * 16);
  const boxes = Array.from({ length: mesh.count }, (_, i) => {
    local.fromArray(matrices, i * 16);
    return new Box3().copy(geometry.boundingBox!).applyMatrix4(local);
  });
  const tree = buildInstanceTree(boxes);
  const probe = new Mesh(geometry);
  probe.raycast = acceleratedRaycast;
  const inverse = new Matrix4();
  const ray = new Ray();
  const found: Intersection[] = [];
  mesh.raycast = function raycast(raycaster: Raycaster, intersects: Intersection[]) {
    if (mesh.material === undefined) return;
    probe.material = mesh.material;
    ray.copy(raycaster.ray).applyMatrix4(inverse.copy(mesh.matrixWorld).invert());
    let nearest: Intersection | null = null;
    for (const id of rayCandidates(tree, ray)) {
      local.fromArray(matrices, id * 16);
      probe.matrixWorld.multiplyMatrices(mesh.matrixWorld, local);
      found.length = 0;
      probe.raycast(raycaster, found);
      for (const hit of found) {
        hit.instanceId = id;
        hit.object = mesh;
        if (!raycaster.firstHitOnly) intersects.push(hit);
        else if (!nearest || hit.distance < nearest.distance) nearest = hit;
      }
    }
    if (nearest) intersects.push(nearest);
  };
  return () => {
    mesh.raycast = InstancedMesh.prototype.raycast;
    if (ownTree) geometry.disposeBoundsTree?.();
  };
}
