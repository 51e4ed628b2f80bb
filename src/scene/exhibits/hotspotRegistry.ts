import type { Object3D } from 'three';
import { exhibitPlacement } from '../../layout/booths';
import type { Vec2 } from '../../layout/geometry';
import type { HotspotKind, HotspotShow } from '../../layout/hotspots';

/** A marker's button and label sizes, px, with the label's top-left relative to the marker's centre. */
export interface MarkerSize {
  width: number;
  height: number;
  label: { dx: number; dy: number; width: number; height: number };
}

/** One hotspot as the visibility pass sees it; the Hotspot component fills in the first six fields. */
export interface HotspotEntry {
  exhibitId: string;
  kind: HotspotKind;
  /** The exhibit's centre on the floor (a part's reading distance is measured to it). */
  centre: Vec2 | null;
  /** The group at the marker's position. */
  anchor: Object3D | null;
  button: HTMLButtonElement | null;
  /** Measured sizes (whenever they change); null until the marker is first laid out. */
  size: MarkerSize | null;
  /** Whether the marker is in range and on screen (then it needs a line-of-sight ray). */
  wanted: boolean;
  /** The last line-of-sight result (null: never cast) and the camera pose it was cast from. */
  sight: boolean | null;
  sightPose: number;
  /** Where the marker's centre is on the canvas, px, and how far it is from the camera, metres. */
  x: number;
  y: number;
  distanceM: number;
  show: HotspotShow;
}

/** Every mounted hotspot, in mount order; `version` changes whenever one comes, goes or changes its label. */
export const hotspotRegistry = { entries: new Set<HotspotEntry>(), version: 0 };

/** A new, unregistered entry for a hotspot of this exhibit and kind. */
export function hotspotEntry(exhibitId: string, kind: HotspotKind): HotspotEntry {
  return {
    exhibitId,
    kind,
    centre: exhibitPlacement(exhibitId) ?? null,
    anchor: null,
    button: null,
    size: null,
    wanted: false,
    sight: null,
    sightPose: -1,
    x: 0,
    y: 0,
    distanceM: 0,
    show: 'hidden',
  };
}

/** Adds an entry to the pass; returns a function that removes it. */
export function registerHotspot(entry: HotspotEntry): () => void {
  hotspotRegistry.entries.add(entry);
  hotspotRegistry.version++;
  return () => {
    hotspotRegistry.entries.delete(entry);
    hotspotRegistry.version++;
  };
}

/**
 * Keeps an entry's sizes measured while its button is mounted: once laid out and whenever the label's
 * text changes (language) or the marker grows (kiosk). Returns a function that stops watching.
 */
export function measureHotspot(entry: HotspotEntry, button: HTMLButtonElement, onChange: () => void) {
  const label = button.querySelector<HTMLElement>('.hotspot-label');
  if (!label || typeof ResizeObserver === 'undefined') return () => {};
  const watch = new ResizeObserver(() => {
    // Layout is clean in a resize callback, so these reads cost no extra layout.
    const b = button.getBoundingClientRect();
    const l = label.getBoundingClientRect();
    // Not laid out (its wrapper is hidden behind the camera): keep the last sizes.
    if (b.width === 0) return;
    const cx = b.left + b.width / 2;
    const cy = b.top + b.height / 2;
    entry.size = {
      width: b.width,
      height: b.height,
      label: { dx: l.left - cx, dy: l.top - cy, width: l.width, height: l.height },
    };
    hotspotRegistry.version++;
    onChange();
  });
  watch.observe(button);
  watch.observe(label);
  return () => watch.disconnect();
}
