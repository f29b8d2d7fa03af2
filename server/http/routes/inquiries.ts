import { Router } from "express";
import { z } from "zod";
import { Id, InquiryCreate, InquiryListQuery } from "../../../shared/index.js";
import { CallbackMark } from "../../../shared/schemas/callback.js";
import { presentInquiry, type Inquiries } from "../../domain/contact/inquiries.js";
import { requireRole } from "../middleware/auth.js";
import { actorOf } from "../types.js";
import { parse } from "../validate.js";

const Params = z.object({ id: Id });

export function inquiryRoutes(inquiries: Inquiries): Router {
  const router = Router();

  router.post("/inquiries", requireRole("logInquiry"), async (req, res) => {
    const actor = actorOf(req);
    const record = await inquiries.log(parse(InquiryCreate, req.body), actor);
    res.status(201).json(presentInquiry(record, actor.role));
  });

  router.get("/inquiries", requireRole("read"), async (req, res) => {
    const { role } = actorOf(req);
    const records = await inquiries.list(parse(InquiryListQuery, req.query));
    res.json({ inquiries: records.map((r) => presentInquiry(r, role)) });
  });

  router.get("/inquiries/:id", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    res.json(presentInquiry(await inquiries.get(id), actorOf(req).role));
  });

  // The callback list's "called back" (issue 12): the roles that may read the numbers are the ones who ring back.
  router.put("/inquiries/:id/called-back", requireRole("readCallbacks"), async (req, res) => {
    const { id } = parse(Params, req.params);
    res.json(await inquiries.markCalledBack(id, parse(CallbackMark, req.body), actorOf(req)));
  });

  return router;
}
