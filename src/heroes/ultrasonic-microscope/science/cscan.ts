/**
 * Scanning acoustic microscope (C-SAM) of a moulded chip package. Each raster point gets a 1D
 * pulse-echo A-scan from its layer stack (first-order echoes only: reverberations are far weaker
 * and arrive later than the gate); the C-scan image is the peak rectified amplitude inside a time
 * gate on the die/die-attach interface. Lengths mm, times ns, impedances MRayl, x right, y down.
 */
import { createRng } from '../../../science/random';
import { acousticMaterials, packageLayout } from './cscanSetup';
import type { CscanModel, MaterialName } from './cscanSetup';

export * from './cscanSetup';

/** One layer of the stack under a raster point. */
export type Layer = { material: MaterialName; thicknessMm: number };
/** An ellipse (or circle when the semi-axes match) in package coordinates, mm from the centre. */
export type EllipseMm = { xMm: number; yMm: number; semiXMm: number; semiYMm: number };

/** The hidden delamination at the die/die-attach interface: true centre and semi-axes, mm. */
export const cscanDelamination = { xMm: 1.2, yMm: -0.8, semiXMm: 1.2, semiYMm: 0.8 } as const;
/** A small void (air pocket) through the solder die attach, mm. */
export const cscanSolderVoid = { xMm: -1.6, yMm: 1.4, semiXMm: 0.35, semiYMm: 0.35 } as const;

/** Pressure reflection coefficient R = (Z2 − Z1)/(Z2 + Z1) for a wave going from medium 1 into 2. */
export function reflectionCoefficient(z1: number, z2: number): number {
  return (z2 - z1) / (z2 + z1);
}

const inEllipse = (e: EllipseMm, x: number, y: number) =>
  ((x - e.xMm) / e.semiXMm) ** 2 + ((y - e.yMm) / e.semiYMm) ** 2 <= 1;

/** The layers under (xMm, yMm), top to bottom, below the water couplant (water also underneath). */
export function layerStackAt(xMm: number, yMm: number): Layer[] {
  const p = packageLayout;
  const r = Math.max(Math.abs(xMm), Math.abs(yMm));
  const under: Layer[] = [{ material: 'mould', thicknessMm: p.mouldUnderPadMm }];
  if (r > p.packageHalfMm) return [];
  if (r > p.padHalfMm) {
    const total = p.mouldOverDieMm + p.dieMm + p.dieAttachMm + p.padMm + p.mouldUnderPadMm;
    return [{ material: 'mould', thicknessMm: total }];
  }
  const pad: Layer = { material: 'copper', thicknessMm: p.padMm };
  if (r > p.dieHalfMm) {
    return [{ material: 'mould', thicknessMm: p.mouldOverDieMm + p.dieMm + p.dieAttachMm }, pad, ...under];
  }
  const top: Layer[] = [
    { material: 'mould', thicknessMm: p.mouldOverDieMm },
    { material: 'silicon', thicknessMm: p.dieMm },
  ];
  if (inEllipse(cscanSolderVoid, xMm, yMm))
    return [...top, { material: 'air', thicknessMm: p.dieAttachMm }, pad, ...under];
  const attach: Layer = { material: 'solder', thicknessMm: p.dieAttachMm };
  const gap: Layer[] = inEllipse(cscanDelamination, xMm, yMm)
    ? [{ material: 'air', thicknessMm: p.delaminationGapMm }]
    : [];
  return [...top, ...gap, attach, pad, ...under];
}

/** One echo: arrival time (ns after firing), signed amplitude (incident = 1) and interface name. */
export type Echo = { timeNs: number; amplitude: number; interfaceName: string };

/**
 * First-order echoes of the stack at (xMm, yMm): echo i has amplitude R_i·Π_{j<i}(1 − R_j²) (two-way
 * transmission through every interface above) times the two-way attenuation of the layers above.
 */
