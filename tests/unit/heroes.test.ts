import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelBuilders } from '../../scripts/models/builders';
import { exhibits } from '../../src/content/exhibits';
import { languages } from '../../src/content/languages';
import { engines } from '../../src/heroes/engine/engines';
import { heroes, heroIds, isHeroId } from '../../src/heroes/registry';
import { heroViews } from '../../src/heroes/scene/views';
import { heroDemoUis } from '../../src/heroes/ui/views';
import { missingKeys } from '../../src/content/stringTables';

/** Every registry keyed by hero id, by the layer it serves. */
const registries = {
  engines,
  'scene views': heroViews,
  'panel views': heroDemoUis,
  'model builders': modelBuilders,
};

describe('the hero registry', () => {
  it('lists the frontier instruments the content describes, in hall order', () => {
    const heroExhibits = exhibits.filter((e) => e.kind === 'hero').map((e) => e.id);
    expect(heroExhibits.length).toBeGreaterThan(0);
    expect([...heroIds]).toEqual(heroExhibits);
    expect(heroExhibits.every(isHeroId)).toBe(true);
    expect(isHeroId('strategy-wall')).toBe(false);
  });

  it.each(Object.entries(registries))('has an entry in %s for every hero and nothing else', (_, registry) => {
    expect(Object.keys(registry)).toEqual([...heroIds]);
  });

  it.each([...heroIds])('%s has a model file, its own anchor first, and a stand', (id) => {
    const { model, stand } = heroes[id];
    expect(existsSync(new URL(`../../public/models/${model.file}`, import.meta.url))).toBe(true);
    expect(model.anchors[0]?.id).toBe(id);
    expect(model.anchors.every((a) => a.node === `hotspot:${a.id}`)).toBe(true);
    expect(model.footprintM.every((m) => m > 0) && model.heightM > 0).toBe(true);
    expect([stand.x, stand.z, stand.yawDeg].every(Number.isFinite)).toBe(true);
  });

  it.each([...heroIds])('%s has an engine, a 3D view and a panel view that read the same live data', (id) => {
    const engine = engines[id];
    expect(typeof engine.live).toBe('object');
    const ui = heroDemoUis[id];
    expect(typeof heroViews[id]).toBe('function');
    expect(ui.charts.length).toBeGreaterThan(0);
    engine.reset();
    const before = ui.version();
    engine.start();
    engine.step(1);
    expect(ui.version()).not.toBe(before);
    engine.reset();
  });

  it.each([...heroIds])('%s says its status and describes every chart in every language', (id) => {
    const ui = heroDemoUis[id];
    for (const lang of languages) {
      for (const status of ['idle', 'running', 'done'] as const) {
        const readout = ui.readout(lang, status);
        expect(readout.status.trim()).not.toBe('');
        expect(readout.labels).toHaveLength(ui.charts.length);
        expect(readout.labels.every((l) => l.trim() !== '')).toBe(true);
      }
      expect(ui.charts.every((c) => c.caption(lang).trim() !== '')).toBe(true);
    }
  });

  it.each([...heroIds])('%s has every demo string in every language', (id) => {
    const table = heroDemoUis[id].strings;
    expect(Object.keys(table)).toEqual([...languages]);
    expect(Object.keys(table[languages[0]!]).length).toBeGreaterThan(0);
    expect(missingKeys(table)).toEqual([]);
  });
});
