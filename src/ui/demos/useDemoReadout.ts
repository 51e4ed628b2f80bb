import { useEffect, useState } from 'react';
import type { Language } from '../../content/languages';
import { useDemos } from '../../heroes/engine/demos';
import type { DemoStatus } from '../../heroes/engine/demos';
import type { HeroId } from '../../heroes/registry';
import type { DemoReadout } from '../../heroes/ui/demoUi';
import { heroDemoUis } from '../../heroes/ui/views';

/** How often the status line and chart descriptions refresh while a demo runs, ms (≈ 2 per second). */
export const readoutRefreshMs = 500 as const;

/** The demo's status (idle unless it is the active one) and its text, refreshed at most ~2×/s. */
export function useDemoReadout(id: HeroId, lang: Language): { status: DemoStatus; readout: DemoReadout } {
  const status = useDemos((s) => (s.active === id ? s.status : 'idle'));
  const seq = useDemos((s) => s.seq);
  const [, setTick] = useState(0);
  useEffect(() => {
    if (status !== 'running') return;
    const timer = setInterval(() => setTick((n) => n + 1), readoutRefreshMs);
    return () => clearInterval(timer);
  }, [status, seq]);
  // Recomputed on each render: only the ticks above, a status change or a language change render.
  return { status, readout: heroDemoUis[id].readout(lang, status) };
}
