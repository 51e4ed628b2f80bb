import { describe, expect, it } from 'vitest';
import { Box3, Ray, Vector3 } from 'three';
import { CollisionWorld } from '../../src/layout/collision';
import { benchWalk, pathLength, poseAlong } from '../../src/layout/path';
import { adaptiveLevel, qualityProfiles } from '../../src/platform/quality';
import { buildInstanceTree, rayCandidates } from '../../src/scene/picking/instanceTree';
import { mulberry32 } from '../../src/science/random';

describe('benchmark walk', () => {
  it('moves at constant speed along the path and looks where it goes', () => {
    const pts = [
      { x: 0, z: 0 },
      { x: 0, z: -10 },
      { x: 10, z: -10 },
    ];
    expect(pathLength(pts)).toBe(20);
    expect(poseAlong(pts, 0)).toMatchObject({ x: 0, z: 0, yawDeg: 0 });
    expect(poseAlong(pts, 0.25)).toMatchObject({ x: 0, z: -5 });
    const east = poseAlong(pts, 0.75);
    expect(east.x).toBeCloseTo(5);
    expect(east.yawDeg).toBeCloseTo(-90);
    expect(poseAlong(pts, 2)).toMatchObject({ x: 10, z: -10 });
  });

  it('stays in the aisles: no point of the fixed walk is inside a wall or a stand', () => {
    const world = new CollisionWorld();
    for (let i = 0; i <= 400; i++) {
      const p = poseAlong(benchWalk, i / 400);
      expect(world.blocked(p), `${p.x.toFixed(1)}, ${p.z.toFixed(1)}`).toBe(false);
    }
  });
});

describe('adaptive quality', () => {
  it('moves DPR within the quality setting and drops shadows when slow', () => {
    expect(adaptiveLevel('high', 1, 1)).toEqual({ dpr: 1, shadows: true });
    expect(adaptiveLevel('high', 1, 3)).toEqual({ dpr: qualityProfiles.high.dprMax, shadows: true });
    expect(adaptiveLevel('high', 0, 2)).toEqual({ dpr: qualityProfiles.high.dprMin, shadows: false });
    expect(adaptiveLevel('high', 0.4, 2).shadows).toBe(false);
    expect(adaptiveLevel('low', 1, 2)).toEqual({ dpr: qualityProfiles.low.dprMax, shadows: false });
    expect(adaptiveLevel('low', 0, 2)).toEqual({ dpr: qualityProfiles.low.dprMin, shadows: false });
  });

  it('never lowers DPR as the factor rises', () => {
    let last = 0;
    for (let f = 0; f <= 1.0001; f += 0.1) {
      const { dpr } = adaptiveLevel('high', f, 2);
      expect(dpr).toBeGreaterThanOrEqual(last);
      last = dpr;
    }
  });
});

describe('instance hierarchy for picking', () => {
  it('finds exactly the instances a brute-force test finds', () => {
    const rand = mulberry32(7);
    const boxes = Array.from({ length: 2000 }, () => {
      const c = new Vector3(rand() * 200 - 100, rand() * 2, rand() * 200 - 100);
      return new Box3(c.clone().subScalar(0.5), c.clone().addScalar(0.5));
    });
    const tree = buildInstanceTree(boxes);
    for (let k = 0; k < 50; k++) {
      const ray = new Ray(
        new Vector3(rand() * 200 - 100, 1.6, rand() * 200 - 100),
        new Vector3(rand() - 0.5, (rand() - 0.5) * 0.2, rand() - 0.5).normalize(),
      );
      const brute = boxes.flatMap((b, i) => (ray.intersectsBox(b) ? [i] : []));
      expect(rayCandidates(tree, ray).sort((a, b) => a - b)).toEqual(brute);
    }
    expect(buildInstanceTree([])).toBeNull();
  });
});
