import { useCallback } from 'react';
import type { Language } from '../../content/languages';
import type { ChartDraw } from './useCanvasChart';
import { useCanvasChart } from './useCanvasChart';

/** Draws one chart for a language: (context, width, height, lang) in CSS pixels. */
export type LangChartDraw = (g: CanvasRenderingContext2D, w: number, h: number, lang: Language) => void;

/** A captioned chart canvas, redrawn from the live demo data whenever `version()` changes. */
export function DemoCanvas({
  caption,
  label,
  lang,
  draw,
  version,
  className,
}: {
  caption: string;
  label: string;
  lang: Language;
  draw: LangChartDraw;
  version: () => number;
  className: string;
}) {
  const bound = useCallback<ChartDraw>((g, w, h) => draw(g, w, h, lang), [draw, lang]);
  const ref = useCanvasChart(bound, version);
  return (
    <figure className={`demo-figure ${className}`}>
      <figcaption>{caption}</figcaption>
      <canvas ref={ref} role="img" aria-label={label} />
    </figure>
  );
}
