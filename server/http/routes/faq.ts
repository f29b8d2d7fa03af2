import { Router } from "express";
import { z } from "zod";
import {
  FaqApprove,
  FaqCreate,
  FaqEntry,
  FaqEntryList,
  FaqListQuery,
  FaqPatch,
  FaqPublish,
  FaqReturn,
  FaqStatusChange,
  FaqSubmit,
  FaqSuggestion,
  FaqSuggestionCreate,
  FaqSuggestionList,
  FaqVersionList,
  Id,
  SuggestionDrafted,
  SuggestionListQuery,
  SuggestionToDraft,
} from "../../../shared/index.js";
import type { Faq } from "../../domain/contact/faq.js";
import type { Suggestions } from "../../domain/contact/suggestions.js";
import { requireRole } from "../middleware/auth.js";
import { actorOf } from "../types.js";
import { send } from "../send.js";
import { parse } from "../validate.js";

const Params = z.object({ id: Id });

export function faqRoutes(faq: Faq, suggestions: Suggestions): Router {
  const router = Router();

  // Suggestions first: "/faq/suggestions" must not be taken for an entry id.
  router.get("/faq/suggestions", requireRole("read"), async (req, res) => {
    const { status } = parse(SuggestionListQuery, req.query);
    send(res, FaqSuggestionList, { suggestions: await suggestions.list(status) });
  });

  router.post("/faq/suggestions", requireRole("logInquiry"), async (req, res) => {
    const { suggestion, merged } = await suggestions.suggest(parse(FaqSuggestionCreate, req.body), actorOf(req));
    send(res, FaqSuggestion, suggestion, merged ? 200 : 201);
  });

  router.post("/faq/suggestions/:id/draft", requireRole("editFaq"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, SuggestionDrafted, await suggestions.toDraft(id, parse(SuggestionToDraft, req.body), actorOf(req)), 201);
  });

  router.post("/faq/suggestions/:id/dismiss", requireRole("editFaq"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, FaqSuggestion, await suggestions.dismiss(id, actorOf(req)));
  });

  router.get("/faq", requireRole("read"), async (req, res) => {
    send(res, FaqEntryList, { entries: await faq.list(parse(FaqListQuery, req.query), actorOf(req).role) });
  });

  router.post("/faq", requireRole("editFaq"), async (req, res) => {
    send(res, FaqEntry, await faq.create(parse(FaqCreate, req.body), actorOf(req)), 201);
  });

  // Before "/faq/:id": the texts waiting for a decision (the approval inbox lists them).
  router.get("/faq/review", requireRole("editFaq"), async (_req, res) => {
    send(res, FaqEntryList, { entries: await faq.inReview() });
  });

  router.get("/faq/:id", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, FaqEntry, await faq.get(id, actorOf(req).role));
  });

  router.get("/faq/:id/versions", requireRole("editFaq"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, FaqVersionList, { versions: await faq.versions(id) });
  });

  router.patch("/faq/:id", requireRole("editFaq"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, FaqEntry, await faq.update(id, parse(FaqPatch, req.body), actorOf(req)));
  });

  router.post("/faq/:id/status", requireRole("editFaq"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, FaqEntry, await faq.setStatus(id, parse(FaqStatusChange, req.body), actorOf(req)));
  });

  // The review (docs/api.md "FAQ review"): submit is the writers', the decisions are the approvers'.
  router.post("/faq/:id/submit", requireRole("editFaq"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, FaqEntry, await faq.submit(id, parse(FaqSubmit, req.body ?? {}), actorOf(req)));
  });

  router.post("/faq/:id/approve", requireRole("approveFaq"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, FaqEntry, await faq.approve(id, parse(FaqApprove, req.body), actorOf(req)));
  });

  router.post("/faq/:id/return", requireRole("approveFaq"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, FaqEntry, await faq.returnToDraft(id, parse(FaqReturn, req.body), actorOf(req)));
  });

  router.post("/faq/:id/publish", requireRole("approveFaq"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, FaqEntry, await faq.publish(id, parse(FaqPublish, req.body ?? {}), actorOf(req)));
  });

  return router;
}
