import { BoxGeometry, Color, CylinderGeometry, Float32BufferAttribute, Quaternion, Vector3 } from 'three';
import type { BufferGeometry } from 'three';
import { mergeParts } from '../../hall/buildGeometry';

/**
 * Vertex colours of the parts of the generic instruments. `body` is white so that the per-instance
 * colour shows through as the paint; the others are dark or fixed enough to survive being multiplied
 * by the (light) instance palette.
 */
export const tone = {
  body: '#ffffff',
  dark: '#2c3138',
  metal: '#a9b0b7',
  granite: '#45474b',
  screen: '#24506e',
  glass: '#b9d2dc',
  window: '#3e5a66',
  worktop: '#d6cfbf',
  led: '#e0442f',
  card: '#b08a5a',
  ruby: '#b3261e',
} as const;

/** A colour name from `tone`. */
export type Tone = keyof typeof tone;

function paint(g: BufferGeometry, t: Tone): BufferGeometry {
  const c = new Color(tone[t]);
  const n = g.getAttribute('position').count;
  const rgb = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) rgb.set([c.r, c.g, c.b], i * 3);
  g.setAttribute('color', new Float32BufferAttribute(rgb, 3));
  return g;
}

/** A box from its extents, metres (x across, y up, z towards the front). */
export function box(
  x0: number,
  x1: number,
  y0: number,
  y1: number,
  z0: number,
  z1: number,
  t: Tone,
): BufferGeometry {
  const g = new BoxGeometry(x1 - x0, y1 - y0, z1 - z0);
  g.translate((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2);
  return paint(g, t);
}

/** Radial segments of the instruments' round parts: few, there are thousands of them. */
const segments = 12;

/** A cylinder between two points, metres. */
export function rod(a: readonly number[], b: readonly number[], radius: number, t: Tone): BufferGeometry {
  const from = new Vector3(a[0], a[1], a[2]);
  const to = new Vector3(b[0], b[1], b[2]);
  const dir = to.clone().sub(from);
  const g = new CylinderGeometry(radius, radius, dir.length(), segments);
  g.applyQuaternion(new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), dir.normalize()));
  const mid = from.add(to).multiplyScalar(0.5);
  g.translate(mid.x, mid.y, mid.z);
  return paint(g, t);
}

/** A vertical cylinder standing at (x, z) from y0 to y1. */
export function post(x: number, z: number, y0: number, y1: number, radius: number, t: Tone): BufferGeometry {
  return rod([x, y0, z], [x, y1, z], radius, t);
}

/** A round face looking towards the front (+z), such as a dial, from z0 to z1. */
export function dial(x: number, y: number, z0: number, z1: number, radius: number, t: Tone): BufferGeometry {
  return rod([x, y, z0], [x, y, z1], radius, t);
}

/** Merges parts into one geometry (one draw call per instanced kind) and frees the parts. */
export function merge(parts: BufferGeometry[]): BufferGeometry {
  const g = mergeParts(parts, 'instrument parts');
  g.computeBoundingBox();
  g.computeBoundingSphere();
  return g;
}
