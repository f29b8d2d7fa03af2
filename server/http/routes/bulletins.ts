import { Router } from "express";
import { z } from "zod";
import {
  Bulletin,
  BulletinApprove,
  BulletinCreate,
  BulletinList,
  BulletinPublish,
  BulletinRetract,
  BulletinReturn,
  BulletinSave,
  BulletinStatus,
  BulletinSubmit,
  BulletinVersion,
  BulletinVersionList,
  ChannelVersion,
  ChannelVersionCreate,
  ChannelVersionSave,
  DerivedChannel,
  GateDecision,
  Id,
  Inbox,
  UncoveredQuestions,
} from "../../../shared/index.js";
import type { Bulletins } from "../../domain/bulletins/index.js";
import { requireRole } from "../middleware/auth.js";
import { actorOf } from "../types.js";
import { send } from "../send.js";
import { parse } from "../validate.js";

const Params = z.object({ id: Id });
const VersionParams = z.object({ id: Id, version: z.coerce.number().int().positive() });
const ChannelParams = z.object({ id: Id, channel: DerivedChannel });
/** Also read by the OpenAPI document (server/http/openapi.ts). */
export const BulletinListQuery = z.object({ status: BulletinStatus.optional() });

/** Thin: validate, authorise, call the service. The rules live in server/domain/bulletins/. */
export function bulletinRoutes(bulletins: Bulletins): Router {
  const router = Router();

  router.get("/incidents/:id/bulletins", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    const { status } = parse(BulletinListQuery, req.query);
    send(res, BulletinList, { bulletins: await bulletins.list(id, status, actorOf(req).role) });
  });

  // The editor scores live with what the server scores with; this is the one part of it the console has no copy of.
  router.get("/incidents/:id/uncovered-questions", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, UncoveredQuestions, { questions: await bulletins.uncoveredQuestions(id) });
  });

  router.post("/incidents/:id/bulletins", requireRole("writeBulletins"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Bulletin, await bulletins.create(id, parse(BulletinCreate, req.body), actorOf(req)), 201);
  });

  router.get("/inbox", requireRole("approveBulletins"), async (_req, res) => {
    send(res, Inbox, await bulletins.inbox());
  });

  router.get("/bulletins/:id", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Bulletin, await bulletins.get(id, actorOf(req).role));
  });

  router.put("/bulletins/:id", requireRole("writeBulletins"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Bulletin, await bulletins.save(id, parse(BulletinSave, req.body), actorOf(req)));
  });

  router.post("/bulletins/:id/submit", requireRole("writeBulletins"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Bulletin, await bulletins.submit(id, parse(BulletinSubmit, req.body), actorOf(req)));
  });

  router.post("/bulletins/:id/return", requireRole("approveBulletins"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Bulletin, await bulletins.returnToDraft(id, parse(BulletinReturn, req.body), actorOf(req)));
  });

  router.post("/bulletins/:id/approve", requireRole("approveBulletins"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Bulletin, await bulletins.approve(id, parse(BulletinApprove, req.body), actorOf(req)));
  });

  router.post("/bulletins/:id/publish", requireRole("approveBulletins"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Bulletin, await bulletins.publish(id, parse(BulletinPublish, req.body), actorOf(req)));
  });

  router.post("/bulletins/:id/retract", requireRole("approveBulletins"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Bulletin, await bulletins.retract(id, parse(BulletinRetract, req.body), actorOf(req)));
  });

  // The gate judges the working draft: the crisis team's (review and staleness).
  router.get("/bulletins/:id/gate", requireRole("readDrafts"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, GateDecision, await bulletins.check(id));
  });

  router.get("/bulletins/:id/versions", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, BulletinVersionList, { versions: await bulletins.versions(id, actorOf(req).role) });
  });

  router.get("/bulletins/:id/versions/:version", requireRole("read"), async (req, res) => {
    const { id, version } = parse(VersionParams, req.params);
    send(res, BulletinVersion, await bulletins.version(id, version, actorOf(req).role));
  });

  router.post("/bulletins/:id/channels", requireRole("writeBulletins"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(
      res,
      ChannelVersion,
      await bulletins.channels.create(id, parse(ChannelVersionCreate, req.body), actorOf(req)),
      201,
    );
  });

  router.put("/bulletins/:id/channels/:channel", requireRole("writeBulletins"), async (req, res) => {
    const { id, channel } = parse(ChannelParams, req.params);
    send(
      res,
      ChannelVersion,
      await bulletins.channels.save(id, channel, parse(ChannelVersionSave, req.body), actorOf(req)),
    );
  });

  return router;
}
