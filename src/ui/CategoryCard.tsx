import { useMemo, useRef } from 'react';
import { findCategory } from '../content/instrumentCategories';
import { formatNumber } from '../content/languages';
import { zones } from '../content/zones';
import { instrumentsFor } from '../layout/instruments';
import { categorySummary } from '../layout/instrumentSummary';
import { settings } from '../platform/settings';
import { useExpo } from '../state/expo';
import { useDialogFocus } from './useDialogFocus';
import { useT } from './useT';
import { SidePanel } from './ModalDialog';

/** The open instrument category's card: what it is for, how many stand in the hall, and in which zones. */
export function CategoryCard() {
  const { lang, t } = useT();
  const id = useExpo((s) => s.categoryCard);
  const closeCategory = useExpo((s) => s.closeCategory);
  const heading = useRef<HTMLHeadingElement>(null);
  const category = id ? findCategory(id) : undefined;
  const summary = useMemo(
    () => (id ? categorySummary(instrumentsFor(settings.instruments), id) : null),
    [id],
  );

  useDialogFocus(category?.id, heading);

  if (!category || !summary) return null;
  return (
    <SidePanel
      className="category-card"
      titleRef={heading}
      title={category.name}
      closeLabel={t('categoryClose')}
      onClose={closeCategory}
      kicker={<p className="category-kicker">{t('categoryKicker')}</p>}
    >
      <div className="info-body">
        <p>{category.card[lang]}</p>
        <p className="category-count">{t('categoryInHall', { n: formatNumber(lang, summary.total) })}</p>
        {summary.zones.length > 0 && (
          <>
            <h3>{t('categoryWhere')}</h3>
            <ul className="category-zones">
              {summary.zones.map(({ zone, count }) => {
                const z = zones.find((x) => x.id === zone);
                return (
                  <li key={zone}>
                    <span className="swatch" style={{ background: z?.color }} aria-hidden="true" />
                    <span>{z ? z.name[lang] : zone}</span>
                    <span className="category-zone-count">
                      {t('categoryZoneCount', { n: formatNumber(lang, count) })}
                    </span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        <p className="info-cite">{t('categoryGeneric')}</p>
      </div>
    </SidePanel>
  );
}
