import {
  BulletinSave,
  DEFAULT_CLAIM_DEADLINES_MIN,
  type ClaimCreate,
  type Fact,
  type User,
} from "../../../shared/index.js";
import { findClaim, updateClaim } from "../../db/repos/claims.js";
import { listFacts } from "../../db/repos/facts.js";
import { demoScene } from "../demoScene.js";
import { createBulletins, DEFAULT_PUBLISH_THRESHOLD, NO_ROOM } from "../bulletins/index.js";
import { MINUTE_MS, type DomainDeps } from "../context.js";
import { dueAt } from "./deadlines.js";
import { createClaims } from "./index.js";

// Rumours a municipality meets in the first hour of a boil-water notice, against the demo incident's facts
// (bulletins/demo.ts): Storgatan in Norrby, Norrby, Söderäng and Västra industriområdet, boil for a minute.
const POISON = "Kranvattnet är giftigt i hela kommunen. Man kan inte ens dricka det kokt.";
const TRUCKS = "Flera som ringer säger att vattnet från tankbilarna också måste kokas.";
const SHUTOFF = "Vattnet stängs av helt i Norrby i kväll, fyll badkaret och köp flaskvatten nu.";
const WEEKS =
  "I lokaltidningens kommentarsfält: vattnet i Söderäng har varit förorenat i flera veckor utan att kommunen sagt något.";
const SABOTAGE = "Ett inlägg i ett forum påstår att ledningsbrottet var sabotage.";
const PHARMACY = "Uppringare säger att apoteken delar ut reningstabletter till alla i Norrby.";

/**
 * Six claims in the demo incident's desk: one just raised by the contact centre, a correction in review (the lead can
 * publish it in the demo), one assigned with a note, one triaged critical and overdue, one triaged from the press, one
 * dismissed with a reason.
 * Times are moved back afterwards so the board shows realistic due times. The default deadlines are used: seeding
 * runs before the server's configuration is at hand, and a demo needs no custom ones.
 */
export async function seedDemoClaims(deps: DomainDeps, created: User[]): Promise<void> {
  const scene = await demoScene(deps.db, created);
  if (!scene) return;
  const { incident, as } = scene;
  const facts = await listFacts(deps.db, incident.id);
  const factId = (start: string) => facts.find((f: Fact) => f.statement.startsWith(start))?.id;
  const boilId = factId("Dricksvattnet i Norrby");
  const refuting = boilId ? [boilId] : [];

  const deadlines = DEFAULT_CLAIM_DEADLINES_MIN;
  const bulletins = createBulletins(deps, { publishThreshold: DEFAULT_PUBLISH_THRESHOLD, room: NO_ROOM });
  const claims = createClaims(deps, { deadlines, draftBulletin: bulletins.createInTransaction });
  const communicator = as("communicator");
  const lead = as("lead");
  const now = Date.now();
  const ago = (minutes: number) => new Date(now - minutes * MINUTE_MS).toISOString();
  const log = (input: Partial<ClaimCreate> & Pick<ClaimCreate, "text" | "sourceChannel">) =>
    claims.create(
      incident.id,
      { link: null, reach: "low", severity: "medium", refutingFactIds: [], ...input },
      communicator,
    );

  // In review: taken, drafted from the claim, rewritten and sent to the lead, who can publish it during the demo.
  const poison = await log({
    text: POISON,
    sourceChannel: "social",
    link: "https://www.facebook.com/groups/norrbyforum/posts/demo",
    firstSeenAt: ago(20),
    reach: "high",
    severity: "critical",
    refutingFactIds: refuting,
  });
  await claims.take(poison.id, communicator);
  const { bulletin: draft } = await claims.startCorrection(poison.id, {}, communicator);
  const saved = await bulletins.save(
    draft.id,
    BulletinSave.parse({
      kind: "correction",
      expectedVersion: draft.version,
      headline: "Rättelse: kokt vatten från kranen går att dricka",
      body:
        "Norrby kommun informerar: I sociala medier sprids påståendet att kranvattnet är giftigt i hela kommunen. " +
        "Det stämmer inte. Smittskyddsläkaren har bekräftat att vattnet i Norrby, Söderäng och Västra " +
        "industriområdet ska kokas i minst en minut. Kokt vatten går att dricka. I resten av kommunen kan du dricka " +
        "vattnet som vanligt.",
      instruction:
        "Koka vatten som du ska dricka eller laga mat med i minst en minut om du bor i Norrby, Söderäng eller Västra industriområdet.",
      audiences: ["residents"],
      channels: ["web"],
      factIds: refuting,
      categories: ["Health"],
    }),
    communicator,
  );
  await bulletins.submit(saved.id, {}, communicator);
  await backdate(poison.id, ago(14), "critical");

  // Assigned: taken at the desk, waiting for an answer from the water works before anything is said.
  const trucks = await log({ text: TRUCKS, sourceChannel: "contact_centre", reach: "medium", severity: "high" });
  await claims.take(trucks.id, communicator);
  await claims.addNote(
    trucks.id,
    { text: "Kollar med driftavdelningen att tankbilsvattnet är provtaget innan vi svarar." },
    communicator,
  );
  await backdate(trucks.id, ago(18), "high");

  // Triaged as critical and nobody has it yet: it is overdue, so the board shows it red.
  const shutoff = await log({ text: SHUTOFF, sourceChannel: "social", firstSeenAt: ago(45), reach: "medium" });
  await claims.triage(shutoff.id, { severity: "critical", reach: "high" }, lead);
  await backdate(shutoff.id, ago(38), "critical");

  const weeks = await log({
    text: WEEKS,
    sourceChannel: "press",
    link: "https://www.norrbytidningen.se/nyheter/demo-vattenlacka",
    reach: "low",
    severity: "medium",
  });
  await claims.triage(weeks.id, { reach: "medium" }, communicator);
  await backdate(weeks.id, ago(6), "medium");

  const sabotage = await log({ text: SABOTAGE, sourceChannel: "other", reach: "low", severity: "low" });
  await claims.dismiss(
    sabotage.id,
    { reason: "Enstaka inlägg utan spridning och inget som tyder på sabotage. Vi bevakar men bemöter inte." },
    communicator,
  );
  await backdate(sabotage.id, ago(30), "low");

  // New: just raised by an agent from what callers say; nobody has triaged it yet.
  const pharmacy = await log({ text: PHARMACY, sourceChannel: "contact_centre", reach: "medium", severity: "medium" });
  await backdate(pharmacy.id, ago(3), "medium");

  /** Logged earlier than the seed ran: createdAt and the due time that follows from it (no event; nobody is connected). */
  async function backdate(id: string, createdAt: string, severity: keyof typeof deadlines): Promise<void> {
    await deps.transaction(async (ctx) => {
      const record = await findClaim(ctx.tx, id);
      if (!record) return;
      const firstSeenAt = record.firstSeenAt < createdAt ? record.firstSeenAt : createdAt;
      await updateClaim(ctx.tx, { ...record, createdAt, firstSeenAt, dueAt: dueAt(createdAt, severity, deadlines) });
    });
  }
}
