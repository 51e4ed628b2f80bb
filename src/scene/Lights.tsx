import { useEffect, useLayoutEffect, useRef } from 'react';
import { Sky } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import type { DirectionalLight } from 'three';
import { blockBounds } from '../layout/hall';
import { rectSize } from '../layout/geometry';
import { renderLightformerEnvironment } from './lightformerEnvironment';
import type { LightformerEnvironment } from './lightformerEnvironment';

/** Late-morning November sun over Hengyang, from the south-south-west; warm. */
export const sun = {
  azimuthDeg: 200,
  elevationDeg: 38,
  distanceM: 260,
  color: '#ffe0b5',
  intensity: 3.2,
} as const;

/** Direction towards the sun (unit vector, y up; azimuth measured from north through east). */
export function sunDirection(): [number, number, number] {
  const az = (sun.azimuthDeg * Math.PI) / 180;
  const el = (sun.elevationDeg * Math.PI) / 180;
  return [Math.sin(az) * Math.cos(el), Math.sin(el), -Math.cos(az) * Math.cos(el)];
}

/** What reflections show: warm and cool soft boxes, a ring towards the sun, and a grey-brown surround. */
function reflections(): LightformerEnvironment {
  const dir = sunDirection();
  return {
    lightformers: [
      { form: 'rect', intensity: 1.2, color: '#fff1dc', scale: [60, 20], position: [0, 30, -60] },
      { form: 'rect', intensity: 0.6, color: '#cfe0f2', scale: [80, 30], position: [0, 40, 60] },
      {
        form: 'ring',
        intensity: 2,
        color: '#ffe4bf',
        scale: 12,
        position: [dir[0] * 80, dir[1] * 80, dir[2] * 80],
      },
    ],
    backdrop: { color: '#8d8579', radiusM: 200 },
    resolution: 128,
  };
}

/** Renders the reflections once and makes them the scene's environment, at half strength. */
function Reflections() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  useLayoutEffect(() => {
    const env = renderLightformerEnvironment(gl, reflections());
    const before = { environment: scene.environment, intensity: scene.environmentIntensity };
    scene.environment = env.texture;
    scene.environmentIntensity = 0.5;
    return () => {
      scene.environment = before.environment;
      scene.environmentIntensity = before.intensity;
      env.dispose();
    };
  }, [gl, scene]);
  return null;
}

/**
 * Sun, sky fill, sky dome and a locally rendered environment for reflections (no downloaded HDR). The sun
 * casts shadows only while `shadows` is on (adaptive quality turns them off when frames are slow).
 */
export function Lights({
  shadowMapSize = 2048,
  shadows = true,
}: {
  shadowMapSize?: number;
  shadows?: boolean;
}) {
  const light = useRef<DirectionalLight>(null);
  const { w, d, cx, cz } = rectSize(blockBounds);
  const dir = sunDirection();
  useEffect(() => {
    const l = light.current;
    if (!l) return;
    l.target.position.set(cx, 0, cz);
    l.target.updateMatrixWorld();
  }, [cx, cz]);
  const half = Math.max(w, d) / 2 + 10;
  return (
    <>
      <hemisphereLight args={['#dce6f0', '#8a735e', 0.55]} />
      <ambientLight intensity={0.12} color="#fff3e0" />
      <directionalLight
        ref={light}
        color={sun.color}
        intensity={sun.intensity}
        position={[cx + dir[0] * sun.distanceM, dir[1] * sun.distanceM, cz + dir[2] * sun.distanceM]}
        castShadow={shadows}
        shadow-mapSize={[shadowMapSize, shadowMapSize]}
        shadow-bias={-0.0004}
        shadow-normalBias={0.04}
        shadow-camera-left={-half}
        shadow-camera-right={half}
        shadow-camera-top={half}
        shadow-camera-bottom={-half}
        shadow-camera-near={10}
        shadow-camera-far={sun.distanceM * 2}
      />
      <Sky
        distance={4000}
        sunPosition={dir}
        turbidity={5}
        rayleigh={1.4}
        mieCoefficient={0.004}
        mieDirectionalG={0.8}
      />
      <Reflections />
    </>
  );
}
