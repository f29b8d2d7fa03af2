/**
 * Long realistic texts: a professionally written 300-word Swedish bulletin (the benchmark's main case, and a
 * false-alarm check) and a way to build a 3,000-word text from varied paragraphs.
 */

export const BULLETIN_300 = `Uppdaterad tisdag 25 november kl. 14.00.

Vid den ordinarie provtagningen i måndags hittades E. coli-bakterier i dricksvattnet i Norrby, vilket betyder att vattnet kan göra dig sjuk om du dricker det okokt. Därför rekommenderar Exempelby kommun alla som bor eller arbetar i Norrby att koka vattnet innan de dricker det.

Det här ska du göra:
- Koka vattnet i minst en minut innan du dricker det.
- Använd kokt vatten till matlagning, tandborstning och till husdjur.
- Ge små barn kokt och avsvalnat vatten, även när du blandar välling.
- Du kan duscha, diska och tvätta som vanligt.

Rekommendationen gäller hushåll, skolor, förskolor och företag i Norrby, söder om Storgatan. Övriga delar av kommunen berörs inte, och där kan du dricka vattnet som vanligt.

Vi vet ännu inte hur bakterierna har kommit in i ledningarna. Vår personal spolar nu ledningarna och tar nya prover varje dag. Provsvaren tar ungefär ett dygn. Rekommendationen gäller tills två prover i rad visar att vattnet är rent.

Känner du dig sjuk med diarré eller kräkningar efter att ha druckit vattnet, ring sjukvårdsrådgivningen på 1177. Vid akut fara, ring 112.

Kommunen ställer ut tankar med dricksvatten vid Norrby skola och vid Folkets hus från kl. 16.00 i dag. Ta med egna rena dunkar eller flaskor. Behöver du hjälp att hämta vatten, till exempel för att du är sjuk eller äldre, kan du ringa kommunens kontaktcenter så ordnar vi det.

Nästa uppdatering kommer senast kl. 18.00 i dag. Mer information finns på exempelby.se/vatten. Har du frågor, ring kommunens kontaktcenter på 0480-45 00 00, vardagar kl. 8–20 och helger kl. 10–16.

Vi förstår att det här är besvärligt för många. Tack för att du hjälper grannar som inte kan läsa det här, till exempel genom att berätta om rekommendationen för äldre i ditt hus. Information på finska och engelska finns på samma sida.

Exempelby kommun, kommunikationsenheten`;

const PARAGRAPHS = [
  BULLETIN_300,
  `Stormen har orsakat elavbrott för cirka 4 000 hushåll i Exempelby kommun. Ellevio arbetar med att laga ledningarna och beräknar att de flesta har ström igen i kväll. Håll dig borta från nedfallna ledningar. Ring 112 om någon är i fara. Kommunen öppnar en värmestuga i Folkets hus eftersom det blir kallt i husen.`,
  `Det sprids uppgifter i sociala medier om att kranvattnet i hela kommunen skulle vara giftigt. Det stämmer inte. Kokningsrekommendationen gäller bara Norrby. Provsvaren visar att vattnet i resten av kommunen är rent.`,
  `Exempelby kommun har drabbats av en IT-attack. Vi vet ännu inte vem som ligger bakom attacken. Svara inte på mejl som ber om lösenord. Har du ett akut ärende, ring 0480-45 10 00. Nästa uppdatering kommer kl. 15.00.`,
];

/** About `words` words of varied Swedish crisis text, deterministic. */
export function longSwedishText(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length] ?? "";
    out.push(p);
    count += p.split(/\s+/u).length;
  }
  return out.join("\n\n");
}
