import { useCallback, useEffect, useRef, useState } from 'react';
import { Html } from '@react-three/drei';
import type { Group } from 'three';
import type { HotspotKind } from '../../layout/hotspots';
import { useExpo } from '../../state/expo';
import { requestFrame } from '../../platform/frames';
import { hotspotEntry, measureHotspot, registerHotspot } from './hotspotRegistry';

/**
 * A hotspot: a pulsing marker at an anchor that is also a real DOM button (Tab, screen readers, touch).
 * It starts hidden; HotspotSight shows it when it is within reading distance and in line of sight, with
 * or without its label so that labels never overlap. Hidden, it leaves the Tab order and the
 * accessibility tree (the exhibit index, the floor plan's lists and the tour reach every exhibit).
 */
export function Hotspot(props: {
  position: readonly [number, number, number];
  exhibitId: string;
  part: string | null;
  label: string;
  kind: HotspotKind;
}) {
  const focusExhibit = useExpo((s) => s.focusExhibit);
  const active = useExpo((s) => s.selected?.id === props.exhibitId && s.selected.part === props.part);
  const anchor = useRef<Group>(null);
  const [entry] = useState(() => hotspotEntry(props.exhibitId, props.kind));
  useEffect(() => {
    entry.anchor = anchor.current;
    return registerHotspot(entry);
  }, [entry]);
  // The button lives in drei's own DOM root, mounted after this component: it joins the pass when it comes.
  const attach = useCallback(
    (b: HTMLButtonElement | null) => {
      entry.button = b;
      if (!b) return;
      b.dataset.show = entry.show;
      const stop = measureHotspot(entry, b, requestFrame);
      return () => {
        stop();
        entry.button = null;
      };
    },
    [entry],
  );
  return (
    <group ref={anchor} position={props.position as [number, number, number]}>
      <Html center zIndexRange={[20, 10]} wrapperClass="hotspot-wrap">
        <button
          ref={attach}
          type="button"
          className={props.kind === 'part' ? 'hotspot' : 'hotspot main'}
          data-hotspot={props.part ? `${props.exhibitId}/${props.part}` : props.exhibitId}
          aria-pressed={active}
          onClick={() => focusExhibit(props.exhibitId, props.part)}
        >
          <span className="hotspot-dot" aria-hidden="true" />
          <span className="hotspot-label">{props.label}</span>
        </button>
      </Html>
    </group>
  );
}
