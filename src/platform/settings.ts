/**
 * The page's settings, read from its URL once, when the app boots, into one typed object that everything
 * reads (`settings`). A value that is missing, malformed or out of range falls back to its default; parsing
 * never throws.
 *
 * - `kiosk` turns kiosk mode on (`kiosk=0`, `false`, `off` or `no` leave it off); `idle=<s>` and `warn=<s>`
 *   time its idle reset;
 * - `instruments=<n>`: how many generic instruments fill the hall;
 * - `quality=low`: no shadows or antialiasing, half resolution; `adaptive=0` fixes the resolution;
 * - `naive` / `empty`: the benchmark's baselines (every instrument its own mesh / an empty canvas);
 * - `test`: expose `window.__expo` for end-to-end tests and the benchmark.
 */

/** Kiosk settings: whether kiosk mode is on, and the idle reset's timing. */
export interface KioskConfig {
  on: boolean;
  /** Seconds without input before the "Still there?" prompt. */
  idleS: number;
  /** Seconds the prompt counts down before the visit resets. */
  warnS: number;
}

/** Rendering quality: 'low' drops shadows, antialiasing and high DPR (slow GPUs, software rendering in tests). */
export type Quality = 'low' | 'high';

/** Which scene to render: the hall, the hall with un-instanced instruments (`naive`), or an empty canvas (`empty`). */
export type SceneVariant = 'hall' | 'naive' | 'empty';

/** Everything the URL can set. */
export interface Settings {
  kiosk: KioskConfig;
  /** How many generic instruments stand in the hall. */
  instruments: number;
  quality: Quality;
  /** Whether adaptive quality may move the resolution (benchmarks compare at a fixed DPR). */
  adaptive: boolean;
  scene: SceneVariant;
  /** Whether the test hook is exposed. */
  test: boolean;
}

/** Defaults and accepted ranges, seconds; a value outside its range (or not a number) falls back to the default. */
export const kioskLimits = {
  idleS: { default: 90, min: 5, max: 3600 },
  warnS: { default: 20, min: 1, max: 300 },
} as const;

/** How many instruments fill the hall: the article's "nearly a thousand" by default, within min..max. */
export const instrumentCount = { default: 1000, min: 100, max: 10_000 } as const;

const offWords = ['0', 'false', 'off', 'no'];

function seconds(raw: string | null, limit: { default: number; min: number; max: number }): number {
  if (raw === null || !/^\d{1,5}(\.\d{1,3})?$/.test(raw.trim())) return limit.default;
  const n = Number(raw);
  return n >= limit.min && n <= limit.max ? n : limit.default;
}

/** A whole number of instruments clamped to its range; anything that is not a number gives the default. */
function instruments(raw: string | null): number {
  const n = raw === null || raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(n)) return instrumentCount.default;
  return Math.max(instrumentCount.min, Math.min(instrumentCount.max, Math.round(n)));
}

/** Parses a location.search string into settings; never throws. */
export function parseSettings(search: string): Settings {
  const p = new URLSearchParams(search);
  const kiosk = p.get('kiosk');
  const adaptive = p.get('adaptive');
  return {
    kiosk: {
      on: kiosk !== null && !offWords.includes(kiosk.toLowerCase()),
      idleS: seconds(p.get('idle'), kioskLimits.idleS),
      warnS: seconds(p.get('warn'), kioskLimits.warnS),
    },
    instruments: instruments(p.get('instruments')),
    quality: p.get('quality') === 'low' ? 'low' : 'high',
    adaptive: adaptive === null || !['0', 'off', 'false'].includes(adaptive),
    scene: p.has('empty') ? 'empty' : p.has('naive') ? 'naive' : 'hall',
    test: p.has('test'),
  };
}

/** This page's settings, parsed once from its URL (the defaults outside a browser). */
export const settings: Settings = parseSettings(typeof window === 'undefined' ? '' : window.location.search);
