/** What a transferred resource is, for the byte budget. */
export type ByteKind = 'js' | 'models' | 'fonts' | 'other';

/**
 * Classifies a resource by its URL path and, when known, the CDP resource type or MIME type: scripts are
 * JS, glTF/GLB (and their buffers) are models, web fonts are fonts; HTML, CSS, images and the rest are other.
 */
export function classifyResource(url: string, type?: string, mimeType?: string): ByteKind {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // A bare path: classify it as it is.
  }
  const p = path.toLowerCase();
  const t = (type ?? '').toLowerCase();
  const m = (mimeType ?? '').toLowerCase();
  if (/\.(glb|gltf)$/.test(p) || m.startsWith('model/') || (/\/models\//.test(p) && p.endsWith('.bin')))
    return 'models';
  if (/\.(woff2?|ttf|otf|eot)$/.test(p) || t === 'font' || m.startsWith('font/')) return 'fonts';
  if (/\.(m?js)$/.test(p) || t === 'script' || m.includes('javascript')) return 'js';
  return 'other';
}

/** Bytes per kind, summed over resources. */
export function bytesByKind(
  resources: readonly { url: string; type?: string; mimeType?: string; bytes: number }[],
): Record<ByteKind, number> {
  const out: Record<ByteKind, number> = { js: 0, models: 0, fonts: 0, other: 0 };
  for (const r of resources) out[classifyResource(r.url, r.type, r.mimeType)] += r.bytes;
  return out;
}

/** One entry of Vite's build manifest (dist/.vite/manifest.json). */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/**
 * The JS files a page loads before any lazy chunk: each entry's file and, transitively, its static
 * imports (not its dynamic imports, which arrive later).
 */
export function initialJsFiles(manifest: Record<string, ManifestChunk>): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const k of chunk.imports ?? []) visit(k);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return files;
}
