import type { CorpusCase } from "./types.js";

const CLAIM = { text: "Kranvattnet är giftigt i hela kommunen", severity: "high" as const };

export const CORRECTION_GOOD_BODY = `Uppdaterad 25 november kl. 15.00.

Det sprids uppgifter i sociala medier om att kranvattnet i hela kommunen skulle vara giftigt. Det stämmer inte.

Kokningsrekommendationen gäller bara Norrby. Provsvaren från 24 november visar att vattnet i resten av kommunen är rent, enligt kommunens laboratorium.

Du som bor utanför Norrby kan dricka vattnet som vanligt. Läs mer på exempelby.se/vatten.`;

export const SMS_GOOD =
  "Exempelby kommun: Koka kranvattnet i Norrby innan du dricker det. Bakterier har hittats i vattnet. Mer info: exempelby.se/vatten";

export const svOther: CorpusCase[] = [
  {
    name: "FAQ: can I shower, answered plainly",
    input: {
      kind: "faq",
      title: "Kan jag duscha i vattnet?",
      body: "Ja, du kan duscha som vanligt. Undvik att få vatten i munnen. Tvätta små barn i kokt och avsvalnat vatten.",
      language: "sv",
    },
    must: [],
    mustNot: ["FA1", "AC1", "AC2", "AC3", "FS4", "AU14", "AU9", "OP1"],
    overallAtLeast: 95,
  },
  {
    name: "FAQ: answer that guesses",
    input: {
      kind: "faq",
      title: "Kan jag duscha i vattnet?",
      body: "Det är förmodligen ingen fara att duscha. Vattnet är kanske redan rent.",
      language: "sv",
    },
    must: ["FA1"],
    mustNot: ["AC1", "AC2"],
  },
  {
    name: "FAQ: honest that the end date is unknown",
    input: {
      kind: "faq",
      title: "Hur länge gäller kokningsrekommendationen?",
      body: "Vi vet ännu inte hur länge rekommendationen gäller. Den gäller tills två vattenprover i rad visar att vattnet är rent. Vi meddelar på exempelby.se när du kan dricka vattnet som vanligt igen.",
      language: "sv",
    },
    context: { facts: [{ id: "f9", statement: "Orsaken till föroreningen", status: "unconfirmed" }] },
    must: ["OP3"],
    mustNot: ["OP2", "FA1", "FA7"],
  },
  {
    name: "FAQ: bureaucratic wording",
    input: {
      kind: "faq",
      title: "Vad gäller för förskolorna?",
      body: "Beträffande förskolorna erfordras att personalen tillser att barnen ej dricker okokt vatten.",
      language: "sv",
    },
    must: ["AU8"],
    mustNot: ["FA1"],
  },
  {
    name: "FAQ: impersonal 'man'",
    input: {
      kind: "faq",
      title: "Hur kokar jag vattnet?",
      body: "Man bör koka vattnet i minst en minut. Man kan sedan förvara det i kylskåpet i ett rent kärl.",
      language: "sv",
    },
    must: ["AU9"],
    mustNot: ["FA1"],
  },
  {
    name: "correction: names the claim, gives a verdict, facts and source",
    input: {
      kind: "correction",
      title: "Kranvattnet utanför Norrby går att dricka",
      body: CORRECTION_GOOD_BODY,
      language: "sv",
    },
    context: { openClaims: [CLAIM] },
    must: [],
    mustNot: ["AC4", "AC5", "AC6", "AC7", "FA1", "FA2", "IM1", "AC3", "AU15"],
    overallAtLeast: 90,
  },
  {
    name: "correction that never says what it corrects",
    input: {
      kind: "correction",
      title: "Om vattnet",
      body: "Uppdaterad 25 november kl. 15.00. Vattnet utanför Norrby är rent. Läs mer på exempelby.se/vatten.",
      language: "sv",
    },
    must: ["AC4", "AC5"],
    mustNot: ["AC3"],
  },
  {
    name: "correction quoting a loaded, speculative rumour",
    input: {
      kind: "correction",
      title: "Vattnet är rent utanför Norrby",
      body: "Uppdaterad 25 november kl. 15.00. I ett inlägg på Facebook påstås att ”kommunen ljuger och vattnet är troligen förgiftat i hela stan!!”. Det stämmer inte. Provsvaren från 24 november visar att vattnet utanför Norrby är rent. Läs mer på exempelby.se/vatten.",
      language: "sv",
    },
    must: [],
    mustNot: ["FA1", "IM1", "IM4", "AC4", "AC5"],
  },
  {
    name: "correction headline repeating the rumour",
    input: {
      kind: "correction",
      title: "”Vattnet är giftigt i hela kommunen” – stämmer inte",
      body: CORRECTION_GOOD_BODY,
      language: "sv",
    },
    context: { openClaims: [CLAIM] },
    must: ["AC7"],
    mustNot: ["AC4", "AC5"],
  },
  {
    name: "correction of a rumour that is going around",
    input: {
      kind: "correction",
      title: "Norrbyskolan är öppen",
      body: "Uppdaterad 25 november kl. 15.00. Det ryktas att Norrbyskolan ska stängas. Det stämmer inte. Skolan är öppen som vanligt, meddelar rektor Eva Lind. Frågor? Ring skolan på 0480-45 20 00.",
      language: "sv",
    },
    must: [],
    mustNot: ["FA2", "AC4", "AC5", "OP1"],
  },
  {
    name: "SMS within 160 GSM-7 characters",
    input: { kind: "sms", body: SMS_GOOD, language: "sv" },
    must: [],
    mustNot: ["AU10", "AU11", "AC1", "AC3", "AU14", "AC2", "FS4"],
    overallAtLeast: 95,
  },
  {
    name: "SMS with an en dash and curly quotes",
    input: {
      kind: "sms",
      body: "Exempelby kommun: Koka kranvattnet i Norrby – bakterier har hittats. ”Kokt vatten” gäller tills vidare. Mer info: exempelby.se/vatten",
      language: "sv",
    },
    must: ["AU11", "AU10"],
    mustNot: ["AC1", "AC3"],
  },
  {
    name: "SMS far too long",
    input: {
      kind: "sms",
      body: `${SMS_GOOD} Det gäller också vatten till matlagning, tandborstning och till husdjur. Du kan duscha som vanligt. Nästa besked kommer i morgon kl. 10.`,
      language: "sv",
    },
    must: ["AU10"],
    mustNot: ["AU11"],
  },
  {
    name: "SMS with no sender",
    input: {
      kind: "sms",
      body: "Koka kranvattnet i Norrby innan du dricker det. Mer info: exempelby.se/vatten",
      language: "sv",
    },
    must: ["AU14"],
    mustNot: ["AC1", "AC3"],
  },
  {
    name: "social post that fits and links",
    input: {
      kind: "social",
      body: "Koka kranvattnet i Norrby innan du dricker det. Bakterier har hittats i vattnet. Du kan duscha som vanligt. Läs mer på exempelby.se/vatten",
      language: "sv",
    },
    must: [],
    mustNot: ["AU12", "AC1", "AC3", "AU14", "IM4"],
    overallAtLeast: 95,
  },
  {
    name: "social post over 280 characters",
    input: {
      kind: "social",
      body: "Koka kranvattnet i Norrby innan du dricker det. Bakterier har hittats i vattnet vid provtagning i måndags. Det gäller också vatten till matlagning, tandborstning och till husdjur. Du kan duscha och tvätta som vanligt. Små barn bör badas i kokt och avsvalnat vatten. Vi arbetar med att spola rent ledningarna. Läs mer på exempelby.se/vatten",
      language: "sv",
    },
    must: ["AU12"],
    mustNot: ["AC1"],
  },
  {
    name: "social post in an agitated tone",
    input: {
      kind: "social",
      body: "Fruktansvärd storm i natt! Kaoset på vägarna är totalt. Stanna hemma om du kan. Mer info på exempelby.se",
      language: "sv",
    },
    must: ["IM2", "IM4"],
    mustNot: ["AC1", "AC3"],
  },
];
