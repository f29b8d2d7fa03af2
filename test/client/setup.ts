import "@testing-library/jest-dom/vitest";
import { afterEach, beforeEach } from "vitest";
import { loadMessages } from "../../client/src/i18n";
import { resetStore } from "../../client/src/store";
import { installEventApplier } from "../../client/src/store/eventApplier";

// A signed-in page installs the event applier with its session chunk (store/session/connect.ts); tests that drive
// `applyEvents` need it without signing in.
installEventApplier();
// English is its own chunk on a page (fetched when chosen); the tests have it from the start, so a switch is at once.
await loadMessages("en");

// Every test starts from a fresh page's store: the store's one reset (a test may call it again mid-way).
beforeEach(() => resetStore());

// Without vitest globals Testing Library cannot register its own cleanup; node-environment files have no DOM.
if (typeof document !== "undefined") {
  const { cleanup } = await import("@testing-library/react");
  afterEach(() => cleanup());
}
