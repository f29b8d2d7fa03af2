import type { ReactNode } from "react";

/** What a message's one placeholder is filled with, to split it there: t("inbox.open", { headline: SLOT }). */
export const SLOT = "\u0000";

/**
 * A UI message around a node, e.g. a bulletin's headline in its own language (WCAG 3.1.2), which a plain string, or an
 * aria-label, cannot tag with `lang`. `text` is the message filled with SLOT; `hidden`: the UI's words are for
 * screen readers only, the node is what shows.
 */
export function Around({ text, hidden = false, children }: { text: string; hidden?: boolean; children: ReactNode }) {
  const [before = "", after = ""] = text.split(SLOT);
  const words = (s: string) => (s === "" ? null : hidden ? <span className="visually-hidden">{s}</span> : s);
  return (
    <>
      {words(before)}
      {children}
      {words(after)}
    </>
  );
}
