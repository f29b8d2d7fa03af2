import type { EvalMessage, Principle } from "./types.js";

/**
 * Extra evaluation items for the crisis-message checklist, written without reading the
 * checklist code or the existing corpus (blind), to test how general the checklist is.
 *
 * GOOD_EXTRA: real public messages published by authorities about a specific incident,
 * found by searching a stored copy of public web pages. Navigation and unrelated page parts
 * are removed and long pages cut to the message core; the authority's own sentences are kept.
 * Where the text reached the web through a newspaper or aggregator, the source names both.
 * `mustFlag` is empty.
 *
 * BAD_EXTRA: flawed messages written for this corpus (not real publications), imitating a
 * hurried municipal officer. Several are long and mostly sound, with one serious flaw hidden
 * among good content. `source` names the guidance the flaw goes against, `pattern` the failure
 * pattern and `mustFlag` the principles a competent crisis communicator would send it back for.
 */

/** Message kind, plus "press" = a bulletin sent out on the press channel. */
type Kind = EvalMessage["input"]["kind"] | "press";

function makeInput(kind: Kind, language: "sv" | "en", title: string | undefined, body: string): EvalMessage["input"] {
  const realKind: EvalMessage["input"]["kind"] = kind === "press" ? "bulletin" : kind;
  const channels: EvalMessage["input"]["channels"] =
    kind === "press" ? ["press"] : kind === "sms" ? ["sms"] : kind === "social" ? ["social"] : ["web"];
  const input: EvalMessage["input"] = { kind: realKind, body, language, channels };
  if (title !== undefined) input.title = title;
  return input;
}

function real(
  id: string,
  language: "sv" | "en",
  title: string | undefined,
  body: string,
  source: string,
  kind: Kind = "bulletin",
): EvalMessage {
  return { id, input: makeInput(kind, language, title, body), source, mustFlag: [] };
}

function flawed(
  id: string,
  language: "sv" | "en",
  kind: Kind,
  title: string | undefined,
  body: string,
  pattern: string,
  mustFlag: Principle[],
  source: string,
): EvalMessage {
  return { id, input: makeInput(kind, language, title, body), source, pattern, mustFlag };
}

const G_CERC =
  "CDC, Crisis and Emergency Risk Communication (CERC) manual, 2018 (https://emergency.cdc.gov/cerc/manual/index.asp)";
const G_MSB = "MSB, Kriskommunikation – vägledning för kommuner och myndigheter (https://www.msb.se/kriskommunikation)";
const G_KRIS =
  "Krisinformation.se: publicera bara bekräftad information från ansvarig aktör (https://www.krisinformation.se/om-krisinformation)";
const G_KLAR = "Språkrådet/Isof, Klarspråk, och språklagen (2009:600) 11 § (https://www.isof.se/klarsprak)";
const G_DEBUNK =
  "Lewandowsky m.fl., The Debunking Handbook 2020 – fact first, myth once (https://www.climatechangecommunication.org/debunking-handbook-2020/)";
const G_OPART =
  "Regeringsformen 1 kap. 9 § (saklighet och opartiskhet) och MSB, Kriskommunikation (https://www.msb.se/kriskommunikation)";

