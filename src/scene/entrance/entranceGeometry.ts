import { BoxGeometry, Color, Float32BufferAttribute, PlaneGeometry } from 'three';
import type { BufferGeometry } from 'three';
import type { EntranceBanner, EntranceLayout, EntrancePanel } from '../../layout/entrance';
import { mergeParts } from '../hall/buildGeometry';
import type { PxRect } from './atlas';
import { rectUv } from './atlas';
import type { EntranceRegions } from './entranceArt';

/** Colours and small sizes of the entrance's build, metres. */
const build = {
  panelColor: '#2a3440',
  deskColor: '#f1eee6',
  deskTopColor: '#3a4450',
  steelColor: '#3b434b',
  bannerBackColor: '#e9e4da',
  deskTopM: 0.05,
  deskTopOverM: 0.06,
  bannerDepthM: 0.04,
  barM: 0.08,
  cableM: 0.02,
  cableInsetM: 0.25,
  /** Faces stand this far proud of their bodies, so they never z-fight. */
  faceOffsetM: 0.004,
} as const;

/** Paints a geometry one colour (a vertex colour attribute), so differently coloured parts merge into one draw. */
function tint(g: BufferGeometry, color: string): BufferGeometry {
  const c = new Color(color);
  const n = g.getAttribute('position').count;
  g.setAttribute(
    'color',
    new Float32BufferAttribute(Array.from({ length: n }, () => [c.r, c.g, c.b]).flat(), 3),
  );
  return g;
}

/** A box of the given size whose bottom centre sits at (x, y, z), turned by yawDeg. */
function placedBox(sx: number, sy: number, sz: number, x: number, y: number, z: number, yawDeg: number) {
  return new BoxGeometry(sx, sy, sz)
    .translate(0, sy / 2, 0)
    .rotateY((yawDeg * Math.PI) / 180)
    .translate(x, y, z);
}

/** A face: a plane of w × h whose centre is `out` metres in front of (x, y, z), mapped to an atlas region. */
function face(
  w: number,
  h: number,
  x: number,
  y: number,
  z: number,
  yawDeg: number,
  out: number,
  region: PxRect,
  atlasPx: number,
): BufferGeometry {
  const g = new PlaneGeometry(w, h);
  const [u0, v0, u1, v1] = rectUv(region, atlasPx, atlasPx);
  const uv = g.getAttribute('uv');
  for (let i = 0; i < uv.count; i++) uv.setXY(i, u0 + uv.getX(i) * (u1 - u0), v0 + uv.getY(i) * (v1 - v0));
  return g
    .translate(0, 0, out)
    .rotateY((yawDeg * Math.PI) / 180)
    .translate(x, y, z);
}

/** The entrance's solid parts (backdrops, desk, banner backs, the bar and cables) as one coloured geometry. */
export function entranceBodyGeometry(l: EntranceLayout): BufferGeometry {
  const panel = (p: EntrancePanel, color: string) =>
    tint(placedBox(p.widthM, p.heightM, p.depthM, p.x, p.bottomM, p.z, p.yawDeg), color);
  const d = l.desk;
  const parts = [
    panel(l.welcome, build.panelColor),
    panel(l.directory, build.panelColor),
    panel({ ...d, heightM: d.heightM - build.deskTopM }, build.deskColor),
    tint(
      placedBox(
        d.widthM + 2 * build.deskTopOverM,
        build.deskTopM,
        d.depthM + 2 * build.deskTopOverM,
        d.x,
        d.heightM - build.deskTopM,
        d.z,
        d.yawDeg,
      ),
      build.deskTopColor,
    ),
    tint(
      new BoxGeometry(l.bar.x1 - l.bar.x0 + 1, build.barM, build.barM).translate(
        (l.bar.x0 + l.bar.x1) / 2,
        l.bar.y,
        l.bar.z,
      ),
      build.steelColor,
    ),
    ...l.banners.flatMap((b) => bannerBody(b, l.bar.y)),
  ];
  return mergeParts(parts, 'entrance body');
}

/** A banner's back board and its two cables up to the bar. */
function bannerBody(b: EntranceBanner, barY: number): BufferGeometry[] {
  const top = b.y + b.heightM / 2;
  const r = (b.yawDeg * Math.PI) / 180;
  const cable = (u: number) =>
    tint(
      placedBox(build.cableM, barY - top, build.cableM, b.x + Math.cos(r) * u, top, b.z - Math.sin(r) * u, 0),
      build.steelColor,
    );
  const inset = b.widthM / 2 - build.cableInsetM;
  return [
    tint(
      placedBox(b.widthM, b.heightM, build.bannerDepthM, b.x, b.y - b.heightM / 2, b.z, b.yawDeg),
      build.bannerBackColor,
    ),
    cable(-inset),
    cable(inset),
  ];
}

/** The entrance's printed faces, one geometry mapped onto the atlas: backdrops, banners and the desk's front. */
export function entranceFaceGeometry(
  l: EntranceLayout,
  regions: EntranceRegions,
  atlasPx: number,
): BufferGeometry {
  const o = build.faceOffsetM;
  const onPanel = (p: EntrancePanel, region: PxRect) =>
    face(
      p.widthM,
      p.heightM,
      p.x,
      p.bottomM + p.heightM / 2,
      p.z,
      p.yawDeg,
      p.depthM / 2 + o,
      region,
      atlasPx,
    );
  const d = l.desk;
  const deskH = d.heightM - build.deskTopM;
  const parts = [
    onPanel(l.welcome, regions.welcome),
    onPanel(l.directory, regions.directory),
    face(d.widthM, deskH, d.x, deskH / 2, d.z, d.yawDeg, d.depthM / 2 + o, regions.desk, atlasPx),
    ...l.banners.flatMap((b) => {
      const region = b.kind === 'welcome' ? regions.welcomeBanner : regions.zoneBanners[b.zone ?? ''];
      return region
        ? [face(b.widthM, b.heightM, b.x, b.y, b.z, b.yawDeg, build.bannerDepthM / 2 + o, region, atlasPx)]
        : [];
    }),
  ];
  return mergeParts(parts, 'entrance faces');
}
