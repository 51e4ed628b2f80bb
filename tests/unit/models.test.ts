import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { NodeIO, TextureInfo, getBounds } from '@gltf-transform/core';
import type { Document, Node } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { Box3, PropertyBinding, Texture, Vector3 } from 'three';
import { PNG } from 'pngjs';
import type { Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder as ThreeMeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { threeObjectName } from '../../src/heroes/model';
import { heroes, heroIds } from '../../src/heroes/registry';
import type { HeroId } from '../../src/heroes/registry';

const MAX_BYTES = 400 * 1024;
/** How far (m) geometry may stray outside the manifest's footprint/height box. */
const MARGIN = 0.03;
/** How far (m) an anchor may sit outside the box (labels may float just off a surface). */
const ANCHOR_MARGIN = 0.05;

const ids = heroIds;

function readGlb(id: HeroId): Uint8Array {
  return new Uint8Array(
    readFileSync(new URL(`../../public/models/${heroes[id].model.file}`, import.meta.url)),
  );
}

/** The JSON chunk of a GLB, read without any glTF library. */
function glbJson(bytes: Uint8Array): {
  extensionsUsed?: string[];
  extensionsRequired?: string[];
  bufferViews?: { extensions?: Record<string, unknown> }[];
} {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(view.getUint32(0, true)).toBe(0x46546c67); // 'glTF'
  expect(view.getUint32(4, true)).toBe(2);
  expect(view.getUint32(8, true)).toBe(bytes.byteLength);
  const jsonLength = view.getUint32(12, true);
  expect(view.getUint32(16, true)).toBe(0x4e4f534a); // 'JSON'
  return JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + jsonLength)));
}

/** Box the manifest promises: footprint centred on the origin, from the floor to heightM. */
function manifestBox(id: HeroId, margin: number): { min: number[]; max: number[] } {
  const { footprintM, heightM } = heroes[id].model;
  const [w, d] = footprintM;
  return {
    min: [-w / 2 - margin, -margin, -d / 2 - margin],
    max: [w / 2 + margin, heightM + margin, d / 2 + margin],
  };
}

function expectInside(p: ArrayLike<number>, box: { min: number[]; max: number[] }, what: string): void {
  for (let i = 0; i < 3; i++) {
    expect(p[i], `${what} axis ${'xyz'[i]}`).toBeGreaterThanOrEqual(box.min[i]!);
    expect(p[i], `${what} axis ${'xyz'[i]}`).toBeLessThanOrEqual(box.max[i]!);
  }
}

function hasMeshBelow(node: Node): boolean {
  return node.listChildren().some((c) => c.getMesh() !== null || hasMeshBelow(c));
}

const docs = new Map<HeroId, Document>();

beforeAll(async () => {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  for (const id of ids) docs.set(id, await io.readBinary(readGlb(id)));
});

describe('hero model manifest', () => {
  it('lists the three frontier instruments with their own file and a first anchor for the instrument itself', () => {
    expect(ids).toEqual(['quantum-gravimeter', 'industrial-ct', 'ultrasonic-microscope']);
    for (const id of ids) {
      const m = heroes[id].model;
      expect(m.file).toBe(`${id}.glb`);
      expect(m.anchors[0]).toEqual({ id, node: `hotspot:${id}` });
      expect(m.anchors.length).toBeGreaterThanOrEqual(3);
      expect(m.anchors.length).toBeLessThanOrEqual(5);
      for (const a of m.anchors) expect(a.node).toBe(`hotspot:${a.id}`);
      expect(new Set(m.anchors.map((a) => a.id)).size).toBe(m.anchors.length);
    }
  });

  it("names objects the way three's GLTFLoader does", () => {
    for (const id of ids)
      for (const n of [
        ...heroes[id].model.anchors.map((a) => a.node),
        ...heroes[id].model.parts.map((p) => p.node),
      ])
        expect(threeObjectName(n)).toBe(PropertyBinding.sanitizeNodeName(n));
    expect(threeObjectName('a b:c.d/e[0]')).toBe('a_bcde0');
  });
});

