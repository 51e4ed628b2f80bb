import { useEffect, useMemo } from 'react';
import { AdditiveBlending, CanvasTexture, MeshBasicMaterial } from 'three';
import type { BufferGeometry } from 'three';
import { dressedBooths } from '../../layout/boothDressing';
import type { LightPool } from '../../layout/boothDressing';
import { InstancedBoxes } from './InstancedBoxes';
import type { AtlasQuad } from './instruments/signGeometry';
import { atlasQuadsGeometry } from './instruments/signGeometry';

/** The spot lights' look: lamp glow, and the colour and strength of the light they seem to throw. */
const spot = { lampColor: '#ffe7bf', poolColor: '#ffd8a8', floorStrength: 0.2, wallStrength: 0.16 } as const;

/** Height of the floor pools above the hall floor, metres (clear of it, under everything else). */
const floorLiftM = 0.012;

/** A soft white disc fading to nothing at its edge: the shape of every pool of light. */
function poolTexture(): CanvasTexture {
  const c = document.createElement('canvas');
  c.width = c.height = 64;
  const g = c.getContext('2d')!;
  const grad = g.createRadialGradient(32, 32, 0, 32, 32, 32);
  grad.addColorStop(0, 'rgba(255,255,255,1)');
  grad.addColorStop(0.45, 'rgba(255,255,255,0.55)');
  grad.addColorStop(1, 'rgba(255,255,255,0)');
  g.fillStyle = grad;
  g.fillRect(0, 0, 64, 64);
  return new CanvasTexture(c);
}

/** All pools as quads in one geometry; the vertex colour carries each pool's strength. */
function poolsGeometry(pools: readonly LightPool[]): BufferGeometry {
  const quads: AtlasQuad[] = pools.map((p) => ({
    ...p,
    y: p.wall ? p.y : floorLiftM,
    widthM: p.radiusM * 2,
    heightM: p.radiusM * 2,
    uv: [0, 0, 1, 1],
    flat: !p.wall,
  }));
  return atlasQuadsGeometry(
    quads,
    pools.map((p) => new Array<number>(3).fill(p.wall ? spot.wallStrength : spot.floorStrength)),
  );
}

/**
 * The booths' spot lights without real lights: glowing lamp heads on arms over the aisle (one instanced
 * mesh) and the pools they seem to throw on the floor and the back walls, drawn additively (one mesh).
 */
export function BoothLights() {
  const dressing = dressedBooths();
  const lamps = useMemo(() => dressing.flatMap((d) => d.lamps), [dressing]);
  const pools = useMemo(() => poolsGeometry(dressing.flatMap((d) => d.pools)), [dressing]);
  useEffect(() => () => pools.dispose(), [pools]);
  const material = useMemo(
    () =>
      new MeshBasicMaterial({
        map: poolTexture(),
        color: spot.poolColor,
        vertexColors: true,
        transparent: true,
        blending: AdditiveBlending,
        depthWrite: false,
        toneMapped: false,
        polygonOffset: true,
        polygonOffsetFactor: -2,
        polygonOffsetUnits: -8,
      }),
    [],
  );
  useEffect(
    () => () => {
      material.map?.dispose();
      material.dispose();
    },
    [material],
  );
  return (
    <group name="booth-lights">
      <InstancedBoxes
        name="booth-lamps"
        boxes={lamps}
        colors={['#2b2b2b']}
        emissive={spot.lampColor}
        castShadow={false}
      />
      <mesh name="booth-light-pools" geometry={pools} material={material} renderOrder={3} />
    </group>
  );
}
