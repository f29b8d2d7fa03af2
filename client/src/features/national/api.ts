import type { Fact } from "@shared/index";
import { NationalPicture } from "@shared/schemas/national";
import { noteNetworkError } from "../../api/http";

/** This feature's own small fetchers (the shared REST client is being restructured): same origin, JSON, the session cookie. */
export class NationalApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

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
    if (!(err instanceof DOMException && err.name === "AbortError")) noteNetworkError();
    throw err;
  });
  const body: unknown = res.headers.get("content-type")?.includes("json") ? await res.json() : null;
  if (!res.ok) {
    const error = (body as { error?: { message?: string; field?: string } } | null)?.error;
    throw new NationalApiError(res.status, error?.message ?? `HTTP ${res.status}`, error?.field);
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
