import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { AdditiveBlending, ConeGeometry, DoubleSide, MeshBasicMaterial, RingGeometry } from 'three';
import type { Mesh, Object3D } from 'three';
import { FloatingScreen } from '../../scene/FloatingScreen';
import { createImageTexture, writeGrey } from '../../scene/liveTextures';
import {
  captureRest,
  findHotspot,
  findPart,
  modelLocalPosition,
  restoreRest,
  noRaycast,
} from '../../scene/modelParts';
import { ctEngine } from '../engine/ctDemo';
import { ctFieldOfViewMm } from '../science/ct';

/** CT scene tunables: beam geometry from the anchors, and the screen above the cabinet (model metres). */
export const ctScene = {
  /** The exit window is this far along +x from the source anchor on the tube housing. */
  exitWindowAheadM: 0.08,
  detectorHalfM: 0.2,
  coneColor: '#a8dcff',
  coneOpacity: 0.12,
  /** Screen centre: above the cabinet (x of the stage), tilted a little towards the visitor. */
  screenYM: 2.85,
  screenZM: 0.3,
  screenTiltRad: 0.2,
  panelM: 0.5,
  gapM: 0.08,
  /** Slice grey level 255 at this multiple of aluminium's μ. */
  sliceWhiteAtMuFraction: 1.15,
  ringColor: '#27d3f0',
  ringPaddingMm: 2,
} as const;

const s = ctScene;

/** Turns the rotary stage through the projections, shows the X-ray cone and a live sinogram/slice screen. */
export function CtDemo3D({ model }: { model: Object3D }) {
  const layout = useMemo(() => {
    const at = (id: string) => {
      const o = findHotspot(model, id);
      return o ? modelLocalPosition(model, o) : null;
    };
    const [source, detector, stage] = [at('xray-source'), at('flat-panel-detector'), at('rotary-stage')];
    return { source, detector, stageX: stage?.x ?? source?.x ?? 0 };
  }, [model]);
  const stage = useMemo(() => findPart(model, 'rotary-stage'), [model]);
  const rest = useMemo(() => captureRest([stage]), [stage]);
  useEffect(() => () => restoreRest(rest), [rest]);

  const ct = ctEngine.live;
  const res = useMemo(() => {
    const sinogram = createImageTexture(ct.size, ct.angleCount);
    const slice = createImageTexture(ct.size, ct.size);
    let cone: ConeGeometry | null = null;
    if (layout.source && layout.detector) {
      const length = layout.detector.x - layout.source.x - s.exitWindowAheadM;
      // A square pyramid, apex at the source (−x), base on the detector face.
      cone = new ConeGeometry(s.detectorHalfM * Math.SQRT2, length, 4, 1, true);
      cone.rotateY(Math.PI / 4).rotateZ(Math.PI / 2);
      cone.translate(layout.detector.x - length / 2, layout.detector.y, layout.detector.z);
    }
    const coneMaterial = new MeshBasicMaterial({
      color: s.coneColor,
      transparent: true,
      opacity: s.coneOpacity,
      blending: AdditiveBlending,
      depthWrite: false,
      side: DoubleSide,
    });
    const ring = new RingGeometry(0.8, 1, 40);
    const ringMaterial = new MeshBasicMaterial({ color: s.ringColor, toneMapped: false, side: DoubleSide });
    return { sinogram, slice, cone, coneMaterial, ring, ringMaterial };
  }, [layout, ct.size, ct.angleCount]);
  useEffect(
    () => () => {
      for (const d of [res.sinogram, res.slice, res.cone, res.coneMaterial, res.ring, res.ringMaterial])
        d?.dispose();
    },
    [res],
  );

  const coneRef = useRef<Mesh>(null);
  const ringRef = useRef<Mesh>(null);
  const drawn = useRef(-1);
  useFrame(() => {
    const r = rest[0];
    if (r) r.object.rotation.y = r.rotation.y + ct.angleRad;
    if (coneRef.current) coneRef.current.visible = ct.stage === 'scanning';
    const ring = ringRef.current;
    if (ring) {
      const f = ct.finding;
      ring.visible = f !== null;
      if (f) {
        ring.position.set((f.xMm / ctFieldOfViewMm) * s.panelM, (-f.yMm / ctFieldOfViewMm) * s.panelM, 0.002);
        ring.scale.setScalar(((f.diameterMm / 2 + s.ringPaddingMm) / ctFieldOfViewMm) * s.panelM);
      }
    }
    if (drawn.current === ct.version) return;
    drawn.current = ct.version;
    writeGrey(res.sinogram, ct.sinogram, 1 / ct.sinogramScale);
    writeGrey(res.slice, ct.recon, 1 / (ct.muScalePerCm * s.sliceWhiteAtMuFraction));
  });

  const offset = (s.panelM + s.gapM) / 2;
  return (
    <group name="demo-ct">
      {res.cone && <mesh raycast={noRaycast} ref={coneRef} geometry={res.cone} material={res.coneMaterial} />}
      <group position={[layout.stageX, s.screenYM, s.screenZM]} rotation-x={s.screenTiltRad}>
        <FloatingScreen
          position={[-offset, 0, 0]}
          widthM={s.panelM}
          heightM={s.panelM}
          texture={res.sinogram}
        />
        <FloatingScreen position={[offset, 0, 0]} widthM={s.panelM} heightM={s.panelM} texture={res.slice}>
          <mesh
            raycast={noRaycast}
            ref={ringRef}
            geometry={res.ring}
            material={res.ringMaterial}
            visible={false}
          />
        </FloatingScreen>
      </group>
    </group>
  );
}
