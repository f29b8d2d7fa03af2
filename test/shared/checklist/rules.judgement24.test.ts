/**
 * Twenty-fourth round: self-contradictions read by their shape rather than by pairs of phrases (two studied sets of
 * contradicting messages, contra1 and contra2, and the guidance they cite: MSB "korrekt information", CDC CERC "Be
 * right"). The wordings are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, msg } from "./helpers.js";

describe("[FA15] parts that add up to more than the whole", () => {
  it("refuses a split larger than the group it splits, and a part larger than the whole", () => {
    const wrong = [
      msg(
        "bulletin",
        "Tisdag 3 mars kl. 10.00\nI helgen har 24 barn på förskolan Solrosen blivit sjuka. Av dem går 15 på avdelning Blå och 12 på avdelning Gul. Håll sjuka barn hemma.",
      ),
      msg(
        "bulletin",
        "Updated 9am Friday\nIn total, 60 properties were flooded. Of these, 48 are on Mill Street and 20 on Bridge Road. Sandbags are at the depot.",
        "en",
      ),
      msg(
        "sms",
        "Evacuation centre at Kelby Hall is open with 80 beds. 95 of the beds are kept for people with care needs. Info: kelby.gov.uk",
        "en",
      ),
    ];
    for (const text of wrong) expect(findingsOf(text, undefined, "FA15"), text.body).toHaveLength(1);
  });

  it("leaves parts that fit, numbers that are no counts and another whole alone", () => {
    const fine = [
      msg(
        "bulletin",
        "Tisdag 3 mars kl. 10.00\nI helgen har 24 barn blivit sjuka. Av dem går 15 på avdelning Blå och 9 på avdelning Gul. Håll sjuka barn hemma.",
      ),
      msg(
        "bulletin",
        "In total, 60 properties were flooded. Of these, 12 are on Mill Street, where water reached 80 cm at 10.30 on 14 March 2026.",
        "en",
      ),
      msg("bulletin", "Just nu är 1 600 kunder utan ström. Som mest var i går 9 400 av Nordelns kunder strömlösa."),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "FA15"), text.body).toHaveLength(0);
  });
});

describe("[FA15] a cause told as known and as unknown", () => {
  it("refuses a cause given and, elsewhere, the cause of the same thing called unknown", () => {
    const wrong = [
      msg(
        "bulletin",
        "Branden i förrådet orsakades av en trasig elcentral. Orsaken till branden är ännu inte känd och utreds av polisen.",
      ),
      msg(
        "bulletin",
        "The power cut in Eastfield was caused by a digger hitting a cable. We still do not know what caused the power cut.",
        "en",
      ),
    ];
    for (const text of wrong) expect(findingsOf(text, undefined, "FA15"), text.body).toHaveLength(1);
  });

  it("leaves a likely cause, an exact cause still sought, a rumoured cause and another thing's cause alone", () => {
    const fine = [
      msg(
        "bulletin",
        "Branden orsakades troligen av en trasig elcentral. Orsaken till branden är ännu inte känd och utreds av polisen.",
      ),
      msg(
        "bulletin",
        "The power cut was caused by a damaged cable. The exact cause of the power cut is not yet known.",
        "en",
      ),
      msg(
        "correction",
        "Posts claim the outage was caused by sabotage. That is not true. The cause of the outage is not yet known.",
        "en",
      ),
      msg("bulletin", "The outage was caused by a burst main. We do not yet know what caused the main to burst.", "en"),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "FA15"), text.body).toHaveLength(0);
  });
});

describe("[FA25] the headline counts a group one way, the text another", () => {
  it("refuses a headline figure the text never gives for that group", () => {
    const wrong = [
      msg(
        "bulletin",
        "Måndag kl. 07.30\nEn ledning har gått sönder. Vattnet är avstängt för 25 hushåll på Ekvägen.",
        "sv",
        "250 hushåll utan vatten i Ekby",
      ),
      msg(
        "bulletin",
        "Tuesday 9am\nA main burst this morning, so we have turned off the supply to 45 homes on Park Road.",
        "en",
        "450 homes without water in Ashby",
      ),
    ];
    for (const text of wrong) expect(findingsOf(text, undefined, "FA25"), text.body).toHaveLength(1);
  });

  it("leaves the same figure in other words, a close figure, and customers restored beside those still without", () => {
    const fine = [
      msg("bulletin", "Cirka 240 hushåll på Ekvägen och Björkvägen saknar vatten.", "sv", "250 hushåll utan vatten"),
      msg(
        "bulletin",
        "About 150 customers have still not got their power back. 8,700 customers had their power restored overnight.",
        "en",
        "150 customers still without power",
      ),
      msg("bulletin", "Strömmen är borta för 40 hushåll i Rävsjö.", "sv", "Strömavbrott i Rävsjö"),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "FA25"), text.body).toHaveLength(0);
  });
});

describe("[FA15] the headline lifts what the text keeps", () => {
  it("refuses a headline that lifts an order the text says still applies", () => {
    const wrong = [
      msg(
        "bulletin",
        "Fredag kl. 10.00\nEldningsförbudet i Ekby kommun gäller fortfarande. Elda inte i skog och mark.",
        "sv",
        "Eldningsförbudet i Ekby hävs",
      ),
      msg(
        "bulletin",
        "Issued 10am Friday\nThe evacuation order for Millbrook remains in place. Do not return yet.",
        "en",
        "Evacuation order lifted for Millbrook",
      ),
    ];
    for (const text of wrong) expect(findingsOf(text, undefined, "FA15"), text.body).toHaveLength(1);
  });

  it("leaves a partial lifting, an order kept for another place and a page of kept updates alone", () => {
    const fine = [
      msg(
        "bulletin",
        "The notice is lifted for homes east of the river. However, the notice remains in place for the rest of Ashby.",
        "en",
        "Boil notice lifted for some homes in Ashby",
      ),
      msg(
        "bulletin",
        "The advisory is lifted for Eastfield. The advisory remains in effect for Westfield.",
        "en",
        "Advisory lifted for Eastfield",
      ),
      msg(
        "bulletin",
        "Update 14 May 10:00: the notice is lifted.\nUpdate 13 May 09:00: the notice remains in place.",
        "en",
        "Boil notice lifted",
      ),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "FA15"), text.body).toHaveLength(0);
  });
});

describe("[FA15] advice and its opposite", () => {
  it("refuses 'no need to X' beside 'X', and windows kept shut and opened at once", () => {
    const wrong = [
      msg(
        "faq",
        "Ta med legitimation till utdelningen. Du behöver inte visa legitimation, alla får hämta vatten.",
        "sv",
        "Vad behöver jag ta med?",
      ),
      msg("social", "No need to book – just come along. Please book a place online before you come.", "en"),
      msg(
        "bulletin",
        "Det brinner i ett lager i Åby. Håll fönster och dörrar stängda. Vädra gärna ordentligt så att röklukten försvinner.",
      ),
    ];
    for (const text of wrong) expect(findingsOf(text, undefined, "FA15"), text.body).toHaveLength(1);
  });

  it("leaves advice for a purpose, a case or a later time alone", () => {
    const fine = [
      msg(
        "bulletin",
        "Du behöver inte visa legitimation om du redan är registrerad. Ta med legitimation till evakueringsplatsen.",
      ),
      msg("bulletin", "You do not need to bring documents if you are registered. Bring proof of address.", "en"),
      msg("bulletin", "Stäng fönster och dörrar. När röken har dragit förbi kan du vädra."),
      msg("bulletin", "Keep windows closed during the day. Open windows at night to let cool air in.", "en"),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "FA15"), text.body).toHaveLength(0);
  });
});

describe("[FA15] one event, two times", () => {
  it("refuses two return times, two reopening dates and two deadlines for the same thing", () => {
    const wrong = [
      msg("sms", "Ekby Vatten: Vattnet beräknas vara tillbaka kl. 16.00. Vi släpper på vattnet igen runt kl. 19.00."),
      msg(
        "bulletin",
        "Monday 9 March\nWe expect to reopen the road at 6am on Thursday 12 March. The closure will remain in place until 6am on Friday 13 March.",
        "en",
      ),
      msg(
        "bulletin",
        "The deadline for applications is Friday 18 December. Applications must reach us by Friday 11 December.",
        "en",
      ),
    ];
    for (const text of wrong) expect(findingsOf(text, undefined, "FA15"), text.body).toHaveLength(1);
  });

  it("leaves a changed time, a bound, another place and a part alone", () => {
    const fine = [
      msg("bulletin", "Vattnet beräknades vara tillbaka kl. 16.00. Nu beräknas vattnet vara tillbaka kl. 19.00."),
      msg("bulletin", "Vattnet i Ekby är tillbaka kl. 16.00. Vattnet i Åby är tillbaka kl. 19.00."),
      msg(
        "bulletin",
        "The road will reopen at 6am on Thursday 12 March at the earliest. Most lanes reopen on Friday 13 March.",
        "en",
      ),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "FA15"), text.body).toHaveLength(0);
  });
});

describe("[FA15] all of a kind, and one of them the opposite", () => {
  it("refuses 'all schools open' beside a school closed, and 'everyone may return' beside an address that may not", () => {
    const wrong = [
      msg(
        "bulletin",
        "Alla skolor i kommunen är öppna som vanligt i dag. Björkskolan är stängd i dag på grund av en läcka.",
      ),
      msg(
        "bulletin",
        "The gas leak is fixed and every evacuated resident can now go home. Residents of 2–8 Mill Row must stay away until tomorrow.",
        "en",
      ),
      msg(
        "faq",
        "All bin collections will go ahead as normal this week. Collections in Eastgate ward are suspended until Friday.",
        "en",
      ),
    ];
    for (const text of wrong) expect(findingsOf(text, undefined, "FA15"), text.body).toHaveLength(1);
  });

  it("leaves the exception said as one alone", () => {
    const fine = [
      msg("bulletin", "Alla skolor är öppna som vanligt utom Björkskolan. Björkskolan är stängd i dag."),
      msg(
        "bulletin",
        "Every evacuated resident can now go home, except residents of 2–8 Mill Row. Residents of 2–8 Mill Row must stay away until tomorrow.",
        "en",
      ),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "FA15"), text.body).toHaveLength(0);
  });
});

describe("[FA15] one measure, two values; a fire contained and still spreading", () => {
  it("refuses two highest temperatures, two forecast peaks and a fire both contained and crossing its lines", () => {
    const wrong = [
      msg(
        "sms",
        "Värmevarning i Ekby: upp till 34 grader i eftermiddag. Drick mycket vatten. Det blir som varmast 27 grader.",
      ),
      msg(
        "bulletin",
        "Flood warning for the River Ash. The river is expected to peak at 3.9m this evening. A peak of 3.1m is forecast.",
        "en",
      ),
      msg(
        "bulletin",
        "The Hill Road fire is now 100% contained. Since this morning the fire has crossed the containment lines to the west.",
        "en",
      ),
    ];
    for (const text of wrong) expect(findingsOf(text, undefined, "FA15"), text.body).toHaveLength(1);
  });

  it("leaves values for other days, places or moments, and close values, alone", () => {
    const fine = [
      msg("bulletin", "I dag blir det upp till 30 grader. På fredag blir det som varmast 26 grader."),
      msg("bulletin", "Sjön ligger nu 80 centimeter över det normala. I går låg den 60 centimeter över det normala."),
      msg("bulletin", "The river is expected to peak at 3.9m at Ashford. A peak of 3.1m is forecast at Brook.", "en"),
      msg("bulletin", "Upp till 30 grader i eftermiddag. Som varmast blir det 29 grader.", "sv"),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "FA15"), text.body).toHaveLength(0);
  });
});
