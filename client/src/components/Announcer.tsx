import { translate } from "../i18n";
import { useStore } from "../store";

/** The polite live region for everything the store announces (new log entries, status changes, reconnects). */
export function Announcer() {
  const announcement = useStore((s) => s.announcement);
  const lang = useStore((s) => s.language);
  let text = "";
  if (announcement) {
    const keyParams = Object.fromEntries(
      Object.entries(announcement.keyParams ?? {}).map(([name, key]) => [name, translate(lang, key)]),
    );
    text = translate(lang, announcement.key, { ...announcement.params, ...keyParams });
  }
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {/* A key per announcement makes a repeated message count as new for screen readers. */}
      <span key={announcement?.id ?? 0}>{text}</span>
    </div>
  );
}
