import {
  BoxGeometry,
  CatmullRomCurve3,
  CylinderGeometry,
  Euler,
  ExtrudeGeometry,
  Group,
  LatheGeometry,
  Mesh,
  Object3D,
  Quaternion,
  Shape,
  SphereGeometry,
  TorusGeometry,
  TubeGeometry,
  Vector2,
  Vector3,
} from 'three';
import type { BufferGeometry, Material } from 'three';
import { RoundedBoxGeometry } from 'three/examples/jsm/geometries/RoundedBoxGeometry.js';

/** A point or size in metres: x (right), y (up), z (towards the visitor). */
export type V3 = readonly [number, number, number];
/** The axis a round part runs along. */
export type Axis = 'x' | 'y' | 'z';

const AXIS_ROT: Record<Axis, V3> = { x: [0, 0, -Math.PI / 2], y: [0, 0, 0], z: [Math.PI / 2, 0, 0] };

function put<T extends Object3D>(parent: Object3D, o: T, pos: V3, rot: V3 = [0, 0, 0]): T {
  o.position.set(pos[0], pos[1], pos[2]);
  o.rotation.set(rot[0], rot[1], rot[2]);
  parent.add(o);
  return o;
}

function addMesh(parent: Object3D, geo: BufferGeometry, mat: Material, pos: V3, rot?: V3): Mesh {
  return put(parent, new Mesh(geo, mat), pos, rot);
}

/** A named empty group, for assemblies placed as one. */
export function group(parent: Object3D, name: string, pos: V3 = [0, 0, 0], rot: V3 = [0, 0, 0]): Group {
  const g = new Group();
  g.name = name;
  return put(parent, g, pos, rot);
}

/** An empty hotspot anchor `hotspot:<id>` (also tagged in userData for the app). */
export function hotspot(parent: Object3D, id: string, pos: V3): Object3D {
  const o = new Object3D();
  o.name = `hotspot:${id}`;
  o.userData = { hotspot: id };
  return put(parent, o, pos);
}

/** A named moving part `part:<id>`; its origin is its pivot. */
export function part(parent: Object3D, id: string, pos: V3, rot: V3 = [0, 0, 0]): Group {
  const g = group(parent, `part:${id}`, pos, rot);
  g.userData = { part: id };
  return g;
}

/** A box centred at pos. */
export function box(parent: Object3D, mat: Material, size: V3, pos: V3, rot?: V3): Mesh {
  return addMesh(parent, new BoxGeometry(size[0], size[1], size[2]), mat, pos, rot);
}

/** An axis-aligned box between two corners. */
export function slab(parent: Object3D, mat: Material, min: V3, max: V3): Mesh {
  const size: V3 = [max[0] - min[0], max[1] - min[1], max[2] - min[2]];
  const c: V3 = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2];
  return box(parent, mat, size, c);
}

/** A box with rounded edges, centred at pos. */
export function rbox(parent: Object3D, mat: Material, size: V3, pos: V3, radius: number, rot?: V3): Mesh {
  return addMesh(parent, new RoundedBoxGeometry(size[0], size[1], size[2], 2, radius), mat, pos, rot);
}

/** A cylinder (or cone frustum) centred at pos, running along an axis; rTop is at the +axis end. */
export function cyl(
  parent: Object3D,
  mat: Material,
  r: number,
  h: number,
  pos: V3,
  opts: { axis?: Axis; rTop?: number; seg?: number; open?: boolean; rot?: V3 } = {},
): Mesh {
  const geo = new CylinderGeometry(opts.rTop ?? r, r, h, opts.seg ?? 24, 1, opts.open ?? false);
  const m = addMesh(parent, geo, mat, pos, AXIS_ROT[opts.axis ?? 'y']);
  if (opts.rot) m.quaternion.premultiply(new Quaternion().setFromEuler(new Euler(...opts.rot)));
  return m;
}

