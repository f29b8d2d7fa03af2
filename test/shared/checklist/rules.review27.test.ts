/**
 * Twenty-seventh round, a reviewer's probes at the edges of the round's readings (112 probes written without the
 * evaluation sets: ordinary notices each rule must spare, and flawed wordings it should refuse). The first version of
 * the round refused 50 of the spares (41 of them new); after the fixes 5 spares are still refused (four as before the
 * round, one borderline) and 33 flawed wordings still pass. Those are listed in KNOWN below and not asserted; every other
 * probe is: the rule refuses it exactly when it is a flaw.
 */
import { describe, expect, it } from "vitest";
import { allFindings, scoreMessage } from "../../../shared/checklist/index.js";
import type { MessageInput } from "../../../shared/schemas/checklist.js";

type Kind = "bulletin" | "sms" | "social" | "correction" | "faq";
interface Probe {
  id: string;
  rule: string;
  want: "spare" | "flaw";
  language: "sv" | "en";
  kind: Kind;
  title?: string;
  body: string;
}

const P: Probe[] = [];
const add = (
  id: string,
  rule: string,
  want: Probe["want"],
  language: Probe["language"],
  title: string | undefined,
  body: string,
  kind: Kind = "bulletin",
) => P.push({ id, rule, want, language, kind, ...(title === undefined ? {} : { title }), body });

// Bases like the round's own tests, so the probe sentence is the only variable.
const enNews = (a: string, b: string) =>
  `Hagford Council, Tuesday 8 December 2026, 10am. ${a} Drinking water is available from a tank on Market Square. Bring your own containers. ${b} Next update at 2pm at hagford.gov.uk/news.`;
const svNews = (a: string, b: string) =>
  `Hagby kommun, tisdag 8 december 2026 kl. 10.00. ${a} Vatten finns i en tank vid Torget. Ta med egna dunkar. ${b} Nästa uppdatering kl. 14.00 på hagby.se/info.`;
const EN_BASE = (x: string) =>
  `Hagford Council, Tuesday 8 December 2026, 10am. Water is off on High Street after a burst main. ${x} Drinking water is available from a tank on Market Square. Next update at 2pm at hagford.gov.uk/water.`;
const SV_BASE = (x: string) =>
  `Hagby kommun, tisdag 8 december 2026 kl. 10.00. Vattnet är avstängt på Storgatan efter en läcka. ${x} Vatten finns i en tank vid Torget. Nästa uppdatering kl. 14.00 på hagby.se/vatten.`;

