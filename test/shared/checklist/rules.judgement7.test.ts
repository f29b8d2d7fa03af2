/**
 * Sixth round, second pass: the failure mechanisms found in the misses of blind8–blind11 (all tuning material now), each fixed
 * as a class and shown next to the nearest form a real authority writes. Wordings differ from the sets' items.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, score, type Input } from "./helpers.js";

/** The rules that say "error" for a text: the ones that make the publish gate refuse it. */
const errors = (input: Input) =>
  findingsOf(input)
    .filter((f) => f.severity === "error")
    .map((f) => f.ruleId);
const sv = (title: string, body: string) => errors({ title, body });
const en = (title: string, body: string) => errors({ title, body, language: "en" });

describe("AC11: a danger coming towards people, or named by its harm, with nothing to do", () => {
  it("[AC11] flags a drift with a direction or time word before the place", () => {
    expect(
      sv(
        "Brand i sågverket",
        "Kl. 08.50. Det brinner i brädgården vid sågverket. Röken blåser just nu in över Skogsbacken. Räddningstjänsten är på plats. Nästa uppdatering kl. 10.30 på tallby.se. Tallby kommun",
      ),
    ).toContain("AC11");
    expect(
      en(
        "Fire at the recycling yard",
        "Updated 8:50. A fire is burning at the recycling yard on Mill Lane. Smoke is drifting south-west over Kingsmead. Crews are on site. Next update 10:30 at westbury.gov.uk. Westbury Fire",
      ),
    ).toContain("AC11");
  });

  it("[AC11] flags a danger named by what it does to the body, or a cluster among residents", () => {
    expect(
      sv(
        "Brand i förrådet",
        "Kl. 08.50. Det brinner i ett förråd på Hamngatan. Röken kan ge andningsbesvär. Räddningstjänsten släcker. Nästa uppdatering kl. 10.30 på tallby.se. Tallby kommun",
      ),
    ).toContain("AC11");
    expect(
      en(
        "Smoke from the moorland fire",
        "Updated 8:50. Smoke from the moorland fire above Hilltop can irritate the eyes and throat. Crews are on site. Next update 10:30 at westbury.gov.uk. Westbury Council",
      ),
    ).toContain("AC11");
    expect(
      sv(
        "Legionella i Åsen",
        "Kl. 10. Tre boende i Åsen har insjuknat i legionella. Provtagning pågår i fastigheterna. Nästa uppdatering kl. 15 på tallby.se. Tallby kommun",
      ),
    ).toContain("AC11");
  });

  it("[AC11] spares the same reports with an instruction, and a drift with no danger", () => {
    expect(
      sv(
        "Brand i sågverket",
        "Kl. 08.50. Det brinner i brädgården vid sågverket. Röken blåser just nu in över Skogsbacken. Håll fönster och dörrar stängda. Nästa uppdatering kl. 10.30 på tallby.se. Tallby kommun",
      ),
    ).not.toContain("AC11");
    expect(
      en(
        "Smoke from the moorland fire",
        "Updated 8:50. Smoke from the moorland fire above Hilltop can irritate the eyes and throat. Keep windows closed if you live nearby. Next update 10:30 at westbury.gov.uk. Westbury Council",
      ),
    ).not.toContain("AC11");
    expect(
      sv(
        "Plogning",
        "Kl. 06. Snöovädret drar nu vidare mot öster. Plogbilarna är ute på alla gator i Tallby. Nästa uppdatering kl. 12 på tallby.se. Tallby kommun",
      ),
    ).not.toContain("AC11");
  });
});

