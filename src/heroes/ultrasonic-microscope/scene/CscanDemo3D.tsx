import { useEffect, useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import type { Object3D } from 'three';
import { FloatingScreen } from '../../scene/FloatingScreen';
import { createImageTexture } from '../../scene/liveTextures';
import { captureRest, findHotspot, findPart, modelLocalPosition, restoreRest } from '../../scene/modelParts';
import { cscanEngine } from '../engine/cscanDemo';
import { ultrasonicMicroscope } from '../hero';
import { writeCscan } from './cscanTexture';

/**
 * Acoustic-microscope scene tunables, offsets from the parts' rest poses in metres. The raster is
 * drawn over the whole chip tray (x ±0.14 m, the three tray rows in z) although the image is of one
 * 12 mm package: the true 12 mm raster would be an invisible wiggle from the aisle.
 */
export const cscanScene = {
  sweepHalfM: 0.14,
  /** Bridge offset of the first and last line: probe over the front and back tray rows. */
  firstLineZM: -0.068,
  lastLineZM: 0.016,
  /** Probe lowered to focus while scanning, raised to park when done. */
  probeFocusM: -0.01,
  probeParkM: 0.04,
  /** Rate of the probe's and bridge's easing towards their targets, 1/s. */
  easePerS: 10,
  /** Screen above the machine, size and tilt. */
  screenYM: 2.2,
  screenZM: 0.05,
  screenM: 0.45,
  screenTiltRad: 0.15,
  rimRgb: [39, 211, 240],
} as const;

const s = cscanScene;
const ranges = Object.fromEntries(ultrasonicMicroscope.model.parts.map((p) => [p.part, p.rangeM] as const));
const clampTo = (part: string, v: number) => {
  const r = ranges[part];
  return r ? Math.max(r[0], Math.min(r[1], v)) : v;
};

/** Moves the gantry along the raster (line → z, sweep → x), dips the probe, and shows the C-scan above. */
export function CscanDemo3D({ model }: { model: Object3D }) {
  const parts = useMemo(
    () => ({
      bridge: findPart(model, 'scan-bridge'),
      carriage: findPart(model, 'scan-carriage'),
      probe: findPart(model, 'transducer-probe'),
    }),
    [model],
  );
  const rest = useMemo(() => captureRest([parts.bridge, parts.carriage, parts.probe]), [parts]);
  useEffect(() => () => restoreRest(rest), [rest]);
  const screenX = useMemo(() => {
    const anchor = findHotspot(model, 'ultrasonic-microscope');
    return anchor ? modelLocalPosition(model, anchor).x : 0;
  }, [model]);

  const live = cscanEngine.live;
  const texture = useMemo(() => createImageTexture(live.cols, live.rows), [live.cols, live.rows]);
  useEffect(() => () => texture.dispose(), [texture]);

  const state = useMemo(() => ({ drawn: -1, bridgeZ: 0, probeY: 0 }), []);
  useFrame((_, dt) => {
    const restOf = (o: Object3D | null) => rest.find((r) => r.object === o);
    const ease = 1 - Math.exp(-s.easePerS * Math.min(dt, 0.1));
    const scanning = live.stage === 'scanning';
    const line = Math.min(live.row, live.rows - 1) / Math.max(1, live.rows - 1);
    state.bridgeZ += (s.firstLineZM + (s.lastLineZM - s.firstLineZM) * line - state.bridgeZ) * ease;
    state.probeY += ((scanning ? s.probeFocusM : s.probeParkM) - state.probeY) * ease;
    const bridge = restOf(parts.bridge);
    if (bridge) bridge.object.position.z = bridge.position.z + clampTo('scan-bridge', state.bridgeZ);
    const carriage = restOf(parts.carriage);
    const x = (2 * live.sweep - 1) * s.sweepHalfM;
    if (carriage) carriage.object.position.x = carriage.position.x + clampTo('scan-carriage', x);
    const probe = restOf(parts.probe);
    if (probe) probe.object.position.y = probe.position.y + clampTo('transducer-probe', state.probeY);
    if (state.drawn === live.version) return;
    state.drawn = live.version;
    writeCscan(texture, live, s.rimRgb);
  });

  return (
    <group name="demo-cscan" position={[screenX, s.screenYM, s.screenZM]} rotation-x={s.screenTiltRad}>
      <FloatingScreen position={[0, 0, 0]} widthM={s.screenM} heightM={s.screenM} texture={texture} />
    </group>
  );
}
