import { useEffect } from 'react';
import { addAfterEffect, addEffect, useFrame, useThree } from '@react-three/fiber';
import { bindFrameRequests, wakeOnInput } from '../platform/frames';
import { frameGuard, watchContext } from '../platform/watchdog';
import { frameLog } from '../platform/frameLog';
import { pathRun } from '../state/pathRun';
import { useDemos } from '../heroes/engine/demos';
import { useExpo } from '../state/expo';
import { useHealth } from '../state/health';
import { useLoading } from '../state/loading';
import { nav } from '../state/nav';
import { useTour } from '../state/tour';

/** Whether the view is changing by itself and needs the next frame too. */
function busy(): boolean {
  return (
    nav.flying ||
    nav.held.size > 0 ||
    nav.walkTarget !== null ||
    !useLoading.getState().done.frame ||
    useDemos.getState().status === 'running' ||
    // The benchmark's scripted walks and frame-time recordings measure a continuously drawn view.
    pathRun.active ||
    frameLog.recording
  );
}

/**
 * Drives the canvas's on-demand frame loop, and watches its GPU context (see platform/watchdog). Any input or store change asks for a frame, and while the
 * camera moves, a demo runs or the hall is still loading, each frame asks for the next. When nothing
 * moves, nothing is drawn.
 */
export function FrameDemand() {
  const invalidate = useThree((s) => s.invalidate);
  const canvas = useThree((s) => s.gl.domElement);
  useEffect(() => watchContext(canvas, (state) => useHealth.getState().setGraphics(state)), [canvas]);
  useEffect(() => {
    const began = addEffect(() => void (frameGuard.inFrame = true));
    const ended = addAfterEffect(() => void (frameGuard.inFrame = false));
    return () => {
      began();
      ended();
    };
  }, []);
  useEffect(() => {
    bindFrameRequests(() => invalidate());
    const wake = () => invalidate();
    const stops = [
      wakeOnInput(window),
      useExpo.subscribe(wake),
      useTour.subscribe(wake),
      useDemos.subscribe(wake),
      useLoading.subscribe(wake),
    ];
    invalidate();
    return () => {
      bindFrameRequests(null);
      stops.forEach((stop) => stop());
    };
  }, [invalidate]);
  useFrame(() => {
    if (busy()) invalidate();
  });
  return null;
}
