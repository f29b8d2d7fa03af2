import { SyncRequest } from "../../shared/index.js";
import type { EventFeed } from "../domain/events.js";
import type { Logger } from "../logger.js";
import { handler } from "./handler.js";
import type { KrisrumSocket } from "./types.js";

/** `sync {since}`: the events this user may see after `since`, or `reset` when a snapshot reload is cheaper. */
export function registerSync(socket: KrisrumSocket, feed: EventFeed, log: Logger): void {
  socket.on("sync", handler(SyncRequest, log, ({ since }) => feed.sync(since, socket.data.role)));
}
