import "@testing-library/jest-dom/vitest";
import { afterAll, afterEach, beforeEach, vi } from "vitest";
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
  const { cleanup, configure } = await import("@testing-library/react");
  afterEach(() => cleanup());
  // findBy*/waitFor wait 1 s by default; with the browser files running beside the console's on two cores, a first
  // render has been seen to take longer (load 14). What they wait for is unchanged.
  configure({ asyncUtilTimeout: 5_000 });
}

// The console project runs with `isolate: false` (vitest.config.ts): a worker runs file after file in one process and
// one jsdom window, which saves starting both per file. What a file could leave behind for the next is undone here,
// so each file starts as on a fresh page: the app's modules are evaluated anew (their module-level caches, e.g. the
// settings and the announced alerts, start empty; libraries in node_modules stay loaded), and the window's storage,
// URL and document are emptied. axe-core (ReachPanel.test.tsx) adds a document.elementsFromPoint that jsdom lacks.
afterAll(() => {
  vi.resetModules();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  if (typeof document === "undefined") return;
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, "", "/");
  Reflect.deleteProperty(document, "elementsFromPoint");
  document.title = "";
  for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
  document.head.replaceChildren();
  document.body.replaceChildren();
  for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
});
