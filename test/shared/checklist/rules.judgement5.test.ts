/**
 * Fifth round: the failure frames found in blind7's results once it became tuning material (a cause pinned on
 * someone's fault, a gang or migrant label, an intensified "no danger", refusing to say what happened, a lifted
 * notice that still says boil, a generic "officials believe" guess, a danger named for the people at risk with nothing
 * to do, a legal notice), each next to the nearest form a real authority writes. Wordings differ from blind7's items.
 */
import { describe, expect, it } from "vitest";
import { GOOD_EN, GOOD_SV, ruleIds, score } from "./helpers.js";

const sv = (s: string) => ruleIds({ body: `${GOOD_SV} ${s}` });
const en = (s: string) => ruleIds({ body: `${GOOD_EN} ${s}`, language: "en" });

describe("IM11: a cause pinned on someone's fault", () => {
  it("[IM11] flags neglect or defiance given as the cause, in Swedish and English", () => {
    expect(sv("Avbrottet beror på att nätbolaget har misskött sina ledningar i flera år.")).toContain("IM11");
    expect(sv("Bränderna uppstod eftersom campare struntar i eldningsförbudet.")).toContain("IM11");
    expect(en("The flooding happened because the developer failed to maintain the culverts.")).toContain("IM11");
    expect(en("Cases rose due to residents who chose to ignore the guidance.")).toContain("IM11");
    expect(
      score({ body: `${GOOD_EN} The spill was caused by the contractor's neglect.`, language: "en" }).impartial.status,
    ).toBe("fail");
  });

  it("[IM11] spares a fault word in advice and a factual cause", () => {
    expect(sv("Strunta inte i varningen: kör inte genom vatten.")).not.toContain("IM11");
    expect(sv("Avbrottet beror på ett fel i en transformator.")).not.toContain("IM11");
    expect(en("Do not ignore the warnings: stay away from the river.")).not.toContain("IM11");
    expect(en("The outage was caused by a fault at the Elm Road substation.")).not.toContain("IM11");
  });
});

describe("IM7: a gang or migrant label pinned on the people involved", () => {
  it("[IM7] flags 'gäng av ungdomar', 'EU-migranter', 'gangs of youths'", () => {
    expect(sv("Polisen har flyttat gäng av ungdomar från torget.")).toContain("IM7");
    expect(sv("Det har varit oroligt kring EU-migranterna vid stationen.")).toContain("IM7");
    expect(en("Officers dispersed gangs of youths near the station.")).toContain("IM7");
  });

  it("[IM7] spares neutral counts of people", () => {
    expect(sv("Polisen har flyttat en grupp personer från torget.")).not.toContain("IM7");
    expect(en("Officers spoke to a group of people near the station.")).not.toContain("IM7");
  });
});

describe("FA14: an intensified denial of any danger", () => {
  it("[FA14] flags 'inte någon som helst risk', 'absolutely no danger', 'no threat whatsoever'", () => {
    expect(sv("Det finns inte någon som helst risk för de boende.")).toContain("FA14");
    expect(en("There is absolutely no danger to anyone in town.")).toContain("FA14");
    expect(en("The leak poses no threat to residents whatsoever.")).toContain("FA14");
  });

  it("[FA14] spares a measured statement of low risk with its reason", () => {
    expect(sv("Smittskyddsläkaren bedömer att risken för smitta är låg, eftersom proverna är negativa.")).not.toContain(
      "FA14",
    );
    expect(en("The health board assesses the risk to the public as low because all samples are clear.")).not.toContain(
      "FA14",
    );
  });
});

describe("OP6: refusing to say what happened", () => {
  it("[OP6] flags 'vi kan inte berätta vad som hände', 'we cannot go into why'", () => {
    expect(sv("Vi kan inte berätta vad som hände i hallen i går.")).toContain("OP6");
    expect(en("We cannot go into why the pupils were sent home.")).toContain("OP6");
  });

  it("[OP6] spares saying what is not known yet", () => {
    expect(sv("Vi vet ännu inte vad som orsakade branden.")).not.toContain("OP6");
    expect(en("We do not yet know why the pipe burst.")).not.toContain("OP6");
  });
});

describe("FA15: a lifted notice that still says boil", () => {
  it("[FA15] flags 'kokningsrekommendationen är nu hävd … fortsätt koka'", () => {
    expect(
      ruleIds({
        body: "Kokningsrekommendationen i Ekby är nu alltså hävd. Fortsätt ändå att koka vattnet till små barn.",
      }),
    ).toContain("FA15");
  });

  it("[FA15] spares a lift with flushing advice", () => {
    expect(
      ruleIds({ body: "Kokningsrekommendationen i Ekby hävs. Spola kallvatten i några minuter innan du dricker." }),
    ).not.toContain("FA15");
  });
});

describe("FA12: 'officials believe' is no source for a guess at the cause", () => {
  it("[FA12] flags a cause guessed by unnamed officials or experts", () => {
    expect(en("Officials think the fire was probably started by a discarded cigarette.")).toContain("FA12");
    expect(sv("Experter tror att läckan troligen orsakades av tjälen.")).toContain("FA12");
  });

  it("[FA12] spares a named authority's assessment of a cause under investigation", () => {
    expect(en("The fire service is investigating the cause of the fire.")).not.toContain("FA12");
  });
});

