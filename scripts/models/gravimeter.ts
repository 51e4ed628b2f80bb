import { Group, Shape } from 'three';
import type { Object3D } from 'three';
import { palette } from './materials';
import type { Palette } from './materials';
import { around, box, cyl, extrude, group, hotspot, lathe, rbox, ring, rod, sphere, tube } from './geom';
import type { V3 } from './geom';

const U = 0.04445; // one rack unit

/** Sensor head position (floor centre of its tripod) and the laser/electronics rack position. */
const HEAD: V3 = [-0.42, 0, 0.09];
const RACK: V3 = [0.5, 0, -0.09];

function tripod(head: Object3D, p: Palette): void {
  const hubY = 0.27;
  cyl(head, p.darkPaint, 0.2, 0.035, [0, hubY + 0.0175, 0], { seg: 48 });
  ring(head, p.stainless, 0.2, 0.006, [0, hubY + 0.035, 0], 'y', 48);
  for (const deg of [180, 60, 300]) {
    const a = (deg * Math.PI) / 180;
    const dir = (r: number, y: number): V3 => [Math.sin(a) * r, y, Math.cos(a) * r];
    // Arm from the hub out to the leg top.
    rod(head, p.darkPaint, 0.024, dir(0.12, hubY + 0.01), dir(0.33, hubY - 0.02), 12);
    rod(head, p.darkPaint, 0.022, dir(0.33, hubY - 0.02), dir(0.36, 0.09), 12);
    sphere(head, p.darkPaint, 0.03, dir(0.33, hubY - 0.02), Math.PI, 12);
    // Levelling screw with knurled knob and foot pad.
    rod(head, p.stainless, 0.011, dir(0.36, 0.1), dir(0.36, 0.025), 10);
    cyl(head, p.blackAnodised, 0.034, 0.025, dir(0.36, 0.07), { seg: 16 });
    cyl(head, p.rubber, 0.05, 0.022, dir(0.36, 0.011), { rTop: 0.038, seg: 24 });
  }
  // Bubble level on the hub.
  cyl(head, p.aluminium, 0.025, 0.012, [0.13, hubY + 0.041, 0.09], { seg: 20 });
  cyl(head, p.glass, 0.018, 0.004, [0.13, hubY + 0.049, 0.09], { seg: 20 });
}