// ---------------- OP17 ----------------
add(
  "op17-s1",
  "OP17",
  "spare",
  "sv",
  "Simhallen stängd lördag",
  "Hagby simhall håller stängt lördag 14 mars. Anläggningen används då för SM i simning. Öppet som vanligt söndag kl. 9–16. Frågor: 0123-45 67 89.",
);
add(
  "op17-s2",
  "OP17",
  "spare",
  "en",
  "Leisure centre pool closed until Thursday",
  "The pool at Riverside Leisure Centre is closed until Thursday 12 March while a new filter is fitted. The gym and sauna are open as usual. Questions: 01632 960 111.",
);
add(
  "op17-s3",
  "OP17",
  "spare",
  "en",
  "Mill Road Bridge closed",
  "Mill Road Bridge is closed to all traffic after a lorry hit the bridge this morning. Engineers are checking the structure. Detour: use Route 9. Next update at 4pm.",
);
add(
  "op17-s4",
  "OP17",
  "spare",
  "sv",
  "Förskolan Solrosen stängd i dag",
  "Förskolan Solrosen håller stängt i dag, tisdag. Flera i personalen är sjuka och vi kan inte ta emot barnen på ett tryggt sätt. Vi hör av oss i kväll om onsdagen.",
);
add(
  "op17-s5",
  "OP17",
  "spare",
  "sv",
  "Biblioteket stängt lördag",
  "Hagby bibliotek håller stängt lördag 14 mars. All personal hjälper till med flytten till de nya lokalerna i Kulturhuset. Lämna böcker i inkastet vid entrén.",
);
add(
  "op17-s6",
  "OP17",
  "spare",
  "en",
  "Bin collections suspended on bank holiday Monday",
  "There are no bin collections on Monday 25 May. All collections that week move one day later, so Monday's bins are collected on Tuesday.",
);
add(
  "op17-s7",
  "OP17",
  "spare",
  "en",
  "Town hall closed over Christmas",
  "The town hall is closed from 24 December to 2 January. For emergency housing help call 01632 960 999. Normal opening hours resume on 3 January.",
);
add(
  "op17-s8",
  "OP17",
  "spare",
  "en",
  "7.15 ferry from Ardmore cancelled",
  "The 7.15 ferry from Ardmore will not sail this morning. The skipper has been taken ill and no relief crew is available. The 9.30 sailing runs as normal.",
  "social",
);
add(
  "op17-s9",
  "OP17",
  "spare",
  "sv",
  "Kvällens match på Hagby IP inställd",
  "Kvällens match på Hagby IP ställs in. Planen är ospelbar efter regnet i natt. Ny matchtid meddelas på hagbyif.se.",
  "social",
);
add(
  "op17-s10",
  "OP17",
  "spare",
  "sv",
  "Stadshuset stängt i mellandagarna",
  "Stadshuset håller stängt 27–30 december. Behöver du akut hjälp från socialtjänsten ringer du 0123-45 67 00. Vi öppnar igen 2 januari.",
);
add(
  "op17-f1",
  "OP17",
  "flaw",
  "en",
  "Riverside Library closed",
  "Riverside Library has been closed since Monday 6 July and will stay closed until further notice. Books can be returned at the Central Library. Questions: 01632 960 111.",
);
add(
  "op17-f2",
  "OP17",
  "flaw",
  "en",
  "All council offices shut",
  "All council offices are shut from today until further notice. Please use our website so you can still pay bills and report problems online.",
);
add(
  "op17-f3",
  "OP17",
  "flaw",
  "sv",
  "Simhallen stängs",
  "Hagby simhall stängs från måndag 9 mars tills vidare. Vi ber om ursäkt för eventuella störningar. Närmaste simhall finns i Norrby.",
);
add(
  "op17-f4",
  "OP17",
  "flaw",
  "en",
  "Youth football matches called off this weekend",
  "All youth matches at Parkside playing fields are called off this weekend. Coaches will contact families directly.",
);
add(
  "op17-f5",
  "OP17",
  "flaw",
  "en",
  "Hillside Pool: no swimming until further notice",
  "Swimming at Hillside Pool is not allowed until further notice. Lifeguards will turn swimmers away. Questions: 01632 960 222.",
);
add(
  "op17-f6",
  "OP17",
  "flaw",
  "sv",
  "Idrottshallen stängd",
  "Hagby idrottshall är stängd från och med i dag tills vidare. Vi vet att det blir ett problem för föreningarna och hör av oss om nya tider.",
);

// ---------------- OP6 ----------------
add(
  "op6-s1",
  "OP6",
  "spare",
  "en",
  "Burglaries in Northside",
  "Police have told us of five burglaries in Northside this week. We will not say which homes were burgled, to protect the families living there. Lock doors and windows and report anything suspicious on 101.",
);
add(
  "op6-s2",
  "OP6",
  "spare",
  "en",
  "Arrest after school fire",
  "A 15-year-old has been arrested after the fire at Ashgrove School. Police will not confirm who was arrested because the suspect is a child. The school reopens on Monday.",
);
add(
  "op6-s3",
  "OP6",
  "spare",
  "en",
  "Death at Mill Lane",
  "A man died at the Mill Lane works on Tuesday. We can't go into more detail as the matter is now with the coroner. Our thoughts are with his family.",
);
add(
  "op6-s4",
  "OP6",
  "spare",
  "en",
  "Flood response review",
  "The independent review of the flood response is finished. The report will not be published before the families who lost homes have read it; it goes online on 3 June.",
);
add(
  "op6-s5",
  "OP6",
  "spare",
  "sv",
  "Strömavbrottet i Lunden",
  "Strömmen är borta för 300 hushåll i Lunden sedan kl. 06. Vi har ingen ytterligare information att lämna just nu. Nästa uppdatering kommer kl. 10.00 på hagbyenergi.se.",
);
add(
  "op6-s6",
  "OP6",
  "spare",
  "sv",
  "Vattenläckan i Tvärby",
  "Många har frågat om läckan beror på slarv vid grävningen. Det vill vi inte svara på innan utredningen är klar, eftersom vi inte vill peka ut någon i onödan. Nästa uppdatering kl. 17.00.",
);
add(
  "op6-f1",
  "OP6",
  "flaw",
  "en",
  "Power cut",
  "Power is off for 400 homes in Eastham. We are not prepared to discuss the cause of the outage. Next update at 4pm.",
);
add(
  "op6-f2",
  "OP6",
  "flaw",
  "sv",
  "Händelsen på Lindgården",
  "Vi har fått många frågor om gårdagens händelse på Lindgården. Det går vi inte in på. Verksamheten fortsätter som vanligt.",
);
add(
  "op6-f3",
  "OP6",
  "flaw",
  "sv",
  "Uppgifterna i tidningen",
  "Kommunen väljer att inte kommentera uppgifterna i tidningen om vattenverket. Vattnet kan drickas som vanligt.",
);
add(
  "op6-f4",
  "OP6",
  "flaw",
  "en",
  "Data breach",
  "Our systems were accessed by an outside party last week. There is nothing more we can share about what was taken. Change your password if you have an account with us.",
);

