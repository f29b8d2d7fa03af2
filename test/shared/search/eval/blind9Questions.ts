/**
 * The tenth held-out set, and the first over a FAQ that is not ours: citizen questions over foreignFaqA
 * (../fixtures/foreignFaqA.ts), entries other municipalities and utilities published during real incidents. Each
 * question follows a real question or piece of advice on a public page of another authority, utility or council than
 * the one its answering entry came from (URL in `source`), phrased the way a caller would put it (colloquial, misspelt
 * now and then, easy Swedish, rambling), mostly Swedish, about a fifth English. About half are answerable (`expected`:
 * the entry, or entries in the question's language, whose answer an agent could read to the caller) and half realistic
 * questions on the same incidents that no entry answers (`expected: null`), many of them near misses that share words
 * with an entry but ask something else. Written 2026-12-04 without reading the search engine, its word lists or any
 * earlier set's questions, and never by running the search on these questions; only blind9.test.ts reads them.
 */
import type { EvalQuestion } from "./questions.js";

const HOUMA =
  "https://www.houmatimes.com/lifestyles/wellness/what-does-a-boil-water-advisory-mean/?utm_source=rss&utm_medium=rss&utm_campaign=what-does-a-boil-water-advisory-mean";
const SOQUEL = "https://soquelcreekwater.org/FAQ.aspx?QID=123";
const COLUMBIA = "https://columbiaillinois.com/Faq.aspx?QID=67";
const DEQ_UTAH = "https://deq.utah.gov/tag/boil-water";
const CDC_DO_NOT_DRINK =
  "https://www.cdc.gov/healthywater/emergency/drinking/drinking-water-advisories/do-not-drink-advisory.html";
const SUBUTIL = "https://www.subutil.com/water/water-quality/about-water-boil-notices/";
const LEAKESVILLE = "https://www.leakesvillems.com/boil-water-notice";
const MIVA_KOKA = "https://miva.se/vatten-och-avlopp/dricksvatten/vattenkvalitet/om-dricksvattnet-maste-kokas";
const JARLASA =
  "https://www.uppsalavatten.se/hushall/vatten-och-avlopp/dricksvatten/kokningsrekommendation/fragor-och-svar-om-att-koka-dricksvattnet-jarlasa";
const SCRIBD_BOIL = "https://www.scribd.com/document/362702708/Boil-Water-Advisory-FAQ";
const PORT_ORANGE = "https://www.port-orange.org/FAQ.aspx?QID=70";
const OVERHALLA =
  "https://www.overhalla.kommune.no/brudd-paa-vannforsyningen-i-omraadet-ranemsletta-13-10-19.6253982-81362.html";
const ANGE = "https://invanare.ange.se/bo-bygga-miljo-trafik/vatten-och-avlopp/dricksvatten/vattenavstangningar.html";
const VATTENFALL = "https://www.vattenfall.se/kundservice/amne/avbrott/tips-vid-stromavbrott/";
const ENERGIMARKNADSBYRAN =
  "https://www.energimarknadsbyran.se/el/konsumentratt/elkvalitet-och-stromavbrott/stromavbrott/";
const ORESUNDSKRAFT = "https://www.oresundskraft.se/avbrottsinformation/tips-vid-stromavbrott/";
const TROLLHATTAN_EL = "https://www.trollhattanenergi.se/elnat/stromavbrott/";
const ENERGIMYNDIGHETEN_VARMEKRIS =
  "https://www.energimyndigheten.se/energiberedskap/energiberedskap-for-offentlig-sektor/strategi-for-att-lindra-en-varmekris/befolkning/";
const STROMSUND_LARM = "https://www.stromsund.se/849.html";
const KUNGSBACKA_LARM =
  "https://www.kungsbacka.se/Omsorg-stod-och-hjalp/Hjalp-i-hemmet/Trygghetslarm/Mer-om-trygghetslarm/";
const KARLSHAMN_LARM =
  "https://www.karlshamn.se/omsorg-och-stod/stod-i-hemmet/trygghetslarm-och-fjarrtillsyn/trygghetslarm-och-personallas/";
const SR_LARM = "https://sverigesradio.se/artikel/aldres-trygghetslarm-slas-ut-nar-elen-forsvinner";
const DRAMMEN_SKOLE = "https://www.drammen.kommune.no/tjenester/skole/";
const SVT_UPPSALA_STORM = "https://www.svt.se/nyheter/lokalt/uppsala/veckor-av-rojningsarbete-vantar-i-uppsala";
const GRUMS_TRAD =
  "https://www.grums.se/botrafikmiljo/samhallsutveckling/tatortsnaraskogar/tatortsnaraskogochtrad.5665.html";
