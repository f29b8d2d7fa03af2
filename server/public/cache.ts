import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { Kysely } from "kysely";
import { Lru } from "../../shared/lru.js";
import { latestSeq } from "../db/repos/events.js";
import type { DB } from "../db/schema.js";

export interface Rendered {
  status: 200 | 404;
  type: string;
  body: string;
  /**
   * Epoch ms after which the rendering is out of date though no event was committed (a next-update promise that
   * turns late): the cache renders again from then on.
   */
  freshUntil?: number | undefined;
}

export interface CachedRender extends Rendered {
  etag: string;
  /** The body's length in UTF-8 bytes, for Content-Length. */
  bodyBytes: number;
  /**
   * The body gzipped once per rendering (feeds and pages compress ~10×), or null when too small to bother. Kept as
   * a latin1 string (one character per byte): http writes a string body in the same write as the headers, a Buffer
   * in a second one.
   */
  gzip: { latin1: string; bytes: number } | null;
}

const GZIP_MIN_BYTES = 1_024; // below this the header overhead eats the saving

const CACHE_ENTRIES_MAX = 1_000; // rendered pages and feeds kept in memory per node

/**
 * Public outputs change when an event is committed, so a rendering stays valid while the event log's newest seq is
 * unchanged (and, if it says so, until its freshUntil): a hit costs one primary-key read. Works across nodes because
 * the seq lives in the database.
 */
export function createRenderCache(db: Kysely<DB>, maxEntries: number = CACHE_ENTRIES_MAX) {
  const entries = new Lru<string, CachedRender & { seq: number }>(maxEntries);

  /**
   * Requests that arrive in one turn of the event loop share one read of the seq, made on the next turn: after the
   * last of them arrived, so none is answered from a read older than itself. Under load this turns a query per hit
   * into a query per turn.
   */
  let pending: Promise<number> | null = null;
  const currentSeq = (): Promise<number> =>
    (pending ??= new Promise<number>((resolve, reject) =>
      setImmediate(() => {
        pending = null;
        latestSeq(db).then(resolve, reject);
      }),
    ));

  async function get(key: string, render: () => Promise<Rendered>): Promise<CachedRender> {
    const seq = await currentSeq();
    const hit = entries.get(key);
    if (hit && hit.seq === seq && (hit.freshUntil === undefined || Date.now() < hit.freshUntil)) return hit;
    const rendered = await render();
    const etag = `W/"${createHash("sha1").update(rendered.body).digest("base64url")}"`;
    const bodyBytes = Buffer.byteLength(rendered.body);
    const zipped = bodyBytes >= GZIP_MIN_BYTES ? gzipSync(rendered.body) : null;
    const gzip = zipped && { latin1: zipped.toString("latin1"), bytes: zipped.length };
    const entry = { ...rendered, etag, bodyBytes, gzip, seq };
    if (rendered.status === 200) entries.set(key, entry);
    return entry;
  }

  return { get, size: () => entries.size };
}

export type RenderCache = ReturnType<typeof createRenderCache>;

/** If-None-Match may list several tags or `*`; weak comparison, as RFC 9110 asks for GET. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header === etag) return true; // what a client that keeps the ETag sends back: no parsing
  const strip = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => t.trim() === "*" || strip(t) === strip(etag));
}
