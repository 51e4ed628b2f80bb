/**
 * Builds the frontier instruments' models procedurally and writes public/models/<id>.glb.
 * Run with `npm run models`. Output is deterministic.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { getBounds } from '@gltf-transform/functions';
import { MeshoptDecoder } from 'meshoptimizer';
import { heroes, heroIds } from '../src/heroes/registry';
import type { HeroId } from '../src/heroes/registry';
import { bake, exportGlb, optimiseGlb } from './models/export';
import { modelBuilders } from './models/builders';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'models');
const MAX_BYTES = 400 * 1024;

/** Reads the written GLB back and checks the manifest's nodes are there. */
async function verify(id: HeroId, glb: Uint8Array): Promise<string> {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(glb);
  const names = new Set(
    doc
      .getRoot()
      .listNodes()
      .map((n) => n.getName()),
  );
  const entry = heroes[id].model;
  const wanted = [...entry.anchors.map((a) => a.node), ...entry.parts.map((p) => p.node)];
  const missing = wanted.filter((n) => !names.has(n));
  if (missing.length) throw new Error(`${id}: missing nodes ${missing.join(', ')}`);
  if (glb.byteLength > MAX_BYTES) throw new Error(`${id}: ${glb.byteLength} bytes is over the 400 KB budget`);
  const scene = doc.getRoot().listScenes()[0];
  if (!scene) throw new Error(`${id}: no scene`);
  const { min, max } = getBounds(scene);
  const f = (v: number[]) => v.map((x) => x.toFixed(3)).join(', ');
  return `bounds min [${f(min)}] max [${f(max)}]`;
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const only = process.argv.slice(2);
  for (const id of heroIds) {
    if (only.length && !only.includes(id)) continue;
    const model = modelBuilders[id]();
    model.name = id;
    const raw = await exportGlb(bake(model));
    const glb = await optimiseGlb(raw);
    const info = await verify(id, glb);
    const file = join(outDir, heroes[id].model.file);
    await writeFile(file, glb);
    console.log(
      `${heroes[id].model.file}: ${(glb.byteLength / 1024).toFixed(1)} KB (raw ${(raw.byteLength / 1024).toFixed(1)} KB), ${info}`,
    );
  }
}

await main();
