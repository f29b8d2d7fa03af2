import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import "./dialog.css";

const FOCUSABLE =
  'a[href], button:not([disabled]), textarea:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Accessible description: the id of an element inside that explains the dialog. */
  describedBy?: string;
  /**
   * Where focus goes as the dialog opens: its first field or button (default), or its heading, for a dialog whose
   * first button is an action that cannot be taken back ("Publicera nu" to the public, deleting a draft): one Enter
   * on opening must not take it. From the heading, Tab goes to the first button and Shift+Tab to the last.
   */
  initialFocus?: "first" | "title";
}

/**
 * A modal dialog: focus moves in (to the first field or button, or the heading: `initialFocus`), Tab stays inside,
 * Escape closes, and focus goes back to what opened it.
 */
export function Dialog({ title, onClose, children, describedBy, initialFocus = "first" }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusTitle = useRef(initialFocus === "title");
  const close = useRef(onClose);
  close.current = onClose;
  // Read while rendering: by the time effects run, an autoFocus field inside has already taken focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));

  useEffect(() => {
    const first = focusTitle.current
      ? heading.current
      : (ref.current?.querySelector<HTMLElement>("textarea, input, select") ??
        ref.current?.querySelector<HTMLElement>(FOCUSABLE));
    (first ?? ref.current)?.focus();
    return () => opener?.focus();
  }, [opener]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      close.current();
      return;
    }
    if (e.key !== "Tab" || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    // On the heading (or the dialog itself), which are outside the Tab order: the browser would leave the dialog on
    // Shift+Tab, as the heading comes first.
    if (document.activeElement === heading.current || document.activeElement === ref.current) {
      e.preventDefault();
      (e.shiftKey ? last : first).focus();
    } else if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close.current()}>
      <div
        ref={ref}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
