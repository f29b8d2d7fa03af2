import { Router } from "express";
import { z } from "zod";
import { Id } from "../../../shared/index.js";
import { FromTemplate, FromTemplateResult, TemplateList } from "../../../shared/schemas/template.js";
import type { Templates } from "../../domain/templates/index.js";
import { requireRole } from "../middleware/auth.js";
import { send } from "../send.js";
import { actorOf } from "../types.js";
import { parse } from "../validate.js";

const Params = z.object({ id: Id });

/** The scenario message bank: the crisis team reads it and drafts a bulletin from it. */
export function templateRoutes(templates: Templates): Router {
  const router = Router();

  router.get("/templates", requireRole("writeBulletins"), (_req, res) => {
    send(res, TemplateList, templates.list());
  });

  router.post("/incidents/:id/bulletins/from-template", requireRole("writeBulletins"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, FromTemplateResult, await templates.fromTemplate(id, parse(FromTemplate, req.body), actorOf(req)), 201);
  });

  return router;
}
