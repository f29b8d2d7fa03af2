/** A conditional GET of one feed: ETag and Last-Modified from the previous answer, a hard timeout, no throw. */
export type FeedAnswer =
  | { status: "ok"; body: unknown; etag: string | null; lastModified: string | null }
  | { status: "not-modified" }
  | { status: "error"; error: string };

export interface FeedRequest {
  url: string;
  etag: string | null;
  lastModified: string | null;
  timeoutMs: number;
}

const MAX_BYTES = 5_000_000; // a feed of a few hundred items is well under this; more is not a feed

export async function fetchFeed({ url, etag, lastModified, timeoutMs }: FeedRequest): Promise<FeedAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = {
      Accept: "application/json",
      "User-Agent": "Krisrum (kommunal kriskommunikation)",
    };
    if (etag) headers["If-None-Match"] = etag;
    if (lastModified) headers["If-Modified-Since"] = lastModified;
    const res = await fetch(url, { headers, signal: controller.signal, redirect: "follow" });
    if (res.status === 304) return { status: "not-modified" };
    if (!res.ok) return { status: "error", error: `HTTP ${res.status}` };
    const text = await res.text();
    if (text.length > MAX_BYTES) return { status: "error", error: "answer too large" };
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return { status: "error", error: "answer is not JSON" };
    }
    return { status: "ok", body, etag: res.headers.get("etag"), lastModified: res.headers.get("last-modified") };
  } catch (err) {
    return {
      status: "error",
      error: controller.signal.aborted
        ? `timeout after ${timeoutMs} ms`
        : err instanceof Error
          ? err.message
          : String(err),
    };
  } finally {
    clearTimeout(timer);
  }
}
