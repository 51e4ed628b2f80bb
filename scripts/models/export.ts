import { Group, Matrix4, Mesh, Object3D } from 'three';
import type { BufferGeometry, Material } from 'three';
import { mergeGeometries, mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { GLTFExporter } from 'three/examples/jsm/exporters/GLTFExporter.js';
import { Logger, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { dedup, join, meshopt, palette, prune, weld } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';

type ReaderEvent = { target: NodeFileReader };
type ReaderHandler = ((ev: ReaderEvent) => void) | null;

/** Just enough of the browser FileReader for GLTFExporter's binary output, over Blob.arrayBuffer(). */
class NodeFileReader {
  result: ArrayBuffer | string | null = null;
  error: unknown = null;
  onload: ReaderHandler = null;
  onloadend: ReaderHandler = null;
  onerror: ReaderHandler = null;

  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buf) => this.finish(buf),
      (err: unknown) => this.fail(err),
    );
  }

  readAsDataURL(blob: Blob): void {
    blob.arrayBuffer().then(
      (buf) => {
        const type = blob.type || 'application/octet-stream';
        this.finish(`data:${type};base64,${Buffer.from(buf).toString('base64')}`);
      },
      (err: unknown) => this.fail(err),
    );
  }

  private finish(result: ArrayBuffer | string): void {
    this.result = result;
    this.onload?.({ target: this });
    this.onloadend?.({ target: this });
  }

  private fail(err: unknown): void {
    this.error = err;
    this.onerror?.({ target: this });
    this.onloadend?.({ target: this });
  }
}

/** Installs the FileReader shim on globalThis when the runtime (Node 20) has none. */
export function installFileReaderShim(): void {
  const g = globalThis as { FileReader?: unknown };
  if (typeof g.FileReader === 'undefined') g.FileReader = NodeFileReader;
}

const isKept = (o: Object3D) => o.name.startsWith('part:') || o.name.startsWith('hotspot:');

/** A geometry in the frame of the node it will be merged into, with only position and normal kept. */
function prepared(mesh: Mesh, toDst: Matrix4): BufferGeometry {
  let g = mesh.geometry.clone();
  for (const name of Object.keys(g.attributes))
    if (name !== 'position' && name !== 'normal') g.deleteAttribute(name);
  g.clearGroups();
  if (!g.getAttribute('normal')) g.computeVertexNormals();
  if (!g.index) g = mergeVertices(g);
  g.applyMatrix4(toDst);
  if (toDst.determinant() < 0) {
    const idx = g.index!;
    for (let i = 0; i < idx.count; i += 3) {
      const b = idx.getX(i + 1);
      idx.setX(i + 1, idx.getX(i + 2));
      idx.setX(i + 2, b);
    }
  }
  return g;
}

/** Copies src's descendants into dst: meshes merged per material, part:/hotspot: nodes kept with their transforms. */
function bakeInto(src: Object3D, dst: Object3D, base: string): void {
  const buckets = new Map<Material, BufferGeometry[]>();
  const visit = (node: Object3D, m: Matrix4) => {
    for (const child of node.children) {
      const cm = new Matrix4().multiplyMatrices(m, child.matrix);
      if (isKept(child)) {
        const kept = child.name.startsWith('hotspot:') ? new Object3D() : new Group();
        kept.name = child.name;
        kept.userData = structuredClone(child.userData);
        cm.decompose(kept.position, kept.quaternion, kept.scale);
        dst.add(kept);
        bakeInto(child, kept, child.name.replace(/^part:/, ''));
        continue;
      }
      if (child instanceof Mesh && child.visible) {
        const mat = child.material as Material;
        const list = buckets.get(mat) ?? [];
        list.push(prepared(child, cm));
        buckets.set(mat, list);
      }
      visit(child, cm);
    }
  };
  visit(src, new Matrix4());
  if (buckets.size === 0) return;
  // One mesh per node, one primitive per material: fewer nodes and a smaller glTF JSON.
  const materials = [...buckets.keys()];
  const perMaterial = materials.map((mat) => {
    const merged = mergeGeometries(buckets.get(mat)!, false);
    if (!merged) throw new Error(`cannot merge ${base}/${mat.name}`);
    return merged;
  });
  const geometry = mergeGeometries(perMaterial, true);
  if (!geometry) throw new Error(`cannot merge ${base}`);
  const mesh = new Mesh(geometry, materials);
  mesh.name = `${base}-mesh`;
  dst.add(mesh);
}

/** A copy of the model with one mesh per material per part (fewer nodes and draw calls). */
export function bake(root: Object3D): Group {
  root.updateMatrixWorld(true);
  const out = new Group();
  out.name = root.name;
  bakeInto(root, out, root.name);
  return out;
}

/** GLB bytes from three's GLTFExporter. */
export async function exportGlb(root: Object3D): Promise<Uint8Array> {
  installFileReaderShim();
  const result = await new GLTFExporter().parseAsync(root, { binary: true, onlyVisible: true });
  if (!(result instanceof ArrayBuffer)) throw new Error('GLTFExporter did not return binary output');
  return new Uint8Array(result);
}

/**
 * Dedup, weld, prune (keeping anchors), fold the flat-coloured materials into palette textures and join
 * each part's primitives, then meshopt-compress a GLB.
 *
 * The models are solid-coloured CAD-style parts: dozens of materials that differ only in colour,
 * metalness, roughness and glow. Baked per material they cost one draw call per material per part
 * (95 for the three models). The palette writes those values into three tiny textures (base colour,
 * metal/rough, emissive) sampled with nearest filtering at one texel per material, so each part needs
 * one opaque and at most one see-through material, and `join` merges each part's primitives into that.
 */
export async function optimiseGlb(glb: Uint8Array): Promise<Uint8Array> {
  await Promise.all([MeshoptEncoder.ready, MeshoptDecoder.ready]);
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(glb);
  doc.setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = 'jianxiang-metrology-expo scripts/build-models.ts';
  await doc.transform(
    dedup(),
    weld(),
    // Anchors are empty leaves: keepExtras keeps them (they carry extras.hotspot), other empty leaves go.
    prune({ keepLeaves: false, keepExtras: true }),
    palette({ min: 2, blockSize: 1 }),
    // Within each mesh only: every moving part keeps its own node and mesh.
    join({ keepMeshes: true, cleanup: false }),
    prune({ keepLeaves: false, keepExtras: true }),
    meshopt({ encoder: MeshoptEncoder, level: 'high' }),
  );
  return io.writeBinary(doc);
}
