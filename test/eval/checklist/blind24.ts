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
 * Twenty-fourth blind set, written 2026-12-05 by an independent author who did not read the checklist rules, its
 * lexicons or any earlier item (only types.ts, guidance.ts, build.ts, the header of blind15.ts and the earlier sets'
 * source URLs, so that no real message repeats). HELD OUT as a whole: figures only, never tune on its wording.
 *
 * Real messages: published Swedish authority texts (kommuner, regioner, länsstyrelser, räddningstjänster, polisen,
 * municipal companies) about a specific incident, copied verbatim with whole sentences or paragraphs left out at most.
 * Flawed messages: written for invented Swedish municipalities, each with one failure pattern and the principle that
 * must flag it; apart from that flaw they carry sender, time, action, route to more information and next update.
 */
const { real, bad } = evalSet("", perLanguage("good24", "bad24"));

const GOOD: EvalMessage[] = [
  real(
    "sv",
    "bulletin",
    "Region Västerbotten gick upp i stabsläge på grund av omfattande driftstörningar",
    `Under morgonen gick Region Västerbotten upp i stabsläge med anledning av omfattande driftstörningar i ett flertal interna it-system. Felet lokaliserades och åtgärdades.

Störningarna upptäcktes vid 03.30 och påverkade ett flertal system, bland annat journalsystemet. Under morgonen aktiverades regional särskild sjukvårdsledning för att skapa en bättre bild av driftstörningens omfattning.

Felet lokaliserades och åtgärdades. Vid klockan 08.30 fungerade de flesta systemen som vanligt.

Stabsläget har nu avvecklats.

Om stabsläge
Stabsläge är det lägsta beredskapsläget av de tre som en verksamhet kan sättas i. Det innebär att lokal eller regional särskild sjukvårdsledning informerar sig om läget, följer händelseutvecklingen och vidtar de förberedande åtgärder som anses nödvändiga.`,
    "https://regionvasterbotten.mynewsdesk.com/pressreleases/region-vaesterbotten-gick-upp-i-stabslaege-paa-grund-av-omfattande-driftstoerningar-3330102 (Region Västerbotten, pressmeddelande, undated)",
  ),
  real(
    "sv",
    "bulletin",
    "Stabsläge för Region Kronoberg efter fredagens IT-driftstörning har avslutats",
    `PRESSMEDDELANDE: Det var tidigt i fredags morse som Region Kronoberg höjde sin beredskap till förstärkningsläge på grund av en omfattande driftstörning i sitt IT-system. Störningen var så allvarlig att enbart akuta operationer tilläts under fredagen. Mottagningar och besök ställdes in under delar av fredagen.

En teknisk analys av händelsen har påbörjats och enligt Region Kronobergs systematiska säkerhetsarbete kommer en utvärdering av händelsen att genomföras under de kommande veckorna.

Efter det att situationen stabilisterats under fredagsförmiddagen sänktes beredskapsläget till stabsläge, vilket är den lägsta beredskapsgraden. Stabsläget upphörde i idag tisdag den 25 september klockan 15.37.

Det press- och medianummer som har gällt under händelsen har stängts. Då särskild krisledning för händelsen har upplösts hänvisas eventuella frågor från media till Region Kronobergs pressekreterare.`,
    "http://www.regionkronoberg.se/nyhetsarkiv/stabslage-for-region-kronoberg-efter-fredagens-it-driftstorning-har-avslutats/ (Region Kronoberg, 2018-09-25)",
  ),
  real(
    "sv",
    "bulletin",
    "Stabslägen på grund av störningar i flera vårdsystem",
    `Region Östergötland har sedan tidigt på fredagsmorgonen driftstörningar i flera vårdsystem. Regionen har etablerat särskild sjukvårdsledning och befinner sig i regionalt stabsläge och lokala stabslägen på de tre sjukhusen.

– Det är många, både i vården och i stödverksamheterna, som har en hög arbetsbelastning till följd av det här och det påverkar också vissa patientflöden. Vi måste kraftsamla tillsammans för att säkerställa att våra patienter får den vård de behöver, säger Rickard Lundin, säkerhetschef i regionen och sjukvårdsledare i staben.

Felsökning och åtgärdsarbete pågår. Störningarna beror inte på någon cyberattack utan kan kopplas till ett fel i regionens hårdvara.

Under lördagsförmiddagen påbörjades förberedelser för återstart av de mest patientkritiska IT-systemen. Arbetet med förberedelse för återstart av övriga påverkade system pågår parallellt.

– Vi har jobbat efter inriktningen att så snabbt som möjligt få de mest kritiska vårdsystemen att fungera, men det måste ske på ett säkert och kontrollerat sätt. Fram till dess behöver reservrutiner användas, säger Rickard Lundin.

Särskild sjukvårdsledning kommer att kvarstå åtminstone fram till söndag förmiddag.`,
    "https://www.regionostergotland.se/ro/nyheter/nyheter/2023-02-18-stabslagen-pa-grund-av-storningar-i-flera-vardsystem (Region Östergötland, 2023-02-18)",
  ),
  real(
    "sv",
    "bulletin",
    undefined,
    `Chefläkaren bedömer att vården inom Region Stockholm som helhet har ett fortsatt ansträngt läge.

- Fler vårdplatser öppnar och bemanningen ökar efter trettonhelgen. Men det är ett fortsatt ansträngt läge i vården. Därför är det nu extra viktigt att kontakta 1177 Vårdguiden för att få vägledning till när och var man ska söka vård. Vid livshotande tillstånd ska man alltid ringa 112, säger Patrik Söderberg, chefläkare vid Region Stockholm.

Flera IT-störningar påverkade vården i Region Stockholm i samband med trettonhelgen. Dessa IT-störningar är nu åtgärdade. IT-experter fortsätter att ha särskild bevakning över funktionaliteten i nätverken och en analys kommer att göras av händelserna.`,
    "https://vardgivarguiden.se/nyheter/2020/januari/lagesuppdatering-tisdag-klockan-14.30-stabslage-avslutat/ (Region Stockholm, Vårdgivarguiden, 2020-01)",
  ),
  real(
    "sv",
    "bulletin",
    "Stor brandrisk just nu!",
    `Just nu är det torrt i skog och mark och brandrisken är stor och på vissa ställen mycket stor. Stor försiktighet behöver iakttas vid eldning och grillning i anslutning till skog och mark.

Brandrisken (risken för spridning) beräknas av SMHI och kan följas här

Läs med om att förebygga skogs- och vegetationsbränder här`,
    "https://www.eda.se/stor-brandrisk-just-nu__1248 (Eda kommun, 2019-08-20)",
  ),
  real(
    "sv",
    "bulletin",
    "05 oktober 13.52, Farligt föremål, misstänkt, Stockholm",
    `Misstänkt farligt föremål i bostadsområde i Sätra.

Polis har spärrat av ett område i Sätra efter att ett misstänkt farligt föremål anträffats i ett bostadsområde. Polis arbetar nu med inrymning av de som bor i närheten.

En förundersökning om grov allmänfarlig ödeläggelse och grovt brott mot lagen om explosiva och brandfarliga föremål är inledd.

Uppdatering klockan 14.54
Polisens nationella bombskydd är beordrat till platsen. Ingen person är skadad.

Uppdatering klockan 16.15
Flera olika polisresurser arbetar med ärendet. Bland annat nationella bombskyddet har påbörjat arbetet på platsen.

Uppdatering klockan 17.18
Under insatsen har polisen anträffat ytterligare ett misstänkt farligt föremål. Nationella bombskyddet arbetar med att säkra föremålen. Fortsatt är ingen skadad. Boende i området är fortfarande inrymda.`,
    "https://polisen.se/aktuellt/handelser/2025/oktober/5/05-oktober-13.52-farligt-foremal-misstankt-stockholm (Polisen, region Stockholm, 2025-10-05)",
  ),
  real(
    "sv",
    "bulletin",
    "14 februari 04.53, Brand, Trollhättan",
    `Brand i lägenhetshus.

Larm inkommer via SOS om brand i ett flerfamiljshus på Bergsgatan i centrum. Det gäller en fullt utvecklad brand. Räddningstjänst arbetar fortsatt med släckningsarbete. Samtliga som befann sig i aktuell lägenhet ska ha kunnat ta sig ut. Polis är på plats med ett antal resurser för att bistå räddningstjänst och utreda brott. Ett område omkring aktuell fastighet kommer att spärras av. Flertalet personer ska ha behövt evakueras av räddningstjänst. Kontakt kommer tas med kommunen för att säkerställa att de som evakueras får komma in i värme så fort som möjligt.`,
    "https://polisen.se/aktuellt/handelser/2026/februari/14/14-februari-04.53-brand-trollhattan (Polisen, region Väst, 2026-02-14)",
  ),
  real(
    "sv",
    "bulletin",
    "Högt tryck på akutmottagningen vid Norrlands universitetssjukhus",
    `Antalet patienter som kommer till akutmottagningen på Norrlands universitetssjukhus har ökat under den senaste veckan. Flera sökande borde egentligen ha vänt sig till en hälsocentral. Akutmottagningen ska hjälpa invånare som är akut sjuka eller skadade och invånare uppmanas nu att tänka ansvarsfullt och vända sig till sin hälsocentral på dagtid för mildare besvär.

På akuten i Umeå märks ett ökat tryck och personalen går nu ut med en uppmaning till invånarna i länet om att använda vårdens resurser på ett ansvarfullt sätt. Under sommaren drar vården ned på verksamheten och resurserna används för att ta hand om dem som har besvär som inte kan vänta. För att underlätta för personalen och göra vården mer tillgänglig informerar Region Västerbotten nu brett om de olika ingångar som finns till vården, och när de bör användas.

Flera ingångar till vården

Som enskild person kan det vara svårt att bedöma hur allvarliga olika sjukdomstillstånd är.`,
    "https://www.regionvasterbotten.se/hogt-tryck-pa-akutmottagningen-vid-norrlands-universitetssjukhus (Region Västerbotten, 2023-06-27)",
  ),
  real(
    "sv",
    "bulletin",
    "Långa väntetider på akutmottagningen",
    `Just nu är det många som behöver vår hjälp. Du som är allvarligt sjuk och/eller skadad får hjälp först. Har du remiss från vårdcentral går ditt besök hos oss ofta snabbare.

Om du inte är svårt sjuk, sök vård hos en vårdcentral eller jourcentral. För råd om vård, gå in på 1177.se eller ring 1177.

Vad påverkar väntetiderna?

Du som söker till akutmottagningen är i akut behov av vård. Beroende på ditt sjukdomsläge kan du få vård på akutmottagningen, skrivas in på en vårdavdelning, hänvisas till vårdcentral/jourcentral eller åka hem.

Du som är allvarligt sjuk eller skadad får hjälp först. Det påverkar väntetiden för övriga patienter. Vi tar också hand om patienter från ambulans. De prioriteras efter samma princip som alla andra.`,
    "https://www.nusjukvarden.se/avdelningar-och-mottagningar/akutmottagning/langa-vantetider-pa-akutmottagningen/ (NU-sjukvården, Västra Götalandsregionen, undated)",
  ),
  real(
    "sv",
    "bulletin",
    "Trångt om vårdplatser på Östersunds sjukhus",
    `Just nu har vi många patienter med svår influensa på Östersunds sjukhus och därför trångt om vårdplatser. Det innebär att väntetiden på akuten kan bli längre för de patienter som inte bedömts som mest akut sjuka. Detta beror i sin tur på att det tar längre tid att göra plats för patienter från akuten som ska läggas in på vårdavdelning.

Ring gärna 1177 eller besök 1177.se som en första åtgärd om du eller någon anhörig behöver vård under helgen.

Ring alltid 112 vid misstanke om livshotande tillstånd`,
    "https://www.regionjh.se/nyheter/pressmeddelanden/rjhpress/trangtomvardplatserpaostersundssjukhus.5.1d7a19a1619b54bf17d7a6.html (Region Jämtland Härjedalen, undated)",
  ),
  real(
    "sv",
    "bulletin",
    "Återflyttade kontaktas",
    `Återvändare till Laforsen och Enskogen kontaktas av kommunen. Ändrade tider för jourtelefon från och med måndag 6 augusti.

I går, onsdagen den 1 augusti, fick evakuerade från Enskogen och Laforsen veta att det får återvända till sina hem. Under torsdagen ringer kommunen upp alla folkbokförda i dessa områden för att följa upp hur första dygnet efter återvändandet har varit.

Kommunen upprätthåller via telefon även läget för de evakuerade.

Jourtelefonen för de branddrabbade finns kvar och nås på nummer 070-208 54 60. Telefonsamtal besvaras mellan 15.00 och 22.00.

Även ärenden som rör kontakt med POSOM-gruppen (Psykiskt och socialt omhändertagande vid olyckor och katastrofer) kan ringas in till nämnda telefon.`,
    "https://www.ljusdal.se/samhallegator/krisochsakerhet/arkiveradesidor/nyhetsarkivkrisinformationbranden/aterflyttadekontaktas.5.7259f893164f281f98272730.html (Ljusdals kommun, 2018-08-02)",
  ),
  real(
    "sv",
    "bulletin",
    "Bevattningsförbud med omedelbar verkan",
    `Kommun: Båstad
Startdatum: 2021-06-18
Beräknas klart: Ingen prognos
Berörda adresser: Hela kommunen

NSVA inför bevattningsförbud i Båstads kommun med omedelbar verkan. Orsaken är att kapaciteten i vattenverken är lägre än förbrukningen. Kommunalt dricksvatten får under bevattningsförbudet endast användas till personlig hygien, mat och dryck.

Vattenförbrukningen har legat på en hög nivå en längre tid och tidigare uppmaningar att spara på vattnet har inte hörsammats. Under bevattningsförbudet är det förbjudet att använda kommunalt dricksvatten till att:

  • Bevattna gräsmattor, blommor eller annan växtlighet med vattenslang eller vattenspridare (bevattning får ske med vattenkanna).
  • Bevattna fotbollsplaner, tennisplaner och liknande.
  • Fylla pooler eller byta ut vatten i pooler och spabad.
  • Högtryckstvätta exempelvis fasader och fordon.

Spara vatten-tips finns samlade på www.nsva.se/sparavatten.

Vid frågor kring bevattningsförbudet, kontakta NSVAs kundservice via mejl kundservice@nsva.se eller
telefon 010-490 97 00. Läs mer på: nsva.se/bevattningsforbud`,
    "https://www.nsva.se/driftinformation/bevattningsforbud-med-omedelbar-verkan-2/ (NSVA, Nordvästra Skånes Vatten och Avlopp, 2021-06-18)",
  ),
  real(
    "sv",
    "bulletin",
    "Mycket höga flöden i Upperudsälven",
    `SMHI har utfärdat en klass 2-varning för mycket höga flöden i Upperudsälvens sjösystem i Dalsland.

I sjön Lelången ökar vattenståndet under de närmaste dagarna. Detta kommer att ge upphov till höga flöden i Bengtsfors och nedströms Bengtsfors. Länsstyrelsen har varit i kontakt med berörda aktörer och följer läget genom regelbundna rapporter över vattennivåerna.

Mer information hos SMHI`,
    "http://www.lansstyrelsen.se/VastraGotaland/Sv/nyheter/2014/Pages/2014-02-18.aspx (Länsstyrelsen Västra Götaland, 2014-02-18)",
  ),
  real(
    "sv",
    "bulletin",
    "Information till allmänheten att vara vaksam vid strandlinjen",
    `Under tisdagen kommer skyltar att sättas upp i områden som drabbats av olja. Detta för att göra allmänheten uppmärksam på att vara vaksamma på olja. Områdena är sanerade men mer olja kan upptäckas. Vi vill att allmänheten fortsatt registrera eventuella upptäckter.

Öckerö kommun har en pågående saneringsinsats för att avlägsna olja och ser över områden kontinuerligt.
Var vaksam om du vistas i strandlinjen så att du inte kommer i kontakt med oljan och ha god uppsikt över barn och djur. Undvik att bada där du ser olja eller oljeskimmer.`,
    "https://www.ockero.se/nyheter/bo-trafik-och-miljo/2022-04-25-information-till-allmanheten-att-vara-vaksam-vid-strandlinjen (Öckerö kommun, 2022-04-25)",
  ),
  real(
    "sv",
    "bulletin",
    "Anmäl misstänkt oljespill till oss!",
    `Ett utsläpp av olja har skett i Skutskär från Stora Ensos anläggning. Läckaget är stoppat.

Torsdagens utsläpp av tallbecksolja vid Stora Ensos anläggning i Skutskär är under kontroll. Cirka 7-10 kubikmeter olja har läckt ut i hamnen och endast en liten del har nått ut i havet. I hamnen pågår sanering för fullt och utmed stränder och kust håller Gävle kommun och Älvkarleby kommun uppsikt över eventuella oljespill. Mindre mängder olja har hittats öster om hamnen vid Ytterharnäs och Furuvik och sanering pågår och beräknas pågå i cirka en vecka.

Anmäl misstänkt oljespill till oss!

Om du hittar tallbecksolja längs stranden vill vi att du berättar det för oss. Det gäller oavsett var du har hittat oljan. Du gör din anmälan här: http://bit.ly/oljespill. Kom ihåg att du inte ska försöka att sanera oljan på egen hand.

Gör så här om du kommer i kontakt med oljan:

Det är viktigt att hålla barn och djur borta från tallbecksoljan. Den kan orsaka irritation i både hud och ögon. Vid kontakt med hud eller ögon rekommenderar Giftcentralen att tvätta hud med tvål eller såpa och vatten och att skölja ögonen med vatten. Det räcker oftast. Om en allergisk reaktion skulle uppstå är det bra att uppsöka läkare.

Hundar som kommer i kontakt med oljan bör också tvättas med tvål eller såpa och vatten. Förhindra att djuret slickar pälsen. I förebyggande syfte kan det vara bra att hålla hunden kopplad i drabbade områden. Om din hund skulle må dåligt är det bra att kontakta veterinär`,
    "https://www.gavle.se/service-och-information/oljeutslapp-utanfor-skutskar/ (Gävle kommun, undated)",
  ),
  real(
    "sv",
    "bulletin",
    "Rapportera oljespill",
    `Lysekils kommun behöver fortfarande din hjälp med observationer av oljespill i havet och vid land.

Lördagen den 27 maj läckte olja ut i havet i samband med bunkring av ett fartyg vid Skagen i Danmark. Oljan spred sig sedan över till svenskt vatten och Kustbevakningen har genomfört oljesanering till havs.

Kustbevakningens räddningsinsats är nu avslutad eftersom man inte har hittat mer olja i vattnet och noga sökt av kuststräckan Lysekil - Strömstad.

Lysekils kommun och Räddningstjänstförbundet Mitt Bohuslän arbetar tillsammans vidare med att söka av stränder och sanera den olja som har nått land. Oljepåslag på land har bland annat rapporterats vid Trälebergskilen, Långevik och Dyrskär.

Vi behöver fortsatt hjälp med att få in rapporter från våra invånare om olja påträffas på land eller i vattnet.

Det är viktigt att ni själva inte hanterar oljan utan att ni kontaktar oss så vi kan ta hand om den.`,
    "http://lysekil.se/nyhetsarkiv/viktigt-meddelande/2017-05-30-rapportera-oljespill.html (Lysekils kommun, 2017-05-30)",
  ),
  real(
    "sv",
    "bulletin",
    "Utökad tillgänglighet längs drabbad kuststräcka",
    `Vistelseförbudet hävs på vissa sträckor idag 3 maj.

Nu kan du återigen röra dig längs hela den drabbade kuststräckan. Vissa områden har fortsatt vistelseförbud närmast strandlinjen där saneringsarbete pågår. Det finns skyltar uppsatt i området med information om hur du ska agera.

Idag hävs vistelseförbudet på Norje Gryt, sträckan från Sibben till Lörbyskog, sträckan från norra delen av Djupekås till den nordvästra spetsen av Tocken samt västra delen av Spraglehall.

Två olika skyltar finns längs den drabbade kuststräckan. Den ena är gul och informerar om att vistelseförbud gäller. Det innebär att du inte får gå nedanför skyltar och avspärrningar. Den andra är orange och informerar om att du får vistas i området, men att ett oljepåslag har skett så var extra uppmärksam. Här finns även information om hur du ska agera om du upptäcker olja eller får det på dig.

Om du upptäcker oljefynd på sträckor som inte omfattas av vistelseförbudet vill vi att du rapporterar det till oss via vår e-tjänst.`,
    "https://solvesborg.se/startsida/nyheter-och-evenemang/oljeutslapp/2024-05-03-utokad-tillganglighet-langs-drabbad-kuststracka.html (Sölvesborgs kommun, 2024-05-03)",
  ),
  real(
    "sv",
    "bulletin",
    "Trafikläget allt bättre",
    `Uppdatering eftermiddag:

Trafikläget är betydligt ljusare.

Busstrafiken har kortare förseningar, cirka 10-12 minuter på de längre sträckorna men går i övrigt efter tidtabell.

Skoltrafiken har under eftermiddagen gått planenligt frånsett Grums som ställt in hela dygnet.

När det gäller servicetrafiken, sjuk- och färdtjänstresor har alla kunnat genomföras, dock med en del förseningar på grund av väglaget.

Om vädret inte blir avsevärt sämre under kvällen och natten räknar vi med att vår trafik går enligt tidtabell under onsdagsmorgonen.`,
    "https://www.varmlandstrafik.se/snostorm-staller-in-buss-och-skoltrafik/ (Värmlandstrafik, undated)",
  ),
  real(
    "sv",
    "bulletin",
    "Brand på gruppboende",
    `På tisdag eftermiddag uppstod en brand i köket på en av kommunens centralt belägna gruppbostäder i Lysekil. Sprinklersystemet gick igång och släckte brande, men det var kraftig rökutveckling i köket och intilliggande rum. Personal och de boende agerade rådigt och tog sig ut ur byggnaden snabbt.

Genom god samverkan inom socialförvaltningen gick det också snabbt att hitta sovplatser för de boende som behövde evakueras. Extra personal togs in för att se till så att alla var trygga efter det som hade hänt.

Brandkåren var på plats och konstaterade att elden var släckt. Under kvällen inleddes arbetet med att torka upp allt vatten som sprinklersystemet släppt ut. Köket revs ut och fläktar sattes in. Nu är målet att de boende ska kunna flytta tillbaka så fort som möjligt och att kök och allrum ska återställas.`,
    "https://www.lysekil.se/organisation-plats-och-politik/nyheter/2024/2024-07-03-brand-pa-gruppboende.html (Lysekils kommun, 2024-07-03)",
  ),
  real(
    "sv",
    "bulletin",
    "Så här arbetar vi vid en större brand",
    `Natten till 12 juli inträffade en brand i Varberga centrum, som påverkade många som bor i närheten. När en större brand, eller annan liknande händelse, inträffar samarbetar flera olika verksamheter inom Örebro kommun med räddningstjänst, polis, sjukvård, fastighetsägare och andra.

Örebro kommuns socialjour, genom sin "Posom-verksamhet" (psykosocialt omhändertagande), tar hand om dem som är oskadade men som är påverkade av händelsen, t.ex. de som inte kan vara kvar i sina bostäder p.g.a. brandrisk eller rök. Tillsammans med fastighetsägaren ser de till att de som måste evakueras från sina bostäder får möjlighet att vara i en lokal i närheten. Det kan vara en föreningslokal, en skola eller andra lokaler som har plats för många människor. Där får de tillfälligt tak över huvudet, plats att sitta ned, tillgång till toaletter, och om så behövs något att dricka eller äta. Om det behövs ordnas också tillfälligt boende med sängplatser, om de egna bostäderna inte går att återvända till direkt.

Branden i Varberga centrum innebar att ett fyrtiotal hyresgäster tillfälligt behövde evakueras från sina lägenheter.`,
    "http://www.orebro.se/nyheter/nyheter/2017-07-12-sa-har-arbetar-vi-vid-en-storre-brand.html (Örebro kommun, 2017-07-12)",
  ),
  real(
    "sv",
    "bulletin",
    "Påverkan på skolor med anledning av skogsbränderna",
    `I nuläget finns inga planer på att evakuera någon förskola eller skola. Däremot finns förberedelser om bränderna skulle utvecklas på ett sätt som kan hota eller störa.

Under torsdagsmorgonen 7 juni träffades samtliga förskolechefer och rektorer för att få information om skogsbränderna och inventera konsekvenserna för verksamheten.

För stunden finns inga indikationer på någon sådan fara. Däremot finns i förskole- och skolverksamheten barn och elever som evakuerats eller på annat sätt berörs av branden genom vägavspärrningar och liknande.

Rektorer och förskolechefer uppfattar att alla enskilda frågor är lösta, exempelvis när det gäller skolskjuts och andra transporter för evakuerade. Ambitionen är förstås att skapa så stor trygghet som möjligt i den situation som uppstått.

Drabbade som har frågor kring detta uppmanas kontakta förskolechef, rektor eller den personal som de brukar ha kontakt med i förskole- och skolfrågor.`,
    "https://www.sala.se/message/15217/?type=news&ret=http%3A%2F%2Fwww.sala.se%2Finfo%2F12507%3Fcat%3D4102 (Sala kommun, 2018-06-07)",
  ),
  real(
    "sv",
    "bulletin",
    "Brand på Östra Stenhagenskolan idag 10 december",
    `Idag uppstod en brand på Östra Stenhagenskolan och alla elever och personal fick utrymmas. Även intilliggande förskolan Kullerstenen fick utrymmas.

Utrymningen gick mycket bra och ingen har kommit till skada. Räddningstjänsten var snabbt på plats och kunde strax efter klockan 13 få branden under kontroll.

Information till vårdnadshavare har gått ut i Unikum. Skolledningen planerar nu för hur verksamheten ska bedrivas de kommande dagarna. Vårdnadshavare kommer att informeras löpande via Unikum.`,
    "https://www.uppsala.se/organisation-och-styrning/nyheter-och-pressmeddelanden/brand-ostra-stenhagenskolan/ (Uppsala kommun, 10 december, year not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Nu är räddningsinsatsen avslutad vid alla bränderna i Sala kommun.",
    `Uppdaterad 9 juni klockan 17.00

Räddningstjänsten meddelar att de har avvecklat sin insats, men att de har en stab i beredskap under en vecka med särskilt fokus på de här bränderna. Under lördag kväll genomför Kustbevakningen en flygning med värmekamera för att Räddningstjänsten ska få bra koll på läget.

Länsstyrelsen avslutar nu uppdateringarna kring skogsbränderna i Sala kommun. Men vi har beredskap att återuppta dem om det skulle behövas.

9 juni klockan 13.30

Nu är räddningsinsatsen avslutad även vid den sista branden i Broddbo.`,
    "http://www.surahammar.se/ovrigt/nyheter/nyheter2018/nuarraddningsinsatsenavslutadvidallabrandernaisalakommun.5.4d2d57d4163cb0457ad47ffb.html (Surahammars kommun, relaying Länsstyrelsen Västmanland, 2018-06-09)",
  ),
  real(
    "sv",
    "bulletin",
    "Räddningsinsatsen vid skogsbranden i Triabo avslutad",
    `Räddningstjänsten avslutade på lördagseftermiddagen sin insats vid skogsbranden i Triabo. Markägarna kommer nu att bevaka området med jämna mellanrum, för att förhindra att eventuella nya bränder uppstår.
Allmänheten uppmanas att inte ge sig in i området som brunnit eftersom skadade träd kan falla ner och eftersom det inte är säkert att gå på marken. Att återställa området kommer att ta minst ett par veckor, och räddningstjänsten ber därför om förståelse för att deras service under en period kan bli begränsad. Utryckningsverksamheten kommer dock inte att påverkas.
Räddningstjänsten i Hultsfred vill tacka all personal och deras familjer, kommunala förvaltningar, Frivilliga resursgruppen, Hemvärnet och andra kommuner och organisationer som på olika sätt hjälpt till i arbetet med skogsbranden.`,
    "https://www.hultsfred.se/artikel/skogsbrand-i-narheten-av-triabo-och-lonneberg/ (Hultsfreds kommun, 2016-05-14)",
  ),
  real(
    "sv",
    "bulletin",
    "Varning för mycket svaga isar",
    `Allmänheten uppmanas att inte ge sig ut på istäckta sjöar och vattendrag i Södermanlands län.

Det varma vårvädret gör att isarna på sjöar och vattendrag blir svaga och förrädiska och risken för olyckor är stor.

Uppmaningen till allmänheten att inte ge sig ut på istäckta sjöar och vattendrag kommer från Räddningstjänsten, Polisen och Länsstyrelsen Södermanlands län.`,
    "https://nykoping.se/sormlandskustens-raddningstjanst/aktuellt/varning-for-mycket-svaga-isar (Sörmlandskustens räddningstjänst, undated)",
  ),
  real(
    "sv",
    "bulletin",
    "Myndighetsmeddelande: Varning för svaga isar",
    `Varning för mycket svaga isar i Dalarnas län. Allmänheten uppmanas att inte ge sig ut på istäckta sjöar och vattendrag i Uppsala län, Stockholms län, Södermanlands län, Jönköpings län, Dalarnas län, Värmlands län, Örebros län och Västmanlands län. Det varma vårvädret gör att isarna på sjöar och vattendrag blir svaga och förrädiska och risken för olyckor är stor.`,
    "https://www.lansstyrelsen.se/dalarna/krismeddelande-i-sidhuvudet/2021-03-10-myndighetsmeddelande-varning-for-svaga-isar.html (Länsstyrelsen Dalarna, 2021-03-10)",
  ),
  real(
    "sv",
    "bulletin",
    "Vårdcentralen Centrum i Flen stänger",
    `Den privatdrivna vårdcentralen Centrum i Flen stänger tillfälligt från 2/3. Detta efter att verksamheten inte kan bedrivas på ett patientsäkert sätt. Den landstingsdrivna vårdcentralen i Flen är förberedd på att hantera situationen som uppstått.

Vårdcentralen Centrum har cirka 6000 listade patienter. För att de ska få vård har den landstingsdrivna vårdcentralen i Flen förstärkt sina resurser.

Som patient är det också alltid möjligt att söka vård och lista sig varhelst man vill. Även på annan ort än hemkommunen om det passar bättre. En första ingång till vården är också 1177 vårdguiden via 1177.se eller genom att ringa 1177

Vårdcentralen Centrum planerar att öppna igen den 20/3.`,
    "https://flen.se/nyheter/vardcentralen-centrum-flen-stanger/ (Flens kommun, relaying Landstinget Sörmland, undated)",
  ),
  real(
    "sv",
    "bulletin",
    "Vänta med besök i äldreomsorgen om du är eller har varit sjuk nyligen",
    `Influensa och vinterkräksjuka

Under de senaste veckorna har influensa och vinterkräksjuka ökat. Dessa sjukdomar kan vara mycket allvarliga för sköra och äldre personer.

Om du är eller har varit sjuk de senaste dagarna, vänta med besök i äldreomsorgen tills du känner dig helt frisk.

För att undvika smittspridning

  • Var extra noggrann med handhygien.
  • Tvätta händerna med tvål och vatten.
  • Om möjligt: Använd handsprit före och efter besöket.

Har du frågor kontakta personalen på äldreboendet.`,
    "https://kommun.herjedalen.se/omkommunen/nyheter/nyheter2020/vantamedbesokialdreomsorgenomduarellerharvaritsjuknyligen.5.6f8bba1a170b087494e3dd67.html (Härjedalens kommun, 2020-03-09)",
  ),
  real(
    "sv",
    "bulletin",
    "Respektera gällande eldningsförbud",
    `Rådande väderleksförhållanden med värme och extrem torka i naturen innebär stora risker för bränder i skog och mark. Räddningstjänsten uppmanar därför allmänheten att respektera gällande beslut om eldningsförbud, och att helt avstå från att elda eller grilla ute i naturen.

Räddningstjänsterna över hela landet är hårt ansträngda av arbeten med bränder i skog och mark som är mycket resurskrävande. Detta påverkar räddningstjänsternas förmåga negativt att upprätthålla beredskapen för andra olyckor i samhället.

Tomas Sunnerdahl, Räddningschef i Beredskap (NÄRF)`,
    "http://brand112.se/711-2/ (Nerikes Brandkår, undated)",
  ),
  real(
    "sv",
    "bulletin",
    "Mildare väder och tunnare is",
    `Vädret har den senaste veckan varit mildare och solen värmer mer och mer ju närmare våren kommer.

Beger man sig ut på isen bör man nu vara extra försiktig.

Rekommendationer är att aldrig vara ute ensam på isen, att ha utrustning för att kontrollera isens tjocklek, ha rätt kläder samt isdubbar om olyckan är framme.

I Fagersta bör mar vara uppmärksam på vilka sjöar som pga rådande svinpest ej bör beträdas och vilka sjöar som beslutats att undantas.

En allmän uppmaning – var uppmärksamma och försiktiga och var hellre på land om det finns det minsta tvivel om hur man håller sig säker på isen!`,
    "https://sdrf.nu/mildare-vader-och-tunnare-is/ (Södra Dalarnas Räddningstjänstförbund, undated)",
  ),
];

