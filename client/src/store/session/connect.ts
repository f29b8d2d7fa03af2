/**
 * What a signed-in console needs and the login page does not: the socket, the realtime link, the snapshot loaders,
 * the keep-alive, the event applier and the landing page's first data. lifecycle.ts fetches this module (one chunk, with zod and the schemas) when a
 * session begins, or ahead of the session check on a page load that is likely signed in.
 */
export { installEventApplier } from "../eventApplier";
export { createSocket } from "../../api/socket";
export { fetchLatestSeq } from "../../api/events";
export { loadSnapshot } from "../snapshot";
export { startKeepAlive } from "./keepAlive";
export { loadLandingData } from "./landingData";
export { startRealtime } from "./realtime";