// ---------------- FA12 ----------------
add(
  "fa12-s1",
  "FA12",
  "spare",
  "en",
  "Payments delayed",
  "Housing benefit payments are likely delayed by one day after the cyberattack on our payments supplier last week. You do not need to do anything. Questions: 01632 960 333.",
);
add(
  "fa12-s2",
  "FA12",
  "spare",
  "sv",
  "Utbetalningar försenade",
  "Utbetalningarna av försörjningsstöd blir troligen en dag försenade efter it-attacken mot vår leverantör förra veckan. Du behöver inte göra något. Frågor: 0123-45 67 89.",
);
add(
  "fa12-s3",
  "FA12",
  "spare",
  "sv",
  "Brunt vatten i Norrby",
  "Det bruna vattnet i Norrby kommer troligen från rost i ledningarna som lossnat vid spolningen i går. Vattnet går att dricka. Spola kallvatten tills det är klart.",
);
add(
  "fa12-s4",
  "FA12",
  "spare",
  "en",
  "Council payroll",
  "Police are investigating the intrusion into our payroll system reported on Monday. We will probably pay staff by bank transfer on Friday as usual. Questions: hr@hagford.gov.uk.",
);
add(
  "fa12-f1",
  "FA12",
  "flaw",
  "sv",
  "Magsjuka på Solgården",
  "Magsjuka har brutit ut på Solgården. Smittan har troligen sitt ursprung i maten från centralköket. Besök inte Solgården.",
  "sms",
);
add(
  "fa12-f2",
  "FA12",
  "flaw",
  "en",
  "Sickness at Solgarden",
  "Sickness has broken out at Solgarden care home. The illness probably originates in the salad bar at the central kitchen. Do not visit Solgarden.",
  "sms",
);
add(
  "fa12-f3",
  "FA12",
  "flaw",
  "en",
  "Pumping station",
  "Pressure is low in Northside after a fault at the pumping station. We believe someone broke into the control room overnight. Save water in containers.",
  "social",
);

// ---------------- FA7 ----------------
add(
  "fa7-s1",
  "FA7",
  "spare",
  "en",
  "Update",
  enNews(
    "Samples were taken this morning and are being tested at the laboratory.",
    "If the results are clear, the notice will be lifted on Wednesday.",
  ),
);
add(
  "fa7-s2",
  "FA7",
  "spare",
  "en",
  "Update",
  enNews(
    "Samples are being analysed at the laboratory.",
    "The notice will be lifted once two sets of results in a row come back clear.",
  ),
);
add(
  "fa7-s3",
  "FA7",
  "spare",
  "sv",
  "Uppdatering",
  svNews(
    "Proverna analyseras på laboratoriet.",
    "Kokningsrekommendationen kommer att hävas när två prover i rad visar tjänligt vatten.",
  ),
);
add(
  "fa7-s4",
  "FA7",
  "spare",
  "sv",
  "Ersättning",
  SV_BASE("Alla hushåll som varit utan vatten i mer än 24 timmar får garanterat tillbaka avgiften för perioden."),
);
add(
  "fa7-f1",
  "FA7",
  "flaw",
  "en",
  "Update",
  enNews(
    "Samples are at the laboratory.",
    "We are confident the tests will show the water is safe, and the notice will end on Thursday.",
  ),
);
add(
  "fa7-f2",
  "FA7",
  "flaw",
  "sv",
  "Uppdatering",
  svNews("Proverna analyseras på laboratoriet.", "Provsvaren blir säkert bra och rekommendationen tas bort på onsdag."),
);
add("fa7-f3", "FA7", "flaw", "en", "Power", EN_BASE("Power will 100% be back by 6pm today."));

