import { ConsoleSettings } from "@shared/schemas/settings";
import { request } from "./http";

let cached: Promise<ConsoleSettings> | null = null;

/** GET /api/settings, once per page load: the municipality's settings change only with a server restart. */
export function fetchConsoleSettings(): Promise<ConsoleSettings> {
  cached ??= request("/api/settings", { schema: ConsoleSettings }).catch((err: unknown) => {
    cached = null; // a failed load is tried again by the next caller
    throw err;
  });
  return cached;
}
