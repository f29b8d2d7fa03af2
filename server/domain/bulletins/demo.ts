import type { BulletinContentInput, FactCreate, User } from "../../../shared/index.js";
import { BulletinCreate } from "../../../shared/index.js";
import { demoScene } from "../demoScene.js";
import { MINUTE_MS, type DomainDeps } from "../context.js";
import { createFacts } from "../facts.js";
import { DEFAULT_PUBLISH_THRESHOLD } from "./gate.js";
import { NO_ROOM } from "./room.js";
import { createBulletins } from "./index.js";
import { flagCitingBulletins } from "./stale.js";

// The facts agree with the demo incident's log and the demo FAQ: Storgatan, Norrby, Söderäng, Västra
// industriområdet, boil for a minute, tank trucks at Norrby skola and Söderäng library, a new sample tomorrow.
const FACTS: Array<Pick<FactCreate, "statement" | "source">> = [
  {
    statement:
      "Huvudvattenledningen vid Storgatan 12 i Norrby har gått sönder. Trycket har fallit i Norrby och Söderäng.",
    source: "VA-jouren",
  },
  {
    statement: "Dricksvattnet i Norrby, Söderäng och Västra industriområdet ska kokas i minst en minut.",
    source: "Smittskyddsläkaren, regionen",
  },
  {
    statement: "Tankbilar med dricksvatten står vid Norrby skola och vid biblioteket i Söderäng.",
    source: "Kommunens driftavdelning",
  },
  { statement: "Ett nytt vattenprov tas i morgon förmiddag.", source: "VA-laboratoriet" },
];

const clock = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", hour: "2-digit", minute: "2-digit" });

/** A facts register, one published bulletin and one draft in the demo incident, in plain Swedish. */
export async function seedDemoBulletins(deps: DomainDeps, created: User[]): Promise<void> {
  const scene = await demoScene(deps.db, created);
  if (!scene) return;
  const { incident, as } = scene;
  const facts = createFacts(deps, [flagCitingBulletins]);
  const bulletins = createBulletins(deps, { publishThreshold: DEFAULT_PUBLISH_THRESHOLD, room: NO_ROOM });
  const ids: string[] = [];
  for (const f of FACTS)
    ids.push((await facts.create(incident.id, { ...f, status: "confirmed" }, as("communicator"))).id);
  const [brokenId, boilId, trucksId, sampleId] = ids as [string, string, string, string];

  const nextUpdate = new Date(Date.now() + 40 * MINUTE_MS);
  const published: BulletinContentInput = {
    headline: "Koka dricksvattnet i Norrby, Söderäng och Västra industriområdet",
    body:
      "Norrby kommun informerar: En huvudvattenledning har gått sönder vid Storgatan i Norrby. Trycket i " +
      "ledningarna föll. Därför finns det risk för förorenat dricksvatten i Norrby, Söderäng och Västra " +
      "industriområdet. Smittskyddsläkaren har bekräftat att vattnet ska kokas. Ett nytt vattenprov tas i morgon " +
      `förmiddag. Nästa uppdatering kommer senast kl. ${clock.format(nextUpdate)}.`,
    instruction:
      "Koka vatten som du ska dricka eller laga mat med i minst en minut. Du kan duscha och spola toaletten som " +
      "vanligt. Hämta dricksvatten från tankbilarna vid Norrby skola och vid biblioteket i Söderäng. Ta med egna " +
      "rena dunkar. Har du frågor? Ring kommunens kontaktcenter.",
    audiences: ["residents", "affected-area", "businesses"],
    channels: ["web"],
    factIds: [brokenId, boilId, trucksId, sampleId],
    area: { description: "Norrby, Söderäng och Västra industriområdet" },
    urgency: "Immediate",
    severity: "Moderate",
    certainty: "Observed",
    categories: ["Health", "Infra"],
    nextUpdateAt: nextUpdate.toISOString(),
  };
  const master = await bulletins.create(incident.id, BulletinCreate.parse(published), as("communicator"));
  await bulletins.submit(master.id, {}, as("communicator"));
  await bulletins.approve(master.id, { expectedVersion: master.version }, as("lead"));
  await bulletins.publish(master.id, {}, as("lead"));

  const draft: BulletinContentInput = {
    headline: "Så hämtar du dricksvatten från tankbilarna",
    body:
      "Norrby kommun informerar: Tankbilar med dricksvatten står vid Norrby skola och vid biblioteket i Söderäng. " +
      "Vattnet i tankbilarna är kontrollerat och går att dricka utan att koka det.",
    instruction:
      "Ta med egna rena dunkar eller flaskor. Hämta högst 20 liter åt gången så att det räcker till alla. Kan du " +
      "inte ta dig till en tankbil? Ring kommunens kontaktcenter så hjälper vi dig.",
    audiences: ["residents"],
    channels: ["web"],
    factIds: [trucksId],
    area: { description: "Norrby och Söderäng" },
    categories: ["Health"],
  };
  await bulletins.create(incident.id, BulletinCreate.parse(draft), as("communicator"));
}
