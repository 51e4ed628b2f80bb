import { useEffect, useRef } from 'react';

/** Draws a chart in CSS pixels (the context is already scaled for the device pixel ratio). */
export type ChartDraw = (g: CanvasRenderingContext2D, widthPx: number, heightPx: number) => void;

/** Highest device-pixel ratio the charts render at (sharp on phones, cheap enough everywhere). */
const maxPixelRatio = 2 as const;

/**
 * Redraws a canvas on its own requestAnimationFrame loop whenever `version()` changes or the canvas
 * is resized; nothing goes through React state. Returns the ref to put on the <canvas>.
 */
export function useCanvasChart(draw: ChartDraw, version: () => number) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const g = canvas?.getContext('2d');
    if (!canvas || !g) return;
    let drawn = -1;
    let frame = 0;
    const loop = () => {
      frame = requestAnimationFrame(loop);
      const ratio = Math.min(maxPixelRatio, window.devicePixelRatio || 1);
      const [w, h] = [canvas.clientWidth, canvas.clientHeight];
      const [pw, ph] = [Math.round(w * ratio), Math.round(h * ratio)];
      const v = version();
      if (v === drawn && pw === canvas.width && ph === canvas.height) return;
      if (canvas.width !== pw || canvas.height !== ph) [canvas.width, canvas.height] = [pw, ph];
      g.setTransform(ratio, 0, 0, ratio, 0, 0);
      g.clearRect(0, 0, w, h);
      if (w > 0 && h > 0) draw(g, w, h);
      drawn = v;
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [draw, version]);
  return ref;
}
