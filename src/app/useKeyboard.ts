import { useEffect } from 'react';
import { useExpo } from '../state/expo';
import { keyAction, nav } from '../state/nav';
import { useTour } from '../state/tour';

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Global keys: walking keys feed the live nav state; M, O, I, T, H: plan, overview, index, tour, help; Esc closes. */
export function useKeyboard(): void {
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const s = useExpo.getState();
      if (e.code === 'Escape' && s.helpOpen) return s.setHelpOpen(false);
      if (e.code === 'Escape' && s.indexOpen) return s.setIndexOpen(false);
      if (e.code === 'Escape' && s.article) return s.closeArticle();
      if (e.code === 'Escape' && s.selected) return s.closePanel();
      if (e.code === 'Escape' && s.categoryCard) return s.closeCategory();
      if (e.code === 'Escape' && s.notice) return s.dismissNotice();
      if (s.helpOpen || s.indexOpen || s.article) return;
      const action = keyAction(e.code);
      if (action) {
        nav.held.add(action);
        if (e.code.startsWith('Arrow')) e.preventDefault();
        return;
      }
      if (e.repeat) return;
      if (e.code === 'KeyM') s.togglePlan();
      else if (e.code === 'KeyO') s.setMode(s.mode === 'overview' ? 'walk' : 'overview');
      else if (e.code === 'KeyI') {
        e.preventDefault(); // the I must not land in the search box that opens
        s.setIndexOpen(true);
      } else if (e.code === 'KeyT') {
        const tour = useTour.getState();
        if (tour.active) tour.exit();
        else tour.start(0);
      } else if (e.code === 'KeyH' || (e.key === '?' && !e.repeat)) s.setHelpOpen(true);
    };
    const up = (e: KeyboardEvent) => {
      const action = keyAction(e.code);
      if (action) nav.held.delete(action);
    };
    const clear = () => nav.held.clear();
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', clear);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', clear);
    };
  }, []);
}
