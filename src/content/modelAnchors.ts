/**
 * The three frontier instruments' 3D models (public/models/*.glb, built by `npm run models`).
 *
 * Units are metres, y up, origin at the floor centre of the footprint, the visitor side facing +z.
 * Anchor positions live only in the GLB: each anchor is an empty node named `node`, a direct child of
 * the model's root node, which also carries `extras.hotspot = id` (three: `object.userData.hotspot`).
 * three's GLTFLoader strips `:` from node names (see `threeObjectName`).
 */

/** How a named moving part may be animated by the app: rest pose is the exported transform. */
export type PartMotion = 'rotate-y' | 'translate-x' | 'translate-y' | 'translate-z' | 'static';

/** The frontier instruments' model files, sizes, hotspot anchors and animatable parts. */
export const heroModels = {
  'quantum-gravimeter': {
    file: 'quantum-gravimeter.glb',
    footprintM: [1.6, 0.85],
    heightM: 1.55,
    anchors: [
      { id: 'quantum-gravimeter', node: 'hotspot:quantum-gravimeter' },
      { id: 'vacuum-tube', node: 'hotspot:vacuum-tube' },
      { id: 'laser-system', node: 'hotspot:laser-system' },
      { id: 'electronics-unit', node: 'hotspot:electronics-unit' },
    ],
    parts: [],
  },
  'industrial-ct': {
    file: 'industrial-ct.glb',
    footprintM: [3.55, 1.75],
    heightM: 2.3,
    anchors: [
      { id: 'industrial-ct', node: 'hotspot:industrial-ct' },
      { id: 'xray-source', node: 'hotspot:xray-source' },
      { id: 'rotary-stage', node: 'hotspot:rotary-stage' },
      { id: 'flat-panel-detector', node: 'hotspot:flat-panel-detector' },
    ],
    parts: [
      { node: 'part:rotary-stage', motion: 'rotate-y', rangeM: null },
      { node: 'part:specimen', motion: 'static', rangeM: null },
    ],
  },
  'ultrasonic-microscope': {
    file: 'ultrasonic-microscope.glb',
    footprintM: [2.0, 0.8],
    heightM: 1.85,
    anchors: [
      { id: 'ultrasonic-microscope', node: 'hotspot:ultrasonic-microscope' },
      { id: 'transducer', node: 'hotspot:transducer' },
      { id: 'water-tank', node: 'hotspot:water-tank' },
      { id: 'control-station', node: 'hotspot:control-station' },
    ],
    parts: [
      { node: 'part:scan-bridge', motion: 'translate-z', rangeM: [-0.1, 0.1] },
      { node: 'part:scan-carriage', motion: 'translate-x', rangeM: [-0.2, 0.2] },
      { node: 'part:transducer-probe', motion: 'translate-y', rangeM: [-0.01, 0.04] },
    ],
  },
} as const;

/** Id of one frontier instrument model, e.g. `'industrial-ct'`. */
export type HeroModelId = keyof typeof heroModels;

/** The object name three's GLTFLoader gives a glTF node (it drops `[ ] . : /` and turns spaces into `_`). */
export function threeObjectName(node: string): string {
  return node.replace(/\s/g, '_').replace(/[[\].:/]/g, '');
}
