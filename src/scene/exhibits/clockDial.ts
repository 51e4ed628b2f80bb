import { CanvasTexture, SRGBColorSpace } from 'three';
import { fontStack } from '../labelTexture';

/** Dial face proportions, as fractions of the texture's half-width (the dial's radius). */
const face = {
  sizePx: 1024,
  tickOuter: 0.95,
  minuteTick: 0.06,
  hourTick: 0.16,
  numeralRadius: 0.68,
  numeralPx: 120,
  namePx: 58,
  captionPx: 40,
} as const;

/**
 * The dial: a bright face with minute and hour ticks, the numerals 1-12 and the zone's name, drawn large and
 * dark on white so the time reads from tens of metres away.
 */
export function clockDialTexture(name: string, caption: string, accent: string): CanvasTexture {
  const s = face.sizePx;
  const r = s / 2;
  const c = document.createElement('canvas');
  c.width = s;
  c.height = s;
  const g = c.getContext('2d')!;
  g.fillStyle = '#fbf9f2';
  g.beginPath();
  g.arc(r, r, r, 0, Math.PI * 2);
  g.fill();
  g.translate(r, r);
  g.strokeStyle = '#1d232b';
  g.lineCap = 'butt';
  for (let i = 0; i < 60; i++) {
    const hour = i % 5 === 0;
    const a = (i / 60) * Math.PI * 2;
    const outer = face.tickOuter * r;
    const inner = outer - (hour ? face.hourTick : face.minuteTick) * r;
    g.lineWidth = hour ? 22 : 7;
    g.beginPath();
    g.moveTo(Math.sin(a) * inner, -Math.cos(a) * inner);
    g.lineTo(Math.sin(a) * outer, -Math.cos(a) * outer);
    g.stroke();
  }
  g.fillStyle = '#1d232b';
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.font = `700 ${face.numeralPx}px ${fontStack}`;
  for (let h = 1; h <= 12; h++) {
    const a = (h / 12) * Math.PI * 2;
    const d = face.numeralRadius * r;
    g.fillText(String(h), Math.sin(a) * d, -Math.cos(a) * d + 6);
  }
  g.fillStyle = accent;
  g.font = `700 ${face.namePx}px ${fontStack}`;
  g.fillText(name, 0, -0.3 * r, 0.8 * r);
  g.fillStyle = '#4a5561';
  g.font = `500 ${face.captionPx}px ${fontStack}`;
  g.fillText(caption, 0, 0.32 * r, 0.8 * r);
  const texture = new CanvasTexture(c);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return texture;
}
