import type { Object3D } from 'three';
import type { HeroId } from '../registry';
import { useDemos } from '../engine/demos';
import { heroViews } from './views';

/**
 * The live demonstration of one instrument in 3D, drawn in the model's own frame (mount it next to the
 * model in the same group). Renders only while this instrument's demo is active (running or showing
 * its result); unmounting puts the model's moving parts back at rest.
 */
export function HeroDemo3D({ id, model }: { id: HeroId; model: Object3D }) {
  const active = useDemos((s) => s.active === id);
  if (!active) return null;
  const View = heroViews[id];
  return <View model={model} />;
}