function chamber(head: Object3D, p: Palette): void {
  // Vibration isolator / base housing.
  lathe(
    head,
    p.anthracite,
    [
      [0.0, 0.305],
      [0.17, 0.305],
      [0.175, 0.31],
      [0.175, 0.37],
      [0.165, 0.38],
      [0.0, 0.38],
    ],
    [0, 0, 0],
    { seg: 48 },
  );
  // CF flanges with bolt circles.
  for (const y of [0.39, 0.61]) {
    cyl(head, p.stainless, 0.16, 0.02, [0, y, 0], { seg: 48 });
    around(
      12,
      (_i, a) =>
        cyl(head, p.stainless, 0.006, 0.03, [Math.sin(a) * 0.145, y, Math.cos(a) * 0.145], { seg: 6 }),
      0.1,
    );
  }
  // Octagonal titanium MOT chamber, a face towards the visitor.
  const oct = cyl(head, p.titanium, 0.13, 0.2, [0, 0.5, 0], { seg: 8 });
  oct.rotation.y = Math.PI / 8;
  // Anti-Helmholtz coils.
  ring(head, p.copper, 0.158, 0.014, [0, 0.432, 0], 'y', 48);
  ring(head, p.copper, 0.158, 0.014, [0, 0.568, 0], 'y', 48);
  cyl(head, p.blackAnodised, 0.161, 0.03, [0, 0.432, 0], { seg: 48, open: true });
  // Viewports on four faces, fibre collimators on the diagonals.
  for (let k = 0; k < 8; k++) {
    const g = group(head, '', [0, 0.5, 0], [0, (k * Math.PI) / 4, 0]);
    if (k % 2 === 0) {
      cyl(g, p.stainless, 0.03, 0.05, [0, 0, 0.135], { axis: 'z', seg: 20 });
      cyl(g, p.stainless, 0.042, 0.012, [0, 0, 0.16], { axis: 'z', seg: 24 });
      cyl(g, p.glass, 0.026, 0.004, [0, 0, 0.168], { axis: 'z', seg: 20 });
      if (k === 2 || k === 6) {
        // Beam expanders on the side viewports.
        cyl(g, p.blackAnodised, 0.03, 0.07, [0, 0, 0.205], { axis: 'z', seg: 20 });
        cyl(g, p.blackAnodised, 0.016, 0.05, [0, 0, 0.26], { axis: 'z', seg: 16 });
        tube(
          g,
          p.fibreYellow,
          [
            [0, 0, 0.285],
            [0, -0.02, 0.32],
            [0, -0.1, 0.33],
            [0, -0.19, 0.3],
          ],
          0.0035,
          20,
          5,
        );
      }
    } else {
      for (const tilt of [0.6, -0.6]) {
        const t = group(g, '', [0, 0, 0], [tilt, 0, 0]);
        cyl(t, p.stainless, 0.02, 0.04, [0, 0, 0.14], { axis: 'z', seg: 16 });
        cyl(t, p.blackAnodised, 0.017, 0.08, [0, 0, 0.2], { axis: 'z', seg: 16 });
        cyl(t, p.brass, 0.006, 0.02, [0, 0, 0.25], { axis: 'z', seg: 10 });
      }
      tube(
        g,
        p.fibreYellow,
        [
          [0, -0.15, 0.215],
          [0, -0.175, 0.24],
          [0, -0.192, 0.235],
        ],
        0.003,
        8,
        5,
      );
      tube(
        g,
        p.fibreYellow,
        [
          [0, 0.15, 0.215],
          [0, 0.175, 0.255],
          [0, 0.06, 0.285],
          [0, -0.12, 0.265],
          [0, -0.192, 0.24],
        ],
        0.003,
        24,
        5,
      );
    }
  }
  // Ion pump on the back-left diagonal.
  const pump = group(head, 'ion-pump', [0, 0.5, 0], [0, (5 * Math.PI) / 4, 0]);
  cyl(pump, p.stainless, 0.025, 0.08, [0, 0, 0.16], { axis: 'z', seg: 16 });
  rbox(pump, p.stainless, [0.1, 0.13, 0.05], [0, 0, 0.22], 0.006);
  box(pump, p.anthracite, [0.016, 0.12, 0.1], [0.058, 0, 0.22]);
  box(pump, p.anthracite, [0.016, 0.12, 0.1], [-0.058, 0, 0.22]);
  cyl(pump, p.cableBlack, 0.012, 0.04, [0, 0.08, 0.22], { seg: 12 });
}

