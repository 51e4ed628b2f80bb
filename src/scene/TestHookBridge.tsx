import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { InstancedMesh, Vector3 } from 'three';
import { registerProbe, testCrash } from '../platform/testHook';
import { useLoading } from '../state/loading';
import { nav } from '../state/nav';

/** Lends the test hook projection and renderer statistics, counts frames, and reports the first full frame. */
export function TestHookBridge() {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const size = useThree((s) => s.size);
  useEffect(() => {
    const v = new Vector3();
    registerProbe({
      project: ([x, y, z]) => {
        v.set(x, y, z).project(camera);
        if (v.z < -1 || v.z > 1 || Math.abs(v.x) > 1 || Math.abs(v.y) > 1) return null;
        const rect = gl.domElement.getBoundingClientRect();
        return { x: rect.left + ((v.x + 1) / 2) * rect.width, y: rect.top + ((1 - v.y) / 2) * rect.height };
      },
      stats: () => {
        let instances = 0;
        let instancesAll = 0;
        scene.traverseVisible((o) => {
          if (!(o instanceof InstancedMesh)) return;
          instancesAll += o.count;
          if (o.userData.instruments === true) instances += o.count;
        });
        const info = gl.info;
        return {
          calls: info.render.calls,
          triangles: info.render.triangles,
          geometries: info.memory.geometries,
          textures: info.memory.textures,
          programs: info.programs?.length ?? 0,
          instances,
          instancesAll,
        };
      },
    });
    return () => registerProbe(null);
  }, [gl, camera, scene, size]);
  useFrame(() => {
    if (testCrash.armed) {
      testCrash.armed = false;
      throw new Error('test hook: an uncaught error in the 3D view');
    }
    nav.framesRendered++;
    const { done, markDone } = useLoading.getState();
    if (!done.frame && done.code && done.materials && done.hall && done.models) markDone('frame');
  });
  return null;
}
