import { Router } from "express";
import { z } from "zod";
import { Id } from "../../../shared/index.js";
import {
  FromTemplate,
  FromTemplateResult,
  TemplateApprove,
  TemplateDraftList,
  TemplateId,
  TemplateList,
  TemplateSave,
  TemplateVersion,
  TemplateVersionList,
} from "../../../shared/schemas/template.js";
import type { Templates } from "../../domain/templates/index.js";
import { requireRole } from "../middleware/auth.js";
import { send } from "../send.js";
import { actorOf } from "../types.js";
import { parse } from "../validate.js";

const Params = z.object({ id: Id });
const TemplateParams = z.object({ id: TemplateId });

/** The scenario message bank: the crisis team reads it and drafts a bulletin from it. */
export function templateRoutes(templates: Templates): Router {
  const router = Router();

  router.get("/templates", requireRole("writeBulletins"), async (_req, res) => {
    send(res, TemplateList, await templates.list());
  });

  // The editor's picker: templates that so far are only drafts (the list above holds approved ones only).
  router.get("/templates/drafts", requireRole("approveBulletins"), async (_req, res) => {
    send(res, TemplateDraftList, await templates.drafts());
  });

  // Admins and leads keep the bank: a saved version is a draft until another of them approves it.
  router.put("/templates/:id", requireRole("approveBulletins"), async (req, res) => {
    const { id } = parse(TemplateParams, req.params);
    send(res, TemplateVersion, await templates.save(id, parse(TemplateSave, req.body), actorOf(req)), 201);
  });

  router.post("/templates/:id/approve", requireRole("approveBulletins"), async (req, res) => {
    const { id } = parse(TemplateParams, req.params);
    send(res, TemplateVersion, await templates.approve(id, parse(TemplateApprove, req.body).version, actorOf(req)));
  });

  router.get("/templates/:id/versions", requireRole("writeBulletins"), async (req, res) => {
    const { id } = parse(TemplateParams, req.params);
    send(res, TemplateVersionList, { versions: await templates.versions(id) });
  });

  router.post("/incidents/:id/bulletins/from-template", requireRole("writeBulletins"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, FromTemplateResult, await templates.fromTemplate(id, parse(FromTemplate, req.body), actorOf(req)), 201);
  });

  return router;
}
