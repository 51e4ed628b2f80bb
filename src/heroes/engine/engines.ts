/** The demo engine of every frontier instrument, by hero id (a missing one is a type error). */
import type { HeroId } from '../registry';
import { ctEngine } from '../industrial-ct/engine/ctDemo';
import { gravimeterEngine } from '../quantum-gravimeter/engine/gravimeterDemo';
import { cscanEngine } from '../ultrasonic-microscope/engine/cscanDemo';
import type { DemoEngine } from './demoEngine';

/** Each hero's engine; its `live` object is what the 3D demo and the panel charts read. */
export const engines = {
  'quantum-gravimeter': gravimeterEngine,
  'industrial-ct': ctEngine,
  'ultrasonic-microscope': cscanEngine,
} as const satisfies Record<HeroId, DemoEngine<unknown>>;
