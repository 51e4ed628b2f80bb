/**
 * Builds the frontier instruments' models procedurally and writes public/models/<id>.glb.
 * Run with `npm run models`. Output is deterministic.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Object3D } from 'three';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { getBounds } from '@gltf-transform/functions';
import { MeshoptDecoder } from 'meshoptimizer';
import { heroModels } from '../src/content/modelAnchors';
import type { HeroModelId } from '../src/content/modelAnchors';
import { bake, exportGlb, optimiseGlb } from './models/export';
import { buildGravimeter } from './models/gravimeter';
import { buildCt } from './models/ct';
import { buildMicroscope } from './models/microscope';

const builders: Record<HeroModelId, () => Object3D> = {
  'quantum-gravimeter': buildGravimeter,
  'industrial-ct': buildCt,
  'ultrasonic-microscope': buildMicroscope,
};

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'models');
const MAX_BYTES = 400 * 1024;

/** Reads the written GLB back and checks the manifest's nodes are there. */
async function verify(id: HeroModelId, glb: Uint8Array): Promise<string> {
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
  const entry = heroModels[id];
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
  for (const id of Object.keys(heroModels) as HeroModelId[]) {
    if (only.length && !only.includes(id)) continue;
    const model = builders[id]();
    model.name = id;
    const raw = await exportGlb(bake(model));
    const glb = await optimiseGlb(raw);
    const info = await verify(id, glb);
    const file = join(outDir, heroModels[id].file);
    await writeFile(file, glb);
    console.log(
      `${heroModels[id].file}: ${(glb.byteLength / 1024).toFixed(1)} KB (raw ${(raw.byteLength / 1024).toFixed(1)} KB), ${info}`,
    );
  }
}

await main();
