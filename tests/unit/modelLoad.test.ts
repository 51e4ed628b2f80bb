import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadModel } from '../../src/scene/exhibits/modelLoad';

/** A data: URL holding the given bytes as a GLB would be served. */
const glbUrl = (text: string) => `data:model/gltf-binary;base64,${Buffer.from(text).toString('base64')}`;

describe('model loading', () => {
  // three's FileLoader reports progress with the browser's ProgressEvent, which Node lacks.
  beforeEach(() => {
    vi.stubGlobal(
      'ProgressEvent',
      class extends Event {
        constructor(type: string, init: { loaded?: number; total?: number } = {}) {
          super(type);
          Object.assign(this, init);
        }
      },
    );
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('resolves a model that cannot be fetched or parsed to its error, never rejecting', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const missing = await loadModel('http://127.0.0.1:9/models/no-such-model.glb');
    expect(missing.gltf).toBeUndefined();
    expect(missing.error).toBeInstanceOf(Error);
    const corrupt = await loadModel(glbUrl('glTF-not-really'.repeat(40)));
    expect(corrupt.gltf).toBeUndefined();
    expect(corrupt.error!.message).toMatch(/GLTFLoader/);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('loads each URL once', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const url = glbUrl('not a model at all');
    const first = loadModel(url);
    expect(loadModel(url)).toBe(first);
    expect((await first).error).toBeInstanceOf(Error);
  });
});
