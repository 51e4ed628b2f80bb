/**
 * `npm run kiosk`: builds if needed, serves the build on 127.0.0.1 and keeps Debian's Chromium running
 * full-screen in kiosk mode on it, relaunching it (with a back-off) whenever it exits. Ctrl+C stops everything.
 * `--dry-run` prints the command lines and launches nothing; `--dist=<dir>` serves a build made elsewhere as it is.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandLine } from './kiosk/args';
import {
  buildCommand,
  chromiumCommand,
  needsBuild,
  parseArgs,
  previewCommand,
  relaunchDelayMs,
  showCommand,
} from './kiosk/args';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newestMtime(join(path, name))), st.mtimeMs);
}

function sourcesMtime(): number {
  return Math.max(
    ...['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) =>
      newestMtime(join(root, p)),
    ),
  );
}

function distMtime(): number | null {
  const index = join(root, 'dist', 'index.html');
  return existsSync(index) ? statSync(index).mtimeMs : null;
}

async function serverUp(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (msg: string) => console.log(`[kiosk ${new Date().toISOString()}] ${msg}`);

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2), process.env);
  const build = buildCommand(root);
  const preview = previewCommand(options, root);
  const browser = chromiumCommand(options);
  const rebuild = options.distDir === null && needsBuild(distMtime(), sourcesMtime());
  if (options.distDir !== null && !existsSync(join(options.distDir, 'index.html')))
    throw new Error(
      `--dist=${options.distDir}: no index.html there; build with \`npx vite build --outDir <dir>\``,
    );

  if (options.dryRun) {
    console.log(`${rebuild ? '' : '# dist is up to date, no build\n# '}${showCommand(build)}`);
    console.log(showCommand(preview));
    console.log(showCommand(browser));
    return;
  }
  if (rebuild) {
    log('building (dist is missing or older than the sources)');
    const r = spawnSync(build.command, build.args, { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`build failed (exit ${r.status})`);
  }
  mkdirSync(options.profileDir, { recursive: true });

  let stopping = false;
  const children = new Set<ChildProcess>();
  const run = (c: CommandLine): ChildProcess => {
    const child = spawn(c.command, c.args, { cwd: root, stdio: 'inherit' });
    children.add(child);
    child.once('exit', () => children.delete(child));
    return child;
  };
  const stop = () => {
    if (stopping) return;
    stopping = true;
    log('stopping');
    for (const child of children) child.kill('SIGTERM');
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  /** Keeps a program running: relaunches it after it exits, waiting longer after quick crashes. */
  const supervise = async (name: string, c: CommandLine, before?: () => Promise<void>) => {
    let delay = 0;
    while (!stopping) {
      if (before) await before();
      if (stopping) return;
      const started = Date.now();
      log(`starting ${name}`);
      const child = run(c);
      const code = await new Promise<number | string | null>((resolve) => {
        child.once('exit', (status, signal) => resolve(status ?? signal));
        child.once('error', (e) => resolve(e.message));
      });
      if (stopping) return;
      delay = relaunchDelayMs(delay, Date.now() - started);
      log(`${name} exited (${String(code)}); relaunching in ${delay / 1000} s`);
      await sleep(delay);
    }
  };

  const page = `http://127.0.0.1:${options.port}/`;
  const waitForServer = async () => {
    for (let i = 0; !stopping && !(await serverUp(page)); i++) {
      if (i % 20 === 19) log(`waiting for ${page}`);
      await sleep(500);
    }
  };
  await Promise.all([supervise('server', preview), supervise('chromium', browser, waitForServer)]);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
