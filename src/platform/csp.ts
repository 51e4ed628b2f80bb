/**
 * The app's Content-Security-Policy. Everything comes from our own origin; scripts never come inline or
 * from eval. The exceptions, and why:
 * - 'wasm-unsafe-eval': the bundled meshopt decoder compiles its WebAssembly (no JS eval is allowed);
 * - blob: for workers, images and fetches: three's loaders hand embedded model images to the browser as
 *   blob: URLs, and decoders may run in blob: workers;
 * - data: for images and fetches: canvas-drawn textures and data-URI buffers;
 * - style-src 'self' only: styles come from the built stylesheet; inline styles are set through the CSSOM.
 */
const directives: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['worker-src', "'self' blob:"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self' data: blob:"],
  ['media-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** The policy as a meta tag carries it, or as a header (which may also forbid framing). */
export function contentSecurityPolicy(where: 'meta' | 'header'): string {
  const all =
    where === 'header' ? [...directives, ['frame-ancestors', "'none'"] as [string, string]] : directives;
  return all.map(([k, v]) => `${k} ${v}`).join('; ');
}
