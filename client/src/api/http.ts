import type { z } from "zod";

/**
 * A response schema, or a function that loads it. The login page's chunks hold no zod: the modules it reaches name
 * their schemas through `() => import(...)`, so the schemas (and zod) are fetched with the first answer to parse.
 */
export type Schema<T> = z.ZodType<T> | (() => Promise<z.ZodType<T>>);

/** The error body's schema, fetched with the first error to read (see `Schema`). */
let errorSchema: Promise<z.ZodType<{ error: { code: string; message: string; field?: string | undefined } }>> | null =
  null;
const loadErrorSchema = () => (errorSchema ??= import("@shared/schemas/common").then((m) => m.ApiError));

/** A failed API call: the server's `{error:{code,message,field}}`, or `network` / `bad_response` from the client. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  /** Extra members of the error body, e.g. `current` on a 409 conflict. */
  readonly details: Record<string, unknown>;
  readonly retryAfterSeconds: number | null;

  constructor(
    status: number,
    code: string,
    message: string,
    field?: string,
    details: Record<string, unknown> = {},
    retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.field = field;
    this.details = details;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

type UnauthenticatedHandler = () => void;
let onUnauthenticated: UnauthenticatedHandler = () => {};

/** The store registers what a 401 means (drop the session, which routes back to the login page). */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler): void {
  onUnauthenticated = handler;
}

let onNetworkError: () => void = () => {};

/** The store registers what an unreachable server means for the live connection (see noteNetworkError). */
export function setNetworkErrorHandler(handler: () => void): void {
  onNetworkError = handler;
}

/**
 * A request did not reach the server ("Servern svarar inte"). The socket may not know yet (it learns from a heartbeat
 * seconds later), and the header must not say "Ansluten" beside a form saying the opposite. Every fetcher calls this
 * on a network failure.
 */
export function noteNetworkError(): void {
  onNetworkError();
}

export interface RequestOptions<T> {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  /** Parses the response body; omit for 204 answers. */
  schema?: Schema<T>;
  /** A 401 here is an answer, not an expired session (the login form). */
  expectUnauthenticated?: boolean;
  /**
   * A 401 only says "no session" (`/api/me` on page load): it becomes ApiError 401 `unauthenticated` without its body
   * being read, so a signed-out page load does not fetch the error schema.
   */
  sessionCheck?: boolean;
  signal?: AbortSignal;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const KNOWN_ERROR_KEYS = new Set(["code", "message", "field"]);

async function toApiError(response: Response, body: unknown): Promise<ApiError> {
  let parsed;
  try {
    parsed = (await loadErrorSchema()).safeParse(body);
  } catch {
    errorSchema = null;
    parsed = { success: false as const };
  }
  const retryAfter = Number(
    response.headers.get("Retry-After") ?? (body as { error?: { retryAfter?: unknown } } | null)?.error?.retryAfter,
  );
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
  if (!parsed.success) {
    return new ApiError(
      response.status,
      response.status >= 500 ? "internal" : "unknown",
      response.statusText,
      undefined,
      {},
      retryAfterSeconds,
    );
  }
  const raw = (body as { error: Record<string, unknown> }).error;
  const rest = Object.fromEntries(Object.entries(raw).filter(([key]) => !KNOWN_ERROR_KEYS.has(key)));
  const e = parsed.data.error;
  return new ApiError(response.status, e.code, e.message, e.field, rest, retryAfterSeconds);
}

/**
 * GETs started at page load (landing.ts), before the page that reads them is fetched and rendered: a cold load of an
 * incident asks for the session, the incident and its log while the page's chunks are under way, not after them.
 * The first GET request() for the same path takes the answer; one not taken in time is dropped.
 */
const early = new Map<string, { response: Promise<Response>; startedAt: number; abort: () => void }>();
/** A page load that took longer than this to ask has other troubles; an answer this old is not worth showing. */
const EARLY_MAX_AGE_MS = 10_000;

export function requestEarly(paths: readonly string[]): void {
  for (const path of paths) {
    if (early.has(path)) continue;
    const controller = new AbortController();
    const response = fetch(path, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
      signal: controller.signal,
    });
    response.catch(() => {}); // a failure is reported to whoever takes it, as their own request's would be
    early.set(path, { response, startedAt: performance.now(), abort: () => controller.abort() });
  }
}

/**
 * Forgets the answers not yet taken: when the page turns out signed out (they are refusals) and when the first
 * snapshot begins (an answer older than the socket could miss events that the snapshot would not reload). Their
 * requests are aborted: a body nobody reads would otherwise hold its connection open.
 */
export function dropEarlyRequests(): void {
  for (const { abort } of early.values()) abort();
  early.clear();
}

function takeEarly(path: string): Promise<Response> | undefined {
  const found = early.get(path);
  if (found === undefined) return undefined;
  early.delete(path);
  if (performance.now() - found.startedAt <= EARLY_MAX_AGE_MS) return found.response;
  found.abort();
  return undefined;
}

/** Typed JSON request against the API on the same origin; the session cookie rides along. */
export async function request<T = void>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const { method = "GET", body, schema, expectUnauthenticated = false, sessionCheck = false, signal } = options;
  let response: Response;
  try {
    const taken = method === "GET" && signal === undefined ? takeEarly(path) : undefined;
    response = await (taken ??
      fetch(path, {
        method,
        credentials: "same-origin",
        // Every state-changing request says JSON, also without a body (logout, submit …): the server's CSRF guard
        // refuses any other (415), since a foreign page can send text/plain or a form without a CORS preflight.
        headers:
          method === "GET" && body === undefined
            ? { Accept: "application/json" }
            : { Accept: "application/json", "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      }));
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    noteNetworkError();
    throw new ApiError(0, "network", err instanceof Error ? err.message : "network error");
  }

  const json = await readJson(response);
  if (sessionCheck && response.status === 401) throw new ApiError(401, "unauthenticated", "no session");
  if (!response.ok) {
    const error = await toApiError(response, json);
    if (response.status === 401 && !expectUnauthenticated) onUnauthenticated();
    throw error;
  }
  if (!schema) return undefined as T;
  const parsed = (typeof schema === "function" ? await schema() : schema).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(
      response.status,
      "bad_response",
      `unexpected response from ${path}: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`,
    );
  }
  return parsed.data;
}
