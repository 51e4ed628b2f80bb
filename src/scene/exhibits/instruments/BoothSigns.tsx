import { useEffect, useMemo } from 'react';
import { instrumentCategoryIds, instrumentCategories } from '../../../content/instrumentCategories';
import { fasciaFront } from '../../../layout/booths';
import { boothSigns } from '../../../layout/instrumentSummary';
import type { InstrumentPlacement } from '../../../layout/instruments';
import { useExpo } from '../../../state/expo';
import { drawSignAtlas, signAspect } from './signAtlas';
import { signsGeometry } from './signGeometry';

/** Sign height on the fascia, metres (the fascia is 0.45 m tall). */
const signHeightM = 0.34;

/**
 * A name board on each booth's fascia naming its main instrument category in the current language: all
 * boards are one mesh with one atlas texture, so one draw call however many booths there are.
 */
export function BoothSigns({ placements }: { placements: readonly InstrumentPlacement[] }) {
  const lang = useExpo((s) => s.lang);
  const geometry = useMemo(() => {
    const spots = boothSigns(placements).map(({ booth, category }) => ({
      ...fasciaFront(booth),
      row: instrumentCategoryIds.indexOf(category),
    }));
    return signsGeometry(spots, instrumentCategoryIds.length, {
      widthM: signHeightM * signAspect,
      heightM: signHeightM,
    });
  }, [placements]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const texture = useMemo(() => drawSignAtlas(instrumentCategories.map((c) => c.name[lang])), [lang]);
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