function shield(head: Object3D, p: Palette): void {
  const y0 = 0.62;
  const y1 = 1.31;
  cyl(head, p.muMetal, 0.118, y1 - y0, [0, (y0 + y1) / 2, 0], { seg: 48 });
  ring(head, p.muMetal, 0.118, 0.008, [0, y0 + 0.01, 0], 'y', 48);
  for (const y of [0.84, 1.08]) cyl(head, p.stainless, 0.121, 0.014, [0, y, 0], { seg: 48 });
  cyl(head, p.accentBlue, 0.1205, 0.05, [0, 1.22, 0], { seg: 48 });
  // Name plate and a detection viewport at the front.
  rbox(head, p.whitePaint, [0.09, 0.05, 0.008], [0, 0.96, 0.117], 0.003);
  box(head, p.accentBlue, [0.07, 0.008, 0.002], [0, 0.975, 0.122]);
  cyl(head, p.stainless, 0.02, 0.03, [0, 0.72, 0.125], { axis: 'z', seg: 16 });
  cyl(head, p.blackAnodised, 0.015, 0.05, [0, 0.72, 0.16], { axis: 'z', seg: 16 });
  cyl(head, p.cableBlack, 0.004, 0.01, [0, 0.72, 0.19], { axis: 'z', seg: 8 });
  // Top flange, dome and the vertical Raman beam collimator with its fibre.
  cyl(head, p.stainless, 0.14, 0.03, [0, y1 + 0.015, 0], { seg: 48 });
  around(8, (_i, a) =>
    cyl(head, p.stainless, 0.006, 0.04, [Math.sin(a) * 0.128, y1 + 0.015, Math.cos(a) * 0.128], { seg: 6 }),
  );
  lathe(
    head,
    p.whitePaint,
    [
      [0.0, y1 + 0.03],
      [0.125, y1 + 0.03],
      [0.125, y1 + 0.06],
      [0.11, y1 + 0.09],
      [0.07, y1 + 0.11],
      [0.0, y1 + 0.115],
    ],
    [0, 0, 0],
    { seg: 48 },
  );
  cyl(head, p.blackAnodised, 0.03, 0.02, [0, y1 + 0.12, 0], { seg: 24 });
  cyl(head, p.blackAnodised, 0.019, 0.06, [0, y1 + 0.155, 0], { seg: 20 });
  cyl(head, p.brass, 0.007, 0.02, [0, y1 + 0.195, 0], { seg: 10 });
  tube(
    head,
    p.fibreYellow,
    [
      [0, y1 + 0.2, 0],
      [0.03, y1 + 0.23, 0],
      [0.1, y1 + 0.18, -0.03],
      [0.14, y1 + 0.05, -0.06],
      [0.13, 0.95, -0.07],
      [0.13, 0.7, -0.07],
      [0.17, 0.4, -0.07],
    ],
    0.0035,
    36,
    5,
  );
  // Lifting eyes.
  for (const s of [-1, 1]) ring(head, p.stainless, 0.018, 0.005, [s * 0.08, y1 + 0.06, 0], 'x', 16);
}

