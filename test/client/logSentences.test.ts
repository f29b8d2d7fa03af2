import { describe, expect, it } from "vitest";
import { BULLETIN_STATUSES } from "@shared/schemas/bulletin";
import { CLAIM_STATUSES } from "@shared/schemas/claim";
import { FACT_STATUSES } from "@shared/checklist/constants";
import { INCIDENT_SEVERITIES, INCIDENT_STATUSES } from "@shared/constants";
import type { UiLanguage } from "../../client/src/i18n";
import { describeEvent } from "../../client/src/i18n/describeEvent";
import { bulletinEvent, factEvent, makeBulletin, makeFact } from "./bulletins/fixtures";
import { claimEvent, makeClaim } from "./claims/fixtures";
import { faqEvent, makeFaq } from "./contact/fixtures";
import { incidentUpdated, makeIncident } from "./helpers/fixtures";

/*
 * Every log sentence that names a status, for every status, in both console languages, against the sentence a
 * person would write. The log goes into the public record: "”Rättelse …” är nu granskas." and "är nu utkast" were
 * what the catalogue printed when a status label was dropped into "är nu {status}".
 */
const INCIDENT = "00000000-0000-4000-8000-0000000000aa";
const A = "Lena Krisledare";

function bulletinLines(lang: UiLanguage, reason?: string): string[] {
  return BULLETIN_STATUSES.map((status) =>
    describeEvent(
      bulletinEvent(1, "bulletin.status_changed", makeBulletin(INCIDENT, { headline: "Kokt vatten", status }), {
        ...(reason ? { reason } : {}),
      }),
      lang,
    ),
  );
}

const claimLines = (lang: UiLanguage, reason?: string) =>
  CLAIM_STATUSES.map((status) =>
    describeEvent(
      claimEvent(2, "claim.status_changed", makeClaim(INCIDENT, { text: "Vattnet är förgiftat", status }), {
        ...(reason ? { reason } : {}),
      }),
      lang,
    ),
  );

const incidentLines = (lang: UiLanguage) => [
  ...INCIDENT_STATUSES.map((status) => describeEvent(incidentUpdated(3, makeIncident({ status }), ["status"]), lang)),
  ...INCIDENT_SEVERITIES.map((severity) =>
    describeEvent(incidentUpdated(4, makeIncident({ severity }), ["severity"]), lang),
  ),
];

const factLines = (lang: UiLanguage) =>
  FACT_STATUSES.map((status) =>
    describeEvent(
      factEvent(5, "fact.created", makeFact(INCIDENT, { statement: "Vattnet är otjänligt", status })),
      lang,
    ),
  );

const faqLines = (lang: UiLanguage) =>
  (["draft", "published", "archived"] as const).map((status) =>
    describeEvent(faqEvent(6, "faq.status_changed", makeFaq({ question: "Kan jag duscha?", status })), lang),
  );

