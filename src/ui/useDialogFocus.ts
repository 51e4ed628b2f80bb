import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * While `key` is set, keeps focus inside a dialog: focus moves to `target` when it opens, and goes back
 * to what had focus before (or to `fallback()`) when it closes or changes.
 */
export function useDialogFocus(
  key: string | null | undefined,
  target: RefObject<HTMLElement | null>,
  fallback?: () => HTMLElement | null,
): void {
  useEffect(() => {
    if (!key) return;
    const active = document.activeElement;
    const before = active instanceof HTMLElement && active !== document.body ? active : null;
    target.current?.focus();
    return () => {
      const back = before && document.contains(before) ? before : (fallback?.() ?? null);
      back?.focus();
    };
    // The fallback is looked up at close time; it need not retrigger the effect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, target]);
}
