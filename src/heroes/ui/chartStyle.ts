/** Colours, fonts and layout of the demo charts (CSS pixels), matching the panel's palette. */
export const chartStyle = {
  ink: '#1d232b',
  inkSoft: '#4a5561',
  grid: 'rgba(29, 35, 43, 0.12)',
  plotBg: '#ffffff',
  brick: '#8c3424',
  band: 'rgba(140, 52, 36, 0.2)',
  dots: 'rgba(74, 85, 97, 0.35)',
  reference: '#1f6feb',
  imageBg: '#16191e',
  flaw: '#27d3f0',
  otherFlaw: '#f0b35b',
  marker: '#ff5a36',
  fontPx: 11,
  fontFamily: "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif",
} as const;

/** Canvas font string at the chart size (or sizePx). */
export function chartFont(sizePx: number = chartStyle.fontPx, weight = 400): string {
  return `${weight} ${sizePx}px ${chartStyle.fontFamily}`;
}

/** A linear map from a data range onto a pixel range. */
export function scale(d0: number, d1: number, p0: number, p1: number): (v: number) => number {
  return (v) => p0 + ((v - d0) / (d1 - d0)) * (p1 - p0);
}

/** Draws the plot background, horizontal grid lines with labels, and x tick labels. */
export function drawAxes(
  g: CanvasRenderingContext2D,
  box: { x0: number; x1: number; y0: number; y1: number },
  yTicks: readonly { y: number; label: string }[],
  xTicks: readonly { x: number; label: string }[],
): void {
  g.fillStyle = chartStyle.plotBg;
  g.fillRect(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0);
  g.strokeStyle = chartStyle.grid;
  g.lineWidth = 1;
  g.font = chartFont();
  g.fillStyle = chartStyle.inkSoft;
  g.textAlign = 'right';
  g.textBaseline = 'middle';
  for (const t of yTicks) {
    g.beginPath();
    g.moveTo(box.x0, Math.round(t.y) + 0.5);
    g.lineTo(box.x1, Math.round(t.y) + 0.5);
    g.stroke();
    g.fillText(t.label, box.x0 - 4, t.y);
  }
  g.textAlign = 'center';
  g.textBaseline = 'top';
  for (const t of xTicks) g.fillText(t.label, t.x, box.y1 + 3);
  g.strokeStyle = chartStyle.inkSoft;
  g.strokeRect(box.x0 + 0.5, box.y0 + 0.5, box.x1 - box.x0 - 1, box.y1 - box.y0 - 1);
}

/** Off-screen canvases for blitImage, one per image size. */
const buffers = new Map<string, HTMLCanvasElement>();

/** Paints a greyscale/colour image (RGBA bytes, w×h) into the rectangle, smoothing as asked. */
export function blitImage(
  g: CanvasRenderingContext2D,
  rgba: Uint8ClampedArray<ArrayBuffer>,
  w: number,
  h: number,
  rect: { x: number; y: number; w: number; h: number },
  smooth = true,
): void {
  const key = `${w}x${h}`;
  const buffer = buffers.get(key) ?? document.createElement('canvas');
  if (!buffers.has(key)) [buffer.width, buffer.height] = [w, h];
  buffers.set(key, buffer);
  buffer.getContext('2d')!.putImageData(new ImageData(rgba, w, h), 0, 0);
  g.imageSmoothingEnabled = smooth;
  g.drawImage(buffer, rect.x, rect.y, rect.w, rect.h);
}
