import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake answers on a path: JSON items (with an ETag), a status, a raw body, or silence (a timeout). */
export type Reply =
  | { kind: "json"; body: unknown; etag?: string }
  | { kind: "status"; status: number }
  | { kind: "raw"; body: string }
  | { kind: "hang" };

export interface FakeKrisinfo {
  /** The base URL, as KRISRUM_KRISINFO_URL (…/v3). */
  url: string;
  set(path: "news" | "vmas", reply: Reply): void;
  /** Requests seen, newest last. */
  requests: Array<{ path: string; query: URLSearchParams; headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/**
 * A local Krisinformation v3 lookalike for the tests. It honours If-None-Match like a real server (304 when the
 * client's ETag is the current one), so the worker's conditional requests are tested against real HTTP.
 */
export async function startFakeKrisinfo(): Promise<FakeKrisinfo> {
  const replies = new Map<string, Reply>([
    ["news", { kind: "json", body: [] }],
    ["vmas", { kind: "json", body: [] }],
  ]);
  const requests: FakeKrisinfo["requests"] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const path = url.pathname.replace(/^\/v3\//, "");
    requests.push({ path, query: url.searchParams, headers: req.headers });
    const reply = replies.get(path);
    if (!reply) return void res.writeHead(404).end();
    if (reply.kind === "hang") return void hanging.add(res);
    if (reply.kind === "status") return void res.writeHead(reply.status).end("error");
    if (reply.kind === "raw") return void res.writeHead(200, { "content-type": "application/json" }).end(reply.body);
    if (reply.etag && req.headers["if-none-match"] === reply.etag)
      return void res.writeHead(304, { etag: reply.etag }).end();
    res
      .writeHead(200, {
        "content-type": "application/json; charset=utf-8",
        ...(reply.etag ? { etag: reply.etag } : {}),
      })
      .end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v3`,
    set: (path, reply) => void replies.set(path, reply),
    requests,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
