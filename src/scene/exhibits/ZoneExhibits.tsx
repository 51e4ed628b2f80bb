import { useEffect, useMemo } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { findExhibit } from '../../content/exhibits';
import { zones } from '../../content/zones';
import { zoneBoard, zoneExhibitStands } from '../../layout/booths';
import type { ZoneExhibitId } from '../../layout/booths';
import { tierBoard, tierColumnAt, tierColumns } from '../../layout/tierBoard';
import { anchors } from '../../platform/anchors';
import { useExpo } from '../../state/expo';
import { clickSlopPx } from '../controls/FloorClick';
import { boardTexture, tierBoardTexture } from './boardTexture';
import { Hotspot } from './Hotspot';

const ids = Object.keys(zoneExhibitStands) as ZoneExhibitId[];
const zoneColor = new Map(zones.map((z) => [z.id, z.color]));

/** How far above the board's top edge the hotspot floats, metres. */
const hotspotAboveM = 0.35;

/** One zone exhibit: a freestanding display board on two posts, clickable, with its hotspot above. */
function ZoneExhibitBoard({ id }: { id: ZoneExhibitId }) {
  const lang = useExpo((s) => s.lang);
  const focusExhibit = useExpo((s) => s.focusExhibit);
  const exhibit = findExhibit(id);
  const stand = zoneExhibitStands[id];
  const color = zoneColor.get(stand.zone) ?? '#888888';
  const { widthM, heightM, bottomM, thicknessM, frameM, postM, footDM } = zoneBoard;
  const centreY = bottomM + heightM / 2;
  const topY = bottomM + heightM;
  const yaw = (stand.yawDeg * Math.PI) / 180;
  // Parts that list names are tiers (the strategy wall): drawn as columns, each with its own hotspot.
  const { tiers, columns } = useMemo(() => {
    const list =
      exhibit && exhibit.parts.length > 0 && exhibit.parts.every((p) => p.items) ? exhibit.parts : [];
    return { tiers: list, columns: tierColumns(list.length) };
  }, [exhibit]);
  const mainAboveM = tiers.length ? tierBoard.mainHotspotAboveM : hotspotAboveM;

  const texture = useMemo(() => {
    if (!exhibit || typeof document === 'undefined') return null;
    return tiers.length ? tierBoardTexture(exhibit, lang, color) : boardTexture(exhibit, lang, color);
  }, [exhibit, tiers.length, lang, color]);
  useEffect(() => () => texture?.dispose(), [texture]);

  useEffect(() => {
    // The face's centre, just in front of it, and the hotspot above the board.
    const front = thicknessM / 2 + 0.01;
    anchors.set(`model:${id}`, [stand.x + Math.sin(yaw) * front, centreY, stand.z + Math.cos(yaw) * front]);
    anchors.set(id, [stand.x, topY + mainAboveM, stand.z]);
    columns.forEach((col, i) => {
      const u = (col.centre - 0.5) * widthM;
      const y = topY + tierBoard.partHotspotAboveM;
      anchors.set(`${id}/${tiers[i]!.id}`, [stand.x + Math.cos(yaw) * u, y, stand.z - Math.sin(yaw) * u]);
    });
  }, [id, stand, yaw, centreY, topY, thicknessM, mainAboveM, columns, tiers, widthM]);

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (e.delta > clickSlopPx) return;
    // On a tier board, a click on the face opens the panel at the column under the pointer.
    const u = e.object.userData.face === true ? e.uv?.x : undefined;
    const part = tiers.length && u !== undefined ? tiers[tierColumnAt(u, tiers.length)]!.id : null;
    focusExhibit(id, part);
  };

  const postX = widthM / 2 + postM / 2;
  return (
    <group name={`zone-exhibit-${id}`} position={[stand.x, 0, stand.z]} rotation-y={yaw}>
      <group onClick={onClick}>
        {/* Frame in the zone colour, then the face in front of it. */}
        <mesh position-y={centreY} castShadow receiveShadow>
          <boxGeometry args={[widthM + 2 * frameM, heightM + 2 * frameM, thicknessM]} />
          <meshStandardMaterial color={color} roughness={0.6} />
        </mesh>
        <mesh position={[0, centreY, thicknessM / 2 + 0.002]} userData={{ face: true }}>
          <planeGeometry args={[widthM, heightM]} />
          {texture ? (
            <meshStandardMaterial map={texture} roughness={0.85} />
          ) : (
            <meshStandardMaterial color="#faf8f3" roughness={0.85} />
          )}
        </mesh>
        {[-postX, postX].map((x) => (
          <group key={x} position-x={x}>
            <mesh position-y={topY / 2} castShadow>
              <boxGeometry args={[postM, topY, postM]} />
              <meshStandardMaterial color="#3a3f47" roughness={0.5} metalness={0.4} />
            </mesh>
            <mesh position-y={0.02}>
              <boxGeometry args={[postM * 1.5, 0.04, footDM]} />
              <meshStandardMaterial color="#3a3f47" roughness={0.5} metalness={0.4} />
            </mesh>
          </group>
        ))}
      </group>
      {exhibit && (
        <Hotspot
          position={[0, topY + mainAboveM, 0]}
          exhibitId={id}
          part={null}
          label={exhibit.title[lang]}
          main
        />
      )}
      {tiers.map((part, i) => (
        <Hotspot
          key={part.id}
          position={[(columns[i]!.centre - 0.5) * widthM, topY + tierBoard.partHotspotAboveM, 0]}
          exhibitId={id}
          part={part.id}
          label={part.name[lang]}
          main={false}
        />
      ))}
    </group>
  );
}

/** The zones' exhibits: a display board for each, tied to its panel. */
export function ZoneExhibits() {
  return (
    <group name="zone-exhibits">
      {ids.map((id) => (
        <ZoneExhibitBoard key={id} id={id} />
      ))}
    </group>
  );
}
