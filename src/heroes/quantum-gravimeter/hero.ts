import { defineHero } from '../model';

/** The quantum absolute gravimeter: its model (built by scripts/models/gravimeter.ts) and its stand. */
export const quantumGravimeter = defineHero('quantum-gravimeter', {
  footprintM: [1.6, 0.85],
  heightM: 1.55,
  hotspots: ['vacuum-tube', 'laser-system', 'electronics-unit'],
  stand: { x: -8, z: 28, yawDeg: 20 },
});
