/**
 * The three.js classes the scene writes as JSX elements (`<mesh>`, `<boxGeometry>`, ...), with those that the
 * drei components in use write. React Three Fiber's <Canvas> registers every export of 'three' it is given as
 * an element; the build hands it this module in place of 'three' (see vite.config.ts), so the rest of three
 * is left out of the bundle. An element missing here fails at run time ("... is not part of the THREE
 * namespace"); tests/unit/threeElements.test.ts checks the list against the scene's JSX.
 */
export {
  AmbientLight,
  BoxGeometry,
  CircleGeometry,
  CylinderGeometry,
  DirectionalLight,
  Fog,
  Group,
  HemisphereLight,
  IcosahedronGeometry,
  InstancedMesh,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  PlaneGeometry,
  Points,
  ShaderMaterial,
} from 'three';
