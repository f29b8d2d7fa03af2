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
 * Fifty-sixth blind set, written 2026-12-07 by an independent author who did not read the checklist rules, its
 * lexicons, the eval README, SPEC.md or any earlier item (only types.ts, guidance.ts, build.ts, the header of
 * blind50.ts, shared/DESIGN.md, shared/research/checklist-rules.md and the list of source URLs already used, so that
 * no real message repeats). The author never ran the checklist, or any script, on these messages. HELD-OUT status is
 * decided by the lead.
 *
 * 30 real messages (12 Swedish, 18 English) and 50 flawed ones (25 Swedish, 25 English).
 * The real Swedish side leans on regions and Krisinformation.se: Region Gotland and Region Västernorrland going into
 * stabsläge, Region Uppsala (on 1177) on a union blockade, Region Skåne on a measles case, Region Gävleborg on a leaking
 * operating-theatre roof, Region Skåne's hospital company Hälsostaden Ängelholm on a fire next to the hospital, two
 * Krisinformation.se pages (an SMHI flood warning from 2014 with no date shown, and a page of regional covid notices
 * from March 2021), Länsstyrelsen Gävleborg on renewed flood risk, Länsstyrelsen Västra Götaland's faq on the
 * security situation, Gästrike Räddningstjänst on spring floods and a local utility (Hofors Elverk) on high water.
 * The real English side is mostly city and county emergency management and health notices: the United States (an
 * Indiana State Department of Health measles release as printed by a radio station, a Pennsylvania township closing
 * its EOC after Sandy in ALL CAPS, Spokane Fire Department's wildland-urban-interface release, a city health
 * department's air quality alert (Englewood), Union City's and the New Orleans City Council's cyber-attack statements,
 * the Connecticut Department of Public Health on carbon monoxide, a CDC food safety alert's key points as reprinted by
 * a trade journal, the South Dakota and Vermont health departments on flood cleanup, a county emergency management
 * Nixle text quoted by a local paper, and a rural fire district's correction of the rumour that Oregon engines sent to
 * Los Angeles failed emissions tests), Canada (a City of Ottawa storm notice reposted on a community forum, a ward
 * office relaying Ottawa's reception centres after the 2022 derecho), the United Kingdom (a Brent Council post on a
 * rest centre, Cumbria Local Resilience Forum standing down via Westmorland and Furness Council, a Cumbria NHS trust's
 * flood page) and Krisinformation.se's English news on Valborg and the fire ban. Kinds: web bulletins, one faq page, a
 * social post, a one-line sms and a correction; whole sentences or paragraphs may be left out, nothing is reworded.
 * Many are ordinary and imperfect: undated pages, empty "Publiceringsdatum / Senast uppdaterad" fields, "Länk till annan webbplats" left in the text, lost link targets ("visit and enter your zip
 * code", "Go to, then click on", "For more information about flood alerts, visit", a list announced with a colon and
 * then missing), typos ("vattenstystem", "ca 110 ml", "declared and internal major incident", "mobile devises"), staff
 * instructions mixed into a public page, "There are no current Community Health Alerts" above an alert, a quoted
 * doctor speaking of "sannolikheten", a council president's statement, and a siren-test text of eight words.
 *
 * Each flawed message is written to show one failure pattern (two carry two principles) and is otherwise meant to
 * look competent: dated, signed, with an action and a next update unless that is the flaw. Counted under the first
 * principle: active 9 (no protective action downwind of an ammonia leak, cooling centres and emergency water with no
 * place, a garden-produce faq with no advice, an evacuation text with no destination, a storm warning with no advice,
 * a measles exposure with no advice, a myth-first correction, a bare "not true"), open 9 (a school closure and
 * Stage 3 restrictions without reasons, "for operational reasons", a faq dodge, "in line with routine", a withheld
 * polluter, a do-not-drink advisory and a visiting ban with no lifting condition, "not in a position to comment" on
 * personal data), factual 9 (a fire cause and an outbreak source guessed before investigation, damage counts from
 * Facebook posts, casualties "enligt uppgifter i en Facebookgrupp", an unconfirmed count of sick guests, "helt
 * ofarligt" before samples, smoke "contains nothing harmful" before monitoring, a crest forecast stated as certain, a
 * road bulletin that contradicts itself), fast 9 (relative times only in a bulletin and in an sms, an undated post, a
 * notice three days late, a boil notice held back two days "för att inte oroa i onödan", "mer information kommer",
 * "shortly" and "in the coming days", an update promised "once engineers have assessed", an inquiry's results held
 * back for weeks), impartial 7 (a named contractor blamed, a mayor and a party politician credited, an outbreak tied
 * to families of East African origin, the previous administration blamed, one shop recommended, homeowners blamed for
 * risking rescuers) and audienceAdapted 7 (bureaucratic passive Swedish with unexplained terms, utility jargon and
 * acronyms, an all-caps sms full of abbreviations, an English notice pointing only to Swedish radio and a Swedish
 * news page, the life-safety action buried after background, one 80-word sentence in a post, jokes and idioms in a
 * storm warning). The items with two principles are an inquiry held back for weeks (fast, open) and a blamed contractor
 * (impartial, factual). Places, organisations, people, web addresses and telephone numbers in the flawed messages are
 * invented (Swedish numbers from ranges set aside for fiction, US 555-01xx, UK 01632 960xxx).
 */
const s = evalSet("blind56", perLanguage("good56", "bad56"));

