import type { Rect } from './geometry';

/**
 * The big clock of 船山时间谷 (China clock & watch industry base): a double-faced dial on a tower at a
 * crossing of two aisles in the zone, high above the booths. From the zone entry it stands just left of the
 * view's centre, clear of the zone's display board; it sits between two roof trusses (lines every 8 m,
 * at x = -38 and -30) so the dial may rise above their bottom chords. Metres and degrees; yaw 0 faces +z
 * (south), 22° turns it towards the entry and the overview camera in the south-east.
 */
export const clockTower = {
  /** The panel that tells the visitor about it (and shows the same time in text). */
  exhibitId: 'chuanshan-time-valley',
  zone: 'chuanshan-time-valley',
  x: -35.2,
  z: -55,
  yawDeg: 22,
  dialRadiusM: 2.5,
  /** Bezel ring outside the dial. */
  bezelM: 0.16,
  /** Thickness of the clock case, front face to back face. */
  caseDepthM: 0.5,
  dialCentreYM: 8.2,
  postM: 0.45,
  baseM: 1.4,
  baseHeightM: 0.6,
  /** Hands: length from the centre, width, and how far each stands off the dial (so none z-fights). */
  hands: {
    hour: { lengthM: 1.45, tailM: 0.3, widthM: 0.24, offsetM: 0.08 },
    minute: { lengthM: 2.15, tailM: 0.3, widthM: 0.15, offsetM: 0.16 },
    second: { lengthM: 2.25, tailM: 0.55, widthM: 0.06, offsetM: 0.24 },
  },
  handThicknessM: 0.04,
  /** Seen from the air the dial grows and floats higher, as the zone tags do, so it reads in the overview. */
  overview: { scale: 4, centreYM: 34 },
} as const;

/** The floor the clock tower's base covers (solid: the collision world includes it). */
export const clockTowerFootprint: Rect = {
  minX: clockTower.x - clockTower.baseM / 2,
  maxX: clockTower.x + clockTower.baseM / 2,
  minZ: clockTower.z - clockTower.baseM / 2,
  maxZ: clockTower.z + clockTower.baseM / 2,
};

/** Hand angles in degrees, clockwise from 12 o'clock, each in [0, 360). */
export interface ClockHandAngles {
  hourDeg: number;
  minuteDeg: number;
  secondDeg: number;
}

/**
 * Where the hands of a stepping clock point at a given local time: the second hand jumps once per second,
 * the minute and hour hands move on with every second (as a real movement's gear train does).
 */
export function clockHandAngles(date: Date): ClockHandAngles {
  const h = date.getHours() % 12;
  const m = date.getMinutes();
  const s = date.getSeconds();
  return { hourDeg: h * 30 + m * 0.5 + s / 120, minuteDeg: m * 6 + s * 0.1, secondDeg: s * 6 };
}

/** The 12-hour time a clock face with these hand angles shows (the inverse of clockHandAngles). */
export function timeFromHandAngles(a: ClockHandAngles): {
  hours12: number;
  minutes: number;
  seconds: number;
} {
  const turn = (deg: number) => ((deg % 360) + 360) % 360;
  const eps = 1e-6;
  return {
    hours12: Math.floor(turn(a.hourDeg) / 30 + eps) % 12,
    minutes: Math.floor(turn(a.minuteDeg) / 6 + eps) % 60,
    seconds: Math.round(turn(a.secondDeg) / 6) % 60,
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** Local time as 24-hour HH:MM:SS (or HH:MM), the way the panel prints it. */
export function formatClockTime(date: Date, seconds = true): string {
  const hm = `${two(date.getHours())}:${two(date.getMinutes())}`;
  return seconds ? `${hm}:${two(date.getSeconds())}` : hm;
}

/** Milliseconds from `date` to the start of the next whole second (when the clock next ticks). */
export function msToNextSecond(date: Date): number {
  return 1000 - date.getMilliseconds();
}
