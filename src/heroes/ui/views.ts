/** The panel side of every frontier instrument's demo, by hero id (a missing one is a type error). */
import type { HeroId } from '../registry';
import { ctDemoUi } from '../industrial-ct/ui/demoUi';
import { gravimeterDemoUi } from '../quantum-gravimeter/ui/demoUi';
import { cscanDemoUi } from '../ultrasonic-microscope/ui/demoUi';
import type { HeroDemoUi } from './demoUi';

/** Each hero's demo charts, status text and strings, as the info panel shows them. */
export const heroDemoUis = {
  'quantum-gravimeter': gravimeterDemoUi,
  'industrial-ct': ctDemoUi,
  'ultrasonic-microscope': cscanDemoUi,
} as const satisfies Record<HeroId, HeroDemoUi>;
