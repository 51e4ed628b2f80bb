import { useEffect, useMemo } from 'react';
import { Canvas } from '@react-three/fiber';
import { ACESFilmicToneMapping } from 'three';
import { framing } from '../layout/framing';
import { urlQuality } from '../platform/quality';
import { useLoading } from '../state/loading';
import { nav } from '../state/nav';
import { AssetProgress } from './AssetProgress';
import { Booths } from './exhibits/Booths';
import { HeroExhibits } from './exhibits/HeroExhibits';
import { Instruments } from './exhibits/Instruments';
import { ZoneExhibits } from './exhibits/ZoneExhibits';
import { ClockTower } from './exhibits/ClockTower';
import { CameraRig } from './controls/CameraRig';
import { FloorClick } from './controls/FloorClick';
import { PointerLook } from './controls/PointerLook';
import { Chimneys } from './hall/Chimneys';
import { Ground } from './hall/Ground';
import { Hall } from './hall/Hall';
import { createHallMaterials } from './hall/materials';
import { EntranceSign } from './hall/EntranceSign';
import { ZoneLabels } from './hall/ZoneLabels';
import { Lights } from './Lights';
import { CanvasLabel } from './CanvasLabel';
import { TestHookBridge } from './TestHookBridge';
import { FrameDemand } from './FrameDemand';

/** Low quality renders at half resolution: software and weak GPUs are bound by pixels shaded. */
const lowQualityDpr = 0.5;

/** Camera lens and clipping, metres. */
const lens = { fovDeg: framing.fovDeg, nearM: 0.1, farM: 5000 } as const;

/** The one WebGL canvas: the Jianxiang block and everything in it. */
export default function Stage({ label }: { label: string }) {
  const materials = useMemo(() => createHallMaterials(), []);
  const low = urlQuality() === 'low';
  const markDone = useLoading((s) => s.markDone);
  useEffect(() => markDone('materials'), [markDone]);
  useEffect(() => () => Object.values(materials).forEach((m) => m.dispose()), [materials]);
  return (
    <Canvas
      className="stage"
      frameloop="demand"
      shadows={!low}
      dpr={low ? lowQualityDpr : [1, 2]}
      gl={{ antialias: !low, toneMapping: ACESFilmicToneMapping, toneMappingExposure: 1.0 }}
      camera={{ fov: lens.fovDeg, near: lens.nearM, far: lens.farM, position: [nav.x, nav.y, nav.z] }}
    >
      <fog attach="fog" args={['#d8d2c6', 220, 1400]} />
      <Lights />
      <FloorClick>
        <Hall materials={materials} />
        <Ground materials={materials} />
        <Chimneys materials={materials} />
        <Booths />
      </FloorClick>
      <HeroExhibits />
      <ZoneExhibits />
      <ClockTower />
      <Instruments />
      <ZoneLabels />
      <EntranceSign />
      <AssetProgress />
      <CameraRig />
      <PointerLook />
      <FrameDemand />
      <TestHookBridge />
      <CanvasLabel label={label} />
    </Canvas>
  );
}
