import { useMemo, useRef, useState } from 'react';
import { useDialogFocus } from './useDialogFocus';
import type { KeyboardEvent } from 'react';
import type { SearchEntry } from './searchIndex';
import { buildSearchIndex, searchIndex } from './searchIndex';
import { languageTags } from '../content/schema';
import { zones } from '../content/zones';
import { instrumentsFor } from '../layout/instruments';
import { urlInstrumentCount } from '../platform/instrumentCount';
import { useExpo } from '../state/expo';
import { trapTab } from './trapTab';
import { useT } from './useT';

const zoneNames = new Map(zones.map((z) => [z.id, z.name]));
const kindKey = {
  exhibit: 'indexKindExhibit',
  zone: 'indexKindZone',
  category: 'indexKindCategory',
} as const;

/** Takes the visitor to an index entry: flies to a zone, or opens an exhibit's panel or a category's card. */
function choose(entry: SearchEntry): void {
  const s = useExpo.getState();
  if (entry.kind === 'exhibit') s.focusExhibit(entry.id);
  else if (entry.kind === 'zone') s.flyToZone(entry.id);
  else s.openCategory(entry.id);
  s.setIndexOpen(false);
}

/** The exhibit index: a searchable, zone-filterable list of exhibits, zones and instrument kinds. */
export function ExhibitIndex() {
  const open = useExpo((s) => s.indexOpen);
  return open ? <IndexDialog /> : null;
}

function IndexDialog() {
  const { lang, t } = useT();
  const setIndexOpen = useExpo((s) => s.setIndexOpen);
  const [query, setQuery] = useState('');
  const [zone, setZone] = useState<string | null>(null);
  const entries = useMemo(() => buildSearchIndex(instrumentsFor(urlInstrumentCount())), []);
  const hits = useMemo(() => searchIndex(entries, query, zone, lang), [entries, query, zone, lang]);
  const results = useMemo(() => hits.map((h) => h.entry), [hits]);
  const dialog = useRef<HTMLElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const other = lang === 'zh' ? 'en' : 'zh';

  // Mounted only while open: focus the search box, and give focus back on close.
  useDialogFocus('index', input, () => document.getElementById('index-button'));

  const where = (e: SearchEntry) =>
    e.zones.length === 1
      ? zoneNames.get(e.zones[0]!)?.[lang]
      : e.zones.length > 1
        ? t('indexInZones', { n: e.zones.length })
        : undefined;

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // Enter and Esc also commit or cancel a Chinese input method's composition: leave those alone.
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Escape') {
      e.stopPropagation();
      setIndexOpen(false);
      return;
    }
    const items = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = items.indexOf(e.target as HTMLButtonElement);
    if (e.key === 'Enter' && e.target === input.current && results[0]) {
      e.preventDefault();
      choose(results[0]);
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && (at >= 0 || e.target === input.current)) {
      e.preventDefault();
      const next = at + (e.key === 'ArrowDown' ? 1 : -1);
      (next < 0 ? input.current : items[Math.min(next, items.length - 1)])?.focus();
    } else trapTab(e, dialog.current);
  };

  return (
    <div className="dialog-backdrop index-backdrop" onClick={() => setIndexOpen(false)}>
      <section
        ref={dialog}
        className="dialog exhibit-index"
        role="dialog"
        aria-modal="true"
        aria-labelledby="index-title"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <header className="index-head">
          <h2 id="index-title">{t('indexTitle')}</h2>
          <button
            type="button"
            className="info-close"
            aria-label={t('indexClose')}
            onClick={() => setIndexOpen(false)}
          >
            ×
          </button>
        </header>
        <div className="index-controls">
          <label htmlFor="index-search">{t('indexSearchLabel')}</label>
          <input
            ref={input}
            id="index-search"
            type="search"
            autoComplete="off"
            placeholder={t('indexSearchPlaceholder')}
            aria-describedby="index-count"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <label htmlFor="index-zone">{t('indexZoneLabel')}</label>
          <select id="index-zone" value={zone ?? ''} onChange={(e) => setZone(e.target.value || null)}>
            <option value="">{t('indexAllZones')}</option>
            {zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name[lang]}
              </option>
            ))}
          </select>
        </div>
        <p id="index-count" className="index-count" role="status" aria-live="polite">
          {results.length === 0
            ? t('indexEmpty')
            : results.length === 1
              ? t('indexCountOne')
              : t('indexCount', { n: results.length })}
        </p>
        <ul ref={list} className="index-results" aria-label={t('indexResults')}>
          {hits.map(({ entry: e, snippet }) => (
            <li key={`${e.kind}:${e.id}`}>
              <button type="button" className="index-item" data-kind={e.kind} onClick={() => choose(e)}>
                <span className="index-item-title">{e.title[lang]}</span>
                <span className="index-item-other" lang={other === 'zh' ? 'zh-CN' : 'en'}>
                  {e.title[other]}
                </span>
                <span className="index-item-meta">
                  {[t(kindKey[e.kind]), e.kind === 'zone' ? undefined : where(e)].filter(Boolean).join(' · ')}
                </span>
                {snippet && (
                  <span className="index-item-snippet" lang={languageTags[snippet.lang]}>
                    {snippet.before}
                    <mark>{snippet.match}</mark>
                    {snippet.after}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