// ---------------- FA15 ----------------
add(
  "fa15-s1",
  "FA15",
  "spare",
  "en",
  "Update",
  enNews(
    "The fire at the Mill Lane warehouse is now out.",
    "Crews are still fighting the grass fire near Hollow Road and ask you to keep away.",
  ),
);
add(
  "fa15-s2",
  "FA15",
  "spare",
  "en",
  "Fire at Mill Lane – live updates",
  "Update 2pm: Crews are still working to put out the fire at the Mill Lane warehouse. Keep windows closed.\nUpdate 4pm: The fire is now out. Firefighters will stay overnight to monitor the site. Next update at 8pm at hagford.gov.uk/fire.",
);
add(
  "fa15-s3",
  "FA15",
  "spare",
  "sv",
  "Uppdatering",
  svNews("E4 är helt öppen igen i båda riktningarna.", "Rastplatsen vid Ljungby är fortfarande avstängd."),
);
add(
  "fa15-s4",
  "FA15",
  "spare",
  "en",
  "Update",
  enNews("Main Street is now open in both directions.", "The Main Street car park remains closed until Monday."),
);
add(
  "fa15-s5",
  "FA15",
  "spare",
  "en",
  "Update",
  enNews(
    "Northside's water is now safe to drink.",
    "Southside residents should continue to boil water until further notice.",
  ),
);
add(
  "fa15-s6",
  "FA15",
  "spare",
  "sv",
  "Uppdatering",
  svNews(
    "Vi håller informationsmötet tisdag 15 december kl. 18 i Folkets hus.",
    "Informationsmötet upprepas onsdag 16 december kl. 13 för dig som inte kan komma på kvällen.",
  ),
);
add(
  "fa15-s7",
  "FA15",
  "spare",
  "en",
  "Update",
  enNews(
    "A press conference will be held at 11am today in the Town Hall.",
    "A public meeting for residents will be held on Thursday 10 December at 7pm in the school hall.",
  ),
);
add(
  "fa15-s8",
  "FA15",
  "spare",
  "en",
  "Update",
  enNews(
    "Water is expected back on at 4pm today.",
    "Residents who borrowed crates of bottled water are asked to return them on Friday.",
  ),
);
add(
  "fa15-s9",
  "FA15",
  "spare",
  "en",
  "Update",
  enNews(
    "Water is expected to return to most homes by 4pm.",
    "Homes on higher ground in Hilltop may see water supplies return only at 8pm.",
  ),
);
add(
  "fa15-s10",
  "FA15",
  "spare",
  "en",
  "Update",
  enNews(
    "The public meeting will be held on Tuesday 15 December at 7pm in the Town Hall.",
    "The public meeting will be repeated on Wednesday 16 December at 2pm for those who cannot come in the evening.",
  ),
);
add(
  "fa15-f1",
  "FA15",
  "flaw",
  "en",
  "Update",
  enNews("The fire has been put out.", "Firefighters are still battling the blaze at the warehouse."),
);
add(
  "fa15-f2",
  "FA15",
  "flaw",
  "sv",
  "Uppdatering",
  svNews("Branden är släckt.", "Räddningstjänsten bekämpar fortfarande branden i lagret."),
);
add(
  "fa15-f3",
  "FA15",
  "flaw",
  "en",
  "Update",
  enNews("Tap water is safe to drink again.", "Keep boiling your water until we tell you otherwise."),
);
add(
  "fa15-f4",
  "FA15",
  "flaw",
  "en",
  "Update",
  enNews("All lanes of the A12 are open again.", "The northbound carriageway of the A12 remains closed."),
);

