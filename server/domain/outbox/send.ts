import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { publicOnlyLookup } from "./address.js";

export const WEBHOOK_TIMEOUT_MS = 10_000;

export type SendResult =
  { ok: true; status: number } | { ok: false; status: number | null; error: string; gone: boolean };

/**
 * One POST. Any 2xx is delivered; 410 Gone means the receiver wants no more (the webhook is disabled); other
 * statuses, timeouts and connection errors are retried by the worker. Redirects are not followed (a 3xx could
 * point anywhere, including inside). The response body is read and dropped, at most 64 KB.
 */
export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  opts: { allowPrivate: boolean; timeoutMs?: number },
): Promise<SendResult> {
  const target = new URL(url);
  const request = target.protocol === "https:" ? httpsRequest : httpRequest;
  const timeoutMs = opts.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const req = request(
      target,
      {
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)), "user-agent": "Krisrum-Webhooks/1" },
        ...(opts.allowPrivate ? {} : { lookup: publicOnlyLookup }),
        agent: false,
      },
      (res) => {
        let seen = 0;
        res.on("data", (chunk: Buffer) => {
          seen += chunk.length;
          if (seen > 65_536) res.destroy();
        });
        const status = res.statusCode ?? 0;
        const finish = () =>
          done(
            status >= 200 && status < 300
              ? { ok: true, status }
              : { ok: false, status, error: `HTTP ${status}`, gone: status === 410 },
          );
        res.on("end", finish);
        res.on("close", finish);
        res.on("error", finish);
      },
    );
    // The whole exchange, connect to last byte, gets timeoutMs.
    const timer = setTimeout(() => {
      req.destroy();
      done({ ok: false, status: null, error: `timed out after ${timeoutMs / 1000} s`, gone: false });
    }, timeoutMs);
    req.on("error", (err) => done({ ok: false, status: null, error: err.message.slice(0, 300), gone: false }));
    req.end(body);
  });
}