/** A cylinder from point a to point b. */
export function rod(parent: Object3D, mat: Material, r: number, a: V3, b: V3, seg = 12): Mesh {
  const va = new Vector3(...a);
  const vb = new Vector3(...b);
  const dir = vb.clone().sub(va);
  const m = new Mesh(new CylinderGeometry(r, r, dir.length(), seg), mat);
  m.position.copy(va.add(vb).multiplyScalar(0.5));
  m.quaternion.setFromUnitVectors(new Vector3(0, 1, 0), dir.normalize());
  parent.add(m);
  return m;
}

/** A ring (torus) around an axis. */
export function ring(
  parent: Object3D,
  mat: Material,
  R: number,
  r: number,
  pos: V3,
  axis: Axis = 'y',
  seg = 32,
): Mesh {
  const rot: Record<Axis, V3> = { x: [0, Math.PI / 2, 0], y: [Math.PI / 2, 0, 0], z: [0, 0, 0] };
  return addMesh(parent, new TorusGeometry(R, r, 8, seg), mat, pos, rot[axis]);
}

/** A solid of revolution about the y axis from [radius, y] pairs (bottom to top, outside is to the right). */
export function lathe(
  parent: Object3D,
  mat: Material,
  profile: readonly (readonly [number, number])[],
  pos: V3,
  opts: { seg?: number; axis?: Axis } = {},
): Mesh {
  // Lathe faces point outward when the profile runs from bottom to top.
  const pts = profile.map(([r, y]) => new Vector2(r, y));
  return addMesh(parent, new LatheGeometry(pts, opts.seg ?? 32), mat, pos, AXIS_ROT[opts.axis ?? 'y']);
}

/** A flat shape extruded along +z by depth, placed at pos with rotation rot. */
export function extrude(
  parent: Object3D,
  mat: Material,
  shape: Shape,
  depth: number,
  pos: V3,
  rot?: V3,
  curveSeg = 12,
): Mesh {
  const geo = new ExtrudeGeometry(shape, { depth, bevelEnabled: false, curveSegments: curveSeg });
  return addMesh(parent, geo, mat, pos, rot);
}

/** A cable or hose through the given points; vertices below minY (a floor) are lifted onto it. */
export function tube(
  parent: Object3D,
  mat: Material,
  points: readonly V3[],
  r: number,
  seg = 48,
  radial = 8,
  minY = -Infinity,
): Mesh {
  const curve = new CatmullRomCurve3(
    points.map((p) => new Vector3(...p)),
    false,
    'centripetal',
  );
  const geo = new TubeGeometry(curve, seg, r, radial, false);
  const pos = geo.getAttribute('position');
  for (let i = 0; i < pos.count; i++) if (pos.getY(i) < minY) pos.setY(i, minY);
  return addMesh(parent, geo, mat, [0, 0, 0]);
}

/** A sphere (or a cap of one: thetaLength < PI) centred at pos. */
export function sphere(
  parent: Object3D,
  mat: Material,
  r: number,
  pos: V3,
  thetaLength = Math.PI,
  seg = 20,
): Mesh {
  const geo = new SphereGeometry(r, seg, Math.max(4, Math.round(seg / 2)), 0, Math.PI * 2, 0, thetaLength);
  return addMesh(parent, geo, mat, pos);
}

/** A rectangle shape with rounded corners centred on the origin. */
export function roundedRect(w: number, h: number, r: number): Shape {
  const s = new Shape();
  const x = -w / 2;
  const y = -h / 2;
  s.moveTo(x + r, y);
  s.lineTo(x + w - r, y);
  s.quadraticCurveTo(x + w, y, x + w, y + r);
  s.lineTo(x + w, y + h - r);
  s.quadraticCurveTo(x + w, y + h, x + w - r, y + h);
  s.lineTo(x + r, y + h);
  s.quadraticCurveTo(x, y + h, x, y + h - r);
  s.lineTo(x, y + r);
  s.quadraticCurveTo(x, y, x + r, y);
  return s;
}

/** n copies of fn(i, angle) around a circle. */
export function around(n: number, fn: (i: number, angle: number) => void, phase = 0): void {
  for (let i = 0; i < n; i++) fn(i, phase + (i / n) * Math.PI * 2);
}
