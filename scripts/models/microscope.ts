import { Group } from 'three';
import type { Object3D } from 'three';
import { palette } from './materials';
import type { Palette } from './materials';
import { box, cyl, group, hotspot, part, rbox, rod, slab, tube } from './geom';
import type { V3 } from './geom';

/** Bench top height, machine centre on the bench, and monitor position. */
const BENCH_Y = 0.8;
const M: V3 = [-0.42, BENCH_Y, -0.02];
const MONITOR: V3 = [0.5, BENCH_Y, -0.14];
/** Tank centre z and water surface height (machine local). */
const TANK_Z = 0.08;
const WATER_Y = 0.28;

function bench(root: Object3D, p: Palette): void {
  slab(root, p.benchTop, [-1.0, BENCH_Y - 0.04, -0.4], [1.0, BENCH_Y, 0.4]);
  slab(root, p.esdMat, [0.05, BENCH_Y, -0.36], [0.95, BENCH_Y + 0.003, 0.36]);
  for (const x of [-0.95, 0.95])
    for (const z of [-0.35, 0.35])
      slab(root, p.greyPaint, [x - 0.025, 0, z - 0.025], [x + 0.025, BENCH_Y - 0.04, z + 0.025]);
  for (const z of [-0.35, 0.35]) slab(root, p.greyPaint, [-0.93, 0.1, z - 0.015], [0.93, 0.13, z + 0.015]);
  slab(root, p.greyPaint, [-0.93, 0.13, -0.34], [0.93, 0.15, 0.34]);
  for (const x of [-0.95, 0.95]) slab(root, p.greyPaint, [x - 0.015, 0.1, -0.33], [x + 0.015, 0.13, 0.33]);
}

function enclosure(m: Object3D, p: Palette): void {
  // Machine base housing with a front control strip.
  rbox(m, p.whitePaint, [1.0, 0.14, 0.7], [0, 0.07, 0], 0.012);
  slab(m, p.anthracite, [-0.46, 0.03, 0.35], [0.46, 0.11, 0.353]);
  cyl(m, p.ledGreen, 0.01, 0.006, [0.38, 0.07, 0.355], { axis: 'z', seg: 12 });
  cyl(m, p.warningYellow, 0.022, 0.004, [0.42, 0.07, 0.355], { axis: 'z', seg: 16 });
  cyl(m, p.red, 0.014, 0.014, [0.42, 0.07, 0.362], { axis: 'z', seg: 16 });
  for (let i = 0; i < 6; i++)
    slab(m, p.plastic, [-0.4 + i * 0.03, 0.05, 0.353], [-0.385 + i * 0.03, 0.09, 0.355]);
  // Aluminium profile frame.
  const top = 0.82;
  for (const x of [-0.48, 0.48])
    for (const z of [-0.33, 0.33])
      slab(m, p.aluminium, [x - 0.02, 0.14, z - 0.02], [x + 0.02, top, z + 0.02]);
  for (const z of [-0.33, 0.33]) slab(m, p.aluminium, [-0.46, top - 0.04, z - 0.02], [0.46, top, z + 0.02]);
  for (const x of [-0.48, 0.48]) slab(m, p.aluminium, [x - 0.02, top - 0.04, -0.31], [x + 0.02, top, 0.31]);
  slab(m, p.aluminium, [-0.46, 0.44, -0.35], [0.46, 0.48, -0.31]);
  // Back panel, see-through side panels and the lid.
  slab(m, p.greyPaint, [-0.46, 0.14, -0.345], [0.46, top - 0.04, -0.335]);
  for (const x of [-0.48, 0.48]) slab(m, p.acrylic, [x - 0.004, 0.14, -0.31], [x + 0.004, top - 0.04, 0.31]);
  rbox(m, p.whitePaint, [1.0, 0.03, 0.7], [0, top + 0.015, 0], 0.008);
  slab(m, p.accentBlue, [-0.5, top + 0.005, 0.35], [0.5, top + 0.025, 0.352]);
  // Stack light: green lit (ready), amber, red.
  const sx = 0.42;
  const sz = -0.28;
  rod(m, p.aluminium, 0.008, [sx, top + 0.03, sz], [sx, top + 0.08, sz], 10);
  cyl(m, p.ledGreen, 0.024, 0.04, [sx, top + 0.1, sz], { seg: 20 });
  cyl(m, p.amber, 0.024, 0.04, [sx, top + 0.14, sz], { seg: 20 });
  cyl(m, p.red, 0.024, 0.04, [sx, top + 0.18, sz], { seg: 20 });
  cyl(m, p.anthracite, 0.026, 0.012, [sx, top + 0.206, sz], { seg: 20 });
}

