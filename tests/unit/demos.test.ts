import { beforeEach, describe, expect, it } from 'vitest';
import { ctVoid } from '../../src/heroes/industrial-ct/science/ct';
import { cscanDelamination } from '../../src/heroes/ultrasonic-microscope/science/cscan';
import { hengyangNormalGravity } from '../../src/heroes/quantum-gravimeter/science/gravity';
import { stepDemos, useDemos } from '../../src/heroes/engine/demos';
import { engines } from '../../src/heroes/engine/engines';
import { heroIds } from '../../src/heroes/registry';
import type { HeroId } from '../../src/heroes/registry';

const demoLive = {
  gravimeter: engines['quantum-gravimeter'].live,
  ct: engines['industrial-ct'].live,
  cscan: engines['ultrasonic-microscope'].live,
};

/** Steps the active demo with the given frame lengths (cycled) until it is done; returns seconds taken. */
function runToEnd(frameS: readonly number[] = [1 / 60], maxS = 120): number {
  let t = 0;
  for (let i = 0; useDemos.getState().status === 'running' && t < maxS; i++) {
    const dt = frameS[i % frameS.length]!;
    stepDemos(dt);
    t += dt;
  }
  return t;
}

function snapshot(id: HeroId) {
  if (id === 'quantum-gravimeter') {
    const g = demoLive.gravimeter;
    return { drops: g.drops.map((d) => ({ ...d })), fit: { ...g.fringe.fit }, count: g.fringe.count };
  }
  if (id === 'industrial-ct') {
    const c = demoLive.ct;
    return { recon: Array.from(c.recon), sinogram: Array.from(c.sinogram), finding: { ...c.finding } };
  }
  const c = demoLive.cscan;
  return { image: Array.from(c.image), flaws: c.flaws.map((f) => ({ ...f })) };
}

beforeEach(() => useDemos.getState().resetDemos());

describe('demo store', () => {
  it('starts idle with nothing active', () => {
    expect(useDemos.getState()).toMatchObject({ active: null, status: 'idle', seq: 0 });
    expect(demoLive.gravimeter.stage).toBe('idle');
    expect(demoLive.ct.stage).toBe('idle');
    expect(demoLive.cscan.stage).toBe('idle');
  });

  it('starts, finishes and keeps the result until stopped', () => {
    useDemos.getState().startDemo('industrial-ct');
    expect(useDemos.getState()).toMatchObject({ active: 'industrial-ct', status: 'running', seq: 1 });
    stepDemos(1);
    expect(demoLive.ct.anglesDone).toBe(10);
    runToEnd();
    expect(useDemos.getState()).toMatchObject({ active: 'industrial-ct', status: 'done' });
    const done = snapshot('industrial-ct');
    stepDemos(5);
    expect(snapshot('industrial-ct')).toEqual(done);
    useDemos.getState().stopDemo();
    expect(useDemos.getState()).toMatchObject({ active: null, status: 'idle', seq: 1 });
    expect(demoLive.ct.anglesDone).toBe(0);
    expect(demoLive.ct.finding).toBeNull();
    expect(demoLive.ct.recon.every((v) => v === 0)).toBe(true);
  });

  it('ignores steps when nothing runs, and a new start replaces the running demo', () => {
    stepDemos(10);
    expect(demoLive.cscan.row).toBe(0);
    useDemos.getState().startDemo('ultrasonic-microscope');
    stepDemos(1);
    expect(demoLive.cscan.row).toBe(5);
    useDemos.getState().startDemo('quantum-gravimeter');
    expect(useDemos.getState()).toMatchObject({ active: 'quantum-gravimeter', status: 'running', seq: 2 });
    expect(demoLive.cscan.stage).toBe('idle');
    expect(demoLive.cscan.row).toBe(0);
    expect(demoLive.gravimeter.stage).toBe('scanning');
  });

  it('restarts from scratch and reset clears the sequence', () => {
    useDemos.getState().startDemo('ultrasonic-microscope');
    stepDemos(3);
    useDemos.getState().startDemo('ultrasonic-microscope');
    expect(demoLive.cscan.row).toBe(0);
    expect(useDemos.getState().seq).toBe(2);
    useDemos.getState().resetDemos();
    expect(useDemos.getState()).toMatchObject({ active: null, status: 'idle', seq: 0 });
  });
});