describe("AC11: a danger named for the people at risk, with nothing to do", () => {
  it("[AC11] fails active when a text says who is at risk and not what they should do", () => {
    const r = score({
      body: "Det blir mycket kallt i kommunen i helgen, ner mot minus 30 grader. Kylan kan vara farlig för äldre. Ekby kommun",
    });
    expect(r.active.findings.map((f) => f.ruleId)).toContain("AC11");
    expect(r.active.status).toBe("fail");
  });

  it("[AC11] spares the same text with an instruction", () => {
    const r = score({
      body: "Det blir mycket kallt i kommunen i helgen, ner mot minus 30 grader. Kylan kan vara farlig för äldre. Ring gärna äldre grannar och anhöriga. Ekby kommun",
    });
    expect(r.active.findings.filter((f) => f.ruleId === "AC11" && f.severity === "error")).toEqual([]);
  });
});

describe("AU22: a legal notice instead of a message", () => {
  it("[AU22] fails audience-adapted for two or more statute formulae", () => {
    const r = score({
      body: "Kommunen har med stöd av 3 kap. 2 § lagen (2006:412) beslutat om bevattningsförbud. Överträdelse kan leda till vite.",
    });
    expect(r.audienceAdapted.findings.map((f) => f.ruleId)).toContain("AU22");
    expect(r.audienceAdapted.status).toBe("fail");
    expect(
      ruleIds({
        body: "Pursuant to the emergency ordinance, all outdoor burning is hereby prohibited until further notice.",
        language: "en",
      }),
    ).toContain("AU22");
  });

  it("[AU22] spares a plain ban that names the decision", () => {
    expect(sv("Länsstyrelsen har beslutat om eldningsförbud i hela länet från i dag.")).not.toContain("AU22");
    expect(en("The county has banned outdoor burning from today.")).not.toContain("AU22");
  });
});

describe("fifth round, second pass (blind8 studied): frames and the real notices they must spare", () => {
  it("[OP6] flags choosing not to say what samples showed, and not providing details to parents", () => {
    expect(sv("Vi har valt att inte redovisa vad mätningarna visade.")).toContain("OP6");
    expect(en("The trust will not be giving any further information about the ward.")).toContain("OP6");
  });

  it("[FA14] flags '100 % safe' even next to a number", () => {
    expect(en("Your water is 100% safe. Crews are at the 200 mm main on Ely Road.")).toContain("FA14");
    expect(sv("Luften är hundra procent ofarlig. 40 brandmän arbetar på platsen.")).toContain("FA14");
  });

  it("[FA15] flags 'all customers have power back' against 'still without power'", () => {
    expect(
      ruleIds({
        body: "Alla kunder i Ekby har nu fått tillbaka elen. Omkring 200 hushåll vid Åsvägen är fortfarande utan ström.",
      }),
    ).toContain("FA15");
    expect(
      ruleIds({
        body: "Power has been restored to all customers in Eastfield. About 300 homes on Mill Lane remain without power.",
        language: "en",
      }),
    ).toContain("FA15");
    expect(
      ruleIds({ body: "Omkring 200 hushåll vid Åsvägen är fortfarande utan ström. Vi räknar med el kl. 15." }),
    ).not.toContain("FA15");
  });

  it("[AC11] reads 'röken går mot skolan' as a danger drifting towards people", () => {
    const r = score({ body: "Det brinner i en lada i Ekby. Röken går mot skolan. Vi skriver mer kl. 12. Ekby kommun" });
    expect(r.active.status).toBe("fail");
  });

  it("[OP8] an unsigned SMS all-clear is a warning, an unsigned SMS instruction an error", () => {
    const clear = score({
      kind: "sms",
      body: "The shelter-in-place order has been lifted and the all clear has been given. You may go outside again.",
      language: "en",
    });
    expect(clear.open.findings.filter((f) => f.ruleId === "OP8").map((f) => f.severity)).toEqual(["warn"]);
    const order = score({
      kind: "sms",
      body: "Chemical leak at the port. Stay indoors and close all windows and doors until further notice.",
      language: "en",
    });
    expect(order.open.findings.filter((f) => f.ruleId === "OP8").map((f) => f.severity)).toEqual(["error"]);
  });

  it("[FS7] a vague promise next to an honest unknown is explained, without it an error", () => {
    const explained = score({
      title: "Dataintrång 12 december",
      body: "Måndag 12 december kl. 20 upptäcktes ett dataintrång hos kommunen. Vi vet fortfarande inte vem som ligger bakom. Polisen utreder. Vi informerar så fort vi vet mer.",
    });
    expect(explained.fast.findings.filter((f) => f.ruleId === "FS7").map((f) => f.severity)).toEqual(["warn"]);
    const evasive = score({
      title: "Dataintrång 12 december",
      body: "Måndag 12 december kl. 20 upptäcktes ett dataintrång hos kommunen. Polisen har fått en anmälan. Vi informerar så fort vi kan.",
    });
    expect(evasive.fast.findings.filter((f) => f.ruleId === "FS7").map((f) => f.severity)).toEqual(["error"]);
  });
});

