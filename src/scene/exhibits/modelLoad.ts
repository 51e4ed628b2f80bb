import { use } from 'react';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

/** What loading a model came to: the glTF, or the error that stopped it. */
export type ModelLoad = { gltf: GLTF; error?: undefined } | { gltf?: undefined; error: Error };

const loads = new Map<string, Promise<ModelLoad>>();
let loader: GLTFLoader | undefined;

/**
 * Loads a meshopt-compressed GLB once per URL. The promise never rejects: a 404 or bytes that do not parse
 * resolve to `{ error }`, so a failed model is an outcome to render (a placeholder), not an exception that
 * React, fiber's root (which reports even caught render errors to the page) or the browser would report.
 */
export function loadModel(url: string): Promise<ModelLoad> {
  let load = loads.get(url);
  if (!load) {
    loader ??= new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
    load = loader.loadAsync(url).then(
      (gltf): ModelLoad => ({ gltf }),
      (e: unknown): ModelLoad => {
        const error = e instanceof Error ? e : new Error(String(e));
        console.warn(`Could not load ${url}: ${error.message}`);
        return { error };
      },
    );
    loads.set(url, load);
  }
  return load;
}

/** The model at url, suspending (inside <Suspense>) until it has loaded or failed; never throws its error. */
export function useModel(url: string): ModelLoad {
  return use(loadModel(url));
}
