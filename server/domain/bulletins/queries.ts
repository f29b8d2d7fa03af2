import type {
  Bulletin,
  BulletinStatus,
  BulletinVersion,
  BulletinVersionSummary,
  InboxItem,
} from "../../../shared/index.js";
import { listBulletins, listWaitingForLead } from "../../db/repos/bulletins.js";
import { findVersion, listVersions } from "../../db/repos/bulletinVersions.js";
import { incidentExists } from "../../db/repos/incidents.js";
import { notFound } from "../../errors.js";
import type { DomainDeps } from "../context.js";
import { summarise } from "./gate.js";
import { requireRecord, toBulletin, withChannels } from "./load.js";

export function createBulletinQueries(deps: DomainDeps) {
  const { db } = deps;

  async function list(incidentId: string, status?: BulletinStatus): Promise<Bulletin[]> {
    if (!(await incidentExists(db, incidentId))) throw notFound("Incident");
    return withChannels(db, await listBulletins(db, incidentId, status));
  }

  async function get(id: string): Promise<Bulletin> {
    return toBulletin(db, await requireRecord(db, id));
  }

  async function versions(id: string): Promise<BulletinVersionSummary[]> {
    await requireRecord(db, id);
    return (await listVersions(db, id)).map((v) => ({
      version: v.version,
      status: v.status,
      savedBy: v.savedBy,
      savedAt: v.savedAt,
      publishedAt: v.publishedAt,
      supersededAt: v.supersededAt,
      score: summarise(v.publishChecklist ?? v.checklist),
    }));
  }

  async function version(id: string, n: number): Promise<BulletinVersion> {
    await requireRecord(db, id);
    const found = await findVersion(db, id, n);
    if (!found) throw notFound("Bulletin version");
    return found;
  }

  async function inbox(): Promise<{ items: InboxItem[]; count: number }> {
    const rows = await listWaitingForLead(db);
    const bulletins = await withChannels(
      db,
      rows.map((r) => r.bulletin),
    );
    const items = rows.map((r, i) => ({
      bulletin: bulletins[i] as Bulletin,
      incidentTitle: r.incidentTitle,
      exercise: r.exercise,
      waitingSince: r.bulletin.statusChangedAt,
    }));
    return { items, count: items.length };
  }

  return { list, get, versions, version, inbox };
}
