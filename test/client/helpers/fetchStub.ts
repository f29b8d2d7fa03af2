import { vi } from "vitest";

export interface RecordedCall {
  method: string;
  url: string;
  body: unknown;
}

/**
 * Replaces fetch with a function answering from `route`, recording every call. jsdom has no server
 * behind it; the answers are the API contract's (docs/api.md) shapes.
 */
export function stubFetch(route: (call: RecordedCall) => Response | Promise<Response>) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: RecordedCall = {
      method: init?.method ?? "GET",
      url: typeof input === "string" ? input : input.toString(),
      body: typeof init?.body === "string" ? (JSON.parse(init.body) as unknown) : undefined,
    };
    calls.push(call);
    return route(call);
  });
  vi.stubGlobal("fetch", fetchMock);
  return { calls, fetchMock };
}