export const GOOD_EXTRA: EvalMessage[] = [
  real(
    "xgood-sv-001",
    "sv",
    "Begränsad service med anledning av ovädret",
    `Krokoms kommun har fattat beslut om att stänga samtliga skolor i två dagar med anledning av det annalkande ovädret. Förskolor och fritids kommer hålla öppet för barn till föräldrar med samhällsviktiga arbeten.

– Vi tar höjd för ett värsta scenario och har i första skedet bestämt oss för att stänga skolorna under onsdag och torsdag. Ytterligare information kommer efter hand om nya beslut fattas, säger Jonas Törngren.

Från och med onsdag väntas ett kraftigt oväder dra in över länet och SMHI har utfärdat en varning för stora delar av Jämtlands län. Mot bakgrund av detta har Krokoms kommun fattat följande beslut:
- Samtliga skolor är stängda onsdag och torsdag.
- Förskolor och fritids håller öppet för barn till föräldrar med samhällsviktiga arbeten.
- Enbart nödvändiga insatser kommer göras av hemtjänsten under perioden onsdag till söndag.
- Sophämtning och slamtömning kan med kort varsel utebli.
- Receptionen i kommunhuset i Krokom är obemannad 12 och 13 januari men växeln är öppen som vanligt.`,
    "https://krokom.se/funktioner/viktig-information/2022-01-11-begransad-service-med-anledning-av-ovadret.html (Krokoms kommun, 2022-01-11)",
  ),

  real(
    "xgood-sv-002",
    "sv",
    "Utdelning av sandsäckar",
    `Det förväntas stora mängder regn de närmaste dagarna. SMHI har tidigare i veckan varnat för höga vattenflöden i Säveån. Risken är stor att vattennivån i Säveån och andra vattendrag fortsätter att stiga. För boende i riskområden finns nu möjlighet att hämta ut säckar och sand för att skydda hus från inträngande vatten.

Sand och säckar finns att hämta för boende i Lerums kommun inne på gamla reningsverkets område vid Aspedalens pendelstation. Det är skyltat från grinden och öppet vardagar kl. 7.00 till 16.00. Spade finns att låna.

Under de närmsta dagarna kommer kommunens personal att följa utvecklingen och åka till utsatta platser för att, om så behövs, genomföra kompletterande åtgärder. Tänk på att du kan underlätta för dagvattnet genom att rensa undan löv och skräp från avloppsgaller.`,
    "https://www.lerum.se/Kommun-och-politik/Nyhetsarkiv/fortsatt-hoga-vattenfloden/ (Lerums kommun, 2020-02-19)",
  ),

  real(
    "xgood-sv-003",
    "sv",
    "Kokningsrekommendationen upphör i Boxholms kommun",
    `Kvalitén är normal.

Boxholms kommun har hävt kokningsrekommendationen i Boxholms kommun. Resultatet av de vattenprover som tagits visar att kvaliteten på dricksvattnet är normal. Dricksvattnet behöver inte längre kokas och kan nu användas som vanligt.

(13/8 inträffade en vattenläcka i Tranås, av säkerhetsskäl gick Boxholms kommun ut med samma rekommendation som Tranås kommun, att koka vattnet innan användning. Anledningen är att vi har gemensam vattentäkt.)`,
    "https://www.boxholm.se/nyhetsarkiv/kokningsrekommendationenupphoriboxholmskommun.5.7fab334916c700759a59b1b5.html (Boxholms kommun)",
  ),

  real(
    "xgood-sv-004",
    "sv",
    "Kokningsrekommendation för hushåll i Nävekvarn, Koppartorp, Buskhyttan och Skeppsvik",
    `Alla som bor i Nävekvarn, Koppartorp, Buskhyttan och Skeppsvik rekommenderas att koka allt vatten som används till dryck och matlagning.

Med anledning av att en större vattenledning gick sönder under måndagen 6 oktober behöver allt vatten från ledningen kokas. Vattenledningen lagades sent måndag kväll.

Enligt rutin vid den här typen av avbrott på vattenledningen tas vattenprover och i väntan på provsvaren rekommenderas hushållen att koka allt vatten som ska användas till dryck och matlagning. Detta är en försiktighetsåtgärd. Vattnet är ofarligt när det kokats upp så att det bubblar kraftigt.

Kommer det att placeras ut vattentankar?
Nej, inga nödvattentankar placeras i tätorterna i nuläget. Vattnet kan användas som vanligt så länge det kokas ordentligt.

Så här kokar du dricksvatten
- Koka upp vattnet i en kastrull eller vattenkokare tills det bubblar kraftigt. Bakterier, virus och parasiter dör när vattnet kokas.
- Häll upp det kokta dricksvattnet i väl rengjord kanna, flaska eller annan behållare och låt det svalna. Låt vattnet stå i rumstemperatur eller svalare, gärna i kylskåpet.
Kokt dricksvatten kan användas till
- blanda saft eller andra drycker med vatten
- brygga kaffe, eftersom kaffebryggaren inte värmer dricksvattnet tills det kokar
- göra is
- skölja frukt och grönsaker som inte kokas
- borsta tänderna`,
    "https://www.nykoping.se/link/fadca516795d4837a01876b826cdcace.aspx (Nyköpings kommun)",
  ),

  real(
    "xgood-sv-005",
    "sv",
    "Trygghetslarmen i funktion igen",
    `Under natten har trygghetslarmen i Storfors kommun kommit igång igen. Larmföretaget meddelar dock att det fungerar med en viss fördröjning.

Under gårdagen drabbade ett avbrott trygghetslarmen för kunder i ett stort antal kommuner i Sverige. I Storfors säkerställdes tryggheten genom extra kontakt med larmkunderna, och man kommer även under fredagen att följa upp hur natten fungerat.

Larmen går nu via en central enhet i Malmö varför det blir några minuters fördröjning när man larmar, men larmen ska alltså gå fram till hemtjänsten. Men systemet är just nu sårbart och man ber alla kunder att inte provlarma.`,
    "https://www.storfors.se/vardochstod/nyhetsarkivstodochomsorg/nyheterstodoomsorg/trygghetslarmenifunktionigen.5.6a36f14718708262cd38e12.html (Storfors kommun)",
  ),

  real(
    "xgood-sv-006",
    "sv",
    "Stora problem med telefonin",
    `Det går inte att ringa in till Landstinget Dalarna just nu. Felsökning pågår, och det finns ingen prognos för hur länge problemen kommer att kvarstå.

– Allmänheten kan ringa 1177, men vi uppmanar till att vänta med att höra av sig med frågor som inte är akuta eller brådskande, säger Karin Stikå Mjöberg, landstingsdirektör.

Sedan 08.45 idag går det inte att ringa in eller ut från Landstinget Dalarna. Operatören har stora problem med telefonin och flera andra myndigheter är drabbade, bland annat Region Västmanland.

Internt, inom Landstinget Dalarna, går det att ringa. Telefoni som inte är kopplad via växeln, fast telefoni och larmknappar fungerar. Reservrutiner för telefoni gäller för Landstinget Dalarnas verksamheter.`,
    "http://www.ltdalarna.se/Om-landstinget/Press-och-media/Nyheter/Stora-problem-med-telefonin/ (Landstinget Dalarna, 2018-03-05)",
  ),

  real(
    "xgood-sv-007",
    "sv",
    "Planerat arbete med läcksökning i Alsterbro, Skoghult och Kråksmåla",
    `Uppdatering 2018-01-24: Läckan är nu lokaliserad. Reparationsarbetet påbörjas på tisdag 30/1.

Uppdatering 2018-01-22, 10:00: Efter läcksökningen i natt har vi nu en ganska bra koll på var vattenläckan befinner sig. För att ta reda på det mer exakt kommer läcksökningen att fortsätta även under morgondagen (tisdag 23 januari). Vi räknar med att ingen ska behöva bli av med vattnet under läcksökningen.

I samband med reparationsarbeten eller stora vattenuttag kan rost och andra avlagringar lossna från ledningarna. Då blir vattnet brunt och ibland kan man se synliga partiklar. Det ser oaptitligt ut men är normalt inte farligt att dricka. Spola i kranen en stund så brukar det försvinna. Undvik vittvätt tills vattnet är klart igen.`,
    "https://nybroenergi.se/driftinformation/planerat-arbete-med-lacksokning-i-alsterbro-skoghult-och-kraksmala/ (Nybro Energi, kommunalt bolag, januari 2018)",
  ),

  real(
    "xgood-sv-008",
    "sv",
    "Kommunen har inte tillgång till sandsäckar",
    `Eslövs kommun får frågor från fastighetsägare om möjligheten att använda sandsäckar för att stoppa vattnet.

Kommunen har kontakt med Länsstyrelsen och MSB, Myndigheten för samhällsskydd och beredskap.

Kommunen har inget eget förstärkningsmaterial och svaret från MSB är att sandsäckar och liknande inte får lämnas ut till privatpersoner då det behövs för att skydda samhällsviktig verksamhet och nationell infrastruktur. Det vill säga att skolor, vård- och omsorgsboenden, större vägar, järnvägar och liknande ska skyddas i första hand.`,
    "https://eslov.se/nyheter/kommunen-har-inte-tillgang-till-sandsackar/ (Eslövs kommun)",
  ),

  real(
    "xgood-sv-009",
    "sv",
    "Myndighetsmeddelande: Rökutveckling Botkyrka och närliggande kommuner",
    `Det pågår en brand i avfallsupplag i Kagghamra i Botkyrka kommun. Räddningstjänsten är på plats. Brandröken driver med vinden och kan uppfattas flera kilometer från platsen.

Tidvis begränsning av framkomligheten på väg 225 förbi platsen kan förekomma.

Information om händelsens utveckling finner du i vårt nyhetsflöde www.sbff.se/aktuellt

I nödsituation ring 112.`,
    "https://www.sbff.se/hem--fritid/om-olyckan-ar-framme/112/ (Södertörns brandförsvarsförbund)",
  ),

  real(
    "xgood-sv-010",
    "sv",
    "Lägesbild 2018-08-01 kl 18:00",
    `Situationen i de tre brandområdena är fortsatt under kontroll. Detta innebär dock inte att branden är släckt utan att den bedöms inte kunna sprida sig.

De insatser som genomförts för att begränsa och släcka bränderna har haft effekt, men det återstår mycket omfattande insatser. Arbetet med att systematiskt bekämpa bränderna sker nu främst på marken, med helikoptrar som komplement.

Under gårdagen fattade Länsstyrelsen ett nytt beslut angående de avspärrade området. Detta innebar att boende i Enskogen, Laforsen samt Strandbodarna och Lindskog i Kårböle får återvända till sina hem.

Beslutet grundas på att räddningstjänsten säkerställt att vägarna i området inte innebär en risk att färdas på (för aktuell trafikinformation, se Trafikverkets hemsida) och att allmänhetens användande av vägarna inte kommer hindra de räddningsinsatser som fortfarande genomförs.`,
    "https://www.ljusdal.se/samhallegator/krisochsakerhet/arkiveradesidor/nyhetsarkivkrisinformationbranden/lagesbild20180801kl1800.5.7259f893164f281f9826b447.html (Ljusdals kommun, 2018-08-01)",
  ),

  real(
    "xgood-sv-011",
    "sv",
    "Höga flöden i Dalälven",
    `SMHI har utfärdat en orange varning för höga flöden i Dalälven, från Säter till Skutskär.

Uppdatering 16 augusti kl 17.30
SMHIs orange varning för höga flöden gäller tills vidare. Vi följer utvecklingen, inspekterar regelbundet områden som är särskilt utsatta vid höga flöden och samverkar med Länsstyrelsen, berörda kommuner och aktörer.

Det är mycket höga strömhastigheter i vattendragen och vi avråder därför starkt från bad. Det gäller framför allt de kommunala badplatserna vid Simstadion och Kullen i Skutskär, samt vid Nygård i Älvkarleö. Underskatta aldrig vattnets kraft och var försiktig oavsett var du badar och när du vistas i direkt närhet till vattendrag. De höga flödena kan även orsaka risk för underminering och skred. Var uppmärksam på att förutsättningarna kan ändras snabbt.

Som fastighetsägare har du ansvar för att skydda din egendom. Titta gärna till fritidshus som ligger nära vatten, och se till att förtöjningar är anpassade till vattenståndet. Flytta undan t ex virke och annat som ligger på marken så att det ligger torrt och tryggt även om vattnet stiger.`,
    "https://www.alvkarleby.se/kommun-och-politik/press--och-informationsmaterial/nyhetsarkiv/nyhetsarkiv/2023-08-14-hoga-floden-i-dalalven.html (Älvkarleby kommun, 2023-08-16)",
  ),

  real(
    "xgood-sv-012",
    "sv",
    "Mycket höga flöden i Hedströmmen kan orsaka översvämningar",
    `SMHI har utfärdat orange varning för höga flöden i Hedströmmen. Varningen gäller den 13 - 16 augusti. De höga flödena kan orsaka översvämningar och göra vattnet mycket strömt.

Efter helgens kraftiga regn har vattenflödet i Hedströmmen blivit mycket högt och SMHI har utfärdat en orange varning. En orange varning innebär allvarliga konsekvenser för samhället och när det gäller Hedströmmen finns risk för översvämningar och mycket strömt vatten. Undvik att vistas i närheten av vattnet.

Tänk på att viadukter, gångvägar och andra låga ytor kan vara översvämmade. Försök inte att vada genom dessa. Välj en annan väg om möjligt och var vänlig göra en felanmälan till VME.`,
    "https://koping.se/nyheter/2023-08-21-mycket-hoga-floden-i-hedstrommen-kan-orsaka-oversvamningar.html (Köpings kommun, augusti 2023)",
  ),

  real(
    "xgood-sv-013",
    "sv",
    "Vatten på vägen i centralorten",
    `Vårflodens höga flöden 2024 har gjort att gång- och cykelvägar i centralorten har svämmat över.
- Norra Grelsbyvägen har därför öppnats för genomfartstrafik mot Svartbyn tills att vattnet sjunker igen.
- Vatten på vägen finns även i korsningen Skolgatan/Brännabergsvägen.

Överkalix kommun uppmanar därför till försiktighet och att visa hänsyn till medtrafikanter.

Överkalix kommun arbetar enligt fastställda rutiner för att säkra kommunala fastigheter och verksamheter och för att hålla nere nivåerna i avloppsnätet. Mer information om vattenläget hittar du på följande sidor:
Aktuella vädervarningar, smhi.se
Hydrologiskt nuläge | SMHI - Vattenwebb
Trafikverket.se
Trafiknyheter, P4 Norrbotten
Information från Överkalix kommun på sidan: Höga flöden`,
    "https://www.overkalix.se/nyheter/2024/05/vatten-pa-vagen-i-centralorten/ (Överkalix kommun, 2024-05-20)",
  ),

  real(
    "xgood-sv-014",
    "sv",
    "Respektera avspärrningar och vårfloden",
    `Flera gång- och cykelvägar är avspärrade på grund av vårfloden och vi har höga flöden och nivåer i våra vattendrag. Vägar och kanter kan spolas bort och ramlar man i det strömmande vattnet så är det svårt att ta sig upp. Det är heller ingen lekplats för barn.

– Vi vill gå ut med en uppmaning till folk att respektera avspärrningarna och inte låta barn leka vid det forsande vattnet. Avspärrningarna finns där för en orsak och det är för att skydda människor på ställen där exempelvis gatan kan bli bortspolad, säger Jan-Åke Holmdahl, vattensamordnare och tf säkerhetschef.

I Falu kommuns vattendrag pågår vårfloden för fullt och kommer att göra så flera veckor framåt, även om flödena på många ställen nu minskar. Vi väntar också fortfarande på fjällvattnet ner till Runn som kan orsaka översvämning, och trycka upp vatten i Tisken och Faluån.

Ser du någon skada på vägar orsakad av vårfloden så får du gärna höra av dig till kommunen. På telefonnummer 023-823 45 kan du ställa frågor och lämna tips så länge vårfloden pågår.`,
    "https://www.falun.se/trafik--resor/nyhetsarkiv---trafik-och-resor/trafik--resor/2018-04-26-respektera-avsparrningar-och-varfloden.html (Falu kommun, 2018-04-26)",
  ),

  real(
    "xgood-sv-015",
    "sv",
    "Eldningsförbud",
    `Risken för bränder i skog och mark är mycket stor. Därför har Länsstyrelsen beslutat att det från och med tisdag 6 juni klockan 8 råder eldningsförbud i länets samtliga kommuner.

Eldningsförbudet innebär att
- du inte får elda i skog och mark utanför sammanhållen bebyggelse.
- du får grilla eller laga mat på iordningsställda platser utformade så att faran för brandspridning är låg.
- du får grilla eller laga mat på egen tomt eller utanför flerbostadshus (om hyresvärden tillåter).

Den som bryter mot eldningsförbudet gör sig skyldig till brott och kan stå till svars i enlighet med lagen om skydd mot olyckor. Undantag från förbudet kan i särskilda fall medges av Länsstyrelsen i samråd med räddningstjänsten.

Läs mer information om eldningsförbudet och svar på vanliga frågor på lansstyrelsen.se/orebro.`,
    "https://hellefors.se/12797.html (Hällefors kommun, om Länsstyrelsen Örebro läns beslut)",
  ),

  real(
    "xgood-sv-016",
    "sv",
    "Länsstyrelsen upphäver eldningsförbudet fr o m 2019-08-05 kl 13:00",
    `Med anledning av fuktigare väderlek hävs eldningsförbudet fr o m idag.

Med fallande temperaturer och nederbörd minskar risken för bränder i skog och mark varför länsstyrelsen på inrådan från länets räddningstjänster fattat beslut att häva eldningsförbudet som gällt sedan 26 juli. Vi vill tacka alla medborgare som respekterat beslutet, det är en av anledningarna till att vi faktiskt inte haft särskilt många markbränder den gångna tiden.`,
    "https://www.sbff.se/aktuellt/eldningsforbud-upphavs-2019-08-05/ (Södertörns brandförsvarsförbund, 2019-08-05)",
  ),

  real(
    "xgood-sv-017",
    "sv",
    "Eldning avrådes från och med 23 juli",
    `Eldning avrådes gäller från och med den 23 juli klockan 13.00. Det varma och torra vädret ger en ökad brandrisk i skog och mark och risken för gräsbränder är mycket hög. En eld som sprider gnistor kan snabbt övergå i en okontrollerad brand.

Bedömningen är gjord utifrån SMHI:s prognosunderlag och i samråd mellan räddningstjänsterna.`,
    "https://www.sodertalje.se/nyheter/eldning-avrades-fran-och-med-23-juli/ (Södertälje kommun, 2020-07-24)",
  ),

  real(
    "xgood-sv-018",
    "sv",
    "Många hushåll utan el och dricksvatten efter stormen",
    `Uppdatering 8/1 kl 14.45: Återställandet av elnätet kommer ta upp till två veckor meddelar Vattenfall. Tänk på att det är förenat med stor fara att röra sig i terrängen i stormdrabbade områden. Gå inte nära elledningar som ligger på marken då de kan vara strömförande. Försök inte själv att ta bort träd som blåst ner över elledningar utan anmäl detta till elnätföretaget.

Ursprunglig text:
Efter stormen Alfrida har ett stort antal hushåll drabbats av strömavbrott. Detta framför allt i Stockholms och Uppsala län samt på Gotland. Skadorna på elnätet efter stormen är omfattande och det kommer att ta lång tid att reparera.

I de drabbade områdena har några kommuner öppnat värmestugor. Där kan man hämta dricksvatten, ladda mobilen, eller värma sig tillfälligt. På många håll påverkar strömavbrottet även telefonin och tillgången till dricksvatten. Kommunerna har ordnat med tappställen där man kan hämta dricksvatten och flera elnätsföretag har öppnat lokala informationscenter för frågor om avbrottet.

Om du har frågor om avbrottet, vänd dig till ditt elnätsföretag.`,
    "https://www.krisinformation.se/nyheter/2019/januari/myndigheterna-om-storningarna-efter-stormen-alfrida (Krisinformation.se, januari 2019; källor Eon, Vattenfall, Värmdö kommun, Region Gotland)",
  ),

  real(
    "xgood-sv-019",
    "sv",
    "Hög belastning på räddningstjänsten",
    `På grund av väderläget är räddningstjänsten mycket ansträngda. De kommer därför behöva prioritera livräddande insatser och allmännytta.

Det kan innebära att de inte kan åka på larm om till exempel översvämningar i privatbostäder.`,
    "https://harnosand.se/kommun--styrning/nyheter-fran-kommun--styrning/nyheter-fran-kommun--styrning/2023-11-04-hog-belastning-pa-raddningstjansten.html (Härnösands kommun, 2023-11-04)",
    "social",
  ),

  real(
    "xgood-sv-020",
    "sv",
    "Översvämningar juli 2024",
    `Under de senaste dagarna har det kommit mycket stora mängder regn på kort tid, detta har lett till översvämningar på flera håll i kommunen. Vid översvämningar ligger kommunens och räddningstjänstens fokus i första hand på att säkra samhällsviktiga funktioner och framkomligheten på större vägar. Det kan därför dröja lite innan andra ytor såsom mindre vägar, parkområden och gång- och cykelbanor är helt återställda.

Felanmälningar kopplade till översvämningarna görs via kommunens formulär för felanmälan. Vi får just nu in många anmälningar gällande överfulla och igensatta brunnar. Detta är ingenting vi kan åtgärda för tillfället då dagvattennätet är överfullt, allteftersom vattnet drar sig undan kommer brunnarna återigen kunna ta emot vatten.`,
    "https://www.linkoping.se/kommun-och-politik/trygghet-sakerhet-och-krisberedskap/sakerhet-och-krisberedskap/risker-i-linkopings-kommun/tips-vid-skyfall/ (Linköpings kommun, juli 2024)",
  ),

  real(
    "xgood-sv-021",
    "sv",
    "Beträffande branden på Dahlborgsgatan 9",
    `Inga personer är allvarligt skadade och alla är evakuerade. Sanering är påbörjad och inventering pågår för att identifiera vilka lägenheter som det finns möjlighet att flytta in i och när det i så fall kan ske.

För hyresgäster på Dahlborgsgatan 9 finns idag lördag viss service på Harlekin, där det är öppet så länge behov finns.

Boende ombeds kontakta sitt hemförsäkringsbolag för information hur försäkringsbolaget täcker skadan. Om hemförsäkring inte finns kontaktas socialtjänsten på 0481-451 99 eller 0481-451 50.

Väktare kommer finnas på plats för att garantera att inga obehöriga tar sig in.`,
    "http://nbab.se/betraffande-branden-pa-dahlborgsgatan-9/ (Nybro Bostads AB, kommunalt bostadsbolag)",
  ),

  real(
    "xgood-sv-022",
    "sv",
    "Höga flöden i våra sjösystem",
    `Under helgens nederbörd ökade nivåerna med 50 cm. Nivåerna idag har sakta vänt nedåt.

Det har lett till höga nivåer i våra sjösystem. Mest har gångstråken påverkats. Under dagen har vi troligen nått högsta nivån, för nu har trenden vänt och sakta har vattennivån börjat sjunka.

Frågor kontakta: Tommy Lindvall, Disa Kristinsdottir.`,
    "https://www.boden.se/nyheter/2019/hoga-floden-i-vara-sjosystem (Bodens kommun, 2019-05-15)",
  ),

  real(
    "xgood-sv-023",
    "sv",
    "Högt vatten stänger delar av Umeleden",
    `Umeå kommun har stängt av två delar av gång- och cykelvägen Umeleden på grund av högt vatten i Umeälven: Notvarpsbron - Baggböle Herrgård och Backens kyrka - Stomdalsbacken.

Notvarpsbron - Baggböle Herrgård: Avstängning av sträckan mellan Notvarpsbron och uppströms till Baggböle Herrgård. Forsen stänker in över gång- och cykelvägen och vissa tecken på erosion i vägbanken är synliga. Prognosen är att flödet kommer att öka något under veckan med högre vattennivåer som följd. Risk för översköljning av gång- och cykelväg eller ytterligare erodering och eventuell fara för trafikanter kan inte uteslutas.

Backens kyrka - Stomdalsbacken: Avstängning av sträckan mellan Backens kyrka och uppströms till Stomdalsbacken. Gång- och cykelvägen ligger till delar under vatten med ett största djup om 20 cm och är således inte framkomlig. Prognosen är att vattennivån kommer att stiga ytterligare under veckan.

Avspärrningarna utgörs av bockar med varningsskyltar och gäller tillsvidare.

– Vi uppmanar allmänheten att respektera avspärrningarna, säger Henrik Östlund, räddningschef i beredskap.`,
    "https://sverigesradio.se/artikel/3722398 (Umeå kommun, pressmeddelande återgivet av Sveriges Radio P4 Västerbotten)",
  ),

  real(
    "xgood-en-024",
    "en",
    "Saturday, December 11, 2021 – HWY 53 Area",
    `POWER RESTORED AT 10:20 A.M.
Date: Saturday, December 11, 2021
Locations: HWY 53, areas above McDonald Road.
Time Off: 4:56 a.m.
Estimated Restoration Time: Unknown at this time.
Cause: Wind, trees
Customers Affected: 106
Status as of:
10:20 a.m.: Power restored.
5:15 a.m.: A crew is responding to troubleshoot issues and make repairs to restore power to the area.
Updates will be provided as soon as possible.`,
    "https://www.tpud.org/2021/12/saturday-december-11-2021-hwy-53-area/ (Tillamook People's Utility District, 2021-12-11)",
  ),

  real(
    "xgood-en-025",
    "en",
    "Boil Advisory Continues",
    `Following Thursday's water main break and subsequent system shut-down for repairs, crews spent the weekend flushing the system. Following state drinking water guidelines, before the boil advisory can be lifted, two water samples must be taken 24 hours apart and sent to a lab to be tested for total coliform/E.coli. Results take approximately 24 hours each. If both samples are negative, the earliest the boil advisory could be lifted is late Wednesday.

We appreciate your patience during this process. We realize it is inconvenient but we must follow state guidelines in making sure we are providing water that is safe for consumption.`,
    "https://townofculver.org/notices/boil-advisory-continues/ (Town of Culver, Indiana)",
  ),

  real(
    "xgood-en-026",
    "en",
    "Important public announcement for Enskogen in Gävleborg",
    `The important public announcement for Kårböle from July 17 to go inside and close doors, windows and vents has been revoked. However, the important public announcement regarding the evacuation of the same area remains in place. (Update July 22 at 21:35).

Original message: All those living in Enskogen in Ljusdal, Gävleborg, should evacuate as wildfire is spreading fast.`,
    "https://www.krisinformation.se/english/news-in-english/old-news-in-english/important-notice-to-the-public-in-enskogen-in-gavleborg (Krisinformation.se, July 2018)",
  ),

  real(
    "xgood-en-027",
    "en",
    "Boil Advisory | 401-415 Haven Way | LIFTED",
    `UPDATE (Sept. 17, 2020): The boil water advisory is lifted.

BOIL WATER ADVISORY, 401-415 Haven Way, September 16, 2020
UPDATE (11:57 a.m.): The water main is repaired. Residents will experience low water pressure until it builds back up. Boil water advisory is still in effect. Affected residents will be hand delivered notices when the advisory is lifted.

A water main break in the 400-block of Haven Way caused water pressure to drop to dangerously low levels. A potential health hazard may exist in these areas of zero pressure from backflow and/or back-siphonage of water of unknown quality into the water distribution system.

In order to protect the public from a potential health hazard, all citizens that have experienced water outages and/or low water pressures are advised to "boil" all water prior to use for drinking, cooking, or preparing baby food. The water should be boiled for at least one minute after reaching a rolling boil.

The advisory will be active approximately 24 hours for testing to be completed. Notices will be hand delivered to affected residents.`,
    "https://perry-ga.gov/news/boil-advisory-401-415-haven-way-lifted (City of Perry, Georgia, 2020-09-16/17)",
  ),

  real(
    "xgood-en-028",
    "en",
    "Boil Water Notice lifted with immediate effect – Abbeyfeale Public Water Supply",
    `"This decision follows consultation undertaken with the Health Service Executive and all consumers on the Abbeyfeale Public Water Supply can now resume normal use of the water supply for drinking, food preparation and brushing teeth," said a spokesperson.

The Boil Water Notice was issued last weekend as a precautionary measure to protect the health of approximately 6,886 customers after issues were identified with the treatment process at the treatment plant.

"Irish Water acknowledges the inconvenience that a Boil Water Notice is for the local community and thanks everyone for their patience while we worked with our colleagues in Limerick County Council to lift the Boil Water Notice as quickly as it was safe to do so. Public Health is Irish Water's number one priority and this Boil Water Notice was put in place as a precaution to protect customers following issues with the treatment process at the water treatment plant."`,
    "https://www.ireland-live.ie/news/limerick-live/850584/irish-water-confirms-lifting-of-boil-water-notice-for-thousands-of-limerick-residents.html (Irish Water statement via Limerick Live, 2022-07-01)",
  ),

  real(
    "xgood-en-029",
    "en",
    "Augusta County opening emergency shelters",
    `Augusta County Emergency Management continues to monitor the impact of Hurricane Florence. Officials are starting to see flooding issues in various areas of the county. Due to continued rainfall, the following determinations have been made:

The County has designated the new Riverheads Elementary School as an emergency shelter site. The shelter will be opening at noon today. Citizens that consider utilizing a shelter will need to bring the following items: sleeping bags, blankets and pillows; towels; personal hygiene items; baby formula; diapers; medications; and phone chargers. Weapons and alcohol are prohibited at the shelter.

An animal shelter for dogs and cats has been designated at the old Riverheads Elementary School. The shelter will be opening at noon today. Kate Collins Middle School emergency shelter site will be opening at noon. Citizens are encouraged to utilize the shelter nearest to their home.

While supplies last, sandbags and sand is available at the Augusta County Government Center in Verona near the dock where the Farmer's Market is normally held. Citizens interested in filling bags should bring a shovel.

Continue to stay tuned to your local radio and television stations for updates about the storm.`,
    "https://augustafreepress.com/augusta-county-opening-emergency-shelters/ (Augusta County Emergency Management, Virginia, via Augusta Free Press, 2018-09-17)",
  ),

  real(
    "xgood-en-030",
    "en",
    "Update from Rowan County",
    `With the exact path and potential local impacts of Hurricane Florence still uncertain Rowan County Emergency Management officials remind you that no shelters are currently open. "At this point we are urging everyone to prepare to Shelter In Place. Shelters will be opened strategically according to community need," said Emergency Services Chief Chris Soliz.

Residents should monitor local media and social media for current information. Additionally, anyone can sign up for community alerts. Shelter Activation status can be obtained from www.readync.org

Shelter in place: During high winds, go to a small, interior room or hallway on the lowest floor that is not subject to flooding. Do not shelter in an attic. If you loose power in your home use a generator or other gasoline-powered machinery outside and away from windows. If you leave your home do not attempt to walk, swim or dive across flood waters.

Residents going to shelters should bring blankets, pillows, toiletries, any medications and several changes of clothes. Caregivers should accompany any residents who have special needs.`,
    "https://salisburypost.com/?p=355879 (Rowan County Emergency Management, North Carolina, via Salisbury Post, 2018-09-12)",
  ),

  real(
    "xgood-en-031",
    "en",
    "Severe weather update",
    `Strategic and local emergency planning meetings have continued today (Sunday) to address local impacts of the severe weather.

Across the Highland Council area, the situation has continued to improve, and more homes were reconnected to power by last night than was originally anticipated. Sizeable numbers remain without power this afternoon, and the latest update from SSE regarding tonight indicates that nearly all customers will be reconnected by midnight tonight or earlier.

SSE have indicated that approximately 44 of these customers will not be reconnected until tomorrow. SSE have agreed to update us as to which properties will remain without power tonight and local ELGs will agree local action to provide support as required in conjunction with SSE & Red Cross.

Staff in all of the agencies worked with the Red Cross and volunteers yesterday and last night and again today, to open reception centres and operate catering facilities in many of our communities.`,
    "https://highland.gov.uk/news/article/8289/severe_weather_update (The Highland Council, January 2014)",
  ),

  real(
    "xgood-en-032",
    "en",
    "Storm damage across Auckland",
    `More power has been restored, and now around 400 properties remain without power since last week's storm, says Vector and Counties Power.

Auckland Emergency Management is reminding the public to be vigilant around trees across Auckland, as last week's storm has left some trees unstable and susceptible to further damage.

More than 1000 fallen trees and large branches have already been cleared to make way for the restoration of power to more than 180,000 homes. Contractors are prioritising jobs that pose immediate safety issues.

People concerned about weakened or damaged trees on their own properties should contact an arborist as soon as possible. Anyone concerned by weakened or damaged trees on public land that are directly on or very close to power lines should call the council's contact centre immediately on 09 301 0101.`,
    "https://ourauckland.aucklandcouncil.govt.nz/news/2018/4/storm-damage-across-auckland/ (Auckland Council / Auckland Emergency Management, April 2018)",
  ),

  real(
    "xgood-en-033",
    "en",
    "Heat Advisory declared; cooling centers open",
    `The National Weather Service says the heat index may rise to 110 degrees on Wednesday and Thursday in Evanston. Evanston's Health and Human Services Department has declared a Heat Advisory from 11 a.m. Wednesday, until 8 p.m. Thursday and is urging residents to take preventive actions to avoid heat-related illness, such as heatstroke.

Community members are asked to check on people at risk for heat-related illness, especially the elderly.

Public cooling centers will be open Wednesday through Friday during the following hours:
Robert Crown Community Center, 1801 Main St., 6 a.m. to 9 p.m.
Fleetwood Jourdain Community Center, 1655 Foster St., 9 a.m. to 8 p.m.
Levy Senior Center, 300 Dodge Ave., 9 a.m. to 8 p.m.

Drink lots of water, and avoid alcohol, caffeine and high salt intake. Stay in cool, shaded areas while outdoors. Reduce physical activity. Do not leave people or pets alone in a hot car, even for a few minutes.`,
    "https://evanstonnow.com/cool-off-at-rec-centers-during-heat-wave/ (City of Evanston Health and Human Services, via Evanston Now, 2023-08-22)",
  ),

  real(
    "xgood-en-034",
    "en",
    "Many households without electricity and drinking water after the storm",
    `Update 8 January 16.20: The damage to the electricity grid after the storm is extensive and it will take until 18-25th January for all customers to get their electricity back, according to electricity provider Vattenfall.

Original text: After the storm Alfrida, a large number of households have been hit by power cuts. This mainly affects Gotland, Stockholm and Uppsala county.

In the affected areas, some municipalities have opened drop-in centres in, for example, fire stations. There you can get drinking water, charge your mobile phone, or get warm for a little while. In many places, the power outage is also affecting telephony and access to drinking water. The municipalities have arranged standpipes where you can pick up drinking water.`,
    "https://www.krisinformation.se/english/news-in-english2/consequences-of-the-storm-alfrida (Krisinformation.se, January 2019)",
  ),
];

