import { useEffect, useMemo } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { CanvasTexture, SRGBColorSpace } from 'three';
import { findExhibit } from '../../content/exhibits';
import type { Exhibit, Language } from '../../content/schema';
import { zones } from '../../content/zones';
import { zoneBoard, zoneExhibitStands } from '../../layout/booths';
import type { ZoneExhibitId } from '../../layout/booths';
import { anchors } from '../../platform/anchors';
import { useExpo } from '../../state/expo';
import { clickSlopPx } from '../controls/FloorClick';
import { fontStack } from '../labelTexture';
import { Hotspot } from './Hotspot';

const ids = Object.keys(zoneExhibitStands) as ZoneExhibitId[];
const zoneColor = new Map(zones.map((z) => [z.id, z.color]));

/** How far above the board's top edge the hotspot floats, metres. */
const hotspotAboveM = 0.35;

/** Breaks text into lines no wider than maxW: by word in English, by character in Chinese. */
function wrap(g: CanvasRenderingContext2D, text: string, maxW: number, lang: Language): string[] {
  const tokens = lang === 'en' ? text.split(/(?<=\s)/) : Array.from(text);
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (line && g.measureText(line + tok).width > maxW) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line += tok;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/** The board's face: a coloured band, the exhibit's title and its one-line role, in the current language. */
function boardTexture(exhibit: Exhibit, lang: Language, color: string): CanvasTexture {
  const w = 1200;
  const h = Math.round((w * zoneBoard.heightM) / zoneBoard.widthM);
  const pad = 72;
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  const g = c.getContext('2d')!;
  g.fillStyle = '#faf8f3';
  g.fillRect(0, 0, w, h);
  g.fillStyle = color;
  g.fillRect(0, 0, w, 40);
  g.textBaseline = 'top';
  let y = 110;
  g.fillStyle = '#1d232b';
  g.font = `700 84px ${fontStack}`;
  for (const line of wrap(g, exhibit.title[lang], w - 2 * pad, lang).slice(0, 3)) {
    g.fillText(line, pad, y);
    y += 104;
  }
  y += 40;
  g.fillStyle = '#4a5561';
  g.font = `500 52px ${fontStack}`;
  for (const line of wrap(g, exhibit.role[lang], w - 2 * pad, lang).slice(0, 6)) {
    g.fillText(line, pad, y);
    y += 70;
  }
  const texture = new CanvasTexture(c);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return texture;
}

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

  const texture = useMemo(
    () => (exhibit && typeof document !== 'undefined' ? boardTexture(exhibit, lang, color) : null),
    [exhibit, lang, color],
  );
  useEffect(() => () => texture?.dispose(), [texture]);

  useEffect(() => {
    // The face's centre, just in front of it, and the hotspot above the board.
    const front = thicknessM / 2 + 0.01;
    anchors.set(`model:${id}`, [stand.x + Math.sin(yaw) * front, centreY, stand.z + Math.cos(yaw) * front]);
    anchors.set(id, [stand.x, topY + hotspotAboveM, stand.z]);
  }, [id, stand, yaw, centreY, topY, thicknessM]);

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (e.delta <= clickSlopPx) focusExhibit(id);
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
        <mesh position={[0, centreY, thicknessM / 2 + 0.002]}>
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
          position={[0, topY + hotspotAboveM, 0]}
          exhibitId={id}
          part={null}
          label={exhibit.title[lang]}
          main
        />
      )}
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
