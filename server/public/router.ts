import { randomUUID } from "node:crypto";
import { Router, type NextFunction, type Request, type Response } from "express";
import type { Kysely } from "kysely";
import { z } from "zod";
import { Id, MessageLanguage, PublicFaqQuery } from "../../shared/index.js";
import type { DB } from "../db/schema.js";
import { createPublicFaqSearch } from "../domain/contact/faqSearch.js";
import { createRateLimiter, type RateLimit } from "../domain/rateLimit.js";
import type { HeaderList } from "../http/middleware/security.js";
import { parse } from "../http/validate.js";
import { renderAtom, type FeedMeta } from "./atom.js";
import { createRenderCache, matchesEtag, type Rendered } from "./cache.js";
import { renderCap } from "./cap.js";
import { renderCapIndex } from "./capIndex.js";
import { presentPublicFaq, presentPublicFaqHit } from "../presenters/publicFaq.js";
import { feedItems } from "./feedItems.js";
import {
  incidentPageFreshUntil,
  renderIncidentPage,
  renderNotFound,
  renderSitePage,
  renderStatementPage,
  type PageContext,
} from "./html.js";
import { STATEMENT_PATH } from "./accessibility.js";
import { renderJsonFeed } from "./jsonFeed.js";
import { loadCapIndex, loadPublicAlert, loadPublicIncident, loadPublicSite } from "./load.js";
import { EXERCISE_MARK } from "./strings.js";

export interface PublicDeps {
  db: Kysely<DB>;
  /** Public base URL without /public; unset: the request's own scheme and host. */
  publicUrl?: string | undefined;
  senderName: string;
  capSender: string;
  /** E-mail subscriptions are configured: pages link to /public/subscriptions. */
  subscribe?: boolean;
  /** KRISRUM_REQUIRED_LANGUAGES: the incident pages offer these languages before anything is published in them. */
  requiredLanguages?: readonly MessageLanguage[];
  /** KRISRUM_ACCESSIBILITY_CONTACT: where the accessibility statement sends reports. */
  accessibilityContact?: string | undefined;
}

export const PUBLIC_MAX_AGE_S = 30; // seconds a browser or proxy may reuse a public response unasked
const CACHE_CONTROL = `public, max-age=${PUBLIC_MAX_AGE_S}`;
/** The web chat asks per visitor question; a script scraping the search does not get the server's CPU. */
export const PUBLIC_FAQ_RATE: RateLimit = { limit: 60, windowMs: 60_000 }; // requests per address per minute

const HOST = /^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/i;
const TYPES = {
  html: "text/html; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
  cap: "application/cap+xml; charset=utf-8",
} as const;

const Params = z.object({ id: Id });
const PageQuery = z.object({ lang: MessageLanguage.catch("sv").default("sv") });
const StatementQuery = z.object({ lang: z.enum(["sv", "en"]).catch("sv").default("sv") });

/** What a cached public output is: its cache key (the base URL is prefixed) and how to render it on a miss. */
interface Output {
  key: string;
  render: (ctx: PageContext) => Promise<Rendered>;
}

export interface PublicSite {
  /**
   * Mounted before every other middleware: answers GET and HEAD for the cached outputs' URLs in their plain form
   * (no percent-escapes; case and a trailing slash as Express allows them) with the same headers the middleware
   * stack would set, request id and security headers included, in one writeHead. Anything else goes on to the stack
   * and `router` below, which serve the same outputs the same way. Not mounted at LOG_LEVEL=debug, where the access
   * log must see every request.
   */
  fast: (req: Request, res: Response, next: NextFunction) => void;
  router: Router;
}

const ACCEPTS_REMEMBERED = 64; // distinct Accept-Encoding values whose gzip answer is kept (browsers send a handful)

/**
 * The public site: no session, no internal data (server/presenters/public.ts decides what is public), cached per URL
 * until the event log moves, with ETags for conditional requests.
 */
