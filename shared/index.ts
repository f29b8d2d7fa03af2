export * from "./constants.js";
export * from "./schemas/common.js";
export * from "./schemas/user.js";
export * from "./schemas/incident.js";
export * from "./schemas/log.js";
export * from "./schemas/event.js";
export type * from "./events.js";
export * from "./schemas/checklist.js";