function tank(m: Object3D, p: Palette): void {
  const x = 0.3;
  const z0 = TANK_Z - 0.22;
  const z1 = TANK_Z + 0.22;
  const y0 = 0.14;
  const y1 = 0.3;
  const t = 0.008;
  slab(m, p.stainless, [-x, y0, z0], [x, y0 + t, z1]);
  slab(m, p.stainless, [-x, y0, z0], [x, y1, z0 + t]);
  slab(m, p.stainless, [-x, y0, z1 - t], [x, y1, z1]);
  slab(m, p.stainless, [-x, y0, z0], [-x + t, y1, z1]);
  slab(m, p.stainless, [x - t, y0, z0], [x, y1, z1]);
  // Rolled rim.
  for (const z of [z0, z1]) rod(m, p.stainless, 0.008, [-x, y1, z], [x, y1, z], 10);
  for (const xx of [-x, x]) rod(m, p.stainless, 0.008, [xx, y1, z0], [xx, y1, z1], 10);
  // Drain valve at the front.
  cyl(m, p.stainless, 0.01, 0.04, [0.22, 0.17, z1 + 0.02], { axis: 'z', seg: 12 });
  box(m, p.red, [0.05, 0.008, 0.012], [0.22, 0.185, z1 + 0.035]);
  // Sample holder, JEDEC chip tray and chips.
  const cz = TANK_Z + 0.03;
  slab(m, p.stainless, [-0.2, y0 + t, cz - 0.1], [0.2, y0 + t + 0.012, cz + 0.1]);
  slab(m, p.tray, [-0.165, y0 + t + 0.012, cz - 0.07], [0.165, y0 + t + 0.022, cz + 0.07]);
  for (let i = 0; i < 8; i++)
    for (let j = 0; j < 3; j++) {
      const cx = -0.126 + i * 0.036;
      const czz = cz - 0.042 + j * 0.042;
      slab(m, p.chip, [cx - 0.013, y0 + t + 0.022, czz - 0.013], [cx + 0.013, y0 + t + 0.026, czz + 0.013]);
    }
  // Water, just below the rim.
  slab(m, p.water, [-x + t, y0 + t, z0 + t], [x - t, WATER_Y, z1 - t]);
}

/** XY gantry: fixed Y rails; bridge (moves in z) > carriage (moves in x) > transducer probe (moves in y). */
function gantry(m: Object3D, p: Palette): { probeTip: V3 } {
  for (const s of [-1, 1]) {
    slab(m, p.aluminium, [s * 0.36 - 0.03, 0.14, -0.28], [s * 0.36 + 0.03, 0.4, 0.28]);
    slab(m, p.stainless, [s * 0.36 - 0.012, 0.4, -0.28], [s * 0.36 + 0.012, 0.415, 0.28]);
    slab(m, p.blackAnodised, [s * 0.36 - 0.032, 0.2, 0.28], [s * 0.36 + 0.032, 0.39, 0.3]);
  }
  cyl(m, p.blackAnodised, 0.028, 0.08, [0.36, 0.33, -0.32], { axis: 'z', seg: 20 });
  const bridgeY = 0.415;
  const bridge = part(m, 'scan-bridge', [0, bridgeY, 0]);
  for (const s of [-1, 1])
    slab(bridge, p.blackAnodised, [s * 0.36 - 0.035, 0, -0.055], [s * 0.36 + 0.035, 0.04, 0.055]);
  slab(bridge, p.aluminium, [-0.42, 0.04, -0.04], [0.42, 0.12, 0.04]);
  slab(bridge, p.stainless, [-0.4, 0.07, 0.04], [0.4, 0.09, 0.046]);
  slab(bridge, p.accentBlue, [-0.42, 0.105, 0.04], [0.42, 0.115, 0.042]);
  // Drag chain feeding the carriage.
  tube(
    bridge,
    p.plastic,
    [
      [0.4, 0.12, -0.02],
      [0.3, 0.15, -0.02],
      [0.15, 0.15, -0.02],
      [0.05, 0.13, -0.02],
    ],
    0.012,
    24,
    4,
  );

  const carriage = part(bridge, 'scan-carriage', [0, 0.08, 0.046]);
  slab(carriage, p.blackAnodised, [-0.06, -0.05, 0], [0.06, 0.06, 0.05]);
  slab(carriage, p.aluminium, [-0.035, -0.21, 0.05], [0.035, 0.12, 0.07]);
  slab(carriage, p.stainless, [-0.012, -0.2, 0.07], [0.012, 0.1, 0.075]);
  cyl(carriage, p.blackAnodised, 0.024, 0.07, [0, 0.155, 0.06], { seg: 20 });
  cyl(carriage, p.cableBlack, 0.006, 0.02, [0, 0.2, 0.06], { seg: 8 });

  const probeY = -0.2;
  const probeZ = 0.09;
  const probe = part(carriage, 'transducer-probe', [0, probeY, probeZ]);
  slab(probe, p.aluminium, [-0.025, -0.01, -0.02], [0.025, 0.03, 0.02]);
  cyl(probe, p.stainless, 0.0125, 0.08, [0, -0.045, 0], { seg: 20 });
  cyl(probe, p.brass, 0.011, 0.006, [0, -0.088, 0], { seg: 20 });
  cyl(probe, p.brass, 0.006, 0.016, [0, 0.038, 0], { seg: 12 });
  tube(
    probe,
    p.cableBlack,
    [
      [0, 0.046, 0],
      [0, 0.09, 0.015],
      [0, 0.2, 0.0],
      [0, 0.34, -0.03],
    ],
    0.004,
    24,
    6,
  );

  const tipY = bridgeY + 0.08 + probeY - 0.09;
  return { probeTip: [0, tipY, 0.046 + probeZ] };
}

