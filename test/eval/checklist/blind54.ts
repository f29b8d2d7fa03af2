import {
  ACTIVE,
  ADAPTED,
  CERC,
  DEBUNK,
  FACTUAL,
  FAST,
  IMPARTIAL,
  KLAR,
  KRIS,
  MSB,
  OPEN,
  PLAIN,
  RF,
} from "./guidance.js";
import { evalSet, perLanguage } from "./build.js";
import type { EvalMessage } from "./types.js";

/**
 * Fifty-fourth blind set, written 2026-12-07 by an independent author who did not read the checklist rules, its
 * lexicons, the eval README, SPEC.md or any earlier item (only types.ts, guidance.ts, build.ts, the header of
 * blind50.ts, shared/DESIGN.md, shared/research/checklist-rules.md and the list of source URLs already used, so that
 * no real message repeats). The author never ran the checklist on these messages. HELD-OUT status is decided by the lead.
 *
 * 30 real messages (11 Swedish, 19 English) and 50 flawed ones (28 Swedish, 22 English). The Swedish real side is
 * Folkhälsomyndigheten (measles in the French Alps, a tularaemia season, the end of a 2024 mpox outbreak),
 * Polisen (the "live your lives as usual" release after the 2017 attack), Livsmedelsverket (a 2003 salmonella
 * release to the municipalities and its advice for private wells after flooding) and five municipal or municipal-
 * utility texts (two PFAS fish advisories, a mushroom-safety note, a leak search with typos such as "vatttnet" and
 * "närvande", a cloudburst page). The English real side leans to Canada and to US public health and utilities:
 * Canadian provinces (a British Columbia state-of-emergency statement, a Manitoba Wildfire Service bulletin, a New
 * Brunswick COVID-19 update, a 2004 Nova Scotia winter-storm release, an Alberta Emergency Alert kept to its first
 * sentences as an sms), Canadian cities, counties and health units (a Winnipeg flood bulletin, Toronto ending an
 * extreme-cold alert, Oxford County ending a boil-water advisory, a Simcoe Muskoka hepatitis A exposure notice) and
 * utilities (Nova Scotia Power before a storm, Newfoundland and Labrador Hydro on rotating outages); US public health
 * (a Sonoma County smoke advisory, a Wichita Falls West Nile notice, a Kentucky district health department's data
 * correction written with Facebook's bold-italic letters, a Nebraska health department on a rabid bat at a football
 * game) and utilities (a Kentucky co-op's evening outage post, a Virginia co-op after a winter storm with a shouted
 * "DO NOT DO THIS.", a Texas water supply corporation, Roseville's conservation request ending in a bare "visit").
 * Kinds: bulletins, faq answers, a social post, an sms and a correction; whole sentences or paragraphs may be left
 * out, nothing is reworded. Many are ordinary and imperfect: undated, no next update, lost link targets ("Visit for a
 * full list", "online at or by calling", "se figur nedan"), a dangling colon, a double full stop.
 *
 * Each flawed message is written to show one failure pattern (two carry two principles) and is otherwise meant to
 * look competent: dated, signed, with an action and a next update unless that is the flaw. Counted under the first
 * principle: active 9 (no protective advice downwind of an ammonia leak or under a smoke plume, cooling centres with
 * no places, an evacuation sms with no destination, a myth told first with no verdict, a faq that never says what
 * to do, a power-cut bulletin with no contact route, a tornado text with no "take shelter", a bare "stämmer inte"),
 * open 9 (closures and a care-home move with no reason, "for operational reasons", a dodged faq, a known cause
 * withheld, a fire ban with no condition for lifting, "no comment" on injuries, lead results kept internal, an
 * extension by sms with no reason), factual 9 (arson assumed, figures from Facebook groups, "not dangerous" before
 * measuring, a bulletin that contradicts itself, a faq citing the local paper, a restoration time promised as
 * certain, a cause guessed in an sms, a correction that swaps one guess for another, casualty figures from
 * bystanders), fast 9 (relative times only, a boil notice three days late, "mer information kommer", "shortly",
 * silence until a police inquiry ends, an undated post, "de närmaste dagarna", "update tomorrow", a correction a
 * week late), impartial 7 (a named contractor called careless, a mayor praised against the council, measles tied to
 * newly arrived families, "selfish people", two ruling parties credited, a shop endorsed, the previous majority
 * blamed) and audienceAdapted 7 (kanslisvenska, utility jargon, a long sms full of abbreviations, an English
 * text-speak sms, an English-only bulletin to a Swedish audience, the evacuation order buried last, a one-sentence
 * bulletin of 120 words). The items with two principles are information held back until an investigation ends
 * (fast, open) and a blamed contractor (impartial, factual). Places, organisations, people, web addresses and
 * telephone numbers in the flawed messages are invented (Swedish numbers from the ranges PTS reserves for fiction,
 * North American ones from 555-01xx).
 */
const s = evalSet("blind54", perLanguage("good54", "bad54"));

