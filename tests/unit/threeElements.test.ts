import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import * as threeElements from '../../src/scene/threeElements';

const root = process.cwd();
const drei = path.join(root, 'node_modules/@react-three/drei');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/** The three classes a source writes as JSX elements: lower-case tags whose PascalCase name three exports. */
function elementsIn(code: string, tag: RegExp): string[] {
  const names = [...code.matchAll(tag)].map((m) => m[1]![0]!.toUpperCase() + m[1]!.slice(1));
  return names.filter((n) => n in THREE);
}

const appFiles = filesUnder(path.join(root, 'src')).filter((f) => /\.tsx?$/.test(f));
/** Components inside the Canvas: src/scene and each hero's scene/ folder (see docs/ARCHITECTURE.md). */
const sceneFiles = appFiles.filter((f) => f.endsWith('.tsx') && f.split(path.sep).includes('scene'));

/** The drei modules the app imports, found through drei's index (export { X } from './core/X.js'). */
function dreiModules(): string[] {
  const index = readFileSync(path.join(drei, 'index.js'), 'utf8');
  const fileOf = new Map<string, string>();
  for (const m of index.matchAll(/export \{([^}]*)\} from '([^']+)'/g))
    for (const name of m[1]!.split(',')) fileOf.set(name.trim().split(' as ').pop()!, m[2]!);
  const used = new Set<string>();
  for (const f of appFiles)
    for (const m of readFileSync(f, 'utf8').matchAll(/import \{([^}]*)\} from '@react-three\/drei'/g))
      for (const name of m[1]!.split(',')) {
        const file = fileOf.get(name.trim());
        if (!file) throw new Error(`${name.trim()} (in ${f}) is not in drei's index`);
        used.add(path.join(drei, file));
      }
  return [...used];
}

describe('the three classes handed to the Canvas as JSX elements', () => {
  const listed = new Set(Object.keys(threeElements));
  const inScene = new Set(
    sceneFiles.flatMap((f) => elementsIn(readFileSync(f, 'utf8'), /<([a-z][A-Za-z0-9]*)[\s/>]/g)),
  );
  const inDrei = new Set(
    dreiModules().flatMap((f) =>
      elementsIn(readFileSync(f, 'utf8'), /createElement\("([a-z][A-Za-z0-9]*)"/g),
    ),
  );

  it("include every element the scene's components write", () => {
    expect(inScene.size).toBeGreaterThan(10);
    expect([...inScene].filter((n) => !listed.has(n))).toEqual([]);
  });

  it('include every element the drei components in use write', () => {
    expect(inDrei.size).toBeGreaterThan(1);
    expect([...inDrei].filter((n) => !listed.has(n))).toEqual([]);
  });

  it('include nothing else (each one keeps its class in the bundle)', () => {
    expect([...listed].filter((n) => !inScene.has(n) && !inDrei.has(n))).toEqual([]);
  });

  it('are three classes themselves', () => {
    for (const [name, value] of Object.entries(threeElements))
      expect(value, name).toBe((THREE as Record<string, unknown>)[name]);
  });
});
