import { Group, Shape } from 'three';
import type { Object3D } from 'three';
import { palette } from './materials';
import type { Palette } from './materials';
import { box, cyl, extrude, group, hotspot, lathe, part, rbox, ring, rod, slab, sphere, tube } from './geom';
import type { V3 } from './geom';

/** Cabinet floor centre and control desk floor centre. */
const CAB: V3 = [-0.55, 0, -0.05];
const DESK: V3 = [1.22, 0, 0.02];
/** Height of the X-ray beam axis (cabinet local). */
const BEAM_Y = 1.05;

/** Equilateral triangle (point up) of side s, centred on its centroid. */
function triangle(s: number): Shape {
  const h = (s * Math.sqrt(3)) / 2;
  const t = new Shape();
  t.moveTo(-s / 2, -h / 3);
  t.lineTo(s / 2, -h / 3);
  t.lineTo(0, (2 * h) / 3);
  t.closePath();
  return t;
}

/** Annular sector between radii r1 < r2 from angle a0 to a1. */
function sector(r1: number, r2: number, a0: number, a1: number): Shape {
  const s = new Shape();
  s.moveTo(Math.cos(a0) * r1, Math.sin(a0) * r1);
  s.absarc(0, 0, r2, a0, a1, false);
  s.absarc(0, 0, r1, a1, a0, true);
  s.closePath();
  return s;
}

/** Ionising radiation warning sign (yellow triangle, black border and trefoil), facing +z. */
function radiationSign(parent: Object3D, p: Palette, pos: V3, side: number): void {
  const g = group(parent, '', pos);
  extrude(g, p.plastic, triangle(side), 0.003, [0, 0, 0]);
  extrude(g, p.warningYellow, triangle(side * 0.84), 0.003, [0, 0, 0.002]);
  const k = side / 0.3;
  const c: V3 = [0, -0.012 * k, 0.004];
  cyl(g, p.plastic, 0.012 * k, 0.003, c, { axis: 'z', seg: 16 });
  for (const deg of [270, 30, 150]) {
    const a = (deg * Math.PI) / 180;
    extrude(
      g,
      p.plastic,
      sector(0.02 * k, 0.055 * k, a - Math.PI / 6, a + Math.PI / 6),
      0.003,
      [c[0], c[1], 0.003],
      undefined,
      8,
    );
  }
}

function shell(cab: Object3D, p: Palette): void {
  // Plinth and lead-lined walls.
  slab(cab, p.anthracite, [-1.17, 0, -0.77], [1.17, 0.1, 0.77]);
  slab(cab, p.whitePaint, [-1.2, 0.1, -0.8], [1.2, 2.0, -0.7]);
  slab(cab, p.whitePaint, [-1.2, 0.1, -0.7], [-1.1, 2.0, 0.7]);
  slab(cab, p.whitePaint, [1.1, 0.1, -0.7], [1.2, 2.0, 0.7]);
  rbox(cab, p.whitePaint, [2.42, 0.1, 1.62], [0, 2.05, 0], 0.02);
  slab(cab, p.interior, [-1.1, 0.1, -0.7], [1.1, 0.25, 0.7]);
  slab(cab, p.interior, [-1.1, 0.25, -0.7], [1.1, 2.0, -0.69]);
  slab(cab, p.interior, [-1.1, 0.25, -0.69], [-1.09, 2.0, 0.7]);
  slab(cab, p.interior, [1.09, 0.25, -0.69], [1.1, 2.0, 0.7]);
  slab(cab, p.interior, [-1.1, 1.99, -0.7], [1.1, 2.0, 0.7]);
  // Front wall around the door opening.
  slab(cab, p.whitePaint, [-1.2, 0.1, 0.7], [-0.72, 2.0, 0.8]);
  slab(cab, p.whitePaint, [0.72, 0.1, 0.7], [1.2, 2.0, 0.8]);
  slab(cab, p.whitePaint, [-0.72, 0.1, 0.7], [0.72, 0.45, 0.8]);
  slab(cab, p.whitePaint, [-0.72, 1.85, 0.7], [0.72, 2.0, 0.8]);
  // Accent band along the top and a dark kick strip.
  slab(cab, p.accentBlue, [-1.205, 1.88, 0.8], [1.205, 1.93, 0.805]);
  slab(cab, p.accentBlue, [1.2, 1.88, -0.8], [1.205, 1.93, 0.8]);
  slab(cab, p.accentBlue, [-1.205, 1.88, -0.8], [-1.2, 1.93, 0.8]);
  // Ventilation grille on the left side.
  for (let i = 0; i < 8; i++)
    slab(cab, p.anthracite, [-1.205, 1.35 + i * 0.05, -0.4], [-1.2, 1.37 + i * 0.05, 0.1]);
  // Interior light strip.
  slab(cab, p.lightStrip, [-0.95, 1.975, 0.5], [0.95, 1.99, 0.56]);
  // HV generator / cooling unit on the roof, back left.
  rbox(cab, p.greyPaint, [0.6, 0.18, 0.45], [-0.6, 2.19, -0.42], 0.015);
  for (let i = 0; i < 5; i++)
    slab(cab, p.anthracite, [-0.8, 2.13 + i * 0.025, -0.195], [-0.4, 2.14 + i * 0.025, -0.19]);
}

