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
 * Twentieth blind set, written 2026-12-05 by an independent author who did not read the checklist rules, its lexicons
 * or any earlier item (only types.ts, guidance.ts, build.ts, the header of blind15.ts and the earlier sets' source URLs,
 * so that no real message repeats). The real messages are Swedish municipal, regional, utility and fire-service texts
 * copied as published (whole sentences or paragraphs dropped at most, wording and typos kept); the flawed ones are
 * written for this set, each with one failure pattern. HELD OUT as a whole: figures only, never tune on its wording.
 */
const { real, bad } = evalSet("", perLanguage("good20", "bad20"));

export const GOOD_BLIND20: EvalMessage[] = [
  real(
    "sv",
    "bulletin",
    "Uppdaterad 30/11 kl. 21.15 – Akut vattenläcka",
    `Uppdatering kl. 21.15

Vattenläckan är åtgärdad och de har börjat släppa på vattnet igen, samtliga fastigheter bör ha vattnet åter ca klockan 22:30.
När vattnet kommer tillbaka kan missfärgat vatten och tryckförändringar förekomma. Missfärgningen är inte farlig, men var försiktig med tvätt av kläder. Spola då kallvatten några minuter tills vattnet är helt klart. Informationen uppdateras ej.

Uppdatering kl 16.00
Reparationsarbete pågår och beräknas fortsätta under kvällen och natten. För närvarande pågår arbete med att förlägga 30 meter ny vattenledning på den drabbade sträckan.

Dricksvatten finns att hämta vid den röda stugan vid Djäkneboda badplats.

Informationen kommer att uppdateras.

Uppdatering kl. 12.05
Ytterligare en akut vattenläcka har uppstått till följd av arbetet med E4 breddningen. Vi har återigen stängt vattnet till berörda fastigheter. Prognos för när läckan är åtgärdad saknas i nuläget.

Se till att alla vattenkranar är stängda. När vattnet kommer tillbaka, kan missfärgat vatten och tryckförändringar förekomma. Missfärgningen är inte farlig, men var försiktig med tvätt av kläder. Spola då kallvatten några minuter tills vattnet är helt klart. Dricksvatten finns att hämta vid den röda stugan vid Djäkneboda badplats. Informationen kommer att uppdateras.`,
    "https://robertsfors.se/2021/11/30/akut-vattenlacka-vid-sjon-asjon-30-11/ (Robertsfors kommun, 2021-11-30)",
  ),
  real(
    "sv",
    "bulletin",
    "[Uppdatering – koka vattnet] Fåglavik – Stor störning i vattenleveransen",
    `Uppdatering 2017-11-19 kl 14:59: Läckan är lokaliserad till en större ledning som inte kan sektioneras bort. Platsen för läckan är dessutom otillgänglig. Förberedelser för reparation är inledda men själva reparationsarbetet kan påbörjas först imorgon. Vi återkommer med information här på hemsidan ca kl 13:00 imorgon måndag.

Uppdatering 2017-11-19 kl 11:38: Dricksvattennätet har sektionerats och delar av nätet kommer enligt plan att trycksättas under dagen. Eftersom nätet varit utan tryck SKA DU KOKA KRANVATTEN FÖR MAT OCH DRYCK. Rekommendationen att koka vattnet gäller fram till dess vi meddelar något annat. Vi återkommer med mer information här på hemsidan ca kl 15:00 idag.

Uppdatering kl 22:18: Felsökningen avbryts på grund av mörker och återupptas imorgon söndag. Nödvatten finns nu på plats via Räddningstjänsten.

Vi felsöker just nu en vattenläcka i Fåglavik. Alla abonnenter är berörda. Nödvatten ställs ut vid ”Fåglavikstorget”.

Vi återkommer med mer information så snart situationen klarnat.`,
    "https://www.el.herrljunga.se/storning/faglavik-stor-storning-i-vattenleveransen/ (Herrljunga Elektriska AB, 2017-11-18/19)",
  ),
  real(
    "sv",
    "bulletin",
    "Vattenläcka i Sandhem",
    `Vattenläckan kring området runt Sjöviksvägen i Sandhem är nu åtgärdad.

2023-09-19, 10.30

Vattenläckan är lagad. Alla abonnenterna har tillgång till vatten. Viss igenfyllning och asfaltering är fortfarande kvar att göra.

När vattnet kommer tillbaka, kan det vara färgat och grumligt. Färg och partiklar är inte farliga för hälsan, men det bästa är att spola vatten tills vattnet blir ofärgat och utan grumlingar. Ibland får man spola länge och ibland kan missfärgat vatten komma tillbaka efter ett tag. Då får man spola igen.

2023-09-18, 15.30

Läckan är hittad. Arbetet att laga vattenledningen beräknas att vara klart inom två timmar om inget oförberett inträffar. Så abonnenterna bör ha tillgång till vatten i kväll.

2023-09-18, 13.00

Lokalisering av vattenläckan fortsätter. Arbetet försvåras på grund av att det finns mycket vatten i marken. Prognosen för när läckan kommer att vara lagad är oklar.

I nuläget är vattentillförseln strypt men alla ska ha tillgång till vatten. Spola gärna upp vatten för eget bruk eftersom vattnet kommer att stängas av helt när ledningen ska lagas.

2023-09-18, 09.00

En vattenläcka har uppkommit på Sjöviksvägen i Sandhem. Vattnet kommer att stängas av från Sjöviksvägen/Vinkelgatan nu på förmiddagen.

I nuläget saknas prognos för när felet kommer vara åtgärdat.
Spola upp vatten för eget bruk.
Vid längre avstängning kommer vattentank att köras ut.

Sidan uppdateras när vi har ny information.`,
    "https://www.mullsjo.se/arkiv/nyhetsarkiv/nyheter/2023-09-18-vattenlacka-i-sandhem (Mullsjö kommun, 2023-09-18/19)",
  ),
  real(
    "sv",
    "bulletin",
    "Planerat arbete med läcksökning i Alsterbro, Skoghult och Kråksmåla",
    `Vi har upptäckt att det finns en vattenläcka i området runt Alsterbro läcksökning kommer ske natten mellan söndag 21/1 och måndag 22/1.  Enstaka korta störningar på vattenleveransen kan ske i området norr om Badhusgatan.

Uppdatering 2018-01-24

Läckan är nu lokaliserad. Reparationsarbetet påbörjas på tisdag 30/1.

Uppdatering 2018-01-22, 10:00
Efter läcksökningen i natt har vi nu en ganska bra koll på var vattenläckan befinner sig. För att ta reda på det mer exakt kommer läcksökningen att fortsätta även under morgondagen (tisdag 23 januari). Vi räknar med att ingen ska behöva bli av med vattnet under läcksökningen.

I samband med reparationsarbeten eller stora vattenuttag kan rost och andra avlagringar lossna från ledningarna. Då blir vattnet brunt och ibland kan man se synliga partiklar.

Det ser oaptitligt ut men är normalt inte farligt att dricka. Spola i kranen en stund så brukar det försvinna.

Undvik vittvätt tills vattnet är klart igen.`,
    "https://nybroenergi.se/driftinformation/planerat-arbete-med-lacksokning-i-alsterbro-skoghult-och-kraksmala/ (Nybro Energi, 2018-01-22/24)",
  ),
  real(
    "sv",
    "bulletin",
    "Kokningsrekommendationen hävd i Gådeå by, Järsta och Fröland",
    `Det är nu fritt fram att dricka vattnet i Gådeå by, Järsta och Fröland igen.

Vid misstänkt förorening följer vi en rutin som innebär två av varandra oberoende provtagningar av vattnet. Vi har nu fått svar på båda proverna och det finns inget att anmärka på i något av dem. Därmed häver vi nu kokningsrekommendationen och det går åter bra att dricka vattnet utan att koka det.

Vi beklagar den olägenhet som kokningspåbudet eventuellt medfört.`,
    "https://www.hemab.se/nyhetsarkivaldre/arkivnyheter/kokningsrekommendationenhavdigadeabyjarstaochfroland.5.7ecacd6d15f68fae5125041a.html (Härnösand Energi & Miljö AB, date not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Laxnes vatten behöver inte kokas",
    `Två på varandra efterföljande prov visar att Laxnes kommunala vatten nu är tjänligt utan anmärkning.

I samråd med tillsynsmyndigheten hävs därför kokningsrekommendationen.

Vi tackar de boende i Laxne för deras förståelse och tålamod.`,
    "https://www.gnesta.se/bostadmiljo/nyhetsarkivbostadmiljo/byggabomiljo/laxnesvattenbehoverintekokas.5.241cb91b1671ce235dfea01b.html (Gnesta kommun, 2018-12-01)",
  ),
  real(
    "sv",
    "bulletin",
    "Kokningsrekommendationen upphävs",
    `Kokningsrekommendationen upphävs – det kommunala dricksvattnet är tjänligt att dricka

Det har inte funnits bakterier i det kommunala dricksvattnet från Knipkällan.

Det ackrediterade laboratoriet har, av misstag, larmat om ett otjänligt prov onsdag 2020-01-08. Både det första provet och omprovet visar nu inget e-koli. Därmed häver vi kokningsrekommendationen och allt kommunalt dricksvatten är säkert att dricka direkt ur kranen.

Kontakt
Åsa Kling, Enhetschef
0224-74 75 61 asa.kling@sala.se`,
    "https://www.sala.se/message/18312/?type=service&ret=page%3Dinfo%26id%3D12507%26cat%3D4102 (Sala kommun, servicemeddelande 2020-01-09 13:04)",
  ),
  real(
    "sv",
    "bulletin",
    "Kokningsrekommendationen i Västra Bodarna hävd",
    `Nu har det andra provsvaret kommit och även det visade på bra värden. Därmed är kokningsrekommendationen av dricksvatten i Västra Bodarna hävd.

FREDAG 21.20

Nu har två serier av vattenprover från Västra Bodarna analyserats. Ingen negativ påverkan på dricksvattenkvalitén har påvisats. Kokrekommendationen hävs därmed för området.

Tack alla för tålamod och förståelse för beslutet om kokrekommendation, som kommunens VA-avdelning bedömde som nödvändigt som en försiktighetsåtgärd.

FREDAG 12.00

Vi har fått ett första provsvar som visade bra värden. Men för att kunna häva kokrekommendationen behövs godkända vattenprover tagna vid två olika tillfällen. Det andra provsvaret beräknas komma mellan 20.00 och 21.00 på fredagskvällen, så minst fram till dess ligger kokrekommendationen kvar.

Det var på tisdagen som en vattenläcka i höjd med Vardsjöns plantskola gjorde att vi tvingades stänga av vattnet utmed Vardsjövägen och i Västra Bodarna. Nu är vattnet tillbaka, men vi rekommnerar alltså att vattnet kokas innan det dricks eller används i matlagning. Kokrekommendation utfärdas som en försiktighetsåtgärd vid minsta misstanke om att vattnet kan vara förorenat.`,
    "https://www.alingsas.se/bygga-bo-och-miljo/kokningsrekommendationen-i-vastra-bodarna-havd (Alingsås kommun, date not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Uppdatering Brand i industri, Järnmalmsgatan",
    `Räddningstjänsten arbetar  för närvarande med en kraftig brand i en industrilokal på Järnmalmsgatan 5. Branden är för närvarande kraftig och rökutvecklingen är stor. Ett ”Viktigt meddelande till allmänheten” har skickats ut till mobilabonnenter i ett området nordväst om branden, med uppmaning att stänga fönster och ventilation. Rökutveckling beräknas pågå under ytterligare flera timmar in på lördagsmorgonen.

I brandbyggnaden förvaras bland annat brandfarlig vätska i större mängder, vilket bidrar till ett kraftigt brandförlopp. Branden är för kraftig för att släcka med vatten och Räddningsledaren har beslutat att inte använda släckskum för att undvika en miljöskada. Röken kommer därför att vara kraftig under flera timmar framöver.

Stabschef
Anders Lundblad`,
    "https://news.cision.com/se/raddningstjansten-storgoteborg/r/uppdatering-brand-i-industri--jarnmalmsgatan,c3315482 (Räddningstjänsten Storgöteborg, press release via Cision, date not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Polisinsats pågår på Kollaskolan",
    `Polisen är på plats på Kollaskolan efter att nytt hot inkommit under eftermiddagen. Polisen har tagit händelser på allvar och vidtar de åtgärder de bedömer är nödvändiga.

Nyheten publicerades klockan 16:22.

Senast uppdaterad klockan 16:47.

Vårdnadshavare som har möjlighet får gärna redan nu hämta sitt barn. För de barn där detta inte är möjligt gäller att barnen blir väl omhändertagna på närliggande förskola.

Fritidsaktiviteter i Kollaskolans lokaler som planerats i eftermiddag och kväll ställs in. Ansvarig förening har informerats.

Information uppdateras löpande.

Kontakta gärna
Maria Andersson, skolchef
maria.andersson@kungsbacka.se
0300-83 66 16

För frågor om polisens arbete i ärendet hänvisar vi till dem via polisen.se`,
    "https://www.kungsbacka.se/Archive/Regular-News/2021/3/polisinsats-pagar-pa-kollaskolan/ (Kungsbacka kommun, 2021-03-25)",
  ),
  real(
    "sv",
    "bulletin",
    "Händelse vid Kollaskolan 25 mars",
    `På torsdagsmorgonen fick Kollaskolan i centrala Kungsbacka ett brev där det uttrycktes ett hot mot skolan. Skolan kontaktade polis som snabbt var på plats. Polisens insats är nu avslutad och en anmälan om "Olaga hot mot grupp" är upprättad.

Polisens bedömning efter genomförd utredning var att det inte fanns någon anledning för att genomföra en utrymning eller någon annan åtgärd. Kommunen gör inte någon annan bedömning än polisen.

Alla vårdnadshavare får information om det som inträffat via Vklass och på skolan pratar personalen med eleverna i klasserna och är lyhörda för frågor och reaktioner som kan komma idag och framöver.

- Det är givetvis omskakande för alla parter när en sådan här händelse inträffar, säger Maria Andersson skolchef. Kungsbacka kommun i stort och vi som arbetar i skolan har dock tydliga rutiner för hur vi ska agera i olika typer av krissituationer. Inom Förskola & Grundskolas verksamhet finns också personal med god kompetens att möta oro bland barn och unga.

Kontakta gärna
Maria Andersson, skolchef
maria.andersson@kungsbacka.se
0300-83 66 16

För frågor om polisens arbete i ärendet hänvisar vi till dem via polisen.se`,
    "https://www.kungsbacka.se/Archive/Regular-News/2021/3/handelse-vid-kollaskolan-25-mars/ (Kungsbacka kommun, 2021-03-25)",
  ),
  real(
    "sv",
    "bulletin",
    "Översvämningar juli 2024",
    `Under de senaste dagarna har det kommit mycket stora mängder regn på kort tid, detta har lett till översvämningar på flera håll i kommunen. Vid översvämningar ligger kommunens och räddningstjänstens fokus i första hand på att säkra samhällsviktiga funktioner och framkomligheten på större vägar. Det kan därför dröja lite innan andra ytor såsom mindre vägar, parkområden och gång- och cykelbanor är helt återställda.

Felanmälningar kopplade till översvämningarna görs via kommunens formulär för felanmälan. Vi får just nu in många anmälningar gällande överfulla och igensatta brunnar. Detta är ingenting vi kan åtgärda för tillfället då dagvattennätet är överfullt, allteftersom vattnet drar sig undan kommer brunnarna återigen kunna ta emot vatten.`,
    "https://www.linkoping.se/kommun-och-politik/trygghet-sakerhet-och-krisberedskap/sakerhet-och-krisberedskap/risker-i-linkopings-kommun/tips-vid-skyfall/ (Linköpings kommun, July 2024)",
  ),
  real(
    "sv",
    "bulletin",
    "Stora regnmängder kan orsaka problem",
    `SMHI har utfärdat gul vädervarning. Från kvällen fredag 30 juni fram till eftermiddag lördag 1 juli väntas stora regnmängder i delar av södra Norrland. Det kan bli lokala översvämningsproblem.

Det väntas stora mängder regn i bland annat södra Västernorrlands län. Vädervarningen gäller från fredag 30 juni, klockan 18.00 till lördag 1 juli, klockan 15.00. Natt mot lördag och lördag morgon väntas kraftigast intensitet och lokalt kan det då vara skyfallsliknande regn. Regnet mattas av lördag eftermiddag, men väntas pågå i under helgen.

De stora regnmängderna kan orsaka lokala översvämningsproblem. Trafiken kan gå långsammare på grund av översvämmade vägar och det finns risk att till exempel källare, dagvattensystem, vägar och viadukter översvämmas.

Skydda fastighet och egendom

Vid skyfall och översvämningar prioriterar räddningstjänsten att skydda samhällsviktiga funktioner, till exempel sjukhus, och de personer som inte själva kan sätta sig i säkerhet. Enskilda fastighetsägare och privatpersoner måste därför vara beredda på att själva skydda och ansvara för sin fastighet och egendom.`,
    "https://rtjmedelpad.se/aktuellt/aktuellt/2023-06-30-stora-regnmangder-kan-orsaka-problem (Räddningstjänsten Medelpad, 2023-06-30)",
  ),
  real(
    "sv",
    "bulletin",
    "Vattendragen stiger",
    `Den senaste tidens ihärdiga regnande har medfört höga flöden i mindre vattendrag i vårt område och flödena kommer att öka även i de större vattendragen under de närmaste dagarna.

Se till att båtar och bryggor är ordentligt förtöjda, uppmanar Räddningstjänsten. Väderleksprognoserna är osäkra framöver, men det ser ut att komma mer regn under veckan, oklart i vilka mängder i vårt område.

Myndigheten för samhällsskydd och beredskap har på sin webbplats DinSäkerhet.se listat tips vid översvämning: Skydda ditt hus mot översvämning`,
    "https://eda.se/h%C3%A5llare-aktuelltbygg/vattendragen-stiger__2238 (Eda kommun, 2021-10-05)",
  ),
  real(
    "sv",
    "bulletin",
    "Nu släpper vi på bevattningsförbudet!",
    `Eftersom vattenförsörjningen nu är stabil i hela kommunen upphör bevattningsförbudet att gälla. Vi tackar alla som hjälpt till att spara vatten i vår och sommar!

Kommunens VA-verksamhet vill ändå uppmuntra invånare och företag till fortsatt sparsamhet trots att förbudet är hävt för denna gång. Varje sparad droppe idag gör oss bättre rustade om det blir nya dippar i dricksvattentillgången framöver.

Ett bevattningsförbud kan åter bli aktuellt beroende på våra kunders vattenförbrukning, mängden nederbörd eller vid en extraordinär händelse.`,
    "https://www.harryda.se/arkiv/nyhetsarkivbyggaboochmiljo/nuslappervipabevattningsforbudet.5.7a7371ca1740ef073517e2d4.html (Härryda kommun, 2020-08-26)",
  ),
  real(
    "sv",
    "bulletin",
    "Fortsatt uppmaning att spara vatten",
    `Det kritiska läget beträffande det kommunala dricksvattnet fortsätter.

De kritiska läget beträffande de kommunala dricksvattnet fortsätter. Även om det i juli kommer normala nederbördsmängder så kommer grundvattennivåerna i våra kommuner generellt att vara låga eller mycket låga. Vi måste alla hjälpas åt att vara sparsamma med vattnet. På så sätt minskar vi risken för långvariga bevattningsförbud.`,
    "https://www.helsingevatten.se/nyhetsarkiv/fortsattuppmaningattsparavatten.856.html (Helsinge Vatten AB, date not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Stora problem med telefonin",
    `Det går inte att ringa in till Landstinget Dalarna just nu. Felsökning pågår, och det finns ingen prognos för hur länge problemen kommer att kvarstå. – Allmänheten kan ringa 1177, men vi uppmanar till att vänta med att höra av sig med frågor som inte är akuta eller brådskande, säger Karin Stikå Mjöberg, landstingsdirektör.

Sedan 08.45 idag går det inte att ringa in eller ut från Landstinget Dalarna. Operatören har stora problem med telefonin och flera andra myndigheter är drabbade, bland annat Region Västmanland.

Internt, inom Landstinget Dalarna, går det att ringa. Telefoni som inte är kopplad via växeln, fast telefoni och larmknappar fungerar. Reservrutiner för telefoni gäller för Landstinget Dalarnas verksamheter.

Landstinget Dalarna har gått upp i stabsläge för regional och lokala sjukvårdsledningar på respektive sjukhus och betraktar situationen som en allvarlig händelse.`,
    "http://www.ltdalarna.se/Om-landstinget/Press-och-media/Nyheter/Stora-problem-med-telefonin/ (Landstinget Dalarna, 2018-03-05)",
  ),
  real(
    "sv",
    "bulletin",
    "Störningar hos kommunernas IT-system",
    `Under den senaste veckan har Mora, Orsa och Älvdalens kommuner haft störningar i sina verksamhetssystem, vilket har påverkat både hemsidor, bygglovsansökningar och andra viktiga funktioner. Med hjälp av konsulter och leverantörer är kommunernas IT-enhet nu nära att hitta en lösning på de problem som råder.

Under den senaste veckan har det förekommit flera störningar i kommunernas IT-system. Störningarna har varit av olika slag, men det har i samtliga fall försvårat arbetet för många medarbetare och verksamheter i kommunerna. Kommunernas tekniker har tillsammans med olika leverantörer och tillverkare arbetat dygnet runt för att hitta orsaken till vad som har hänt.

– Vi är idag så pass beroende av våra IT-system att ett avbrott tyvärr ger konsekvenser för både medarbetare, verksamheter och medborgare, säger Anders Rosén som är kommunikationschef i Mora kommun.

– Vissa system har varit helt ur drift och i vårt fall har det påverkat bygglovsenhetens myndighetsutövning. I vissa fall innebär detta förseningar i handläggningen av tillsyn, bygglovsärenden och bostadsanpassningsbidrag. Även möjligheten att ge fullgod rådgivning och service kommer inom den närmaste tiden att påverkas. Vi ber om ursäkt för denna olägenhet och nu arbetar vi intensivt för att komma ikapp med handläggningen och övriga arbetsuppgifter, säger Per-Olof Olsson som är bygglovschef i Mora och Orsa.

Vad händer just nu?

Just nu söker ett program igenom kommunernas IT-miljö för att hitta den störning som råder, detta tar några timmar och imorgon bitti ser vi vilket resultat det ger.`,
    "http://morakommun.se/Kommun--politik/Nyheter-Kommun--politik/Storningar-hos-kommunernas-IT-system/ (Mora kommun, 2018-04-24)",
  ),
  real(
    "sv",
    "bulletin",
    "Aktuellt läge kring snöröjning",
    `Det faller fortfarande mycket snö vilket medför stora problem på många platser.
Vi ber därför allmänheten om hjälp med att underlätta för de som arbetar med snöröjning:
– Parkera inte fordon på gator.
– Skotta så att du underlättar för grannar och de som arbetar med snöröjning.
– Tänk på att höga vallar bildas i många korsningar. Räddningstjänsten uppmanar till mycket stor försiktighet i trafiken.
– Om möjligt lämna bilen hemma.`,
    "http://osk.hultsfred.se/artikel/aktuellt-lage-kring-snorojning/ (Hultsfreds kommun, date not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Aktuellt kring snöröjning",
    `Det har fallit mycket snö det senaste dygnet och det medför problem på många platser.
Vi arbetar just nu för fullt med snöröjningen i hela kommunen. I första hand prioriteras trafiklederna i samhället samt våra gång- och cykelvägar. Vi kommer inte kunna halkbekämpa gatorna i första skedet utan uppmanar till försiktighet då det är mycket halt.`,
    "http://osk.hultsfred.se/artikel/aktuellt-kring-snorojning/ (Hultsfreds kommun, date not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Stormen Alfrida",
    `Så kan kommunen hjälpa till efter stormen Alfrida, följ händelseutvecklingen.

Insatser efter stormen Alfrida 11 januari 2019

Engagerade människor och kyrkor som hållit extra öppet har varit ovärderligt i Östhammars kommuns arbete att stötta kommuninvånare efter stormen Alfridas framfart.

När stormen Alfrida drog fram natten till 2 januari drabbades stora delar av Östhammars kommun på olika sätt. Drygt 10 000 invånare i länet blev utan ström. De flesta fick tillbaka strömmen inom ett dygn efter intensivt arbete av Vattenfall, som fortsätter att jobba med att få i gång strömmen för de hushåll som fortfarande saknar det.

- Vi kommer att utvärdera insatserna efter stormen Alfrida för att se vad i vårt arbete som fungerade bra och vad vi hade kunnat göra bättre, säger Peter Nyberg, kommundirektör på Östhammars kommun.

Några av de stödinsatser har Östhammars kommun genomfört:

Samverkat med kyrkor som haft öppet, i vissa fall dygnet runt, så att personer utan ström bland annat haft möjlighet att värma mat, äta, hämta dricksvatten, ladda mobiltelefoner och värma sig.
Utökade öppettider på sim- och sporthallar där personer bland annat kunnat värma sig, duscha, hämta dricksvatten
Röjt träd som fallit över exempelvis gångvägar och skolgårdar.`,
    "https://www.osthammar.se/sv/amnen/kommun-och-politik/stormen-alfrida2/ (Östhammars kommun, 2019-01-11)",
  ),
  real(
    "sv",
    "bulletin",
    "Hemtjänsten ställer in städinsatser under värmebölja",
    `Inom Härnösands kommuns hemtjänst har man idag beslutat att ställa in alla städinsatser till och med måndag 29 juli. Detta utifrån att lägga prioritet och bemanning på att genomföra så kallade vätsketurer och extraturer för de som behöver tillsyn.

SMHI har utfärdat en klass 1-varning gällande mycket höga temperaturer, det innebär en ökad påfrestning på kroppen vilket kan ge problem för framförallt riskgrupper. Prognosen visar att maxtemperaturen ligger på minst 30 grader mellan 25 juli och 28 juli.

- På måndag 29 juli kommer det att göras en ny bedömning utifrån den senaste väderprognosen om vi kan återgå till normalläge eller om nytt beslut behöver fattas om fortsatt inställda städinsatser, säger Anna Wikström, tillförordnad verksamhetschef för hemtjänst.

När temperaturen sjunker och återgår till det normala kommer samtliga brukare som inte fått sina insatser utförda att kontaktas och en extra ersättande insats planeras in.

För att minska hälsoriskerna i samband med höga temperaturer kan man se till att hålla sig sval och ersätta den vätska man blir av med när man svettas. Titta även till vänner och anhöriga.`,
    "https://harnosand.se/stod--omsorg/nyheter-fran-stod--omsorg/stod--omsorg/2019-07-25-hemtjansten-staller-in-stadinsatser-under-varmebolja.html (Härnösands kommun, 2019-07-25)",
  ),
  real(
    "sv",
    "bulletin",
    "Myndighetsmeddelande: Rökutveckling Botkyrka och närliggande kommuner",
    `Det pågår en brand i avfallsupplag i Kagghamra i Botkyrka kommun. Räddningstjänsten är på plats. Brandröken driver med vinden och kan uppfattas flera kilometer från platsen.

Tidvis begränsning av framkomligheten på väg 225 förbi platsen kan förekomma.

Information om händelsens utveckling finner du i vårt nyhetsflöde www.sbff.se/aktuellt`,
    "https://www.sbff.se/hem--fritid/om-olyckan-ar-framme/vma/vma-felanmalan/ (Södertörns brandförsvarsförbund, date not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Brand i byggnad-Ydre",
    `Uppdatering ang. branden i Ydre (14:02)

Branden är nu släckt och efterbevakning är påbörjad. Räddningstjänsten kommer att efterbevaka fram till kl.08:00 den 7/8.

Byggnaden har fått omfattade brand-och rökskador.

//Ansvarigt befäl JF

Den 6/8 vid kl.08:30 larmades räddningstjänst, ambulans och polis ut på brand i byggnad i Ydre kommun. Vid räddningstjänstens framkomst konstaterades att man hade en kraftig rökutveckling i byggnaden. Räddningstjänsten arbetar just nu med utvändig släckning. I nuläget finns inga uppgifter om person skador. Orsaken till rökutvecklingen är, i nuläget, okänd. Prognosen på ärendet är, ännu ej, säkerställd.
//Ledningscentralen RSB`,
    "https://raddsamf.jonkoping.se/omraden/ydre/ydreartiklar/brandibyggnadydre.5.5c53eef51824c00944f23a47.html (RäddSam F, Ydre, 2022-08-06)",
  ),
  real(
    "sv",
    "bulletin",
    "Brand i förskola i Sörforsa. Uppdaterad information 3/10 kl.17.30",
    `Uppdaterad information 3/10 kl.17.30

Här finns frågor och svar om händelsen. Vi uppdaterar den sidan löpande allteftersom vi har svar på inkomna frågor.

Uppdaterad information 1/10 kl.16.00

Kommunens krisledning har precis avslutat ett möte.

Vi har pratat om hur föräldrar och barn tas om hand samt om praktiska lösningar gällande verksamheten, säger Bengt Friberg kommunchef.

Uppdaterad information kl 20.30

Det kommer att bli ett föräldramöte i morgon måndag kl 18.30 i Lunds skolas matsal. Då vet vi förhoppningsvis mer om planeringen framåt.

Uppdaterad information kl 19.45

Hela förskolan kommer att vara stängd under 3 dagar. Det innebär att du som vårdnadshavare behöver hitta en annan lösning för tillsyn av ditt barn under dessa dagar.

- Kommunens krisorganisation är aktiverad och vi jobbar för fullt med att planera för att få igång verksamheten så fort som möjligt, säger kommunchef Bengt Friberg. Just nu är fokus på att hitta ersättningslokaler.

Det brinner i Hasselbackens förskola i Sörforsa. Räddningstjänsten är på plats.

Vi uppdaterar informationen så snart vi vet mer.`,
    "https://hudiksvall.se/Arkiv/Nyheter/Nyheter-2018/2018-10-03-Brand-i-forskola-i-Sorforsa.-Uppdaterad-information-3-10-kl.17.30.html (Hudiksvalls kommun, 2018-09-30 to 2018-10-03)",
  ),
  real(
    "sv",
    "bulletin",
    "Viktig Information: Förskolan i Ringarum håller stängd idag den 5 oktober",
    `På grund av branden i Ringarum har förskolan beslutat att hålla stängt idag, den 5 oktober, av säkerhetsskäl.

Ett meddelande har skickats till vårdnadshavare vars barn påverkas av stängningen. Vi beklagar de eventuella olägenheter detta kan medföra och ber om förståelse för det extraordinära läget.

Vi kommer att göra vårt bästa för att hålla er vårdnadshavare informerade om eventuella förändringar och när förskolan förväntas återuppta normal verksamhet.`,
    "https://www.valdemarsvik.se/blog/viktig-information-forskolan-i-ringarum-haller-stangd-idag-den-5-oktober/ (Valdemarsviks kommun, 5 October, year not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Förskola stängd på grund av brand i intilliggande lokal",
    `Förskolan Lokatten håller stängt måndag 17 januari och tisdag 18 januari på grund av en brand i intilliggande lokaler.

Under lördagen kom larm om brand på ett solarium på Hospitalsgatan. Räddningstjänsten kunde snabbt släcka branden men rök har spridit sig till Lokattens förskola som är en av de intilliggande lokalerna.

På grund av att lokalerna är rökskadade kan förskoleverksamhet inte bedrivas i lokalerna en tid framöver. Förskolan håller stängt under måndag 17 januari och tisdag 18 januari. Vårdnadshavare har informerats av förskolan och de vårdnadshavare som har behov av omsorg under dessa dagar ska meddela förskolan.

Ersättningslokaler från onsdag 19 januari

Utbildningskontorets centrala krisgrupp är aktiverad och arbetar med frågan om ersättningslokaler för Lokattens förskola. Mer information om var verksamheten ska bedrivas från och med onsdag 19 januari kommer.`,
    "https://norrkoping.se/nyhetsarkiv/2022/2022-01-16-forskola-stangd-pa-grund-av-brand-i-intilliggande-lokal (Norrköpings kommun, 2022-01-16)",
  ),
  real(
    "sv",
    "bulletin",
    "Drottningholms förskola har brunnit ned.",
    `Med anledning av branden på Drottningholms förskola har de barn som går på förskolan och omlokaliserats till denna vecka (vecka 1) till Stenhamra förskola. Under måndag 2 januari har Barn- och utbildningsförvaltningen m fl. haft flera krisledningsmöten med syfte att planera för verksamheten på kort och lång sikt. Mer utförlig information kommer att skickas till berörda vårdnadshavare denna vecka.

Vad är det som har hänt?
Räddningstjänsten fick larm om brand i Drottningsholms förskola strax före kl. 20.00 söndagen den 1 januari. Tre brandstationer begränsade branden och hindrade den från att sprida sig till intilliggande byggnader. Själva förskolebyggnaden gick dock inte att rädda.
Ingen ska ha skadats i branden, och det finns inga uppgifter om att någon person ska ha funnits i byggnaden då det började brinna. Brandorsaken är ännu okänd.`,
    "https://www.ekero.se/Gemensamt/Nyhetslista/Drottningholms-forskola-har-brunnit-ned/ (Ekerö kommun, 2017-01-02)",
  ),
  real(
    "sv",
    "bulletin",
    "Fyrklöverns förskola öppnar som vanligt efter brand",
    `Sent på fredagskvällen utbröt en brand på Fyrklöverns förskola på Ljungdala. Förskolan kommer ändå att kunna ha öppet från måndag.
Räddningstjänsten var snabbt på plats och kunde begränsa omfattningen på skadorna. Köks- och personaldelarna är dock kraftigt rök- och vattenskadade. Barnens avdelningar är enligt bedömning av skadesanerare oskadda och förskolan kommer att ha öppet som vanligt från och med måndag. Detta meddelar Christer Pettersson, verksamhetschef förskola, och Rolf Bengtsson, tf förvaltningschef för barn- och utbildningsförvaltningen.
Om någon annan bedömning av situationen görs kommer information att ges via kommunens hemsida under helgen.`,
    "https://www.hassleholm.se/nyheter/alla-nyheter/nyheter/2019-04-27-fyrkloverns-forskola-oppnar-som-vanligt-efter-brand.html (Hässleholms kommun, 2019-04-27)",
  ),
  real(
    "sv",
    "bulletin",
    "Brand på förskolan Målarstugan",
    `Under två tillfällen den senaste veckan (18 juni samt 26 juni) har det skett bränder på Målarstugans förskola.

Bränderna har varit på förskolans fasad och i begränsad omfattning, alltså inte på insidan av lokalerna. Dock saneras nu ett antal berörda avdelningar från rök som trängt in efter den senaste branden.

Händelserna är polisanmälda och bevakningen av förskolan har förstärkts. Ett ytterligare antal åtgärder är planerade för att höja säkerheten på förskolan.`,
    "https://lund.se/nyheter-och-nyhetsarkiv/2018/brand-pa-forskolan-malarstugan/ (Lunds kommun, 2018-06-28)",
  ),
];

