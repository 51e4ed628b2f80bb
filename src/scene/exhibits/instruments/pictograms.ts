import { CanvasTexture, SRGBColorSpace } from 'three';
import type { InstrumentCategoryId } from '../../../content/instrumentCategories';

/** The pictogram atlas: cells of 2:1 (a graphic panel's shape), four to a row, pixels. */
export const pictogramAtlas = { cellWPx: 256, cellHPx: 128, columns: 4 } as const;

/** Draws a pictogram into the unit square (0..1 both ways, y down); strokes are set up by the caller. */
type Draw = (g: CanvasRenderingContext2D) => void;

const circle = (g: CanvasRenderingContext2D, x: number, y: number, r: number) => {
  g.beginPath();
  g.arc(x, y, r, 0, Math.PI * 2);
  g.stroke();
};
const line = (g: CanvasRenderingContext2D, ...pts: number[]) => {
  g.beginPath();
  g.moveTo(pts[0]!, pts[1]!);
  for (let i = 2; i < pts.length; i += 2) g.lineTo(pts[i]!, pts[i + 1]!);
  g.stroke();
};
/** A dial: ring, ticks and a needle at `needle` radians from straight up. */
const dial = (g: CanvasRenderingContext2D, x: number, y: number, r: number, needle: number) => {
  circle(g, x, y, r);
  for (let k = -4; k <= 4; k++) {
    const a = (k * Math.PI) / 6;
    line(
      g,
      x + Math.sin(a) * r * 0.72,
      y - Math.cos(a) * r * 0.72,
      x + Math.sin(a) * r * 0.88,
      y - Math.cos(a) * r * 0.88,
    );
  }
  line(g, x, y, x + Math.sin(needle) * r * 0.7, y - Math.cos(needle) * r * 0.7);
};
const wave = (
  g: CanvasRenderingContext2D,
  x0: number,
  x1: number,
  y: number,
  amp: number,
  cycles: number,
) => {
  g.beginPath();
  for (let i = 0; i <= 48; i++) {
    const t = i / 48;
    const x = x0 + (x1 - x0) * t;
    const yy = y - Math.sin(t * cycles * Math.PI * 2) * amp;
    if (i === 0) g.moveTo(x, yy);
    else g.lineTo(x, yy);
  }
  g.stroke();
};

