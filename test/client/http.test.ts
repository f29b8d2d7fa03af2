import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { login } from "../../client/src/api/auth";
import {
  ApiError,
  dropEarlyRequests,
  request,
  requestEarly,
  setNetworkErrorHandler,
  setUnauthenticatedHandler,
} from "../../client/src/api/http";
import { stubFetch } from "./helpers/fetchStub";
import { jsonResponse } from "./helpers/fixtures";

describe("http request wrapper", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setUnauthenticatedHandler(() => {});
    setNetworkErrorHandler(() => {});
    dropEarlyRequests();
    vi.useRealTimers();
  });

  it("turns the error body into an ApiError with code, message, field and extra details", async () => {
    stubFetch(() =>
      jsonResponse(409, {
        error: { code: "conflict", message: "Someone saved first", field: "title", current: { version: 4 } },
      }),
    );
    const error = await request("/api/incidents/x", { method: "PATCH", body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: "conflict",
      message: "Someone saved first",
      field: "title",
      details: { current: { version: 4 } },
    });
  });

  it("sends JSON with the session cookie and parses the answer with the given schema", async () => {
    const { fetchMock } = stubFetch(() => jsonResponse(200, { n: 3, extra: true }));
    await expect(
      request("/api/thing", { method: "POST", body: { a: 1 }, schema: z.object({ n: z.number() }) }),
    ).resolves.toEqual({ n: 3 });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init).toMatchObject({
      credentials: "same-origin",
      body: '{"a":1}',
      headers: { "Content-Type": "application/json" },
    });
  });

  it("says Content-Type: application/json on every state-changing request, also without a body (the server's CSRF guard), and not on a GET", async () => {
    const { fetchMock } = stubFetch(() => new Response(null, { status: 204 }));
    for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) await request("/api/auth/logout", { method });
    await request("/api/me");
    const headers = fetchMock.mock.calls.map((c) => (c[1] as RequestInit).headers as Record<string, string>);
    expect(headers.slice(0, 4)).toEqual(
      Array(4).fill({ Accept: "application/json", "Content-Type": "application/json" }),
    );
    expect(headers[4]).toEqual({ Accept: "application/json" });
    expect(fetchMock.mock.calls.slice(0, 4).map((c) => (c[1] as RequestInit).body)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("reports an answer that breaks the contract instead of passing it on", async () => {
    stubFetch(() => jsonResponse(200, { n: "three" }));
    await expect(request("/api/thing", { schema: z.object({ n: z.number() }) })).rejects.toMatchObject({
      code: "bad_response",
    });
  });

  it("sends the user back to login on a 401, but not for wrong credentials at login", async () => {
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    stubFetch((call) =>
      call.url === "/api/auth/login"
        ? jsonResponse(401, { error: { code: "bad_credentials", message: "Wrong" } })
        : jsonResponse(401, { error: { code: "unauthenticated", message: "No session" } }),
    );
    await expect(login({ username: "a", password: "b" })).rejects.toMatchObject({ code: "bad_credentials" });
    expect(handler).not.toHaveBeenCalled();
    await expect(request("/api/incidents")).rejects.toMatchObject({ code: "unauthenticated" });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("names a failed connection 'network'", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    await expect(request("/api/incidents")).rejects.toMatchObject({ status: 0, code: "network" });
  });

  it("has the live connection checked when a request did not reach the server, but not for an answer or an abort", async () => {
    const handler = vi.fn();
    setNetworkErrorHandler(handler);
    stubFetch(() => jsonResponse(500, { error: { code: "internal", message: "Oops" } }));
    await expect(request("/api/incidents")).rejects.toMatchObject({ code: "internal" });
    const controller = new AbortController();
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new DOMException("aborted", "AbortError"))),
    );
    await expect(request("/api/incidents", { signal: controller.signal })).rejects.toThrow("aborted");
    expect(handler).not.toHaveBeenCalled();
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    await expect(request("/api/incidents", { method: "PATCH", body: {} })).rejects.toMatchObject({ code: "network" });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("reads the rate-limit wait from Retry-After", async () => {
    stubFetch(() =>
      jsonResponse(429, { error: { code: "rate_limited", message: "Slow down" } }, { "Retry-After": "120" }),
    );
    await expect(request("/api/auth/login", { method: "POST", expectUnauthenticated: true })).rejects.toMatchObject({
      retryAfterSeconds: 120,
    });
  });

  describe("GETs asked for early, at page load", () => {
    const schema = z.object({ n: z.number() });

    it("answer the first GET request for the same path without a second fetch, and only that one", async () => {
      let n = 0;
      const { calls } = stubFetch(() => jsonResponse(200, { n: ++n }));
      requestEarly(["/api/incidents/a", "/api/incidents/a/log?limit=200"]);
      expect(calls.map((c) => c.url)).toEqual(["/api/incidents/a", "/api/incidents/a/log?limit=200"]);
      await expect(request("/api/incidents/a", { schema })).resolves.toEqual({ n: 1 });
      expect(calls).toHaveLength(2);
      // Taken once: the next request for it asks the server again.
      await expect(request("/api/incidents/a", { schema })).resolves.toEqual({ n: 3 });
      expect(calls.map((c) => c.url)).toEqual([
        "/api/incidents/a",
        "/api/incidents/a/log?limit=200",
        "/api/incidents/a",
      ]);
    });

    it("are not taken by a write to the same path, nor after they are dropped, which aborts them", async () => {
      let n = 0;
      const { calls, fetchMock } = stubFetch(() => jsonResponse(200, { n: ++n }));
      requestEarly(["/api/me"]);
      await request("/api/me", { method: "PATCH", body: {} });
      expect(calls.map((c) => c.method)).toEqual(["GET", "PATCH"]);
      const earlySignal = (fetchMock.mock.calls[0]?.[1] as RequestInit).signal;
      expect(earlySignal?.aborted).toBe(false);
      dropEarlyRequests();
      // An unread body would hold its connection open.
      expect(earlySignal?.aborted).toBe(true);
      await expect(request("/api/me", { schema })).resolves.toEqual({ n: 3 });
      expect(calls.map((c) => c.method)).toEqual(["GET", "PATCH", "GET"]);
    });

    it("go through the same checks as the request's own answer would (a refusal is an error, a 401 signs out)", async () => {
      const handler = vi.fn();
      setUnauthenticatedHandler(handler);
      stubFetch(() => jsonResponse(401, { error: { code: "unauthenticated", message: "No session" } }));
      requestEarly(["/api/incidents/a"]);
      await expect(request("/api/incidents/a", { schema })).rejects.toMatchObject({ status: 401 });
      expect(handler).toHaveBeenCalledTimes(1);
    });

    it("are not taken once they are older than ten seconds", async () => {
      vi.useFakeTimers({ toFake: ["performance"] });
      let n = 0;
      const { calls } = stubFetch(() => jsonResponse(200, { n: ++n }));
      requestEarly(["/api/incidents"]);
      vi.advanceTimersByTime(10_001);
      await expect(request("/api/incidents", { schema })).resolves.toEqual({ n: 2 });
      expect(calls).toHaveLength(2);
    });
  });
});
