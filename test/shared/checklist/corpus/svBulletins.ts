import { GOOD_BULLETIN_CLEAN, NOW, type CorpusCase } from "./types.js";

export const BOIL_GOOD_BODY = `Uppdaterad 25 november kl. 14.00.

Vid provtagning har bakterier hittats i dricksvattnet i Norrby. Därför rekommenderar Exempelby kommun alla i Norrby att koka vattnet innan de dricker det.

Koka vattnet i minst en minut. Det gäller också vatten till matlagning och tandborstning. Du kan duscha som vanligt.

Vi vet ännu inte varför bakterierna har kommit in i ledningarna. Orsaken utreds.

Nästa uppdatering kommer senast kl. 18.00. Mer information finns på exempelby.se/vatten och på telefon 0480-45 00 00.`;

export const STORM_GOOD_BODY = `Uppdaterad 3 december kl. 07.30.

Stormen har orsakat elavbrott för cirka 4 000 hushåll i Exempelby kommun. Ellevio arbetar med att laga ledningarna. Ellevio beräknar att de flesta har ström igen i kväll, men för vissa kan det dröja till i morgon.

Håll dig borta från nedfallna ledningar, de kan vara strömförande. Ring 112 om någon är i fara.

Kommunen öppnar en värmestuga i Folkets hus från kl. 12 i dag eftersom det blir kallt i husen utan ström. Där kan du värma dig, ladda telefonen och få varm dryck.

Nästa uppdatering kommer kl. 12.00. Frågor? Ring kommunens kontaktcenter på 0480-45 00 00.`;

export const IT_GOOD_BODY = `Uppdaterad 12 mars kl. 09.00.

Exempelby kommun har drabbats av en IT-attack. Kommunens e-tjänster och växel är avstängda eftersom vi vill hindra att attacken sprids.

Vi vet ännu inte vem som ligger bakom attacken eller om personuppgifter har kommit ut. Polisen utreder händelsen.

Svara inte på mejl eller sms som ser ut att komma från kommunen och ber om lösenord eller bankuppgifter. Har du ett akut ärende, ring 0480-45 10 00.

Nästa uppdatering kommer kl. 15.00 i dag på exempelby.se.`;

const VMA_FIRE = `Viktigt meddelande till allmänheten i Norrby i Exempelby kommun, Exempelby län.
Det brinner i en industribyggnad i Norrby och det bildas kraftig rök.
Räddningsledaren uppmanar alla i området att gå inomhus och stänga dörrar, fönster och ventilation.
För mer information lyssna på Sveriges Radio P4 Kalmar.`;

