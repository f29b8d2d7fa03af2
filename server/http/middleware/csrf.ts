import type { RequestHandler } from "express";
import { AppError } from "../../errors.js";
import { foreignFetchSite, originAllowed, type OriginPolicy } from "../origin.js";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The media type of a Content-Type header, without parameters (`application/json; charset=utf-8` → `application/json`). */
const mediaType = (header: string | undefined) => (header ?? "").split(";")[0]!.trim().toLowerCase();

/**
 * Cross-site request forgery guard for every state-changing request under /api.
 * - A page elsewhere can make a browser send a form or a `text/plain` fetch with the session cookie and without a
 *   CORS preflight; only `application/json` needs a preflight, which this server never grants. So such requests must
 *   say `Content-Type: application/json`, with or without a body (logout and commands like submit have none): 415.
 * - A foreign `Origin`, or the browser's `Sec-Fetch-Site` naming another site or a sibling of this one, is refused
 *   outright: 403 `cross_origin`. SameSite=Lax alone lets a form on another port of the same host through.
 */
export function csrfGuard(policy: OriginPolicy): RequestHandler {
  return (req, _res, next) => {
    if (!STATE_CHANGING.has(req.method)) return next();
    if (originAllowed(req.headers, policy) === false || foreignFetchSite(req.headers)) {
      throw new AppError("cross_origin", "Requests from another site are refused", 403);
    }
    if (mediaType(req.headers["content-type"]) !== "application/json") {
      throw new AppError(
        "unsupported_media_type",
        "Send state-changing requests with Content-Type: application/json",
        415,
      );
    }
    next();
  };
}
