import { useEffect, useState } from 'react';
import { boardText } from '../content/boardStrings';
import type { Language } from '../content/languages';
import { formatClockTime, msToNextSecond } from '../layout/clock';

/** The current local time, re-rendered on each whole second. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer = 0;
    const tick = () => {
      const d = new Date();
      setNow(d);
      timer = window.setTimeout(tick, msToNextSecond(d) + 5);
    };
    timer = window.setTimeout(tick, msToNextSecond(new Date()) + 5);
    return () => window.clearTimeout(timer);
  }, []);
  return now;
}

/**
 * "Now 14:05:09 · your local time", the time the big clock shows. Updated each second but deliberately not
 * a live region: a screen reader reads it when the visitor gets to it, instead of announcing every tick.
 */
export function LocalClockLine({ lang }: { lang: Language }) {
  const now = useNow();
  const time = formatClockTime(now);
  const [before, after] = boardText(lang, 'clockNow').split('{time}');
  return (
    <p className="info-now" data-clock-now={time}>
      <span className="info-now-time">
        {before}
        <time dateTime={time}>{time}</time>
        {after}
      </span>
      <span className="info-now-note">{boardText(lang, 'clockNowNote')}</span>
    </p>
  );
}
