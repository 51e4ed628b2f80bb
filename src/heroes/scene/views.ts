/** The 3D demo view of every frontier instrument, by hero id (a missing one is a type error). */
import type { ComponentType } from 'react';
import type { Object3D } from 'three';
import type { HeroId } from '../registry';
import { CtDemo3D } from '../industrial-ct/scene/CtDemo3D';
import { GravimeterDemo3D } from '../quantum-gravimeter/scene/GravimeterDemo3D';
import { CscanDemo3D } from '../ultrasonic-microscope/scene/CscanDemo3D';

/** Props of a hero's 3D demo: the loaded model, in whose frame the demo is drawn. */
export interface HeroViewProps {
  model: Object3D;
}

/** Each hero's 3D demo view, mounted beside its model while its demo is active. */
export const heroViews = {
  'quantum-gravimeter': GravimeterDemo3D,
  'industrial-ct': CtDemo3D,
  'ultrasonic-microscope': CscanDemo3D,
} as const satisfies Record<HeroId, ComponentType<HeroViewProps>>;
