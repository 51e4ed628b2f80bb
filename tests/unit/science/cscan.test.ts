import { beforeAll, describe, expect, it } from 'vitest';
import {
  aScan,
  acousticMaterials,
  createCscanModel,
  cscanDelamination,
  cscanSolderVoid,
  dieAttachGate,
  echoesAt,
  layerStackAt,
  packageLayout,
  pixelCentreMm,
  reflectionCoefficient,
  scanLine,
} from '../../../src/heroes/ultrasonic-microscope/science/cscan';
import type { EllipseMm } from '../../../src/heroes/ultrasonic-microscope/science/cscan';

const model = createCscanModel();
const bonded = { xMm: -2, yMm: -2 }; // on the die, clear of both flaws
let amplitude: Float32Array[] = [];
let polarity: Int8Array[] = [];

beforeAll(() => {
  amplitude = [];
  polarity = [];
  for (let row = 0; row < model.rows; row++) {
    const sign = new Int8Array(model.cols);
    amplitude.push(scanLine(model, row, sign));
    polarity.push(sign);
  }
});

const pitchMm = (2 * packageLayout.packageHalfMm) / model.cols;
const toPixel = (xMm: number) => (xMm + packageLayout.packageHalfMm) / pitchMm - 0.5;
const inside = (e: EllipseMm, x: number, y: number, grow = 1) =>
  ((x - e.xMm) / e.semiXMm) ** 2 + ((y - e.yMm) / e.semiYMm) ** 2 <= grow ** 2;

describe('acoustics', () => {
  it('computes pressure reflection coefficients R = (Z2 − Z1)/(Z2 + Z1)', () => {
    const z = (m: keyof typeof acousticMaterials) => acousticMaterials[m].impedanceMRayl;
    expect(reflectionCoefficient(z('water'), z('silicon'))).toBeCloseTo(0.86025, 4);
    expect(reflectionCoefficient(z('water'), z('mould'))).toBeCloseTo(0.6337, 4);
    expect(reflectionCoefficient(z('silicon'), z('air'))).toBeCloseTo(-1, 4);
    expect(reflectionCoefficient(z('silicon'), z('solder'))).toBeGreaterThan(0);
    expect(reflectionCoefficient(z('silicon'), z('copper'))).toBeCloseTo(
      -reflectionCoefficient(41.6, 19.7),
      12,
    );
    expect(reflectionCoefficient(5, 5)).toBe(0);
  });

  it('orders the echoes by the depth of their interfaces', () => {
    const echoes = echoesAt(model, bonded.xMm, bonded.yMm);
    expect(echoes.map((e) => e.interfaceName)).toEqual([
      'water/mould',
      'mould/silicon',
      'silicon/solder',
      'solder/copper',
      'copper/mould',
      'mould/water',
    ]);
    const layers = layerStackAt(bonded.xMm, bonded.yMm);
    let expected = (2 * model.waterPathMm * 1e6) / acousticMaterials.water.speedMs;
    echoes.forEach((echo, i) => {
      expect(echo.timeNs).toBeCloseTo(expected, 6);
      const layer = layers[i];
      if (layer) expected += (2 * layer.thicknessMm * 1e6) / acousticMaterials[layer.material].speedMs;
    });
    // The die is 0.3 mm of silicon: its top and bottom echoes are 2·0.3 mm / 8433 m/s = 71.15 ns apart.
    expect(echoes[2]!.timeNs - echoes[1]!.timeNs).toBeCloseTo(71.15, 2);
  });

  it('makes a delamination echo arrive in the gate, strong and phase-inverted', () => {
    const gate = dieAttachGate(model);
    const good = echoesAt(model, bonded.xMm, bonded.yMm)[2]!;
    const bad = echoesAt(model, cscanDelamination.xMm, cscanDelamination.yMm)[2]!;
    expect(bad.interfaceName).toBe('silicon/air');
    for (const e of [good, bad]) expect(e.timeNs > gate.startNs && e.timeNs < gate.endNs).toBe(true);
    expect(good.amplitude).toBeGreaterThan(0);
    expect(bad.amplitude).toBeLessThan(-5 * good.amplitude);
  });

  it('renders A-scans whose strongest sample is the surface echo', () => {
    const scan = aScan(model, bonded.xMm, bonded.yMm);
    const peak = scan.samples.reduce(
      (best, v, i) => (Math.abs(v) > Math.abs(scan.samples[best]!) ? i : best),
      0,
    );
    expect(Math.abs(scan.startNs + peak * scan.dtNs - scan.echoes[0]!.timeNs)).toBeLessThan(2);
  });
});

describe('C-scan', () => {
  it('shows the delamination bright against the bonded die', () => {
    let [flawSum, flawN, goodSum, goodN, goodPositive] = [0, 0, 0, 0, 0];
    for (let row = 0; row < model.rows; row++) {
      for (let col = 0; col < model.cols; col++) {
        const { xMm, yMm } = pixelCentreMm(model, col, row);
        const a = amplitude[row]![col]!;
        const onDie = Math.max(Math.abs(xMm), Math.abs(yMm)) < packageLayout.dieHalfMm - 0.3;
        if (inside(cscanDelamination, xMm, yMm, 0.8)) [flawSum, flawN] = [flawSum + a, flawN + 1];
        else if (
          onDie &&
          !inside(cscanDelamination, xMm, yMm, 1.3) &&
          !inside(cscanSolderVoid, xMm, yMm, 2)
        ) {
          [goodSum, goodN] = [goodSum + a, goodN + 1];
          if (polarity[row]![col] === 1) goodPositive++;
        }
      }
    }
    expect(flawSum / flawN).toBeGreaterThan(4 * (goodSum / goodN));
    // Bonded Si→solder reflects with positive polarity; the weak echo lets noise flip a few pixels.
    expect(goodPositive / goodN).toBeGreaterThan(0.95);
  });

  it('puts the detected flaw where it really is', () => {
    const max = Math.max(...amplitude.map((line) => Math.max(...line)));
    let [sumCol, sumRow, count, inverted] = [0, 0, 0, true];
    amplitude.forEach((line, row) =>
      line.forEach((a, col) => {
        const { xMm, yMm } = pixelCentreMm(model, col, row);
        if (a < max / 2 || inside(cscanSolderVoid, xMm, yMm, 2)) return;
        [sumCol, sumRow, count] = [sumCol + col, sumRow + row, count + 1];
        if (polarity[row]![col] !== -1) inverted = false;
      }),
    );
    expect(inverted).toBe(true);
    const truthCol = toPixel(cscanDelamination.xMm);
    const truthRow = toPixel(cscanDelamination.yMm);
    expect(Math.hypot(sumCol / count - truthCol, sumRow / count - truthRow)).toBeLessThan(1.5);
    const areaPx = (Math.PI * cscanDelamination.semiXMm * cscanDelamination.semiYMm) / pitchMm ** 2;
    expect(Math.abs(count / areaPx - 1)).toBeLessThan(0.15);
    // The solder void shows up too, bright and inverted.
    const [vc, vr] = [Math.round(toPixel(cscanSolderVoid.xMm)), Math.round(toPixel(cscanSolderVoid.yMm))];
    expect(amplitude[vr]![vc]!).toBeGreaterThan(max / 2);
    expect(polarity[vr]![vc]).toBe(-1);
  });

  it('is deterministic per seed, line by line in any order', () => {
    expect(Array.from(scanLine(model, 40))).toEqual(Array.from(amplitude[40]!));
    const other = scanLine(createCscanModel({ seed: 2 }), 40);
    expect(Array.from(other)).not.toEqual(Array.from(amplitude[40]!));
  });
});
