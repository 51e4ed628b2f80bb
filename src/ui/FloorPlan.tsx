import { useEffect, useMemo, useRef } from 'react';
import type { MouseEvent } from 'react';
import { exhibits, findExhibit } from '../content/exhibits';
import { heroIds } from '../heroes/registry';
import { zones } from '../content/zones';
import { exhibitPlacement, stands, zoneBoardFootprints } from '../layout/booths';
import { rectSize } from '../layout/geometry';
import { buildings, chimneys, planBounds, zonePlacements } from '../layout/hall';
import { clockTower } from '../layout/clock';
import { buildShell } from '../layout/walls';
import { useExpo } from '../state/expo';
import { nav } from '../state/nav';
import { useT } from './useT';
import { occluder } from '../platform/occluders';
import { languageTag } from '../content/languages';

const { w: planW, d: planD } = rectSize(planBounds);
const doors = buildings.flatMap((b) => buildShell(b).doors);
/** Every exhibit (frontier instruments and zone exhibits) with where it stands on the plan. */
const exhibitDots = exhibits.flatMap((e) => {
  const p = exhibitPlacement(e.id);
  return p ? [{ id: e.id, kind: e.kind, x: p.x, z: p.z }] : [];
});
const zoneExhibitIds = exhibits.filter((e) => e.kind === 'zone').map((e) => e.id);

