import { beforeEach, describe, expect, it } from 'vitest';
import { collisionWorld } from '../../src/layout/collision';
import { startPose, zonePlacements } from '../../src/layout/hall';
import { hashFor, parseHash } from '../../src/app/router';
import { hoverRepositionPx, overviewView, useExpo } from '../../src/state/expo';
import { loadingProgress, loadingSteps } from '../../src/state/loading';
import { keyAction, nav, resetNav, stepWalk, walk } from '../../src/state/nav';

beforeEach(() => {
  useExpo.getState().reset();
  useExpo.setState({ flight: null });
  resetNav();
});

describe('expo store', () => {
  it('starts in Chinese, walking, at the entrance', () => {
    const s = useExpo.getState();
    expect(s.lang).toBe('zh');
    expect(s.mode).toBe('walk');
    expect(s.selected).toBeNull();
    expect([nav.x, nav.z]).toEqual([startPose.x, startPose.z]);
  });

  it('toggles the language both ways', () => {
    useExpo.getState().toggleLang();
    expect(useExpo.getState().lang).toBe('en');
    useExpo.getState().toggleLang();
    expect(useExpo.getState().lang).toBe('zh');
  });

  it('flies up to the overview and back to where the visitor last walked', () => {
    nav.lastWalk = { x: 12, z: 30, yaw: 0.5 };
    useExpo.getState().setMode('overview');
    const up = useExpo.getState().flight!;
    expect(up.mode).toBe('overview');
    expect(up.to).toEqual(overviewView.pose);
    useExpo.getState().setMode('walk');
    const down = useExpo.getState().flight!;
    expect(down.seq).toBeGreaterThan(up.seq);
    expect([down.to.x, down.to.y, down.to.z]).toEqual([12, walk.eyeHeightM, 30]);
  });

  it('goTo nudges a target inside a wall or booth out to free floor', () => {
    useExpo.getState().goTo(-60.2, 20); // inside hall A's west wall
    const to = useExpo.getState().flight!.to;
    expect(collisionWorld.blocked({ x: to.x, z: to.z })).toBe(false);
    expect(to.y).toBe(walk.eyeHeightM);
  });

  it('flies to a known zone and refuses an unknown one', () => {
    expect(useExpo.getState().flyToZone('chuanshan-time-valley')).toBe(true);
    const entry = zonePlacements['chuanshan-time-valley']!.entry;
    const to = useExpo.getState().flight!.to;
    expect([to.x, to.z, to.yawDeg]).toEqual([entry.x, entry.z, entry.yawDeg]);
    const before = useExpo.getState().flight;
    expect(useExpo.getState().flyToZone('no-such-zone')).toBe(false);
    expect(useExpo.getState().flight).toBe(before);
  });

  it('opens an exhibit panel and frames it; an unknown exhibit raises a notice and opens nothing', () => {
    expect(useExpo.getState().focusExhibit('industrial-ct', null, { layout: 'side' })).toBe(true);
    expect(useExpo.getState().selected).toMatchObject({ id: 'industrial-ct', part: null });
    const framed = useExpo.getState().flight!.to;
    expect(framed.z).toBeGreaterThan(24); // stands in front (south) of the CT
    expect(useExpo.getState().focusExhibit('industrial-ct', 'xray-source')).toBe(true);
    expect(useExpo.getState().selected).toMatchObject({ id: 'industrial-ct', part: 'xray-source' });
    useExpo.getState().closePanel();
    expect(useExpo.getState().focusExhibit('<script>', null)).toBe(false);
    expect(useExpo.getState().selected).toBeNull();
    expect(useExpo.getState().notice).toEqual({ kind: 'unknown-exhibit', id: '<script>' });
  });

  it('opens a zone exhibit panel and frames its board from free floor in front of it', () => {
    expect(useExpo.getState().focusExhibit('smart-weighing-park', null, { layout: 'side' })).toBe(true);
    expect(useExpo.getState().selected).toMatchObject({ id: 'smart-weighing-park', part: null });
    const framed = useExpo.getState().flight!.to;
    expect(framed.z).toBeGreaterThan(42.5); // south of the board, on the entry side
    expect(collisionWorld.blocked({ x: framed.x, z: framed.z })).toBe(false);
    // A part id on an exhibit without parts is dropped.
    expect(useExpo.getState().focusExhibit('two-conferences', 'no-such-part', { layout: 'bottom' })).toBe(
      true,
    );
    expect(useExpo.getState().selected).toMatchObject({ id: 'two-conferences', part: null });
    const to = useExpo.getState().flight!.to;
    expect(collisionWorld.blocked({ x: to.x, z: to.z })).toBe(false);
    expect(useExpo.getState().flight!.mode).toBe('walk');
  });

  it('reset puts every field back and the visitor at the entrance', () => {
    const s = useExpo.getState();
    s.toggleLang();
    s.setMode('overview');
    s.setHelpOpen(true);
    s.setIndexOpen(true);
    nav.x = 40;
    s.reset();
    const r = useExpo.getState();
    expect([r.lang, r.mode, r.helpOpen, r.selected, r.notice]).toEqual(['zh', 'walk', false, null, null]);
    expect(r.indexOpen).toBe(false);
    expect(nav.x).toBe(startPose.x);
  });
});

