import { describe, expect, it } from 'vitest';
import { kioskLimits, parseSettings, settings } from '../../src/platform/settings';

describe('settings from the URL', () => {
  it('are the defaults with nothing in the URL (and outside a browser)', () => {
    expect(parseSettings('')).toEqual({
      kiosk: { on: false, idleS: 90, warnS: 20 },
      instruments: 1000,
      quality: 'high',
      adaptive: true,
      scene: 'hall',
      test: false,
    });
    expect(settings).toEqual(parseSettings(''));
  });

  it('turns kiosk mode on with ?kiosk; kiosk=0 leaves it off', () => {
    expect(parseSettings('?test&kiosk').kiosk.on).toBe(true);
    expect(parseSettings('?kiosk=1').kiosk.on).toBe(true);
    expect(parseSettings('?kiosk=0').kiosk.on).toBe(false);
    expect(parseSettings('?kiosk=false').kiosk.on).toBe(false);
  });

  it('reads idle and warn seconds within bounds; anything else falls back to the defaults (90 s, 20 s)', () => {
    const kiosk = (search: string) => parseSettings(search).kiosk;
    expect(kiosk('?kiosk')).toEqual({ on: true, idleS: 90, warnS: 20 });
    expect(kiosk('?kiosk&idle=3&warn=2')).toMatchObject({ idleS: 90, warnS: 2 }); // idle below 5
    expect(kiosk('?kiosk&idle=5&warn=1')).toMatchObject({ idleS: 5, warnS: 1 });
    expect(kiosk('?idle=3600&warn=300')).toMatchObject({ idleS: 3600, warnS: 300 });
    expect(kiosk('?idle=3601&warn=301')).toMatchObject({ idleS: 90, warnS: 20 });
    for (const bad of ['abc', '-10', '1e3', '', '12s', 'Infinity', 'NaN', '0x20'])
      expect(kiosk(`?idle=${bad}&warn=${bad}`), bad).toMatchObject({
        idleS: kioskLimits.idleS.default,
        warnS: kioskLimits.warnS.default,
      });
    expect(kiosk('?idle=7.5').idleS).toBe(7.5);
  });

  it('counts 1,000 instruments by default and clamps a number to 100..10,000', () => {
    const count = (search: string) => parseSettings(search).instruments;
    expect(count('?instruments=')).toBe(1000);
    expect(count('?instruments=lots')).toBe(1000);
    expect(count('?instruments=2500')).toBe(2500);
    expect(count('?test&instruments=50')).toBe(100);
    expect(count('?instruments=1e9')).toBe(10_000);
    expect(count('?instruments=-3')).toBe(100);
  });

  it('reads the quality, the benchmark switches and the test hook', () => {
    expect(parseSettings('?quality=low')).toMatchObject({ quality: 'low', scene: 'hall', test: false });
    expect(parseSettings('?quality=ultra').quality).toBe('high');
    expect(parseSettings('?adaptive=0').adaptive).toBe(false);
    expect(parseSettings('?test&naive')).toMatchObject({ scene: 'naive', test: true, adaptive: true });
    expect(parseSettings('?empty&naive').scene).toBe('empty');
  });
});
