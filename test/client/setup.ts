import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";

// Without vitest globals Testing Library cannot register its own cleanup; node-environment files have no DOM.
if (typeof document !== "undefined") {
  const { cleanup } = await import("@testing-library/react");
  afterEach(() => cleanup());
}
