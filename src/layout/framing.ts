import type { Vec2 } from './geometry';

/** How an info panel sits on screen: beside the view (desktop) or as a bottom sheet (phone). */
export type PanelLayout = 'side' | 'bottom';

/** Framing tunables: how far to stand from an exhibit per metre of its size, and how far off-centre to put it. */
export const framing = {
  /** Vertical field of view of the walk camera, degrees (the scene's lens uses it too). */
  fovDeg: 62,
  /** Fraction of the view's width the exhibit may fill. */
  fillWidth: 0.7,
  distancePerSizeM: 1.5,
  minDistanceM: 2.8,
  eyeHeightM: 1.6,
  /** Side panel: look this fraction of the distance to the right, so the exhibit sits in the left half. */
  sideShift: 0.32,
  /** Bottom sheet: look this far below the exhibit's centre, so it sits in the top half. */
  bottomTiltDeg: 10,
} as const;

/** A camera pose in metres and degrees (yaw 0 looks north, -z). */
export interface FramePose {
  x: number;
  y: number;
  z: number;
  yawDeg: number;
  pitchDeg: number;
}

/**
 * Where to stand to see an exhibit whole, in front of it (its front faces `facingYawDeg` + 180°),
 * turned so that the info panel never covers it.
 */
export function framePose(
  at: Vec2 & { y: number },
  sizeM: number,
  facingYawDeg: number,
  layout: PanelLayout,
  aspect = 16 / 9,
): FramePose {
  // Far enough that the exhibit fits the view's width too (narrow portrait phones need more room).
  const halfWidthTan = Math.tan(((framing.fovDeg / 2) * Math.PI) / 180) * aspect;
  const fitWidthM = sizeM / 2 / framing.fillWidth / halfWidthTan;
  const dist = Math.max(framing.minDistanceM, sizeM * framing.distancePerSizeM, fitWidthM);
  const r = (facingYawDeg * Math.PI) / 180;
  // The exhibit's front faces +z when facingYawDeg is 0: stand on that side, looking back at it.
  const x = at.x + Math.sin(r) * dist;
  const z = at.z + Math.cos(r) * dist;
  const toYaw = Math.atan2(-(at.x - x), -(at.z - z));
  const yawShift = layout === 'side' ? -Math.atan(framing.sideShift) : 0;
  const pitchToCentre = Math.atan2(at.y - framing.eyeHeightM, dist);
  const pitchShift = layout === 'bottom' ? (-framing.bottomTiltDeg * Math.PI) / 180 : 0;
  return {
    x,
    y: framing.eyeHeightM,
    z,
    yawDeg: ((toYaw + yawShift) * 180) / Math.PI,
    pitchDeg: ((pitchToCentre + pitchShift) * 180) / Math.PI,
  };
}
