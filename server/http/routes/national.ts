import { Router } from "express";
import { z } from "zod";
import { Fact } from "../../../shared/index.js";
import { NationalCite, NationalListQuery, NationalPicture } from "../../../shared/schemas/national.js";
import type { National } from "../../domain/national/index.js";
import { requireRole } from "../middleware/auth.js";
import { send } from "../send.js";
import { actorOf } from "../types.js";
import { parse } from "../validate.js";

const Params = z.object({ id: z.string().min(1).max(300) });

/** "Nationell bild": every signed-in role reads it; those who keep the facts register cite from it. */
export function nationalRoutes(national: National): Router {
  const router = Router();

  router.get("/national", requireRole("read"), async (req, res) => {
    send(res, NationalPicture, await national.picture(parse(NationalListQuery, req.query)));
  });

  router.post("/national/:id/cite", requireRole("writeFacts"), async (req, res) => {
    const { id } = parse(Params, req.params);
    const { incidentId } = parse(NationalCite, req.body);
    send(res, Fact, await national.cite(id, incidentId, actorOf(req)), 201);
  });

  return router;
}
