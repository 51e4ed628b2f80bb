import type { Object3D } from 'three';
import { useDemos } from '../../../state/demos';
import type { DemoId } from '../../../state/demos';
import { CscanDemo3D } from './CscanDemo3D';
import { CtDemo3D } from './CtDemo3D';
import { GravimeterDemo3D } from './GravimeterDemo3D';

/**
 * The live demonstration of one instrument in 3D, drawn in the model's own frame (mount it next to the
 * model in the same group). Renders only while this instrument's demo is active (running or showing
 * its result); unmounting puts the model's moving parts back at rest.
 */
export function HeroDemo3D({ id, model }: { id: DemoId; model: Object3D }) {
  const active = useDemos((s) => s.active === id);
  if (!active) return null;
  if (id === 'quantum-gravimeter') return <GravimeterDemo3D model={model} />;
  if (id === 'industrial-ct') return <CtDemo3D model={model} />;
  return <CscanDemo3D model={model} />;
}
