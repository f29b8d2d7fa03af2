/**
 * Pair tests for the second round of structural judgement rules: each pair holds a flawed sentence and the nearest
 * sentence a real authority would write, so a rule cannot pass by flagging (or sparing) a whole topic.
 */
import { describe, expect, it } from "vitest";
import { GOOD_EN, GOOD_SV, ruleIds } from "./helpers.js";

const sv = (s: string) => ruleIds({ body: `${GOOD_SV} ${s}` });
const en = (s: string) => ruleIds({ body: `${GOOD_EN} ${s}`, language: "en" });

describe("FA12 by tense: a hedge over what already happened is a guess at the cause", () => {
  it("[FA12] flags a hedged past clause with no cause word, in Swedish", () => {
    expect(sv("Förmodligen har kylan spräckt det gamla röret.")).toContain("FA12");
    expect(sv("Vi antar att pumpen var sliten.")).toContain("FA12");
    expect(sv("Det mesta pekar mot att någon grävde utan tillstånd.")).toContain("FA12");
  });

  it("[FA12] spares the same hedge over the future, the reader's past and a grounded inference", () => {
    expect(sv("Arbetet blir förmodligen klart i kväll.")).not.toContain("FA12");
    expect(sv("Förmodligen kommer vattnet tillbaka vid lunch.")).not.toContain("FA12");
    expect(sv("Du har kanske märkt att vattnet var brunt.")).not.toContain("FA12");
  });

  it("[FA12] flags a hedged past clause in English, including belief frames", () => {
    expect(en("Most likely the cold snap cracked the main.")).toContain("FA12");
    expect(en("All the signs suggest a digger went through the cable.")).toContain("FA12");
    expect(en("Our working theory is that the valve was left open.")).toContain("FA12");
  });

  it("[FA12] spares a forecast, a modal relative clause and an authority's passive belief", () => {
    expect(en("There is likely to be more localised flooding this evening.")).not.toContain("FA12");
    expect(en("Repairs will probably be finished by noon.")).not.toContain("FA12");
    expect(en("We would like to see any dashcam footage which might have captured the crash.")).not.toContain("FA12");
  });
});

describe("FA13 by frame: harm to people told by someone who is not an authority", () => {
  it("[FA13] flags a casualty figure from pictures, witnesses or neighbours, in both languages", () => {
    expect(sv("Filmer som sprids i en chattgrupp visar att fem personer har förts bort i ambulans.")).toContain("FA13");
    expect(sv("Förbipasserande berättar för oss att flera barn vårdas på sjukhus.")).toContain("FA13");
    expect(en("Residents' photos shared online show at least four people being treated by paramedics.")).toContain(
      "FA13",
    );
    expect(en("Passers-by told us three people were taken away in ambulances.")).toContain("FA13");
  });

  it("[FA13] spares the same facts from an authority, and a police appeal for witnesses", () => {
    expect(sv("Enligt polisen har fem personer förts till sjukhus.")).not.toContain("FA13");
    expect(sv("Polisen efterlyser vittnen som såg när två personer fördes till sjukhus.")).not.toContain("FA13");
    expect(en("The ambulance service says four people were taken to hospital.")).not.toContain("FA13");
    expect(
      en("Anyone who witnessed the crash, in which two people were taken to hospital, should call 101."),
    ).not.toContain("FA13");
  });
});

describe("FS7 by frame: a promise of more information that waits on an event", () => {
  it("[FS7] flags 'we will tell you when there is news' in any wording, in both languages", () => {
    expect(sv("Vi hör av oss igen när det finns något nytt att berätta.")).toContain("FS7");
    expect(sv("Vi meddelar här om vi får veta mer.")).toContain("FS7");
    expect(en("We'll be back in touch when there's news.")).toContain("FS7");
    expect(en("We will post again once we hear anything further.")).toContain("FS7");
  });

  it("[FS7] spares a timed promise and a promise of the all-clear", () => {
    expect(sv("Vi hör av oss igen kl. 15.00, eller tidigare om det finns något nytt.")).not.toContain("FS7");
    expect(
      en("We will inform you when tests show no bacteria and you no longer need to boil your water."),
    ).not.toContain("FS7");
  });
});

