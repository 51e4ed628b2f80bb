/** Canvas drawings of the gravimeter demo: the fringe with its fit, and the converging running mean. */
import type { Language } from '../../../content/languages';
import { chartFont, chartStyle, drawAxes, scale } from '../../ui/chartStyle';
import { gravimeterEngine } from '../engine/gravimeterDemo';
import { gravimeterText as say } from './strings';

/** Layout and ranges of the gravimeter charts. */
export const gravimeterChart = {
  margins: { left: 34, right: 8, top: 8, bottom: 30 },
  /** Half-height of the convergence chart, µGal (single drops beyond it are not drawn). */
  meanRangeMicroGal: 60,
  fitSamples: 160,
} as const;

const m = gravimeterChart.margins;
const microGalPerMs2 = 1e8;

/** Upper-state fraction P against chirp rate: scan points so far and the cosine fit through them. */
export function drawFringe(g: CanvasRenderingContext2D, w: number, h: number, lang: Language): void {
  const { scan, count, fit } = gravimeterEngine.live.fringe;
  const box = { x0: m.left, x1: w - m.right, y0: m.top, y1: h - m.bottom };
  const t = scan?.pulseSeparationS ?? 0.1;
  const halfHzPerS = Math.round(1 / t ** 2); // two fringes of 2π/T² rad/s² each, in Hz/s
  const x = scale(-halfHzPerS, halfHzPerS, box.x0, box.x1);
  const y = scale(0, 1, box.y1, box.y0);
  const xTicks = [-1, -0.5, 0, 0.5, 1].map((f) => ({ x: x(f * halfHzPerS), label: `${f * halfHzPerS}` }));
  const yTicks = [0, 0.5, 1].map((p) => ({ y: y(p), label: p.toFixed(1) }));
  drawAxes(g, box, yTicks, xTicks);
  g.fillStyle = chartStyle.inkSoft;
  g.textAlign = 'center';
  g.fillText(say(lang, 'gravFringeAxis'), (box.x0 + box.x1) / 2, box.y1 + 16);
  g.save();
  g.translate(10, (box.y0 + box.y1) / 2);
  g.rotate(-Math.PI / 2);
  g.textBaseline = 'middle';
  g.font = chartFont(chartStyle.fontPx, 600);
  g.fillText('P', 0, 0);
  g.restore();
  if (!scan) return;
  const hzOf = (alpha: number) => (alpha - scan.centreChirpRadPerS2) / (2 * Math.PI);
  if (fit) {
    g.strokeStyle = chartStyle.ink;
    g.lineWidth = 1.5;
    g.beginPath();
    for (let i = 0; i <= gravimeterChart.fitSamples; i++) {
      const hz = -halfHzPerS + (2 * halfHzPerS * i) / gravimeterChart.fitSamples;
      const u = 2 * Math.PI * hz * t * t;
      const p = fit.offset - (fit.contrast / 2) * Math.cos(u - fit.phaseRad);
      if (i === 0) g.moveTo(x(hz), y(p));
      else g.lineTo(x(hz), y(p));
    }
    g.stroke();
  }
  g.fillStyle = chartStyle.brick;
  for (let i = 0; i < count; i++) {
    const r = i === count - 1 ? 4 : 2.5;
    g.beginPath();
    g.arc(x(hzOf(scan.chirpsRadPerS2[i]!)), y(scan.upperFractions[i]!), r, 0, 2 * Math.PI);
    g.fill();
  }
}

/** Running mean of g minus the reference, with its ±1σ band, the single drops and the reference line. */
export function drawConvergence(g: CanvasRenderingContext2D, w: number, h: number, lang: Language): void {
  const live = gravimeterEngine.live;
  const range = gravimeterChart.meanRangeMicroGal;
  const box = { x0: m.left, x1: w - m.right, y0: m.top, y1: h - m.bottom };
  const x = scale(0, live.measurementDrops, box.x0, box.x1);
  const yRaw = scale(-range, range, box.y1, box.y0);
  const y = (microGal: number) => yRaw(Math.max(-range, Math.min(range, microGal)));
  const yTicks = [-1, -0.5, 0, 0.5, 1].map((f) => ({
    y: y(f * range),
    label: `${f > 0 ? '+' : ''}${f * range}`,
  }));
  const xTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({
    x: x(f * live.measurementDrops),
    label: `${f * live.measurementDrops}`,
  }));
  drawAxes(g, box, yTicks, xTicks);
  g.fillStyle = chartStyle.inkSoft;
  g.textAlign = 'center';
  g.fillText(say(lang, 'gravMeanAxis'), (box.x0 + box.x1) / 2, box.y1 + 16);
  // Reference: WGS84 normal gravity, a model value.
  g.strokeStyle = chartStyle.reference;
  g.setLineDash([5, 4]);
  g.beginPath();
  g.moveTo(box.x0, Math.round(y(0)) + 0.5);
  g.lineTo(box.x1, Math.round(y(0)) + 0.5);
  g.stroke();
  g.setLineDash([]);
  // Its legend in the top-right corner, clear of the converging mean.
  const legend = say(lang, 'gravMeanRef');
  g.font = chartFont(10);
  g.textAlign = 'right';
  g.textBaseline = 'top';
  const legendX = box.x1 - 4 - g.measureText(legend).width - 4;
  g.fillStyle = chartStyle.plotBg;
  g.fillRect(legendX - 22, box.y0 + 2, box.x1 - legendX + 18, 14);
  g.setLineDash([5, 4]);
  g.beginPath();
  g.moveTo(legendX - 18, box.y0 + 9.5);
  g.lineTo(legendX - 2, box.y0 + 9.5);
  g.stroke();
  g.setLineDash([]);
  g.fillStyle = chartStyle.reference;
  g.fillText(legend, box.x1 - 4, box.y0 + 3);
  const drops = live.drops;
  if (drops.length === 0) {
    g.fillStyle = chartStyle.inkSoft;
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    g.font = chartFont();
    g.fillText(say(lang, 'gravMeanWaiting'), (box.x0 + box.x1) / 2, y(range / 2));
    return;
  }
  const dev = (gMs2: number) => (gMs2 - live.referenceGMs2) * microGalPerMs2;
  g.fillStyle = chartStyle.dots;
  for (const d of drops) {
    const v = dev(d.gDropMs2);
    if (Math.abs(v) <= range) g.fillRect(x(d.index) - 1, y(v) - 1, 2, 2);
  }
  const banded = drops.filter((d) => Number.isFinite(d.standardErrorMs2));
  if (banded.length > 1) {
    g.fillStyle = chartStyle.band;
    g.beginPath();
    banded.forEach((d, i) => {
      const py = y(dev(d.meanGMs2 + d.standardErrorMs2));
      if (i === 0) g.moveTo(x(d.index), py);
      else g.lineTo(x(d.index), py);
    });
    for (let i = banded.length - 1; i >= 0; i--) {
      const d = banded[i]!;
      g.lineTo(x(d.index), y(dev(d.meanGMs2 - d.standardErrorMs2)));
    }
    g.closePath();
    g.fill();
  }
  g.strokeStyle = chartStyle.brick;
  g.lineWidth = 2;
  g.beginPath();
  drops.forEach((d, i) => {
    if (i === 0) g.moveTo(x(d.index), y(dev(d.meanGMs2)));
    else g.lineTo(x(d.index), y(dev(d.meanGMs2)));
  });
  g.stroke();
}