function door(cab: Object3D, p: Palette): void {
  const d = group(cab, 'sliding-door');
  const z0 = 0.8;
  const z1 = 0.86;
  const x = 0.82;
  const wx = 0.66;
  const wy0 = 0.8;
  const wy1 = 1.72;
  slab(d, p.whitePaint, [-x, 0.4, z0], [-wx, 1.9, z1]);
  slab(d, p.whitePaint, [wx, 0.4, z0], [x, 1.9, z1]);
  slab(d, p.whitePaint, [-wx, 0.4, z0], [wx, wy0, z1]);
  slab(d, p.whitePaint, [-wx, wy1, z0], [wx, 1.9, z1]);
  // Leaded glass, set in a dark gasket frame.
  slab(d, p.leadGlass, [-wx, wy0, z0 + 0.015], [wx, wy1, z0 + 0.045]);
  const t = 0.02;
  slab(d, p.anthracite, [-wx, wy0, z1], [wx, wy0 + t, z1 + 0.004]);
  slab(d, p.anthracite, [-wx, wy1 - t, z1], [wx, wy1, z1 + 0.004]);
  slab(d, p.anthracite, [-wx, wy0, z1], [-wx + t, wy1, z1 + 0.004]);
  slab(d, p.anthracite, [wx - t, wy0, z1], [wx, wy1, z1 + 0.004]);
  // Handle bar.
  rod(d, p.stainless, 0.014, [0.74, 0.95, z1 + 0.05], [0.74, 1.45, z1 + 0.05], 16);
  for (const y of [0.97, 1.43]) rod(d, p.stainless, 0.01, [0.74, y, z1], [0.74, y, z1 + 0.05], 10);
  radiationSign(d, p, [0, 0.6, z1], 0.26);
  // Rails the door slides on.
  slab(cab, p.anthracite, [-0.86, 1.9, z0], [1.2, 1.97, z1 + 0.02]);
  slab(cab, p.anthracite, [-0.86, 0.36, z0], [1.2, 0.4, z1 + 0.01]);
}

function controlPanel(cab: Object3D, p: Palette): void {
  const z = 0.8;
  slab(cab, p.anthracite, [0.88, 1.0, z], [1.14, 1.55, z + 0.02]);
  // Emergency stop.
  cyl(cab, p.warningYellow, 0.045, 0.01, [1.01, 1.45, z + 0.025], { axis: 'z', seg: 24 });
  cyl(cab, p.red, 0.026, 0.025, [1.01, 1.45, z + 0.04], { axis: 'z', seg: 20 });
  cyl(cab, p.red, 0.034, 0.014, [1.01, 1.45, z + 0.058], { axis: 'z', seg: 20 });
  // Key switch, start button and indicator lamps.
  cyl(cab, p.stainless, 0.018, 0.012, [0.95, 1.3, z + 0.026], { axis: 'z', seg: 16 });
  box(cab, p.plastic, [0.004, 0.018, 0.006], [0.95, 1.3, z + 0.034]);
  cyl(cab, p.ledGreen, 0.016, 0.012, [1.07, 1.3, z + 0.026], { axis: 'z', seg: 16 });
  cyl(cab, p.warningLamp, 0.016, 0.012, [0.95, 1.18, z + 0.026], { axis: 'z', seg: 16 });
  cyl(cab, p.ledAmber, 0.016, 0.012, [1.07, 1.18, z + 0.026], { axis: 'z', seg: 16 });
  box(cab, p.screen, [0.2, 0.09, 0.004], [1.01, 1.07, z + 0.022]);
}