describe("IM7 by role: a group label as the doer of the harm", () => {
  it("[IM7] flags a group named as the doer, by a verb of harm, a cleft or a habit", () => {
    expect(sv("Det är tiggarna vid torget som har tänt på containrarna.")).toContain("IM7");
    expect(sv("Som vanligt är det missbrukarna som förstör lekplatsen.")).toContain("IM7");
    expect(en("As usual the asylum seekers at the hostel have been wasting water.")).toContain("IM7");
  });

  it("[IM7] spares a group named as those who get help", () => {
    expect(sv("Kommunen öppnar ett extra härbärge för hemlösa i natt, Storgatan 4.")).not.toContain("IM7");
    expect(
      en("The council has opened extra shelter places for homeless people tonight at 4 High Street."),
    ).not.toContain("IM7");
  });
});

describe("IM1 and IM3 by frame: fault placed on someone, credit given to a side", () => {
  it("[IM1] flags fault placed by a frame, not a word: where it lies, whose fault, the counterfactual", () => {
    expect(sv("Skulden för översvämningen vilar helt på Trafikverket.")).toContain("IM1");
    expect(sv("Det här är helt och hållet entreprenörens fel.")).toContain("IM1");
    expect(en("Responsibility for this outage rests squarely with the landlord.")).toContain("IM1");
    expect(en("This is entirely the contractor's fault.")).toContain("IM1");
  });

  it("[IM1] spares a neutral account of who is responsible for the repair", () => {
    expect(sv("Trafikverket ansvarar för vägen och lagar den i dag.")).not.toContain("IM1");
    expect(en("The landlord is responsible for repairs inside the building; call 0800 100 200.")).not.toContain("IM1");
  });

  it("[IM3] flags a political side credited by a frame", () => {
    expect(sv("Det är den borgerliga majoriteten vi har att tacka för de nya pumparna.")).toContain("IM3");
    expect(en("We owe this to the Green Party group.")).toContain("IM3");
  });

  it("[IM3] spares a deciding body named without credit", () => {
    expect(sv("Kommunstyrelsen beslutade i går att köpa nya pumpar.")).not.toContain("IM3");
    expect(en("The council's cabinet agreed the funding on Monday.")).not.toContain("IM3");
  });
});

describe("FA15 by polarity: one subject given opposite states", () => {
  it("[FA15] flags open and closed, nobody hurt and people hurt, lifted and still in force", () => {
    expect(sv("Biblioteket i Ödby är öppet. Biblioteket i Ödby håller stängt hela veckan.")).toContain("FA15");
    expect(sv("Ingen har kommit till skada. Tre personer har förts till sjukhus.")).toContain("FA15");
    expect(en("The bridge is open. The bridge remains closed to all traffic.")).toContain("FA15");
    expect(en("The order has been lifted and residents may return. Residents must not enter the estate.")).toContain(
      "FA15",
    );
  });

  it("[FA15] spares a change over time, different subjects and a scope limit", () => {
    expect(sv("Vägen är avstängd. Vägen öppnar igen kl. 15.00.")).not.toContain("FA15");
    expect(sv("Biblioteket är stängt. Simhallen är öppen som vanligt.")).not.toContain("FA15");
    expect(en("Park Road is closed. All other roads in the town are open.")).not.toContain("FA15");
    expect(en("The bridge was closed this morning. The bridge is open again.")).not.toContain("FA15");
  });
});

