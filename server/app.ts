import { randomUUID } from "node:crypto";
import { createServer, type Server as HttpServer } from "node:http";
import express from "express";
import type { Kysely } from "kysely";
import { Server } from "socket.io";
import type { Config } from "./config.js";
import { isCorruption, ping } from "./db/connect.js";
import type { DB } from "./db/schema.js";
import { createTransactionRunner } from "./db/transaction.js";
import { createAuth } from "./domain/auth.js";
import {
  createClaimOverdueWatch,
  createClaims,
  flagRefutedClaims,
  type ClaimOverdueWatch,
} from "./domain/claims/index.js";
import { createContactCentre, flagCitingFaq } from "./domain/contact/index.js";
import type { DomainDeps } from "./domain/context.js";
import { createEventFeed } from "./domain/events.js";
import { createBulletins, flagCitingBulletins, type RoomSettings } from "./domain/bulletins/index.js";
import { createTopQuestions } from "./domain/contact/topQuestions.js";
import { createFacts } from "./domain/facts.js";
import { createOverdueWatch, type OverdueWatch } from "./domain/overdue.js";
import { createIncidents } from "./domain/incidents.js";
import { createLog } from "./domain/log.js";
import { createOutbox, type OutboxSettings } from "./domain/outbox/index.js";
import { createPrepared, type PreparedDeps } from "./prepared.js";
import type { OutboxWorker } from "./domain/outbox/worker.js";
import { createReports } from "./domain/reports/index.js";
import { createUsers } from "./domain/users.js";
import { apiRouter } from "./http/api.js";
import { compressJson } from "./http/middleware/compressJson.js";
import { apiNotFound, errorHandler } from "./http/middleware/errors.js";
import { createSecurityHeaders, securityHeaders } from "./http/middleware/security.js";
import { staticClient } from "./http/static.js";
import { createPublicSite } from "./public/router.js";
import { subscriptionRouter } from "./public/subscriptions.js";
import "./http/types.js";
import { startCallbackPurge } from "./jobs/callbackPurge.js";
import type { Logger } from "./logger.js";
import {
  attachRealtime,
  createPublisher,
  createSessionTerminator,
  HEARTBEAT,
  type KrisrumServer,
} from "./realtime/index.js";
import { sameOriginHandshake } from "./realtime/origin.js";
import type { AdapterFactory } from "./realtime/redis.js";

export interface AppDeps {
  /** The whole configuration: parseConfig (server/index.ts) or, in tests, testConfig (test/helpers/config.ts), both
   *  from the defaults in server/config.ts, so nothing here falls back to a default of its own. */
  config: Readonly<Config>;
  db: Kysely<DB>;
  log: Logger;
  /** Several nodes: the Redis adapter (server/realtime/redis.ts), so room broadcasts, remote disconnects and
   *  presence span every node. Unset: Socket.IO's in-memory adapter, one node. */
  adapter?: AdapterFactory;
  /** Tests and benchmarks tune the outbox worker (poll interval, batch, timeouts). */
  outbox?: OutboxSettings["worker"];
  /** Tests point the national picture at a local server; otherwise KRISRUM_KRISINFO_* from the environment. */
  national?: PreparedDeps["national"];
}

export interface App {
  httpServer: HttpServer;
  /** The Express application, for tests that read its route table (test/server/attack/). */
  express: express.Express;
  io: KrisrumServer;
  /** The next-update deadline watch; tests call check() rather than wait for its timer. */
  overdue: OverdueWatch;
  /** The claims' due-time watch; tests call check() too. */
  claimOverdue: ClaimOverdueWatch;
  /** The outbox worker (webhooks, e-mail); tests call tick(). */
  outbox: OutboxWorker;
  /** The national picture's poller (Krisinformation); tests call tick(). */
  national: ReturnType<typeof createPrepared>["national"]["worker"];
  /** Stops accepting, lets in-flight requests finish, closes every socket. The database is the caller's. */
  close(): Promise<void>;
}

const DRAIN_TIMEOUT_MS = 10_000; // in-flight requests get this long after close() before connections are cut

