import compression from "compression";
import type { RequestHandler } from "express";

/** Bodies below this many bytes go out as they are: compressing them saves less than it costs. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

const isJson = (contentType: unknown) =>
  typeof contentType === "string" && /^application\/([\w.+-]*\+)?json\b/i.test(contentType);

/**
 * Compresses API JSON over 1 KB: brotli at quality 4, else gzip, as the browser accepts; a body
 * under the threshold, a CSV export or any other media type is sent as is. Socket.IO never passes through Express, and
 * a streamed response (text/event-stream) is not JSON, so neither is buffered here.
 */
export function compressJson(): RequestHandler {
  return compression({
    threshold: COMPRESS_THRESHOLD_BYTES,
    filter: (_req, res) => isJson(res.getHeader("Content-Type")),
  });
}
