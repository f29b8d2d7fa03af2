import type { Fact } from "@shared/index";
import { NationalPicture } from "@shared/schemas/national";
import { ApiError, noteNetworkError } from "../../api/http";

/**
 * This feature's own small fetchers (the shared REST client is being restructured): same origin, JSON, the session
 * cookie. Their errors are the shared client's ApiError (code, field, the body's other members as `details`), so the
 * console says them in its own language (i18n/errors.ts) as it does the other forms'.
 */
export class NationalApiError extends ApiError {}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const method = init.method ?? "GET";
  const res = await fetch(path, {
    ...init,
    credentials: "same-origin",
    // The server's CSRF guard wants JSON on every state-changing request.
    headers:
      method === "GET"
        ? { Accept: "application/json" }
        : { Accept: "application/json", "Content-Type": "application/json" },
  }).catch((err: unknown) => {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    noteNetworkError();
    throw new NationalApiError(0, "network", err instanceof Error ? err.message : "network error");
  });
  const body: unknown = res.headers.get("content-type")?.includes("json") ? await res.json() : null;
  if (!res.ok) {
    const error = (body as { error?: Record<string, unknown> } | null)?.error ?? {};
    const { code, message, field, ...details } = error;
    throw new NationalApiError(
      res.status,
      typeof code === "string" ? code : res.status >= 500 ? "internal" : "unknown",
      typeof message === "string" ? message : `HTTP ${res.status}`,
      typeof field === "string" ? field : undefined,
      details,
    );
  }
  return body as T;
}

export async function fetchNational(signal?: AbortSignal): Promise<NationalPicture> {
  return NationalPicture.parse(await call<unknown>("/api/national", signal ? { signal } : {}));
}

export function citeNational(itemId: string, incidentId: string): Promise<Fact> {
  return call<Fact>(`/api/national/${encodeURIComponent(itemId)}/cite`, {
    method: "POST",
    body: JSON.stringify({ incidentId }),
  });
}
