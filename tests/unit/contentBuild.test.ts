import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check-content';

const root = process.cwd();

describe('content check at build time', () => {
  it('passes for the content as it is', async () => {
    expect(await checkContent()).toMatchObject({ problems: [] });
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
