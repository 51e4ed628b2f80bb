import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import { Euler } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { collisionWorld } from '../../layout/collision';
import { prefersReducedMotion } from '../../platform/motion';
import { overviewView, useExpo } from '../../state/expo';
import { nav, stepWalk } from '../../state/nav';
import type { FlightAnim } from './flight';
import { planFlight, stepFlight } from './flight';

/** Longest frame step simulated at once, s: slow devices still walk at true speed; a hidden tab does not teleport. */
const maxFrameS = 1;

/** Orbit limits of the overview, metres and radians. */
const orbit = { minDistanceM: 30, maxDistanceM: 420, maxPolar: 1.35 } as const;

/** Drives the camera: walking physics, animated flights between places, and the overview orbit. */
export function CameraRig() {
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const flight = useExpo((s) => s.flight);
  const mode = useExpo((s) => s.mode);
  const anim = useRef<FlightAnim | null>(null);
  const orbitRef = useRef<OrbitControlsImpl>(null);
  const euler = useRef(new Euler(0, 0, 0, 'YXZ'));

  useEffect(() => {
    if (!flight) return;
    nav.walkTarget = null;
    anim.current = planFlight(
      camera,
      flight.to,
      prefersReducedMotion(),
      flight.mode === 'walk' && camera.position.y < 5,
    );
    nav.flying = true;
    invalidate(); // rendering is on demand: the flight's first frame starts it
  }, [flight, camera, invalidate]);

  useFrame((_, rawDt) => {
    const dt = Math.min(rawDt, maxFrameS);
    nav.poseTimeMs = performance.now();
    const a = anim.current;
    // The orbit only steers in the overview, and never during a flight.
    if (orbitRef.current) orbitRef.current.enabled = mode === 'overview' && !a;
    if (a) {
      if (stepFlight(a, camera, dt)) {
        anim.current = null;
        nav.flying = false;
        if (useExpo.getState().mode === 'walk') {
          euler.current.setFromQuaternion(camera.quaternion, 'YXZ');
          nav.x = camera.position.x;
          nav.z = camera.position.z;
          nav.yaw = euler.current.y;
          nav.pitch = euler.current.x;
          nav.lastWalk = { x: nav.x, z: nav.z, yaw: nav.yaw };
        }
      }
    } else if (mode === 'walk') {
      stepWalk(nav, dt, collisionWorld);
      camera.position.set(nav.x, nav.y, nav.z);
      camera.quaternion.setFromEuler(euler.current.set(nav.pitch, nav.yaw, 0, 'YXZ'));
      return;
    }
    // Mirror the camera into the live state for the floor plan and the test hook.
    euler.current.setFromQuaternion(camera.quaternion, 'YXZ');
    nav.y = camera.position.y;
    if (mode === 'overview' || a) {
      nav.x = camera.position.x;
      nav.z = camera.position.z;
      nav.yaw = euler.current.y;
      nav.pitch = euler.current.x;
    }
  });

  return (
    <OrbitControls
      ref={orbitRef}
      makeDefault
      enabled={false}
      target={[overviewView.target.x, overviewView.target.y, overviewView.target.z]}
      minDistance={orbit.minDistanceM}
      maxDistance={orbit.maxDistanceM}
      maxPolarAngle={orbit.maxPolar}
      enableDamping={!prefersReducedMotion()}
    />
  );
}