/** The 2D plan of the block, drawn from the same layout as the 3D hall; click to go somewhere. */
export function FloorPlan() {
  const { lang, t } = useT();
  const open = useExpo((s) => s.planOpen);
  const goTo = useExpo((s) => s.goTo);
  const flyToZone = useExpo((s) => s.flyToZone);
  const togglePlan = useExpo((s) => s.togglePlan);
  const focusExhibit = useExpo((s) => s.focusExhibit);
  const svg = useRef<SVGSVGElement>(null);
  const marker = useRef<SVGGElement>(null);
  const zoneList = useMemo(() => zones.map((z) => ({ zone: z, place: zonePlacements[z.id]! })), []);

  useEffect(() => {
    if (!open) return;
    let raf = 0;
    const tick = () => {
      marker.current?.setAttribute(
        'transform',
        `translate(${nav.x} ${nav.z}) rotate(${(-nav.yaw * 180) / Math.PI})`,
      );
      raf = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(raf);
  }, [open]);

  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const el = svg.current;
    const m = el?.getScreenCTM();
    if (!el || !m) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    goTo(p.x, p.y);
  };

  return (
    <aside
      id="floor-plan"
      className="floor-plan"
      data-open={open}
      {...occluder(open)}
      aria-label={t('floorPlan')}
    >
      <div className="floor-plan-head">
        <h2>{t('floorPlan')}</h2>
        <button type="button" className="plan-close" aria-label={t('floorPlanHide')} onClick={togglePlan}>
          ×
        </button>
      </div>
      {open && (
        <>
          <svg
            ref={svg}
            viewBox={`${planBounds.minX} ${planBounds.minZ} ${planW} ${planD}`}
            role="img"
            aria-label={`${t('floorPlan')}: ${t('floorPlanHint')}`}
            onClick={onClick}
            data-testid="floor-plan-svg"
          >
            <rect
              x={planBounds.minX}
              y={planBounds.minZ}
              width={planW}
              height={planD}
              className="plan-ground"
            />
            {buildings.map((b) => {
              const s = rectSize(b.floor);
              return (
                <g key={b.id}>
                  <rect
                    x={b.floor.minX}
                    y={b.floor.minZ}
                    width={s.w}
                    height={s.d}
                    className="plan-building"
                  />
                  <text x={b.floor.minX + 2} y={b.floor.minZ + 5} className="plan-building-label">
                    {t(`building_${b.id}`)}
                  </text>
                </g>
              );
            })}
            {zoneList.map(({ zone, place }) => (
              <rect
                key={zone.id}
                x={place.rect.minX}
                y={place.rect.minZ}
                width={place.rect.maxX - place.rect.minX}
                height={place.rect.maxZ - place.rect.minZ}
                fill={zone.color}
                className="plan-zone"
              />
            ))}
            {stands.map((s) => (
              <rect
                key={s.id}
                x={s.rect.minX}
                y={s.rect.minZ}
                width={s.rect.maxX - s.rect.minX}
                height={s.rect.maxZ - s.rect.minZ}
                className={`plan-stand plan-${s.kind}`}
              />
            ))}
            {doors.map((d, i) => (
              <rect
                key={i}
                x={d.cx - d.sx / 2}
                y={d.cz - d.sz / 2}
                width={Math.max(d.sx, 1.2)}
                height={Math.max(d.sz, 1.2)}
                className={d.main ? 'plan-door main' : 'plan-door'}
              >
                <title>{d.main ? t('mainEntrance') : t('entrance')}</title>
              </rect>
            ))}
            {chimneys.map((c) => (
              <circle key={c.id} cx={c.x} cy={c.z} r={c.baseRadiusM} className="plan-chimney">
                <title>{t('chimney')}</title>
              </circle>
            ))}
            <g
              className="plan-clock"
              transform={`translate(${clockTower.x} ${clockTower.z})`}
              data-testid="plan-clock"
            >
              <title>{t('clockTowerPlan')}</title>
              <circle r={2.6} />
              <path d="M0,0 L0,-1.8 M0,0 L1.3,0.6" />
            </g>
            {zoneList.map(({ zone, place }) => {
              const s = rectSize(place.rect);
              return (
                <text
                  key={zone.id}
                  x={s.cx}
                  y={s.cz}
                  className="plan-zone-label"
                  textAnchor="middle"
                  lang={languageTag(lang)}
                >
                  {zone.name[lang]}
                </text>
              );
            })}
            {zoneBoardFootprints.map((r, i) => (
              <rect
                key={`board-${i}`}
                x={r.minX}
                y={r.minZ}
                width={r.maxX - r.minX}
                height={r.maxZ - r.minZ}
                className="plan-stand plan-wall"
              />
            ))}
            {exhibitDots.map((d) => (
              <circle
                key={d.id}
                cx={d.x}
                cy={d.z}
                r={1.6}
                className={d.kind === 'zone' ? 'plan-exhibit zone' : 'plan-exhibit'}
                data-exhibit={d.id}
              >
                <title>{findExhibit(d.id)?.title[lang]}</title>
              </circle>
            ))}
            <g ref={marker} className="plan-you" role="img" aria-label={t('youAreHere')}>
              <circle r={4.5} />
              <path d="M0,-10 L5,1 L-5,1 Z" />
            </g>
          </svg>
          <details className="plan-goto">
            <summary>{t('goToList')}</summary>
            <h3 className="plan-subhead">{t('zonesHeading')}</h3>
            <ul className="zone-list">
              {zoneList.map(({ zone }) => (
                <li key={zone.id}>
                  <button
                    type="button"
                    onClick={() => flyToZone(zone.id)}
                    aria-label={t('goToZone', { zone: zone.name[lang] })}
                  >
                    <span className="swatch" style={{ background: zone.color }} aria-hidden="true" />
                    {zone.name[lang]}
                  </button>
                </li>
              ))}
            </ul>
            <h3 className="plan-subhead">{t('exhibitsHeading')}</h3>
            <ul className="zone-list">
              {heroIds.map((id) => (
                <li key={id}>
                  <button type="button" onClick={() => focusExhibit(id)}>
                    <span className="swatch exhibit" aria-hidden="true" />
                    {findExhibit(id)?.title[lang]}
                  </button>
                </li>
              ))}
            </ul>
            <h3 className="plan-subhead">{t('zoneExhibitsHeading')}</h3>
            <ul className="zone-list">
              {zoneExhibitIds.map((id) => (
                <li key={id}>
                  <button type="button" onClick={() => focusExhibit(id)}>
                    <span className="swatch exhibit zone" aria-hidden="true" />
                    {findExhibit(id)?.title[lang]}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </aside>
  );
}
