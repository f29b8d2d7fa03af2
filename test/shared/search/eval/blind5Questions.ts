/**
 * The sixth held-out set over the FAQ the product ships (demo incident + scenario drafts, see
 * ../fixtures/demoScenarioFaq.ts): caller-worded questions, each following a question or a piece of advice on another
 * authority's public page (water utilities, municipalities, grid companies, räddningstjänst, Krisinformation, 1177,
 * MSB, a few English-language councils and utilities). Written without reading the search engine, its vocabulary or
 * the earlier sets, and labelled against the shipped entries only: `expected` names the entry whose answer an agent
 * could read to the caller, several ids when more than one does equally well, or null when none does. Most null
 * questions sit next to an entry's topic on purpose. Found with a search over stored public web pages, December 2026.
 */
import type { EvalQuestion } from "./questions.js";

const MONSTERAS = "https://monsteras.se/bo-bygga-och-miljo/vatten-och-avlopp/nar-dricksvatten-maste-kokas";
const MIVA = "https://miva.se/vatten-och-avlopp/dricksvatten/vattenkvalitet/om-dricksvattnet-maste-kokas";
const FORSHAGA =
  "http://forshaga.se/byggaboochmiljo/vattenochavlopp/dricksvatten/kommunaltdricksvatten/nardumastekokadricksvattnet.4.3af1cf08158689960ee8e8.html";
const RONNEBY_DRICKBART =
  "https://ronneby.se/omsorg--hjalp/trygg-och-saker/kris-och-beredskap/om-vattnet-ej-ar-drickbart.html";
const VG_1177 =
  "https://www.1177.se/Vastra-Gotaland/sjukdomar--besvar/mage-och-tarm/infektioner-i-mage-och-tarmar/dricksvatten-vid-kris-och-halsofaravgr/";
const BACA = "http://bacawater.com/boil_water.html";
const LEAKESVILLE = "https://www.leakesvillems.com/boil-water-notice";
const CHATHAM = "https://www.letstalkchatham-kent.ca/tilbury-wheatley-water-updates/widgets/163266/faqs";
const ANGE = "https://invanare.ange.se/bo-bygga-miljo-trafik/vatten-och-avlopp/dricksvatten/vattenavstangningar.html";
const OSTERSUND =
  "https://ostersund.se/bygga-bo-och-miljo/vatten-och-avlopp/kommunalt-vatten-och-avlopp/vattenavstangningar-och-andra-driftsstorningar.html";
const NODAVA = "http://nodava.se/?q=node/730";
const WBAB = "https://www.wbab.se/sidor/vattenochavlopp/omdublirutanvatten.4.78952cc17742e41570b5b34.html";
const VATTENFALL = "https://www.vattenfall.se/kundservice/amne/avbrott/tips-vid-stromavbrott/";
const EI = "https://www.energimarknadsbyran.se/el/konsumentratt/elkvalitet-och-stromavbrott/stromavbrott/";
const NACKA =
  "https://www.nackaenergi.se/komponenter/fragor-och-svar/fragor--svar/2022-06-09-nar-kan-jag-fa-avbrottsersattning";
const TROLLHATTAN = "https://www.trollhattanenergi.se/elnat/stromavbrott/";
const FALBYGDEN = "https://falbygdensenergi.se/privat/vid-stromavbrott/";
const BLEKINGE_STORM =
  "https://www.lansstyrelsen.se/blekinge/om-oss/nyheter-och-press/nyheter---blekinge/2020-03-12-klass-2-varning-for-stormbyar-i-blekinge.html";
const OCKERO =
  "https://www.ockero.se/nyheter/kommun-och-politik/2022-01-29-varning-for-stark-vind---kor-forsiktigt-over-foto-bron";
const RVAST_STORM = "https://www.rvast.se/nyheter/smhi-uppgraderat-till-en-klass-3-varning";
const HEDEMORA = "https://hedemora.se/kommun-och-demokrati/tryggt-och-sakert/krisberedskap/varmebolja/";
const DANDERYD = "https://www.danderyd.se/nyheter/rad-vid-varmebolja/";
const RONNEBY_VARME =
  "https://ronneby.se/omsorg--hjalp/nyheter-omsorg--hjalp/nyhet-omsorg--hjalp/2024-05-17-nar-det-blir-for-varmt---rad-till-dig-dina-vanner-och-anhoriga-vid-varmebolja.html";
