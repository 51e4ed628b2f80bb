import { tourLength } from '../content/tour';
import { useExpo } from '../state/expo';
import { useTour } from '../state/tour';

/** What a location hash asks for. */
export type Route =
  | { kind: 'home' }
  | { kind: 'exhibit'; id: string; part: string | null }
  | { kind: 'tour'; stop: string }
  | { kind: 'article'; section: string | null };

/** Longest id we keep from a URL; anything longer is not an id of ours anyway. */
const maxIdChars = 80;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // malformed percent-encoding: keep the raw text, it will be reported as unknown
  }
}

const take = (s: string | undefined) => decode(s ?? '').slice(0, maxIdChars);

/** Parses `#/exhibit/<id>[/<part>]`, `#/tour/<n>` and `#/article[/<section>]`; anything else is home. Never throws. */
export function parseHash(hash: string): Route {
  const exhibit = /^#\/exhibit\/([^/]*)(?:\/([^/]*))?\/?$/.exec(hash);
  if (exhibit) return { kind: 'exhibit', id: take(exhibit[1]), part: exhibit[2] ? take(exhibit[2]) : null };
  const tour = /^#\/tour(?:\/([^/]*))?\/?$/.exec(hash);
  if (tour) return { kind: 'tour', stop: tour[1] ? take(tour[1]) : '1' };
  const article = /^#\/article(?:\/([^/]*))?\/?$/.exec(hash);
  if (article) return { kind: 'article', section: article[1] ? take(article[1]) : null };
  return { kind: 'home' };
}

/** The 0-based tour stop a `#/tour/<n>` names (n counts from 1), or null when there is no such stop. */
export function tourStopIndex(stop: string): number | null {
  if (!/^\d{1,3}$/.test(stop)) return null;
  const n = Number(stop);
  return n >= 1 && n <= tourLength ? n - 1 : null;
}

/** The hash for an open panel (or home). */
export function hashFor(sel: { id: string; part: string | null } | null): string {
  if (!sel) return '#/';
  return `#/exhibit/${encodeURIComponent(sel.id)}${sel.part ? `/${encodeURIComponent(sel.part)}` : ''}`;
}

/** The hash for the app's state: the tour stop, else the article view, else the open panel, else home. */
export function currentHash(): string {
  const tour = useTour.getState();
  if (tour.active) return `#/tour/${tour.index + 1}`;
  const { article, selected } = useExpo.getState();
  if (article) return article.section ? `#/article/${article.section}` : '#/article';
  return hashFor(selected);
}

/**
 * Keeps the URL hash and the app's state in step, both ways; back/forward work. What a link changes is
 * tagged `link` (state/source.ts), so it is not written back into the history. Returns a stop function.
 */
export function startRouter(): () => void {
  const apply = () => {
    const route = parseHash(window.location.hash);
    const s = useExpo.getState();
    const tour = useTour.getState();
    if (route.kind !== 'tour' && tour.active) tour.exit('link');
    if (route.kind === 'exhibit') s.focusExhibit(route.id, route.part, { source: 'link' });
    else if (route.kind === 'tour') {
      const index = tourStopIndex(route.stop);
      if (index === null) s.showNotice({ kind: 'unknown-tour-stop', stop: route.stop });
      else if (!tour.active || tour.index !== index) tour.start(index, { source: 'link' });
    } else if (route.kind === 'article') {
      if (s.article?.section !== route.section) s.openArticle(route.section, 'link');
    } else {
      if (s.article) s.closeArticle('link');
      if (s.selected) s.closePanel('link');
    }
  };
  let last = currentHash();
  const sync = () => {
    const want = currentHash();
    if (want === last) return;
    const was = last;
    last = want;
    const have = window.location.hash || '#/';
    if (want === have || (parseHash(have).kind === 'home' && want === '#/')) return;
    // Tour steps replace each other in the history, so a long (or looping) tour does not flood it.
    if (was.startsWith('#/tour/') && want.startsWith('#/tour/')) window.history.replaceState(null, '', want);
    else window.history.pushState(null, '', want);
  };
  const stopExpo = useExpo.subscribe((state, prev) => {
    if (state.by === 'link') return;
    if (state.selected !== prev.selected || state.article !== prev.article) sync();
  });
  const stopTour = useTour.subscribe((state, prev) => {
    if (state.by === 'link') return;
    if (state.active !== prev.active || state.index !== prev.index) sync();
  });
  const onNavigate = () => {
    apply();
    last = currentHash();
  };
  window.addEventListener('hashchange', onNavigate);
  window.addEventListener('popstate', onNavigate);
  onNavigate();
  return () => {
    stopExpo();
    stopTour();
    window.removeEventListener('hashchange', onNavigate);
    window.removeEventListener('popstate', onNavigate);
  };
}
