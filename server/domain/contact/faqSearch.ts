import type { Kysely } from "kysely";
import type { FaqEntry, FaqSearchHit, FaqSearchQuery, Incident } from "../../../shared/index.js";
import { createFaqIndex, type FaqHit, type FaqIndex, type FaqLanguage } from "../../../shared/search/index.js";
import { hasEntityEventsAfter, latestSeq } from "../../db/repos/events.js";
import { listFaqEntries } from "../../db/repos/faq.js";
import { listIncidents } from "../../db/repos/incidents.js";
import type { DB } from "../../db/schema.js";
import { presentHit } from "../../presenters/faqHit.js";

/** Every change of an FAQ entry (content, status, stale flag) or an incident (exercise, status) is one of these. */
const WATCHED_ENTITIES = ["faq_entry", "incident"] as const;

interface Built<E extends FaqEntry> {
  seq: number;
  index: FaqIndex<E>;
}

/**
 * A search index over entries loaded from the database, kept per node and rebuilt only when an FAQ or incident
 * event was committed since it was built: a search costs one key read of the event counter plus, after other
 * events (inquiries, bulletins…), one range scan on the event key. Rebuilding reads the entries again, so every node
 * agrees with the database, not with what it happened to hear.
 */
export function createIndexCache<E extends FaqEntry>(db: Kysely<DB>, load: () => Promise<E[]>) {
  let built: Built<E> | null = null;

  async function index(): Promise<FaqIndex<E>> {
    const seq = await latestSeq(db);
    if (built && (built.seq === seq || !(await hasEntityEventsAfter(db, built.seq, WATCHED_ENTITIES)))) {
      built.seq = seq;
      return built.index;
    }
    // The seq is read before the entries: a change committed in between is in the entries and triggers one
    // rebuild too many, never one too few.
    const entries = await load();
    built = { seq, index: createFaqIndex(entries) };
    return built.index;
  }

  return { index };
}

/**
 * What the contact-centre console finds, for other systems: the same shared/search index over
 * the published entries, the same incident boost and strong rule.
 */
export function createFaqSearch(db: Kysely<DB>) {
  const cache = createIndexCache(db, () => listFaqEntries(db, { statuses: ["published"] }));

  async function search(query: FaqSearchQuery): Promise<FaqSearchHit[]> {
    const index = await cache.index();
    return index.search(query.q, { incidentId: query.incidentId ?? null, limit: query.limit }).map(presentHit);
  }

  return { search };
}

export type FaqSearch = ReturnType<typeof createFaqSearch>;

/** An entry of the public FAQ with the incident it belongs to (null: general). */
export type PublicFaqSource = FaqEntry & { incident: Pick<Incident, "id" | "title"> | null };

/**
 * The entries the public may read: published and not stale (a cited fact changed since it was written), of no
 * incident or of a real incident that is not closed (an exercise is never public; a closed incident's advice, such
 * as boiling water, no longer holds), and meant for someone other than staff.
 */
export function isPublicFaq(entry: FaqEntry, incident: Incident | null | undefined): boolean {
  if (entry.status !== "published" || entry.stale) return false;
  if (entry.audiences.length > 0 && entry.audiences.every((a) => a === "staff")) return false;
  if (entry.incidentId === null) return true;
  return incident !== null && incident !== undefined && !incident.exercise && incident.status !== "closed";
}

export async function loadPublicFaq(db: Kysely<DB>): Promise<PublicFaqSource[]> {
  const [entries, incidents] = await Promise.all([listFaqEntries(db, { statuses: ["published"] }), listIncidents(db)]);
  const byId = new Map(incidents.map((i) => [i.id, i]));
  return entries.flatMap((entry) => {
    const incident = entry.incidentId === null ? null : byId.get(entry.incidentId);
    return isPublicFaq(entry, incident)
      ? [{ ...entry, incident: incident ? { id: incident.id, title: incident.title } : null }]
      : [];
  });
}

export function createPublicFaqSearch(db: Kysely<DB>) {
  const cache = createIndexCache(db, () => loadPublicFaq(db));

  async function search(
    q: string,
    options: { limit: number; language?: FaqLanguage | undefined },
  ): Promise<FaqHit<PublicFaqSource>[]> {
    const index = await cache.index();
    return index.search(q, { limit: options.limit, ...(options.language ? { languages: [options.language] } : {}) });
  }

  /** Every public entry, general ones last, then by question. */
  async function list(language?: FaqLanguage): Promise<PublicFaqSource[]> {
    const entries = await loadPublicFaq(db);
    return entries
      .filter((e) => !language || e.language === language)
      .sort(
        (a, b) =>
          Number(a.incident === null) - Number(b.incident === null) || a.question.localeCompare(b.question, "sv"),
      );
  }

  return { search, list };
}

export type PublicFaqSearch = ReturnType<typeof createPublicFaqSearch>;
