import type { Kysely } from "kysely";
import type { Incident, User } from "../../shared/index.js";
import { listIncidents } from "../db/repos/incidents.js";
import type { DB } from "../db/schema.js";

export interface DemoScene {
  incident: Incident;
  /** The seeded demo account with this username; a missing one is a bug in the seed, so it throws. */
  as(username: string): User;
}

/** What every demo seeder starts from: the boil-water incident and the accounts just created; null without it. */
export async function demoScene(db: Kysely<DB>, created: User[]): Promise<DemoScene | null> {
  const incident = (await listIncidents(db)).find((i) => i.title.startsWith("Kokningsrekommendation"));
  if (!incident) return null;
  return {
    incident,
    as(username) {
      const user = created.find((u) => u.username === username);
      if (!user) throw new Error(`demo user ${username} missing`);
      return user;
    },
  };
}