export const BAD_EXTRA: EvalMessage[] = [
  // --- speculation about a cause or culprit ---
  flawed(
    "xbad-sv-001",
    "sv",
    "bulletin",
    "Koka vattnet i Östra Bredsäter",
    `Provsvar från måndagens kontroll visar koliforma bakterier i dricksvattnet i Östra Bredsäter. Fram till nytt besked ska du koka vatten som du dricker, lagar mat med eller borstar tänderna med: låt det bubbla ordentligt och svalna. Duscha, diska och tvätta kan du göra som vanligt. Nya prover togs i dag och svaren väntas torsdag eftermiddag – då uppdaterar vi den här sidan. Luckan till reservoaren vid Kalvhagen har varit trasig, så det kan vara sabotage från någon som är missnöjd med höjningen av vattentaxan. Frågor: VA-kundtjänst 0470-88 20 00, vardagar 8–16.`,
    "speculation about cause (sabotage) hidden in an otherwise sound boil-water notice",
    ["factual"],
    G_KRIS + "; " + G_CERC,
  ),

  flawed(
    "xbad-sv-002",
    "sv",
    "social",
    undefined,
    `Branden i förrådet bakom Hagaskolan i natt är med all sannolikhet anlagd. Det har brunnit där förut och de flesta vet nog vilka som brukar hänga där på kvällarna. Räddningstjänsten är kvar och bevakar. Skolan öppnar som vanligt i morgon.`,
    "speculation about culprit (insinuated arson by a known crowd)",
    ["factual", "impartial"],
    G_KRIS + "; " + G_OPART,
  ),

  flawed(
    "xbad-sv-003",
    "sv",
    "bulletin",
    "Strömavbrott i Lillånger",
    `Strömmen gick i stora delar av Lillånger strax efter klockan 14. Vi gissar att det har med värmen att göra – kanske har en transformator blivit överhettad, eller så är det grävarbetet vid nya rondellen som har tagit en kabel. Vi får se vad det blir. Elnätsbolaget felsöker och vi lägger ut mer här när vi hör något.`,
    "speculation about cause (guessing aloud between several causes)",
    ["factual"],
    G_KRIS + "; " + G_MSB,
  ),

  flawed(
    "xbad-en-004",
    "en",
    "social",
    undefined,
    `Water supply to Elm Park is off after a burst main on Carrow Road. Early signs are that the contractor on the new housing site has hit the pipe again – not the first time with that firm, frankly. Bottled water is being handed out at the Leisure Centre car park until 8pm. Next update at 6pm.`,
    "speculation about culprit (contractor named before any investigation)",
    ["factual", "impartial"],
    G_CERC,
  ),

  // --- unconfirmed casualty figures or reports ---
  flawed(
    "xbad-sv-005",
    "sv",
    "social",
    undefined,
    `Enligt flera inlägg i sociala medier ska minst fem personer ha förts till sjukhus efter gasolyckan vid Norra hamnen, och en av dem lär vara svårt skadad. Håll er borta från hamnområdet. Vi återkommer.`,
    "casualty figures from social media passed on unconfirmed",
    ["factual"],
    G_KRIS + "; " + G_CERC,
  ),

  flawed(
    "xbad-sv-006",
    "sv",
    "bulletin",
    "Olyckan med skolbussen på väg 148",
    `Kommunens krisstödsgrupp har öppnat Folkets hus i Väskinde för elever, föräldrar och personal efter olyckan med skolbussen på väg 148 i morse. Där finns personal från socialtjänsten, Svenska kyrkan och elevhälsan fram till kl. 21 i kväll, och du behöver inte anmäla dig i förväg. Väg 148 är avstängd mellan Visby och Väskinde – välj väg 149. En förälder på plats har sagt till oss att tre barn ska ha omkommit, men det har vi inte fått bekräftat av polisen. Nästa uppdatering publiceras här kl. 15.`,
    "unconfirmed death toll slipped into an otherwise sound update",
    ["factual"],
    G_KRIS + "; " + G_MSB,
  ),

  flawed(
    "xbad-en-007",
    "en",
    "sms",
    undefined,
    `Fire at Fairview Terrace flats: we are hearing up to 10 residents may be unaccounted for. Avoid the area. More later.`,
    "unconfirmed casualty report passed on; vague timing",
    ["factual", "fast"],
    G_CERC,
  ),

  // --- blame of a company, person, authority or politicians ---
  flawed(
    "xbad-sv-008",
    "sv",
    "bulletin",
    "Lägesrapport stormen Ivar, söndag kl. 18",
    `Cirka 2 300 hushåll i kommunen är fortfarande utan ström, främst i Bölen, Tallby och norr om Storsjön. I kväll från kl. 19 öppnar vi värmestugor i Tallby bygdegård och i Bölens skola. Där kan du ladda telefonen, hämta dricksvatten och få något varmt att dricka. Gå inte nära nedfallna ledningar – ring elnätsbolagets felanmälan på 020-82 00 00. Titta gärna till grannar som är äldre eller bor ensamma. Nästa lägesrapport kommer måndag kl. 9. Typiskt att det händer när elbolaget har sparat in på underhållet i flera år.`,
    "blame of a company tacked on to the end of a good storm update",
    ["impartial"],
    G_OPART,
  ),

  flawed(
    "xbad-sv-009",
    "sv",
    "social",
    undefined,
    `Att vattenverket i Rösjö fick stängas i går beror helt och hållet på att den förra majoriteten vägrade investera i nya filter. Nu får invånarna betala för deras snålhet. Vattentank finns vid ICA Rösjö.`,
    "blame of politicians (previous majority)",
    ["impartial"],
    G_OPART,
  ),

  flawed(
    "xbad-sv-010",
    "sv",
    "bulletin",
    "E-tjänsterna ligger nere",
    `Kommunens e-tjänster har legat nere sedan i morse. Felet ligger hos vår driftleverantör Datadrift Norr AB som återigen har lyckats krascha systemen med en enkel uppdatering. Vi har påpekat deras brister gång på gång utan resultat.`,
    "blame of a supplier instead of information",
    ["impartial"],
    G_OPART + "; " + G_MSB,
  ),

  flawed(
    "xbad-en-011",
    "en",
    "bulletin",
    "Mill Lane flooding",
    `The flooding on Mill Lane last night was entirely avoidable. Residents who ignored repeated advice and kept parking over the drains have only themselves to blame. Crews are clearing the road this morning and it should reopen by lunchtime.`,
    "blame of residents",
    ["impartial"],
    G_CERC,
  ),

  // --- partisan praise ---
  flawed(
    "xbad-sv-012",
    "sv",
    "press",
    "Äldreboendena klarade natten",
    `Tack vare det borgerliga styrets framsynta satsning på reservkraft klarade sig samtliga äldreboenden under nattens elavbrott. Med oppositionens budget hade det aldrig gått. Elen är nu tillbaka i hela Fjällbo.`,
    "partisan praise of the ruling parties",
    ["impartial"],
    G_OPART,
  ),

  flawed(
    "xbad-sv-013",
    "sv",
    "social",
    "Uppdatering kl. 16 – vattenläckan på Storgatan",
    `Läckan är lagad och vattnet är påslaget igen för alla fastigheter mellan Torget och Järnvägsgatan. Vattnet kan vara missfärgat en stund – spola kallvatten tills det blir klart och vänta med vittvätt till i morgon. Storgatan är fortsatt avstängd för biltrafik till fredag kl. 12 medan asfalten läggs om; gående kommer förbi på norra trottoaren. Frågor besvaras av Kontaktcenter, 0560-160 00. Ett särskilt stort tack till kommunstyrelsens ordförande Lena Ahl (S), som personligen såg till att det här löstes så snabbt.`,
    "partisan praise of a named politician hidden in a good water update",
    ["impartial"],
    G_OPART,
  ),

  flawed(
    "xbad-en-014",
    "en",
    "press",
    undefined,
    `Thanks to the outstanding leadership of Councillor Hughes and the Independent group, the rest centre at St Mary's Hall opened within two hours. Residents evacuated from Bridge Street can go there now for food, blankets and phone charging.`,
    "partisan praise of a councillor and his group",
    ["impartial"],
    G_CERC + "; " + G_OPART,
  ),

  // --- a group of people singled out ---
  flawed(
    "xbad-sv-015",
    "sv",
    "bulletin",
    "Inbrott i förråd på Solbacken",
    `Polisen har gripit två personer efter helgens inbrott i källarförråd på Solbacken. Lås förråden och var uppmärksamma på ungdomsgäng från Norrby som rör sig i området på kvällarna. Tips lämnas till polisen på 114 14.`,
    "group singled out (youth from a named suburb)",
    ["impartial"],
    G_OPART + "; " + G_MSB,
  ),

  flawed(
    "xbad-sv-016",
    "sv",
    "social",
    undefined,
    `Vinterkräksjukan på Björkhagens äldreboende tros ha kommit in med anhöriga från det romska lägret vid Ekbacken. Besöksstopp gäller från i dag till och med söndag.`,
    "ethnic group singled out as source of infection",
    ["impartial", "factual"],
    G_OPART + "; " + G_CERC,
  ),

  flawed(
    "xbad-en-017",
    "en",
    "social",
    undefined,
    `We are aware of the vandalism at Riverside Park overnight. Officers have spoken to the Traveller families camped by the river. Please report anything suspicious on 101.`,
    "group singled out (Travellers linked to vandalism)",
    ["impartial"],
    G_CERC,
  ),

  // --- empty reassurance ---
  flawed(
    "xbad-sv-018",
    "sv",
    "bulletin",
    "Utsläpp vid ishallen i Backa",
    `I eftermiddag skedde ett utsläpp av ammoniak från kylanläggningen i Backa ishall. Det finns absolut ingen fara för allmänheten och ingen behöver oroa sig. Allt är under full kontroll.`,
    "empty reassurance without basis",
    ["factual", "open"],
    G_CERC + "; " + G_MSB,
  ),

  flawed(
    "xbad-sv-019",
    "sv",
    "sms",
    undefined,
    `Kommunen följer läget kring vattnet i Lövåsen mycket noga. Var lugna – vi har allt under kontroll. /Lövåsens kommun`,
    "empty reassurance; nothing about what is known or what to do",
    ["factual", "open", "active"],
    G_CERC + "; " + G_MSB,
  ),

  flawed(
    "xbad-en-020",
    "en",
    "bulletin",
    "Smell near Greenfield estate",
    `Following reports of a strong chemical smell near the Greenfield industrial estate, the council wishes to reassure residents that there is nothing whatsoever to worry about. Life can carry on exactly as normal.`,
    "empty reassurance without basis",
    ["factual", "open"],
    G_CERC,
  ),

  // --- refusing to comment ---
  flawed(
    "xbad-sv-021",
    "sv",
    "press",
    undefined,
    `Med hänvisning till pågående utredning lämnar kommunen inga uppgifter om branden på Lindgårdens förskola. Frågor hänvisas till pressjouren.`,
    "refusing to comment / no information given",
    ["open"],
    G_MSB,
  ),

  flawed(
    "xbad-sv-022",
    "sv",
    "bulletin",
    "Magsjuka på Kyrkskolan i Åby",
    `Flera elever på Kyrkskolan i Åby har blivit magsjuka under veckan och skolköket är stängt tills vidare. Från måndag levereras lunchen från Centralköket. Håll barnet hemma om det har kräkts eller haft diarré, och låt det vara hemma tills det varit friskt i 48 timmar. Vid frågor om vård, ring 1177. Kommunen kommenterar inte vad som kan ligga bakom eller vilka prover som har tagits. Nästa information skickas via Skolplattformen fredag kl. 12.`,
    "refusal to comment hidden in an otherwise useful notice",
    ["open"],
    G_MSB + "; " + G_CERC,
  ),

  flawed(
    "xbad-en-023",
    "en",
    "press",
    undefined,
    `The council is not in a position to comment on the gas explosion on Harper Road or on the condition of residents. No further statements will be issued at this time.`,
    "refusing to comment",
    ["open"],
    G_CERC,
  ),

  // --- internal jargon and abbreviations ---
  flawed(
    "xbad-sv-024",
    "sv",
    "bulletin",
    "Driftinfo",
    `Pga RTJ-insats vid VV Norr sker tillfällig avst. av DN i tryckzon 3 enl. TLP. Berörda abonnenter hänvisas till NV-tapp vid ÅVC. Uppd. sker via ordinarie kanaler.`,
    "internal jargon and abbreviations",
    ["audienceAdapted"],
    G_KLAR,
  ),

  flawed(
    "xbad-sv-025",
    "sv",
    "sms",
    undefined,
    `Info fr krisledningen: POSOM aktiverad, TiB har larmat RCB, stabsläge 2 gäller tills vidare. Ev. ISF-avvikelser hanteras i linjen. /KLG`,
    "internal jargon and abbreviations sent to the public",
    ["audienceAdapted"],
    G_KLAR + "; " + G_MSB,
  ),

  flawed(
    "xbad-en-026",
    "en",
    "bulletin",
    undefined,
    `Due to a P1 event at the WTW, DWI notification has been made and a precautionary BWN is in effect for DMA 14 pending bac results. Customers should refer to usual comms channels.`,
    "internal jargon and abbreviations",
    ["audienceAdapted"],
    G_CERC,
  ),

  // --- bureaucratic passive with nothing for the reader to do ---
  flawed(
    "xbad-sv-027",
    "sv",
    "bulletin",
    "Störning i fjärrvärmeleveransen",
    `Med anledning av inträffad störning i fjärrvärmeleveransen har beslut fattats om att åtgärder ska vidtas i enlighet med gällande rutiner. Berörda verksamheter har underrättats och ärendet hanteras inom ramen för ordinarie organisation.`,
    "bureaucratic passive, nothing for the reader to do",
    ["audienceAdapted", "active"],
    G_KLAR + "; " + G_MSB,
  ),

  flawed(
    "xbad-sv-028",
    "sv",
    "faq",
    "Frågor och svar om översvämningen vid Ån",
    `Fråga: Vad gäller för oss som bor i husen som har översvämmats vid Ån?
Svar: Frågan om eventuellt stöd till drabbade fastighetsägare är föremål för beredning och kommer att behandlas i vederbörlig ordning när erforderligt underlag inkommit till förvaltningen.`,
    "bureaucratic passive answer, nothing for the reader to do",
    ["audienceAdapted", "active"],
    G_KLAR,
  ),

  flawed(
    "xbad-en-029",
    "en",
    "bulletin",
    undefined,
    `It has been determined that remedial measures are to be undertaken in relation to the drainage incident. Affected parties will be advised in due course should further actions be deemed necessary.`,
    "bureaucratic passive, nothing for the reader to do",
    ["audienceAdapted", "active"],
    G_CERC,
  ),

  // --- rumour-first corrections ---
  flawed(
    "xbad-sv-030",
    "sv",
    "correction",
    "Är dricksvattnet i Kvarnby förgiftat?",
    `Ett inlägg som har delats flera tusen gånger påstår att dricksvattnet i Kvarnby är förgiftat av bekämpningsmedel, att flera hundar har dött och att kommunen mörkar det hela. Liknande rykten har cirkulerat förut. Sanningen är att våra prover från i går och i dag visar helt normala värden och att vattnet går att dricka som vanligt. Du hittar provsvaren på kvarnby.se/vatten. Har du frågor kan du ringa Kvarnby Vatten på 0416-58 00 00.`,
    "rumour-first correction with a headline that repeats the rumour",
    ["factual"],
    G_DEBUNK,
  ),

  flawed(
    "xbad-sv-031",
    "sv",
    "social",
    undefined,
    `NEJ, kommunen ska inte stänga alla skolor på grund av mögel, som det har skrivits i flera Facebookgrupper. Mögel har hittats på en skola. Mögelskolan är Vretskolan, där två klassrum stängs.`,
    "rumour-first correction",
    ["factual"],
    G_DEBUNK,
  ),

  flawed(
    "xbad-en-032",
    "en",
    "correction",
    undefined,
    `"The bridge on Station Road is about to collapse and the council is hiding it" – this claim has been shared widely online. You may also have seen posts saying lorries were banned because of huge cracks. We want to address these rumours. The bridge was inspected on Tuesday and is safe; the weight limit is part of routine maintenance.`,
    "rumour-first correction (myth repeated before the fact)",
    ["factual"],
    G_DEBUNK,
  ),

  // --- contradictions ---
  flawed(
    "xbad-sv-033",
    "sv",
    "bulletin",
    "Kokningsrekommendationen i Bäckby hävd",
    `Kokningsrekommendationen i Bäckby är hävd och vattnet kan drickas som vanligt. Fortsätt dock att koka vatten till dryck och matlagning tills vidare. Vi meddelar när rekommendationen hävs.`,
    "self-contradiction",
    ["factual"],
    G_CERC + "; " + G_MSB,
  ),

  flawed(
    "xbad-sv-034",
    "sv",
    "sms",
    undefined,
    `Viktigt meddelande Storvik: Gå inomhus och stäng fönster, dörrar och ventilation. Lämna området omgående via väg 80.`,
    "contradictory instructions",
    ["factual", "active"],
    G_MSB,
  ),

  flawed(
    "xbad-en-035",
    "en",
    "bulletin",
    "Schools update",
    `All schools in the district are open as normal today. Parents should note that Hillside Primary, Oakwood and St Anne's are closed because of storm damage. Every school is open.`,
    "self-contradiction",
    ["factual"],
    G_CERC,
  ),

  // --- near-empty texts ---
  flawed(
    "xbad-sv-036",
    "sv",
    "social",
    undefined,
    `Vi har en händelse. Info kommer.`,
    "near-empty text",
    ["open", "active"],
    G_MSB,
  ),

  flawed(
    "xbad-sv-037",
    "sv",
    "sms",
    undefined,
    `Störning. Mer info på webben.`,
    "near-empty text",
    ["open", "active"],
    G_MSB,
  ),

  flawed(
    "xbad-en-038",
    "en",
    "social",
    undefined,
    `Incident ongoing. Updates to follow.`,
    "near-empty text",
    ["open", "active"],
    G_CERC,
  ),

  // --- sarcasm or jokes ---
  flawed(
    "xbad-sv-039",
    "sv",
    "social",
    undefined,
    `Ja, vattnet i Nybacken är fortfarande brunt. Och nej, vi har inte glömt er 😉 Det är väl bara att köpa flaskvatten som alla andra tills rören bestämmer sig för att samarbeta.`,
    "sarcasm towards affected residents",
    ["audienceAdapted"],
    G_CERC + "; " + G_MSB,
  ),

  flawed(
    "xbad-sv-040",
    "sv",
    "bulletin",
    "Halkvarning i natt och i morgon förmiddag",
    `Regn som faller på frusen mark gör gator och gångvägar i hela kommunen mycket hala från cirka kl. 22 i kväll till kl. 11 i morgon. Använd broddar, ta god tid på dig och låt bilen stå om du kan. Sand finns att hämta gratis vid brandstationen och vid Tekniska kontoret, Industrivägen 4. Hemtjänstens besök kan bli försenade. Och till er som ringde och klagade förra veckan: nej, vi kan tyvärr inte sanda hela kommunen på fem minuter, hur gärna ni än vill.`,
    "sarcastic jab at residents hidden in a good ice warning",
    ["audienceAdapted"],
    G_CERC + "; " + G_MSB,
  ),

  flawed(
    "xbad-en-041",
    "en",
    "social",
    undefined,
    `Shocking news: it rained a lot and some roads flooded 🙄 Please don't drive through the water on Meadow Road like the geniuses in that viral video. Diversion via Church Lane.`,
    "sarcasm and mockery",
    ["audienceAdapted"],
    G_CERC,
  ),

  // --- shouting in capitals ---
  flawed(
    "xbad-sv-042",
    "sv",
    "sms",
    undefined,
    `VARNING!!! ALLA I SÖDRA VALLBY MÅSTE KOKA VATTNET NU!!! GÄLLER TILLS VIDARE!!! INGA UNDANTAG!!!`,
    "shouting in capitals",
    ["audienceAdapted"],
    G_KLAR + "; " + G_CERC,
  ),

  flawed(
    "xbad-en-043",
    "en",
    "social",
    undefined,
    `URGENT!!! DO NOT USE TAP WATER IN WESTFIELD!!! THIS IS SERIOUS!!! SHARE SHARE SHARE!!!`,
    "shouting in capitals",
    ["audienceAdapted"],
    G_CERC,
  ),

  // --- vague timing instead of a next-update time ---
  flawed(
    "xbad-sv-044",
    "sv",
    "bulletin",
    "Fjärrvärmen i Centrum",
    `Arbetet med att åtgärda felet i fjärrvärmenätet i Centrum pågår för fullt. Vi återkommer med mer information inom kort.`,
    "vague timing instead of a next-update time",
    ["fast"],
    G_CERC,
  ),

  flawed(
    "xbad-sv-045",
    "sv",
    "bulletin",
    "Vattenläcka i Kullen",
    `Vattnet är avstängt för fastigheterna på Ekvägen, Lönnvägen och Björkvägen i Kullen medan en läcka lagas. En vattentank står vid lekplatsen på Lönnvägen – ta med egen dunk. Stäng alla kranar och stäng av disk- och tvättmaskin under tiden. När vattnet kommer tillbaka kan det vara missfärgat; spola kallvatten tills det blir klart. Vi meddelar mer så småningom.`,
    "vague timing: no estimate and no time for the next update",
    ["fast"],
    G_CERC,
  ),

  flawed(
    "xbad-en-046",
    "en",
    "bulletin",
    undefined,
    `Crews are working on the power cut affecting parts of Ashby. Power should be back at some point. We'll keep you posted as things develop.`,
    "vague timing instead of a next-update time",
    ["fast"],
    G_CERC,
  ),

  // --- no action when people are at risk ---
  flawed(
    "xbad-sv-047",
    "sv",
    "bulletin",
    "Brand i lagerlokal i hamnen",
    `En kraftig brand pågår i en lagerlokal på Hamnvägen. Röken driver in över bostadsområdet Glasberga. Räddningstjänsten är på plats med fem enheter.`,
    "no action for people at risk from smoke",
    ["active"],
    G_MSB + "; " + G_CERC,
  ),

  flawed(
    "xbad-sv-048",
    "sv",
    "sms",
    undefined,
    `SMHI har utfärdat orange varning för höga flöden i Svartån. Vattennivån väntas stiga kraftigt under natten längs hela ån genom Västra Kvarnbo. /Kvarnbo kommun`,
    "warning with no advice on what to do",
    ["active"],
    G_MSB,
  ),

  flawed(
    "xbad-en-049",
    "en",
    "bulletin",
    undefined,
    `A wildfire is burning north of Pine Ridge Road and is moving south-east towards the Cedar Hills subdivision, with strong winds expected this afternoon. Fire crews and aircraft are on scene.`,
    "no action when people are at risk",
    ["active"],
    G_CERC,
  ),

  // --- no sender and no route to information ---
  flawed(
    "xbad-sv-050",
    "sv",
    "sms",
    undefined,
    `Vattnet i ert område är otjänligt. Koka allt vatten som ska drickas.`,
    "no sender and no route to more information",
    ["open"],
    G_MSB + "; " + G_KRIS,
  ),

  flawed(
    "xbad-en-051",
    "en",
    "sms",
    undefined,
    `Boil notice in effect for your area from today. Boil all drinking water until further notice.`,
    "no sender and no route to more information",
    ["open"],
    G_CERC,
  ),

  // --- impossibly long sentences ---
  flawed(
    "xbad-sv-052",
    "sv",
    "bulletin",
    "Information om elavbrottet i Västra Solberga",
    `Med anledning av det elavbrott som sedan tisdagskvällen berör delar av Västra Solberga och som enligt elnätsbolaget beror på ett kabelfel vars reparation kräver schaktarbete i korsningen Bruksgatan–Skolvägen, vilket i sin tur innebär att trafiken under arbetstiden leds om via Industrivägen och att busslinje 4 inte kan trafikera hållplatserna Bruket och Skolan, vill kommunen informera om att boende som behöver ladda telefonen eller värma mat är välkomna till Solberga bibliotek, som under avbrottet håller öppet till klockan 21 varje kväll, samt att hemtjänstens brukare kommer att kontaktas per telefon av sin kontaktperson.`,
    "one impossibly long sentence",
    ["audienceAdapted"],
    G_KLAR,
  ),

  flawed(
    "xbad-sv-053",
    "sv",
    "faq",
    "Vad gäller när kokningsrekommendationen hävs?",
    `När kokningsrekommendationen har hävts, vilket sker först sedan två av varandra oberoende provtagningar med godkänt resultat har kunnat redovisas för miljö- och hälsoskyddsnämnden och nämnden i samråd med VA-huvudmannen bedömt att det inte längre föreligger risk för mikrobiologisk påverkan på ledningsnätet inom det berörda distributionsområdet, rekommenderas abonnenter att spola kallvatten i samtliga tappställen under ett par minuter innan vattnet används till dryck eller matlagning, detta för att säkerställa att vatten som stått stilla i fastighetens installationer omsätts.`,
    "one impossibly long sentence with official vocabulary",
    ["audienceAdapted"],
    G_KLAR,
  ),

  // --- a warning with no place or no time ---
  flawed(
    "xbad-sv-054",
    "sv",
    "sms",
    undefined,
    `Viktigt: Koka dricksvattnet från och med nu och tills vidare. /Vatten & Miljö`,
    "warning with no place",
    ["active"],
    G_MSB + "; " + G_CERC,
  ),

  flawed(
    "xbad-sv-055",
    "sv",
    "bulletin",
    "Vägen stängs",
    `Vägen mellan Åsen och Kroken kommer att stängas av på grund av höga flöden. Planera din resa.`,
    "warning with no time",
    ["active"],
    G_MSB,
  ),

  flawed(
    "xbad-en-056",
    "en",
    "sms",
    undefined,
    `Flood warning issued. Move valuables upstairs and be ready to leave.`,
    "warning with no place and no time",
    ["active"],
    G_CERC,
  ),
];
