import { Frustum, Matrix4, Sphere, Vector3 } from 'three';
import type { Camera, InstancedMesh } from 'three';

/** Level-of-detail tunables: beyond nearM from the eye an item is drawn by its simple stand-in. */
export const lod = { nearM: 25 } as const;

/** One item drawn by instancing: where it is (a bounding sphere), which near mesh draws it, its looks. */
export interface LodItem {
  /** Bounding sphere centre and radius, metres. */
  x: number;
  y: number;
  z: number;
  radiusM: number;
  /** Index of the near mesh (the detailed model of its kind or pose). */
  group: number;
  /** Its instance matrix for the near mesh, and for the far mesh (the stand-in may be scaled otherwise). */
  near: Matrix4;
  far: Matrix4;
  /** Instance colours, linear RGB, near and far. */
  color: readonly [number, number, number];
  farColor: readonly [number, number, number];
}

const sphere = new Sphere();
const frustum = new Frustum();
const viewProjection = new Matrix4();
const eye = new Vector3();

/**
 * Draws many static items with per-instance culling and two levels of detail: whenever the camera has moved,
 * the items in its view within `nearM` go to their near mesh, those farther away to the far mesh, and the
 * rest are not drawn. Meshes keep their whole capacity; only their counts change (so the ray-cast
 * hierarchies built over all items stay valid). The meshes must not be frustum-culled by three.
 */
export class LodInstances {
  private readonly last = new Matrix4();
  private readonly matrices: Float32Array;
  private readonly farMatrices: Float32Array;

  constructor(
    private readonly items: readonly LodItem[],
    private readonly nearMeshes: readonly InstancedMesh[],
    private readonly farMesh: InstancedMesh | null,
    private readonly nearM: number = lod.nearM,
  ) {
    this.matrices = new Float32Array(items.length * 16);
    this.farMatrices = new Float32Array(items.length * 16);
    items.forEach((it, i) => {
      it.near.toArray(this.matrices, i * 16);
      it.far.toArray(this.farMatrices, i * 16);
    });
    for (const m of [...nearMeshes, farMesh]) if (m) m.frustumCulled = false;
    this.last.elements.fill(NaN);
  }

  /** Sorts the items into the meshes for this camera; does nothing (returns false) if it has not moved. */
  update(camera: Camera): boolean {
    viewProjection.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
    if (viewProjection.equals(this.last)) return false;
    this.last.copy(viewProjection);
    frustum.setFromProjectionMatrix(viewProjection);
    eye.setFromMatrixPosition(camera.matrixWorld);
    const near2 = this.nearM * this.nearM;
    const counts = new Array<number>(this.nearMeshes.length).fill(0);
    let farCount = 0;
    this.items.forEach((it, i) => {
      sphere.center.set(it.x, it.y, it.z);
      sphere.radius = it.radiusM;
      if (!frustum.intersectsSphere(sphere)) return;
      const d2 = (it.x - eye.x) ** 2 + (it.y - eye.y) ** 2 + (it.z - eye.z) ** 2;
      if (d2 < near2 || !this.farMesh) {
        const mesh = this.nearMeshes[it.group]!;
        place(mesh, counts[it.group]!++, this.matrices, i, it.color);
      } else place(this.farMesh, farCount++, this.farMatrices, i, it.farColor);
    });
    this.nearMeshes.forEach((m, g) => finish(m, counts[g]!));
    if (this.farMesh) finish(this.farMesh, farCount);
    return true;
  }

  /** How many items each mesh draws now: near meshes in order, then the far mesh. */
  counts(): number[] {
    return [...this.nearMeshes.map((m) => m.count), this.farMesh?.count ?? 0];
  }
}

function place(
  mesh: InstancedMesh,
  slot: number,
  matrices: Float32Array,
  item: number,
  color: readonly [number, number, number],
): void {
  // Copied by hand: a subarray view per item per frame would feed the garbage collector.
  const to = mesh.instanceMatrix.array;
  for (let k = 0, a = slot * 16, b = item * 16; k < 16; k++) to[a + k] = matrices[b + k]!;
  const c = mesh.instanceColor?.array;
  if (c) for (let k = 0; k < 3; k++) c[slot * 3 + k] = color[k]!;
}

function finish(mesh: InstancedMesh, count: number): void {
  mesh.count = count;
  for (const [attr, size] of [
    [mesh.instanceMatrix, 16],
    [mesh.instanceColor, 3],
  ] as const) {
    if (!attr) continue;
    attr.clearUpdateRanges();
    attr.addUpdateRange(0, Math.max(1, count) * size);
    attr.needsUpdate = true;
  }
}