export const BAD_BLIND20: EvalMessage[] = [
  // FACTUAL
  bad(
    "sv",
    "bulletin",
    "speculation about the culprit",
    FACTUAL,
    KRIS,
    "Vattenläcka på Hagagatan i Kumla – uppdatering tisdag 14 maj kl. 10.20",
    `Sedan kl. 06.40 i morse är vattnet avstängt för fastigheterna på Hagagatan 2–38 och Nyhemsvägen i Kumla. Orsaken är en läcka på huvudledningen under korsningen Hagagatan/Nyhemsvägen.

Läckan har med stor sannolikhet orsakats av entreprenören som grävde för fiber på platsen förra veckan. Vi kommer att kräva ersättning när detta är utrett.

Vattentank finns uppställd vid Hagaskolans parkering. Ta med egen dunk. Håll kranarna stängda så att du inte får vattenskador när trycket kommer tillbaka.

Vi räknar med att vattnet är tillbaka runt kl. 15.00, men det kan ändras när ledningen är framgrävd. Nästa uppdatering kommer här senast kl. 13.00.

Frågor: Kumla kommuns servicecenter, 019-58 80 00.`,
  ),
  bad(
    "sv",
    "sms",
    "unverified casualty figures from social media",
    FACTUAL,
    KRIS,
    undefined,
    `Räddningstjänsten Östra Götaland kl 21.05: Brand i flerfamiljshus på Ektorpsgatan 14, Norrköping. Enligt uppgifter i sociala medier ska två personer ha förts till sjukhus. Boende i nr 12–16: stanna i lägenheten, stäng dörren, ring 112 om rök kommer in. Mer info: rtog.se kl 22.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "self-contradiction about the affected area",
    FACTUAL,
    MSB,
    "Koka dricksvattnet i norra Ljungby – 3 juni kl. 08.15",
    `Ljungby kommun rekommenderar sedan i morse att du kokar kranvattnet om du bor i Ringstorp eller Replösa. Ett vattenprov från tryckstegringen i Ringstorp visade på förhöjda halter av koliforma bakterier. Vi vet ännu inte hur bakterierna kommit in i nätet.

Kokningsrekommendationen gäller enbart Ringstorp och Replösa; övriga Ljungby tätort påverkas inte.

Koka vatten som du ska dricka, laga mat med eller borsta tänderna med. Låt det bubbla kraftigt en gång, det räcker. Du kan duscha och diska som vanligt.

Eftersom hela tätorten försörjs från samma ledning rekommenderar vi alla i Ljungby att koka vattnet tills nya provsvar finns.

Nya prover är tagna och svar väntas torsdag förmiddag. Vi uppdaterar på ljungby.se senast torsdag kl. 12. Frågor: kontaktcenter 0372-78 90 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "empty reassurance while evacuating",
    FACTUAL,
    CERC,
    "Gasläcka vid Stationsgatan i Hässleholm – kl. 11.35",
    `Vid kl. 10.50 skadades en gasledning under grävarbete vid Stationsgatan 9. Räddningstjänsten har spärrat av ett område på 150 meter runt platsen och boende i Stationsgatan 5–15 har fått lämna sina bostäder.

Det finns ingen som helst risk för dig som bor i området, varken nu eller senare.

Gå inte in i avspärrningen. Om du befinner dig inom området: släck cigaretter och använd inte strömbrytare eller motorer. Evakuerade kan vänta i Kulturhuset på Kulturhusgatan, där det finns fika och personal från kommunen.

Gasbolaget är på plats och arbetar med att stänga ledningen. Vi vet ännu inte hur länge avspärrningen behöver vara kvar. Nästa uppdatering kl. 12.30 på hassleholm.se/aktuellt. Frågor: Hässleholms kommun, 0451-26 70 00.`,
  ),
  bad(
    "sv",
    "social",
    "speculation about the source of infection",
    FACTUAL,
    KRIS,
    undefined,
    `Region Kronoberg, smittskydd, fredag 22 augusti kl. 14.00:
Sedan i måndags har sju personer i Växjö vårdats för legionärssjuka. Smittan kommer med största sannolikhet från kyltornet på taket till köpcentret vid Grand Samarkand, så undvik området tills vidare.

Har du feber, hosta och andningsbesvär och har varit i centrala Växjö de senaste två veckorna? Ring 1177 och berätta det. Legionella smittar inte mellan människor.

Smittskyddsenheten arbetar med kommunens miljöförvaltning för att hitta smittkällan. Vi uppdaterar här och på 1177.se på måndag kl. 10.`,
  ),
  bad(
    "sv",
    "bulletin",
    "self-contradiction about when the water returns",
    FACTUAL,
    MSB,
    "Avstängt vatten i Björkvik – lördag 8 februari, kl. 09.40",
    `Skellefteå kommun har stängt av vattnet i Björkvik, från Björkviksvägen 1 till vändplanen vid Åsvägen, efter en frusen och sprucken ledning. Cirka 60 hushåll berörs.

Läckan är hittad och reparationen pågår. Vattnet är tillbaka senast kl. 14.00 i dag.

En vattentank står vid Björkviks bygdegård. Tappa gärna upp vatten i flaskor när det kommer tillbaka, och låt kranen rinna en stund om vattnet är missfärgat.

Eftersom ledningen måste bytas på en längre sträcka beräknas arbetet vara klart tidigast söndag kväll.

Vi skriver nästa uppdatering här kl. 13.00. Frågor: kundtjänst 0910-73 50 00.`,
  ),
  bad(
    "en",
    "bulletin",
    "speculation about the cause",
    FACTUAL,
    CERC,
    "Fire at Furuhedsskolan, Gävle – update Wednesday 12 March, 07.30",
    `A fire broke out in the sports hall at Furuhedsskolan just after 02.00 last night. The rescue service had it under control by 04.15. No one was in the building and no one was injured.

The fire was most likely caused by the solar panels that were installed on the roof last autumn.

The school is closed today. Pupils in years 4–6 will be taught at Sätraskolan from Thursday; the bus leaves Furuhedsskolan at 08.05. Guardians will get details in the school app this morning.

The police and the rescue service are investigating how the fire started. We will post the next update at gavle.se/furuheds at 16.00 today. Questions: Gävle kommun contact centre, 026-17 80 00.`,
  ),
  bad(
    "en",
    "sms",
    "empty reassurance",
    FACTUAL,
    CERC,
    undefined,
    `Räddningstjänsten Syd, 17:20: A fire at the Spillepeng recycling site is causing heavy smoke over Lomma and Arlöv. The smoke is completely harmless and poses no danger to anyone. Stay indoors and close windows, doors and ventilation until further notice. Updates: rsyd.se at 19:00.`,
  ),
  // IMPARTIAL
  bad(
    "sv",
    "bulletin",
    "partisan blame on a former majority",
    IMPARTIAL,
    RF,
    "Vattenläcka Storgatan Sundsvall – onsdag kl. 12.10",
    `Mitt Sverige Vatten och Avfall har stängt av vattnet på Storgatan mellan Esplanaden och Nybrogatan efter en läcka på en 60 år gammal gjutjärnsledning. Omkring 300 lägenheter och 40 verksamheter berörs.

Läckan är en direkt följd av att den förra majoriteten i kommunfullmäktige under åtta år prioriterade bort underhållet av ledningsnätet.

Vatten finns att hämta i tankar vid Stora torget och vid Navet. Tänk på att stänga kranarna, och spola kallvatten en stund när vattnet kommer tillbaka.

Vi räknar med att vattnet är tillbaka under kvällen men vet inte exakt när. Ny uppdatering kl. 17.00 på msva.se/driftinfo. Kundservice: 060-19 20 00.`,
  ),
  bad(
    "sv",
    "social",
    "self-praise",
    IMPARTIAL,
    MSB,
    undefined,
    `Strömavbrottet i Ragunda – lägesbild söndag kl. 15.00 från Ragunda kommun

Omkring 900 hushåll i Hammarstrand och Stugun är fortfarande utan ström efter stormen i natt. Elnätsbolaget räknar med att de flesta har ström i morgon kväll, men vissa avlägsna ledningar kan ta längre tid.

Tack vare vår föredömliga krisberedskap, som få kommuner i landet kan mäta sig med, var trygghetspunkten på Ragunda bibliotek öppen redan efter två timmar.

På trygghetspunkten kan du ladda mobilen, få varm dryck och hämta vatten. Öppet dygnet runt tills vidare. Ring 0696-68 20 00 om du eller någon du känner behöver hjälp med värme eller mat. Nästa lägesbild kl. 20.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "stigmatising label for the affected group",
    IMPARTIAL,
    RF,
    "Magsjuka i Gottsunda – information från Region Uppsala, torsdag 10 oktober kl. 11.00",
    `Sedan förra veckan har 23 personer i Gottsunda fått diagnosen shigella, en tarmbakterie som ger diarré och feber. Smittan har framför allt spridits bland invandrarfamiljerna i området.

Vi vet ännu inte var smittan kommer ifrån. Smittskydd Uppsala utreder tillsammans med kommunens miljökontor om det finns en gemensam källa i livsmedel.

Så skyddar du dig och andra: tvätta händerna med tvål och vatten efter toalettbesök och före matlagning. Är du sjuk ska du inte laga mat åt andra och barn ska stanna hemma från förskola och skola. Har du blodig diarré eller hög feber, ring 1177.

Information på flera språk finns på regionuppsala.se/shigella. Vi uppdaterar sidan varje tisdag och fredag.`,
  ),
  bad(
    "sv",
    "sms",
    "capitals and alarmism",
    IMPARTIAL,
    MSB,
    undefined,
    `VIMMERBY ENERGI & MILJÖ 3/7 kl 09: AKUT!!! VATTNET HÅLLER PÅ ATT TA SLUT I HELA SÖDRA VIMMERBY. SLUTA VATTNA OCH FYLL INTE POOLER. Bevattningsförbud gäller från i dag. Info och frågor: vimmerbyenergi.se, 0492-76 98 00. Ny info fredag kl 12.`,
  ),
  bad(
    "sv",
    "bulletin",
    "mockery of residents",
    IMPARTIAL,
    MSB,
    "Snöröjningen i Östersund – läget torsdag kl. 07.30",
    `Under natten har det kommit 35 centimeter snö och det fortsätter att snöa under förmiddagen. Alla plogbilar och traktorer är ute sedan kl. 02.00.

Vi prioriterar huvudgator, busslinjer och gång- och cykelvägar till skolor först. Villagator plogas från i eftermiddag och under fredagen.

Till er som trots tre påminnelser fortfarande ställer bilen på gatan: plogen läser tyvärr inte tankar, och den kör inte runt er Volvo heller.

Flytta bilen till egen tomt eller parkering så att plogen kommer fram. Skotta gärna fram till sopkärlet. Hemtjänsten kommer fram till alla brukare, men kan bli försenad.

Nästa lägesbild i dag kl. 14.00 på ostersund.se. Frågor: kontaktcenter 063-14 30 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "blaming residents for the damage",
    IMPARTIAL,
    RF,
    "Översvämmade källare i Gislaved efter skyfallet – måndag kl. 09.00",
    `Under söndagskvällen föll över 60 millimeter regn på två timmar över Gislaved. Räddningstjänsten gjorde 45 utryckningar, de flesta till översvämmade källare på Hestra och i centrum. Ingen har skadats.

Att så många källare har fått in vatten beror på att villaägarna i området struntat i att rensa sina dagvattenbrunnar och stuprör trots våra uppmaningar.

Har du fått vatten i källaren: stäng av strömmen till källaren om det går utan att du står i vatten, dokumentera skadorna med foto och kontakta ditt försäkringsbolag. Anmäl till kommunen om vattnet kom via avloppet, så utreder vi det.

Det kan komma mer regn på tisdag. Vi uppdaterar på gislaved.se kl. 15.00 i dag. Frågor: 0371-810 00.`,
  ),
  bad(
    "en",
    "bulletin",
    "partisan political point in an operational update",
    IMPARTIAL,
    RF,
    "Storm Hans: power cuts in Härjedalen – Monday 16.00",
    `About 2,400 households in Sveg, Lillhärdal and Vemdalen are still without power after last night's storm. The grid company expects most households to be reconnected by Tuesday evening; remote lines may take until Thursday.

The opposition's proposal last spring to cut the municipality's preparedness budget would have made it impossible to open warming centres today.

Warming centres are open around the clock at Sveg sports hall and Vemdalen school. You can charge your phone, get water and a hot meal there. If you rely on home care and have not heard from us, call 0680-163 00.

Do not go near fallen power lines. Next update at 20.00 on herjedalen.se.`,
  ),
  bad(
    "en",
    "social",
    "alarmism",
    IMPARTIAL,
    MSB,
    undefined,
    `Gotland Region, Tuesday 15 July 10.00: The water situation on Fårö is heading for a catastrophe. Groundwater levels are the lowest we have measured, and the tank at Fårösund fell by 40 percent last night.

A hosepipe ban applies on Fårö from today: no watering with hose or sprinkler, no filling pools, no car washing. Use water for drinking, cooking and hygiene only.

We are trucking in water from Slite. Questions: 0498-26 90 00. Next update Thursday 10.00 at gotland.se/vatten.`,
  ),
  // OPEN
  bad(
    "sv",
    "bulletin",
    "no comment on the questions people ask",
    OPEN,
    MSB,
    "Brand på Solgårdens äldreboende i Nässjö – fredag kl. 16.45",
    `Vid kl. 13.20 i dag började det brinna i ett av köken på Solgårdens äldreboende på Västra Storgatan. Räddningstjänsten släckte branden. De 32 boende flyttades till andra avdelningar och till Höglandssjukhuset för kontroll. Tre boende har behandlats för rökpåverkan.

Nässjö kommun har inga kommentarer till frågor om brandlarmet eller om personalen följde rutinerna.

Anhöriga som vill veta var deras närstående finns kan ringa vår anhöriglinje 0380-51 80 00, öppen till kl. 22.00 i kväll. Boende kan inte flytta tillbaka till avdelning B förrän lokalerna har sanerats, troligen om en till två veckor.

Ny information kommer på nassjo.se kl. 10.00 i morgon lördag.`,
  ),
  bad(
    "sv",
    "bulletin",
    "hidden responsibility in passive voice",
    OPEN,
    MSB,
    "Information om det uteblivna sms:et om kokning i Tranås – tisdag 9 april kl. 15.00",
    `I söndags infördes en kokningsrekommendation för dricksvattnet i Tranås tätort efter att E. coli hittats i ett prov från vattenverket. Sms till berörda hushåll skickades först på måndag eftermiddag, nästan ett dygn senare.

Beslut fattades att avvakta med utskicket, och det bedömdes i efterhand att fel beslut hade fattats.

Kokningsrekommendationen gäller fortfarande. Koka vatten som du dricker, lagar mat med eller borstar tänderna med. Har du eller ditt barn blivit magsjuk sedan i lördags, ring 1177.

Svar på det andra provet väntas torsdag. Vi uppdaterar på tranas.se senast torsdag kl. 12.00. Frågor: Tranås kommun, 0140-680 00.`,
  ),
  bad(
    "sv",
    "sms",
    "no sender",
    OPEN,
    KRIS,
    undefined,
    `Koka vattnet! Gäller Hästveda, Bjärnum och Vittsjö från i dag 14 juni kl 10. Koka vatten för dryck, mat och tandborstning. Duscha och diska som vanligt. Nytt besked fredag kl 12. Frågor: 0451-26 70 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "withholding information until the investigation is done",
    OPEN,
    MSB,
    "IT-störning i Kalix kommun – onsdag 4 september kl. 13.00",
    `Sedan i morse kl. 06.30 fungerar inte kommunens e-tjänster, växel eller journalsystem i hemtjänsten. Kommunens IT-avdelning arbetar med att få igång systemen igen.

Vi kommer inte att lämna någon information om vad som har hänt eller om några uppgifter har kommit i orätta händer förrän utredningen är helt avslutad.

Behöver du nå kommunen: ring reservnumret 0923-653 00 eller besök medborgarkontoret i kommunhuset, som har öppet till kl. 18.00. Hemtjänsten kommer som vanligt; personalen har papperslistor. Akuta ärenden till socialtjänsten efter kl. 18: ring socialjouren, 0923-650 00.

Nästa uppdatering kl. 17.00 på kalix.se.`,
  ),
  bad(
    "sv",
    "bulletin",
    "no comment about reports of a threat",
    OPEN,
    MSB,
    "Information till vårdnadshavare på Björkhagaskolan, Kalmar – måndag 18 november kl. 12.30",
    `I morse fick rektor information om ett hotfullt meddelande som spridits i sociala medier och som riktar sig mot skolan. Skolan kontaktade polisen direkt. Polisen är på plats och undervisningen pågår som vanligt.

Kalmar kommun avstår från att kommentera de uppgifter som sprids om vad meddelandet innehöll eller vem som ligger bakom det.

Ditt barn kan komma till skolan som vanligt i morgon. Vill ditt barn prata, finns kurator och skolsköterska på plats hela veckan. Prata gärna med ditt barn hemma och hör av dig till mentorn om du är orolig.

Nästa information skickas via Unikum i morgon kl. 08.00. Frågor: rektor Helena Ström, 0480-45 00 00.`,
  ),
  bad(
    "en",
    "bulletin",
    "hidden responsibility",
    OPEN,
    MSB,
    "Why the VMA alert in Borlänge came late – Friday 6 June, 15.00",
    `On Wednesday evening a fire at a warehouse in Kvarnsveden released heavy smoke over the Tjärna Ängar area. The Important Public Announcement (VMA) asking residents to stay indoors was broadcast at 20.40, one hour and ten minutes after the fire was reported.

Mistakes were made in how the alert was handled, and lessons have been learned.

If you were outdoors in the smoke and have a cough, sore eyes or difficulty breathing that does not go away, call 1177. The air in Tjärna Ängar has been measured on Thursday and Friday and is back to normal levels.

A full review will be published on borlange.se by 30 June. Questions: Borlänge kommun, 0243-740 00.`,
  ),
  bad(
    "sv",
    "sms",
    "no sender",
    OPEN,
    KRIS,
    undefined,
    `Strömavbrott i Malung och Sälen sedan kl 04.20. Ca 3000 kunder berörs. Felsökning pågår, prognos saknas. Trygghetspunkt öppen i Malungs sporthall. Rör inte nedfallna ledningar. Ny info kl 12 i P4 Dalarna.`,
  ),
  // ADAPTED
  bad(
    "sv",
    "bulletin",
    "jargon and abbreviations",
    ADAPTED,
    KLAR,
    "KR för DMA 4 och 5, Tidaholm – 11/3 kl. 09.30",
    `Pga trycklöst LN i DMA 4 och 5 efter ledningsbrott på huvudvattenledning DN 300 vid Vulcanområdet har VA-enheten i samråd med MBN utfärdat KR enl. SLVFS för abonnenter inom VO Söder. Mikrobiologisk analys (E. coli, koliforma, odlingsbara mikroorganismer 22°C) är beställd och svar inväntas 13/3.

Koka vatten till dryck, matlagning och tandborstning. Nödvattentank finns vid Rosenbergsskolan.

Nästa uppdatering på tidaholm.se 13/3 kl. 12.00. Frågor: Tidaholms kommun, 0502-60 60 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "bureaucratic nominal style and passive voice",
    ADAPTED,
    KLAR,
    "Avstängning av vatten i Hjo centrum – tisdag 2 april kl. 08.00",
    `Med anledning av konstaterat läckage på huvudledning i Hamngatan kommer verkställande av avstängning av vattentillförseln att ske för fastigheter inom kvarteren Lejonet, Svanen och Kronan under tidsperioden tisdag kl. 09.00 till och med beräknat tisdag kl. 16.00. Tillhandahållande av nödvatten sker genom utplacering av vattentank vid Hjo stadshus. Iakttagande av stängda tappställen under avstängningsperioden rekommenderas i syfte att förhindrande av vattenskador ska uppnås. Eventuellt förekommande missfärgning av vattnet vid återställande av leverans bedöms ej utgöra hälsorisk; spolning av kallvatten tillråds.

Uppdatering kommer att ske på hjo.se kl. 13.00. Frågor besvaras av Hjo kommuns kundtjänst, 0503-350 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "one very long sentence",
    ADAPTED,
    KLAR,
    "Rökutveckling från brand i Fagersta – lördag kl. 18.10",
    `Räddningstjänsten Västra Mälardalen arbetar sedan kl. 16.30 med en brand i en lagerbyggnad på Västanforsvägen i Fagersta där det förvaras plast och däck vilket gör att röken är tjock och svart och driver med den västliga vinden in över Brinkebo, Kolarbyn och delar av centrum och därför uppmanar räddningsledaren alla som befinner sig i dessa områden att gå inomhus och stänga dörrar, fönster och ventilation och att den som har astma eller annan lungsjukdom ska vara extra försiktig och ringa 1177 vid besvär samtidigt som Västanforsvägen är avstängd mellan Kolarbyvägen och rondellen vid Fagersta Norra så att trafiken leds om via Dalavägen, och räddningstjänsten räknar med att det kommer att ryka flera timmar till men vet ännu inte vad som orsakade branden och återkommer med ny information här på vmraddning.se kl. 20.00.`,
  ),
  bad(
    "sv",
    "correction",
    "myth-first correction",
    ADAPTED,
    DEBUNK,
    "Är dricksvattnet i Motala förgiftat efter branden?",
    `Förgiftat vatten? Släckvatten i Vättern? Kemikalier i kranen? Sedan i går sprids påståenden om att släckvattnet från branden på Motala Verkstad har runnit ut i Vättern och förgiftat dricksvattnet. Många har skrivit att man inte ska dricka kranvattnet, inte ge det till barn och att vattenverket har stängts. Vissa påstår också att kommunen mörkar provsvaren.

Detta stämmer inte. Motala Vatten tar vattnet från Vättern långt från brandplatsen, och släckvattnet samlades upp i en damm på industriområdet. Proverna från måndag och tisdag visar normala värden. Du kan dricka kranvattnet som vanligt.

Provsvaren publiceras på motala.se/vatten, nästa gång onsdag kl. 15.00. Frågor: Motala kommuns kontaktcenter, 0141-22 50 00. Hälsning, Motala kommun, teknik- och samhällsbyggnadsförvaltningen, tisdag 17 september kl. 16.30.`,
  ),
  bad(
    "sv",
    "sms",
    "fire-service jargon",
    ADAPTED,
    KLAR,
    undefined,
    `Räddningstjänsten Jämtland 23/8 kl 14.10: RL har beslutat om riskområde 300 m kring skadeplatsen Brunflovägen 40, sektor öst. Defensiv insats, rökdykning avbruten. Boende i riskområdet: gå in, stäng fönster och ventilation. Info: rtjamtland.se kl 16.`,
  ),
  bad(
    "sv",
    "faq",
    "legal and technical jargon",
    ADAPTED,
    KLAR,
    "Frågor och svar om bevattningsförbudet i Tjörns kommun (uppdaterad 8 juli kl. 10.00)",
    `Vad gäller?
Med stöd av ABVA § 14 jämte 21 § LAV (2006:412) meddelar huvudmannen förbud mot uttag av dricksvatten ur den allmänna VA-anläggningen för icke-hushållsändamål, innefattande men ej begränsat till bevattning medelst slang eller spridare, påfyllnad av bassänger > 2 m³ samt fordons- och fasadtvätt.

Hur länge gäller det?
Till dess att reservoarnivåerna i Kållekärr och Myggenäs varaktigt överstiger larmnivå 2 enligt driftinstruktion.

Vad händer om jag inte följer förbudet?
Huvudmannen äger rätt att vidta åtgärder enligt 43 § LAV.

Var får jag veta mer?
tjorn.se/vatten, uppdateras måndagar kl. 10.00. Frågor: Tjörns kommun, 0304-60 10 00.`,
  ),
  bad(
    "en",
    "bulletin",
    "IT jargon and abbreviations",
    ADAPTED,
    PLAIN,
    "Service disruption – Karlskoga municipality, Tuesday 10.15",
    `Due to a PSU failure in DC1, the CMS, IdP and SIP trunk are down and failover to DC2 has not completed. BankID-based e-services, the switchboard and the MFA for staff are affected. RCA pending; ETA for restore TBD.

If you need to reach us urgently, visit the service desk in the town hall, Kyrkbacken 1, open until 17.00. Home care and schools run as usual.

Next update at 13.00 on karlskoga.se (static fallback page).`,
  ),
  bad(
    "en",
    "correction",
    "myth-first correction",
    ADAPTED,
    DEBUNK,
    "Rumour: Linköping hospital closed to patients",
    `"The University Hospital in Linköping is closed." "Don't go to the emergency department, they are turning people away." "The power cut has shut down all operations." These are messages being shared widely on Facebook and WhatsApp since last night, often with a photo of a dark hospital corridor. Some posts say patients are being flown to Stockholm.

This is not true. The hospital is open. During last night's power cut the backup generators took over and all emergency care continued. Planned operations are going ahead today.

If you need care, go to the emergency department as usual or call 1177 first for advice. Region Östergötland, Wednesday 08.30. Next update at regionostergotland.se at 14.00.`,
  ),
  // FAST
  bad(
    "sv",
    "bulletin",
    "missing time stamp",
    FAST,
    MSB,
    "Vattenläcka i Tomelilla – vattnet avstängt på Smedjegatan",
    `Österlen VA har stängt av vattnet för fastigheterna på Smedjegatan, Lilla Bergsgatan och Vallgatan i Tomelilla efter en läcka på en servisledning. Omkring 70 hushåll berörs.

Läckan är lokaliserad och vi arbetar med att gräva fram ledningen. Vi vet ännu inte hur stor skadan är och kan därför inte säga när vattnet är tillbaka.

Vattentank finns på torget vid Tomelilla kulturhus. Stäng kranarna hemma och spola kallvatten en stund när vattnet kommer tillbaka.

Nästa uppdatering kommer här kl. 16.00. Frågor: Österlen VA kundtjänst, 0411-57 70 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "vague next update",
    FAST,
    CERC,
    "Skred vid Kvistbergsvägen i Ale – söndag 13 oktober kl. 10.45",
    `Under natten mot söndag gick ett mindre skred i slänten ner mot Göta älv vid Kvistbergsvägen i Alafors. Ingen har skadats. Fyra hushåll på Kvistbergsvägen 12–18 har evakuerats i förebyggande syfte och bor tillfälligt på hotell som kommunen ordnat.

En geotekniker har undersökt platsen i morse. Vi vet ännu inte om marken kan röra sig mer, och fler mätningar görs under dagen.

Håll dig borta från slänten och respektera avspärrningarna. Ser du nya sprickor i marken eller i husgrunder i området, ring Ale kommun på 0303-33 00 00 eller 112 vid akut fara.

Vi återkommer när vi vet mer.`,
  ),
  bad(
    "sv",
    "sms",
    "vague next update",
    FAST,
    CERC,
    undefined,
    `Kristinehamns kommun 12/1 kl 07.10: Fjärrvärmen är avstängd i Djurgården och Presterud efter läcka. Ca 600 lgh berörs. Håll fönster stängda, klä dig varmt. Värmestuga öppen i Djurgårdsskolan. Mer info kommer längre fram.`,
  ),
  bad(
    "sv",
    "bulletin",
    "first information published a day late",
    FAST,
    CERC,
    "Kokningsrekommendation i Åsele – publicerad onsdag 20 mars kl. 16.40",
    `Sedan tisdag 19 mars kl. 09.00 gäller kokningsrekommendation för allt kommunalt dricksvatten i Åsele tätort. Provtagning vid vattenverket visade förekomst av E. coli. Vi vet ännu inte hur bakterierna kommit in i vattnet.

Koka vatten som du dricker, lagar mat med eller borstar tänderna med. Du kan duscha, tvätta och spola toaletten som vanligt. Har du blivit magsjuk, ring 1177.

Nya prover är tagna. Nästa uppdatering här fredag 22 mars kl. 12.00. Frågor: Åsele kommun, 0941-140 00.`,
  ),
  bad(
    "sv",
    "social",
    "missing time stamp",
    FAST,
    MSB,
    undefined,
    `Just nu: strömavbrott i stora delar av Vetlanda tätort.

Ellevio felsöker i nätet och har ännu ingen prognos. Vetlanda kommuns äldreboenden och vårdcentralen har reservkraft. Trafikljusen vid Sjukhusrondellen fungerar inte – kör försiktigt.

Ladda inte ur mobilen i onödan och håll kyl och frys stängda. Är du beroende av elektrisk medicinteknisk utrustning hemma och saknar reserv, ring kommunen på 0383-970 00.

Ny information här inom en timme. /Vetlanda kommun`,
  ),
  bad(
    "en",
    "bulletin",
    "vague next update",
    FAST,
    CERC,
    "Landslide closes road 944 at Fjällbacka – Thursday 09.20",
    `A landslide early this morning has closed road 944 between Fjällbacka and Hamburgsund at Kville. No one was injured. Two houses nearby have been evacuated as a precaution.

Geotechnical engineers from the municipality and the Swedish Transport Administration are on site. We do not yet know whether the slope is stable or how long the road will be closed.

Use the detour via road 163 and Kville. Keep away from the slope and the cordon. If you see new cracks in the ground, call 112.

We will provide further updates in due course. Tanums kommun, 0525-180 00.`,
  ),
  bad(
    "en",
    "sms",
    "missing time stamp",
    FAST,
    MSB,
    undefined,
    `Mölndal municipality: A tanker carrying fuel has overturned on Kvarnbygatan. The street is closed between Bergmansgatan and Mölndals bro. Residents in nr 20-40: stay indoors, close windows. Info: molndal.se, next update at 15:00.`,
  ),
  // ACTIVE
  bad(
    "sv",
    "bulletin",
    "no advice on what to do in the smoke",
    ACTIVE,
    CERC,
    "Brand i återvinningsanläggning i Kiruna – tisdag 23 april kl. 20.15",
    `Sedan kl. 18.30 brinner det i en hall med sorterat avfall på Kiirunavaara återvinningscentral. Räddningstjänsten i Kiruna är på plats med tre styrkor. Röken är kraftig och driver mot nordost, in över Lombolo och delar av centrum.

I hallen finns plast, trä och elektronikavfall. Vi vet ännu inte vad som orsakat branden. Ingen har skadats.

Räddningstjänsten räknar med att arbetet pågår hela natten och att det kommer att ryka in på onsdagen.

Kiruna kommun och räddningstjänsten uppdaterar här kl. 22.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "no guidance for those affected",
    ACTIVE,
    CERC,
    "Elavbrott i Härnösand efter snöovädret – lördag 7 december kl. 11.00",
    `Cirka 2 100 hushåll i Härnösands kommun, främst i Säbrå, Viksjö och på Härnön, är utan ström sedan natten. Tung snö har fått träd att falla över ledningarna på flera ställen.

E.ON har 30 montörer ute och räknar med att de flesta får tillbaka strömmen under söndagen. För hushåll längs mindre ledningar i Viksjö kan det dröja till måndag. Vi vet ännu inte hur många som berörs av den längre prognosen.

Kommunens krisledning följer läget och har kontakt med E.ON och räddningstjänsten. Nästa lägesbild kl. 16.00. /Härnösands kommun`,
  ),
  bad(
    "sv",
    "sms",
    "no action and no route to more information",
    ACTIVE,
    CERC,
    undefined,
    `Piteå kommun 28/5 kl 08.15: Vattnet är avstängt på Storgatan 1-40 och Kyrkbrogatan pga vattenläcka. Vi beräknar att vattnet är tillbaka ca kl 14. Nytt sms om tiden ändras.`,
  ),
  bad(
    "sv",
    "bulletin",
    "heat warning without advice or route to help",
    ACTIVE,
    CERC,
    "Mycket höga temperaturer i Kalmar län – Region Kalmar län, måndag 22 juli kl. 09.00",
    `SMHI har utfärdat en gul varning för mycket höga temperaturer i Kalmar län från tisdag till och med fredag. Prognosen visar dagstemperaturer på 30–33 grader och nätter som inte blir svalare än 20 grader.

Långvarig värme är en påfrestning för kroppen, särskilt för äldre, små barn, gravida och personer med hjärt-, kärl- eller lungsjukdom. Även vissa läkemedel kan göra dig känsligare för värme.

Regionens sjukhus och vårdcentraler har förstärkt bemanningen under veckan. Regionens kommunikationsavdelning uppdaterar om läget fredag kl. 10.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "no guidance for worried guardians",
    ACTIVE,
    CERC,
    "Polisinsats vid Nordstjärnans skola i Skellefteå – torsdag 6 mars kl. 11.20",
    `I förmiddags kl. 09.40 kom uppgifter om att en elev hade med sig ett vapen till Nordstjärnans skola. Polisen kom till skolan kl. 09.52 och en elev har omhändertagits. Ingen har skadats.

Polisen har bedömt att det inte finns någon fortsatt fara på skolan. Vi vet ännu inte om det rörde sig om ett riktigt vapen; det utreder polisen.

Eleverna har varit kvar i sina klassrum under insatsen och har nu lunch som vanligt. Personal från elevhälsan finns på skolan under dagen.

Skellefteå kommun, utbildningsförvaltningen. Nästa information i dag kl. 15.00.`,
  ),
  bad(
    "en",
    "bulletin",
    "no action for those affected",
    ACTIVE,
    CERC,
    "High water levels in Emån – Hultsfred municipality, Saturday 11.00",
    `Water levels in Emån and Silverån have risen by 40 centimetres since Thursday after heavy rain, and SMHI has issued a yellow warning for high flows. Low-lying properties in Mörlunda, Målilla and along Silverån in Hultsfred are most at risk. The river is expected to peak on Monday.

The rescue service and the municipality are monitoring levels along the river twice a day. We do not yet know whether roads will need to close.

Next update at hultsfred.se on Sunday at 11.00. Questions: 0495-24 00 00.`,
  ),
  bad(
    "sv",
    "social",
    "no route to more information",
    ACTIVE,
    CERC,
    undefined,
    `Räddningstjänsten Skåne Nordväst, fredag 14 februari kl. 21.40:
Läckage av ammoniak från en kylanläggning på ett livsmedelsföretag i Berga industriområde, Helsingborg. Boende och verksamma på Berga och i västra Ödåkra: gå inomhus och stäng dörrar, fönster och ventilation. Undvik området.

Ingen har skadats. Vi vet ännu inte hur mycket som har läckt ut. Ammoniak luktar starkt och irriterar ögon och luftvägar även i låga halter.

Har du svårt att andas eller svider det i ögonen, ring 1177. Vid akuta besvär, ring 112. Nytt besked kl. 23.00.`,
  ),
];
