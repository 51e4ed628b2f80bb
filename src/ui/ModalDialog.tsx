import { useRef } from 'react';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import type { LocalizedText } from '../content/languages';
import { occluder } from '../platform/occluders';
import { useExpo } from '../state/expo';
import { companionText } from './companion';
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

/**
 * A non-modal panel beside the view (an exhibit's, a category's): it covers the view, Escape closes it, and
 * its head carries the title in the visitor's language (focusable, for the panel to take focus; its id is
 * `<className>-title`), its name in the companion language and the close button. `kicker` is a line above
 * the title.
 */
export function SidePanel({
  className,
  titleRef,
  title,
  closeLabel,
  onClose,
  kicker,
  children,
}: {
  className: string;
  titleRef: RefObject<HTMLHeadingElement | null>;
  title: LocalizedText;
  closeLabel: string;
  onClose: () => void;
  kicker?: ReactNode;
  children: ReactNode;
}) {
  const lang = useExpo((s) => s.lang);
  const titleId = `${className}-title`;
  return (
    <section
      className={className}
      {...occluder()}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="info-head">
        <div>
          {kicker}
          <h2 id={titleId} ref={titleRef} tabIndex={-1}>
            {title[lang]}
          </h2>
          <p className="info-subtitle" {...companionText(title, lang)} />
        </div>
        <CloseButton label={closeLabel} onClose={onClose} />
      </header>
      {children}
    </section>
  );
}
