import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import { Euler } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { collisionWorld } from '../../layout/collision';
import { prefersReducedMotion } from '../../platform/motion';
import { overviewView, useExpo } from '../../state/expo';
import { nav, orbitNudge, orbitStep, stepWalk } from '../../state/nav';
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
    const controls = orbitRef.current;
    if (controls) controls.enabled = mode === 'overview' && !a;
    // Orbit buttons: turn about the block or zoom, one step per press.
    if (controls && mode === 'overview' && !a && (orbitNudge.turnDeg || orbitNudge.zoomSteps)) {
      // A button step lands at once (damping would spread it over dozens of on-demand frames).
      const damping = controls.enableDamping;
      controls.enableDamping = false;
      if (orbitNudge.turnDeg)
        controls.setAzimuthalAngle(controls.getAzimuthalAngle() + (orbitNudge.turnDeg * Math.PI) / 180);
      const zoom = Math.pow(orbitStep.zoomFactor, Math.abs(orbitNudge.zoomSteps));
      // dollyIn(s < 1) shortens the orbit radius: closer.
      if (orbitNudge.zoomSteps > 0) controls.dollyIn(zoom);
      else if (orbitNudge.zoomSteps < 0) controls.dollyOut(zoom);
      Object.assign(orbitNudge, { turnDeg: 0, zoomSteps: 0 });
      controls.update();
      controls.enableDamping = damping;
    }
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
