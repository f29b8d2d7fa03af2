import { Router } from "express";
import { ContactStats, ContactTrends, StatsQuery, TrendsQuery } from "../../../shared/index.js";
import type { ContactCentre } from "../../domain/contact/index.js";
import { requireRole } from "../middleware/auth.js";
import { send } from "../send.js";
import { parse } from "../validate.js";
import { correctionFaqRoutes } from "./correctionFaq.js";
import { faqRoutes } from "./faq.js";
import { faqSearchRoutes } from "./faqSearch.js";
import { inquiryRoutes } from "./inquiries.js";

/** Every contact-centre route: FAQ and suggestions, the inquiry log, trends and statistics. */
export function contactCentreRoutes(contact: ContactCentre): Router {
  const router = Router();
  // Before the FAQ routes: "/faq/search" must not be taken for an entry id.
  router.use(faqSearchRoutes(contact.search));
  router.use(faqRoutes(contact.faq, contact.suggestions));
  router.use(inquiryRoutes(contact.inquiries));
  router.use(correctionFaqRoutes(contact.corrections));

  router.get("/contact/trends", requireRole("read"), async (req, res) => {
    send(res, ContactTrends, await contact.analytics.trends(parse(TrendsQuery, req.query)));
  });

  router.get("/contact/stats", requireRole("read"), async (req, res) => {
    send(res, ContactStats, await contact.analytics.stats(parse(StatsQuery, req.query)));
  });

  return router;
}
