import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import type { Camera, Object3D, Scene } from 'three';
import { declutter, inLineOfSight, rectsTouch, withinReading } from '../../layout/hotspots';
import type { HotspotBox, ScreenRect } from '../../layout/hotspots';
import { occluderRects } from '../../platform/occluders';
import { useExpo } from '../../state/expo';
import { firstHitM, occluderMeshes } from '../picking/sightRay';
import { hotspotRegistry } from './hotspotRegistry';
import type { HotspotEntry } from './hotspotRegistry';

/** Tunables of the visibility pass. */
const sightPass = {
  /** Line-of-sight rays cast in one pass at most; the rest follow in the next pass (round robin). */
  raysPerPass: 12,
} as const;

/**
 * Decides, whenever a frame is drawn and the camera or the state has changed, which hotspots show: those
 * within reading distance, on screen and in line of sight (a ray through the static hall's BVHs), then
 * decluttered so that no two labels overlap. Rays are budgeted per pass; when some are left, the pass
 * continues in a task of its own instead of asking for more frames. Hotspots under an overlay leave the
 * Tab order. All of it writes to the DOM directly: nothing here re-renders React.
 */
function createSightPass(
  camera: () => Camera,
  canvas: () => HTMLElement,
  size: () => { width: number; height: number },
  scene: () => Scene,
) {
  const lastPose = new Float64Array(34);
  let pose = 0;
  let lastKey = '';
  let cursor = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const world = new Vector3();
  const eye = new Vector3();
  const ndc = new Vector3();
  const meshes: Object3D[] = [];

  /** Whether the camera (position, turn, lens) or the canvas changed since the last pass. */
  function cameraMoved(cam: Camera, width: number, height: number): boolean {
    let moved = false;
    const keep = (i: number, v: number) => {
      if (lastPose[i] === v) return;
      lastPose[i] = v;
      moved = true;
    };
    cam.matrixWorld.elements.forEach((v, i) => keep(i, v));
    cam.projectionMatrix.elements.forEach((v, i) => keep(16 + i, v));
    keep(32, width);
    keep(33, height);
    return moved;
  }

  /** Where each hotspot is on screen and whether it is near enough to read. */
  function place(cam: Camera, width: number, height: number, overview: boolean, selected: string | null) {
    cam.getWorldPosition(eye);
    for (const e of hotspotRegistry.entries) {
      if (!e.anchor) continue;
      world.setFromMatrixPosition(e.anchor.matrixWorld);
      ndc.copy(world).project(cam);
      const onScreen = ndc.z > -1 && ndc.z < 1 && Math.abs(ndc.x) <= 1 && Math.abs(ndc.y) <= 1;
      e.x = ((ndc.x + 1) / 2) * width;
      e.y = ((1 - ndc.y) / 2) * height;
      e.distanceM = eye.distanceTo(world);
      const reachM =
        e.kind === 'part' && e.centre ? Math.hypot(eye.x - e.centre.x, eye.z - e.centre.z) : e.distanceM;
      e.wanted = onScreen && withinReading(e.kind, reachM, { overview, panelOpen: selected === e.exhibitId });
    }
  }

  /** Casts line-of-sight rays for hotspots not yet checked from this pose, up to the budget; returns how many. */
  function castRays(cam: Camera): number {
    const stale = [...hotspotRegistry.entries].filter((e) => e.wanted && e.sightPose !== pose);
    if (stale.length === 0) return 0;
    // Never checked first (they stay hidden until then), then round robin.
    stale.sort((a, b) => Number(a.sight !== null) - Number(b.sight !== null));
    const fresh = stale.filter((e) => e.sight === null).length;
    const n = Math.min(sightPass.raysPerPass, stale.length);
    occluderMeshes(scene(), meshes);
    cam.getWorldPosition(eye);
    for (let k = 0; k < n; k++) {
      const i = k < fresh ? k : fresh + ((cursor + k - fresh) % (stale.length - fresh));
      const e = stale[i]!;
      world.setFromMatrixPosition(e.anchor!.matrixWorld);
      e.sight = inLineOfSight(e.distanceM, firstHitM(meshes, eye, world));
      e.sightPose = pose;
    }
    cursor += Math.max(0, n - fresh);
    return n;
  }

  /**
   * Decides what each hotspot shows and writes it to its button. A label that would leave the view or
   * reach under an overlay (canvas px) is not shown: its marker shows alone.
   */
  function show(selected: string | null, width: number, height: number, overlays: readonly ScreenRect[]) {
    const shown: HotspotEntry[] = [];
    const boxes: HotspotBox[] = [];
    for (const e of hotspotRegistry.entries) {
      if (!e.wanted || e.sight !== true || !e.size) continue;
      const { label } = e.size;
      const clearLabel = (left: number, top: number): ScreenRect | null => {
        const r = { left, top, right: left + label.width, bottom: top + label.height };
        const inView = r.left >= 0 && r.top >= 0 && r.right <= width && r.bottom <= height;
        return inView && !overlays.some((o) => rectsTouch(o, r, 0)) ? r : null;
      };
      shown.push(e);
      boxes.push({
        kind: e.kind,
        distanceM: e.distanceM,
        selected: e.exhibitId === selected,
        marker: {
          left: e.x - e.size.width / 2,
          top: e.y - e.size.height / 2,
          right: e.x + e.size.width / 2,
          bottom: e.y + e.size.height / 2,
        },
        // Parts show their label only on hover and focus.
        label: e.kind === 'part' ? null : clearLabel(e.x + label.dx, e.y + label.dy),
      });
    }
    const decided = declutter(boxes);
    const index = new Map(shown.map((e, i) => [e, i]));
    for (const e of hotspotRegistry.entries) {
      const i = index.get(e);
      const next = i === undefined ? 'hidden' : decided[i]!;
      if (next === e.show) continue;
      e.show = next;
      if (e.button) e.button.dataset.show = next;
    }
  }

  /** Takes hotspots under a panel or bar (canvas px) out of the Tab order, so keyboard focus is never out of sight. */
  function cover(overlays: readonly ScreenRect[]) {
    for (const e of hotspotRegistry.entries) {
      const b = e.button;
      if (!b || e.show === 'hidden') continue;
      const { x, y } = e;
      const under = overlays.some((o) => x >= o.left && x <= o.right && y >= o.top && y <= o.bottom);
      const tabIndex = under ? -1 : 0;
      if (b.tabIndex !== tabIndex) b.tabIndex = tabIndex;
    }
  }

  function run() {
    const cam = camera();
    const { width, height } = size();
    cam.updateMatrixWorld();
    const { mode, selected } = useExpo.getState();
    const selectedId = selected?.id ?? null;
    if (cameraMoved(cam, width, height)) pose++;
    // The overlays covering the view (panels, bars, the floor plan), in canvas px.
    const origin = canvas().getBoundingClientRect();
    const overlays = occluderRects().map((o) => ({
      left: o.left - origin.left,
      top: o.top - origin.top,
      right: o.right - origin.left,
      bottom: o.bottom - origin.top,
    }));
    const covers = overlays.map((o) => `${o.left},${o.top},${o.right},${o.bottom}`).join(';');
    const key = `${pose}|${mode}|${selectedId}|${hotspotRegistry.version}|${covers}`;
    const changed = key !== lastKey;
    lastKey = key;
    if (changed) place(cam, width, height, mode === 'overview', selectedId);
    if (castRays(cam) > 0 || changed) show(selectedId, width, height, overlays);
    cover(overlays);
    const pending = [...hotspotRegistry.entries].some((e) => e.wanted && e.sightPose !== pose);
    if (pending && timer === null)
      timer = setTimeout(() => {
        timer = null;
        run();
      }, 0);
  }

  return {
    run,
    dispose: () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

/**
 * Runs the hotspot visibility pass on every drawn frame (see createSightPass). What hides a hotspot: the
 * meshes under groups marked with `userData={hidesHotspots}` (picking/sightRay).
 */
export function HotspotSight() {
  const get = useThree((s) => s.get);
  const pass = useMemo(
    () =>
      createSightPass(
        () => get().camera,
        () => get().gl.domElement,
        () => get().size,
        () => get().scene,
      ),
    [get],
  );
  useEffect(() => () => pass.dispose(), [pass]);
  useFrame(() => pass.run());
  return null;
}