describe('exhibit index in the store', () => {
  it('starts closed, opens and closes', () => {
    expect(useExpo.getState().indexOpen).toBe(false);
    useExpo.getState().setIndexOpen(true);
    expect(useExpo.getState().indexOpen).toBe(true);
    useExpo.getState().setIndexOpen(false);
    expect(useExpo.getState().indexOpen).toBe(false);
  });

  it('closes when an exhibit panel or a category card opens from it, even the one already open', () => {
    useExpo.getState().setIndexOpen(true);
    useExpo.getState().focusExhibit('industrial-ct', null, { layout: 'side' });
    expect(useExpo.getState().indexOpen).toBe(false);
    useExpo.getState().setIndexOpen(true);
    useExpo.getState().focusExhibit('industrial-ct', null, { layout: 'side' });
    expect(useExpo.getState().indexOpen).toBe(false);
    useExpo.getState().setIndexOpen(true);
    useExpo.getState().openCategory('watch-timer');
    expect(useExpo.getState().indexOpen).toBe(false);
  });

  it('stays open when asked for an unknown exhibit, which raises a notice instead', () => {
    useExpo.getState().setIndexOpen(true);
    expect(useExpo.getState().focusExhibit('nope', null, { layout: 'side' })).toBe(false);
    expect(useExpo.getState().indexOpen).toBe(true);
  });
});

describe('instrument categories in the store', () => {
  it('opens a category card and closes it; an unknown category opens nothing', () => {
    expect(useExpo.getState().openCategory('cmm')).toBe(true);
    expect(useExpo.getState().categoryCard).toBe('cmm');
    useExpo.getState().closeCategory();
    expect(useExpo.getState().categoryCard).toBeNull();
    expect(useExpo.getState().openCategory('<img>')).toBe(false);
    expect(useExpo.getState().categoryCard).toBeNull();
  });

  it('keeps the exhibit panel and the category card apart: opening one closes the other', () => {
    useExpo.getState().focusExhibit('industrial-ct', null, { layout: 'side' });
    useExpo.getState().openCategory('spectrometer');
    expect(useExpo.getState().selected).toBeNull();
    expect(useExpo.getState().categoryCard).toBe('spectrometer');
    useExpo.getState().focusExhibit('industrial-ct', null, { layout: 'side' });
    expect(useExpo.getState().categoryCard).toBeNull();
    expect(useExpo.getState().selected).toMatchObject({ id: 'industrial-ct', part: null });
  });

  it('sets the hovered category only when it changes or the pointer has moved on', () => {
    let sets = 0;
    const stop = useExpo.subscribe((s, prev) => {
      if (s.hoveredCategory !== prev.hoveredCategory) sets++;
    });
    const { hoverCategory } = useExpo.getState();
    hoverCategory('cmm', 100, 100);
    hoverCategory('cmm', 104, 103);
    hoverCategory('cmm', 100 + hoverRepositionPx / 2, 100);
    expect(sets).toBe(1);
    expect(useExpo.getState().hoveredCategory).toEqual({ id: 'cmm', x: 100, y: 100 });
    hoverCategory('cmm', 100 + hoverRepositionPx + 1, 100);
    hoverCategory('laser-tracker', 100 + hoverRepositionPx + 1, 100);
    expect(sets).toBe(3);
    hoverCategory(null);
    hoverCategory(null);
    expect(sets).toBe(4);
    expect(useExpo.getState().hoveredCategory).toBeNull();
    stop();
  });

  it('clears the tooltip when a card opens, and reset clears both', () => {
    useExpo.getState().hoverCategory('cmm', 10, 10);
    useExpo.getState().openCategory('cmm');
    expect(useExpo.getState().hoveredCategory).toBeNull();
    useExpo.getState().hoverCategory('watch-timer', 10, 10);
    useExpo.getState().reset();
    expect(useExpo.getState().categoryCard).toBeNull();
    expect(useExpo.getState().hoveredCategory).toBeNull();
  });
});

