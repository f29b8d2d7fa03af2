import { Router } from "express";
import { z } from "zod";
import { Id, Inquiry, InquiryCreate, InquiryList, InquiryListQuery } from "../../../shared/index.js";
import { CallbackMark, CallbackState } from "../../../shared/schemas/callback.js";
import type { Inquiries } from "../../domain/contact/inquiries.js";
import { presentInquiry } from "../../presenters/inquiry.js";
import { requireRole } from "../middleware/auth.js";
import { send } from "../send.js";
import { actorOf } from "../types.js";
import { parse } from "../validate.js";

const Params = z.object({ id: Id });

export function inquiryRoutes(inquiries: Inquiries): Router {
  const router = Router();

  router.post("/inquiries", requireRole("logInquiry"), async (req, res) => {
    const actor = actorOf(req);
    const record = await inquiries.log(parse(InquiryCreate, req.body), actor);
    send(res, Inquiry, presentInquiry(record, actor.role), 201);
  });

  router.get("/inquiries", requireRole("read"), async (req, res) => {
    const { role } = actorOf(req);
    const records = await inquiries.list(parse(InquiryListQuery, req.query));
    send(res, InquiryList, { inquiries: records.map((r) => presentInquiry(r, role)) });
  });

  router.get("/inquiries/:id", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Inquiry, presentInquiry(await inquiries.get(id), actorOf(req).role));
  });

  // The callback list's "called back": the roles that may read the numbers are the ones who ring back.
  router.put("/inquiries/:id/called-back", requireRole("readCallbacks"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, CallbackState, await inquiries.markCalledBack(id, parse(CallbackMark, req.body), actorOf(req)));
  });

  return router;
}