export const GOOD_BLIND54: EvalMessage[] = [
  // ── Swedish real messages ────────────────────────────────────────────────────────────────────────────────────────
  s.real(
    "sv",
    "bulletin",
    "Mässling i franska Alperna",
    `Enligt franska myndigheter pågår just nu ett utbrott av mässling som bland annat berör skidorten Val Thorens. Två danskar har också fått mässling efter resor till området. I Sverige har inte några fall av mässling med koppling till utbrottet rapporterats.

Folkhälsomyndigheten rekommenderar att alla har ett skydd mot mässling, och att vuxna särskilt ser över behovet av vaccinationer inför utlandsresor. Detta gäller även ungdomar och resor inom Europa.

Symtomen på mässling är bland annat torrhosta, irriterade ögon, snuva och feber. Först ett par dagar senare kommer de karakteristiska utslagen.

Personer som saknar immunitet mot mässling, eller är osäkra på sin vaccinationsstatus, och som upplever mässlingssymtom efter vistelse i ett område där mässling förekommer, bör kontakta 1177 Vårdguiden. Man ska inte sätta sig i ett väntrum eftersom man då riskerar att utsätta andra för smitta.

Läs mer

Sjukdomsinformation om mässling

Rekommendationer för vaccination mot mässling, påssjuka och röda hund`,
    "https://www.folkhalsomyndigheten.se/nyheter-och-press/nyhetsarkiv/2019/februari/massling-i-franska-alperna/ (Folkhälsomyndigheten, nyhet, februari 2019)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Mycket harpest i norra Sverige",
    `Hittills i år har Folkhälsomyndigheten tagit emot 130 anmälningar av harpest hos människa. Även om antalet harpestfall alltid varierar kraftigt mellan åren, är detta ovanligt många anmälningar för att vara relativt tidigt på harpestsäsongen (se figur). Det är framförallt under augusti månad som rapporterna kommit in.

Majoriteten av fallen har smittats i Norrbottens län, framförallt i kommunerna Luleå och Boden. Läs Smittskyddsnyheten: Harpestutbrottet i Norrbotten växer

Statens Veterinärmedicinska Anstalt (SVA) har informerat om att ovanligt många döda harar har observerats i Norrbotten under sommaren, där harpest har bekräftats i några fall. Läs SVA:s pressmeddelande Harpest bekräftad på döda harar

Eftersom antalet anmälda harpestfall vanligen är som störst i september är sannolikheten stor att utbrottet kommer att fortsätta växa under de kommande veckorna. Eftersom myggor och andra stickande insekter är en vanlig källa till smitta är går det att skydda sig genom att bära täckande kläder och använda myggmedel.

Läs mer

För mer information om harpest och hur man skyddar sig mot smitta
För medicinsk rådgivning kontakta 1177 Vårdguiden`,
    "https://www.folkhalsomyndigheten.se/nyheter-och-press/nyhetsarkiv/2015/augusti/mycket-harpest-i-norra-sverige/ (Folkhälsomyndigheten, nyhet, augusti 2015)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Mpox (Sverige april–juni 2024)",
    `Detta utbrott av mpox är över.

Under april och maj pågick ett utbrott av mpox i Sverige. Utbrottet skedde efter en längre tid utan spridning inom Sverige. Under juni har utbrottet stannat av.

26 juni 2024

Ytterligare ett fall av mpox rapporterades under vecka 24. Under vecka 25 rapporterades inget nytt fall. Utvecklingen den senaste månaden tyder på att det aktuella utbrottet är över. Folkhälsomyndigheten bedömer att mpox kommer att fortsätta spridas i vår omvärld vilket kan ge nya utbrott i Sverige.

Sedan utbrottets start i april 2024 har hittills 27 fall av mpox rapporterats, majoriteten i region Stockholm (se figur nedan). Samtliga fall är vuxna män som insjuknat under perioden 7 april – 2 juni och är smittade i Sverige. Majoriteten av fallen är ovaccinerade.

Undvik att bli smittad och att smitta andra

Det är viktigt att den som har symtom som kan vara mpox söker kontakt med sjukvården för bedömning och eventuellt testning och undviker att smitta andra tills provsvar är klart.

En kombination av smittskyddsåtgärder där vaccination ingår som en av åtgärderna ger bäst resultat för skydd mot en fortsatt spridning av mpox. Ovaccinerade personer som har en ökad risk att smittas med mpox rekommenderas vaccination med två doser med minst fyra veckors mellanrum. Vaccination före exposition erbjuder ett väsentligt bättre skydd än vaccin som ges kort efter exposition. Smitta går också att förebygga genom att undvika nära fysisk kontakt med infekterade personer, där sexuella kontakter utgör en särskilt hög smittrisk.`,
    "https://www.folkhalsomyndigheten.se/smittskydd-beredskap/utbrott/utbrottsarkiv/mpox-sverige-april-2024/ (Folkhälsomyndigheten, utbrottsarkiv, uppdatering 26 juni 2024)",
  ),
  s.real(
    "sv",
    "bulletin",
    "”Lev era liv som vanligt”",
    `Det befarade terrorattentatet har inte förändrat säkerheten i Sverige. Polisen är väl förberedd och fortsätter tillsvidare med säkerhets- och trygghetshöjande insatser i samhället.

Sedan 2010 har det varit ett förhöjt terrorhot mot Sverige. Nationellt centrum för terrorbedömning bedömer att denna händelse inte har förändrat detta, den ryms inom ramen för denna hotnivå.

Allmänheten ska känna sig trygg i de åtgärder som vidtas av polisen och andra myndigheter. Polisen har tillsvidare utökat sin närvaro och tillsyn vid olika objekt och på allmänna platser.

− Alla ska fortsätta att leva sina liv som vanligt. Vi ska gå till jobbet, skicka iväg barnen till skolan, färdas med kollektiva transportmedel och fortsätta röra oss på allmänna platser. Vi ska fortsätta slå vakt om vårt öppna samhälle, säger polisens nationella kommenderingschef Jonas Hysing.

Det finns inga generella rekommendationer om att undvika vissa platser. Däremot ska allmänheten vara uppmärksam på eventuella råd eller instruktioner från poliser i yttre tjänst när man rör sig på allmänna platser.

Ring 112 vid misstänkt pågående brott eller 114 14 om tips eller uppgifter som ni vill lämna till polisen.`,
    "https://polisen.se/aktuellt/nyheter-2016-2017/2017/april/lev-era-liv-som-vanligt/ (Polisen, nyhet, april 2017; two paragraphs on police capability left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Livsmedelsverket råder alla kommuner förhindra ytterligare salmonellafall",
    `Pressmeddelande • Aug 07, 2003 16:27 CEST

En person har insjuknat av salmonella från fläskkarré från en annan grossist än tidigare fall. Livsmedelsverket vänder sig nu till alla kommuner och rekommenderar dem att vidta åtgärder för att förhindra ytterligare fall.

Tidigare kunde alla utbrott knytas till en och samma grossist, men den nu smittade personen har ätit fläskkarré med sannolikt danskt ursprung, från en annan grossist. Salmonellan är av samma ovanliga typ som de övriga fallen.
Samtliga smittade har insjuknat sedan de ätit fläskkarrén i form av kebab eller kebabpizza. Kommunerna rekommenderas att se över hanteringen av köttet, såsom montering av kebabstock, grillning och avsvalning, och ta prov från danskt fläskkött.

Ytterligare upplysningar:
Din lokala miljö- och hälsoförvaltningen`,
    "http://www.mynewsdesk.com/se/pressreleases/livsmedelsverket-raader-alla-kommuner-foerhindra-ytterligare-salmonellafall-58894 (Livsmedelsverket, pressmeddelande, 7 augusti 2003; named contact persons and a link line left out)",
  ),
  s.real(
    "sv",
    "faq",
    "Översvämning - så kan dricksvattnet påverkas",
    `Kraftig nederbörd kan leda till översvämningar. Då finns det även risk att vatten från översvämningen läcker in i din brunn. Vid en översvämning kan ämnen och mikroorganismer från omgivande mark spolas ner i grävda och bergborrade brunnar samt i ytvattentäkter.

Ytvattentäkter är känsligast för översvämningar. Men även brunnar kan översvämmas av för mycket vatten. Det gäller främst grävda brunnar. Störst är risken vid skyfall efter långa perioder av torka, när marken är torr och hård och vattnet rinner bort istället för att sugas upp. Långvarig torka kan också orsaka sprickor i marken. När det väl börjar regna kan sprickorna snabba på bildningen av grundvatten. Men ibland går bildningen av grundvattnet för snabbt. Då hinner inte vattnet självrenas ordentligt och oönskade ämnen kan hamna i grundvattnet.

Risken för inträngning i brunnen vid översvämning kan också öka om marken runt brunnen är vattenmättad. Det kan ske efter långa regnperioder eller vid snösmältning.

Om det varit översvämning där du har din dricksvattenanläggning:

  • Använd inte dricksvattnet till dryck och i matlagning om du misstänker att förorenat vatten har spolats ner i din brunn eller samlats runt ditt ytvattenintag.
  • Använd inte dricksvattnet till dryck och i matlagning om det är tydligt färgat eller har tydligt främmande lukt och smak.

Hur kan jag förebygga?

Om du ska anlägga en ny brunn förebygger du översvämningsskador genom att:

  • Placera brunnen så högt i terrängen som möjligt.
  • Se till att brunnens översta del slutar ett par decimeter ovan mark.
  • Markens lutning runt brunnen leder bort ytvattnet.`,
    "https://www.livsmedelsverket.se/livsmedel-och-innehall/dricksvatten/egen-brunn2/krisberedskap-for-liten-dricksvattenanlaggning/oversvamning (Livsmedelsverket, råd för egen brunn, odaterad; an image caption left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Kostråd för fisk fångad i Ålsjön",
    `Söderhamns kommun har beslutat om tillfälligt kostråd till allmänheten gällande fisk fångad i Ålsjön. Kostråden upprättas på grund av förhöjda halter PFAS som kan ge negativa hälsoeffekter vid längre tids exponering.

Kostrådet, som gäller tills vidare, innebär att fisk från Ålsjön inte bör ätas pga förhöjda halter av PFAS. Provtagning av fisk har gjorts på gädda och abborre.

Läs mer: Kostråd för Ålsjön

Därför kommer nya rekommendationer nu

Livsmedelsverkets nya rekommendationer kommer nu på grund av skärpta hälsobaserade riktvärden vilket innebar att man bör äta mindre mängd fisk med förhöjda halter PFAS.

PFAS

PFAS är en grupp miljögifter som kan ge negativa hälsoeffekter vid långvarig exponering. Risken med PFAS är inte akut, men det är viktigt att begränsa intag av ämnet över lång tid.

Risken med PFAS är inte akut, men om du äter mat eller dricker vatten med höga halter under lång tid ökar risken för hälsoeffekter. Utifrån mer fakta och kunskap om PFAS i fisk kan det bli aktuellt att ändra rekommendationen.

Mer information eller frågor

Miljö- och hälsoskyddsfrågor: länk till Söderhamns kundtjänst eller E-post: kundtjanst@soderhamn.se eller telefon 0270-750 00

Senast uppdaterad: 29 november 2021`,
    "https://www.soderhamn.se/sidor/arkiv/nyhetsarkiv/nyheter/2021-11-29-kostrad-for-fisk-fangad-i-alsjon.html (Söderhamns kommun, nyhet, 29 november 2021; further contact lines left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "PFAS i fisk - kostrekommendationer",
    `Kommunen har upprättat tillfälliga kostråd för fisk från fyra sjöar på grund av förhöjda halter av PFAS-ämnen. Kostråden är följande:

  • Fisk fångad i Torsbölessjön bör inte ätas.
  • Fisk fångad i Täftsjön och Högbysjön bör inte ätas oftare än 2–3 gånger per år.
  • Fisk fångad i Tällvattnet (Kubbe) bör inte ätas oftare än 2–3 gånger per år.

De tillfälliga kostråden gäller tills annat meddelas. Kostråden har tagits fram i samråd med Livsmedelsverket och Länsstyrelsen.

Länsstyrelsen i Västernorrland genomförde provtagning av PFAS-föroreningar i ytvatten och fisk i flera kommuner i länet 2021. Ytterligare provtagning genomfördes under hösten 2022. Syftet med kartläggningen är att öka kunskapen om var PFAS-föroreningar förekommer och att identifiera potentiella källor. PFAS-föroreningar kan bland annat komma från användning av brandskum eftersom de tidigare har innehållit PFAS-ämnen.

Resultatet visar bland annat på förhöjda halter av PFAS-ämnen i fisk. De förhöjda halterna har uppmätts i fisk i Torsbölessjön och Täftsjön i Arnäsvall och Tällvattnet i Kubbe. I fisk fångad i Torsbölessjön var medianhalten 59 ng/g våtvikt, i Täftsjön 13 ng/g våtvikt och i Tällvattnet 16 μg/kg våtvikt.
PFAS ett samlingsnamn för tusentals industriellt framställda kemikalier som kan ge negativa hälsoeffekter vid långvarig exponering.

Kontaktcenter: 0660-880 00, 07:30–17:00 helgfria vardagar (15 maj–15 september 07:30–16:15)`,
    "https://www.ornskoldsvik.se/bo-miljo-och-trafik/miljo-och-halsoskydd/pfas-i-fisk---kostrekommendationer (Örnsköldsviks kommun, miljö och hälsoskydd, odaterad; a named officer's contact lines left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Fem råd för en trygg tur i svampskogen",
    `Ska du ut och plocka svamp? Tänk på att alla svampar inte är ätbara och att det finns sorter som är giftiga.

Här är några råd för en säker svamptur i skogen!

  • Lär dig några svampsorter i taget som är lätta att känna igen.
  • Chansa inte. Ät bara svamp som du med säkerhet vet är matsvamp.
  • Låt en svampkunnig vuxen rensa svampen.
  • Håll dig till uppdaterade källor. Lita inte på allt som står i gamla svampböcker.
  • Provsmaka inte och lär ditt barn att aldrig smaka på svamp i skogen.
Den vanligaste orsaken till svampförgiftning är att matsvamp förväxlas med giftig svamp. Om du misstänker att ditt barn har ätit en giftig eller okänd svamp, ring Giftinformationscentralen via 112 för råd så fort som möjligt.
Om du som vuxen har ätit misstänkt giftig svamp, ring Giftinformationscentralen på telefonnummer 010-456 6700. Kom ihåg att spara eller ta en bild av svampen. Den kan behövas för identifiering. Bilder kan ibland vara till hjälp även om svampen är tillagad.
På Giftinformationscentralens hemsida finns mer information och på 30 olika språk:`,
    "https://tingsryd.se/nyheter/boende-miljo/fem-rad-for-en-trygg-tur-i-svampskogen/ (Tingsryds kommun, nyhet, odaterad)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Läcksökning Hjärsås-uppdaterad",
    `ÖSTRA GöINGE | 24 maj - 28 maj

Uppdatering 25/5 kl.15

En läcka har lokaliserats i Hjärsås men det är fortsatt förhållandevis hög vattenförbrukning varför ytterligare läcksökning, som medför korta områdesvisa avstäningar av vattnet, kan förekomma.

Vi ber även alla abonnenter i Hjärsås att vara sparsamma med vattnet så att nivåerna kan återhämta sig.

Det är för närvande hög vattenförbrukning i Hjärsås och läcksökning kommer därför att utföras i kväll 24/5 samt under fredagen 25/5.

Det medför att korta områdesvisa avstängningar av vatttnet kommer att göras.

Problem med missfärgningar av vattnet kan förekomma. Missfärgningen, som är ofarlig, beror på järn och mangan som rivs loss från ledningarna.`,
    "https://sbvt.wm3.se/c/ostra-goinge/e/lacksokning-hjarsas (Skåne Blekinge Vattentjänst, driftinfo Östra Göinge, 24–25 maj, år ej angivet; a dashed separator line left out)",
  ),
  s.real(
    "sv",
    "faq",
    "Skyfall och översvämning",
    `När det kommer stora vattenmängder kan det finnas risk för översvämningar. Här kan du läsa om hur du kan förbereda dig och hur du ska agera om du blivit drabbad.

Vad är ett skyfall?

En nederbördsmängd på 40 mm per dygn uppfattas ofta som skyfall. När så mycket som 90 mm faller på 24 timmar får man höga flöden i vattendrag med risk för ras och översvämningar i det utsatta området.

Om din fastighet har blivit drabbad

Du som fastighetsägare ansvarar för att så långt som möjligt skydda din fastighet. Har du blivit drabbad av en översvämning ska du kontakta ditt försäkringsbolag.

Är du inne i en pågående, akut situation ska du alltid ringa 112.

Råd till fastighetsägare

Den enskilde har stort ansvar och skyldighet att själv vidta förebyggande åtgärder för att skydda sin egendom.

Länsstyrelsen har tagit fram ett material där du kan läsa mer om den enskildes ansvar vid väderhändelser.

Om du bor nära vatten kan det vara bra att ha beredskap om vattnet börjar stiga, och det är extra viktigt att du håller dig informerad om vädret och vattennivåerna i området.  Översvämningar kan också drabba områden som inte gränsar till vatten, men där vatten blir stående på grund av häftigt regn eller skyfall.

MSB har ett faktablad med information till fastighetsägare vid översvämning.`,
    "https://www.horby.se/omsorg-och-stod/trygg-och-saker/kris-och-beredskap/oversvamning/ (Hörby kommun, kris och beredskap, odaterad; a list of protective measures left out)",
  ),

  // ── English real messages ────────────────────────────────────────────────────────────────────────────────────────
  s.real(
    "en",
    "bulletin",
    "Premier’s and minister’s statement on provincial state of emergency",
    `CANADA, August 19 - Premier David Eby and Bowinn Ma, Minister of Emergency Management and Climate Readiness, have released the following statement about the current wildfire situation:

“This year, we are facing the worst wildfire season ever in British Columbia. Over the past 24 hours, the situation has evolved rapidly and we are in for an extremely challenging situation in the days ahead. There are numerous fires across the province threatening communities. Thousands of people are under evacuation orders, and tens of thousands more are on evacuation alert.

“Given these fast-moving conditions, the Province of British Columbia is declaring a provincial state of emergency, under the authority of the Emergency Program Act, to ensure we are in a position to rapidly access any tools we need to support communities as the situation evolves.

“At this time, we’re grateful that people are mostly following our call to not travel to certain areas and to stay out of the way of emergency crews so they can do their jobs. We are also seeing more and more people evacuated – and access to accommodation is becoming increasingly tight in the Interior. We need to ensure that accommodation is available for people who are evacuated.

“A provincial state of emergency allows the Province to enact emergency orders. Emergency orders could include travel restrictions to specific areas if people do not respect our calls to avoid non-essential travel to the central Interior and southeastern B.C.

“We’re calling on all British Columbians to be alert, listen to local officials and follow evacuation orders. We will get through this together.”`,
    "https://www.einpresswire.com/article/650764660/premier-s-and-minister-s-statement-on-provincial-state-of-emergency (Government of British Columbia, Office of the Premier, statement of 19 August 2023 as carried by EIN Presswire)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    `The Manitoba Wildfire Service advises as of 8 a.m. Friday, June 27, there will be no fire and travel restrictions in place for most of the province including areas 1 to 22.
Travel permits will still be required for travel within an active fire boundary. To view active fire boundary maps, visit www.gov.mb.ca/conservation_fire/Fire-Maps/fireview/fireview_map.html. To apply for a travel permit, contact a Natural Resources and Indigenous Futures district office and visit www.gov.mb.ca/nrnd/co/index.html to find a location..
Manitoba Parks is anticipating a busy weekend leading up to the Canada Day holiday. While most provincial parks have reopened, a number of closures are still in place including the Mantario wilderness area in Whiteshell Provincial Park. Visitors should check www.manitobaparks.com for the latest information before heading to a provincial park.
The Manitoba Wildfire Service asks all Manitobans to celebrate the weekend and Canada Day responsibly and with fire prevention in mind.
Since May 1, the Manitoba Conservation Officer Service has issued 96 charges and 32 warnings related to wildfires.
Fires of note
The Manitoba Wildfire Service continues to respond to 18 active wildfires across the province, a total of 131 wildfires to date. The average for this date is 143 total fires. The total area burned in the province is more than 909,000 hectares (ha).`,
    "https://qcountryfm.ca/2025/06/26/province-removes-almost-all-fire-and-travel-restricitons-in-latest-fire-bulletin (Manitoba Wildfire Service fire bulletin of 26 June 2025 as printed by Q Country FM; the list of individual fires left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "New Brunswick COVID-19 Update, March 23",
    `FREDERICTON (GNB) – No new cases of Covid-19 were reported today in the province. Currently, New Brunswick has 17 cases. All cases are related to international travel or to a confirmed case that has travelled outside the province.

Dr. Jennifer Russell, chief medical officer of health, thanked New Brunswickers for their continuing efforts to reduce the spread of the disease and noted the many sacrifices being made to slow the progress of the disease.

She also saluted the efforts of health-care professionals and others working in the health-care system.

“We have to protect our health-care workers, so they can carry on with this important work,” said Dr. Russell. “When we take actions to limit the spread of this disease, among those we are protecting are the front-line workers that are so valuable in this situation. When you stay home and practice social distancing, you are not only protecting yourselves, you are protecting the people who may soon be saving your life.”

Russell also announced that the laboratory at the Dr. Georges-L.-Dumont University Hospital Centre in Moncton is now able to give final confirmation of any tests completed in New Brunswick, without the necessity of sending them to the national laboratory in Winnipeg. This will speed up the testing and confirmation process in the province. After the remaining tests that were already submitted are returned, the province will be announcing positive and negative test results without the need for a presumptive category.`,
    "https://q961.com/new-brunswick-covid-19-update-2/ (Government of New Brunswick release of 23 March 2020 as printed by Q96.1; later paragraphs on contact tracing left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "Winter Storm Response, Nov. 15",
    `The safety of Nova Scotians remains the primary focus as the province continues to dig out from an early winter storm that dumped up to 50 centimetres of snow and has left thousands without electricity since Saturday, Nov. 13, Ernest Fage, Minister responsible for the Emergency Measures Act, said today, Nov. 15.

"Work crews and Emergency Measures Organization (EMO) staff appreciate everyone's patience and co-operation," said Mr. Fage. "I realize there have been some concerns and questions from the public as to Nova Scotia Power's response. There will be an open and public review of Nova Scotia Power's storm response."

Details of the review will be made available after emergency response efforts are completed and power restored to Nova Scotians.

The Nova Scotia Emergency Measures Organization continues to co- ordinate the emergency and relief services of more than a dozen agencies and departments. The following are some highlights to the response efforts:

  • The Department of Community Services and the Canadian Red Cross have established a series of about 35 "comfort centres" around the province that provide a warm place for people to visit. Most of these comfort centres are located in fire stations and schools;

  • The Department of Natural Resources is providing helicopter transportation for some of the 139 power crews working to restore power to all areas of the province. Many of these hydroelectric workers come from Nova Scotia Power, but 24 have come from Maine and another 35 from New Brunswick to help;

  • The Department of Health is working with nursing homes and residential care facilities to ensure their continuing operations. Some have required generators and two have moved residents to other locations. The department is also monitoring public health issues such as safe food and water and vaccine storage and supply;`,
    "https://news.novascotia.ca/en/2004/11/15/winter-storm-response-nov-15 (Nova Scotia Emergency Measures Organization, news release, 15 November 2004; later bullets left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "Nova Scotia Power Activating Emergency Operations Centre",
    `Nova Scotia Power is mobilizing personnel and resources in advance of a storm forecast to bring high wind
gusts and heavy rain on Thursday.
“We know that there are trees across the province that were weakened by Hurricane Dorian last month. With forecasts calling for wind gusts up to 90 km/h, we will be prepared to respond in case trees fall into power lines,” said Matt Drover, Storm Lead for Nova Scotia Power.

Nova Scotia Power is activating its Emergency Operations Centre (EOC) at noon tomorrow (WEDNESDAY) to plan and  manage its storm response. The EOC is the nerve centre for outage restoration planning and response and is staffed with employees representing all aspects of the company. Nova Scotia Power will operate its EOC until the last customer is
safely restored.

Crews will begin restoring power as soon as conditions are safe; if winds are gusting above 80 km/h, they have to make on-site assessments of whether to stand down for safety. Nova Scotia Power will coordinate closely with the Nova Scotia Emergency Management Office.

Customer Safety

Nova Scotia Power encourages customers to plan for their safety. Some tips include:
• Monitoring local weather forecasts
• Having an emergency kit that includes flashlights, a battery-powered radio and fresh water
• Charging electronic device
• If you lose power, turn off and unplug electrical equipment, such as televisions and computers to prevent
damage when power is restored.
• Visit for a full list of safety and storm preparedness tips.

Outage Information
Customers can report outages and get estimated times of restoration (ETRs) online at or by
calling Nova Scotia Power at 1-877-428-6004. Initial ETRs are based on past storms of similar size; we update ETRs once our teams have assessed damage.`,
    "https://haligonia.ca/nova-scotia-power-activating-emergency-operations-centre-269922/ (Nova Scotia Power media release, October 2019, as carried by Haligonia; undated in the text, restoration-priority paragraphs left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "City of Winnipeg: Flood Bulletin #4",
    `March 31, 2017

Released: 11:20 a.m.

Winnipeg, MB - Today, the City provided an update on its flood preparations, including revised numbers of properties that require sandbag dikes.

The operation of the Red River Floodway, which began today, has reduced the need for sandbag dikes in Winnipeg, but, as a cautionary measure, the City will continue to plan using Thursday’s forecasted peaks (between 18.6 to 20.8 feet James).

City flood planning and operations will be modified as necessary, as the benefits of floodway operations begin to take effect.

Current river levels are available at City of Winnipeg - River Levels.

Update: Number of Properties Requiring Sandbag Dikes

With operation of the Red River Floodway taken into consideration, City engineers have determined that the number of properties needing sandbag dikes has decreased from 50 to 25. The number of sandbags has been reduced accordingly from 75,000 to 20,000.

The City currently has enough sandbags made to address the needs of at-risk properties, but will continue making sandbags until the end of today as a precaution.

Additional precipitation or a change in ice conditions could alter the number of properties at risk. City of Winnipeg staff will continue to monitor river levels, weather conditions and floodway operations, while working closely with the Province of Manitoba, to adapt protection measures accordingly.

Update: Notifications and Dike Construction

The most at-risk property began constructing its dike yesterday.`,
    "http://winnipeg.ca/cao/media/news/nr_2017/nr_20170331.stm (City of Winnipeg, news release, 31 March 2017; the rest of the last section left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "Extreme Cold Weather Alert terminated for Toronto",
    `TORONTO, Feb. 15, 2020 /CNW/ - Based on information from Environment and Climate Change Canada, Dr. Eileen de Villa, Toronto's Medical Officer of Health, has terminated the Extreme Cold Weather Alert as of noon today. The warming centre at Metro Hall will close at noon.

Find out about services for homeless and under-housed individuals at toronto.ca/homelesshelp.

More information and tips for staying warm during cold weather are available at https://www.toronto.ca/community-people/health-wellness-care/health-programs-advice/extreme-cold-weather/.

Information to help residents prepare for extreme weather and weatherproof their homes is available at https://www.toronto.ca/extremeweatherready.`,
    "https://www.finanzen.ch/nachrichten/aktien/extreme-cold-weather-alert-terminated-for-toronto-1028908364 (City of Toronto news release via CNW, 15 February 2020; the city boilerplate left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "BWA ended",
    `Southwestern Public Health has ended the boil water advisory for parts of Tillsonburg.

Residents who live or work in the area east of Broadway to Tillson Avenue and south of North Street East can resume regular water use. After a boil water advisory has ended, Public Health advises residents to:
  • Run cold water faucets for 1 minute before using the water.
  • Flush all garden hoses by running cold water through them for 1 minute.
  • Run water softeners through a regeneration cycle.
  • Drain and refill hot water heaters set below 45°C (normal setting is 60°C).

 Read the update on the Town of Tillsonburg website at https://www.tillsonburg.ca/news/`,
    "https://oxfordcounty.ca/en/news/boil-water-advisory-ended-for-tillsonburg.aspx (Oxford County, Ontario, news item, undated)",
  ),
  s.real(
    "en",
    "sms",
    undefined,
    `There is a wildfire burning southeast of Nampa. It is moving northwest. Evacuation Order. Everyone east of Range Road 200 from Township 810 to 830 must evacuate immediately. Bring pets, important documents, medications and enough food, water and supplies for three days.`,
    "https://www.alberta.ca/aea/cap/2023/05/06/2023-05-06T14_16_33-06_00=AlbertaEmergencyManagementAgency=489F4ABB-54EC-4548-84F9-9A35AEA772DF.htm (Alberta Emergency Alert, critical alert for Northern Sunrise County, 6 May 2023 14:16; the Description and Instruction fields without their labels, the later instruction sentences left out)",
  ),
  s.real(
    "en",
    "faq",
    "Good to Know: Conservation Tips During a Power Outage",
    `During an outage it is important for customers to conserve energy – this helps minimize the load on our systems as we try to bring power back online. During rotating outages, conserving energy also allows us broaden our reach and provide energy to more customers.

As your power is restored or, as outage rotations cycle through, here are some extra things to keep in mind:

  • avoid unnecessary electricity usage, particularly during the peak use times of 7:00 a.m. to 10:00 a.m., and 4:00 p.m. to 8:00 p.m.
  • try to reduce usage, using the tips below, to assist with restoration to all customers as safely and quickly as possible.

Residential Customers:
▪ Conserve electricity by limiting use of air conditioning
▪ Conserve hot water by not running dishwashers, washers and showers
▪ Avoid using clothes dryers to help conserve

Business customers:
▪ Only heat spaces where and when necessary – reduce air conditioning (or heating) in vestibules, stairwells, lobbies and unused spaces
▪ Reduce equipment use during peak periods
▪ Reduce lighting – think about turning off outdoor safety and security lighting at the start of each day and turn off non-essential indoor lights, outdoor signs, billboards and other lighting`,
    "https://nlhydro.com/good-to-know/good-to-know-conservation-tips-during-a-power-outage/ (Newfoundland and Labrador Hydro, undated)",
  ),
  s.real(
    "en",
    "bulletin",
    "Hepatitis A Exposure",
    `We have been notified of a second case of Hepatitis A in an additional food handler who worked at the Family Place Restaurant and Pizza, 1 King William St., Huntsville on certain dates and times between March 5 and March 15, 2020. The restaurant is working closely with the health unit on the investigation.

The risk of transmission is low, however, as a precaution exposed people should monitor for signs and symptoms for 50 days. The disease can result in a liver infection and can be a greater health risk for older adults and those with liver disease. The Hepatitis A vaccine is an effective protection against the disease.

Hepatitis A vaccine given within 14 days of exposure may prevent the disease. Individuals who have received two doses of the Hepatitis A vaccine or have previously had Hepatitis A infection, will have immunity from the disease, and do not require further vaccine.

SMDHU strongly recommends that anyone who worked at, dined or had takeout from the restaurant on the following times and dates receive the Hepatitis A vaccine:

  • Thursday March 12 8 a.m. – 2 p.m.
  • Friday March 13 9 a.m. – 3 p.m.
  • Sunday March 15 8 a.m. – 2 p.m.

Immunization will be offered by appointment only. Call 1-877-721-7520 ext. 8827 to make an appointment.

Because the vaccine is no longer effective more than 14 days after exposure, other patrons who dined or had takeout at the restaurant at the dates and times below should monitor for symptoms of hepatitis A and contact their health care provider if they experience symptoms.

  • Thursday March 5 9 a.m. – 3 p.m.
  • Friday March 6th 9 a.m. – 3 p.m.
  • Sunday March 8th 8 a.m. – 1 p.m.
  • Tuesday March 10th 8 a.m. – 1:30 p.m.
  • Wednesday March 11th 8 a.m. –1:30 p.m.`,
    "https://www.simcoemuskokahealth.org/Promos/Hepatitis-A-Exposure (Simcoe Muskoka District Health Unit, Ontario, March 2020; the paragraph on how hepatitis A spreads left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "Sonoma County issues health advisory due to poor air quality",
    `SANTA ROSA, CA | September 19, 2023

Smoke from wildfires currently burning in Northern California and Southern Oregon is expected to impact the air quality throughout Sonoma County today through Wednesday, Sept. 20. The air quality is expected to be in the moderate range during this event.

Some people may experience adverse health effects from the smoke. Members of sensitive groups may experience effects that are more serious. Older adults, pregnant individuals, children and people with heart disease or respiratory illness should avoid prolonged outdoor exertion. Everyone else, especially children, should limit outdoor exertion. Take more breaks during outdoor activities.

Keep yourself and others safe:

  • Shelter in place if possible. Staying indoors with windows and doors closed, where the air quality is better, is the best way to protect your health. During high heat and heavy smoke events, keep indoor air cool.
  • Smoke can irritate the eyes and airways, causing cough, a dry scratchy throat, runny nose, trouble breathing, and irritated sinuses. Stay hydrated by drinking water during heavy smoke events.
  • High temperature can worsen effects of high Air Quality Index (AQI) events.
  • Avoid adding additional air pollution by curtailing activities such as wood burning, lawn mowing, leaf blowing, driving, barbecuing, smoking, or other dust producing activities. Avoid using hairspray and painting indoors. If possible, use a stove fan when cooking.
  • Set air conditioning units and car vent systems to recirculate to keep outside air from moving inside.

Air Quality Monitoring (AQI) Resources:

When checking the AQI, please note that federal certified monitors at EPA’s AirNow Fires site are most accurate but have an update lag of two to three hours.`,
    "https://sonomacounty.ca.gov/sonoma-county-issues-health-advisory-due-to-poor-air-quality-x126614 (County of Sonoma, Department of Health Services, 19 September 2023; the link list under the last heading did not survive)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    `The Texas Department of State Health Services laboratory has confirmed that a pool of mosquitoes from Wichita Falls has tested positive for West Nile Virus. The mosquitoes were collected from traps placed in the city as part of the Wichita Falls-Wichita County Public Health District’s routine mosquito surveillance program.

West Nile Virus can be transmitted to humans by mosquitoes. However, anyone can reduce their risk of being infected by following these precautions:

Stay indoors when mosquitoes are most active. Dusk and dawn are the times of day when the insects are most prevalent and likely to bite.

Wear DEET insect repellent. Always wear repellant when outdoors and choose products that contain DEET. Please follow instructions on product label.

Dress in long sleeves and pants when outside. For extra protection, you may want to spray thin clothing with repellent.

Dump and drain standing water.

The Health District’s Environmental Health Division will continue its integrated pest management program for mosquito control. This includes continuing to test mosquitoes for West Nile Virus and other mosquito-borne diseases, treating standing water, eliminating breeding areas and spraying for adult mosquitoes when weather conditions are favorable.

To request spraying for mosquitoes please contact the Health District’s Vector Control unit at 761-7890. For more information about the Health District’s mosquito abatement program please call 761-6808 or 761-7822.

For questions about West Nile Virus disease please call 761-7697 or visit the Centers for Disease Control and Prevention website . Updates about West Nile Virus can also be followed on the Health District’s Facebook page .`,
    "http://newstalk1290.com/mosquitoes-in-wichita-falls-test-positive-for-west-nile-virus/ (Wichita Falls-Wichita County Public Health District release as printed by Newstalk 1290, undated)",
  ),
  s.real(
    "en",
    "correction",
    undefined,
    `Cumberland Valley District Health Department is providing corrections to data being reported for Jackson County. 2 cases that were previously reported as “confirmed” should be reported as “probable.” There are 2 additional probable cases that were not reported earlier in June.
These 4 cases are designated as probable because the results were obtained from antibody testing. Antibody results can only prove that a person 𝙝𝙖𝙨 𝙝𝙖𝙙 𝘾𝙤𝙧𝙤𝙣𝙖𝙫𝙞𝙧𝙪𝙨 𝙞𝙣 𝙩𝙝𝙚 𝙥𝙖𝙨𝙩 and cannot confirm a current active case.
We also identified an error in public reporting that resulted in 1 confirmed case not being reported in late May.
“The information provided by our nurses was accurate, and the mistake was on my end as I collected and reported the case data each day,” says Public Health Director Christie Green.`,
    "https://www.nolangroupmedia.com/jackson_county_sun/cumberland-valley-district-health-department-provides-corrections-to-data-for-jackson-county/article_46835b64-b0cf-11ea-8bea-330bf4d0a52c.html (Cumberland Valley District Health Department, Kentucky, 17 June 2020, as printed by the Jackson County Sun)",
  ),
  s.real(
    "en",
    "bulletin",
    "Seek medical attention if in direct contact with positive rabies animals",
    `Holdrege, NE– – Two Rivers Public Health Department (TRPHD) reports a positive test of rabies in a bat implicated in a potential rabies exposure at a little league football event in Cozad on Sunday, September 17, 2017. Anyone with direct contact with a bat in the TRPHD district (Buffalo, Dawson, Franklin, Gosper, Harlan, Kearney and Phelps Counties) should immediately consult with their

medical provider and contact TRPHD.

Anyone with direct contact with a bat in or around Cozad on

September 17, 2017 should seek immediate medical attention. TRPHD recommends medical treatment for anyone with direct exposure to animals testing positive for rabies. Amy Dinslage, Community Health Nurse explains, “If you know you have had direct contact with a bat it should be carefully caught and tested for rabies. Bat bites can be easy to overlook, so if you find a bat in a room with young children, elderly individuals, any sleeping person, or anyone who is unable to communicate clearly, that bat should be tested.” Bats can carry rabies. Rabies, if left untreated, is nearly always fatal. This is the time of year that bats may seek shelter for the fall and winter, so examine your home for small entry holes and close them.

The Center for Disease Control has instructions on how to safely catch a bat for testing at this link:

http://www.cdc.gov/rabies/bats/contact/capture.html

Animals suspected with rabies should be carefully collected and taken to a local veterinarian for observation or testing. Please contact Two Rivers Public Health Department at (888) 669-7154 to report contact with bats or visit our website www.trphd.org. You can also follow us on Facebook or Twitter (@trpublichealth).`,
    "http://krvn.com/regional-news/positive-rabies-test-in-bat-exposure-at-local-sporting-event/ (Two Rivers Public Health Department, Nebraska, release of 22 September 2017 as printed by KRVN; the closing mission statement left out)",
  ),
  s.real(
    "en",
    "social",
    "March 9 - 8:00 PM Update",
    `Outages are now at 57 members and crews continue to work on those still scattered around our system. We are so close to full power restoration and we know these final members are anxious to have their power restored.

As a reminder, this stage of the restoration process slows due to the nature of the member per outage ratio, which is currently approximately only 2 members per outage.

As restoration nears completion and members start to look more toward repair work, remember that if you need a repair and electrical inspection, you will need to contact your county electrical inspector to complete that work. Their contact information can be found on our website at New Home Construction | Farmers RECC

While we would like to provide details on each individual outage or where crews will be during the day, each outage is different and presents its own unique challenges. In addition, we have nearly 20 crews working on our system and they are moving constantly, making it difficult to update on where crews are working next. If you have reported a line down, tree on line, or other issue, we will continue to work on those until each one is resolved. The best way to get information on assigned crews is via our Outage Viewer, found at https://outage.farmersrecc.com:44303/

Barring any major complications, we expect to have all power restored to our members who are able to receive service by Saturday afternoon.

We appreciate our members' continued patience and prayers.`,
    "https://farmersrecc.com/march-9-800-pm-update (Farmers Rural Electric Cooperative Corporation, Kentucky, outage update of 9 March, year not shown)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    `As of Saturday morning, REC crews, contractors and mutual-aid workers had restored power to about 83,000 members owners who lost service in Winter Storm Frida. About 15,000 members remain without power.
REC still estimates the majority of outages should be restored by Sunday night but scattered, smaller outages will continue into next week.
At this time, crews have discovered more than 400 broken poles, and they continue to find more each day. Before the storm, REC had plenty of poles to respond to an event of this magnitude, and the Cooperative still has more than enough poles and other equipment to make needed repairs. Additional equipment continues to arrive daily.
“Most larger outage events will clear up over the weekend,” said Casey Hollins, Managing Director – Communications and Public Relations. “Because REC has hundreds of mutual-aid crews helping in the field, they will also now be able to tackle smaller outages throughout REC’s communities. With this storm, the electric grid was shaken to its foundation. To those still without power, please know that more than 1,000 field workers are working as quickly and safely as they can to get your lights and your heat back on for you.”
SAFETY REMINDER
Never attempt to make repairs to power lines or related equipment.
DO NOT DO THIS.
Electricity is extremely dangerous, and we urge you to treat any downed lines or related equipment as if it is energized – or could be energized. This includes touching power lines or anything that could be in contact with power lines; attempting to use any other objects to touch power lines or related equipment; and cutting trees or moving other objects in contact with power lines.
Severe injury and even death are both possible.
“We know this outage is long and frustrating, but it is not worth losing a life over,” Hollins said.`,
    "https://myrec.coop/rec-restores-power-83000-members-after-winter-storm (Rappahannock Electric Cooperative, Virginia, news item after Winter Storm Frida, undated in the text)",
  ),
  s.real(
    "en",
    "bulletin",
    "System Update",
    `While we are not quite out of the woods yet, our system is holding up much better today. Thank you for your effort in conserving while our system recovered. There are neighboring water systems who are still without water, so please curtail any unnecessary usage while the City tries to supply water to everyone.

Also, continue to boil your water before consumption. While we plan on taking samples as soon as possible in order to lift the boil water notice, we expect the labs to be over- loaded as most neighboring water systems are also having to boil water.

Again, we appreciate your patience and cooperation during this event.`,
    "https://navarromillswsc.com/news-detail?item_id=18611 (Navarro Mills Water Supply Corporation, Texas, news and notices, undated)",
  ),
  s.real(
    "en",
    "bulletin",
    "Please help us conserve electricity",
    `Updated September 05, 2022
Help Conserve. The extreme heat throughout the region has led to record demand for electricity. We are asking customers to limit their use of electricity from 4 p.m. to 9 p.m. Residential customers can help by raising thermostat settings on air conditioners to 78 degrees or higher, limiting the use of major appliances and turning off unnecessary lights. Commercial and industrial customers are asked to reduce the use of lighting as well as office and maintenance equipment to lower the demand for electricity. For additional information, visit`,
    "https://www.roseville.ca.us/cms/One.aspx?portalId=7964922&pageId=18865164 (City of Roseville, California, Roseville Electric, 5 September 2022)",
  ),
];

export const BAD_BLIND54: EvalMessage[] = [
  // ── active ───────────────────────────────────────────────────────────────────────────────────────────────────────
  s.bad(
    "sv",
    "bulletin",
    "no protective action for residents downwind of a leak",
    ACTIVE,
    MSB,
    "Ammoniakläcka vid Vretaby ishall",
    `Uppdaterad 3 december 2026 kl. 09.40

Klockan 08.55 i dag upptäcktes en läcka av ammoniak från kylanläggningen i Vretaby ishall på Idrottsvägen 4. Räddningstjänsten är på plats och har stängt av anläggningen. Ammoniaken sprids med vinden mot bostadsområdet Norrgärdet, och det luktar tydligt i området. Ishallen och parkeringen är avspärrade.

Personalen i hallen lämnade byggnaden i tid och ingen har skadats. Räddningstjänsten mäter halterna runt hallen varje halvtimme.

Nästa uppdatering kommer kl. 11.00 här på bjorkvattnet.se. Frågor besvaras av kommunens kontaktcenter på 0980-319 210.

Björkvattnets kommun, krisledningen`,
  ),
  s.bad(
    "en",
    "bulletin",
    "cooling centers announced with no locations",
    ACTIVE,
    CERC,
    "Excessive heat warning: cooling centers open",
    `Harlan County Public Health – Friday, July 17, 2026, 10:00 a.m.

The National Weather Service has issued an excessive heat warning for Harlan County from noon today through 8 p.m. Sunday, July 19. Afternoon temperatures are forecast to reach 106°F, with overnight lows near 82°F.

Heat illness can develop quickly in older adults, infants, people with chronic illness and people working outdoors. Drink water regularly, avoid strenuous activity between noon and 6 p.m., and never leave children or pets in a parked vehicle. Call 911 if someone becomes confused, stops sweating or faints.

Cooling centers are open at several locations across the county from 10 a.m. to 9 p.m. through Sunday.

We will post the next update by 4 p.m. today on our website and social media.

Dr. Renata Olszewski, Health Officer`,
  ),
  s.bad(
    "sv",
    "sms",
    "evacuation order with no destination",
    ACTIVE,
    MSB,
    undefined,
    `Björkvattnets kommun 3 dec kl 14.10: Gasläcka vid Storgatan i Vretaby. Alla på Storgatan 1-20 ska lämna bostaden nu. Ny info kl 15.00 på bjorkvattnet.se`,
  ),
  s.bad(
    "en",
    "correction",
    "myth told first in detail, no verdict and no fact",
    ACTIVE,
    DEBUNK,
    "About the 'poisoned reservoir' posts",
    `Posted by Carrow Valley Water District, Tuesday, December 8, 2026, 11:30 a.m.

A video shared thousands of times since Sunday claims that someone broke into the Hollins Reservoir over the weekend, dumped drums of industrial chemicals into the water and that people in Eastbrook are already being hospitalized with burns and vomiting. The post says the district is covering it up and tells people to stop using tap water entirely, even for showers. Many of you have shared it with friends and family, and we understand why it is frightening.

We have checked the reservoir site, the security cameras and our water-quality sensors.

Our customer line, (530) 555-0147, is open until 8 p.m. We will post the weekly water-quality report on Friday, December 11.

Carrow Valley Water District`,
  ),
  s.bad(
    "sv",
    "faq",
    "the question 'what should I do' answered without advice",
    ACTIVE,
    MSB,
    "Jag har redan druckit vattnet – vad ska jag göra?",
    `Frågor och svar om kokningsrekommendationen i Stensjöby, uppdaterat 2 december 2026 kl. 16.00

Fråga: Jag har druckit okokt kranvatten sedan i måndags. Vad ska jag göra?

Svar: Vi förstår att många är oroliga. Kokningsrekommendationen infördes måndag 30 november efter att prover från vattenverket i Stensjöby visade koliforma bakterier, alltså bakterier som tyder på att ytvatten kan ha kommit in i systemet. Nya prover togs i går och svaren väntas fredag 4 december. Bakterier av det här slaget ger oftast inga symtom, men det går inte att utesluta att någon blir sjuk.

Vi uppdaterar frågor och svar senast fredag 4 december kl. 15.00.

Björkvattnets kommun, VA-avdelningen`,
  ),
  s.bad(
    "en",
    "bulletin",
    "a health risk reported with no protective advice",
    ACTIVE,
    CERC,
    "Air quality update: smoke from the Cedar Ridge fire",
    `Lassen Hills Air District – Saturday, August 22, 2026, 7:00 a.m.

Smoke from the Cedar Ridge fire settled into the valley overnight. At 6 a.m. the monitor in Pine Flat recorded an Air Quality Index of 238, which is in the "very unhealthy" range, and the Marlow monitor read 187. Readings in Pine Flat have been above 150 since 11 p.m. Friday.

Fire officials expect the wind to stay light and from the north through Sunday evening, which keeps the smoke in the valley. They expect readings to stay in the unhealthy to very unhealthy range until at least Sunday night.

Current readings from both monitors are posted hourly at lassenhillsair.org. Our next update will be issued at 1 p.m. today.

Lassen Hills Air District, Public Information Office`,
  ),
  s.bad(
    "sv",
    "bulletin",
    "no contact route or channel for updates",
    ACTIVE,
    KRIS,
    "Strömavbrott i Granhyttan – läget kl. 12.00",
    `Fredag 11 december 2026 kl. 12.00

Sedan kl. 05.30 i morse är omkring 1 400 hushåll i Granhyttan och Älvbacka utan ström. Ett tiotal träd har fallit över en kraftledning efter nattens snöfall. Nätbolagets montörer arbetar på plats men räknar med att arbetet tar minst till sent i kväll.

Håll dörrar och fönster stängda så att värmen stannar kvar, och öppna kyl och frys så lite som möjligt. Använd inte gasolkök eller grill inomhus. Om du har hemtjänst och behöver hjälp, säg till personalen vid nästa besök.

Nästa uppdatering kommer kl. 16.00.

Björkvattnets kommun`,
  ),
  s.bad(
    "en",
    "sms",
    "tornado warning text with no protective action",
    ACTIVE,
    PLAIN,
    undefined,
    `Marlow County EM 12/8 4:52 PM: Tornado warning for Harlan Flats and Pine Flat until 5:45 PM. Rotation near Route 9 moving NE at 35 mph. Updates: marlowcounty.gov/alerts`,
  ),
  s.bad(
    "sv",
    "correction",
    "bare denial with no facts and nowhere to check",
    ACTIVE,
    DEBUNK,
    "Angående uppgifter om vattnet i Vretaby",
    `Björkvattnets kommun, 9 december 2026 kl. 10.15

Det sprids uppgifter i sociala medier om dricksvattnet i Vretaby. Uppgifterna stämmer inte.

Vi ber alla att tänka efter innan de delar inlägg. Kommunen följer utvecklingen och återkommer med en lägesbild i morgon torsdag 10 december kl. 10.00.

Kommunikationsavdelningen`,
  ),

  // ── open ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  s.bad(
    "sv",
    "bulletin",
    "closures decided with no reason given",
    OPEN,
    MSB,
    "Simhallen och två förskolor stängs",
    `Björkvattnets kommun, 2 december 2026 kl. 15.30

Från och med torsdag 3 december kl. 07.00 håller Vretaby simhall stängt, liksom förskolorna Lärkan och Myran i Norrgärdet. Barnen på Lärkan och Myran tas emot på förskolan Solstrålen, Skolvägen 12, under ordinarie öppettider. Föräldrar som inte kan lämna där kontaktar sin förskolechef.

Stängningen gäller till och med söndag 6 december. Vi meddelar senast fredag 4 december kl. 14.00 om den förlängs.

Frågor om förskolorna: 08-465 004 12. Frågor om simhallen: kontaktcenter 0980-319 210.

Maria Lindqvist, förvaltningschef, barn- och utbildningsförvaltningen`,
  ),
  s.bad(
    "en",
    "bulletin",
    "shelter closed 'for operational reasons'",
    OPEN,
    CERC,
    "Eastbrook shelter relocating tonight",
    `City of Eastbrook Emergency Management – Monday, December 7, 2026, 2:00 p.m.

For operational reasons, the emergency shelter at Eastbrook Community Center will close at 6 p.m. today. Everyone staying there will move to the Lincoln Middle School gym, 410 Orchard Avenue, which opens at 5 p.m. Free buses will leave the community center every 30 minutes from 4:30 p.m., and staff will help move belongings. Pets are welcome at the new site.

Anyone who needs shelter tonight should go directly to Lincoln Middle School. For transport help call (530) 555-0182.

We will post the next shelter update by 9 a.m. Tuesday, December 8.

Dana Whitlock, Emergency Manager`,
  ),
  s.bad(
    "sv",
    "faq",
    "faq answer that dodges the question asked",
    OPEN,
    MSB,
    "Varför ställdes ingen vattentank ut i Östra Lindmo?",
    `Frågor och svar om vattenavbrottet i Östra Lindmo, uppdaterat 4 december 2026 kl. 13.00

Fråga: Varför fick Östra Lindmo ingen nödvattentank när grannbyn fick två?

Svar: Placeringen av nödvattentankar görs utifrån kommunens nödvattenplan och de förutsättningar som råder vid varje händelse. Planen omfattar hela kommunen.

Just nu kan du hämta dricksvatten vid tanken på Lindmo skola, Skolbacken 2, dygnet runt. Ta med egna dunkar. Vattnet beräknas vara tillbaka i kranarna lördag 5 december kl. 18.00.

Nästa uppdatering kommer lördag 5 december kl. 12.00.

Björkvattnets kommun, VA-avdelningen`,
  ),
  s.bad(
    "en",
    "bulletin",
    "known cause withheld",
    OPEN,
    CERC,
    "Odor in tap water: update 2",
    `Carrow Valley Water District – Wednesday, December 9, 2026, 5:00 p.m.

Since Tuesday evening customers in Eastbrook and Hollins have reported a solvent-like smell in their tap water. We have identified the source, but we will not be sharing details at this time.

Until further testing is complete, customers in Eastbrook and Hollins should not drink the tap water or use it for cooking, making ice or preparing infant formula. Bathing, laundry and toilet flushing are fine. Bottled water is available at Eastbrook High School, 1200 Marsh Road, from 8 a.m. to 8 p.m.

Lab results are expected Thursday afternoon. We will post update 3 by 6 p.m. Thursday, December 10.

Customer line: (530) 555-0147

Carrow Valley Water District`,
  ),
  s.bad(
    "sv",
    "bulletin",
    "fire ban with no condition for lifting",
    OPEN,
    MSB,
    "Eldningsförbud i Björkvattnets kommun",
    `Räddningstjänsten Björkvattnet, beslut torsdag 16 juli 2026 kl. 11.00

Räddningstjänsten inför från och med i dag kl. 12.00 eldningsförbud i hela Björkvattnets kommun. Det har inte regnat på tre veckor och SMHI:s brandriskprognos visar mycket stor risk för brand i skog och mark. En gnista kan räcka för att starta en brand som sprider sig snabbt.

Förbudet betyder att du inte får göra upp eld utomhus, inte heller i fasta eldstäder eller med engångsgrill. Du får grilla på egen tomt med gas- eller kolgrill som har lock. Förbudet gäller tills vidare. Vi meddelar på bjorkvattnet.se när beslutet ändras.

Ser du brand eller rök i skogen, ring 112. Frågor om förbudet: 031-390 06 45.

Räddningschef Per-Ola Hedin`,
  ),
  s.bad(
    "en",
    "bulletin",
    "'no comment' on injuries",
    OPEN,
    CERC,
    "Explosion at Pine Flat grain elevator",
    `Marlow County Sheriff's Office – Thursday, December 3, 2026, 8:15 p.m.

At about 6:40 p.m. an explosion and fire occurred at the Pine Flat Co-op grain elevator on County Road 14. Fire crews from three departments have the fire contained. The state fire marshal is investigating the cause.

The sheriff's office will not comment on injuries or on how many workers were at the site at the time of the explosion.

County Road 14 is closed between Route 9 and Miller Lane. Residents within half a mile should keep windows closed because of smoke and grain dust. A family assistance point is open at Pine Flat Fire Hall, 22 Depot Street; call (530) 555-0119.

The next briefing will be at 10 p.m. at the fire hall.

Sheriff Alan Morrow`,
  ),
  s.bad(
    "sv",
    "bulletin",
    "care-home residents moved with no reason given",
    OPEN,
    MSB,
    "De boende på Tallgården flyttas",
    `Björkvattnets kommun, socialförvaltningen, 8 december 2026 kl. 09.00

Beslut har fattats om att de 24 boende på Tallgårdens äldreboende i Granhyttan flyttas till Solrosens äldreboende, Lindvägen 3 i Vretaby. Flytten görs i dag tisdag mellan kl. 10.00 och 15.00. Personal från Tallgården följer med och arbetar kvar hos de boende på Solrosen. Mediciner, hjälpmedel och personliga saker tas med.

Anhöriga är välkomna att besöka de boende på Solrosen som vanligt från onsdag 9 december. Vi ringer alla kontaktpersoner under förmiddagen.

Frågor: socialförvaltningens jour, 040-628 04 30, dygnet runt. Nästa information lämnas onsdag 9 december kl. 12.00.

Anna Bergkvist, socialchef`,
  ),
  s.bad(
    "en",
    "bulletin",
    "test results kept internal",
    OPEN,
    CERC,
    "Lead testing at Hollins Elementary",
    `Carrow Valley Unified School District – Friday, December 4, 2026

We have received the results of the lead tests carried out on November 20 at drinking fountains and kitchen taps in Hollins Elementary School. The results are being reviewed internally and will not be posted.

As a precaution, all drinking fountains at Hollins Elementary will be turned off from Monday, December 7, and bottled water will be provided in every classroom and in the cafeteria. Kitchen staff will use bottled water for cooking.

Parents with questions can call the district office at (530) 555-0163 between 8 a.m. and 4 p.m. We will send the next update to families by email on Wednesday, December 9.

Linda Fairbanks, Superintendent`,
  ),
  s.bad(
    "sv",
    "sms",
    "advice extended by sms with no reason",
    OPEN,
    MSB,
    undefined,
    `Björkvattnets kommun 4 dec: Kokningsrekommendationen i Stensjöby förlängs till fre 11 dec kl 12. Koka vatten till mat och dryck. Info: bjorkvattnet.se/vatten`,
  ),

  // ── factual ──────────────────────────────────────────────────────────────────────────────────────────────────────
  s.bad(
    "sv",
    "bulletin",
    "arson assumed before the investigation",
    FACTUAL,
    KRIS,
    "Brand i förråd vid Norrgärdets skola",
    `Björkvattnets kommun, 6 december 2026 kl. 07.30

Natten mot söndag brann ett förråd intill Norrgärdets skola i Vretaby. Räddningstjänsten larmades kl. 02.15 och branden var släckt kl. 04.00. Ingen har skadats och själva skolbyggnaden klarade sig, men det luktar rök i matsalen och i två klassrum.

Allt tyder på att branden har anlagts, och troligen var det fler än en person inblandad.

Skolan har öppet som vanligt måndag 7 december. Matsalen och de två klassrummen vädras och saneras och används inte förrän de har kontrollerats. Eleverna äter lunch i idrottshallen.

Har du sett något vid skolan i natt, ring polisen på 114 14. Nästa information till vårdnadshavare skickas via skolans app måndag kl. 12.00.

Eva Sandberg, rektor`,
  ),
  s.bad(
    "en",
    "bulletin",
    "damage figures taken from Facebook groups",
    FACTUAL,
    CERC,
    "Storm damage update, north Eastbrook",
    `City of Eastbrook – Sunday, December 6, 2026, 9:00 a.m.

Saturday night's windstorm brought down trees and power lines across the north side of the city. According to posts in neighborhood Facebook groups, as many as 60 homes may have roof damage and several people were hurt by falling branches. Crews from Public Works and Eastbrook Power have been working since 2 a.m.

Stay at least 30 feet away from downed lines and report them to Eastbrook Power at (530) 555-0190. Do not drive around road-closed barriers; Maple Street and North 5th Avenue remain closed.

Residents whose homes are not safe to stay in can go to the warming center at the Eastbrook Library, 88 Main Street, open until 10 p.m.

We will post the next update at 3 p.m. today.

City of Eastbrook Emergency Management`,
  ),
  s.bad(
    "sv",
    "bulletin",
    "'not dangerous' before any measurement",
    FACTUAL,
    MSB,
    "Brand i däcklager på Alnäsets industriområde",
    `Räddningstjänsten Björkvattnet, 10 december 2026 kl. 15.20

Sedan kl. 13.40 brinner det i ett däcklager på Alnäsets industriområde i Vretaby. Branden ger kraftig svart rök som driver mot sydost. Räddningstjänsten räknar med att släckningsarbetet pågår under kvällen.

Röken är inte farlig för dem som bor i området. Luften kommer att mätas i kväll när mätutrustning har kommit från länsstyrelsen. Känner du obehag av röken, gå inomhus och stäng fönster och ventilation.

Undvik området runt Alnäsvägen så att räddningsfordonen kommer fram. Frågor besvaras av kommunens kontaktcenter, 0980-319 210, som har öppet till kl. 20.00.

Nästa uppdatering kl. 18.00 på bjorkvattnet.se.

Insatsledare Jonas Ek`,
  ),
  s.bad(
    "en",
    "bulletin",
    "bulletin contradicts itself on injuries",
    FACTUAL,
    CERC,
    "Chlorine release at Marlow pool: update",
    `Marlow County Fire District – Saturday, July 11, 2026, 3:30 p.m.

At 1:50 p.m. a chlorine gas release occurred in the pump room of the Marlow Aquatic Center, 300 Park Road. The pool was evacuated within minutes and no one was injured. Four swimmers and a staff member were taken to Marlow General Hospital with breathing problems and are in stable condition.

The leak was stopped at 2:35 p.m. and the building is being ventilated. Park Road remains closed between 3rd and 6th Streets. The shelter-in-place advisory for homes on Park Road ended at 3:15 p.m.; residents can open windows again.

The Aquatic Center will stay closed through Sunday, July 12. Next update at 6 p.m. on marlowfire.org.

Chief Teresa Valdez`,
  ),
  s.bad(
    "sv",
    "faq",
    "faq answer built on the local paper's figures",
    FACTUAL,
    KRIS,
    "Vad orsakade utsläppet i Sälgån?",
    `Frågor och svar om utsläppet i Sälgån, uppdaterat måndag 7 december 2026 kl. 11.00

Fråga: Vad orsakade utsläppet i Sälgån?

Svar: Enligt uppgifter i lokaltidningen handlar det om cirka 3 000 liter diesel som runnit ut från en tankbil som vält vid bron på väg 642. Länsstyrelsen och räddningstjänsten arbetar med att begränsa spridningen med länsor.

Bada inte, fiska inte och låt inte djur dricka vatten från Sälgån nedströms bron. Har du egen brunn nära ån och märker lukt eller smak av diesel, använd inte vattnet och ring miljökontoret, 031-390 06 45.

Vi uppdaterar frågor och svar i dag kl. 16.00.

Björkvattnets kommun, miljökontoret`,
  ),
  s.bad(
    "en",
    "bulletin",
    "restoration time promised as certain",
    FACTUAL,
    CERC,
    "Ice storm outages: restoration update",
    `Eastbrook Power – Tuesday, December 15, 2026, 7:00 a.m.

About 9,200 customers remain without power after Monday's ice storm, down from 21,000 at the peak. Crews from Eastbrook Power and three neighboring utilities are working in Hollins, Pine Flat and the north side of Eastbrook. Damage assessment on the rural lines west of Route 9 has not been completed yet.

Every customer will have power back by 6 p.m. Wednesday, December 16.

Treat every downed line as live and stay at least 30 feet away. Never run a generator indoors or in a garage. Warming centers are open at Eastbrook Library, 88 Main Street, and Pine Flat Fire Hall, 22 Depot Street.

Report outages at (530) 555-0190. Next update at noon today.

Eastbrook Power, Storm Center`,
  ),
  s.bad(
    "sv",
    "sms",
    "cause guessed in an sms",
    FACTUAL,
    KRIS,
    undefined,
    `Björkvattnets kommun 9 dec kl 08.30: Gaslukten vid torget i Vretaby kommer sannolikt från grävarbetet där. Undvik Torggatan. Ny info kl 10 på bjorkvattnet.se`,
  ),
  s.bad(
    "en",
    "correction",
    "correction replaces one rumour with a guess",
    FACTUAL,
    DEBUNK,
    "Outage was not a cyberattack",
    `Eastbrook Power – Thursday, December 10, 2026, 1:00 p.m.

Some posts online say Wednesday's outage in Eastbrook and Hollins was caused by hackers. That is not correct: our control systems were not accessed and no customer data was affected. The outage was most likely caused by a squirrel getting into the equipment at the Hollins substation, which happens a few times a year.

Power was restored to all 4,300 affected customers by 9:40 p.m. Wednesday. For confirmed information about outages, check eastbrookpower.com/outages or call (530) 555-0190.

Our investigation report will be published on Friday, December 18.

Marcus Oyelaran, Communications Manager`,
  ),
  s.bad(
    "sv",
    "bulletin",
    "casualty figures from bystanders at the scene",
    FACTUAL,
    KRIS,
    "Bussolycka på väg 642 vid Granhyttan",
    `Björkvattnets kommun, 14 december 2026 kl. 17.45

Kl. 16.20 i dag körde en buss med ett trettiotal resenärer av vägen vid Granhyttan på väg 642. Räddningstjänst, ambulans och polis är på plats. Enligt personer på plats ska minst åtta ha skadats allvarligt.

Kommunen har öppnat ett stöd- och informationscenter för anhöriga och resenärer i Granhyttans bygdegård, Bygatan 7. Där finns personal från kommunen, Svenska kyrkan och Röda korset. Anhöriga som söker information kan också ringa 040-628 04 30.

Väg 642 är avstängd mellan Granhyttan och Älvbacka. Följ omledningen via Skogsvägen.

Nästa uppdatering kl. 19.00.

Björkvattnets kommun, krisledningen`,
  ),

  // ── fast ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  s.bad(
    "sv",
    "bulletin",
    "relative times only, no date anywhere",
    FAST,
    MSB,
    "Vattnet stängs av i Norrgärdet",
    `Vi måste laga en skadad huvudledning under Järnvägsgatan i Vretaby. Därför stänger vi av vattnet för alla fastigheter i Norrgärdet i morgon från kl. 08.00. Arbetet beräknas vara klart på torsdag eftermiddag.

Tappa upp vatten i dunkar och kastruller i kväll. En vattentank ställs ut vid Norrgärdets skola, Skolvägen 12, från kl. 08.00 i morgon. När vattnet kommer tillbaka kan det vara missfärgat; spola kallvatten tills det blir klart.

Vi berättar här på bjorkvattnet.se i morgon kväll hur arbetet går.

Björkvattnets kommun, VA-avdelningen, telefon 0980-319 210`,
  ),
  s.bad(
    "en",
    "bulletin",
    "boil notice issued three days after the break",
    FAST,
    CERC,
    "Boil water notice: Pine Flat",
    `Marlow County Water Services – Thursday, December 10, 2026

On Monday, December 7, a main break on Depot Street caused pressure to drop below safe levels in parts of Pine Flat. Because low pressure can let bacteria into the pipes, customers on Depot Street, Oak Lane and Miller Lane should boil tap water for one minute before drinking it or using it for cooking, brushing teeth or making ice. Bottled water is available at Pine Flat Fire Hall, 22 Depot Street.

Samples were taken on Tuesday. The notice will be lifted after two sets of samples taken 24 hours apart show no bacteria; we expect the second results on Saturday, December 12, and will post them that day by 5 p.m.

Questions: (530) 555-0128.

Marlow County Water Services`,
  ),
  s.bad(
    "sv",
    "sms",
    "'mer information kommer' with no time",
    FAST,
    KRIS,
    undefined,
    `Björkvattnets kommun 11 dec kl 06.50: Vattenläcka i Älvbacka, vattnet är avstängt. Vattentank finns vid Älvbacka skola, Skolvägen 1. Mer information kommer.`,
  ),
  s.bad(
    "en",
    "bulletin",
    "next update promised 'shortly'",
    FAST,
    CERC,
    "Hollins Bridge closed after inspection",
    `Marlow County Roads Department – Wednesday, December 2, 2026, 11:00 a.m.

Hollins Bridge on County Road 7 is closed to all traffic, including pedestrians, from 11 a.m. today. A routine inspection this morning found a crack in one of the main steel beams, and engineers cannot yet say whether the bridge can safely carry weight.

Drivers should use the detour via Route 9 and Miller Lane, which adds about 12 minutes. School buses for Hollins Elementary will use the detour from this afternoon, and families will get new pickup times from the school by 3 p.m.

We will provide an update shortly.

Marlow County Roads Department, (530) 555-0171`,
  ),
  s.bad(
    "sv",
    "bulletin",
    "nothing more said until the police inquiry ends",
    ["fast", "open"],
    MSB,
    "Händelsen vid Vretaby gymnasium",
    `Björkvattnets kommun, tisdag 1 december 2026 kl. 13.00

I förmiddags fick Vretaby gymnasium ett hot via e-post och polisen var på plats under några timmar. Undervisningen fortsätter som vanligt i morgon onsdag 2 december.

Kommunen kommer inte att lämna några ytterligare uppgifter om vad som har hänt förrän polisens utredning är avslutad.

Elever som mår dåligt efter dagen kan vända sig till elevhälsan, som har extra öppet i morgon kl. 08.00–16.00 i rum B112. Vårdnadshavare kan ringa skolans expedition, 08-465 004 20.

Johan Ahlström, rektor`,
  ),
  s.bad(
    "en",
    "social",
    "post with no date or time at all",
    FAST,
    CERC,
    undefined,
    `UPDATE from Carrow Valley Fire: Crews are still working the brush fire off Quarry Road near the Hollins trailhead. The fire is about 40 acres and 30% contained. Quarry Road is closed between the trailhead and Ridge Lane. No homes are threatened right now, but residents on Ridge Lane should have a go-bag ready in case that changes. Please stay out of the area so engines can get through. We'll post again in about two hours. Info line: (530) 555-0155.`,
  ),
  s.bad(
    "sv",
    "bulletin",
    "next information 'under de närmaste dagarna'",
    FAST,
    KRIS,
    "Översvämning längs Sälgån",
    `Björkvattnets kommun, 12 december 2026 kl. 10.00

Sälgån har stigit kraftigt efter två dygns regn och har svämmat över på flera ställen mellan Stensjöby och Vretaby. Fem bostadshus längs Åvägen har vatten i källaren och Åvägen är avstängd för trafik. SMHI har en gul varning för höga flöden i området.

Bor du längs ån: flytta värdesaker från källaren, stäng av strömmen i översvämmade utrymmen och gå inte ut i strömmande vatten. Sandsäckar finns att hämta vid räddningsstationen, Brandvägen 2. Behöver du hjälp att pumpa, ring räddningstjänsten på 031-390 06 45.

Ny information kommer under de närmaste dagarna.

Björkvattnets kommun, krisledningen`,
  ),
  s.bad(
    "en",
    "sms",
    "text alert with 'update tomorrow' and no date",
    FAST,
    PLAIN,
    undefined,
    `Marlow County Water: Boil water notice for Ridge Lane and Quarry Rd after a main break. Boil water 1 min before drinking. Update tomorrow. Info: (530) 555-0128`,
  ),
  s.bad(
    "sv",
    "correction",
    "rumour left uncorrected for a week",
    FAST,
    DEBUNK,
    "Nej, kommunen stänger inte vattnet i hela Vretaby",
    `Björkvattnets kommun, 15 december 2026 kl. 09.00

Sedan början av förra veckan sprids ett inlägg om att kommunen ska stänga av vattnet i hela Vretaby i fem dagar. Det stämmer inte. Det som planeras är en avstängning för fyra fastigheter på Järnvägsgatan torsdag 17 december kl. 08.00–14.00, och de berörda har fått brev.

Aktuella avstängningar finns alltid på bjorkvattnet.se/driftinfo. Du kan också ringa kontaktcenter, 0980-319 210. Nästa driftinformation om Järnvägsgatan publiceras onsdag 16 december kl. 15.00.

Kommunikationsavdelningen`,
  ),

  // ── impartial ────────────────────────────────────────────────────────────────────────────────────────────────────
  s.bad(
    "sv",
    "bulletin",
    "named contractor called careless before any inquiry",
    ["impartial", "factual"],
    RF,
    "Vattenläckan i Stensjöby",
    `Björkvattnets kommun, 30 november 2026 kl. 18.00

I eftermiddags grävde entreprenören Markbygg i Norr AB av huvudledningen vid Stensjöby kyrka. Det är inte första gången företaget slarvar, och kommunen kommer att se över avtalet. Omkring 300 hushåll i Stensjöby är utan vatten.

Ledningen beräknas vara lagad i kväll kl. 23.00. När vattnet kommer tillbaka ska du koka vatten som du dricker eller lagar mat med, eftersom smuts kan ha kommit in i ledningen när trycket försvann. Kokningsrekommendationen gäller tills två prover i rad visar rent vatten. Vattentank finns vid Stensjöby bygdegård, Kyrkvägen 5.

Nästa uppdatering kl. 22.00. Frågor: 0980-319 210.

Björkvattnets kommun, VA-avdelningen`,
  ),
  s.bad(
    "en",
    "bulletin",
    "mayor praised against the council",
    IMPARTIAL,
    RF,
    "Warming centers open through the weekend",
    `City of Eastbrook – Friday, December 11, 2026, 1:00 p.m.

With overnight lows forecast near -15°F through Monday, the City is keeping its two warming centers open around the clock until 9 a.m. Monday, December 14: Eastbrook Library, 88 Main Street, and the Senior Center, 17 Elm Street. Both have cots, hot meals and space for service animals.

Thanks to Mayor Gloria Pratt's bold leadership and her quick action in the face of the council's delays, Eastbrook is better prepared for this cold snap than ever before.

Check on older neighbors, bring pets indoors and never heat your home with an oven or grill. Free rides to the centers: (530) 555-0182.

Next update Saturday, December 12, at noon.

City of Eastbrook Emergency Management`,
  ),
  s.bad(
    "sv",
    "bulletin",
    "outbreak tied to newly arrived families",
    IMPARTIAL,
    RF,
    "Fall av mässling i Vretaby",
    `Björkvattnets kommun och smittskyddsläkaren, 3 december 2026 kl. 14.00

Två barn i Vretaby har fått mässling bekräftad. Smittan har spridits bland nyanlända familjer i Norrgärdet, där många barn saknar vaccination.

Mässling smittar mycket lätt. Den som var i väntrummet på Vretaby vårdcentral fredag 27 november mellan kl. 13.00 och 16.00 kan ha blivit smittad. Om du eller ditt barn får feber, hosta och röda ögon de kommande tre veckorna: ring 1177 innan du söker vård, så att du inte smittar andra i väntrummet. Är du osäker på om ditt barn är vaccinerat, kontakta barnavårdscentralen.

Nästa uppdatering fredag 4 december kl. 14.00.

Lena Håkansson, smittskyddsläkare`,
  ),
  s.bad(
    "en",
    "social",
    "residents blamed as 'selfish people'",
    IMPARTIAL,
    CERC,
    undefined,
    `Marlow County Water – Tuesday, December 8, 2026, 4:00 p.m. Water in the Pine Flat tank has dropped to 30% because a handful of selfish people are filling bathtubs and hoarding water they do not need. There is no shortage if everyone uses water normally. Please limit use to drinking, cooking and hygiene until 8 a.m. Wednesday while crews finish the pump repair. We'll post tank levels again at 8 p.m. Questions: (530) 555-0128`,
  ),
  s.bad(
    "sv",
    "bulletin",
    "two ruling parties credited in a crisis bulletin",
    IMPARTIAL,
    RF,
    "Trygghetspunkter öppna under strömavbrottet",
    `Björkvattnets kommun, lördag 12 december 2026 kl. 08.00

Omkring 900 hushåll i Granhyttan och Älvbacka har varit utan ström sedan torsdag kväll. Nätbolaget räknar med att alla har ström igen senast söndag 13 december kl. 20.00.

Kommunen har öppnat två trygghetspunkter där du kan värma dig, ladda telefonen, fylla på vatten och få information: Granhyttans bygdegård, Bygatan 7, och Älvbacka skola, Skolvägen 1. De har öppet dygnet runt tills strömmen är tillbaka.

Att trygghetspunkterna kunde öppnas så snabbt är resultatet av att Moderaterna och Centerpartiet, som leder kommunen, har satsat på krisberedskap när andra partier ville spara.

Nästa uppdatering kl. 14.00 på bjorkvattnet.se.

Björkvattnets kommun, krisledningen`,
  ),
  s.bad(
    "en",
    "bulletin",
    "a shop endorsed in an advisory",
    IMPARTIAL,
    RF,
    "Do-not-drink advisory continues in Hollins",
    `Carrow Valley Water District – Friday, December 11, 2026, 9:00 a.m.

The do-not-drink advisory for Hollins continues while we flush the lines after Tuesday's fuel spill near the Hollins well. Do not use tap water for drinking, cooking, brushing teeth or preparing infant formula. You can still shower, do laundry and flush toilets.

Free bottled water is available at Hollins Elementary, 45 School Street, from 8 a.m. to 7 p.m. We also encourage residents to shop at FreshWay Market, whose outstanding team has been a true community partner and has the best prices on water in the valley.

The advisory will be lifted when two rounds of tests show no fuel compounds. Next update Monday, December 14, at 10 a.m. Customer line: (530) 555-0147.

Carrow Valley Water District`,
  ),
  s.bad(
    "sv",
    "faq",
    "faq blames the previous majority",
    IMPARTIAL,
    RF,
    "Varför gick ledningen sönder?",
    `Frågor och svar om vattenavbrottet i Östra Lindmo, uppdaterat 3 december 2026 kl. 12.00

Fråga: Varför gick vattenledningen sönder?

Svar: Ledningen under Lindmovägen är från 1962 och av gjutjärn. Kylan de senaste dygnen fick marken att röra sig och röret sprack. Att så många gamla ledningar finns kvar beror på att det förra styret i kommunen i tolv år valde att skjuta upp underhållet.

Reparationen beräknas vara klar fredag 4 december kl. 18.00. Fram till dess finns dricksvatten i tanken vid Lindmo skola, Skolbacken 2.

Vi uppdaterar svaret om orsaken när VA-avdelningens utredning är klar, senast fredag 18 december.

Björkvattnets kommun`,
  ),

  // ── audienceAdapted ──────────────────────────────────────────────────────────────────────────────────────────────
  s.bad(
    "sv",
    "bulletin",
    "kanslisvenska: passive, nominal style and old officialese",
    ADAPTED,
    KLAR,
    "Information avseende kokningsrekommendation för Stensjöby vattenverk",
    `Björkvattnets kommun, VA-avdelningen, 1 december 2026 kl. 15.00

Med anledning av att förekomst av koliforma bakterier har konstaterats vid ordinarie provtagning å utgående vatten från Stensjöby vattenverk har beslut fattats om utfärdande av kokningsrekommendation för samtliga abonnenter anslutna till verksamhetsområdet. Förtäring av ej kokt vatten bör undvikas. Erforderlig kokning skall ske genom uppkokning till dess att bubblor bildas. Abonnent ansvarar för att tillse att hyresgäster erhåller denna information.

Rekommendationen kvarstår intill dess att två på varandra följande godkända prover föreligger. Ny provtagning genomförs onsdag 2 december och provsvar beräknas inkomma fredag 4 december, varefter information lämnas senast kl. 15.00 samma dag.

Frågor besvaras via kontaktcenter, 0980-319 210.`,
  ),
  s.bad(
    "en",
    "bulletin",
    "utility jargon and unexplained acronyms",
    ADAPTED,
    PLAIN,
    "Notice of precautionary BWA – Zone 3",
    `Carrow Valley Water District – Tuesday, December 1, 2026, 6:00 p.m.

Following a PRV failure at the Ridge booster station at 14:20, a pressure transient event occurred in Zone 3, with system pressure falling below 20 psi at multiple SCADA monitoring points. Due to potential backsiphonage and loss of residual, a precautionary BWA is in effect for all Zone 3 service connections pending two consecutive negative total coliform results per Title 22 requirements.

Affected customers should boil water for one minute prior to consumption. Bacteriological samples were collected at 17:30 today; results are expected by 18:00 Thursday, December 3, when a status update will be issued.

Customer line: (530) 555-0147

Carrow Valley Water District`,
  ),
  s.bad(
    "sv",
    "sms",
    "sms far over one message and full of abbreviations",
    ADAPTED,
    KLAR,
    undefined,
    `Info fr Björkvattnets kn VA-avd 2/12 kl 16.30: Pga ledn.brott på Järnvägsg. är vattnet avst. för fastigh. i Norrgärdet fr.o.m. kl 17 t.o.m. ca kl 02 3/12. Ev. missfärgn. efter påsläpp, spola kallv. ngn min. Nödvattentank vid Norrgärdets sk., Skolv. 12. Kokn. av vatten ej nödv. Ny info kl 21 på bjorkvattnet.se/driftinfo. Frågor: 0980-319 210`,
  ),
  s.bad(
    "en",
    "sms",
    "text alert written in abbreviations",
    ADAPTED,
    PLAIN,
    undefined,
    `MCWS 12/9 7AM: BWN eff immed Zn 2 (N of Rt 9) d/t MB on Depot St. Boil H2O 1 min b4 use/consump. BW avail @ PF FH. Nxt upd 5PM. (530) 555-0128`,
  ),
  s.bad(
    "sv",
    "bulletin",
    "English-only bulletin for a Swedish audience",
    ADAPTED,
    KLAR,
    "Power outage in Granhyttan",
    `Björkvattnet Municipality, December 10, 2026, 13:00

Since 06:00 this morning about 600 households in Granhyttan have been without electricity after a fault in the substation at Bruksvägen. The grid company expects power to return by 20:00 tonight.

Keep doors and windows closed to keep the heat in, and open the fridge and freezer as little as possible. The warming point at Granhyttan community hall, Bygatan 7, is open until the power returns, with heat, hot drinks and phone charging.

Next update at 16:00 on bjorkvattnet.se. Questions: 0980-319 210.

Björkvattnet Municipality, crisis management team`,
  ),
  s.bad(
    "en",
    "bulletin",
    "evacuation order buried at the end",
    ADAPTED,
    PLAIN,
    "Hollins Dam: update on the December storm",
    `Marlow County Office of Emergency Services – Saturday, December 12, 2026, 9:30 p.m.

Hollins Dam was completed in 1958 and holds back the Hollins Reservoir, which supplies irrigation water to about 40 farms. Since the storm began on Thursday the reservoir has risen 11 feet, and this afternoon engineers from the state Division of Dam Safety found new seepage on the downstream face near the spillway. Crews have been placing rock and sandbags at the seepage point since 5 p.m., and pumps are lowering the reservoir by about six inches an hour. The dam is inspected every year and passed its last inspection in May. The state engineers will stay on site through the night, and the county is coordinating with them, with the Sheriff's Office and with the Red Cross.

The next update will be at 11:30 p.m.

Residents of the Hollins Creek valley below the dam, from Quarry Road to the Route 9 bridge, must leave now and go to the evacuation center at Eastbrook High School, 1200 Marsh Road.`,
  ),
  s.bad(
    "sv",
    "bulletin",
    "the whole message in one 120-word sentence",
    ADAPTED,
    KLAR,
    "Information om strömavbrott och trygghetspunkter",
    `Björkvattnets kommun, söndag 13 december 2026 kl. 09.00

Med anledning av det strömavbrott som sedan fredag kväll berör cirka 1 100 hushåll i Granhyttan, Älvbacka och delar av Stensjöby, och som enligt nätbolaget, som i nuläget har samtliga tillgängliga montörer ute i fält och även har fått förstärkning från två grannbolag, beräknas vara åtgärdat senast i kväll kl. 20.00, har kommunen, i samverkan med räddningstjänsten och frivilliga organisationer som Röda korset och Frivilliga resursgruppen, öppnat trygghetspunkter i Granhyttans bygdegård, Bygatan 7, och i Älvbacka skola, Skolvägen 1, där du som är drabbad dygnet runt kan värma dig, ladda telefonen, fylla på dricksvatten och få information, och vi vill samtidigt påminna om att du inte ska använda grill eller gasolkök inomhus eftersom det kan orsaka kolmonoxidförgiftning.

Nästa uppdatering kl. 14.00 på bjorkvattnet.se.`,
  ),
];