const BAD: EvalMessage[] = [
  // --- factual ---
  bad(
    "sv",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    KRIS,
    "Kokningsrekommendation i Norrby och Säterbo",
    `Uppdaterad torsdag 14 mars kl. 10.30

Ekedals kommun rekommenderar alla hushåll i Norrby och Säterbo att koka dricksvattnet. Vid ett rutinprov i tisdags hittades E. coli-bakterier i ledningsnätet.

Sannolikt har bakterierna kommit in från lantbruket längs Säterån efter helgens kraftiga regn, och troligen är det gödsel från en enskild gård som ligger bakom.

Koka allt vatten som ska drickas, användas i matlagning eller till tandborstning. Vattentankar med dricksvatten står vid Norrby skola och Säterbo bygdegård.

Frågor: kommunens kundtjänst 0123-45 67 00, vardagar 8–17. Nästa uppdatering kommer senast fredag kl. 12.00 på ekedal.se/vatten.`,
  ),
  bad(
    "sv",
    "social",
    "unverified casualties from social media",
    FACTUAL,
    KRIS,
    undefined,
    `Kl. 23.15: Räddningstjänsten Storsjö arbetar med en brand i ett flerfamiljshus på Bruksgatan i Västerby. Enligt uppgifter som sprids i sociala medier ska två personer ha omkommit och flera vara svårt skadade. Boende i grannhusen ska hålla fönster och dörrar stängda och stänga av ventilationen. Undvik området så att utryckningsfordon kommer fram. Vi uppdaterar här igen senast kl. 00.30.`,
  ),
  bad(
    "sv",
    "sms",
    "empty reassurance",
    FACTUAL,
    MSB,
    undefined,
    `Räddningstjänsten Ekedal kl. 09.40: Brand i lagerlokal på Industrigatan. Röken driver mot Östermalm. Det finns ingen anledning till oro – röken är helt ofarlig. Bor du nära, håll fönster stängda. Mer info: ekedal.se/aktuellt, ny info kl. 11.`,
  ),
  bad(
    "sv",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    MSB,
    "Vattenläckan i Lindås är lagad",
    `Publicerad 3 november kl. 16.05

Läckan på huvudledningen vid Lindåsvägen är nu lagad och alla hushåll i Lindås har fått tillbaka vattnet.

Hushållen på Lindåsvägen 2–18 och Kvarngränd är fortfarande utan vatten medan vi spolar ur ledningen. Vattentanken vid Lindås förskola står kvar till i kväll.

När vattnet kommer tillbaka kan det vara missfärgat. Spola kallvatten några minuter tills det blir klart. Missfärgningen är inte farlig.

Frågor: Storsjö Vatten, 0456-12 34 50. Vi uppdaterar sidan senast kl. 20.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "speculation about cause presented as likely",
    FACTUAL,
    KRIS,
    "Störningar i regionens IT-system",
    `Lördag 8 februari kl. 07.45

Sedan kl. 03 i natt har Region Mellanvik störningar i flera IT-system, bland annat journalsystemet och tidbokningen. Sjukhusen och vårdcentralerna arbetar med reservrutiner och den akuta vården fungerar.

Allt tyder på att det rör sig om ett riktat angrepp från en utländsk aktör, liknande dem som drabbat andra regioner det senaste året.

Har du en bokad tid i dag, kom som vanligt om du inte blir kontaktad. Behöver du råd om vård, ring 1177. Vid livshotande tillstånd ring alltid 112.

Nästa lägesbild publiceras kl. 12.00 på regionmellanvik.se.`,
  ),
  bad(
    "sv",
    "bulletin",
    "hearsay presented as fact",
    FACTUAL,
    KRIS,
    "Magsjuka bland elever på Ekbackens skola",
    `Måndag 22 april kl. 14.20

Ett fyrtiotal elever på Ekbackens skola har varit hemma med magsjuka sedan i fredags. Flera föräldrar har berättat att det var kycklingsalladen som serverades i fredags som gjorde barnen sjuka, och den har nu tagits bort från menyn.

Miljöförvaltningen har tagit prover i skolköket och svar väntas på onsdag. Barn som har kräkts eller haft diarré ska vara hemma tills de varit symtomfria i 48 timmar. Kontakta 1177 om ditt barn inte kan behålla vätska.

Frågor: skolans expedition 0123-45 68 10. Vi informerar vårdnadshavare i Unikum och här på webben när provsvaren kommit, senast onsdag kl. 16.`,
  ),
  // --- impartial ---
  bad(
    "sv",
    "bulletin",
    "blame on a named contractor",
    IMPARTIAL,
    RF,
    "Vattnet avstängt på Solbacken",
    `Tisdag 9 maj kl. 11.10

Vattnet är avstängt för cirka 120 hushåll på Solbacken efter att en huvudledning grävts sönder vid Solbacksvägen. Skadan beror helt på slarv av entreprenören Mark & Schakt i Norr AB, som inte följde kommunens ledningskartor.

Vattentank står vid Solbackens centrum. Stäng alla kranar och tappa inte upp varmvatten när vattnet kommer tillbaka. Vi räknar med att vattnet är tillbaka vid 18-tiden.

Frågor: Storsjö kommun, VA-jouren 0456-12 34 99. Nästa uppdatering kl. 15.00 på storsjo.se.`,
  ),
  bad(
    "sv",
    "bulletin",
    "partisan blame",
    IMPARTIAL,
    RF,
    "Läckor på ledningsnätet i centrum",
    `Onsdag 17 januari kl. 09.30

Under natten har det uppstått tre läckor på vattenledningarna i centrala Ekedal. Cirka 400 hushåll är utan vatten. Att ledningsnätet är i så dåligt skick är resultatet av att den förra majoriteten under åtta år prioriterade bort underhållet, något den nuvarande ledningen nu tvingas ta ansvar för.

Nödvatten finns vid Stora torget och vid Ekedals sporthall. Spola kallvatten några minuter när vattnet kommer tillbaka.

Frågor: Ekedals kommuns kundtjänst 0123-45 67 00. Vi uppdaterar kl. 13.00.`,
  ),
  bad(
    "sv",
    "social",
    "self-praise",
    IMPARTIAL,
    RF,
    undefined,
    `Uppdatering kl. 18.30: Skogsbranden vid Granberget är nu begränsad. Återigen har våra brandmän visat att Storsjö har landets snabbaste och skickligaste räddningstjänst – ingen annan kår hade klarat detta på så kort tid. Branden omfattar cirka 12 hektar. Vägen mot Granberget är fortsatt avstängd. Gå inte in i brandområdet, träd kan falla. Nästa uppdatering kl. 21.00. /Räddningstjänsten Storsjö`,
  ),
  bad(
    "sv",
    "bulletin",
    "stigmatising label",
    IMPARTIAL,
    RF,
    "Brand i förråd vid Järnvägsparken",
    `Söndag 6 oktober kl. 08.15

Under natten brann ett förråd vid Järnvägsparken i Västerby. Branden är släckt och ingen person är skadad. Förrådet ligger där hemlösa missbrukare brukar hålla till, och polisen utreder om branden är anlagd.

Delar av parken är avspärrad under dagen medan räddningstjänsten kontrollerar att det inte finns glöd kvar. Gå runt avspärrningen.

Har du sett något vid parken mellan kl. 01 och 03 i natt, ring polisen på 114 14. Storsjö kommun uppdaterar informationen här i eftermiddag, senast kl. 15.`,
  ),
  bad(
    "sv",
    "social",
    "mockery of the public",
    IMPARTIAL,
    RF,
    undefined,
    `Till er alla grillgenier som trodde att eldningsförbudet inte gällde just er: tack för helgens tre gräsbränder. 🙄 Eldningsförbudet i Storsjö kommun gäller sedan fredag 14 juni kl. 12 och tills vidare. Det är förbjudet att elda och grilla i skog och mark, även med engångsgrill. Grillning är tillåten i fast grill på egen tomt. Frågor: Räddningstjänsten Storsjö, 0456-12 30 00. Vi meddelar här när förbudet hävs.`,
  ),
  bad(
    "sv",
    "sms",
    "capitals",
    IMPARTIAL,
    RF,
    undefined,
    `EKEDALS KOMMUN 14/3 KL 10.30: KOKA VATTNET!!! ALLT DRICKSVATTEN I NORRBY OCH SÄTERBO SKA KOKAS FÖRE DRYCK OCH MATLAGNING. VATTENTANK VID NORRBY SKOLA. MER INFO EKEDAL.SE/VATTEN. NY INFO FREDAG KL 12.`,
  ),
  bad(
    "sv",
    "bulletin",
    "alarmism",
    IMPARTIAL,
    RF,
    "Höga flöden i Storån",
    `Måndag 29 april kl. 13.00

SMHI har utfärdat en gul varning för höga flöden i Storån. Kommunen varnar för en katastrofal situation: vattnet kan när som helst svämma över och hela Åbyn riskerar att dränkas. Ingen som bor längs ån kan känna sig säker.

Flytta värdefulla saker från källaren, se över golvbrunnarna och håll barn borta från strandkanten. Sandsäckar finns att hämta vid kommunförrådet på Verkstadsvägen 4 mellan kl. 8 och 18.

Storsjö kommun följer vattennivåerna och uppdaterar här varje dag kl. 13. Frågor: 0456-12 30 00.`,
  ),
  // --- open ---
  bad(
    "sv",
    "bulletin",
    "no comment",
    OPEN,
    MSB,
    "Polisinsats vid Västerbyskolan",
    `Torsdag 26 september kl. 10.40

Polisen är på plats vid Västerbyskolan efter ett larm i morse. Ekedals kommun har ingen kommentar till händelsen och kommer inte att svara på frågor om vad som har hänt.

Eleverna är kvar i sina klassrum och undervisningen fortsätter. Vårdnadshavare ombeds att inte komma till skolan.

Nästa information till vårdnadshavare skickas via Unikum senast kl. 12.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "hidden responsibility",
    OPEN,
    MSB,
    "Felaktig klorhalt i dricksvattnet i Åbyn",
    `Fredag 2 augusti kl. 15.20

I går kväll uppstod en situation där för mycket klor kom att tillföras dricksvattnet i Åbyn. Felet har nu rättats till och klorhalten är normal igen sedan kl. 06 i morse.

Vattnet kan ha smakat och luktat starkt av klor under natten. Det är inte farligt att ha druckit det, men har du fått hudbesvär eller ont i magen kan du ringa 1177 för råd.

Frågor: Storsjö Vattens kundtjänst 0456-12 34 50. Vi publicerar mer information här på måndag kl. 10.`,
  ),
  bad(
    "sv",
    "sms",
    "no sender",
    OPEN,
    MSB,
    undefined,
    `Kl 06.50: Vattnet är avstängt på Björkvägen och Lärkvägen pga akut läcka. Vattentank finns vid korsningen Björkvägen/Storgatan. Beräknas klart kl 14. Ny info kl 11.`,
  ),
  bad(
    "sv",
    "bulletin",
    "hiding what is unknown",
    OPEN,
    MSB,
    "Explosionen på Tallbacken – så är läget",
    `Lördag 11 maj kl. 09.00

I natt kl. 02.30 inträffade en explosion i ett trapphus på Tallbacksvägen 12. Ingen person skadades. Huset är kontrollerat av räddningstjänsten och de boende har fått komma tillbaka till sina lägenheter.

Det finns inga frågetecken kvar kring händelsen och läget i området är helt normalt.

Kommunens trygghetsvärdar finns på Tallbacken i dag mellan kl. 10 och 16 om du vill prata. Du kan också ringa Ekedals kommuns kontaktcenter, 0123-45 67 00. Nästa information publiceras här måndag kl. 10.`,
  ),
  bad(
    "sv",
    "bulletin",
    "withholding affected areas",
    OPEN,
    MSB,
    "Förorening i dricksvattnet",
    `Onsdag 4 september kl. 17.15

Storsjö Vatten har i dag upptäckt en förorening i en del av dricksvattennätet. Av hänsyn till den pågående utredningen lämnar vi i nuläget ingen information om vilka områden som berörs eller vad föroreningen består av.

Koka vattnet före dryck och matlagning tills vidare. Vattentankar ställs ut under kvällen.

Nästa uppdatering publiceras på storsjovatten.se i morgon kl. 09.00. Frågor: 0456-12 34 50.`,
  ),
  // --- audience-adapted ---
  bad(
    "sv",
    "correction",
    "myth-first correction",
    ADAPTED,
    DEBUNK,
    "Rykte om cyanid i Storån",
    `Rättelse fredag 21 juni kl. 14.00

I sociala medier sprids påståendet att Storån har förgiftats med cyanid från pappersbruket och att fisken i ån är livsfarlig att äta. Enligt ryktet ska cyaniden ha läckt ut i helgen och redan ha gjort flera personer sjuka, och det sägs att kommunen mörkar det. Påståendet om cyanid har delats tusentals gånger.

Det stämmer inte. Länsstyrelsens och kommunens prover från i tisdags visar normala värden. Det brunfärgade vattnet beror på humus efter regnen.

Frågor: miljöförvaltningen 0123-45 69 00. Provsvaren finns på ekedal.se/storan.`,
  ),
  bad(
    "sv",
    "bulletin",
    "jargon",
    ADAPTED,
    KLAR,
    "Otjänligt dricksvatten i Västerby",
    `Tisdag 18 juni kl. 13.30

Vid rutinmässig provtagning enligt LIVSFS 2022:12 i distributionsanläggningen har förhöjda halter av koliforma bakterier och intestinala enterokocker påvisats, varvid vattnet bedömts som otjänligt. Orsaken bedöms vara inträngning i samband med trycklöst nät efter servisarbete. Kokningsrekommendation gäller därmed i berört DMA-område tills två godkända provsvar med analys av mikrobiologiska parametrar föreligger.

Frågor: Storsjö Vatten, 0456-12 34 50. Nästa uppdatering torsdag kl. 12.00 på storsjovatten.se.`,
  ),
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive",
    ADAPTED,
    KLAR,
    "Information avseende avstängning av Ekbackens förskola",
    `Måndag 2 december kl. 08.00

Beslut har fattats av förvaltningsledningen om att Ekbackens förskola hålls stängd under innevarande vecka med anledning av den vattenskada som konstaterats under helgen. Ersättningsplatser kommer att tillhandahållas på Lönnens förskola för de barn vars vårdnadshavare inte har möjlighet att ordna annan tillsyn. Anmälan om behov av ersättningsplats ska inkomma till förskolechef senast i dag kl. 12.00. Information om när verksamheten kan återupptas kommer att lämnas på fredag.

Frågor besvaras av förskolechef Anna Lind, Ekedals kommun, 0123-45 68 40.`,
  ),
  bad(
    "sv",
    "bulletin",
    "long sentences",
    ADAPTED,
    KLAR,
    "Strömavbrott i norra kommundelen",
    `Söndag 1 december kl. 19.45

Med anledning av att stormen under eftermiddagen har fällt ett stort antal träd över luftledningarna i norra kommundelen, vilket har medfört att cirka 2 300 kunder i bland annat Åbyn, Granberget och Norrbyn för närvarande saknar ström, och med hänsyn till att framkomligheten på de mindre vägarna fortfarande är kraftigt begränsad, samtidigt som personalen av säkerhetsskäl inte kan arbeta i ledningsgatorna förrän vinden har mojnat, bedömer Storsjö Energi att de flesta kunder inte kan räkna med att få tillbaka strömmen förrän under måndagen, varför kommunen öppnar en värmestuga i Åbyns bygdegård där man kan värma sig, ladda mobilen och hämta vatten från kl. 20 i kväll.

Frågor om avbrottet: Storsjö Energi 0456-12 40 00. Nästa uppdatering kl. 08.00 i morgon.`,
  ),
  bad(
    "sv",
    "sms",
    "jargon and abbreviations",
    ADAPTED,
    KLAR,
    undefined,
    `RTJ Storsjö 11.20: RL har beslutat om inrymning inom riskområdet runt BRM-objekt Hamnv. 3 pga NH3-läckage. Berörda: VMA-zon 1 och 2. Håll inne, stäng ventilation. Info: storsjo.se, nästa kl 12.30.`,
  ),
  // --- fast ---
  bad(
    "sv",
    "bulletin",
    "missing time stamp",
    FAST,
    MSB,
    "Vägen mellan Åbyn och Granberget avstängd",
    `Vägen mellan Åbyn och Granberget är avstängd efter att ett ras har skadat vägbanan vid Kvarnbäcken. Ingen person har skadats. Kommunens geotekniker undersöker området tillsammans med räddningstjänsten.

Omväg för bilar och bussar går via Norrbyn. Skolskjutsen till Granbergets skola kör omvägen och kan vara upp till 20 minuter försenad. Gå inte in i det avspärrade området.

Frågor: Storsjö kommun, kontaktcenter 0456-12 30 00. Nästa uppdatering kommer här i morgon kl. 10.`,
  ),
  bad(
    "sv",
    "bulletin",
    "vague next update",
    FAST,
    MSB,
    "Fjärrvärmeavbrott i Östermalm",
    `Tisdag 14 januari kl. 07.20

Sedan kl. 04 i natt är fjärrvärmen avstängd för cirka 600 kunder i Östermalm efter en läcka på en huvudledning vid Parkgatan. Varmvattnet påverkas också. Vi arbetar med att lokalisera och reparera läckan.

Håll fönster och dörrar stängda så stannar värmen kvar längre. Kallvattnet fungerar som vanligt. Använd inte öppen eld inomhus för att värma bostaden.

Frågor: Ekedal Energi kundservice 0123-45 70 00. Vi återkommer när vi vet mer.`,
  ),
  bad(
    "sv",
    "sms",
    "no next update",
    FAST,
    MSB,
    undefined,
    `Storsjö kommun 13/8 kl 16.05: Bevattningsförbud gäller från i dag i Åbyn och Granberget. Vattna inte gräsmattor och fyll inte pooler med kommunalt vatten. Vattenkanna går bra. Info: storsjo.se/vatten`,
  ),
  bad(
    "sv",
    "social",
    "delayed warning",
    FAST,
    CERC,
    undefined,
    `Uppdatering onsdag kl. 15.00: Sedan tisdag kväll kl. 19 har vi haft ett utsläpp av avloppsvatten till Sjöviken efter ett pumphaveri. Vi valde att vänta med att informera tills vi hade hela bilden. Bada inte vid Sjövikens badplats och låt inte hundar dricka av vattnet. Prover tas i dag och svar kommer fredag. Frågor: Ekedals kommun 0123-45 67 00. Nästa uppdatering fredag kl. 12.`,
  ),
  bad(
    "sv",
    "sms",
    "missing time stamp",
    FAST,
    MSB,
    undefined,
    `Ekedals kommun: Vattnet på Kyrkbacken är avstängt pga läcka. Nödvatten vid Kyrkbackens skola. Vattnet beräknas vara tillbaka om cirka tre timmar. Frågor 0123-45 67 00. Ny info på ekedal.se kl 15.`,
  ),
  bad(
    "sv",
    "bulletin",
    "vague next update",
    FAST,
    CERC,
    "Störning i telefonin till vårdcentralerna",
    `Måndag 7 oktober kl. 09.10

Sedan kl. 08 i morse går det inte att ringa till regionens vårdcentraler, tandvårdskliniker eller sjukhusens mottagningar. Felet ligger hos vår operatör och tekniker arbetar med felsökning. Det finns ingen prognos för när telefonin fungerar igen.

Behöver du råd om vård, ring 1177. Vid akut sjukdom ring alltid 112. Har du en bokad tid, kom som vanligt.

Region Mellanvik återkommer med mer information inom kort.`,
  ),
  // --- active ---
  bad(
    "sv",
    "bulletin",
    "no action for the public",
    ACTIVE,
    MSB,
    "Brand i däcklager på Hamnområdet",
    `Lördag 16 mars kl. 14.10

Sedan kl. 12.30 brinner det i ett däcklager på Hamnområdet i Ekedal. Branden ger kraftig svart rök som driver in över Västerby och Östermalm. Räddningstjänsten är på plats med fyra stationer och räknar med att släckningsarbetet pågår hela eftermiddagen. Röken innehåller ämnen som kan irritera ögon och luftvägar.

Räddningstjänsten Ekedal uppdaterar här kl. 16.00. Frågor: 0123-45 71 00.`,
  ),
  bad(
    "sv",
    "sms",
    "no route to more information",
    ACTIVE,
    CERC,
    undefined,
    `Storsjö Vatten 21/5 kl 08.15: Vattnet i Norrbyn kan innehålla bakterier. Koka vatten till dryck och mat tills vidare. Nästa besked lämnas senast i morgon kl 12.`,
  ),
  bad(
    "sv",
    "bulletin",
    "no action (what to do with the water)",
    ACTIVE,
    MSB,
    "Misstänkt förorening i dricksvattnet i Kyrkbacken",
    `Fredag 12 juli kl. 11.00

Ett provsvar från i onsdags visar att dricksvattnet i Kyrkbacken kan vara förorenat av bakterier. Vi tar nya prover i dag och väntar svar på måndag. Orsaken utreds. Området omfattar cirka 300 hushåll längs Kyrkvägen, Prästgårdsvägen och Skolgränd.

Ekedals kommuns VA-avdelning uppdaterar här på måndag kl. 14.00. Frågor: 0123-45 67 00.`,
  ),
  bad(
    "sv",
    "social",
    "no route to more information",
    ACTIVE,
    CERC,
    undefined,
    `Kl. 17.40: Kraftig rökutveckling från en brand i en verkstadsbyggnad i Norrbyn. Räddningstjänsten Storsjö uppmanar alla i Norrbyn att gå inomhus och stänga dörrar, fönster och ventilation. Läs mer om vad som gäller, och hör av dig om du har frågor. Nästa uppdatering kl. 19.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "vague advice instead of concrete action",
    ACTIVE,
    MSB,
    "Svaga isar på Storsjön",
    `Torsdag 13 mars kl. 10.00

Det milda vädret den senaste veckan har gjort isen på Storsjön svag, särskilt kring Åbyns hamn och vid inloppet från Storån. I helgen gick två personer genom isen vid Åbyn men kunde ta sig upp.

Tänk på säkerheten och använd sunt förnuft.

Räddningstjänsten Storsjö, 0456-12 30 00. Vi uppdaterar istipsen på storsjo.se/is varje torsdag.`,
  ),
  bad(
    "sv",
    "faq",
    "no action in FAQ",
    ACTIVE,
    MSB,
    "Frågor och svar om värmen i sommar",
    `Uppdaterad 10 juli kl. 09.00

Hur länge ska värmen hålla i sig?
SMHI:s varning för mycket höga temperaturer gäller till och med söndag. Temperaturen väntas nå 32 grader.

Vad ska jag göra?
Kommunen följer utvecklingen noga och har en god dialog med regionen och SMHI.

Påverkas hemtjänsten?
Hemtjänsten arbetar som vanligt.

Var får jag veta mer?
Ekedals kommun, kontaktcenter 0123-45 67 00. Sidan uppdateras varje dag kl. 09.`,
  ),
  // --- English ---
  bad(
    "en",
    "bulletin",
    "unverified casualties",
    FACTUAL,
    CERC,
    "School bus accident on road 512",
    `Tuesday 3 September, 08.50

A school bus carrying pupils to Västerby School left the road near Åbyn at about 07.40 this morning. Emergency services are on site. Unconfirmed reports suggest several children may be seriously injured.

Parents of children on the route can call the municipality's crisis line, 0456-12 31 00. Staff and crisis support are at Västerby School. Please do not drive to the accident site.

Storsjö Municipality will update this page by 10.30.`,
  ),
  bad(
    "en",
    "sms",
    "empty reassurance",
    FACTUAL,
    CERC,
    undefined,
    `Ekedal Municipality 14 Mar 10:30: E. coli found in tap water in Norrby and Säterbo. There is absolutely nothing to worry about. Boil all water for drinking and cooking. Water tank at Norrby school. Next update Fri 12:00 at ekedal.se/water`,
  ),
  bad(
    "en",
    "social",
    "blame on the public",
    IMPARTIAL,
    RF,
    undefined,
    `Update 19:10: The grass fire at Granberget is under control. If residents had bothered to follow the fire ban, this would never have happened. Keep away from the burnt area; the ground may still be hot. The road to Granberget reopens tonight. More from Storsjö Fire and Rescue at storsjo.se/fire, next update 21:00.`,
  ),
  bad(
    "en",
    "bulletin",
    "self-praise",
    IMPARTIAL,
    RF,
    "Power restored in northern Storsjö",
    `Monday 2 December, 16.00

Power has been restored to all 2,300 customers who lost it in Sunday's storm. Thanks to our outstanding preparedness and the best-trained line crews in the country, Storsjö Energy once again outperformed every other grid company in the region.

If you are still without power, check your fuses and then call our fault line, 0456-12 40 00. The warming centre at Åbyn community hall closes at 18.00 today.

This is our final update on the storm.`,
  ),
  bad(
    "en",
    "bulletin",
    "no comment",
    OPEN,
    CERC,
    "Incident at Ekbacken care home",
    `Wednesday 20 November, 13.15

Ekedal Municipality is aware of reports about an incident at Ekbacken care home last night. The municipality will not be commenting on the incident.

Residents' relatives who have questions can contact the care home manager on 0123-45 68 70, weekdays 8–16.

Further information will be published here on Friday at 12.00.`,
  ),
  bad(
    "en",
    "sms",
    "no sender",
    OPEN,
    CERC,
    undefined,
    `09:20 Strong smoke from a fire at the harbour. Everyone in Västerby and Östermalm: go indoors, close doors, windows and ventilation. Next update 11:00.`,
  ),
  bad(
    "en",
    "bulletin",
    "jargon and passive voice",
    ADAPTED,
    PLAIN,
    "Precautionary boil-water advisory",
    `Friday 12 July, 11.00

Following a positive indicator-organism result in the distribution network, a precautionary boil-water advisory has been issued for the affected DMA. Consumers are advised that potable water must be brought to a rolling boil prior to ingestion or food preparation until compliance sampling has been completed and the advisory has been rescinded.

Enquiries: Ekedal Water, 0123-45 67 00. The next update will be published on Monday at 14.00 at ekedal.se/water.`,
  ),
  bad(
    "en",
    "correction",
    "myth-first correction",
    ADAPTED,
    DEBUNK,
    "Rumour about the hospital closing",
    `Correction, Thursday 5 December, 15.00

A message shared widely on social media claims that Storsjö Hospital's emergency department has closed, that ambulances are being sent to Ekedal and that patients are being turned away at the door. The message says staff have been told to keep quiet about it.

This is not true. The emergency department is open around the clock as usual. For medical advice, call 1177; in an emergency, call 112.

Region Mellanvik, press office 0456-12 50 00.`,
  ),
  bad(
    "en",
    "bulletin",
    "missing time stamp",
    FAST,
    CERC,
    "Water outage in Kyrkbacken",
    `Water is shut off in Kyrkbacken because of a burst main on Kyrkvägen. About 300 households are affected. Drinking water is available from a tank at Kyrkbacken School. Keep all taps closed until the water returns.

Questions: Ekedal Municipality, 0123-45 67 00. The next update will be posted here at 15.00.`,
  ),
  bad(
    "en",
    "sms",
    "no action",
    ACTIVE,
    CERC,
    undefined,
    `Storsjö Fire and Rescue 11:20: An ammonia leak has been found at the ice rink on Hamnvägen. The leak is being handled by our crews. More at storsjo.se, next update 12:30.`,
  ),
];

export const GOOD_BLIND24: EvalMessage[] = GOOD;
export const BAD_BLIND24: EvalMessage[] = BAD;