describe("FA18: a warning that names no place", () => {
  it("[FA18] flags warnings placed only by the sender's name or by 'the area'", () => {
    expect(
      sv(
        "Varning för skyfall",
        "SMHI har utfärdat en orange varning för skyfall i eftermiddag. Undvik källare och låga vägpartier. Nästa uppdatering kl. 16. Frågor: 0500-12 34 56. Tallby kommun",
      ),
    ).toContain("FA18");
    expect(
      sv(
        "Utrymning",
        "Kl. 14.10. Alla som bor i området ska evakueras på grund av en gasläcka. Samling vid skolan. Vi uppdaterar kl. 15 på tallby.se. Tallby kommun",
      ),
    ).toContain("FA18");
    expect(
      sv(
        "Isen",
        "Kl. 9. Isen är svag efter mildvädret. Gå inte ut på isen. Ring 112 om någon gått igenom. /Räddningstjänsten",
      ),
    ).toContain("FA18");
    expect(
      en(
        "Flood warning",
        "Updated 9:00. A flood warning is in force. Move your car to higher ground and keep sandbags ready. Next update 13:00. Call 0300 123 4567. Westbury Borough Council",
      ),
    ).toContain("FA18");
    expect(
      en(
        "Evacuation",
        "Updated 14:00. An evacuation order is in place because of the wildfire. Leave now and go to the reception centre. Next update 16:00. Call 0300 123 4567. Ridge County Sheriff",
      ),
    ).toContain("FA18");
    expect(
      score({
        title: "Tornado",
        body: "A tornado warning has been issued. Take shelter now in a basement or an inner room. Next update in 20 minutes at westbury.gov.uk. Westbury Emergency Management",
        language: "en",
      }).factual.status,
    ).toBe("fail");
  });

  it("[FA18] spares the same warnings with a place, the whole area or a region", () => {
    expect(
      en(
        "Rain warning",
        "The Met Office has issued a yellow weather warning for rain covering much of the region until 6pm tomorrow. Check that drains near your home are clear. Westbury Council",
      ),
    ).not.toContain("FA18");
    expect(
      sv(
        "Varning för skyfall",
        "SMHI har utfärdat en orange varning för skyfall i Tallby och Ekbacken i eftermiddag. Undvik källare och låga vägpartier. Nästa uppdatering kl. 16. Frågor: 0500-12 34 56. Tallby kommun",
      ),
    ).not.toContain("FA18");
    expect(
      sv(
        "Varning för halka",
        "SMHI har utfärdat en gul varning för halka i hela kommunen i natt. Gå försiktigt och sanda trappan. Nästa uppdatering kl. 7. Tallby kommun, 0500-12 34 56",
      ),
    ).not.toContain("FA18");
    expect(
      en(
        "Flood warning",
        "Updated 9:00. A flood warning is in force for the River Wend at Lower Hatton. Move your car to higher ground. Next update 13:00. Call 0300 123 4567. Westbury Borough Council",
      ),
    ).not.toContain("FA18");
    expect(
      en(
        "Gales",
        "Updated 07:00. A yellow wind warning has been issued for coastal areas until 6pm. Secure loose garden items. Next update noon. westbury.gov.uk",
      ),
    ).not.toContain("FA18");
    expect(
      en(
        "Evacuation",
        "Updated 14:00. An evacuation order is in place for Ridge County because of the wildfire. Leave now. Next update 16:00. Call 0300 123 4567.",
      ),
    ).not.toContain("FA18");
  });
});

describe("IM9: frames of sarcasm", () => {
  it("[IM9] flags mock surprise, exasperation at callers and a theory dismissed as a let-down", () => {
    expect(
      sv("Halka", "Kl. 7. Ja, det är halt i januari. Vilken överraskning! Sanda trappan. Tallby kommun, tallby.se"),
    ).toContain("IM9");
    expect(
      sv(
        "Vatten",
        "Kl. 7. För femtioelfte gången: vattnet går att dricka. Det blir inte bättre av att ni ringer växeln. Tallby kommun",
      ),
    ).toContain("IM9");
    expect(
      en(
        "Snow",
        "Posted 7:00. Snow in January – who would have thought? Side roads will not be gritted today. Westbury Council",
      ),
    ).toContain("IM9");
    expect(
      en(
        "Water",
        "Posted 7:00. Sorry to disappoint the conspiracy fans, but the brown water is iron from the pipes. Westbury Water",
      ),
    ).toContain("IM9");
    expect(
      en("Water", "Posted 7:00. For the umpteenth time: the water is safe. Westbury Water, westbury.gov.uk"),
    ).toContain("IM9");
  });

  it("[IM9] spares a plain answer, a referral and an acknowledgement of callers", () => {
    expect(
      sv(
        "Vatten",
        "Kl. 7. Vattnet går att dricka. Det hjälper inte att ringa 112 om detta; ring kundtjänst på 0500-12 34 56. Tallby kommun",
      ),
    ).not.toContain("IM9");
    expect(
      en(
        "Water",
        "Posted 7:00. We know many of you have called several times. We are answering as fast as we can. Westbury Water",
      ),
    ).not.toContain("IM9");
    expect(
      en(
        "Siren test",
        "Posted 7:00. The sirens this morning were a test. You do not need to do anything. Westbury Council",
      ),
    ).not.toContain("IM9");
  });
});