const SUNNE_TRAD = "https://sunne.se/sv/kommun/bostad-och-teknik/gator-trafik-och-parker/Gronomraden/kommunala-trad/";
const REVRIKS = "https://www.revriks.se/nyheter/traed-som-faller-oever-vaegen/";
const HVERAGERDI = "http://grunnskoli.hveragerdi.is/index.php/skolinn-sp-1397839982/oveeur";
const SANDGERDI = "https://www.sandgerdisskoli.is/ovedur-i-lofti/";
const GRUNNREY = "https://www.grunnrey.is/is/skolinn/skolastarf/vedur-og-faerd";
const VAXJO_VARME =
  "https://vaxjo.se/sidor/stod-och-omsorg/nyheter---stod-och-omsorg/arkiv/2020-06-24-goda-rad-i-varmen.html";
const KRISTIANSTAD_VARME =
  "https://www.kristianstad.se/da/kommun-och-politik/kommunens-organisation/forvaltningar/omsorg/omsorgens-handbocker/handbocker/halso--och-sjukvardshandbok/varmebolja/";
const SMHI_BOTKYRKA =
  "http://www.smhi.se/klimat/klimatanpassa-samhallet/exempel-pa-klimatanpassning/atgarder-vid-varmeboljor-i-botkyrka-fordjupning-1.115851";
const EXPRESSEN_FHM = "https://www.expressen.se/nyheter/mardromsprognosen-extremhettan-blir-kvar/";
const MIVA_BEVATTNING =
  "https://miva.se/vatten-och-avlopp/dricksvatten/vattenbrist-och-bevattningsforbud/bevattningsforbud/fragor-och-svar-om-bevattningsforbud";
const BORGHOLM_ENERGI = "https://borgholmenergi.se/privat/vatten-och-avlopp/bevattningsforbud/";
const HERRLJUNGA_ELD =
  "https://herrljunga.se/kommun-och-politik/nyheter-kommun-och-politik/nyheter-kommun-och-politik/2023-06-14-eldningsforbud-i-herrljunga-kommun.html";
const UPPSALA_BRAND_GRILL =
  "https://www.uppsalabrandforsvar.se/aktuellt/skarpt-eldningsforbud-och-fragor-om-vad-som-galler-vid-grillning/";
const UPPSALA_BRAND_VENT = "https://www.uppsalabrandforsvar.se/aktuellt/sa-stanger-du-av-ventilationen-vid-ett-vma/";
const SKARABORG_ELD = "https://www.rtjskaraborg.se/privatperson/eldningsforbud/";
const ASKRIKE = "https://www.askrikecamping.se/brandrisk-fire-risk/";
const RSGBG_GRILL = "http://www.rsgbg.se/nyheter/2018/fragor-och-svar-kring-grillning-under-eldningsforbudet/";
const RTOG = "https://rtog.se/fragor-och-svar-om-eldningsforbudet/";
const HJO =
  "https://hjo.se/kommun--politik/sakerhet--trygghet/krisberedskap/vad-kan-handa-i-hjo/skyfall-och-oversvamning";
const MARKARYD = "http://markaryd.se/nyheter/hoga-vattenfloden";
const KRIS_DEMO_FLOOD =
  "https://demo.krisinformation.se/detta-kan-handa/extremt-vader-och-naturolyckor/oversvamning/din-beredskap-for-oversvamning";
const KRIS_FLOOD = "https://www.krisinformation.se/risker-och-hot/extremt-vader-och-naturolyckor/oversvamning";
const ATTA_SIDOR = "https://8sidor.se/sverige/2025/08/stor-attack-mot-datorer/";
const UPPHANDLING24 = "https://upphandling24.se/oro-for-leverantorslacka";
const KALMAR_LEAK = "https://apollo.fl-net.se/kalmar/viewNews.do?cat=0&id=1650270";
const KALMAR_IT = "https://kalmar.se/arkiv/nyhetsarkiv/nyheter/2024-02-06-effekter-av-it-angreppet-6-februari.html";
const VELLINGE_IT = "https://vellinge.se/nyhetsarkiv/2024/01/vad-har-egentligen-hant/";
const KUMLA = "https://aftonbladet.se/nyheter/a/4BrRgg/kumla-hackarna-kom-at-i-princip-allting";
const HEJAOLIKA_KALIX = "https://hejaolika.se/artikel/sa-klarade-kalix-omsorgen-under-it-attacken/";
const ANNISTON =
  "https://www.annistonstar.com/features/food/how-long-will-food-keep-in-the-fridge-during-a-power-outage/article_52ff6de8-1a19-11eb-a738-534e1785a04f.html";
