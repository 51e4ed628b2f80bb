import { beforeEach, describe, expect, it } from 'vitest';
import { stepDemos, useDemos } from '../../src/heroes/engine/demos';
import { ctDemoUi } from '../../src/heroes/industrial-ct/ui/demoUi';
import { gravimeterDemoUi } from '../../src/heroes/quantum-gravimeter/ui/demoUi';
import { cscanDemoUi } from '../../src/heroes/ultrasonic-microscope/ui/demoUi';
import type { HeroDemoUi } from '../../src/heroes/ui/demoUi';
import type { HeroId } from '../../src/heroes/registry';

/** Runs a demo to its end and returns what its panel says then, in both languages. */
function finished(id: HeroId, ui: HeroDemoUi) {
  useDemos.getState().startDemo(id);
  for (let t = 0; useDemos.getState().status === 'running' && t < 120; t += 1 / 30) stepDemos(1 / 30);
  return (['zh', 'en'] as const).map((lang) => ({
    status: ui.readout(lang, 'done').status,
    labels: ui.readout(lang, 'done').labels,
    captions: ui.charts.map((c) => c.caption(lang)),
    note: ui.note?.(lang) ?? '',
  }));
}

/** Every string a demo's panel shows at rest and at its end, both languages. */
function shown(id: HeroId, ui: HeroDemoUi): string[] {
  const idle = (['zh', 'en'] as const).flatMap((lang) => [ui.readout(lang, 'idle').status]);
  return [...idle, ...finished(id, ui).flatMap((s) => [s.status, ...s.labels, ...s.captions, s.note])];
}

beforeEach(() => useDemos.getState().resetDemos());

describe('what the demos say about themselves', () => {
  it('fills every placeholder', () => {
    for (const [id, ui] of [
      ['quantum-gravimeter', gravimeterDemoUi],
      ['industrial-ct', ctDemoUi],
      ['ultrasonic-microscope', cscanDemoUi],
    ] as const)
      for (const text of shown(id, ui)) expect(text, id).not.toMatch(/\{\w+\}/);
  });

  it('gravimeter: g is compared with the simulation’s set value, and the note says what a real instrument does', () => {
    const [zh, en] = finished('quantum-gravimeter', gravimeterDemoUi);
    expect(en!.status).toMatch(/µGal from the simulation’s set value\.$/);
    expect(zh!.status).toMatch(/与模拟设定值相差 [+−-]?\d+\.\d µGal。$/);
    expect(en!.captions[1]).toContain('set value');
    expect(en!.note).toMatch(
      /set value.*WGS84.*height above sea level.*Earth tides.*0\.25 mGal.*air pressure.*vertical gradient.*a few µGal/,
    );
    expect(zh!.note).toMatch(/设定值.*WGS84.*海拔.*固体潮.*气压.*垂直梯度.*几 µGal/);
    for (const s of Object.values(gravimeterDemoUi.strings)) expect(s.en).not.toMatch(/\breference\b/);
  });

  it('CT: says it is a simplified parallel-beam slice over 180°, unlike a 360° cone-beam volume', () => {
    const idle = (lang: 'zh' | 'en') => ctDemoUi.readout(lang, 'idle').status;
    expect(idle('en')).toMatch(
      /180°.*one slice.*simplified parallel-beam model.*cone-beam CT turns through 360°.*whole volume/,
    );
    expect(idle('zh')).toMatch(/180°.*一个截面.*简化的平行束模型.*锥束 CT 要转满 360°.*整个体积/);
    expect(ctDemoUi.charts.map((c) => c.caption('en')).join(' ')).toMatch(/parallel.beam/);
    for (const s of Object.values(ctDemoUi.strings)) expect(s.zh).not.toContain('旋转台');
  });

  it('C-scan: caption and note give the package size, the raster and its pitch; the transducer is called one', () => {
    expect(cscanDemoUi.charts[0]!.caption('en')).toBe('C-scan image (12 × 12 mm package)');
    expect(cscanDemoUi.charts[0]!.caption('zh')).toBe('C 扫描图像（12 × 12 mm 封装）');
    expect(cscanDemoUi.note!('en')).toMatch(/^Scanned at 96 × 96 points 125\u00a0µm apart\. /);
    expect(cscanDemoUi.note!('zh')).toMatch(/^扫描 96 × 96 点，步距 125\u00a0µm。/);
    expect(cscanDemoUi.readout('en', 'idle').status).toContain('a 50 MHz transducer');
    expect(cscanDemoUi.readout('zh', 'idle').status).toContain('50 MHz 超声换能器');
    for (const s of Object.values(cscanDemoUi.strings)) {
      expect(s.zh).not.toContain('探头');
      expect(s.en).not.toMatch(/\bprobe\b/);
    }
  });
});