describe("FS4: a time counted from an unstamped moment", () => {
  it("[FS4] refuses 'om ungefär två timmar' and 'within the hour' without a time stamp", () => {
    expect(
      sv(
        "Vatten",
        "Vattnet är avstängt på Björkvägen. Vi räknar med att det är lagat om ungefär två timmar. Frågor: 0500-12 34 56. Tallby kommun",
      ),
    ).toContain("FS4");
    expect(
      en(
        "Road",
        "Mill Lane is closed after a crash. Use Station Road instead. The road should reopen within the hour. Call 0300 123 4567. Westbury Police",
      ),
    ).toContain("FS4");
  });

  it("[FS4] keeps it a warning when the text carries a stamp or no time from now", () => {
    expect(
      sv(
        "Vatten",
        "Uppdaterad 4 december kl. 10. Vattnet är avstängt på Björkvägen. Vi räknar med att det är lagat om ungefär två timmar. Tallby kommun",
      ),
    ).not.toContain("FS4");
    expect(
      en("Road", "Mill Lane is closed after a crash. Use Station Road instead. Call 0300 123 4567. Westbury Police"),
    ).not.toContain("FS4");
  });
});

describe("AU22: chancery style, a noun with an empty verb", () => {
  it("[AU22] refuses two frames of chancery style", () => {
    expect(
      sv(
        "Vattenavstängning",
        "Kl. 8. Avstängning av vattnet på Björkvägen kommer att ske i morgon kl. 9–12. Utdelning av vatten i dunk sker vid Tallbyskolan. Tallby kommun, tallby.se",
      ),
    ).toContain("AU22");
    expect(
      sv(
        "Halka",
        "Kl. 8. Sandning av gång- och cykelvägar ska ske före kl. 7. Uppmärksammas bör att isen kan vara svår att se. Tallby kommun",
      ),
    ).toContain("AU22");
    expect(
      en(
        "Bridge",
        "Updated 8:00. A decision has been made to close the Mill Lane bridge, and reinstatement of the footway is to be effected once repairs are complete. Westbury Council",
      ),
    ).toContain("AU22");
  });

  it("[AU22] spares the active form and one frame", () => {
    expect(
      sv(
        "Vattenavstängning",
        "Kl. 8. Vi stänger av vattnet på Björkvägen i morgon kl. 9–12. Vi delar ut vatten i dunk vid Tallbyskolan. Tallby kommun, tallby.se",
      ),
    ).not.toContain("AU22");
    expect(
      sv(
        "Sophämtning",
        "Kl. 8. Hämtning av hushållsavfall sker på lördag i stället för fredag. Ställ ut kärlet före kl. 6. Tallby kommun",
      ),
    ).not.toContain("AU22");
    expect(
      en(
        "Bridge",
        "Updated 8:00. We have closed the Mill Lane bridge because a support is cracked. It will reopen when repairs are complete. Westbury Council",
      ),
    ).not.toContain("AU22");
  });
});

describe("IM1 and IM12: blame by a choice not to act, and a contrast with the previous leadership", () => {
  it("[IM1] flags a warning ignored, a choice not to act and the bill sent to residents", () => {
    expect(
      sv(
        "Ras",
        "Kl. 10. Väg 12 är avstängd efter ett ras. Vi påtalade bristerna för vägföreningen flera gånger i våras, men inget hände. Kör via väg 14. Tallby kommun",
      ),
    ).toContain("IM1");
    expect(
      sv(
        "Ras",
        "Kl. 10. Väg 12 är avstängd efter ett ras. Vägföreningen valde i fjol att inte åtgärda slänten. Kör via väg 14. Tallby kommun",
      ),
    ).toContain("IM1");
    expect(
      en(
        "Road",
        "Updated 10:00. Mill Lane is closed after a landslip. Once again residents are left paying the price for someone else's neglect. Westbury Council",
      ),
    ).toContain("IM1");
  });

  it("[IM1] spares a warning reported without reproach", () => {
    expect(
      sv(
        "Ras",
        "Kl. 10. Väg 12 är avstängd efter ett ras. Vi har påtalat risken för ras flera gånger och vägföreningen utreder nu slänten. Tallby kommun",
      ),
    ).not.toContain("IM1");
  });

  it("[IM12] flags a contrast with the previous leadership and spares a contrast in time", () => {
    expect(
      sv(
        "Vatten",
        "Kl. 10. Kokningsrekommendationen är hävd. Kommunledningen har, till skillnad från den förra majoriteten, haft reservvatten på plats. Tallby kommun",
      ),
    ).toContain("IM12");
    expect(
      en(
        "Water",
        "Updated 10:00. The boil notice is lifted. Unlike the previous administration, this council had bottled water ready on day one. Westbury Council",
      ),
    ).toContain("IM12");
    expect(
      sv(
        "Vatten",
        "Kl. 10. Kokningsrekommendationen är hävd. Till skillnad från i förra veckan går vattnet nu att dricka direkt ur kranen. Tallby kommun",
      ),
    ).not.toContain("IM12");
  });
});

