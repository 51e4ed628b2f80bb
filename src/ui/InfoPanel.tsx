import { useEffect, useRef } from 'react';
import { articleSections, citationLine } from '../content/article';
import { boardText } from '../content/boardStrings';
import { findExhibit } from '../content/exhibits';
import { clockTower } from '../layout/clock';
import { isHeroId } from '../heroes/registry';
import { useExpo } from '../state/expo';
import { DemoPanel } from './demos/DemoPanel';
import { LocalClockLine } from './LocalClockLine';
import { PartTiers } from './PartTiers';
import { useDialogFocus } from './useDialogFocus';
import { FigureList } from './FigureList';
import { useT } from './useT';
import { languageTag, originalLanguage } from '../content/languages';
import { SidePanel } from './ModalDialog';

/** The open exhibit's panel: what it is, how it works, its tie to the article, and its live demo. */
export function InfoPanel() {
  const { lang, t } = useT();
  const selected = useExpo((s) => s.selected);
  const closePanel = useExpo((s) => s.closePanel);
  const focusExhibit = useExpo((s) => s.focusExhibit);
  const heading = useRef<HTMLHeadingElement>(null);
  const exhibit = selected ? findExhibit(selected.id) : undefined;
  const id = exhibit?.id;

  const openArticle = useExpo((s) => s.openArticle);
  useDialogFocus(selected?.takeFocus ? id : null, heading, () =>
    id ? document.querySelector<HTMLElement>(`[data-hotspot="${CSS.escape(id)}"]`) : null,
  );

  useEffect(() => {
    if (!selected?.part) return;
    document.getElementById(`part-${selected.part}`)?.scrollIntoView({ block: 'nearest' });
  }, [selected?.part, selected?.id]);

  if (!exhibit || !selected) return null;
  const section = articleSections[exhibit.citation.section];
  const zone = exhibit.kind === 'zone';
  // Parts that list names (the strategy wall's tiers) get the tab view, which shows their figures too.
  const tiered = exhibit.parts.length > 0 && exhibit.parts.every((p) => p.items !== undefined);
  const figures = tiered ? exhibit.figures.filter((f) => f.part === undefined) : exhibit.figures;
  return (
    <SidePanel
      className="info-panel"
      titleRef={heading}
      title={exhibit.title}
      closeLabel={t('panelClose')}
      onClose={closePanel}
    >
      <div className="info-body">
        <p className="info-role">{exhibit.role[lang]}</p>
        {exhibit.id === clockTower.exhibitId && <LocalClockLine lang={lang} />}
        <h3>{t(zone ? 'panelZoneWhat' : 'panelMeasures')}</h3>
        <p>{exhibit.measures[lang]}</p>
        <h3>{t(zone ? 'panelZoneHow' : 'panelHow')}</h3>
        <p>{exhibit.howItWorks[lang]}</p>
        {tiered && (
          <>
            <h3>{boardText(lang, 'tiersHeading')}</h3>
            <PartTiers exhibit={exhibit} part={selected.part} />
          </>
        )}
        {!tiered && exhibit.parts.length > 0 && (
          <>
            <h3>{t('panelParts')}</h3>
            <ul className="info-parts">
              {exhibit.parts.map((p) => (
                <li key={p.id} id={`part-${p.id}`} data-active={selected.part === p.id}>
                  <button
                    type="button"
                    aria-pressed={selected.part === p.id}
                    onClick={() => focusExhibit(exhibit.id, p.id)}
                  >
                    {p.name[lang]}
                  </button>
                  <p>{p.text[lang]}</p>
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>{t(zone ? 'panelZoneWhy' : 'panelWhy')}</h3>
        <p>{exhibit.whyItMatters[lang]}</p>
        {figures.length > 0 && (
          <>
            <h3>{t('panelFigures')}</h3>
            <FigureList figures={figures} lang={lang} />
          </>
        )}
        {exhibit.quote && (
          <figure className="info-quote">
            <blockquote lang={languageTag(originalLanguage)}>“{exhibit.quote[originalLanguage]}”</blockquote>
            {lang !== originalLanguage && <blockquote>“{exhibit.quote[lang]}”</blockquote>}
            <figcaption>— {exhibit.quote.speaker[lang]}</figcaption>
          </figure>
        )}
        {exhibit.demo && isHeroId(exhibit.id) && (
          <>
            <h3>{t('panelDemo')}</h3>
            <DemoPanel id={exhibit.id} lang={lang} />
          </>
        )}
        <h3>{t('panelArticle')}</h3>
        <p className="info-cite">
          {t('articleSectionRef', {
            heading: section.heading[lang],
            n: exhibit.citation.paragraph,
          })}
          <br />
          {citationLine[lang]}
        </p>
        <p>
          <button
            type="button"
            className="link-button"
            data-section={exhibit.citation.section}
            onClick={() => openArticle(exhibit.citation.section)}
          >
            {t('panelOpenSection')}
          </button>
        </p>
      </div>
    </SidePanel>
  );
}
