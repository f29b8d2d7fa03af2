import { useEffect, useRef, useState } from "react";
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

// A blip (a reconnect within a few seconds) is only the header's pill; a real outage also gets the banner.
const BANNER_AFTER_MS = 3_000;

/** True once the console has been offline for `afterMs` without a break. */
function useLongOffline(offline: boolean, afterMs: number): boolean {
  const [long, setLong] = useState(false);
  useEffect(() => {
    if (!offline) {
      setLong(false);
      return;
    }
    const timer = setTimeout(() => setLong(true), afterMs);
    return () => clearTimeout(timer);
  }, [offline, afterMs]);
  return long && offline;
}

/**
 * The banner is fixed over the bottom of the window; the page keeps room for it below its last control
 * (styles.css). Its height grows as its text wraps (a narrow window, zoom, wider text spacing), so it is measured
 * into --offline-banner-height rather than guessed.
 */
function useBannerHeight(shown: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const banner = ref.current;
    if (!shown || !banner || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty("--offline-banner-height", `${banner.getBoundingClientRect().height}px`),
    );
    observer.observe(banner);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--offline-banner-height");
    };
  }, [shown]);
  return ref;
}

/** The live connection in words and a shape (not colour alone). */
export function ConnectionIndicator() {
  const t = useT();
  const status = useStore((s) => s.connection);
  const longOffline = useLongOffline(status === "offline", BANNER_AFTER_MS);
  const bannerRef = useBannerHeight(longOffline);
  return (
    <>
      {longOffline ? (
        // The header scrolls away and the forms stay usable: say, where it is seen, that nothing is saved now. The
        // lost connection was announced already (store: connection.lost), so this is no live region.
        <div className="offline-banner" ref={bannerRef}>
          <p>{t("connection.offlineBanner")}</p>
        </div>
      ) : null}
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