describe("FA13: a caller's account passed on", () => {
  it("[FA13] flags what a caller said, even when the municipality took the call", () => {
    expect(
      sv(
        "Lukt",
        "Kl. 13. Räddningstjänsten undersöker en gaslukt vid Hamngatan i Tallby. En kvinna som hörde av sig till kommunens kundtjänst berättade att hon sett en lastbil läcka diesel. Tallby kommun",
      ),
    ).toContain("FA13");
    expect(
      en(
        "Smell",
        "Updated 13:00. Crews are investigating a smell of gas on Harbour Street. A man who phoned the council this morning said that a lorry had been leaking fuel. Westbury Council",
      ),
    ).toContain("FA13");
  });

  it("[FA13] spares who raised the alarm", () => {
    expect(
      sv(
        "Lukt",
        "Kl. 13. Räddningstjänsten undersöker en gaslukt vid Hamngatan i Tallby. Larmet kom från en kvinna som ringde 112 kl. 12.40. Tallby kommun",
      ),
    ).not.toContain("FA13");
  });
});

describe("FA15: open again now, closed until a clock time", () => {
  it("[FA15] flags the clash in Swedish and English", () => {
    expect(
      sv(
        "Väg",
        "Kl. 14. Storgatan i Tallby är öppen igen efter vattenläckan. Gatan är avstängd till kl. 17 för asfaltering. Tallby kommun",
      ),
    ).toContain("FA15");
    expect(
      en(
        "Road",
        "Updated 14:00. Mill Lane has reopened after the crash. The road is expected to remain closed until 6pm while the barrier is repaired. Westbury Council",
      ),
    ).toContain("FA15");
  });

  it("[FA15] spares a reopening after the closure, another day, another part and another road", () => {
    expect(
      sv(
        "Väg",
        "Kl. 14. Storgatan i Tallby är avstängd till kl. 17 för asfaltering. Gatan är öppen igen från kl. 17. Tallby kommun",
      ),
    ).not.toContain("FA15");
    expect(
      sv(
        "Väg",
        "Kl. 14. Storgatan i Tallby har öppnats igen efter vattenläckan. Gatan är avstängd i morgon till kl. 12 för asfaltering. Tallby kommun",
      ),
    ).not.toContain("FA15");
    expect(
      sv(
        "Badhus",
        "Kl. 14. Simhallen är öppen igen. Bastun är stängd till kl. 18 på grund av ett fel i aggregatet. Tallby kommun",
      ),
    ).not.toContain("FA15");
    expect(
      en(
        "Road",
        "Updated 14:00. Mill Lane is closed until 6pm while the barrier is repaired. Station Road is open again. Westbury Council",
      ),
    ).not.toContain("FA15");
  });
});

describe("IM7: people described by an incapacity", () => {
  it("[IM7] flags 'de dementa äldre' and a group said to be unable to keep the rules", () => {
    expect(
      sv(
        "Vinterkräksjuka",
        "Kl. 16. Vinterkräksjuka har konstaterats på Ekbackens äldreboende. Smittan sprids bland de dementa äldre på avdelning 2. Tallby kommun",
      ),
    ).toContain("IM7");
    expect(
      sv(
        "Vinterkräksjuka",
        "Kl. 16. Vinterkräksjuka har konstaterats på Ekbackens äldreboende. Flera boende som inte kan följa hygienrutinerna har smittats. Tallby kommun",
      ),
    ).toContain("IM7");
    expect(
      en(
        "Norovirus",
        "Updated 16:00. Norovirus is confirmed at Elm Court. It spread among senile residents who can't follow basic hygiene rules. Westbury Public Health",
      ),
    ).toContain("IM7");
  });

  it("[IM7] spares a description of need", () => {
    expect(
      sv(
        "Vinterkräksjuka",
        "Kl. 16. Vinterkräksjuka har konstaterats på Ekbackens äldreboende. Personalen hjälper boende med demenssjukdom att tvätta händerna. Tallby kommun",
      ),
    ).not.toContain("IM7");
    expect(
      en(
        "Norovirus",
        "Updated 16:00. Norovirus is confirmed at Elm Court. Many residents have dementia and need help with handwashing, so staff are supporting them. Westbury Public Health",
      ),
    ).not.toContain("IM7");
  });
});

