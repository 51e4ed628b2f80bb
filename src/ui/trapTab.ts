import type { KeyboardEvent } from 'react';

/** Keeps Tab and Shift+Tab inside a modal dialog: from the last control to the first and back. */
export function trapTab(e: KeyboardEvent<HTMLElement>, container: HTMLElement | null): void {
  if (e.key !== 'Tab' || !container) return;
  const all = [
    ...container.querySelectorAll<HTMLElement>(
      'input, select, button:not([disabled]), [href], [tabindex="0"]',
    ),
  ];
  const edge = e.shiftKey ? all[0] : all[all.length - 1];
  if (e.target === edge) {
    e.preventDefault();
    (e.shiftKey ? all[all.length - 1] : all[0])?.focus();
  }
}
