/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
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

export default defineConfig({
  plugins: [react(), cspMeta(), contentCheck()],
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
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
