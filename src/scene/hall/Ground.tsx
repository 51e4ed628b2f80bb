import { useLayoutEffect, useMemo, useRef } from 'react';
import { Matrix4, Quaternion, Vector3 } from 'three';
import type { InstancedMesh } from 'three';
import { blockBounds, trees } from '../../layout/hall';
import { rectSize } from '../../layout/geometry';
import type { HallMaterials } from './materials';
import { tileM } from './textures';

/** Tree proportions, metres. */
const tree = { trunkHM: 3, trunkRM: 0.3, crownRM: 3.2 } as const;

/** The block's paved grounds, the land beyond, and a ring of trees. */
export function Ground({ materials }: { materials: HallMaterials }) {
  const { w, d, cx, cz } = rectSize(blockBounds);
  const trunks = useRef<InstancedMesh>(null);
  const crowns = useRef<InstancedMesh>(null);
  const matrices = useMemo(
    () =>
      trees.map((t, i) => {
        const s = 0.8 + ((i * 37) % 10) / 20;
        return {
          trunk: new Matrix4().compose(
            new Vector3(t.x, (tree.trunkHM * s) / 2, t.z),
            new Quaternion(),
            new Vector3(s, s, s),
          ),
          crown: new Matrix4().compose(
            new Vector3(t.x, tree.trunkHM * s + tree.crownRM * s * 0.7, t.z),
            new Quaternion(),
            new Vector3(s, s * 0.85, s),
          ),
        };
      }),
    [],
  );
  useLayoutEffect(() => {
    matrices.forEach((m, i) => {
      trunks.current?.setMatrixAt(i, m.trunk);
      crowns.current?.setMatrixAt(i, m.crown);
    });
    for (const mesh of [trunks.current, crowns.current]) {
      if (!mesh) continue;
      mesh.instanceMatrix.needsUpdate = true;
      mesh.computeBoundingSphere();
    }
  }, [matrices]);
  return (
    <group name="grounds">
      <mesh
        name="block-ground"
        userData={{ walkable: true }}
        position={[cx, -0.02, cz]}
        rotation-x={-Math.PI / 2}
        material={materials.ground}
        receiveShadow
      >
        <planeGeometry
          args={[w, d]}
          onUpdate={(g) => {
            const uv = g.getAttribute('uv');
            for (let i = 0; i < uv.count; i++)
              uv.setXY(i, (uv.getX(i) * w) / tileM.ground, (uv.getY(i) * d) / tileM.ground);
          }}
        />
      </mesh>
      <mesh name="land" position={[cx, -0.08, cz]} rotation-x={-Math.PI / 2}>
        <circleGeometry args={[1200, 48]} />
        <meshStandardMaterial color="#6f7a5a" roughness={1} />
      </mesh>
      <instancedMesh ref={trunks} args={[undefined, undefined, trees.length]} castShadow>
        <cylinderGeometry args={[tree.trunkRM * 0.7, tree.trunkRM, tree.trunkHM, 8]} />
        <meshStandardMaterial color="#4a3a2c" roughness={1} />
      </instancedMesh>
      <instancedMesh ref={crowns} args={[undefined, undefined, trees.length]} castShadow>
        <icosahedronGeometry args={[tree.crownRM, 1]} />
        <meshStandardMaterial color="#4d6b3a" roughness={0.9} flatShading />
      </instancedMesh>
    </group>
  );
}
