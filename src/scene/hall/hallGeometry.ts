import { ExtrudeGeometry, Shape, Vector2, Vector3 } from 'three';
import type { BufferGeometry } from 'three';
import { buildings, shell } from '../../layout/hall';
import type { BuildingSpec } from '../../layout/hall';
import { gablePolygons, roofPanels, trussLines, trussMembers } from '../../layout/roof';
import { buildShell } from '../../layout/walls';
import type { Box3, Opening } from '../../layout/walls';
import { beamsGeometry, boxesGeometry, mergeParts, quadsGeometry } from './buildGeometry';
import { tileM } from './textures';

type Quad = readonly [Vector3, Vector3, Vector3, Vector3];
type Segment = readonly [Vector3, Vector3];

/** Window bar spacing, metres. */
const mullion = { verticalM: 1.1, horizontalM: 1.5, sizeM: 0.07, skylightBarM: 1.6 } as const;

function windowQuad(w: Opening): Quad {
  const y0 = w.cy - w.sy / 2;
  const y1 = w.cy + w.sy / 2;
  if (w.side === 'n' || w.side === 's') {
    const [x0, x1] = [w.cx - w.sx / 2, w.cx + w.sx / 2];
    return [
      new Vector3(x0, y0, w.cz),
      new Vector3(x1, y0, w.cz),
      new Vector3(x1, y1, w.cz),
      new Vector3(x0, y1, w.cz),
    ];
  }
  const [z0, z1] = [w.cz - w.sz / 2, w.cz + w.sz / 2];
  return [
    new Vector3(w.cx, y0, z1),
    new Vector3(w.cx, y0, z0),
    new Vector3(w.cx, y1, z0),
    new Vector3(w.cx, y1, z1),
  ];
}

/** Steel glazing bars of a window: a frame, verticals and transoms. */
function windowBars(q: Quad): Segment[] {
  const [a, b, , d] = q;
  const along = new Vector3().subVectors(b, a);
  const up = new Vector3().subVectors(d, a);
  const nv = Math.max(1, Math.round(along.length() / mullion.verticalM));
  const nh = Math.max(1, Math.round(up.length() / mullion.horizontalM));
  const segs: Segment[] = [];
  for (let i = 0; i <= nv; i++) {
    const p = a.clone().addScaledVector(along, i / nv);
    segs.push([p, p.clone().add(up)]);
  }
  for (let j = 0; j <= nh; j++) {
    const p = a.clone().addScaledVector(up, j / nh);
    segs.push([p, p.clone().add(along)]);
  }
  return segs;
}

function roofQuads(b: BuildingSpec, glazed: boolean): Quad[] {
  const o = shell.roofOverhangM + shell.wallThicknessM;
  const x0 = b.floor.minX - o;
  const x1 = b.floor.maxX + o;
  return roofPanels(b)
    .filter((p) => p.glazed === glazed)
    .map(
      (p) =>
        [
          new Vector3(x0, p.a[1], p.a[0]),
          new Vector3(x1, p.a[1], p.a[0]),
          new Vector3(x1, p.b[1], p.b[0]),
          new Vector3(x0, p.b[1], p.b[0]),
        ] as const,
    );
}

function gableGeometry(b: BuildingSpec): BufferGeometry[] {
  const t = shell.wallThicknessM;
  return gablePolygons(b).flatMap((poly) =>
    [b.floor.minX - t, b.floor.maxX].map((x) => {
      const shape = new Shape(poly.map(([z, y]) => new Vector2(z, y)));
      const g = new ExtrudeGeometry(shape, { depth: t, bevelEnabled: false });
      // Shape x is world z, extrusion is world x.
      g.rotateY(-Math.PI / 2);
      g.translate(x + t, 0, 0);
      const uv = g.getAttribute('uv');
      for (let i = 0; i < uv.count; i++) uv.setXY(i, uv.getX(i) / tileM.brick, uv.getY(i) / tileM.brick);
      return g;
    }),
  );
}

/** All static geometry of the three workshops, merged by material. */
export function buildHallGeometry() {
  const brick: Box3[] = [];
  const windows: Quad[] = [];
  const doorFrames: Segment[] = [];
  const skylights: Quad[] = [];
  const roofs: Quad[] = [];
  const truss: Segment[] = [];
  const gables: BufferGeometry[] = [];
  for (const b of buildings) {
    const parts = buildShell(b);
    brick.push(...parts.brick, ...parts.pilasters);
    windows.push(...parts.windows.map(windowQuad));
    for (const d of parts.doors) {
      const q = windowQuad({ ...d });
      doorFrames.push([q[0], q[3]], [q[3], q[2]], [q[2], q[1]]);
    }
    roofs.push(...roofQuads(b, false));
    skylights.push(...roofQuads(b, true));
    for (const x of trussLines(b)) {
      for (const m of trussMembers(b))
        truss.push([new Vector3(x, m.a[1], m.a[0]), new Vector3(x, m.b[1], m.b[0])]);
    }
    gables.push(...gableGeometry(b));
  }
  const skylightBars = skylights.flatMap((q) => {
    const along = new Vector3().subVectors(q[1], q[0]);
    const n = Math.round(along.length() / mullion.skylightBarM);
    return Array.from({ length: n + 1 }, (_, i) => {
      const a = q[0].clone().addScaledVector(along, i / n);
      return [a, a.clone().add(new Vector3().subVectors(q[3], q[0]))] as const;
    });
  });
  // The gables go with the roofs (hidden in the overview), so they are one mesh of their own.
  const gable = mergeParts(gables, 'hall gables');
  return {
    brick: boxesGeometry(brick, tileM.brick),
    gable,
    glass: quadsGeometry(windows),
    windowBars: beamsGeometry(
      [...windows.flatMap(windowBars), ...doorFrames, ...skylightBars],
      mullion.sizeM,
    ),
    roof: quadsGeometry(roofs, tileM.roof),
    skylight: quadsGeometry(skylights),
    truss: beamsGeometry(truss, 0.14),
  };
}
