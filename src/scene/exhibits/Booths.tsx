import { useMemo } from 'react';
import { Color } from 'three';
import { zones } from '../../content/zones';
import { stands } from '../../layout/booths';
import type { Stand } from '../../layout/booths';
import { dressedBooths } from '../../layout/boothDressing';
import type { Box3 } from '../../layout/walls';
import { BoothLights } from './BoothLights';
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

/** Colours of the booths' own parts; carpets are the zone's colour, deepened towards this grey. */
const boothColor = {
  counter: '#f3f2ee',
  arm: '#30343a',
  carpetBase: '#3a3d42',
  carpetZoneShare: 0.55,
} as const;

/**
 * All stands: the booths dressed (carpet in the zone's colour, walls, headers, counters, spot lights), the
 * plinths, the conference stage and seats. Two instanced meshes hold every box: one in per-part colours,
 * one in zone colours (headers, counter bands, the strategy wall).
 */
export function Booths() {
  const parts = useMemo(() => {
    const zoneColor = new Map(zones.map((z) => [z.id, z.color]));
    const carpet = new Map(
      zones.map((z) => [
        z.id,
        `#${new Color(boothColor.carpetBase).lerp(new Color(z.color), boothColor.carpetZoneShare).getHexString()}`,
      ]),
    );
    const out = {
      structure: [] as Box3[],
      structureColors: [] as string[],
      accent: [] as Box3[],
      accentColors: [] as string[],
    };
    const add = (list: 'structure' | 'accent', boxes: readonly Box3[], color: string) => {
      out[list].push(...boxes);
      out[list === 'structure' ? 'structureColors' : 'accentColors'].push(...boxes.map(() => color));
    };
    for (const s of stands) {
      if (s.kind === 'booth') continue;
      const p = standParts(s);
      add('structure', p.structure, structureColor[s.kind]);
      add('accent', p.accent, s.kind === 'wall' ? structureColor.wall : (zoneColor.get(s.zone) ?? '#888888'));
    }
    for (const d of dressedBooths()) {
      add('structure', [d.carpet], carpet.get(d.booth.zone) ?? boothColor.carpetBase);
      add('structure', d.panels, structureColor.booth);
      add('structure', d.counter, boothColor.counter);
      add('structure', d.arms, boothColor.arm);
      add('accent', [...d.fascia, ...d.trim], zoneColor.get(d.booth.zone) ?? '#888888');
    }
    return out;
  }, []);
  return (
    <group name="booths">
      <InstancedBoxes
        name="stand-structure"
        boxes={parts.structure}
        colors={parts.structureColors}
        roughness={0.7}
      />
      <InstancedBoxes name="stand-accent" boxes={parts.accent} colors={parts.accentColors} roughness={0.5} />
      <BoothLights />
    </group>
  );
}
