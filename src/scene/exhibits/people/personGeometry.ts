import { BoxGeometry, Color, Float32BufferAttribute, IcosahedronGeometry, Matrix4, Vector3 } from 'three';
import type { BufferGeometry, MeshStandardMaterial } from 'three';
import type { PersonPose } from '../../../layout/crowd';
import { mergeParts } from '../../hall/buildGeometry';

/** Height of the models at scale 1, metres (an instance's scale is its person's height over this). */
export const modelHeightM = 1.72;

/** Fixed colours of the parts the clothing colour does not paint. */
const tones = {
  skin: '#c99a78',
  hair: '#1f1b18',
  shoes: '#16181b',
  trousers: { standing: '#2d3442', walking: '#3a3d44', looking: '#4b4336', exhibitor: '#1e2126' },
} as const;

/** A pose as joint angles, degrees: legs and arms swing forward (+) or back, elbows bend, the body leans. */
interface Joints {
  legs: [number, number];
  arms: [number, number];
  elbows: [number, number];
  /** Arms out from the body (each side). */
  spread: number;
  lean: number;
  nod: number;
}

const poses: Record<PersonPose, Joints> = {
  standing: { legs: [0, 0], arms: [4, -3], elbows: [12, 10], spread: 7, lean: 0, nod: 0 },
  walking: { legs: [22, -20], arms: [-20, 22], elbows: [20, 25], spread: 5, lean: 3, nod: 0 },
  looking: { legs: [4, -2], arms: [-18, -16], elbows: [75, 70], spread: 9, lean: 7, nod: 16 },
  exhibitor: { legs: [0, 0], arms: [28, 22], elbows: [70, 78], spread: 8, lean: 2, nod: 4 },
};

const deg = Math.PI / 180;
const m4 = () => new Matrix4();

/** A part: a box or a ball of a size, coloured, painted by the clothing colour or not, placed by a matrix. */
function part(g: BufferGeometry, at: Matrix4, color: string, paint: boolean): BufferGeometry {
  g.deleteAttribute('uv');
  g.applyMatrix4(at);
  // Balls come unindexed, boxes indexed; merging needs one kind.
  if (!g.index) g.setIndex(Array.from({ length: g.getAttribute('position').count }, (_, i) => i));
  const c = new Color(color);
  const n = g.getAttribute('position').count;
  const rgb = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) rgb.set([c.r, c.g, c.b], i * 3);
  g.setAttribute('color', new Float32BufferAttribute(rgb, 3));
  g.setAttribute('paint', new Float32BufferAttribute(new Array<number>(n).fill(paint ? 1 : 0), 1));
  return g;
}

/** A box of size (x, y, z) hanging below the origin of frame `m` (its top at the joint), shifted by dz. */
const hanging = (m: Matrix4, x: number, y: number, z: number, color: string, paint: boolean, dz = 0) =>
  part(new BoxGeometry(x, y, z), m4().multiplyMatrices(m, m4().makeTranslation(0, -y / 2, dz)), color, paint);

/**
 * A low-poly person in a pose (about 240 triangles), feet on the origin, facing +z, modelHeightM tall.
 * Parts the clothing colour paints carry `paint` = 1 (see paintByInstance).
 */
