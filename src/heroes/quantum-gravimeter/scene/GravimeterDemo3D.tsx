import { useEffect, useMemo, useRef } from 'react';
import type { Ref } from 'react';
import { useFrame } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, CylinderGeometry, Vector2 } from 'three';
import type { Color, Material, Mesh, Object3D, Points, ShaderMaterial } from 'three';
import { createRng } from '../../../science/random';
import { findHotspot, modelLocalPosition, noRaycast } from '../../scene/modelParts';
import { gravimeterDemoSettings, gravimeterEngine } from '../engine/gravimeterDemo';
import { cloudPositions } from '../science/atomInterferometer';
import { xrayMeshMaterial, xrayPointsMaterial } from './xrayMaterial';

/** Where things are in the gravimeter model (sensor-head axis from the main anchor) and how they look. */
export const gravimeterScene = {
  /** Fallback axis of the sensor head, model metres (the main hotspot sits on it). */
  fallbackAxisXZM: [-0.42, 0.09],
  /** Height of the detection viewport on the shield; the release point is one detection-time fall above. */
  detectionYM: 0.72,
  tubeTopYM: 1.3,
  tubeBottomYM: 0.64,
  /** The vertical Raman collimator above the dome. */
  beamTopYM: 1.47,
  tubeRadiusM: 0.03,
  beamRadiusM: 0.004,
  /** Pull towards the camera that clears the 0.118 m mu-metal shield around the axis. */
  pullM: 0.16,
  atomsPerArm: 160,
  atomSizeM: 0.012,
  cloudSigmaM: 0.006,
  cloudExpansionMps: 0.025,
  atomOpacity: 0.32,
  tubeOpacity: 0.06,
  /** Lower hyperfine state |1⟩, upper state |2⟩, the Raman beam, the tube ghost (sRGB). */
  colors: { state1: '#62d2ff', state2: '#ffb347', beam: '#ff4d6d', tube: '#8fc2ff' },
  seed: 87,
} as const;

const s = gravimeterScene;

/** A vertical cylinder on the sensor-head axis from the tube's bottom up to topYM (the beam, the tube ghost). */
function Column({
  ref,
  geometry,
  material,
  topYM,
}: {
  ref: Ref<Mesh>;
  geometry: BufferGeometry;
  material: Material;
  topYM: number;
}) {
  return (
    <mesh
      raycast={noRaycast}
      ref={ref}
      geometry={geometry}
      material={material}
      position-y={(topYM + s.tubeBottomYM) / 2}
      frustumCulled={false}
    />
  );
}

