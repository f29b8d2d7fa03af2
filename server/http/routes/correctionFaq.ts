import { Router } from "express";
import { z } from "zod";
import { CorrectionFaqFound, CorrectionFaqResult, CorrectionToFaq, Id } from "../../../shared/index.js";
import type { CorrectionFaq } from "../../domain/contact/correctionFaq.js";
import { requireRole } from "../middleware/auth.js";
import { actorOf } from "../types.js";
import { send } from "../send.js";
import { parse } from "../validate.js";

const Params = z.object({ id: Id });

/** A published correction to the contact centre's FAQ (docs/api.md "Correction to FAQ"); the FAQ desk's permission. */
export function correctionFaqRoutes(corrections: CorrectionFaq): Router {
  const router = Router();

  router.get("/bulletins/:id/faq", requireRole("editFaq"), async (req, res) => {
    send(res, CorrectionFaqFound, { faq: await corrections.find(parse(Params, req.params).id) });
  });

  router.post("/bulletins/:id/faq", requireRole("editFaq"), async (req, res) => {
    const { id } = parse(Params, req.params);
    const result = await corrections.toFaq(id, parse(CorrectionToFaq, req.body ?? {}), actorOf(req));
    send(res, CorrectionFaqResult, result, result.created ? 201 : 200);
  });

  return router;
}
