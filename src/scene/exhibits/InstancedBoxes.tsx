import { useLayoutEffect, useRef } from 'react';
import { Color, Matrix4, Quaternion, Vector3 } from 'three';
import type { InstancedMesh } from 'three';
import type { Box3 } from '../../layout/walls';
import { accelerateInstances } from '../picking/accelerateInstances';

/** Many boxes of one material drawn as a single instanced mesh (ray-cast through a BVH); colours per instance. */
export function InstancedBoxes(props: {
  name: string;
  boxes: readonly Box3[];
  colors: readonly string[];
  roughness?: number;
  metalness?: number;
  castShadow?: boolean;
  /** A glow colour for lit parts (lamps); none by default. */
  emissive?: string;
}) {
  const ref = useRef<InstancedMesh>(null);
  const { boxes, colors } = props;
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const m = new Matrix4();
    const q = new Quaternion();
    const c = new Color();
    boxes.forEach((b, i) => {
      mesh.setMatrixAt(i, m.compose(new Vector3(b.cx, b.cy, b.cz), q, new Vector3(b.sx, b.sy, b.sz)));
      mesh.setColorAt(i, c.set(colors[i % colors.length] ?? '#ffffff'));
    });
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    mesh.computeBoundingSphere();
    return accelerateInstances(mesh);
  }, [boxes, colors]);
  return (
    <instancedMesh
      ref={ref}
      name={props.name}
      args={[undefined, undefined, boxes.length]}
      castShadow={props.castShadow ?? true}
      receiveShadow
    >
      <boxGeometry />
      <meshStandardMaterial
        roughness={props.roughness ?? 0.7}
        metalness={props.metalness ?? 0}
        emissive={props.emissive ?? '#000000'}
      />
    </instancedMesh>
  );
}
