import type { ScoringQuestion } from "../../../shared/index.js";
import { findIncident } from "../../db/repos/incidents.js";
import { notFound } from "../../errors.js";
import type { DomainDeps } from "../context.js";
import type { RoomSettings } from "./room.js";
import { createChannelVersions } from "./channels.js";
import { createBulletinCommands } from "./commands.js";
import { createBulletinPublishing } from "./publish.js";
import { createBulletinQueries } from "./queries.js";
import { createBulletinTransitions } from "./transitions.js";

export interface BulletinOptions {
  /** Overall checklist score below which publishing needs a lead's written reason. */
  publishThreshold: number;
  /** What the room knows beyond the bulletin: sender, required languages, the contact centre's open questions. */
  room: RoomSettings;
  /** The approver must not be the last author on real incidents, unless they give a reason (KRISRUM_FOUR_EYES). */
  fourEyes?: boolean;
}

/** The bulletin service: commands, workflow moves, publishing, channel versions and reads, one object for routes. */
export function createBulletins(deps: DomainDeps, options: BulletinOptions) {
  return {
    ...createBulletinQueries(deps),
    ...createBulletinCommands(deps, options.room),
    ...createBulletinTransitions(deps, { fourEyes: options.fourEyes ?? true }),
    ...createBulletinPublishing(deps, options),
    channels: createChannelVersions(deps, options.room),
    /** The room's uncovered questions for an incident, as every score the server makes reads them. */
    async uncoveredQuestions(incidentId: string): Promise<ScoringQuestion[]> {
      if (!(await findIncident(deps.db, incidentId))) throw notFound("Incident");
      return options.room.topQuestions ? options.room.topQuestions(deps.db, incidentId, new Date()) : [];
    },
  };
}

export type Bulletins = ReturnType<typeof createBulletins>;
export { flagCitingBulletins } from "./stale.js";
export { DEFAULT_PUBLISH_THRESHOLD } from "./gate.js";
export { NO_ROOM, type RoomSettings } from "./room.js";
