import { useEffect, useMemo } from 'react';
import { Color } from 'three';
import { instrumentCategoryIds } from '../../../content/instrumentCategories';
import { zones } from '../../../content/zones';
import { dressedBooths } from '../../../layout/boothDressing';
import { boothSigns } from '../../../layout/instrumentSummary';
import type { InstrumentPlacement } from '../../../layout/instruments';
import { drawPictogramAtlas, pictogramUv } from './pictograms';
import type { AtlasQuad } from './signGeometry';
import { atlasQuadsGeometry } from './signGeometry';

/** How much of the zone's colour tints a graphic panel (the rest is white), and how bright it is printed. */
const tint = { zoneShare: 0.45, brightness: 0.92 } as const;

/**
 * The booths' graphic panels: the pictogram of the booth's main instrument kind on its back wall (or
 * island spine) and on the outside of its side walls, tinted with the zone's colour. One mesh, one
 * atlas: one draw call.
 */
export function BoothGraphics({ placements }: { placements: readonly InstrumentPlacement[] }) {
  const geometry = useMemo(() => {
    const kind = new Map(boothSigns(placements).map(({ booth, category }) => [booth.id, category]));
    const zoneTint = new Map(
      zones.map((z) => {
        const c = new Color('#ffffff')
          .lerp(new Color(z.color), tint.zoneShare)
          .multiplyScalar(tint.brightness);
        return [z.id, [c.r, c.g, c.b]];
      }),
    );
    const quads: AtlasQuad[] = [];
    const colors: number[][] = [];
    for (const d of dressedBooths()) {
      const category = kind.get(d.booth.id);
      if (!category) continue;
      const uv = pictogramUv(instrumentCategoryIds.indexOf(category), instrumentCategoryIds.length);
      for (const face of d.graphics) {
        quads.push({ ...face, uv });
        colors.push(zoneTint.get(d.booth.zone) ?? [1, 1, 1]);
      }
    }
    return atlasQuadsGeometry(quads, colors);
  }, [placements]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const texture = useMemo(() => drawPictogramAtlas(instrumentCategoryIds), []);
  useEffect(() => () => texture.dispose(), [texture]);
  return (
    <mesh name="booth-graphics" geometry={geometry}>
      <meshBasicMaterial
        map={texture}
        vertexColors
        polygonOffset
        polygonOffsetFactor={-1}
        polygonOffsetUnits={-4}
      />
    </mesh>
  );
}