const RT_VARME = "https://www.raddningstjansten.com/hem-och-fritid/vaderrelaterade-kriser/varmebolja.printable";
const SALFORD = "https://www.salford.gov.uk/health-and-social-care/hot-weather-advice/";
const UPPSALA_BRAND = "https://www.uppsalabrandforsvar.se/aktuellt/sa-stanger-du-av-ventilationen-vid-ett-vma/";
const HSB_VMA = "http://www.hsb.se/stockholm/brf/sjohasten/ventilation-och-atgarder-vid-vma/";
const YSAQMD = "https://www.ysaqmd.org/announcements/protect-yourself-from-wildfire-smoke/";
const SKOVDE = "https://skovde.se/kommun-politik/beredskap-och-trygghet/varningssystem/";
const VIMMERBY =
  "https://www.vimmerby.se/nyheter/nyheter-kommun-och-politik/2022-03-04-pressmeddelande-vanlig-test-av-varningssignalen-hesa-fredrik";
const JONKOPING =
  "https://www.jonkoping.se/notiser/aktuelltjustnunotiser/hesafredriktestasden7mars.5.14bc49b517f46513680110.html";
const KRIS_PETS = "https://www.krisinformation.se/en/hazards-and-risks/home-preparedness/pets-in-a-crisis";
const GREENWICH = "http://www.royalgreenwich.gov.uk/info/200039/emergencies/895/emergency_evacuation";
const BASILDON = "http://www.basildon.gov.uk/article/2110/Advice-for-Residents---Evacuation";
const TELFORD = "https://telford.gov.uk/info/20493/are_you_ready/3650/ready_to_evacuate/2";
const HERJEDALEN_SKOLA =
  "https://www.herjedalen.se/organisation-och-politik/trygghet-och-sakerhet/coronavirus---kommunens-arbete-med-pandemin/skolan-och-covid-19.html";
const LINKOPING =
  "https://www.linkoping.se/kommun-och-politik/kommunens-organisation/krisorganisation/information-om-coronaviruset/information-forskola-och-skola-om-coronaviruset/om-forskola-och-grundskola-stanger/";
const HUDIKSVALL =
  "https://www.hudiksvall.se/Arkiv/Nyheter/Nyheter-2020/2020-04-29-Vem-kan-fa-barnomsorg-om-skolor-eller-forskolor---stangs.html";
const MSB_OMSORG = "https://www.msb.se/foreskriftomsorg";
const BJURHOLM = "https://www.bjurholm.se/om-webbplatsen/nyheter/nyhetsarkiv/2024-05-21-it-attack";
const HERJEDALEN_IT =
  "https://www.herjedalen.se/nyheter/2024/2024-07-01-personuppgifter-kan-ha-blivit-tillgangliga.html";
const KALIX_SKR = "https://www.tjugofyra7.se/amnesomraden/cybersakerhet/2022/nar-kalix-slocknade/";

