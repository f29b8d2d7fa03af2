import type { overviewSv } from "./overview.sv";

/** English strings for the incident overview's loggbok and section order; spread into en.ts. */
export const overviewEn: Record<keyof typeof overviewSv, string> = {
  "log.showSystem": "Show system events ({count})",
  "log.systemHint": "System events (changes to bulletins, facts and claims) are hidden.",
  "log.emptyManual": "No decisions or notes yet. Write the first one above.",
  "log.entries": "Log entries",
};
