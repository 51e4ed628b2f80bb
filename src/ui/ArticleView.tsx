import { useEffect, useRef } from 'react';
import { articleSource, citationLine } from '../content/article';
import { articleMap } from '../content/articleMap';
import type { Exhibit } from '../content/schema';
import { useExpo } from '../state/expo';
import { useDialogFocus } from './useDialogFocus';
import { useT } from './useT';
import { languageTag, originalLanguage } from '../content/languages';
import { companionText } from './companion';
import { CloseButton, ModalDialog } from './ModalDialog';

/** The article view: the article's sections in order, a short guide to each, and the exhibits tied to it. */
export function ArticleView() {
  const open = useExpo((s) => s.article !== null);
  return open ? <ArticleDialog /> : null;
}

function ArticleDialog() {
  const { lang, t } = useT();
  const section = useExpo((s) => s.article?.section ?? null);
  const closeArticle = useExpo((s) => s.closeArticle);
  const focusExhibit = useExpo((s) => s.focusExhibit);
  const flyToZone = useExpo((s) => s.flyToZone);
  const dialog = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);

  // Focus goes into the view (then to the asked-for section) and back to where it was when the view closes.
  useDialogFocus('article', title, () => document.getElementById('article-button'));
  useEffect(() => {
    const target = section ? document.getElementById(`article-${section}`) : title.current;
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  }, [section]);

  const exhibitButton = (e: Exhibit) => (
    <li key={e.id}>
      <button type="button" className="article-exhibit" onClick={() => focusExhibit(e.id)}>
        <span className="index-item-title">{e.title[lang]}</span>
        <span className="index-item-other" {...companionText(e.title, lang)} />
        <span className="index-item-meta">{t('articleParagraph', { n: e.citation.paragraph })}</span>
      </button>
    </li>
  );

  return (
    <ModalDialog
      className="article-view"
      backdropClassName="article-backdrop"
      labelledBy="article-title"
      onClose={() => closeArticle()}
      dialogRef={dialog}
    >
      <header className="index-head">
        <h2 id="article-title" ref={title} tabIndex={-1}>
          {t('articleTitle')}
        </h2>
        <CloseButton label={t('articleClose')} onClose={closeArticle} />
      </header>
      <p className="article-source">
        <cite lang={languageTag(originalLanguage)}>{articleSource.title[originalLanguage]}</cite>
        {lang !== originalLanguage && <> ({articleSource.title[lang]})</>}
        <br />
        <small>{citationLine[lang]}</small>
      </p>
      <p className="article-intro">{t('articleIntro')}</p>
      <ol className="article-sections">
        {articleMap.map((s) => (
          <li key={s.id} className="article-section" data-section={s.id} data-current={s.id === section}>
            <h3 id={`article-${s.id}`} tabIndex={-1}>
              {s.heading[lang]}
              {!s.printed && <small className="article-unprinted"> {t('articleNotPrinted')}</small>}
            </h3>
            {lang !== originalLanguage && s.printed && (
              <p className="index-item-other" lang={languageTag(originalLanguage)}>
                {s.heading[originalLanguage]}
              </p>
            )}
            <p>{s.summary[lang]}</p>
            {s.exhibits.length > 0 ? (
              <>
                <h4>{t('articleExhibits')}</h4>
                <ul className="article-exhibits">{s.exhibits.map(exhibitButton)}</ul>
              </>
            ) : (
              <p className="article-none">{t('articleNoExhibit')}</p>
            )}
            {s.alsoCited.length > 0 && (
              <>
                <h4>{t('articleAlso')}</h4>
                <ul className="article-exhibits">{s.alsoCited.map(exhibitButton)}</ul>
              </>
            )}
            {s.zones.length > 0 && (
              <>
                <h4>{t('articleZones')}</h4>
                <ul className="article-zones">
                  {s.zones.map((z) => (
                    <li key={z.id}>
                      <button
                        type="button"
                        onClick={() => {
                          closeArticle();
                          flyToZone(z.id);
                        }}
                      >
                        {t('goToZone', { zone: z.name[lang] })}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>
    </ModalDialog>
  );
}