// ---------------- FA25 ----------------
add(
  "fa25-s1",
  "FA25",
  "spare",
  "en",
  "Update",
  enNews(
    "Three people were injured in the first explosion at 9am.",
    "After the second explosion at 11am, all five injured people were taken to Hagford hospital.",
  ),
);
add(
  "fa25-s2",
  "FA25",
  "spare",
  "sv",
  "Uppdatering",
  svNews(
    "Tre personer har skadats i olyckan på E4. Ytterligare två skadades i en följdolycka en timme senare.",
    "De fem skadade vårdas på Hagby sjukhus.",
  ),
);
add(
  "fa25-s3",
  "FA25",
  "spare",
  "sv",
  "Strömavbrott",
  "Hagby Energi 24/1 kl 12.00: I natt var ca 1 200 kunder i Kvarnviken utan ström. Nu har de flesta fått strömmen tillbaka. De 150 kunder som berörs får besked i kväll. Info: hagbyenergi.se",
  "sms",
);
add(
  "fa25-f1",
  "FA25",
  "flaw",
  "sv",
  "Uppdatering",
  svNews("Fyra personer skadades i branden.", "Samtliga sex skadade har nu skrivits ut från sjukhuset."),
);
add(
  "fa25-f2",
  "FA25",
  "flaw",
  "en",
  "Update",
  enNews(
    "Two people were seriously injured in the crash.",
    "The three people injured are being treated at Hagford hospital.",
  ),
);
add(
  "fa25-f3",
  "FA25",
  "flaw",
  "sv",
  "Strömavbrott",
  "Hagby Energi 24/1 kl 07.30: Ca 1 200 kunder i Kvarnviken är utan ström. Av de 800 kunder som drabbats väntas alla få ström i kväll. Info: hagbyenergi.se",
  "sms",
);

// ---------------- FA19 ----------------
add(
  "fa19-s1",
  "FA19",
  "spare",
  "en",
  "Update",
  enNews(
    "Highway 14 is expected to reopen by 11:30 a.m.",
    "Repairs to the footpath will continue until at least 2 p.m., so walk on the other side.",
  ),
);
add(
  "fa19-s2",
  "FA19",
  "spare",
  "sv",
  "Uppdatering",
  svNews(
    "Vattnet väntas vara tillbaka kl. 12 i dag.",
    "Tankbilen står kvar på Torget minst till kl. 18 så att alla hinner hämta vatten.",
  ),
);
add(
  "fa19-f1",
  "FA19",
  "flaw",
  "en",
  "Update",
  enNews(
    "Highway 14 will reopen at 11:30 a.m. today.",
    "The closure will remain in place until 2 p.m. at the earliest.",
  ),
);
add(
  "fa19-f2",
  "FA19",
  "flaw",
  "sv",
  "Uppdatering",
  svNews("Vägen öppnar igen kl. 11.30 i dag.", "Avstängningen gäller åtminstone till kl. 14."),
);

// ---------------- IM9 ----------------
add(
  "im9-s1",
  "IM9",
  "spare",
  "en",
  "Thank you",
  EN_BASE("To everyone who checked on an elderly neighbour last night – you know who you are – thank you."),
);
add(
  "im9-s2",
  "IM9",
  "spare",
  "sv",
  "Tack",
  SV_BASE("Tack till alla som ställde upp med sandsäckar i natt – ni vet vilka ni är!"),
);
add(
  "im9-s3",
  "IM9",
  "spare",
  "sv",
  "Familjedagen inställd",
  "Familjedagen i Stadsparken brukar vara en riktig höjdare för barnfamiljerna, men i år ställs den in på grund av åskvarningen på lördag. Ny dag meddelas på hagby.se.",
);
add(
  "im9-f1",
  "IM9",
  "flaw",
  "en",
  "Update",
  EN_BASE("To the Facebook experts who think they know better: we do not need your advice."),
);
add(
  "im9-f2",
  "IM9",
  "flaw",
  "sv",
  "Uppdatering",
  SV_BASE("Till alla tyckare på Facebook: vi vet faktiskt vad vi gör."),
);
add(
  "im9-f3",
  "IM9",
  "flaw",
  "en",
  "Storm Ivy",
  "Snow fans, rejoice: Storm Ivy is bringing 30 cm tonight! Stay off the roads after 8pm. Updates at hagford.gov.uk/storm.",
);