function warningLamp(cab: Object3D, p: Palette): void {
  const x = 0.95;
  const z = 0.5;
  cyl(cab, p.anthracite, 0.075, 0.04, [x, 2.12, z], { seg: 24 });
  cyl(cab, p.warningLamp, 0.07, 0.14, [x, 2.21, z], { seg: 24 });
  ring(cab, p.anthracite, 0.071, 0.005, [x, 2.21, z], 'y', 24);
  cyl(cab, p.anthracite, 0.073, 0.015, [x, 2.2875, z], { seg: 24 });
}

function xraySource(cab: Object3D, p: Palette): void {
  // Pedestal and saddles.
  slab(cab, p.darkPaint, [-0.88, 0.55, -0.16], [-0.5, 0.86, 0.16]);
  for (const x of [-0.8, -0.58]) slab(cab, p.anthracite, [x - 0.03, 0.86, -0.1], [x + 0.03, 0.95, 0.1]);
  // Tube housing along +x with cooling fins, warning band and the cone to the exit window.
  cyl(cab, p.panelSilver, 0.13, 0.46, [-0.69, BEAM_Y, 0], { axis: 'x', seg: 40 });
  for (const x of [-0.86, -0.82, -0.78, -0.74])
    cyl(cab, p.anthracite, 0.142, 0.012, [x, BEAM_Y, 0], { axis: 'x', seg: 40 });
  cyl(cab, p.warningYellow, 0.133, 0.04, [-0.56, BEAM_Y, 0], { axis: 'x', seg: 40 });
  cyl(cab, p.anthracite, 0.135, 0.02, [-0.47, BEAM_Y, 0], { axis: 'x', seg: 40 });
  cyl(cab, p.panelSilver, 0.13, 0.11, [-0.405, BEAM_Y, 0], { axis: 'x', rTop: 0.05, seg: 40 });
  cyl(cab, p.stainless, 0.03, 0.03, [-0.335, BEAM_Y, 0], { axis: 'x', seg: 20 });
  cyl(cab, p.brass, 0.018, 0.004, [-0.318, BEAM_Y, 0], { axis: 'x', seg: 16 });
  // HV connector, HV cable and cooling hoses up through the roof.
  cyl(cab, p.anthracite, 0.07, 0.08, [-0.96, BEAM_Y, 0], { axis: 'x', seg: 24 });
  cyl(cab, p.anthracite, 0.04, 0.05, [-1.02, BEAM_Y, 0], { axis: 'x', seg: 16 });
  tube(
    cab,
    p.cableBlack,
    [
      [-1.04, BEAM_Y, 0],
      [-1.06, BEAM_Y + 0.15, -0.05],
      [-1.0, 1.6, -0.3],
      [-0.8, 1.99, -0.42],
    ],
    0.022,
    40,
    10,
  );
  tube(
    cab,
    p.cableBlue,
    [
      [-0.8, BEAM_Y + 0.13, 0.04],
      [-0.85, 1.4, 0.0],
      [-0.75, 1.99, -0.35],
    ],
    0.008,
    32,
    6,
  );
  tube(
    cab,
    p.red,
    [
      [-0.76, BEAM_Y + 0.13, 0.04],
      [-0.8, 1.4, 0.0],
      [-0.7, 1.99, -0.35],
    ],
    0.008,
    32,
    6,
  );
}