export function personGeometry(pose: PersonPose): BufferGeometry {
  const j = poses[pose];
  const trousers = tones.trousers[pose];
  const parts: BufferGeometry[] = [];
  const hipY = 0.92;
  // Legs from the hips, each with its shoe; a leg swung forward turns its foot towards +z.
  [-1, 1].forEach((side, i) => {
    const hip = m4()
      .makeTranslation(side * 0.095, hipY, 0)
      .multiply(m4().makeRotationX(-j.legs[i]! * deg));
    parts.push(hanging(hip, 0.13, 0.86, 0.15, trousers, false));
    parts.push(
      part(
        new BoxGeometry(0.11, 0.07, 0.25),
        m4().multiplyMatrices(hip, m4().makeTranslation(0, -0.885, 0.04)),
        tones.shoes,
        false,
      ),
    );
  });
  // Everything above the hips leans forward about them.
  const upper = m4()
    .makeTranslation(0, hipY, 0)
    .multiply(m4().makeRotationX(j.lean * deg))
    .multiply(m4().makeTranslation(0, -hipY, 0));
  parts.push(
    part(
      new BoxGeometry(0.33, 0.17, 0.2),
      m4().multiplyMatrices(upper, m4().makeTranslation(0, 0.92, 0)),
      trousers,
      false,
    ),
  );
  // The torso widens to the shoulders.
  const torso = new BoxGeometry(0.36, 0.5, 0.21, 1, 1, 1);
  const pos = torso.getAttribute('position');
  for (let v = 0; v < pos.count; v++) if (pos.getY(v) > 0) pos.setX(v, pos.getX(v) * 1.17);
  parts.push(part(torso, m4().multiplyMatrices(upper, m4().makeTranslation(0, 1.24, 0)), '#ffffff', true));
  parts.push(
    part(
      new BoxGeometry(0.08, 0.09, 0.08),
      m4().multiplyMatrices(upper, m4().makeTranslation(0, 1.525, 0)),
      tones.skin,
      false,
    ),
  );
  const neck = m4()
    .multiplyMatrices(upper, m4().makeTranslation(0, 1.55, 0))
    .multiply(m4().makeRotationX(j.nod * deg));
  parts.push(
    part(
      new IcosahedronGeometry(0.105, 0),
      m4().multiplyMatrices(
        neck,
        m4()
          .makeTranslation(0, 0.07, 0.005)
          .scale(new Vector3(0.95, 1.12, 1)),
      ),
      tones.skin,
      false,
    ),
  );
  parts.push(
    part(
      new IcosahedronGeometry(0.11, 0),
      m4().multiplyMatrices(
        neck,
        m4()
          .makeTranslation(0, 0.105, -0.018)
          .scale(new Vector3(1.02, 0.78, 1.05)),
      ),
      tones.hair,
      false,
    ),
  );
  // Arms from the shoulders: upper arm and forearm in the clothing colour, then the hand.
  [-1, 1].forEach((side, i) => {
    const shoulder = m4()
      .multiplyMatrices(upper, m4().makeTranslation(side * 0.235, 1.46, 0))
      .multiply(m4().makeRotationZ(side * j.spread * deg))
      .multiply(m4().makeRotationX(-j.arms[i]! * deg));
    parts.push(hanging(shoulder, 0.09, 0.3, 0.1, '#ffffff', true));
    const elbow = m4()
      .multiplyMatrices(shoulder, m4().makeTranslation(0, -0.3, 0))
      .multiply(m4().makeRotationX(-j.elbows[i]! * deg));
    parts.push(hanging(elbow, 0.08, 0.25, 0.09, '#ffffff', true));
    parts.push(
      hanging(
        m4().multiplyMatrices(elbow, m4().makeTranslation(0, -0.25, 0)),
        0.07,
        0.09,
        0.045,
        tones.skin,
        false,
      ),
    );
  });
  return mergeParts(parts, `person (${pose})`);
}

/** The stand-in drawn beyond the near distance: legs, body and head as three boxes (36 triangles), any pose. */
export function farPersonGeometry(): BufferGeometry {
  const at = (y: number) => m4().makeTranslation(0, y, 0);
  return mergeParts(
    [
      part(new BoxGeometry(0.3, 0.9, 0.17), at(0.45), tones.trousers.standing, false),
      part(new BoxGeometry(0.42, 0.58, 0.22), at(1.19), '#ffffff', true),
      part(new BoxGeometry(0.18, 0.24, 0.2), at(1.6), tones.skin, false),
    ],
    'far person',
  );
}

/**
 * Makes a material's per-instance colour paint only the parts whose `paint` attribute is 1 (the clothes),
 * leaving skin, hair, trousers and shoes their own colour.
 */
export function paintByInstance(material: MeshStandardMaterial): MeshStandardMaterial {
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = `attribute float paint;\n${shader.vertexShader.replace(
      'vColor.rgb *= instanceColor.rgb;',
      'vColor.rgb *= mix( vec3( 1.0 ), instanceColor.rgb, paint );',
    )}`;
  };
  material.customProgramCacheKey = () => 'paint-by-instance';
  return material;
}
