import type { MessageKey } from "../i18n";
import { Button } from "./Button";
import { useT } from "../i18n/useT";
import { useStore } from "../store";
import type { ConnectionStatus } from "../store/types";

const TEXT: Record<ConnectionStatus, MessageKey> = {
  idle: "connection.connecting",
  connecting: "connection.connecting",
  syncing: "connection.syncing",
  online: "connection.online",
  offline: "connection.offline",
  outdated: "connection.outdated",
};

/** The live connection in words and a shape (not colour alone). */
export function ConnectionIndicator() {
  const t = useT();
  const status = useStore((s) => s.connection);
  return (
    <>
      <div className={`connection connection-${status}`} role="status" aria-label={t("connection.label")}>
        <span className="connection-dot" aria-hidden="true" />
        <span>{t(TEXT[status])}</span>
      </div>
      {status === "outdated" ? (
        // The server was upgraded under an open console: say so where it cannot be missed, with the one way out.
        <div className="reload-banner" role="alert">
          <p>{t("connection.reloadText")}</p>
          <Button variant="primary" onClick={() => window.location.reload()}>
            {t("connection.reload")}
          </Button>
        </div>
      ) : null}
    </>
  );
}
