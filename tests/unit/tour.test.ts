import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleSections } from '../../src/content/article';
import { articleMap } from '../../src/content/articleMap';
import { factNames, longestSharedRun, parseArticle } from '../../src/content/citations';
import { exhibits } from '../../src/content/exhibits';
import { heroIds } from '../../src/heroes/registry';
import { articleSectionIds, parseContent } from '../../src/content/schema';
import { tourLength, tourSchema, tourStops } from '../../src/content/tour';
import { startPose } from '../../src/layout/hall';
import { currentHash, parseHash, tourStopIndex } from '../../src/app/router';
import { useExpo } from '../../src/state/expo';
import { useLoading } from '../../src/state/loading';
import { resetNav } from '../../src/state/nav';
import { stayFor, tourClock, useTour } from '../../src/state/tour';

const articlePath = path.resolve(process.cwd(), '../shared/seed/article.txt');

describe('tour content', () => {
  it('starts at the entrance, visits every zone exhibit, and ends at the three frontier instruments in hall order', () => {
    expect(tourStops[0]!.exhibit).toBeNull();
    expect(tourStops.slice(-3).map((s) => s.exhibit)).toEqual([...heroIds]);
    const zoneExhibits = exhibits.filter((e) => e.kind === 'zone').map((e) => e.id);
    expect(tourStops.map((s) => s.exhibit)).toEqual(expect.arrayContaining(zoneExhibits));
    expect(tourLength).toBe(10);
  });

  it('narrates every stop in both languages and in its own words', () => {
    expect(existsSync(articlePath)).toBe(true);
    const article = parseArticle(readFileSync(articlePath, 'utf8'));
    const facts = factNames(exhibits);
    const ownWords = (text: string) => longestSharedRun(text, article, undefined, facts);
    for (const stop of tourStops) {
      expect(stop.narration.zh.length).toBeGreaterThan(20);
      expect(stop.narration.en.length).toBeGreaterThan(40);
      expect(ownWords(stop.narration.zh), stop.id).toBeUndefined();
    }
    for (const id of articleSectionIds) expect(ownWords(articleSections[id].summary.zh), id).toBeUndefined();
  });

  it('rejects a tour with an unknown exhibit, a duplicate stop or an untitled entrance, naming the field', () => {
    const bad = [
      { id: 'a', exhibit: null, narration: { zh: '一', en: 'one' } },
      { id: 'a', exhibit: 'no-such-exhibit', narration: { zh: '二', en: 'two' } },
    ];
    expect(() => parseContent(tourSchema, bad, 'tour')).toThrow(/0\.title: a stop without an exhibit/);
    expect(() => parseContent(tourSchema, bad, 'tour')).toThrow(/1\.id: duplicate stop a/);
    expect(() => parseContent(tourSchema, bad, 'tour')).toThrow(
      /1\.exhibit: unknown exhibit no-such-exhibit/,
    );
  });
});

describe('article map', () => {
  it('lists every exhibit under the section its panel cites, in print order', () => {
    expect(articleMap.map((s) => s.id)).toEqual([...articleSectionIds]);
    for (const e of exhibits) {
      const entry = articleMap.find((s) => s.id === e.citation.section)!;
      expect(entry.exhibits).toContain(e);
    }
    expect(articleMap.flatMap((s) => s.exhibits)).toHaveLength(exhibits.length);
    // The weighing park's panel also cites the signing ceremony in 一次聚变.
    expect(articleMap.find((s) => s.id === 'fusion')!.alsoCited.map((e) => e.id)).toContain(
      'smart-weighing-park',
    );
  });
});

