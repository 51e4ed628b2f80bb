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
  /** Bottom sheet: the fraction of the view's height it may cover (its CSS max-height, 56vh). */
  sheetFrac: 0.56,
  /** Room kept above the exhibit's marker for its label, as a fraction of the view's height, and at least px. */
  labelRoomFrac: 0.07,
  labelRoomPx: 48,
  /** Room kept below the exhibit's foot, as a fraction of the view's height. */
  footRoomFrac: 0.02,
  /** Each step back while the exhibit does not fit between the header and the panel, as a factor. */
  backOffStep: 1.08,
  /** At most this many steps back (about twice the distance): then the marker goes just below the header. */
  backOffSteps: 9,
} as const;

/** The view's shape: its aspect ratio, the fraction of its height the header covers at the top, its height in px. */
export interface ViewShape {
  aspect: number;
  topInset: number;
  heightPx?: number;
}

/** A camera pose in metres and degrees (yaw 0 looks north, -z). */
export interface FramePose {
  x: number;
  y: number;
  z: number;
  yawDeg: number;
  pitchDeg: number;
}

/**
 * The camera pitches (radians) at which everything from footY up to markerY, seen from eye height at a
 * distance, falls between the heights lo and hi of the view (normalised: -1 bottom edge, 1 top edge):
 * from min (the marker at hi) to max (the foot at lo); it fits when min ≤ max.
 */
function pitchRange(distM: number, footY: number, markerY: number, lo: number, hi: number) {
  const tanHalf = Math.tan(((framing.fovDeg / 2) * Math.PI) / 180);
  const up = Math.atan2(markerY - framing.eyeHeightM, distM);
  const down = Math.atan2(footY - framing.eyeHeightM, distM);
  // A point at elevation a shows at height tan(a - pitch) / tanHalf on the view's centre line.
  const min = up - Math.atan(hi * tanHalf);
  const max = down - Math.atan(lo * tanHalf);
  return { min, max };
}

/**
 * Where to stand to see an exhibit whole, in front of it (its front faces `facingYawDeg` + 180°), turned so
 * that the info panel never covers it, and far enough back that its marker (at markerY, with room for the
 * label) stays below the header covering the top of the view.
 */
export function framePose(
  at: Vec2 & { y: number },
  sizeM: number,
  facingYawDeg: number,
  layout: PanelLayout,
  view: ViewShape = { aspect: 16 / 9, topInset: 0 },
  markerY: number = at.y + sizeM / 2,
): FramePose {
  // Far enough that the exhibit fits the view's width too (narrow portrait phones need more room).
  const halfWidthTan = Math.tan(((framing.fovDeg / 2) * Math.PI) / 180) * view.aspect;
  const fitWidthM = sizeM / 2 / framing.fillWidth / halfWidthTan;
  // The free band of the view: below the header, and above the bottom sheet on phones.
  // Turned aside for the side panel, the exhibit sits off the view's centre line, where heights spread by
  // 1 / cos of the turn: shrink the band to match.
  const spread = layout === 'side' ? 1 / Math.hypot(1, framing.sideShift) : 1;
  const labelRoom = Math.max(framing.labelRoomFrac, framing.labelRoomPx / (view.heightPx ?? Infinity));
  const hi = (1 - 2 * (view.topInset + labelRoom)) * spread;
  const lo = (-1 + 2 * ((layout === 'bottom' ? framing.sheetFrac : 0) + framing.footRoomFrac)) * spread;
  // Over a bottom sheet the exhibit's lower half may go under the sheet: a small screen keeps it near.
  const footY = layout === 'bottom' ? at.y : Math.max(0, at.y - sizeM / 2);
  let dist = Math.max(framing.minDistanceM, sizeM * framing.distancePerSizeM, fitWidthM);
  let pitch = pitchRange(dist, footY, markerY, lo, hi);
  for (let i = 0; pitch.min > pitch.max && i < framing.backOffSteps; i++) {
    dist *= framing.backOffStep;
    pitch = pitchRange(dist, footY, markerY, lo, hi);
  }
  const r = (facingYawDeg * Math.PI) / 180;
  // The exhibit's front faces +z when facingYawDeg is 0: stand on that side, looking back at it.
  const x = at.x + Math.sin(r) * dist;
  const z = at.z + Math.cos(r) * dist;
  const toYaw = Math.atan2(-(at.x - x), -(at.z - z));
  const yawShift = layout === 'side' ? -Math.atan(framing.sideShift) : 0;
  // In the middle of the pitches that fit; where none does (a short landscape screen), the marker goes just
  // below the header and the foot under the panel.
  const pitchRad = pitch.min <= pitch.max ? (pitch.min + pitch.max) / 2 : pitch.min;
  return {
    x,
    y: framing.eyeHeightM,
    z,
    yawDeg: ((toYaw + yawShift) * 180) / Math.PI,
    pitchDeg: (pitchRad * 180) / Math.PI,
  };
}
