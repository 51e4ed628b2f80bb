import { useEffect } from 'react';
import { addAfterEffect, addEffect, useFrame, useThree } from '@react-three/fiber';
import { InstancedMesh, Vector2, Vector3 } from 'three';
import type { Intersection } from 'three';
import { poseAlong } from '../layout/path';
import { frameBegan, frameEnded, markOnce, marks } from '../platform/frameLog';
import { pathRun } from '../state/pathRun';
import { registerProbe, testCrash } from '../platform/testProbes';
import { useLoading } from '../state/loading';
import { nav } from '../state/nav';

const deg2rad = Math.PI / 180;

/**
 * Lends the test hook projection, picking and renderer statistics; counts and times frames; marks the
 * first frame and the first full frame; walks scripted paths.
 */
export function TestHookBridge() {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const size = useThree((s) => s.size);
  const raycaster = useThree((s) => s.raycaster);
  const internal = useThree((s) => s.internal);
  useEffect(() => {
    const v = new Vector3();
    const ndc = new Vector2();
    registerProbe({
      project: ([x, y, z]) => {
        v.set(x, y, z).project(camera);
        if (v.z < -1 || v.z > 1 || Math.abs(v.x) > 1 || Math.abs(v.y) > 1) return null;
        const rect = gl.domElement.getBoundingClientRect();
        return { x: rect.left + ((v.x + 1) / 2) * rect.width, y: rect.top + ((1 - v.y) / 2) * rect.height };
      },
      pick: (x, y) => {
        // What a click at (x, y) ray-casts: every object with pointer handlers, as R3F does.
        const rect = gl.domElement.getBoundingClientRect();
        ndc.set(((x - rect.left) / rect.width) * 2 - 1, -((y - rect.top) / rect.height) * 2 + 1);
        const t0 = performance.now();
        raycaster.setFromCamera(ndc, camera);
        const hits: Intersection[] = [];
        for (const o of internal.interaction) hits.push(...raycaster.intersectObject(o, true));
        hits.sort((a, b) => a.distance - b.distance);
        const ms = performance.now() - t0;
        const hit = hits[0];
        return { ms, object: hit ? hit.object.name : null, instanceId: hit?.instanceId ?? null };
      },
      stats: () => {
        let instances = 0;
        let instancesAll = 0;
        let meshes = 0;
        let sunShadow = false;
        scene.traverseVisible((o) => {
          if ('isMesh' in o) meshes++;
          if ('isLight' in o && o.castShadow) sunShadow = true;
          const instanced = o instanceof InstancedMesh;
          if (instanced) instancesAll += o.count;
          // An instanced kind counts all its instruments, however many are drawn in detail just now.
          if (o.userData.instruments === true)
            instances += instanced ? (o.userData.instanceTotal ?? o.count) : 1;
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
          meshes,
          dpr: gl.getPixelRatio(),
          shadows: gl.shadowMap.enabled && sunShadow,
        };
      },
    });
    return () => registerProbe(null);
  }, [gl, camera, scene, size, raycaster, internal]);
  useEffect(() => {
    // R3F hands both effects the frame's rAF timestamp; the work in between needs the clock itself.
    const offBefore = addEffect(() => frameBegan(performance.now()));
    const offAfter = addAfterEffect(() => {
      frameEnded(performance.now());
      markOnce(marks.firstFrame);
      // Ready means a frame with everything in it has been drawn, so this runs after rendering.
      const { done, markDone } = useLoading.getState();
      if (!done.frame && done.code && done.materials && done.hall && done.models) {
        markDone('frame');
        markOnce(marks.ready);
      }
    });
    return () => {
      offBefore();
      offAfter();
    };
  }, []);
  // Before the camera rig (priority -1), so a scripted walk moves the camera this very frame.
  useFrame(() => {
    if (!pathRun.active) return;
    const t = (performance.now() - pathRun.startMs) / pathRun.durationMs;
    const pose = poseAlong(pathRun.points, t);
    Object.assign(nav, { x: pose.x, z: pose.z, yaw: pose.yawDeg * deg2rad, pitch: 0, walkTarget: null });
    if (t >= 1) pathRun.active = false;
  }, -1);
  useFrame(() => {
    if (testCrash.armed) {
      testCrash.armed = false;
      throw new Error('test hook: an uncaught error in the 3D view');
    }
    nav.framesRendered++;
  });
  return null;
}