describe('tour store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useTour.getState().exit();
    useExpo.getState().reset();
    resetNav();
    tourClock.pace = 1;
    useLoading.getState().markDone('frame'); // the hall is on screen: stays are timed from now
  });
  afterEach(() => {
    useTour.getState().exit();
    vi.useRealTimers();
  });

  it('opens each stop’s panel quietly, steps both ways and exits leaving the panel open', () => {
    const tour = useTour.getState();
    expect(tour.start(0, { playing: false })).toBe(true);
    expect(useExpo.getState().selected).toBeNull();
    expect(useExpo.getState().flight!.to).toMatchObject({ x: startPose.x, z: startPose.z });
    tour.next();
    expect(useTour.getState().index).toBe(1);
    expect(useExpo.getState().selected).toEqual({ id: tourStops[1]!.exhibit, part: null, takeFocus: false });
    tour.prev();
    tour.prev(); // no stop before the first
    expect(useTour.getState().index).toBe(0);
    expect(tour.start(tourLength)).toBe(false);
    expect(tour.start(-1)).toBe(false);
    tour.goToStop(tourLength - 1);
    tour.next(); // no stop after the last
    expect(useTour.getState().index).toBe(tourLength - 1);
    tour.exit();
    expect(useTour.getState().active).toBe(false);
    expect(useExpo.getState().selected?.id).toBe('ultrasonic-microscope');
  });

  it('plays on by itself after each stay, stops at the end, and loops when asked', () => {
    const tour = useTour.getState();
    tour.start(0);
    vi.advanceTimersByTime(stayFor(0, 'zh') * 1000 - 10);
    expect(useTour.getState().index).toBe(0);
    vi.advanceTimersByTime(20);
    expect(useTour.getState().index).toBe(1);
    for (let i = 1; i < tourLength - 1; i++) vi.advanceTimersByTime(stayFor(i, 'zh') * 1000 + 1);
    expect(useTour.getState().index).toBe(tourLength - 1);
    vi.advanceTimersByTime(stayFor(tourLength - 1, 'zh') * 1000 + 1);
    expect(useTour.getState()).toMatchObject({ index: tourLength - 1, playing: false, active: true });
    tour.start(tourLength - 1, { loop: true });
    vi.advanceTimersByTime(stayFor(tourLength - 1, 'zh') * 1000 + 1);
    expect(useTour.getState().index).toBe(0);
  });

  it('waits for the hall’s first frame before timing the first stay', () => {
    useLoading.setState({ done: { shell: true } });
    useTour.getState().start(0);
    vi.advanceTimersByTime(120_000);
    expect(useTour.getState().index).toBe(0);
    useLoading.getState().markDone('frame');
    vi.advanceTimersByTime(stayFor(0, 'zh') * 1000 + 1);
    expect(useTour.getState().index).toBe(1);
  });

  it('pauses when the visitor takes over, and holds while paused', () => {
    const tour = useTour.getState();
    tour.start(2);
    useExpo.getState().goTo(10, 40); // the visitor walks off
    expect(useTour.getState().playing).toBe(false);
    vi.advanceTimersByTime(120_000);
    expect(useTour.getState().index).toBe(2);
    tour.togglePlay();
    expect(useTour.getState().playing).toBe(true);
    useExpo.getState().focusExhibit('industrial-ct');
    expect(useTour.getState().playing).toBe(false);
    tour.togglePlay();
    useExpo.getState().openArticle('strategy');
    expect(useTour.getState().playing).toBe(false);
  });
});

describe('tour and article routes', () => {
  it('parses #/tour/<n> and #/article[/<section>], and rejects stops that do not exist', () => {
    expect(parseHash('#/tour/3')).toEqual({ kind: 'tour', stop: '3' });
    expect(parseHash('#/tour')).toEqual({ kind: 'tour', stop: '1' });
    expect(parseHash('#/article')).toEqual({ kind: 'article', section: null });
    expect(parseHash('#/article/strategy')).toEqual({ kind: 'article', section: 'strategy' });
    expect(tourStopIndex('3')).toBe(2);
    expect(tourStopIndex(String(tourLength))).toBe(tourLength - 1);
    for (const bad of ['0', String(tourLength + 1), 'abc', '1e1', '-1', '9'.repeat(50)])
      expect(tourStopIndex(bad), bad).toBeNull();
  });

  it('names the state: tour stop first, then the article view, then the panel', () => {
    useTour.getState().exit();
    useExpo.getState().reset();
    expect(currentHash()).toBe('#/');
    useExpo.getState().focusExhibit('industrial-ct');
    expect(currentHash()).toBe('#/exhibit/industrial-ct');
    useExpo.getState().openArticle('gathering');
    expect(currentHash()).toBe('#/article/gathering');
    useExpo.getState().openArticle('no-such-section');
    expect(useExpo.getState().notice).toEqual({ kind: 'unknown-section', section: 'no-such-section' });
    expect(currentHash()).toBe('#/article');
    useTour.getState().start(4, { playing: false });
    expect(currentHash()).toBe('#/tour/5');
    useTour.getState().exit();
  });
});
