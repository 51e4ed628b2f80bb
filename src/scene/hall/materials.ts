import { DoubleSide, MeshStandardMaterial } from 'three';
import { brickTexture, concreteTexture, groundTexture, roofTexture } from './textures';

/** The hall's shared materials, created once (textures are drawn procedurally). */
export function createHallMaterials() {
  return {
    brick: new MeshStandardMaterial({ map: brickTexture(), roughness: 0.92, metalness: 0 }),
    concrete: new MeshStandardMaterial({
      map: concreteTexture(),
      roughness: 0.32,
      metalness: 0.05,
      envMapIntensity: 1.2,
    }),
    ground: new MeshStandardMaterial({ map: groundTexture(), roughness: 0.95 }),
    roof: new MeshStandardMaterial({ map: roofTexture(), roughness: 0.6, metalness: 0.4, side: DoubleSide }),
    steel: new MeshStandardMaterial({ color: '#4f5b63', roughness: 0.55, metalness: 0.6 }),
    windowFrame: new MeshStandardMaterial({ color: '#2c3437', roughness: 0.5, metalness: 0.5 }),
    glass: new MeshStandardMaterial({
      color: '#a9c4cc',
      roughness: 0.05,
      metalness: 0.1,
      transparent: true,
      opacity: 0.22,
      depthWrite: false,
      side: DoubleSide,
    }),
    skylight: new MeshStandardMaterial({
      color: '#e9f1f2',
      emissive: '#fff4df',
      emissiveIntensity: 0.35,
      roughness: 0.1,
      transparent: true,
      opacity: 0.35,
      depthWrite: false,
      side: DoubleSide,
    }),
  };
}

/** The set of hall materials. */
export type HallMaterials = ReturnType<typeof createHallMaterials>;