describe.each(ids)('%s.glb', (id) => {
  const entry = heroes[id].model;

  it('is a GLB under 400 KB', () => {
    const bytes = readGlb(id);
    expect(bytes.byteLength).toBeGreaterThan(10 * 1024);
    expect(bytes.byteLength).toBeLessThan(MAX_BYTES);
  });

  it('is compressed with EXT_meshopt_compression (and not Draco)', () => {
    const json = glbJson(readGlb(id));
    expect(json.extensionsUsed).toContain('EXT_meshopt_compression');
    expect(json.extensionsRequired).toContain('EXT_meshopt_compression');
    expect(json.extensionsUsed).not.toContain('KHR_draco_mesh_compression');
    const compressed = (json.bufferViews ?? []).filter((v) => v.extensions?.['EXT_meshopt_compression']);
    expect(compressed.length).toBeGreaterThan(0);
    expect(
      docs
        .get(id)!
        .getRoot()
        .listExtensionsUsed()
        .map((e) => e.extensionName),
    ).toContain('EXT_meshopt_compression');
  });

  it('has triangle meshes with real geometry', () => {
    const doc = docs.get(id)!;
    let triangles = 0;
    for (const mesh of doc.getRoot().listMeshes())
      for (const prim of mesh.listPrimitives()) {
        expect(prim.getMode()).toBe(4); // TRIANGLES
        const position = prim.getAttribute('POSITION');
        expect(position).not.toBeNull();
        expect(prim.getAttribute('NORMAL')).not.toBeNull();
        triangles += (prim.getIndices()?.getCount() ?? position!.getCount()) / 3;
      }
    expect(triangles).toBeGreaterThan(2000);
  });

  it('draws each part with one opaque and at most one see-through primitive, coloured from palette textures', () => {
    const root = docs.get(id)!.getRoot();
    for (const mesh of root.listMeshes()) {
      const modes = mesh.listPrimitives().map((p) => p.getMaterial()!.getAlphaMode());
      expect(modes.filter((m) => m === 'OPAQUE').length, mesh.getName()).toBeLessThanOrEqual(1);
      expect(modes.filter((m) => m === 'BLEND').length, mesh.getName()).toBeLessThanOrEqual(1);
      for (const prim of mesh.listPrimitives()) expect(prim.getAttribute('TEXCOORD_0')).not.toBeNull();
    }
    // A mesh per moving part plus the body: the draw calls no longer grow with the number of materials.
    expect(root.listMeshes()).toHaveLength(entry.parts.length + 1);
    for (const material of root.listMaterials()) {
      const info = material.getBaseColorTextureInfo()!;
      expect(material.getBaseColorTexture()?.getName()).toBe('PaletteBaseColor');
      expect(material.getMetallicRoughnessTexture()?.getName()).toBe('PaletteMetallicRoughness');
      expect(material.getEmissiveTexture()?.getName()).toBe('PaletteEmissive');
      // One texel per source material: nearest filtering, or neighbouring colours would bleed.
      expect(info.getMagFilter()).toBe(TextureInfo.MagFilter.NEAREST);
      expect(info.getMinFilter()).toBe(TextureInfo.MinFilter.NEAREST);
    }
    // The palette still holds the model's many finishes.
    const png = PNG.sync.read(
      Buffer.from(
        root
          .listTextures()
          .find((t) => t.getName() === 'PaletteBaseColor')!
          .getImage()!,
      ),
    );
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(8);
  });

  it('fills the manifest footprint and height, standing on the floor', () => {
    const scene = docs.get(id)!.getRoot().listScenes()[0]!;
    const { min, max } = getBounds(scene);
    expectInside(min, manifestBox(id, MARGIN), 'bounds min');
    expectInside(max, manifestBox(id, MARGIN), 'bounds max');
    expect(Math.abs(min[1])).toBeLessThan(0.01);
    const [w, d] = entry.footprintM;
    expect(max[0] - min[0]).toBeGreaterThan(w * 0.9);
    expect(max[2] - min[2]).toBeGreaterThan(d * 0.9);
    expect(max[1]).toBeGreaterThan(entry.heightM - 0.1);
  });

  it('has every anchor as one empty node inside the model', () => {
    const nodes = docs.get(id)!.getRoot().listNodes();
    const box = manifestBox(id, ANCHOR_MARGIN);
    for (const anchor of entry.anchors) {
      const found = nodes.filter((n) => n.getName() === anchor.node);
      expect(found, anchor.node).toHaveLength(1);
      const node = found[0]!;
      expect(node.getMesh(), `${anchor.node} has a mesh`).toBeNull();
      expect(node.listChildren(), `${anchor.node} has children`).toHaveLength(0);
      expect(node.getExtras()).toMatchObject({ hotspot: anchor.id });
      expectInside(node.getWorldTranslation(), box, anchor.node);
    }
    // The instrument's own anchor sits in the upper part of the model.
    const top = nodes.find((n) => n.getName() === entry.anchors[0]!.node)!;
    expect(top.getWorldTranslation()[1]).toBeGreaterThan(entry.heightM * 0.6);
  });

  // The gravimeter has no moving parts: nothing to check there.
  it.skipIf(entry.parts.length === 0)(
    'has its named moving parts, each pivoting on an empty node with geometry below',
    () => {
      const nodes = docs.get(id)!.getRoot().listNodes();
      for (const part of entry.parts) {
        const found = nodes.filter((n) => n.getName() === part.node);
        expect(found, part.node).toHaveLength(1);
        const node = found[0]!;
        expect(node.getMesh()).toBeNull();
        expect(hasMeshBelow(node), `${part.node} has no geometry`).toBe(true);
        expect(node.getScale()).toEqual([1, 1, 1]);
        expectInside(node.getWorldTranslation(), manifestBox(id, 0), part.node);
      }
    },
  );

  it("loads in three's GLTFLoader with the meshopt decoder, anchors findable by name", async () => {
    const bytes = readGlb(id);
    const loader = new GLTFLoader().setMeshoptDecoder(ThreeMeshoptDecoder);
    // Node decodes no images: the palette textures load as empty textures (their pixels are checked above).
    loader.register(() => ({ name: 'node-textures', loadTexture: () => Promise.resolve(new Texture()) }));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const gltf = await loader.parseAsync(buffer, '');
    const scene: Object3D = gltf.scene;
    scene.updateMatrixWorld(true);
    const size = new Box3().setFromObject(scene).getSize(new Vector3());
    expect(size.y).toBeGreaterThan(entry.heightM - 0.1);
    for (const anchor of entry.anchors) {
      const obj = scene.getObjectByName(threeObjectName(anchor.node));
      expect(obj, anchor.node).toBeDefined();
      expect(obj!.userData['hotspot']).toBe(anchor.id);
      expectInside(
        obj!.getWorldPosition(new Vector3()).toArray(),
        manifestBox(id, ANCHOR_MARGIN),
        anchor.node,
      );
    }
    for (const part of entry.parts)
      expect(scene.getObjectByName(threeObjectName(part.node)), part.node).toBeDefined();
  });
});
