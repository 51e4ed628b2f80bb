import { useMemo } from 'react';
import { zones } from '../../content/zones';
import { stands } from '../../layout/booths';
import type { Stand } from '../../layout/booths';
import type { Box3 } from '../../layout/walls';
import { InstancedBoxes } from './InstancedBoxes';
import { standParts } from './standParts';

/** Structure colours by kind of stand. */
const structureColor: Record<Stand['kind'], string> = {
  booth: '#ebe8e1',
  plinth: '#2a2e35',
  stage: '#5e4838',
  seats: '#34465f',
  wall: '#b8322f',
};

/** All booths, plinths, the conference stage and seats: three instanced meshes in all. */
export function Booths() {
  const parts = useMemo(() => {
    const zoneColor = new Map(zones.map((z) => [z.id, z.color]));
    const out = {
      structure: [] as Box3[],
      structureColors: [] as string[],
      accent: [] as Box3[],
      accentColors: [] as string[],
      display: [] as Box3[],
    };
    for (const s of stands) {
      const p = standParts(s);
      out.structure.push(...p.structure);
      out.structureColors.push(...p.structure.map(() => structureColor[s.kind]));
      out.accent.push(...p.accent);
      out.accentColors.push(
        ...p.accent.map(() =>
          s.kind === 'wall' ? structureColor.wall : (zoneColor.get(s.zone) ?? '#888888'),
        ),
      );
      out.display.push(...p.display);
    }
    return out;
  }, []);
  return (
    <group name="booths">
      <InstancedBoxes
        name="stand-structure"
        boxes={parts.structure}
        colors={parts.structureColors}
        roughness={0.75}
      />
      <InstancedBoxes name="stand-accent" boxes={parts.accent} colors={parts.accentColors} roughness={0.5} />
      <InstancedBoxes name="stand-display" boxes={parts.display} colors={['#f3f2ee']} roughness={0.35} />
    </group>
  );
}
