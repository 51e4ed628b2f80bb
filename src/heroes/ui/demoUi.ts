/** What a frontier instrument's demo shows in its info panel; ui/demos/DemoPanel renders it for any hero. */
import type { Language } from '../../content/languages';
import type { StringTable } from '../../content/stringTables';
import type { DemoStatus } from '../engine/demos';
import type { LangChartDraw } from './DemoCanvas';

/** Status line and one description per chart canvas, in the panel's language. */
export interface DemoReadout {
  status: string;
  labels: readonly string[];
}

/** One chart canvas of a demo: its CSS class, caption and drawing. */
export interface DemoChart {
  className: string;
  caption: (lang: Language) => string;
  draw: LangChartDraw;
}

/** A hero's demo as the panel shows it: charts (in label order), a note under them, and the status text. */
export interface HeroDemoUi {
  charts: readonly DemoChart[];
  /** Extra class of the chart block (`demo-pair` sets two charts side by side). */
  layout?: string;
  /** Changes whenever the live data does; the charts redraw then. */
  version: () => number;
  /** A line under the charts, if any. */
  note?: (lang: Language) => string;
  /** What the status line and the chart labels say now (status: of this hero's demo). */
  readout: (lang: Language, status: DemoStatus) => DemoReadout;
  /** The demo's own strings (checked for both languages by the unit tests). */
  strings: StringTable;
}
