import { Router } from "express";
import { z } from "zod";
import {
  FaqCreate,
  FaqListQuery,
  FaqPatch,
  FaqStatusChange,
  FaqSuggestionCreate,
  Id,
  SuggestionListQuery,
  SuggestionToDraft,
} from "../../../shared/index.js";
import type { Faq } from "../../domain/contact/faq.js";
import type { Suggestions } from "../../domain/contact/suggestions.js";
import { requireRole } from "../middleware/auth.js";
import { actorOf } from "../types.js";
import { parse } from "../validate.js";

const Params = z.object({ id: Id });

export function faqRoutes(faq: Faq, suggestions: Suggestions): Router {
  const router = Router();

  // Suggestions first: "/faq/suggestions" must not be taken for an entry id.
  router.get("/faq/suggestions", requireRole("read"), async (req, res) => {
    const { status } = parse(SuggestionListQuery, req.query);
    res.json({ suggestions: await suggestions.list(status) });
  });

  router.post("/faq/suggestions", requireRole("logInquiry"), async (req, res) => {
    const { suggestion, merged } = await suggestions.suggest(parse(FaqSuggestionCreate, req.body), actorOf(req));
    res.status(merged ? 200 : 201).json(suggestion);
  });

  router.post("/faq/suggestions/:id/draft", requireRole("editFaq"), async (req, res) => {
    const { id } = parse(Params, req.params);
    res.status(201).json(await suggestions.toDraft(id, parse(SuggestionToDraft, req.body), actorOf(req)));
  });

  router.post("/faq/suggestions/:id/dismiss", requireRole("editFaq"), async (req, res) => {
    const { id } = parse(Params, req.params);
    res.json(await suggestions.dismiss(id, actorOf(req)));
  });

  router.get("/faq", requireRole("read"), async (req, res) => {
    res.json({ entries: await faq.list(parse(FaqListQuery, req.query), actorOf(req).role) });
  });

  router.post("/faq", requireRole("editFaq"), async (req, res) => {
    res.status(201).json(await faq.create(parse(FaqCreate, req.body), actorOf(req)));
  });

  router.get("/faq/:id", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    res.json(await faq.get(id, actorOf(req).role));
  });

  router.get("/faq/:id/versions", requireRole("editFaq"), async (req, res) => {
    const { id } = parse(Params, req.params);
    res.json({ versions: await faq.versions(id) });
  });

  router.patch("/faq/:id", requireRole("editFaq"), async (req, res) => {
    const { id } = parse(Params, req.params);
    res.json(await faq.update(id, parse(FaqPatch, req.body), actorOf(req)));
  });

  router.post("/faq/:id/status", requireRole("editFaq"), async (req, res) => {
    const { id } = parse(Params, req.params);
    res.json(await faq.setStatus(id, parse(FaqStatusChange, req.body), actorOf(req)));
  });

  return router;
}
