import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { PNG } from 'pngjs';
import type { PickResult, SceneStats } from '../../src/platform/testProbes';

/** The parts of window.__expo the tests use. */
export interface ExpoHook {
  ready: boolean;
  camera: () => {
    x: number;
    y: number;
    z: number;
    yawDeg: number;
    pitchDeg: number;
    mode: string;
    flying: boolean;
    t: number;
  };
  project: (id: string) => { x: number; y: number } | null;
  stats: () => SceneStats;
  state: () => { expo: Record<string, unknown>; nav: Record<string, unknown> };
  layout: () => {
    buildings: { id: string; floor: [number, number][] }[];
    areaM2: number;
    zones: {
      id: string;
      building: string;
      rect: { minX: number; maxX: number; minZ: number; maxZ: number };
      entry: { x: number; z: number; yawDeg: number };
    }[];
    instruments: {
      id: string;
      category: string;
      x: number;
      y: number;
      z: number;
      yawDeg: number;
      scale: number;
    }[];
    start: { x: number; z: number; yawDeg: number };
    exhibits: { id: string; x: number | null; z: number | null; building: string | null }[];
  };
  blocked: (x: number, z: number) => boolean;
  teleport: (x: number, z: number, yawDeg?: number) => void;
  frame: () => void;
  crash: () => void;
  clock: () => { hourDeg: number; minuteDeg: number; secondDeg: number } | null;
  pick: (x: number, y: number) => PickResult | null;
  timing: () => {
    codeMs: number | null;
    firstFrameMs: number | null;
    readyMs: number | null;
    firstContentfulPaintMs: number | null;
  };
  startFrames: () => void;
  stopFrames: () => { intervalsMs: number[]; workMs: number[] };
  walkPath: (points: { x: number; z: number }[], durationMs: number) => void;
  walking: () => boolean;
  overview: () => void;
}

declare global {
  interface Window {
    __expo: ExpoHook;
  }
}

/** Opens the hall with the test hook (low quality unless asked otherwise) and waits for the first full frame. */
export async function openHall(page: Page, query = 'quality=low'): Promise<void> {
  await page.goto(`/?test${query ? `&${query}` : ''}`);
  await page.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 90_000 });
}

/** Where the camera is now. */
export function camera(page: Page) {
  return page.evaluate(() => window.__expo.camera());
}

/** Waits until no camera flight is running. */
export async function settle(page: Page): Promise<void> {
  await expect.poll(async () => (await camera(page)).flying, { timeout: 30_000 }).toBe(false);
  // One more frame so the view matches the state.
  await frames(page, 2);
}

/**
 * Waits until n more frames have been drawn. Rendering is on demand, so each poll asks for a frame; a
 * view that is still moving draws them by itself.
 */
export async function frames(page: Page, n = 1): Promise<void> {
  const f = await page.evaluate(() => window.__expo.stats().frames);
  await page.waitForFunction(
    ([f0, k]) => {
      window.__expo.frame();
      return window.__expo.stats().frames >= f0 + k;
    },
    [f, n] as const,
    { timeout: 30_000 },
  );
}

/** Luminance spread and number of distinct colours of a PNG (both near 0 for a blank image). */
export function imageSpread(png: Buffer): { distinct: number; stdev: number } {
  const img = PNG.sync.read(png);
  const d = img.data;
  const seen = new Set<number>();
  let sum = 0;
  let sum2 = 0;
  let n = 0;
  for (let i = 0; i < d.length; i += 4 * 7) {
    const lum = 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
    seen.add((d[i]! >> 3) * 1024 + (d[i + 1]! >> 3) * 32 + (d[i + 2]! >> 3));
    sum += lum;
    sum2 += lum * lum;
    n++;
  }
  const mean = sum / n;
  return { distinct: seen.size, stdev: Math.sqrt(sum2 / n - mean * mean) };
}

/** Saves a screenshot for review under tests/e2e/screenshots (git-ignored). */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `tests/e2e/screenshots/${name}.png` });
}

/**
 * Walking speed while keys are held, m/s: distance between two poses divided by the time between the
 * frames that produced them, so a slow software renderer measures the same speed as a fast GPU.
 */
export async function heldSpeed(
  page: Page,
  keys: string[],
  holdMs = 2500,
): Promise<{ speed: number; dx: number; dz: number }> {
  for (const k of keys) await page.keyboard.down(k);
  await page.waitForTimeout(400);
  const a = await camera(page);
  await page.waitForTimeout(holdMs);
  const b = await camera(page);
  for (const k of [...keys].reverse()) await page.keyboard.up(k);
  const dx = b.x - a.x;
  const dz = b.z - a.z;
  return { speed: Math.hypot(dx, dz) / ((b.t - a.t) / 1000), dx, dz };
}
