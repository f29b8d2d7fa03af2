import { CERC, MSB, KRIS, RF, KLAR, PLAIN, DEBUNK } from "./guidance.js";
import type { EvalMessage, Principle } from "./types.js";

/**
 * Ninth blind set, HELD OUT and INDEPENDENT: never tune rules on it and never print its items (figures only). Written
 * on 2026-12-04 by a crisis-communication specialist who did not read the checklist's rules, lexicons, scripts or
 * tests, nor any earlier set's items (only types.ts, guidance.ts, build.ts, the README's set entries and the top of its
 * figures table, the imports and header comment of blind8.ts for the format, and the earlier sets' source URLs, to avoid
 * reusing a real message). The checklist was never run on these items by their author.
 *
 * GOOD_BLIND9: real messages published by authorities and utilities, found in a stored copy of public web pages and
 * checked by URL against every earlier set. Condensed to the public-facing message core; the publisher's sentences are
 * kept as published, typing errors included. Where the message reached the store through a newspaper, an alert service
 * or a councillor's blog, only the authority's own words are kept and `source` names both. `mustFlag` is empty.
 *
 * BAD_BLIND9: messages written for this set in the voice of a hurried duty officer or communicator: most are complete,
 * plausible messages with one dominant flaw (the other principles deliberately met: sender, time stamp, concrete next
 * update, action, route to more information), about ten carry several. Places, companies and numbers are invented.
 * `mustFlag` lists only the principles a competent crisis communicator would send the message back for.
 */

/** UK Government Communication Service guidance, cited where the English items draw on it. */
const GCS = "UK Government Communication Service: crisis communication guidance and GCS plain English standards";

type Kind = EvalMessage["input"]["kind"];
type Lang = "sv" | "en";

const p = (...paragraphs: string[]): string => paragraphs.join("\n\n");

const counters: Record<string, number> = {};
function nextId(prefix: string, language: Lang): string {
  const key = `${prefix}-${language}`;
  counters[key] = (counters[key] ?? 0) + 1;
  return `${key}-${String(counters[key]).padStart(3, "0")}`;
}

function input(kind: Kind, language: Lang, title: string | undefined, body: string): EvalMessage["input"] {
  const channels: EvalMessage["input"]["channels"] =
    kind === "sms" ? ["sms"] : kind === "social" ? ["social"] : ["web"];
  const result: EvalMessage["input"] = { kind, body, language, channels };
  if (title !== undefined) result.title = title;
  return result;
}

function real(language: Lang, kind: Kind, title: string | undefined, body: string, source: string): EvalMessage {
  return { id: nextId("good9", language), input: input(kind, language, title, body), source, mustFlag: [] };
}

function bad(
  language: Lang,
  kind: Kind,
  pattern: string,
  mustFlag: Principle[],
  source: string,
  title: string | undefined,
  body: string,
): EvalMessage {
  return { id: nextId("bad9", language), input: input(kind, language, title, body), source, pattern, mustFlag };
}

