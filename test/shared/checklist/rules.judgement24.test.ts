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
