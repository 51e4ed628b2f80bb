import { useRef } from 'react';
import { Html } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { occluderRects } from '../../platform/occluders';
import { useExpo } from '../../state/expo';
import { nav } from '../../state/nav';

/** Rectangles of the DOM overlays that cover the view, measured once per rendered frame and shared by all hotspots. */
const overlays = { frame: -1, rects: [] as DOMRect[] };

function overlayRects(): DOMRect[] {
  if (overlays.frame !== nav.framesRendered) {
    overlays.frame = nav.framesRendered;
    overlays.rects = occluderRects();
  }
  return overlays.rects;
}

/** Whether a hotspot's centre is off screen or lies under some overlay. */
function covered(r: DOMRect): boolean {
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  if (r.width === 0 || x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return true;
  return overlayRects().some((o) => x >= o.left && x <= o.right && y >= o.top && y <= o.bottom);
}

/** A hotspot: a pulsing marker at an anchor that is also a real DOM button (Tab, screen readers, touch). */
export function Hotspot(props: {
  position: readonly [number, number, number];
  exhibitId: string;
  part: string | null;
  label: string;
  main: boolean;
}) {
  const focusExhibit = useExpo((s) => s.focusExhibit);
  const active = useExpo((s) => s.selected?.id === props.exhibitId && s.selected.part === props.part);
  const button = useRef<HTMLButtonElement>(null);
  // A hotspot off screen or under a panel or bar leaves the Tab order, so keyboard focus is never out of sight.
  useFrame(() => {
    const b = button.current;
    if (!b) return;
    const tabIndex = covered(b.getBoundingClientRect()) ? -1 : 0;
    if (b.tabIndex !== tabIndex) b.tabIndex = tabIndex;
  });
  return (
    <Html
      position={props.position as [number, number, number]}
      center
      zIndexRange={[20, 10]}
      wrapperClass="hotspot-wrap"
    >
      <button
        ref={button}
        type="button"
        className={props.main ? 'hotspot main' : 'hotspot'}
        data-hotspot={props.part ? `${props.exhibitId}/${props.part}` : props.exhibitId}
        aria-pressed={active}
        onClick={() => focusExhibit(props.exhibitId, props.part)}
      >
        <span className="hotspot-dot" aria-hidden="true" />
        <span className="hotspot-label">{props.label}</span>
      </button>
    </Html>
  );
}
