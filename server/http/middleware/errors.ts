import type { ErrorRequestHandler, RequestHandler } from "express";
import { AppError, errorBody } from "../../errors.js";
import type { Logger } from "../../logger.js";

export const apiNotFound: RequestHandler = (req) => {
  throw new AppError("not_found", `No route ${req.method} ${req.originalUrl.split("?")[0]}`);
};

/** body-parser reports its failures as errors with a `type`; map them to the stable codes. */
function fromBodyParser(err: unknown): AppError | undefined {
  if (typeof err !== "object" || err === null || !("type" in err)) return undefined;
  switch ((err as { type: unknown }).type) {
    case "entity.parse.failed":
      return new AppError("bad_json", "The request body is not valid JSON");
    case "entity.too.large":
      return new AppError("too_large", "The request body is larger than 1 MB");
    case "charset.unsupported":
    case "encoding.unsupported":
      return new AppError("validation", "Unsupported body encoding; send UTF-8 JSON");
    default:
      return undefined;
  }
}

/** `onUnhandled` hears every error that becomes a 500 (the health check watches them for a damaged database). */
export function errorHandler(log: Logger, onUnhandled: (err: unknown) => void = () => {}): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    let appError = err instanceof AppError ? err : fromBodyParser(err);
    if (!appError) {
      onUnhandled(err);
      log.error("unhandled error", { requestId: req.requestId, method: req.method, path: req.originalUrl, err });
      appError = new AppError("internal", `Something went wrong; quote request id ${req.requestId}`);
    }
    const retryAfter = appError.details?.retryAfter;
    if (typeof retryAfter === "number") res.setHeader("Retry-After", String(retryAfter));
    if (res.headersSent) return; // the response is already on its way; nothing more to say
    res.status(appError.status).json({ error: { ...errorBody(appError), requestId: req.requestId } });
  };
}
