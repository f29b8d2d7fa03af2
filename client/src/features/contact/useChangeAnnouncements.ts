import { useEffect, useRef } from "react";
import type { FaqEntry } from "@shared/schemas/faq";
import { useStore } from "../../store";

/** Says it aloud (polite live region) when the answer on screen changes under the agent's eyes. */
export function useChangeAnnouncements(entry: FaqEntry | null): void {
  const id = entry?.id ?? null;
  const question = entry?.question ?? "";
  const at = useStore((s) => (id ? (s.contact.faqChanges[id]?.at ?? null) : null));
  const last = useRef<{ id: string | null; at: string | null }>({ id: null, at: null });
  useEffect(() => {
    // Only a change that arrives while this entry is on screen; opening an entry that changed earlier is not news.
    if (id !== null && id === last.current.id && at !== null && at !== last.current.at) {
      useStore.getState().announce("contact.announce.changed", { question });
    }
    last.current = { id, at };
  }, [id, at, question]);
}