describe('walking state', () => {
  it('maps WASD and arrows to walking actions', () => {
    expect(keyAction('KeyW')).toBe('forward');
    expect(keyAction('ArrowUp')).toBe('forward');
    expect(keyAction('ArrowLeft')).toBe('turnLeft');
    expect(keyAction('KeyD')).toBe('right');
    expect(keyAction('KeyZ')).toBeNull();
  });

  it('walks 1.4 m per second forward, 2.2x with run', () => {
    nav.x = 0;
    nav.z = 50;
    nav.yaw = 0;
    nav.held.add('forward');
    for (let i = 0; i < 60; i++) stepWalk(nav, 1 / 60, collisionWorld);
    expect(nav.z).toBeCloseTo(50 - 1.4, 5);
    nav.held.add('run');
    stepWalk(nav, 1, collisionWorld);
    expect(nav.z).toBeCloseTo(50 - 1.4 - 1.4 * 2.2, 5);
  });

  it('walks towards a clicked target and stops there', () => {
    nav.x = 0;
    nav.z = 50;
    nav.walkTarget = { x: 3, z: 46 };
    for (let i = 0; i < 300; i++) stepWalk(nav, 1 / 30, collisionWorld);
    expect(nav.walkTarget).toBeNull();
    expect(Math.hypot(nav.x - 3, nav.z - 46)).toBeLessThan(walk.arriveM + 0.01);
  });
});

describe('loading progress', () => {
  it('counts steps and asset files', () => {
    expect(loadingProgress({ done: {}, assets: { loaded: 0, total: 3 } })).toBe(0);
    const all = Object.fromEntries(loadingSteps.map((s) => [s.id, true as const]));
    expect(loadingProgress({ done: all, assets: { loaded: 3, total: 3 } })).toBe(1);
    expect(loadingProgress({ done: all, assets: { loaded: 0, total: 3 } })).toBeLessThan(1);
  });
});

describe('deep-link routes', () => {
  it('parses exhibit links, parts, and bad input without throwing', () => {
    expect(parseHash('#/exhibit/industrial-ct')).toEqual({
      kind: 'exhibit',
      id: 'industrial-ct',
      part: null,
    });
    expect(parseHash('#/exhibit/industrial-ct/xray-source')).toEqual({
      kind: 'exhibit',
      id: 'industrial-ct',
      part: 'xray-source',
    });
    expect(parseHash('#/exhibit/%E0%A4%A')).toEqual({ kind: 'exhibit', id: '%E0%A4%A', part: null });
    expect(parseHash(`#/exhibit/${'x'.repeat(10000)}`)).toMatchObject({ kind: 'exhibit' });
    expect((parseHash(`#/exhibit/${'x'.repeat(10000)}`) as { id: string }).id.length).toBeLessThanOrEqual(80);
    expect(parseHash('')).toEqual({ kind: 'home' });
    expect(parseHash('#/elsewhere')).toEqual({ kind: 'home' });
  });

  it('builds hashes that parse back', () => {
    const sel = { id: 'ultrasonic-microscope', part: 'transducer' };
    expect(parseHash(hashFor(sel))).toEqual({ kind: 'exhibit', ...sel });
    expect(hashFor(null)).toBe('#/');
  });
});

describe('framing an exhibit', () => {
  it('stands further back on a narrow portrait screen so the exhibit fits its width', async () => {
    const { framePose } = await import('../../src/layout/framing');
    const at = { x: 0, y: 1, z: 0 };
    const wide = framePose(at, 2, 0, 'side', { aspect: 16 / 9, topInset: 0 });
    const phone = framePose(at, 2, 0, 'bottom', { aspect: 390 / 844, topInset: 0 });
    expect(phone.z).toBeGreaterThan(wide.z);
    // Half the exhibit's width fits inside 70% of the phone's half-width.
    const halfWidthTan = Math.tan((31 * Math.PI) / 180) * (390 / 844);
    expect(1 / phone.z).toBeLessThanOrEqual(halfWidthTan * 0.7 + 1e-9);
    // The side layout turns right so the exhibit sits left of centre; the bottom layout looks down.
    expect(wide.yawDeg).toBeLessThan(0);
    expect(phone.pitchDeg).toBeLessThan(wide.pitchDeg);
  });
});