describe("IM9 by frame: praise or thanks addressed to those who did the wrong thing", () => {
  it("[IM9] flags ironic thanks and congratulations, in both languages", () => {
    expect(sv("Tack till er som hamstrade allt flaskvatten i går.")).toContain("IM9");
    expect(sv("Bra jobbat av alla som körde förbi avspärrningen.")).toContain("IM9");
    expect(en("Congratulations to the drivers who thought the road closed sign was a suggestion.")).toContain("IM9");
    expect(en("Cheers to everyone who ignored the flood warning.")).toContain("IM9");
  });

  it("[IM9] spares sincere thanks for what people did right", () => {
    expect(sv("Tack till alla som har sparat vatten i helgen.")).not.toContain("IM9");
    expect(en("Thank you to everyone who has followed the advice to stay away from the river.")).not.toContain("IM9");
  });
});

describe("FA14: the sender reassuring is no basis, and reassurance frames", () => {
  it("[FA14] flags 'the council wishes to reassure … nothing to worry about' even with the council named", () => {
    expect(
      en("Following reports of smoke, the council wishes to reassure residents that there is nothing to worry about."),
    ).toContain("FA14");
    expect(sv("Kommunen vill lugna alla boende: ni kan vara helt lugna.")).toContain("FA14");
  });

  it("[FA14] flags reassurance frames in new words, and spares the same reassurance with a measurement", () => {
    expect(en("Life can carry on exactly as normal and nobody needs to change anything.")).toContain("FA14");
    expect(sv("Det finns ingen som helst anledning till oro, det här löser sig.")).toContain("FA14");
    expect(en("Nobody needs to change anything: today's samples show no bacteria.")).not.toContain("FA14");
  });
});

describe("IM7: a group tied to a disease or set apart from everyone else", () => {
  it("[IM7] flags a group named next to a disease or contrasted with everyone else", () => {
    expect(en("Scabies has been found among the migrants at the old school.")).toContain("IM7");
    expect(sv("Flera fall av mässling bland romerna vid campingen; alla andra kan vara lugna.")).toContain("IM7");
  });

  it("[IM7] spares the same disease advice without a group", () => {
    expect(
      en("Scabies has been found at the old school. Anyone with an itchy rash should call their GP."),
    ).not.toContain("IM7");
    expect(
      sv("Flera fall av mässling har konstaterats i Ödby. Kontrollera ditt vaccinationsskydd på 1177.se."),
    ).not.toContain("IM7");
  });
});

describe("OP6 by frame: the sender will not tell about a topic", () => {
  it("[OP6] flags a refusal in new words, inside an otherwise complete message", () => {
    expect(sv("Om orsaken kan vi i dag inte gå in på något kring personalens agerande.")).toContain("OP6");
    expect(sv("Kommunen har i nuläget inga kommentarer.")).toContain("OP6");
    expect(en("We won't be saying anything about the cause or staff conduct.")).toContain("OP6");
    expect(en("The council has nothing further to add.")).toContain("OP6");
  });

  it("[OP6] spares an honest unknown: what cannot be said yet, and when", () => {
    expect(sv("Vi kan inte säga när vattnet kommer tillbaka, men vi uppdaterar kl. 14.00.")).not.toContain("OP6");
    expect(en("We cannot say yet when power will be back; next update at 2pm.")).not.toContain("OP6");
  });
});

describe("OP7: the administration's passive with no actor", () => {
  it("[OP7] flags a matter handed on to nobody in particular, or put under review by nobody", () => {
    expect(sv("Ärendet har överlämnats till ansvarig förvaltning. Frågan är under beredning.")).toContain("OP7");
    expect(en("The issue has been referred to the relevant department and is under review.")).toContain("OP7");
  });

  it("[OP7] spares a named actor doing a named thing", () => {
    expect(sv("Miljöförvaltningen tar nya prover i morgon kl. 08.00.")).not.toContain("OP7");
    expect(en("Environmental health officers will take new samples at 8am tomorrow.")).not.toContain("OP7");
  });
});
