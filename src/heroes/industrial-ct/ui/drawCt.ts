/** Canvas drawings of the CT demo: the sinogram filling row by row and the slice sharpening. */
import type { Language } from '../../../content/languages';
import { blitImage, chartFont, chartStyle } from '../../ui/chartStyle';
import { ctEngine } from '../engine/ctDemo';
import { ctFieldOfViewMm } from '../science/ct';
import { ctText as say } from './strings';

/** Display settings of the CT images. */
export const ctChart = {
  /** Slice grey level 255 at this multiple of aluminium's μ (leaves headroom for overshoot). */
  sliceWhiteAtMuFraction: 1.15,
  /** Extra radius of the circle drawn around the pore, mm. */
  circlePaddingMm: 2,
} as const;

let sinogramRgba = new Uint8ClampedArray(0);
let sliceRgba = new Uint8ClampedArray(0);

/** Greyscale RGBA bytes of values × gain, reusing `into` when its size fits. */
function grey(values: Float32Array, gain: number, into: Uint8ClampedArray<ArrayBuffer>) {
  const out = into.length === values.length * 4 ? into : new Uint8ClampedArray(values.length * 4);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]! * gain * 255;
    out[4 * i] = out[4 * i + 1] = out[4 * i + 2] = v;
    out[4 * i + 3] = 255;
  }
  return out;
}

/** Sinogram: angle downwards, detector bin across; a marker on the row being acquired. */
export function drawSinogram(g: CanvasRenderingContext2D, w: number, h: number): void {
  const ct = ctEngine.live;
  sinogramRgba = grey(ct.sinogram, 1 / ct.sinogramScale, sinogramRgba);
  blitImage(g, sinogramRgba, ct.size, ct.angleCount, { x: 0, y: 0, w, h });
  if (ct.stage === 'scanning') {
    const y = (ct.anglesDone / ct.angleCount) * h;
    g.strokeStyle = chartStyle.marker;
    g.lineWidth = 2;
    g.beginPath();
    g.moveTo(0, y);
    g.lineTo(w, y);
    g.stroke();
  }
}

/** Reconstructed slice in μ greyscale; once the scan is done, the pore found is circled and labelled. */
export function drawSlice(g: CanvasRenderingContext2D, w: number, h: number, lang: Language): void {
  const ct = ctEngine.live;
  sliceRgba = grey(ct.recon, 1 / (ct.muScalePerCm * ctChart.sliceWhiteAtMuFraction), sliceRgba);
  const side = Math.min(w, h);
  const rect = { x: (w - side) / 2, y: (h - side) / 2, w: side, h: side };
  blitImage(g, sliceRgba, ct.size, ct.size, rect);
  const f = ct.finding;
  if (!f) return;
  const perMm = side / ctFieldOfViewMm;
  const cx = rect.x + (f.xMm / ctFieldOfViewMm + 0.5) * side;
  const cy = rect.y + (f.yMm / ctFieldOfViewMm + 0.5) * side;
  const r = (f.diameterMm / 2 + ctChart.circlePaddingMm) * perMm;
  g.strokeStyle = chartStyle.flaw;
  g.lineWidth = 2;
  g.beginPath();
  g.arc(cx, cy, r, 0, 2 * Math.PI);
  g.stroke();
  g.font = chartFont(chartStyle.fontPx, 700);
  g.fillStyle = chartStyle.flaw;
  g.textAlign = cx > rect.x + side * 0.75 ? 'right' : 'left';
  g.textBaseline = 'bottom';
  g.fillText(say(lang, 'ctPore'), g.textAlign === 'right' ? cx + r : cx - r, cy - r - 2);
}
