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
import { occluder } from '../platform/occluders';
import { companionText } from './companion';
import { CloseButton } from './ModalDialog';

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
    <section
      className="category-card"
      {...occluder()}
      role="dialog"
      aria-modal="false"
      aria-labelledby="category-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          closeCategory();
        }
      }}
    >
      <header className="info-head">
        <div>
          <p className="category-kicker">{t('categoryKicker')}</p>
          <h2 id="category-title" ref={heading} tabIndex={-1}>
            {category.name[lang]}
          </h2>
          <p className="info-subtitle" {...companionText(category.name, lang)} />
        </div>
        <CloseButton label={t('categoryClose')} onClose={closeCategory} />
      </header>
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
    </section>
  );
}
