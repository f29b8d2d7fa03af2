import express, { Router } from "express";
import type { ConsoleSettings } from "../../shared/index.js";
import type { Auth } from "../domain/auth.js";
import type { Claims } from "../domain/claims/index.js";
import type { ContactCentre } from "../domain/contact/index.js";
import type { EventFeed } from "../domain/events.js";
import type { Bulletins } from "../domain/bulletins/index.js";
import type { Facts } from "../domain/facts.js";
import type { Incidents } from "../domain/incidents.js";
import type { Log } from "../domain/log.js";
import type { National } from "../domain/national/index.js";
import type { Outbox } from "../domain/outbox/index.js";
import type { Reports } from "../domain/reports/index.js";
import type { Templates } from "../domain/templates/index.js";
import type { Users } from "../domain/users.js";
import { loadSession } from "./middleware/auth.js";
import { refuseControlCharacters } from "./middleware/controlChars.js";
import { csrfGuard } from "./middleware/csrf.js";
import { apiNotFound } from "./middleware/errors.js";
import { authRoutes } from "./routes/auth.js";
import { claimRoutes } from "./routes/claims.js";
import { contactCentreRoutes } from "./routes/contactCentre.js";
import { eventRoutes } from "./routes/events.js";
import { bulletinRoutes } from "./routes/bulletins.js";
import { factRoutes } from "./routes/facts.js";
import { incidentRoutes } from "./routes/incidents.js";
import type { OriginPolicy } from "./origin.js";
import { logRoutes } from "./routes/log.js";
import { nationalRoutes } from "./routes/national.js";
import { openApiRoutes } from "./routes/openapi.js";
import { reportRoutes } from "./routes/reports.js";
import { settingsRoutes } from "./routes/settings.js";
import { templateRoutes } from "./routes/templates.js";
import { userRoutes } from "./routes/users.js";
import { webhookRoutes } from "./routes/webhooks.js";

export const BODY_LIMIT = "1mb";

export interface ApiDeps {
  auth: Auth;
  users: Users;
  incidents: Incidents;
  log: Log;
  events: EventFeed;
  facts: Facts;
  bulletins: Bulletins;
  secureCookies: boolean;
  contact: ContactCentre;
  claims: Claims;
  /** Webhooks and the reach of publishes. */
  outbox: Pick<Outbox, "webhooks" | "reach">;
  reports: Reports;
  /** The scenario message bank and "Nytt meddelande från mall". */
  templates: Templates;
  /** The national picture (Krisinformation news and VMAs). */
  national: National;
  settings: ConsoleSettings;
  /** Whose Origin may change state (the CSRF guard); the socket handshake asks the same policy. */
  origin: OriginPolicy;
}

export function apiRouter(deps: ApiDeps): Router {
  const api = Router();
  api.use((_req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    next();
  });
  api.use(csrfGuard(deps.origin));
  api.use(express.json({ limit: BODY_LIMIT }));
  api.use(refuseControlCharacters);
  api.use(loadSession(deps.auth, deps.secureCookies));
  api.use(openApiRoutes());
  api.use(authRoutes(deps));
  api.use(userRoutes(deps.users));
  api.use(settingsRoutes(deps.settings));
  api.use(incidentRoutes(deps.incidents));
  api.use(logRoutes(deps.log));
  api.use(eventRoutes(deps.events));
  api.use(factRoutes(deps.facts));
  api.use(templateRoutes(deps.templates));
  api.use(bulletinRoutes(deps.bulletins));
  api.use(contactCentreRoutes(deps.contact));
  api.use(claimRoutes(deps.claims));
  api.use(webhookRoutes(deps.outbox));
  api.use(reportRoutes(deps.reports));
  api.use(nationalRoutes(deps.national));
  api.use(apiNotFound);
  return api;
}
