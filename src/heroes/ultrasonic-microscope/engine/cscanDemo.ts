/**
 * The acoustic-microscope C-scan demo: a serpentine raster, one line per step (even lines left to
 * right, odd lines back), each line's pixels revealed as the probe passes. When the raster is done,
 * flaws are found with the −6 dB drop method: pixels above half the echo of a total reflector at the
 * gated depth whose echo is phase-inverted (air behind the interface), grouped into 4-connected regions.
 */
import { steppedEngine } from '../../engine/demoEngine';
import type { DemoEngine } from '../../engine/demoEngine';
import {
  acousticMaterials,
  createCscanModel,
  echoesAt,
  packageLayout,
  pixelCentreMm,
  reflectionCoefficient,
  scanLine,
} from '../science/cscan';
import type { CscanModel } from '../science/cscan';

/** Tunables of the C-scan demo. */
export const cscanDemoSettings = {
  /** Display time per raster line: 96 × 0.2 s ≈ 19 s. */
  lineS: 0.2,
  /** −6 dB: a flaw pixel's echo is at least half that of a total reflector. */
  flawFractionOfFullScale: 0.5,
} as const;

/** A flaw region: centroid (mm), area (mm²) and pixel count; label is its value in `labels`. */
export interface CscanFlaw {
  label: number;
  xMm: number;
  yMm: number;
  areaMm2: number;
  pixels: number;
}

/** Live state of the C-scan demo (images row-major cols×rows, row = y, column = x). */
export interface CscanLive {
  version: number;
  stage: 'idle' | 'scanning' | 'done';
  cols: number;
  rows: number;
  /** Lines completed. */
  row: number;
  /** Probe position along the current line, 0 (left) .. 1 (right). */
  sweep: number;
  /** Peak gated amplitude per pixel (0 until scanned). */
  image: Float32Array;
  /** Echo polarity per pixel: −1 phase-inverted, 1 normal, 0 not scanned. */
  polarity: Int8Array;
  /** Echo of a total reflector at the gated depth: the image's full scale. */
  fullScale: number;
  /** Field of view, mm (square). */
  spanMm: number;
  /** Flaw regions, largest first (label 1 is the largest), once the scan is done. */
  flaws: CscanFlaw[];
  /** Per pixel: 0 sound, otherwise the label of its flaw region. */
  labels: Uint8Array;
}

const s = cscanDemoSettings;

/** Full scale: the bonded die/solder echo divided by its reflection coefficient (R = 1 at that depth). */
function totalReflectorEcho(model: CscanModel): number {
  const echo = echoesAt(model, -2, -2).find((e) => e.interfaceName === 'silicon/solder')!;
  const r = reflectionCoefficient(
    acousticMaterials.silicon.impedanceMRayl,
    acousticMaterials.solder.impedanceMRayl,
  );
  return Math.abs(echo.amplitude / r);
}

/** Labels 4-connected phase-inverted pixels above threshold; returns regions sorted by size. */
export function findCscanFlaws(live: CscanLive, model: CscanModel): CscanFlaw[] {
  const { cols, rows, image, polarity, labels } = live;
  const threshold = s.flawFractionOfFullScale * live.fullScale;
  const isFlaw = (i: number) => polarity[i] === -1 && image[i]! >= threshold;
  const regions: { pixels: number[] }[] = [];
  const seen = new Uint8Array(cols * rows);
  for (let start = 0; start < cols * rows; start++) {
    if (seen[start] || !isFlaw(start)) continue;
    const pixels: number[] = [];
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const i = stack.pop()!;
      pixels.push(i);
      const [c, r] = [i % cols, Math.floor(i / cols)];
      const next = [
        c > 0 ? i - 1 : -1,
        c < cols - 1 ? i + 1 : -1,
        r > 0 ? i - cols : -1,
        r < rows - 1 ? i + cols : -1,
      ];
      for (const j of next) if (j >= 0 && !seen[j] && isFlaw(j)) [seen[j], stack[stack.length]] = [1, j];
    }
    regions.push({ pixels });
  }
  regions.sort((a, b) => b.pixels.length - a.pixels.length);
  labels.fill(0);
  const pitchMm2 = (live.spanMm / cols) * (live.spanMm / rows);
  return regions.slice(0, 255).map(({ pixels }, k) => {
    let [sx, sy] = [0, 0];
    for (const i of pixels) {
      labels[i] = k + 1;
      const c = pixelCentreMm(model, i % cols, Math.floor(i / cols));
      [sx, sy] = [sx + c.xMm, sy + c.yMm];
    }
    const n = pixels.length;
    return { label: k + 1, xMm: sx / n, yMm: sy / n, areaMm2: n * pitchMm2, pixels: n };
  });
}

/** Creates the C-scan demo engine; its `live` object and image arrays keep their identity across runs. */
export function createCscanEngine(): DemoEngine<CscanLive> {
  const model = createCscanModel();
  const lineValues = new Float32Array(model.cols);
  const linePolarity = new Int8Array(model.cols);
  let revealed = 0;
  const live: CscanLive = {
    version: 0,
    stage: 'idle',
    cols: model.cols,
    rows: model.rows,
    row: 0,
    sweep: 0,
    image: new Float32Array(model.cols * model.rows),
    polarity: new Int8Array(model.cols * model.rows),
    fullScale: totalReflectorEcho(model),
    spanMm: 2 * packageLayout.packageHalfMm,
    flaws: [],
    labels: new Uint8Array(model.cols * model.rows),
  };

  /** Copies the current line's pixels up to `upTo` (in scan order) into the image. */
  const reveal = (upTo: number) => {
    const forward = live.row % 2 === 0;
    for (; revealed < upTo; revealed++) {
      const col = forward ? revealed : model.cols - 1 - revealed;
      live.image[live.row * model.cols + col] = lineValues[col]!;
      live.polarity[live.row * model.cols + col] = linePolarity[col]!;
    }
  };

  const beginLine = () => {
    scanLine(model, live.row, linePolarity).forEach((v, i) => (lineValues[i] = v));
    revealed = 0;
  };

  return steppedEngine(live, {
    periodS: s.lineS,
    total: model.rows,
    taken: () => live.row,
    clear: () => {
      live.image.fill(0);
      live.polarity.fill(0);
      live.labels.fill(0);
      revealed = 0;
      Object.assign(live, { row: 0, sweep: 0, flaws: [] });
    },
    begin: beginLine,
    advance: () => {
      reveal(model.cols);
      live.row++;
      if (live.row < model.rows) beginLine();
    },
    finish: () => {
      live.sweep = (model.rows - 1) % 2 === 0 ? 1 : 0;
      live.flaws = findCscanFlaws(live, model);
    },
    progress: (fraction) => {
      reveal(Math.min(model.cols, Math.floor(fraction * model.cols)));
      live.sweep = live.row % 2 === 0 ? fraction : 1 - fraction;
    },
  });
}

/** The acoustic microscope's demo engine: the one the demo store runs and the views read. */
export const cscanEngine = createCscanEngine();
