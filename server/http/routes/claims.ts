import { Router } from "express";
import { z } from "zod";
import {
  Claim,
  ClaimAssign,
  ClaimConfirmFacts,
  ClaimCallbacks,
  ClaimCorrection,
  ClaimCreate,
  ClaimDismiss,
  ClaimList,
  ClaimMerge,
  ClaimMergeResult,
  ClaimMetrics,
  ClaimNoteCreate,
  ClaimPatch,
  ClaimStartCorrection,
  ClaimSummary,
  ClaimTriage,
  ContactClaimList,
  ContactClaimsQuery,
  Id,
  SimilarClaimList,
} from "../../../shared/index.js";
import type { Claims } from "../../domain/claims/index.js";
import { requireRole } from "../middleware/auth.js";
import { actorOf } from "../types.js";
import { send } from "../send.js";
import { parse } from "../validate.js";

const Params = z.object({ id: Id });

/** Misinformation desk (docs/api.md "Misinformation desk"). Agents may raise claims; the board is the desk's. */
export function claimRoutes(claims: Claims): Router {
  const router = Router();

  router.get("/incidents/:id/claims", requireRole("workClaims"), async (req, res) => {
    send(res, ClaimList, { claims: await claims.list(parse(Params, req.params).id) });
  });
  // A caller report that repeats an open claim joins it (200, the claim with its calls raised); else 201, a new claim.
  router.post("/incidents/:id/claims", requireRole("raiseClaims"), async (req, res) => {
    const { id } = parse(Params, req.params);
    const { claim, joined } = await claims.raise(id, parse(ClaimCreate, req.body), actorOf(req));
    send(res, Claim, claim, joined ? 200 : 201);
  });
  router.get("/incidents/:id/claims/summary", requireRole("workClaims"), async (req, res) => {
    send(res, ClaimSummary, await claims.summary(parse(Params, req.params).id));
  });
  router.get("/incidents/:id/claims/metrics", requireRole("workClaims"), async (req, res) => {
    send(res, ClaimMetrics, await claims.metrics(parse(Params, req.params).id));
  });

  // The contact centre's view of the claims its callers reported, and the callback list.
  router.get("/contact/claims", requireRole("logInquiry"), async (req, res) => {
    send(res, ContactClaimList, { claims: await claims.contact.list(parse(ContactClaimsQuery, req.query).incidentId) });
  });
  router.get("/claims/:id/callbacks", requireRole("readCallbacks"), async (req, res) => {
    send(res, ClaimCallbacks, await claims.contact.callbacks(parse(Params, req.params).id));
  });

  router.get("/claims/:id", requireRole("workClaims"), async (req, res) => {
    send(res, Claim, await claims.get(parse(Params, req.params).id));
  });
  router.get("/claims/:id/similar", requireRole("workClaims"), async (req, res) => {
    send(res, SimilarClaimList, { similar: await claims.similar(parse(Params, req.params).id) });
  });
  router.patch("/claims/:id", requireRole("workClaims"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Claim, await claims.edit(id, parse(ClaimPatch, req.body), actorOf(req)));
  });
  router.post("/claims/:id/triage", requireRole("workClaims"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Claim, await claims.triage(id, parse(ClaimTriage, req.body), actorOf(req)));
  });
  router.post("/claims/:id/take", requireRole("workClaims"), async (req, res) => {
    send(res, Claim, await claims.take(parse(Params, req.params).id, actorOf(req)));
  });
  router.post("/claims/:id/assign", requireRole("assignClaims"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Claim, await claims.assign(id, parse(ClaimAssign, req.body), actorOf(req)));
  });
  router.post("/claims/:id/correct", requireRole("workClaims"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(
      res,
      ClaimCorrection,
      await claims.startCorrection(id, parse(ClaimStartCorrection, req.body), actorOf(req)),
      201,
    );
  });
  router.post("/claims/:id/confirm-facts", requireRole("workClaims"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Claim, await claims.confirmFacts(id, parse(ClaimConfirmFacts, req.body), actorOf(req)));
  });
  router.post("/claims/:id/dismiss", requireRole("workClaims"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Claim, await claims.dismiss(id, parse(ClaimDismiss, req.body), actorOf(req)));
  });
  router.post("/claims/:id/notes", requireRole("workClaims"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Claim, await claims.addNote(id, parse(ClaimNoteCreate, req.body), actorOf(req)), 201);
  });
  router.post("/claims/:id/merge", requireRole("workClaims"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, ClaimMergeResult, await claims.merge(id, parse(ClaimMerge, req.body), actorOf(req)));
  });

  return router;
}
