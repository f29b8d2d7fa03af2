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
 * Twenty-second blind set, written 2026-12-05 by an independent author who did not read the checklist rules, its
 * lexicons or any earlier item (only types.ts, guidance.ts, build.ts, the header of blind15.ts and the earlier sets'
 * source URLs, so that no real message repeats). The real messages are Swedish kommuner, regioner, räddningstjänster,
 * polisregioner, municipal utilities and housing companies, copied with whole sentences or paragraphs dropped at most.
 * HELD OUT as a whole: report figures only, never tune on its wording.
 */
const { real, bad } = evalSet("", perLanguage("good22", "bad22"));

export const GOOD_BLIND22: EvalMessage[] = [
  real(
    "sv",
    "bulletin",
    "Lägesrapport branden Silvergården 13",
    `Status

Under natten mot måndag har bevakning av fastigheten utförts av bevakningsföretag och räddningstjänst med kranbil.

Trapphus A och B, vån 1 – 6; lägenheterna har klarat sig rätt bra, elen fungerar inne i lägenheterna, kyl och frys fungerar. Någon dörr uppbruten av brandkår men igensatt nu. Mindre vattenskador i dagsläget.

Trapphus B, våning 7: En lägenhet är totalt utbränd. Övriga lägenheter i trapphus A och B på våning 7 har mer eller mindre rök och vattenskador. El fungerar inte på plan 7.

Vad sker nu

Polisen ska under tisdag 7 juli och onsdag 8 juli påbörja inventering och utredningen av brandorsak.

Prioriterade åtgärder just nu är att sätta byggstaket runt fastigheten, säkra byggnaden, städa av vind, täcka taket, inventera teknik och installationer och bestämma vilka åtgärder som krävs.

Arbeta vidare med att ordna boende till våra drabbade hyresgäster.

Hyresgäster och boende

Akuta evakueringsboende är löst för de närmaste nätterna. Personer med speciella behov och hyresgästerna på våning 7 kommer prioriteras för långsiktiga lösningar.

Vi kan i dagsläget ej säga när inflyttning är möjlig. Specialister ska gå igenom huset och se vilka viktiga åtgärder som måste lösas innan inflyttning.

Plan 1 – 6 kan flytta in i etapp 1, plan 7 i etapp 2.

Angående tillträde till lägenheter: Byggnaden måste säkras innan man kan gå in och hämta privata saker i lägenheterna. När byggnaden är säkrad kan man gå in under ordnade former och vi återkommer på hemsidan om när detta kan bli aktuellt.

Angående hyran: Inför nästa månadsskifte kommer ny information angående betalning.`,
    "https://www.paulssons.se/2020/07/lagesrapport-branden-silvergarden-13/ (Paulssons, juli 2020)",
  ),
  real(
    "sv",
    "bulletin",
    "Branden på Regnvägen i Luleå",
    `Som tidigare informerats om har en brand ägt rum den 2 januari på Regnvägen, Björkskatan, i Luleå. Fastigheten ägs av Lulebo. I anledning av detta vill vi lämna följande uppdaterad information.

En lägenhet är helt utbränd. Polisiär utredning pågår om brandorsaken.

- Brandrök har spridit sig till intilliggande lägenheter. Räddningstjänsten har dock intygat att ingen farlig rök finns kvar i fastigheten. Vad gäller våra hyresgäster har vi evakuerat ett äldre par som bor i närheten av den brandskadade lägenheten. Vår jourhavande personal samlade initialt ihop de hyresgäster som var på plats och informerade om situationen. Ett antal hyresgäster var inte hemma, de kontaktades per telefon. Det innebär att samtliga boende i fastigheten utan dröjsmål blev uppdaterade om läget, konstaterar Anna-Stina Nordmark Nilsson, Tf vd hos Lulebo.

Arbetet med att ventilera ut röklukt har vidtagits och ventilationsutrymmen ska rengöras innan ventilationen slås på igen. Köksfläktarna kan fortfarande användas för att vädra ur röklukt. Vidare har joniseringsfläktar satts in i i lägenheten som har evakuerats, samt i trapphus och i källare. Dessa kommer att flyttas runt i huset och trapphus ska städas i syfte att minimera röklukt. Källare och tvättstuga är vattenskadade av brandkårens släckvatten och läckage från element. Det ska följas upp och åtgärdas så snart som möjligt.

- Vi har satt in vaktbolag som gör extra turer i området under helgen. Detta för att ytterligare säkerställa trygghet för våra hyresgäster. Vid en brand som denna gäller gängse försäkringsrutiner. Vi har därför uppmanat berörda hyresgäster att kontakta sitt försäkringsbolag.

- Vi vill särskilt tacka den hyresgäst som på ett mycket rådigt sätt ringde SOS och larmade grannarna, avslutar Anna-Stina Nordmark Nilsson.`,
    "http://www.mynewsdesk.com/se/lulebo/pressreleases/branden-paa-regnvaegen-i-luleaa-1284410 (Lulebo, 3 januari 2016)",
  ),
  real(
    "sv",
    "bulletin",
    "Inga personskador i dagens lägenhetsbrand",
    `På morgonen den 17 november upptäckte Lulebos entreprenör, som arbetar med byte av balkonger på Mörtgränd, att det brann i en lägenhet på Mörtgränd 1. Entreprenören larmade Räddningstjänsten som snabbt kom till platsen och påbörjade både utrymnings-/räddningsarbetet och släckningen av branden. Lulebos egen personal med bland annat områdeschef, bovärd och drifttekniker var också tidigt på plats för att hjälpa till och för att kontakta och hjälpa berörda hyresgäster.

Fungerande brandcell förhindrade spridning

Fastigheten på Mörtgränd 1-3 består av två trappuppgångar med nio lägenheter i varje uppgång. Branden uppstod i en av lägenheterna, en trappa upp på Mörtgränd 1. Denna lägenhet blev totalt utbränd men brandcellen fungerade som den skulle och elden kunde därför inte sprida sig till några andra lägenheter i trapphuset eller huset.

Hyresgäster evakueras under sanering av rök- och vattenskador

Trapphuset och alla övriga lägenheter på Mörtgränd 1 blev kraftigt rökskadade. Utöver detta har det effektiva släckningsarbetet sannolikt skapat en del vattenskador i huset. Polisens avspärrningar släpptes under eftermiddagen men Lulebo har ännu inte hunnit besikta och bedöma skadornas totala omfattning. Det står klart att alla hyresgäster på Mörtgränd 1 behöver bo på annan plats åtminstone under den första natten. Vissa av dem kommer troligen att kunna flytta hem igen inom kort medan andra kommer att behöva evakueras till andra Lulebo-bostäder medan trapphuset och lägenheterna saneras. Hyresgäster på Mörtgränd 3 kunde återvända till sina lägenheter redan mitt på dagen.

Lättade över att inga människor kommit till skada

Lulebo har varit i kontakt med alla hyresgäster under dagen och vi håller fortsatt kontakt tills boendesituationen har löst sig på ett bra sätt.`,
    "https://www.lulebo.se/Content/PageRedirect/3633358a-2eee-4286-9431-de8b00e54134 (Lulebo, 17 november, year not stated)",
  ),
  real(
    "sv",
    "bulletin",
    "Råd vid översvämningsrisk",
    `Väderprognosen spår stora mängder regn den närmaste tiden och vid skyfall kan de kombinerade vatten- och avloppsledningarna i gatan bli överfulla. Vattnet riskerar då att rinna baklänges och orsaka översvämningar på gator, torg och kanske också hemma hos dig.

Vad kan du göra för att förbereda dig på bästa sätt?

• Rensa stuprännor och galler till gatubrunnar från grenar, löv och annat skräp så att vattnet kan rinna undan.
• Täpp till golvbrunnarna och toalettstolar i källaren med en sandsäck eller handduk med en vikt på.
• Plocka bort värdefulla saker från källaren.
• Täta källarfönster och ventilationsöppningar.
• Bygg en tillfällig barriär av sand eller jord - den kan stoppa en mindre översvämning.
• Flytta möbler och elektriska apparater högre upp i huset eller ställ dem på någon form av förhöjning.
• Ha mobiltelefonen fulladdad.

Om du råkar ut för en översvämning:

• Bryt strömmen i rummet, men se till att eventuella dräneringspumpar inte stannar.
• Ring ditt försäkringsbolag för att ordna med skadereglering och uttorkning.
• Var extra noga med hygienen om du kommer i kontakt med vattnet (det kan vara avloppsvatten).
• Undvik att köra bil genom översvämmade områden. Det krävs inte särskilt mycket strömmande vatten för att dra omkull dig eller få bilen att driva iväg.`,
    "https://www.vemab.se/tjanster/vatten-o-avlopp/du-som-kund/rad-vid-oversvamningsrisk (Vemab, uppdaterad 2024-06-12)",
  ),
  real(
    "sv",
    "bulletin",
    "21 februari 11.13, Brand, Mölndal",
    `Polis och räddningstjänst har larmats till Gemenskapens gata i Mölndal med anledning av en brand. En explosion ska ha hörts från lokalerna med rökutveckling som följd enligt uppgifter från SOS Alarm.

Polis på plats kunde konstatera via räddningstjänsten att ett strömavbrott inträffat och att en maskin läckt ut gas. Ingen fara för liv eller hälsa i nuläget, ingen farlig rök är bedömningen i nuläget.

Polis är på plats och bistår räddningstjänsten i deras arbetet med händelsen.

12:43 Uppdatering
En magnetröntgenmaskin har på grund av strömavbrott inte fått kylning och gas har läckt ut. Ingen rök ska ha gått in i fastigheten och därmed har det inte varit fara för liv eller hälsa. Polis avslutar insatsen.`,
    "https://polisen.se/aktuellt/handelser/2024/februari/21/21-februari-11.13-brand-molndal/ (Polisen, 21 februari 2024)",
  ),
  real(
    "sv",
    "bulletin",
    "Prata med ditt barn om hot och trakasserier",
    `Hot och trakasserier är en verklighet för många av våra ungdomar idag, inte minst i sociala medier. Tröskeln för vad som anses acceptabelt att uttrycka har sänkts när vi inte alltid behöver se personerna vi uttrycker hotet mot i ögonen. Att sprida hot om våld och andra extrema handlingar avsedda att skada andra människor är ett allvarligt brott mot svensk lag.

I närtid upptäcktes ett hotfullt budskap på Österåkers gymnasium och skolan hölls stängd under en dag för att hantera den oro som uppstod.

Österåkers kommun och polisen tar denna typ av händelser på största allvar. Händelsen har polisanmälts och en förundersökning om grovt olaga hot har inletts.

Polisen ser en ökning av den här typen av händelser runtom i landet. Händelserna tar stora resurser i anspråk och skapar otrygghet. Vi behöver alla hjälpas åt att förebygga denna utveckling. Nu behöver vi din hjälp som vårdnadshavare!

Prata med dina barn om att hot och trakasserier, även sådana som kanske görs på skämt, är allvarliga och kan vara brottsliga.

Barn och ungdomar kan ibland ha svårt att se konsekvenserna av sina handlingar. Därför är det viktigt med en levande dialog med barn och ungdomar, inte minst i skolan och hemmet. Uppmana dem att berätta för en vuxen om de skulle se eller höra hot eller trakasserier i skolan. Skolan har en skyldighet att ingripa. Det är viktigt att alltid polisanmäla hot och trakasserier. Tack för din samverkan!

Katarina Freme
Tf säkerhetschef Österåkers kommun

Anna Ohlsson
Lokalpolisområdeschef Polisen`,
    "https://www.osteraker.se/subsajter/grundskolor/ljusteroskola/funktionssidor/nyheterfranljusteroskola/arkiv/nyheterfranljusteroskola/pratameddittbarnomhotochtrakasserier.5.146461916fc21e577651ad.html (Österåkers kommun och Polisen, 12 februari 2020)",
  ),
  real(
    "sv",
    "bulletin",
    "Högt tryck på vården: Hjälp till genom att söka vård på rätt sätt!",
    `Just nu är det högt tryck på vården och personalen är hårt belastad. För att underlätta för personal och för att du ska få rätt hjälp är det viktigt att du söker rätt typ av vård.

Den senaste tiden har det varit ett högt söktryck på hälso- och sjukvården i Blekinge. Det har lett till att många har begett sig till akutmottagningen i Karlskrona, trots att man inte behövt akutmottagningens resurser.

Du som bor eller vistas i Blekinge kan hjälpa både hälso- och sjukvården och dig själv genom att tänka på följande:

• Vänd dig till vårdcentralen i första hand. Vid akuta besvär som inte kan vänta tills vårdcentralen öppnar finns jourcentralen och närakutmottagningen. Du kontaktar jourcentralen och närakutmottagningen genom att ringa 1177, eller använda appen Din vård Region Blekinge. Där får du kontakt med vårdpersonal som bedömer ditt behov.
• Besök vår akutmottagning endast om du eller någon i din närhet har drabbats av svår sjukdom eller skadats allvarligt. Många som kommer till akutmottagningen hade kunnat få vård på en vårdcentral, jourcentral eller närakutmottagning.
• Vid akuta och livshotande tillstånd – ring alltid 112.`,
    "https://regionblekinge.se/om-webbplatsen/nyheter/nyheter-och-pressmeddelande/2022-07-07-hogt-tryck-pa-varden-hjalp-till-genom-att-soka-vard-pa-ratt-satt.html (Region Blekinge, 7 juli 2022)",
  ),
  real(
    "sv",
    "bulletin",
    "Vattnet i Nälden, Vaplan och Ytterån är tjänligt – behöver inte kokas",
    `De två senaste provtagningarna visade att vattnet är tjänligt i Nälden, Vaplan och Ytterån. Kokrådet återkallas nu av bygg- och miljöavdelningen som är tillsynsmyndighet.

Kommunen har hittat vattenläckor på ledningsnätet och arbetet med att laga dessa är påbörjat och fortsätter.

Sträckor på avloppsledningsnätet är filmade och granskade för att upptäcka eventuella ledningsbrott där avloppsvatten kan läcka ut och förorena marken där dricksvattenledningar ligger. Ett ledningsbrott har påträffats och ska åtgärdas snarast.

Vi fortsätter med utökad provtagning på ledningsnätet. Vi fortsätter även med att utreda inkomna klagomål som smak och lukt som kom in i augusti och september men också från tidigare år.

Klagomålen är utspridda längs ledningsnätet. En åtgärd som vi utreder är om en förändring i vattnets beredning i vattenverket kan ge en reducerad smak och lukt på vattnet som sedan distribueras.

Vi uppmanar alla som uppfattar att de har fortsatt dålig vattenkvalité att kontakta kundcenter för anmälan. Anmäls problem hjälper det oss i arbetet att lokalisera eventuellt ytterligare problem som inte har upptäckts.`,
    "https://www.krokom.se/funktioner/viktig-information/2021-10-06-vattnet-i-nalden-vaplan-och-ytteran-ar-tjanligt---behover-inte-kokas.html (Krokoms kommun, 6 oktober 2021)",
  ),
  real(
    "sv",
    "bulletin",
    "Vattenläcka i Orrefors",
    `Fredag 08:00
Det har uppstått en vattenläcka någonstans i Orrefors tätort. Läcksökning pågår. Under läcksökningen kan hushållen bli av med vattnet under kortare stunder.

Fredag 14:00
Läckan är lokaliserad till början av Kantavägen och nedre delen av Vallgatan. Vi återkommer så snart vi vet hur och när lagningsarbete kommer att ske.

Fredag 18:00
Nu är läckan helt lokaliserad och den var inte på ledningsnätet utan på privat tomt. Inga övriga fastigheter kommer bli berörda av lagningsarbetet.

I samband med reparationsarbeten eller stora vattenuttag kan rost och andra avlagringar lossna från ledningarna. Då blir vattnet brunt och ibland kan man se synliga partiklar.

Det ser oaptitligt ut men är normalt inte farligt att dricka. Spola i kranen en stund så brukar det försvinna. Undvik vittvätt tills vattnet är klart igen.

Om det kommer in luft i ledningarna i samband med underhållsarbeten kan vattnet bli vitt eller mjölkigt. Det är inte heller farligt och kan oftast avhjälpas genom att spola försiktigt i kranen.`,
    "https://nybroenergi.se/driftinformation/vattenlacka-i-orrefors/ (Nybro Energi, date not stated)",
  ),
  real(
    "sv",
    "bulletin",
    "Strömavbrott",
    `UPPDATERAT:

Alla våra hyreslägenheter har nu fungerande värmen efter strömavbrottet, vi ser i nuläget inga tecken på vattenskador eller frysta ledningar i våra hyreslägenheter.

Ventilationssystemen kan tyvärr komma att strula nu ett tag framöver. I den här ihärdig kylan orkar inte ventilationen hålla igång temperaturen.

Många motorvärmarplatser fungerar inte heller för närvarande och vi jobbar för fullt för att felsöka och lösa problemet med dessa.

I större delar av dagen har Älvsbyns kommun varit drabbat av ett omfattande strömavbrott, dessutom har det varit driftstörningar på mobilnätet som gjort kommunikationen extra svår. Vi har haft många medarbetare ute i kylan som jobbat det bästa dom kan med att minimera skadorna på våra egna och kommunens fastigheter.

Reservkraften på äldreboendena har varit igång och fungerat som det ska. Biblioteket på Fluxen och kommunhuset har varit öppna för allmänheten.

Tips vid längre strömavbrott:

• Stäng dörrar och fönster.
• Ta vara på värmen och klä dig i varma kläder i lager på lager och ta tillvara på andra tillgängliga värmekällor.
• Tänd stearinljus.
• Vistas i ett rum, kroppar ger värme.
• Fäll ner persienner eller dra för gardiner, så minskas avkylningen av rummet.
• Har du tillgång till öppen spis eller kamin så använd den.`,
    "https://alvsbynsfastigheter.se/2024/01/04/stromavbrott/ (Älvsbyns Fastigheter, 4 januari 2024)",
  ),
  real(
    "sv",
    "bulletin",
    "Ökade trygghetsinsatser efter onsdagens våldsdåd",
    `På onsdagseftermiddagen den 20 december inträffade den andra dödsskjutningen på kort tid i Norrköping. Norrköpings kommun arbetar nu i nära samverkan med polisen och andra aktörer med det trygghetsskapande arbetet.

– Det är en otäck utveckling, och vi ser personer som dras in i kriminalitet vid ung ålder som drabbas av dödliga våldsbrott. Att förebygga gängkriminalitet och våldsbrott är en högt prioriterad fråga för kommunen och i samverkan med polisen intensifierar vi nu det trygghetsskapande arbetet. Vid sådana här händelser behöver vi alltid aktivera olika krisgrupper i kommunens verksamheter vilket enligt rutin sker med omedelbar verkan, säger Sophia Jarl (M), kommunstyrelsens ordförande.

Det var under onsdagseftermiddagen som polisen larmades till området Marielund efter misstänkt skottlossning. På plats påträffade polisen en skottskadad ung man som senare avled av sina skador.

– Det är hemskt det som inträffat och vi vet att det finns många oroliga boende i området där gårdagens våldsbrott inträffade. Som en trygghetsskapande åtgärd kommer vi öka vår närvaro i området kommande dagar för att fånga upp de frågor och den oro som finns. Parallellt med detta pågår ett intensivt utredningsarbete, säger Kenny Olsson, områdespolis.

Åtgärder efter onsdagens våldsbrott:

• Ökad polisnärvaro i aktuella områden.
• Ökad närvaro av kommunväktarna i aktuella områden.
• Socialkontorets uppsökande team kommer att öka sin närvaro i aktuella områden och kommer i närtid att träffa boende i Marielund och diskutera frågor kopplat till gängkriminalitet.
• Kommunens krisstöd är aktiverat.`,
    "https://norrkoping.se/nyheter/2023/2023-12-21-okade-trygghetsinsatser-efter-onsdagens-valdsdad (Norrköpings kommun, 21 december 2023)",
  ),
  real(
    "sv",
    "bulletin",
    "Ökad synlighet efter dödsskjutningen i Jakobsberg",
    `Sedan den 12 januari har polisen inlett fem förundersökningar om mord eller försök till mord i Jakobsberg och Tensta. Förundersökningarna riktar stort fokus mot att utreda och se samband mellan händelserna.

- Vi lägger stor kraft och stora resurser på att förhindra och utreda senaste tidens grova våldsbrott. Det är av mycket stor vikt att vi gör allt vi kan för att hindra den utveckling vi ser, säger Erik Widstrand, kommenderingschef för den särskilda händelsen Max.

- Vi har en god bild av kriminella konflikter i regionen och arbetar kontinuerligt på bred front mot den grova brottsligheten.

Onsdagen den 30 januari sköts en person till döds i Jakobsberg, dagen innan besköts en person som befann sig i en butik i Jakobsberg. I det senare ärendet greps och anhölls tre personer. Veckan dessförinnan, den 26 januari, sköts en person i benet i Jakobsberg, även i detta fall har polisen inlett en förundersökning om försök till mord.

Den 12 januari sköts en man till döds i Tensta och den 27 januari sköts en man som skadades svårt i samma stadsdel.

Ett viktigt mål för Stockholmspolisen är att återskapa ett lugn och en trygghet i de områden som har drabbats. Av den anledningen genomför man en trygghetsskapande insats i Jakobsberg där polisen samverkar med lokala frivilligorganisationer, religiösa samfund med mera.

Polisen kommer vara extra synlig i området och polisstationen har under helgen utökade öppettider. Anledningen till det är att fånga upp frågor från allmänheten men också ge möjlighet för de som har gjort iakttagelser kring händelser att få prata med polisen. Tips kan också lämna till polisen på telefon 114 14.`,
    "https://polisen.se/aktuellt/nyheter/2019/januari/okad-synlighet-efter-dodsskjutningen-i-jakobsberg/ (Polisen region Stockholm, januari 2019)",
  ),
  real(
    "sv",
    "bulletin",
    "Arbetet mot skjutvapenvåld på kort och lång sikt i region Stockholm",
    `Polisen i region Stockholm kraftsamlar i arbetet för att utreda de grova brotten och för att öka tryggheten i region Stockholm.

Under helgen den 7-8 september har dels en avliden man påträffats i Österhaninge, dels har skottlossning ägt rum i Nacka. Ett intensivt utrednings- och trygghetsarbete pågår i region Stockholm.

– Vi ser att allmänheten drabbas när man skjuter i det offentliga rummet och vi har den största respekten för den oro man kan känna. Skjutningarna är ett samhällsproblem och vi och övriga samhället måste göra vårt yttersta för att komma tillrätta med den otrygghet det grova våldet skapar, säger Ulf Johansson, regionpolischef i Stockholm.

Ökad närvaro ute och arbete med utredningar
Polisen har ökat sin närvaro i dels Bredäng, Sätra, Skärholmen och Östberga, dels Nacka för att genomföra trygghetsskapande åtgärder. Lokala poliser finns på plats för att svara på frågor, ta emot information och finnas till hands för boende och andra i området som känner sig oroliga.

Sedan tidigare pågår också arbete för att öka tryggheten och för att komma åt narkotika och vapen i till exempel Upplands-Bro, Järfälla och på flera andra håll i regionen.`,
    "https://polisen.se/aktuellt/nyheter/2019/september/arbetet-mot-skjutvapenvald/ (Polisen region Stockholm, september 2019)",
  ),
  real(
    "sv",
    "bulletin",
    "Räddningstjänsten varnar för förrädiska isar",
    `På våren när solen skiner är det många som lockas ut på sjöar och vattendrag för att fiska eller promenera. Räddningstjänsten uppmanar alla att vara försiktiga.

På våren påverkas isen kraftigt av värme och sol. Solen kan påverka isen på djupet utan att det syns på ytan vilket gör vårisarna förrädiska.

Efter en kall natt kan isen upplevas som mycket stark, men isen kan snabbt tappa styrka under dagen när solen och temperaturen stiger.

Försämringen kan gå snabbt, ibland på så lite som 15 – 20 minuter. Ofta försvagas isen först på grunt vatten närmast land, vilket kan göra det svårt att ta sig tillbaka till land. Det är viktigt att säkerställa att det finns säker is tillbaka till land, helst till en skuggad strand.

Följ issäkerhetsrådets lista för isvett när du går ut på isen:

• Var aldrig ensam på isen.
• Ha alltid med dig isdubbar och annan säkerhetsutrustning på isen.
• Prova alltid isen med en ispik om du är osäker.
• Gå aldrig på is om du inte är säker på att den håller. Kärnis ska vara minst 10 cm tjock.
• Tänk på att ny is, våris, snötäckt is och havsis kan vara svag.
• Lär dig var isens svaga punkter är; vass, råk, brygga, bro, udde, avlopp, utlopp, inlopp, sund, grund och vindbrunn.
• Ju högre fart du har, ju längre ut kommer du på svag is innan den brister och desto svårare blir räddningen.
• Ha alltid något mellan dig och den nödställde, ”den förlängda armen”.
• Meddela alltid var någonstans du ska vara och när du tänker komma tillbaka.`,
    "https://ljusdal.se/startsidenyheter/raddningstjanstenvarnarforforradiskaisar.5.4651df4a18e892e68d0b1a76.html (Ljusdals kommun, räddningstjänsten, date not stated)",
  ),
  real(
    "sv",
    "bulletin",
    "Varning: Gå inte ut på isen",
    `Nu när vi fått töväder i länet, har isarna blivit mer förrädiska. Det mildare vädret i kombination med ökade vattenrörelser gör det mycket vanskligt att vistas på många av våra isar i södra Sverige.

Varm is är alltid svagare än kall. Dessutom är det ofta vatten på isen vid mildväder. Vattnet gör att det är svårare att se isgränser, det kan till och med vara svårt att uppfatta skillnaden mellan is och öppet vatten.

Sjöräddningssällskapet i Kronoberg uppmanar allmänheten att hålla sig borta från isarna under tövädret.`,
    "https://www.vrtj.se/arkiv/nyhetsarkiv-startsida/arkiv/2021-02-26-varning-ga-inte-ut-pa-isen.html (Värends räddningstjänst, 26 februari 2021)",
  ),
  real(
    "sv",
    "bulletin",
    "Isarna kan vara osäkra, var försiktig!",
    `Med fint och kallt vinterväder kan det vara lockande att ge sig ut på nyfrusna sjöar och vattendrag för att åka skridskor, fiska eller promenera. Isarna kan dock vara osäkra, så var försiktig.

Ger du dig ut på havs- eller sjöis är det bra att tänka på följande:

• Var aldrig ensam på isen!
• Ha alltid med dig isdubbar och annan säkerhetsutrustning på isen!
• Prova alltid isen med ispik om du är osäker.
• Gå aldrig på is som du inte är säker på att den håller. Kärnis ska vara minst tio centimeter tjock.
• Tänk på att nyis, våris, snötäckt is och havsis kan vara svag.
• Lär dig var isens svaga platser är: "vass, råk, brygga, bro, udde, avlopp, utlopp, inlopp, sund, grund och vindbrunn"
• Ju högre fart du har, ju längre kommer du ut på svag is innan den brister och desto svårare blir räddningen.
• Ha alltid något mellan dig och den nödställde, "den förlängda armen".
• Lämna aldrig barn ensamma vid eller på isen.
• Meddela alltid var någonstans du ska vara och när du tänker komma tillbaka.

Följer du dessa råd minskar du risken för att en olycka ska inträffa. Om det ändå skulle hända något, så minskar du konsekvenserna av det.

Ingen skottning av naturisar

Park- och naturförvaltningen skottar inga naturisar på grund av säkerhetsrisken det skulle innebära för våra medarbetare. Att isen är skottad av kommunen kan också ge en falsk indikation på att den är säker, något som snabbt kan förändras vid till exempel väderomslag.

Vi kontrollerar inte istjocklek och bärighet. Det är allas ansvar att själva bedöma om isen är säker att vistas på.`,
    "https://goteborg.se/wps/portal/press-och-media/aktuelltarkivet/aktuellt/c24a3d83-fc7f-42c6-bec4-6243015a7b78 (Göteborgs Stad, 11 februari 2021)",
  ),
  real(
    "sv",
    "bulletin",
    "Läget vid badplatserna",
    `Just nu är det algblomning och förhöjda bakteriehalter på några av kommunens badplatser. Här kan du läsa mer om hur läget ser ut vid samtliga bad.

Provtagningar

Varje badsäsong gör vi tre stycken planerade provtagningar av vattnet på kommunens allmänna badplatser. Proverna tar fem arbetsdagar att analysera, därför kan vattenstatusen hinna förändras under den tiden.

Utöver planerade provtagningar tas omprov vid förhöjda bakteriehalter eller om det finns misstanke om dålig vattenkvalitet. Får kommunen indikationer från till exempel privatpersoner om algblomning så undersöks detta. Stämmer indikationerna sätter vi upp information om algblomningen och avråder från bad. Kommunens miljöavdelning har även regelbunden tillsyn över de allmänna badplatserna, då ser vi bland annat över renhållning och städning.

Var försiktig när du badar

Bakteriehalter och algblomning kan förändras från dag till dag, speciellt i den rådande värmen. På många av baden kan cirkulationen vara låg i vattnet och därför kan bakterier överleva en tid, även när det regnat eller blivit kallare utomhus.

Tänk på att:

• inte svälja vatten när du badar
• hålla uppsyn över yngre barn
• tvätta händerna direkt efter bad
• duscha när du kommer hem
• hålla avstånd från fåglar och andra djur i vattnet
• bada endast din hund på badplatser avsedda för hund

Kommunala badplatser

Alstabadet
Vi avråder från bad. Algblomning pågår fortfarande den 20 augusti.

Bredsand
Vi avråder från bad. Algblomning den 10 augusti.`,
    "https://yh.enkoping.se/fritid-och-kultur/natur-och-friluftsliv/badplatser/laget-vid-badplatserna.html (Enköpings kommun, 20 augusti, year not stated)",
  ),
  real(
    "sv",
    "bulletin",
    "Brand i Lilla huset",
    `Som det rapporteras om i media har "Lilla huset" brunnit ned under natten och morgonen. Med den här informationen vill vi dela med oss om vad vi vet i nuläget, och också om det vi kan säga om processen framåt på det här stadiet.

Det fanns ingen i byggnaden när branden skedde, så ingen har kommit till skada. Området är avspärrat och en polisundersökning har inletts. Det fanns inga planer på att ha verksamhet i byggnaden under sommarlovet. Fritidshemmet har sin sommarverksamhet i en annan del av skolan och fritidsklubben har sin verksamhet på Eriksbergsskolan. Dessa verksamheter påverkas således inte av det som har inträffat.
Läget är under kontroll, och det finns ingen anledning att känna oro.
Redan idag sätter kommunen igång processen med att hitta en evakueringslösning för 120 elever på skolan som måste placeras i andra ändamålsenliga lokaler i augusti. Ni kommer att få kontinuerlig information om denna process under sommaren.
Vi vill även uppmana er att informera era barn om att de inte har något att oroa sig för när/om de ställer frågor kring det inträffade. Vi kommer givetvis att från skolans sida göra samma sak när det gäller de barn som deltar i fritidshemmets sommarverksamhet.

Vänliga hälsningar
Mona Granqvist
rektor

27 juni 2018`,
    "https://hagadalsskolan.uppsala.se/nyheter/brand-i-lilla-huset/ (Hagadalsskolan, Uppsala kommun, 27 juni 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Föräldrainformation ikväll kl 19.00 med anledning av branden på Boskataskolan",
    `Idag på förmiddagen utbröt en brand på Boskataskolan. Skolan var utrymd när räddningstjänsten kom dit och inga personer har skadats i branden.

Föräldrarna kallas till ett informationsmöte i skolans matsal i kväll kl 19.00. Ställföreträdande rektor Birgitta Tornberg kommer att finnas på plats tillsammans med bland annat räddningstjänstens insatsledare och representant från serviceenheten.

De delar av skolan som är rökskadade kommer inte att påverka skolans verksamhet i någon större omfattning och undervisningen sker som vanligt. Matsalen kan användas och lokaler för undervisningen finns att tillgå.`,
    "https://www.lulea.se/utbildning--forskola/nyheter/nyhetsarkiv/2013-11-20-foraldrainformation-ikvall-kl-19.00-med-anledning-av-branden-pa-boskataskolan.html (Luleå kommun, 20 november 2013)",
  ),
  real(
    "sv",
    "bulletin",
    "Brandincident på Hagaskolan",
    `Idag, fredag, inträffade en mindre brand i elcentralen på Hagaskolans restaurang.
Det var en relativt odramatisk händelse som inträffade när inga barn fanns i byggnaden och ingen har kommit till skada.
Händelsen innebär dock störningar i verksamheten. T.ex. får barnen i skolverksamheten ingen lunch idag utan får sluta 13.30. Fritids påverkas dock inte.
Lunch kommer att serveras i någon form på måndag.`,
    "https://www.dalsed.se/nyhetsarkiv/2018-nyhetsarkiv/2018/brandincident-pa-hagaskolan/ (Dals-Eds kommun, 12 januari 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Uppdatering; Branden på Porsöskolan",
    `Merparten av klassrummen på Porsöskolan är intakta och undervisningen bedrivs enligt plan med ordinarie elevgrupper i respektive hemklassrum.

Försiktighetsåtgärder gäller för delar av lokalerna. Brandtekniker och saneringspersonal är på väg ut för att bedöma läget.

Mötesplatsen Träffpunkten och biblioteket kan på grund av rökskada inte nyttjas. Inte heller musik- och textilslöjdssal går att använda. Delar av korridorerna är också påverkade av röken.

Kontaktperson
Verksamhetschef Louice Stridsman, 0920 – 45 72 82`,
    "https://www.lulea.se/kommun--politik/press--och-informationsmaterial/pressrum/2017-08-29-uppdatering-branden-pa-porsoskolan.html (Luleå kommun, 29 augusti 2017)",
  ),
  real(
    "sv",
    "bulletin",
    "Räddningstjänstinsatsen vid skogsbranden i Finsjö avslutas",
    `Släckningen av skogsbranden i Finsjö går enligt plan och räddningstjänsten räknar med att lämna över till markägarna vid lunchtid idag. Markägarna tar över eftersläckning och bevakning efter samråd med räddningstjänsten.

Räddningstjänsten avvecklar därmed sin insats, men fortsätter att samla in material från släckningsarbetet under veckan. Risken för brandspridning från området är mycket låg, men det kommer ryka från området flera dagar framöver.

– Under insatsen har hundratals personer involverats från räddningstjänster i hela södra Sverige, från Försvarsmakten, frivilligorganisationer och MSB. Trots de stora skadorna som skogsbranden resulterat i har det varit mycket glädjande att se och uppleva den utveckling som skett inom Sveriges skogsbrandsberedskap sedan de omfattande bränderna 2014 och 2018. Jag vill rikta ett stort tack från Mönsterås kommun för allas insats under de gånga dagarna, säger Ingemar Idh, räddningschef i Mönsterås kommun.

Allmänheten uppmanas att undvika att röra sig i det brandhärjade området eftersom det är riskfyllt att befinna sig på grund av bland annat risk för fallande träd. Under marken kan det finnas glöd under lång tid efter att branden är släckt, ibland flera månader.`,
    "https://www.monsteras.se/nyhet/uppdatering-om-skogsbranden-i-finsjo/ (Mönsterås kommun, 23 juni 2021)",
  ),
  real(
    "sv",
    "bulletin",
    "Mässling",
    `Här kan du läsa om vart du kan vända dig om du är orolig för mässling.

Misstänker du att du eller ditt barn har fått mässling ska du ringa 1177 Vårdguidens rådgivning på telefon 1177. Ni ska inte åka till vårdcentral eller akutmottagning, för att inte riskera att smitta andra om ni skulle ha mässling.

Grupper som kan drabbas av mässling är:

• Barn under 18 månader som ännu inte blivit vaccinerade
• Vissa personer med sänkt immunförsvar som inte kan vaccinera sig med detta vaccin
• Andra som inte haft mässling tidigare i livet och av olika orsaker inte blivit vaccinerade.

Du som vill vaccinera dig mot mässling bör kontakta din vårdcentral eller en vaccinationsmottagning. Vill du vaccinera ditt barn så kontakta din barnavårdcentral.`,
    "http://slso.sll.se/aktuellt/massling/ (Stockholms läns sjukvårdsområde, Region Stockholm, date not stated)",
  ),
  real(
    "sv",
    "bulletin",
    "Felaktig information sprids om coronaviruset",
    `Desinformation och rykten sprids just nu om coronaviruset och covid-19. Det är viktigt att du skyddar dig mot falsk eller felaktig information och undviker att sprida det vidare till andra.

Vi måste alla vara källkritiska just nu. Enligt Världshälsoorganisationen, WHO, är den globala ryktesspridningen kring coronaviruset så illa att det betecknas som en infodemi – en pandemi av felaktig information.

Skydda dig själv genom att ställa några enkla frågor varje gång du läser eller hör något nytt:

• Vem är källan och vad är deras syfte?
• Finns det andra källor som säger samma sak?
• Var är informationen publicerad?
• När publicerades informationen? Omständigheterna kan ändras snabbt i kristider.
• Är du partisk – vill du att det du läser ska vara sant? Då behöver du vara extra försiktig.

Hämta information från betrodda källor

Du hittar korrekt och uppdaterad information om coronaviruset och covid-19 på krisinformation.se och Folkhälsomyndighetens webbplats.

Helsingborgs stad följer Folkhälsomyndighetens allmänna råd och rekommendationer och bevakar löpande utvecklingen av situationen.`,
    "https://helsingborg.se/nyheter/felaktig-information-om-corona/ (Helsingborgs stad, 2020, day not stated)",
  ),
  real(
    "sv",
    "bulletin",
    "Region Uppsala går upp i stabsläge på grund av systemstörningar",
    `Region Uppsalas it-system påverkas just nu av en större störning. Felet skapar problem för flera system och Region Uppsala har därför gått upp i stabsläge.

Sjukvården använder nu reservrutiner för de system som det är problem med, och vården fungerar i stort sett normalt, men vissa åtgärder kan ta längre tid på grund av den ökade administrationen.

Patienter påverkas på så sätt att ankomstterminaler inte fungerar. I stället ska man anmäla sig vid receptionen.

Patienter påverkas också av att SMS-påminnelser inte fungerar. Det gäller till exempel bokade besök, utskrivna recept och sjukresor med UL-biljett.

Arbete med att lösa problemen pågår, men det finns i nuläget ingen prognos för när felen kan vara avhjälpta.

Kontakt

Fredrik Sund, chefsläkare i beredskap, Akademiska sjukhuset, tel 018-611 28 08`,
    "https://regionuppsala.se/politik-och-paverkan/pressrum/2020/juli/region-uppsala-gar-upp-i-stabslage-pa-grund-av-systemstorningar/ (Region Uppsala, 24 juli 2020)",
  ),
  real(
    "sv",
    "bulletin",
    "Driftstörning i regionens journalsystem",
    `Region Östergötland har under fredagen haft en driftstörning i patientjournalsystemet som uppstod i samband med en planerad uppdatering under natten till fredagen. Det innebär att det för närvarande inte går att boka tider för provtagning av covid-19.

Arbete med att felsöka och åtgärda problemen i journalsystemet pågår.

Vårdverksamheten pågår i normal omfattning och reservrutiner används till exempel för att dokumentera anteckningar i patientjournaler. Anteckningar som tidigare lagts in i patienternas journaler går att läsa.

Störningarna i systemet påverkar webbtidbokningen och medför bland annat att det inte går att boka tider för provtagning av covid-19. Dagens provtider är fyllda sedan tidigare. I nuläget är det inte klart när bokningen kan återupptas. När det är möjligt kommer regionen att gå ut med information om det, bland annat via 1177.se.
Bokning av vaccination mot covid-19 påverkas inte av störningarna. Det fungerar att boka tid för vaccination på 1177.se.

Region Östergötland har med anledning av händelsen etablerat särskild sjukvårdsledning och är i stabsläge.`,
    "https://www.regionostergotland.se/Om-regionen/Pressrum/Nyheter/driftstorning-i-regionens-journalsystem/ (Region Östergötland, 10 september 2021)",
  ),
  real(
    "sv",
    "bulletin",
    "Kokningsrekommendation av det kommunala dricksvattnet i Herrö hävs",
    `Kokningsrekommendation av det kommunala dricksvattnet i Herrö hävs efter att även den andra omgången av vattenprover analyserats utan anmärkning.

Senast uppdaterad tisdag, 2022-08-02, klockan 16:05.

Vatten och Miljöresurs har nyss fått svar på den andra omgång vattenprover som togs under måndagen. Analyserna från laboratoriet visar att dricksvattnet är tjänligt och därmed beslutas att kokningsrekommendationerna hävs, vilket innebär att dricksvattnet i Herrö inte behöver kokas längre innan det dricks.

Vatten och Miljöresurs kommer att fortsätta arbetet med att utreda varför det kommunala dricksvattnet varit otjänligt och fortsätta med provtagning för att försöka hitta källan till de koliforma bakterierna.`,
    "https://www.vattenmiljoresurs.se/om-oss/nyheter/nyhetsarkiv/2022-07-27-kokningsrekommendation-av-det-kommunala-dricksvattnet-i-herro-havs (Vatten och Miljöresurs, 2 augusti 2022)",
  ),
  real(
    "sv",
    "bulletin",
    "Med anledning av snöfallet 29–30 november",
    `Kommunens snöröjning på gator och vägar pågår för fullt med alla tillgängliga resurser.

Snöröjning på trottoarer, ansvarar respektive fastighetsägare för. Trafikverket ansvarar för vissa vägar, vägföreningar likaså.

Lindesborgsskolan tvingades under torsdagen stänga på grund av för låg inomhustemperatur. Även fritidsverksamheten påverkades på samma sätt. Det krånglande värmesystemet åtgärdades under dagen. Fredag 1 december ska verksamheten kunna vara i gång som vanligt.

Även kommunens högstadieskola Kastanjeskolan stängdes efter lunch på grund av det fortsatta snöfallet och möjligheten att kunna ta sig hem. Alla skolskjutsar ställdes in på torsdagen och kommer vara inställda även under fredag 1 december.

Kommunens hemtjänst och hemsjukvård, har kunnat lösa sina uppdrag trots utmaningarna med vädret.`,
    "https://tomelilla.se/omwebbplatsen/nyheter/servicemeddelande/servicemeddelande/medanledningavsnofallet2930november.4796.html (Tomelilla kommun, 30 november 2023)",
  ),
  real(
    "sv",
    "bulletin",
    "Kommunens verksamheter rullar på trots snöoväder",
    `Senaste dygnets snöoväder har påverkat många runt om i nordöstra Skåne. Hässleholms kommun är inte lika hårt drabbat och kommunens verksamheter rullar enligt plan.

Hemtjänst och hemsjukvård

Kommunens hemtjänstverksamhet och hemsjukvård kör enligt ordinarie scheman. Personalen tar sig fram lugnt och försiktigt på vägarna, små förseningar kan därför eventuellt uppstå.

Snöröjning

Kommunen har alla resurser igång för att röja undan snö från vägar, gång- och cykelvägar. I första hand handlar det om att öppna upp och bredda gator. Därefter blir det halkbekämpning.`,
    "https://www.hassleholm.se/alla-nyheter/nyheter/2024-01-04-kommunens-verksamheter-rullar-pa-trots-snoovader (Hässleholms kommun, 4 januari 2024)",
  ),
  real(
    "sv",
    "bulletin",
    "Slangsystemet omdraget för att passa en efterbevakning",
    `Nattens arbete har löpt på enligt plan och slangsystemet är omdraget för att kunna passa efterbevakning.

Under onsdagen kommer räddningstjänsten fortsätta planeringen för att avsluta räddningsinsatsen och överlämning till respektive skogs- och markägare. Sannolikt kommer räddningsinsatsen kommer att avslutas under dagen, den 23 juni.

Mer information kommer under eftermiddagen.`,
    "https://www.monsteras.se/nyhet/uppdatering-om-skogsbranden-i-finsjo/ (Mönsterås kommun, update published 23 juni 2021 kl. 08:20)",
  ),
];

