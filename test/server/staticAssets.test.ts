/**
 * The console shipped like a production web app: hashed assets pre-compressed and immutable,
 * index.html revalidated, source maps never served, API JSON over 1 KB compressed.
 */
import { request } from "node:http";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INCIDENTS_PATH, incidentPath, logPagePath, ME_PATH } from "../../client/src/api/paths.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as it crossed the wire, not decoded (fetch would decompress it). */
  body: Buffer;
}

function raw(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const LANDING_PRELOAD = '<link rel="modulepreload" crossorigin href="/assets/console-abc123.js">';

const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `ord-${i % 37}`))};\n`;

describe("serving the built console's assets", () => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "krisrum-assets-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>Krisrum</title>");
    writeFileSync(join(dir, "landing.html"), `<!doctype html><title>Krisrum</title>${LANDING_PRELOAD}`);
    // What the build writes (client/vite.config.ts): the asset, its brotli and gzip twins, and a stray map.
    writeFileSync(join(dir, "assets", "index-abc123.js"), SCRIPT);
    writeFileSync(join(dir, "assets", "index-abc123.js.br"), brotliCompressSync(SCRIPT));
    writeFileSync(join(dir, "assets", "index-abc123.js.gz"), gzipSync(SCRIPT));
    writeFileSync(join(dir, "assets", "index-abc123.js.map"), '{"version":3,"sources":["secret.ts"]}');
    writeFileSync(join(dir, "index.js.map"), '{"version":3}');
    server = await startTestServer({ staticDir: dir });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers a hashed asset with a brotli body for Accept-Encoding: br, gzip, cached for a year as immutable", async () => {
    const res = await raw(`${server.url}/assets/index-abc123.js`, { "accept-encoding": "br, gzip" });
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["vary"]).toMatch(/accept-encoding/i);
    expect(res.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
  });

  it("prefers brotli even where the browser lists gzip first, and follows its q-values", async () => {
    const chromium = await raw(`${server.url}/assets/index-abc123.js`, {
      "accept-encoding": "gzip, deflate, br, zstd",
    });
    expect(chromium.headers["content-encoding"]).toBe("br");
    const gzipPreferred = await raw(`${server.url}/assets/index-abc123.js`, { "accept-encoding": "br;q=0.5, gzip" });
    expect(gzipPreferred.headers["content-encoding"]).toBe("gzip");
    const refused = await raw(`${server.url}/assets/index-abc123.js`, { "accept-encoding": "br;q=0, gzip;q=0" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.toString()).toBe(SCRIPT);
  });

  it("sends gzip to a browser that takes only gzip, and the plain file to one that takes neither", async () => {
    const gz = await raw(`${server.url}/assets/index-abc123.js`, { "accept-encoding": "gzip, deflate" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    const plain = await raw(`${server.url}/assets/index-abc123.js`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["vary"]).toMatch(/accept-encoding/i);
    expect(plain.body.toString()).toBe(SCRIPT);
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("answers a revalidation of the same encoding with 304 and no body", async () => {
    const first = await raw(`${server.url}/assets/index-abc123.js`, { "accept-encoding": "br" });
    const etag = first.headers["etag"] as string;
    expect(etag).toMatch(/^"/);
    const again = await raw(`${server.url}/assets/index-abc123.js`, { "accept-encoding": "br", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The gzip body is a different representation, with its own tag.
    const gz = await raw(`${server.url}/assets/index-abc123.js`, { "accept-encoding": "gzip", "if-none-match": etag });
    expect(gz.status).toBe(200);
  });

  it("never serves a source map", async () => {
    for (const path of ["/assets/index-abc123.js.map", "/index.js.map", "/assets/missing.js.map"]) {
      const res = await raw(server.url + path, { accept: "*/*" });
      expect(res.status, path).toBe(404);
      expect(res.body.toString()).not.toContain("secret.ts");
    }
  });

  it("answers index.html with no-cache, for the file and for client-side routes", async () => {
    for (const path of ["/", "/index.html", "/incidents/42"]) {
      const res = await raw(server.url + path, { accept: "text/html", "accept-encoding": "br, gzip" });
      expect(res.status, path).toBe(200);
      expect(res.headers["cache-control"], path).toBe("no-cache");
      expect(res.body.toString()).toContain("<title>Krisrum</title>");
    }
  });

  it("sends the landing pages the page that preloads the signed-in chunks, and every other route the plain one", async () => {
    const id = "9aaa6558-faf9-4c66-827e-d4952ae094c5";
    for (const path of ["/", "/incidents", "/incidents/", `/incidents/${id}`]) {
      const res = await raw(server.url + path, { accept: "text/html" });
      expect(res.status, path).toBe(200);
      expect(res.body.toString(), path).toContain(LANDING_PRELOAD);
    }
    const preloads = async (path: string) =>
      String((await raw(server.url + path, { accept: "text/html" })).headers["link"] ?? "")
        .split(", ")
        .map((link) => /^<([^>]+)>; rel=preload; as=fetch; crossorigin$/.exec(link)?.[1] ?? `malformed: ${link}`);
    // The paths the console asks for early (client/src/api/paths.ts), so its fetch takes the preloaded answer.
    expect(await preloads(`/incidents/${id}`)).toEqual([ME_PATH, incidentPath(id), logPagePath(id)]);
    expect(await preloads("/")).toEqual([ME_PATH, INCIDENTS_PATH]);
    expect(await preloads("/incidents")).toEqual([ME_PATH, INCIDENTS_PATH]);
    // An incident id is a uuid: "/incidents/from-template" is a page of its own, never preloaded as an incident.
    for (const path of [
      "/login",
      `/incidents/${id}/claims`,
      "/incidents/from-template",
      "/incidents/42",
      "/inbox",
      "/index.html",
    ]) {
      const res = await raw(server.url + path, { accept: "text/html" });
      expect(res.status, path).toBe(200);
      expect(res.body.toString(), path).toBe("<!doctype html><title>Krisrum</title>");
      expect(res.headers["link"], path).toBeUndefined();
    }
  });

  it("compresses API JSON over 1 KB, and leaves smaller answers as they are", async () => {
    const client = await server.as("communicator");
    const { body: list } = await client.get<{ incidents: Array<{ id: string }> }>("/api/incidents");
    const incidentId = list.incidents[0]!.id;
    const headers = { cookie: client.cookie!, "accept-encoding": "br, gzip" };

    const big = await raw(`${server.url}/api/incidents/${incidentId}/log`, headers);
    expect(big.status).toBe(200);
    expect(big.headers["content-encoding"]).toBe("br");
    const json = brotliDecompressSync(big.body).toString();
    expect(Buffer.byteLength(json)).toBeGreaterThan(1024);
    expect(big.body.length).toBeLessThan(Buffer.byteLength(json));
    expect(JSON.parse(json)).toHaveProperty("items");

    const small = await raw(`${server.url}/api/me`, headers);
    expect(small.status).toBe(200);
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.length).toBeLessThan(1024);
    expect(JSON.parse(small.body.toString())).toMatchObject({ user: { username: "communicator" } });
  });
});
