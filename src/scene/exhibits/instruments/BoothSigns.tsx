import { useEffect, useMemo } from 'react';
import { instrumentCategoryIds, instrumentCategories } from '../../../content/instrumentCategories';
import { dressedBooths } from '../../../layout/boothDressing';
import { boothSigns } from '../../../layout/instrumentSummary';
import type { InstrumentPlacement } from '../../../layout/instruments';
import { useExpo } from '../../../state/expo';
import { drawSignAtlas } from './signAtlas';
import type { AtlasQuad } from './signGeometry';
import { atlasQuadsGeometry, signQuads } from './signGeometry';

/** Every character the booth numbers use, with a blank cell first (the number badge's padding). */
function glyphsOf(numbers: readonly string[]): string {
  return ` ${[...new Set(numbers.join(''))].sort().join('')}`;
}

/**
 * The signs on the booths' headers: booth number and main instrument kind (in the current language), on the
 * front header and any open side's. All are one mesh with one atlas texture: one draw call.
 */
export function BoothSigns({ placements }: { placements: readonly InstrumentPlacement[] }) {
  const lang = useExpo((s) => s.lang);
  const dressing = dressedBooths();
  const glyphs = useMemo(() => glyphsOf(dressing.map((d) => d.number)), [dressing]);
  const geometry = useMemo(() => {
    const kind = new Map(boothSigns(placements).map(({ booth, category }) => [booth.id, category]));
    const quads: AtlasQuad[] = [];
    for (const d of dressing) {
      // A booth left empty (fewer instruments than booths) still shows its number.
      const category = kind.get(d.booth.id);
      const row = category ? instrumentCategoryIds.indexOf(category) : null;
      for (const face of d.signs)
        quads.push(...signQuads(face, d.number, row, instrumentCategoryIds.length, glyphs));
    }
    return atlasQuadsGeometry(quads);
  }, [placements, dressing, glyphs]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const texture = useMemo(
    () =>
      drawSignAtlas(
        instrumentCategories.map((c) => c.name[lang]),
        glyphs,
      ),
    [lang, glyphs],
  );
  useEffect(() => () => texture.dispose(), [texture]);
  return (
    <mesh name="booth-signs" geometry={geometry}>
      <meshBasicMaterial
        map={texture}
        toneMapped={false}
        polygonOffset
        polygonOffsetFactor={-1}
        polygonOffsetUnits={-4}
      />
    </mesh>
  );
}