/** Builds the HTTP server, the REST API and Socket.IO on it. Never listens: the caller picks the port. */
export function createApp({
  config,
  db,
  log,
  adapter,
  outbox: outboxTuning,
  national: nationalSettings,
}: AppDeps): App {
  const app = express();
  // Express must be the server's request listener before Socket.IO attaches: engine.io then passes it every
  // request outside /socket.io. A listener added afterwards would also see the polling requests and write
  // headers on responses engine.io owns, which crashes the process.
  const httpServer = createServer(app);
  const originPolicy = { publicUrl: config.publicUrl, trustProxy: config.trustProxy };
  const io: KrisrumServer = new Server(httpServer, {
    path: "/socket.io",
    serveClient: false,
    allowRequest: sameOriginHandshake(originPolicy),
    ...HEARTBEAT,
    ...(adapter ? { adapter } : {}),
  });

  // Publishes, retractions and closings write their webhook and e-mail deliveries in their own transaction.
  const outbox = createOutbox(
    createTransactionRunner(db, createPublisher(io)),
    { db, log },
    {
      publicUrl: () =>
        config.publicUrl ?? `http://localhost:${(httpServer.address() as { port?: number } | null)?.port ?? 3000}`,
      allowPrivate: config.webhookAllowPrivate,
      smtpUrl: config.smtpUrl,
      mailFrom: config.mailFrom,
      worker: outboxTuning,
    },
  );
  outbox.worker.start();
  const deps: DomainDeps = {
    db,
    transaction: outbox.transaction,
    sessionHours: config.sessionHours,
    sessions: createSessionTerminator(io),
  };
  const auth = createAuth(deps, { log, sessionMaxDays: config.sessionMaxDays });
  const feed = createEventFeed(db);
  attachRealtime(io, { auth, feed, db, log });
  // Every text that cites a fact is flagged in the fact change's own transaction (staleness on every citing text).
  const facts = createFacts(deps, [flagCitingBulletins, flagCitingFaq, flagRefutedClaims]);
  const room: RoomSettings = {
    senderName: config.senderName,
    requiredLanguages: config.requiredLanguages,
    topQuestions: createTopQuestions(),
  };
  const bulletins = createBulletins(deps, {
    publishThreshold: config.publishThreshold,
    room,
    fourEyes: config.fourEyes,
  });
  const overdue = createOverdueWatch(deps, log);
  overdue.start();
  httpServer.once("close", () => void overdue.stop());
  const claims = createClaims(deps, { deadlines: config.claimDeadlines, draftBulletin: bulletins.createInTransaction });
  const claimOverdue = createClaimOverdueWatch(deps, log);
  claimOverdue.start();
  httpServer.once("close", () => void claimOverdue.stop());
  const prepared = createPrepared({
    deps,
    db,
    io,
    log,
    facts,
    bulletins,
    senderName: config.senderName ?? null,
    national: nationalSettings,
  });
  const callbackPurge = startCallbackPurge({ db, log, retentionHours: config.callbackRetentionHours });

  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);
  // The access line is debug-level: below that, no listener per request (it cost the public pages' hits measurably).
  const accessLog = config.logLevel === "debug";
  const headersFor = createSecurityHeaders(config.secureCookies);
  const publicSite = createPublicSite(
    {
      db,
      publicUrl: config.publicUrl,
      senderName: config.senderName,
      capSender: config.capSender,
      subscribe: outbox.emailEnabled,
      requiredLanguages: config.requiredLanguages,
      accessibilityContact: config.accessibilityContact,
    },
    headersFor,
  );
  // Cached public outputs first: a hit then costs no walk through the routers below (performance: 0.7x a trivial
  // Express route). It sets the request id and security headers itself; at debug level the stack's access log
  // must see every request, so there it is left out.
  if (!accessLog) app.use(publicSite.fast);
  app.use((req, res, next) => {
    req.requestId = randomUUID();
    res.setHeader("X-Request-Id", req.requestId);
    if (accessLog) {
      const started = performance.now();
      res.on("finish", () =>
        log.debug(`${req.method} ${req.originalUrl} ${res.statusCode} ${Math.round(performance.now() - started)} ms`, {
          requestId: req.requestId,
        }),
      );
    }
    next();
  });
  app.use(securityHeaders(headersFor));
  // A damaged database may still answer the health query (its pages are fine) while other reads fail: once any
  // request has met a corruption error, /healthz says 503 until a restart (whose integrity check refuses the file).
  let corruption: unknown = null;
  const noteUnhandled = (err: unknown) => {
    if (corruption === null && isCorruption(err)) {
      corruption = err;
      log.error("the database is damaged; /healthz now reports 503", { err });
    }
  };
  app.get("/healthz", async (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    try {
      if (corruption !== null) throw corruption;
      await ping(db);
      res.json({ ok: true });
    } catch (err) {
      noteUnhandled(err);
      log.error("health check failed", { err });
      res.status(503).json({ ok: false });
    }
  });
  app.use("/api", compressJson());
  app.use(
    "/api",
    apiRouter({
      auth,
      users: createUsers(deps),
      incidents: createIncidents(deps),
      log: createLog(deps),
      events: feed,
      facts,
      bulletins,
      contact: createContactCentre(deps, { fourEyes: config.fourEyes }),
      claims,
      outbox,
      reports: createReports(deps, { targets: config.targets, municipality: config.senderName }),
      templates: prepared.templates,
      national: prepared.national,
      secureCookies: config.secureCookies,
      origin: originPolicy,
      settings: {
        senderName: config.senderName,
        requiredLanguages: [...room.requiredLanguages],
        fourEyes: config.fourEyes,
        publishThreshold: config.publishThreshold,
      },
    }),
  );
  app.use(subscriptionRouter({ db, outbox, senderName: config.senderName }));
  app.use(publicSite.router);
  app.use(staticClient(config.staticDir, log));
  app.use(apiNotFound);
  app.use(errorHandler(log, noteUnhandled));

  return {
    httpServer,
    express: app,
    io,
    overdue,
    claimOverdue,
    outbox: outbox.worker,
    national: prepared.national.worker,
    close: () =>
      Promise.all([callbackPurge.stop(), outbox.worker.stop(), prepared.stop()]).then(
        () =>
          new Promise<void>((resolve) => {
            const force = setTimeout(() => httpServer.closeAllConnections(), DRAIN_TIMEOUT_MS);
            // A keep-alive connection whose last request finishes during shutdown would otherwise idle until its
            // timeout (5 s) before close() completes; close idle ones as soon as they become idle.
            const sweep = setInterval(() => httpServer.closeIdleConnections(), 50);
            force.unref();
            // io.close() disconnects every socket, then closes the HTTP server, which waits for in-flight requests.
            void io.close((err) => {
              clearTimeout(force);
              clearInterval(sweep);
              if (err && (err as NodeJS.ErrnoException).code !== "ERR_SERVER_NOT_RUNNING") log.warn("close", { err });
              resolve();
            });
          }),
      ),
  };
}
