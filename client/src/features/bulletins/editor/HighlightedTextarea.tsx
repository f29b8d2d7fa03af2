import { memo, useCallback, useMemo, useRef, useState, type ReactNode, type TextareaHTMLAttributes } from "react";
import type { Mark } from "./marks";

interface HighlightedTextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> {
  value: string;
  onValue: (value: string) => void;
  marks: Mark[];
  /** The finding focused or hovered in the findings list: its span is highlighted. */
  activeKey: string | null;
  /** What to say when the pointer rests on an underline (why, and what to write instead). */
  describe: (key: string) => ReactNode;
  /** A headline: Enter does not add a line, pasted line breaks become spaces. */
  singleLine?: boolean;
  textareaRef?: React.Ref<HTMLTextAreaElement>;
}

/** Plain text cut at the marks; overlapping marks are clipped so the mirror's text stays identical to the value. */
function segments(value: string, marks: Mark[], activeKey: string | null): ReactNode[] {
  const out: ReactNode[] = [];
  let pos = 0;
  for (const m of marks) {
    const start = Math.max(m.start, pos);
    const end = Math.min(m.end, value.length);
    if (end <= start) continue;
    if (start > pos) out.push(value.slice(pos, start));
    const active = m.key === activeKey ? " is-active" : "";
    out.push(
      <mark key={m.key} className={`hl-mark hl-${m.severity}${active}`} data-mark={m.key}>
        {value.slice(start, end)}
      </mark>,
    );
    pos = end;
  }
  if (pos < value.length) out.push(value.slice(pos));
  return out;
}

/**
 * A textarea over a mirror of its own text in which the spans that lower a score are underlined. The mirror is
 * hidden from assistive technology; the findings list is the accessible equivalent. The pointer resting on an
 * underline shows why (found by hit-testing through the transparent textarea).
 */
export const HighlightedTextarea = memo(function HighlightedTextarea({
  value,
  onValue,
  marks,
  activeKey,
  describe,
  singleLine = false,
  textareaRef,
  className,
  ...rest
}: HighlightedTextareaProps) {
  const mirrorRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const frame = useRef(0);
  const [hover, setHover] = useState<{ key: string; top: number; left: number } | null>(null);
  const parts = useMemo(() => segments(value, marks, activeKey), [value, marks, activeKey]);

  const onMouseMove = useCallback((e: React.MouseEvent) => {
    const { clientX, clientY } = e;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const box = boxRef.current;
      if (!box || typeof document.elementsFromPoint !== "function") return;
      const mark = document
        .elementsFromPoint(clientX, clientY)
        .find((el) => el instanceof HTMLElement && el.dataset.mark);
      if (!(mark instanceof HTMLElement)) return setHover(null);
      const boxRect = box.getBoundingClientRect();
      const rect = mark.getBoundingClientRect();
      setHover({
        key: mark.dataset.mark ?? "",
        top: rect.bottom - boxRect.top + 4,
        left: Math.max(0, rect.left - boxRect.left),
      });
    });
  }, []);

  return (
    <div
      ref={boxRef}
      className={["hl-box", singleLine ? "hl-single" : "", className ?? ""].filter(Boolean).join(" ")}
      onMouseMove={onMouseMove}
      onMouseLeave={() => setHover(null)}
    >
      <div ref={mirrorRef} className="hl-mirror" aria-hidden="true">
        {parts}
        {/* A trailing line break would collapse without something after it. */}
        {"\u200b"}
      </div>
      <textarea
        {...rest}
        ref={textareaRef}
        className="hl-input"
        value={value}
        spellCheck={rest.spellCheck ?? true}
        onChange={(e) => onValue(singleLine ? e.target.value.replace(/\r?\n/g, " ") : e.target.value)}
        onKeyDown={(e) => {
          if (singleLine && e.key === "Enter") e.preventDefault();
          rest.onKeyDown?.(e);
        }}
        onScroll={(e) => {
          if (mirrorRef.current) mirrorRef.current.scrollTop = e.currentTarget.scrollTop;
        }}
      />
      {hover ? (
        <div className="hl-tip" aria-hidden="true" style={{ top: hover.top, left: hover.left }}>
          {describe(hover.key)}
        </div>
      ) : null}
    </div>
  );
});
