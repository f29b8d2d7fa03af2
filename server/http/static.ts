import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type RequestHandler, type Router } from "express";
import type { Logger } from "../logger.js";

const NOT_APP = /^\/(api|socket\.io|healthz)(\/|$)/;

/**
 * Serves the built console. Vite's hashed assets are immutable and cached for a year; index.html is always
 * revalidated so a new build is picked up on the next load. Any other GET that wants HTML gets index.html, so
 * client-side routes survive a reload.
 */
export function staticClient(dir: string, log: Logger): Router | RequestHandler {
  const index = join(dir, "index.html");
  if (!existsSync(index)) {
    log.warn(`no built console at ${dir}; run \`npm run build\` (or \`npm run dev\` for development)`);
    return (req, res, next) => {
      if ((req.method !== "GET" && req.method !== "HEAD") || NOT_APP.test(req.path)) return next();
      res
        .status(503)
        .type("text/plain; charset=utf-8")
        .send(`Krisrum is running, but the console has not been built: ${index} is missing.\nRun \`npm run build\`, or set KRISRUM_STATIC_DIR.\n`);
    };
  }
  const router = express.Router();
  router.use(
    express.static(dir, {
      index: false,
      setHeaders(res, path) {
        const hashed = path.startsWith(join(dir, "assets") + "/");
        res.setHeader("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
      },
    }),
  );
  router.use((req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || NOT_APP.test(req.path) || !req.accepts("html")) return next();
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(index);
  });
  return router;
}
