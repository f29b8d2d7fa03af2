import { describe, expect, it } from "vitest";
import { findingsOf, GOOD_SV, ruleIds, score, spanText } from "./helpers.js";
import { BULLETIN_300 } from "./corpus/longTexts.js";

const EASY =
  "Uppdaterad 25 november kl. 14.00. Det finns bakterier i vattnet i Norrby. Vattnet kan göra dig sjuk. Koka vattnet innan du dricker det. Koka vattnet i en minut. Du kan duscha som vanligt. Vi vet inte varför det finns bakterier. Vi letar efter felet. Vi skriver mer kl. 18. Ring oss på 0480-45 00 00 om du har frågor. Du kan också läsa på exempelby.se. Hälsningar från Exempelby kommun.";

describe("audience-adapted rules", () => {
  it("[AU1] passes a professionally written 300-word bulletin (LIX on the body without proper nouns)", () => {
    const r = score({ body: BULLETIN_300 });
    expect(r.metrics.lix).toBeLessThanOrEqual(45);
    expect(r.audienceAdapted.findings.map((f) => f.ruleId)).not.toContain("AU1");
  });

  it("[AU1] holds easy Swedish to a stricter target than standard Swedish", () => {
    expect(ruleIds({ body: BULLETIN_300, language: "sv" })).not.toContain("AU1");
    expect(ruleIds({ body: BULLETIN_300, language: "sv-lattlast" })).toContain("AU1");
    expect(ruleIds({ body: EASY, language: "sv-lattlast" })).not.toContain("AU1");
  });

  it("[AU1] does not score readability under 40 words", () => {
    const r = score({ body: "Samhällsbyggnadsförvaltningen rekommenderar vattenkokning." });
    expect(r.metrics.readabilityScored).toBe(false);
    expect(r.audienceAdapted.findings.map((f) => f.ruleId)).not.toContain("AU1");
  });

  it("[AU1] removes proper nouns before computing LIX (place names are long words)", () => {
    const places =
      "Viktigt meddelande till allmänheten i Skelleftehamn i Skellefteå kommun, Västerbottens län. Det brinner i Rönnskärsverken. Räddningsledaren uppmanar alla att gå inomhus och stänga dörrar, fönster och ventilation. Lyssna på Sveriges Radio P4 Västerbotten för mer information.";
    const r = score({ body: places, channels: ["press"] });
    expect(r.metrics.lix).toBeLessThan(r.metrics.lixRaw ?? 0);
  });

  it("[AU2] flags a sentence over 25 words (15 in easy Swedish) with its span", () => {
    const long =
      "Vi har stängt av vattnet på Storgatan, Skolgatan och Kyrkvägen i Norrby medan vår personal lagar ledningen och spolar rent i alla rör som har blivit smutsiga under natten.";
    const input = { body: `${GOOD_SV} ${long}` };
    const [f] = findingsOf(input, undefined, "AU2");
    expect(spanText(input, f!)).toBe(long);
    expect(
      ruleIds({
        body: `${GOOD_SV} Vi har stängt av vattnet på Storgatan medan vår personal lagar ledningen i Norrby i dag.`,
        language: "sv-lattlast",
      }),
    ).toContain("AU2");
  });

  it("[AU3] notes when most sentences are passive", () => {
    const passive =
      "Vattnet har stängts av i Norrby. Ledningen repareras under dagen. Prover har tagits i hela området. Resultaten analyseras av laboratoriet. Boende informeras via sms. Kokningsrekommendationen hävs när proverna har godkänts. Vatten kan hämtas vid skolan. Frågor besvaras av kontaktcenter. Mer information publiceras av kommunen under kvällen.";
    expect(ruleIds({ body: passive })).toContain("AU3");
    expect(ruleIds({ body: BULLETIN_300 })).not.toContain("AU3");
  });

  it("[AU4] notes many nominalisations but whitelists concrete nouns like 'ledning' and 'information'", () => {
    const nominal =
      "Genomförandet av spolningen och rengöringen av ledningarna pågår. Utvärderingen av provtagningen sker efter återställningen av trycket. Avstängningen och förändringen av vattenförsörjningen påverkar hanteringen. Uppföljningen och bedömningen sker löpande. Mer information och vägledning finns på exempelby.se. Ledningen lagas. Prioriteringen av åtgärderna och förberedelsen av kommunikationen pågår också.";
    expect(ruleIds({ body: nominal })).toContain("AU4");
    expect(score({ body: BULLETIN_300 }).metrics.nominalisationsPer100Words).toBeLessThan(6);
  });

  it("[AU5] suggests writing out abbreviations", () => {
    const [f] = findingsOf({ body: `${GOOD_SV} Det gäller t.ex. matlagning.` }, undefined, "AU5");
    expect(f?.suggestion?.sv).toContain("till exempel");
  });

  it("[AU6] flags an unexplained acronym once, and accepts one explained in parentheses", () => {
    const found = findingsOf({ body: `${GOOD_SV} Kontakta VA-enheten. VA-enheten svarar.` }, undefined, "AU6");
    expect(found).toHaveLength(1);
    expect(ruleIds({ body: `${GOOD_SV} Kontakta enheten för vatten och avlopp (VA).` })).not.toContain("AU6");
    expect(ruleIds({ body: `${GOOD_SV} Lyssna på P4 eller läs SMS från oss.` })).not.toContain("AU6");
  });

  it("[AU7] flags unexplained jargon, not jargon that is explained right after", () => {
    expect(ruleIds({ body: `${GOOD_SV} Vi har hittat koliforma bakterier i vattnet.` })).toContain("AU7");
    expect(
      ruleIds({ body: `${GOOD_SV} Vi har hittat koliforma bakterier, vilket betyder att vattnet kan vara förorenat.` }),
    ).not.toContain("AU7");
  });

  it("[AU8] suggests plain words for bureaucratic ones", () => {
    const [f] = findingsOf({ body: `${GOOD_SV} Vattnet får ej drickas okokt.` }, undefined, "AU8");
    expect(f?.suggestion?.sv).toContain("inte");
  });

  it("[AU9] flags generic 'man' when the reader is never addressed, not 'en man' or a VMA", () => {
    expect(
      ruleIds({
        body: "Uppdaterad 25 november kl. 14.00. Exempelby kommun meddelar: man ska koka vattnet. Se exempelby.se.",
      }),
    ).toContain("AU9");
    expect(
      ruleIds({
        body: "Uppdaterad 25 november kl. 14.00. Exempelby kommun meddelar: man ska koka vattnet. Du kan duscha.",
      }),
    ).not.toContain("AU9");
    expect(
      ruleIds({ body: "Uppdaterad 25 november kl. 14.00. En man har skadats. Exempelby kommun, se exempelby.se." }),
    ).not.toContain("AU9");
  });

  it("[AU10] warns when an SMS needs more than one message, and says how many parts", () => {
    const body = `Exempelby kommun: ${"Koka vattnet. ".repeat(15)}Se exempelby.se`;
    const [f] = findingsOf({ kind: "sms", body }, undefined, "AU10");
    expect(f?.message.en).toMatch(/2 parts/);
    expect(f?.span?.start).toBe(160);
  });

  it("[AU10] counts 160 GSM-7 characters including å ä ö as one SMS", () => {
    const body = `Exempelby kommun: ${"åäö".repeat(50)}`.slice(0, 160);
    expect(body.length).toBe(160);
    expect(ruleIds({ kind: "sms", body })).not.toContain("AU10");
  });

  it("[AU11] flags an en dash and curly quotes in an SMS, with an ASCII replacement", () => {
    const input = { kind: "sms" as const, body: "Exempelby kommun: Koka vattnet – se ”exempelby.se”." };
    const found = findingsOf(input, undefined, "AU11");
    expect(found.map((f) => spanText(input, f))).toEqual(["–", "”", "”"]);
    expect(found[0]?.suggestion?.sv).toContain('"-"'.replace(/"/g, "”"));
  });

  it("[AU11] only applies to messages that go by SMS", () => {
    expect(ruleIds({ body: `${GOOD_SV} Koka – drick.` })).not.toContain("AU11");
    expect(ruleIds({ body: `${GOOD_SV} Koka – drick.`, channels: ["sms"] })).toContain("AU11");
  });

  it("[AU12] warns when a social post exceeds 280 characters", () => {
    const body = `${"Koka vattnet i Norrby. ".repeat(13)}exempelby.se`;
    expect(body.length).toBeGreaterThan(280);
    expect(ruleIds({ kind: "social", body })).toContain("AU12");
    expect(ruleIds({ kind: "social", body: body.slice(0, 200) })).not.toContain("AU12");
  });

  it("[AU13] warns about each required language version that is missing", () => {
    const found = findingsOf(
      { body: GOOD_SV, audiences: ["residents", "visitors", "vulnerable-groups"] },
      { requiredLanguages: ["sv", "fi"] },
      "AU13",
    );
    expect(found.map((f) => f.message.en)).toEqual([
      expect.stringContaining("Finnish"),
      expect.stringContaining("English"),
      expect.stringContaining("easy Swedish"),
    ]);
    expect(found.map((f) => f.deduction)).toEqual([10, 10, 0]);
  });

  it("[AU13] does not require the residents' languages for a message to the media only", () => {
    expect(ruleIds({ body: GOOD_SV, audiences: ["media"] }, { requiredLanguages: ["sv", "fi"] })).not.toContain("AU13");
  });

  it("[AU14] warns when no sender is named, in text or metadata", () => {
    const body =
      "Uppdaterad 25 november kl. 14.00. Koka vattnet i Norrby. Nästa uppdatering kl. 18.00 på exempelby.se.";
    expect(ruleIds({ body })).toContain("AU14");
    expect(ruleIds({ body: `${body} Räddningstjänsten Syd` })).not.toContain("AU14");
    expect(ruleIds({ body, sender: "Exempelby kommun" })).not.toContain("AU14");
  });

  it("[AU15] notes 'i dag' or 'i kväll' when the message gives no date", () => {
    expect(ruleIds({ body: "Exempelby kommun: koka vattnet i dag. Se exempelby.se." })).toContain("AU15");
    expect(ruleIds({ body: "Exempelby kommun, 25 november: koka vattnet i dag. Se exempelby.se." })).not.toContain(
      "AU15",
    );
  });

  it("[AU16] flags 'klicka här' and URL shorteners", () => {
    expect(ruleIds({ body: `${GOOD_SV} Klicka här för mer information.` })).toContain("AU16");
    expect(ruleIds({ body: `${GOOD_SV} Läs mer: bit.ly/3xYz.` })).toContain("AU16");
  });
});
