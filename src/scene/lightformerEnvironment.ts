import {
  BackSide,
  Color,
  CubeCamera,
  DoubleSide,
  HalfFloatType,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  RingGeometry,
  Scene,
  SphereGeometry,
  WebGLCubeRenderTarget,
} from 'three';
import type { ColorRepresentation, CubeTexture, WebGLRenderer } from 'three';

/** A glowing panel seen only in reflections: a rectangle or a ring that faces the origin. */
export interface Lightformer {
  form: 'rect' | 'ring';
  /** Multiplies the colour: how bright the panel glows. */
  intensity: number;
  color: ColorRepresentation;
  /** Width and height (rect), or diameter (ring), metres. */
  scale: number | readonly [number, number];
  position: readonly [number, number, number];
}

/** What the reflections show: lightformers inside a backdrop sphere, rendered once into a cube map. */
export interface LightformerEnvironment {
  lightformers: readonly Lightformer[];
  backdrop: { color: ColorRepresentation; radiusM: number };
  /** Cube face size, pixels. */
  resolution: number;
}

/**
 * Renders the lightformers and backdrop once into a half-float cube map for `scene.environment` (no
 * downloaded HDR): the scene is built, drawn from the origin onto the six faces, and its geometry freed.
 * The caller disposes the returned target when done with it.
 */
export function renderLightformerEnvironment(
  gl: WebGLRenderer,
  env: LightformerEnvironment,
): { texture: CubeTexture; dispose: () => void } {
  const target = new WebGLCubeRenderTarget(env.resolution);
  target.texture.type = HalfFloatType;
  const scene = new Scene();
  for (const l of env.lightformers) {
    const geometry = l.form === 'rect' ? new PlaneGeometry(1, 1) : new RingGeometry(0.25, 0.5, 64);
    const color = new Color(l.color).multiplyScalar(l.intensity);
    const mesh = new Mesh(geometry, new MeshBasicMaterial({ color, side: DoubleSide, toneMapped: false }));
    const [sx, sy] = typeof l.scale === 'number' ? [l.scale, l.scale] : l.scale;
    mesh.scale.set(sx, sy, typeof l.scale === 'number' ? l.scale : 1);
    mesh.position.set(...l.position);
    mesh.lookAt(0, 0, 0);
    scene.add(mesh);
  }
  const backdrop = new Mesh(
    new SphereGeometry(1),
    new MeshBasicMaterial({ color: env.backdrop.color, side: BackSide }),
  );
  backdrop.scale.setScalar(env.backdrop.radiusM);
  scene.add(backdrop);

  const autoClear = gl.autoClear;
  gl.autoClear = true;
  new CubeCamera(0.1, 1000, target).update(gl, scene);
  gl.autoClear = autoClear;
  scene.traverse((o) => {
    if (o instanceof Mesh) {
      o.geometry.dispose();
      (o.material as MeshBasicMaterial).dispose();
    }
  });
  return { texture: target.texture, dispose: () => target.dispose() };
}
