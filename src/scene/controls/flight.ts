import { Euler, Quaternion, Vector3 } from 'three';
import type { Camera } from 'three';
import type { Pose } from '../../state/expo';

/** Flight tunables: duration grows with distance; long walk-to-walk moves hop over the walls. */
export const flightTiming = {
  minS: 0.8,
  maxS: 2.6,
  baseS: 0.6,
  metresPerS: 45,
  hopMaxM: 28,
  hopPerM: 0.25,
} as const;

/** An animated camera move from the current pose to a target pose. */
export interface FlightAnim {
  fromPos: Vector3;
  fromQ: Quaternion;
  toPos: Vector3;
  toQ: Quaternion;
  hopM: number;
  durationS: number;
  t: number;
}

/** Quaternion for a yaw/pitch pose (yaw about y first, then pitch). */
export function poseQuaternion(yawDeg: number, pitchDeg: number): Quaternion {
  const r = Math.PI / 180;
  return new Quaternion().setFromEuler(new Euler(pitchDeg * r, yawDeg * r, 0, 'YXZ'));
}

/** Plans a flight from where the camera is now; zero duration when motion should be reduced. */
export function planFlight(camera: Camera, to: Pose, reduced: boolean, hop: boolean): FlightAnim {
  const toPos = new Vector3(to.x, to.y, to.z);
  const dist = camera.position.distanceTo(toPos);
  const durationS = reduced
    ? 0
    : Math.min(
        flightTiming.maxS,
        Math.max(flightTiming.minS, flightTiming.baseS + dist / flightTiming.metresPerS),
      );
  return {
    fromPos: camera.position.clone(),
    fromQ: camera.quaternion.clone(),
    toPos,
    toQ: poseQuaternion(to.yawDeg, to.pitchDeg),
    hopM: hop && dist > 12 ? Math.min(flightTiming.hopMaxM, dist * flightTiming.hopPerM) : 0,
    durationS,
    t: 0,
  };
}

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2);

/** Advances a flight by dt and moves the camera; returns true when it has arrived. */
export function stepFlight(a: FlightAnim, camera: Camera, dt: number): boolean {
  a.t = a.durationS > 0 ? Math.min(1, a.t + dt / a.durationS) : 1;
  const k = ease(a.t);
  camera.position.lerpVectors(a.fromPos, a.toPos, k);
  camera.position.y += Math.sin(Math.PI * k) * a.hopM;
  camera.quaternion.slerpQuaternions(a.fromQ, a.toQ, k);
  return a.t >= 1;
}
