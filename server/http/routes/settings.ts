import { Router } from "express";
import { ConsoleSettings } from "../../../shared/index.js";
import { requireRole } from "../middleware/auth.js";
import { send } from "../send.js";

/** GET /api/settings: what the console needs to score and gate as the server does; any signed-in role. */
export function settingsRoutes(settings: ConsoleSettings): Router {
  const router = Router();
  router.get("/settings", requireRole("read"), (_req, res) => {
    send(res, ConsoleSettings, settings);
  });
  return router;
}
