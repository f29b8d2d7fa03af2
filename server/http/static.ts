import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import express, { type Request, type RequestHandler, type Response, type Router } from "express";
import type { Logger } from "../logger.js";

const NOT_APP = /^\/(api|socket\.io|healthz)(\/|$)/;
const IMMUTABLE = "public, max-age=31536000, immutable";
/** The pages a signed-in console most often lands on cold (client/src/landing.ts): they get landing.html. */
// An incident id is a uuid, as the client's landing.ts has it: "/incidents/from-template" is a page of its own, and
// preloading it as an incident cost every cold load of that page two 400s.
const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const LANDING = new RegExp(`^/(incidents(/${UUID})?)?/?$`);
const INCIDENT_PAGE = new RegExp(`^/incidents/(${UUID})/?$`);

/**
 * The API answers a landing page asks for first (client/src/landing.ts and api/paths.ts, which spell the same paths),
 * as preload links on the page itself: the browser asks for them with the page's chunks, not once the entry has run,
 * and the console's early fetch of the same path takes the preloaded answer.
 */
function landingPreloads(path: string): string {
  const incident = INCIDENT_PAGE.exec(path)?.[1];
  let data = ["/api/incidents"];
  if (incident !== undefined) data = [`/api/incidents/${incident}`, `/api/incidents/${incident}/log?limit=200`];
  return ["/api/me", ...data].map((p) => `<${p}>; rel=preload; as=fetch; crossorigin`).join(", ");
}

type Encoding = "br" | "gzip";

/** One hashed asset, held in memory with the compressed twins the build wrote next to it (client/vite.config.ts). */
interface Asset {
  /** The extension, for res.type (text/javascript; charset=utf-8 and so on). */
  ext: string;
  variants: Partial<Record<Encoding | "identity", { body: Buffer; etag: string }>>;
}

const variant = (body: Buffer, tag: string) => ({ body, etag: `"${tag}"` });

/**
 * Reads dir/assets into memory: Vite's hashed files, their `.br` and `.gz` twins when the build wrote them. The whole
 * console is about a megabyte; serving it from memory keeps the request path to a map lookup.
 */
function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const assetDir = join(dir, "assets");
  if (!existsSync(assetDir)) return assets;
  const names = new Set(readdirSync(assetDir));
  for (const name of names) {
    if (name.endsWith(".br") || name.endsWith(".gz") || name.endsWith(".map")) continue;
    const body = readFileSync(join(assetDir, name));
    const hash = createHash("sha1").update(body).digest("base64url").slice(0, 16);
    const asset: Asset = { ext: extname(name) || ".bin", variants: { identity: variant(body, hash) } };
    if (names.has(`${name}.br`)) asset.variants.br = variant(readFileSync(join(assetDir, `${name}.br`)), `${hash}-br`);
    if (names.has(`${name}.gz`))
      asset.variants.gzip = variant(readFileSync(join(assetDir, `${name}.gz`)), `${hash}-gz`);
    assets.set(`/assets/${name}`, asset);
  }
  return assets;
}

/**
 * The q-value the Accept-Encoding header gives each coding (`*` stands for the ones it does not name). Express's
 * acceptsEncodings breaks ties by the header's order, and browsers list gzip before br, so it would never pick br.
 */
function acceptedEncodings(header: string | undefined): (coding: Encoding) => number {
  const q = new Map<string, number>();
  for (const part of (header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam === undefined ? 1 : Number(qParam.slice(2));
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  return (coding) => q.get(coding) ?? q.get("*") ?? 0;
}

/** Brotli when the browser takes it at least as gladly as gzip (it is smaller), else gzip, else the file as is. */
function chooseEncoding(req: Request, asset: Asset): Encoding | "identity" {
  const q = acceptedEncodings(req.headers["accept-encoding"]);
  const br = asset.variants.br ? q("br") : 0;
  const gzip = asset.variants.gzip ? q("gzip") : 0;
  if (br > 0 && br >= gzip) return "br";
  if (gzip > 0) return "gzip";
  return "identity";
}

function sendAsset(req: Request, res: Response, asset: Asset): void {
  const offered = asset.variants.br !== undefined || asset.variants.gzip !== undefined;
  const encoding = chooseEncoding(req, asset);
  const picked = asset.variants[encoding] ?? asset.variants.identity!;
  res.setHeader("Cache-Control", IMMUTABLE);
  res.type(asset.ext);
  res.setHeader("ETag", picked.etag);
  if (offered) res.setHeader("Vary", "Accept-Encoding");
  if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.setHeader("Content-Length", picked.body.length);
  res.status(200).end(req.method === "HEAD" ? undefined : picked.body);
}

/**
 * Serves the built console. Vite's hashed assets are immutable: cached for a year, and sent
 * pre-compressed (brotli, else gzip) to browsers that accept it. index.html is always revalidated so a new build is
 * picked up on the next load; any other GET that wants HTML gets it too, so client-side routes survive a reload.
 * Source maps are never served (the build keeps them outside this directory; a stray one still answers 404).
 */
export function staticClient(dir: string, log: Logger): Router | RequestHandler {
  const index = join(dir, "index.html");
  // index.html that also preloads the signed-in chunks (the client build writes it; an older build has none).
  const landing = existsSync(join(dir, "landing.html")) ? join(dir, "landing.html") : index;
  if (!existsSync(index)) {
    log.warn(`no built console at ${dir}; run \`npm run build\` (or \`npm run dev\` for development)`);
    return (req, res, next) => {
      if ((req.method !== "GET" && req.method !== "HEAD") || NOT_APP.test(req.path)) return next();
      res
        .status(503)
        .type("text/plain; charset=utf-8")
        .send(
          `Krisrum is running, but the console has not been built: ${index} is missing.\nRun \`npm run build\`, or set KRISRUM_STATIC_DIR.\n`,
        );
    };
  }
  const assets = loadAssets(dir);
  const router = express.Router();
  router.use((req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    if (req.path.endsWith(".map")) {
      res.status(404).type("text/plain; charset=utf-8").send("Not found\n");
      return;
    }
    const asset = assets.get(req.path);
    if (asset === undefined) return next();
    sendAsset(req, res, asset);
  });
  // Files the server did not load at start (a build written while it runs) and anything outside assets/.
  router.use(
    express.static(dir, {
      index: false,
      setHeaders(res, path) {
        const hashed = path.startsWith(join(dir, "assets") + "/");
        res.setHeader("Cache-Control", hashed ? IMMUTABLE : "no-cache");
      },
    }),
  );
  router.use((req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || NOT_APP.test(req.path) || !req.accepts("html"))
      return next();
    res.setHeader("Cache-Control", "no-cache");
    if (LANDING.test(req.path) && landing !== index) {
      res.setHeader("Link", landingPreloads(req.path));
      res.sendFile(landing);
    } else res.sendFile(index);
  });
  return router;
}
