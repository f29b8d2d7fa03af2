import type { MessageKey } from "../i18n";
import { useT } from "../i18n/useT";
import { useStore } from "../store";
import type { ConnectionStatus } from "../store/types";

const TEXT: Record<ConnectionStatus, MessageKey> = {
  idle: "connection.connecting",
  connecting: "connection.connecting",
  syncing: "connection.syncing",
  online: "connection.online",
  offline: "connection.offline",
};

/** The live connection in words and a shape (not colour alone). */
export function ConnectionIndicator() {
  const t = useT();
  const status = useStore((s) => s.connection);
  return (
    <div className={`connection connection-${status}`} role="status" aria-label={t("connection.label")}>
      <span className="connection-dot" aria-hidden="true" />
      <span>{t(TEXT[status])}</span>
    </div>
  );
}
