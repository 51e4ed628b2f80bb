import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { Camera, Scene } from 'three';

/** A callback that runs before each render of the scene, with the camera it is rendered with. */
type BeforeRender = (camera: Camera) => void;

const registry = new WeakMap<Scene, Set<BeforeRender>>();

/**
 * Runs `callback` before every render of the R3F scene, after the camera's matrices are updated and before
 * three culls and uploads the objects, so whatever it changes (instance counts and matrices) is drawn in
 * that very frame. A frame loop callback would run before the camera rig has moved the camera.
 */
export function useBeforeRender(callback: BeforeRender): void {
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    let set = registry.get(scene);
    if (!set) {
      const callbacks = new Set<BeforeRender>();
      set = callbacks;
      registry.set(scene, callbacks);
      scene.onBeforeRender = (_renderer, _scene, camera) => {
        for (const cb of callbacks) cb(camera);
      };
    }
    set.add(callback);
    return () => {
      set.delete(callback);
    };
  }, [scene, callback]);
}
