import {
  CERC,
  MSB,
  KRIS,
  RF,
  KLAR,
  PLAIN,
  DEBUNK,
  FACTUAL,
  IMPARTIAL,
  OPEN,
  ADAPTED,
  FAST,
  ACTIVE,
} from "./guidance.js";
import { evalSet, perLanguage } from "./build.js";
import type { EvalMessage } from "./types.js";

/**
 * Eighth blind set, HELD OUT and INDEPENDENT: never tune rules on it and never print its items (figures only). Written
 * on 2026-12-04 by a crisis-communication specialist who did not read the checklist's rules, lexicons, SPEC, scripts or
 * tests, nor any earlier set's flawed items (only types.ts, guidance.ts, build.ts, the README, whose round notes describe
 * some rule mechanisms in outline, the header and first two real items of blind7.ts for the format, and the earlier sets'
 * source URLs, to avoid reusing a real message). The checklist was never run on these items by their author.
 *
 * GOOD_BLIND8: real messages published by authorities and utilities, found in a stored copy of public web pages and
 * checked by URL against every earlier set. Condensed to the public-facing message core; the publisher's sentences are
 * kept as published, typing errors included. Where the message reached the store through a newspaper or aggregator, only
 * the authority's own words are kept and `source` names both. `mustFlag` is empty.
 *
 * BAD_BLIND8: messages written for this set as a hurried duty officer, a defensive press officer or a careless
 * social-media editor would write them, Swedish (some in easy Swedish, "lättläst") and English. Most are complete,
 * plausible messages with one dominant flaw; some carry several (their `pattern` names the dominant one and lists the
 * others after "; also:"). `mustFlag` holds only the principles a competent crisis communicator would send the message
 * back for. Places, people, companies, numbers and addresses in them are invented.
 */

const LL = "Myndigheten för tillgängliga medier / Centrum för lättläst: lättläst svenska, korta meningar, vardagsord";
const GCS = "UK Government Communication Service, crisis communication guidance: accurate, timely, no speculation";
const FEMA = "FEMA/IPAWS message design: source, hazard, location, time, guidance (Mileti & Sorensen)";

const { real, bad } = evalSet("", perLanguage("good8", "bad8"));

