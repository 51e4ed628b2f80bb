import { useEffect, useMemo } from 'react';
import { Billboard } from '@react-three/drei';
import type { ThreeEvent } from '@react-three/fiber';
import { zones } from '../../content/zones';
import { rectSize } from '../../layout/geometry';
import { zonePlacements } from '../../layout/hall';
import { anchors } from '../../platform/anchors';
import { useExpo } from '../../state/expo';
import { labelTexture } from '../labelTexture';
import { companionLanguage } from '../../content/languages';

/** Sign sizes: hanging banners in the hall, big tags seen from the air. */
const sign = {
  walkHeightM: 1.5,
  walkYM: 6.2,
  overviewHeightM: 7,
  overviewYM: 16,
  tintOpacity: 0.28,
} as const;

/** Zone names hanging over each zone (in the current language), and clickable zone tints in the overview. */
export function ZoneLabels() {
  const lang = useExpo((s) => s.lang);
  const overview = useExpo((s) => s.mode === 'overview');
  const flyToZone = useExpo((s) => s.flyToZone);
  const labels = useMemo(
    () =>
      zones.map((z) => {
        const place = zonePlacements[z.id]!;
        return {
          zone: z,
          place,
          size: rectSize(place.rect),
          ...labelTexture([z.name[lang], z.name[companionLanguage(lang)]], z.color),
        };
      }),
    [lang],
  );
  useEffect(() => () => labels.forEach((l) => l.texture.dispose()), [labels]);
  useEffect(() => {
    const y = overview ? sign.overviewYM : sign.walkYM;
    for (const l of labels) anchors.set(`zone:${l.zone.id}`, [l.size.cx, y, l.size.cz]);
  }, [labels, overview]);
  const onClick = (id: string) => (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > 6) return;
    e.stopPropagation();
    flyToZone(id);
  };
  const h = overview ? sign.overviewHeightM : sign.walkHeightM;
  return (
    <group name="zone-labels">
      {labels.map((l) => (
        <group key={l.zone.id}>
          <Billboard position={[l.size.cx, overview ? sign.overviewYM : sign.walkYM, l.size.cz]}>
            <mesh name={`zone-label-${l.zone.id}`} onClick={onClick(l.zone.id)} renderOrder={5}>
              <planeGeometry args={[h * l.aspect, h]} />
              <meshBasicMaterial map={l.texture} transparent toneMapped={false} depthWrite={false} />
            </mesh>
          </Billboard>
          {overview && (
            <mesh
              name={`zone-tint-${l.zone.id}`}
              position={[l.size.cx, 0.06, l.size.cz]}
              rotation-x={-Math.PI / 2}
              onClick={onClick(l.zone.id)}
            >
              <planeGeometry args={[l.size.w, l.size.d]} />
              <meshBasicMaterial
                color={l.zone.color}
                transparent
                opacity={sign.tintOpacity}
                depthWrite={false}
              />
            </mesh>
          )}
        </group>
      ))}
    </group>
  );
}
