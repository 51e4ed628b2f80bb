import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';

/** Labels the drawing surface itself (role img); the hotspot buttons sit beside it, not inside an image. */
export function CanvasLabel({ label }: { label: string }) {
  const el = useThree((s) => s.gl.domElement);
  useEffect(() => {
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', label);
  }, [el, label]);
  return null;
}
