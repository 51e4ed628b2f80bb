import { CanvasTexture, RepeatWrapping, SRGBColorSpace } from 'three';
import { mulberry32 } from '../../science/random';

/** Texture tile sizes, metres per repeat; geometry UVs are divided by these. */
export const tileM = { brick: 2, concrete: 8, ground: 12, roof: 2 } as const;

function canvas(size: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const c = document.createElement('canvas');
  c.width = c.height = size;
  const ctx = c.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  return [c, ctx];
}

function finish(c: HTMLCanvasElement, srgb = true): CanvasTexture {
  const t = new CanvasTexture(c);
  t.wrapS = t.wrapT = RepeatWrapping;
  if (srgb) t.colorSpace = SRGBColorSpace;
  t.anisotropy = 8;
  return t;
}

/** Mottled 1950s red brick in running bond, with lime mortar and soot. */
export function brickTexture(): CanvasTexture {
  const size = 512;
  const [c, g] = canvas(size);
  const rand = mulberry32(1958);
  const rows = 32;
  const perRow = 8;
  const rh = size / rows;
  const bw = size / perRow;
  g.fillStyle = '#b9ab98';
  g.fillRect(0, 0, size, size);
  for (let r = 0; r < rows; r++) {
    const off = r % 2 ? bw / 2 : 0;
    for (let i = -1; i < perRow; i++) {
      const x = i * bw + off;
      const tone = rand();
      const red = 120 + tone * 60;
      g.fillStyle = `rgb(${red | 0},${(45 + tone * 30 + rand() * 10) | 0},${(30 + tone * 20) | 0})`;
      g.fillRect(x + 1.5, r * rh + 1.5, bw - 3, rh - 3);
      // Speckles and chipped edges give the weathered look of the old works.
      for (let k = 0; k < 6; k++) {
        g.fillStyle = `rgba(${rand() < 0.5 ? '40,20,15' : '210,150,120'},${0.15 + rand() * 0.2})`;
        g.fillRect(x + 2 + rand() * (bw - 6), r * rh + 2 + rand() * (rh - 5), 2 + rand() * 5, 1 + rand() * 3);
      }
    }
  }
  for (let k = 0; k < 14; k++) {
    const grad = g.createRadialGradient(
      rand() * size,
      rand() * size,
      0,
      rand() * size,
      rand() * size,
      40 + rand() * 90,
    );
    grad.addColorStop(0, `rgba(30,20,15,${0.08 + rand() * 0.12})`);
    grad.addColorStop(1, 'rgba(30,20,15,0)');
    g.fillStyle = grad;
    g.fillRect(0, 0, size, size);
  }
  return finish(c);
}

/** Polished concrete floor with trowel marks and saw-cut joints every 4 m. */
export function concreteTexture(): CanvasTexture {
  const size = 1024;
  const [c, g] = canvas(size);
  const rand = mulberry32(2025);
  g.fillStyle = '#a7a39c';
  g.fillRect(0, 0, size, size);
  for (let k = 0; k < 60; k++) {
    const x = rand() * size;
    const y = rand() * size;
    const grad = g.createRadialGradient(x, y, 0, x, y, 60 + rand() * 160);
    const light = rand() < 0.5;
    grad.addColorStop(0, light ? 'rgba(235,230,220,0.10)' : 'rgba(70,65,60,0.10)');
    grad.addColorStop(1, 'rgba(128,128,128,0)');
    g.fillStyle = grad;
    g.fillRect(0, 0, size, size);
  }
  for (let k = 0; k < 9000; k++) {
    g.fillStyle = `rgba(${rand() < 0.5 ? '60,58,55' : '225,222,215'},${0.1 + rand() * 0.25})`;
    g.fillRect(rand() * size, rand() * size, 1 + rand() * 1.5, 1 + rand() * 1.5);
  }
  // The tile is 8 m: joints at 0 and 4 m.
  g.strokeStyle = 'rgba(60,56,52,0.55)';
  g.lineWidth = 2;
  for (const p of [1, size / 2]) {
    g.beginPath();
    g.moveTo(p, 0);
    g.lineTo(p, size);
    g.moveTo(0, p);
    g.lineTo(size, p);
    g.stroke();
  }
  return finish(c);
}

/** Worn paving and gravel of the block's grounds. */
export function groundTexture(): CanvasTexture {
  const size = 512;
  const [c, g] = canvas(size);
  const rand = mulberry32(11);
  g.fillStyle = '#8d877c';
  g.fillRect(0, 0, size, size);
  const step = size / 12;
  for (let y = 0; y < 12; y++) {
    for (let x = 0; x < 12; x++) {
      const t = rand();
      g.fillStyle = `rgb(${(125 + t * 30) | 0},${(118 + t * 28) | 0},${(105 + t * 25) | 0})`;
      g.fillRect(x * step + 1, y * step + 1, step - 2, step - 2);
    }
  }
  for (let k = 0; k < 4000; k++) {
    g.fillStyle = `rgba(${rand() < 0.5 ? '50,48,40' : '200,195,180'},${0.15 + rand() * 0.2})`;
    g.fillRect(rand() * size, rand() * size, 1.5, 1.5);
  }
  return finish(c);
}

/** Corrugated steel roofing, seen from inside and above. */
export function roofTexture(): CanvasTexture {
  const size = 256;
  const [c, g] = canvas(size);
  for (let x = 0; x < size; x++) {
    const v = 0.5 + 0.5 * Math.sin((x / size) * Math.PI * 2 * 12);
    const k = (90 + v * 50) | 0;
    g.fillStyle = `rgb(${k},${k + 4},${k + 8})`;
    g.fillRect(x, 0, 1, size);
  }
  return finish(c);
}
