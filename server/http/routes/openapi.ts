import { Router } from "express";
import { openApiDocument } from "../openapi.js";

/** GET /api/openapi.json: the API's contract for other systems' generated clients; no session needed. */
export function openApiRoutes(): Router {
  const router = Router();
  router.get("/openapi.json", (_req, res) => {
    res.json(openApiDocument());
  });
  return router;
}
