/**
 * Sixth round: the failure frames found in blind11's results once it became tuning material (self-praise, Swedish
 * reportive hearsay, a casualty figure excused by "not yet confirmed", two states for the same day, a vague return
 * time, derogatory age words, a fault generalised to a group, easy Swedish announced in the text), each next to the
 * nearest form a real authority writes. Wordings differ from blind11's items.
 */
import { describe, expect, it } from "vitest";
import { GOOD_EN, GOOD_SV, ruleIds, score } from "./helpers.js";

const sv = (s: string) => ruleIds({ body: `${GOOD_SV} ${s}` });
const en = (s: string) => ruleIds({ body: `${GOOD_EN} ${s}`, language: "en" });

describe("IM12: the sender praises itself", () => {
  it("[IM12] flags a ranking or comparison in the sender's favour", () => {
    expect(sv("Än en gång har kommunen visat att vi är regionens snabbaste på att agera.")).toContain("IM12");
    expect(sv("Ingen annan kommun i länet hade reservvatten ute så tidigt.")).toContain("IM12");
    expect(en("No other council in the region had sandbags out this early.")).toContain("IM12");
    expect(en("We are proud to be the best-prepared borough in London.")).toContain("IM12");
    expect(score({ body: `${GOOD_SV} Vi är länets bäst rustade kommun.` }).impartial.status).toBe("fail");
  });

  it("[IM12] says one boast once, however many of its words match", () => {
    const findings = ruleIds({ body: `${GOOD_SV} Kommunen har återigen visat att vi är länets bäst förberedda.` });
    expect(findings.filter((id) => id === "IM12")).toHaveLength(1);
  });

  it("[IM12] spares thanks and plain statements of what is done", () => {
    expect(sv("Tack till alla som hjälper sina grannar med vatten.")).not.toContain("IM12");
    expect(sv("Kommunen har ställt ut fyra vattentankar i Norrby.")).not.toContain("IM12");
    expect(en("Thank you to everyone checking on elderly neighbours.")).not.toContain("IM12");
  });
});

describe("FA13: hearsay told in the reportive mood, and a figure admitted to be unconfirmed", () => {
  it("[FA13] flags 'folk säger att det ska vara …' and a figure from residents 'not yet confirmed'", () => {
    expect(sv("Många skriver i sociala medier att det ska vara ett gasläckage i källaren.")).toContain("FA13");
    expect(
      en("Residents are saying that four people may have died, although this has not yet been confirmed."),
    ).toContain("FA13");
  });

  it("[FA13] a facility named like an agency vouches for nothing: 'fel i ställverket' after 'folk skriver'", () => {
    expect(sv("Folk skriver på Facebook att det ska vara ett fel i ställverket.")).toContain("FA13");
  });

  it("[FA13] spares a deontic 'ska vara', an appeal and a confirmed figure", () => {
    expect(sv("Alla ska vara inomhus tills vidare.")).not.toContain("FA13");
    expect(sv("Har du sett något som ska ha hänt vid hamnen? Kontakta polisen på 114 14.")).not.toContain("FA13");
    expect(en("The ambulance service confirmed that two people were taken to hospital.")).not.toContain("FA13");
  });
});

describe("FA15: two states told for the same day", () => {
  it("[FA15] flags 'will be open on Monday' next to 'will be closed on Monday'", () => {
    expect(
      ruleIds({
        body: "Northside Library will be open as usual on Monday. Because of the flood damage the library will be closed to visitors on Monday.",
        language: "en",
      }),
    ).toContain("FA15");
  });

  it("[FA15] spares different days, opening hours across a range and a part of a school", () => {
    expect(
      ruleIds({
        body: "The library will be closed on Monday. The library will be open again on Tuesday.",
        language: "en",
      }),
    ).not.toContain("FA15");
    expect(
      ruleIds({
        body: "Phone lines are open Monday through Friday. The lines will be closed on Saturday and Sunday.",
        language: "en",
      }),
    ).not.toContain("FA15");
    expect(
      ruleIds({
        body: "Matsalen vid skolan är stängd i dag. Förskolan på Norrbyvägen är öppen som vanligt.",
      }),
    ).not.toContain("FA15");
  });
});

describe("FS7: a service's return promised with a vague word", () => {
  it("[FS7] flags 'will reopen shortly' and 'kommer tillbaka snart' with no time anywhere", () => {
    expect(
      ruleIds({ body: "Ring Road is closed after a crash. It should reopen soon.", language: "en", kind: "sms" }),
    ).toContain("FS7");
    expect(ruleIds({ body: "Fjärrvärmen är avstängd i Norrby. Värmen kommer tillbaka snart.", kind: "sms" })).toContain(
      "FS7",
    );
  });

  it("[FS7] spares an effort 'as soon as possible' and a return with a time", () => {
    expect(
      ruleIds({ body: "We are working to restore power as soon as possible.", language: "en", kind: "sms" }),
    ).not.toContain("FS7");
    expect(ruleIds({ body: "Värmen beräknas komma tillbaka kl. 15.00.", kind: "sms" })).not.toContain("FS7");
  });
});

describe("IM7: derogatory age words and a fault generalised to a group", () => {
  it("[IM7] flags 'en typisk senil tant', 'det är alltid … som', 'typical old codger'", () => {
    expect(sv("Kvinnan som saknas är en typisk senil tant som gått vilse.")).toContain("IM7");
    expect(sv("Det är alltid turister från fastlandet som tänder grillar på klipporna.")).toContain("IM7");
    expect(en("It's always the day-trippers who leave their barbecues burning.")).toContain("IM7");
  });

  it("[IM7] spares a neutral description of a missing person", () => {
    expect(sv("Polisen söker en 81-årig kvinna med demenssjukdom som saknas sedan i morse.")).not.toContain("IM7");
    expect(en("Police are looking for an 81-year-old woman with dementia.")).not.toContain("IM7");
  });
});

describe("IM11: the name of an offence under investigation", () => {
  it("[IM11] spares 'förundersökning gällande allmänfarlig vårdslöshet' and 'arrested on suspicion of'", () => {
    expect(
      sv("En förundersökning gällande allmänfarlig vårdslöshet är inledd då orsaken till branden är oklar."),
    ).not.toContain("IM11");
    expect(
      en("A man was arrested on suspicion of gross negligence because the cause of the fire is unclear."),
    ).not.toContain("IM11");
  });
});

describe("Easy Swedish announced in the text", () => {
  it("[AU6][AU2] holds a text that opens with 'Lättläst' to the easy-Swedish limits", () => {
    const body =
      "Lättläst: Vattnet är smutsigt i Norrby. Felet finns i en TK. Koka vattnet innan du dricker det. Vi skriver mer här i morgon kl. 10. Hälsningar Exempelby kommun.";
    const result = score({ body });
    expect(result.audienceAdapted.status).toBe("fail");
    expect(ruleIds({ body })).toContain("AU6");
    // The same text without the announcement is an ordinary notice: the acronym is a tip.
    expect(score({ body: body.replace("Lättläst: ", "") }).audienceAdapted.status).not.toBe("fail");
  });
});

describe("AC1: a request reported in the progressive", () => {
  it("[AC1] counts 'are asking motorists to' and 'ber trafikanter att' as an instruction", () => {
    expect(
      ruleIds({
        body: "The road is closed after a crash. Police are asking motorists to use the A3 instead.",
        language: "en",
      }),
    ).not.toContain("AC1");
    expect(
      ruleIds({ body: "Vägen är avstängd efter en olycka. Polisen ber trafikanter att välja väg 40." }),
    ).not.toContain("AC1");
  });
});