export const svBulletins: CorpusCase[] = [
  {
    name: "boil-water notice written by the book",
    input: { kind: "bulletin", title: "Koka dricksvattnet i Norrby", body: BOIL_GOOD_BODY, language: "sv" },
    must: ["OP3"],
    mustNot: [...GOOD_BULLETIN_CLEAN, "AU7", "AU15", "FS5"],
    overallAtLeast: 95,
  },
  {
    name: "boil-water notice guessing the cause",
    input: {
      kind: "bulletin",
      title: "Koka dricksvattnet i Norrby",
      body: BOIL_GOOD_BODY.replace(
        "Vi vet ännu inte varför bakterierna har kommit in i ledningarna. Orsaken utreds.",
        "Bakterierna har troligen kommit in via en trasig ledning.",
      ),
      language: "sv",
    },
    must: ["FA1"],
    mustNot: ["OP3", "AC1", "AC2", "AC3"],
  },
  {
    name: "storm update with the utility's own estimate",
    input: { kind: "bulletin", title: "Elavbrott efter stormen", body: STORM_GOOD_BODY, language: "sv" },
    must: [],
    mustNot: [...GOOD_BULLETIN_CLEAN, "AU15", "AU5"],
    overallAtLeast: 95,
  },
  {
    name: "storm update passing on rumours and guesses",
    input: {
      kind: "bulletin",
      title: "Elavbrott efter stormen",
      body: `${STORM_GOOD_BODY}\n\nStormen blir förmodligen värre under natten. Det sägs att flera träd har fallit över E22.`,
      language: "sv",
    },
    must: ["FA1", "FA2"],
    mustNot: ["AC1", "AC2", "AC3"],
  },
  {
    name: "fire VMA following the template",
    input: { kind: "bulletin", title: "", body: VMA_FIRE, language: "sv", channels: ["press"] },
    must: [],
    mustNot: ["AC1", "AC2", "AC3", "AC8", "AU9", "AU14", "FA1", "AU1", "FS4"],
    overallAtLeast: 90,
  },
  {
    name: "fire VMA missing place and radio referral",
    input: {
      kind: "bulletin",
      body: "Viktigt meddelande till allmänheten. Det brinner i en industribyggnad och det bildas kraftig rök. Räddningsledaren uppmanar alla att gå inomhus och stänga dörrar, fönster och ventilation.",
      language: "sv",
      channels: ["press"],
    },
    must: ["AC8"],
    mustNot: ["AC1", "FA1"],
  },
  {
    name: "VMA all-clear without a time",
    input: {
      kind: "bulletin",
      body: "Viktigt meddelande till allmänheten i Norrby i Exempelby kommun. Faran är över. Meddelandet gäller inte längre.",
      language: "sv",
      channels: ["press"],
    },
    must: ["FS5"],
    mustNot: ["AC1", "AC2", "AC8"],
  },
  {
    name: "VMA all-clear with its time",
    input: {
      kind: "bulletin",
      body: "Viktigt meddelande till allmänheten i Norrby i Exempelby kommun. Faran är över kl. 16.30. Meddelandet gäller inte längre.",
      language: "sv",
      channels: ["press"],
    },
    must: [],
    mustNot: ["FS5", "AC1", "AC2"],
  },
  {
    name: "IT attack update that admits what is unknown",
    input: { kind: "bulletin", title: "IT-attack mot kommunen", body: IT_GOOD_BODY, language: "sv" },
    must: ["OP3"],
    mustNot: [...GOOD_BULLETIN_CLEAN, "IM7", "AU6"],
    overallAtLeast: 95,
  },
  {
    name: "IT attack update that blames and accuses",
    input: {
      kind: "bulletin",
      title: "IT-attack mot kommunen",
      body: `${IT_GOOD_BODY}\n\nAttacken är en skandal och IT-leverantören har varit helt oansvarig.`,
      language: "sv",
    },
    must: ["IM1"],
    mustNot: ["FA1", "AC1"],
  },
  {
    name: "IT attack update pointing at a nationality",
    input: {
      kind: "bulletin",
      title: "IT-attack mot kommunen",
      body: `${IT_GOOD_BODY}\n\nRyska hackare ligger troligen bakom attacken.`,
      language: "sv",
    },
    must: ["IM7", "FA1"],
    mustNot: ["AC1"],
  },
  {
    name: "school closure announced without a reason",
    input: {
      kind: "bulletin",
      title: "Norrbyskolan stängs",
      body: "Uppdaterad 25 november kl. 14.00. Exempelby kommun har beslutat att stänga Norrbyskolan från och med onsdag 26 november.\n\nEleverna får undervisning på distans. Kontakta skolan på 0480-45 20 00 om du har frågor. Nästa uppdatering kommer kl. 17.00.",
      language: "sv",
    },
    must: ["OP1"],
    mustNot: ["AC2", "AC3", "FS4", "FA1"],
  },
  {
    name: "school closure with its reason",
    input: {
      kind: "bulletin",
      title: "Norrbyskolan stängs",
      body: "Uppdaterad 25 november kl. 14.00. Exempelby kommun har beslutat att stänga Norrbyskolan från och med onsdag 26 november eftersom skolans vatten inte går att dricka.\n\nEleverna får undervisning på distans. Kontakta skolan på 0480-45 20 00 om du har frågor. Nästa uppdatering kommer kl. 17.00.",
      language: "sv",
    },
    must: [],
    mustNot: ["OP1"],
  },
  {
    name: "status report with nothing to do, no promise and no contact",
    input: {
      kind: "bulletin",
      title: "Läget i Norrby",
      body: "Uppdaterad 25 november kl. 14.00. Exempelby kommun arbetar vidare med vattenläckan i Norrby. Reparationen av ledningen pågår.",
      language: "sv",
    },
    must: ["AC1", "AC2", "AC3"],
    mustNot: ["FA1", "FS4", "AU14"],
  },
  {
    name: "promises more information but not when",
    input: {
      kind: "bulletin",
      title: "Koka dricksvattnet i Norrby",
      body: BOIL_GOOD_BODY.replace("Nästa uppdatering kommer senast kl. 18.00.", "Vi återkommer med mer information."),
      language: "sv",
    },
    must: ["AC2"],
    mustNot: ["AC1", "AC3"],
  },
  {
    name: "shouting in capitals with exclamation marks",
    input: {
      kind: "bulletin",
      title: "Koka vattnet",
      body: `${BOIL_GOOD_BODY}\n\nDU SKA KOKA VATTNET!!!`,
      language: "sv",
    },
    must: ["IM5", "IM4"],
    mustNot: ["AU6"],
  },
  {
    name: "impersonal 'man' with no reader address",
    input: {
      kind: "bulletin",
      title: "Kokningsrekommendation i Norrby",
      body: "Uppdaterad 25 november kl. 14.00. Bakterier har hittats i vattnet i Norrby. Därför rekommenderar Exempelby kommun att man kokar vattnet. Man ska koka vattnet i minst en minut. Nästa uppdatering kommer kl. 18.00. Mer information finns på exempelby.se/vatten.",
      language: "sv",
    },
    must: ["AU9"],
    mustNot: ["AC1", "AC2", "AC3"],
  },
  {
    name: "bureaucratic notice with abbreviations and acronyms",
    input: {
      kind: "bulletin",
      title: "Information till VA-abonnenter",
      body: "Uppdaterad 25 november kl. 14.00. Med anledning av förekomst av bakterier erfordras kokning av dricksvatten för VA-abonnenter i Norrby. Vatten får ej drickas okokt, t.ex. vid tandborstning. Kontakta MSB:s samverkansfunktion eller kommunens VA-enhet. Nästa uppdatering kommer kl. 18.00 på exempelby.se.",
      language: "sv",
    },
    must: ["AU8", "AU5", "AU6"],
    mustNot: ["FA1", "IM5"],
  },
  {
    name: "one very long sentence",
    input: {
      kind: "bulletin",
      title: "Vattenläcka i Norrby",
      body: "Uppdaterad 25 november kl. 14.00. På grund av en vattenläcka på huvudledningen vid Storgatan i Norrby som upptäcktes under natten kommer vattnet att vara avstängt för boende längs Storgatan, Skolgatan och Kyrkvägen medan kommunens personal arbetar med att laga ledningen och spola rent i ledningarna efteråt. Hämta vatten i tanken vid Norrby skola. Nästa uppdatering kommer kl. 18.00 på exempelby.se.",
      language: "sv",
    },
    must: ["AU2"],
    mustNot: ["AC1", "AC3", "FA1"],
  },
  {
    name: "dense officialese with a high LIX",
    input: {
      kind: "bulletin",
      title: "Information angående vattenförsörjningsstörning",
      body: "Uppdaterad 25 november kl. 14.00. Samhällsbyggnadsförvaltningens vattenförsörjningsavdelning konstaterar att distributionsnätets tryckförhållanden fortfarande uppvisar betydande avvikelser efter gårdagens ledningsbrott. Genomförande av spolning och rengöring av ledningarna pågår. Kvalitetskontrollerande provtagningar genomförs kontinuerligt vid samtliga tappställen, och återställning av trycket sker efter utvärdering. Dricksvattenkonsumenter rekommenderas fortsättningsvis kokning av vattnet före förtäring. Avhjälpningsarbetena beräknas avslutas under innevarande vecka. Ytterligare information tillhandahålls via kommunens kontaktcenter på telefon 0480-45 00 00. Nästa uppdatering publiceras klockan 18.00.",
      language: "sv",
    },
    must: ["AU1", "AU4"],
    mustNot: ["FA1", "AC3"],
  },
  {
    name: "bulletin citing a retracted fact",
    input: {
      kind: "bulletin",
      title: "Koka dricksvattnet i Norrby",
      body: BOIL_GOOD_BODY,
      language: "sv",
      factIds: ["f1", "f2"],
    },
    context: {
      facts: [
        { id: "f1", statement: "E. coli har hittats i vattnet i Norrby.", status: "confirmed" },
        { id: "f2", statement: "Läckan beror på sabotage.", status: "retracted" },
      ],
    },
    must: ["FA3"],
    mustNot: ["FA4", "FA5", "FA6"],
    overallAtMost: 79,
  },
  {
    name: "bulletin citing an unconfirmed fact without admitting uncertainty",
    input: {
      kind: "bulletin",
      title: "Koka dricksvattnet i Norrby",
      body: BOIL_GOOD_BODY.replace(
        "Vi vet ännu inte varför bakterierna har kommit in i ledningarna. Orsaken utreds.",
        "Bakterierna kom in när ledningen lagades i fredags.",
      ),
      language: "sv",
      factIds: ["f3"],
    },
    context: {
      facts: [{ id: "f3", statement: "Bakterierna kom in vid reparationen i fredags.", status: "unconfirmed" }],
    },
    must: ["FA4", "OP2"],
    mustNot: ["FA3", "OP3"],
  },
  {
    name: "bulletin that cites no fact although the register has confirmed ones",
    input: { kind: "bulletin", title: "Koka dricksvattnet i Norrby", body: BOIL_GOOD_BODY, language: "sv" },
    context: { facts: [{ id: "f1", statement: "E. coli har hittats i vattnet i Norrby.", status: "confirmed" }] },
    must: ["FA5"],
    mustNot: ["FA3", "FA4", "OP2"],
  },
  {
    name: "bulletin drafted after the promised update time",
    input: { kind: "bulletin", title: "Koka dricksvattnet i Norrby", body: BOIL_GOOD_BODY, language: "sv" },
    context: {
      now: NOW,
      incident: {
        startedAt: "2025-11-25T08:00:00+01:00",
        firstPublishedAt: "2025-11-25T08:40:00+01:00",
        lastPublishedAt: "2025-11-25T11:00:00+01:00",
        nextUpdateDue: "2025-11-25T13:00:00+01:00",
      },
    },
    must: ["FS2"],
    mustNot: ["FS1", "FS3"],
  },
  {
    name: "first bulletin four hours after the incident started",
    input: { kind: "bulletin", title: "Koka dricksvattnet i Norrby", body: BOIL_GOOD_BODY, language: "sv" },
    context: {
      now: NOW,
      incident: { startedAt: "2025-11-25T10:00:00+01:00", firstPublishedAt: null, lastPublishedAt: null },
    },
    must: ["FS1"],
    mustNot: ["FS2"],
  },
  {
    name: "first bulletin within the first hour",
    input: {
      kind: "bulletin",
      title: "Koka dricksvattnet i Norrby",
      body: BOIL_GOOD_BODY,
      language: "sv",
      nextUpdateAt: "2025-11-25T18:00:00+01:00",
    },
    context: {
      now: NOW,
      incident: { startedAt: "2025-11-25T13:20:00+01:00", firstPublishedAt: null, lastPublishedAt: null },
    },
    must: [],
    mustNot: ["FS1", "FS2", "FS3"],
    overallAtLeast: 95,
  },
  {
    name: "next-update time already in the past",
    input: {
      kind: "bulletin",
      title: "Koka dricksvattnet i Norrby",
      body: BOIL_GOOD_BODY,
      language: "sv",
      nextUpdateAt: "2025-11-25T12:00:00+01:00",
    },
    context: { now: NOW },
    must: ["FS3"],
    mustNot: ["FS1"],
  },
  {
    name: "web bulletin without any time stamp",
    input: {
      kind: "bulletin",
      title: "Koka dricksvattnet i Norrby",
      body: BOIL_GOOD_BODY.replace("Uppdaterad 25 november kl. 14.00.\n\n", "").replace(
        "senast kl. 18.00",
        "i eftermiddag",
      ),
      language: "sv",
    },
    must: ["FS4", "AU15"],
    mustNot: ["AC2"],
  },
  {
    name: "Finnish version required in a Finnish administrative area",
    input: {
      kind: "bulletin",
      title: "Koka dricksvattnet i Norrby",
      body: BOIL_GOOD_BODY,
      language: "sv",
      audiences: ["residents"],
    },
    context: { requiredLanguages: ["sv", "fi"], availableLanguages: [] },
    must: ["AU13"],
    mustNot: ["AU14"],
  },
  {
    name: "visitors served by an existing English version",
    input: {
      kind: "bulletin",
      title: "Koka dricksvattnet i Norrby",
      body: BOIL_GOOD_BODY,
      language: "sv",
      audiences: ["residents", "visitors"],
    },
    context: { requiredLanguages: ["sv"], availableLanguages: ["en"] },
    must: [],
    mustNot: ["AU13"],
  },
  {
    name: "bulletin that never says who sends it",
    input: {
      kind: "bulletin",
      title: "Koka vattnet",
      body: "Uppdaterad 25 november kl. 14.00. Bakterier har hittats i vattnet i Norrby. Koka vattnet innan du dricker det. Nästa uppdatering kommer kl. 18.00 på exempelby.se.",
      language: "sv",
    },
    must: ["AU14"],
    mustNot: ["AC1", "AC2", "AC3"],
  },
  {
    name: "the same bulletin with sender metadata",
    input: {
      kind: "bulletin",
      title: "Koka vattnet",
      body: "Uppdaterad 25 november kl. 14.00. Bakterier har hittats i vattnet i Norrby. Koka vattnet innan du dricker det. Nästa uppdatering kommer kl. 18.00 på exempelby.se.",
      language: "sv",
      sender: "Exempelby kommun",
    },
    must: [],
    mustNot: ["AU14"],
  },
  {
    name: "bulletin that leaves a top contact-centre question unanswered",
    input: { kind: "bulletin", title: "Koka dricksvattnet i Norrby", body: BOIL_GOOD_BODY, language: "sv" },
    context: {
      topQuestions: [
        { question: "Kan jag duscha?", count: 120 },
        { question: "Var kan jag hämta nödvatten?", count: 80 },
      ],
    },
    must: ["OP4"],
    mustNot: [],
  },
  {
    name: "bulletin silent about a serious rumour",
    input: { kind: "bulletin", title: "Koka dricksvattnet i Norrby", body: BOIL_GOOD_BODY, language: "sv" },
    context: { openClaims: [{ text: "Kranvattnet är giftigt i hela kommunen", severity: "high" }] },
    must: ["AC6"],
    mustNot: [],
  },
  {
    name: "party named in a judging context",
    input: {
      kind: "bulletin",
      title: "Vattenläckan i Norrby",
      body: `${BOIL_GOOD_BODY}\n\nLäckan är en följd av Socialdemokraternas oansvariga sparbeslut.`,
      language: "sv",
    },
    must: ["IM3", "IM1"],
    mustNot: ["AC1"],
  },
  {
    name: "restoration stated as certain",
    input: {
      kind: "bulletin",
      title: "Koka dricksvattnet i Norrby",
      body: `${BOIL_GOOD_BODY}\n\nVattnet kommer att vara drickbart i morgon.`,
      language: "sv",
    },
    must: ["FA7"],
    mustNot: ["FA1"],
  },
  {
    name: "restoration given as the water works' estimate",
    input: {
      kind: "bulletin",
      title: "Koka dricksvattnet i Norrby",
      body: `${BOIL_GOOD_BODY}\n\nVattenverket beräknar att vattnet kommer att vara drickbart onsdag 26 november.`,
      language: "sv",
    },
    must: [],
    mustNot: ["FA7", "FA1"],
  },
  {
    name: "spokesperson's guess inside quotation marks",
    input: {
      kind: "bulletin",
      title: "Koka dricksvattnet i Norrby",
      body: `${BOIL_GOOD_BODY}\n\n”Läckan beror troligen på tjälen”, säger driftchefen Anna Berg.`,
      language: "sv",
    },
    must: [],
    mustNot: ["FA1"],
  },
];