/** The falling atom cloud, its two interferometer arms and the Raman pulse flashes in the vacuum tube. */
export function GravimeterDemo3D({ model }: { model: Object3D }) {
  const axis = useMemo(() => {
    const anchor = findHotspot(model, 'quantum-gravimeter');
    const p = anchor ? modelLocalPosition(model, anchor) : null;
    return p ? ([p.x, p.z] as const) : s.fallbackAxisXZM;
  }, [model]);
  const res = useMemo(() => {
    const rng = createRng(s.seed);
    const offsets = new Float32Array(s.atomsPerArm * 3).map(() => rng.gaussian());
    const cloud = new BufferGeometry().setAttribute('position', new BufferAttribute(offsets, 3));
    const atoms = { color: s.colors.state1, opacity: s.atomOpacity, pullM: s.pullM, sizeM: s.atomSizeM };
    return {
      cloud,
      armA: xrayPointsMaterial(atoms),
      armB: xrayPointsMaterial(atoms),
      beam: new CylinderGeometry(s.beamRadiusM, s.beamRadiusM, s.beamTopYM - s.tubeBottomYM, 8, 1, true),
      beamMaterial: xrayMeshMaterial({ color: s.colors.beam, opacity: 0, pullM: s.pullM }),
      tube: new CylinderGeometry(s.tubeRadiusM, s.tubeRadiusM, s.tubeTopYM - s.tubeBottomYM, 24, 1, true),
      tubeMaterial: xrayMeshMaterial({ color: s.colors.tube, opacity: s.tubeOpacity, pullM: s.pullM }),
    };
  }, []);
  useEffect(
    () => () => {
      for (const d of [res.cloud, res.armA, res.armB, res.beam, res.beamMaterial, res.tube, res.tubeMaterial])
        d.dispose();
    },
    [res],
  );
  const armA = useRef<Points>(null);
  const armB = useRef<Points>(null);
  const beam = useRef<Mesh>(null);
  const tube = useRef<Mesh>(null);
  const buffer = useMemo(() => new Vector2(), []);

  useFrame(({ gl }) => {
    const [a, b, laser, ghost] = [armA.current, armB.current, beam.current, tube.current];
    if (!a || !b || !laser || !ghost) return;
    const live = gravimeterEngine.live;
    const show = live.stage === 'scanning' || live.stage === 'measuring';
    a.visible = b.visible = ghost.visible = show;
    laser.visible = show && live.flash > 0;
    if (!show) return;
    const half = gl.getDrawingBufferSize(buffer).y / 2;
    const [matA, matB] = [res.armA, res.armB];
    matA.uniforms.uHalfHeightPx!.value = matB.uniforms.uHalfHeightPx!.value = half;
    (laser.material as ShaderMaterial).uniforms.uOpacity!.value =
      live.flash * (live.flashKind === 'mirror' ? 0.9 : 0.6);

    const g = live.referenceGMs2;
    const releaseY = s.detectionYM + 0.5 * g * live.detectionTimeS ** 2;
    const [t1, t2, t3] = live.pulses.map((p) => p.timeS) as [number, number, number];
    const t = live.tS;
    const c = cloudPositions(Math.max(0, t), g, {
      pulseSeparationS: t2 - t1,
      firstPulseS: t1,
      visualScale: live.visualScale,
    });
    // Internal state of each arm: B is kicked into |2⟩ at the first π/2, the π pulse swaps them, and
    // after the last π/2 arm A is the upper-state port holding the fraction P.
    const [stateA, stateB] = t < t1 ? [1, 1] : t < t2 ? [1, 2] : [2, 1];
    let [weightA, weightB] = t < t3 ? [0.5, 0.5] : [live.upperFraction, 1 - live.upperFraction];
    if (t < 0) weightA = weightB = 0.5 * (1 + t / gravimeterDemoSettings.coolingS);
    if (t >= live.detectionTimeS) {
      // Fluorescence flash in the detection beam, then gone.
      const k = (t - live.detectionTimeS) / gravimeterDemoSettings.detectingS;
      const glow = 2.5 * (1 - k);
      [weightA, weightB] = [weightA * glow, weightB * glow];
    }
    const sigma = s.cloudSigmaM + s.cloudExpansionMps * Math.max(0, t);
    const place = (p: Points, mat: ShaderMaterial, depth: number, state: number, weight: number) => {
      p.position.y = releaseY - depth;
      p.scale.setScalar(sigma);
      mat.uniforms.uOpacity!.value = s.atomOpacity * weight;
      (mat.uniforms.uColor!.value as Color).set(state === 1 ? s.colors.state1 : s.colors.state2);
    };
    place(a, matA, c.armADepthM, stateA, weightA);
    place(b, matB, c.armBDepthM, stateB, weightB);
  });

  return (
    <group name="demo-gravimeter" position={[axis[0], 0, axis[1]]}>
      <points raycast={noRaycast} ref={armA} geometry={res.cloud} material={res.armA} frustumCulled={false} />
      <points raycast={noRaycast} ref={armB} geometry={res.cloud} material={res.armB} frustumCulled={false} />
      <Column ref={beam} geometry={res.beam} material={res.beamMaterial} topYM={s.beamTopYM} />
      <Column ref={tube} geometry={res.tube} material={res.tubeMaterial} topYM={s.tubeTopYM} />
    </group>
  );
}
