import type { EvalMessage, Principle } from "./types.js";

/**
 * Flawed crisis messages written for this corpus (not real publications).
 * Each shows one or two known failure patterns; `source` names the guidance
 * that warns about the pattern and `mustFlag` the principles it violates.
 */
function bad(
  id: string,
  language: "sv" | "en",
  kind: EvalMessage["input"]["kind"],
  title: string | undefined,
  body: string,
  pattern: string,
  mustFlag: Principle[],
  source: string,
): EvalMessage {
  const channels: EvalMessage["input"]["channels"] =
    kind === "sms" ? ["sms"] : kind === "social" ? ["social"] : ["web"];
  const input: EvalMessage["input"] = { kind, body, language, channels };
  if (title !== undefined) input.title = title;
  return { id, input, source, pattern, mustFlag };
}

const CERC = "CDC, Crisis and Emergency Risk Communication (CERC) manual, 2018 (https://emergency.cdc.gov/cerc/manual/index.asp)";
const MSB = "MSB, Kriskommunikation – vägledning för kommuner och myndigheter (https://www.msb.se/kriskommunikation)";
const KRISINFO = "Krisinformation.se publiceringspolicy: endast bekräftad information från ansvarig aktör (https://www.krisinformation.se/om-krisinformation)";
const KLARSPRAK = "Språklagen (2009:600) 11 § och Språkrådet/Isof, Klarspråk (https://www.isof.se/klarsprak)";
const RF = "Regeringsformen 1 kap. 9 § (saklighet och opartiskhet) och MSB, Kriskommunikation";
const DEBUNK = "Lewandowsky m.fl., The Debunking Handbook 2020 – fact first, myth once (https://www.climatechangecommunication.org/debunking-handbook-2020/)";
const WHO = "WHO, Communicating risk in public health emergencies (2017)";
const WHO_STIGMA = "WHO/UNICEF/IFRC, Social stigma associated with COVID-19 – a guide (2020)";
const EPA = "US EPA, Revised Public Notification Handbook (2010), Tier 1 notices: what happened, who is affected, what to do, when it will be resolved, whom to contact";
const VMA = "MSB, Viktigt meddelande till allmänheten (VMA): vad har hänt, var, vad ska allmänheten göra, var finns mer information";
const GCS = "UK Government Communication Service, Propriety guidance (no party-political content in public communication)";