export const GOOD_BLIND9: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish
  real(
    "sv",
    "bulletin",
    "Underhållsarbete på Hallerna",
    p(
      "Vi utför underhållsarbete på Hallerna för att höja driftsäkerheten och resurseffektivisera vårt fjärrvärmenät. Grävarbeten kommer att pågå under september och oktober. Vi är medvetna om att det blir vissa begränsningar i framkomligheten i området under tiden och vi hoppas ni har överseende med detta.",
      "Arbetet medför ett avbrott i fjärrvärmeleveransen för samtliga abonnenter på Pressarevägen, Tillskärarevägen, Modistvägen och Södra Gategård onsdagen 27 september kl 12 – 18. Tiden för avbrottet är anpassat efter de kommunala verksamheterna som berörs. Därefter kommer mindre avstängningar att ske allt eftersom arbetet fortskrider. Berörda abonnenter meddelas i samband med detta.",
    ),
    "https://stenungsundsenergi.se/underhallsarbete-pa-hallerna/ (Stenungsunds Energi, kommunens energibolag; september, year not shown on the stored copy)",
  ),
  real(
    "sv",
    "bulletin",
    "Så stänger du av ventilationen vid ett VMA",
    p(
      "Efter branden på ett skrotupplag i centrala Uppsala då vi gick ut med ett VMA (viktigt meddelande till allmänheten) har vi fått flera frågor kring hur man stänger av ventilationen.",
      "Vid utsläpp eller bränder som för med sig giftig eller ohälsosam rök rekommenderar vi att man går inomhus och stänger av ventilationen. Det skiljer sig åt mellan olika fastigheter hur detta går till rent praktiskt. Ventilationen går alltid att stänga av eftersom det krävs att det finns servicebrytare på ventilationsanläggningar. Skulle det mot förmodan saknas en sådan går det alltid att bryta strömmen till anläggningen.",
      "Det du kan göra själv är att låta bli att använda köksfläkt, badrumsfläkt eller motsvarande vid sådana händelser. Tänk även på att stänga alla ventilationsfönster och ventiler. Bor du i ett flerfamiljshus så är det fastighetsägares ansvar att veta hur man stänger av ventilationen.",
    ),
    "https://www.uppsalabrandforsvar.se/aktuellt/sa-stanger-du-av-ventilationen-vid-ett-vma/ (Uppsala brandförsvar, 2021-03-09)",
  ),
  real(
    "sv",
    "bulletin",
    "Senaste om vattenskadan",
    p(
      "Bilden över skadornas omfattning börjar klarna. Det är framförallt fritidsrummen, Cosmos på plan 2 och Galaxen på plan 1, som är helförstörda av vatten. Toalettutrymmena i anslutning till dessa lokaler är också totalt vattenskadade.",
      "Klassrummen verkar ha klarat sig. Vi arbetar nu efter en plan att vi ska ha alla klasser och fritidsavdelningar kvar i huset.",
      "Byggföretaget stänger av den bortre delen av korridorerna medan saneringsarbetena pågår. Det kommer att finnas skydd så att damm och annat inte påverkar aktiviteten i klassrummen. Särskild ventilation installeras också som extra säkerhetsåtgärd. Bullriga aktiviteter sker företrädesvis under lovveckan 44.",
      "Det kommer att fattas ett helt basrum för respektive fritidsavdelning under en tid framöver men vi får hjälpas åt att ge varandra utrymme. I år blir det extra viktigt att meddela om era barn kommer till fritids eller inte under lovet. Vi brukar ha ett bortfall på nästan 50 %, det vill säga vi har räknat med mat och aktiviteter för 60 barn men bara 30 kommer. När vi nu ska planera för verksamhet och saknar våra vanliga lokaler och viss utrustning blir det extra viktigt att veta vilka som kommer.",
      "Nästa byggmöte är på torsdag. Meddelar via hemsidan om något nytt tillkommer då.",
      "Vänliga hälsningar\nMonica Shaffeir",
    ),
    "http://www.linkoping.se/forskola-och-utbildning/grundskola/kommunala-grundskolor/kommunala-enskilda/atlasskolan/nyheter-atlasskolan/senaste-om-vattenskadan/ (Linköpings kommun, Atlasskolan, 2016-10-19)",
  ),
  real(
    "sv",
    "bulletin",
    "Salmonellautbrott pågår i Sverige",
    p(
      "Folkhälsomyndigheten och Livsmedelsverket arbetar sedan ett halvår tillbaka tillsammans med smittskyddenheter och kommuner intensivt med att spåra källan till ett salmonellautbrott i Sverige. Hittills har utbrottet orsakat 140 fall varav 80 är kopplade till en restaurang på Öland.",
      "Utbrottet som pågått sedan december 2014 är spritt över stora delar av landet. Samtliga har drabbats av Salmonella Enteritidis och sannolikt smittats inom Sverige.",
      "För att hitta smittkällan provtar myndigheterna ett stort antal livsmedel. Det troliga är att smittkällan är gemensam.",
      "- Att spåra smittor är svårt och i dagsläget kan vi inte med säkerhet säga vad som ligger bakom utbrottet. När vi vet mer återkommer vi med information, säger Jonas Toljander, mikrobiolog och riskvärderare vid Livsmedelsverket.",
      "Ytterligare upplysningar:\nLivsmedelsverkets pressjour 018-17 53 40",
    ),
    "https://www.livsmedelsverket.se/om-oss/press/nyheter/pressmeddelanden/salmonellautbrott-pagar-i-sverige (Livsmedelsverket, pressmeddelande 2015-07-07)",
  ),
  real(
    "sv",
    "bulletin",
    "Fortsätt koka dricksvattnet i Laxne",
    p(
      "Nya provresultat visar att Laxnes kommunala dricksvatten nu är tjänligt. Rekommendationen är ändå att du fortsätter koka ditt vatten.",
      "Vid rutinkontroll av vattenkvalitén vid vattenverket konstaterades koliforma bakterier i dricksvattnet. Vattnet bedömdes som otjänligt.",
      "Den senaste provtagningen visar att vattnet nu är tjänligt. Vi rekommenderar dock kokning tills två på varandra efterföljande prov säkerställer att vattnet är godkänt enligt livsmedelslagen. Nya provtagningsresultat förväntas komma senast i början på nästa vecka (3 december).",
      "Kokningsrekommendation\nVi rekommenderar tillsvidare samtliga hushåll inom det kommunala VA-nätet i Laxne att koka allt vatten som ska drickas eller användas i matlagning. Vattnet är ofarligt om det kokas.",
      "Utredning\nVA-enheten har tagit nya prover och utreder orsaken till de förhöjda värdena av koliforma bakterier. Nya provtagningsresultat förväntas komma senast i början av nästa vecka (3 december). Hemsidan uppdateras löpande.",
    ),
    "https://www.gnesta.se/bostadmiljo/nyhetsarkivbostadmiljo/byggabomiljo/fortsattkokadricksvattnetilaxne.5.241cb91b1671ce235df9a2a5.html (Gnesta kommun, 2018-11-26)",
  ),
  real(
    "sv",
    "bulletin",
    "07 september 11.22, Farligt föremål, misstänkt, Solna",
    p(
      "Misstänkt farligt föremål i Solna.",
      "En person har hittat ett misstänkt farligt föremål i ett bostadsområde i Solna.",
      "Polisen är på plats och genomför en avspärrning. Arbete pågår för att identifiera vad det är för föremål.",
      "Uppdatering klockan 11.55\nDet misstänkta farliga föremålet ligger i anslutning till ett garage.\nNationella bombskyddet är aktiverat och ska undersöka föremålet.\nPolispatruller på plats pratar med boende i området om någon har sett något avvikande vid platsen i närtid.\nEn förundersökning är inledd på försök till allmänfarlig ödeläggelse.",
      "Uppdatering 12.15\nNationella bombskyddet har kunnat bekräfta att föremålet är ofarligt.\nInsatsen avslutas och avspärrningarna hävs.",
    ),
    "https://polisen.se/aktuellt/handelser/2025/september/7/07-september-11.22-farligt-foremal-misstankt-solna (Polisen, händelsenotis, 2025-09-07)",
  ),
  real(
    "sv",
    "bulletin",
    "09 september 16.58, Farligt föremål, misstänkt, Östra göinge",
    p(
      "Misstänkt farligt föremålanträffat i Glimåkra, Östra Göinge",
      "Två pojkar har antraffat en tejpad burk med trådar som sticker ut och som bedöms som ett farligt föremål. Området kring föremålet avspärrat och läget fryst tills NBS anländer och hanterar föremålet.",
      "Uppdatering 22:00 : NBS är på plats och bedömt föremålet som skarpt och kommer oskadliggöra detta på säkert sätt. NBS har nu tagit beslut om att 7-8 villor behöver evakueras under oskadliggörandet av föremålet.",
      "Uppdatering 23:07: NBS har oskadliggjort föremålet och de evakuerade kommer att få återgå till sina bostäder. När NBS ger klartecken kan tekniker kliva in på brottsplatsen för att säkra spår. Avspärrningar kommer att finnas kvar så länge tekniker finns på plats på brottsplatsen. Tidsplan för hur länge tekniker kommer att jobba på platsen är svårt att säga.",
      "Uppdatering 02:15: Kriminaltekniker är klara på plats och avspärrningarna är hävda. Brottsrubricering förberedelse till allmänfarlig ödeläggelse samt grovt brott mot Lagen om brandfarliga och explosiva varor.",
      "Händelsenotiserna ger kortfattad information om ett urval av de utryckningar som polisen gör. Observera att det är inledande uppgifter som ligger till grund för notiserna. Det betyder att uppgifterna kan komma att ändras.",
    ),
    "https://polisen.se/aktuellt/handelser/2025/september/9/09-september-16.58-farligt-foremal-misstankt-ostra-goinge (Polisen, händelsenotis, 2025-09-09/10)",
  ),
  real(
    "sv",
    "faq",
    "Kokningsrekommendationer - vanliga frågor och svar",
    p(
      "Frågor och svar, uppdaterat senast 2020-07-10 kl 15.43",
      "Vad är det för bakterier?\nDet handlar om koliforma bakterier. Det är en indikatorbakterie som kan tyda på att även andra bakterier kan växa i ledningarna.\nKoliforma bakterier är inte farliga i sig, de finns normalt i människans tarmflora.",
      "Hur märker man om man fått i sig bakterier?\nDu kan bli illamående och drabbas av kräkning och diarré i varierande grad beroende på vilken koliform bakterie du har fått i dig. Detta har även med ditt allmäntillstånd att göra. Personer med nedsatt immunförsvar löper följaktligen ökad risk att drabbas.\nRing Sjukvårdsupplysningen på 1177 om du har symptom.",
      "Är bakterien smittsam?\nNej. det är ingen luftburen smitta men kan smitta vid direktkontakt med kräk.",
      "Kan man se på vattnet om det är bra eller dåligt?\nNej, vattnet ser ut, luktar och smakar precis som vanligt. Bakterierna kan endast upptäckas genom vattenprover som analyseras i ett laboratorium.",
      "Kan man bli sjuk?\nJa, om vattnet skulle vara påverkat kan man bli illamående och drabbas av kräkning och diarré. Vi har dock endast misstankar om bakterier och prover tas. Inga indikationer finns på att någon mår dåligt, kokningsrekommendationen är en förebyggande säkerhetsåtgärd.",
      "Hur många minuter måste jag koka vattnet?\nDet räcker att vattnet kokar upp och bubblar kraftigt. Det behöver inte koka någon längre tid.",
      "Hur har Mölndal koll på vattnet normalt?\nVi gör ständiga rutinkontroller enligt livsmedelsverkets krav, både på vattenverk och ute i ledningsnätet.",
    ),
    "https://www.molndal.se/startsida/bygga-bo-och-miljo/vatten-och-avlopp/dricksvatten/kokningsrekommendation---fragor-och-svar.html (Mölndals stad, 2020-07-10)",
  ),
  real(
    "sv",
    "bulletin",
    "Värmebölja",
    p(
      "Perioder med höga temperaturer kan påverka hälsan negativt och få andra negativa följder för samhället. Äldre, barn och sjuka personer är särskilt utsatta vid höga och långvariga temperaturer. Med klimatförändringarna förväntas värmeböljor bli vanligare.",
      "Vid långvarig värme över 26 grader ökar risken för värmeslag och uttorkning, risken är speciellt stor för vissa grupper. Intensiv värme kan också få andra konsekvenser för samhället. Brandrisken är förhöjd och höga temperaturer ökar tillväxten av bakterier i dricksvatten och livsmedel, vilket ökar risken för matförgiftning.",
      "Råd när det är varmt\nEnkla råd från Folkhälsomyndigheten om hur du bäst tar hand om dig vid mycket varmt väder.",
      "• Drick extra mycket. Vänta inte på att du blir törstig. Ät vätskerik mat, undvik stora mängder söta drycker och alkohol.\n• Ordna sval miljö. Använd gardiner, persienner och markiser. Försök vara på den svalaste platsen i bostaden. Vädra på natten när det är svalt.\n• Ordna svalka. En sval dusch är mest effektiv, en blöt handduk runt nacken är ett alternativ. Använd svala, luftiga kläder.\n• Ta det lugnt. Undvik fysisk ansträngning under dygnets varmaste timmar.\n• Förvara läkemedel rätt. Om ditt läkemedel är temperaturkänsligt finns information om förvaring på förpackningen eller i bipacksedeln.\n• Var uppmärksam på hur du, och dina närstående, mår i värmen. Varningssignaler kan vara förhöjd kroppstemperatur, puls, andningsfrekvens och nytillkommen yrsel och onormal trötthet.\n• Ring 1177 för sjukrådgivning. Du kan ringa eller besöka webbplatsen 1177.se dygnet runt.",
    ),
    "https://www.stromsund.se/12857.html (Strömsunds kommun, advisory page; date not shown on the stored copy)",
  ),
  real(
    "sv",
    "bulletin",
    "För dig som är drabbad av branden i Husby",
    p(
      "På fredagskvällen utbröt en kraftig brand i Svenska Bostäders fastighet på Oslogatan 22 i Husby. Räddningstjänsten var på plats snabbt efter att det första larmet kommit in klockan19.28. De boende i huset har fått stöd av Socialjour och Stadsdelsförvaltningen och blev i första skedet evakuerade till Husbygårdsskolan. Vad vi känner till i nuläget är ingen allvarligt skadad. Nu på förmiddagen kommer vi på Svenska Bostäder att försöka nå hyresgästerna i de drygt 40 lägenheterna.",
      "Branden är i dag på förmiddagen under kontroll men skadorna är omfattande. Ingen har i nuläget tillträde till fastigheten av säkerhetsskäl. Polis och trygghetsvärdar finns på plats. Så snart avspärrningarna släpps kommer en teknisk undersökning att göras av lägenheterna. Svenska Bostäders krisgrupp är inkopplad.",
      "Vattnet i fastigheterna Oslogatan 24 och 26 kommer även att vara avstängt under en period. Arbete pågår för att åtgärda detta. Tappställe finns på Gaveln Oslogatan 24-26.",
      "För dig som är drabbad:\n• I första hand ska du, som har en hemförsäkring, kontakta ditt försäkringsbolag.\n• Har du ingen hemförsäkring och behöver hjälp eller stöd ring stadens växel 08-508 01 000 och be att få bli kopplad till mottagningen för ekonomiskt bistånd.\n• måndag klockan 18.00 hålls ett informationsmöte i Husby Träff för de drabbade på Oslogatan 22-26. På plats är polis, brandkår, försäkringsbolag och Svenska Bostäder.",
    ),
    "https://www.svenskabostader.se/om-oss/press-och-media/nyhetsarkiv/2016/december/for-dig-som-ar-drabbad-av-branden-i-husby-/ (AB Svenska Bostäder, Stockholms stads bostadsbolag, 2016-12-31 11:46)",
  ),
  real(
    "sv",
    "bulletin",
    "Höga vattenflöden",
    p(
      "Du har ansvar att skydda din egendom och att bekosta åtgärder som kan förebygga eller begränsa olyckor. Om ditt hus, din trädgård eller källare ligger i farozonen för översvämning har du en skyldighet att försöka förebygga skador.",
      "Kommunen följer kontinuerligt läget och har beredskap för att hantera förhöjda vattennivåer som kan påverka samhällsviktiga funktioner.",
      "Privatpersoner och fastighetsägare\nSe över golvbrunnar och gör det möjligt att stänga dem så att vatten inte kommer in bakvägen genom avloppet.\nEn dränkbar pump är bra att ha till hands om olyckan ändå skulle vara framme.\nFörbered för att bygga en skyddsvall mot stigande vatten och skydda din fastighet. En tät plastduk över sandsäckar eller någon storts ställning kan fungera.",
      "Markägare och lantbrukare\nHåll åar fria från fallande träd, upplagda båtar, bryggor och annat som kan skapa problem vid till exempel låga broar och dammar.\nSäkerställ att ensilagebalar ligger på ett betryggande avstånd från vatten.\nDjurägare bör tänka på vad eventuella översvämningar kan innebära för djuren.\nKontakta i första hand ditt försäkringsbolag för hjälp.",
      "Egen brunn och enskilt avlopp\nDrick inte vatten som är färgat eller har en främmande lukt och smak. Om du väljer att använda ditt egna vatten bör du koka det innan användning, även ett par dagar efter att översvämningen är över.\nNär vattennivån har stabiliserats bör du skicka in vattenprov för analys.\nAvloppsanläggningar kan sluta att fungera ändamålsenligt. I vissa fall kan en slamtömning behövas.\nVar observant och kontakta en entreprenör om problem uppstår.",
      "Hur ser det ut när det gäller vägarna?\nTrafikverket har daglig tillsyn på vägarna och bedömer i dagsläget inte någon fara vid någon väg. För att rapportera in fel till Trafikverket ring 0771-921 921.\nFör eventuellt översvämmade källare ligger ansvaret hos den enskilda fastighetsägaren.",
    ),
    "http://markaryd.se/nyheter/hoga-vattenfloden (Markaryds kommun; date not shown on the stored copy)",
  ),
  real(
    "sv",
    "bulletin",
    "Gul vädervarning östra Svealand – risk för stora regnmängder",
    p(
      "26 augusti 2023",
      "SMHI varnar för att det under lördagen 26 augusti kan komma skurar som lokalt kan ge stora regnmängder på kort tid, med risk för översvämningsproblem.",
      "Hur kan det påverka mig?\n• Trafiken kan gå långsammare på grund av översvämmade vägar.\n• Risk att till exempel källare, dagvattensystem, vägar och viadukter översvämmas.",
      "Översvämmad mark\nVid en översvämning bör du undvika att gå eller köra bil genom översvämmade områden. En halvmeter strömmande vatten kan lätt dra omkull dig eller få bilen att flyta iväg. Om översvämningen hindrar dig att lämna din plats, stanna kvar på ett högt och säkert ställe där du kan bli hämtad av räddningspersonal.",
      "Om ditt hem drabbas av översvämning\n• Bryt all elektrisk ström till de delar av hemmet som översvämmats. Försök dock se till att du fortsatt kan ge strömförsörjning till eventuell dräneringspump.\n• Var noga med hygien om du kommer i kontakt med inträngande avloppsvatten.\n• Flytta fuktkänsliga inventarier om det är möjligt\n• Skaffa hjälp med länspumpning. Dränkbara pumpar finns att köpa i de flesta byggbutiker. Se till att slangen är så lång att vattnet inte leds tillbaka till huset.\n• Kontakta ditt försäkringsbolag.\n• Ordna hjälp med skadereglering och uttorkning.",
      "Som fastighetsägare har du ett eget ansvar att skydda din egendom. I vissa lägen kan räddningstjänst hjälpa till att pumpa, men de prioriterar i första hand samhällsviktiga funktioner.",
    ),
    "https://www.botkyrka.se/nyhetsarkiv/nyhetsarkiv/2023-08-26-gul-vadervarning-ostra-svealand---risk-for-stora-regnmangder (Botkyrka kommun, 2023-08-26)",
  ),
  real(
    "sv",
    "bulletin",
    "Avbrott och störningar med 112",
    p(
      "SOS-Alarm upplever avbrott och störningar vilket påverkar möjligheten att varna och ringa 112. Oklar prognos i nuläget.",
      "Räddningstjänsterna i Västernorrland förbereder sina reservrutiner och för att allmänheten ska kunna varna och tillkalla på hjälp gäller följande för allmänheten.",
      "Om du själv är med om eller ser en olycka där det finns ett behov att tillkalla på hjälp så ska ni fortsätta att pröva att ringa 112 medan ni tar er till närmsta brandstation. Samtliga brandstationer är bemannade i Västernorrland och där kan ni berätta om vad som har hänt och vart olyckan har skett. Därefter kommer räddningstjänsten att larma de resurser som behövs för att hantera olyckan.",
    ),
    "https://press.raddning.info/posts/pressreleases/avbrott-och-storningar-med-112 (Räddningstjänsterna i Västernorrland, pressmeddelande 2022-07-18 03:58)",
  ),
  real(
    "sv",
    "bulletin",
    "Läckage på fjärrvärmeledning",
    p(
      "Under natten mot tisdag uppstod ett större läckage på en fjärrvärmeledning vid korsningen Haparandavägen/Midgårdsvägen. Läckaget orsakades av misstag av extern part.",
      "Reparation av läckaget startade direkt under natten och har pågått under dagen idag. Skadan är nu reparerad och fjärrvärmenätet åter i normal drift.",
      "Ungefär 580 kunder på Mjölkudden, Notviken och Skutviken berördes av avbrottet.",
      "Till dig som berörd kund vill vi beklaga det inträffade och samtidigt påminna alla som planerar att gräva eller borra om att gå in på ledningskollen.se för att där få anvisningar om var det finns ledningar att ta hänsyn till.",
    ),
    "https://www.luleaenergi.se/nyheter/lackage-pa-fjarrvarmeledning/ (Luleå Energi, kommunens energibolag; date not shown on the stored copy)",
  ),
  real(
    "sv",
    "bulletin",
    "Jordskredet i Kungälv: Förbjudet beträda området",
    p(
      "Det är förbjudet att vistas i det avspärrade området vid Bastevik i Kungälv, som tidigare drabbades av jordskred. Eftersom marken är instabil finns det risk för nya skred.",
      "Den 13 november inträffade ett jordskred vid Bastevik i Kungälvs kommun. Skredet följdes av flera mindre ras.\nEnligt Statens geotekniska institut som har undersökt risken för skred på plats är det inte osannolikt att fler skred kan inträffa. Därför har Länsstyrelsen beslutat om tillträdesförbud.",
    ),
    "https://www.krisinformation.se/nyheter/2019/november/forbjudet-att-vistas-i-det-skreddrabbade-omradet-i-kungalvs-kommun (Krisinformation.se, november 2019; decision by Länsstyrelsen Västra Götaland)",
  ),
  real(
    "sv",
    "bulletin",
    "Avrådan från bad vid Testenbadet",
    p(
      "Kommunen avråder från bad vid Testenbadet på grund av förhöjda bakteriehalter.",
      "Förhöjda bakteriehalter i badvatten är ett tecken på att vattnet har förorenats på något sätt. Det kan till exempel vara via fågelbajs, avloppsvatten eller markavrinning efter regn.",
      "Om du sväljer vatten som innehåller någon sjukdomsframkallande mikroorganism kan du få symptom som magont, diarré och/eller kräkningar.",
      "Läs mer på havochvatten.se",
    ),
    "https://www.uppsala.se/organisation-och-styrning/nyheter-och-pressmeddelanden/avradan-fran-bad-testenbadet/ (Uppsala kommun; date not shown on the stored copy)",
  ),
  real(
    "sv",
    "bulletin",
    "Tillfälligt dålig badvattenkvalitet på Fria bad, Järnvägsmännens brygga/Gröningen och vid Kallbadhuset",
    "De senaste badvattenproverna som togs 25 juni visar att badvattnet är tillfälligt otjänligt. Anledningen är för höga bakteriehalter. Vi sätter därför upp skyltar och avråder från att bada på de tre badplatserna tills nya prover visar att vattnet är tillräckligt bra för att bada i igen.",
    "https://www.mynewsdesk.com/se/helsingborg/latest_news?after=1530244800000_2562334--Pressrelease (Helsingborgs stad, pressmeddelande via Mynewsdesk, juni 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Avbrott och störningar",
    p(
      "2017-08-09 kl.20.30",
      "Med anledning av leveransavbrott av dricksvatten till Koön, Instön, Lycke och Kärna med omnejd:\nKoön, Instön och Lycke ska nu ha sitt vatten tillbaka.\nKärna med omnejd är påkopplade igen. Detta medför dock att alla inte kommer att få vatten i kranen samtidigt, utan vi fyller sakta upp ledningarna.\nVi beräknar att alla VA-abonnenter kommer att ha vattnet tillbaka under kvällen. Detta medför att dricksvattnet kommer att bli missfärgat. VA-verkets personal kommer att spola i brandposter för att förhindra att missfärgat vatten kommer in till berörda fastighetsägare.",
      "Om det kommer missfärgat dricksvatten in i fastigheten uppmanas du att avbryter att spola och spola vidare via vattenutkastare på utsidan. Har du inte en vattenutkastare på utsidan kan du istället spola i tvättstugan.",
      "VA-verket beklagar denna störning av leveransen av dricksvatten till Våra abonnenter.",
      "Mikael Heintze\nEnhetschef VA-Drift",
      "2017-08-09 kl. 13.30\nVattnet ska nu vara tillbaka på Instön. VA-enheten arbetar intensivt med att få igång vattnet på övriga drabbade ställen.",
      "2017-08-09 kl. 9.45\nJust nu är det risk för lågt tryck eller inget vatten på på Instön, Koön, Lycke och Kärna med omnejd på grund av ledningsarbete på Tega ängar. Arbetet kommer att ta längre tid än planerat på grund av oförutsedda händelser. Vattnet beräknas dock vara tillbaka under eftermiddagen.",
    ),
    "http://www.kungalv.se/Bygga--bo--miljo/vatten-och-avlopp/avbrott-och-storningar/ (Kungälvs kommun, VA-enheten, 2017-08-09)",
  ),
  real(
    "sv",
    "bulletin",
    "Vattenläcka i Boda Glasbruk",
    p(
      "[2019-11-13 15:13] En vattenläcka har uppstått i närheten av korsningen Kärravägen/Skolgatan i Boda Glasbruk. Fram till dess att läckan är hittad och reparationsarbete påbörjas kommer vattentrycket att reduceras för att minska utflödet. Vi gör så istället för att stänga av för att inget hushåll ska bli helt utan vatten.",
      "Vattnet kan bli missfärgat på grund av läckan men det är inte farligt att använda. Undvik dock vittvätt tills läckan är lagad.",
      "Vi arbetar med att lokalisera läckan exakt och påbörja grävnings- och reparationsarbete så snart som möjligt.",
      "Om läckan förvärras kan vi bli tvungna att stänga av vattnet för vissa hushåll. Dessa kommer då att meddelas och vi kommer att tillhandahålla vatten på annat sätt för dessa hushåll.",
      "Du är välkommen att ringa om du har några frågor i samband med läckan. Under kontorstid ringer du vår kundtjänst på 0471-24 97 50. Utanför kontorstid ringer du vår va-jour på 0471-24 97 60",
    ),
    "https://www.emmaboda.se/bygga-bo--miljo/nyheter-for-bygga-bo-och-miljo/nyheter-for-bygga-bo-och-miljo/2019-11-13-vattenlacka-i-boda-glasbruk.html (Emmaboda kommun, 2019-11-13)",
  ),
  real(
    "sv",
    "bulletin",
    "Miljöförvaltningen avråder från att bada på vissa badplatser",
    p(
      "Avrådan innebär inte att det är förbud att bada. Du kan bada men undvika att svälja vatten då det finns risk att du blir sjuk och kan få magont, diarré eller kräkningar.",
      "Du kan även få hudirritation av vattnet som klåda, utslag, öroninfektion eller infektioner i sår. Barn och hundar avråds starkt från att bada då vattnet är otjänligt eftersom risken är större att de sväljer vatten.",
      "Vilka bad det gäller hittar du på Havs- och Vattenmyndighetens webbplats. Där får du alltid uppdaterad information om badvattnets kvalitet.",
      "När ett vattenprov är otjänligt innebär det att vattnet innehåller höga bakteriehalter och man bör avstå från bad till dess att nya prover visar att det går att bada. När en badplats visar otjänligt prov tas ett omprov så fort som möjligt. Miljöförvaltningen avråder alltid från bad, fram till dess att vattenkvaliteten förbättras.",
    ),
    "https://start.stockholm/aktuellt/nyheter/2022/07/miljoforvaltningen-avrader-fran-att-bada-pa-vissa-badplatser/ (Stockholms stad, miljöförvaltningen, juli 2022)",
  ),

  // ---------------------------------------------------------------- English
  real(
    "en",
    "bulletin",
    "Update on cyberattack on Council services",
    p(
      "Council staff continue to work with the National Cyber Security Centre, National Crime Agency, external experts and the Ministry of Housing, Communities and Local Government to investigate and understand the impact of the cyberattack on our servers.",
      "Our investigation remains at an early stage, and there is limited further information available at this point.",
      "We have reported this incident to the Information Commissioner’s Office. We understand that residents will be anxious about the risk to their data, and we are working closely with the ICO, police agencies and other experts. We are committed to sharing further information about this as soon as we can, including what, if any, actions residents may need to take.",
      "We know that residents may be concerned and will have questions. We are learning more about the attack but are choosing not to share any more information at this stage in order to make sure we do not inadvertently assist the attackers. We want to share as much information with residents as possible, and as soon as we are able to safely do so we will.",
      "The attack is continuing to have a significant impact on council services and we ask residents to not contact us unless absolutely necessary.",
    ),
    "https://news.hackney.gov.uk/update-on-cyberattack-on-council-services/ (Hackney Council, 2020-10-14 17:46)",
  ),
  real(
    "en",
    "bulletin",
    "Crews connecting new above-ground main to system, homes in PBCA",
    p(
      "Summary: Temporary shutdown scheduled for water main tie-in.\nCurrent status: Tie-ins completed.",
      "Tomorrow, September 5, our crews will be connecting two portions of the new, above-ground water main recently constructed to both the water system and around 80 homes. This work will require that we interrupt water service between about 9 a.m. and 4:30 p.m. Crews will work as quickly as possible to complete the tie-in and restore water service.",
      "As always, if you need bottled water to use during this time, you may send your receipt to us for reimbursement. Thank you for your patience as we complete this part of the above-ground water main installation project.",
    ),
    "https://www.calwater.com/rpv/9-5-24-crews-connecting-new-above-ground-main-to-system-homes-in-pbca/ (California Water Service, Rancho Palos Verdes district, 2024-09-04)",
  ),
  real(
    "en",
    "bulletin",
    "Water Outage Update Tuesday Feb 6",
    p(
      "The Town's public works and utilities staff have identified where the water main break issue is located. They are currently working to identify isolating the area and mitigating any additional water loss, as they assess repairs. We expect to have more information on what is needed for restoration within the next hour. We ask all residents to conserve water while the issue is fully isolated. We will continue to update residents and businesses as we know more.",
      "If you still have water at this time, we recommend filling a tub or sink with water for temporary use, should you lose water later while public works makes the necessary repairs. Thank you.",
    ),
    "https://lyonscolorado.com/CivicSend/ViewMessage/message/222771 (Town of Lyons, Colorado, resident alert, Tuesday 6 February)",
  ),
  real(
    "en",
    "bulletin",
    "Boil Order Lifted",
    p(
      "Multiple test results confirmed by the state laboratory today show there is no contamination of the City Water System.",
      "The September 14 Boil Order issued for the area surrounding 950 Legion Drive is now officially lifted.",
      "The boil order was issued September 14 by the City as a precaution in response to a single test result taken from an outside water spigot at one isolated address. The City Water Department believes the suspect test was due to contamination of that outdoor spigot.\nThe City diligently adheres to the highest standards of caution to any potential threat to the safety of our residents. Testing of the City Water System occurs daily and any potential threat immediately is reported to State officials and the public.",
    ),
    "https://calumetcity.org/boil-order-lifted/ (City of Calumet City, Illinois; September, year not shown on the stored copy)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    p(
      "“Drivers are advised to avoid the Crumlin Road, Belfast at the horseshoe bend due to a road traffic collision. Police are in attendance and motorists are asked to follow their direction.” (PSNI)",
      "“PSNI advise Crumlin Road is closed between Bilston Road and Ballysillian Park following a road traffic collision.” (Department for Infrastructure)",
    ),
    "https://www.newtownabbeytoday.co.uk/news/traffic-and-travel/emergency-services-tasked-to-north-belfast-collision-1-9142382 (PSNI and Department for Infrastructure statements as quoted by Newtownabbey Today; only the authorities' words kept)",
  ),
  real(
    "en",
    "social",
    undefined,
    "ALL Routes to be gritted from 5PM on Wed. 05/01. Check map for routes: https://t.co/17VI0wlR1R. Assume no road is ice free. Further details emailed #RoadAlert",
    "https://www.donegallive.ie/news/local-news/715474/roads-to-be-gritted-across-donegal-from-5pm-this-evening.html (Donegal County Council, @donegalcouncil on Twitter, 2022-01-05, as embedded by Donegal Live)",
  ),
  real(
    "en",
    "bulletin",
    "Update – Tipperary County Council",
    p(
      "Severe Weather Warning: Code Level Red currently in place until 15.00 noon on Friday 2nd March 2018",
      "The Council’s Severe Weather Team met today at 11am and the focus of attention is now being concentrated on the Council’s response following the Code Level Red warning period.",
      "The Council will carry out a further salting of all priority routes today at 1am following which all Council operations will be stood down during the Blizzard conditions.",
      "The Council’s out of hours emergency number – 1890 923 948 will be activated from 3pm today and will remain in place until Monday 5th March at 9.30am.",
      "***During the Red Alert period and depending on conditions, the Council’s Emergency services will of necessity be restricted to responding to life threatening situations. In many cases the Council may not be able to respond at all, depending on our ability to get to the location, the safety of our staff and the extent of snow removal involved.***",
      "The key message to the public during this severe weather alert is to remain indoors.",
    ),
    "https://tippfm.com/featured/update-tipperary-county-council-2/ (Tipperary County Council statement as published by Tipp FM, 2018-03-01)",
  ),
  real(
    "en",
    "bulletin",
    "Cork County Council advances preparations for severe weather",
    p(
      "Met Eireann has issued a Status Yellow Weather Advisory for Ireland with exceptionally cold weather expected to occur this week. Air and ground temperatures will be 5 to 10 degrees below normal, with significant wind chill and penetrating severe frosts. Snow showers, mainly affecting eastern areas on Tuesday, will progressively become more widespread and heavier through midweek. A spell of persistent and heavy snow is expected to extend from the south late Thursday and Thursday night, with significant and disruptive accumulations.",
      "Met Eireann has also issued a Status Yellow Snow-Ice Warning for Cork. Scattered snow showers later today and tonight will lead to accumulations of up to 3 cm in some parts by Wednesday morning. Widespread frost and icy conditions are expected.",
      "Cork County Council’s Severe Weather Assessment Team and Crisis Management Team convened this morning to review preparations which are currently underway in advance of the expected freezing conditions.",
      "Roads will be monitored and treatment undertaken in accordance with the Council’s Winter Service Plan. Snow ploughs are available to assist in clearing roads. All Priority 1 and 2 roads were treated last night and will be again tonight. Road treatment routes can be found at https://corkcoco.maps.arcgis.com/apps/webappviewer/index.html?id=458130007f7443099edaab1a8fc91839",
      "The Council currently has 27 salt spreaders and can call upon other specialist equipment if required. This will continue over the coming days. Cork County Council currently has 3600 tonnes of salt in stock and is confident this reserve will ensure continuation of service throughout this forecasted severe weather period.",
      "Grit is available at over 190 locations across the county for use by local communities. Council staff are currently replenishing stocks. Full locations can be found athttps://www.corkcoco.ie/node/1475",
      "All road users are asked to exercise extreme caution on roads and to never assume that a route has been treated.",
    ),
    "https://johnpauloshea.ie/cork-county-council-advances-preparations-beastfromtheeast-stormemma/ (Cork County Council press release as republished by Cllr John Paul O'Shea, February 2018; only the council's words kept)",
  ),
  real(
    "en",
    "bulletin",
    "BOIL WATER ORDER - Entire Municipal District Water Supply - UPDATE MARCH 16th",
    p(
      "Update on Boil Water Order",
      "Last night the Municipal District received an alarm from our automated system indicating an irregularity in our water supply.  As there was no way of knowing at that time how far down the system the effected water was before it triggered the alarm, and out of an abundance of caution for our citizens, an immediate mandatory boil water order was issued by the province.",
      "After further analysis today, we can confirm that the effected water has recently passed through the reservoir and is just now hitting the town boundaries.  This means that until around 1:30pm today, the water has still been potable, and so if you drank water, brushed your teeth this morning, etc, the water was safe.",
      "We are currently working on treating the water and pushing the contaminated water through the system and recommend our citizens plan for the order to remain in affect through the weekend. As such, it is expected the boil water order will remain in affect until Monday, March 20th, 2023 however if more contaminated water hits our system, this order may be extended. Updates will be provided on social media, our website and with media outlets as we receive them.",
    ),
    "https://town.ststephen.nb.ca/news/boil-water-order-entire-municipal-district-water-supply-update-march-16th (Municipal District of St. Stephen, New Brunswick, 2023-03-16)",
  ),
  real(
    "en",
    "bulletin",
    "Preventative boil-water advisory",
    p(
      "Preventative boil-water advisory currently in effect for the following addresses:\n- Sutton Street : 10 to 27\n- Montague Street : 33 to 68",
      "A preventative boil-water advisory is currently in effect until further notice (minimum of 48 hours).",
      "Please note that you must boil your tap water (bringing it to a bubbling boil) for at least 1 minute before drinking it, or use bottled water for:\n- drinking or preparing beverages;\n- preparing baby bottles and baby food;\n- washing and preparing food to be eaten raw (fruits, vegetables, etc.);\n- preparing food that doesn’t require long cooking time;\n- making ice cubes;\n- brushing your teeth or rinsing your mouth;\n- providing water to pets.",
      "You may use unboiled tap water to:\n- prepare food and dishes that require long boiling time for cooking;\n- wash dishes in hot water, making sure to dry them well;\n- wash clothing;\n- take a shower or bath (make sure that young children do not swallow water while bathing).",
      "Lifting of the preventative advisory\nWater samples were taken at various locations and submitted to laboratory analysis. You will receive a new communiqué advising you of the lifting of the boil-water advisory as soon as we receive conclusive results of these analyses (minimum 48 hours).",
      "Possibility of cloudy or colored water\nAs this work might have caused disruptions to the water network, you may find that your tap water appears cloudy or slightly colored. Should this be the case, let the cold tap water run in the bathtub for approximately 15 minutes and repeat the process as needed until the water runs clear again.",
      "Questions?\nPlease feel free to contact us should you require further information, by phone at 514 694-4100 or 514 630-1234, or by email at [email protected].\nThank you for your understanding.",
    ),
    "https://www.ville.kirkland.qc.ca/municipal-profile/advisory-committees/environment (City of Kirkland, Québec; date not shown on the stored copy; e-mail address obfuscated in the stored copy)",
  ),
  real(
    "en",
    "bulletin",
    "What does a National State of Emergency mean?",
    p(
      "Updated 12:18pm 14th February",
      "This morning the New Zealand Government declared a National State of Emergency in response to Cyclone Gabrielle.",
      "A National State of Emergency puts the Government in charge of any actions, as opposed to local authorities. This also allows the Government to help affected regions that are becoming overwhelmed. A National State of Emergency lasts for seven days, just like a local state of emergency. It can be extended as needed.",
      "If the region you live in is unaffected by Cyclone Gabrielle, it means you can continue daily life as usual. Do stay updated and follow the latest advice from your local Civil Defence Emergency Management Group and from MetService.",
      "Your local Civil Defence group will provide updates on Civil Defence Centres in your region. Civil Defence Centres provide a local point where communities can seek help or offer help, depending on their circumstances.",
      "For assistance or information, including finding your local Civil Defence Centre, Deaf and disabled people and whānau can contact the Disability Helpline by texting 8988 or calling 0800 11 12 13.",
      "You can also access this helpline using the NZ Relay Service for assistance. The helpline is available 24 hours 7 days a week.  It is run by Whakarongorau Aotearoa / New Zealand Telehealth Services.",
      "If you are in danger, please call emergency services on 111. To text the 111 line, you need to be registered via the Police website.",
      "For more information visit our webpage Cyclone Gabrielle. Where to go for help.",
      "You can also contact Whaikaha – Ministry of Disabled People on\nEmail: contact@whaikaha.govt.nz\nPhone: 0800 566 601 (Monday to Friday 8:30am to 5:00pm)\nText: 4206",
      "Please stay safe and look after yourself.",
    ),
    "https://www.whaikaha.govt.nz/news-and-events/news/what-does-a-national-state-of-emergency-mean (Whaikaha – Ministry of Disabled People, New Zealand, 2023-02-14)",
  ),
  real(
    "en",
    "bulletin",
    "Isolation of gas supplies – Hampton Bishop",
    p(
      "What we have completed:\n• Identified the area impacted and mobilized teams to site - Completed\n• Established customer contact centre at Hampton Bishop Village Hall and The Green Man (car park), Fownhope. - Completed\n• Visited each affected property at least once, to switch gas supply off at each property (where we could get in) - Completed\n• Resolved the issue with the local gas network and reintroduced gas to all distrubution pipes in the impacted area - Completed",
      "What we are doing:\n• Visiting each property to restore supply and carry out safety checks - Final 10s of properties, where we haven't been able to access your home",
      "What we will do after that is done:\n• Tidy up the area; including reinstating the roads we've had to dig into\n• Arrange the compensation you will be entitled to (see FAQ tab below)",
      "Final update\nCadent would like to thank the residents of Hampton Bishop, Prior’s Frome, Mordiford, Holme Lacy and Fownhope for their patience, understanding and kindness to our engineers during the recent loss of gas supply to your villages.",
      "The handful of properties, still without gas, are where no one has been at home to let us in to complete the safety checks and safely turn their gas supply back on. Engineers have visited every property multiple times and now have left a card with contact details on how to call us to restore gas to that property.",
      "Call 0800 072 0035 to get your gas supply safely restored.",
      "Our engineers will remain in the villages until 9pm tonight, to be on hand to quickly restore your gas supply.",
    ),
    "https://cadentgas.com/past-incidents/isolation-of-gas-supplies-hampton-bishop (Cadent Gas, gas distribution network, incident page; date not shown on the stored copy)",
  ),
  real(
    "en",
    "bulletin",
    "Property fire",
    p(
      "Control received a call from a fire alarm company to reports of an alarm activating at a recycling centre. Upon arrival crews confirmed that there was a well established fire and made up for more fire appliances along with several special appliances and officers. Crews have got to work using breathing apparatus, hose reel jets and main jets to tackle the fire which is still on going.",
      "Types of Appliances in attendance;\n- 8 fire appliances\n- 2 aerial ladder platforms\n- 1 incident command unit\n- high volume pump\n- water bowser",
      "The fire has been surrounded and good progress is being made.",
      "Update 07:16 6th October.....The Fire Service are still attending with one fire engine for revisits on the site every few hours.",
    ),
    "https://www.dsfire.gov.uk/incidents/property-fire-2023-10-03-03-19 (Devon & Somerset Fire and Rescue Service, 2023-10-03, updated 2023-10-06)",
  ),
  real(
    "en",
    "bulletin",
    "Update – House fire at Curtin",
    p(
      "Fire has been extinguished with crews now conducting mopping up and ventilation operations.\nFire started in the roof space of the four bedroom house.\nFire damage contained to the roof space with smoke and heat damage through the house.\nDamage estimated at $200,000.\nNo damage to neighbouring properties.\nACT Ambulance Service also on scene supporting operations with no injuries reported.\nThe two occupants of the house safely self evacuated and called Emergency Triple Zero (000).\nInvestigations of the cause of the fire will commence.",
      "House fire at Curtin\nACT Fire & Rescue are currently on scene of a house fire on McCormack Street, Curtin.\nFire has been contained.\nRoof of the house has collapsed.\nAn internal search of the building has found no-one inside the house.\nThree fire pumpers on scene, with the Breathing Apparatus Van and a Command vehicle.\nTime of Emergency Triple Zero (000) call 2.18am.\nUpdate to follow.",
    ),
    "http://esa.act.gov.au/page/544/ (ACT Emergency Services Agency, news alerts; date not shown on the stored copy)",
  ),
  real(
    "en",
    "bulletin",
    "Update on Holmes Street incident",
    p(
      "Hi there,",
      "We wanted to keep you updated about the ongoing incident on Holmes Street in Burnley.",
      "Crews from Lancashire Fire and Rescue Service are still at the scene, with two fire engines and an aerial ladder platform in use. Our crews are working closely with partner agencies to manage the situation as safely and swiftly as possible. We completely understand the disruption this may be causing locally, and we’re doing everything we can to keep that to a minimum.",
      "Some road closures are still in place and likely to remain for the time being. This includes Holmes Street, as well as a partial closure of Oxford Road.",
      "For the latest updates, you can check our incident log on our website here: https://www.lancsfirerescue.org.uk/latest-incidents/derelict-building-fire-in-burnley-12",
      "We would like to thank the local community for your patience, support, and understanding while we continue to deal with this incident.",
      "Take care, Lancashire Fire and Rescue Service",
    ),
    "https://www.stayintheknow.co.uk/Alerts/A/275788/Update-on-Holmes-Street-incident (Lancashire Fire and Rescue Service via the Stay in the Know community alert service; date not shown on the stored copy)",
  ),
  real(
    "en",
    "bulletin",
    "Water Outage",
    p(
      "Monday, Apr. 17th at 4:30pm  –  The crew continues to work on the high pressure water main.  There are many variables to the repair, but the crew will not stop for the evening until the fix is completed.  They are hoping to have it finished between 10pm and midnight tonight at the latest.  Please note that other areas not listed below, may still experience changes in water pressure, but should still have some water.",
      "A broken water main has caused little or no water for many areas.  The Utilities Crew hopes to have it repaired by later today.  Affected areas include (but, may not be limited to):  Big Springs between Conger & Hwy 119 and W. 1st St.  Please conserve water as much as possible until the repair is complete.  The Utilities Crew appreciates your cooperation and understanding.",
    ),
    "http://nederlandco.org/2017/04/water-outage/ (Town of Nederland, Colorado, 2017-04-17)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    p(
      "“Cadent look after the gas network in the West Midlands. We also operate the 24/7 gas emergency service.",
      "“Last night we attended a gas escape in Evesham Street, following reports of a smell of gas. For safety, we made the decision to evacuate the properties on the road.",
      "“We have now repaired the main, and residents are able to return to their homes. We will remain on site until everyone is settled in, carrying out final readings and safety checks.",
      "“We’d like to thank everyone for their patience, and remember if you ever smell gas, call 0800 111 999. We are here 24 hours a day, 7 days a week”.",
    ),
    "https://www.stratford-herald.com/news/residents-evacuated-after-gas-leak-9400194/ (Cadent Gas statement by Craig Hansbury, Head of Customer Operations West Midlands, on the Alcester gas escape, as quoted by the Stratford Herald; only Cadent's words kept)",
  ),
];

