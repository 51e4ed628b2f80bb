import { useExpo } from '../state/expo';

/** What a location hash asks for. */
export type Route = { kind: 'home' } | { kind: 'exhibit'; id: string; part: string | null };

/** Longest id we keep from a URL; anything longer is not an id of ours anyway. */
const maxIdChars = 80;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // malformed percent-encoding: keep the raw text, it will be reported as unknown
  }
}

/** Parses `#/exhibit/<id>[/<part>]`; anything else is home. Never throws. */
export function parseHash(hash: string): Route {
  const m = /^#\/exhibit\/([^/]*)(?:\/([^/]*))?\/?$/.exec(hash);
  if (!m) return { kind: 'home' };
  const id = decode(m[1] ?? '').slice(0, maxIdChars);
  const part = m[2] ? decode(m[2]).slice(0, maxIdChars) : null;
  return { kind: 'exhibit', id, part };
}

/** The hash for an open panel (or home). */
export function hashFor(sel: { id: string; part: string | null } | null): string {
  if (!sel) return '#/';
  return `#/exhibit/${encodeURIComponent(sel.id)}${sel.part ? `/${encodeURIComponent(sel.part)}` : ''}`;
}

/** Keeps the URL hash and the open panel in step, both ways; back/forward work. Returns a stop function. */
export function startRouter(): () => void {
  let applying = false;
  const apply = () => {
    const route = parseHash(window.location.hash);
    applying = true;
    try {
      const s = useExpo.getState();
      if (route.kind === 'exhibit') s.focusExhibit(route.id, route.part);
      else if (s.selected) s.closePanel();
    } finally {
      applying = false;
    }
  };
  const unsubscribe = useExpo.subscribe((state, prev) => {
    if (applying || state.selected === prev.selected) return;
    const want = hashFor(state.selected);
    const have = window.location.hash || '#/';
    if (want !== have && !(parseHash(have).kind === 'home' && !state.selected)) {
      window.history.pushState(null, '', want);
    }
  });
  window.addEventListener('hashchange', apply);
  window.addEventListener('popstate', apply);
  apply();
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', apply);
    window.removeEventListener('popstate', apply);
  };
}
