import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { articleSections } from '../content/article';
import { boardText } from '../content/boardStrings';
import type { Exhibit } from '../content/schema';
import { useExpo } from '../state/expo';
import { FigureList } from './FigureList';
import { useT } from './useT';
import { languageTag, originalLanguage } from '../content/languages';

/**
 * An exhibit's parts as tiers (the strategy wall's 稳五 · 进三 · 布二): a tab list, and for the chosen tier
 * its text, the names it lists and the article figures tied to it. Choosing a tab selects that part, so the
 * URL and the 3D hotspots follow; arrow keys, Home and End move between tabs.
 */
export function PartTiers({ exhibit, part }: { exhibit: Exhibit; part: string | null }) {
  const { lang, t } = useT();
  const focusExhibit = useExpo((s) => s.focusExhibit);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const parts = exhibit.parts;
  const active = parts.find((p) => p.id === part) ?? parts[0];
  if (!active) return null;

  const choose = (i: number) => {
    const p = parts[i];
    if (!p) return;
    focusExhibit(exhibit.id, p.id);
    tabs.current[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const n = parts.length;
    const to =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? (i + 1) % n
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? (i - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    choose(to);
  };

  return (
    <div className="tiers">
      <div className="tier-tabs" role="tablist" aria-label={boardText(lang, 'tiersLabel')}>
        {parts.map((p, i) => {
          const selected = p.id === active.id;
          return (
            <button
              key={p.id}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`tier-tab-${p.id}`}
              aria-selected={selected}
              aria-controls={`part-${p.id}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => choose(i)}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              <span className="tier-tab-name">{p.name[lang]}</span>
              <span className="tier-tab-count">
                {boardText(lang, 'tierCount', { n: p.items?.length ?? 0 })}
              </span>
            </button>
          );
        })}
      </div>
      {parts.map((p) => {
        const figures = exhibit.figures.filter((f) => f.part === p.id);
        const citation = p.citation ?? exhibit.citation;
        const section = articleSections[citation.section];
        const items = p.items ?? [];
        return (
          <div
            key={p.id}
            className="tier-panel"
            role="tabpanel"
            id={`part-${p.id}`}
            aria-labelledby={`tier-tab-${p.id}`}
            hidden={p.id !== active.id}
          >
            <p>{p.text[lang]}</p>
            <h4>{boardText(lang, 'tierIndustries', { n: items.length })}</h4>
            <ol className="tier-items">
              {items.map((item) => (
                <li key={item[originalLanguage]}>
                  {item[lang]}
                  {lang !== originalLanguage && (
                    <span className="tier-item-original" lang={languageTag(originalLanguage)}>
                      {item[originalLanguage]}
                    </span>
                  )}
                </li>
              ))}
            </ol>
            <h4>{boardText(lang, 'tierFigures')}</h4>
            {figures.length > 0 ? (
              <FigureList figures={figures} lang={lang} />
            ) : (
              <p className="tier-none">{boardText(lang, 'tierNoFigures')}</p>
            )}
            <p className="info-cite">
              {t('articleSectionRef', {
                heading: section.heading[lang],
                n: citation.paragraph,
              })}
            </p>
          </div>
        );
      })}
    </div>
  );
}
