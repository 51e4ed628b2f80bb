/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './src/platform/csp';
import { checkContent } from './scripts/check-content';

/** Puts the Content-Security-Policy into the built index.html (the dev server's inline HMR preamble would break under it). */
function cspMeta(): Plugin {
  return {
    name: 'expo-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('meta') },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Fails the build when content data is malformed or out of step with the article (field path and problem). */
function contentCheck(): Plugin {
  return {
    name: 'expo-content-check',
    apply: 'build',
    async buildStart() {
      const { problems, warnings } = await checkContent();
      for (const w of warnings) this.warn(w);
      if (problems.length) this.error(`Content check failed:\n${problems.join('\n')}`);
    },
  };
}

/**
 * React Three Fiber's <Canvas> registers the whole 'three' namespace as JSX elements, which keeps every three
 * class in the bundle. In the build, the Canvas module's import of 'three' resolves instead to
 * src/scene/threeElements.ts, the classes the scene uses as elements; everything else imports three as usual,
 * and what nothing uses is tree-shaken. Fails the build if fiber stops importing three that way.
 */
function threeElements(): Plugin {
  const canvasModule = /[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/;
  const catalogue = fileURLToPath(new URL('./src/scene/threeElements.ts', import.meta.url));
  let redirected = false;
  return {
    name: 'expo-three-elements',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'three' || !importer || !canvasModule.test(importer)) return null;
      redirected = true;
      return catalogue;
    },
    buildEnd(error) {
      if (!error && !redirected)
        this.error(
          "@react-three/fiber's Canvas no longer imports 'three' where expected; see threeElements()",
        );
    },
  };
}

/**
 * The offline service worker (Workbox, generated at build): precaches everything the app loads, all from our own
 * origin. Registered by src/platform/serviceWorker.ts, not by an injected inline script (the CSP forbids those).
 */
function offline(): Plugin[] {
  // A failed build (e.g. the content check) still reaches closeBundle; there is then nothing to precache, and
  // Workbox's own error would hide the real one.
  let failed = false;
  const watch: Plugin = {
    name: 'expo-build-failed',
    apply: 'build',
    buildEnd: (error) => void (failed = Boolean(error)),
  };
  const skipWhenFailed = (p: Plugin): Plugin => {
    const hook = p.closeBundle;
    if (!hook) return p;
    const handler = typeof hook === 'function' ? hook : hook.handler;
    const wrapped: typeof handler = function (this: ThisParameterType<typeof handler>, ...args) {
      return failed ? undefined : handler.apply(this, args);
    };
    return { ...p, closeBundle: typeof hook === 'function' ? wrapped : { ...hook, handler: wrapped } };
  };
  return [watch, ...pwa().map(skipWhenFailed)];
}

function pwa(): Plugin[] {
  return VitePWA({
    injectRegister: false,
    registerType: 'autoUpdate',
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,glb,wasm,svg,png,woff,woff2,ttf,otf}'],
      // The 3D chunk is about 1 MB; precache it whole.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
      // The SW asks only our own origin for anything; no CDN-hosted Workbox runtime.
      inlineWorkboxRuntime: true,
      runtimeCaching: [],
    },
  });
}

export default defineConfig({
  plugins: [react(), cspMeta(), contentCheck(), threeElements(), offline()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': contentSecurityPolicy('header') },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Everything index.html loads up front goes in one chunk: left alone, the bundler splits the modules
        // the lazy chunks share with the entry into a second initial chunk, which compresses worse.
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A test that asserts nothing fails: it cannot pass by never reaching its expectations.
    expect: { requireAssertions: true },
  },
});
