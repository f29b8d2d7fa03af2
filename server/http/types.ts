import type { Authenticated } from "../domain/auth.js";
import type { Actor } from "../domain/context.js";

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      requestId: string;
      auth?: Authenticated;
    }
  }
}

/** The signed-in user of a request that passed requireRole. */
export function actorOf(req: Express.Request): Actor {
  if (!req.auth) throw new Error("actorOf used on a route without requireRole");
  return req.auth.user;
}
