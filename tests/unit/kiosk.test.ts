import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPose } from '../../src/layout/hall';
import { collisionWorld } from '../../src/layout/collision';
import { useDemos } from '../../src/heroes/engine/demos';
import { useExpo } from '../../src/state/expo';
import { resetKiosk, useKiosk } from '../../src/state/kiosk';
import { useLoading } from '../../src/state/loading';
import { nav, resetNav, stepWalk, walk } from '../../src/state/nav';
import { stayFor, tourClock, useTour } from '../../src/state/tour';
import { joystickInput } from '../../src/ui/Joystick';

/** A store's plain data (no actions). */
const data = (s: object) => Object.fromEntries(Object.entries(s).filter(([, v]) => typeof v !== 'function'));

describe('kiosk store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetKiosk();
    useTour.getState().exit();
    useTour.setState(useTour.getInitialState());
    useExpo.getState().reset();
    resetNav();
    tourClock.pace = 1;
    useLoading.getState().markDone('frame');
  });
  afterEach(() => {
    resetKiosk();
    useTour.getState().exit();
    vi.useRealTimers();
  });

  it('does nothing when kiosk mode is off', () => {
    useKiosk.getState().configure({ on: false, idleS: 5, warnS: 2 });
    vi.advanceTimersByTime(60_000);
    expect(useKiosk.getState().phase).toBe('visit');
  });

  it('warns after idle seconds, counts down warn seconds, then resets the visit and starts the attract loop', () => {
    useKiosk.getState().configure({ on: true, idleS: 10, warnS: 3 });
    vi.advanceTimersByTime(9_999);
    expect(useKiosk.getState().phase).toBe('visit');
    vi.advanceTimersByTime(1);
    expect(useKiosk.getState()).toMatchObject({ phase: 'warning', countdown: 3 });
    vi.advanceTimersByTime(1000);
    expect(useKiosk.getState().countdown).toBe(2);
    vi.advanceTimersByTime(1000);
    expect(useKiosk.getState().countdown).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(useKiosk.getState().phase).toBe('attract');
    expect(useKiosk.getState().resets).toBe(1);
    expect(useTour.getState()).toMatchObject({ active: true, playing: true, loop: true, index: 0 });
    expect(tourClock.pace).toBe(useKiosk.getState().attractPace);
  });

  it('activity restarts the idle clock, and a touch during the warning keeps the visit', () => {
    useKiosk.getState().configure({ on: true, idleS: 10, warnS: 3 });
    useExpo.getState().focusExhibit('industrial-ct');
    vi.advanceTimersByTime(8_000);
    useKiosk.getState().noteActivity();
    vi.advanceTimersByTime(8_000);
    expect(useKiosk.getState().phase).toBe('visit');
    vi.advanceTimersByTime(2_500);
    expect(useKiosk.getState().phase).toBe('warning');
    useKiosk.getState().noteActivity();
    expect(useKiosk.getState()).toMatchObject({ phase: 'visit', countdown: 0, resets: 0 });
    expect(useExpo.getState().selected?.id).toBe('industrial-ct'); // the visit goes on
    vi.advanceTimersByTime(9_999);
    expect(useKiosk.getState().phase).toBe('visit');
    vi.advanceTimersByTime(1);
    expect(useKiosk.getState().phase).toBe('warning');
  });

  it('resetVisit puts every store back to its initial state, language default, camera at the entrance', () => {
    useKiosk.getState().configure({ on: true, idleS: 10, warnS: 3 });
    const expo0 = data(useExpo.getInitialState());
    const tour0 = data(useTour.getInitialState());
    const demos0 = data(useDemos.getInitialState());
    const e = useExpo.getState();
    e.setLang('en');
    e.focusExhibit('quantum-gravimeter', 'atom-source');
    useDemos.getState().startDemo('quantum-gravimeter');
    e.setHelpOpen(true);
    e.setPlanOpen(false);
    e.setMode('overview');
    e.openCategory('platform-scale');
    e.setIndexOpen(true);
    e.openArticle('strategy');
    e.showNotice({ kind: 'unknown-exhibit', id: 'x' });
    useTour.getState().start(3);
    useTour.getState().setSpeech(true);
    Object.assign(nav, { x: 10, z: -20, yaw: 1, pitch: 0.3 });
    nav.held.add('forward');
    nav.gain = { move: 0.4, turn: 0.2 };

    useKiosk.getState().resetVisit();
    const { flight, by, ...expo } = data(useExpo.getState()) as { flight: { to: object }; by: string };
    expect({ ...expo, flight: null, by: 'visitor' }).toEqual({ ...expo0, flight: null });
    expect(by).toBe('kiosk'); // the reset is the kiosk's own change
    expect(useExpo.getState().lang).toBe('zh');
    expect(flight.to).toMatchObject({ x: startPose.x, z: startPose.z, yawDeg: startPose.yawDeg });
    expect(data(useTour.getState())).toEqual(tour0);
    expect(data(useDemos.getState())).toEqual(demos0);
    expect([nav.x, nav.z, nav.pitch, nav.held.size]).toEqual([startPose.x, startPose.z, 0, 0]);
    expect(nav.gain).toEqual({ move: 1, turn: 1 });
    expect(useKiosk.getState()).toMatchObject({ phase: 'visit', countdown: 0, resets: 1 });
    expect(tourClock.pace).toBe(1);
  });

  it('the attract loop plays the tour by itself and loops; its own moves do not end it; a touch starts a fresh visit', () => {
    useKiosk.getState().configure({ on: true, idleS: 10, warnS: 3 });
    useExpo.getState().setLang('en');
    useKiosk.getState().startAttract();
    expect(useKiosk.getState().phase).toBe('attract');
    // Ten stops and back to the first: the tour moves through the stores, the kiosk stays in attract.
    let elapsed = 0;
    for (let i = 0; i < 10; i++) {
      const ms = stayFor(i, useExpo.getState().lang, tourClock.pace) * 1000 + 1;
      vi.advanceTimersByTime(ms);
      elapsed += ms;
    }
    expect(elapsed).toBeGreaterThan(60_000);
    expect(useTour.getState()).toMatchObject({ active: true, playing: true, index: 0 });
    expect(useKiosk.getState().phase).toBe('attract');
    useKiosk.getState().noteActivity();
    expect(useKiosk.getState().phase).toBe('visit');
    expect(useTour.getState().active).toBe(false);
    expect(useExpo.getState().selected).toBeNull();
    expect(useExpo.getState().lang).toBe('zh');
    expect(tourClock.pace).toBe(1);
    // And the idle clock runs again.
    vi.advanceTimersByTime(10_000);
    expect(useKiosk.getState().phase).toBe('warning');
  });

  it('endAttract outside the attract loop does nothing', () => {
    useKiosk.getState().configure({ on: true, idleS: 10, warnS: 3 });
    useExpo.getState().focusExhibit('industrial-ct');
    useKiosk.getState().endAttract();
    expect(useExpo.getState().selected?.id).toBe('industrial-ct');
    expect(useKiosk.getState().resets).toBe(0);
  });
});

