import { useRef } from 'react';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { trapTab } from './trapTab';

/**
 * A modal dialog over a dimmed backdrop: a click on the backdrop or Escape closes it, Tab stays inside.
 * `onKey` sees each key first and returns true when it has handled it.
 */
export function ModalDialog(props: {
  className: string;
  backdropClassName?: string;
  labelledBy: string;
  onClose: () => void;
  onKey?: (e: KeyboardEvent<HTMLElement>) => boolean;
  dialogRef?: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const own = useRef<HTMLElement>(null);
  const dialog = props.dialogRef ?? own;
  return (
    <div className={`dialog-backdrop ${props.backdropClassName ?? ''}`.trim()} onClick={props.onClose}>
      <section
        ref={dialog}
        className={`dialog ${props.className}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={props.labelledBy}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (props.onKey?.(e)) return;
          if (e.key === 'Escape') {
            e.stopPropagation();
            props.onClose();
          } else trapTab(e, dialog.current);
        }}
      >
        {props.children}
      </section>
    </div>
  );
}

/** The × that closes a panel or dialog, named for screen readers. */
export function CloseButton({ label, onClose }: { label: string; onClose: () => void }) {
  return (
    <button type="button" className="info-close" aria-label={label} onClick={() => onClose()}>
      ×
    </button>
  );
}