/** Simple generic pictograms of each instrument kind (no maker's marks): outlines in the unit square. */
const pictograms: Record<InstrumentCategoryId, Draw> = {
  cmm: (g) => {
    line(g, 0.12, 0.86, 0.88, 0.86);
    line(g, 0.22, 0.86, 0.22, 0.2, 0.78, 0.2, 0.78, 0.86);
    line(g, 0.5, 0.2, 0.5, 0.56);
    circle(g, 0.5, 0.61, 0.05);
    line(g, 0.34, 0.74, 0.66, 0.74);
  },
  'platform-scale': (g) => {
    line(g, 0.1, 0.84, 0.9, 0.84);
    line(g, 0.14, 0.74, 0.86, 0.74);
    line(g, 0.78, 0.74, 0.78, 0.3);
    g.strokeRect(0.62, 0.14, 0.3, 0.16);
  },
  'precision-balance': (g) => {
    line(g, 0.5, 0.14, 0.5, 0.84);
    line(g, 0.3, 0.84, 0.7, 0.84);
    line(g, 0.14, 0.3, 0.86, 0.3);
    line(g, 0.14, 0.3, 0.06, 0.58, 0.22, 0.58, 0.14, 0.3);
    line(g, 0.86, 0.3, 0.78, 0.58, 0.94, 0.58, 0.86, 0.3);
  },
  'calibration-bench': (g) => {
    dial(g, 0.3, 0.42, 0.2, -0.5);
    dial(g, 0.72, 0.42, 0.2, -0.5);
    line(g, 0.44, 0.76, 0.58, 0.76);
    line(g, 0.52, 0.7, 0.58, 0.76, 0.52, 0.82);
    line(g, 0.1, 0.9, 0.9, 0.9);
  },
  'signal-rack': (g) => {
    g.strokeRect(0.08, 0.16, 0.84, 0.62);
    wave(g, 0.14, 0.86, 0.47, 0.18, 2);
    line(g, 0.3, 0.9, 0.7, 0.9);
  },
  'pressure-calibrator': (g) => {
    dial(g, 0.5, 0.42, 0.3, 0.9);
    line(g, 0.5, 0.72, 0.5, 0.92);
    line(g, 0.36, 0.92, 0.64, 0.92);
  },
  spectrometer: (g) => {
    [0.3, 0.55, 0.2, 0.75, 0.45, 0.62, 0.25, 0.4].forEach((h, i) => {
      const x = 0.14 + i * 0.1;
      line(g, x, 0.86, x, 0.86 - h * 0.8);
    });
    line(g, 0.08, 0.86, 0.92, 0.86);
  },
  'time-frequency-rack': (g) => {
    for (const a of [0, Math.PI / 3, -Math.PI / 3]) {
      g.beginPath();
      g.ellipse(0.5, 0.5, 0.4, 0.14, a, 0, Math.PI * 2);
      g.stroke();
    }
    circle(g, 0.5, 0.5, 0.04);
  },
  'environmental-chamber': (g) => {
    g.strokeRect(0.34, 0.1, 0.12, 0.6);
    circle(g, 0.4, 0.8, 0.1);
    line(g, 0.46, 0.24, 0.52, 0.24);
    line(g, 0.46, 0.4, 0.52, 0.4);
    g.beginPath();
    g.moveTo(0.74, 0.34);
    g.quadraticCurveTo(0.9, 0.62, 0.74, 0.68);
    g.quadraticCurveTo(0.58, 0.62, 0.74, 0.34);
    g.stroke();
  },
  'laser-tracker': (g) => {
    line(g, 0.1, 0.9, 0.22, 0.56, 0.34, 0.9);
    line(g, 0.22, 0.56, 0.22, 0.44);
    circle(g, 0.22, 0.36, 0.08);
    g.setLineDash([0.05, 0.04]);
    line(g, 0.3, 0.34, 0.8, 0.2);
    g.setLineDash([]);
    circle(g, 0.84, 0.19, 0.06);
  },
  'hardness-tester': (g) => {
    line(g, 0.5, 0.08, 0.5, 0.3);
    line(g, 0.4, 0.3, 0.6, 0.3, 0.5, 0.52, 0.4, 0.3);
    line(g, 0.14, 0.6, 0.42, 0.6, 0.5, 0.68, 0.58, 0.6, 0.86, 0.6);
    g.strokeRect(0.14, 0.6, 0.72, 0.26);
  },
  'electrical-calibrator': (g) => {
    g.strokeRect(0.12, 0.12, 0.76, 0.76);
    line(g, 0.56, 0.2, 0.36, 0.52, 0.54, 0.52, 0.42, 0.8, 0.66, 0.42, 0.48, 0.42, 0.6, 0.2);
  },
  'watch-timer': (g) => {
    circle(g, 0.5, 0.5, 0.24);
    line(g, 0.38, 0.28, 0.4, 0.06, 0.6, 0.06, 0.62, 0.28);
    line(g, 0.38, 0.72, 0.4, 0.94, 0.6, 0.94, 0.62, 0.72);
    line(g, 0.5, 0.5, 0.5, 0.36);
    line(g, 0.5, 0.5, 0.6, 0.56);
  },
};

/**
 * Draws the graphic panels' atlas: per kind (in `ids` order) a light 2:1 panel with its pictogram in a
 * ring on the left and a ruler's scale on the right. Drawn white on the panel so a vertex colour tints it.
 */
export function drawPictogramAtlas(ids: readonly InstrumentCategoryId[]): CanvasTexture {
  const { cellWPx: w, cellHPx: h, columns } = pictogramAtlas;
  const c = document.createElement('canvas');
  c.width = w * columns;
  c.height = h * Math.ceil(ids.length / columns);
  const g = c.getContext('2d')!;
  g.lineCap = 'round';
  g.lineJoin = 'round';
  ids.forEach((id, i) => {
    const x = (i % columns) * w;
    const y = Math.floor(i / columns) * h;
    g.fillStyle = '#ffffff';
    g.fillRect(x, y, w, h);
    g.fillStyle = '#2a2f36';
    g.fillRect(x, y + h - 10, w, 10);
    g.strokeStyle = '#2a2f36';
    // The ruler: a scale of ticks along the right half.
    g.lineWidth = 3;
    for (let k = 0; k <= 12; k++) {
      const tx = x + h + 8 + k * ((w - h - 24) / 12);
      line(g, tx, y + h - 18, tx, y + h - 18 - (k % 4 === 0 ? 34 : k % 2 === 0 ? 22 : 14));
    }
    // The pictogram, in a ring.
    g.lineWidth = 5;
    circle(g, x + h / 2, y + h / 2 - 4, h / 2 - 12);
    g.save();
    const s = h - 44;
    g.translate(x + 22, y + 18);
    g.scale(s, s);
    g.lineWidth = 6 / s;
    pictograms[id](g);
    g.restore();
  });
  const texture = new CanvasTexture(c);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return texture;
}

/** Texture rectangle [u0, v0, u1, v1] of kind i's cell (v up, as uploaded). */
export function pictogramUv(i: number, count: number): [number, number, number, number] {
  const { columns } = pictogramAtlas;
  const rows = Math.ceil(count / columns);
  const col = i % columns;
  const row = Math.floor(i / columns);
  return [col / columns, 1 - (row + 1) / rows, (col + 1) / columns, 1 - row / rows];
}