function rack(root: Object3D, p: Palette): { laserY: number; electronicsY: number; frontZ: number } {
  const r = group(root, 'rack', RACK);
  const w = 0.56;
  const d = 0.62;
  const y0 = 0.1;
  const y1 = 1.06;
  const front = d / 2;
  rbox(r, p.anthracite, [w, y1 - y0, d], [0, (y0 + y1) / 2, 0], 0.015);
  // Casters.
  for (const sx of [-1, 1])
    for (const sz of [-1, 1]) {
      box(r, p.stainless, [0.06, 0.01, 0.06], [sx * 0.22, y0 - 0.005, sz * 0.25]);
      box(r, p.darkPaint, [0.035, 0.05, 0.04], [sx * 0.22, y0 - 0.035, sz * 0.25]);
      cyl(r, p.rubber, 0.038, 0.025, [sx * 0.22, 0.038, sz * 0.25 - 0.012], { axis: 'x', seg: 20 });
    }
  // Ventilation slots on the right side.
  for (let i = 0; i < 6; i++) box(r, p.plastic, [0.004, 0.012, 0.4], [w / 2 + 0.001, 0.75 + i * 0.03, -0.02]);
  // Front rails.
  for (const sx of [-1, 1])
    box(r, p.panelSilver, [0.025, y1 - y0 - 0.04, 0.008], [sx * 0.255, (y0 + y1) / 2, front + 0.004]);
  const panel = (
    u: number,
    yBottom: number,
    mat: typeof p.panelSilver,
  ): { g: Group; y: number; h: number } => {
    const h = u * U - 0.002;
    const y = yBottom + h / 2;
    const g = group(r, '', [0, y, front + 0.006]);
    box(g, mat, [0.482, h, 0.006], [0, 0, 0]);
    for (const sx of [-1, 1]) {
      box(g, p.panelSilver, [0.01, h - 0.02, 0.008], [sx * 0.222, 0, 0.024]);
      for (const sy of [-1, 1])
        box(g, p.panelSilver, [0.01, 0.008, 0.024], [sx * 0.222, sy * (h / 2 - 0.014), 0.012]);
    }
    return { g, y, h };
  };
  // Power supply, 3U: fans and a lit switch.
  const psu = panel(3, 0.14, p.panelSilver);
  for (const x of [-0.12, 0.0]) {
    cyl(psu.g, p.plastic, 0.045, 0.006, [x, 0, 0.004], { axis: 'z', seg: 24 });
    ring(psu.g, p.greyPlastic, 0.03, 0.004, [x, 0, 0.008], 'z', 20);
  }
  box(psu.g, p.ledGreen, [0.02, 0.03, 0.01], [0.14, 0, 0.005]);
  // Vent panel, 2U.
  const vent = panel(2, 0.28, p.anthracite);
  for (let i = 0; i < 5; i++) box(vent.g, p.plastic, [0.4, 0.006, 0.004], [0, -0.03 + i * 0.015, 0.004]);
  // Control / DAQ, 2U.
  const daq = panel(2, 0.375, p.panelSilver);
  for (let i = 0; i < 4; i++)
    cyl(daq.g, i === 0 ? p.ledBlue : p.ledGreen, 0.004, 0.006, [-0.16 + i * 0.025, 0.012, 0.004], {
      axis: 'z',
      seg: 8,
    });
  box(daq.g, p.plastic, [0.03, 0.012, 0.004], [0.1, 0, 0.004]);
  box(daq.g, p.plastic, [0.03, 0.012, 0.004], [0.14, 0, 0.004]);
  // Electronics unit, 4U: display, knobs, BNC connectors, status LEDs.
  const ele = panel(4, 0.47, p.plastic);
  box(ele.g, p.screen, [0.15, 0.08, 0.004], [-0.12, 0.02, 0.004]);
  box(ele.g, p.screenImage, [0.12, 0.006, 0.002], [-0.12, 0.03, 0.007]);
  box(ele.g, p.screenImage, [0.12, 0.004, 0.002], [-0.12, 0.005, 0.007]);
  for (let i = 0; i < 3; i++) {
    cyl(ele.g, p.panelSilver, 0.014, 0.018, [0.0 + i * 0.05, 0.03, 0.01], { axis: 'z', seg: 16 });
    cyl(ele.g, p.brass, 0.006, 0.014, [0.0 + i * 0.05, -0.04, 0.008], { axis: 'z', seg: 10 });
  }
  for (let i = 0; i < 4; i++)
    cyl(ele.g, i < 3 ? p.ledGreen : p.ledAmber, 0.004, 0.006, [-0.18 + i * 0.02, -0.05, 0.004], {
      axis: 'z',
      seg: 8,
    });
  // Laser system, 5U: LCD, key switch, emission LED, fibre ports, laser warning label.
  const las = panel(5, 0.655, p.whitePaint);
  box(las.g, p.accentBlue, [0.482, 0.014, 0.002], [0, las.h / 2 - 0.02, 0.004]);
  box(las.g, p.lcd, [0.11, 0.04, 0.004], [-0.13, 0.03, 0.004]);
  for (const [w, y] of [
    [0.08, 0.04],
    [0.06, 0.028],
    [0.07, 0.016],
  ] as const)
    box(las.g, p.lcdText, [w, 0.005, 0.002], [-0.175 + w / 2, y, 0.0065]);
  cyl(las.g, p.panelSilver, 0.012, 0.012, [-0.13, -0.04, 0.008], { axis: 'z', seg: 16 });
  box(las.g, p.plastic, [0.004, 0.014, 0.004], [-0.13, -0.04, 0.015]);
  cyl(las.g, p.ledAmber, 0.007, 0.008, [-0.06, -0.04, 0.005], { axis: 'z', seg: 12 });
  const warn = new Shape();
  warn.moveTo(-0.025, 0);
  warn.lineTo(0.025, 0);
  warn.lineTo(0, 0.043);
  warn.closePath();
  extrude(las.g, p.warningYellow, warn, 0.002, [-0.06, 0.01, 0.003]);
  for (let i = 0; i < 3; i++) {
    const x = 0.04 + i * 0.05;
    cyl(las.g, p.stainless, 0.011, 0.014, [x, 0, 0.01], { axis: 'z', seg: 12 });
    cyl(las.g, p.cableBlue, 0.006, 0.03, [x, 0, 0.03], { axis: 'z', seg: 10 });
  }
  const laserY = las.y;
  return { laserY, electronicsY: ele.y, frontZ: front };
}

