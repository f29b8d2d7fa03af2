import type { Bulletin, BulletinStatus, BulletinVersion, BulletinVersionSummary, Role } from "../../../shared/index.js";
import { listBulletins } from "../../db/repos/bulletins.js";
import { findVersion, listVersions } from "../../db/repos/bulletinVersions.js";
import { incidentExists } from "../../db/repos/incidents.js";
import { notFound } from "../../errors.js";
import type { DomainDeps } from "../context.js";
import { summarise } from "./gate.js";
import { createInbox } from "./inbox.js";
import { requireRecord, toBulletin, withChannels } from "./load.js";
import { publishedViews, readable, seesDrafts } from "./readView.js";

export function createBulletinQueries(deps: DomainDeps) {
  const { db } = deps;

  /**
   * The incident's bulletins as `role` may read them (readView.ts): the crisis team every working version, agents
   * and viewers the published views of those ever published. `status` filters on what the role sees.
   */
  async function list(incidentId: string, status: BulletinStatus | undefined, role: Role): Promise<Bulletin[]> {
    if (!(await incidentExists(db, incidentId))) throw notFound("Incident");
    if (seesDrafts(role)) return withChannels(db, await listBulletins(db, incidentId, status));
    const views = await publishedViews(db, await withChannels(db, await listBulletins(db, incidentId)));
    return status === undefined ? views : views.filter((b) => b.status === status);
  }

  /** One bulletin as `role` may read it; a bulletin never published is 404 to agents and viewers. */
  async function get(id: string, role: Role): Promise<Bulletin> {
    const [view] = await readable(db, role, [await toBulletin(db, await requireRecord(db, id))]);
    if (!view) throw notFound("Bulletin");
    return view;
  }

  /** Agents and viewers see the versions that were published (live, superseded or retracted), no drafts. */
  async function versions(id: string, role: Role): Promise<BulletinVersionSummary[]> {
    await get(id, role);
    const all = await listVersions(db, id);
    return (seesDrafts(role) ? all : all.filter((v) => v.publishedAt !== null)).map((v) => ({
      version: v.version,
      status: v.status,
      savedBy: v.savedBy,
      savedAt: v.savedAt,
      publishedAt: v.publishedAt,
      supersededAt: v.supersededAt,
      score: summarise(v.publishChecklist ?? v.checklist),
    }));
  }

  async function version(id: string, n: number, role: Role): Promise<BulletinVersion> {
    await get(id, role);
    const found = await findVersion(db, id, n);
    if (!found || (!seesDrafts(role) && found.publishedAt === null)) throw notFound("Bulletin version");
    return found;
  }

  return { list, get, versions, version, inbox: createInbox(deps) };
}