describe("fifth round, third pass: kanslisvenska, alarm, mockery of the worried, 'more when we have it'", () => {
  it("[AU8] three different bureaucratic words make the text kanslisvenska (an error); one stays a tip", () => {
    const r = score({
      body: "Kommunen har erhållit uppdrag att tillse att reservkraft finns. Beslut torde fattas i eftermiddag. Ekby kommun",
    });
    expect(r.audienceAdapted.findings.filter((f) => f.ruleId === "AU8").map((f) => f.severity)).toContain("error");
    const one = score({ body: `${GOOD_SV} Vi ska tillse att alla får vatten.` });
    expect(one.audienceAdapted.findings.filter((f) => f.ruleId === "AU8").map((f) => f.severity)).toEqual(["info"]);
  });

  it("[IM4] capitals with a row of exclamation marks are an alarm; either alone is not", () => {
    const alarm = score({ title: "FARA – BRON STÄNGD!!!", body: GOOD_SV });
    expect(alarm.impartial.findings.filter((f) => f.ruleId === "IM4").map((f) => f.severity)).toEqual(["error"]);
    const caps = score({ title: "VIKTIGT MEDDELANDE TILL ALLMÄNHETEN", body: GOOD_SV });
    expect(caps.impartial.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("[IM9] mocks those who worried: 'everyone who panicked', 'alla som fick panik'", () => {
    expect(en("Good news for everyone who panicked yesterday: the river stayed in its banks.")).toContain("IM9");
    expect(sv("Till alla som fick panik i går: vattnet är fortfarande rent.")).toContain("IM9");
  });

  it("[IM11] 'ignored' given as the cause is blame, whatever was ignored", () => {
    expect(en("The roads were not gritted because the contractor ignored the forecast.")).toContain("IM11");
  });

  it("[FS7] 'More when we have it' promises nothing to plan by", () => {
    const r = score({
      kind: "social",
      body: "Grass fire at Crane Hill: residents on Hill Road should be ready to leave. More when we have it. – Crane County Fire",
      language: "en",
    });
    expect(r.fast.findings.map((f) => f.ruleId)).toContain("FS7");
  });
});

describe("fifth round, fourth pass (blind9 studied): hearsay relayed, real notices spared, the claim as opening", () => {
  it("[FA2] two pieces of relayed hearsay are an error; one stays a warning", () => {
    const two = score({
      body: `${GOOD_SV} En granne har sagt att det läckte redan i går, och vi har också hört att det ska lukta ända bort till torget.`,
    });
    expect(two.factual.findings.filter((f) => f.ruleId === "FA2").map((f) => f.severity)).toContain("error");
    const one = score({
      body: `${GOOD_EN} We have also heard that the pipe was damaged by roadworks.`,
      language: "en",
    });
    expect(one.factual.findings.filter((f) => f.ruleId === "FA2").map((f) => f.severity)).toEqual(["warn"]);
  });

  it("[FA13] 'updates on social media' is the sender's channel, not hearsay", () => {
    expect(en("Updates will be provided on social media and on our website as we receive them.")).not.toContain("FA13");
  });

  it("[FA12] 'eventuellt översvämmade källare' means any, not a guess", () => {
    expect(sv("För eventuellt översvämmade källare ligger ansvaret hos fastighetsägaren.")).not.toContain("FA12");
  });

  it("[FA15] 'tjänligt … rekommenderar dock kokning tills två prov' is precaution", () => {
    expect(
      ruleIds({
        body: "Provet visar att vattnet nu är tjänligt. Vi rekommenderar dock kokning tills två prov i rad är godkända.",
      }),
    ).not.toContain("FA15");
  });

  it("[FS7] an early-stage investigation explains 'as soon as we can'", () => {
    const r = score({
      title: "Cyber incident – update 3 March",
      body: "Our investigation remains at an early stage. We will share more as soon as we can. Updated 3 March, 10:00. Eastfield Council",
      language: "en",
    });
    expect(r.fast.findings.filter((f) => f.ruleId === "FS7").map((f) => f.severity)).toEqual(["warn"]);
  });

  it("[FA17] the claim as the opening is flagged on factual too, after a time-stamp line", () => {
    const r = score({
      title: "Är vattnet i Ekby förgiftat?",
      body: "4 december kl. 13.30\n\nDet sprids ett rykte om att vattnet i Ekby är förgiftat. Det stämmer inte: proverna från i morse är tjänliga.",
    });
    expect(r.factual.findings.map((f) => f.ruleId)).toContain("FA17");
    expect(r.audienceAdapted.findings.map((f) => f.ruleId)).toContain("AU20");
  });

  it("[IM11] 'beror på att … varit onödigt långsam' is blame", () => {
    expect(sv("Att beskedet dröjer beror på att regionen har varit onödigt långsam med proverna.")).toContain("IM11");
  });
});
