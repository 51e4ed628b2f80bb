import { describe, expect, it } from 'vitest';
import {
  declutter,
  hotspotSight,
  inLineOfSight,
  readingDistanceM,
  rectsTouch,
  withinReading,
} from '../../src/layout/hotspots';
import type { HotspotBox, ScreenRect } from '../../src/layout/hotspots';

const walk = { overview: false, panelOpen: false };

describe('reading distance', () => {
  it('reads zone boards nearer than frontier instruments, and parts only close by', () => {
    expect(readingDistanceM.part).toBeLessThan(readingDistanceM.board);
    expect(readingDistanceM.board).toBeLessThan(readingDistanceM.main);
    expect(withinReading('main', 40, walk)).toBe(true);
    expect(withinReading('board', 40, walk)).toBe(false);
    expect(withinReading('board', 30, walk)).toBe(true);
    expect(withinReading('main', 46, walk)).toBe(false);
    expect(withinReading('part', readingDistanceM.part - 0.5, walk)).toBe(true);
    expect(withinReading('part', 40, walk)).toBe(false);
  });

  it('shows parts from afar while their panel is open, and every exhibit (no part) in the overview', () => {
    expect(withinReading('part', 40, { overview: false, panelOpen: true })).toBe(true);
    expect(withinReading('main', 200, { overview: true, panelOpen: false })).toBe(true);
    expect(withinReading('board', 200, { overview: true, panelOpen: false })).toBe(true);
    expect(withinReading('part', 5, { overview: true, panelOpen: false })).toBe(false);
  });
});

describe('line of sight', () => {
  it('is clear when nothing is hit, or the hit is at or just short of the marker', () => {
    expect(inLineOfSight(20, null)).toBe(true);
    expect(inLineOfSight(20, 25)).toBe(true);
    expect(inLineOfSight(20, 20 - hotspotSight.slackM / 2)).toBe(true);
  });

  it('is blocked by a wall between the camera and the marker', () => {
    expect(inLineOfSight(40, 12)).toBe(false);
    expect(inLineOfSight(20, 20 - hotspotSight.slackM * 2)).toBe(false);
  });
});

const rect = (left: number, top: number, w: number, h: number): ScreenRect => ({
  left,
  top,
  right: left + w,
  bottom: top + h,
});

/** A hotspot at (x, y): a 30 px marker with a label of the given width above it. */
function box(
  kind: HotspotBox['kind'],
  x: number,
  y: number,
  distanceM: number,
  labelW: number | null = 120,
  selected = false,
): HotspotBox {
  return {
    kind,
    distanceM,
    selected,
    marker: rect(x - 15, y - 15, 30, 30),
    label: labelW === null ? null : rect(x - labelW / 2, y - 45, labelW, 24),
  };
}

/** Every rectangle shown, for checking that none touch. */
function shownRects(boxes: HotspotBox[], shows: ReturnType<typeof declutter>): ScreenRect[] {
  return boxes.flatMap((b, i) =>
    shows[i] === 'hidden' ? [] : shows[i] === 'label' ? [b.marker, b.label!] : [b.marker],
  );
}

describe('declutter', () => {
  it('keeps every label when nothing collides', () => {
    const boxes = [box('main', 100, 100, 10), box('board', 400, 100, 20), box('part', 100, 300, 5, null)];
    expect(declutter(boxes)).toEqual(['label', 'label', 'marker']);
  });

  it('lets a main exhibit keep its label over a nearer zone board, which keeps its marker', () => {
    // The board's label would cover the main exhibit's marker (the Changning label over the CT).
    const boxes = [box('board', 160, 150, 8), box('main', 120, 120, 30)];
    expect(declutter(boxes)).toEqual(['marker', 'label']);
  });

  it('hides a part whose marker sits on a higher-ranked one, and the farther of two equals', () => {
    const boxes = [box('part', 105, 105, 3, null), box('main', 100, 100, 20), box('main', 110, 95, 25)];
    expect(declutter(boxes)).toEqual(['hidden', 'label', 'hidden']);
  });

  it('puts the open exhibit first, main marker before its parts', () => {
    const boxes = [
      box('main', 100, 100, 5),
      box('board', 110, 110, 12, 120, true),
      box('part', 110, 140, 11, null, true),
    ];
    expect(declutter(boxes)).toEqual(['hidden', 'label', 'hidden']);
  });

  it('never shows two touching rectangles, however crowded', () => {
    const kinds = ['main', 'board', 'part'] as const;
    const boxes = Array.from({ length: 60 }, (_, i) =>
      box(
        kinds[i % 3]!,
        (i * 37) % 300,
        (i * 53) % 200,
        (i * 7) % 31,
        i % 3 === 2 ? null : 60 + (i % 5) * 20,
      ),
    );
    const shows = declutter(boxes);
    const shown = shownRects(boxes, shows);
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++) expect(rectsTouch(shown[i]!, shown[j]!, 0)).toBe(false);
    // Crowded, but not emptied: the first-ranked one always shows with its label.
    expect(shows.filter((s) => s === 'label').length).toBeGreaterThan(0);
  });
});
