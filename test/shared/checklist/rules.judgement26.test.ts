/**
 * Twenty-sixth round: a page about rumours as a kind is not a rumour told first (AU20). Real rumour-control pages by
 * emergency agencies head the page with the genre ("Rumor Control", "Fact vs. Rumor") and open on rumours in general;
 * each rumour comes later with its answer. The wordings are written for these tests, each beside a near wording that
 * still tells the rumour first.
 */
import { describe, it } from "vitest";
import { checkRows as check, msg } from "./helpers.js";

describe("[AU20] a page about rumours as a kind", () => {
  it("lets a genre headline over an opening about rumours in general through", () => {
    check([
      [
        "AU20",
        msg(
          "correction",
          "Rumors can spread quickly during an emergency. This page lists what we have heard and what is true. Fact: The shelter at Lincoln High accepts pets.",
          "en",
          "Storm Rumor Control",
        ),
        false,
      ],
      [
        "AU20",
        msg(
          "correction",
          "There are many rumors and scams after any disaster. Check here before you share anything. Fact: Inspectors never ask for payment.",
          "en",
          "Flood recovery: fact vs. rumor",
        ),
        false,
      ],
      [
        "AU20",
        msg(
          "correction",
          "Det sprids ofta rykten i sociala medier i samband med kriser. Här samlar vi frågor vi fått och svaren på dem.",
          "sv",
          "Rykten och fakta",
        ),
        false,
      ],
    ]);
  });

  it("still refuses the rumours told first under a genre headline, and a headline that names one rumour", () => {
    check([
      [
        "AU20",
        msg(
          "correction",
          "Myth: The dam has failed. Myth: Everyone must leave tonight. Neither of these is true.",
          "en",
          "Storm rumor control",
        ),
        true,
      ],
      [
        "AU20",
        msg(
          "correction",
          "There are rumors that the water plant was hacked and that the water is poisoned. We are looking into it.",
          "en",
          "Rumors",
        ),
        true,
      ],
      [
        "AU20",
        msg(
          "correction",
          "Rumours spread quickly after any disaster. Please check before sharing.",
          "en",
          "Water contamination rumours",
        ),
        true,
      ],
      [
        "AU20",
        msg("correction", "Rykten sprids ofta i sociala medier vid kriser.", "sv", "Rykten om förgiftat vatten i Åby"),
        true,
      ],
    ]);
  });
});

describe("[OP8] municipalities named together as the sender of an SMS", () => {
  it("reads 'Emmaboda och Torsås kommuner' as the sender and still refuses an SMS that names nobody", () => {
    check([
      [
        "OP8",
        msg(
          "sms",
          "Eldningsförbudet i Emmaboda och Torsås kommuner upphävs från torsdag kl. 12.00. Emmaboda och Torsås kommuner upphäver förbudet mot eldning utomhus.",
        ),
        false,
      ],
      [
        "OP8",
        msg(
          "sms",
          "Eldningsförbudet upphävs från torsdag kl. 12.00. Det är åter tillåtet att elda utomhus med försiktighet.",
        ),
        true,
      ],
    ]);
  });
});

describe("[OP8] a fire and rescue service signing an SMS", () => {
  it("reads 'Cheshire Fire and Rescue' as the sender, not a sentence that mentions the service", () => {
    check([
      [
        "OP8",
        msg(
          "sms",
          "Large fire at Frodsham industrial estate. Keep windows and doors closed if you live nearby. Cheshire Fire and Rescue",
          "en",
        ),
        false,
      ],
      [
        "OP8",
        msg(
          "sms",
          "Large fire at Frodsham industrial estate. Keep windows and doors closed if you live nearby. Fire and Rescue crews are at the scene.",
          "en",
        ),
        true,
      ],
    ]);
  });
});

describe("[FA15] an all-clear's history, another order's scope and the notice still to come", () => {
  it("lets the history, 'all other' orders and a notice to come through", () => {
    check([
      [
        "FA15",
        msg(
          "bulletin",
          "The Boil Water Notice in Waimarama has been lifted today. Low-level E. coli results were returned last Saturday. On that day chlorine was added to the supply and a Boil Water Notice issued. All tests since then have come back clear.",
          "en",
        ),
        false,
      ],
      [
        "FA15",
        msg(
          "bulletin",
          "Some mandatory evacuation orders have been lifted. Residents of Ashley Road may return to their homes. All other mandatory evacuation orders remain in effect.",
          "en",
        ),
        false,
      ],
      [
        "FA15",
        msg(
          "bulletin",
          "Koka vattnet i Fristad före matlagning och dryck. Kokningspåbudet gäller tills Borås Energi och Miljö AB meddelar att vattnet åter är tjänligt.",
        ),
        false,
      ],
      [
        "FA15",
        msg(
          "bulletin",
          "Koka vattnet i Fristad före matlagning och dryck. Meddelande om att vattnet går att dricka igen lämnas här på webbplatsen.",
        ),
        false,
      ],
    ]);
  });

  it("still refuses a notice lifted and kept in one text", () => {
    check([
      [
        "FA15",
        msg(
          "bulletin",
          "The boil water notice for Waimarama has been lifted. A boil water notice was issued for Waimarama today and remains in place.",
          "en",
        ),
        true,
      ],
      [
        "FA15",
        msg("bulletin", "Kokningsrekommendationen i Fristad hävs. Du behöver koka vattnet före dryck och matlagning."),
        true,
      ],
      [
        "FA15",
        msg(
          "bulletin",
          "The evacuation order for Ashley Road has been lifted and residents may return. The evacuation order for Ashley Road remains in effect.",
          "en",
        ),
        true,
      ],
    ]);
  });
});

describe("[AU19] states in postal addresses", () => {
  it("does not count the state of an address as shorthand, and still counts staff codes", () => {
    check([
      [
        "AU19",
        msg(
          "bulletin",
          "A case of measles has been confirmed. People who visited these places may have been exposed: Dollar General, 211 Jacob St., Sturgis, MI 49091, Sunday 3 March; Urgent Care, 1381 N. Wayne St., Angola, IN 46703, Monday 4 March; Walmart, 1512 Harvey Road, College Station, TX 77840, Friday 1 March. Call your doctor before you go if you have a fever and a rash.",
          "en",
        ),
        false,
      ],
      [
        "AU19",
        msg("bulletin", "Stabsläge råder. TiB har larmat POSOM och KLG sammanträder kl. 14.00 enligt DP 1984:12."),
        true,
      ],
    ]);
  });
});
