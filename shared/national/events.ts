import type { NationalItem } from "../schemas/national.js";

/**
 * The live push of the national picture. The event catalogue (shared/events/) is being introduced by another change
 * and has not landed yet, so this type is declared here: a Socket.IO message `national` to every signed-in socket
 * (room `all`) after the item's write has committed. It is not an incident event and is not in the event log.
 */
export const NATIONAL_SOCKET_EVENT = "national" as const;

export interface NationalPush {
  change: "new" | "changed" | "withdrawn";
  item: NationalItem;
}
