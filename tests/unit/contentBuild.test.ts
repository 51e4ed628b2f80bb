import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../scripts/check-content';
import type * as TourModule from '../../src/content/tour';
import type * as ZonesModule from '../../src/content/zones';

const root = process.cwd();

describe('content check at build time', () => {
  it('passes for the content as it is', async () => {
    expect(await checkContent()).toMatchObject({ problems: [] });
  });

  describe('own words beyond the exhibit panels', () => {
    afterEach(() => {
      vi.doUnmock('../../src/content/zones');
      vi.doUnmock('../../src/content/tour');
      vi.resetModules();
    });

    it('reports a zone blurb or tour narration copied from the article, with commas for its 、', async () => {
      vi.resetModules();
      vi.doMock('../../src/content/zones', async (load: () => Promise<typeof ZonesModule>) => {
        const real = await load();
        const zones = real.zones.map((z) =>
          z.id === 'smart-weighing-park'
            ? { ...z, blurb: { ...z.blurb, zh: '全市智能衡器计量产业规模已超过200亿元。' } }
            : z,
        );
        return { ...real, zones };
      });
      vi.doMock('../../src/content/tour', async (load: () => Promise<typeof TourModule>) => {
        const real = await load();
        const tourStops = real.tourStops.map((s, i) =>
          i === 0
            ? { ...s, narration: { ...s.narration, zh: '斑驳的红砖墙，高耸的工业烟囱，就在眼前。' } }
            : s,
        );
        return { ...real, tourStops };
      });
      const { checkContent: check } = await import('../../scripts/check-content');
      const { problems } = await check();
      expect(problems).toEqual([
        expect.stringMatching(
          /^zones\.\d+\(smart-weighing-park\)\.blurb\.zh: copies "全市智能衡器计量产业规模"/,
        ),
        expect.stringMatching(/^tour\.0\(entrance\)\.narration\.zh: copies "斑驳的红砖墙，高耸的工业烟囱"/),
      ]);
    });
  });

  it('fails `vite build` on malformed content, naming the file, the field path and the problem', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'expo-content-'));
    try {
      for (const f of ['index.html', 'vite.config.ts', 'package.json', 'tsconfig.json', 'src', 'scripts'])
        cpSync(path.join(root, f), path.join(dir, f), { recursive: true });
      symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
      const zonesFile = path.join(dir, 'src/content/zones.ts');
      const zonesText = readFileSync(zonesFile, 'utf8');
      expect(zonesText).toContain("en: 'Chuanshan Time Valley'");
      writeFileSync(zonesFile, zonesText.replace("en: 'Chuanshan Time Valley'", "en: ''"));
      const run = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', 'out'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
      });
      const output = run.stdout + run.stderr;
      expect(run.status, output).not.toBe(0);
      expect(output).toContain('Invalid zones (src/content/zones.ts)');
      expect(output).toContain('2.name.en: English text is missing');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
