import { useEffect, useMemo } from 'react';
import { Bvh } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { ACESFilmicToneMapping } from 'three';
import { framing } from '../layout/framing';
import { adaptiveLevel, qualityProfiles } from '../platform/quality';
import { settings } from '../platform/settings';
import { useLoading } from '../state/loading';
import { nav } from '../state/nav';
import { usePerf } from '../state/perf';
import { AdaptiveQuality } from './AdaptiveQuality';
import { AssetProgress } from './AssetProgress';
import { Booths } from './exhibits/Booths';
import { HeroExhibits } from './exhibits/HeroExhibits';
import { HotspotSight } from './exhibits/HotspotSight';
import { Instruments } from './exhibits/Instruments';
import { People } from './exhibits/people/People';
import { instrumentsFor } from '../layout/instruments';
import { ZoneExhibits } from './exhibits/ZoneExhibits';
import { ClockTower } from './exhibits/ClockTower';
import { CameraRig } from './controls/CameraRig';
import { FloorClick } from './controls/FloorClick';
import { PointerLook } from './controls/PointerLook';
import { Chimneys } from './hall/Chimneys';
import { FloorShade } from './hall/FloorShade';
import { Ground } from './hall/Ground';
import { Hall } from './hall/Hall';
import { createHallMaterials } from './hall/materials';
import { EntranceSign } from './hall/EntranceSign';
import { Entrance } from './entrance/Entrance';
import { ZoneLabels } from './hall/ZoneLabels';
import { Lights } from './Lights';
import { CanvasLabel } from './CanvasLabel';
import { TestHookBridge } from './TestHookBridge';
import { FrameDemand } from './FrameDemand';
import { hidesHotspots } from './picking/sightRay';

/** Camera lens and clipping, metres. */
const lens = { fovDeg: framing.fovDeg, nearM: 0.1, farM: 5000 } as const;

/** The Jianxiang block and everything in it; the static parts are ray-cast through BVHs. */
function HallScene({
  shadows,
  naive,
  floorShade,
}: {
  shadows: boolean;
  naive: boolean;
  floorShade: boolean;
}) {
  const materials = useMemo(() => createHallMaterials(), []);
  const markDone = useLoading((s) => s.markDone);
  useEffect(() => markDone('materials'), [markDone]);
  useEffect(() => () => Object.values(materials).forEach((m) => m.dispose()), [materials]);
  return (
    <>
      <fog attach="fog" args={['#d8d2c6', 220, 1400]} />
      <Lights shadows={shadows} />
      {/* The static hall, stands and boards: ray-cast for clicks, and they hide hotspots behind them. */}
      <Bvh firstHitOnly userData={hidesHotspots}>
        <FloorClick>
          <Hall materials={materials} />
          <Ground materials={materials} />
          <Chimneys materials={materials} />
          <Booths />
          <Entrance />
        </FloorClick>
        <ZoneExhibits />
      </Bvh>
      <HeroExhibits />
      <ClockTower />
      <Instruments naive={naive} />
      <People instruments={instrumentsFor(settings.instruments)} />
      {floorShade && <FloorShade materials={materials} instruments={instrumentsFor(settings.instruments)} />}
      <ZoneLabels />
      <EntranceSign />
      <AssetProgress />
      <CameraRig />
      <PointerLook />
      {/* After the camera rig, so it sees this frame's camera. */}
      <HotspotSight />
    </>
  );
}

/**
 * The one WebGL canvas. Adaptive quality moves its DPR and the sun's shadows within the quality setting;
 * `?empty` renders nothing in it (the benchmark's floor of what a frame costs).
 */
export default function Stage({ label }: { label: string }) {
  const { quality, scene: variant } = settings;
  const profile = qualityProfiles[quality];
  const factor = usePerf((s) => s.factor);
  const level = adaptiveLevel(quality, factor, window.devicePixelRatio);
  return (
    <Canvas
      className="stage"
      frameloop="demand"
      shadows={profile.shadows}
      dpr={level.dpr}
      gl={{ antialias: profile.antialias, toneMapping: ACESFilmicToneMapping, toneMappingExposure: 1.0 }}
      camera={{ fov: lens.fovDeg, near: lens.nearM, far: lens.farM, position: [nav.x, nav.y, nav.z] }}
    >
      <FrameDemand />
      {settings.adaptive && <AdaptiveQuality />}
      {variant !== 'empty' && (
        <HallScene shadows={level.shadows} naive={variant === 'naive'} floorShade={profile.floorShade} />
      )}
      <TestHookBridge />
      <CanvasLabel label={label} />
    </Canvas>
  );
}
