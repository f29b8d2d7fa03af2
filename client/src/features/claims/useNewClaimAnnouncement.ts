import { useEffect, useRef, useState } from "react";
import type { Claim } from "@shared/schemas/claim";
import { useT } from "../../i18n/useT";

/** The text for the board's polite live region: the latest claim that appeared after the board loaded. */
export function useNewClaimAnnouncement(claims: Claim[], loaded: boolean): string {
  const t = useT();
  const known = useRef<Set<string> | null>(null);
  const [message, setMessage] = useState("");
  useEffect(() => {
    if (!loaded) return;
    if (known.current === null) {
      known.current = new Set(claims.map((c) => c.id));
      return;
    }
    const fresh = claims.filter((c) => !known.current?.has(c.id));
    for (const c of fresh) known.current.add(c.id);
    const latest = fresh[fresh.length - 1];
    if (latest) setMessage(t("claims.announceNew", { text: latest.text.slice(0, 140) }));
  }, [claims, loaded, t]);
  return message;
}
