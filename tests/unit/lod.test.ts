import { describe, expect, it } from 'vitest';
import {
  BoxGeometry,
  InstancedBufferAttribute,
  InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  PerspectiveCamera,
  Vector3,
} from 'three';
import { LodInstances, lod } from '../../src/scene/lod/lodInstances';
import type { LodItem } from '../../src/scene/lod/lodInstances';
import {
  farPersonGeometry,
  modelHeightM,
  personGeometry,
} from '../../src/scene/exhibits/people/personGeometry';

const mesh = (n: number) => {
  const m = new InstancedMesh(new BoxGeometry(), new MeshBasicMaterial(), n);
  m.instanceColor = new InstancedBufferAttribute(new Float32Array(n * 3), 3);
  return m;
};
const item = (x: number, z: number, group: number): LodItem => ({
  x,
  y: 1,
  z,
  radiusM: 1,
  group,
  near: new Matrix4().makeTranslation(x, 0, z),
  far: new Matrix4().makeTranslation(x, 0, z).scale(new Vector3(2, 2, 2)),
  color: [1, 0, 0],
  farColor: [0, 0, 1],
});
const look = (camera: PerspectiveCamera, x: number, z: number, toZ: number) => {
  camera.position.set(x, 1.6, z);
  camera.lookAt(x, 1.6, toZ);
  camera.updateMatrixWorld();
  camera.updateProjectionMatrix();
};

describe('per-instance culling and level of detail', () => {
  it('draws what is in view: near items in detail, far ones as stand-ins, none behind the eye', () => {
    // Looking north (-z) from the origin: one near, one far, one behind, one off to the side.
    const items = [item(0, -10, 0), item(1, -(lod.nearM + 20), 1), item(0, 15, 0), item(-60, -5, 1)];
    const near = [mesh(2), mesh(2)];
    const far = mesh(4);
    const sets = new LodInstances(items, near, far);
    const camera = new PerspectiveCamera(62, 16 / 9, 0.1, 5000);
    look(camera, 0, 0, -1);
    expect(sets.update(camera)).toBe(true);
    expect(sets.counts()).toEqual([1, 0, 1]);
    // The slots hold the items' own matrices and colours.
    expect(near[0]!.instanceMatrix.array[14]).toBe(-10);
    expect(far.instanceMatrix.array[0]).toBe(2);
    expect(Array.from(far.instanceColor!.array.slice(0, 3))).toEqual([0, 0, 1]);
    // Nothing moved: nothing to do.
    expect(sets.update(camera)).toBe(false);
    // Turned round, the one behind is near and in view; walking up to the far one brings it near.
    look(camera, 0, 0, 1);
    sets.update(camera);
    expect(sets.counts()).toEqual([1, 0, 0]);
    expect(near[0]!.instanceMatrix.array[14]).toBe(15);
    look(camera, 1, -(lod.nearM + 10), -(lod.nearM + 30));
    sets.update(camera);
    expect(sets.counts()).toEqual([0, 1, 0]);
  });

  it('never frustum-culls its meshes as a whole (they are culled per instance)', () => {
    const near = [mesh(1)];
    const far = mesh(1);
    new LodInstances([item(0, 0, 0)], near, far);
    expect(near[0]!.frustumCulled).toBe(false);
    expect(far.frustumCulled).toBe(false);
  });
});

describe('people models', () => {
  it.each(['standing', 'walking', 'looking', 'exhibitor'] as const)(
    'builds a %s person of a few hundred triangles, feet on the floor, clothes marked for painting',
    (pose) => {
      const g = personGeometry(pose);
      g.computeBoundingBox();
      const box = g.boundingBox!;
      expect(g.getIndex()!.count / 3).toBeLessThan(300);
      expect(box.min.y).toBeGreaterThan(-0.02);
      expect(box.min.y).toBeLessThan(0.06);
      expect(box.max.y).toBeGreaterThan(modelHeightM - 0.1);
      expect(box.max.y).toBeLessThan(modelHeightM + 0.05);
      const paint = Array.from(g.getAttribute('paint').array);
      expect(paint.length).toBe(g.getAttribute('position').count);
      expect(new Set(paint)).toEqual(new Set([0, 1]));
      g.dispose();
    },
  );

  it('has a stand-in of a few dozen triangles for far away', () => {
    const g = farPersonGeometry();
    expect(g.getIndex()!.count / 3).toBeLessThanOrEqual(36);
    expect(g.getAttribute('paint')).toBeDefined();
  });
});
