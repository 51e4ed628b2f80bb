import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  chromiumCommand,
  kioskUrl,
  needsBuild,
  parseArgs,
  previewCommand,
  relaunchDelayMs,
  showCommand,
} from '../../scripts/kiosk/args';

const env = { HOME: '/home/expo' };

describe('kiosk launcher', () => {
  it('defaults to Debian Chromium on 127.0.0.1:4173 with a profile of its own', () => {
    const o = parseArgs([], env);
    expect(o).toMatchObject({
      dryRun: false,
      port: 4173,
      idleS: null,
      warnS: null,
      browser: '/usr/bin/chromium',
    });
    expect(o.profileDir).toBe('/home/expo/.local/state/metrology-expo-kiosk/chromium');
    expect(parseArgs([], { ...env, XDG_STATE_HOME: '/var/lib/k' }).profileDir).toBe(
      '/var/lib/k/metrology-expo-kiosk/chromium',
    );
    expect(kioskUrl(o)).toBe('http://127.0.0.1:4173/?kiosk');
  });

  it('reads --dry-run, --port, --idle, --warn, --browser and --profile, and refuses anything else', () => {
    const o = parseArgs(
      ['--dry-run', '--port=8080', '--idle=60', '--warn=15', '--browser=/opt/c', '--profile=/tmp/p'],
      env,
    );
    expect(o).toEqual({
      dryRun: true,
      port: 8080,
      idleS: 60,
      warnS: 15,
      browser: '/opt/c',
      profileDir: '/tmp/p',
      distDir: null,
    });
    expect(parseArgs(['--dist=/srv/build'], env).distDir).toBe('/srv/build');
    expect(kioskUrl(o)).toBe('http://127.0.0.1:8080/?kiosk&idle=60&warn=15');
    for (const bad of [
      ['--port=abc'],
      ['--idle=-1'],
      ['--nope'],
      ['kiosk'],
      ['--port=70000'],
      ['--dry-run=1'],
    ])
      expect(() => parseArgs(bad, env), bad.join(' ')).toThrow();
  });

  it('launches Chromium full-screen in kiosk mode without dialogs, pinch, overscroll navigation or first-run', () => {
    const c = chromiumCommand(parseArgs(['--idle=120'], env));
    expect(c.command).toBe('/usr/bin/chromium');
    expect(c.args).toEqual(
      expect.arrayContaining([
        '--kiosk',
        '--noerrdialogs',
        '--disable-pinch',
        '--overscroll-history-navigation=0',
        '--no-first-run',
        '--disable-translate',
        '--disable-features=TranslateUI',
        '--disable-session-crashed-bubble',
        '--disable-infobars',
        '--check-for-update-interval=31536000',
        '--disable-background-networking',
        '--user-data-dir=/home/expo/.local/state/metrology-expo-kiosk/chromium',
      ]),
    );
    expect(c.args.at(-1)).toBe('http://127.0.0.1:4173/?kiosk&idle=120');
    expect(c.args.filter((a) => !a.startsWith('--'))).toHaveLength(1);
  });

  it('serves the build with vite preview on 127.0.0.1 only', () => {
    const c = previewCommand({ port: 4173, distDir: null }, '/srv/expo');
    expect(c.command).toBe('/srv/expo/node_modules/.bin/vite');
    expect(c.args).toEqual(['preview', '--host', '127.0.0.1', '--port', '4173', '--strictPort']);
    expect(previewCommand({ port: 4173, distDir: '/srv/build' }, '/srv/expo').args.slice(-2)).toEqual([
      '--outDir',
      '/srv/build',
    ]);
  });

  it('builds when dist is missing or older than the sources', () => {
    expect(needsBuild(null, 0)).toBe(true);
    expect(needsBuild(1000, 2000)).toBe(true);
    expect(needsBuild(2000, 1000)).toBe(false);
  });

  it('backs off 1 s doubling to 30 s after quick exits, and starts over after a long run', () => {
    let d = 0;
    const delays = [];
    for (let i = 0; i < 7; i++) delays.push((d = relaunchDelayMs(d, 500)));
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(relaunchDelayMs(30000, 120_000)).toBe(1000);
  });

  it('quotes arguments for --dry-run output', () => {
    expect(showCommand({ command: '/usr/bin/chromium', args: ['--kiosk', 'http://x/?kiosk&idle=5'] })).toBe(
      "/usr/bin/chromium --kiosk 'http://x/?kiosk&idle=5'",
    );
  });
});

const root = fileURLToPath(new URL('../..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function until(what: string, ok: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('kiosk launcher, running', () => {
  it('serves the build and relaunches the browser each time it exits, backing off, until stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-launch-'));
    try {
      // A build to serve, and a "browser" that notes each start (time and arguments) and exits at once.
      const dist = join(dir, 'dist');
      mkdirSync(dist);
      writeFileSync(join(dist, 'index.html'), '<!doctype html><title>kiosk</title>');
      const starts = join(dir, 'starts.log');
      const browser = join(dir, 'browser.sh');
      writeFileSync(browser, `#!/bin/sh\necho "$(date +%s%3N) $*" >> '${starts}'\nexit 3\n`);
      chmodSync(browser, 0o755);
      const port = await freePort();
      const launcher = spawn(
        join(root, 'node_modules', '.bin', 'tsx'),
        [
          'scripts/kiosk.ts',
          `--dist=${dist}`,
          `--browser=${browser}`,
          `--port=${port}`,
          `--profile=${dir}/profile`,
        ],
        { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      launcher.stdout.on('data', (d: Buffer) => (out += d.toString()));
      launcher.stderr.on('data', (d: Buffer) => (out += d.toString()));
      const exited = new Promise<number | null>((resolve) => launcher.once('exit', (code) => resolve(code)));
      const lines = () => {
        try {
          return readFileSync(starts, 'utf8').trim().split('\n').filter(Boolean);
        } catch {
          return [];
        }
      };
      try {
        await until('three browser starts', () => lines().length >= 3, 30_000);
      } catch (e) {
        launcher.kill('SIGKILL');
        throw new Error(`${(e as Error).message}; launcher said:\n${out}`, { cause: e });
      }
      // The server was up before the first start: the page the browser is sent to answers.
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
      const [a, b, c] = lines()
        .slice(0, 3)
        .map((l) => l.split(' '));
      for (const start of [a, b, c]) {
        expect(start).toContain('--kiosk');
        expect(start!.at(-1)).toBe(`http://127.0.0.1:${port}/?kiosk`);
      }
      // Quick exits back off: 1 s, then 2 s.
      expect(Number(b![0]) - Number(a![0])).toBeGreaterThanOrEqual(900);
      expect(Number(c![0]) - Number(b![0])).toBeGreaterThanOrEqual(1900);
      expect(out).toContain('chromium exited (3); relaunching in 1 s');
      expect(out).toContain('chromium exited (3); relaunching in 2 s');
      // SIGTERM stops the browser loop and the server.
      launcher.kill('SIGTERM');
      expect(await exited).toBe(0);
      const n = lines().length;
      await new Promise((r) => setTimeout(r, 1500));
      expect(lines()).toHaveLength(n);
      await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
