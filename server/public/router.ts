import { Router, type Request, type Response } from "express";
import type { Kysely } from "kysely";
import { z } from "zod";
import { Id, MessageLanguage, PublicFaqQuery } from "../../shared/index.js";
import type { DB } from "../db/schema.js";
import { createPublicFaqSearch } from "../domain/contact/faqSearch.js";
import { createRateLimiter, type RateLimit } from "../domain/rateLimit.js";
import { parse } from "../http/validate.js";
import { renderAtom, type FeedMeta } from "./atom.js";
import { createRenderCache, matchesEtag, type Rendered } from "./cache.js";
import { renderCap } from "./cap.js";
import { renderCapIndex } from "./capIndex.js";
import { presentPublicFaq, presentPublicFaqHit } from "../presenters/publicFaq.js";
import { feedItems } from "./feedItems.js";
import { renderIncidentPage, renderNotFound, renderSitePage, renderStatementPage, type PageContext } from "./html.js";
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

/**
 * The public site: no session, no internal data (server/presenters/public.ts decides what is public), cached per URL
 * until the event log moves, with ETags for conditional requests.
 */
export function publicRouter(deps: PublicDeps): Router {
  const router = Router();
  const cache = createRenderCache(deps.db);

  function baseOf(req: Request): string {
    if (deps.publicUrl) return `${deps.publicUrl}/public`;
    const host = req.get("host");
    return `${req.protocol}://${host && HOST.test(host) ? host : "localhost"}/public`;
  }

  async function serve(
    req: Request,
    res: Response,
    key: string,
    render: (ctx: PageContext) => Promise<Rendered>,
  ): Promise<void> {
    const ctx: PageContext = {
      base: baseOf(req),
      senderName: deps.senderName,
      subscribe: deps.subscribe ?? false,
      requiredLanguages: deps.requiredLanguages ?? [],
      accessibilityContact: deps.accessibilityContact,
    };
    const out = await cache.get(`${ctx.base}|${key}`, () => render(ctx));
    res.setHeader("Cache-Control", `public, max-age=${PUBLIC_MAX_AGE_S}`);
    res.setHeader("ETag", out.etag);
    res.setHeader("Content-Type", out.type);
    res.setHeader("Vary", "Accept-Encoding");
    if (out.status === 200 && matchesEtag(req.get("if-none-match"), out.etag)) {
      res.status(304).end();
      return;
    }
    if (out.gzip && req.acceptsEncodings("gzip") === "gzip") {
      res.setHeader("Content-Encoding", "gzip");
      res.status(out.status).send(out.gzip);
      return;
    }
    res.status(out.status).send(out.body);
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

  const notFound = (ctx: PageContext): Rendered => ({ status: 404, type: TYPES.html, body: renderNotFound(ctx) });
  const idOf = (req: Request) => Params.safeParse(req.params).data?.id;

  router.get(["/public", "/public/"], (req, res) =>
    serve(req, res, "site", async (ctx) => ({
      status: 200,
      type: TYPES.html,
      body: renderSitePage(await loadPublicSite(deps.db), ctx),
    })),
  );

  router.get(`/public${STATEMENT_PATH}`, (req, res) => {
    const { lang } = StatementQuery.parse(req.query);
    return serve(req, res, `statement:${lang}`, async (ctx) => ({
      status: 200,
      type: TYPES.html,
      body: renderStatementPage(lang, ctx),
    }));
  });

  router.get("/public/incidents/:id", (req, res) => {
    const id = idOf(req);
    const { lang } = PageQuery.parse(req.query);
    return serve(req, res, `incident:${id}:${lang}`, async (ctx) => {
      const incident = id && (await loadPublicIncident(deps.db, id));
      return incident
        ? { status: 200, type: TYPES.html, body: renderIncidentPage(incident, lang, ctx) }
        : notFound(ctx);
    });
  });

  for (const format of ["atom", "json"] as const) {
    router.get(`/public/incidents/:id/feed.${format}`, (req, res) => {
      const id = idOf(req);
      return serve(req, res, `incident-feed:${id}:${format}`, async (ctx) => {
        const incident = id && (await loadPublicIncident(deps.db, id));
        if (!incident) return notFound(ctx);
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
      });
    });

    router.get(`/public/feed.${format}`, (req, res) =>
      serve(req, res, `site-feed:${format}`, async (ctx) => {
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
      }),
    );
  }

  router.get("/public/bulletins/:id/cap.xml", (req, res) => {
    const id = idOf(req);
    return serve(req, res, `cap:${id}`, async (ctx) => {
      const alert = id && (await loadPublicAlert(deps.db, id));
      if (!alert) return notFound(ctx);
      return {
        status: 200,
        type: TYPES.cap,
        body: renderCap(alert, { sender: deps.capSender, senderName: deps.senderName, base: ctx.base }),
      };
    });
  });

  // The incident's CAP index for aggregators: its current alerts, each linked as application/cap+xml.
  router.get("/public/incidents/:id/cap.atom", (req, res) => {
    const id = idOf(req);
    return serve(req, res, `cap-index:${id}`, async (ctx) => {
      const incident = id && (await loadPublicIncident(deps.db, id));
      if (!incident) return notFound(ctx);
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
    });
  });

  return router;
}
