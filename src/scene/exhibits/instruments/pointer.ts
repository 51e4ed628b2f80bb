import type { ThreeEvent } from '@react-three/fiber';
import { useExpo } from '../../../state/expo';
import { clickSlopPx } from '../../controls/FloorClick';

/**
 * Pointer handlers of one instrument kind's instanced mesh (or, in the naive build, of one instrument's own
 * mesh): hover names the category, a click opens its card.
 */
export function instrumentHandlers(category: string, instanced = true) {
  return {
    onPointerMove: (e: ThreeEvent<PointerEvent>) => {
      // The nearest instrument under the pointer is the one named; things behind it are not hovered.
      e.stopPropagation();
      const { hoverCategory } = useExpo.getState();
      // While dragging to look around, no tooltip.
      if ((instanced && e.instanceId === undefined) || e.nativeEvent.buttons !== 0)
        return hoverCategory(null);
      hoverCategory(category, e.nativeEvent.clientX, e.nativeEvent.clientY);
    },
    onPointerOut: () => useExpo.getState().hoverCategory(null),
    onClick: (e: ThreeEvent<MouseEvent>) => {
      // The instrument takes the click even after a drag, so the booth or floor behind it never does.
      e.stopPropagation();
      if (e.delta > clickSlopPx || (instanced && e.instanceId === undefined)) return;
      useExpo.getState().openCategory(category);
    },
  };
}