export const GOOD_BLIND8: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish
  real(
    "sv",
    "bulletin",
    "Dataintrång 12 december 2022",
    `Måndag 12 december klockan 20 upptäcktes ett dataintrång hos Borgholms och Mörbylånga kommun. Data har olagligen kopierats.

Vad har hänt?

Kommunernas gemensamma IT-avdelning kopplade omedelbart från internet, 12 december, för att minimera eventuell skada och stoppa intrånget.

Ett företag anlitades för att tillsammans med kommunernas gemensamma IT-avdelning analysera vad som har skett, när intrånget skedde och vilken data som har kopierats ur våra system. Intrånget polisanmäls.

Fredag 16 december - angriparen har kommit åt känsliga uppgifter

Enligt analyser av dataintrånget ska angriparen ha kommit åt känsliga uppgifter. Därför har intrånget anmälts till IMY, Integritetsskyddsmyndigheten.

Ett första intrång skedde 16 november.

Måndagen den 19 december - kommunen är uppkopplad igen

Kommunernas servrar kopplas på igen och verksamheterna återgår till att arbeta i sina vanliga system. Mörbylånga kommuns ordinarie webbplats är igång efter att ha haft en tillfällig krissida sedan 14 december.

Tillsammans med inhyrda experter fortsätter vår IT-avdelning att analysera vad som skett och vilken data som angriparen kommit åt. Vi fortsätter att informera så fort vi vet mer.

Vi vet fortfarande inte vilka som ligger bakom intrånget. Det pågår en polisutredning.

Kan personuppgifter ha kommit ut? Och i så fall vilken typ av uppgifter?

Ja, alla uppgifter i kommunes IT-system, däribland personuppgifter, kan ha kopigerats ur våra system.`,
    "Mörbylånga kommun, https://morbylanga.se/kommun-politik/dataintrang/, December 2022",
  ),
  real(
    "sv",
    "faq",
    "FAQ: Frågor och svar om cyberattacken mot Miljödata",
    `Senast uppdaterad 2025-10-15 kl. 09:15. Informationen uppdateras löpande vid behov.

Vad har hänt?

Kommunens systemleverantör Miljödata utsattes i augusti för en cyberattack. I en utredning har det bekräftats att en angripare har kommit över personuppgifter som rör cirka 11 000 nuvarande och tidigare anställda i Falköpings kommun från år 2012 och framåt. Nu har det också konstaterats att de stulna personuppgifterna har publicerats på Darknet – en dold del av internet som ofta används för handel med stulna uppgifter och andra olagliga aktiviteter. Kommunen uppmanar därför nuvarande och tidigare medarbetare att vara extra vaksamma på bedrägeriförsök och misstänkt aktivitet.

Kommunen har polisanmält händelsen och informerat om det inträffade på intranätet (Falnet), den externa webbplatsen falkoping.se samt genom pressmeddelande.

Vilka uppgifter har läckt?

Det här har läckt:
- adress och postadress
- e-postadress (av kommunen registrerade e-postadresser)
- telefonnummer (av kommunen registrerade telefonnummer)
- ålder
- kön
- personnummer
- uppgifter om anställning (bl.a. arbetstid, antal år i yrke, chefsposition)
- antal rehabdagar

Det här har inte läckt:
- läkarintyg
- diagnoser
- facktillhörighet
- anteckningar från chefer
- orsaker till rehabiliteringsplaner
- arbetsskador och tillbud

Varför hade Miljödata dessa uppgifter?
Uppgifterna hanteras i de fyra arbetsmiljösystem som Miljödata tillhandahåller via sin molntjänst: Adato, Novi, Stella och Opus. I dessa system hanterar kommunen bland annat det systematiska arbetsmiljöarbetet, tillbud och arbetsskador, personalanteckningar och rehabilitering.`,
    "Falköpings kommun, https://www.falkoping.se/kommun--politik/faq---fragor-och-svar-om-cyberattacken-mot-miljodataersonuppgifter-fran-miljodata, updated 2025-10-15",
  ),
  real(
    "sv",
    "bulletin",
    "Kommunens IT-drift igång igen",
    `Det omfattande IT-avbrott som drabbade kommunen natten till onsdagen och som har hindrat en stor del av telefonsamtalen och mejlkontakterna in och ut ur organisationen, är enligt en preliminär bedömning avhjälpt. Sedan torsdag eftermiddag runt kl 17.00 gick det igen att både ringa och mejla till kommunens tjänstemän. Vissa störningar kan dock fortfarande förekomma under fredagen. Kommunens växel är behjälpliga via telefonnummer 044-135000.

Sprinklersystem kan ha förhindrat allvarligare brandskador
Under onsdagen och torsdagen drabbades kommunens telefoni och datatrafik av svåra störningar. Den huvudserver som styr kommunens datanät och telefoni fuktskadades av ett sprinklersystem som utlöstes under natten till onsdagen. Rökutveckling i serverhallen aktiverade sprinklersystemet som förmodligen hindrade att en brand uppstod, något som hade inneburit allvarligare skador på flera viktiga IT-system som finns placerade i utrymmen under rådhuset.

Under tiden som den skadade huvudservern återställsdes var stora delar av kommunikationsvägarna in och ut ur kommunen blockerade.

Utredning och åtgärder
Kommunens IT-avdelning utreder nu händelsen för att förbättra rutinerna vid en eventuell liknande incident. Det kommer framöver också att finnas reservdelar till huvudservern i Kristianstad vilket påskyndar framtida reparationsarbeten.

För mer information:
Leif Persson, IT-chef, 0733-135810`,
    "Kristianstads kommun, press release on Mynewsdesk, https://mynewsdesk.com/se/kristianstads_kommun/pressreleases/kommunens-it-drift-igaang-igen-825655 (date not shown on the stored copy)",
  ),
  real(
    "sv",
    "bulletin",
    "SMHI varnar för stora mängder snö",
    `SMHI varnar för stora mängder snö i veckan.

Skola och förskola

Till dig som har barn i förskola och skola vill vi skicka en uppmaning att hålla extra koll på Vklass. SMHI har utfärdat en röd varning inför onsdag och torsdag, vilket kan påverka skolans/förskolans möjlighet att fungera som vanligt. Kommunens rektorer kommer i Vklass att hålla dig som vårdnadshavare uppdaterad utifrån det som gäller utifrån respektive förskolas och skolas situation.

Vinterväghållning

I samband med snöfallet kan det bli halka, snömodd eller dålig sikt. Vi har full beredskap för att röja snö och bekämpa halka, men när mycket snö kommer på samma gång vill vi be dig ha lite tålamod. Ta det försiktigt i trafiken om du ska ge dig ut på vägarna, och förbered dig på att restiden kommer att bli längre än vanligt.

Läs mer om hur kommunen tar hand om snöröjning här

Läs mer om SMHI:s varningar här

Publicerad av: Marks kommun`,
    "Marks kommun, https://www.mark.se/nyheter/nyhetssidan/smhi-varnar-for-stora-mangder-sno/, 2021-11-29",
  ),
  real(
    "sv",
    "bulletin",
    "Missfärgat vatten på Tosterö avhjälpt",
    `Efter spolning av ledningsnätet är felet med det missfärgade vattnet nu avhjälpt.

UPPDATERING 13/10, Kl. 14:18

Vi har spolat ledningsnätet och det ska nu vara klart vatten i ledningarna. Vi avslutade för en liten stund sedan ärendet på vår driftstörningssida.

I hushållets egna kranar kan vattnet däremot till en början vara missfärgat beroende på när dessa genomspolats sist. Låt i så fall vattnet spola i en kran, gärna så nära vattenmätaren som möjligt.

------------

Vattnet kan bli missfärgat när det sker hastighets- eller riktningsförändringar på vattnet, beroende på hur förbrukningen ser ut i området.

Det är partiklar som gör vattnet missfärgat, främst så kallad järnoxid (rost). Rost och/eller annat sedimenterat material finns alltid i ledningarna men släpper när trycket förändras i samband med läckor, reparation eller underhåll av ledningsnätet. Ledningsnätet är rundgående under mark, och därför kan även boende långt från drabbas av missfärgat vatten.

Vi rekommenderar att man inte dricker vattnet så länge det är missfärgat oavsett om färgen beror på en vattenläcka eller reperation- och underhållsarbete. Spola vattnet tills det är klart igen och med fördel så nära vattenmätaren som möjligt.`,
    "SEVAB (Strängnäs Energi, municipal company), https://www.sevab.com/privat/om-sevab/aktuellt/2017/missfargat-vatten-pa-tostero/, 2017-10-13",
  ),
  real(
    "sv",
    "bulletin",
    "Risk för missfärgat vatten - hela Kalmar kommun",
    `Just nu är det många som tar vatten från dricksvattennätet. På grund av den tillfälligt höga vattenförbrukningen finns risk för missfärgat vatten och lågt tryck.

Senaste Status

I samband med stora vattenuttag lossnar ibland avlagringar av manganoxid som normalt sitter relativt hårt bundet på vattenledningarnas insida. Dessa partiklar kan då rivas loss och göra vattnet missfärgat. Här kan du läsa mer om mangan.

Detta kan du tänka på:
- Undvik vittvätt om vattnet är missfärgat
- Undvik att vattna i trädgården
- Undvik att fyll på poolen

Senast uppdaterad: 18 juni 2021
Publicerad: 4 juni 2021`,
    "Kalmar Vatten (Kalmar kommun), https://www.kalmarvatten.se/arkiv/pagaende-arbeten-och-driftstorningar/pagaende-arbeten---driftstorningar/2021-06-04-risk-for-missfargat-vatten---hela-kalmar-kommun.html, 2021-06-04",
  ),
  real(
    "sv",
    "bulletin",
    "Missfärgat vatten på Stenviksvägen och Mastvägen",
    `Stenviksvägen och Mastvägen har missfärgat vatten. Vattnet är säkert att dricka men kan smaka och se annorlunda ut. Vi arbetar för fullt med att lösa problemet.

Just nu har vi en driftstörning i vattenledningsnätet som framför allt påverkar Stenviksvägen och Mastvägen. Prover visar något förhöjda halter av järn och mangan i vattnet. Det innebär att vattnet är tjänligt, säkert att dricka, men kan vara missfärgat och smaka järn. För dig som vill hämta vatten ställer vi ut en vattentank vid Stenviksbadet.

Vi placerar brandposter längs Stenviksvägen och spolar ledningarna för att få bort de ämnen som orsakar problemen. När vi spolar kan vattnet tillfälligt bli missfärgat. Om det händer går det bra att spola kallt vatten. Undvik att tvätta ljusa kläder under tiden.

Halterna är på väg ner, vilket är ett positivt tecken och problemet verkar bara finnas på några enstaka platser.
Vi gör allt vi kan för att lösa problemet så snabbt som möjligt. Tack för din förståelse och ditt tålamod!

Här hittar du information om pågående och planerade driftstörningar.`,
    "Oxelö Energi (Oxelösunds kommun), https://oxeloenergi.se/nyheter/nyheter/2025-08-15-missfargat-vatten-pa-stenviksvagen-och-mastvagen, 2025-08-15",
  ),
  real(
    "sv",
    "bulletin",
    "Missfärgat vatten kan förekomma i skärgården",
    `På grund av onormalt stort flödesavtappning i samband med branden i Björköby senaste veckoslut kan det förekomma så kallat ”svart vatten” missfärgningar i vattenledningsnätet.

Spolning av ledningsnätet pågår som bäst för att få rengjort huvudledningarna.`,
    "Korsholms kommun, https://www.korsholm.fi/aktuellt/missfargat-vatten-kan-forekomma-i-skargarden/ (date not shown on the stored copy)",
  ),
  real(
    "sv",
    "bulletin",
    "Polisen har spärrat av ett område på Hässleholmen med anledning av ett misstänkt farligt föremål.",
    `Vi får under morgonen in ett larm om ett misstänkt farligt föremål vid Våglängdsgatan på Hässleholmen. Polis har spärrat av ett område runt det misstänkt farliga föremålet och nationella bombskyddet är larmade till platsen. Det är viktigt att allmänheten respektera avspärrningarna.`,
    "Polisen (händelsenotis, Borås), as republished by Krimrapport, https://www.krimrapport.se/kat-104/farligt-foremal-misstankt (date not shown on the stored copy)",
  ),
  real(
    "sv",
    "bulletin",
    "Boden: Misstänkt farligt föremål",
    `På eftermiddagen fick polisens ledningscentral larm om att det är inlämnat ett eventuellt farligt föremål till polisens reception. Det kan röra sig om någon form av sprängämne. Föremålet är inlämnat av en man som uppger att han har hittat det intill en väg. Föremålet är fotograferat och foto skickat till nationella bombgruppen för bedömning av hur det kan/ska hanteras. I avvaktan på besked är delar av polisstationen avspärrad och utrymd.`,
    "Polisen (region Nord, händelsenotis) as republished by Wighs News, http://wighsnews.se/wordpress/?p=60623, 2017-05",
  ),
  real(
    "sv",
    "bulletin",
    "Eldningsförbud upphör från och med tisdag den 7 augusti",
    `Risken för att en brand ska uppstå i skog och mark har minskat. Bedömningen att häva eldningsförbudet är gjord utifrån SMHI:s prognosunderlag och i samråd med länets räddningstjänster.
Trots det uppmanar räddningstjänsterna till stor försiktighet när man eldar utomhus. Fortsatta bedömningar och analyser av SMHI:s brandriskdata görs av räddningstjänsterna.
På vissa platser i länet råder fortsatt brandrisk och lokala eldningsförbud kan därför komma att beslutas av berörd kommun.
Källa: Länsstyrelsen`,
    "Länsstyrelsen i Norrbottens län, as published by Älvsbyn News, https://alvsbynews.se/2018/08/eldningsforbud-upphor-fran-och-med-tisdag-den-7-augusti, 2018-08-06",
  ),
  real(
    "sv",
    "bulletin",
    "Röd varning för höga flöden i Gävleborgs och södra Västernorrlands läns kustområde",
    `🔺 SMHI har utfärdat en röd varning för höga flöden i Gävleborgs och södra Västernorrlands läns kustområde. Varningen gäller 4 november kl. 00.00 – 6 november kl. 23.59.

Uppdatering 3 november 12.45: En röd varning för höga flöden är utfärdad i Gävleborgs och södra Västernorrlands läns kustområde. Den röda varningen för höga flöden i centrala Värmlands län gäller inte längre.

Ursprunglig text från 1 november: SMHI har utfärdat en röd varning för höga flöden i centrala Värmlands län och Gävleborgs läns kustområde. Varningen gäller från 4 november och tills vidare. Snösmältning och stora regnmängder i kombination med blöt mark ger upphov till höga flöden i bäckar och mindre åar.

Hur kan det påverka mig?
- Extremt höga strömhastigheter i vattendragen.
- Flöden som uppstår i genomsnitt vart 50:e år eller mer sällan.
- Risk för översvämmad mark i anslutning till vattendrag och sjöar samt i låglänta områden.

Källa: SMHI`,
    "Krisinformation.se (source SMHI), https://www.krisinformation.se/nyheter/2023/november/rod-varning-for-hoga-floden-centrala-varmlands-lan-gavleborgs-lans-kustomrade, 2023-11-01/03",
  ),
  real(
    "sv",
    "bulletin",
    "🔺 Röda varningar för höga flöden och översvämning",
    `Röda varningar har utfärdats för extremt höga flöden och översvämning på flera håll i landet. Det är den allvarligaste nivån på SMHI:s vädervarningar.

🔺 Röd varning för höga flöden
- En röd varning har utfärdats för extremt höga flöden i Gavleån. Varningen gäller mellan Forsbacka och Gävle i Gävleborgs län och är giltig tillsvidare
- En röd varning har utfärdats för extremt höga flöden i Marnäsån och Kolningsån i Dalarnas län. Varninen gäller mellan Ljugaren och Sör-Lingan och är giltig tillsvidare.

Läget kan leda till:
- Extremt höga strömhastigheter i vattendragen.
- Flöden som uppstår i genomsnitt vart 50:e år eller mer sällan.

🔺 Röd varning för översvämning

En röd varning har utfärdats för översvämning i Gavleån. Varningen gäller Nedre Säljet nedströms Storsjön och Forsbacka.

Detta kan leda till:
- Översvämning som drabbar byggnader
- Översvämning av vägar
- Översvämning vid miljöfarligt område eller förorenad mark.

Följ SMHI för uppdaterad information om aktuella varningar.

Risk för allvarliga konsekvenser

Röd varning är den allvarligaste nivån på SMHIs vädervarningar och kan medföra mycket allvarliga konsekvenser för samhället. Vädret kan bli en stor fara för allmänheten och orsaka mycket allvarliga skador på egendom och miljö. Det finns en stor risk för omfattande störningar i olika tjänster i samhället, som till exempel i kollektivtrafik och blåljusverksamhet.

Källa: SMHI`,
    "Krisinformation.se (source SMHI), https://www.krisinformation.se/nyheter/2023/augusti/rod-varning-for-hoga-floden-i-gavlean, August 2023",
  ),
  real(
    "sv",
    "bulletin",
    "Risk för skyfall – men osäker prognos",
    `I samband med kraftiga regn i helgen kan redan blöt mark översvämmas. SMHI betonar dock att prognosen kring var regnen kan komma att falla är osäker.

SMHI har utfärdat två gula varningar för skyfallsliknande regn över sydligaste Norrland och för höga flöden under helgen fram till och med måndag. Prognosen är osäker, men lokalt kan det bli stora regnmängder som kan orsaka höga flöden, främst i bäckar och mindre åar i områden där marken fortfarande är blöt efter tidigare regn.

Räkna med höga strömhastigheter i vattendragen i områden som drabbas av skyfall. Mark i direkt anslutning till bäckar och åar kan översvämmas i samband med förhöjt vattenstånd i åfåror.

Flödena väntas stiga över gul varningsnivå i de delar av varningsområdet där stora regnmängder faller.

Läs mer på smhi.se`,
    "Nordanstigs kommun, https://nordanstig.se/ovrigt/arkiv/nyhetsarkiv/nyhetsarkiv-2023/2023/2023-08-25-risk-for-skyfall---men-osaker-prognos.html, 2023-08-25",
  ),
  real(
    "sv",
    "bulletin",
    "Gul varning för höga flöden",
    `Sol och värme påverkar snösmältningen och SMHI varnar nu för höga flöden i bland annat Gävleborg.

Helgens värme förväntas snabba på snösmältningen och leda till höga flöden i diken, bäckar och mindre åar. Flödena väntas successivt nå större åar och det finns risk för översvämning längs med sjöar och vattendrag.

De områden som berörs av varningen är Jämtlands, Västernorrlands, Gävleborgs och Dalarnas län.

Här hittar du tips om förberedelser och hur du kan skydda din fastighet:

Översvämning och vårflod`,
    "Nordanstigs kommun, https://nordanstig.se/ovrigt/arkiv/nyhetsarkiv/nyhetsarkiv-2024/2024/2024-05-03-gul-varning-for-hoga-floden.html, 2024-05-03",
  ),
  real(
    "sv",
    "bulletin",
    "Nu släpper vi på bevattningsförbudet!",
    `Eftersom vattenförsörjningen nu är stabil i hela kommunen upphör bevattningsförbudet att gälla. Vi tackar alla som hjälpt till att spara vatten i vår och sommar!

Kommunens VA-verksamhet vill ändå uppmuntra invånare och företag till fortsatt sparsamhet trots att förbudet är hävt för denna gång. Varje sparad droppe idag gör oss bättre rustade om det blir nya dippar i dricksvattentillgången framöver.

Tips på hur vi kan spara vatten varje dag

Ett bevattningsförbud kan åter bli aktuellt beroende på våra kunders vattenförbrukning, mängden nederbörd eller vid en extraordinär händelse.`,
    "Härryda kommun, https://www.harryda.se/arkiv/nyhetsarkivbyggaboochmiljo/nuslappervipabevattningsforbudet.5.7a7371ca1740ef073517e2d4.html, 2020-08-26",
  ),
  real(
    "sv",
    "bulletin",
    "Värmebölja och vattenbrist",
    `Värmen orsakar att vattenförbrukningen ökar i våra kommuner vilket i sin tur orsakar högre belastning på våra vattenverk. De kommande veckorna kommer trycket på våra vattenreservoarer vara hårt och vi vill därmed be alla medborgare och besökare att varsamma med vattenförbrukningen. För att våra vattenverk ska klara av trycket behöver vi alla använda vattnet klokt.

Läs mer om hur du kan spara på vattenförbrukningen och var vattenbristen riskerar att påverka dig.`,
    "Dala Vatten och Avfall (owned by six Dalarna municipalities), https://www.dalavattenavfall.se/kund-service/notiser/2018-07-16-varmebolja-och-vattenbrist.html, 2018-07-16",
  ),
  real(
    "sv",
    "bulletin",
    "Räddningstjänsten uppmanar till försiktighet vid eldning",
    `Den senaste tidens värme och torka gör att risken för skogsbrand är mycket hög. Solen och värmen gör att marken blir torr. En liten gnista kan snabbt utvecklas till en större brand. Kom ihåg att det alltid är den som eldar som är ansvarig om något går fel, även om rådande riktlinjer följs. Var alltid försiktig och se till att släckutrustning finns nära till hands. Tänk på att det kan vara straffbart att orsaka en brand.

Brandriskprognoser
Du kan själv hålla koll på brandrisken med hjälp av SMHI:s brandriskprognos eller appen Brandrisk Ute

Mer information från MSB
På MSBs hemsida (Myndigheten för samhällskydd och beredskap) finns mer information.`,
    "Åmåls kommun, https://www.amal.se/nyheter/nyheter-2022/raddningstjansten-uppmanar-till-forsiktighet-vid-eldning/, 2022 (page updated 2023-05-24)",
  ),
  real(
    "sv",
    "bulletin",
    "Aktuellt kring snöröjning",
    `Det har fallit mycket snö det senaste dygnet och det medför problem på många platser.
Vi arbetar just nu för fullt med snöröjningen i hela kommunen. I första hand prioriteras trafiklederna i samhället samt våra gång- och cykelvägar. Vi kommer inte kunna halkbekämpa gatorna i första skedet utan uppmanar till försiktighet då det är mycket halt.`,
    "Hultsfreds kommun (osk.hultsfred.se), http://osk.hultsfred.se/artikel/aktuellt-kring-snorojning/ (date not shown on the stored copy)",
  ),
  real(
    "sv",
    "bulletin",
    "Iwi allkrydda orsak till salmonella på Ölandskrog",
    `Folkhälsomyndigheten har bekräftat att det är Iwi allkrydda som orsakat de drygt 90 salmonellafall som härrör från en restaurang på norra Öland.

Det är samma salmonellatyp i kryddan som hos de patienter som blivit sjuka av restaurangmaten, liksom hos de övriga som drabbats i det riksomfattande utbrottet.

Läs mer i Folkhälsomyndighetens pressmeddelande. I pressmeddelandet finns även en länk till Livsmedelsverkets "Frågor och svar".`,
    "Landstinget i Kalmar län, http://www.ltkalmar.se/om-landstinget/press/pressmeddelanden-och-nyheter/nyhetsarkiv/iwi-allkrydda-orsak-till-salmonella-pa-olandskrog-enligt-folkhalsomyndigheten/, 2015-07-09",
  ),
  real(
    "sv",
    "bulletin",
    undefined,
    `Fallen av salmonella finns spridda i södra Sverige. Den här salmonellatypen brukar förekomma under sensommaren, men nu har fler fall än normalt rapporterats. Orsaken till anhopningen av fall utreds av Folkhälsomyndigheten, berörda smittskyddsenheter, Livsmedelsverket och Statens veterinärmedicinska anstalt.`,
    "Folkhälsomyndigheten, outbreak page (archive), https://www.folkhalsomyndigheten.se/smittskydd-beredskap/utbrott/utbrottsarkiv/salmonella-typh-sverige-2016/, 2016",
  ),

  // ---------------------------------------------------------------- English
  real(
    "en",
    "social",
    undefined,
    `We were called at 10.55am this morning to a house fire in Lock Lane, Birdham. We currently have four fire engines at the scene and firefighters are working hard to extinguish a fire in the living room. People are being advised to avoid the area and keep their doors and windows closed if they live nearby.`,
    "West Sussex Fire & Rescue Service, post on X as quoted by the Sussex Express, https://www.sussexexpress.co.uk/news/people/residents-advised-to-keep-windows-closed-while-emergency-services-battle-living-room-fire-in-birdham-5027708, 11 March (year not shown on the stored copy)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Kent Fire and Rescue Service is at the scene of a fire involving trees and vegetation on Birchwood Road in Dartford.

Eight fire engines have been sent to the scene, and firefighters are working to extinguish the flames.

Crews are currently advising anyone who lives or works nearby to keep windows and doors closed as a precaution due to smoke coming from the incident.`,
    "Kent Fire and Rescue Service spokesperson, as republished by Times News Network, https://timesnewsnetwork.com/news/world/uk/close-doors-and-windows-in-dartford-as-smoke-billows-from-vegetation-fire/ (date not shown on the stored copy)",
  ),
  real(
    "en",
    "social",
    undefined,
    `South Wales Fire Service are dealing with an incident in Pentwyn Avenue in Tyntetown, Abercynon. Large amount of smoke travelling, residents advised to close windows and doors.`,
    "South Wales Fire and Rescue Service (@SWFireandRescue) post on X, as quoted by the Express and republished at https://sabiniax.online/?p=335001, Saturday 15 March (year not shown)",
  ),
  real(
    "en",
    "social",
    undefined,
    `CONTROL – We have four engines from Scunthorpe, Brigg, Kirton & Epworth and our aerial ladder platform from West Hull attending a building fire on Winterton Rd, Scunthorpe. Please avoid the area if possible. #RedWatch.

CONTROL – We still have 4 engines at the building fire on Winterton Rd, Scunthorpe. Properties in the area are advised to keep doors and windows closed. #RedWatch.`,
    "Humberside Fire and Rescue Service, two posts on Twitter (the first at 02:04), as quoted in https://theoneworldnews.com/europe/residents-warned-to-stay-indoors-after-fire-tears-through-rural-building (date not shown)",
  ),
  real(
    "en",
    "sms",
    undefined,
    `The Shelter in Place has been lifted and the all clear has been issued for the chemical emergency. You may return to your normal activities.`,
    "City of La Porte, Texas, all-clear notice to residents, as quoted by ABC13 (KTRK), https://abc13.com/la-porte-lifts-shelter-in-place-order-after-chemical-fire/8528999/, 2020-12-05",
  ),
  real(
    "en",
    "social",
    undefined,
    `Good news is the Morrinsville water treatment plant is producing water again and the Morrinsville trunk main has been filled. However, we still need to stick to essential water use only as the reservoir is still re-filling.

The water treatment plant is running well and the reservoir is slowly being refilled to avoid getting air in the pipes and causing breakages. To ensure the reservoir keeps filling up, we really need everyone to continue conserving water.

If you have elderly or housebound neighbours or whānau you are welcome to fill containers for them too. If you know of someone who needs water who isn't able to get it themselves or through friends/family, please contact us. The phone number is 0800 746 467.`,
    "Matamata-Piako District Council, Facebook posts as quoted by the NZ Herald (Waikato News), https://www.nzherald.co.nz/waikato-news/news/morrinsville-on-water-alert-after-problem-at-towns-water-treatment-plant/2EWTTSJWFJGLHEF5CRJD23RZR4 (date not shown)",
  ),
  real(
    "en",
    "bulletin",
    "Low water in Town Reservoir",
    `Update at 1.40pm - Saturday 29 February 2020

Water restrictions can be lifted, our town reservoirs recovered to 67% full overnight, but still have a little way to go until they are back to normal operating levels.
Although there are no official restrictions on water use we still ask that you a mindful of how you use the water so that this precious resource is not wasted. With the very long summer we are having Council is continually monitoring water usage and may impose water restrictions at any time if demand is higher than we can maintain.
It is anticipated that we will be back to normal operating levels tonight.
Thank you to everyone that made the effort to save water yesterday and overnight it was very much appreciated.
If anyone has any questions please contact the Council on 07 873 4000 24/7.

Update at 5.37pm Friday 27 February 2020

A large water leak was located on Domain Drive and Council staff have completed the repairs.

The town reservoirs are slowly recovering but are only 37% full and will take the rest of the day and night to fully recover.

We ask that everyone in town continues to restrict water use so the reservoirs can have the best chance to recover overnight.

Thank you for your continued patience and understanding as council works to restore the towns water back to normal.

If anyone has any queries please contact council 07 873 4000 24/7`,
    "Ōtorohanga District Council, https://www.otodc.govt.nz/our-district/our-news/news-archive/2020-news/low-water-in-town-reservoir/, 2020-02-27/29",
  ),
  real(
    "en",
    "bulletin",
    "Water supply returned to residents",
    `Water supply was restored to almost all Christchurch homes over the weekend.

Christchurch Mayor Bob Parker says water supply was returned to all city homes by Sunday night, with the exception of some small areas at the top of Scarborough. Work is continuing today to restore water supply to these areas.

Water pressure across the system is now operating at normal levels.

"This is good news for the city and I'd like to thank our staff and contractors who have worked so hard over the past week and during the weekend to get the water supply back on for our residents."

The boil water notice is still in place across the city. This will be reviewed in coming days as water testing continues.

If your home or business does not have water, please report this as soon as possible to the Christchurch City Council by calling (03) 941 8999 or 0800 800 169 or filling in the "No Water" notification form that will be available online today at http://nowater.ccc.govt.nz/.

Before doing this please check that the water supply valve at the street boundary (the toby) is turned on and whether or not your neighbours have water.

If you have leaks within your property boundary you will need to make your own arrangements for a plumber to make a permanent repair to them. The Earthquake Commission (EQC) is able to help with payments up to $2000 through the emergency works grant.

Residents must continue to conserve water across the city. There is a total ban on watering gardens. The Council will advise when this ban is lifted.`,
    "Christchurch City Council press release, via Scoop, http://scoop.co.nz/stories/AK1106/S00518/water-supply-returned-to-residents-ccc.htm, June 2011",
  ),
  real(
    "en",
    "bulletin",
    "Boil Water Notices remain in place in Tipp townlands",
    `Uisce Éireann would like to remind customers supplied by both the Horse and Jockey Public Water Supply and the Carrick On Suir (Linguan) Public Water Supply that the Boil Water Notices issued earlier this month will remain in place for both supplies until further notice.

Uisce Éireann is carrying out works to address the issues at both treatment plants to enable the lifting of the notice as quickly and as safely as possible.

While drinking water experts from Uisce Éireann are working to rectify the issues at both treatment plants, customers on each of the supplies are advised to continue to boil their water before use until further notice. Customers are reminded that the water is safe to consume once boiled.

Uisce Éireann's John Fogarty said, "Public health is our number one priority. We wish to assure customers that we are working to resolve the issues at both water treatment plant as quickly and as safely as possible. We also acknowledge the impact this is having on the community,"

Vulnerable customers who have registered with Uisce Éireann receive direct communication on Boil Water Notices. Customers are reminded that the water is safe to consume once boiled. A map of the affected area is attached and available to view on the supply and service section of water.ie.`,
    "Uisce Éireann statement as published by the Nenagh Guardian, https://nenaghguardian.ie/2024/09/14/boil-water-notices-remain-in-place-in-tipp-townlands, 2024-09-14",
  ),
  real(
    "en",
    "bulletin",
    "Boil Water Notice issued for Ferns Public Water Supply",
    `Uisce Éireann, in consultation with the Health Service Executive (HSE), have issued a Boil Water Notice for approximately 1,723 customers served by the Ferns public water supply.

The notice comes after elevated turbidity, which has impacted treatment at the Ferns Water Treatment Plant.

Uisce Éireann is taking swift action to address the issue and protect public health while working towards lifting the notice in the shortest possible timeframe.

Affected Customers: Customers can verify if they are affected by entering their Eircode at www.water.ie or by calling Uisce Éireann's 24/7 customer care helpline at 1800 278 278. A map of the affected area is also available on the water.ie website.

What to Do: All affected customers must boil water before drinking, preparing food, brushing teeth, or making ice. Here are the specific recommendations:

Boil water for drinking, making drinks, preparing salads, brushing teeth, and making ice.

Water can be used for personal hygiene, bathing, and flushing toilets, but not for brushing teeth or gargling.

To boil water, bring it to a rolling boil and allow it to cool before storing it in a refrigerator or cool place.

Additional Safety Measures:

When preparing food that won't be cooked, such as washing salads, use boiled water.

Care should be taken to prevent children from swallowing bath water.

For infant formula, use boiled tap water that has been allowed to cool or use bottled water that has been boiled once.`,
    "Uisce Éireann notice as published by South East Radio, https://www.southeastradio.ie/boil-water-notice-issued-for-ferns-public-water-supply/, 2025-01-06",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Following consultation with the Health Service Executive (HSE), Irish Water and Offaly County Council issued a Boil Water Notice as a precaution to protect approximately 840 customers while upgrade works to the disinfection system at the water treatment plant are underway. Customers in Clonbullogue and surrounding areas are advised to boil water before use until further notice. Please view the attached map for areas impacted.

Irish Water says its priority is the provision of safe, clean drinking water and safeguarding this water supply for homes and businesses now and in the future is a priority. Vulnerable customers registered on this supply have been notified.

John Gavin, Operations Lead with Irish Water, said: "Irish Water and Offaly County Council understand the inconvenience caused as a result of this Boil Water Notice and apologise to all customers affected. Public health is our number one priority and it is important that people adhere to the boil water notice. We will continue to work closely with Offaly County Council to progress these essential upgrades and lift the notice as quickly and as safely as possible while safeguarding this water supply for the future."`,
    "Irish Water and Offaly County Council statement as published by the Offaly Express, https://www.offalyexpress.ie/news/home/596915/boil-water-notice-in-place-in-offaly-village-almost-a-month.html, 2020-12-18",
  ),
  real(
    "en",
    "bulletin",
    "Water Update 12th January - updated 16.15",
    `Drinking water storage levels in the Region's reservoirs are continuing to improve and we are pleased to announce that it is now possible to reduce the number of nightly shutdowns and the severity of nightly pressure reductions across the County. This position will be subject to a daily review by our Water Services team. Householders and customers will be advised of updates on the Council's website, blog, and Aertel page 630.

We'd like to thank you for your continued patience and cooperation during the recent period of disruption, and urge you to maintain water conservation efforts.`,
    "Dún Laoghaire-Rathdown County Council emergency updates blog, http://dlremergencyupdates.blogspot.com/2011/01/water-update-12th-january-updated-1615.html, 2011-01-12",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Significant river flooding impacts are still expected today and on Saturday across parts of the East Midlands on the River Trent downstream of Nottingham, the River Severn including Gloucester and Tewkesbury and also today in the South West on the River Avon due to the recent prolonged wet weather and intense rainfall.

Flood impacts are expected to continue over parts of England over the next five days as rivers and groundwater levels remain high, despite a change to drier weather.

Environment Agency teams are out on the ground, working to minimise the impacts of flooding where possible by operating flood defences and clearing watercourses.`,
    "Environment Agency, statement by flood duty manager Stefan Laeger as quoted by Agriland, https://agriland.co.uk/farming-news/environment-agency-expects-significant-river-flooding-impacts, 2024-01-05",
  ),
  real(
    "en",
    "bulletin",
    "Tornado warning",
    `The National Weather Service has issued a tornado warning in effect until 3:15 p.m. for the following counties: Greene, Northern Lenoir and Southwestern Pitt.

Precautionary/preparedness actions: Take cover now. Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows. If you are outdoors, in a mobile home, or in a vehicle, move to the closest substantial shelter and protect yourself from flying debris.

At 2:44 p.m., a severe thunderstorm capable of producing a tornado was located 7 miles northwest of Snow Hill, or 12 miles southwest of Farmville, moving east at 40 mph.

If a tornado or other severe weather is spotted, call the National Weather Service office in Newport at 1-800-889-6889. This act may save lives of others in the path of dangerous weather.`,
    "National Weather Service (Newport/Morehead City), warning as published by the Kinston Free Press, https://www.kinston.com/news/20190513/tornado-warning-issued-for-kinston, 2019-05-13",
  ),
  real(
    "en",
    "bulletin",
    "High Wind Warning",
    `Saunders-Douglas-Sarpy-Lancaster-Gage
Including the cities of Wahoo, Ashland, Yutan, Omaha, Bellevue, Papillion, La Vista, Lincoln, and Beatrice

* WHAT...For the first High Wind Warning, northwest winds 25 to 35 mph with gusts up to 55 mph. For the second High Wind Warning, northwest winds 25 to 35 mph with gusts up to 60 mph expected. For the Wind Advisory, northwest winds 20 to 30 mph with gusts up to 45 mph expected.

* WHERE...Saunders, Douglas, Sarpy, Lancaster and Gage Counties.

* WHEN...For the first High Wind Warning, until 6 AM CST early this morning. For the second High Wind Warning, from midnight tonight to 6 PM CST Friday. For the Wind Advisory, until midnight CST tonight.

* IMPACTS...Damaging winds will blow down trees and power lines. Widespread power outages are expected. Travel will be difficult, especially for high profile vehicles.

PRECAUTIONARY/PREPAREDNESS ACTIONS...

People should avoid being outside in forested areas and around trees and branches. If possible, remain in the lower levels of your home during the windstorm, and avoid windows. Use caution if you must drive.`,
    "National Weather Service (Omaha/Valley), warning as published by KMAland, https://www.kmaland.com/news/breaking_weather/high-wind-warning-for-se-nebraska-nw-missouri/article_51b18c70-5658-11eb-a234-43bdd23bfc66.html, 2021-01-14",
  ),
  real(
    "en",
    "social",
    "Watch and Act - Hall Road Fire, Balmoral Village (Southern Highlands / Wollondilly)",
    `17:28 Over 270 firefighters continue to work on a fire burning near the villages of Alpine, Aylmerton, Balmoral, Yanderra, Bargo, Pheasants Nest, Wilton, Hill Top and Yerrinbool in the Southern Highlands.

Current Situation
This fire has burnt over 12,000ha and remains uncontained. The alert status currently is Watch and Act. Under forecasted north-westerly winds there is a potential threat of containment lines being breached and threatening the townships of Alpine, Aylmerton, Hill Top, Yerrinbool and Bargo. NSW Police have door knocked residents in Yerrinbool with information. Where conditions allow crews will continue backburning to strengthening containment lines. A TOTAL FIRE BAN is in force for the Illawarra/Shoalhaven area until further notice.

Advice
Residents in the vicinity of this fire are reminded to remain vigilent and monitor the situation closely as conditions will be changing frequently throughout the day. Check your Bush Fire Survival Plan and prepare for a bush fire in your area. If your plan is to leave, or you are not prepared, leave early. Specifically designed, constructed or modified homes, prepared to the highest level, may provide safety.

Advice (Illawarra residents)
While there is no threat to properties in the Illawarra at this time, residents are encouraged to remain vigilant and monitor the situation throughout the day. Check and follow your Bush Fire Survival Plan and prepare yourself for the potential of a bush fire in your area.`,
    "NSW Rural Fire Service, Major Fire Updates post, as republished by TopicsExpress, http://www.topicsexpress.com/Major-Fire-Updates-Watch-and-Act---Hall-Road-Fire-Balmoral-topic-438143582958081 (the Hall Road fire of October 2013; post date not shown)",
  ),
];

export const BAD_BLIND8: EvalMessage[] = [
  // ---------------------------------------------------------------- speculation about the cause
  bad(
    "sv",
    "bulletin",
    "speculation about the cause",
    FACTUAL,
    MSB,
    "Vattenläcka på Kvarngatan – uppdatering kl 10.40",
    `Uppdaterad 4 mars kl 10.40.

Sedan kl 06.15 är vattnet avstängt för cirka 60 hushåll på Kvarngatan och Smedjegatan i Ekfors. Läckan sitter på en huvudledning under gatan. Troligen är det de tunga lastbilarna till bygget vid skolan som har skakat sönder röret, det har vi sett förut.

Vi räknar med att vattnet är tillbaka vid 16-tiden. En vattentank står vid Kvarngatan 12, ta med egen dunk. Spola kallvatten en stund när vattnet kommer tillbaka.

Nästa uppdatering kl 13.00 på ekfors.se. Frågor: VA-jouren 0570-123 45.
Ekfors kommun, vatten och avlopp`,
  ),
  bad(
    "sv",
    "social",
    "speculation about the cause",
    FACTUAL,
    KRIS,
    undefined,
    `Brand i Tallåsens förskola i natt. Räddningstjänsten larmades 02.10 och branden var släckt 03.30. Ingen fanns i byggnaden. Det ser ut som att någon har tänt på med flit, det har ju varit oroligt i området på sistone.

Förskolan är stängd i dag och i morgon. Barnen tas emot på Björkvalla förskola, Skolvägen 3, från 06.30. Frågor till förskolechef Anna Lind, 0522-99 10 20. Vi uppdaterar här kl 15.
/Norrlida kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "speculation about the cause",
    FACTUAL,
    MSB,
    "IT-störning: e-tjänster och växel nere",
    `Publicerad 12 februari kl 09.05.

Sedan kl 07.30 fungerar inte kommunens e-tjänster, e-post eller telefonväxel. Allt tyder på att det är en attack från en statlig aktör, sannolikt Ryssland, eftersom flera andra kommuner har drabbats den senaste tiden.

Behöver du akut hjälp av socialtjänsten, ring 112. Andra ärenden: besök Medborgarkontoret, Stortorget 1, öppet 08–17.

Ny information kl 12.00 här på webben.
Holmsjöviks kommun, kommunikationsavdelningen`,
  ),
  bad(
    "en",
    "bulletin",
    "speculation about the cause; also: blame",
    ["factual", "impartial"],
    GCS,
    "Explosion on Kestrel Lane – update 11:20",
    `Update 11:20, Thursday 6 June.

Emergency services were called at 08:45 to an explosion at a terraced house on Kestrel Lane, Brackenfield. Two people have been taken to hospital. The most likely explanation is that a neighbour's DIY work damaged the gas pipe, although this has not been confirmed.

Residents of numbers 2–40 have been moved to Brackenfield Community Centre, where council staff are on hand. Please avoid Kestrel Lane; the road is closed between Mill Street and the roundabout.

Next update 14:00 on northmoor.gov.uk.
Northmoor District Council`,
  ),
  bad(
    "en",
    "social",
    "speculation about the cause",
    FACTUAL,
    CERC,
    undefined,
    `Power cut in Ashby Vale since 6:10am, about 2,300 homes affected. Crews are on site. Our best guess is that squirrels have got into the substation again – it's been a problem there before. Estimated restoration 11am. Check the outage map at tarrinpower.com/outages or call 0800 555 0192. Next update 9:30. – Tarrin Power Networks`,
  ),

  // ---------------------------------------------------------------- unverified figures from social media
  bad(
    "sv",
    "social",
    "unverified casualty or damage figures from social media",
    FACTUAL,
    KRIS,
    undefined,
    `Stormen: lägesbild kl 14.00
Enligt uppgifter i sociala medier har minst tre personer skadats av nedfallande träd i Sälgvik och ett 40-tal hus fått takskador. Räddningstjänsten har haft 27 larm sedan kl 08. Väg 22 är avstängd mellan Sälgvik och Norrvik.
Håll dig inomhus tills vinden mojnar, troligen vid 18-tiden. Ny lägesbild kl 17.00 på salgvik.se/storm. Upplysning: 0480-45 00 00.
/Sälgviks kommun, krisledningen`,
  ),
  bad(
    "sv",
    "bulletin",
    "unverified casualty or damage figures from social media",
    FACTUAL,
    KRIS,
    "Olycka på Storgatan – läget kl 18.30",
    `Kl 16.50 körde en lastbil in i en busskur på Storgatan i Ringby. Polis, ambulans och räddningstjänst är på plats. På Facebook uppges att fem personer har omkommit, men polisen har ännu inte lämnat några uppgifter om skadade.

Storgatan är avstängd mellan Torget och Järnvägsgatan i kväll. Bussarna går via Parkvägen.

Anhöriga som söker information kan ringa polisen på 114 14. Kommunens krisstöd finns i Ringby kyrka till kl 22.

Nästa uppdatering kl 20.00 på ringby.se.
Ringby kommun`,
  ),
  bad(
    "en",
    "bulletin",
    "unverified casualty or damage figures from social media",
    FACTUAL,
    CERC,
    "Flooding in Riverside – council update 3pm",
    `Council update, 3pm Tuesday.

The River Lenn has burst its banks at Riverside. Posts in local Facebook groups say around 200 homes are flooded and that an elderly man is missing.

Sandbags are available at the Riverside depot, Station Road, until 8pm. If water is coming into your home, switch off electricity at the mains if it is safe to do so and move upstairs. Call 999 if life is at risk. Floodline: 0345 988 1188.

Next update 6pm at lennvalley.gov.uk.
Lenn Valley Borough Council`,
  ),

  // ---------------------------------------------------------------- hearsay
  bad(
    "sv",
    "bulletin",
    "hearsay",
    FACTUAL,
    KRIS,
    "Gaslukt i Åsbacka centrum",
    `Uppdaterat 9 oktober kl 11.15.

Räddningstjänsten undersöker gaslukt vid Åsbacka centrum sedan kl 09.40. En butiksanställd har berättat för oss att det ska ha luktat gas redan i går kväll utan att någon ringde. Det sägs också att en ledning grävdes av i förra veckan.

Centrumhuset är utrymt. Undvik området och ring 112 om du känner stark gaslukt.

Mer information kl 13.00 på asbacka.se.
Åsbacka kommun`,
  ),
  bad(
    "sv",
    "social",
    "hearsay",
    FACTUAL,
    KRIS,
    undefined,
    `Det går rykten om att vattnet i Västra Ekby har gjort barn sjuka, flera föräldrar har hört det från personalen på förskolan. Vi vet inte om det stämmer, men koka dricksvattnet för säkerhets skull. Vi återkommer kl 12 med provsvar. Frågor: 0143-70 80 90.
Ekby Vatten, kl 08.20`,
  ),
  bad(
    "en",
    "social",
    "hearsay",
    FACTUAL,
    GCS,
    undefined,
    `Apparently someone at the depot heard that the landfill fire started in a lithium battery dumped by a local business. Fire crews have been at Greystone landfill since 5am and the fire is now contained. Smoke is drifting north-east over Greystone village: keep windows and doors closed until at least 6pm. Next update 1pm on this page. – Greystone Waste Services (council-owned)`,
  ),

  // ---------------------------------------------------------------- blame
  bad(
    "sv",
    "bulletin",
    "blame",
    IMPARTIAL,
    RF,
    "Strömavbrott i Tallbrinken",
    `Uppdaterat kl 15.30.

Cirka 800 kunder i Tallbrinken är utan ström sedan kl 13.05. Felet beror på att en entreprenör som Trafikverket har anlitat slarvigt grävde av vår högspänningskabel. Det är tyvärr inte första gången de struntar i ledningsanvisningen.

Våra montörer är på plats och vi räknar med att alla har ström senast kl 19.00. Håll kyl och frys stängda så länge strömmen är borta.

Driftinformation: tallbrinkenenergi.se eller 0620-11 22 33. Nästa uppdatering kl 17.00.
Tallbrinken Energi`,
  ),
  bad(
    "sv",
    "bulletin",
    "blame",
    IMPARTIAL,
    RF,
    "Norovirus på Solgläntans äldreboende",
    `Personal och boende på Solgläntan har insjuknat i vinterkräksjuka. Tolv boende har symtom sedan i söndags. Att smittan har fått fäste beror på att regionen inte levererade de skyddsförkläden vi beställde förra veckan.

Besöksförbud gäller på Solgläntan från i dag kl 12 till och med söndag. Anhöriga kan ringa avdelningen på 0910-55 60 70 mellan kl 09 och 20.

Vi uppdaterar på norrlida.se i morgon kl 10.
Norrlida kommun, vård och omsorg`,
  ),
  bad(
    "en",
    "bulletin",
    "blame",
    IMPARTIAL,
    CERC,
    "Icy roads – update 7:30am",
    `Update 7:30am, Wednesday.

Several main routes in the north of the county were not gritted overnight because our contractor Highwise ignored the forecast and sent its crews home early.

Gritters are out now and the A612 and A617 will be treated by 10am. Until then, avoid non-essential journeys and allow extra time. Road status: tarrincounty.gov.uk/winter.

Next update 11am.
Tarrin County Council Highways`,
  ),
  bad(
    "en",
    "bulletin",
    "blame; also: speculation about the cause",
    ["impartial", "factual"],
    CERC,
    "Boil water notice – Hillcrest",
    `Issued 10:00, 3 March.

Tests this morning found E. coli in the Hillcrest reservoir. This follows residents on Hill Farm Lane ignoring repeated warnings about illegal connections to the network.

Boil all water for drinking, cooking and brushing teeth. Bottled water is available at Hillcrest Hall from 2pm. Check whether your address is affected at hillcrestwater.co.nz.

We will update at 5pm today.
Hillcrest District Council`,
  ),

  // ---------------------------------------------------------------- partisan praise
  bad(
    "sv",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    RF,
    "Strömavbrottet i Granby – läget kl 20.00",
    `Cirka 3 000 hushåll i Granby är fortfarande utan ström efter stormen. Nordnät räknar med att de flesta har ström i morgon förmiddag.

Dricksvattnet fungerar som vanligt. Tack vare den nya majoriteten i kommunstyrelsen, som till skillnad från den förra faktiskt satsade på reservkraft, har vattenverket kunnat köras under hela avbrottet.

Värmestuga finns i Granby sporthall, öppen dygnet runt. Behöver du hjälp, ring kommunens upplysning 0651-77 00 00.

Nästa lägesbild kl 08.00 på granby.se.
Granby kommun`,
  ),
  bad(
    "sv",
    "social",
    "partisan praise",
    IMPARTIAL,
    RF,
    undefined,
    `Kommunstyrelsens ordförande Eva Berglund (S) var snabbt på plats vid Sjövallsskolan i dag och visade verkligt ledarskap, till skillnad från oppositionen som bara kritiserar.

Kl 10.20 larmade skolan om ett hot. Polisen har undersökt skolan och bedömer att det inte finns någon fara. Undervisningen fortsätter som vanligt i morgon. Föräldrar som vill prata kan ringa rektor på 0303-12 34 56 i kväll till kl 20.
/Holmsjöviks kommun`,
  ),
  bad(
    "en",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    GCS,
    "River Avel – update 9am",
    `Thanks to the Mayor's decisive leadership – unlike the previous administration – the flood barrier on Quay Street went up in record time last night.

River levels on the Avel peaked at 4.1 m at 2am and are now falling. Quay Street and Mill Lane stay closed until the barrier is taken down, expected at 4pm today. Do not walk or drive through flood water.

Updates at 1pm on avelbridge.gov.uk, or call 01632 960 400.
Avelbridge Town Council`,
  ),

  // ---------------------------------------------------------------- stigmatising labels
  bad(
    "sv",
    "bulletin",
    "stigmatising label; also: speculation about the cause",
    ["impartial", "factual"],
    MSB,
    "Mässling i Norrvik",
    `Ett fall av mässling har bekräftats hos en person i Norrvik. Smittan har troligen spridits inom den somaliska gruppen i Nordbyn, där viljan att vaccinera sig är låg.

Du som besökte vårdcentralen Norrvik den 3 maj mellan kl 10 och 13 och inte är vaccinerad: ring 1177 innan du söker vård. Vaccination erbjuds på vårdcentralen utan tidsbokning 6–8 maj kl 08–16.

Mer information: regionnorrvik.se/massling. Nästa uppdatering fredag kl 12.
Smittskydd Region Norrvik`,
  ),
  bad(
    "sv",
    "bulletin",
    "stigmatising label",
    IMPARTIAL,
    RF,
    "Bränderna i Ringby centrum",
    `Under helgen har det brunnit i fyra bilar och två soprum i Ringby centrum. Polisen utreder bränderna som anlagda. Kommunen sätter in väktare kvällstid från i kväll.

Vi vet att många är oroliga för invandrargängen som hänger vid torget, och vi ber föräldrar i de invandrartäta kvarteren att hålla koll på sina barn efter kl 21.

Se till att soprummet är låst och ring 112 om du ser brand. Tips till polisen: 114 14.

Vi berättar mer efter torsdagens möte med polisen, kl 18 på ringby.se.
Ringby kommun, trygghetssamordnaren`,
  ),
  bad(
    "en",
    "bulletin",
    "stigmatising label; also: speculation about the cause",
    ["impartial", "factual"],
    CERC,
    "Norovirus outbreak at Westfield Care Home",
    `14 residents and 6 staff have been ill with vomiting and diarrhoea since Monday. Visits are suspended until Sunday.

The infection was most likely brought in by one of the Eastern European agency cleaners, who tend not to follow our hand-washing rules.

If you visited between 1 and 4 March and develop symptoms, stay at home until 48 hours after they stop and call NHS 111. Families can call the home on 01632 960 789, 9am–8pm.

Next update Thursday noon.
Harbury Council Adult Social Care`,
  ),

  // ---------------------------------------------------------------- empty reassurance
  bad(
    "sv",
    "bulletin",
    "empty reassurance; also: no action for those affected",
    ["factual", "active"],
    MSB,
    "Brand på Ekfors sågverk – ingen fara",
    `Räddningstjänsten släcker sedan kl 05.30 en brand i en virkeslada på Ekfors sågverk. Det finns ingen som helst anledning till oro och allt är under kontroll. Röken driver mot Norrby.

Mer om branden kl 11 på ekfors.se.
Räddningstjänsten Ekfors`,
  ),
  bad(
    "sv",
    "sms",
    "empty reassurance (easy Swedish); also: no action for those affected",
    ["factual", "active"],
    LL,
    undefined,
    `Det har läckt olja i Lillån.
Du behöver inte vara orolig.
Det är ingen fara.
Kommunen har koll.
Vi skriver mer på ekfors.se i morgon kl 10.
Ekfors kommun`,
  ),
  bad(
    "en",
    "bulletin",
    "empty reassurance",
    FACTUAL,
    CERC,
    "Chemical smell in Dunmore – statement 4:10pm",
    `We are aware of a strong chemical smell reported across Dunmore this afternoon. There is absolutely no risk to the public and everything is under control. Crews remain at the Dunmore industrial estate.

If the smell bothers you, keep windows closed. Further update on our website by 6pm.
Dunmore Fire and Rescue Service`,
  ),
  bad(
    "en",
    "sms",
    "empty reassurance",
    FACTUAL,
    CERC,
    undefined,
    `Tarrin Water: Your tap water is 100% safe, nothing to worry about. Crews at Ely Rd main break till 6pm. Info tarrinwater.com/live, next update 4pm.`,
  ),

  // ---------------------------------------------------------------- refusal to comment
  bad(
    "sv",
    "bulletin",
    "refusal to comment; also: no action for those affected, vague timing",
    ["open", "active", "fast"],
    MSB,
    "Angående legionella i Ringby simhall",
    `Vi har tagit del av uppgifterna i media om legionella i Ringby simhall. Kommunen kommenterar inte saken och vi kommer inte att svara på frågor om provsvaren. Simhallen är stängd tills vidare.
Ringby kommun, kommunikationsenheten`,
  ),
  bad(
    "sv",
    "bulletin",
    "refusal to comment",
    OPEN,
    MSB,
    "Dricksvattnet i Norrby – kl 12.00",
    `Provsvaren från vattenverket i Norrby kom i morse. Vi väljer att inte gå ut med vad proverna visade.

Som försiktighetsåtgärd ska alla i Norrby koka vatten som ska drickas eller användas i matlagning. Det gäller tills vi meddelar något annat. Vattentank finns vid Norrby skola.

Nästa information kl 16.00 på norrbyvatten.se. Frågor: kundservice 0455-30 30 30.
Norrby Vatten AB`,
  ),
  bad(
    "en",
    "bulletin",
    "refusal to comment",
    OPEN,
    CERC,
    "Statement regarding Oakfield Primary School",
    `We are aware of reports of an incident at Oakfield Primary School this morning. The council will not be providing any further details and will not be answering questions from parents or the media on this matter.

The school is closed this afternoon; children can be collected from the main gate until 3:15pm. The school will reopen on Monday as normal.

Communications team, Harbury Council, 12:40`,
  ),

  // ---------------------------------------------------------------- internal jargon
  bad(
    "sv",
    "bulletin",
    "internal jargon",
    ADAPTED,
    KLAR,
    "Driftstörning VA – uppdatering kl 11.00",
    `Ledningsbrott på ND 300 vid PS4 Åsen. SVK-pump ur drift, reservoar Högberget under LLN, utjämningsmagasinet inkopplat. Abonnenter i tryckzon 3 kan få tryckfall. Åtgärd pågår enligt TA-plan, beräknas klar kl 16.00.

Ny info kl 14 på asbacka.se.
Åsbacka kommun, VA-enheten`,
  ),
  bad(
    "sv",
    "bulletin",
    "internal jargon; also: no action for those affected",
    ["audienceAdapted", "active"],
    KLAR,
    "Kommunen går upp i stabsläge",
    `Kommunens krisledning har efter RSA-avstämning gått upp i stab nivå 2 med anledning av förhöjd risk för störning i ETS. TiB och POSOM är larmade och ISK med länsstyrelsen hålls kl 14 via Rakel. Invånare ombeds följa eventuellt VMA.

Nästa lägesrapport kl 16.00 på holmsjovik.se.
Holmsjöviks kommun, 3 februari kl 10.30`,
  ),
  bad(
    "sv",
    "sms",
    "internal jargon",
    ADAPTED,
    KLAR,
    undefined,
    `Ekfors Energi: FV-avbr. pga läcka primärnät DN200 Ringvägen. Sek.sida ej påverkad. Åters. est. kl 15. Info ekforsenergi.se`,
  ),
  bad(
    "en",
    "bulletin",
    "internal jargon",
    ADAPTED,
    PLAIN,
    "PSPS event update 0900",
    `De-energization of circuits 1104 and 1107 in HFTD Tier 3 areas initiated at 0600 per EOC directive. ETOR 1800 pending patrols and re-energization sign-off. Affected customers see PSPS portal and CRCs.

Next update 1200.
Sierra Vista Electric`,
  ),

  // ---------------------------------------------------------------- bureaucratic passive / nominal style
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive; also: warning without place or time, no action for those affected",
    ["audienceAdapted", "active", "factual"],
    KLAR,
    "Information med anledning av inträffad vattenläcka",
    `Med anledning av det inträffade ledningsbrottet har beslut fattats om att avstängning av vattenleveransen ska verkställas inom berört område. Åtgärdande av skadan kommer att påbörjas efter det att nödvändiga förberedelser har genomförts. Tillhandahållande av nödvatten kommer att ske i den omfattning som bedöms erforderlig. Upplysningar lämnas av förvaltningen.

Ekfors kommun, tekniska förvaltningen, 2 december kl 10.00`,
  ),
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive",
    ADAPTED,
    KLAR,
    "Kokningsrekommendation för Sälgvik",
    `Kl 07.45 den 14 mars meddelades kokningsrekommendation för samtliga fastigheter anslutna till Sälgviks vattenverk, efter att förekomst av E. coli konstaterats vid rutinmässig provtagning. Kokning av vatten avsett för dryck, matlagning och tandborstning ska ske. Tillhandahållande av dricksvatten sker vid Sälgviks skola från kl 12.

Ny information kl 16.00 på salgvik.se och via kundtjänst 0380-50 50 50.
Sälgviks kommun, VA`,
  ),
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive; also: no action for those affected",
    ["audienceAdapted", "active"],
    KLAR,
    "Höjd beredskap med anledning av väderläget",
    `Med anledning av rådande väderläge har kommunen i samråd med räddningstjänsten beslutat om höjd beredskap. Förvaltningarna har erhållit uppdrag att inventera behovet av förstärkningsresurser och tillse att kontinuitetsplanerna aktualiseras. Lägesbild kommer att delges berörda kl 15.00.

Norrlida kommun, 8 januari kl 09.30`,
  ),
  bad(
    "en",
    "bulletin",
    "bureaucratic passive; also: warning without place or time, vague timing",
    ["audienceAdapted", "active", "factual", "fast"],
    PLAIN,
    "Notice of interruption to water services",
    `It has been determined that the provision of water services to the properties in question will be subject to interruption, with restoration to be effected upon completion of the necessary remedial works. Alternative supply arrangements are under consideration. Notification will be given in due course.

Water Services Section, Harbury Council, 10:15`,
  ),

  // ---------------------------------------------------------------- myth-first corrections
  bad(
    "sv",
    "bulletin",
    "myth-first correction",
    FACTUAL,
    DEBUNK,
    "Dricksvattnet förgiftat efter branden?",
    `Många delar just nu ett inlägg om att släckvattnet från branden på industriområdet har förgiftat dricksvattnet och att man inte ska dricka kranvattnet. Inlägget säger också att barn har blivit sjuka.

Det stämmer inte. Vattenverket tar sitt vatten från Storsjön, långt från brandplatsen, och proverna i dag kl 08 var utan anmärkning. Du kan dricka vattnet som vanligt.

Ny provtagning i morgon, svar kl 14 på ekforsvatten.se. Frågor: 0570-20 20 20.
Ekfors Vatten`,
  ),
  bad(
    "sv",
    "social",
    "myth-first correction",
    FACTUAL,
    DEBUNK,
    undefined,
    `Det påstås på sociala medier att hemtjänsten har slutat åka ut i Tallbrinken på grund av snön och att äldre blir utan sina mediciner. Det påstås också att bilarna har fastnat. Detta är felaktigt.

Alla planerade besök har gjorts i dag, en del med upp till två timmars försening. Har du inte fått ditt besök, ring hemtjänsten på 0620-44 55 66, dygnet runt. Nästa uppdatering kl 18 på tallbrinken.se.
/Tallbrinkens kommun, äldreomsorgen`,
  ),
  bad(
    "en",
    "bulletin",
    "myth-first correction",
    FACTUAL,
    DEBUNK,
    "MYTH: The Greystone fire smoke is toxic",
    `Many people are sharing a post claiming that the smoke from the Greystone fire contains asbestos and cyanide and that everyone within 10 miles should leave their homes.

This is not true. Air monitoring by the Environment Agency since 6am shows no asbestos and no hazardous levels. The smoke can still irritate eyes and lungs, so keep windows closed if smoke reaches you.

Next air-quality update 3pm at greystone.gov.uk.
Greystone Borough Council`,
  ),

  // ---------------------------------------------------------------- self-contradiction
  bad(
    "sv",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    MSB,
    "Kokningsrekommendationen i Norrby hävs",
    `Onsdag kl 13.00.

Kokningsrekommendationen i Norrby är hävd. Provsvaren visar att vattnet är tjänligt. Fortsätt koka vattnet till dess att de nya provsvaren har kommit på fredag.

Frågor: kundservice 0455-30 30 30. Nästa information fredag kl 12 på norrbyvatten.se.
Norrby Vatten AB`,
  ),
  bad(
    "sv",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    MSB,
    "Strömavbrott Björkvalla – kl 09.30",
    `Alla kunder i Björkvalla har nu fått tillbaka strömmen. Cirka 400 hushåll på Björkvägen och Lönnvägen är fortfarande utan ström och vi räknar med att de har el före kl 12.

Håll frysen stängd så länge strömmen är borta. Driftinformation: 0920-40 40 40.

Nästa uppdatering kl 11.
Björkvalla Elnät`,
  ),
  bad(
    "en",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    CERC,
    "A614 Bramley – update 8am",
    `The A614 at Bramley is now fully open in both directions. Drivers should keep using the signed diversion via Hatfield, as the road remains closed for resurfacing after last night's collision.

Updates at 10am on tarrincounty.gov.uk/roads.
Tarrin County Council`,
  ),

  // ---------------------------------------------------------------- near-empty texts
  bad(
    "sv",
    "social",
    "near-empty text",
    ["factual", "active", "fast"],
    MSB,
    undefined,
    `Något har hänt vid Ringby station. Vi återkommer.
/Ringby kommun`,
  ),
  bad(
    "sv",
    "sms",
    "near-empty text (easy Swedish)",
    ["factual", "active", "fast"],
    LL,
    undefined,
    `Viktigt! Läs mer på vår webb. /Ekfors kommun`,
  ),
  bad(
    "en",
    "social",
    "near-empty text",
    ["factual", "active", "fast"],
    FEMA,
    undefined,
    `Incident in the town centre. Updates to follow. – Millbrook Council`,
  ),

  // ---------------------------------------------------------------- mockery / sarcasm
  bad(
    "sv",
    "social",
    "mockery",
    IMPARTIAL,
    RF,
    undefined,
    `Nej, vattnet är inte ”förgiftat” bara för att det är lite brunt 🙄 Det är järn och mangan som lossnat efter läckan på Åvägen i går och det är ofarligt, kanske dags att plugga lite kemi? Spola kallvatten några minuter tills det blir klart och undvik vittvätt i dag. Vi spolar ledningarna i eftermiddag och räknar med klart vatten till kl 18. Frågor: 0143-70 80 90.
/Ekby Vatten`,
  ),
  bad(
    "en",
    "social",
    "mockery",
    IMPARTIAL,
    CERC,
    undefined,
    `To the 400 people who rang us about the "earthquake" last night: it was a controlled blast at the old quarry, announced three weeks ago. Maybe read the newsletter next time 😉 There was no damage and nobody was hurt. If you think your property was damaged, report it at harbury.gov.uk/report by Friday. – Harbury Council`,
  ),
  bad(
    "en",
    "social",
    "mockery",
    IMPARTIAL,
    GCS,
    undefined,
    `Good news for everyone who panicked about the "flood": the Lenn peaked at 2.9 m overnight and never came near your precious driveways. The flood alert for Riverside was lifted at 9am and all roads are open again. If you collected sandbags from the depot, keep them for next time. – Lenn Valley Borough Council`,
  ),

  // ---------------------------------------------------------------- all-caps alarm
  bad(
    "sv",
    "bulletin",
    "all-caps alarm",
    IMPARTIAL,
    KLAR,
    "VARNING!!! STORM I NATT – STANNA HEMMA!!!",
    `SMHI HAR UTFÄRDAT ORANGE VARNING FÖR MYCKET HÅRD VIND I HELA KOMMUNEN FRÅN KL 18 I KVÄLL TILL KL 06 I MORGON. UNDVIK ALLA RESOR. TA IN LÖSA FÖREMÅL FRÅN BALKONG OCH TRÄDGÅRD. FÖLJ SMHI.SE. NÄSTA INFORMATION KL 16 PÅ SALGVIK.SE.
SÄLGVIKS KOMMUN`,
  ),
  bad(
    "sv",
    "bulletin",
    "all-caps alarm",
    IMPARTIAL,
    KLAR,
    "LIVSFARA – SKOLAN UTRYMD!!!",
    `Kl 09.10 utrymdes Sjövallsskolan efter att det luktade gas i matsalen. ALLA ELEVER ÄR I SÄKERHET i sporthallen. Räddningstjänsten undersöker byggnaden.

Föräldrar kan hämta sina barn i sporthallen, ingång från Idrottsvägen. Skolan är stängd resten av dagen.

Ny information kl 12 på holmsjovik.se eller hos rektor, 0303-12 34 56.
Holmsjöviks kommun`,
  ),
  bad(
    "en",
    "bulletin",
    "all-caps alarm",
    IMPARTIAL,
    PLAIN,
    "BOIL WATER NOTICE!!!",
    `DO NOT DRINK THE TAP WATER!!! E. COLI FOUND IN THE NORTH HILL SUPPLY THIS MORNING. BOIL ALL WATER FOR DRINKING, COOKING AND BRUSHING TEETH. BOTTLED WATER AT NORTH HILL LIBRARY FROM 1PM. MORE AT HILLCRESTWATER.CO.NZ. NEXT UPDATE 5PM.
HILLCREST DISTRICT COUNCIL`,
  ),

  // ---------------------------------------------------------------- vague timing
  bad(
    "sv",
    "bulletin",
    "vague timing",
    FAST,
    MSB,
    "Fjärrvärmeavbrott i Holmsjövik centrum",
    `Sedan kl 05.20 i dag är cirka 120 fastigheter i centrum utan fjärrvärme och varmvatten efter en läcka på en huvudledning vid Kyrkgatan. Vi lagar läckan och värmen bör komma tillbaka inom kort.

Håll fönster och dörrar stängda så stannar värmen kvar längre. Kallvattnet fungerar som vanligt.

Vi återkommer så snart vi vet mer. Frågor: kundservice 0303-60 60 60.
Holmsjövik Energi`,
  ),
  bad(
    "sv",
    "social",
    "vague timing (easy Swedish)",
    FAST,
    LL,
    undefined,
    `Vattnet är avstängt på Lindgatan.
Vi lagar ett rör.
Vattnet kommer tillbaka så småningom.
Hämta vatten vid skolan.
Vi skriver mer senare.
Ekfors kommun 0570-123 45`,
  ),
  bad(
    "en",
    "bulletin",
    "vague timing",
    FAST,
    CERC,
    "Line closure between Millbrook and Castleford",
    `Following a landslip near Millbrook tunnel this morning, the line between Millbrook and Castleford is closed. Replacement buses run from Millbrook station forecourt every 30 minutes.

We expect to reopen the line soon and will share more information in due course. Check your journey at tarrinrail.co.uk.
Tarrin Rail`,
  ),
  bad(
    "en",
    "social",
    "vague timing",
    FAST,
    FEMA,
    undefined,
    `Crane Hill grass fire: crews are making good progress and we hope to lift the evacuation warning for Crane Hill Road shortly. Residents under the warning should stay ready to leave and keep pets close. More when we have it. Info line 1800 555 0147. – Crane County Fire`,
  ),

  // ---------------------------------------------------------------- no action for those affected
  bad(
    "sv",
    "bulletin",
    "no action for those affected",
    ACTIVE,
    MSB,
    "Klorgasläcka vid Ekfors badhus",
    `Kl 14.05 läckte klorgas ut i teknikrummet på Ekfors badhus, Badhusgatan 4. Badhuset är utrymt och räddningstjänsten är på plats. Gasen driver med vinden mot bostadsområdet Solbacken. Räddningstjänsten mäter halterna.

Ny information kl 15.00 på ekfors.se.
Räddningstjänsten Ekfors`,
  ),
  bad(
    "sv",
    "social",
    "no action for those affected (easy Swedish)",
    ACTIVE,
    LL,
    undefined,
    `Det brinner i ett hus på Storgatan i Ringby.
Brandkåren är där.
Det kommer mycket rök.
Röken går mot skolan.
Vi skriver mer klockan 12.
Ringby kommun`,
  ),
  bad(
    "en",
    "bulletin",
    "no action for those affected",
    ACTIVE,
    FEMA,
    "Burst water main, Station Road",
    `At 6:40am a 300 mm water main burst on Station Road, Ashby Vale. Around 1,200 properties in Ashby Vale and Upper Ashby have low pressure or no water. Repair crews are on site and expect to restore supply by 3pm.

Next update at noon.
Tarrin Water`,
  ),

  // ---------------------------------------------------------------- no sender / no route to more information
  bad(
    "sv",
    "bulletin",
    "no sender or route",
    ["open", "active"],
    KRIS,
    "Koka vattnet i Västra Ekby",
    `Kokningsrekommendation gäller i Västra Ekby från i dag kl 11. Vid ett rutinprov har E. coli hittats i ledningsnätet.

Koka allt vatten som ska drickas, användas i matlagning eller till tandborstning. Disk och dusch går bra som vanligt.

Ny information kommer i morgon kl 14.`,
  ),
  bad(
    "sv",
    "sms",
    "no sender or route (easy Swedish)",
    ["open", "active"],
    LL,
    undefined,
    `Strömmen är borta i Tallbrinken. Den kommer tillbaka klockan 17. Håll kylen stängd.`,
  ),
  bad(
    "en",
    "bulletin",
    "no sender or route",
    ["open", "active"],
    FEMA,
    "Boil water advisory – Elm Park",
    `Because of a loss of pressure after a main break, customers in Elm Park should boil tap water for one minute before drinking or cooking. Sample results are expected on Thursday afternoon, when we will confirm whether the advisory can be lifted.`,
  ),

  // ---------------------------------------------------------------- very long sentences
  bad(
    "sv",
    "bulletin",
    "very long sentences",
    ADAPTED,
    KLAR,
    "Vattenläcka i Ringby centrum",
    `Med anledning av den vattenläcka som uppstod under natten mot tisdag på huvudledningen vid korsningen Storgatan–Järnvägsgatan i Ringby och som har inneburit att vattnet har fått stängas av för cirka 350 hushåll i området mellan Storgatan, Parkvägen och Järnvägsgatan samt för förskolan Myran, som därför håller stängt i dag, vill vi informera om att reparationen pågår och att vi räknar med att kunna släppa på vattnet igen vid 15-tiden under förutsättning att inga ytterligare skador upptäcks på ledningen när den har grävts fram, och fram till dess finns dricksvatten att hämta i en vattentank vid Ringby torg där du bör ta med egna kärl, och när vattnet kommer tillbaka kan det vara missfärgat, vilket inte är farligt, men du bör då spola kallvatten tills det blir klart innan du tvättar kläder.

Nästa uppdatering kl 12 på ringby.se.
Ringby kommun, VA`,
  ),
  bad(
    "sv",
    "sms",
    "very long sentences; also: SMS over the channel limit",
    ADAPTED,
    KLAR,
    undefined,
    `Ekfors kommun: På grund av det kraftiga snöfallet som enligt SMHI väntas fortsätta under hela eftermiddagen och kvällen har kommunen beslutat att all skolskjuts ställs in i morgon onsdag och att grundskolorna håller öppet endast för elever vars vårdnadshavare inte kan ordna tillsyn, vilket innebär att du som kan ha ditt barn hemma ombeds göra det, mer information finns på ekfors.se och nästa besked kommer i morgon kl 06.30.`,
  ),
  bad(
    "en",
    "bulletin",
    "very long sentences",
    ADAPTED,
    PLAIN,
    "Boil water notice – Northfield, Westbrook and part of Ashby Vale",
    `Following the discovery during routine sampling on Tuesday afternoon of elevated levels of coliform bacteria at the Northfield service reservoir, which supplies approximately 4,000 properties in Northfield, Westbrook and parts of Ashby Vale, and after consultation with the regional public health unit, which advised that a precautionary approach should be taken until repeat samples, which were collected this morning and are currently being analysed at an accredited laboratory, confirm that the supply meets drinking water standards, customers in the affected area are advised to boil all water used for drinking, preparing food, making ice and brushing teeth, allowing it to cool before use, and to use bottled water for infant formula.

Next update Thursday 12 noon at tarrinwater.com.
Tarrin Water`,
  ),

  // ---------------------------------------------------------------- warnings with no place or time
  bad(
    "sv",
    "social",
    "warning without place or time (easy Swedish)",
    FACTUAL,
    LL,
    undefined,
    `Det är risk för översvämning.
Flytta bilen till ett högt ställe.
Ställ saker högt i källaren.
Ring 112 om det är fara för livet.
Vi skriver mer kl 15 på ekfors.se.
Ekfors kommun`,
  ),
  bad(
    "en",
    "bulletin",
    "warning without place or time",
    ["factual", "fast"],
    FEMA,
    "Severe thunderstorm warning",
    `Damaging winds of up to 70 mph and large hail are expected. Move indoors to an interior room, stay away from windows and bring pets inside. Do not drive through flooded roads.

More information at tarrincounty.gov.uk/emergency.
Tarrin County Emergency Management`,
  ),
  bad(
    "en",
    "social",
    "warning without place or time",
    ["factual", "fast"],
    FEMA,
    undefined,
    `Evacuation order: because of a fast-moving grass fire, residents in the evacuation zone must leave now. Go to the evacuation centre at the high school. Take medicines, pets and documents. Do not return until we tell you it is safe. Updates on this page. – Crane County Sheriff's Office`,
  ),
];
