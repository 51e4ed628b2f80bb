import type { Vec2 } from '../layout/geometry';
import { startPose } from '../layout/hall';
import type { CollisionWorld } from '../layout/collision';

/** Walking tunables. */
export const walk = {
  eyeHeightM: 1.6,
  speedMps: 1.4,
  runFactor: 2.2,
  turnDegPerS: 90,
  pitchDegPerS: 60,
  maxPitchDeg: 80,
  dragRadPerPx: 0.005,
  arriveM: 0.15,
} as const;

/** What a held key or button asks for. */
export type NavAction =
  'forward' | 'back' | 'left' | 'right' | 'turnLeft' | 'turnRight' | 'lookUp' | 'lookDown' | 'run';

/** The camera's live pose and inputs: changed every frame, so kept out of React and the stores. */
export interface NavState {
  x: number;
  y: number;
  z: number;
  /** Radians; 0 looks north (-z), positive turns left. */
  yaw: number;
  /** Radians; positive looks up. */
  pitch: number;
  held: Set<NavAction>;
  /** Analogue strength (0..1) of held walking and turning, set by the kiosk joystick; 1 for keys and the pad. */
  gain: { move: number; turn: number };
  walkTarget: Vec2 | null;
  flying: boolean;
  /** Last place the visitor stood in walk mode, to return to from the overview. */
  lastWalk: { x: number; z: number; yaw: number };
  framesRendered: number;
  /** performance.now() of the frame that produced this pose, ms. */
  poseTimeMs: number;
}

/** The single live navigation state. */
export const nav: NavState = {
  x: startPose.x,
  y: walk.eyeHeightM,
  z: startPose.z,
  yaw: (startPose.yawDeg * Math.PI) / 180,
  pitch: 0,
  held: new Set(),
  gain: { move: 1, turn: 1 },
  walkTarget: null,
  flying: false,
  lastWalk: { x: startPose.x, z: startPose.z, yaw: (startPose.yawDeg * Math.PI) / 180 },
  framesRendered: 0,
  poseTimeMs: 0,
};

/** Overview orbit steps asked for by buttons (the alternative to dragging), consumed by the camera rig. */
export const orbitNudge = { turnDeg: 0, zoomSteps: 0 };

/** Orbit button step sizes: degrees per turn press, distance factor per zoom press. */
export const orbitStep = { turnDeg: 20, zoomFactor: 0.8 } as const;

/** Puts the live state back at the entrance. */
export function resetNav(): void {
  Object.assign(nav, {
    x: startPose.x,
    y: walk.eyeHeightM,
    z: startPose.z,
    yaw: (startPose.yawDeg * Math.PI) / 180,
    pitch: 0,
    walkTarget: null,
    flying: false,
  });
  nav.held.clear();
  nav.gain = { move: 1, turn: 1 };
  nav.lastWalk = { x: nav.x, z: nav.z, yaw: nav.yaw };
}

/** Maps a KeyboardEvent.code to what it does while walking. */
export function keyAction(code: string): NavAction | null {
  const map: Record<string, NavAction> = {
    KeyW: 'forward',
    ArrowUp: 'forward',
    KeyS: 'back',
    ArrowDown: 'back',
    KeyA: 'left',
    KeyD: 'right',
    ArrowLeft: 'turnLeft',
    KeyQ: 'turnLeft',
    ArrowRight: 'turnRight',
    KeyE: 'turnRight',
    KeyR: 'lookUp',
    KeyF: 'lookDown',
    ShiftLeft: 'run',
    ShiftRight: 'run',
  };
  return map[code] ?? null;
}

/** Turns the view by a drag of (dx, dy) pixels. */
export function look(state: NavState, dxPx: number, dyPx: number): void {
  state.yaw += dxPx * walk.dragRadPerPx;
  const max = (walk.maxPitchDeg * Math.PI) / 180;
  state.pitch = Math.max(-max, Math.min(max, state.pitch + dyPx * walk.dragRadPerPx));
}

/** Advances walking by dt seconds: held keys first, else towards a clicked target; collisions slide. */
export function stepWalk(state: NavState, dt: number, world: CollisionWorld): boolean {
  const h = state.held;
  const rad = Math.PI / 180;
  const turn = (h.has('turnLeft') ? 1 : 0) - (h.has('turnRight') ? 1 : 0);
  const tilt = (h.has('lookUp') ? 1 : 0) - (h.has('lookDown') ? 1 : 0);
  state.yaw += turn * walk.turnDegPerS * state.gain.turn * rad * dt;
  const max = walk.maxPitchDeg * rad;
  state.pitch = Math.max(-max, Math.min(max, state.pitch + tilt * walk.pitchDegPerS * rad * dt));
  const fwd = (h.has('forward') ? 1 : 0) - (h.has('back') ? 1 : 0);
  const side = (h.has('right') ? 1 : 0) - (h.has('left') ? 1 : 0);
  const speed = walk.speedMps * (h.has('run') ? walk.runFactor : 1);
  const held = walk.speedMps * state.gain.move * (h.has('run') ? walk.runFactor : 1);
  let dx = 0;
  let dz = 0;
  if (fwd || side) {
    state.walkTarget = null;
    const len = Math.hypot(fwd, side);
    const sin = Math.sin(state.yaw);
    const cos = Math.cos(state.yaw);
    dx = ((-sin * fwd + cos * side) / len) * held * dt;
    dz = ((-cos * fwd - sin * side) / len) * held * dt;
  } else if (state.walkTarget) {
    const tx = state.walkTarget.x - state.x;
    const tz = state.walkTarget.z - state.z;
    const dist = Math.hypot(tx, tz);
    if (dist < walk.arriveM) {
      state.walkTarget = null;
    } else {
      const stepLen = Math.min(dist, speed * dt);
      dx = (tx / dist) * stepLen;
      dz = (tz / dist) * stepLen;
      // Face where we are going, gently.
      const want = Math.atan2(-tx, -tz);
      let diff = want - state.yaw;
      diff = Math.atan2(Math.sin(diff), Math.cos(diff));
      state.yaw += diff * Math.min(1, dt * 3);
    }
  }
  if (!dx && !dz) return turn !== 0 || tilt !== 0;
  const next = world.move({ x: state.x, z: state.z }, dx, dz);
  const moved = Math.hypot(next.x - state.x, next.z - state.z);
  if (state.walkTarget && moved < 0.2 * Math.hypot(dx, dz)) state.walkTarget = null; // blocked: give up
  state.x = next.x;
  state.z = next.z;
  state.lastWalk = { x: state.x, z: state.z, yaw: state.yaw };
  return true;
}
