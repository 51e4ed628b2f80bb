import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { useExpo } from '../../state/expo';
import { look, nav } from '../../state/nav';

/** Drag on the canvas to look around in walk mode (mouse, pen or one finger); no pointer lock needed. */
export function PointerLook() {
  const el = useThree((s) => s.gl.domElement);
  const walking = useExpo((s) => s.mode === 'walk');
  useEffect(() => {
    if (!walking) return;
    let last: { x: number; y: number; id: number } | null = null;
    const down = (e: PointerEvent) => {
      if (e.button !== 0 || nav.flying) return;
      last = { x: e.clientX, y: e.clientY, id: e.pointerId };
    };
    const move = (e: PointerEvent) => {
      if (!last || e.pointerId !== last.id) return;
      look(nav, e.clientX - last.x, e.clientY - last.y);
      last = { ...last, x: e.clientX, y: e.clientY };
    };
    const up = (e: PointerEvent) => {
      if (last?.id === e.pointerId) last = null;
    };
    el.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    return () => {
      el.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    };
  }, [el, walking]);
  return null;
}