// ---------------- IM7 ----------------
add(
  "im7-s1",
  "IM7",
  "spare",
  "en",
  "Cold weather: warm spaces",
  "Outreach workers will visit rough sleepers known to the council's housing team tonight and offer a bed at the Mill Lane shelter. If you see someone sleeping outside, call 0300 500 0914.",
);
add(
  "im7-s2",
  "IM7",
  "spare",
  "en",
  "Hosepipe ban",
  "The hosepipe ban applies to everyone, including travellers at the Mill Lane site. People who do not follow the ban can be fined up to £1,000. Report leaks on 0800 123 456.",
);
add(
  "im7-s3",
  "IM7",
  "spare",
  "en",
  "Heatwave",
  "Please avoid wasting water during the heatwave. Free bottled water is available for homeless people at the day centre on Castle Street.",
);
add(
  "im7-s4",
  "IM7",
  "spare",
  "sv",
  "Kylan",
  "Värmestugan för hemlösa vid Stationen är öppen i natt. Eldningsförbudet gäller fortfarande och den som inte följer förbudet kan få böter.",
);
add(
  "im7-f1",
  "IM7",
  "flaw",
  "en",
  "Water shortage",
  EN_BASE("Travellers at the Mill Lane site keep leaving taps running while the rest of us save every drop."),
);
add("im7-f2", "IM7", "flaw", "sv", "Vattenbrist", SV_BASE("Det är de asylsökande på hotellet som slösar mest vatten."));

// ---------------- IM1 ----------------
add(
  "im1-s1",
  "IM1",
  "spare",
  "en",
  "Power cut: food safety",
  EN_BASE(
    "If your freezer has been off for more than 24 hours, do not let the food rot in it: throw it away in your general waste bin.",
  ),
);
add(
  "im1-s2",
  "IM1",
  "spare",
  "sv",
  "Olycka på väg 40",
  "Väg 40 är avstängd vid Hagby efter en trafikolycka. Olyckan orsakades av föraren i bil 2 som fick sladd på isen, enligt polisen. Ingen skadades. Omledning via Norrby.",
);
add(
  "im1-f1",
  "IM1",
  "flaw",
  "en",
  "Update",
  EN_BASE("The leak happened because the homeowner at 18 Elm Street dug into the service line without calling us."),
);
add(
  "im1-f2",
  "IM1",
  "flaw",
  "sv",
  "Uppdatering",
  SV_BASE("Läckan uppstod när mannen på Almvägen 18 grävde utan att ringa oss först."),
);
add(
  "im1-f3",
  "IM1",
  "flaw",
  "en",
  "Update",
  EN_BASE("The previous administration left the pipes to rot for twenty years."),
);

// ---------------- IM12 ----------------
add(
  "im12-s1",
  "IM12",
  "spare",
  "en",
  "Storm warning",
  "Environment Canada expects the strongest gusts in the province along the south shore tonight, up to 110 km/h. Secure loose objects and stay off the shore road. Next update at 6am.",
);
add(
  "im12-s2",
  "IM12",
  "spare",
  "en",
  "Power cut in Eastham",
  "Power is off for 400 homes in Eastham after a cable fault. No other service is affected: bins will be collected as normal. Next update at 4pm at hagford.gov.uk.",
);
add(
  "im12-f1",
  "IM12",
  "flaw",
  "en",
  "Power back",
  "Power is back for all homes in Eastham. Our response has been the envy of every other utility in the province.",
);
add(
  "im12-f2",
  "IM12",
  "flaw",
  "en",
  "Power back",
  "Power is back for all homes in Eastham. We restored power faster than anyone else in the province.",
);

// ---------------- IM3 ----------------
add(
  "im3-s1",
  "IM3",
  "spare",
  "en",
  "Flood barrier",
  "The flood barrier on River Street, approved in 2019 against opposition from the rest of council, will be raised tonight before the worst of the high tide. Keep away from the riverbank.",
);
add(
  "im3-f1",
  "IM3",
  "flaw",
  "en",
  "Town centre dry",
  "Thanks to the barrier our party fought for, despite the rest of council voting against it, the town centre stayed dry. Debris pick-up runs next week.",
);

