import { defineHero } from '../model';

/** The industrial CT scanner: its model (built by scripts/models/ct.ts) and its stand. */
export const industrialCt = defineHero('industrial-ct', {
  footprintM: [3.55, 1.75],
  heightM: 2.3,
  hotspots: ['xray-source', 'rotary-stage', 'flat-panel-detector'],
  parts: { 'rotary-stage': { motion: 'rotate-y' }, specimen: { motion: 'static' } },
  stand: { x: 0, z: 26, yawDeg: 0 },
});
