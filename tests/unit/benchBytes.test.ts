import { describe, expect, it } from 'vitest';
import { bytesByKind, classifyResource, initialJsFiles } from '../../scripts/bench/bytes';

describe('bench byte classification', () => {
  it('sorts resources into JS, models, fonts and other', () => {
    expect(classifyResource('http://127.0.0.1:4174/assets/index-abc.js')).toBe('js');
    expect(classifyResource('http://127.0.0.1:4174/assets/Stage-x.js?v=1')).toBe('js');
    expect(classifyResource('http://127.0.0.1:4174/models/industrial-ct.glb')).toBe('models');
    expect(classifyResource('/models/hall.gltf')).toBe('models');
    expect(classifyResource('/models/hall.bin')).toBe('models');
    expect(classifyResource('/assets/noto.woff2')).toBe('fonts');
    expect(classifyResource('/assets/index.css')).toBe('other');
    expect(classifyResource('http://127.0.0.1:4174/?test&quality=low')).toBe('other');
    expect(classifyResource('/favicon.svg')).toBe('other');
  });

  it('trusts the resource or MIME type when the path says nothing', () => {
    expect(classifyResource('/chunk', 'Script')).toBe('js');
    expect(classifyResource('/face', 'Font')).toBe('fonts');
    expect(classifyResource('/x', 'Fetch', 'model/gltf-binary')).toBe('models');
    expect(classifyResource('/x', 'Fetch', 'text/javascript')).toBe('js');
  });

  it('sums bytes per kind', () => {
    expect(
      bytesByKind([
        { url: '/a.js', bytes: 100 },
        { url: '/b.js', bytes: 50 },
        { url: '/m.glb', bytes: 1000 },
        { url: '/', bytes: 7 },
      ]),
    ).toEqual({ js: 150, models: 1000, fonts: 0, other: 7 });
  });

  it('counts the entry and its static imports as initial, not its lazy chunks', () => {
    const manifest = {
      'index.html': {
        file: 'assets/index-1.js',
        isEntry: true,
        imports: ['_vendor.js'],
        dynamicImports: ['src/scene/Stage.tsx'],
        css: ['assets/index.css'],
      },
      '_vendor.js': { file: 'assets/vendor-2.js', imports: ['index.html'] },
      'src/scene/Stage.tsx': { file: 'assets/Stage-3.js', imports: ['_vendor.js', '_three.js'] },
      '_three.js': { file: 'assets/three-4.js' },
    };
    expect(initialJsFiles(manifest).sort()).toEqual(['assets/index-1.js', 'assets/vendor-2.js']);
  });
});
