import { describe, expect, it } from 'vitest';
import { boothGrid, stands, zoneBoardFootprints } from '../../src/layout/booths';
import {
  clockHandAngles,
  clockTower,
  clockTowerFootprint,
  formatClockTime,
  msToNextSecond,
  timeFromHandAngles,
} from '../../src/layout/clock';
import { collisionWorld } from '../../src/layout/collision';
import { rectContains } from '../../src/layout/geometry';
import type { Rect } from '../../src/layout/geometry';
import { buildingAt, roofHeightAt, zonePlacements } from '../../src/layout/hall';
import { trussLines } from '../../src/layout/roof';

const at = (h: number, m: number, s: number, ms = 0) => new Date(2025, 10, 11, h, m, s, ms);
const overlaps = (a: Rect, b: Rect) =>
  a.minX < b.maxX && b.minX < a.maxX && a.minZ < b.maxZ && b.minZ < a.maxZ;

describe('clockHandAngles', () => {
  it('points every hand at 12 at midnight and noon', () => {
    expect(clockHandAngles(at(0, 0, 0))).toEqual({ hourDeg: 0, minuteDeg: 0, secondDeg: 0 });
    expect(clockHandAngles(at(12, 0, 0))).toEqual({ hourDeg: 0, minuteDeg: 0, secondDeg: 0 });
  });

  it('reads quarter past, half past and the afternoon the way a dial does', () => {
    expect(clockHandAngles(at(3, 0, 0))).toEqual({ hourDeg: 90, minuteDeg: 0, secondDeg: 0 });
    expect(clockHandAngles(at(9, 15, 0))).toEqual({ hourDeg: 277.5, minuteDeg: 90, secondDeg: 0 });
    const a = clockHandAngles(at(15, 30, 45));
    expect(a.hourDeg).toBeCloseTo(90 + 15 + 45 / 120, 9);
    expect(a.minuteDeg).toBeCloseTo(180 + 4.5, 9);
    expect(a.secondDeg).toBe(270);
  });

  it('steps the second hand whole seconds only (milliseconds do not move it)', () => {
    expect(clockHandAngles(at(10, 20, 30, 999))).toEqual(clockHandAngles(at(10, 20, 30, 0)));
    expect(clockHandAngles(at(10, 20, 31)).secondDeg - clockHandAngles(at(10, 20, 30)).secondDeg).toBe(6);
  });

  it('keeps every angle in [0, 360) and is undone by timeFromHandAngles', () => {
    for (let t = 0; t < 86_400; t += 37) {
      const d = at(Math.floor(t / 3600), Math.floor(t / 60) % 60, t % 60);
      const a = clockHandAngles(d);
      for (const v of Object.values(a)) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThan(360);
      }
      expect(timeFromHandAngles(a)).toEqual({
        hours12: d.getHours() % 12,
        minutes: d.getMinutes(),
        seconds: d.getSeconds(),
      });
    }
  });

  it('reads hands turned past a full circle or backwards, as the scene may leave them', () => {
    expect(timeFromHandAngles({ hourDeg: 390, minuteDeg: -6, secondDeg: 366 })).toEqual({
      hours12: 1,
      minutes: 59,
      seconds: 1,
    });
  });
});

describe('clock text and timing', () => {
  it('prints 24-hour local time with leading zeros', () => {
    expect(formatClockTime(at(9, 5, 7))).toBe('09:05:07');
    expect(formatClockTime(at(21, 0, 0), false)).toBe('21:00');
  });

  it('waits until the next whole second', () => {
    expect(msToNextSecond(at(1, 2, 3, 250))).toBe(750);
    expect(msToNextSecond(at(1, 2, 3, 0))).toBe(1000);
  });
});

describe('the clock tower', () => {
  const zone = zonePlacements[clockTower.zone]!;

  it('stands on free floor inside its zone, solid, and leaves the zone entry free', () => {
    for (const corner of [
      { x: clockTowerFootprint.minX, z: clockTowerFootprint.minZ },
      { x: clockTowerFootprint.maxX, z: clockTowerFootprint.maxZ },
    ])
      expect(rectContains(zone.rect, corner)).toBe(true);
    for (const s of stands) expect(overlaps(clockTowerFootprint, s.rect), s.id).toBe(false);
    for (const b of zoneBoardFootprints) expect(overlaps(clockTowerFootprint, b)).toBe(false);
    expect(collisionWorld.blocked({ x: clockTower.x, z: clockTower.z })).toBe(true);
    expect(collisionWorld.blocked(zone.entry)).toBe(false);
    // A visitor can still get past it on at least one side (the aisle is not closed off).
    const side = clockTower.baseM / 2 + 0.5;
    const around = [
      { x: clockTower.x - side, z: clockTower.z },
      { x: clockTower.x + side, z: clockTower.z },
      { x: clockTower.x, z: clockTower.z - side },
      { x: clockTower.x, z: clockTower.z + side },
    ];
    expect(around.filter((p) => !collisionWorld.blocked(p)).length).toBeGreaterThanOrEqual(2);
  });

  it('hangs its dial above the booths, under the roof and clear of the roof trusses', () => {
    const b = buildingAt(clockTower)!;
    const r = clockTower.dialRadiusM + clockTower.bezelM;
    const yaw = (clockTower.yawDeg * Math.PI) / 180;
    expect(clockTower.dialCentreYM - r).toBeGreaterThan(boothGrid.boothHeightM + 2);
    expect(clockTower.dialCentreYM + r).toBeLessThan(roofHeightAt(b, clockTower.z) - 1);
    // Half the dial's width across x, case depth included.
    const halfX = Math.abs(Math.cos(yaw)) * r + (Math.abs(Math.sin(yaw)) * clockTower.caseDepthM) / 2;
    for (const x of trussLines(b))
      expect(Math.abs(x - clockTower.x), `truss at x=${x}`).toBeGreaterThan(halfX);
  });
});