// ---------------- IM14 ----------------
add(
  "im14-s1",
  "IM14",
  "spare",
  "en",
  "Heatwave: dogs in cars",
  "Temperatures reach 30°C today. Parked cars quickly become death traps for dogs, even with a window open: never leave a pet in a car. Call 999 if you see a dog in distress.",
);
add(
  "im14-s2",
  "IM14",
  "spare",
  "sv",
  "Värmebölja: hundar i bilar",
  "Det blir upp till 30 grader i dag. En parkerad bil blir snabbt en dödsfälla för hundar, även med fönstret på glänt. Lämna aldrig ett djur i bilen.",
);
add(
  "im14-s3",
  "IM14",
  "spare",
  "en",
  "Flood update",
  "Tuesday's once-in-a-century rainfall caused devastating flooding in Millbrook. Forty homes are flooded. A rest centre is open at Millbrook School.",
);
add(
  "im14-f1",
  "IM14",
  "flaw",
  "en",
  "Storm",
  "This could be the storm of our lifetimes, and it will be deadly. Stay home on Saturday.",
);
add(
  "im14-f2",
  "IM14",
  "flaw",
  "sv",
  "Storm",
  "Det här blir århundradets storm och vägarna blir livsfarliga. Stanna hemma på lördag.",
);

// ---------------- AU19 ----------------
add(
  "au19-s1",
  "AU19",
  "spare",
  "en",
  "Boil water advisory lifted for Zone 4",
  "The Boil Water Advisory (BWA) for Zone 4 has been lifted. Customers with a lead service connection should run the cold tap for two minutes before drinking. Questions: call Water Ops at 555-0100.",
);
add(
  "au19-s2",
  "AU19",
  "spare",
  "en",
  "Low water pressure in Northside",
  "Customers in district metered area (DMA) 12 may have low water pressure until 6pm while we repair a main. If the pipe to your home is leaking at the service connection, call our Network Ops team on 0800 123 456.",
);
add(
  "au19-f1",
  "AU19",
  "flaw",
  "en",
  "Low pressure",
  "Crews isolated the main at the PRV and the zone is now on a back-feed; expect low pressure and discoloured water until valving is complete.",
);

// ---------------- AU23 ----------------
add(
  "au23-s1",
  "AU23",
  "spare",
  "en",
  "Hurricane Milo",
  "Hurricane Milo: the eye of the storm is expected over the Keys at 2 a.m. If you did not evacuate, hunker down in an interior room away from windows. When the wind drops, sit tight: the back side of the storm follows within the hour.",
);
add(
  "au23-f1",
  "AU23",
  "flaw",
  "en",
  "Storm tonight",
  "We're in for a bumpy ride tonight, so buckle up, batten down and don't throw caution to the wind. Stay indoors after 8pm.",
);

// ---------------- FA13 ----------------
add(
  "fa13-s1",
  "FA13",
  "spare",
  "en",
  "Storm damage",
  "Storm Ivy has brought down trees across Hagford. Share your pictures of storm damage with us on Facebook using #StormIvy so crews know where to go. Report fallen power lines on 105.",
);
add(
  "fa13-s2",
  "FA13",
  "spare",
  "sv",
  "Stormskador",
  "Stormen har fällt träd över hela Hagby. Lägg gärna upp bilder på skadorna i vår Facebookgrupp så vet vi var vi behövs. Felanmäl nedrivna ledningar på 020-12 34 56.",
);
add(
  "fa13-f1",
  "FA13",
  "flaw",
  "en",
  "Bridge",
  "Heavy rain overnight. According to posts on Facebook, Mill Road Bridge has collapsed; to report flooding, call 105. Stay away from the river.",
);