export const BAD: EvalMessage[] = [
  // --- speculation about cause -------------------------------------------
  bad("bad-sv-001", "sv", "bulletin", "Brand i Norrbyskolan",
`Under natten började det brinna i Norrbyskolans matsal. Vi tror att branden är anlagd, troligen av de ungdomar som brukar hänga på skolgården på kvällarna. Räddningstjänsten är på plats. Skolan är stängd i dag.`,
    "speculation about cause", ["factual"], CERC),
  bad("bad-sv-002", "sv", "bulletin", "Vattenverket i Ljungby ur drift",
`Vattenverket i Ljungby stängdes i morse efter ett larm om avvikande klorhalter. Det finns mycket som tyder på att det rör sig om sabotage mot vattenverket, även om polisen ännu inte har bekräftat något. Koka vattnet tills vidare.`,
    "speculation about cause (sabotage)", ["factual"], MSB),
  bad("bad-sv-003", "sv", "social", undefined,
`Kommunens e-tjänster och växel ligger nere sedan kl 07 i morse. Troligen är det ett ryskt hackerangrepp, samma typ som drabbade flera kommuner förra året. Vi jobbar på det!`,
    "speculation about cause / attribution", ["factual"], MSB),
  bad("bad-sv-004", "sv", "bulletin", "Strömavbrott i Hällby",
`Cirka 600 hushåll i Hällby är utan ström sedan kl 14.20. Avbrottet beror förmodligen på att en grävmaskin har gått av en kabel vid bygget på Industrigatan, men det kan också vara en följd av åskan i går. Vi får se vad felsökningen visar.`,
    "speculation about cause", ["factual"], KRISINFO),
  bad("bad-en-001", "en", "bulletin", "Water outage in Millbrook",
`Around 250 homes in Millbrook have no water this morning. We suspect the main burst because the contractor working on Elm Road hit it, most likely through careless digging. Crews are on site.`,
    "speculation about cause; blame of a company", ["factual", "impartial"], CERC),

  // --- unverified casualty figures / hearsay --------------------------------
  bad("bad-sv-005", "sv", "bulletin", "Explosion i centrum",
`Vid 16-tiden inträffade en explosion i ett trapphus på Storgatan. Enligt uppgifter på sociala medier ska tre personer ha omkommit. Kommunen följer utvecklingen och återkommer.`,
    "unverified casualty figures from social media", ["factual"], KRISINFO),
  bad("bad-sv-006", "sv", "social", "Olycka vid Norrstrand",
`Vi har fått höra från flera håll att ett barn ska ha drunknat vid Norrstrands badplats i eftermiddag. Uppgiften är inte bekräftad men vi vill informera så snabbt som möjligt.`,
    "passing on unconfirmed death report", ["factual"], CERC),
  bad("bad-sv-007", "sv", "social", undefined,
`Det cirkulerar bilder i en Facebookgrupp som visar att hela Björkvägen står under vatten och att ett tiotal villor har fått stora skador. Vi delar vidare så att alla vet hur läget är. Sandsäckar finns vid brandstationen.`,
    "hearsay from social media presented as situation report", ["factual"], KRISINFO),
  bad("bad-sv-008", "sv", "sms", undefined,
`Östra Hagby: Enligt en förälder i skolans Facebookgrupp har över 200 personer insjuknat i magsjuka efter att ha druckit kranvatten. Kommunen utreder. /Hagby kommun`,
    "unverified case numbers from a parent group", ["factual"], WHO),
  bad("bad-en-002", "en", "social", undefined,
`Reports on Twitter suggest at least five people were injured and one may have died in the chemical leak at the Riverside plant. We will confirm the numbers later. Avoid Riverside Road.`,
    "unverified casualty figures from social media", ["factual"], CERC),

  // --- blame ------------------------------------------------------------------
  bad("bad-sv-009", "sv", "bulletin", "Avbrott i vattenleveransen i Kvarnby",
`Att 400 hushåll i Kvarnby saknar vatten sedan i går beror helt på att entreprenören Markbygg AB inte följde våra ritningar och grävde av huvudledningen. Kommunen har gjort allt rätt och kommer att kräva ersättning. Vattentank finns vid Kvarnby skola.`,
    "blame of a named company", ["impartial"], RF),
  bad("bad-sv-010", "sv", "bulletin", "Strömavbrottet – kommunen öppnar trygghetspunkt",
`Elnätsbolaget har återigen svikit våra invånare. De har inte investerat i nätet på tio år och resultatet ser vi nu, när 3 000 hushåll sitter i mörker för tredje gången i vinter. Kommunen öppnar trygghetspunkt i Folkets hus kl 18.`,
    "blame of utility", ["impartial"], RF),
  bad("bad-sv-011", "sv", "bulletin", "Om informationen under gårdagens brand",
`Att vi inte kunde gå ut med information om branden i Tallåsen förrän efter tre timmar berodde på att Länsstyrelsen inte svarade i telefon. Vi beklagar att andra myndigheter inte tar sitt ansvar. Branden är nu släckt.`,
    "blame of another authority", ["impartial"], MSB),
  bad("bad-en-003", "en", "bulletin", "Flooding on Mill Lane",
`The flooding on Mill Lane is the direct result of the previous administration's refusal to fund the flood defences we asked for in 2019. Sandbags are available at the Station Road depot until 8pm.`,
    "political blame", ["impartial"], GCS),

  // --- partisan praise -----------------------------------------------------
  bad("bad-sv-012", "sv", "bulletin", "Vattnet i Sörby är tillbaka",
`Tack vare kommunstyrelsens ordförande Anna Berg (M) och den nya styrande majoriteten har vi i dag en krisberedskap i världsklass. Under den förra majoriteten hade detta aldrig fungerat så här bra. Vattnet i Sörby är nu tillbaka och det går bra att dricka det.`,
    "partisan praise of politician/party", ["impartial"], RF),
  bad("bad-sv-013", "sv", "social", undefined,
`Socialdemokraterna i Åby har alltid prioriterat tryggheten och därför kunde vi på bara två timmar öppna evakueringsboendet i Åbyhallen. Fortsatt trygghet kräver fortsatt rött styre!`,
    "partisan campaigning in crisis message", ["impartial"], RF),
  bad("bad-en-004", "en", "bulletin", "Storm response update",
`Thanks to Councillor Dave Price and the Labour group's strong leadership, our storm response has been outstanding – something the opposition could never have delivered. Crews are clearing fallen trees in Eastfield today.`,
    "partisan praise", ["impartial"], GCS),

  // --- stigmatising group labels -------------------------------------------
  bad("bad-sv-014", "sv", "bulletin", "Brand i källarförråd på Fjällgatan",
`Polisen har gripit en person misstänkt för att ha anlagt branden i källarförrådet på Fjällgatan 12. Det rör sig om en man från Somalia. Boende i området uppmanas vara vaksamma.`,
    "stigmatising nationality label", ["impartial"], WHO_STIGMA),
  bad("bad-sv-015", "sv", "bulletin", "Magsjuka vid Ekudden",
`Magsjuka har konstaterats bland personer som besökt romernas sommarläger vid Ekudden. Vi uppmanar allmänheten att undvika området och undvika kontakt med lägrets deltagare.`,
    "stigmatising ethnic label tied to outbreak", ["impartial"], WHO_STIGMA),
  bad("bad-en-005", "en", "bulletin", "Vandalism at pumping station",
`Police are investigating the damage to the Green Lane pumping station that left 80 homes without water. Residents of the traveller site near Green Lane are asked to cooperate fully with officers.`,
    "stigmatising group label", ["impartial"], WHO_STIGMA),

  // --- empty reassurance ------------------------------------------------------
  bad("bad-sv-016", "sv", "bulletin", "Dricksvattnet i Västerby",
`Det finns ingen anledning till oro. Kommunen har full kontroll över situationen med dricksvattnet i Västerby.`,
    "empty reassurance, no facts", ["factual", "open"], CERC),
  bad("bad-sv-017", "sv", "social", undefined,
`Allt är under kontroll. Branden i industriområdet är inget som allmänheten behöver bry sig om och röken är helt ofarlig.`,
    "empty reassurance with unsupported safety claim", ["factual"], WHO),
  bad("bad-sv-018", "sv", "bulletin", "Till föräldrar på Solängsskolan",
`Vi vill lugna alla oroliga föräldrar: det som hände på skolan i dag är inte farligt. Skolan tar hand om allt och ni behöver inte göra något.`,
    "empty reassurance, event not described", ["factual", "open"], MSB),
  bad("bad-sv-019", "sv", "sms", undefined,
`Strömavbrottet påverkar inte äldreomsorgen. Var lugna, allt fungerar som vanligt. /Omsorgsförvaltningen`,
    "empty reassurance", ["factual"], CERC),
  bad("bad-en-006", "en", "bulletin", "Statement on the Hartley Road incident",
`There is absolutely no risk to the public. Everything is under control and residents can carry on as normal.`,
    "empty reassurance, no facts", ["factual", "open"], CERC),

  // --- refusing to comment --------------------------------------------------
  bad("bad-sv-020", "sv", "bulletin", "Händelsen vid Lindskolan",
`Kommunen kommenterar inte händelsen vid Lindskolan i nuläget. Frågor hänvisas till polisen.`,
    "refusing to comment", ["open"], MSB),
  bad("bad-sv-021", "sv", "bulletin", "Angående dricksvattnet i Norrby",
`Med anledning av de många förfrågningarna om dricksvattnet i Norrby: vi lämnar inga kommentarer innan utredningen är klar.`,
    "refusing to comment on public-health issue", ["open"], CERC),
  bad("bad-sv-022", "sv", "bulletin", "Uppgifter om dataintrång",
`Vi kan varken bekräfta eller dementera uppgifterna om ett dataintrång i kommunens system. Av säkerhetsskäl lämnas ingen ytterligare information.`,
    "refusing to comment / no what-is-known", ["open"], MSB),
  bad("bad-en-007", "en", "bulletin", "Landfill fire",
`No comment. The council will not be making any statement about the landfill fire at this time.`,
    "refusing to comment", ["open"], CERC),

  // --- internal jargon --------------------------------------------------------
  bad("bad-sv-023", "sv", "bulletin", "Lägesinformation",
`Kommunen har gått upp i stabsläge efter larm från TiB. RCB har beslutat om RIB-förstärkning i Norrdal och POSOM-gruppen är aktiverad. Nästa stabsorientering sker kl 15.00.`,
    "internal jargon / abbreviations", ["audienceAdapted"], KLARSPRAK),
  bad("bad-sv-024", "sv", "bulletin", "Driftstörning VA",
`VA-huvudmannen informerar: tryckfall på ledningsnätet i tryckzon 3 efter ledningsbrott på huvudledning DN 300. Servisledningar inom berört verksamhetsområde kan påverkas. Spolning av nätet utförs efter avslutad reparation.`,
    "utility jargon", ["audienceAdapted"], KLARSPRAK),
  bad("bad-sv-025", "sv", "bulletin", "Information från krisledningen",
`KSL har fattat inriktningsbeslut kl 14.00. Samverkanskonferens med RSL och LST genomförs kl 16.00. Lägesbilden uppdateras enligt SOP och delges via WIS.`,
    "crisis-organisation jargon", ["audienceAdapted", "active"], KLARSPRAK),
  bad("bad-sv-026", "sv", "bulletin", "Elstörning Ekbacken",
`P.g.a. fel i NS Ekbacken har frånkoppling skett av 2 st 10 kV-linjer. Felavhjälpning pågår. Kunder under berörda nätstationer kan uppleva avbrott.`,
    "grid-operator jargon", ["audienceAdapted"], KLARSPRAK),
  bad("bad-sv-027", "sv", "sms", undefined,
`Skolskjuts Nordbygden: enl. beslut i TiB-samråd körs reservplan B from kl 06. Ersättningstrafik enl. SIS. Frågor till BoU.`,
    "jargon and abbreviations in SMS", ["audienceAdapted"], KLARSPRAK),
  bad("bad-en-008", "en", "bulletin", "Multi-agency update",
`Following LRF activation, SCG has stood up and a TCG is running from the RCC. HAZMAT DIM assessment is pending and an EA FWD has been issued for FWA 4. Further SitRep at 1600.`,
    "emergency-planning jargon", ["audienceAdapted"], "UK Cabinet Office / JESIP, public-facing warning guidance: plain language, no acronyms; " + CERC),

  // --- bureaucratic passive, no action -----------------------------------
  bad("bad-sv-028", "sv", "bulletin", "Händelsen vid reningsverket",
`Åtgärder har vidtagits med anledning av den inträffade händelsen vid reningsverket. Beslut har fattats om fortsatt hantering. Ärendet bereds vidare inom förvaltningen.`,
    "bureaucratic passive, no action for readers", ["audienceAdapted", "active"], KLARSPRAK),
  bad("bad-sv-029", "sv", "bulletin", "Begränsad verksamhet",
`Med anledning av det uppkomna läget har beslut fattats om att tillfälligt begränsa verksamheten vid berörda enheter. Ytterligare åtgärder kommer att vidtas vid behov.`,
    "bureaucratic passive, unnamed units", ["audienceAdapted", "active"], KLARSPRAK),
  bad("bad-sv-030", "sv", "bulletin", "Dricksvatten",
`Kokningsrekommendation har utfärdats. Provtagning har genomförts och analyser har beställts. Information har lämnats till berörda verksamheter.`,
    "bureaucratic passive; no area, no instructions", ["audienceAdapted", "active"], KLARSPRAK),
  bad("bad-en-009", "en", "bulletin", "Incident update",
`Measures have been implemented in relation to the incident. A decision has been taken regarding the affected properties. Residents will be informed in due course.`,
    "bureaucratic passive; vague timing", ["audienceAdapted", "active", "fast"], CERC),

  // --- myth-first corrections -------------------------------------------------
  bad("bad-sv-031", "sv", "correction", "Är dricksvattnet i Solby förgiftat?",
`Det har spridits rykten om att dricksvattnet i Solby ska vara förgiftat med bekämpningsmedel, att flera personer har blivit allvarligt sjuka av vattnet och att kommunen har mörkat detta i flera år. Ryktet har delats tusentals gånger och många har ringt oss och frågat om det är sant att vattnet är giftigt och att man inte ska låta barnen dricka det. Enligt de rykten som sprids ska även djur ha dött. Kommunens prover från i går visar att vattnet uppfyller alla krav.`,
    "myth-first correction (rumour in headline, fact last)", ["audienceAdapted"], DEBUNK),
  bad("bad-sv-032", "sv", "correction", "Dammen i Ånäs håller på att brista?",
`Rykte: Dammen i Ånäs håller på att brista och hela nedre delen av byn kommer att översvämmas i natt. Många har fått sms om att de måste lämna sina hus och en del säger att kommunen vet om det men inte vill säga något. Det har också påståtts att räddningstjänsten redan har evakuerat ett äldreboende.
Fakta: Dammen inspekterades i dag kl 10 och är stabil.`,
    "myth-first correction", ["audienceAdapted"], DEBUNK),
  bad("bad-sv-033", "sv", "correction", "Stänger Bäckskolan i en månad på grund av giftigt mögel?",
`I sociala medier sprids nu uppgifter om att Bäckskolan ska stängas i en månad på grund av giftigt mögel som gjort elever sjuka, och att lärare har sagts upp för att de larmat. Vi har fått många frågor om mögelgiftet och om barnen kan ha tagit skada. För att svara på frågorna: skolan är öppen som vanligt; en fuktskada i ett förråd åtgärdas under helgen.`,
    "myth-first correction", ["audienceAdapted"], DEBUNK),
  bad("bad-en-010", "en", "correction", "Is the Hollins reservoir contaminated with sewage?",
`Many residents have seen posts claiming that raw sewage has leaked into the Hollins reservoir, that the water company covered it up, and that children have been hospitalised after drinking tap water. The posts say the water is brown and smells. We want to address these claims. Tests taken this morning show the water meets all drinking water standards.`,
    "myth-first correction", ["audienceAdapted"], DEBUNK),

  // --- self-contradiction -----------------------------------------------------
  bad("bad-sv-034", "sv", "bulletin", "Dricksvattnet i Bodarna",
`Vattnet i Bodarna är säkert att dricka direkt ur kranen. Som en försiktighetsåtgärd ska allt dricksvatten i Bodarna kokas i minst en minut tills vidare.`,
    "self-contradiction", ["factual"], CERC),
  bad("bad-sv-035", "sv", "bulletin", "Brand i däcklager",
`Röken från branden i däcklagret på Verkstadsvägen är inte farlig. Boende inom 2 km uppmanas gå inomhus och stänga fönster, dörrar och ventilation eftersom röken innehåller giftiga ämnen.`,
    "self-contradiction about hazard", ["factual"], VMA),
  bad("bad-sv-036", "sv", "sms", undefined,
`Sjövik: Evakueringen är frivillig. Alla boende måste ha lämnat sina hus senast kl 20 i kväll. /Räddningstjänsten Mellersta`,
    "self-contradiction (voluntary vs. mandatory)", ["factual"], MSB),
  bad("bad-en-011", "en", "bulletin", "Ashton boil water notice lifted",
`The boil water notice for Ashton has now been lifted. Customers in Ashton should continue to boil their water until further notice.`,
    "self-contradiction", ["factual"], EPA),

  // --- near-empty -----------------------------------------------------------
  bad("bad-sv-037", "sv", "sms", "Info",
`Info.`,
    "near-empty text", ["audienceAdapted", "active", "factual"], VMA),
  bad("bad-sv-038", "sv", "bulletin", "Händelse",
`Läget är oklart.`,
    "near-empty text", ["audienceAdapted", "active", "factual"], MSB),
  bad("bad-sv-039", "sv", "social", undefined,
`Uppdatering kommer.`,
    "near-empty text; no time for update", ["audienceAdapted", "active", "factual"], MSB),
  bad("bad-en-012", "en", "social", undefined,
`Incident ongoing.`,
    "near-empty text", ["audienceAdapted", "active", "factual"], CERC),

  // --- mockery / sarcasm -------------------------------------------------------
  bad("bad-sv-040", "sv", "social", undefined,
`Till alla foliehattar som tror att vattnet i Berga är förgiftat: nej, det är det inte 🙄 Läs på innan ni sprider dumheter.`,
    "mockery of rumour spreaders", ["impartial"], CERC),
  bad("bad-sv-041", "sv", "social", undefined,
`Vi har fått 300 samtal från folk som uppenbarligen inte kan läsa en karta 😂 Vattenavstängningen gäller alltså BARA Norra Ringvägen 2–40, inte hela stan.`,
    "mockery of the public", ["impartial"], MSB),
  bad("bad-sv-042", "sv", "social", "Snöoväder igen!",
`Ni som fortfarande kör på sommardäck får skylla er själva när ni står i diket 😉 Plogbilarna kommer när de kommer, så gnäll inte i kommentarerna.`,
    "sarcasm toward the public; no timing", ["impartial", "fast"], MSB),
  bad("bad-en-013", "en", "social", undefined,
`To the geniuses sharing "the dam is collapsing" posts: it isn't. Maybe check a source before panicking the whole town? 🙃`,
    "mockery of rumour spreaders", ["impartial"], CERC),

  // --- ALL CAPS alarm -------------------------------------------------------
  bad("bad-sv-043", "sv", "sms", undefined,
`VARNING!!! GASLÄCKA I CENTRUM!!! LÄMNA OMRÅDET OMEDELBART!!!`,
    "all caps alarm; no precise place", ["impartial", "open"], VMA),
  bad("bad-sv-044", "sv", "social", undefined,
`AKUT!!!! KOKA VATTNET!!!! GÄLLER ALLA I HELA KOMMUNEN!!!! DETTA ÄR INGET SKÄMT!!!!`,
    "all caps alarm", ["impartial"], KLARSPRAK),
  bad("bad-en-014", "en", "sms", undefined,
`URGENT!!! EVACUATE NOW!!! FLOOD COMING!!! DO NOT WAIT!!!`,
    "all caps alarm; no place, no route", ["impartial", "open"], "Australian Warning System / NSW SES warning templates (calm, specific wording); " + CERC),

  // --- vague timing -----------------------------------------------------------
  bad("bad-sv-045", "sv", "bulletin", "Vattenläcka på Skolgatan",
`En vattenläcka har uppstått på Skolgatan. Vattnet är avstängt för fastigheterna Skolgatan 1–15. Vi återkommer med mer information så småningom.`,
    "vague timing, no next update", ["fast"], MSB),
  bad("bad-sv-046", "sv", "bulletin", "Strömavbrott i Ekby",
`Delar av Ekby är utan ström. Felet beräknas vara åtgärdat inom kort. Ny information kommer när vi vet mer.`,
    "vague timing", ["fast"], MSB),
  bad("bad-sv-047", "sv", "bulletin", "Kokningsrekommendationen i Lövby kvarstår",
`Kokningsrekommendationen för Lövby gäller tills vidare. Besked om när den kan hävas lämnas vid lämpligt tillfälle.`,
    "vague timing", ["fast"], MSB),
  bad("bad-en-015", "en", "bulletin", "Water main break on Oak Street",
`A water main has broken on Oak Street and customers between 1st and 5th Avenue are without water. Service will be restored as soon as possible. Further updates will follow in due course.`,
    "vague timing (as soon as possible)", ["fast"], EPA),
  bad("bad-en-016", "en", "bulletin", "A34 closures",
`Road closures remain in place on the A34 following last night's storm. We will provide an update at some point later.`,
    "vague timing", ["fast"], CERC),

  // --- no action for the affected ---------------------------------------------
  bad("bad-sv-048", "sv", "bulletin", "Ammoniakutsläpp vid Hamngatan",
`Kl 13.40 inträffade ett utsläpp av ammoniak vid kylanläggningen på Hamngatan 4. Räddningstjänsten är på plats. Ett gasmoln driver mot bostadsområdet Strandängen.`,
    "no action for the affected", ["active"], VMA),
  bad("bad-sv-049", "sv", "bulletin", "E. coli i dricksvattnet i Näsby",
`E. coli har påvisats i dricksvattnet i Näsby vid provtagning i går eftermiddag. Kommunen utreder orsaken tillsammans med miljöförvaltningen.`,
    "no action for the affected (no boil advice)", ["active"], EPA),
  bad("bad-sv-050", "sv", "bulletin", "Stormen Helga närmar sig",
`Stormen Helga väntas nå kusten i natt med vindbyar upp till 30 m/s. SMHI har utfärdat orange varning för vind i hela kommunen från kl 22 i kväll till kl 10 i morgon.`,
    "no action for the affected", ["active"], MSB),
  bad("bad-en-017", "en", "bulletin", "Fire at Canal Road",
`A large fire is burning at the tyre depot on Canal Road. Thick black smoke is drifting over Westgate and Hill Top.`,
    "no action for the affected", ["active"], CERC),

  // --- no sender / no route to information --------------------------------
  bad("bad-sv-051", "sv", "sms", undefined,
`Vattnet är avstängt i ditt område pga arbete. Mer info kommer.`,
    "no sender, no route to information", ["open", "active"], VMA),
  bad("bad-sv-052", "sv", "social", undefined,
`Brand i flerfamiljshus på Granvägen. Gå inte dit.`,
    "no sender, no route to information", ["open", "active"], KRISINFO),
  bad("bad-sv-053", "sv", "sms", undefined,
`Skolorna i norra delen håller stängt i morgon. Frågor? Hör av er!`,
    "no sender, no contact route", ["open", "active"], MSB),
  bad("bad-en-018", "en", "sms", undefined,
`Your water supply is unsafe. Do not drink tap water.`,
    "no sender, no area, no route to information", ["open", "active"], EPA),

  // --- very long convoluted sentences -----------------------------------------
  bad("bad-sv-054", "sv", "bulletin", "Information med anledning av störningen i dricksvattenförsörjningen",
`Med anledning av den störning i dricksvattenförsörjningen som uppstod under natten mot tisdagen i samband med det underhållsarbete som genomfördes av kommunens entreprenör vid tryckstegringsstationen i Norra industriområdet, och som i kombination med de höga temperaturerna och den ökade förbrukningen ledde till att trycket i delar av distributionsnätet sjönk under den nivå som enligt gällande riktlinjer kräver att kommunen i egenskap av huvudman överväger en kokningsrekommendation, vill vi härmed meddela att en sådan rekommendation, efter samråd med miljö- och hälsoskyddsenheten samt med beaktande av Livsmedelsverkets vägledning, nu gäller för de fastigheter som är anslutna till det berörda nätet, vilket innebär att vatten som ska användas till dryck och matlagning bör kokas tills vidare.`,
    "very long convoluted sentence", ["audienceAdapted"], KLARSPRAK),
  bad("bad-sv-055", "sv", "bulletin", "Angående förskoleverksamheten under elavbrottet",
`Förvaltningen vill, mot bakgrund av det omfattande elavbrott som sedan söndag kväll påverkar stora delar av de västra kommundelarna och som enligt nätägarens senaste bedömning kan komma att kvarstå under en längre period beroende på hur snabbt reparationsarbetet på de skadade ledningarna kan fortskrida i den svårframkomliga terrängen, informera vårdnadshavare om att förskoleverksamheten vid de enheter som saknar reservkraft i möjligaste mån kommer att bedrivas i andra lokaler i den mån sådana finns tillgängliga och att vårdnadshavare som har möjlighet att ordna annan omsorg ombeds överväga detta.`,
    "very long convoluted sentence", ["audienceAdapted"], KLARSPRAK),
  bad("bad-en-019", "en", "bulletin", "Information regarding the temporary suspension of services",
`In light of the ongoing situation arising from the failure of the pumping equipment at the Northfield treatment works on Tuesday evening, which, in combination with the elevated demand associated with the current period of hot weather and the resulting reduction in reservoir storage levels across the network, has necessitated a series of operational interventions, customers in the affected supply zones are advised that they may experience intermittent low pressure or interruptions to supply and are requested, where practicable and in accordance with previous guidance, to limit non-essential usage until such time as normal operating conditions can be restored.`,
    "very long convoluted sentence", ["audienceAdapted"], EPA),

  // --- warning with no place / time ---------------------------------------------
  bad("bad-sv-056", "sv", "social", "Varning för rök",
`Varning för kraftig rökutveckling från en brand. Håll fönster och dörrar stängda.`,
    "warning with no place and no time", ["fast", "open"], VMA),
  bad("bad-sv-057", "sv", "bulletin", "Planerad vattenavstängning",
`Vattnet kommer att stängas av för reparation. Tappa upp vatten i förväg.`,
    "no place, no time", ["fast", "open"], MSB),
  bad("bad-sv-058", "sv", "sms", undefined,
`Översvämningsrisk längs ån. Flytta bilar från låglänta parkeringar. /Kommunen`,
    "warning with no place (which river/area) and no time", ["fast", "open"], VMA),
  bad("bad-en-020", "en", "sms", undefined,
`Gas leak reported. Residents nearby should stay indoors.`,
    "warning with no place, no time, no sender", ["fast", "open"], CERC),
];