export const BAD_BLIND22: EvalMessage[] = [
  bad(
    "sv",
    "bulletin",
    "speculation about culprits before the investigation",
    FACTUAL,
    KRIS,
    "Brand i förskolan Solrosen – uppdatering tisdag 17 november kl. 07.30",
    `Under natten mot tisdag brann det i ett förråd som är byggt ihop med förskolan Solrosen på Björkvägen. Räddningstjänsten larmades kl. 02.14 och branden var släckt strax före kl. 04. Ingen människa har skadats. Själva förskolebyggnaden har rök- och sotskador i två avdelningar.

Mycket tyder på att branden har anlagts av de ungdomar som har samlats vid förskolans gård på kvällarna den senaste tiden. Polisen har inlett en förundersökning.

Förskolan är stängd i dag tisdag. Vårdnadshavare som inte kan ordna annan omsorg kan lämna sina barn på förskolan Blåklinten, Tallvägen 4, från kl. 06.30. Personalen från Solrosen finns på plats där.

Har du sett något vid förskolan under natten? Ring polisen på 114 14.

Frågor om omsorgen besvaras av förskolechef Maria Lindqvist, 0478-125 10. Nästa uppdatering här på kommunens webbplats senast kl. 15.00 i dag, då vi vet om förskolan kan öppna i morgon.

Barn- och utbildningsförvaltningen, Lessebo kommun`,
  ),
  bad(
    "sv",
    "sms",
    "unverified casualty figures from social media",
    FACTUAL,
    KRIS,
    undefined,
    `Region Västernorrland 14.50: En buss har kört av E4 norr om Docksta. Uppgifter på sociala medier talar om upp till tio döda. Sjukhusen i Sollefteå och Örnsköldsvik tar emot skadade. Anhöriga kan ringa 0611-800 00. Mer info på rvn.se kl. 16.`,
  ),
  bad(
    "sv",
    "bulletin",
    "empty reassurance during an evacuation",
    FACTUAL,
    CERC,
    "Gasläcka på Storgatan – boende i nr 12–18 har utrymts",
    `Torsdag 3 december kl. 10.40

Vid grävarbete i Storgatan skadades i morse en gasledning. Räddningstjänsten har utrymt boende i Storgatan 12–18 och spärrat av gatan mellan Kyrkogatan och Torget. Var exakt läckan sitter och hur mycket gas som har läckt ut är ännu inte klarlagt.

Det finns absolut ingen fara och ingen anledning till oro. Allt är under full kontroll.

Du som har utrymts kan vänta i Folkets hus, Torget 2, där kommunens krisstöd bjuder på fika och svarar på frågor. Använd inte öppen eld och starta inte bilar innanför avspärrningen.

Frågor: kommunens kontaktcenter 0560-160 00, öppet till kl. 20 i dag. Vi uppdaterar informationen här kl. 13.00.

Räddningstjänsten Östra Värmland och Kristinehamns kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "self-contradiction about who must boil water",
    FACTUAL,
    MSB,
    "Kokningsrekommendation i norra Hjo",
    `Måndag 7 december kl. 09.00

Ett vattenprov som togs i fredags visar E. coli-bakterier på ledningsnätet i norra Hjo. Därför rekommenderar vi att du som bor norr om Guldkroksvägen kokar vattnet som ska användas till dryck, matlagning och tandborstning. Övriga delar av Hjo berörs inte och kan använda vattnet som vanligt.

Koka upp vattnet tills det bubblar kraftigt. Det räcker, det behöver inte koka någon längre tid.

Samtliga abonnenter i Hjo tätort ska koka vattnet tills vidare.

Vi tar nya prover i dag och i morgon. Svar väntas onsdag, och vi meddelar här senast onsdag kl. 15 om rekommendationen kan hävas. Vattentank för den som inte kan koka finns vid Hjo idrottshall.

Frågor: VA-enhetens jour 0503-350 00.

Hjo kommun, VA-enheten`,
  ),
  bad(
    "sv",
    "social",
    "hearsay about the suspect presented as information",
    FACTUAL,
    KRIS,
    undefined,
    `Information till vårdnadshavare på Norrbackaskolan, onsdag kl. 11.20:

Skolan fick i morse ett hot via mejl. Polisen är på plats och bedömer i nuläget att det inte finns någon akut fara, men eleverna är kvar i sina klassrum medan polisen går igenom skolan. Enligt uppgifter som cirkulerar bland föräldrar ska den som skickat hotet vara en tidigare elev på skolan.

Hämta inte ditt barn förrän vi meddelar det – det försvårar polisens arbete. Vi skickar nästa besked i Skolplattformen senast kl. 13.00. Frågor: rektor Anders Holm, 0240-860 12.

/Ludvika kommun, Norrbackaskolan`,
  ),
  bad(
    "sv",
    "bulletin",
    "alarmism beyond the forecast",
    FACTUAL,
    CERC,
    "Stormvarning – förbered dig nu",
    `Fredag 20 november kl. 12.00

SMHI har utfärdat en gul varning för hårda vindbyar i Skellefteå kommun från lördag kl. 06 till söndag kl. 18. Vindbyar upp till 23 meter per sekund väntas längs kusten.

Vi måste vara ärliga: det här kan sluta i en katastrof. Räkna med att stora delar av kommunen blir utan el och vatten i flera veckor.

Så här förbereder du dig:
• Ta in eller surra fast lösa föremål på tomt och balkong.
• Ladda mobil och powerbank.
• Ha ficklampa, batteriradio och dricksvatten hemma.
• Undvik onödiga resor under lördagen.

Om elen går, ring inte 112 utan följ elbolagets avbrottskarta. Kommunens kontaktcenter 0910-73 50 00 har öppet lördag kl. 08–20. Vi uppdaterar här lördag kl. 09.

Skellefteå kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "blaming residents for the flooding",
    IMPARTIAL,
    RF,
    "Översvämningar efter nattens skyfall",
    `Tisdag 18 augusti kl. 08.15

Under natten föll drygt 60 millimeter regn på tre timmar över centrala Vetlanda. Dagvattennätet blev överbelastat och flera gator och källare har svämmats över. Ingen har skadats.

Översvämningarna i villaområdena beror till stor del på att villaägare struntat i att rensa sina brunnar och stuprör, trots att vi påmint om det i flera år.

Har du vatten i källaren: bryt strömmen i rummet om det kan göras säkert, kontakta ditt försäkringsbolag och undvik kontakt med vattnet, som kan innehålla avloppsvatten. Kör inte genom översvämmade viadukter – Järnvägsgatan och Norra Vägen är avstängda.

Felanmälan om gator och brunnar: 0383-970 00. Vi uppdaterar läget här kl. 14.00.

Vetlanda kommun, samhällsbyggnadsförvaltningen`,
  ),
  bad(
    "sv",
    "bulletin",
    "partisan self-praise in an incident update",
    IMPARTIAL,
    RF,
    "Elavbrottet i Bollnäs – läget måndag kväll",
    `Måndag 11 januari kl. 19.00

Cirka 2 300 hushåll i Bollnäs och Arbrå är fortfarande utan el efter helgens snöstorm. Elbolaget räknar med att de flesta får tillbaka strömmen under tisdagen, men för hushåll längs Voxnans dalgång kan det dröja till torsdag.

Tack vare att den nya majoriteten med Centerpartiet och Moderaterna i spetsen satsade på reservkraft förra året har alla äldreboenden haft värme hela helgen, något den förra ledningen aldrig prioriterade.

Värmestugor med el, vatten och möjlighet att ladda mobilen finns i Arbrå bibliotek och Bollnäs kulturhus, öppet dygnet runt. Behöver du hjälp att ta dig dit, eller känner du någon som bor ensam och kan behöva stöd, ring kommunens kontaktcenter 0278-250 00.

Nästa lägesbild publiceras här tisdag kl. 09.00.

Bollnäs kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "stigmatising label for the affected neighbourhood",
    IMPARTIAL,
    RF,
    "Fall av mässling i Västerås",
    `Onsdag 4 mars kl. 13.00

Smittskydd Västmanland har bekräftat två fall av mässling i Västerås. Smittan har spridits i ett invandrartätt område där vaccinationsviljan är låg.

Mässling är mycket smittsamt. Den som besökte vårdcentralen Vallby, Vallbyvägen 10, mellan kl. 09 och 12 i måndags kan ha smittats och kontaktas av smittskyddet i dag.

Får du feber, hosta, röda ögon och utslag: stanna hemma och ring 1177 innan du söker vård, så att du inte smittar andra i väntrummet. Du som är osäker på om du är vaccinerad kan kontakta din vårdcentral. Vaccinet är kostnadsfritt.

Vi uppdaterar här fredag 6 mars kl. 12 eller tidigare om fler fall bekräftas.

Region Västmanland, Smittskydd`,
  ),
  bad(
    "sv",
    "social",
    "mockery of people who ignore the ice warning",
    IMPARTIAL,
    RF,
    undefined,
    `Räddningstjänsten Dala Mitt, lördag 8 mars kl. 10.00:

Isen på Runn är nu svag efter veckans töväder, särskilt vid Korsnäsviken, Främby udde och runt alla bryggor. Vi avråder från att gå, åka skidor eller köra skoter på isen.

Ni som ändå tycker att det är en bra idé att testa isen en plusgradig lördag får väl skylla er själva – vi kommer och plockar upp er, igen.

Går någon genom isen: ring 112 direkt, gå inte ut själv på svag is och kasta något som personen kan ta tag i. Läs mer om isvett på rtdalamitt.se. Vi lägger ut en ny isbedömning här på tisdag.`,
  ),
  bad(
    "sv",
    "bulletin",
    "attacking the contractor before the facts are settled",
    IMPARTIAL,
    RF,
    "Vattenläcka i Östra Ljungby – vattnet avstängt",
    `Onsdag 2 september kl. 11.30

Vid grävarbete för fiberutbyggnad i Östra Ljungby grävdes en huvudvattenledning av i morse kl. 09.10. Vattnet är avstängt för cirka 180 hushåll norr om Skolgatan.

Entreprenören Nordfiber Markbygg AB har visat en häpnadsväckande brist på omdöme och vi kommer att se till att de aldrig mer får gräva i våra gator.

Vattentank finns vid Östra Ljungby skola. Ta med egna dunkar. Håll kranar stängda tills vattnet kommer tillbaka, och spola kallvatten några minuter om det är missfärgat.

Vi räknar med att ledningen är lagad vid 18-tiden. Nästa besked här och via sms till berörda kl. 15.00. Frågor: NSVA kundservice 042-490 01 00.

Klippans kommun och NSVA`,
  ),
  bad(
    "sv",
    "bulletin",
    "self-praise of the rescue service",
    IMPARTIAL,
    RF,
    "Brand i flerfamiljshus på Eriksberg – natten till söndag",
    `Söndag 29 november kl. 06.30

Strax efter kl. 01 i natt larmades vi till en lägenhetsbrand på Hammarbyvägen 18 i Eriksberg. Branden började i en lägenhet på tredje våningen. Tolv personer fick hjälp ut via stegbil och två av dem har förts till sjukhus för kontroll av rökskador. Branden var släckt kl. 02.40.

Vår fantastiska personal gjorde ännu en gång en insats i världsklass. Utan oss hade hela kvarteret brunnit ned.

Boende i trappuppgång 18 kan inte bo kvar i natt. Kommunens krisstöd finns i Eriksbergsskolans matsal i dag kl. 08–16, där bostadsbolaget Mimer även hjälper till med tillfälligt boende. Polisen utreder brandorsaken.

Frågor om lägenheterna: Mimer, 021-39 70 00. Vi uppdaterar här kl. 12.00.

Mälardalens brand- och räddningsförbund`,
  ),
  bad(
    "sv",
    "bulletin",
    "no comment where there are facts to give",
    OPEN,
    MSB,
    "It-störning i kommunens system",
    `Tisdag 13 oktober kl. 10.00

Sedan i går kväll ligger flera av kommunens it-system nere, bland annat e-post, e-tjänster och skolplattformen. Vi kommenterar inte händelsen i nuläget.

Detta fungerar som vanligt: trygghetslarm, hemtjänst, förskola och skola.

Om du behöver kontakta kommunen: ring växeln 0152-290 00, öppen kl. 07–19. Orosanmälningar om barn görs på samma nummer och kopplas direkt till socialtjänsten. Ekonomiskt bistånd betalas ut som planerat.

Vi uppdaterar här kl. 16.00.

Strängnäs kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "hidden responsibility behind passive voice",
    OPEN,
    MSB,
    "Legionella på Lindgårdens äldreboende",
    `Fredag 16 oktober kl. 14.00

Vid provtagning i varmvattnet på Lindgårdens äldreboende har legionellabakterier konstaterats. Det har framkommit att rutiner kring temperaturkontroller inte har följts fullt ut under en period och att avvikelser inte har hanterats.

Ingen boende har i dag symtom. Duscharna på boendet används inte förrän varmvattensystemet är spolat och nya prover är tagna, och de boende tvättas under tiden på annat sätt. Att dricka vattnet är inte farligt.

Anhöriga som vill veta mer kan ringa enhetschef Karin Björk, 0243-740 15, i dag till kl. 20 och i helgen kl. 10–16. Vi meddelar provsvaren här tisdag 20 oktober.

Gagnefs kommun, vård och omsorg`,
  ),
  bad(
    "sv",
    "sms",
    "no sender",
    OPEN,
    MSB,
    undefined,
    `Koka dricksvattnet i Åkersberga centrum tills vidare, E. coli har hittats i ett prov. Gäller dryck, mat och tandborstning. Nytt besked tors 12 dec kl 12. Frågor: 08-540 810 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "withholding the number of sick and the wards affected",
    OPEN,
    CERC,
    "Vinterkräksjuka på Höglandssjukhuset",
    `Måndag 18 januari kl. 11.00

Det pågår ett utbrott av vinterkräksjuka på Höglandssjukhuset i Eksjö. Antalet insjuknade patienter och medarbetare och vilka avdelningar som berörs lämnar vi inte ut.

För att minska smittspridningen ber vi dig att inte besöka någon på sjukhuset om du själv har haft kräkningar eller diarré de senaste två dygnen. Tvätta händerna med tvål och vatten före och efter besöket. Ta inte med barn under tolv år.

Har du en planerad operation eller ett planerat besök kontaktar mottagningen dig om tiden behöver flyttas. Frågor: växeln 010-242 00 00. Vi uppdaterar här onsdag kl. 12.

Region Jönköpings län`,
  ),
  bad(
    "sv",
    "bulletin",
    "test results kept from the people affected",
    OPEN,
    MSB,
    "Asbest i trapphusen på Solbacken – information till hyresgäster",
    `Onsdag 25 november

Vid renoveringen av trapphusen på Solbackevägen 2–8 har asbest påträffats i gammal golvmatta. Arbetet är stoppat sedan i måndags och trapphusen har sanerats av ett certifierat företag. Luftmätningar har gjorts i trapphusen och i tre lägenheter, men mätresultaten är interna handlingar och publiceras inte.

Du kan använda trapphuset som vanligt. Om du har frågor eller är orolig kan du ringa vår kundservice 0240-88 88 00, vardagar kl. 08–16, eller träffa oss i föreningslokalen torsdag 26 november kl. 17–19. Vi berättar om när renoveringen kan återupptas i ett brev i brevlådan senast 4 december.

Ludvikahem`,
  ),
  bad(
    "sv",
    "bulletin",
    "no sender",
    OPEN,
    CERC,
    "Vattenläcka i Brotorp – uppdatering",
    `Lördag 24 oktober kl. 16.30

Läckan på huvudledningen under Brotorpsvägen är nu lokaliserad och grävningen har påbörjats. Vattnet är avstängt för hushållen på Brotorpsvägen, Lärkstigen och Klövervägen, ungefär 60 fastigheter. Vi räknar med att vattnet är tillbaka runt kl. 23 i kväll.

Dricksvatten finns i en tank vid Brotorps bollplan. Ta med egna kärl. Håll kranarna stängda och kör inte disk- eller tvättmaskin innan vattnet är tillbaka. Om vattnet är missfärgat efteråt, spola kallvatten några minuter.

Nästa uppdatering kommer här kl. 20.00. Frågor: jourtelefon 0431-46 80 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "heavy technical jargon",
    ADAPTED,
    KLAR,
    "Driftstörning i Kvidinge – tryckfall på distributionsnätet",
    `Tisdag 10 november kl. 09.45

Till följd av ett haveri i tryckstegringsstationen vid Kvidinge reservoar har nätet sektionerats och trycket i zon 3 understiger 150 kPa. Efter trycklöst nät föreligger risk för inträngning varför koliforma bakterier och E. coli analyseras enligt gällande LIVSFS med utökad provpunktsfrekvens.

Till dess provresultat föreligger ska allt dricksvatten i Kvidinge kokas före förtäring och matlagning. Vattentank finns vid Kvidinge station.

Vi meddelar provsvaren här torsdag kl. 12. Frågor: kundservice 042-490 01 00.

Åstorps kommun och NSVA`,
  ),
  bad(
    "sv",
    "bulletin",
    "unexplained abbreviations",
    ADAPTED,
    KLAR,
    "Brand i industrilokal – Hallstahammar",
    `Torsdag 10 september kl. 21.15

RTJ är på plats med RL och IL sedan kl. 19.40. VMA har skickats till området kring Industrivägen. TiB har informerats och kommunens POSOM är larmad. SSL följer läget.

Du som bor inom 1 km från Industrivägen: gå inomhus och stäng dörrar, fönster och ventilation. Undvik området.

Nästa uppdatering kl. 23.00 här och på P4 Västmanland. Frågor om krisstöd: 0220-240 00.

Mälardalens brand- och räddningsförbund`,
  ),
  bad(
    "sv",
    "bulletin",
    "bureaucratic nominal style and passive voice",
    ADAPTED,
    KLAR,
    "Information avseende avstängning av vattenförsörjning",
    `Onsdag 14 oktober kl. 10.00

Verkställande av avstängning av vattenförsörjningen för fastigheterna inom kvarteren Hägern och Tranan kommer att ske under torsdagen den 15 oktober mellan klockan 08.00 och 16.00 med anledning av genomförande av åtgärdande av skada på servisledning. Under avstängningsperioden ska tillhandahållande av dricksvatten ske genom placering av vattentank vid Hägerplan. Iakttagande av försiktighet vid återupptagande av vattenförbrukning ska ske genom spolning av kallvatten till dess att klart vatten erhålls.

Ytterligare information lämnas här torsdag kl. 12.00. Frågor besvaras av kundtjänst, 0571-281 00.

Arvika kommun, VA-avdelningen`,
  ),
  bad(
    "sv",
    "bulletin",
    "one very long sentence",
    ADAPTED,
    KLAR,
    "Avrådan från bad vid Sandviksbadet",
    `Måndag 20 juli kl. 10.00

Med anledning av att de prover som miljö- och hälsoskyddsenheten tog vid Sandviksbadet i torsdags, och som analyserats av ackrediterat laboratorium under helgen, visar förhöjda halter av E. coli och intestinala enterokocker, vilket sannolikt hänger samman med det kraftiga regnet i mitten av förra veckan och den bräddning från pumpstationen vid Sandviken som då inträffade, avråder kommunen från bad vid Sandviksbadet till dess att nya prover, som tas i dag och beräknas vara analyserade på torsdag, visar att vattnet är tjänligt, och särskilt barn, som lättare sväljer vatten, bör inte bada, medan bad vid kommunens övriga badplatser kan ske som vanligt.

Vi meddelar provsvaren här torsdag 23 juli kl. 15. Frågor: miljö- och hälsoskyddsenheten, 0152-290 00.

Strängnäs kommun`,
  ),
  bad(
    "sv",
    "correction",
    "myth-first correction that repeats the rumour",
    ADAPTED,
    DEBUNK,
    "MYT: Dricksvattnet i Kalix är förgiftat av kemikalier från branden",
    `Fredag 9 oktober kl. 15.00

”Vattnet är förgiftat av släckvattnet från industribranden. Drick inte ur kranen, köp flaskvatten!” Så lyder ett inlägg som delats tusentals gånger i helgen. Enligt inlägget ska kemikalier från branden i hamnen ha runnit ner i vattentäkten och kommunen ska ha mörkat det. Inlägget påstår också att flera barn har blivit sjuka.

Det stämmer inte. Vattentäkten ligger 8 kilometer uppströms hamnen och släckvattnet har samlats upp. Prover från i onsdags visar inga föroreningar. Du kan dricka vattnet som vanligt.

Provresultaten finns på kalix.se/vatten. Frågor: kommunens kundtjänst 0923-650 00. Nästa provsvar publiceras tisdag.

Kalix kommun`,
  ),
  bad(
    "sv",
    "sms",
    "shouting in capitals",
    ADAPTED,
    KLAR,
    undefined,
    `GNOSJÖ KOMMUN 07.10: KOKA ALLT DRICKSVATTEN I HILLERSTORP!!! BAKTERIER I VATTNET!!! GÄLLER ÄVEN TANDBORSTNING!!! NYTT BESKED ONSDAG KL 12. FRÅGOR 0370-33 10 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "no word on when the next update comes",
    FAST,
    CERC,
    "Skogsbrand vid Rotemo – boende i Rotemo by uppmanas lämna området",
    `Onsdag 15 juli kl. 14.20

En skogsbrand som började vid 12-tiden norr om Rotemo sprider sig snabbt österut i hård vind. Branden omfattar nu ungefär 40 hektar. Räddningsledaren har beslutat att boende i Rotemo by ska lämna sina hem.

Lämna området via väg 610 söderut mot Orsa. Väg 610 norr om Rotemo är avstängd. Ta med mediciner, laddare och husdjur. Du som behöver skjuts kan ringa 0250-260 00.

Uppsamlingsplats är Orsa kyrka, där kommunens krisstöd och Röda korset finns på plats med mat och möjlighet att övernatta.

Räddningstjänsten Dala Mitt och Orsa kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "vague next update",
    FAST,
    MSB,
    "Strömavbrott i Tierps tätort",
    `Söndag 6 december kl. 18.30

Sedan kl. 16.10 är cirka 1 400 hushåll i centrala och södra Tierp utan el. Felet sitter i en nätstation vid Centralgatan som skadades vid ett grävarbete. Elnätsbolaget arbetar med att koppla om nätet, men har ännu ingen prognos för när strömmen är tillbaka.

Håll kyl och frys stängda, klä dig varmt och använd inte levande ljus utan uppsikt. Den som har trygghetslarm och inte får kontakt med larmcentralen kan ringa hemtjänstens jour 0293-180 00. Tierpsbadet är öppet som värmestuga.

Vi återkommer med mer information inom kort.

Tierps kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "no time stamp on a live situation",
    FAST,
    MSB,
    "Rökutveckling från avfallsanläggningen i Hedeskoga",
    `Det brinner just nu i ett upplag med träflis på avfallsanläggningen i Hedeskoga. Räddningstjänsten är på plats och branden är begränsad till upplaget, men röken driver med vinden mot nordost.

Du som bor i Hedeskoga eller nordöstra Ystad: håll dörrar och fönster stängda och stäng av ventilationen om du märker röklukt. Undvik att vistas ute i röken.

Röken är inte giftigare än annan rök, men kan irritera ögon och luftvägar. Har du astma eller andra besvär och känner av röken, ring 1177.

Nästa lägesbild läggs ut här om två timmar.

Räddningstjänsten Syd`,
  ),
  bad(
    "sv",
    "bulletin",
    "disclosure several days late",
    FAST,
    CERC,
    "Information om dricksvattnet i Vittsjö",
    `Måndag 9 november kl. 10.00

I torsdags, den 5 november, visade ett rutinprov förhöjda halter av E. coli i dricksvattnet i Vittsjö. Vi har nu fått svar på omproven och kan därför informera om att vattnet borde ha kokats under förra veckan. Vattnet kan fortsatt inte användas okokt.

Koka det vatten som ska användas till dryck, matlagning och tandborstning tills vidare. Vattentank finns vid Vittsjö skola. Har du eller någon i ditt hushåll fått magsjukdom sedan i torsdags, ring 1177 och berätta att du bor i Vittsjö.

Vi tar nya prover i dag och meddelar resultatet här onsdag kl. 15. Frågor: kommunens kontaktcenter 0451-26 70 00.

Hässleholm Vatten`,
  ),
  bad(
    "sv",
    "bulletin",
    "next update far too late for an acute event",
    FAST,
    CERC,
    "Ammoniakläcka vid ishallen – uppdatering fredag kl. 22.10",
    `Fredag 4 december kl. 22.10

Vid 20.30-tiden uppstod en läcka av ammoniak från kylanläggningen i Tingvalla ishall. Ishallen och intilliggande simhall har utrymts och ingen har skadats. Kemdykare arbetar med att täta läckan. Ett viktigt meddelande till allmänheten (VMA) gäller för området inom 500 meter från ishallen.

Du som befinner dig inom området: gå inomhus, stäng dörrar, fönster och ventilation och håll dig borta från Tingvallavägen. Känner du stickande lukt eller får svårt att andas, ring 112.

Nästa information lämnas måndag förmiddag.

Räddningstjänsten Karlstadsregionen`,
  ),
  bad(
    "sv",
    "bulletin",
    "updates with no clock times",
    FAST,
    MSB,
    "Vattenläcka på Kungsgatan – löpande information",
    `Uppdatering: Läckan är lagad och vattnet släpps nu på successivt. Spola kallvatten några minuter om vattnet är missfärgat. Missfärgningen är inte farlig.

Uppdatering: Reparationen tar längre tid än beräknat eftersom ledningen ligger djupare än ritningarna visar. Vattentanken vid Stora torget fylls på.

Uppdatering: Läckan är lokaliserad till korsningen Kungsgatan–Östra Långgatan. Vattnet är avstängt för fastigheterna på Kungsgatan 1–40. Vattentank finns vid Stora torget.

Frågor: Varbergs kommuns kundtjänst 0340-880 00.

Varberg Vatten`,
  ),
  bad(
    "sv",
    "bulletin",
    "tells what happened but not what to do",
    ACTIVE,
    CERC,
    "Kraftig brand i lagerbyggnad i Kungsör",
    `Lördag 12 september kl. 15.40

Sedan kl. 13.50 brinner det kraftigt i en lagerbyggnad på Hamngatan i Kungsör. I lagret finns bland annat plast och däck, och branden ger en tjock, svart rök som driver mot sydost över centrala Kungsör och Kungsudden. Räddningstjänsten räknar med att arbeta på platsen hela natten. Ingen person har skadats.

Polisen har spärrat av Hamngatan och Drottninggatan mellan Torget och järnvägen.

Nästa uppdatering kommer här kl. 18.00 och sänds även i P4 Västmanland.

Mälardalens brand- och räddningsförbund`,
  ),
  bad(
    "sv",
    "bulletin",
    "no route to more information or questions",
    ACTIVE,
    MSB,
    "Kokningsrekommendation i Borgvik",
    `Tisdag 1 december kl. 12.00

Efter en vattenläcka i helgen blev ledningsnätet i Borgvik trycklöst. Då kan föroreningar ha kommit in i ledningarna. Som en försiktighetsåtgärd rekommenderar vi därför att alla i Borgvik kokar det vatten som ska användas till dryck, matlagning och tandborstning.

Koka upp vattnet tills det bubblar. Låt det svalna och förvara det i kylskåp. Du kan duscha, diska och tvätta som vanligt.

Vi har tagit prover och får svar torsdag. Rekommendationen gäller tills vi meddelar något annat, och vi ger nästa besked torsdag kl. 15.

Grums kommun`,
  ),
  bad(
    "sv",
    "sms",
    "water cut off with no place to get water",
    ACTIVE,
    CERC,
    undefined,
    `Orsa kommun 06.45: Akut vattenläcka. Vattnet är avstängt på Mora-, Kyrk- och Skolgatan. Räkna med att vara utan vatten till ca kl 15. Nytt besked kl 11 på orsa.se.`,
  ),
  bad(
    "sv",
    "bulletin",
    "only a vague call for caution",
    ACTIVE,
    CERC,
    "Värmebölja i Kalmar län",
    `Måndag 27 juli kl. 09.00

SMHI har utfärdat en gul varning för höga temperaturer i hela Kalmar län från i dag till och med fredag. Temperaturen väntas nå 30–33 grader varje dag. Sjukvården ser redan en ökning av äldre som söker vård för uttorkning.

Var försiktig och tänk på din hälsa de närmaste dagarna.

Vi följer läget tillsammans med länets kommuner och uppdaterar här onsdag kl. 10. Mer om värmevarningen finns på smhi.se.

Region Kalmar län`,
  ),
  bad(
    "sv",
    "bulletin",
    "no practical guidance for evacuated tenants",
    ACTIVE,
    MSB,
    "Brand på Ekvägen 5 – information till hyresgäster",
    `Torsdag 19 november kl. 07.30

Under natten brann det i ett källarförråd på Ekvägen 5. Räddningstjänsten släckte branden, men röken spreds i hela trapphuset och samtliga 24 lägenheter i Ekvägen 5 har utrymts. Ingen har skadats allvarligt. Polisen utreder brandorsaken.

Lägenheterna kan inte användas förrän de har sanerats och el och ventilation är kontrollerade. Vi bedömer i dag att det tar minst en vecka.

Vi publicerar nästa information här kl. 16.00 i dag.

AB Sandvikenhus`,
  ),
  bad(
    "en",
    "bulletin",
    "unverified casualty figures passed on as news",
    FACTUAL,
    KRIS,
    "Explosion at Backa industrial area – information in English",
    `Tuesday 8 December, 16:45

At around 15:20 an explosion occurred in a workshop on Exportgatan in the Backa industrial area. The fire it caused is now under control. Police have closed Exportgatan and Transportgatan.

According to witnesses quoted on social media, as many as fifteen people may have been injured and several may be trapped in the building.

If you are in the area, keep away from the cordon so that emergency vehicles can get through. Relatives who are worried about someone working in the area can call the police on 114 14. Support is available at Backa library from 18:00 tonight.

Next update at 19:00 on goteborg.se/english.

City of Gothenburg, together with Greater Gothenburg Rescue Service`,
  ),
  bad(
    "en",
    "bulletin",
    "speculation about the cause",
    FACTUAL,
    CERC,
    "Fire at student housing on Flogsta – update",
    `Sunday 22 November, 10:00

During the night a fire broke out in a kitchen on the fourth floor of Flogstavägen 3. Eighteen students were evacuated; one was taken to hospital with minor smoke injuries and has since been discharged. The fire was put out at 03:15.

The fire was most likely caused by a cooker left on by a tenant who had been partying.

Residents of corridors 3 and 4 cannot return yet. Temporary rooms are available at Studentstaden's guest rooms – collect keys at the reception at Flogstavägen 1, open today 10:00–18:00. Contact your home insurance company about damaged belongings.

We will publish the next update here at 16:00 today.

Studentstaden i Uppsala`,
  ),
  bad(
    "en",
    "social",
    "blaming a group of visitors",
    IMPARTIAL,
    RF,
    undefined,
    `Åre Municipality, Saturday 11 July, 09:30: A grass fire started last night at the campsite by Ångsjön and spread to about two hectares of forest before the rescue service stopped it. No one was injured. Once again it is irresponsible tourists from the city who think a total fire ban doesn't apply to them.

The fire ban in Jämtland county still applies: no campfires and no disposable barbecues anywhere outdoors. The path around Ångsjön is closed while the ground is being watched. Report smoke or fire on 112. Next update on are.se Monday at 12:00.`,
  ),
  bad(
    "en",
    "bulletin",
    "no comment where residents need facts",
    OPEN,
    CERC,
    "Drinking water in Fjällbacka",
    `Thursday 13 August, 11:00

Many residents and visitors have contacted us about the taste and smell of the tap water in Fjällbacka since Tuesday. We have no comment on the cause or on the test results at this stage.

Until further notice, please boil water for drinking, cooking and brushing teeth. Boiling it until it bubbles is enough. Bottled water is available free of charge at the Fjällbacka tourist office, Ingrid Bergmans torg, 10:00–18:00.

Questions: Tanum Municipality customer service, 0525-180 00. We will publish an update here on Friday at 14:00.

Tanum Municipality, Water and Sewage`,
  ),
  bad(
    "en",
    "bulletin",
    "technical jargon and unexplained units",
    ADAPTED,
    PLAIN,
    "Boil water notice for Svedala",
    `Wednesday 16 September, 08:30

Following a pressure transient in the DMA 4 distribution zone, post-repair sampling showed turbidity above 1.5 NTU and presumptive coliform counts exceeding the parametric value at two sampling points. Cross-connection and backflow at service connections cannot be excluded pending confirmatory analysis.

Households in Svedala town should boil water for drinking and cooking until further notice. A water tank is placed at Svedala square.

We will report the confirmatory results here on Friday at 12:00. Questions: VA SYD customer service 040-635 10 00.

VA SYD and Svedala Municipality`,
  ),
  bad(
    "en",
    "correction",
    "myth-first correction",
    ADAPTED,
    DEBUNK,
    "Rumour: the smoke from the landfill fire is toxic and children should stay home from school",
    `Thursday 1 October, 12:00

Posts shared widely this morning claim that the smoke from the fire at the Sofielund landfill contains dangerous chemicals, that children will be poisoned if they go outside, and that schools in Huddinge are being closed secretly. Some posts say the municipality is hiding measurements.

This is not correct. Air measurements taken at Sofielund and at three schools this morning show levels well below health limits, and all schools are open as usual. Smoke from any fire can irritate eyes and airways, so keep windows closed if you smell smoke.

The measurements are published at huddinge.se/sofielund. Questions: Huddinge contact centre, 08-535 300 00. Next measurements will be published tomorrow at 12:00.

Huddinge Municipality`,
  ),
  bad(
    "en",
    "bulletin",
    "no time stamp on an ongoing update",
    FAST,
    MSB,
    "Power cut in Gotland – latest",
    `About 4,000 customers in southern Gotland are still without power after the storm. Repair crews are working on the lines between Hemse and Burgsvik, and the electricity company expects most customers to have power back during the evening.

If you are without power: keep fridge and freezer doors closed, dress warmly, and do not use gas heaters indoors without ventilation. Warming centres with water, heat and phone charging are open at Hemse school and Burgsvik community hall.

Anyone who needs help getting there can call Region Gotland on 0498-26 90 00.

Region Gotland`,
  ),
  bad(
    "en",
    "bulletin",
    "no advice for people in the smoke plume",
    ACTIVE,
    CERC,
    "Chemical release at the port of Oxelösund",
    `Monday 2 November, 14:10

At 13:25 a tank containing hydrochloric acid started leaking at the port of Oxelösund. A cloud of acid vapour is drifting north-east towards the Ramdalen and Femöre residential areas. The rescue service's chemical unit is on site and working to stop the leak. No one has been reported injured.

The port area and Kustvägen are closed.

Next update at 15:30 on oxelosund.se and on Sveriges Radio P4 Sörmland.

Sörmlandskustens räddningstjänst`,
  ),
  bad(
    "en",
    "sms",
    "no way to find out more",
    ACTIVE,
    MSB,
    undefined,
    `Lund Municipality 17:05: Due to a water main burst, tap water in Stångby is shut off until about 22:00. Water tank at Stångby station. New message at 20:00.`,
  ),
  bad(
    "en",
    "bulletin",
    "vague advice with nothing concrete to do",
    ACTIVE,
    CERC,
    "Measles case at Malmö Central Station",
    `Friday 13 March, 11:00

Region Skåne has confirmed a case of measles in a person who travelled through Malmö Central Station on Wednesday 11 March between 07:30 and 09:00, and on the Öresund train to Copenhagen leaving at 08:12.

Measles is highly contagious, and people who are not immune can become seriously ill. Please be aware of the situation and take care of your health.

More information about measles is available at 1177.se. We will publish an update here on Monday at 12:00.

Region Skåne, Communicable Disease Control`,
  ),
];
