import { useEffect } from 'react';
import { findCategory } from '../content/instrumentCategories';
import { useExpo } from '../state/expo';
import { useT } from './useT';
import { companionText } from './companion';

/** Offset of the tooltip from the pointer, and the room it keeps from the window's right edge, px. */
const place = { offsetPx: 14, maxWidthPx: 280 } as const;

/** Names the generic instrument category under the pointer (pointer users; the card says the same and more). */
export function CategoryTooltip() {
  const { lang, t } = useT();
  const hovered = useExpo((s) => s.hoveredCategory);
  const category = hovered ? findCategory(hovered.id) : undefined;
  const on = category !== undefined;
  useEffect(() => {
    // A pointer cursor over instruments, set on the root so the app shell does not re-render.
    document.documentElement.toggleAttribute('data-instrument-hover', on);
    return () => document.documentElement.removeAttribute('data-instrument-hover');
  }, [on]);
  if (!hovered || !category) return null;
  const left = Math.max(0, Math.min(hovered.x + place.offsetPx, window.innerWidth - place.maxWidthPx));
  return (
    <div className="category-tooltip" aria-hidden="true" style={{ left, top: hovered.y + place.offsetPx }}>
      <strong>{category.name[lang]}</strong>
      <span {...companionText(category.name, lang)} />
      <small>{t('categoryHint')}</small>
    </div>
  );
}
