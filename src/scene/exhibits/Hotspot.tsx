import { Html } from '@react-three/drei';
import { useExpo } from '../../state/expo';

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
  return (
    <Html
      position={props.position as [number, number, number]}
      center
      zIndexRange={[20, 10]}
      wrapperClass="hotspot-wrap"
    >
      <button
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