describe("AC11: harm already reaching people, and a route is no protective action", () => {
  it("[AC11] flags ice with people already hurt and only a 'read more' link", () => {
    expect(
      sv(
        "Halka",
        "Kl. 8. Det är väldigt halt på gångvägarna i Tallby i morse. Flera har halkat och skadat sig. Läs mer på tallby.se. Nästa uppdatering kl. 12. Tallby kommun",
      ),
    ).toContain("AC11");
    expect(
      en(
        "Ice",
        "Updated 8:00. Pavements in Westbury are very icy this morning and several people have slipped and been hurt. Read more at westbury.gov.uk. Westbury Council",
      ),
    ).toContain("AC11");
  });

  it("[AC11] spares the same with a protective instruction, and a denied harm", () => {
    expect(
      sv(
        "Halka",
        "Kl. 8. Det är väldigt halt på gångvägarna i Tallby i morse. Flera har halkat och skadat sig. Gå försiktigt och använd broddar. Läs mer på tallby.se. Tallby kommun",
      ),
    ).not.toContain("AC11");
    expect(
      en(
        "Ice",
        "Updated 8:00. Pavements in Westbury are very icy this morning and several people have slipped. Wear shoes with a good grip and take care on steps. Read more at westbury.gov.uk. Westbury Council",
      ),
    ).not.toContain("AC11");
    expect(
      sv(
        "Vatten",
        "Kl. 8. Färgen i vattnet är inte farlig för hälsan. Läs mer på tallby.se. Nästa uppdatering kl. 12. Tallby kommun",
      ),
    ).not.toContain("AC11");
  });
});

describe("AU2: the whole message packed into one sentence", () => {
  const run =
    "Tallby Vatten: Eftersom en huvudledning har gått sönder vid Storgatan i natt och reparationen visat sig bli betydligt mer omfattande än vi först trodde är vattnet avstängt på Storgatan, Kyrkvägen och Ågatan till cirka kl. 17 i dag och du kan hämta vatten vid kyrkan så ta med egna dunkar och stäng alla kranar. Info tallby.se";
  it("[AU2] refuses an SMS that is one sentence of 40 words or more", () => {
    expect(errors({ body: run, kind: "sms" })).toContain("AU2");
  });

  it("[AU2] spares the same facts in short sentences", () => {
    const split =
      "Tallby Vatten: En huvudledning har gått sönder vid Storgatan. Vattnet är avstängt på Storgatan, Kyrkvägen och Ågatan till cirka kl. 17. Hämta vatten vid kyrkan och ta med egna dunkar. Stäng alla kranar. Info tallby.se";
    expect(errors({ body: split, kind: "sms" })).not.toContain("AU2");
  });
});

describe("IM10: a weather-service product keeps its capitals", () => {
  it("[IM10] spares the teletype format of a warning product", () => {
    const body =
      "...THE SEVERE THUNDERSTORM WARNING REMAINS IN EFFECT UNTIL 930 PM CDT FOR CENTRAL MARION COUNTY... AT 852 PM CDT, A SEVERE THUNDERSTORM WAS LOCATED NEAR SALEM, MOVING EAST AT 30 MPH. PRECAUTIONARY/PREPAREDNESS ACTIONS... MOVE TO AN INTERIOR ROOM ON THE LOWEST FLOOR OF A BUILDING.";
    expect(en("", body)).not.toContain("IM10");
  });

  it("[IM10] still refuses a duty officer's capitals with a clock time", () => {
    expect(
      en("", "URGENT!!! WATER OFF ON MILL LANE FROM 8 PM TONIGHT UNTIL 6 AM. FILL BOTTLES NOW. WESTBURY WATER"),
    ).toContain("IM10");
    expect(
      en("", "WARNING: FLOOD RISK ON THE RIVER WEND TONIGHT AFTER 930 PM. MOVE CARS NOW. NATIONAL GUARD ON THE WAY"),
    ).toContain("IM10");
  });
});