export function echoesAt(model: CscanModel, xMm: number, yMm: number): Echo[] {
  const layers: Layer[] = [{ material: 'water', thicknessMm: model.waterPathMm }, ...layerStackAt(xMm, yMm)];
  layers.push({ material: 'water', thicknessMm: Infinity }); // water below the part (thickness unused)
  const echoes: Echo[] = [];
  let [timeNs, transmission, lossDb] = [0, 1, 0];
  for (let i = 1; i < layers.length; i++) {
    const above = layers[i - 1]!;
    const m1 = acousticMaterials[above.material];
    const m2 = acousticMaterials[layers[i]!.material];
    timeNs += (2 * above.thicknessMm * 1e6) / m1.speedMs; // mm ÷ (m/s) = 1e-3 s = 1e6 ns.
    lossDb += 2 * above.thicknessMm * m1.attenuationDbPerMm;
    const r = reflectionCoefficient(m1.impedanceMRayl, m2.impedanceMRayl);
    const amplitude = r * transmission * 10 ** (-lossDb / 20);
    echoes.push({ timeNs, amplitude, interfaceName: `${above.material}/${layers[i]!.material}` });
    transmission *= 1 - r * r;
  }
  return echoes;
}

/** Transducer pulse: Gaussian-modulated cosine at the centre frequency, unit peak, t in ns. */
export function pulse(model: CscanModel, tNs: number): number {
  return (
    Math.exp(-0.5 * (tNs / model.pulseSigmaNs) ** 2) * Math.cos(2 * Math.PI * model.frequencyMHz * 1e-3 * tNs)
  );
}

/** Noise-free RF signal at time tNs from a list of echoes (pulses farther than 6σ are skipped). */
function signalAt(model: CscanModel, echoes: readonly Echo[], tNs: number): number {
  let sum = 0;
  for (const e of echoes)
    if (Math.abs(tNs - e.timeNs) < 6 * model.pulseSigmaNs) sum += e.amplitude * pulse(model, tNs - e.timeNs);
  return sum;
}

/** A-scan at (xMm, yMm): samples every dtNs from 50 ns before the surface echo to 50 ns after the last. */
export function aScan(model: CscanModel, xMm: number, yMm: number, dtNs = 1) {
  const echoes = echoesAt(model, xMm, yMm);
  const startNs = echoes[0]!.timeNs - 50;
  const samples = new Float32Array(Math.ceil((echoes[echoes.length - 1]!.timeNs + 50 - startNs) / dtNs));
  samples.forEach((_, i) => (samples[i] = signalAt(model, echoes, startNs + i * dtNs)));
  return { startNs, dtNs, samples, echoes };
}

/** Time gate around the die/die-attach echo of a bonded die, ns (fixed: flat part, constant water path). */
export function dieAttachGate(model: CscanModel): { startNs: number; endNs: number } {
  // A bonded point of the die (clear of both flaws) sets the nominal interface depth.
  const echo = echoesAt(model, -2, -2).find((e) => e.interfaceName === 'silicon/solder')!;
  return { startNs: echo.timeNs - model.gateHalfWidthNs, endNs: echo.timeNs + model.gateHalfWidthNs };
}

/** Centre of raster pixel (col, row) in package coordinates, mm. */
export function pixelCentreMm(model: CscanModel, col: number, row: number): { xMm: number; yMm: number } {
  const span = 2 * packageLayout.packageHalfMm;
  return { xMm: ((col + 0.5) / model.cols - 0.5) * span, yMm: ((row + 0.5) / model.rows - 0.5) * span };
}

/**
 * One C-scan line: for each column the peak |signal| inside the die-attach gate. The probe's
 * footprint is modelled by averaging the RF of 2×2 points across the pixel (coherent, as a
 * transducer integrates pressure). Noise is seeded per row so lines can be scanned in any order.
 * If polarityOut is given it receives the sign of that peak (−1: phase-inverted, i.e. air behind).
 */
export function scanLine(model: CscanModel, row: number, polarityOut?: Int8Array): Float32Array {
  const out = new Float32Array(model.cols);
  const rng = createRng(model.seed * 100003 + row);
  const gate = dieAttachGate(model);
  const [dx, dy] = [packageLayout.packageHalfMm / model.cols, packageLayout.packageHalfMm / model.rows];
  for (let col = 0; col < model.cols; col++) {
    const c = pixelCentreMm(model, col, row);
    const footprint = [-1, 1].flatMap((i) =>
      [-1, 1].map((j) => echoesAt(model, c.xMm + i * dx, c.yMm + j * dy)),
    );
    let [peak, sign] = [0, 1];
    for (let t = gate.startNs; t <= gate.endNs; t += 1) {
      const v =
        footprint.reduce((s, e) => s + signalAt(model, e, t), 0) / footprint.length +
        rng.gaussian(0, model.noiseRms);
      if (Math.abs(v) > peak) [peak, sign] = [Math.abs(v), Math.sign(v)];
    }
    out[col] = peak;
    if (polarityOut) polarityOut[col] = sign;
  }
  return out;
}
