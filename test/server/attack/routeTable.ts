import type { Express } from "express";
import type { Role } from "../../../shared/index.js";

/**
 * Every /api route with the roles docs/api.md lets in, written out from the documentation (not from
 * server/domain/policy.ts), so a policy slip fails the matrix. `routesMounted` reads what Express really serves;
 * the matrix test checks the two lists are the same, so a new route without an entry here fails.
 */
const EVERYONE: Role[] = ["admin", "lead", "communicator", "agent", "viewer"];
const LOG_WRITERS: Role[] = ["admin", "lead", "communicator", "agent"]; // writeLog, logInquiry, raiseClaims
const WRITERS: Role[] = ["admin", "lead", "communicator"]; // writeFacts, writeBulletins, editFaq, workClaims
const MANAGERS: Role[] = ["admin", "lead"]; // manageIncidents, approveBulletins, approveFaq, assignClaims
const ADMINS: Role[] = ["admin"];
const REPORT_READERS: Role[] = ["admin", "lead", "viewer"]; // readReports: after-action and period reports
const CALLBACK_READERS: Role[] = ["admin", "lead", "agent"]; // readCallbacks: callers' phone numbers
/** No session needed. */
export const PUBLIC = "public" as const;

export const ROUTE_TABLE: Record<string, Role[] | typeof PUBLIC> = {
  "GET /api/openapi.json": PUBLIC,
  "POST /api/auth/login": PUBLIC,
  "POST /api/auth/logout": PUBLIC,
  "GET /api/me": EVERYONE,
  "PATCH /api/me": EVERYONE,
  "GET /api/settings": EVERYONE,
  "GET /api/users": ADMINS,
  "GET /api/users/assignable": MANAGERS, // assignClaims: the people a lead may hand a claim to
  "POST /api/users": ADMINS,
  "PATCH /api/users/:id": ADMINS,
  "POST /api/users/:id/password": ADMINS,
  "GET /api/incidents": EVERYONE,
  "POST /api/incidents": MANAGERS,
  "GET /api/incidents/:id": EVERYONE,
  "PATCH /api/incidents/:id": MANAGERS,
  "GET /api/incidents/:id/log": EVERYONE,
  "POST /api/incidents/:id/log": LOG_WRITERS,
  "GET /api/incidents/:id/log/export.csv": EVERYONE,
  "GET /api/incidents/:id/log/export.json": EVERYONE,
  "GET /api/events": EVERYONE,
  "GET /api/incidents/:id/facts": EVERYONE,
  "POST /api/incidents/:id/facts": WRITERS,
  "GET /api/facts/:id": EVERYONE,
  "PATCH /api/facts/:id": WRITERS,
  "GET /api/facts/:id/versions": EVERYONE,
  "GET /api/incidents/:id/bulletins": EVERYONE,
  "POST /api/incidents/:id/bulletins": WRITERS,
  "GET /api/incidents/:id/uncovered-questions": EVERYONE,
  "GET /api/templates": WRITERS,
  "PUT /api/templates/:id": MANAGERS,
  "POST /api/templates/:id/approve": MANAGERS,
  "GET /api/templates/:id/versions": WRITERS,
  "GET /api/templates/drafts": MANAGERS,
  "POST /api/incidents/:id/bulletins/from-template": WRITERS,
  "GET /api/national": EVERYONE,
  "POST /api/national/:id/cite": WRITERS,
  "GET /api/inbox": MANAGERS,
  "GET /api/bulletins/:id": EVERYONE,
  "PUT /api/bulletins/:id": WRITERS,
  "POST /api/bulletins/:id/submit": WRITERS,
  "POST /api/bulletins/:id/return": MANAGERS,
  "POST /api/bulletins/:id/approve": MANAGERS,
  "POST /api/bulletins/:id/publish": MANAGERS,
  "POST /api/bulletins/:id/retract": MANAGERS,
  "GET /api/bulletins/:id/gate": WRITERS, // readDrafts: the gate judges the working draft (review and staleness)
  "GET /api/bulletins/:id/versions": EVERYONE,
  "GET /api/bulletins/:id/versions/:version": EVERYONE,
  "POST /api/bulletins/:id/channels": WRITERS,
  "PUT /api/bulletins/:id/channels/:channel": WRITERS,
  "GET /api/bulletins/:id/faq": WRITERS,
  "POST /api/bulletins/:id/faq": WRITERS,
  "GET /api/faq": EVERYONE,
  "POST /api/faq": WRITERS,
  "GET /api/faq/search": EVERYONE,
  "GET /api/faq/suggestions": EVERYONE,
  "POST /api/faq/suggestions": LOG_WRITERS,
  "POST /api/faq/suggestions/:id/draft": WRITERS,
  "POST /api/faq/suggestions/:id/dismiss": WRITERS,
  "GET /api/faq/review": WRITERS,
  "GET /api/faq/:id": EVERYONE,
  "PATCH /api/faq/:id": WRITERS,
  "POST /api/faq/:id/status": WRITERS,
  "POST /api/faq/:id/submit": WRITERS,
  "POST /api/faq/:id/approve": MANAGERS,
  "POST /api/faq/:id/return": MANAGERS,
  "POST /api/faq/:id/publish": MANAGERS,
  "GET /api/faq/:id/versions": WRITERS,
  "GET /api/inquiries": EVERYONE,
  "POST /api/inquiries": LOG_WRITERS,
  "GET /api/inquiries/:id": EVERYONE,
  "PUT /api/inquiries/:id/called-back": CALLBACK_READERS,
  "GET /api/contact/trends": EVERYONE,
  "GET /api/contact/stats": EVERYONE,
  "GET /api/incidents/:id/claims": WRITERS,
  "POST /api/incidents/:id/claims": LOG_WRITERS,
  "GET /api/incidents/:id/claims/summary": WRITERS,
  "GET /api/incidents/:id/claims/metrics": WRITERS,
  "GET /api/claims/:id": WRITERS,
  "PATCH /api/claims/:id": WRITERS,
  "POST /api/claims/:id/triage": WRITERS,
  "POST /api/claims/:id/take": WRITERS,
  "POST /api/claims/:id/assign": MANAGERS,
  "POST /api/claims/:id/correct": WRITERS,
  "POST /api/claims/:id/confirm-facts": WRITERS,
  "POST /api/claims/:id/dismiss": WRITERS,
  "POST /api/claims/:id/notes": WRITERS,
  "GET /api/claims/:id/similar": WRITERS,
  "POST /api/claims/:id/merge": WRITERS,
  "GET /api/contact/claims": LOG_WRITERS,
  "GET /api/claims/:id/callbacks": CALLBACK_READERS,
  "POST /api/webhooks": ADMINS,
  "GET /api/webhooks": ADMINS,
  "PATCH /api/webhooks/:id": ADMINS,
  "DELETE /api/webhooks/:id": ADMINS,
  "POST /api/webhooks/:id/test": ADMINS,
  "GET /api/webhooks/:id/deliveries": ADMINS,
  "GET /api/bulletins/:id/reach": EVERYONE,
  "GET /api/incidents/:id/reach": EVERYONE,
  "GET /api/incidents/:id/report": REPORT_READERS,
  "GET /api/incidents/:id/report.csv": REPORT_READERS,
  "GET /api/reports": REPORT_READERS,
  "GET /api/reports.csv": REPORT_READERS,
};

interface LayerLike {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: LayerLike[] };
  match?: (path: string) => boolean;
}

/** "METHOD /api/path" of every route Express has mounted under /api (routers nested in routers, no path prefixes). */
export function routesMounted(app: Express): string[] {
  const top = (app as unknown as { router: { stack: LayerLike[] } }).router.stack;
  // The /api mount is the router layer that matches /api/… but not /public/….
  const api = top.find((l) => l.handle?.stack && l.match?.("/api/me") && !l.match("/public/x"));
  if (!api?.handle?.stack) throw new Error("no router mounted at /api");
  const found: string[] = [];
  const walk = (stack: LayerLike[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const [method, on] of Object.entries(layer.route.methods))
          if (on && method !== "_all") found.push(`${method.toUpperCase()} /api${layer.route.path}`);
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk(api.handle.stack);
  return found;
}
