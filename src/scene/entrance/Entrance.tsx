import { useEffect, useMemo } from 'react';
import { CanvasTexture, MeshStandardMaterial, SRGBColorSpace } from 'three';
import { collisionWorld } from '../../layout/collision';
import { entranceFootprints, entranceParts } from '../../layout/entrance';
import { useExpo } from '../../state/expo';
import { measureWith } from '../canvasText';
import { drawEntranceAtlas, entranceRegions } from './entranceArt';
import { entranceAtlas } from './signKit';
import { entranceArt } from './entranceData';
import { entranceBodyGeometry, entranceFaceGeometry } from './entranceGeometry';
import { useDrawnTexture } from '../useDrawnTexture';

const zoneIds = entranceParts.banners.flatMap((b) => (b.zone ? [b.zone] : []));
const regions = entranceRegions(zoneIds);

/** Draws the entrance's atlas for a language on a canvas of its own (once per language, not per frame). */
function atlasTexture(lang: 'zh' | 'en'): CanvasTexture {
  const c = document.createElement('canvas');
  c.width = c.height = entranceAtlas.sizePx;
  const g = c.getContext('2d')!;
  drawEntranceAtlas(g, measureWith(g), regions, entranceArt(lang));
  const texture = new CanvasTexture(c);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 8;
  return texture;
}

/**
 * The expo entrance inside the main door: the welcome backdrop and the directory flanking the aisle, the
 * reception desk, and the banners hanging from the trusses; two draws (the build and its printed faces).
 */
export function Entrance() {
  const lang = useExpo((s) => s.lang);
  // Solid for walking from the moment it stands (its layout comes with this chunk, not the entry's).
  useEffect(() => collisionWorld.register('entrance', entranceFootprints), []);
  const parts = useMemo(() => {
    const body = entranceBodyGeometry(entranceParts);
    const faces = entranceFaceGeometry(entranceParts, regions, entranceAtlas.sizePx);
    const bodyMaterial = new MeshStandardMaterial({ vertexColors: true, roughness: 0.7, metalness: 0.1 });
    return { body, faces, bodyMaterial };
  }, []);
  useEffect(
    () => () => {
      parts.body.dispose();
      parts.faces.dispose();
      parts.bodyMaterial.dispose();
    },
    [parts],
  );
  const atlas = useDrawnTexture(lang, () => atlasTexture(lang));
  return (
    <group name="entrance">
      <mesh
        name="entrance-build"
        geometry={parts.body}
        material={parts.bodyMaterial}
        castShadow
        receiveShadow
      />
      <mesh name="entrance-faces" geometry={parts.faces} receiveShadow>
        {atlas ? (
          <meshStandardMaterial key="printed" map={atlas} roughness={0.85} />
        ) : (
          <meshStandardMaterial key="blank" color="#e9e4da" roughness={0.85} />
        )}
      </mesh>
    </group>
  );
}
