import { useEffect } from 'react';
import { findExhibit } from '../../content/exhibits';
import { heroes } from '../../heroes/registry';
import type { HeroId } from '../../heroes/registry';
import { plinth } from '../../layout/booths';
import { anchors } from '../../platform/anchors';
import { useExpo } from '../../state/expo';
import { Hotspot } from './Hotspot';

/** Stands in for a model that could not be loaded: its outline, clickable, with its hotspot. */
export function ModelPlaceholder({ id }: { id: HeroId }) {
  const { model: m, stand } = heroes[id];
  const lang = useExpo((s) => s.lang);
  const focusExhibit = useExpo((s) => s.focusExhibit);
  const exhibit = findExhibit(id);
  const topM = m.heightM + 0.2;
  useEffect(() => {
    anchors.set(id, [stand.x, plinth.heightM + topM, stand.z]);
    anchors.set(`model:${id}`, [stand.x, plinth.heightM + m.heightM * 0.3, stand.z + m.footprintM[1] / 2]);
  }, [id, stand, m, topM]);
  return (
    <group name={`placeholder-${id}`} position={[stand.x, plinth.heightM, stand.z]}>
      <mesh position-y={m.heightM / 2} onClick={(e) => (e.stopPropagation(), focusExhibit(id))}>
        <boxGeometry args={[m.footprintM[0], m.heightM, m.footprintM[1]]} />
        <meshStandardMaterial color="#9aa7b4" transparent opacity={0.35} />
      </mesh>
      {exhibit && (
        <Hotspot position={[0, topM, 0]} exhibitId={id} part={null} label={exhibit.title[lang]} kind="main" />
      )}
    </group>
  );
}