export const blind5Questions: EvalQuestion[] = [
  // Boil-water notice: answerable.
  {
    q: "måste vi koka vattnet nu eller? bor på norrbyvägen",
    source: MONSTERAS,
    expected: ["demo-0", "boil-water:sv:0"],
  },
  {
    q: "hur länge ska vattnet koka i kastrullen egentligen, räcker de att det bubblar lite",
    source: RONNEBY_DRICKBART,
    expected: ["demo-0", "boil-water:sv:0"],
  },
  { q: "kokningsrekomendationen hur länge till", source: MIVA, expected: "demo-3" },
  { q: "när får vi sluta koka vattnet då? har hållt på i flera dar nu", source: FORSHAGA, expected: "demo-3" },
  {
    q: "gäller det där med att koka hela kommunen eller bara vissa delar, jag bor i centrum",
    source: MIVA,
    expected: "demo-1",
  },
  { q: "vilka omr berörs av kokningen", source: FORSHAGA, expected: "demo-1" },
  { q: "får man duscha nu när vattnet ska kokas", source: MONSTERAS, expected: ["demo-4", "boil-water:sv:1"] },
  {
    q: "kan jag bada min lilla i badkaret ikväll eller är det dumt nu",
    source: MIVA,
    expected: ["demo-4", "boil-water:sv:1"],
  },
  { q: "tandborstning kranvatten?", source: MIVA, expected: "demo-5" },
  {
    q: "hej jag har en bebis på 4 mån som får ersättning, hur gör jag med vattnet till flaskan nu",
    source: BACA,
    expected: "demo-6",
  },
  {
    q: "min son drack ett glas vatten direkt från kranen innan vi såg lappen i trappuppgången vad gör vi nu",
    source: VG_1177,
    expected: "demo-7",
  },
  { q: "diskmaskinen funkar den som vanligt under tiden ni har kokningsråd", source: MONSTERAS, expected: "demo-8" },
  { q: "kan man tvätta kläder i maskinen nu eller blir dom smutsiga", source: MIVA, expected: "demo-8" },
  { q: "varför måste man koka vattnet, vad är det som har hänt med det", source: FORSHAGA, expected: "demo-9" },
  { q: "do i have to boil my tap water in söderäng??", source: LEAKESVILLE, expected: "boil-water:en:0" },
  { q: "is it ok to take a shower while the boil notice is on", source: CHATHAM, expected: "boil-water:en:1" },
  // Water outage and water distribution: answerable.
  { q: "var står tankbilen med vatten", source: OSTERSUND, expected: ["demo-2", "no-water:sv:0"] },
  { q: "hämta vatten var", source: ANGE, expected: ["demo-2", "no-water:sv:0"] },
  {
    q: "vi har inte fått nåt vatten i kranen sen i morse, när kommer det tillbaka?",
    source: WBAB,
    expected: "no-water:sv:1",
  },
  { q: "When is the water coming back on, its been off all day", source: NODAVA, expected: "no-water:en:1" },
  { q: "where can i pick up some drinking water", source: OSTERSUND, expected: "no-water:en:0" },
  // Power cut: answerable.
  { q: "elen tillbaka när", source: VATTENFALL, expected: "power-cut:sv:0" },
  {
    q: "strömmen har varit borta i fem timmar nu hur länge till ungefär",
    source: FALBYGDEN,
    expected: "power-cut:sv:0",
  },
  { q: "power still out on our street, any idea when it'll be back?", source: EI, expected: "power-cut:en:0" },
  {
    q: "vi har ingen el och pappa har en syrgasapparat hemma, vem ska vi ringa",
    source: EI,
    expected: "power-cut:sv:1",
  },
  // Storm, heat, smoke: answerable.
  {
    q: "vad ska man tänka på när stormen drar in ikväll, vi bor precis vid skogen",
    source: BLEKINGE_STORM,
    expected: "storm:sv:0",
  },
  { q: "var ser jag varningen för ovädret", source: OCKERO, expected: "storm:sv:1" },
  { q: "hur håller man sig sval i värmen, det är 30 grader inne", source: HEDEMORA, expected: "heat-wave:sv:0" },
  { q: "vilka är mest känsliga för värmeböljan", source: DANDERYD, expected: "heat-wave:sv:1" },
  { q: "who is most at risk in this heatwave", source: SALFORD, expected: "heat-wave:en:1" },
  {
    q: "det luktar rök här hemma från branden vid industriområdet vad gör jag",
    source: UPPSALA_BRAND,
    expected: "fire-smoke:sv:0",
  },
  { q: "I can smell smoke outside, what should I do", source: YSAQMD, expected: "fire-smoke:en:0" },
  { q: "ventilation stänga av hur", source: UPPSALA_BRAND, expected: "fire-smoke:sv:1" },
  {
    q: "bor i hyresrätt och vet inte hur man stänger fläkten och ventilerna, hjälp",
    source: HSB_VMA,
    expected: "fire-smoke:sv:1",
  },
  // VMA, evacuation, school, IT, contact: answerable.
  { q: "vad betyder vma som dom sa på radion", source: SKOVDE, expected: "shelter-in-place:sv:0" },
  { q: "när får man gå ut igen efter vmat", source: JONKOPING, expected: "shelter-in-place:sv:1" },
  { q: "we've been told to leave the house, where do we go", source: GREENWICH, expected: "evacuation:en:0" },
  { q: "när får vi flytta hem igen efter evakueringen", source: BASILDON, expected: "evacuation:sv:1" },
  { q: "varför har norrby skola stängt idag", source: LINKOPING, expected: "school-closed:sv:0" },
  {
    q: "jag jobbar i hemtjänsten var kan mina barn vara när skolan är stängd",
    source: HERJEDALEN_SKOLA,
    expected: "school-closed:sv:1",
  },
  { q: "växeln svarar inte pga it attacken, hur når jag er", source: BJURHOLM, expected: "it-outage:sv:0" },
  { q: "när funkar era system igen efter attacken", source: BJURHOLM, expected: "it-outage:sv:1" },
  { q: "kontaktcenter öppettider", source: TROLLHATTAN, expected: "demo-general-0" },
  { q: "var lägger ni ut info om störningen", source: WBAB, expected: "demo-general-1" },

  // Unanswerable, next to the boil-water entries.
  {
    q: "vi har ett vattenfilter i kylskåpet, räcker inte det eller måste man koka ändå",
    source: CHATHAM,
    expected: null,
  },
  { q: "is the tap water ok for my dog during the boil notice", source: BACA, expected: null },
  { q: "can i wash my hands with the tap water or should i boil that too", source: LEAKESVILLE, expected: null },
  {
    q: "får ungarna leka i vattenspridaren i trädgården medan kokningen gäller",
    source: MONSTERAS,
    expected: null,
  },
  { q: "hur ska man förvara det kokta vattnet, i kylen eller?", source: MONSTERAS, expected: null },
  { q: "jag har ett café, måste vi också koka allt vatten vi använder", source: FORSHAGA, expected: null },
  // Unanswerable, next to the water-outage entries.
  { q: "vattnet är helt brunt nu när det kom tillbaka, är det farligt", source: ANGE, expected: null },
  { q: "kan jag köra tvättmaskinen direkt när vattnet är på igen", source: ANGE, expected: null },
  {
    q: "när jag vrider på kranen nu så fräser det och kommer luft, är nåt trasigt",
    source: OSTERSUND,
    expected: null,
  },
  { q: "hur mycket vatten ska man tappa upp innan ni stänger av", source: NODAVA, expected: null },
  { q: "kostar det nåt att hämta vatten från tankbilen", source: OSTERSUND, expected: null },
  // Unanswerable, next to the power-cut entries.
  { q: "får man nån ersättning för strömavbrottet, varit borta sen igår kväll", source: NACKA, expected: null },
  { q: "ska jag låta bli att öppna frysen medans strömmen är borta", source: FALBYGDEN, expected: null },
  { q: "how long will the food in my fridge keep with the power out", source: VATTENFALL, expected: null },
  {
    q: "hur vet jag om det bara är hos mig eller hela området som är strömlöst, säkringarna ser hela ut",
    source: TROLLHATTAN,
    expected: null,
  },
  { q: "ska man stänga av elementen innan strömmen kommer tillbaka", source: VATTENFALL, expected: null },
  { q: "can i claim for the food that went off in the freezer during the outage", source: EI, expected: null },
  // Unanswerable, next to the heat, storm and smoke entries.
  { q: "hur ska jag förvara min insulin när det är så här varmt", source: RONNEBY_VARME, expected: null },
  { q: "is there a cool place i can go during the day, i have no air con", source: SALFORD, expected: null },
  { q: "hur vet man att man har fått värmeslag, vad är symtomen", source: RT_VARME, expected: null },
  { q: "ett träd har blåst ner över vägen hit, vem ringer man", source: BLEKINGE_STORM, expected: null },
  { q: "ska jag hämta barnen tidigare från förskolan pga stormen", source: RVAST_STORM, expected: null },
  { q: "är röken från branden giftig att andas in", source: UPPSALA_BRAND, expected: null },
  { q: "can I keep my air purifier running with all this smoke", source: YSAQMD, expected: null },
  // Unanswerable, next to the VMA and evacuation entries.
  { q: "hesa fredrik gick nyss kl 15, var det bara ett test?", source: VIMMERBY, expected: null },
  { q: "vad är det för skillnad på flyglarm och vma-signalen", source: SKOVDE, expected: null },
  { q: "hur låter signalen när faran är över", source: SKOVDE, expected: null },
  { q: "får jag ta med katten till sporthallen", source: KRIS_PETS, expected: null },
  { q: "what should I bring with me if we get evacuated", source: GREENWICH, expected: null },
  { q: "måste jag stänga av vatten och el innan vi lämnar huset", source: TELFORD, expected: null },
  // Unanswerable, next to the school and IT entries.
  { q: "blir det distansundervisning nu när skolan är stängd", source: LINKOPING, expected: null },
  {
    q: "behöver jag intyg från jobbet för att mitt barn ska få plats på söderängs skola",
    source: MSB_OMSORG,
    expected: null,
  },
  { q: "gäller stängningen förskolan också eller bara skolan", source: HUDIKSVALL, expected: null },
  { q: "vem avgör om mitt jobb räknas som samhällsviktigt", source: MSB_OMSORG, expected: null },
  { q: "har mina personuppgifter läckt i it-attacken", source: HERJEDALEN_IT, expected: null },
  { q: "kommer hemtjänsten som vanligt till mamma fast era datorer ligger nere", source: KALIX_SKR, expected: null },
];
