/** Kiosk settings from the URL: `?kiosk` turns kiosk mode on; `idle=<s>` and `warn=<s>` time the idle reset. */
export interface KioskConfig {
  on: boolean;
  /** Seconds without input before the "Still there?" prompt. */
  idleS: number;
  /** Seconds the prompt counts down before the visit resets. */
  warnS: number;
}

/** Defaults and accepted ranges, seconds; a value outside its range (or not a number) falls back to the default. */
export const kioskLimits = {
  idleS: { default: 90, min: 5, max: 3600 },
  warnS: { default: 20, min: 1, max: 300 },
} as const;

function seconds(raw: string | null, limit: { default: number; min: number; max: number }): number {
  if (raw === null || !/^\d{1,5}(\.\d{1,3})?$/.test(raw.trim())) return limit.default;
  const n = Number(raw);
  return n >= limit.min && n <= limit.max ? n : limit.default;
}

/** Parses a location.search string; never throws. `kiosk=0` or `kiosk=false` leaves kiosk mode off. */
export function parseKioskParams(search: string): KioskConfig {
  const p = new URLSearchParams(search);
  const flag = p.get('kiosk');
  return {
    on: flag !== null && !['0', 'false', 'off', 'no'].includes(flag.toLowerCase()),
    idleS: seconds(p.get('idle'), kioskLimits.idleS),
    warnS: seconds(p.get('warn'), kioskLimits.warnS),
  };
}

/** Kiosk settings of the current page (off outside a browser). */
export function urlKiosk(): KioskConfig {
  return parseKioskParams(typeof window === 'undefined' ? '' : window.location.search);
}