describe("status sentences in the loggbok", () => {
  it("[sv] every bulletin move is a whole Swedish sentence", () => {
    expect(bulletinLines("sv")).toEqual([
      `${A} gjorde ”Kokt vatten” till ett utkast igen.`,
      `${A} skickade ”Kokt vatten” för granskning.`,
      `${A} godkände ”Kokt vatten”.`,
      `${A} publicerade ”Kokt vatten”.`,
      `”Kokt vatten” ersattes av ett nyare meddelande.`,
      `${A} drog tillbaka ”Kokt vatten”.`,
    ]);
    expect(bulletinLines("sv", "Fel område.")[5]).toBe(`${A} drog tillbaka ”Kokt vatten”. Motivering: Fel område.`);
  });

  it("[en] every bulletin move is a whole English sentence", () => {
    expect(bulletinLines("en")).toEqual([
      `${A} returned “Kokt vatten” to draft.`,
      `${A} sent “Kokt vatten” for review.`,
      `${A} approved “Kokt vatten”.`,
      `${A} published “Kokt vatten”.`,
      `“Kokt vatten” was superseded by a newer bulletin.`,
      `${A} retracted “Kokt vatten”.`,
    ]);
    expect(bulletinLines("en", "Wrong area.")[3]).toBe(`${A} published “Kokt vatten”. Reason: Wrong area.`);
  });

  it("[sv/en] every claim move names what was done, not a board column", () => {
    expect(claimLines("sv")).toEqual([
      `${A} satte ryktet ”Vattnet är förgiftat” som nytt igen.`,
      `${A} bedömde ryktet ”Vattnet är förgiftat”.`,
      `${A} tilldelade ryktet ”Vattnet är förgiftat”.`,
      `${A} började rätta ryktet ”Vattnet är förgiftat”.`,
      `${A} skickade rättelsen av ryktet ”Vattnet är förgiftat” för granskning.`,
      `${A} markerade ryktet ”Vattnet är förgiftat” som rättat.`,
      `${A} avfärdade ryktet ”Vattnet är förgiftat”.`,
    ]);
    expect(claimLines("en")).toEqual([
      `${A} set the claim “Vattnet är förgiftat” back to new.`,
      `${A} triaged the claim “Vattnet är förgiftat”.`,
      `${A} assigned the claim “Vattnet är förgiftat”.`,
      `${A} started correcting the claim “Vattnet är förgiftat”.`,
      `${A} sent the correction of the claim “Vattnet är förgiftat” for review.`,
      `${A} marked the claim “Vattnet är förgiftat” as corrected.`,
      `${A} dismissed the claim “Vattnet är förgiftat”.`,
    ]);
    expect(claimLines("sv", "Dubblett.")[6]).toBe(
      `${A} avfärdade ryktet ”Vattnet är förgiftat”. Motivering: Dubblett.`,
    );
  });

  it("[sv/en] incident status and severity read in lower case inside the sentence", () => {
    expect(incidentLines("sv")).toEqual([
      `${A} ändrade status till pågående.`,
      `${A} ändrade status till bevakning.`,
      `${A} ändrade status till avslutad.`,
      ...["liten", "måttlig", "allvarlig", "mycket allvarlig"].map(
        (s) => `${A} ändrade allvarlighetsgraden till ${s}.`,
      ),
    ]);
    expect(incidentLines("en")).toEqual([
      `${A} changed the status to active.`,
      `${A} changed the status to monitoring.`,
      `${A} changed the status to closed.`,
      ...["minor", "moderate", "severe", "extreme"].map((s) => `${A} changed the severity to ${s}.`),
    ]);
  });

  it("[sv/en] fact and FAQ statuses", () => {
    expect(factLines("sv")).toEqual(
      ["bekräftad", "obekräftad", "tillbakadragen"].map(
        (s) => `${A} registrerade uppgiften ”Vattnet är otjänligt” (${s}).`,
      ),
    );
    expect(factLines("en")).toEqual(
      ["confirmed", "unconfirmed", "retracted"].map((s) => `${A} registered the fact “Vattnet är otjänligt” (${s}).`),
    );
    const S = "Sara Kommunikatör";
    expect(faqLines("sv")).toEqual(
      ["utkast", "publicerad", "arkiverad"].map(
        (s) => `${S} ändrade status för FAQ-svaret ”Kan jag duscha?” till ${s}.`,
      ),
    );
    expect(faqLines("en")).toEqual(
      ["draft", "published", "archived"].map((s) => `${S} set the status of the FAQ answer “Kan jag duscha?” to ${s}.`),
    );
  });

  it("no status sentence has the broken shapes the issue found", () => {
    const all = (["sv", "en"] as const).flatMap((lang) => [
      ...bulletinLines(lang),
      ...bulletinLines(lang, "x"),
      ...claimLines(lang),
      ...incidentLines(lang),
      ...factLines(lang),
      ...faqLines(lang),
    ]);
    expect(all.length).toBeGreaterThan(50);
    for (const line of all) {
      expect(line).not.toMatch(/är nu|is now|\{\w+\}/);
      // A status label in capitals mid-sentence ("till Granskas", "to Monitoring").
      expect(line).not.toMatch(/ (till|to) [A-ZÅÄÖ]\w*\.$/);
    }
  });
});
