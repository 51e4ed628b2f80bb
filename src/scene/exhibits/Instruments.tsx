import { useEffect, useMemo } from 'react';
import { MeshStandardMaterial } from 'three';
import { instrumentCategories } from '../../content/instrumentCategories';
import type { InstrumentCategoryId } from '../../content/instrumentCategories';
import { instrumentsFor } from '../../layout/instruments';
import type { InstrumentPlacement } from '../../layout/instruments';
import { urlInstrumentCount } from '../../platform/instrumentCount';
import { BoothGraphics } from './instruments/BoothGraphics';
import { BoothSigns } from './instruments/BoothSigns';
import { InstrumentKind } from './instruments/InstrumentKind';
import { NaiveInstruments } from './instruments/NaiveInstruments';

/** Surface of the generic instruments: painted metal and plastic. */
const finish = { roughness: 0.5, metalness: 0.15 } as const;

/**
 * The generic instruments that fill the booths (1,000 by default, `?instruments=<n>`): one instanced mesh
 * per category, all sharing one material, and the booths' signs and graphic panels. Hover names a category; a click
 * opens its card. `naive` draws each instrument as its own mesh instead (the benchmark's baseline).
 */
export function Instruments({ naive = false }: { naive?: boolean }) {
  const placements = useMemo(() => instrumentsFor(urlInstrumentCount()), []);
  const material = useMemo(() => new MeshStandardMaterial({ vertexColors: true, ...finish }), []);
  useEffect(() => () => material.dispose(), [material]);
  const byCategory = useMemo(() => {
    const m = new Map<InstrumentCategoryId, InstrumentPlacement[]>();
    for (const p of placements) {
      const list = m.get(p.category);
      if (list) list.push(p);
      else m.set(p.category, [p]);
    }
    return m;
  }, [placements]);
  if (naive)
    return (
      <group name="instruments">
        <NaiveInstruments placements={placements} finish={finish} />
        <BoothSigns placements={placements} />
        <BoothGraphics placements={placements} />
      </group>
    );
  return (
    <group name="instruments">
      {instrumentCategories.map((c) => {
        const items = byCategory.get(c.id);
        if (!items) return null;
        return (
          <InstrumentKind
            key={c.id}
            category={c.id}
            items={items}
            material={material}
            castShadow={c.size !== 'bench'}
          />
        );
      })}
      <BoothSigns placements={placements} />
      <BoothGraphics placements={placements} />
    </group>
  );
}
