import { useEffect, useMemo } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { BoxGeometry, MeshStandardMaterial } from 'three';
import type { BufferGeometry } from 'three';
import { mergeParts } from '../hall/buildGeometry';
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
import { useDrawnTexture } from '../useDrawnTexture';

const ids = Object.keys(zoneExhibitStands) as ZoneExhibitId[];
const zoneColor = new Map(zones.map((z) => [z.id, z.color]));

/** How far above the board's top edge the hotspot floats, metres. */
const hotspotAboveM = 0.35;

/** A board's two posts and their feet, in the board's frame: one geometry shared by every board. */
function standGeometry(): BufferGeometry {
  const { widthM, heightM, bottomM, postM, footDM } = zoneBoard;
  const topY = bottomM + heightM;
  const postX = widthM / 2 + postM / 2;
  const parts = [-postX, postX].flatMap((x) => [
    new BoxGeometry(postM, topY, postM).translate(x, topY / 2, 0),
    new BoxGeometry(postM * 1.5, 0.04, footDM).translate(x, 0.02, 0),
  ]);
  return mergeParts(parts, 'zone board stands');
}

/** What every board shares: its posts-and-feet geometry and their steel. */
interface BoardStand {
  geometry: BufferGeometry;
  material: MeshStandardMaterial;
}

/** One zone exhibit: a freestanding display board on two posts, clickable, with its hotspot above. */
function ZoneExhibitBoard({ id, stand: legs }: { id: ZoneExhibitId; stand: BoardStand }) {
  const lang = useExpo((s) => s.lang);
  const focusExhibit = useExpo((s) => s.focusExhibit);
  const exhibit = findExhibit(id);
  const stand = zoneExhibitStands[id];
  const color = zoneColor.get(stand.zone) ?? '#888888';
  const { widthM, heightM, bottomM, thicknessM, frameM } = zoneBoard;
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

  const texture = useDrawnTexture(lang, () => {
    if (!exhibit || typeof document === 'undefined') return null;
    return tiers.length ? tierBoardTexture(exhibit, lang, color) : boardTexture(exhibit, lang, color);
  });

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
            // A light box: its print shows its own colours, untouched by the hall's light and tone mapping.
            <meshBasicMaterial map={texture} toneMapped={false} />
          ) : (
            <meshStandardMaterial color="#faf8f3" roughness={0.85} />
          )}
        </mesh>
        <mesh geometry={legs.geometry} material={legs.material} castShadow />
      </group>
      {exhibit && (
        <Hotspot
          position={[0, topY + mainAboveM, 0]}
          exhibitId={id}
          part={null}
          label={exhibit.title[lang]}
          kind="board"
        />
      )}
      {tiers.map((part, i) => (
        <Hotspot
          key={part.id}
          position={[(columns[i]!.centre - 0.5) * widthM, topY + tierBoard.partHotspotAboveM, 0]}
          exhibitId={id}
          part={part.id}
          label={part.name[lang]}
          kind="part"
        />
      ))}
    </group>
  );
}

/** The zones' exhibits: a display board for each, tied to its panel. */
export function ZoneExhibits() {
  const stand = useMemo<BoardStand>(
    () => ({
      geometry: standGeometry(),
      material: new MeshStandardMaterial({ color: '#3a3f47', roughness: 0.5, metalness: 0.4 }),
    }),
    [],
  );
  useEffect(
    () => () => {
      stand.geometry.dispose();
      stand.material.dispose();
    },
    [stand],
  );
  return (
    <group name="zone-exhibits">
      {ids.map((id) => (
        <ZoneExhibitBoard key={id} id={id} stand={stand} />
      ))}
    </group>
  );
}
