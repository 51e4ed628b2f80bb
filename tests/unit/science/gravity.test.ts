import { describe, expect, it } from 'vitest';
import {
  ellipsoidGravity,
  hengyangElevationM,
  hengyangLatitudeDeg,
  hengyangNormalGravity,
  hengyangSite,
  normalGravity,
  toMilliGal,
  wgs84EquatorGravityMs2,
  wgs84PoleGravityMs2,
} from '../../../src/heroes/quantum-gravimeter/science/gravity';

describe('WGS84 normal gravity', () => {
  it('reproduces the defining values at the equator and the poles', () => {
    expect(Math.abs(normalGravity(0, 0) - 9.7803253359)).toBeLessThan(1e-9);
    expect(Math.abs(normalGravity(90, 0) - 9.8321849378)).toBeLessThan(1e-9);
    expect(Math.abs(normalGravity(-90, 0) - 9.8321849378)).toBeLessThan(1e-9);
    expect(ellipsoidGravity(0)).toBe(wgs84EquatorGravityMs2);
    expect(Math.abs(ellipsoidGravity(90) - wgs84PoleGravityMs2)).toBeLessThan(1e-9);
  });

  it('increases monotonically from the equator to the pole and is symmetric about the equator', () => {
    for (let lat = 0; lat < 90; lat += 5) {
      expect(normalGravity(lat + 5)).toBeGreaterThan(normalGravity(lat));
      expect(normalGravity(-lat)).toBeCloseTo(normalGravity(lat), 12);
    }
  });

  it('has a free-air gradient of about −0.3086 mGal/m near the surface', () => {
    for (const lat of [0, 26.89, 45, 90]) {
      const gradient = toMilliGal(normalGravity(lat, 10) - normalGravity(lat, 0)) / 10;
      expect(gradient).toBeGreaterThan(-0.3092);
      expect(gradient).toBeLessThan(-0.308);
    }
    const at45 = toMilliGal(normalGravity(45, 1) - normalGravity(45, 0));
    expect(Math.abs(at45 + 0.3086)).toBeLessThan(3e-4);
  });

  it('converts m/s² to mGal', () => {
    expect(toMilliGal(1e-5)).toBeCloseTo(1, 12);
    expect(toMilliGal(9.8)).toBeCloseTo(980000, 6);
  });
});

describe('Hengyang site', () => {
  it('uses the documented coordinates', () => {
    expect(hengyangSite.latitudeDeg).toBe(hengyangLatitudeDeg);
    expect(hengyangSite.elevationM).toBe(hengyangElevationM);
    expect(hengyangLatitudeDeg).toBeCloseTo(26.89, 2);
    expect(hengyangElevationM).toBeGreaterThanOrEqual(60);
    expect(hengyangElevationM).toBeLessThanOrEqual(70);
  });

  it('has a normal gravity in the plausible range 9.790–9.792 m/s²', () => {
    expect(hengyangNormalGravity).toBeGreaterThan(9.79);
    expect(hengyangNormalGravity).toBeLessThan(9.792);
    expect(hengyangNormalGravity).toBe(normalGravity(hengyangLatitudeDeg, hengyangElevationM));
    // The 65 m of elevation lower g by ≈ 20 mGal relative to the ellipsoid.
    const freeAirMGal = toMilliGal(hengyangNormalGravity - normalGravity(hengyangLatitudeDeg, 0));
    expect(freeAirMGal).toBeCloseTo(-0.3085 * hengyangElevationM, 0);
  });
});