export function createPublicSite(deps: PublicDeps, headersFor: (host: string | undefined) => HeaderList): PublicSite {
  const router = Router();
  const cache = createRenderCache(deps.db);

  function baseOf(req: Request): string {
    if (deps.publicUrl) return `${deps.publicUrl}/public`;
    const host = req.get("host");
    return `${req.protocol}://${host && HOST.test(host) ? host : "localhost"}/public`;
  }

  const contextOf = (base: string): PageContext => ({
    base,
    senderName: deps.senderName,
    subscribe: deps.subscribe ?? false,
    requiredLanguages: deps.requiredLanguages ?? [],
    accessibilityContact: deps.accessibilityContact,
  });

  // Negotiator parses the header on every call; the answer depends on the header's text alone.
  const gzipAccepted = new Map<string, boolean>();
  function acceptsGzip(req: Request): boolean {
    const header = req.headers["accept-encoding"];
    if (typeof header !== "string") return req.acceptsEncodings("gzip") === "gzip";
    let yes = gzipAccepted.get(header);
    if (yes === undefined) {
      if (gzipAccepted.size >= ACCEPTS_REMEMBERED) gzipAccepted.clear();
      yes = req.acceptsEncodings("gzip") === "gzip";
      gzipAccepted.set(header, yes);
    }
    return yes;
  }

  /**
   * `first` are headers the caller adds ahead of the output's own (the fast path's request id and security headers;
   * the stack has set those already). One writeHead with a flat list: no setHeader per header.
   */
  async function serve(req: Request, res: Response, output: Output, first: HeaderList = []): Promise<void> {
    const base = baseOf(req);
    const out = await cache.get(`${base}|${output.key}`, () => output.render(contextOf(base)));
    const headers = [
      ...first,
      "Cache-Control",
      CACHE_CONTROL,
      "ETag",
      out.etag,
      "Content-Type",
      out.type,
      "Vary",
      "Accept-Encoding",
    ];
    if (out.status === 200 && matchesEtag(req.headers["if-none-match"], out.etag)) {
      res.writeHead(304, headers).end();
      return;
    }
    if (out.gzip && acceptsGzip(req)) {
      headers.push("Content-Encoding", "gzip", "Content-Length", String(out.gzip.bytes));
      res.writeHead(out.status, headers).end(out.gzip.latin1, "latin1");
      return;
    }
    headers.push("Content-Length", String(out.bodyBytes));
    res.writeHead(out.status, headers).end(out.body);
  }

  const faqSearch = createPublicFaqSearch(deps.db);
  const faqLimiter = createRateLimiter(deps.db, "public-faq", PUBLIC_FAQ_RATE);

  // The FAQ for the municipality's web chat and e-services: JSON, open to any origin (no
  // cookies are read), rate-limited per address (req.ip: behind a proxy only with KRISRUM_TRUST_PROXY).
  router.get("/public/faq.json", async (req, res) => {
    res.setHeader("Access-Control-Allow-Origin", "*");
    await faqLimiter.take(req.ip ?? req.socket.remoteAddress ?? "unknown");
    const query = parse(PublicFaqQuery, req.query);
    res.setHeader("Cache-Control", `public, max-age=${PUBLIC_MAX_AGE_S}`);
    if (query.q) {
      const hits = await faqSearch.search(query.q, { limit: query.limit, language: query.lang });
      res.json({ q: query.q, hits: hits.map(presentPublicFaqHit) });
      return;
    }
    res.json({ entries: (await faqSearch.list(query.lang)).map(presentPublicFaq) });
  });

  // A 404 answers in the language the link asked for (it is never cached: only 200s are).
  const notFound = (ctx: PageContext, req: Request): Rendered => ({
    status: 404,
    type: TYPES.html,
    body: renderNotFound(ctx, PageQuery.parse(req.query).lang),
  });
  const idOf = (req: Request) => Params.safeParse(req.params).data?.id;

  /** The fast path's patterns, in the stack's order; the captured id is checked as the route's own Params would. */
  const fastRoutes: Array<{ pattern: RegExp; output: (req: Request, id: string | undefined) => Output }> = [];

  /** A cached output: an Express route on the stack, and the same output on the fast path. */
  function output(path: string | string[], of: (req: Request, id: string | undefined) => Output): void {
    router.get(path, (req, res) => serve(req, res, of(req, idOf(req))));
    for (const one of [path].flat()) fastRoutes.push({ pattern: fastPattern(one), output: of });
  }

  output(["/public", "/public/"], (req) => {
    const { lang } = PageQuery.parse(req.query);
    return {
      key: `site:${lang}`,
      render: async (ctx) => ({
        status: 200,
        type: TYPES.html,
        body: renderSitePage(await loadPublicSite(deps.db), lang, ctx),
      }),
    };
  });

  output(`/public${STATEMENT_PATH}`, (req) => {
    const { lang } = StatementQuery.parse(req.query);
    return {
      key: `statement:${lang}`,
      render: async (ctx) => ({ status: 200, type: TYPES.html, body: renderStatementPage(lang, ctx) }),
    };
  });

  output("/public/incidents/:id", (req, id) => {
    const { lang } = PageQuery.parse(req.query);
    return {
      key: `incident:${id}:${lang}`,
      render: async (ctx) => {
        const incident = id && (await loadPublicIncident(deps.db, id));
        if (!incident) return notFound(ctx, req);
        const now = Date.now();
        return {
          status: 200,
          type: TYPES.html,
          body: renderIncidentPage(incident, lang, ctx, now),
          freshUntil: incidentPageFreshUntil(incident, now),
        };
      },
    };
  });

  for (const format of ["atom", "json"] as const) {
    output(`/public/incidents/:id/feed.${format}`, (req, id) => ({
      key: `incident-feed:${id}:${format}`,
      render: async (ctx) => {
        const incident = id && (await loadPublicIncident(deps.db, id));
        if (!incident) return notFound(ctx, req);
        const page = `${ctx.base}/incidents/${incident.id}`;
        const meta: FeedMeta = {
          id: `urn:uuid:${incident.id}`,
          title: incident.exercise ? `${EXERCISE_MARK}: ${incident.title}` : incident.title,
          selfUrl: `${page}/feed.${format}`,
          pageUrl: page,
          author: deps.senderName,
          fallbackUpdated: incident.lastPublishedAt ?? new Date(0).toISOString(),
        };
        const items = feedItems([incident], ctx.base);
        return {
          status: 200,
          type: TYPES[format],
          body: format === "atom" ? renderAtom(meta, items) : renderJsonFeed(meta, items),
        };
      },
    }));

    output(`/public/feed.${format}`, () => ({
      key: `site-feed:${format}`,
      render: async (ctx) => {
        const incidents = await loadPublicSite(deps.db); // never exercises
        const meta: FeedMeta = {
          id: `${ctx.base}/feed.${format}`,
          title: `${deps.senderName}: krisinformation`,
          selfUrl: `${ctx.base}/feed.${format}`,
          pageUrl: ctx.base,
          author: deps.senderName,
          fallbackUpdated: new Date(0).toISOString(),
        };
        const items = feedItems(incidents, ctx.base);
        return {
          status: 200,
          type: TYPES[format],
          body: format === "atom" ? renderAtom(meta, items) : renderJsonFeed(meta, items),
        };
      },
    }));
  }

  output("/public/bulletins/:id/cap.xml", (req, id) => ({
    key: `cap:${id}`,
    render: async (ctx) => {
      const alert = id && (await loadPublicAlert(deps.db, id));
      if (!alert) return notFound(ctx, req);
      return {
        status: 200,
        type: TYPES.cap,
        body: renderCap(alert, { sender: deps.capSender, senderName: deps.senderName, base: ctx.base }),
      };
    },
  }));

  // The incident's CAP index for aggregators: its current alerts, each linked as application/cap+xml.
  output("/public/incidents/:id/cap.atom", (req, id) => ({
    key: `cap-index:${id}`,
    render: async (ctx) => {
      const incident = id && (await loadPublicIncident(deps.db, id));
      if (!incident) return notFound(ctx, req);
      const page = `${ctx.base}/incidents/${incident.id}`;
      const meta: FeedMeta = {
        id: `${page}/cap.atom`,
        title: `${incident.exercise ? `${EXERCISE_MARK}: ` : ""}${incident.title} – CAP`,
        selfUrl: `${page}/cap.atom`,
        pageUrl: page,
        author: deps.senderName,
        fallbackUpdated: incident.lastPublishedAt ?? new Date(0).toISOString(),
      };
      const entries = await loadCapIndex(deps.db, incident);
      return {
        status: 200,
        type: TYPES.atom,
        body: renderCapIndex(meta, entries, { base: ctx.base, incidentId: incident.id, exercise: incident.exercise }),
      };
    },
  }));

  const fast: PublicSite["fast"] = (req, res, next) => {
    const url = req.url;
    if ((req.method !== "GET" && req.method !== "HEAD") || !url.startsWith("/public")) return next();
    const q = url.indexOf("?");
    const path = q === -1 ? url : url.slice(0, q);
    // Escapes are left to the stack, which decodes parameters (and refuses malformed ones) its own way.
    if (path.includes("%")) return next();
    for (const route of fastRoutes) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      const requestId = randomUUID();
      req.requestId = requestId;
      const first = ["X-Request-Id", requestId, ...headersFor(req.headers.host)];
      // A failure answers as it would on the stack: the error handler's JSON, with the stack's headers.
      const fail = (err: unknown) => {
        if (!res.headersSent) for (let i = 0; i < first.length; i += 2) res.setHeader(first[i]!, first[i + 1]!);
        next(err);
      };
      try {
        const id = match[1] === undefined ? undefined : Id.safeParse(match[1]).data;
        serve(req, res, route.output(req, id), first).catch(fail);
      } catch (err) {
        fail(err);
      }
      return;
    }
    next();
  };

  return { fast, router };
}

/** Express's match for a route path (case-insensitive, an optional trailing slash, `:id` one segment) as a RegExp. */
function fastPattern(path: string): RegExp {
  const source = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(":id", "([^/]+)");
  return new RegExp(`^${source.replace(/\/$/, "")}/?$`, "i");
}