// ---------------- second batch ----------------
add(
  "fa15-s11",
  "FA15",
  "spare",
  "en",
  "Update",
  enNews(
    "The boil water notice for Eastham was lifted at noon and the water is now safe to drink.",
    "Residents of Westham must continue to boil their water until further notice.",
  ),
);
add(
  "fa15-f5",
  "FA15",
  "flaw",
  "en",
  "Update",
  enNews("Water should be back on by 4pm today.", "Supplies are due to come back at 8pm this evening."),
);
add(
  "fa15-f6",
  "FA15",
  "flaw",
  "en",
  "Update",
  enNews(
    "The drop-in will be on Tuesday 15 December at 7pm in the library.",
    "Come to the drop-in on Wednesday 16 December at 7pm in the library.",
  ),
);
add(
  "fa25-s4",
  "FA25",
  "spare",
  "en",
  "Power cut",
  "Around 2,000 customers in Eastham lost power at 6am after a cable fault. A second fault at 9am cut power in Westham. The 300 customers who are affected by the second fault will be reconnected by 2pm. Updates: hagfordpower.co.uk",
  "sms",
);
add(
  "fa19-s3",
  "FA19",
  "spare",
  "en",
  "Update",
  enNews(
    "Power is expected back by 11am today.",
    "The generator on Market Square stays until at least 3pm in case of further faults.",
  ),
);
add(
  "im3-s2",
  "IM3",
  "spare",
  "en",
  "Flood wall",
  "The Riverside flood wall, built in 2019 against opposition from the rest of council, protected most homes in Lowbridge last night. Keep away from the riverbank.",
);
add(
  "au23-s2",
  "AU23",
  "spare",
  "en",
  "Storm Ivy",
  "Storm Ivy: keep out of the woods at Hagford Common until our tree team has checked them. If your power goes off, sit tight: crews are on their way. Hunker down indoors and keep pets inside until the wind drops.",
);
add(
  "fa13-s3",
  "FA13",
  "spare",
  "en",
  "Storm damage",
  "Storm Ivy has brought down trees across Hagford. Tell us on Facebook where you see fallen trees so crews know where to go. Report fallen power lines on 105.",
);
add(
  "fa13-f2",
  "FA13",
  "flaw",
  "en",
  "Bridge",
  "Heavy rain overnight. According to posts on Facebook, Mill Road Bridge has collapsed, so please post your photos of flooding there too. Stay away from the river.",
);
add(
  "fa13-c1",
  "FA13",
  "flaw",
  "en",
  "Bridge",
  "Heavy rain overnight. According to posts on Facebook, Mill Road Bridge has collapsed. Stay away from the river.",
);
add(
  "op17-s11",
  "OP17",
  "spare",
  "en",
  "Crane Beach closed to swimmers",
  "Crane Beach is closed to swimming today. A shark was seen close to the shore at 10 a.m. Lifeguards will reopen the water when it has gone.",
  "social",
);
add(
  "op17-f7",
  "OP17",
  "flaw",
  "en",
  "Curfew in Lowbridge town centre tonight",
  "A curfew applies in Lowbridge town centre from 9pm tonight until 6am. Police will patrol the area.",
  "social",
);

/** Probes the round leaves as they are (refused spares, missed flaws), by id. */
const KNOWN = new Set([
  "op17-f1",
  "op17-f2",
  "op17-f3",
  "op17-f4",
  "op17-f5",
  "op17-f6",
  "op6-f2",
  "op6-f4",
  "fa12-s1",
  "fa12-s2",
  "fa7-f1",
  "fa7-f2",
  "fa7-f3",
  "fa15-s4",
  "fa15-f1",
  "fa15-f2",
  "fa15-f3",
  "fa15-f4",
  "fa25-f1",
  "fa25-f2",
  "fa19-f1",
  "fa19-f2",
  "im9-f1",
  "im9-f2",
  "im9-f3",
  "im1-f1",
  "im1-f2",
  "im12-f1",
  "im12-f2",
  "im3-s1",
  "im3-f1",
  "im14-s2",
  "im14-f1",
  "im14-f2",
  "au19-f1",
  "au23-f1",
  "fa13-f1",
  "fa15-f6",
]);

function refusedBy(p: Probe): boolean {
  const input: MessageInput = {
    kind: p.kind,
    language: p.language,
    ...(p.title === undefined ? {} : { title: p.title }),
    body: p.body,
    channels: ["web"],
  };
  return allFindings(scoreMessage(input, {})).some((f) => f.ruleId === p.rule && f.severity === "error");
}

describe("twenty-seventh round: a reviewer's edge probes", () => {
  for (const rule of [...new Set(P.map((p) => p.rule))]) {
    it(`[${rule}] refuses the flawed probes and spares the ordinary ones`, () => {
      for (const p of P.filter((x) => x.rule === rule && !KNOWN.has(x.id))) {
        expect(refusedBy(p), `${p.id} (${p.want}): ${p.body.slice(0, 80)}`).toBe(p.want === "flaw");
      }
    });
  }
});
