import { Router } from "express";
import { FaqSearchHits, FaqSearchQuery } from "../../../shared/index.js";
import type { FaqSearch } from "../../domain/contact/faqSearch.js";
import { requireRole } from "../middleware/auth.js";
import { send } from "../send.js";
import { parse } from "../validate.js";

/** `GET /api/faq/search`: the console's hits, `strong` included, for any signed-in role. */
export function faqSearchRoutes(search: FaqSearch): Router {
  const router = Router();
  router.get("/faq/search", requireRole("read"), async (req, res) => {
    send(res, FaqSearchHits, { hits: await search.search(parse(FaqSearchQuery, req.query)) });
  });
  return router;
}
