import { useEffect, useEffectEvent, useState } from 'react';
import type { Texture } from 'three';
import { requestFrame } from '../platform/frames';

/**
 * A texture drawn on a canvas once per `key` (a language, say), in a task of its own after the component
 * mounts rather than in the render that mounts it, so that many boards never add up to one long task.
 * Until it is drawn the result is null; when the key changes the old texture stays up until the new one
 * has replaced it on screen, and is disposed then (the last one on unmount). Each new one asks for a
 * frame once it is on its material.
 */
export function useDrawnTexture(key: string, make: () => Texture | null): Texture | null {
  const [texture, setTexture] = useState<Texture | null>(null);
  const draw = useEffectEvent(make);
  useEffect(() => {
    const task = setTimeout(() => setTexture(draw()));
    return () => clearTimeout(task);
  }, [key]);
  useEffect(() => {
    // Drawn after the commit that put the texture on its material.
    if (texture) requestFrame();
    return () => texture?.dispose();
  }, [texture]);
  return texture;
}
