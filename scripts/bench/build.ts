import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import net from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { classifyResource, initialJsFiles } from './bytes';
import type { ManifestChunk } from './bytes';

/** Builds the app with a manifest (so the initial chunks are known) into dist/. */
export function buildApp(root: string): void {
  const r = spawnSync('npx', ['vite', 'build', '--manifest'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build failed (${r.status})`);
}

/** Sizes of the built app: JS gzip (initial and all), models, fonts, by file. */
export interface BundleSizes {
  initialJs: { file: string; bytes: number; gzipBytes: number }[];
  lazyJs: { file: string; bytes: number; gzipBytes: number }[];
  initialJsGzipBytes: number;
  allJsGzipBytes: number;
  modelBytes: number;
  fontBytes: number;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out;
}

/** Measures dist/: gzip (level 9) of every JS chunk, split into what index.html loads first and the rest. */
export async function measureBundle(dist: string): Promise<BundleSizes> {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build with --manifest`);
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const initial = new Set(initialJsFiles(manifest));
  const files = (await filesUnder(dist)).filter((f) => !f.includes(`${join(dist, '.vite')}`));
  const initialJs: BundleSizes['initialJs'] = [];
  const lazyJs: BundleSizes['lazyJs'] = [];
  let modelBytes = 0;
  let fontBytes = 0;
  for (const f of files) {
    const rel = f.slice(dist.length + 1);
    const kind = classifyResource(`/${rel}`);
    if (kind === 'models') modelBytes += (await stat(f)).size;
    if (kind === 'fonts') fontBytes += (await stat(f)).size;
    if (kind !== 'js') continue;
    const buf = await readFile(f);
    const entry = { file: rel, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
    (initial.has(rel) ? initialJs : lazyJs).push(entry);
  }
  const sum = (xs: { gzipBytes: number }[]) => xs.reduce((a, x) => a + x.gzipBytes, 0);
  return {
    initialJs,
    lazyJs,
    initialJsGzipBytes: sum(initialJs),
    allJsGzipBytes: sum(initialJs) + sum(lazyJs),
    modelBytes,
    fontBytes,
  };
}

/** Whether a TCP port on 127.0.0.1 is free. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/** The preferred port if it is free, else one the OS hands out. */
export async function choosePort(preferred: number): Promise<number> {
  if (await portFree(preferred)) return preferred;
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** A running `vite preview` of dist/ on 127.0.0.1. */
export interface Server {
  url: string;
  stop: () => void;
}

/** Serves dist/ with `vite preview` on 127.0.0.1:port and waits until it answers. */
export async function serve(root: string, port: number): Promise<Server> {
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  // Stops the whole process group (npx and the vite it started), and nothing else.
  const stop = () => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url}`);
}