export const GOOD_BLIND56: EvalMessage[] = [
  s.real(
    "sv",
    "bulletin",
    "Sjukvården går upp i stabsläge",
    "Publicerad 2021-04-22 17:44\nSjukvårdsledningen inom Region Gotland har beslutat att höja beredskapsnivån och gå upp i stabsläge. Både lokal och regional stab är etablerad.\n\nLokal stab etablerades i går eftermiddag och regional stab under torsdagseftermiddagen. Beslutet är taget utifrån ett förväntat ökat inflöde av patienter med behov av vård på grund av covid-19. Särskild sjukvårdsledning etableras nu för att följa utvecklingen och vidta de åtgärder som behövs för att säkerställa vårdens resurser.\n\n- Vi har ett mycket allvarligt läge nationellt och vi är en del av det pusslet när det gäller att solidariskt stödja varandra mellan regionerna. Nu behöver vi förbereda oss för ett värre läge, för att kunna klara bemanningen, säger hälso- och sjukvårdsdirektör Marie Loob.\n\nDet finns tre beredskapslägen inom hälso- och sjukvården, dessa är stabsläge, förstärkningsläge och katastrofläge.",
    "https://gotland.se/110692 (Region Gotland, 2021-04-22 17:44)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Region Västernorrland är i stabsläge",
    "2020-03-09 13:46\n\nVästernorrland har ännu inte några konstaterade fall av covid-19, men idag har smittskyddsläkare Hans Boman ändå beslutat att regionen förstärker sin beredskap och går upp i vad som kallas för stabsläge. Det görs för att ge tydligare ledning och samordning av arbetet kring Coronaviruset.\n\nStabsläge är det lägsta extra beredskapsläget inom regionen, vid svårare lägen används förstärkningsläge eller katastrofläge. Vid stabsläge aktiveras en ledningsgrupp som kallas RSSL, Regionala särskilda sjukvårdsledningen. Den leds nu av tillförordnad regiondirektör Anders Sylvan och gruppen håller sig underrättad om läget, vidtar åtgärder när det behövs och följer händelseutvecklingen.\n\nSmittskyddsläkare Hans Boman tog beslut om stabsläge på måndag förmiddag.\n\n- I praktiken skulle jag säga att vi faktiskt redan arbetat på det sättet under några veckor. Vi har hittills inga bekräftade fall av Covid-19, men ju fler fall som konstateras i Sverige, desto större blir sannolikheten att även vi snart har vår första patient som smittats av coronaviruset. Att vi är i stabsläge gör att vi har en högre beredskap än normalt och kan skapa en tydligare ledning, styrning och samordning av vårt arbete, säger Hans Boman.",
    "https://www.rvn.se/sv/Om-regionen/Aktuellt-i-Region-Vasternorrland/Nyheter/region-vasternorrland-ar-i-stabslage/ (Region Västernorrland, 2020-03-09 13:46)",
  ),
  s.real(
    "sv",
    "bulletin",
    "25 april 2024: Information om Vårdförbundets blockad",
    "Innehållet gäller Uppsala län\n\nDet pågår en facklig blockad som innebär att Vårdförbundets medlemmar inte nyanställs eller jobbar mertid och övertid. Det kommer att få en omfattande påverkan på vården i länet. Samtidigt arbetar Region Uppsala för att påverkan ska bli så liten som möjligt för dig som är invånare och patient.\n\nOm blockaden blir långvarig, kan sjukvårdens resurser behöva koncentreras till akuta operationer och behandlingar för att undvika fara för liv och hälsa. Det kan innebära att planerade besök och icke akuta operationer ställs in med kort framförhållning.\n\nFortsätt sök vård och kom på dina planerade besök\n\n• Om du har behov av vård ska du fortsätta kontakta vården som vanligt. Du kan alltid ringa 1177 för att få råd och sjuksköterskan hänvisar dig till rätt mottagning.\n• Gå på ditt planerade besök eller operation om du inte får annan information. Du blir kontaktad om ditt besök påverkas.\n• Vid akuta situationer ska du ringa nödnumret 112.\n\nLäs mer på Region Uppsalas webbplats.",
    "https://www.1177.se/Uppsala-lan/aktuellt/aktuellt-i-uppsala-lan/blockad/ (1177 Vårdguiden, Region Uppsala, 2024-04-25)",
  ),
  s.real(
    "sv",
    "bulletin",
    "SMHI varnar för höga flöden i de västra delarna av Götaland",
    'På grund av de stora regnmängder som fallit och kommande regn varnar SMHI för höga flöden i små vattendrag i Ätrans och Nissans avrinningsområden.\n\nDe stigande vattenflödena kommer att kulminera under tisdagen som "Höga flöden - Varning klass 1". Lokalt kan de nå upp till varning klass 2 "Mycket höga flöden" även i större vattendrag.\n\nEn varning för "Mycket höga flöden" innebär en vattenföring som kan medföra allvarliga översvämningsproblem på utsatta ställen.\n\nLäs mer under "Aktuella hydrologiska varningar" på SMHI\n\nHalmstad kommun om översvämning och hur man kan förbereda sig\n\nDin säkerhet om hur du kan förbereda dig - Skydda din fastighet mot översvämning\n\nKälla: SMHI',
    "https://www.krisinformation.se/nyheter/2014/augusti/smhi-varnar-for-hoga-floden-i-de-vastra-delarna-av-gotaland (Krisinformation.se, source SMHI, August 2014; 'Publicerades' with no date shown in the text)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Ett fall av mässling har konstaterats i västra Skåne",
    "En kvinna med mässling vårdas just nu på sjukhus i Skåne. Kvinnan har smittats utomlands men har efter det vistats i både Malmö och Helsingborg.\n\nMässling är väldigt smittsamt men risken för att smitta ska spridas i Sverige är trots allt liten.\n\n– De flesta svenskar har ett gott skydd mot mässling genom att de är vaccinerade eller redan har haft sjukdomen, säger Birgitta Holmgren, biträdande smittskyddsläkare på Smittskydd Skåne.\n\nVårdgivare och Smittskydd har påbörjat smittspårning, vilket bland annat innebär information till kända kontakter som den smittade kvinnan haft.\n\nDen som misstänker mässling ska ta telefonkontakt med sin vårdcentral eller med 1177 för att få hjälp att bedöma misstänkta symtom eller för att få råd om var man kan söka vård.\n\nFakta om mässling\n\nMässling är en mycket smittsam sjukdom och det räcker att ha vistats i samma rum för att bli smittad.\n\nMässling startar med feber, snuva, ögonirritation och torrhosta. Efter några dagar tillkommer ett storfläckigt utslag som börjar i ansiktet och sprider sig till övriga kroppen. Man brukar känna sig ordentligt sjuk.\n\nDe flesta i Sverige är immuna mot mässling. Den som är immun kan varken bli sjuk eller sprida smittan vidare. Den som har haft mässling eller som är vaccinerad med två doser har ett livslångt skydd.\n\nDet pågår utbrott med mässling på flera håll i världen. Ett stort antal fall rapporteras från länder inom Europa.",
    "https://www.skane.se/organisation-politik/Nyheter/Halsa-och-vard/2019/ett-fall-av-massling-har-konstaterats-i-vastra-skane/ (Region Skåne, spring 2019; no date in the text)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Brand i Ängelholmshems lokaler på Södra sjukhusområdet",
    "Branden har bekämpats under natten och påverkan på Hälsostadens byggnader är begränsad till rök- och vattenskador samt att en sedan tidigare tomställd byggnad delvis har rivits för att förhindra brandspridning till Hälsostadens byggnader.\n\nDå vinden riskerar att vända kan det komma att få större påverkan på verksamheterna på södra området. Hälsostaden har därför stängt byggnaderna och Regionfastigheter är informerad att verksamheterna får hålla stängt i preliminärt två dagar. Kulvertpassagen från norra sjukhusområdet ut mot södra området kommer att hållas stängd tills vidare.\n\nVid förändrade väderförhållanden kan det komma att påverka norra sjukhusområdet. Ventilationen kan då behöva stängas för att förhindra rökspridning i lokalerna.\n\nVi återkommer med mer information vid behov.\n\nPublicerat: 2022-03-16",
    "https://www.halsostaden.se/brand-i-angelholmshems-lokaler-pa-sodra-sjukhusomradet/ (Hälsostaden Ängelholm, Region Skåne's hospital company, 2022-03-16)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Vattenläcka i operationssalar på Hudiksvalls sjukhus",
    "Tre av sex operationssalar på Hudiksvalls sjukhus har stängts på grund av att vatten läckt in genom taken. Det har lett till att cirka en tredjedel av de planerade operationerna i januari och februari behöver bokas om. Akuta operationer påverkas inte.\n\nOperationssalarna finns i de temporära operationsmodulerna som används under den tid som det byggs en ny operationsavdelning på Hudiksvalls sjukhus. När nu hälften av operationssalarna tvingats stängas så behöver en del av de planerade operationerna flyttas framåt i tiden.\n\n– Den akuta verksamheten fortsätter som tidigare. Tyvärr kommer vi att behöva boka om ungefär en tredjedel av de patienter som väntar på en planerad operation under tiden vi arbetar med reducerad kapacitet, säger Carl Olsson, överläkare i anestesi på Hudiksvalls sjukhus.\n\nFinns det risk att patienter som får operationstiden ombokad riskerar att må sämre när de får vänta längre på operation?\n\n– Nej, vi bedömer att den risken inte finns, eftersom vi gör en medicinsk prioritering när vi bokar om operationerna.\n\nFinns brister i takets konstruktion\n\n– Vi har upptäckt brister i konstruktionen på operationssalarnas tak. Operationsmodulerna har flera komplicerade tekniska installationer på taket, säger Torbjørn Rastad, byggprojektchef i Hälsingland på Region Gävleborg.\n\nTakläckaget åtgärdas akut med en tältöverbyggnad, för att sedan lagas. Detta påbörjas redan denna vecka.\n\n– Vi bygger ett stort tält över taken som skyddar mot nederbörd. En enklare tältlösning finns redan på plats.\n\nOperationsmodulerna har funnits i två år utan att liknande problem uppstått tidigare.",
    "https://www.regiongavleborg.se/nyheter/vattenlacka-i-operationssalar-pa-hudiksvalls-sjukhus/ (Region Gävleborg; undated on the page)",
  ),
  s.real(
    "sv",
    "faq",
    "Frågor och svar med anledning av det osäkra omvärldsläget",
    "Efter Rysslands invasion av Ukraina känner många oro för det osäkra läget i omvärlden. Här svarar vi på vanliga frågor om vad du göra själv och vart du kan vända dig för mer information.\n\nSäker information och källkritik\n\nKrisinformation.se samlar information från olika myndigheter.\n\nKrisinformation.se Länk till annan webbplats.\n\nVar källkritisk och sprid inte rykten.\n\nAtt vara källkritisk innebär att värdera information du tar del av. Det handlar om att förstå att vissa källor väger tyngre än andra. Det gäller också att vara medveten om att avsändare av information har ett syfte med sitt budskap.\n\nMed ökad medvetenhet om de vanligaste hoten och genom att tänka på vårt beteende på nätet minskar vi risken att bli utsatta för digitala negativa händelser.\n\nOm källkritik på Krisinformation.se Länk till annan webbplats.\n\nPå Krisinformation.se finns information på bland annat engelska, arabiska, spanska, ukrainska och en rad andra språk. Här finns också information på lättläst svenska.\n\nInformation in other languages at Krisinformation.se Länk till annan webbplats.\n\nStöd vid oro\n\nDet är normalt att bli orolig när vi dagligen möts av rubriker om det spända läget i vår omvärld. Barn och unga är särskilt utsatta. Det är viktigt att inte vara ensam med sin oro. Det gäller både vuxna och barn.",
    "https://www.lansstyrelsen.se/vastra-gotaland/samhalle/sakerhet-och-beredskap/fragor-och-svar-med-anledning-av-det-osakra-omvarldslaget.html (Länsstyrelsen Västra Götaland, 2022; undated on the page)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Åter risk för översvämningar",
    "Publiceringsdatum:\n\nSenast uppdaterad:\n\nNär ett nytt nederbördsområde väntas in över Gävleborgs län under natten till torsdagen finns en ökad risk för nya översvämningar i redan drabbade områden.\n\n– Vi vill uppmana fastighetsägare och verksamhetsutövare att se över sina risker, säger Christoffer Carstens, enhetschef på Länsstyrelsen.\n\nSMHI har gått ut med en klass 1-varning för stora mängder nederbörd för torsdagsdygnet. Det kommer innebära en intensiv nederbörd med regnmängder upp till 50 millimeter under 24 timmar. Lokalt kan det även komma ännu mer regn. Prognosen är dock osäker när det gäller var de största regnmängderna kommer hamna. Samma varning är även utfärdad för Uppsala län.\n\n– Regnvädret som är på ingång kommer öka sannolikheten för nya översvämningar i samma områden som tidigare. Det kan återigen påverka källare, dagvattensystem och lågpunkter. De högre regnmängderna i prognosen bedöms vara så pass stora att risken för nya skador inte går att utesluta, säger Christoffer Carstens, enhetschef för Enheten för hållbar utveckling.\n\nLänsstyrelsen uppmanar därför fastighetsägare och verksamhetsutövare att se över sina risker och vidta förebyggande åtgärder. Det kan till exempel handla om utrustning och inventarier i källare och bottenvåningar om de ligger lågt i landskapet. Har man påbörjat en sanering finns anledning att försöka säkerställa att utrustning inte löper risk att skadas. Likaså fordon på parkeringar som översvämmats tidigare.",
    "https://www.lansstyrelsen.se/gavleborg/om-oss/nyheter-och-press/nyheter/nyheter---gavleborg/2021-08-25-ater-risk-for-oversvamningar.html (Länsstyrelsen Gävleborg, 2021-08-25; the date fields on the page are empty)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Snösmältningen fortsätter och ger mycket höga flöden",
    "23 april, 2018, KL 14:37\n\nSMHI har utfärdat en klass 2-varning för mycket höga vattenflöden lokalt i Gävleborg. Den fortsatta snösmältningen innebär att vi har översvämningar i både de mindre och de medelstora vattendragen i vårt område, meddelar Gästrike Räddningstjänst. Flödena förväntas också bli värre och nå kulmen framåt helgen.\n\n– Senaste dagarna har vi flera inrapporterade händelser som beror på de höga flödena och vi ser att det finns översvämningsrisk på flera håll i vårt område. Testeboån, Gavleån och Dalälven ser ut att nå mycket höga nivåer de närmsta dagarna, säger Robert Strid, räddningschef, Gästrike Räddningstjänst.\n\nRäddningstjänsten och medlemskommunerna samarbetar och har fått förstärkningsresurser, från Myndigheten för samhällsskydd och beredskap (MSB) i form av översvämningsbarriärer som kan användas i hela länet.\n\nHåll dig uppdaterad och se över din egendom\n\nVissa områden och orter är mer utsatta än andra för översvämning. Därför är det bra att kontrollera vad som gäller i ditt område. Det kan finnas tips och råd som du kan ta del av. Aktuell information får du genom att vända dig till din kommun.\n\nSom fastighetsägare har du ett eget ansvar att skydda dig själv och din egendom och här kommer några tips.\n\n• Tänk på hur snön kan smälta vid ditt hus och om möjligt flytta på snö som ligger nära.\n\n• Har du egendom där det kan bli översvämningar, flytta dem i tid, det gäller både vid vattendrag, i källare eller andra utrymmen som kan bli översvämmade. Vid behov hyr eller köp pumpar.\n\n• Titta över din försäkring på fastigheten – vad gäller?\n\n• Håll dig uppdaterad via samhällets informationskanaler exempelvis webbplatser hos din kommun, vattenbolag, elbolag och räddningstjänst.\n\nVid en akut nödsituation – ring 112.",
    "https://www.gastrikeraddningstjanst.se/toppmeny/nyheter/hoga-floden/ (Gästrike Räddningstjänst, 2018-04-23 14:37)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Höga flöden",
    "Uppdatering 2021-08-19:\n\nDet är höga flöden i Hoåns vattenstystem och nivån ökar. Vi har koll på nivån men läget är i nuläget bekymmersamt.\n\nDet kom stora mängder regn, ca 110 ml, under gårdagsnatten. Om du har drabbats av strömavbrott pga de stora vattenmängderna ska du ringa till driftcentralens tel 0290-771850.\n\nVi ber om tålamod, många är drabbade och därför kan det bli telefonkö. Vi gör allt vi kan för att snabbt inventera skador och hjälpa dig.\n\nSMHI varnar för att det från tisdag eftermiddag till onsdag eftermiddag kan komma stora mängder regn över Gävleborgs län. Regnet väntas bli ihållande och tidvis kraftigt med regnmängder på upp till mellan 70 och 100 millimeter.\n\nRegnmängderna kan leda till översvämningar i källare, dagvattensystem och mindre vattendrag samt översvämmade vägar vilket kan leda till trafikstörningar. Det finns även en risk för strömavbrott.\n\nKlass 2 är den allvarligaste varningsklassen för stora regnmängder. Varningen gäller hela länet men SMHI uppger att det är osäkert var de största regnmängderna kommer. Håll dig uppdaterad via SMHI.\n\nFörbered dig och håll dig uppdaterad.\nDu som bor i eller nära ett område som riskerar att drabbas av översvämningar bör se över hur du bäst förbereder dig.\n\nMer information om väderläget hittar du hos SMHI Länk till annan webbplats.\n\nHos Krisinformation.se Länk till annan webbplats. hittar du checklista för hur du förbereder dig inför en översvämning.",
    "https://www.hoforselverk.se/nyheter---faq/2021-08-17-hoga-floden.html (Hofors Elverk, local electricity and water utility, first posted 2021-08-17, update 2021-08-19)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Regional information om coronaviruset",
    "Här samlar vi information från regionala myndigheter om utbrottet av covid-19. Just nu gäller särskilda rekommendationer i vissa regioner.\nUppdaterades\n\nRegionala rekommendationer\n\nJust nu gäller särskilda rekommendationer i vissa regioner. Klicka på länkarna nedan för att se vad som gäller.\n\nRegional information\n\nBlekinge\n\nHitta äldre notiser i arkivet.\n\nDalarna\n\n4/3: Vaccinationsbrev till äldre\nDe mellan 75 och 79 år kommer inom kort att få information hem via post med besked om när det är dags för dem att boka tid för vaccination. Det går inte att boka tid förrän man fått hem informationen. De bokar tid genom att logga in på e-tjänsterna på 1177.se och det finns möjlighet att ringa en telefonsupport för bokning, meddelar Region Dalarna\n\n1/3: Dagpendling till Norge åter möjlig\nDagpendlare från Sverige kan återigen arbeta i Norge om de testas var sjunde dag, meddelar Länsstyrelsen Dalarna.\nHitta äldre notiser i arkivet.\n\nGotland\n\n5/3: Från och med 29/3 erbjuds inte längre antikroppstest för allmänheten eller för vård- och omsorgspersonal\nRegion Gotland kommer från och med 29 mars 2021 inte längre att erbjuda antikroppstestning för allmänheten eller för vård- och omsorgspersonal. Anledningen är att Folkhälsomyndigheten har ändrat sina rekommendationer för antikropps-testning och har tagit beslutet att det inte längre är relevant på individnivå om det inte finns ett medicinskt syfte.\n\n5/3: Bokning av vaccination för personer 75 år och äldre öppnar 8 mars\nRegion Gotland meddelar att bokningen av vaccination mot covid-19 öppnar måndag den 8 mars för personer födda 1946 eller tidigare. Bokningen öppnar också för samboende partner, förutsatt att denne ingår i Fas 2. Bokning sker via bokningsnummer 0498-26 98 00.",
    "https://www.krisinformation.se/detta-kan-handa/handelser-och-storningar/20192/myndigheterna-om-det-nya-coronaviruset/regional-information-om-coronaviruset (Krisinformation.se, regional notices dated 1–5 March 2021)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    "NORTHEAST INDIANA (Press release): State health officials have confirmed a case of measles in northern Indiana.\n\nThe Indiana State Department of Health (ISDH) is working with local health departments and healthcare providers in LaGrange and Steuben counties to identify anyone who may have been exposed to the patient while infectious and to prevent further transmission of the disease.\n\nISDH is also consulting with public health officials in Michigan and Texas because the investigation has found risk of exposure in those states as well.\n\nIndividuals who visited these locations on the dates and times provided may have been exposed:\n\n— Chuy’s Restaurant – 1512 Harvey Road, College Station, TX 77840; Friday, March 29\n\n— Cameron Memorial Community Hospital Urgent Care – 1381 N. Wayne St., Angola, IN 46703; 3:45 p.m. – 6:35 p.m. Saturday, March 30\n\n— Cameron Memorial Community Hospital Laboratory; 5:30 p.m. – 8 p.m. Saturday, March 30\n\nHoly Angels Catholic Church – 402 S. Nottawa St., Sturgis, MI 49091; Sunday, March 31\n\n— San Miguel Grocery – 211 Jacob St., Sturgis, MI 49091; Sunday, March 31\n\n— Walmart Supercenter – 1500 S. Centerville Road, Sturgis, MI 49091; Sunday, March 31\n\nAnyone who may have been exposed at those locations should watch for symptoms until April 21.\n\nImmunization is the best defense against measles. Although most people will have been immunized against measles as a child, given the recent measles activity in several states and around the world, it’s important for everyone to be fully vaccinated. Anyone who is unsure about their vaccination history should check with their healthcare provider or visit www.MyVaxIndiana.in.gov to access official immunization records as recorded in the Children and Hoosier Immunization Registry Program (CHIRP). A personal identification number (PIN) is required. The PIN can be obtained from your healthcare provider upon request.",
    "https://www.wowo.com/measles-confirmed-in-northeast-indiana/ (Indiana State Department of Health press release as printed by WOWO radio, April 2019)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    "November 2, 2012\nTO ALL CONCERNED PARTIES-\nAFTER CAREFUL REVIEW OF EXISTING CONDITIONS AND PROGRESS OF THE RECOVERY PHASE IN THE TOWNSHIP, THE BOARD OF SUPERVISORS IN CONJUNCTION WITH THE TOWNSHIP EMERGENCY MANAGEMENT COORDINATOR HAVE DECIDED THAT EFFECTIVE AT 1800 HOURS(6PM) TODAY, NOV.2- THE TOWNSHIP WILL SECURE THE OPERATION OF ITS EMERGENCY CONTROL CENTER.\nEXTERNAL RECOVERY EFFORTS(POWER RESTORATION, DEBRIS MANAGEMENT,ETC) WILL STILL BE CONTINUED BY OUTSIDE AGENCIES AND REGULAR TOWNSHIP EMPLOYEES UNTIL ALL SERVICES AND AREAS ARE BACK TO NORMAL.\nEMERGENCIES SUPPLIES WILL REMAIN AVAILABLE TO TOWNSHIP RESIDENTS UNTIL THE CLOSING TIME INDICATED ABOVE.\nANY ACTUAL EMERGENCIES SHOULD BE REPORTED IMMEDIATELY TO 9-1-1.\nANY AND ALL OTHER CONCERNS CAN BE DIRECTED TO THE TOWNSHIP DURING NORMAL BUSINESS HOURS BEGINNING MONDAY NOVEMBER 5,2012.\nAS NECESSARY, THE BOARD WILL CONVEY PERTINENT ANNOUNCEMENTS OR UPDATES TO THE COMMUNITY THRU THE CHANNELS USED THROUGHOUT THE EMERGENCY RESPONSE PHASE.\nWE THANK EVERYONE FOR THEIR PATIENCE AND COOPERATION IN MEETING THE CHALLENGES POSED BY THIS EVENT.",
    "https://www.delawaretownshippa.gov/news-press-2/messages-from-the-township/130-delaware-twp-eoc-closing (Delaware Township, Pennsylvania, Board of Supervisors and Emergency Management Coordinator, 2012-11-02, after Hurricane Sandy)",
  ),
  s.real(
    "en",
    "social",
    undefined,
    "If your property is within the cordon and you are unable to stay with friends and family, a rest centre has been setup at Immaculate Heart of Mary Church, 1 Stafford Road, NW6 5RS.",
    "https://geads.co.uk/2024/01/05/120-people-evacuated-in-malvern-road-west-kilburn-gas-leak-uk-news/ (post by Brent Council, @Brent_Council, 4 January 2024, gas main rupture in West Kilburn, as quoted from the Times Series)",
  ),
  s.real(
    "en",
    "bulletin",
    "About Valborg and the fire ban",
    "The dry and warm weather has resulted in a great risk of fire in forests and fields in parts of Sweden. There is a fire ban in several municipalities.\n\nIn general, a fire ban means that the use of open flame outside is forbidden. But it may be permitted to cook over a flame in prepared barbecue and grill areas.\n\nIf you are unsure of the rules that apply in the area where you are, please contact the municipal emergency services or the municipality.",
    "https://www.krisinformation.se/en/news/2019/april/om-valborg-och-eldningsforbud (Krisinformation.se news in English, April 2019; no date in the text)",
  ),
  s.real(
    "en",
    "bulletin",
    "Wildland Urban Interface Fire Danger is Increasing!",
    "Friday, September 9, 2011\n\nSFD Media Release - For more information on this release please call (509)625-7002\n\nIncident #:\nDate of Incident: 9/9/2011\nIssuing Officer: AC Schaeffer\n\nNarrative:\nThe SFD has sent personnel and resources to several large wildland fires in Washington over the last few weeks. We are continuing to monitor a spate of wildfires across the Pacific Northwest and due to the conditions and fire behavior we have witnessed, we are encouraging residents in potentially impacted areas to stay informed on local fire weather conditions. In addition to remaining in compliance with burn bans and exercising extreme caution with outdoor grills; we are encouraging all who live on/near wooded lots and within woodland/urban interface areas to remain ready and especially aware of developing fire hazards. Extended hot weather has left underbrush tender-dry, allowing fire to start and spread quickly. People living in the wildland/urban interface should take action now to protect their homes and properties. Visit www.readysetgospokane.org/ to learn about the READY, SET, GO program here in Spokane and prepare your personal wildland/urban interface fire plan before the emergency happens. If wildland fires approach: -Stay tuned to local radio, television, ALERT Spokane (www.alertspokane.org), or Twitter/Facebook media alerts for updates on status and evacuations -Close all doors inside your home to prevent drafts. -Wet roofs and shrubs within 15 feet of your home. -Turn on inside and outside lights to increase visibility through smoke. -Turn off gas and pilot lights. -Notify relatives and local officials when you have left your home and where you can be reached. It is a good idea to have your all-risk kit prepared (www.ready.gov/america/getakit/index.html) and consider adding important personal documents before you have to evacuate.",
    "http://spokanefire.blogspot.com/2011/09/sfd-media-release-for-more-information_9750.html (Spokane Fire Department media release, 2011-09-09)",
  ),
  s.real(
    "en",
    "bulletin",
    "Community Health Alerts",
    "Current Alerts\n\nThere are no current Community Health Alerts\n\n#AirQualityAlert A state-wide air quality alert has been issued due to the ongoing wildfires in Canada. It is advised that the amount of time active outdoors is limited. Wearing a N95 particulate respirator mask or KN95 if you have to go outdoors is recommended.\n\nFor the latest level and recommendations, visit and enter your zip code.\n\nExposure to air pollution can cause a number of health issues and worsen existing health conditions such as asthma, COPD, and heart disease, putting your health at risk.\n\nVisit the following links for information on how to reduce your exposure and protect yourself from wildfire smoke and ash: – Current Regional Air Quality – Wildfire Fact Sheets\n\nCDC – Wildfire Smoke FAQs",
    "https://cityofenglewood.org/1425/Community-Health-Alerts (City of Englewood community health alerts page, Canadian wildfire smoke, 2023; undated)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    "We have been conducting media interviews all day today in an effort to update the public about the impacts of a computer virus that has infected the organization. As it stands today, three full days into it, online services are still currently shut down. This includes city emails, payment and financial systems, our business licensing system and planning and building permit and licensing systems.\n911 response from Police and Fire response is not impacted and for all non-emergency matters, such as local hazards to report to us on, please call the police non-emergency line at 510-471-1365.\nThe media has done their job in relaying important information on the news. But, they have also asked us throughout the day to provide information on the type of virus that has hit the City. The city is working closely with Federal and State agencies and cyber security experts to assess the situation and make a determination what type of virus it is. Saying more than that at this time can jeopardize our investigation. As soon as we are able to provide more information, we will be sure to let the public and media know.\nThe regularly scheduled City Council meeting (tomorrow night) and Human Relations Commission meeting (Wednesday night) will still take place. By now, many city departments have found workarounds to carrying out their service to the public without technology and data systems.\nThe timeline for restoration is indefinite at this point. We appreciate the public's continued patience as we work through this.",
    "https://www.unioncity.org/CivicAlerts.aspx?AID=69 (City of Union City, California, news flash on a computer virus; undated)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    "NEW ORLEANS - City Council President Helena Moreno has issued the following statement with updates on the recent cyber attack at City Hall:\n\" Friday's cyber attack against New Orleans has affected over 4,000 computers and devices, which include those of the City Council. We are working along with the City's Information and Technology Office to restore the Council phone systems as early as Monday morning. We've learned that email and online systems may take longer.\nIn all likelihood, this attack will impact the last regular Council meeting of the year, which is scheduled for Thursday, December 19th, at 10:00 AM. We will communicate through these means, social media and other methods about the meeting on Thursday, and the restoration of the City's technology infrastructure.\nIt will take some time to bring all regular city systems back online, and public safety is the priority. We appreciate the public's patience as the City works to restore its technology infrastructure.\"",
    "https://council.nola.gov/news/december-2019/city-council-business-and-upcoming-meeting-may-be/ (New Orleans City Council, statement of the council president, December 2019)",
  ),
  s.real(
    "en",
    "bulletin",
    "Connecticut Department of Public Health warns residents of carbon monoxide poisoning danger due to impending storm",
    "FOR IMMEDIATE RELEASE: Dec. 22, 2022\n\nHARTFORD, Conn.—The first major storm of the season is expected to include substantial rain, high winds, and potential power outages, so the Connecticut Department of Public Health is reminding residents of the dangers of carbon monoxide poisoning from improper use of fuel burning equipment. Every winter in Connecticut, hundreds of residents are taken to the emergency department and some are hospitalized and even die due to carbon monoxide poisoning resulting from malfunctioning furnaces, improperly placed portable generators, and indoor use of charcoal grills.\n\n“The tragic reality is that most of these carbon monoxide poisonings and deaths are completely preventable,” said DPH Commissioner Manisha Juthani, MD. “It is very important to learn how carbon monoxide gas can harm you and what you can do to keep your loved ones safe from carbon monoxide poisoning this winter, especially if you lose power during a winter storm.”\n\nCarbon monoxide is an invisible odorless gas that can be fatal. It forms when fuels like gasoline, natural gas, propane, wood, charcoal, and kerosene do not burn completely. Breathing carbon monoxide can deprive the body of oxygen, and may lead to illness, unconsciousness and death.\n\nSymptoms of Carbon Monoxide Poisoning\n\nHow Do I Know?\n\nCarbon monoxide alarms are the only way to know if the deadly gas is present in your home. DPH recommends that all residents with fuel burning appliances or indoor equipment install carbon monoxide alarms near all sleeping areas in their home to alert them of the presence of carbon monoxide. Install a carbon monoxide alarm on each floor of your home and outside of each bedroom.",
    "https://www.einpresswire.com/article/607792861/connecticut-department-of-public-health-warns-residents-of-carbon-monoxide-poisoning-danger-due-to-impending-storm (Connecticut Department of Public Health press release, 2022-12-22, as distributed by EIN Presswire)",
  ),
  s.real(
    "en",
    "bulletin",
    "Avoid unnecessary travel during upcoming storm",
    "Residents are asked to stay off the roads as much as possible during the upcoming Significant Weather Event that has been declared for Thursday, December 22 and Friday, December 23.\n\nBy minimizing travel, you help keep the roads clear for roads crews and emergency vehicles. If possible, complete your errands before the event is scheduled to begin later this evening. Please stay home tomorrow unless it is absolutely necessary. Anyone who is required to travel during this event is asked to plan ahead and give themselves extra travel time.\n\nEmergency preparedness\n\nResidents are reminded to work on their emergency kit to prepare for any power disruptions. Your emergency kit should contain flashlights, battery or crank radios, extra batteries, water and canned food. Follow local news and social media channels for the latest weather, transportation schedules and road conditions. Be prepared to alter plans, stay informed and stay safe. For more information on how you can prepare for an emergency, visit ottawa.ca.\n\nCommunication during an emergency\n\nIn the event of any emergency, the City of Ottawa provides important information and updates to affected residents in a variety of ways:\n\nThe City also shares critical information and public service announcements with our local news media so that they can include it in their news coverage.\n\nPlease look out for each other. Have a conversation now with neighbours, friends and family members about how to stay in touch with each other in the event of an emergency. Plan to check in with each other if one of you lives in a community that is affected by an emergency.\n\nFor more information on City programs and services, visit ottawa.ca, call 3-1-1 (TTY: 613-580-2401) or 613-580-2400 to contact the City using Canada Video Relay Service. You can also connect with us through Facebook, Twitter and Instagram.",
    "https://bbs.comefromchina.com/threads/1815596/ (City of Ottawa public service announcement, 2022-12-22, reposted verbatim on a community forum)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    "The severe weather event has caused significant damage, power outages and service disruptions through the city. The worst hit areas are Huntsville, Merivale, Navan and Stittsville. The City is in enhanced operations for this incident and opened three emergency reception centres on Sunday, May 22 at 10 am:\n- CARDELREC Recreation Complex Goulbourn, at 1500 Shea Road; it has power to charge your devices, washrooms, showers and snack machines\n- Carleton Heights Community Centre, 1665 Apeldoorn Ave; it has power for charging devices\n- Plant Recreation Centre, at 930 Somerset Street West; it has power for charging devices and showers\nAdditional locations may open as high priority community needs are identified. Do you know someone who is vulnerable and in need of assistance after yesterday’s severe storm? Check on them and, if needed, bring them to an emergency reception centre.\nThe City’s 3-1-1 call centre is experiencing very high call volume. Ottawa residents are asked to remain patient as workers respond to calls on a priority basis. Please only call 3-1-1 for urgent issues that are a threat to public safety.\nThe Hydro Ottawa crews are working diligently to ensure public safety and restore power as soon as possible. Power will be restored initially to large scale outages, followed by smaller ones, keeping safety as the number one priority. If you see a downed power line, stay at least 10 meters (the length of a school bus) away from the wires and from any objects that are in contact with the lines. The Hydro Ottawa outage map is available here.\nIf you’ve lost power, follow these steps to stay safe:\n- Please reserve the use of 911 to situations where there is risk to public safety and life-threatening emergencies. If there is a downed power line with no injuries and no risk to public safety, please report it via the police non-emergency number at 613-236-1222 or by calling Hydro Ottawa at 613-738-0188.\n- Listen to a battery powered radio to follow the news.",
    "https://kanatanorth.ca/2022/05/22/power-outages-available-resources-following-may-21-storm/ (Kanata North ward office, City of Ottawa, relaying the City's information after the 21 May 2022 storm, 2022-05-22)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    "Key points:\n- Eleven people infected with this outbreak strain Listeria have been reported from four states. Of the eleven people infected, nine people have been hospitalized. One person, an infant, has died in California.\n- Interviews with sick people and laboratory findings show that Yu-Shang Food ready-to-eat meat and poultry products are making people sick.\n- These items have been recalled, but some items may still be in people's refrigerators or freezers. Examples of recalled foods include pork hock, chicken feet, pork feet, duck neck, beef shank, and pork tongue. Questions about the recall should be directed to the USDA-FSIS.\nWhat you should do:\n- Do not eat recalled products. Throw them away or return them to where you bought them.\n- Clean your refrigerator, containers, and surfaces that may have touched the recalled foods. Listeria can survive in the refrigerator and can easily spread to other foods and surfaces.\n- Call a healthcare provider right away if you have symptoms after eating recalled products.",
    "https://www.mlo-online.com/disease/infectious-disease/news/55245684/listeria-linked-to-ready-to-eat-meat-and-poultry-products (CDC food safety alert on Listeria and Yu-Shang Food products, November 2023, key points as reprinted by MLO)",
  ),
  s.real(
    "en",
    "bulletin",
    "Flood cleanup: prevent illness and injury",
    "SOUTH DAKOTA DEPARTMENT OF HEALTH\nFOR IMMEDIATE RELEASE:\nWednesday, August 24, 2011\nCONTACT: Bill Chalcraft, (605) 773-3361\n\nFlood cleanup: prevent illness and injury\n\nPIERRE, S.D. – The South Dakota Department of Health reminds homeowners to reduce the risk of disease and injury from flood cleanup by following these personal precautions:\n• Wear hard-soled shoes, long-sleeved shirts, long pants and heavy work gloves.\n• Scrub walls, hard-surfaced floors, counter tops, pantry shelves, etc. with warm soapy water, then sanitize with a solution of 1 cup of bleach to 5 gallons of water.\n• To clean actual mold growth from hard surfaces such as floors or countertops, wash with a solution of 1 cup bleach to 1 gallon water, rinse with clean water and allow to air dry. Ventilate the area while using any cleaning products.\n• Remove and throw away any insulating material that has been saturated with flood waters.\n• If there has been sewage backflow into the house, remove and throw out wall coverings, cloth, rugs, sheetrock and other absorbent materials. Wear rubber boots and waterproof gloves during the cleanup. Clean and mop the area, treat with disinfectant and dehumidify.\n• Do not use gas- or diesel-powered pumps, generators, or pressure washers inside as they release carbon monoxide, a deadly but colorless and odorless gas. It is virtually impossible to assure adequate ventilation.\n• Clean minor wounds thoroughly with soap and water, cover and keep them dry while working on cleanup. If you need a tetanus shot, see your doctor. Wash hands often with soap and water.\n• Set priorities for cleanup tasks and pace the work out over days or even weeks. Get plenty of rest and take frequent rest breaks before exhaustion builds up.",
    "https://news.sd.gov/news?id=news_kb_article_view&sysparm_article=KB0017174 (South Dakota Department of Health press release, 2011-08-24)",
  ),
  s.real(
    "en",
    "bulletin",
    "After the Flood — Take Care to Avoid Injuries and Health Problems during Cleanup",
    "For immediate release: September 7, 2011\n\nMedia Contact: Communication Office\nVermont Department of Health\n\nBURLINGTON – The Vermont Department of Health is reminding residents and volunteers to take all precautions to avoid injuries and illness during cleanup work after the flooding.\n\n“We want everyone to stay safe and healthy after the flood,” said Health Commissioner Harry Chen, MD. “Experience from other states tells us that the number one health risk comes from injuries during cleanup. And although children want to help, give them tasks that keep them out of harm’s way.”\n\nResidents, cleanup workers and volunteers do not need to have a tetanus booster (Tdap) shot to work in the flooded zone. Take precautions to avoid injury and exposure to flood water if you have an open wound. Seek immediate medical attention for wound care and a tetanus booster shot, if needed.\n\nHealth Department district office staff are distributing latex-free gloves and N95 masks with instructions for use, along with safe cleanup guidance and drinking water test kits to the towns hardest hit by the flooding. N95 masks are also available at most hardware stores.\n\nThe Health Department’s website has extensive information and resources to help. Go to, then click on ‘After the Flood’, including “Creating a Healthy Home – A Field Guide for Clean-up of Flooded Homes” and information about cleaning up mold.\n\nBasic precautions to take during cleanup:\n\nFollow us on Twitter and join us on Facebook for up-to-date news, alerts and health information.\n\n# # #",
    "http://healthvermont.gov/news/2011/090711_avoid_injuries.aspx (Vermont Department of Health press release, 2011-09-07, after Tropical Storm Irene)",
  ),
  s.real(
    "en",
    "sms",
    undefined,
    "TCEM: We will be testing the tornado sirens today.",
    "https://www.tallahatchienews.ms/news-front-page-slideshow/sign-free-emergency-alerts-advisories (Tallahatchie County Emergency Management Agency, Mississippi, Nixle text/email/voice alert, 2020, as quoted by the Tallahatchie News)",
  ),
  s.real(
    "en",
    "correction",
    "Announcement: Addressing Misinformation on Fire Apparatus Inspections",
    "Recently, misinformation has been circulating regarding Oregon fire apparatus being turned away from firefighting efforts due to emissions inspections. This claim is false. The Oregon State Fire Marshal (OSFM) and CAL Fire have clarified the facts to ensure transparency.\n\nThe Truth About Inspections:\n\n• Fire apparatus traveling to assist in wildfire efforts, whether in Oregon or other states like California, undergo standard safety inspections.\n• These inspections focus on equipment readiness, safety compliance, and operational functionality—not emissions compliance.\n• Inspections ensure that all apparatus can perform safely and effectively under challenging conditions.\n\nApplicable Everywhere:\n\nEven within Oregon, fire apparatus responding to local wildfires are subject to the same inspections. These measures are critical to maintaining firefighter safety and ensuring the reliability of equipment during high-stakes operations.\n\nVideo Reference:\n\nFor a detailed explanation, watch this informative video: Out-of-State Fire Trucks Inspected for Safety, Not Emissions.\n\nOfficial Resources:\n\nFor additional information, please visit the Oregon State Fire Marshal’s website: https://www.oregon.gov/osfm/Pages/default.aspx\n\nWe appreciate your understanding and support of these essential safety protocols that protect our crews and communities.",
    "https://lookingglassfire.specialdistrict.org/announcement-addressing-misinformation-on-fire-apparatus-inspections (Looking Glass Rural Fire Protection District, Oregon, January 2025; undated on the page)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    "ISSUED ON BEHALF OF CUMBRIA LOCAL RESILIENCE FORUM\nAgencies across Cumbria have worked throughout the weekend to plan for and respond to incidents resulting from heavy and persistent rainfall across the county.\nEarlier today (15 December), amber and yellow weather warnings for rain which were in place for the county were lifted.\nFollowing a further meeting of all agencies and connected response groups, the multi-agency response has been formally stood down.\nAgencies are continuing to deal with the impact of the substantial rainfall which has fallen across the county over the past 72 hours.\nIt is reported that a small number of homes were flooded with those affected being supported. There continues to be several routes across Cumbria’s road network which are impacted by flooding.\nProactive flood prevention work, led by the Environment Agency, successfully protected areas of Cockermouth. This was supported by significant work undertaken by agencies and community groups to support those who were at risk of flooding.\nFive flood warnings and ten flood alerts remain in place across the county.\nAgencies are advising people to remain vigilant and take extra care on the county’s roads as conditions remain difficult.\nPeople are also advised to take care near rivers, many of which remain at a high-level and are fast-moving, and to keep young children and pets under close supervision. Where possible, people are asked to stay clear of river edges as these areas may be extremely slippery.\nChief Superintendent Carl Patrick, of Cumbria Constabulary, chaired the Local Resilience Forum response.",
    "https://www.westmorlandandfurness.gov.uk/news/2025/multi-agency-response-heavy-and-prolonged-rainfall-cumbria-concludes (Westmorland and Furness Council, issued on behalf of Cumbria Local Resilience Forum, 15 December 2025)",
  ),
  s.real(
    "en",
    "bulletin",
    "Latest information regarding flooding.",
    "Cumbria floods 2015 - latest information and service disruptions\n\nThe Trust has now declared and internal major incident due to the flooding and its affect.\n\nWe are extremely grateful to our staff and others who have worked tirelessly to help make sure that our patients are safe across the county and all who continue to help.\n\nAll agencies are working together in order to best utilise all our resources and expertise to help keep people in Cumbria safe.\n\nPlease can any staff who are not able to get into work in the next 24- 48 hour please let your line manager or local team know. If you are able to do any additional work or hours please also let your line manager or local team know.\n\nPlease ensure all mobile devises are fully charged in preparation for further potential power cuts. This is now an internal incident so please refer to the incidence response plan the specifically the action cards at the back.\n\nPlease keep checking our website for the latest information.\n\nAccident and Emergency departments around Cumbria are very busy and anyone who needs medical advice is asked to call 111.\n\nDoctors in Cumbria have responded to a call from Cumbria Health on Call (CHOC) with medics around the county available to react to calls or give medical advice. The service is very busy this evening. Our emergency services are under extreme pressure and 999 should only be used for life threatening emergencies.\n\nCumbrians are also asked to check on vulnerable family, friends and neighbours if it is safe to do so. Severe winds can sometimes cause damage to the power network, if you have a power cut or if you notice any power lines down please stay away and contact Electricity North West on 0800 195 4141, or follow @ElectricityNW for live updates.\n\nShould your property be affected by a flood please be extremely careful and do not touch any electrical equipment or power cables. For more information about flood alerts, visit",
    "https://www.cumbriapartnership.nhs.uk/news/latest-information-regarding-flooding (Cumbria Partnership NHS Foundation Trust, December 2015, Storm Desmond floods; undated on the page)",
  ),
];