function manipulator(cab: Object3D, p: Palette): void {
  // Granite base with the magnification axis rails.
  slab(cab, p.granite, [-1.0, 0.25, -0.45], [1.0, 0.55, 0.45]);
  for (const z of [-0.15, 0.15]) slab(cab, p.stainless, [-0.42, 0.55, z - 0.015], [0.42, 0.58, z + 0.015]);
  slab(cab, p.anthracite, [-0.2, 0.58, -0.22], [0.2, 0.66, 0.22]);
  // Lift with bellows, and the rotary table body.
  slab(cab, p.darkPaint, [-0.13, 0.66, -0.13], [0.13, 0.78, 0.13]);
  for (let i = 0; i < 3; i++)
    slab(cab, p.rubber, [-0.12, 0.785 + i * 0.015, -0.12], [0.12, 0.795 + i * 0.015, 0.12]);
  cyl(cab, p.blackAnodised, 0.17, 0.05, [0, 0.855, 0], { seg: 48 });

  const stage = part(cab, 'rotary-stage', [0, 0.88, 0]);
  cyl(stage, p.stainless, 0.16, 0.03, [0, 0.015, 0], { seg: 48 });
  for (const rot of [0, Math.PI / 2])
    box(stage, p.anthracite, [0.28, 0.003, 0.012], [0, 0.031, 0], [0, rot, 0]);
  ring(stage, p.anthracite, 0.12, 0.002, [0, 0.031, 0], 'y', 48);

  // Cast aluminium pump housing: flange, body, neck, side ports, ribs and bolt bosses.
  const spec = part(stage, 'specimen', [0, 0.032, 0]);
  lathe(
    spec,
    p.castAluminium,
    [
      [0.0, 0.0],
      [0.11, 0.0],
      [0.11, 0.02],
      [0.088, 0.025],
      [0.094, 0.07],
      [0.088, 0.13],
      [0.07, 0.17],
      [0.05, 0.19],
      [0.05, 0.215],
      [0.068, 0.215],
      [0.068, 0.235],
      [0.0, 0.235],
    ],
    [0, 0, 0],
    { seg: 40 },
  );
  for (let k = 0; k < 4; k++) {
    const a = Math.PI / 4 + (k * Math.PI) / 2;
    cyl(spec, p.castAluminium, 0.016, 0.03, [Math.sin(a) * 0.098, 0.015, Math.cos(a) * 0.098], { seg: 12 });
    const rib = group(spec, '', [0, 0, 0], [0, a, 0]);
    box(rib, p.castAluminium, [0.012, 0.09, 0.03], [0, 0.065, 0.095]);
  }
  cyl(spec, p.castAluminium, 0.035, 0.07, [0.1, 0.1, 0], { axis: 'x', seg: 24 });
  cyl(spec, p.castAluminium, 0.045, 0.012, [0.14, 0.1, 0], { axis: 'x', seg: 24 });
  cyl(spec, p.castAluminium, 0.028, 0.06, [0, 0.09, 0.1], { axis: 'z', seg: 24 });
  cyl(spec, p.castAluminium, 0.038, 0.012, [0, 0.09, 0.132], { axis: 'z', seg: 24 });
}

function detector(cab: Object3D, p: Palette): void {
  // Vertical gantry post with guides.
  slab(cab, p.darkPaint, [0.6, 0.55, -0.09], [0.74, 1.75, 0.09]);
  for (const z of [-0.06, 0.06]) slab(cab, p.stainless, [0.585, 0.6, z - 0.012], [0.6, 1.7, z + 0.012]);
  slab(cab, p.anthracite, [0.56, BEAM_Y - 0.12, -0.1], [0.59, BEAM_Y + 0.12, 0.1]);
  // Flat panel detector facing the source (-x).
  rbox(cab, p.anthracite, [0.07, 0.5, 0.5], [0.525, BEAM_Y, 0], 0.012);
  slab(cab, p.detectorFace, [0.487, BEAM_Y - 0.2, -0.2], [0.491, BEAM_Y + 0.2, 0.2]);
  slab(cab, p.accentBlue, [0.49, BEAM_Y + 0.215, -0.2], [0.491, BEAM_Y + 0.23, 0.2]);
  tube(
    cab,
    p.cableBlack,
    [
      [0.56, BEAM_Y + 0.2, -0.1],
      [0.62, BEAM_Y + 0.35, -0.2],
      [0.7, 1.99, -0.35],
    ],
    0.01,
    32,
    8,
  );
}

