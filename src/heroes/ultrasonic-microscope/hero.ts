import { defineHero } from '../model';

/** The scanning acoustic microscope: its model (built by scripts/models/microscope.ts) and its stand. */
export const ultrasonicMicroscope = defineHero('ultrasonic-microscope', {
  footprintM: [2.0, 0.8],
  heightM: 1.85,
  hotspots: ['transducer', 'water-tank', 'control-station'],
  parts: {
    'scan-bridge': { motion: 'translate-z', rangeM: [-0.1, 0.1] },
    'scan-carriage': { motion: 'translate-x', rangeM: [-0.2, 0.2] },
    'transducer-probe': { motion: 'translate-y', rangeM: [-0.01, 0.04] },
  },
  stand: { x: 8, z: 28, yawDeg: -20 },
});
