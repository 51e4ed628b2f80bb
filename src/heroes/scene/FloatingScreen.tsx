import { useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { DoubleSide, MeshBasicMaterial, PlaneGeometry } from 'three';
import type { Texture } from 'three';
import { noRaycast } from './modelParts';

/** Look of the floating demo screens. */
export const floatingScreenStyle = {
  frameM: 0.025,
  frameColor: '#1d232b',
  /** The image floats this far in front of its frame, m. */
  liftM: 0.004,
} as const;

/** A flat image with a dark frame, facing +z, centred on position; children sit on the image plane. */
export function FloatingScreen({
  position,
  widthM,
  heightM,
  texture,
  children,
}: {
  position: readonly [number, number, number];
  widthM: number;
  heightM: number;
  texture: Texture;
  children?: ReactNode;
}) {
  const f = floatingScreenStyle;
  const res = useMemo(
    () => ({
      frame: new PlaneGeometry(widthM + 2 * f.frameM, heightM + 2 * f.frameM),
      frameMaterial: new MeshBasicMaterial({ color: f.frameColor, side: DoubleSide }),
      image: new PlaneGeometry(widthM, heightM),
      imageMaterial: new MeshBasicMaterial({ map: texture, toneMapped: false }),
    }),
    [widthM, heightM, texture, f.frameM, f.frameColor],
  );
  useEffect(
    () => () => {
      for (const d of Object.values(res)) d.dispose();
    },
    [res],
  );
  return (
    <group position={position as [number, number, number]}>
      <mesh raycast={noRaycast} geometry={res.frame} material={res.frameMaterial} />
      <group position-z={f.liftM}>
        <mesh raycast={noRaycast} geometry={res.image} material={res.imageMaterial} />
        {children}
      </group>
    </group>
  );
}
