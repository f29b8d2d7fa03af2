/**
 * Seventh round: the failure mechanisms found in the misses of blind12 (the sixth round's held-out set, tuning material
 * now), each fixed as a construction and shown next to the nearest form a real authority writes. The wordings are
 * paraphrases written for these tests, not the set's items.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, type Input } from "./helpers.js";

/** The rules that say "error" for a text: the ones that make the publish gate refuse it. */
const errors = (input: Input) =>
  findingsOf(input)
    .filter((f) => f.severity === "error")
    .map((f) => f.ruleId);
const sv = (title: string, body: string) => errors({ title, body });
const en = (title: string, body: string) => errors({ title, body, language: "en" });

describe("FA15: a permission and a ban clash only over the same action", () => {
  it("[FA15] flags a permission for the very action a ban forbids", () => {
    expect(
      sv(
        "Grillning i Ekoparken",
        "Kl. 09.00. Det är inte tillåtet att grilla i Ekoparken. I Ekoparken går det bra att grilla som vanligt. Tallby kommun, tallby.se",
      ),
    ).toContain("FA15");
    expect(
      sv(
        "Bad vid Norrviken",
        "Kl. 09.00. Det är förbjudet att bada vid Norrviken. Vid Norrviken går det även bra att bada som vanligt. Tallby kommun, tallby.se",
      ),
    ).toContain("FA15");
  });

  it("[FA15] spares a ban on one action and a permission for another (a rule and its alternative)", () => {
    expect(
      sv(
        "Sophämtning vid halka",
        "Vägarna är isiga. Extra kärl står vid återvinningen. Det är inte tillåtet att slänga annat än hushållsavfall i de extra kärlen. Det går också bra att ställa en säck bredvid ditt vanliga kärl. Tallby kommun",
      ),
    ).not.toContain("FA15");
    expect(
      sv(
        "Eldning i naturreservatet",
        "Kl. 09.00. Det är förbjudet att elda i naturreservatet. I naturreservatet går det bra att använda stormkök på grusplanen. Tallby kommun, tallby.se",
      ),
    ).not.toContain("FA15");
  });
});

describe("FA15: open again against closed until a clock time, with a phrase between", () => {
  it("[FA15] flags 'open again' and 'the road is closed in both directions until 18'", () => {
    expect(
      sv(
        "",
        "Väg 40 vid Bryne är öppen igen efter olyckan. Omledning via Öxnevalla gäller och vägen är avstängd i båda riktningar till kl. 18. Nästa uppdatering kl. 15. /Tallby kommun, ons 28 jan kl. 12.40",
      ),
    ).toContain("FA15");
    expect(
      en(
        "",
        "The B1040 at Thorney is open again after the crash. A diversion via Eye is in place and the road is closed in both directions until 6pm. Next update 3pm. Westbury Council, Wed 28 Jan 12:40",
      ),
    ).toContain("FA15");
  });

  it("[FA15] spares a road open again and another road closed until a time", () => {
    expect(
      sv(
        "",
        "Väg 40 vid Bryne är öppen igen efter olyckan. Länsväg 156 vid Öxnevalla är avstängd i båda riktningar till kl. 18. Nästa uppdatering kl. 15. /Tallby kommun, ons 28 jan kl. 12.40",
      ),
    ).not.toContain("FA15");
  });
});

describe("FA12: a participle after an article is an adjective, not a guess about the past", () => {
  it("[FA12] still flags a hedge over a past-tense clause", () => {
    expect(
      sv(
        "Brand i skogen",
        "Kl. 14.00. Det ser ut att vara en slarvig grillare som startade branden. Räddningstjänsten är på plats. Tallby kommun",
      ),
    ).toContain("FA12");
  });

  it("[FA12] spares a forecast that names the burnt area with a participle", () => {
    expect(
      sv(
        "Skogsbrand vid Finnö",
        "Uppdatering 14.24. Branden är under kontroll. Vädret ser ut att bli gynnsamt med regn över det brandskadade området under natten. Räddningstjänsten",
      ),
    ).not.toContain("FA12");
    expect(
      en(
        "Wildfire at Pine Ridge",
        "Update 2:24 pm. The fire is contained. Rain will probably fall over the burned area overnight. Pine Ridge Fire",
      ),
    ).not.toContain("FA12");
  });
});

describe("FS7: resuming 'as soon as we safely can' is an effort, as 'så snart vi kan' is", () => {
  it("[FS7] flags the service's return promised for 'soon'", () => {
    expect(
      en(
        "Power restoration",
        "Monday 7:30 pm. Crews have suspended power restoration. Power will be restored soon. Westbury Electric",
      ),
    ).toContain("FS7");
  });

  it("[FS7] spares 'we will resume as soon as we (safely) can' after the reason for the pause", () => {
    expect(
      en(
        "Suspending power restoration",
        "Monday 7:30 pm. Due to dangerous winds we have suspended power restoration. Conditions are too dangerous for our crews. We will resume restoration as soon as we safely can.",
      ),
    ).not.toContain("FS7");
    expect(
      en(
        "Suspending repairs",
        "Monday 7:30 pm. Lightning in the area means our crews have stopped work on the water main. We will resume the repair as soon as we can.",
      ),
    ).not.toContain("FS7");
  });
});

describe("AU21: an all-clear asks nothing of its readers, and that is its message", () => {
  it("[AU21] still flags a passive text with a stock phrase that tells nobody anything", () => {
    expect(
      en(
        "Water supply",
        "A review of the incident has been carried out in consultation with stakeholders. Measures have been taken. Further steps were agreed.",
      ),
    ).toContain("AU21");
  });

  it("[AU21] spares a lifted state of emergency that names the stakeholders it consulted", () => {
    expect(
      en(
        "State of emergency lifted",
        "The state of emergency declared for the district yesterday has been lifted as of 10am today. The declaration was made in consultation with stakeholders and elected officials as a precaution. The powers were not needed. The alert was sent by phone.",
      ),
    ).not.toContain("AU21");
  });
});