describe('gravimeter demo', () => {
  it('scans a fringe, then converges on normal gravity within a few µGal in 15–30 s', () => {
    useDemos.getState().startDemo('quantum-gravimeter');
    const g = demoLive.gravimeter;
    stepDemos(0.9);
    expect(g.phase).toBe('cooling');
    stepDemos(0.4);
    expect(g.phase).toBe('falling');
    expect(g.flash).toBeGreaterThan(0); // the first π/2 pulse has fired
    const seconds = runToEnd();
    expect(seconds).toBeGreaterThan(15);
    expect(seconds).toBeLessThan(30);
    expect(g.stage).toBe('done');
    expect(g.fringe.count).toBe(g.scanPoints);
    expect(g.fringe.fit!.contrast).toBeGreaterThan(0.4);
    expect(Math.abs(g.fringe.gMs2! - hengyangNormalGravity)).toBeLessThan(3e-7);
    expect(g.drops).toHaveLength(g.measurementDrops);
    const last = g.latest!;
    expect(Math.abs(last.meanGMs2 - hengyangNormalGravity)).toBeLessThan(5e-8); // 5 µGal
    expect(last.standardErrorMs2).toBeLessThan(4e-8);
    expect(Math.abs(last.meanGMs2 - hengyangNormalGravity)).toBeLessThan(3 * last.standardErrorMs2);
  });
});

describe('CT demo', () => {
  it('reconstructs the flange with its void darkest inside the metal', () => {
    useDemos.getState().startDemo('industrial-ct');
    const seconds = runToEnd();
    expect(seconds).toBeGreaterThan(15);
    expect(seconds).toBeLessThan(30);
    const ct = demoLive.ct;
    expect(ct.anglesDone).toBe(ct.angleCount);
    expect(ct.angleRad).toBeCloseTo(Math.PI);
    const f = ct.finding!;
    expect(Math.hypot(f.xMm - ctVoid.xMm, f.yMm - ctVoid.yMm)).toBeLessThan(1);
    expect(f.diameterMm).toBeGreaterThan(2 * ctVoid.radiusMm - 1.5);
    expect(f.diameterMm).toBeLessThan(2 * ctVoid.radiusMm + 1.5);
    expect(f.muPerCm).toBeLessThan(ct.muScalePerCm / 3);
  });
});

describe('C-scan demo', () => {
  it('images the delamination as the largest phase-inverted bright region', () => {
    useDemos.getState().startDemo('ultrasonic-microscope');
    const seconds = runToEnd();
    expect(seconds).toBeGreaterThan(15);
    expect(seconds).toBeLessThan(30);
    const c = demoLive.cscan;
    expect(c.row).toBe(c.rows);
    expect(c.image.every((v) => v > 0)).toBe(true);
    const d = c.flaws[0]!;
    expect(Math.hypot(d.xMm - cscanDelamination.xMm, d.yMm - cscanDelamination.yMm)).toBeLessThan(0.25);
    const trueArea = Math.PI * cscanDelamination.semiXMm * cscanDelamination.semiYMm;
    expect(d.areaMm2 / trueArea).toBeGreaterThan(0.8);
    expect(d.areaMm2 / trueArea).toBeLessThan(1.25);
    expect(c.labels.filter((l) => l === 1)).toHaveLength(d.pixels);
  });
});

describe('determinism', () => {
  it.each([...heroIds])('%s gives the same result whatever the frame rate', (id) => {
    useDemos.getState().startDemo(id);
    runToEnd([1 / 60]);
    const first = snapshot(id);
    useDemos.getState().startDemo(id);
    runToEnd([0.033, 0.1, 0.007, 0.5]);
    expect(snapshot(id)).toEqual(first);
  });
});