function station(root: Object3D, p: Palette): void {
  // Monitor showing a C-scan of the chip tray.
  const mon = group(root, 'monitor', MONITOR, [0, -0.3, 0]);
  rbox(mon, p.plastic, [0.24, 0.014, 0.17], [0, 0.007, 0], 0.005);
  box(mon, p.plastic, [0.05, 0.2, 0.025], [0, 0.11, -0.04]);
  rbox(mon, p.plastic, [0.56, 0.34, 0.04], [0, 0.31, -0.01], 0.008);
  box(mon, p.screen, [0.536, 0.306, 0.002], [0, 0.31, 0.011]);
  for (let i = 0; i < 8; i++)
    for (let j = 0; j < 3; j++)
      box(mon, p.screenImage, [0.036, 0.036, 0.002], [-0.2 + i * 0.048, 0.25 + j * 0.05, 0.013]);
  box(mon, p.screenImage, [0.1, 0.2, 0.002], [0.2, 0.31, 0.013]);
  // Keyboard, mouse, pulser-receiver and the PC under the bench.
  rbox(root, p.plastic, [0.44, 0.02, 0.14], [0.45, BENCH_Y + 0.013, 0.2], 0.005);
  rbox(root, p.plastic, [0.06, 0.03, 0.1], [0.76, BENCH_Y + 0.018, 0.2], 0.012);
  rbox(root, p.panelSilver, [0.22, 0.09, 0.26], [0.16, BENCH_Y + 0.048, -0.18], 0.006);
  slab(root, p.plastic, [0.05, BENCH_Y + 0.005, -0.049], [0.27, BENCH_Y + 0.09, -0.046]);
  for (let i = 0; i < 3; i++)
    cyl(root, i === 0 ? p.ledGreen : p.ledBlue, 0.005, 0.004, [0.08 + i * 0.02, BENCH_Y + 0.07, -0.045], {
      axis: 'z',
      seg: 8,
    });
  for (const x of [0.18, 0.23])
    cyl(root, p.brass, 0.007, 0.014, [x, BENCH_Y + 0.04, -0.042], { axis: 'z', seg: 10 });
  tube(
    root,
    p.cableBlack,
    [
      [0.18, BENCH_Y + 0.04, -0.035],
      [0.15, BENCH_Y + 0.01, 0.0],
      [0.05, BENCH_Y + 0.006, 0.02],
      [M[0] + 0.52, BENCH_Y + 0.06, M[2] + 0.1],
      [M[0] + 0.5, BENCH_Y + 0.1, M[2] + 0.1],
    ],
    0.004,
    32,
    6,
  );
  slab(root, p.anthracite, [0.6, 0.15, -0.3], [0.8, 0.57, 0.15]);
  cyl(root, p.ledBlue, 0.006, 0.004, [0.7, 0.53, 0.151], { axis: 'z', seg: 10 });
}

/** Scanning acoustic microscope: bench-top machine with XY gantry over a water tank, plus a PC station. */
export function buildMicroscope(): Group {
  const p = palette();
  const root = new Group();
  bench(root, p);
  const m = group(root, 'machine', M);
  enclosure(m, p);
  tank(m, p);
  const { probeTip } = gantry(m, p);
  station(root, p);

  const at = (x: number, y: number, z: number): V3 => [M[0] + x, M[1] + y, M[2] + z];
  hotspot(root, 'ultrasonic-microscope', at(0, 0.85, 0));
  hotspot(root, 'transducer', at(probeTip[0], probeTip[1] + 0.05, probeTip[2]));
  hotspot(root, 'water-tank', at(0, WATER_Y, TANK_Z + 0.21));
  hotspot(root, 'control-station', [MONITOR[0], MONITOR[1] + 0.31, MONITOR[2] + 0.02]);
  return root;
}
