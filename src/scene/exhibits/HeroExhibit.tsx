import { useEffect, useMemo } from 'react';
import { useGLTF } from '@react-three/drei';
import type { ThreeEvent } from '@react-three/fiber';
import { Box3, Vector3 } from 'three';
import type { Object3D } from 'three';
import { findExhibit } from '../../content/exhibits';
import { heroModels } from '../../content/modelAnchors';
import type { HeroModelId } from '../../content/modelAnchors';
import { heroStands, plinth } from '../../layout/booths';
import { anchors } from '../../platform/anchors';
import { useExpo } from '../../state/expo';
import { clickSlopPx } from '../controls/FloorClick';
import { HeroDemo3D } from './demos/HeroDemo3D';
import { Hotspot } from './Hotspot';

/** URL of a model file, under the app's base path. */
export function modelUrl(file: string): string {
  return `${import.meta.env.BASE_URL}models/${file}`;
}

/** One frontier instrument on its plinth: the GLB, its hotspots, and its live demonstration. */
export function HeroExhibit({ id }: { id: HeroModelId }) {
  const { scene } = useGLTF(modelUrl(heroModels[id].file), false, true);
  const lang = useExpo((s) => s.lang);
  const focusExhibit = useExpo((s) => s.focusExhibit);
  const exhibit = findExhibit(id);
  const stand = heroStands[id];
  const spots = useMemo(() => {
    const out: { part: string | null; local: [number, number, number] }[] = [];
    scene.traverse((o: Object3D) => {
      const tag = o.userData.hotspot as string | undefined;
      if (tag) out.push({ part: tag === id ? null : tag, local: [o.position.x, o.position.y, o.position.z] });
    });
    // Whole instrument first, then parts in model order (the DOM order is the Tab order).
    return out.sort((a, b) => (a.part === null ? -1 : b.part === null ? 1 : 0));
  }, [scene, id]);
  useEffect(() => {
    scene.traverse((o) => {
      if ('isMesh' in o) {
        o.castShadow = true;
        o.receiveShadow = true;
      }
    });
    const yaw = (stand.yawDeg * Math.PI) / 180;
    const toWorld = ([x, y, z]: readonly [number, number, number]) =>
      [
        stand.x + x * Math.cos(yaw) + z * Math.sin(yaw),
        plinth.heightM + y,
        stand.z - x * Math.sin(yaw) + z * Math.cos(yaw),
      ] as const;
    for (const s of spots) anchors.set(s.part ? `${id}/${s.part}` : id, toWorld(s.local));
    // A point on the body itself, away from the hotspot buttons, for clicking the model.
    const box = new Box3().setFromObject(scene);
    const c = box.getCenter(new Vector3());
    anchors.set(`model:${id}`, toWorld([c.x, box.min.y + (box.max.y - box.min.y) * 0.3, box.max.z - 0.05]));
  }, [scene, spots, stand, id]);
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (e.delta <= clickSlopPx) focusExhibit(id);
  };
  return (
    <group
      name={`hero-${id}`}
      position={[stand.x, plinth.heightM, stand.z]}
      rotation-y={(stand.yawDeg * Math.PI) / 180}
    >
      <primitive object={scene} onClick={onClick} />
      <HeroDemo3D id={id} model={scene} />
      {exhibit &&
        spots.map((s) => {
          const part = s.part ? exhibit.parts.find((p) => p.id === s.part) : null;
          const label = part ? part.name[lang] : exhibit.title[lang];
          return (
            <Hotspot
              key={s.part ?? id}
              position={s.local}
              exhibitId={id}
              part={s.part}
              label={label}
              main={!s.part}
            />
          );
        })}
    </group>
  );
}