const TUSCALOOSA = "http://www.tuscaloosanews.com/news/20060531/power-outage-tips";
const WBDREADY = "https://www.wbdready.com/air-quality-preparedness";
const HEALTHWNEWS =
  "https://healthwnews.com/health-news/qa-smoke-safety-what-to-know-and-how-to-keep-safe-with-poor-air-quality/";
const SOUTH_SOMERSET = "https://southsomerset.gov.uk/services/environmental-services/flooding-emergencies/";
const HYNDBURN = "https://www.hyndburnbc.gov.uk/flood-advice-and-sandbag-use/3/";

export const blind9Questions: EvalQuestion[] = [
  // Boil-water notice
  {
    q: "Hej, vi har ju fått kokningsrekomendation nu. Kan jag duscha som vanligt eller måste man koka det också?",
    source: HOUMA,
    expected: "fa-water-1",
  },
  {
    q: "jag har ett kolfilter på kranen, räcker inte det istället för att koka vattnet?",
    source: HOUMA,
    expected: null,
  },
  {
    q: "går det bra att köra diskmaskinen nu eller måste jag diska i kokt vatten",
    source: HOUMA,
    expected: "fa-water-1",
  },
  {
    q: "Är simhallen och badhuset öppna fast ni säger att vattnet ska kokas?",
    source: SUBUTIL,
    expected: null,
  },
  { q: "Måste jag koka vattnet till kaffebryggarn också??", source: LEAKESVILLE, expected: "fa-water-2" },
  {
    q: "Varför måste vi koka vattnet, vad är det för bakterier som har kommit in?",
    source: DEQ_UTAH,
    expected: null,
  },
  {
    q: "ska jag använda kokt vatten när jag blandar saft till barnen eller går kranvatten bra",
    source: HOUMA,
    expected: "fa-water-2",
  },
  {
    q: "Jag har redan druckit en massa kranvatten innan jag visste om det, kommer jag bli sjuk nu?",
    source: SCRIBD_BOIL,
    expected: null,
  },
  { q: "borsta tänderna med vanligt kranvatten, går det eller?", source: SOQUEL, expected: "fa-water-2" },
  {
    q: "Kommer ni att ställa ut vattentankar nånstans där man kan hämta rent vatten?",
    source: JARLASA,
    expected: null,
  },
  {
    q: "Får mina barn springa i vattenspridaren i trädgården nu när det är kokningsgrejen?",
    source: MIVA_KOKA,
    expected: "fa-water-3",
  },
  { q: "Hur ofta tar ni prover på vattnet egentligen?", source: OVERHALLA, expected: null },
  { q: "hur länge ska vattnet koka egentligen, fem minuter?", source: SOQUEL, expected: "fa-water-4" },
  {
    q: "Gäller kokningen hela kommunen eller bara vissa områden? Jag bor ute i Norrby",
    source: JARLASA,
    expected: null,
  },
  {
    q: "Jag och min son har haft diarré sen i tisdags, tror det är vattnet. Ska jag säga till er om det?",
    source: JARLASA,
    expected: "fa-water-5",
  },
  {
    q: "hur får man reda på när man måste koka vattnet? skickar ni sms eller hur gör ni",
    source: COLUMBIA,
    expected: "fa-water-6",
  },
  {
    q: "Vi har egen brunn ute på landet, gäller kokningen oss också?",
    source: MARKARYD,
    expected: null,
  },
  {
    q: "När får vi sluta koka? Hur säger ni till när det är klart?",
    source: PORT_ORANGE,
    expected: "fa-water-6",
  },
  {
    q: "Jag driver ett litet café, måste jag stänga eller vad gäller för oss som har företag?",
    source: SUBUTIL,
    expected: null,
  },
  // Discoloured water, water outage
  {
    q: "Vattnet är helt brunt efter att ni grävt på gatan, kan man dricka det?",
    source: OVERHALLA,
    expected: ["fa-water-7", "fa-water-8"],
  },
  {
    q: "det hostar och fräser i kranen och kommer luft, varför blir det så",
    source: OVERHALLA,
    expected: null,
  },
  {
    q: "hur länge ska jag spola när vattnet är gult och grumligt efter läckan",
    source: OVERHALLA,
    expected: ["fa-water-7", "fa-water-8"],
  },
  {
    q: "Vi har inget vatten alls i kranen sen i morse, när kommer det tillbaka?",
    source: OVERHALLA,
    expected: null,
  },
  {
    q: "Kan jag tvätta vita kläder nu när vattnet är missfärgat eller blir dom gula?",
    source: ANGE,
    expected: "fa-water-8",
  },
  {
    q: "hur många gånger kan man spola toan när vattnet är avstängt?",
    source: ANGE,
    expected: null,
  },
  // Power cut
  {
    q: "Vi var utan ström i fjorton timmar i helgen, får vi nån ersättning för det?",
    source: VATTENFALL,
    expected: "fa-power-1",
  },
  {
    q: "Hur mycket pengar får man i avbrottsersättning, hur räknar ni ut det?",
    source: ENERGIMARKNADSBYRAN,
    expected: null,
  },
  {
    q: "all mat i frysen blev förstörd under strömavbrottet, kan jag få skadestånd för det?",
    source: ENERGIMARKNADSBYRAN,
    expected: "fa-power-1",
  },
  {
    q: "När kommer strömmen tillbaka? Vi bor ute vid sjön och har varit utan sen igår kväll",
    source: SVT_UPPSALA_STORM,
    expected: null,
  },
  {
    q: "lampan slocknade i hela huset, hur vet jag om det bara är hos mig eller hela gatan",
    source: ORESUNDSKRAFT,
    expected: "fa-power-2",
  },
  {
    q: "Ska jag dra ur tvättmaskinen och stänga av elementen innan strömmen kommer tillbaka?",
    source: ORESUNDSKRAFT,
    expected: null,
  },
  {
    q: "Min mamma har trygghetslarm, funkar det om strömmen går?",
    source: STROMSUND_LARM,
    expected: "fa-power-3",
  },
  {
    q: "Kan jag använda gasolkaminen eller stormköket inne i huset när det är strömlöst?",
    source: TROLLHATTAN_EL,
    expected: null,
  },
  {
    q: "hur länge räcker batteriet i pappas larm om det blir elavbrott",
    source: KUNGSBACKA_LARM,
    expected: "fa-power-3",
  },
  {
    q: "Finns det nån värmestuga eller trygghetspunkt där man kan ladda mobilen och värma sig?",
    source: ENERGIMYNDIGHETEN_VARMEKRIS,
    expected: null,
  },
  {
    q: "Blir det skola imorgon om strömmen fortfarande är borta?",
    source: DRAMMEN_SKOLE,
    expected: "fa-power-4",
  },
  {
    q: "trygghetslarmet piper och säger att batteriet är slut, vem ska byta det?",
    source: KARLSHAMN_LARM,
    expected: null,
  },
  {
    q: "Mormor är ensam hemma utan el och det är iskallt, kan hemtjänsten åka dit och titta till henne?",
    source: SR_LARM,
    expected: null,
  },
  // Storm
  {
    q: "En stor tall från kommunens skog har ramlat på vårt garage i stormen, vem betalar?",
    source: GRUMS_TRAD,
    expected: "fa-storm-1",
  },
  {
    q: "Det ligger ett träd över vår enskilda väg efter blåsten, vem ska ta bort det?",
    source: REVRIKS,
    expected: null,
  },
  {
    q: "Är det farligt att gå i elljusspåret nu efter stormen? Jag brukar springa där",
    source: SVT_UPPSALA_STORM,
    expected: "fa-storm-2",
  },
  {
    q: "Björken på kommunens mark skuggar hela vår altan, kan ni fälla den?",
    source: GRUMS_TRAD,
    expected: null,
  },
  {
    q: "går skolbussen imorgon? SMHI har gått ut med varning för storm",
    source: SANDGERDI,
    expected: "fa-storm-3",
  },
  {
    q: "Det hänger en avbruten gren i eken vid lekplatsen, vart anmäler jag det?",
    source: SUNNE_TRAD,
    expected: null,
  },
  {
    q: "måste barnen gå till skolan när det är stormvarning eller får man ha dom hemma",
    source: HVERAGERDI,
    expected: "fa-storm-3",
  },
  {
    q: "Är skolan stängd imorgon pga all snö? Jag hittar inget på hemsidan",
    source: GRUNNREY,
    expected: null,
  },
  // Heat wave, drought
  {
    q: "Det är 30 grader i lägenheten och jag mår dåligt, har ni några tips för att klara värmen?",
    source: VAXJO_VARME,
    expected: "fa-heat-1",
  },
  {
    q: "Har äldreboendet nåt svalt rum? Mamma har över 30 grader på sitt rum",
    source: SMHI_BOTKYRKA,
    expected: null,
  },
  {
    q: "jag har mediciner som ska förvaras svalt, hur gör jag när det är så här varmt",
    source: KRISTIANSTAD_VARME,
    expected: "fa-heat-1",
  },
  {
    q: "Det är alldeles för varmt i min hyreslägenhet, kan kommunen göra nåt åt det?",
    source: EXPRESSEN_FHM,
    expected: null,
  },
  {
    q: "vad ska man kolla efter för tecken på uttorkning hos en gammal människa i värmen",
    source: SMHI_BOTKYRKA,
    expected: ["fa-heat-1", "fa-heat-3"],
  },
  {
    q: "Vi har redan fyllt poolen, måste vi tömma den nu när det är bevattningsförbud?",
    source: MIVA_BEVATTNING,
    expected: null,
  },
  {
    q: "Min pappa är 90 och bor själv, hur kan jag hjälpa honom i värmen när jag inte bor nära?",
    source: KRISTIANSTAD_VARME,
    expected: "fa-heat-3",
  },
  {
    q: "vad händer om man bryter mot bevattningsförbudet, blir det böter?",
    source: BORGHOLM_ENERGI,
    expected: null,
  },
  {
    q: "Får jag vattna gräsmattan med spridare nu när det är så torrt?",
    source: MIVA_BEVATTNING,
    expected: "fa-heat-2",
  },
  // Fire ban
  {
    q: "Får jag grilla på min egen tomt nu när det är eldningsförbud? Vi bor i ett villaområde",
    source: HERRLJUNGA_ELD,
    expected: "fa-fire-1",
  },
  {
    q: "Hur stor är brandrisken i skogen just nu, var kan man se det?",
    source: SKARABORG_ELD,
    expected: null,
  },
  {
    q: "gasolgrillen på altanen, är den också förbjuden nu?",
    source: UPPSALA_BRAND_GRILL,
    expected: "fa-fire-2",
  },
  {
    q: "Det luktar brandrök överallt här, brinner det nånstans nära? Ska vi stänga fönstren?",
    source: UPPSALA_BRAND_VENT,
    expected: null,
  },
  {
    q: "Vi skulle ha en brasa på midsommar, kan man söka tillstånd nånstans för det?",
    source: SKARABORG_ELD,
    expected: "fa-fire-3",
  },
  {
    q: "Får vi ha marschaller och facklor utanför restaurangen under eldningsförbudet?",
    source: RTOG,
    expected: null,
  },
  {
    q: "får vi skjuta fyrverkerier på bröllopet i helgen trots eldningsförbudet?",
    source: ASKRIKE,
    expected: "fa-fire-4",
  },
  {
    q: "får vi ta med engångsgrill ut i skogen på utflykten med skolklassen?",
    source: RSGBG_GRILL,
    expected: "fa-fire-5",
  },
  {
    q: "Vi bor på campingen i husvagn, får vi grilla eller inte?",
    source: HERRLJUNGA_ELD,
    expected: "fa-fire-6",
  },
  // Flooding
  {
    q: "Källaren är full med vatten efter skyfallet, försäkringsbolaget vill ha ett ärendenummer, hur anmäler jag?",
    source: HJO,
    expected: "fa-flood-1",
  },
  { q: "Var kan jag hämta sandsäckar?", source: HJO, expected: null },
  {
    q: "kan kommunen komma och pumpa ur min källare?",
    source: MARKARYD,
    expected: ["fa-flood-2", "fa-flood-3"],
  },
  {
    q: "Vi har egen brunn och den har stått under vatten, kan vi dricka vattnet?",
    source: MARKARYD,
    expected: null,
  },
  {
    q: "Vems ansvar är det att skydda huset mot översvämning, mitt eller kommunens?",
    source: KRIS_DEMO_FLOOD,
    expected: "fa-flood-3",
  },
  {
    q: "Vägen till vår stuga står under vatten, är den avstängd?",
    source: KRIS_FLOOD,
    expected: null,
  },
  {
    q: "hur kan jag skydda källaren inför nästa skyfall? finns det nåt bidrag att söka?",
    source: HJO,
    expected: null,
  },
  // IT attack
  {
    q: "Jobbade i hemtjänsten för några år sen, har mitt personnummer läckt i den där hackerattacken mot miljödata?",
    source: ATTA_SIDOR,
    expected: ["fa-it-1", "fa-it-2"],
  },
  {
    q: "Har mina uppgifter i skolappen läckt, den där Edlevo som vi använder för frånvaro?",
    source: KALMAR_IT,
    expected: null,
  },
  {
    q: "Vad är det som har hänt med miljödata, jag såg nåt på nyheterna",
    source: UPPHANDLING24,
    expected: "fa-it-2",
  },
  {
    q: "Jag fick ett sms från 'kommunen' att jag ska uppdatera mina bankuppgifter, är det från er?",
    source: UPPHANDLING24,
    expected: null,
  },
  {
    q: "har mina läkarintyg och diagnoser kommit ut i den där läckan?",
    source: KALMAR_LEAK,
    expected: "fa-it-1",
  },
  {
    q: "Hemtjänsten kom inte i morse till mamma, beror det på it-attacken?",
    source: HEJAOLIKA_KALIX,
    expected: null,
  },
  {
    q: "Jag har inte fått nån faktura för barnomsorgen på två månader, blir det förseningsavgift sen?",
    source: VELLINGE_IT,
    expected: "fa-it-3",
  },
  { q: "Har kommunen betalat lösensumman till hackarna?", source: KUMLA, expected: null },
  {
    q: "e-tjänsten för att göra en orosanmälan funkar inte, hur gör jag då?",
    source: KUMLA,
    expected: "fa-it-4",
  },
  {
    q: "Kommer lönen ut som vanligt till oss som jobbar i kommunen trots attacken?",
    source: KUMLA,
    expected: null,
  },
  {
    q: "Kommunens hemsida ligger nere, var hittar jag information nu?",
    source: VELLINGE_IT,
    expected: null,
  },
  // English
  { q: "Do I need to use boiled water for ice cubes as well?", source: SOQUEL, expected: "fa-en-water-1" },
  {
    q: "can I just use the filter on my fridge instead of boiling everything?",
    source: HOUMA,
    expected: null,
  },
  {
    q: "how long should I boil it for, is one minute enough?",
    source: COLUMBIA,
    expected: ["fa-en-water-1", "fa-en-water-3"],
  },
  { q: "What caused the boil water notice in the first place?", source: DEQ_UTAH, expected: null },
  {
    q: "is it ok to let the dog drink from the tap during the boil notice",
    source: CDC_DO_NOT_DRINK,
    expected: "fa-en-water-2",
  },
  { q: "does the boil notice mean the restaurants in town are closed?", source: SUBUTIL, expected: null },
  {
    q: "Can we still shower and give the kids a bath while the boil notice is on?",
    source: HOUMA,
    expected: "fa-en-water-3",
  },
  {
    q: "When will the power be back on in my area? It's been out all night",
    source: TUSCALOOSA,
    expected: null,
  },
  {
    q: "how will I know when the boil water order has been lifted?",
    source: COLUMBIA,
    expected: "fa-en-water-3",
  },
  {
    q: "Can I refreeze the meat once the power comes back on?",
    source: ANNISTON,
    expected: null,
  },
  {
    q: "Power has been off since last night. Is the food in the freezer still safe to eat?",
    source: ANNISTON,
    expected: "fa-en-power-1",
  },
  {
    q: "Should I wear a mask when I go outside because of the wildfire smoke?",
    source: HEALTHWNEWS,
    expected: null,
  },
  {
    q: "the smoke from the fires is getting in, should I keep the windows shut and the AC running?",
    source: WBDREADY,
    expected: "fa-en-smoke-1",
  },
  {
    q: "who do I report a blocked drain to? the road outside my house is flooding",
    source: SOUTH_SOMERSET,
    expected: null,
  },
  {
    q: "Can I get sandbags from the council? my house is right by the river",
    source: SOUTH_SOMERSET,
    expected: "fa-en-flood-1",
  },
  {
    q: "My elderly neighbour has had no power for two days and it's freezing, can someone check on her?",
    source: SR_LARM,
    expected: null,
  },
  {
    q: "our street is flooded, is it safe to drive through? it doesn't look that deep",
    source: KRIS_DEMO_FLOOD,
    expected: "fa-en-flood-2",
  },
  {
    q: "the kids were splashing around in the flood water, should I be worried?",
    source: HYNDBURN,
    expected: "fa-en-flood-2",
  },
];