function desk(root: Object3D, p: Palette): void {
  const d = group(root, 'control-desk', DESK);
  slab(d, p.benchTop, [-0.475, 0.72, -0.35], [0.475, 0.75, 0.35]);
  slab(d, p.anthracite, [-0.46, 0, -0.33], [-0.43, 0.72, 0.33]);
  slab(d, p.anthracite, [0.43, 0, -0.33], [0.46, 0.72, 0.33]);
  slab(d, p.anthracite, [-0.43, 0.3, -0.33], [0.43, 0.7, -0.31]);
  // PC under the desk.
  slab(d, p.anthracite, [0.18, 0.0, -0.25], [0.38, 0.44, 0.2]);
  cyl(d, p.ledBlue, 0.006, 0.004, [0.28, 0.4, 0.2], { axis: 'z', seg: 10 });
  // Two monitors: a CT slice and a 3D view.
  for (const side of [-1, 1]) {
    const m = group(d, '', [side * 0.24, 0.75, -0.17], [0, -side * 0.18, 0]);
    rbox(m, p.plastic, [0.24, 0.014, 0.17], [0, 0.007, 0], 0.005);
    box(m, p.plastic, [0.05, 0.22, 0.025], [0, 0.12, -0.04]);
    rbox(m, p.plastic, [0.62, 0.37, 0.04], [0, 0.33, -0.01], 0.008);
    box(m, p.screen, [0.596, 0.336, 0.002], [0, 0.33, 0.011]);
    if (side < 0) {
      cyl(m, p.screenImage, 0.12, 0.002, [0, 0.33, 0.0125], { axis: 'z', seg: 40 });
      cyl(m, p.screen, 0.085, 0.002, [0, 0.33, 0.0135], { axis: 'z', seg: 40 });
      for (let k = 0; k < 4; k++) {
        const a = Math.PI / 4 + (k * Math.PI) / 2;
        cyl(m, p.screen, 0.01, 0.002, [Math.cos(a) * 0.105, 0.33 + Math.sin(a) * 0.105, 0.0135], {
          axis: 'z',
          seg: 10,
        });
      }
    } else {
      for (let k = 0; k < 3; k++)
        slab(m, p.screenImage, [-0.27, 0.2 + k * 0.09, 0.012], [-0.08, 0.27 + k * 0.09, 0.014]);
      cyl(m, p.screenImage, 0.09, 0.002, [0.1, 0.33, 0.0125], { axis: 'z', seg: 6 });
    }
  }
  // Keyboard, mouse and the manipulator joystick box.
  rbox(d, p.plastic, [0.44, 0.02, 0.14], [-0.02, 0.76, 0.14], 0.005);
  rbox(d, p.plastic, [0.06, 0.03, 0.1], [0.28, 0.765, 0.15], 0.012);
  rbox(d, p.darkPaint, [0.16, 0.05, 0.12], [-0.35, 0.775, 0.12], 0.008);
  rod(d, p.plastic, 0.006, [-0.37, 0.8, 0.12], [-0.37, 0.86, 0.12], 8);
  sphere(d, p.red, 0.016, [-0.37, 0.87, 0.12], Math.PI, 12);
  cyl(d, p.ledGreen, 0.008, 0.006, [-0.31, 0.802, 0.15], { seg: 10 });
}

/** Industrial CT: lead-shielded cabinet with a leaded-glass sliding door, source, stage, detector and a desk. */
export function buildCt(): Group {
  const p = palette();
  const root = new Group();
  const cab = group(root, 'cabinet', CAB);
  shell(cab, p);
  door(cab, p);
  controlPanel(cab, p);
  warningLamp(cab, p);
  xraySource(cab, p);
  manipulator(cab, p);
  detector(cab, p);
  desk(root, p);

  const at = (x: number, y: number, z: number): V3 => [CAB[0] + x, CAB[1] + y, CAB[2] + z];
  hotspot(root, 'industrial-ct', at(0, 2.12, 0.4));
  hotspot(root, 'xray-source', at(-0.4, BEAM_Y, 0));
  hotspot(root, 'rotary-stage', at(0, 0.91, 0));
  hotspot(root, 'flat-panel-detector', at(0.487, BEAM_Y, 0));
  return root;
}