export const BAD_BLIND56: EvalMessage[] = [
  // ── active ──────────────────────────────────────────────────────────────────────────────────────────────────────
  s.bad(
    "sv",
    "bulletin",
    "no protective action for people downwind of an ammonia leak",
    ACTIVE,
    MSB,
    "Ammoniakläcka vid Tallnäs ishall",
    "Publicerad söndag 6 december 2026 kl. 19.40\n\nVid 19-tiden i kväll upptäcktes ett läckage av ammoniak från kylanläggningen i Tallnäs ishall på Sågverksvägen. Räddningstjänsten är på plats med två enheter och arbetar med att täta läckan. Ishallen är utrymd och ingen person har skadats enligt räddningsledaren. Vinden är sydvästlig och ammoniaklukt har rapporterats i bostadsområdet Norra Tallnäs.\n\nAmmoniak är en frätande gas som kan irritera ögon och luftvägar redan i låga halter.\n\nNästa uppdatering publiceras här senast kl. 21.00.\n\nRäddningstjänsten Tallnäs, räddningsledare Jonas Frid",
  ),
  s.bad(
    "en",
    "bulletin",
    "cooling centres announced with no place or way to find them",
    ACTIVE,
    CERC,
    "Cooling centers open as heat warning continues",
    "Posted July 22, 2026, 9:15 a.m. | Harlow Creek County Office of Emergency Management\n\nThe National Weather Service has extended the excessive heat warning for Harlow Creek County through Friday, July 24, at 8 p.m. Daytime highs of 104°F and overnight lows near 80°F are expected.\n\nThe county has opened cooling centers for anyone who needs relief from the heat. Cooling centers are open daily from 10 a.m. to 9 p.m. while the warning is in effect. Water and seating are available, and service animals are welcome.\n\nDrink water often, limit time outdoors between noon and 6 p.m., and check on older neighbors at least twice a day.\n\nWe will post the next update by 5 p.m. today.\n\nRenee Castillo, Public Information Officer",
  ),
  s.bad(
    "en",
    "sms",
    "evacuation order with no destination or route",
    ACTIVE,
    CERC,
    undefined,
    "Pinebrook Twp Emergency Mgmt, Dec 7 2026 4:05 PM: Chlorine release at the Kettle Rd water plant. Evacuation order for Kettle Rd and Alder Ct. Leave now. Next update 5:00 PM at pinebrooktwp.gov/alerts",
  ),
  s.bad(
    "sv",
    "correction",
    "rumour retold first and in detail, the fact given once with no evidence",
    ACTIVE,
    DEBUNK,
    "Om uppgifterna om giftigt dricksvatten i Stensjö",
    "Stensjö kommun, måndag 7 december 2026 kl. 10.15\n\nSedan i helgen sprids ett inlägg i flera Facebookgrupper om att dricksvattnet i Stensjö skulle vara förgiftat med bekämpningsmedel efter en olycka vid vattenverket. Enligt inlägget har barn fått utslag efter att ha badat, och alla uppmanas att sluta dricka kranvatten och att köpa flaskvatten i stora mängder. Inlägget har delats över 2 000 gånger och innehåller bilder på gulbrunt vatten i ett badkar.\n\nDet har inte skett någon olycka vid vattenverket.\n\nHar du frågor kan du ringa kommunens kontaktcenter på 08-465 004 20.\n\nLinnea Åkesson, kommunikationschef",
  ),
  s.bad(
    "en",
    "faq",
    "risk question answered with background and no advice",
    ACTIVE,
    CERC,
    "Can I eat vegetables from my garden after the warehouse fire?",
    "Updated 3 December 2026, 2:30 p.m.\n\nSmoke and ash from the Fenwick Road warehouse fire on 1 December settled over parts of the Eastfield and Mill Green neighbourhoods. The warehouse stored plastics, packaging and some cleaning products. Ash from fires of this kind can contain soot and small amounts of other substances.\n\nFenwick Borough Council's environmental health team collected soil and ash samples from six gardens on 2 December. The samples have been sent to an accredited laboratory, and results are expected on 9 December. We will publish the results on this page that day.\n\nFenwick Borough Council, Environmental Health",
  ),
  s.bad(
    "sv",
    "bulletin",
    "emergency water announced with no place",
    ACTIVE,
    MSB,
    "Vattenavbrott i Björkvalla – nödvatten finns",
    "Uppdaterad tisdag 1 december 2026 kl. 08.30\n\nEn huvudledning har gått sönder vid Björkvalla centrum och cirka 400 hushåll är utan vatten sedan kl. 05 i morse. Våra rörarbetare är på plats och grävarbetet har börjat. Vi räknar med att reparationen tar minst till kl. 16.\n\nNödvatten finns att hämta. Ta med egna rena dunkar.\n\nNästa uppdatering kommer kl. 12.00.\n\nVA-avdelningen, Vikhults kommun, driftchef Ulf Sandberg",
  ),
  s.bad(
    "en",
    "social",
    "high-wind warning with no protective advice",
    ACTIVE,
    CERC,
    undefined,
    "Marrow County Emergency Management – Dec 7, 2026, 11:00 a.m.\nThe National Weather Service has issued a High Wind Warning for all of Marrow County from 6 p.m. tonight until 10 a.m. Tuesday, Dec 8. Sustained winds of 35–45 mph with gusts up to 70 mph are forecast, strongest along the ridge roads after midnight. Downed trees and widespread power outages are possible. County road crews and the electric cooperative have extra staff on call overnight. Next update at 5 p.m. #MarrowWind",
  ),
  s.bad(
    "sv",
    "bulletin",
    "measles exposure notice with no advice on what to do",
    ACTIVE,
    MSB,
    "Fall av mässling – besökare i Solviksbadet kan ha smittats",
    "Region Västerlinda, Smittskyddsenheten, 4 december 2026\n\nEn person som insjuknat i mässling besökte Solviksbadet i Solvik lördagen den 28 november mellan kl. 10 och 13. Mässling är mycket smittsamt och sprids genom luften. Den som vistades i badhuset samtidigt kan ha utsatts för smitta. Smittspårning pågår och kända kontakter har fått information.\n\nVi publicerar en uppdatering fredag 11 december.\n\nAnna Vesterlund, biträdande smittskyddsläkare",
  ),
  s.bad(
    "en",
    "correction",
    "bare denial with no facts, source or where to check",
    ACTIVE,
    DEBUNK,
    "Statement on water rumor",
    "Town of Elmhurst Ridge – December 5, 2026, 4:40 p.m.\n\nA post circulating on social media about the town's drinking water is not true.\n\nThank you for checking with us before sharing.\n\nMarcus Bell, Town Manager",
  ),

  // ── open ────────────────────────────────────────────────────────────────────────────────────────────────────────
  s.bad(
    "sv",
    "bulletin",
    "school closure with no reason",
    OPEN,
    MSB,
    "Norrängsskolan stänger",
    "Vikhults kommun, fredag 4 december 2026 kl. 15.10\n\nBarn- och utbildningsförvaltningen har beslutat att Norrängsskolan håller stängt från och med måndag 7 december. Beslutet gäller alla årskurser och fritidshemmet.\n\nUndervisningen sker på distans enligt schema. Elever i årskurs 1–3 som behöver omsorg kan vara på Västra skolan, Skolgatan 4, kl. 07.00–17.00. Kontakta rektor Sara Lind på 031-390 06 14 om ditt barn behöver plats.\n\nVi informerar vårdnadshavare i Skolappen senast torsdag 10 december om hur det blir veckan därpå.\n\nAnders Nyqvist, skolchef",
  ),
  s.bad(
    "en",
    "bulletin",
    "'for operational reasons' given in place of the reason for a shelter move",
    OPEN,
    CERC,
    "Riverside shelter to close; guests moving to Eastgate",
    "Lakemont City Emergency Management – December 6, 2026, 10:00 a.m.\n\nFor operational reasons, the emergency shelter at Riverside Community Center will close at 6 p.m. today. Guests will move to the Eastgate Recreation Center, 1200 Eastgate Avenue, which has 150 cots, hot meals and space for pets. A free shuttle leaves Riverside every 30 minutes from noon until 6 p.m. Anyone who needs help with the move can tell shelter staff or call (555) 010-2244.\n\nWe will post an update on shelter capacity at 4 p.m.\n\nDiane Okafor, Shelter Coordinator",
  ),
  s.bad(
    "en",
    "faq",
    "faq answer that dodges the question asked",
    OPEN,
    CERC,
    "Why has the boil water notice been extended?",
    "Updated December 2, 2026, 3:00 p.m.\n\nThe decision to extend the notice was taken in line with our normal procedures and in consultation with our partners. We understand this is frustrating, and we thank customers for their patience.\n\nKeep boiling all tap water for drinking, cooking, brushing teeth and making ice, or use bottled water. Bring water to a rolling boil for one minute and let it cool before use.\n\nThe next update will be posted here on Friday, December 4, by noon.\n\nGreyson Valley Water Authority, Customer Communications",
  ),
  s.bad(
    "sv",
    "bulletin",
    "known source of a pollution withheld without a stated reason",
    OPEN,
    MSB,
    "Förorening i Kvarnbäcken",
    "Stensjö kommun, miljöförvaltningen, onsdag 2 december 2026 kl. 11.00\n\nI måndags upptäcktes en oljeliknande förorening i Kvarnbäcken nedströms industriområdet Norrmalm. Vi vet vilken verksamhet utsläppet kommer från och har varit i kontakt med den, men vi väljer att inte gå ut med det i nuläget.\n\nBada inte, fiska inte och låt inte hundar dricka ur Kvarnbäcken mellan Norrmalmsbron och utloppet i Stensjön. Har du brunn inom 50 meter från bäcken kan du beställa provtagning på 08-465 004 31.\n\nNästa lägesrapport kommer fredag 4 december kl. 10.\n\nHelena Strand, miljöchef",
  ),
  s.bad(
    "en",
    "bulletin",
    "do-not-drink advisory with no condition for lifting",
    OPEN,
    CERC,
    "Do-not-drink advisory for Cedar Heights",
    "Pinebrook Township Water Department – Monday, December 7, 2026, 7:30 a.m.\n\nA do-not-drink advisory is in effect for all homes and businesses in Cedar Heights after irrigation chemicals flowed back into the Cedar Heights water main on Sunday evening. Do not drink tap water or use it for cooking, brushing teeth, making ice or baby formula. Boiling the water will not make it safe. You may use tap water to flush toilets and wash clothes.\n\nFree bottled water is available at Cedar Heights Elementary School, 45 Maple Drive, from 8 a.m. to 8 p.m. daily.\n\nThe advisory remains in place until further notice. Our next update will be posted at 6 p.m. today.\n\nLaura Kim, Water Superintendent",
  ),
  s.bad(
    "sv",
    "bulletin",
    "visiting ban with no reason and no end condition",
    OPEN,
    MSB,
    "Besöksförbud på avdelning 12 och 14",
    "Region Västerlinda, Norrlinda sjukhus, måndag 30 november 2026 kl. 13.00\n\nFrån och med i dag gäller besöksförbud på avdelning 12 och 14 vid Norrlinda sjukhus tills vidare. Förbudet gäller alla besökare, även anhöriga.\n\nDu som har en närstående inlagd kan ringa avdelningen dygnet runt på 070-174 06 31 (avdelning 12) eller 070-174 06 32 (avdelning 14). Undantag kan göras för närstående till svårt sjuka patienter efter kontakt med avdelningens ansvariga sjuksköterska.\n\nNästa uppdatering publiceras här måndag 7 december.\n\nJonas Berg, verksamhetschef",
  ),
  s.bad(
    "en",
    "bulletin",
    "council declines to say whether personal data was taken",
    OPEN,
    CERC,
    "Update on the cyber incident affecting council systems",
    "Fenwick Borough Council – Friday 4 December 2026, 5 p.m.\n\nOur online payments, planning portal and housing repairs line remain offline following the cyber incident detected on Tuesday 1 December. Council tax and rent payments can be made at any Post Office using the barcode on your bill, and urgent housing repairs can be reported on 01632 960 412.\n\nWe have been asked whether residents' personal information has been taken. We are not in a position to comment on this.\n\nBe wary of emails or calls that claim to be from the council and ask for bank details.\n\nOur next update will be on Monday 7 December at noon.\n\nFenwick Borough Council Communications Team",
  ),
  s.bad(
    "sv",
    "faq",
    "question answered with a reference to routine",
    OPEN,
    MSB,
    "Varför fick inte alla i Östra Berga sms om kokningsrekommendationen?",
    "Uppdaterad torsdag 3 december 2026 kl. 09.00\n\nSms-utskicket gjordes enligt gällande rutin för utskick vid störningar i dricksvattnet.\n\nKokningsrekommendationen gäller fortfarande för hela Östra Berga. Koka vatten som du ska dricka eller laga mat med, och låt det koka upp ordentligt. Vill du vara säker på att få sms nästa gång kan du registrera ditt nummer på vikhult.se/sms eller ringa 031-390 06 40.\n\nVi uppdaterar svaret senast fredag 4 december kl. 12.\n\nVikhults kommun, kontaktcenter",
  ),
  s.bad(
    "en",
    "bulletin",
    "water restrictions imposed with no reason",
    OPEN,
    CERC,
    "Stage 3 water restrictions in effect",
    "City of Dunmore Falls Utilities – December 7, 2026, 8:00 a.m.\n\nStage 3 water restrictions take effect immediately for all city water customers. Until the restrictions are lifted:\n- Do not water lawns or gardens with a hose or sprinkler.\n- Do not wash vehicles at home.\n- Do not fill pools or hot tubs.\n- Keep showers to five minutes.\n\nRestrictions will be lifted when the Hilltop reservoir is back above 60 percent. Violations may result in a warning and then a $100 fine.\n\nWe will post reservoir levels at dunmorefalls.gov/water every weekday at 9 a.m.\n\nTom Reyes, Utilities Director",
  ),

  // ── factual ─────────────────────────────────────────────────────────────────────────────────────────────────────
  s.bad(
    "sv",
    "bulletin",
    "speculation on the cause of a fire",
    FACTUAL,
    MSB,
    "Brand på Solgårdens äldreboende – alla boende i säkerhet",
    "Vikhults kommun, söndag 6 december 2026 kl. 22.15\n\nVid 20-tiden i kväll började det brinna i ett förråd på Solgårdens äldreboende i Solvik. Personalen flyttade de 18 boende till grannhuset Lärkan, där de nu får vård och mat. Ingen är skadad. Räddningstjänsten har släckt branden.\n\nBranden startade troligen i ett elskåp, och det är sannolikt samma typ av fel som vid branden på Björkgården i fjol.\n\nAnhöriga kan ringa 031-390 06 55 fram till kl. 24 i kväll och från kl. 07 måndag morgon. Nästa uppdatering kommer måndag 7 december kl. 09.\n\nEva Lundgren, förvaltningschef vård och omsorg",
  ),
  s.bad(
    "en",
    "bulletin",
    "damage count taken from social media posts",
    FACTUAL,
    KRIS,
    "Tornado damage in north Marrow County",
    "Marrow County Emergency Management – Saturday, December 5, 2026, 9:40 p.m.\n\nA tornado touched down near Haskell at about 6:50 p.m. Crews are assessing damage along County Road 14 and in the Oak Bend subdivision. Based on photos and posts shared in community Facebook groups, around 40 homes appear to have been damaged and at least one has been destroyed.\n\nIf your home is damaged and unsafe, a shelter is open at Haskell High School, 300 School Street. Stay away from downed power lines and report them to 911.\n\nThe next update will be at 7 a.m. Sunday, December 6.\n\nJamal Reed, Public Information Officer",
  ),
  s.bad(
    "sv",
    "bulletin",
    "'helt ofarligt' declared before samples are analysed",
    FACTUAL,
    MSB,
    "Missfärgat vatten i Norrhagen",
    "Tallnäs kommun, VA-enheten, måndag 7 december 2026 kl. 09.20\n\nSedan i morse har vi fått många samtal om brunt vatten i kranarna i Norrhagen. Missfärgningen kommer från att vi spolade ledningsnätet i helgen. Vattnet är helt ofarligt att dricka. Vi tar prover under dagen och svaren kommer onsdag 9 december.\n\nSpola kallvattnet i några minuter tills det blir klart. Vänta med vittvätt tills vattnet är klart igen.\n\nNästa uppdatering kommer i dag kl. 15.\n\nMaria Öhman, VA-chef",
  ),
  s.bad(
    "en",
    "bulletin",
    "road bulletin that contradicts itself",
    FACTUAL,
    CERC,
    "Roads reopen after flooding",
    "Harlow Creek County Office of Emergency Management – December 4, 2026, 6:00 a.m.\n\nFloodwaters receded overnight and all county roads are now open to traffic. Crews inspected bridges and culverts through the night.\n\nMill Creek Road between Route 9 and Fenner Lane remains closed because part of the road surface washed away; use Route 9 and Fenner Lane instead.\n\nDrive slowly, watch for debris and never drive through standing water.\n\nWe will post the next road update at noon.\n\nRenee Castillo, Public Information Officer",
  ),
  s.bad(
    "sv",
    "bulletin",
    "likely source of an outbreak named before tests",
    FACTUAL,
    MSB,
    "Magsjuka i Stensjö – smittskydd utreder",
    "Region Västerlinda, Smittskyddsenheten, torsdag 3 december 2026 kl. 16.00\n\nSedan i fredags har ett fyrtiotal personer i Stensjö sökt vård för kräkningar och diarré. Smittskyddsenheten och kommunens miljöförvaltning utreder utbrottet tillsammans.\n\nSmittan kommer med största sannolikhet från smörgåstårtorna som serverades på julmarknaden i Stensjö i lördags. Provsvar väntas lördag 5 december.\n\nTvätta händerna noga med tvål och vatten, särskilt före måltid och efter toalettbesök. Stanna hemma i minst två dygn efter att du blivit frisk. Ring 1177 om du behöver råd.\n\nNästa uppdatering kommer fredag 4 december kl. 14.\n\nMikael Dahl, smittskyddsläkare",
  ),
  s.bad(
    "en",
    "bulletin",
    "river forecast stated as certain",
    FACTUAL,
    CERC,
    "River expected to crest early Tuesday",
    "City of Dunmore Falls Emergency Management – Monday, December 7, 2026, 4:00 p.m.\n\nThe Dunmore River will crest at 6.2 metres at 3 a.m. Tuesday and will not reach the homes on Ferry Lane or Wharf Street. Sandbagging on Ferry Lane has been completed.\n\nKeep away from the riverbank and the Wharf Street footbridge, which is closed. Move vehicles out of the Riverside car park before 10 p.m. tonight.\n\nWe will post the next river level update at 10 p.m.\n\nPaul Greaves, Emergency Management Coordinator",
  ),
  s.bad(
    "sv",
    "bulletin",
    "casualty report passed on from a Facebook group",
    FACTUAL,
    KRIS,
    "Olycka med diesel på väg 27",
    "Räddningstjänsten Vikhult, tisdag 1 december 2026 kl. 14.05\n\nEn lastbil med diesel har vält på väg 27 vid Ekbackens rastplats. Vägen är avstängd i båda riktningarna och trafiken leds om via Gamla landsvägen. Enligt uppgifter i en lokal Facebookgrupp ska två personer ha förts till sjukhus.\n\nHåll dig borta från olycksplatsen och följ polisens anvisningar vid avspärrningarna.\n\nVi räknar med att vägen är avstängd minst till kl. 20. Nästa uppdatering kommer kl. 16.\n\nTobias Ek, insatsledare",
  ),
  s.bad(
    "en",
    "bulletin",
    "smoke declared harmless before air monitoring",
    FACTUAL,
    CERC,
    "Recycling plant fire: smoke update",
    "Fenwick Borough Council and Fenwick Fire and Rescue Service – Sunday 6 December 2026, 1:30 p.m.\n\nFirefighters are still tackling a fire at the Greenway recycling plant on Dock Road. The fire involves mixed paper, cardboard and plastics. The smoke is unpleasant but contains nothing harmful. Air quality monitoring equipment will arrive on site this evening.\n\nIf smoke reaches your home, keep windows and doors closed. Dock Road is closed between the roundabout and Quay Street.\n\nWe will update residents at 6 p.m.\n\nFenwick Borough Council Emergency Planning Team",
  ),
  s.bad(
    "sv",
    "bulletin",
    "unconfirmed count of sick guests published",
    FACTUAL,
    KRIS,
    "Kolmonoxidlarm på Tallnäs vandrarhem",
    "Räddningstjänsten Tallnäs, lördag 5 december 2026 kl. 23.30\n\nRäddningstjänsten larmades kl. 21.40 till Tallnäs vandrarhem efter att ett kolmonoxidlarm gått. Byggnaden är utrymd och gästerna har fått rum på Hotell Ängen. Personal på plats uppger att ett tjugotal gäster kan ha mått illa, men den siffran är inte bekräftad.\n\nHar du varit på vandrarhemmet i kväll och har huvudvärk, yrsel eller illamående, ring 1177. Ring 112 om det är akut.\n\nNästa uppdatering kommer söndag 6 december kl. 09.\n\nLena Ås, räddningschef",
  ),

  // ── fast ────────────────────────────────────────────────────────────────────────────────────────────────────────
  s.bad(
    "sv",
    "bulletin",
    "relative times only, no date anywhere",
    FAST,
    MSB,
    "Elavbrott i Norra Vikhult",
    "Efter stormen i natt är cirka 1 200 hushåll i Norra Vikhult utan el. Elnätsbolaget Vikhult Energi har fyra arbetslag ute och räknar med att de flesta får tillbaka strömmen i kväll. Några hushåll längs Skogsvägen kan bli utan el till i morgon eftermiddag.\n\nVärmestuga öppnar kl. 16 i Vikhults bygdegård, Kyrkvägen 3. Där kan du värma dig, ladda telefonen och få kaffe.\n\nVi uppdaterar i morgon bitti.\n\nVikhults kommun, krisledningen",
  ),
  s.bad(
    "en",
    "bulletin",
    "notice issued three days after the spill",
    FAST,
    CERC,
    "Chemical spill at Harbor Industrial Park",
    "Town of Elmhurst Ridge – Friday, December 4, 2026, 10:00 a.m.\n\nOn Tuesday morning, December 1, about 800 liters of sodium hypochlorite (liquid bleach) leaked from a storage tank at Harbor Industrial Park and ran into the storm drain on Pier Road. The leak was stopped the same day and the drain has been flushed.\n\nIf you walked a dog along Pier Creek between Tuesday and Thursday and your dog has sore paws or is vomiting, contact your vet. Keep dogs out of Pier Creek until test results on December 9 show the water is clear.\n\nWe will publish the test results on December 9 by 4 p.m.\n\nMarcus Bell, Town Manager",
  ),
  s.bad(
    "sv",
    "bulletin",
    "'mer information kommer' with no time",
    FAST,
    MSB,
    "Vattenläcka på Storgatan i Tallnäs",
    "Tallnäs kommun, torsdag 3 december 2026 kl. 10.45\n\nEn vattenläcka på Storgatan gör att hushållen mellan Torget och Järnvägsgatan saknar vatten sedan kl. 09. Vi har stängt av ledningen och reparationen pågår. När vattnet kommer tillbaka kan det vara missfärgat en stund; spola då kallvattnet tills det blir klart.\n\nEn vattentank står på Torget vid busshållplatsen. Ta med egen dunk.\n\nMer information kommer.\n\nVA-enheten, Tallnäs kommun",
  ),
  s.bad(
    "en",
    "bulletin",
    "'in the coming days' and 'shortly' in place of times",
    FAST,
    CERC,
    "Power restoration update",
    "Marrow Electric Cooperative – December 6, 2026, 8:15 a.m.\n\nAbout 9,300 members remain without power after Saturday's ice storm, mostly in the Haskell and Cove Hill areas. Crews from three neighboring cooperatives arrived overnight to help.\n\nWe expect to restore most members in the coming days. Stay at least 30 feet away from downed lines and report them at (555) 010-7781. Run generators outdoors only, well away from windows and doors.\n\nWe will post another update shortly.\n\nMarrow Electric Cooperative, Member Services",
  ),
  s.bad(
    "sv",
    "bulletin",
    "findings held back until an inquiry ends in some weeks",
    ["fast", "open"],
    MSB,
    "Händelsen vid Stensjö reningsverk",
    "Stensjö kommun, måndag 7 december 2026 kl. 13.00\n\nI lördags inträffade en driftstörning vid Stensjö reningsverk som ledde till att orenat avloppsvatten släpptes ut i Stensjön. Kommunen har startat en utredning om vad som hände och hur mycket som släpptes ut. Vi informerar om resultatet när utredningen är klar, vilket beräknas ta några veckor.\n\nBada inte och låt inte hundar bada i Stensjöns norra del. Har du egen brunn nära sjön och är orolig kan du ringa 08-465 004 48.\n\nKommunikationsenheten, Stensjö kommun",
  ),
  s.bad(
    "en",
    "social",
    "undated post with only 'this morning' and 'tonight'",
    FAST,
    CERC,
    undefined,
    "Town of Elmhurst Ridge: A water main broke on Linden Avenue this morning. Linden Avenue is closed between 2nd and 5th Street, and homes on that stretch have low or no water pressure. Crews expect to finish repairs tonight. Bottled water is available in the Town Hall lobby, 12 Main Street, until 8 p.m. We'll post again when water is back on.",
  ),
  s.bad(
    "sv",
    "bulletin",
    "boil advice held back two days while waiting for final results",
    FAST,
    MSB,
    "Kokningsrekommendation i Lillåsen",
    "Vikhults kommun, onsdag 2 december 2026 kl. 16.30\n\nVid rutinprovtagning i måndags fick vi en första indikation på att dricksvattnet i Lillåsen kunde innehålla E. coli-bakterier. För att inte oroa i onödan valde vi att vänta på de slutliga provsvaren innan vi gick ut med information. Svaren kom i dag och bekräftar bakterier i vattnet.\n\nKoka allt vatten som du dricker eller lagar mat med. Låt vattnet koka upp ordentligt. Vattentankar finns vid Lillåsens skola och vid Lillåsens IP.\n\nRekommendationen gäller tills två provomgångar i rad visar att vattnet är rent. Nästa uppdatering kommer fredag 4 december kl. 12.\n\nUlf Sandberg, driftchef",
  ),
  s.bad(
    "en",
    "bulletin",
    "next update tied to an open-ended event",
    FAST,
    CERC,
    "Landslide closes Quarry Road",
    "City of Dunmore Falls – Saturday, December 5, 2026, 3:20 p.m.\n\nA landslide has covered Quarry Road between Hill Street and the county line. No one was hurt. Eight homes at the top of Quarry Road can only be reached on foot from Hill Street for now.\n\nStay off the slope and keep children and pets away from the slide area. Residents of the eight homes who need help with medicines or supplies can call (555) 010-3350.\n\nThe next update will be posted once engineers have assessed the slope.\n\nNadia Fontaine, Public Works Director",
  ),
  s.bad(
    "sv",
    "sms",
    "sms with 'idag' as its only date",
    FAST,
    MSB,
    undefined,
    "Vikhults kommun: Vattnet stängs av idag kl 13-16 på Åsvägen och Lyckevägen för att vi ska laga en läcka. Fyll dunkar innan. Frågor: 031-390 06 40",
  ),

  // ── impartial ───────────────────────────────────────────────────────────────────────────────────────────────────
  s.bad(
    "sv",
    "bulletin",
    "named contractor blamed before any investigation",
    ["impartial", "factual"],
    RF,
    "Avgrävd vattenledning i Solvik",
    "Vikhults kommun, torsdag 3 december 2026 kl. 11.20\n\nVid 08-tiden i morse grävdes huvudledningen för vatten av vid Solviks centrum. Cirka 250 hushåll i Solvik är utan vatten. Skadan orsakades av att entreprenören Brobergs Mark AB grävde utan att ha begärt ledningsanvisning.\n\nVi räknar med att reparationen är klar till kl. 18. Vattentank finns vid Solviks skola, Skolvägen 2. Ta med egen dunk.\n\nNästa uppdatering kommer kl. 14.\n\nVA-enheten, Vikhults kommun",
  ),
  s.bad(
    "en",
    "bulletin",
    "credit for the response given to the mayor by name",
    IMPARTIAL,
    RF,
    "Warming centers open during cold snap",
    "City of Lakemont Office of Emergency Management – December 7, 2026, 9:00 a.m.\n\nWith wind chills down to -25°F expected tonight and Tuesday night, three warming centers are open around the clock until Wednesday morning, December 9: Eastgate Recreation Center, 1200 Eastgate Avenue; Lakemont Public Library, 55 Court Street; and Fire Station 3, 870 North Road. Thanks to Mayor Dana Whitfield's quick leadership, the centers opened a full day earlier than last year.\n\nCall 3-1-1 for a free ride to any center. Bring your medicines, and bring your pets.\n\nThe next update will be posted at 5 p.m.\n\nLakemont Office of Emergency Management",
  ),
  s.bad(
    "sv",
    "bulletin",
    "outbreak tied to families of a named origin",
    IMPARTIAL,
    RF,
    "Fler fall av mässling i Hagaby",
    "Region Västerlinda, Smittskyddsenheten, tisdag 1 december 2026\n\nSedan förra veckan har sju personer i Hagaby insjuknat i mässling. Smittspridningen har främst skett bland familjer med ursprung i Östafrika som bor i området.\n\nMässling är mycket smittsamt. Kontrollera att du och dina barn har fått två doser vaccin; det står i ditt vaccinationskort eller på 1177.se. Vaccin ges kostnadsfritt på Hagaby vårdcentral utan tidsbokning, vardagar kl. 08–16. Får du feber, hosta och röda ögon – ring 1177 innan du åker till vården.\n\nNästa lägesrapport publiceras tisdag 8 december.\n\nMikael Dahl, smittskyddsläkare",
  ),
  s.bad(
    "en",
    "bulletin",
    "previous administration blamed in a boil notice",
    IMPARTIAL,
    RF,
    "Boil water notice for Westside",
    "Town of Elmhurst Ridge – Sunday, December 6, 2026, 7:00 p.m.\n\nA 60-year-old main on Westside Avenue broke this afternoon, and pressure dropped across the Westside neighborhood. Because low pressure can let bacteria into pipes, homes west of Route 4 should boil tap water for one minute before drinking or cooking with it. This main was one of many left unrepaired under the previous administration.\n\nThe notice stays in place until two days of clean test results; we expect the first results Tuesday evening. Free bottled water is at Westside Fire Station, 210 Westside Avenue, until 9 p.m. daily.\n\nNext update: Monday, December 7, at noon.\n\nMarcus Bell, Town Manager",
  ),
  s.bad(
    "sv",
    "bulletin",
    "one shop recommended in a boil notice",
    IMPARTIAL,
    RF,
    "Kokningsrekommendation i Norra Tallnäs",
    "Tallnäs kommun, fredag 4 december 2026 kl. 08.00\n\nEfter ett ledningsbrott i går kväll rekommenderar vi alla i Norra Tallnäs att koka dricksvattnet. Koka vatten som du ska dricka, laga mat med eller borsta tänderna med. Rekommendationen gäller tills provsvaren visar att vattnet är rent. Provsvaren väntas måndag 7 december.\n\nBehöver du flaskvatten rekommenderar vi Handlarn Norra Tallnäs på Torggatan, som har fått extra leveranser och har öppet till kl. 22 i helgen.\n\nNästa uppdatering kommer lördag 5 december kl. 12.\n\nMaria Öhman, VA-chef",
  ),
  s.bad(
    "en",
    "bulletin",
    "residents blamed for putting rescuers at risk",
    IMPARTIAL,
    RF,
    "Evacuation order remains for Birch Flats",
    "Harlow Creek County Sheriff's Office – December 5, 2026, 6:45 p.m.\n\nThe evacuation order for Birch Flats remains in effect as Harlow Creek continues to rise. Water is over the road at Birch Flats Lane and the low bridge.\n\nSome homeowners in Birch Flats chose to ignore this morning's order, and that choice is now putting our deputies and rescue crews at risk. Anyone still in the area should leave now by Ridge Road to the reception center at Harlow Creek Middle School, 400 Ridge Road. If you cannot leave safely, call 911.\n\nNext update at 10 p.m.\n\nKyle Dawson, Public Information Officer",
  ),
  s.bad(
    "sv",
    "bulletin",
    "credit for backup power given to a named party politician",
    IMPARTIAL,
    RF,
    "Reservkraften höll värmen på äldreboendena",
    "Stensjö kommun, lördag 5 december 2026 kl. 17.00\n\nElavbrottet i Stensjö är avhjälpt och alla hushåll har haft ström igen sedan kl. 15.40. Under avbrottet fungerade reservkraften på kommunens fyra äldreboenden. Tack vare kommunstyrelsens ordförande Lena Brink (S), som tidigt drev frågan om reservkraft, kunde de boende hålla värmen hela natten.\n\nHar du frysvaror som har tinat helt ska du inte frysa in dem igen. Släng kylvaror som varit varmare än 8 grader i mer än två timmar.\n\nDetta är den sista uppdateringen om elavbrottet.\n\nKommunikationsenheten, Stensjö kommun",
  ),

  // ── audienceAdapted ─────────────────────────────────────────────────────────────────────────────────────────────
  s.bad(
    "sv",
    "bulletin",
    "bureaucratic passive Swedish with unexplained terms",
    ADAPTED,
    KLAR,
    "Meddelande avseende dricksvattenkvalitet inom verksamhetsområde Lillåsen",
    "Vikhults kommun, VA-huvudmannen, tisdag 1 december 2026 kl. 15.00\n\nMed anledning av konstaterad förekomst av koliforma bakterier i samband med ordinarie provtagning inom verksamhetsområdet erinras abonnenterna om att förtäring av ledningsvatten ej bör ske utan föregående kokning. Iakttagande av rekommendationen bör ske till dess att tjänliga provsvar erhållits vid två på varandra följande provtillfällen. Tillhandahållande av dricksvatten sker via vattentank vid Lillåsens skola.\n\nNästa meddelande lämnas torsdag 3 december kl. 12.\n\nUlf Sandberg, driftchef",
  ),
  s.bad(
    "en",
    "bulletin",
    "utility jargon and unexplained acronyms",
    ADAPTED,
    PLAIN,
    "Precautionary BWA – Zone 4",
    "Greyson Valley Water Authority – December 3, 2026, 6:00 p.m.\n\nFollowing a PRV failure at the Hawthorne station, Zone 4 experienced a loss of positive pressure below 20 psi, creating a potential cross-connection and backsiphonage risk. Per primacy agency requirements, a precautionary BWA has been issued for all Zone 4 service connections pending two consecutive sets of satisfactory bacteriological samples (total coliform absent).\n\nCustomers should boil water for one minute before consumption or use bottled water.\n\nNext update: December 4, 6:00 p.m.\n\nGVWA Operations",
  ),
  s.bad(
    "en",
    "sms",
    "all-caps text over one segment, full of abbreviations",
    ADAPTED,
    PLAIN,
    undefined,
    "MARROW CO EM 12/7 0615: HWY 14 CLSD MM 22-31 DUE TO ICE, ALT RTE VIA CR 9 & CR 12. WARMING CTR OPEN @ HASKELL HS 300 SCHOOL ST 24/7 THRU WED. PWR OUT EST 9K MBRS, ETR TBD PER MEC. AVOID DOWNED LINES, RPT TO 911. NXT UPD 1200. INFO: MARROWCOUNTY.GOV/EM",
  ),
  s.bad(
    "en",
    "bulletin",
    "English notice that points only to Swedish-language sources",
    ADAPTED,
    MSB,
    "Important information for visitors: forest fire near Tallnäs",
    "Tallnäs Municipality, Saturday 1 August 2026, 16:20\n\nA forest fire is burning north of Tallnäs camping. The rescue service has evacuated the campsite and the road to Tallnäs beach is closed. If you are staying at the campsite, go to Tallnäs sports hall, Idrottsvägen 5, where staff will register you and help you find somewhere to stay.\n\nFor more information and updates, listen to Sveriges Radio P4 Norrland or read the municipality's news page in Swedish. The next update will be broadcast on P4 at 18:00.\n\nTallnäs Municipality, Crisis Management Team",
  ),
  s.bad(
    "en",
    "bulletin",
    "life-safety action buried after background",
    ADAPTED,
    PLAIN,
    "Update on the Kettle Road water treatment plant incident",
    "Pinebrook Township Emergency Management – Monday, December 7, 2026, 2:10 p.m.\n\nThe Kettle Road water treatment plant was built in 1978 and serves about 14,000 residents. In 2019 the township replaced its chlorine storage building and upgraded the plant's alarm system with support from a state infrastructure grant. At about 1:30 p.m. today, a valve on a chlorine cylinder failed during a scheduled delivery. Plant staff activated the emergency shutoff, and the fire department and a regional hazardous materials team are on scene. Chlorine gas is heavier than air and can irritate the eyes, nose and lungs.\n\nThe next update will be at 3:30 p.m.\n\nIf you live or work within half a mile of the plant, go indoors now, close all windows and doors, and turn off heating and air systems until we give the all-clear.\n\nGail Morrison, Township Emergency Management Coordinator",
  ),
  s.bad(
    "sv",
    "social",
    "one 80-word sentence in a post",
    ADAPTED,
    KLAR,
    undefined,
    "Tallnäs kommun, måndag 7 december 2026 kl. 12.30: Med anledning av det kraftiga snöfallet som enligt SMHI:s prognos väntas fortsätta under eftermiddagen och kvällen och som redan har lett till att flera av kommunens gator och gång- och cykelvägar i centrala Tallnäs och Norrhagen är svårframkomliga vill vi uppmana alla som inte måste ut att stanna hemma och alla som måste köra bil att hålla nere farten och ställa bilen på tomten eller på kommunens infartsparkeringar så att plogbilarna kan komma fram, och vi återkommer med en uppdatering kl. 17. /Gatuenheten",
  ),
  s.bad(
    "sv",
    "bulletin",
    "jokes and idioms in a storm warning",
    ADAPTED,
    KLAR,
    "Stormen Greta – håll i hatten!",
    "Stensjö kommun, söndag 6 december 2026 kl. 10.00\n\nNu är det dags att hålla i hatten – och i studsmattan! SMHI har utfärdat orange varning för mycket hårda vindbyar i Stensjö från kl. 18 i kväll till kl. 06 måndag morgon. Det kommer att blåsa liv i luckan ordentligt och risken för nedfallna träd och elavbrott är stor, så ladda mobilen och leta fram ficklampan innan det drar i gång på riktigt.\n\nGå inte ut i skogen under natten. Ring 112 vid fara för liv, annars kommunens växel 031-390 06 70.\n\nNästa uppdatering kommer kl. 16.\n\nKrisledningen, Stensjö kommun",
  ),
];