const FACTUAL: Principle[] = ["factual"];
const IMPARTIAL: Principle[] = ["impartial"];
const OPEN: Principle[] = ["open"];
const ADAPTED: Principle[] = ["audienceAdapted"];
const FAST: Principle[] = ["fast"];
const ACTIVE: Principle[] = ["active"];
const EMPTY: Principle[] = ["active", "open", "factual", "fast"];

export const BAD_BLIND9: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish
  // speculation about the cause
  bad(
    "sv",
    "bulletin",
    "speculation about cause; also: blame",
    ["factual", "impartial"],
    MSB,
    "Brand i förråd vid Kvarnbyskolan",
    p(
      "Uppdaterad torsdag 4 december kl. 07.40",
      "I natt brann det i ett förråd på Kvarnbyskolans skolgård. Räddningstjänsten har släckt branden och ingen person skadades. Skolan har öppet som vanligt i dag, men området runt förrådet är avspärrat.",
      "Vi tror att branden är anlagd. Det har varit ungdomar som hängt på skolgården sent på kvällarna den senaste tiden, och troligen är det någon av dem som har tänt på.",
      "Håll barnen borta från avspärrningen. Frågor besvaras av skolans expedition, 0480-55 12 00. Vi uppdaterar här kl. 12.00.",
      "Älvbacka kommun, barn- och utbildningsförvaltningen",
    ),
  ),
  bad(
    "sv",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    KRIS,
    "Brunt vatten i norra Norrlida",
    p(
      "Publicerad 4 december kl. 09.15",
      "Sedan i morse kommer det brunt vatten ur kranarna i norra Norrlida, främst kring Storgatan och Kyrkbacken. Vattnet är inte farligt att dricka, men undvik att tvätta vita kläder.",
      "Orsaken är med största sannolikhet att den gamla gjutjärnsledningen under Storgatan har börjat rosta sönder inifrån, och vi misstänker att det kan bli fler sådana här problem i vinter.",
      "Spola kallvatten i några minuter tills vattnet blir klart. Kundtjänst: 0571-38 40 00. Nästa uppdatering kl. 14.00.",
      "Norrlida Vatten AB",
    ),
  ),
  // casualty/damage figures from social media
  bad(
    "sv",
    "bulletin",
    "unverified figures from social media",
    FACTUAL,
    KRIS,
    "Stormen över Västanå – läget kl. 11",
    p(
      "Uppdaterad 4 december kl. 11.00",
      "Stormen har orsakat stora skador i Västanå under natten. Enligt uppgifter som sprids i sociala medier har över 40 hus fått taken skadade och minst tre personer ska ha förts till sjukhus.",
      "Håll dig inomhus tills vinden mojnat, och gå inte ut i skogen – träd kan fortfarande falla. Kommunens krisstödsnummer är öppet dygnet runt: 0580-20 20 20.",
      "Nästa lägesbild publiceras kl. 15.00 på vastana.se/kris.",
      "Västanå kommun, krisledningen",
    ),
  ),
  bad(
    "sv",
    "bulletin",
    "unverified figures from social media",
    FACTUAL,
    MSB,
    "Brand i flerbostadshus på Ängsvägen",
    p(
      "4 december kl. 06.30",
      "I natt utbröt en brand i ett flerbostadshus på Ängsvägen 12 i Hagby. Enligt inlägg i Facebookgruppen ”Vi som bor i Hagby” är ett tjugotal lägenheter helt utbrända och flera boende saknas fortfarande.",
      "Alla som evakuerats kan vända sig till Hagbyhallen, där socialjouren och bostadsbolaget finns på plats hela dagen. Telefon: 0431-71 00 00.",
      "Vi uppdaterar informationen kl. 10.00.",
      "Hagbyhem AB och Hagby kommun",
    ),
  ),
  // hearsay
  bad(
    "sv",
    "bulletin",
    "hearsay",
    FACTUAL,
    KRIS,
    "Kemikalielukt vid Industrigatan",
    p(
      "Uppdaterad 4 december kl. 13.05",
      "Räddningstjänsten undersöker en stark kemikalielukt vid Industrigatan i Brattås. En man som ringde till kommunens växel uppgav att han sett en tankbil välta vid infarten, och vi har också hört att det ska lukta ända bort till centrum.",
      "Håll fönster och dörrar stängda om du känner lukten och stäng av ventilationen. Ring 112 endast vid nödläge; övriga frågor: 0504-19 00 00.",
      "Nästa uppdatering kl. 14.30.",
      "Brattås kommun i samverkan med Räddningstjänsten Mellersta Dalen",
    ),
  ),
  bad(
    "sv",
    "bulletin",
    "hearsay",
    FACTUAL,
    MSB,
    "Gaslukt i Granhedsskolans matsal",
    p(
      "4 december kl. 10.20",
      "Granhedsskolans matsal är stängd sedan i morse efter att personal känt gaslukt. Eleverna äter lunch i idrottshallen. Flera föräldrar har berättat för personalen att det ska ha luktat gas i matsalen redan förra veckan, och det sägs att ett liknande fel funnits i köket tidigare.",
      "Gasnätsbolagets tekniker undersöker köket nu. Har ditt barn ont i huvudet eller mår illa, kontakta skolsköterskan på 0513-40 15 20.",
      "Nästa besked lämnas kl. 14.00 via skolplattformen.",
      "Rektor Eva Lind, Granhedsskolan, Västanå kommun",
    ),
  ),
  // blame
  bad(
    "sv",
    "bulletin",
    "blame",
    IMPARTIAL,
    RF,
    "Vattnet avstängt på Björkvägen",
    p(
      "Uppdaterad 4 december kl. 10.45",
      "Vattnet är avstängt på Björkvägen 1–40 i Norrlida efter att en huvudledning grävts av i morse. Läckan orsakades av entreprenören Schakt & Mark i Norrlida AB, som grävde utan att kontrollera ledningskartorna. Det är inte första gången det företaget slarvar.",
      "En vattentank står vid Björkvägens vändplan. Stäng alla kranar så att du inte får vattenskador när vattnet kommer tillbaka.",
      "Vi räknar med att vattnet är tillbaka kl. 16.00 och uppdaterar här kl. 13.00. Frågor: 0571-38 40 00.",
      "Norrlida Vatten AB",
    ),
  ),
  bad(
    "sv",
    "bulletin",
    "blame",
    IMPARTIAL,
    RF,
    "Kokningsrekommendationen i Sjövik gäller fortfarande",
    p(
      "4 december kl. 08.00",
      "Kokningsrekommendationen för hushållen i Sjövik gäller fortfarande. Våra två senaste prover är tjänliga, men att vi ännu inte kan häva rekommendationen beror på att smittskyddsläkaren i regionen har varit onödigt långsam med sitt besked, trots att vi påmint flera gånger.",
      "Fortsätt koka vatten som ska drickas eller användas i matlagning. Vatten till dusch och disk behöver inte kokas.",
      "Nästa besked kommer kl. 15.00 i dag. Frågor: Sjöviks kommuns kontaktcenter, 0521-72 00 00.",
      "Sjöviks kommun, VA-enheten",
    ),
  ),
  // partisan praise
  bad(
    "sv",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    RF,
    "Värmestugor öppna under elavbrottet",
    p(
      "Uppdaterad 4 december kl. 16.10",
      "Cirka 1 200 hushåll i Torsvik är fortfarande utan ström efter stormen. Tack vare den nya majoritetens satsning på krisberedskap – som oppositionen röstade emot i budgeten – kunde vi i dag öppna två värmestugor på rekordtid.",
      "Värmestugorna finns i Torsviks församlingshem och i Lunnaskolans matsal, öppna dygnet runt. Där finns värme, varm mat, dricksvatten och laddning för mobiler.",
      "Nästa uppdatering kl. 20.00. Frågor: 0651-18 00 00.",
      "Torsviks kommun",
    ),
  ),
  bad(
    "sv",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    RF,
    "Evakueringen vid Älvåsen avslutad",
    p(
      "4 december kl. 18.30",
      "De 23 boende som evakuerades från Älvåsen i går på grund av skredrisken kan nu flytta hem igen. Geoteknikerna har bedömt att slänten är stabil.",
      "Kommunstyrelsens ordförande Anna Bergqvist (S) har visat ett föredömligt ledarskap och ett ansvarstagande som man tyvärr saknade när de borgerliga styrde kommunen.",
      "Undvik ändå att gå nära släntkanten de närmaste veckorna. Mätningarna fortsätter och resultaten redovisas på alvbacka.se/skred senast fredag kl. 12.00. Frågor: 0480-55 00 00.",
      "Älvbacka kommun",
    ),
  ),
  // stigmatising labels
  bad(
    "sv",
    "bulletin",
    "stigmatising labels",
    IMPARTIAL,
    RF,
    "Koka vattnet på Granholmen",
    p(
      "Uppdaterad 4 december kl. 09.00",
      "Prover visar bakterier i dricksvattnet på Granholmen. Alla med kommunalt vatten på Granholmen ska koka vatten till dryck och matlagning tills vidare.",
      "Vi vänder oss särskilt till boende på campingen, där det bor många utländska säsongsarbetare som ofta inte bryr sig om svenska rekommendationer.",
      "Nya prover tas i dag och svar väntas fredag kl. 12.00, då vi uppdaterar. Frågor: 0176-21 00 00.",
      "Granholmens kommun, VA-avdelningen",
    ),
  ),
  bad(
    "sv",
    "bulletin",
    "stigmatising labels",
    IMPARTIAL,
    MSB,
    "Fall av hepatit A i centrala Hagby",
    p(
      "4 december kl. 14.00",
      "Smittskyddsenheten har fått in sju fall av hepatit A i centrala Hagby sedan slutet av november. Smittan har framför allt spridits bland knarkarna som håller till vid resecentrum.",
      "Hepatit A smittar via mat, vatten och händer. Tvätta händerna noga med tvål och vatten, särskilt före måltider. Har du gulsot, feber eller mörk urin – ring 1177.",
      "Vaccin erbjuds kostnadsfritt på vårdcentralen Hagby torg i dag och i morgon kl. 9–16. Nästa lägesrapport kommer måndag kl. 10.00.",
      "Region Sydmark, smittskyddsenheten",
    ),
  ),
  // empty reassurance
  bad(
    "sv",
    "bulletin",
    "empty reassurance",
    FACTUAL,
    MSB,
    "Rök från branden i Kvarnby",
    p(
      "Uppdaterad 4 december kl. 12.20",
      "Det finns ingen anledning till oro. Situationen är helt under kontroll och det kommer att lösa sig på bästa sätt. Vi har mycket erfarna människor på plats.",
      "Håll fönster och dörrar stängda om du känner röklukt.",
      "Vi uppdaterar kl. 15.00. Frågor: 0480-55 00 00.",
      "Älvbacka kommun och Räddningstjänsten Kustlandet",
    ),
  ),
  bad(
    "sv",
    "bulletin",
    "empty reassurance; also: no concrete action",
    ["factual", "active"],
    KLAR,
    "Strömmen är borta",
    p(
      "Torsdag 4 december kl. 08.30",
      "Strömmen är borta i Björkvik.\nDet är inget farligt.\nAllt kommer att bli bra.\nVi fixar det.",
      "Vi skriver mer kl. 12.",
      "Har du frågor? Ring 0523-66 00 00.",
      "Björkviks Energi",
    ),
  ),
  // refusing to comment / withholding
  bad(
    "sv",
    "bulletin",
    "refusing to comment",
    OPEN,
    MSB,
    "Koka vattnet i hela Sjövik",
    p(
      "4 december kl. 07.15",
      "Alla i Sjövik som har kommunalt vatten ska koka vatten som ska drickas eller användas i matlagning. Det räcker att vattnet bubblar kraftigt. Vatten till dusch, disk och tvätt behöver inte kokas.",
      "Vi kommer inte att lämna några uppgifter om varför kokningsrekommendationen har införts eller om vad som har hänt vid vattenverket, och vi svarar inte på frågor om det.",
      "Nästa uppdatering kl. 13.00. Frågor om hur du kokar vattnet: 0521-72 00 00.",
      "Sjöviks kommun, VA-enheten",
    ),
  ),
  bad(
    "sv",
    "bulletin",
    "refusing to comment",
    OPEN,
    MSB,
    "Störning i kommunens IT-system",
    p(
      "Uppdaterad 4 december kl. 10.00",
      "Torsviks kommun har drabbats av en IT-händelse. E-tjänster, e-post och bokningssystemet för färdtjänst fungerar inte just nu. Vi avstår från att kommentera vilka system som är påverkade i övrigt och om personuppgifter kan ha kommit på avvägar. Det är inget vi går ut med.",
      "Ring kontaktcenter på 0651-18 00 00 för ärenden som inte kan vänta. Beställ färdtjänst direkt hos Torsviks Taxi, 0651-10 10 10.",
      "Nästa uppdatering kl. 15.00.",
      "Torsviks kommun",
    ),
  ),
  // internal jargon and abbreviations
  bad(
    "sv",
    "bulletin",
    "internal jargon",
    ADAPTED,
    KLAR,
    "KR DMA 4–5",
    p(
      "Uppdaterad 4/12 kl. 11.10",
      "Pga tryckfall i HVL efter ventilhaveri vid TS3 är KR utfärdad för DMA 4 och 5 (Östra Norrlida, Lugnet). Spolning av LN pågår. Nödvatten finns vid VT-punkt N (ICA-parkeringen).",
      "Nästa uppdatering kl. 15.00. Frågor: 0571-38 40 00.",
      "Norrlida Vatten AB, driftcentralen",
    ),
  ),
  bad(
    "sv",
    "bulletin",
    "internal jargon",
    ADAPTED,
    KLAR,
    "Inrymning Västanå hamn",
    p(
      "4 december kl. 15.40",
      "RL har beslutat om inrymning inom riskområdet R=800 m från objektet pga rökplym innehållande brandgaser. BP är upprättad vid Hamnkiosken. IL och SL finns på BP. FIP-resurs från st. Norra är framme.",
      "Nästa info kl. 17.00. Allmänhetens frågor: 0580-20 20 20.",
      "Räddningstjänsten Västanå",
    ),
  ),
  // bureaucratic passive and nominal style
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive; also: no concrete action",
    ["audienceAdapted", "active"],
    KLAR,
    "Kokningsrekommendation Granholmen",
    p(
      "Beslutat 4 december kl. 09.30",
      "Med anledning av konstaterad förekomst av mikrobiologisk påverkan på dricksvattenkvaliteten inom verksamhetsområdet Granholmen har beslut om utfärdande av kokningsrekommendation fattats av VA-huvudmannen. Iakttagande av rekommendationen förutsätts av samtliga abonnenter intill dess att hävande av densamma har skett.",
      "Förnyad provtagning kommer att genomföras, och information avseende provresultat kommer att tillhandahållas fredag kl. 12.00. Förfrågningar besvaras på 0176-21 00 00.",
      "Granholmens kommun, Samhällsbyggnadsförvaltningen",
    ),
  ),
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive",
    ADAPTED,
    KLAR,
    "Avbrott i fjärrvärmeleveransen på Solbacken",
    p(
      "Publicerad 4 december kl. 08.00",
      "Verkställande av avstängning av fjärrvärmeleveransen till fastigheterna inom kvarteren Solbacken 1–9 kommer att ske fredag 5 december kl. 08.00–16.00 med anledning av erforderligt utbyte av ventilkomponenter. Återupptagande av leverans beräknas ske senast vid angivet klockslag. Uppmärksammas bör att varmvattentillgången under avbrottstiden kommer att vara begränsad.",
      "Håll fönster och dörrar stängda under avbrottet så stannar värmen kvar. Nästa besked kommer fredag kl. 12.00. Kundservice: 0651-18 20 00.",
      "Torsvik Energi",
    ),
  ),
  // myth-first corrections
  bad(
    "sv",
    "bulletin",
    "myth-first correction",
    FACTUAL,
    DEBUNK,
    "Är vattnet i Kvarnby förgiftat?",
    p(
      "4 december kl. 13.30",
      "Det sprids just nu ett rykte om att någon har hällt gift i vattentornet i Kvarnby och att man kan bli allvarligt sjuk, till och med dö, av kranvattnet. Enligt ryktet vet kommunen om det men mörkar. Ryktet har delats flera tusen gånger.",
      "Detta stämmer inte. Vattnet i Kvarnby är provtaget i morse och är tjänligt. Du kan dricka det som vanligt.",
      "Vi publicerar nästa provsvar fredag kl. 10.00. Frågor: 0480-55 00 00.",
      "Älvbacka kommun, VA-avdelningen",
    ),
  ),
  bad(
    "sv",
    "bulletin",
    "myth-first correction",
    FACTUAL,
    DEBUNK,
    "Frågor om mässlingsvaccinet",
    p(
      "Uppdaterad 4 december kl. 09.00",
      "Du har kanske hört att mässlingsvaccinet ger autism, att det innehåller kvicksilver eller att det är bättre att barnet får mässling på naturlig väg. Sådana påståenden sprids i flera grupper i sociala medier just nu.",
      "Inget av det stämmer. Vaccinet är säkert och skyddar mot en allvarlig sjukdom.",
      "Barn som inte har fått två doser kan vaccineras på vårdcentralen Hagby torg, drop-in vardagar kl. 9–16. Nästa information om läget kommer måndag kl. 10.00.",
      "Region Sydmark, smittskyddsenheten",
    ),
  ),
  // self-contradiction
  bad(
    "sv",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    KRIS,
    "Vattnet i Laxåsen är tjänligt",
    p(
      "4 december kl. 11.00",
      "Nya prover visar att vattnet i Laxåsen är tjänligt och kan drickas som vanligt. Kokningsrekommendationen är därmed hävd.",
      "Fortsätt koka allt vatten som ska drickas eller användas i matlagning tills vidare.",
      "Nästa uppdatering kl. 16.00. Frågor: 0521-72 00 00.",
      "Sjöviks kommun, VA-enheten",
    ),
  ),
  bad(
    "sv",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    MSB,
    "Väg 245 vid Brattforsen",
    p(
      "Uppdaterad 4 december kl. 14.15",
      "Väg 245 vid Brattforsen är öppen igen efter raset i morse och trafiken går som vanligt i båda riktningarna.",
      "Vägen beräknas vara avstängd till kl. 18.00. Kör om via väg 62 och Hällbacken.",
      "Nästa uppdatering kl. 17.00. Frågor om trafiken: kommunens kontaktcenter, 0504-19 00 00.",
      "Brattås kommun",
    ),
  ),
  // near-empty texts
  bad("sv", "bulletin", "near-empty text", EMPTY, MSB, "Driftstörning", "Driftstörning. Vi jobbar på det."),
  bad("sv", "sms", "near-empty text", EMPTY, KLAR, undefined, "Problem med vattnet. Mer info kommer."),
  // mockery, jokes and sarcasm
  bad(
    "sv",
    "bulletin",
    "mockery",
    IMPARTIAL,
    RF,
    "Strömavbrottet i Torsvik",
    p(
      "Uppdaterad 4 december kl. 19.05",
      "Till alla som har ringt och undrat om strömavbrottet beror på att ”kommunen glömt betala elräkningen”: tyvärr, så roligt är det inte. Och nej, det hjälper inte att ringa fem gånger till.",
      "Felet sitter i en transformatorstation vid Lunnavägen och berör cirka 900 hushåll i västra Torsvik. Håll kyl och frys stängda. Värmestugan i församlingshemmet är öppen hela natten.",
      "Nästa uppdatering kl. 22.00. Felanmälan: 0651-18 20 00.",
      "Torsvik Energi",
    ),
  ),
  // ALL-CAPS alarm
  bad(
    "sv",
    "bulletin",
    "all-caps alarm",
    IMPARTIAL,
    RF,
    "VARNING! LIVSFARLIG RÖK!",
    p(
      "4 DECEMBER KL. 10.40",
      "LIVSFARLIG RÖK FRÅN BRANDEN I DÄCKUPPLAGET PÅ VÄSTANÅ INDUSTRIOMRÅDE DRIVER IN ÖVER SOLBACKEN OCH CENTRUM!!! GÅ IN NU, STÄNG FÖNSTER, DÖRRAR OCH VENTILATION!!!",
      "NÄSTA UPPDATERING KL. 12.00. FRÅGOR: 0580-20 20 20.",
      "RÄDDNINGSTJÄNSTEN VÄSTANÅ",
    ),
  ),
  bad(
    "sv",
    "social",
    "all-caps alarm",
    IMPARTIAL,
    KLAR,
    undefined,
    p(
      "AKTA! ISEN ÄR FARLIG!",
      "GÅ INTE UT PÅ SJÖN LILLSJÖN!\nISEN ÄR FÖR TUNN!\nDU KAN DÖ!",
      "4 DECEMBER KL. 9.\nVI SKRIVER IGEN I MORGON KL. 9.\nFRÅGOR: 0513-40 00 00.",
      "GRANHEDS KOMMUN",
    ),
  ),
  // vague timing and no next update
  bad(
    "sv",
    "bulletin",
    "vague timing",
    FAST,
    MSB,
    "Fjärrvärmeavbrott i Lugnet",
    p(
      "Fjärrvärmen är avstängd för fastigheterna i Lugnet efter en läcka på huvudledningen vid Lugnetskolan. Det berör cirka 300 hushåll, förskolan Humlan och äldreboendet Solgläntan, där personalen har fått extra filtar och värmefläktar.",
      "Håll fönster och dörrar stängda så stannar värmen kvar längre. Kallvatten fungerar som vanligt.",
      "Vi återkommer med mer information så snart vi vet mer. Kundservice: 0571-38 41 00.",
      "Norrlida Energi",
    ),
  ),
  bad(
    "sv",
    "bulletin",
    "vague timing",
    FAST,
    KLAR,
    "Inget vatten på Ekvägen",
    p(
      "Vattnet är avstängt på Ekvägen.\nEtt rör har gått sönder.\nVi lagar röret nu.",
      "Du kan hämta vatten i en tank.\nTanken står vid lekplatsen på Ekvägen.\nTa med en dunk.",
      "Vattnet kommer tillbaka snart.\nVi skriver mer senare.",
      "Frågor? Ring 0523-66 10 00.\nHälsningar Björkviks kommun",
    ),
  ),
  // no concrete action for those affected
  bad(
    "sv",
    "bulletin",
    "no concrete action",
    ACTIVE,
    CERC,
    "Brand i däckupplag i Västanå industriområde",
    p(
      "Uppdaterad 4 december kl. 13.20",
      "Det brinner i ett däckupplag i Västanå industriområde. Kraftig svart rök driver åt nordost, mot bostadsområdet Solbacken. Räddningstjänsten är på plats med fyra enheter och räknar med att branden kan pågå under eftermiddagen.",
      "Nästa uppdatering kl. 15.00.",
      "Räddningstjänsten Västanå",
    ),
  ),
  bad(
    "sv",
    "bulletin",
    "no concrete action",
    ACTIVE,
    KRIS,
    "E. coli i dricksvattnet i Hagby",
    p(
      "4 december kl. 16.45",
      "Provsvar som kom i eftermiddags visar E. coli-bakterier i dricksvattnet i Hagby. Proverna togs i måndags vid vattenverket och på två platser i ledningsnätet. Orsaken utreds.",
      "Nya prover tas i dag. Nästa uppdatering i morgon kl. 10.00.",
      "Hagby kommun, VA-enheten",
    ),
  ),
  // no sender, no route to more information
  bad(
    "sv",
    "bulletin",
    "no sender and no route to more information",
    ["open", "active"],
    KLAR,
    "Vattenläckan på Brogatan",
    p(
      "4 december kl. 10.00",
      "Det läcker vatten på Brogatan.\nVattnet är avstängt på Brogatan 1–30.\nSe till att alla kranar är stängda.",
      "Vi lagar läckan i dag.\nVattnet kommer tillbaka ungefär kl. 15.\nVi skriver nytt kl. 13.",
    ),
  ),
  // very long sentences
  bad(
    "sv",
    "bulletin",
    "very long sentences",
    ADAPTED,
    KLAR,
    "Information om elavbrottet i Torsvik",
    p(
      "Uppdaterad 4 december kl. 17.30",
      "Med anledning av det elavbrott som sedan i förmiddags berör cirka 1 200 hushåll i Torsvik och som orsakats av att flera träd under stormen fallit över högspänningsledningen mellan Lunna och Stora Hed vill vi informera om att våra montörer, som har arbetat sedan tidigt i morse och som nu fått förstärkning från grannbolaget, räknar med att kunna koppla in de första områdena under kvällen medan de mer avlägsna delarna kring Stora Hed och Norrskog troligen får vänta till i morgon eftersom vägarna dit fortfarande är blockerade av nedfallna träd som kommunen och Trafikverket håller på att röja, och under tiden bör du hålla kyl och frys stängda, undvika att använda levande ljus utan uppsikt och höra av dig till oss om du är beroende av el för medicinsk utrustning.",
      "Nästa uppdatering kl. 21.00. Kundservice: 0651-18 20 00.",
      "Torsvik Energi",
    ),
  ),
  bad(
    "sv",
    "sms",
    "very long sentences; also: too long for SMS",
    ADAPTED,
    KLAR,
    undefined,
    "Norrlida Vatten: På grund av att en huvudledning brustit vid Storgatan i morse och att reparationen blivit mer omfattande än väntat är vattnet avstängt på Storgatan, Kyrkbacken och Ågatan till cirka kl. 18 i dag och nödvatten finns i tank vid kyrkans parkering, så stäng alla kranar och ta med egen dunk. Info: norrlidavatten.se kl. 14",
  ),
  // warnings with no place or time
  bad(
    "sv",
    "bulletin",
    "warning without place or time",
    ["factual", "active"],
    MSB,
    "Risk för ras",
    p(
      "Publicerad 4 december kl. 10.15",
      "Efter det kraftiga regnet finns risk för ras och skred i området. Håll dig borta från slänten och låt barn och hundar inte leka i närheten tills vidare.",
      "Geotekniker gör en bedömning i dag. Nästa uppdatering kl. 14.00. Frågor: 0504-19 00 00.",
      "Brattås kommun",
    ),
  ),
  // several flaws
  bad(
    "sv",
    "bulletin",
    "hearsay; also: all-caps alarm",
    ["factual", "impartial"],
    KRIS,
    "MAGSJUKA PÅ LUNNASKOLAN",
    p(
      "4 december kl. 11.30",
      "ENLIGT UPPGIFTER FRÅN FLERA FÖRÄLDRAR ska ett 30-tal barn ha blivit sjuka efter gårdagens lunch, och det SÄGS att kycklingen var dåligt tillagad!!!",
      "Håll barn med kräkningar eller diarré hemma tills de varit symtomfria i 48 timmar. Miljökontoret tar prover i köket i dag.",
      "Nästa information kl. 15.00 i skolplattformen. Frågor: skolsköterskan, 0651-18 30 30.",
      "Lunnaskolan, Torsviks kommun",
    ),
  ),
  bad(
    "sv",
    "bulletin",
    "vague timing; also: bureaucratic passive; also: no concrete action; also: no concrete facts",
    ["fast", "audienceAdapted", "active", "factual"],
    KLAR,
    "Driftstörning fjärrvärme",
    p(
      "Störningar i fjärrvärmeleveransen föreligger inom delar av distributionsområdet. Åtgärder har vidtagits och felsökning bedrivs. Information kommer att lämnas när sådan finns tillgänglig.",
      "Kundservice: 0523-66 20 00.",
      "Björkviks Energi",
    ),
  ),
  bad(
    "sv",
    "social",
    "mockery; also: vague timing",
    ["impartial", "fast"],
    KLAR,
    undefined,
    p(
      "Ja, det har snöat. I december. Vem kunde tro det? 🙄",
      "Plogbilarna är ute på de stora vägarna i hela Granheds kommun.\nParkera inte på gatan.\nKör försiktigt.",
      "Vi plogar resten när vi hinner.",
      "Frågor? Ring 0513-40 00 00.\nGranheds kommun",
    ),
  ),

  // ---------------------------------------------------------------- English
  // speculation about the cause
  bad(
    "en",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    CERC,
    "Power cut in Fernhill",
    p(
      "Updated Thursday 4 December, 10:05",
      "Around 650 homes in Fernhill and Upper Dene have been without power since 06:40. Our engineers are on site at the Mill Lane substation.",
      "The cause has not been confirmed, but the heavy rain most likely flooded the substation, which we think may also explain the flickering lights people reported last week.",
      "Keep fridge and freezer doors closed. If you rely on powered medical equipment, call our priority line on 0800 031 6631. Next update at 13:00.",
      "Eastvale Power Networks",
    ),
  ),
  // casualty/damage figures from social media
  bad(
    "en",
    "bulletin",
    "unverified figures from social media",
    FACTUAL,
    CERC,
    "Flooding in Ashcombe – 11:30 update",
    p(
      "Thursday 4 December, 11:30",
      "The River Lyd has burst its banks in Ashcombe. Posts circulating on social media suggest around 200 homes have water inside and that several residents may have been injured.",
      "If water is entering your home, turn off gas and electricity at the mains if it is safe to do so and move to an upper floor. A rest centre is open at Ashcombe Leisure Centre, Station Road.",
      "Next update at 14:00. Council emergency line: 01632 960 400.",
      "Ashcombe District Council",
    ),
  ),
  // hearsay
  bad(
    "en",
    "bulletin",
    "hearsay",
    FACTUAL,
    GCS,
    "Discoloured water in Kenmore",
    p(
      "Posted 4 December, 09:50",
      "Some customers in Kenmore are seeing brown or cloudy water this morning. A member of staff at the depot has told us the treatment works had a similar problem last month that was never reported, and we have also heard that a pipe may have been damaged during roadworks on Elm Road.",
      "Run your cold kitchen tap for a few minutes until the water clears. Avoid washing white clothes until then.",
      "Next update at 13:00. Customer line: 555-0142.",
      "Kenmore Water District",
    ),
  ),
  // blame
  bad(
    "en",
    "bulletin",
    "blame",
    IMPARTIAL,
    GCS,
    "Power outage in Eastbridge",
    p(
      "Update, 4 December 15:20",
      "About 2,000 homes in north Eastbridge remain without power. This outage is entirely down to the regional grid operator, who have once again failed to maintain their lines properly and left our residents in the dark.",
      "Warm spaces are open at Eastbridge Library and the Civic Centre until 22:00. Check on elderly neighbours and keep freezer doors shut.",
      "Next update at 19:00. Council helpline: 01632 960 700.",
      "Eastbridge Borough Council",
    ),
  ),
  // partisan praise
  bad(
    "en",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    GCS,
    "Gritting update",
    p(
      "Thursday 4 December, 17:00",
      "All priority routes in the borough will be gritted again from 19:00 tonight. Thanks to the leadership of Council Leader Cllr Hart and the Liberal Democrat administration, we have twice the salt reserves the previous Conservative-run council ever managed.",
      "Assume no road is ice-free. Grit bins are at 120 locations – see the map at eastbridge.gov.uk/gritting.",
      "Next update at 07:00 tomorrow.",
      "Eastbridge Borough Council",
    ),
  ),
  // stigmatising labels
  bad(
    "en",
    "bulletin",
    "stigmatising labels",
    IMPARTIAL,
    CERC,
    "Measles cases in Ashcombe",
    p(
      "Issued 4 December, 12:00",
      "Public Health has confirmed five cases of measles in Ashcombe since 27 November. Most cases so far have been among the travellers on the Ashcombe Lane site, so residents living near there should take extra care.",
      "Check that you and your children have had two doses of MMR. If you develop a fever and rash, phone your GP or 111 before visiting.",
      "Drop-in vaccination clinic: Ashcombe Health Centre, Friday 09:00–16:00. Next update Monday at 10:00.",
      "Ashcombe District Council and the local Health Protection Team",
    ),
  ),
  // empty reassurance
  bad(
    "en",
    "bulletin",
    "empty reassurance",
    FACTUAL,
    CERC,
    "Fire at Riverside industrial estate",
    p(
      "Update 4 December, 14:45",
      "There is absolutely no risk to anyone's health from the smoke, and residents can be completely reassured that everything is being handled.",
      "As a precaution, keep windows and doors closed if smoke is drifting towards your home.",
      "Next update at 17:00. Fire service information line: 01632 960 999.",
      "Fernhill Fire and Rescue Service",
    ),
  ),
  // refusing to comment
  bad(
    "en",
    "bulletin",
    "refusing to comment",
    OPEN,
    GCS,
    "Riverside depot incident",
    p(
      "Posted 4 December, 11:00",
      "Waste collections in the north of the borough are suspended today following an incident at the Riverside depot. No comment will be made regarding the incident while our internal review is underway.",
      "Please leave your bins out; crews will collect missed bins on Saturday. Check your collection day at kenmore.gov.uk/bins.",
      "Next update at 16:00.",
      "Kenmore City Council",
    ),
  ),
  // internal jargon
  bad(
    "en",
    "bulletin",
    "internal jargon",
    ADAPTED,
    PLAIN,
    "Precautionary BWN – DMAs 12–14",
    p(
      "Issued 04/12 10:30",
      "Following a PRV failure on the 300mm trunk main, a precautionary BWN is in force for DMAs 12–14 pending two rounds of bac-T sampling. Alt supply is available at the BWS on Elm Road. Hydrant flushing in progress.",
      "Next sitrep 16:00. Customer line: 555-0142.",
      "Kenmore Water District",
    ),
  ),
  // bureaucratic passive
  bad(
    "en",
    "bulletin",
    "bureaucratic passive; also: no concrete action",
    ["audienceAdapted", "active"],
    PLAIN,
    "Westgate footbridge",
    p(
      "Notice issued 4 December, 08:30",
      "Following the identification of a structural deficiency in the Westgate footbridge, a determination has been made that closure of the structure is to be implemented with immediate effect pending the completion of a detailed assessment, and the reopening of the structure will be subject to the outcome thereof.",
      "A further notice will be issued on Friday at 12:00. Enquiries: 01632 960 300.",
      "Ashcombe District Council, Highways and Infrastructure Directorate",
    ),
  ),
  // myth-first correction
  bad(
    "en",
    "bulletin",
    "myth-first correction",
    FACTUAL,
    DEBUNK,
    "RUMOUR: sewage in the water supply",
    p(
      "4 December, 13:15",
      "RUMOUR: The tap water in Fernhill is contaminated with sewage, people have died, and the council is covering it up. This claim has been shared thousands of times online.",
      "This is false. The water meets all drinking water standards and is safe to drink.",
      "Our latest test results are published at fernhillwater.gov/quality. Next update Friday at 10:00. Questions: 555-0199.",
      "Fernhill Water Utility",
    ),
  ),
  // self-contradiction
  bad(
    "en",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    CERC,
    "Brookside evacuation",
    p(
      "Update 4 December, 18:00",
      "The evacuation order for Brookside has been lifted and residents may return home now.",
      "Residents of Brookside must not return to their properties until further notice while the gas main is repaired.",
      "Next update at 21:00. The rest centre at St Mary's Church Hall remains open. Information line: 01632 960 500.",
      "Ashcombe District Council with Fernhill Fire and Rescue Service",
    ),
  ),
  // near-empty
  bad("en", "social", "near-empty text", EMPTY, GCS, undefined, "Incident ongoing. Updates to follow."),
  // mockery
  bad(
    "en",
    "social",
    "mockery",
    IMPARTIAL,
    GCS,
    undefined,
    p(
      "Yes, it snowed. In December. Shocking, we know. ❄️",
      "All priority routes in Kenmore were gritted from 04:00 and crews are out again now. Side roads will not be treated today – take care on foot.",
      "Posted 4 Dec 07:30. Next update 12:00. Road reports: kenmore.gov.uk/roads",
      "Kenmore City Council",
    ),
  ),
  bad(
    "en",
    "bulletin",
    "mockery",
    IMPARTIAL,
    CERC,
    "Smell in the Riverside area",
    p(
      "4 December, 10:10",
      "For the hundredth time, folks: the smell is not a gas leak, it's the sewage works doing what sewage works do. Calling 999 about it won't make it smell any better.",
      "The odour comes from maintenance on the treatment tanks at Riverside and will continue until about 16:00 today. It is unpleasant but not harmful. If you do smell gas inside your home, leave and call the gas emergency line on 0800 111 999.",
      "Next update at 14:00.",
      "Eastbridge Borough Council, Environmental Health",
    ),
  ),
  // ALL-CAPS alarm
  bad(
    "en",
    "bulletin",
    "all-caps alarm",
    IMPARTIAL,
    GCS,
    "DO NOT DRINK THE WATER!!!",
    p(
      "URGENT!!! 4 DECEMBER 08:15",
      "EXTREME DANGER!!! DO NOT DRINK THE TAP WATER IN ASHCOMBE VILLAGE!!! A DIESEL SPILL HAS ENTERED THE RESERVOIR!!! DO NOT BOIL IT – BOILING WILL NOT MAKE IT SAFE!!!",
      "BOTTLED WATER AT ASHCOMBE VILLAGE HALL FROM 10:00. NEXT UPDATE 12:00. HELPLINE 01632 960 400.",
      "ASHCOMBE DISTRICT COUNCIL",
    ),
  ),
  // vague timing
  bad(
    "en",
    "bulletin",
    "vague timing",
    FAST,
    CERC,
    "Road closure on the A412",
    p(
      "The A412 between Fernhill roundabout and Upper Dene is closed in both directions following a serious collision. Diversions are signed via the B2210 through Lowfield.",
      "Please avoid the area and allow extra time for your journey. Live travel information: fernhill.police.uk/roads. We will provide an update in due course.",
      "Fernhill Police",
    ),
  ),
  // no concrete action
  bad(
    "en",
    "bulletin",
    "no concrete action",
    ACTIVE,
    CERC,
    "Amber extreme heat warning",
    p(
      "Issued Thursday 4 December, 09:00",
      "Temperatures in the district are forecast to reach 38°C on Saturday and Sunday, with night-time temperatures staying above 25°C. An amber extreme heat warning is in force from Saturday 06:00 to Monday 06:00. Older people, babies and people with heart or lung conditions are most at risk.",
      "Next update Friday at 09:00.",
      "Kenmore County Public Health",
    ),
  ),
  // no sender, no route
  bad(
    "en",
    "social",
    "no sender and no route to more information",
    ["open", "active"],
    GCS,
    undefined,
    p(
      "Fire at an industrial unit on Mercer Way, Lowfield. Large amounts of smoke are drifting east over Lowfield village.",
      "If you are in Lowfield, keep windows and doors closed and bring pets inside.",
      "Posted 11:40. Update at 14:00.",
    ),
  ),
  bad(
    "en",
    "bulletin",
    "no sender and no route to more information",
    ["open", "active"],
    GCS,
    "Boil water notice – Upper Dene",
    p(
      "Issued 4 December, 07:00",
      "All properties in Upper Dene must boil tap water before drinking it, brushing teeth or preparing food. Bring water to a rolling boil and let it cool. Water for washing and flushing does not need to be boiled.",
      "The notice follows a burst main on Church Road last night. Samples are being taken today and the notice will be reviewed tomorrow at 12:00.",
    ),
  ),
  // very long sentences
  bad(
    "en",
    "bulletin",
    "very long sentences",
    ADAPTED,
    PLAIN,
    "Update on the water supply in Kenmore",
    p(
      "Updated 4 December, 16:20",
      "Following the burst on the trunk main under Elm Road early this morning, which has affected supplies to around 3,000 properties in east Kenmore including the schools on Park Avenue and the care homes on Orchard Close, our crews have isolated the damaged section and are now working to install a replacement length of pipe, after which the main will be slowly refilled and flushed, which means that while some customers may see their supply return this evening others, particularly those on higher ground around Beacon Hill, may not have full pressure until tomorrow morning, and in the meantime bottled water is available at Kenmore Leisure Centre until 22:00 and priority deliveries are being made to customers on our vulnerable customers register.",
      "Next update at 20:00. Customer line: 555-0142.",
      "Kenmore Water District",
    ),
  ),
  // warnings without place or time
  bad(
    "en",
    "bulletin",
    "warning without place or time",
    ["factual", "active"],
    GCS,
    "Flood warning in force",
    p(
      "Posted 4 December, 08:00",
      "A flood warning is in force. Flooding is expected. Residents living close to the river should move valuables and important documents upstairs, move cars to higher ground and be ready to leave if told to.",
      "Next update at 12:00. Council flood line: 01632 960 400.",
      "Ashcombe District Council",
    ),
  ),
  bad(
    "en",
    "social",
    "warning without place or time",
    ["factual", "active"],
    GCS,
    undefined,
    p(
      "Police are asking people to avoid the area while officers deal with an incident. Please follow any directions from officers at the scene.",
      "Posted 11:20. Next update by 13:00. Anyone with information can call 101.",
      "Fernhill Police",
    ),
  ),
  // several flaws
  bad(
    "en",
    "bulletin",
    "blame; also: speculation about cause",
    ["impartial", "factual"],
    CERC,
    "Gas supply lost in Lowfield",
    p(
      "4 December, 12:30",
      "About 400 homes in Lowfield have lost their gas supply. We suspect the contractor resurfacing Mercer Way drilled straight through our main – frankly, their crews have been careless all month.",
      "Do not try to turn your gas back on yourself. Our engineers will visit every home to do it safely. Electric heaters are available at Lowfield Village Hall.",
      "Next update at 16:00. Gas emergency line: 0800 111 999.",
      "Southvale Gas Networks",
    ),
  ),
  bad(
    "en",
    "bulletin",
    "refusing to comment; also: empty reassurance",
    ["open", "factual"],
    GCS,
    "Cyber incident",
    p(
      "Update, 4 December 10:00",
      "Eastbridge Borough Council is responding to a cyber incident. We will not be commenting on which systems are affected or whether any personal data is involved. There is nothing to worry about and residents should feel fully reassured.",
      "Online payments are unavailable. To pay council tax or rent, call 01632 960 700.",
      "Next update at 15:00.",
      "Eastbridge Borough Council",
    ),
  ),
  bad(
    "en",
    "social",
    "myth-first correction; also: mockery",
    ["factual", "impartial"],
    DEBUNK,
    undefined,
    p(
      "Some of our keyboard warriors are claiming the new water treatment chemical is “poisoning kids” and “making people sick all over Kenmore”. Cute theory. 🙄",
      "The facts: we use the same chlorine dose we have used for 20 years, and every test this week met the drinking water standards.",
      "Test results: kenmore.gov.uk/water. Posted 4 Dec 15:00, next update Monday 10:00.",
      "Kenmore Water District",
    ),
  ),
];
