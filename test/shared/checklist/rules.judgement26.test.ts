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
          "Rumors can spread quickly after a hurricane. Help keep your community safe by knowing the facts. Fact: FEMA does not confiscate property.",
          "en",
          "Hurricane Milton Rumor Response",
        ),
        false,
      ],
      [
        "AU20",
        msg(
          "correction",
          "During emergencies, rumors can spread on social media. Here are the facts about the Eastfield fire.",
          "en",
          "Rumor Control: Eastfield Fire",
        ),
        false,
      ],
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

describe("the round's readings at their edges (a probe review)", () => {
  it("still refuses what the new readings must not let through", () => {
    check([
      [
        "AU20",
        msg(
          "correction",
          "Det sprids ofta rykten i sociala medier i samband med kriser. Här svarar vi på frågor vi har fått om dricksvattnet.",
          "sv",
          "Vattnet i Åby är förgiftat: rykten och fakta",
        ),
        true,
      ],
      [
        "AU20",
        msg(
          "correction",
          "There are rumours of a gas leak at Hillside School circulating on social media. Hillside School is open as normal.",
          "en",
          "Rumor Control",
        ),
        true,
      ],
      [
        "AU20",
        msg(
          "correction",
          "Rumors spread quickly during any storm. Rumor #1: The Elm Street dam has failed and the town will flood tonight. We are looking into this and will update.",
          "en",
          "Storm Rumor Control",
        ),
        true,
      ],
      [
        "OP8",
        msg(
          "sms",
          "Avoid the A49. Several Fire and Rescue crews are at a lorry fire near Leominster. Expect long delays until 6pm.",
          "en",
        ),
        true,
      ],
      [
        "OP8",
        msg(
          "sms",
          "Eldningsförbud gäller från i dag i flera kommuner i länet. Elda inte utomhus, inte heller i grill på egen tomt.",
        ),
        true,
      ],
      [
        "FA15",
        msg(
          "bulletin",
          "The boil water notice for Northside has been lifted. A boil water notice was issued for Northside this morning and applies until further notice.",
          "en",
        ),
        true,
      ],
      [
        "FA15",
        msg(
          "bulletin",
          "Vattnet i Åby är tjänligt att dricka. Ett kokningsråd infördes i morse för Åby, så koka vattnet före dryck och matlagning.",
        ),
        true,
      ],
      [
        "FA15",
        msg(
          "bulletin",
          "The water in Northside is safe to drink. Boil all tap water used for drinking, cooking and all other consumption.",
          "en",
        ),
        true,
      ],
      [
        "FA15",
        msg("bulletin", "Besked om att vattnet är tjänligt kom i morse. Koka vattnet före dryck och matlagning."),
        true,
      ],
      ["FA15", msg("bulletin", "Kokningsrådet för Åby är hävt. Koka vattnet i Åby före dryck och matlagning."), true],
      // A code review's cases.
      [
        "AU20",
        msg(
          "correction",
          "The dam at Lake Corran is being inspected. We will update at 3 pm.",
          "en",
          "Rumors: Dam has failed",
        ),
        true,
      ],
      [
        "AU20",
        msg(
          "correction",
          "Rumours on social media say the water is poisoned. The water is safe to drink.",
          "en",
          "Rumor Control",
        ),
        true,
      ],
      [
        "OP8",
        msg("sms", "Heavy smoke from a fire at Grange Farm. Keep windows closed. Call Fire and Rescue.", "en"),
        true,
      ],
      [
        "FA15",
        msg(
          "bulletin",
          "Koka vattnet i Åby före dryck. Information om att vattnet är tjänligt igen: vattnet kommer från Åbyverket och är tjänligt.",
        ),
        true,
      ],
    ]);
  });

  it("lets a myth answered at once and a notice to come from a named unit through", () => {
    check([
      [
        "AU20",
        msg(
          "correction",
          "Rumors spread fast on social media. Myth: The shelter at Lincoln High is full. Fact: The shelter has room for 200 more people.",
          "en",
          "Rumor Control",
        ),
        false,
      ],
      [
        "FA15",
        msg(
          "bulletin",
          "Koka vattnet i Fristad före dryck och matlagning. Kokningsrådet gäller tills VA-enheten meddelar att vattnet är tjänligt igen.",
        ),
        false,
      ],
      [
        "FA15",
        msg(
          "bulletin",
          "Boil all tap water in Eastfield before drinking. The notice applies until the council tells you the water is safe to drink.",
          "en",
        ),
        false,
      ],
    ]);
  });
});
