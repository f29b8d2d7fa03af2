export * from "./types.js";
export * from "./envelope.js";
export * from "./define.js";
export * from "./catalogue.js";
export * from "./read.js";
export { CRISIS_TEAM } from "./bulletins.js";
export { CLAIM_READERS, CONTACT_CLAIM_READERS } from "./claims.js";
export { CALLBACK_READERS, FAQ_EDITORS } from "./contact.js";
export { formatSwedishTime } from "./swedishTime.js";
