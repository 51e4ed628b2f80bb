/** Pure parts of the kiosk launcher (`npm run kiosk`): options, command lines, when to rebuild, back-off. */
import { join } from 'node:path';

/** Launcher options, from the command line. */
export interface KioskOptions {
  dryRun: boolean;
  port: number;
  /** Seconds of no input before the idle prompt; null: the app's default. */
  idleS: number | null;
  /** Seconds the idle prompt counts down; null: the app's default. */
  warnS: number | null;
  browser: string;
  /** Chromium profile kept for the kiosk only (so the visitor's browser profile is never touched). */
  profileDir: string;
  /** A build to serve as it is (no build step); null: this checkout's dist/, rebuilt when stale. */
  distDir: string | null;
}

/** A program and its arguments. */
export interface CommandLine {
  command: string;
  args: string[];
}

/** Defaults: Debian's Chromium, port 4173, a profile under $XDG_STATE_HOME (or ~/.local/state). */
export function defaultOptions(env: Record<string, string | undefined>): KioskOptions {
  const state = env.XDG_STATE_HOME || join(env.HOME || '/tmp', '.local', 'state');
  return {
    dryRun: false,
    port: 4173,
    idleS: null,
    warnS: null,
    browser: env.CHROMIUM_PATH || '/usr/bin/chromium',
    profileDir: join(state, 'metrology-expo-kiosk', 'chromium'),
    distDir: null,
  };
}

const usage =
  'usage: npm run kiosk -- [--dry-run] [--port=4173] [--idle=<s>] [--warn=<s>] [--browser=<path>] [--profile=<dir>] [--dist=<dir>]';

function positive(name: string, v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n <= 0) throw new Error(`--${name} wants a whole number, got "${v}"\n${usage}`);
  return n;
}

/** Parses `--flag` and `--name=value` arguments; throws with the usage line on anything unknown. */
export function parseArgs(argv: readonly string[], env: Record<string, string | undefined>): KioskOptions {
  const o = defaultOptions(env);
  for (const arg of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    const [name, value] = m ? [m[1]!, m[2]] : ['', undefined];
    if (name === 'dry-run' && value === undefined) o.dryRun = true;
    else if (name === 'port' && value !== undefined) o.port = positive(name, value);
    else if (name === 'idle' && value !== undefined) o.idleS = positive(name, value);
    else if (name === 'warn' && value !== undefined) o.warnS = positive(name, value);
    else if (name === 'browser' && value) o.browser = value;
    else if (name === 'profile' && value) o.profileDir = value;
    else if (name === 'dist' && value) o.distDir = value;
    else throw new Error(`unknown argument "${arg}"\n${usage}`);
  }
  if (o.port > 65535) throw new Error(`--port out of range: ${o.port}`);
  return o;
}

/** The page the kiosk shows: the local build with `?kiosk` (and idle/warn when given). */
export function kioskUrl(o: Pick<KioskOptions, 'port' | 'idleS' | 'warnS'>): string {
  const q = ['kiosk', o.idleS !== null ? `idle=${o.idleS}` : '', o.warnS !== null ? `warn=${o.warnS}` : ''];
  return `http://127.0.0.1:${o.port}/?${q.filter(Boolean).join('&')}`;
}

/** Chromium, full-screen kiosk: no error dialogs, pinch, overscroll navigation, first-run, translate or restore bubbles. */
export function chromiumCommand(o: KioskOptions): CommandLine {
  return {
    command: o.browser,
    args: [
      '--kiosk',
      '--noerrdialogs',
      '--disable-pinch',
      '--overscroll-history-navigation=0',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-translate',
      '--disable-features=TranslateUI',
      '--disable-session-crashed-bubble',
      '--hide-crash-restore-bubble',
      '--disable-infobars',
      '--check-for-update-interval=31536000',
      '--disable-background-networking',
      '--password-store=basic',
      `--user-data-dir=${o.profileDir}`,
      kioskUrl(o),
    ],
  };
}

/** The static server for the build (vite preview sends the Content-Security-Policy header). */
export function previewCommand(o: Pick<KioskOptions, 'port' | 'distDir'>, root: string): CommandLine {
  return {
    command: join(root, 'node_modules', '.bin', 'vite'),
    args: [
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(o.port),
      '--strictPort',
      ...(o.distDir ? ['--outDir', o.distDir] : []),
    ],
  };
}

/** The build, when dist is missing or older than the newest source file. */
export function buildCommand(root: string): CommandLine {
  return { command: join(root, 'node_modules', '.bin', 'vite'), args: ['build'] };
}

/** Whether to build first: no dist/index.html, or a source newer than it (mtimes in ms). */
export function needsBuild(distMtimeMs: number | null, newestSourceMtimeMs: number): boolean {
  return distMtimeMs === null || newestSourceMtimeMs > distMtimeMs;
}

/** Back-off before relaunching the browser, ms: 1 s doubling to 30 s, back to 1 s after a run of a minute or more. */
export function relaunchDelayMs(previousDelayMs: number, ranForMs: number): number {
  if (ranForMs >= 60_000) return 1000;
  return Math.min(30_000, Math.max(1000, previousDelayMs * 2));
}

/** A command line as a shell would show it (for --dry-run). */
export function showCommand(c: CommandLine): string {
  const quote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  return [c.command, ...c.args].map(quote).join(' ');
}
