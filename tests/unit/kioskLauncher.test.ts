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
    });
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
    const c = previewCommand({ port: 4173 }, '/srv/expo');
    expect(c.command).toBe('/srv/expo/node_modules/.bin/vite');
    expect(c.args).toEqual(['preview', '--host', '127.0.0.1', '--port', '4173', '--strictPort']);
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
