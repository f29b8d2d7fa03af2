/**
 * Twenty-third round: rules from the studied sets' misses (blind60, blind62, blind64) and the guidance they cite. The
 * wordings are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, msg, score } from "./helpers.js";

const refused = (input: Parameters<typeof score>[0]) => score(input).status === "fail";

describe("[FS14] a result that came in days before the message", () => {
  it("refuses news of a lab result told days after it came in, and of samples a week old", () => {
    const late = [
      msg(
        "bulletin",
        "Publicerad fredag 24 april 2026\nDen 17 april fick miljöenheten besked från laboratoriet att salmonella hittats i ägg från Lindgården. Släng äggen. Ring 1177 om du får feber.",
      ),
      msg(
        "bulletin",
        "Friday 17 July 2026, 4.00pm\nLegionella was found at the pool during testing on Friday 10 July. The results were reported to the council on Monday 13 July. Anyone who used the showers and has a fever should call NHS 111. We will publish an update on Tuesday 21 July.",
        "en",
      ),
      msg(
        "bulletin",
        "Friday 18 December 2026\nSamples taken at Moonbah Lakes on Friday 11 December showed high levels of blue-green algae. Do not swim in the lake.",
        "en",
      ),
    ];
    for (const text of late) expect(findingsOf(text, undefined, "FS14"), text.body).toHaveLength(1);
  });

  it("leaves a result told the day after, and a legionella culture a week old, alone", () => {
    const fine = [
      msg(
        "bulletin",
        "Publicerad tisdag 14 juli 2026\nProverna som togs måndag 13 juli visade E. coli i ledningsnätet. Koka vattnet. Nästa uppdatering onsdag 15 juli kl. 12.",
      ),
      msg(
        "bulletin",
        "Friday 17 July 2026\nLegionella bacteria were found in samples taken on Friday 10 July. The showers are closed. Call 0800 555 111 with questions.",
        "en",
      ),
    ];
    for (const text of fine) expect(findingsOf(text, undefined, "FS14"), text.body).toHaveLength(0);
  });
});

describe("[FS15] news held until the inquiries end", () => {
  it("reads several inquiries, 'tills' with 'helt' and 'går inte ut med'", () => {
    const held = [
      msg(
        "bulletin",
        "Söndag 20 december 2026\nHur branden startade kommer vi att berätta först när polisens och räddningstjänstens utredningar är klara, vilket kan ta flera veckor.",
      ),
      msg(
        "bulletin",
        "Måndag 12 oktober 2026\nVi väntar med att berätta vilka uppgifter som kan ha kommit ut tills utredningen är helt avslutad, vilket kan ta flera månader.",
      ),
      msg(
        "bulletin",
        "Torsdag 20 augusti 2026\nVi har en misstanke om vilket livsmedel det gäller, men det går vi inte ut med förrän utredningen är avslutad.",
      ),
    ];
    for (const text of held) expect(findingsOf(text, undefined, "FS15"), text.body).toHaveLength(1);
  });
});

describe("[FA7] a forecast made the all-clear", () => {
  it("refuses the weather's turn told as the end of the danger, a spared town centre and a sworn prediction", () => {
    const certain = [
      msg(
        "bulletin",
        "Onsdag 15 juli 2026 kl. 08.00\nVärmen släpper på lördag och då är faran över. Drick vatten och håll dig inne mitt på dagen.",
      ),
      msg(
        "bulletin",
        "Måndag 14 december 2026 kl. 09.00\nÅn står 1,4 meter över det normala. Centrum kommer inte att översvämmas. Flytta värdesaker från källaren.",
      ),
      msg(
        "bulletin",
        "Friday 31 July 2026\nThe reservoir is at 41%. Rain returns in August, so supplies will definitely last through the summer.",
        "en",
      ),
    ];
    for (const text of certain) expect(findingsOf(text, undefined, "FA7").map((f) => f.severity)).toContain("error");
  });

  it("leaves a forecast with its source or its hedge alone", () => {
    const hedged = [
      msg(
        "bulletin",
        "Onsdag 15 juli 2026\nSMHI bedömer att värmen släpper på lördag, och då väntas faran vara över. Drick vatten.",
      ),
      msg(
        "bulletin",
        "Måndag 14 december 2026\nSMHI:s prognos visar att centrum troligen inte kommer att översvämmas. Flytta värdesaker från källaren.",
      ),
    ];
    for (const text of hedged) expect(findingsOf(text, undefined, "FA7").map((f) => f.severity)).not.toContain("error");
  });
});

describe("[FA15] the text contradicts itself", () => {
  it("reads everyone back on beside hundreds off, a fire contained and spreading, no new positives beside new ones", () => {
    const clash = [
      msg(
        "bulletin",
        "All customers in Eastham and Parkside now have their water supply back. Crews are restoring supplies to the 400 properties in Parkside that are without water.",
        "en",
      ),
      msg(
        "bulletin",
        "The fire at Tanner Lane is now contained and there is no threat. The fire continues to spread north-east towards Gumleaf Creek Road.",
        "en",
      ),
      msg(
        "bulletin",
        "There have been no new positive E. coli results since the notice was issued. Two further samples taken this morning at the reservoir tested positive for E. coli.",
        "en",
      ),
    ];
    for (const text of clash) expect(findingsOf(text, undefined, "FA15"), text.body).toHaveLength(1);
  });

  it("leaves two states told for their own days alone", () => {
    const text = msg(
      "bulletin",
      "Förskolorna hålls stängda torsdag den 2 januari, men beräknas hålla öppet som vanligt på fredag. På fredag planeras förskolorna att öppna igen efter att ha hållits stängda under torsdagen.",
    );
    expect(findingsOf(text, undefined, "FA15")).toHaveLength(0);
  });
});

describe("[OP14] a why-question answered with the rulebook", () => {
  it("refuses the present-tense rulebook, also under a 'Fråga:' title", () => {
    const evasive = [
      msg(
        "faq",
        "Räddningstjänsten följer de rutiner för varning som gäller vid räddningsinsatser. Beslut om VMA fattas av räddningsledaren utifrån den samlade bilden.",
        "sv",
        "Fråga: Varför fick vi inget VMA när branden spred sig?",
      ),
      msg(
        "faq",
        "Varför fick vi inte veta tidigare?\n\nKommunen arbetar alltid utifrån gällande rutiner och i nära samverkan med berörda myndigheter.",
      ),
    ];
    for (const text of evasive) expect(findingsOf(text, undefined, "OP14"), text.body).toHaveLength(1);
  });

  it("does not take a place named Storm… for a storm", () => {
    const text = msg(
      "faq",
      "Räddningstjänsten följer de rutiner som gäller.\n\nHar du frågor om branden vid Stormyrberget kan du ringa 070-174 06 34.",
      "sv",
      "Varför fick vi inget VMA?",
    );
    expect(findingsOf(text, undefined, "OP14")).toHaveLength(1);
  });
});

describe("[OP15, OP6] a reason in name only, a number withheld", () => {
  it("refuses circumstances beyond our control and 'av flera olika skäl'", () => {
    const nameOnly = [
      msg(
        "bulletin",
        "Due to circumstances beyond our control, the vaccination clinic on Saturday will not go ahead. It will run next Saturday instead.",
        "en",
      ),
      msg(
        "bulletin",
        "Norrstrandsbadet är stängt för bad från i dag. Beslutet har fattats av nämnden av flera olika skäl. Bada i stället vid Lillsjöbadet.",
      ),
    ];
    for (const text of nameOnly) expect(findingsOf(text, undefined, "OP15"), text.body).toHaveLength(1);
    const reasons = msg(
      "bulletin",
      "Av olika orsaker har vissa barn inte blivit vaccinerade. Boka tid på vårdcentralen.",
    );
    expect(findingsOf(reasons, undefined, "OP15")).toHaveLength(0);
  });

  it("refuses a number of cases withheld with no reason", () => {
    const text = msg(
      "bulletin",
      "Public Health can confirm cases of measles in the area. We will not be giving the number of cases or naming the schools involved at this time.",
      "en",
    );
    expect(findingsOf(text, undefined, "OP6")).toHaveLength(1);
  });
});

describe("[FA13, FA12, AC18] hearsay, a cause told as certain, a bare verdict", () => {
  it("refuses posts on Facebook pages as the source of a toll", () => {
    const text = msg(
      "bulletin",
      "Posts on community Facebook pages say as many as 40 homes have been lost in Bellbird Flat. Do not return to the area.",
      "en",
    );
    expect(findingsOf(text, undefined, "FA13")).toHaveLength(1);
  });

  it("refuses a cause told as almost certain before the tests", () => {
    const text = msg(
      "bulletin",
      "Eleven people at the evacuation centre have become sick. The illness is almost certainly from floodwater that got into the kitchen, and we expect the tests to confirm this.",
      "en",
    );
    expect(findingsOf(text, undefined, "FA12")).toHaveLength(1);
  });

  it("refuses a verdict with a plea to stop sharing and nothing true in its place", () => {
    const text = msg(
      "correction",
      "Thursday 16 July 2026, 11.00am\n\nMessages circulating on WhatsApp about schools in Ashworth closing for the rest of term are false. Please stop sharing them.\n\nAshworth County Council, Children's Services",
      "en",
      "Rumours about school closures",
    );
    expect(findingsOf(text, undefined, "AC18")).toHaveLength(1);
  });
});

describe("[IM9, IM7, IM3, AU23] tone", () => {
  it("refuses mockery of rumour spreaders and spares common sense as advice", () => {
    const mocking = [
      msg("social", "To the keyboard warriors claiming the water is off to save money: give it a rest.", "en"),
      msg("social", "Vissa har uppenbarligen för mycket tid över. Vattnet är avstängt på grund av en läcka."),
    ];
    for (const text of mocking) expect(findingsOf(text, undefined, "IM9").length, text.body).toBeGreaterThan(0);
    const advice = msg(
      "bulletin",
      "Much of the advice on beating the heat is common sense. Drink water and keep out of the sun between 11am and 3pm.",
      "en",
    );
    expect(findingsOf(advice, undefined, "IM9")).toHaveLength(0);
    expect(
      findingsOf(msg("bulletin", "People with no common sense keep calling 999.", "en"), undefined, "IM9"),
    ).toHaveLength(1);
  });

  it("refuses visitors blamed by where they come from, spares groups named among those at risk", () => {
    const blamed = msg(
      "bulletin",
      "Rangers will patrol the campgrounds, because it's the city campers from Sydney who keep lighting fires on ban days and putting everyone else at risk.",
      "en",
    );
    expect(findingsOf(blamed, undefined, "IM7")).toHaveLength(1);
    const atRisk = msg(
      "bulletin",
      "People at higher risk of becoming seriously unwell in the heat include:\n- people with kidney disease\n- people who experience alcohol or drug dependence\n- people experiencing homelessness, including rough sleepers",
      "en",
    );
    expect(findingsOf(atRisk, undefined, "IM7")).toHaveLength(0);
    const travellers = msg(
      "bulletin",
      "It is particularly important for travellers who are not immune to get vaccinated before leaving.",
      "en",
    );
    expect(findingsOf(travellers, undefined, "IM7")).toHaveLength(0);
  });

  it("refuses a grant credited to the local member", () => {
    const text = msg(
      "bulletin",
      "These grants exist thanks to the quick action of our local Member, who delivered for Yarrabend.",
      "en",
    );
    expect(findingsOf(text, undefined, "IM3")).toHaveLength(1);
  });

  it("refuses a text built of idioms and leaves one idiom alone", () => {
    const pile = msg(
      "bulletin",
      "With temperatures going through the roof, our network is running on fumes. Please help us weather the storm and put paddling pools on the back burner.",
      "en",
    );
    expect(findingsOf(pile, undefined, "AU23").map((f) => f.severity)).toContain("error");
    const one = msg("bulletin", "Heads up: the road is closed from 8 pm. Use Mill Lane instead.", "en");
    expect(findingsOf(one, undefined, "AU23").map((f) => f.severity)).not.toContain("error");
  });
});

describe("[AC19, AC20, AC21, FA14] answers and places", () => {
  it("refuses a risk question answered by 'it depends'", () => {
    const text = msg(
      "faq",
      "Röken innehåller små partiklar. Hur mycket rök som når Tallhed beror på vinden. Halterna varierar under dygnet.",
      "sv",
      "Fråga: Är röken från skogsbranden farlig?",
    );
    expect(findingsOf(text, undefined, "AC19")).toHaveLength(1);
  });

  it("takes a named lake for a place", () => {
    const text = msg(
      "faq",
      "Var finns Skånes vatten?\n\nVåra största sjöar Ringsjön och Vombsjön är mindre än Mälaren.",
    );
    expect(findingsOf(text, undefined, "AC20")).toHaveLength(0);
  });

  it("refuses a relief centre and water tanks with no place", () => {
    const noPlace = [
      msg(
        "bulletin",
        "The council has opened a relief centre for people who have left their homes because of flooding. Bring your medications.",
        "en",
      ),
      msg(
        "bulletin",
        "Vattnet är avstängt i Kvarnby. Vi ställer ut tankar med nödvatten i Kvarnby. Ta med egna dunkar.",
      ),
    ];
    for (const text of noPlace) expect(findingsOf(text, undefined, "AC21"), text.body).toHaveLength(1);
  });

  it("takes planned works as the basis of a reassurance", () => {
    const text = msg(
      "bulletin",
      "Crews will carry out burn-off operations in the park today. These works are planned and there is no cause for concern.",
      "en",
    );
    expect(findingsOf(text, undefined, "FA14")).toHaveLength(0);
    expect(refused(msg("bulletin", "There is no cause for concern. We are on top of it.", "en"))).toBe(true);
  });
});
