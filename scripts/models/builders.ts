/** The procedural model builder of every frontier instrument, by hero id (a missing one is a type error). */
import type { Object3D } from 'three';
import type { HeroId } from '../../src/heroes/registry';
import { buildCt } from './ct';
import { buildGravimeter } from './gravimeter';
import { buildMicroscope } from './microscope';

/** Builds each hero's model in three, in metres, facing +z; build-models.ts bakes and exports it as GLB. */
export const modelBuilders = {
  'quantum-gravimeter': buildGravimeter,
  'industrial-ct': buildCt,
  'ultrasonic-microscope': buildMicroscope,
} as const satisfies Record<HeroId, () => Object3D>;