function laptop(root: Object3D, p: Palette): void {
  const l = group(root, 'laptop', [RACK[0], 1.06, RACK[2] + 0.08], [0, -0.25, 0]);
  rbox(l, p.greyPlastic, [0.34, 0.02, 0.24], [0, 0.01, 0], 0.006);
  box(l, p.plastic, [0.3, 0.002, 0.11], [0, 0.0205, -0.03]);
  box(l, p.plastic, [0.08, 0.002, 0.05], [0, 0.0205, 0.07]);
  const lid = group(l, '', [0, 0.02, -0.115], [-0.28, 0, 0]);
  rbox(lid, p.greyPlastic, [0.34, 0.225, 0.01], [0, 0.112, 0], 0.005);
  box(lid, p.screen, [0.31, 0.19, 0.002], [0, 0.117, 0.0055]);
  // An interference fringe plot on the screen.
  for (let i = 0; i < 14; i++) {
    const x = -0.13 + i * 0.02;
    const hgt = 0.03 + 0.025 * Math.cos(i * 0.9);
    box(lid, p.screenImage, [0.012, hgt, 0.002], [x, 0.06 + hgt / 2, 0.0075]);
  }
  box(lid, p.screenImage, [0.28, 0.012, 0.002], [0, 0.19, 0.0075]);
}

function cables(root: Object3D, p: Palette, laserY: number, frontZ: number): void {
  const fx = RACK[0];
  const fz = RACK[2] + frontZ;
  // Fibres from the laser ports down to the floor and across to the sensor head.
  for (let i = 0; i < 3; i++) {
    const x = fx + 0.04 + i * 0.05;
    tube(
      root,
      i === 1 ? p.cableBlue : p.fibreYellow,
      [
        [x, laserY, fz + 0.045],
        [x - 0.01, laserY - 0.05, fz + 0.1],
        [x - 0.06, laserY - 0.35, fz + 0.13 + i * 0.012],
        [x - 0.16, 0.06, fz + 0.12 + i * 0.01],
        [x - 0.3, 0.02, fz + 0.08],
        [HEAD[0] + 0.32, 0.02, HEAD[2] + 0.05 - i * 0.02],
        [HEAD[0] + 0.2, 0.2, HEAD[2] + 0.04 - i * 0.02],
        [HEAD[0] + 0.165, 0.32, HEAD[2] + 0.03 - i * 0.02],
      ],
      i === 1 ? 0.005 : 0.0035,
      48,
      5,
      0,
    );
  }
  // Power and signal cables into the side of the rack.
  const sideX = RACK[0] - 0.28;
  [p.cableBlack, p.cableGrey, p.cableBlack].forEach((mat, i) => {
    tube(
      root,
      mat,
      [
        [HEAD[0] + 0.1 + i * 0.02, 0.33, HEAD[2] - 0.13],
        [HEAD[0] + 0.2, 0.12, HEAD[2] - 0.2],
        [HEAD[0] + 0.38, 0.02, RACK[2] - 0.2 + i * 0.03],
        [sideX - 0.12, 0.03, RACK[2] - 0.22 + i * 0.03],
        [sideX - 0.02, 0.2 + i * 0.04, RACK[2] - 0.22 + i * 0.03],
        [sideX - 0.002, 0.25 + i * 0.04, RACK[2] - 0.22 + i * 0.03],
      ],
      0.007,
      32,
      6,
      0,
    );
  });
}

/** Atom-interferometry absolute gravimeter: sensor head on a levelling tripod, laser & electronics rack, laptop. */
export function buildGravimeter(): Group {
  const p = palette();
  const root = new Group();
  const head = group(root, 'sensor-head', HEAD);
  tripod(head, p);
  chamber(head, p);
  shield(head, p);
  const { laserY, electronicsY, frontZ } = rack(root, p);
  laptop(root, p);
  cables(root, p, laserY, frontZ);

  hotspot(root, 'quantum-gravimeter', [HEAD[0], 1.48, HEAD[2]]);
  hotspot(root, 'vacuum-tube', [HEAD[0], 0.96, HEAD[2] + 0.125]);
  hotspot(root, 'laser-system', [RACK[0], laserY, RACK[2] + frontZ + 0.01]);
  hotspot(root, 'electronics-unit', [RACK[0], electronicsY, RACK[2] + frontZ + 0.01]);
  return root;
}
