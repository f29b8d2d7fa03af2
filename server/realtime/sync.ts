import { PROTOCOL_VERSION, SyncRequest } from "../../shared/index.js";
import type { EventFeed } from "../domain/events.js";
import { AppError } from "../errors.js";
import type { Logger } from "../logger.js";
import { handler } from "./handler.js";
import type { KrisrumSocket } from "./types.js";

/**
 * `sync {since, protocol}`: the events this user may see after `since`, or `reset` when a snapshot reload is cheaper.
 * A console that speaks another event protocol is told so (`protocol`): it would misread the payloads, so it asks
 * its user to reload the page instead of syncing.
 */
export function registerSync(socket: KrisrumSocket, feed: EventFeed, log: Logger): void {
  socket.on(
    "sync",
    handler(SyncRequest, log, async ({ since, protocol }) => {
      if (protocol !== PROTOCOL_VERSION) {
        throw new AppError(
          "protocol",
          `This console speaks event protocol ${protocol}; the server speaks ${PROTOCOL_VERSION}. Reload the page.`,
        );
      }
      return feed.sync(since, socket.data.role);
    }),
  );
}
