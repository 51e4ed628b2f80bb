import type { ReactNode } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { useExpo } from '../../state/expo';
import { nav } from '../../state/nav';
import { requestFrame } from '../../platform/frames';

/** Largest pointer travel (px) that still counts as a click rather than a drag. */
export const clickSlopPx = 6;

/** Wraps the walkable scene: a click or tap on the floor walks there (in the overview, flies down there). */
export function FloorClick({ children }: { children: ReactNode }) {
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    // Only the nearest thing under the pointer counts.
    e.stopPropagation();
    if (e.delta > clickSlopPx || nav.flying || !e.object.userData.walkable) return;
    const { mode, goTo } = useExpo.getState();
    if (mode === 'walk') {
      nav.walkTarget = { x: e.point.x, z: e.point.z };
      requestFrame(); // rendering is on demand: the walk's first frame starts it
    } else goTo(e.point.x, e.point.z);
  };
  return <group onClick={onClick}>{children}</group>;
}
