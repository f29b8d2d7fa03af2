import type { DomainDeps } from "../context.js";
import { createChannelVersions } from "./channels.js";
import { createBulletinCommands } from "./commands.js";
import { createBulletinPublishing } from "./publish.js";
import { createBulletinQueries } from "./queries.js";
import { createBulletinTransitions } from "./transitions.js";

export interface BulletinOptions {
  /** Overall checklist score below which publishing needs a lead's written reason. */
  publishThreshold: number;
}

/** The bulletin service: commands, workflow moves, publishing, channel versions and reads, one object for routes. */
export function createBulletins(deps: DomainDeps, options: BulletinOptions) {
  return {
    ...createBulletinQueries(deps),
    ...createBulletinCommands(deps),
    ...createBulletinTransitions(deps),
    ...createBulletinPublishing(deps, options),
    channels: createChannelVersions(deps),
  };
}

export type Bulletins = ReturnType<typeof createBulletins>;
export { flagCitingBulletins } from "./stale.js";
export { DEFAULT_PUBLISH_THRESHOLD } from "./gate.js";
