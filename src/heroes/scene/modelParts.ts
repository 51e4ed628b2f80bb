/** Finding a hero model's named parts and anchors, and putting animated parts back where they were. */
import { Matrix4, Vector3 } from 'three';
import type { Euler, Object3D } from 'three';
import { threeObjectName } from '../model';

/** The animatable part tagged `part` (GLB node `part:<part>`, `userData.part` in three), if present. */
export function findPart(model: Object3D, part: string): Object3D | null {
  return model.getObjectByName(threeObjectName(`part:${part}`)) ?? findByUserData(model, 'part', part);
}

/** The hotspot anchor tagged `hotspot` (`userData.hotspot`), if present. */
export function findHotspot(model: Object3D, hotspot: string): Object3D | null {
  return findByUserData(model, 'hotspot', hotspot);
}

function findByUserData(model: Object3D, key: string, value: string): Object3D | null {
  let found: Object3D | null = null;
  model.traverse((o) => {
    if (!found && o.userData[key] === value) found = o;
  });
  return found;
}

/** Position of obj in the model root's frame (the frame the demo views are drawn in). */
export function modelLocalPosition(model: Object3D, obj: Object3D): Vector3 {
  model.updateWorldMatrix(true, true);
  const toModel = new Matrix4().copy(model.matrixWorld).invert().multiply(obj.matrixWorld);
  return new Vector3().setFromMatrixPosition(toModel);
}

/** A part's rest transform, captured once so it can be restored exactly. */
export type RestPose = { object: Object3D; position: Vector3; rotation: Euler };

/** Captures the rest transforms of the given parts (missing parts are skipped). */
export function captureRest(parts: readonly (Object3D | null)[]): RestPose[] {
  return parts
    .filter((o): o is Object3D => o !== null)
    .map((object) => ({ object, position: object.position.clone(), rotation: object.rotation.clone() }));
}

/** Puts captured parts back at rest. */
export function restoreRest(rest: readonly RestPose[]): void {
  for (const r of rest) {
    r.object.position.copy(r.position);
    r.object.rotation.copy(r.rotation);
  }
}

/** A raycast that never hits: the demo overlays must not catch clicks meant for the model or floor. */
export function noRaycast(): void {}