describe('kiosk joystick', () => {
  beforeEach(() => resetNav());

  it('ignores the dead zone, walks forward when pushed up and turns when pushed sideways, analogue', () => {
    expect(joystickInput(0.1, -0.1)).toEqual({ actions: [], move: 1, turn: 1 });
    const up = joystickInput(0, -1);
    expect(up.actions).toEqual(['forward']);
    expect(up.move).toBeCloseTo(1);
    const half = joystickInput(0.6, 0.5);
    expect(half.actions).toEqual(['back', 'turnRight']);
    expect(half.move).toBeGreaterThan(0.3);
    expect(half.move).toBeLessThan(0.5);
    expect(joystickInput(-1, 0).actions).toEqual(['turnLeft']);
  });

  it('walks slower at a lower gain; the keys (gain 1) keep their speed', () => {
    const from = { x: startPose.x, z: startPose.z };
    Object.assign(nav, { x: from.x, z: from.z, yaw: 0 });
    nav.held.add('forward');
    stepWalk(nav, 0.5, collisionWorld);
    const full = Math.hypot(nav.x - from.x, nav.z - from.z);
    expect(full).toBeCloseTo(walk.speedMps * 0.5, 5);
    Object.assign(nav, { x: from.x, z: from.z });
    nav.gain = { move: 0.5, turn: 1 };
    stepWalk(nav, 0.5, collisionWorld);
    expect(Math.hypot(nav.x - from.x, nav.z - from.z)).toBeCloseTo(full / 2, 5);
  });
});
