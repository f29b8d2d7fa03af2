import type { EvalQuestion } from "./questions.js";

/**
 * The seventh held-out set: citizen questions written independently of the engine and of the earlier sets, each
 * following a question or piece of advice on a public page of another authority (mostly smaller municipalities and
 * regional utilities), labelled against the FAQ the product ships (fixtures/demoScenarioFaq.ts).
 * Found with a search over stored public web pages, December 2026.
 */
const MONSTERAS = "https://monsteras.se/bo-bygga-och-miljo/vatten-och-avlopp/nar-dricksvatten-maste-kokas";
const FORSHAGA =
  "http://forshaga.se/byggaboochmiljo/vattenochavlopp/dricksvatten/kommunaltdricksvatten/nardumastekokadricksvattnet.4.3af1cf08158689960ee8e8.html";
const MIVA = "https://miva.se/vatten-och-avlopp/dricksvatten/vattenkvalitet/om-dricksvattnet-maste-kokas";
const VIVAB = "https://www.vivab.info/vatten-avlopp/dricksvatten/vanliga-fragor-om-kokningsrekommendationer";
const LIDINGO = "https://kundforum.lidingo.se/org/lidingo/d/varfor-ska-vattnet-kokas/?src=popular";
const KALMAR =
  "https://kalmar.se/kommun-och-politik/ungnytt/arkiv-ungnytt/nyhetsarkiv/arkiv/2024-09-23-kokningsrekommendation-i-trekanten-och-tomtebyholm.html";
const SANDVIKEN =
  "https://sandvikenenergi.se/vattenochavlopp/dricksvatten/kokningsrekommendation/nodvattentankar.796.html";
const NSVA = "https://www.nsva.se/rad-och-tips/om-nagot-gar-snett/inget-vatten-i-kranen/";
const SKOVDE = "https://skovde.se/trafik-infrastruktur/vatten-och-avlopp/krisinformation/nodvatten/";
const BORLANGE = "https://www.borlange-energi.se/elnat/stromavbrott";
const TROLLHATTAN = "https://www.trollhattanenergi.se/elnat/stromavbrott/";
const FALBYGDEN = "https://falbygdensenergi.se/privat/vid-stromavbrott/";
const ORESUNDSKRAFT = "https://www.oresundskraft.se/avbrottsinformation/tips-vid-stromavbrott/";
const ENERGIMARKNAD = "https://www.energimarknadsbyran.se/el/konsumentratt/elkvalitet-och-stromavbrott/stromavbrott/";
const UPPSALA_BRAND = "https://www.uppsalabrandforsvar.se/aktuellt/sa-stanger-du-av-ventilationen-vid-ett-vma/";
const HSB_VMA = "http://www.hsb.se/stockholm/brf/sjohasten/ventilation-och-atgarder-vid-vma/";
const HEDEMORA = "https://hedemora.se/kommun-och-demokrati/tryggt-och-sakert/krisberedskap/varmebolja/";
const ARVIKA =
  "https://www.arvika.se/omsorgochhjalp/tryggochsaker/krisberedskap/varmeboljahogatemperaturer.4.6b51ef5c153add4207de37a0.html";
const NORDANSTIG =
  "https://nordanstig.se/startsida/sidor/kommun-och-politik/trygg-och-saker/kris-och-sakerhet/krisberedskap/varmebolja.html";
const RSNV = "https://rsnv.se/din-sakerhet/stormar-och-kraftig-nederbord/";
const KRIS_STORM = "https://www.krisinformation.se/nyheter/2015/november/smhi-utfardar-stormvarning";
const VANNAS =
  "https://vannas.se/kommun-och-politik/beredskap-och-sakerhet/skydd-och-evakuering/utrymning-och-evakuering";
const BJURHOLM = "https://www.bjurholm.se/kommun-och-politik/trygg-och-saker---krisberedskap/utrymning";
const KRIS_UTRYMNING =
  "https://www.krisinformation.se/detta-gor-samhallet/vma-sa-varnas-allmanheten/utrymning-och-evakuering";
const MUNKEDAL =
  "https://munkedal.se/arkiv/nyheter/nyheter-2022/2022-12-20-beredskapsinformation-infor-eventuellt-stromavbrott-som-paverkar-skola-och-forskola";
const HARJEDALEN =
  "https://www.herjedalen.se/organisation-och-politik/trygghet-och-sakerhet/coronavirus---kommunens-arbete-med-pandemin/skolan-och-covid-19.html";
const OREBRO = "https://www.orebro.se/kommun--politik/kris--sakerhet/krisberedskap/samhallsviktig-verksamhet.html";
const KURIREN = "https://kuriren.nu/nyheter/lulea/artikel/darfor-kommer-du-inte-na-lulea-kommun-just-nu/l6g41w9j";
const TRANAS = "https://www.tranastidning.se/article/trygghetslarm-paverkades-av-tekniskt-fel/";
const CT_GOV =
  "https://portal.ct.gov/DPH/Communications/Crisis-and-Emergency-Risk-Communication/Boil-Water-Notices-and-Advisories";
const LEAKESVILLE = "https://www.leakesvillems.com/boil-water-notice";
const CHESHIRE = "https://www.cheshirewestandchester.gov.uk/your-council/emergency-planning/power-failures";
const LEWISHAM =
  "https://lewisham.gov.uk/inmyarea/publicsafety/emergencies/what-to-do-in-an-emergency/what-to-do-if-there-is-a-utilities-failure";
const FIRESCOT = "https://www.firescotland.gov.uk/at-home/power-cuts/";

const BOIL = ["demo-0", "boil-water:sv:0"] as const;
const SHOWER = ["demo-4", "boil-water:sv:1"] as const;
const FETCH = ["demo-2", "no-water:sv:0"] as const;

export const blind6Questions: EvalQuestion[] = [
  // Answerable: the boil-water incident
  { q: "måste man koka vattnet nu hos oss i norrby? såg nåt på fb", source: MONSTERAS, expected: BOIL },
  { q: "vilka områden berörs av kokningen", source: FORSHAGA, expected: "demo-1" },
  {
    q: "hej jag bor på ekvägen i söderäng, ingår vi i området där man ska koka vattnet??",
    source: KALMAR,
    expected: ["demo-1", "demo-0"],
  },
  { q: "var står tankbilarna", source: SANDVIKEN, expected: FETCH },
  { q: "hämta dricksvatten dunkar var", source: SKOVDE, expected: FETCH },
  {
    q: "min mamma är 89 och kan inte ta sig till tankbilen, hur ska hon få vatten",
    source: NSVA,
    expected: "demo-2",
  },
  { q: "hur länge ska vi behöva hålla på å koka, några dagar eller?", source: KALMAR, expected: "demo-3" },
  { q: "när hävs kokrekommendationen", source: MIVA, expected: "demo-3" },
  { q: "kan ungarna bada i badkaret ikväll eller är det farligt", source: MONSTERAS, expected: SHOWER },
  { q: "duscha okokt vatten ok?", source: MIVA, expected: SHOWER },
  { q: "tandborstning kranvatten", source: MONSTERAS, expected: "demo-5" },
  {
    q: "får barnen borsta tänderna med vanligt vatten från kranen eller ska det va kokt",
    source: KALMAR,
    expected: "demo-5",
  },
  { q: "välling till bebisen, kan jag blanda med kranvattnet som vanligt", source: CT_GOV, expected: "demo-6" },
  { q: "nappflaskor diska hur", source: CT_GOV, expected: "demo-6" },
  {
    q: "jag drack ett glas direkt ur kranen igår innan jag såg beskedet, vad gör jag nu",
    source: CT_GOV,
    expected: "demo-7",
  },
  { q: "har haft diarre sen i söndags kan det vara vattnet? vem ringer jag", source: VIVAB, expected: "demo-7" },
  { q: "diskmaskinen under kokningsrek", source: MONSTERAS, expected: "demo-8" },
  { q: "kan jag köra en tvätt i maskinen som vanligt", source: MIVA, expected: "demo-8" },
  { q: "varför måste vi koka vattnet egentligen, vad är det som har hänt", source: LIDINGO, expected: "demo-9" },
  { q: "vad hände med vattenledningen på storgatan", source: LIDINGO, expected: "demo-9" },
  // Answerable: general contact and information
  { q: "vilka tider har kontaktcentret öppet", source: KRIS_STORM, expected: "demo-general-0" },
  { q: "var lägger ni ut nya besked, på hemsidan eller?", source: FORSHAGA, expected: "demo-general-1" },
  // Answerable: the other scenario templates
  { q: "vattnet är helt borta i kranen sen i morse, när kommer det tillbaka", source: NSVA, expected: "no-water:sv:1" },
  { q: "hela huset strömlöst sen sex i morse, när blir det el igen?", source: BORLANGE, expected: "power-cut:sv:0" },
  { q: "strömmen tillbaka när", source: TROLLHATTAN, expected: "power-cut:sv:0" },
  {
    q: "pappa har syrgasapparat hemma och nu är strömmen borta, vem ska jag ringa",
    source: ENERGIMARKNAD,
    expected: "power-cut:sv:1",
  },
  { q: "stormen inatt vad ska man tänka på", source: RSNV, expected: "storm:sv:0" },
  { q: "var ser jag smhis varning", source: KRIS_STORM, expected: "storm:sv:1" },
  { q: "värmen är olidlig i lägenheten, hur ska jag klara mig", source: ARVIKA, expected: "heat-wave:sv:0" },
  { q: "vilka är riskgrupper vid värmebölja", source: HEDEMORA, expected: "heat-wave:sv:1" },
  {
    q: "det luktar bränt ute överallt i vårt område, vad ska vi göra",
    source: UPPSALA_BRAND,
    expected: "fire-smoke:sv:0",
  },
  {
    q: "hur stänger man av fläkten i lägenheten när det brinner nånstans, bor i hyresrätt",
    source: UPPSALA_BRAND,
    expected: "fire-smoke:sv:1",
  },
  { q: "vi har blivit uppmanade att lämna huset, vart ska vi åka", source: VANNAS, expected: "evacuation:sv:0" },
  { q: "evakuerade, när kan vi flytta hem igen", source: BJURHOLM, expected: "evacuation:sv:1" },
  { q: "vma vad är det för nåt", source: KRIS_UTRYMNING, expected: "shelter-in-place:sv:0" },
  { q: "hur länge måste vi hålla oss inne", source: UPPSALA_BRAND, expected: "shelter-in-place:sv:1" },
  { q: "norrby skola stängd idag varför", source: MUNKEDAL, expected: "school-closed:sv:0" },
  {
    q: "jobbar på sjukhuset och skolan är stängd, var ska min dotter vara imorgon",
    source: HARJEDALEN,
    expected: "school-closed:sv:1",
  },
  {
    q: "kommer inte fram på växeln till kommunen, finns det nåt annat nummer",
    source: KURIREN,
    expected: "it-outage:sv:0",
  },
  { q: "när funkar kommunens hemsida igen", source: KURIREN, expected: "it-outage:sv:1" },
  // Answerable, English
  { q: "do we need to boil the tap water in Söderäng?", source: CT_GOV, expected: "boil-water:en:0" },
  { q: "is it ok to shower during the boil notice", source: LEAKESVILLE, expected: "boil-water:en:1" },
  {
    q: "power's been out on our street since last night, any idea when it's back",
    source: CHESHIRE,
    expected: "power-cut:en:0",
  },
  { q: "where do I get drinking water when the taps are dry", source: LEWISHAM, expected: "no-water:en:0" },
  { q: "smell of smoke outside, what should I do", source: UPPSALA_BRAND, expected: "fire-smoke:en:0" },
  { q: "who is most vulnerable in the heatwave", source: HEDEMORA, expected: "heat-wave:en:1" },

  // Unanswerable: near the boil-water incident
  { q: "kan vi ge hunden vatten från kranen", source: VIVAB, expected: null },
  { q: "får man göra is av kranvattnet nu", source: MONSTERAS, expected: null },
  { q: "kan jag brygga kaffe med vanligt vatten i bryggaren", source: MIVA, expected: null },
  { q: "barnen vill leka i vattenspridaren i trädgården, går det", source: MONSTERAS, expected: null },
  { q: "hur förvarar jag det kokta vattnet, i kylen?", source: MONSTERAS, expected: null },
  { q: "vi har vattenfilter på kranen, behöver vi ändå koka", source: LEAKESVILLE, expected: null },
  { q: "jag hyr ut lägenheter, måste jag informera hyresgästerna om kokningen", source: MIVA, expected: null },
  { q: "driver en restaurang i norrby vad gäller för oss med vattnet", source: FORSHAGA, expected: null },
  { q: "vad är koliforma bakterier", source: VIVAB, expected: null },
  { q: "hur många liter får man hämta per person", source: NSVA, expected: null },
  { q: "vår egen brunn har sinat kan kommunen hjälpa oss med vatten", source: NSVA, expected: null },
  { q: "kan jag få sms när kokningsrekommendationen ändras", source: FORSHAGA, expected: null },
  { q: "räcker det att koka vattnet i mikron", source: MIVA, expected: null },
  { q: "går det att vattna trädgårdslanden med kranvattnet", source: MONSTERAS, expected: null },
  // Unanswerable: near the other scenarios
  { q: "får jag ersättning när strömmen varit borta över 12 timmar", source: FALBYGDEN, expected: null },
  { q: "jordfelsbrytaren har löst ut, är det ert fel eller mitt", source: BORLANGE, expected: null },
  { q: "hur länge håller maten i frysen utan ström", source: ORESUNDSKRAFT, expected: null },
  { q: "behöver jag slå av elementen innan elen kommer tillbaka eller", source: ORESUNDSKRAFT, expected: null },
  { q: "tvn gick sönder när elen kom tillbaka, kan jag få skadestånd", source: ENERGIMARKNAD, expected: null },
  { q: "källaren har svämmat över efter regnet vad gör jag", source: RSNV, expected: null },
  { q: "ett träd har blåst ner över vår väg vem tar bort det", source: RSNV, expected: null },
  { q: "vilka mediciner påverkas av värmen", source: NORDANSTIG, expected: null },
  { q: "måste jag registrera mig nånstans när vi har utrymt", source: VANNAS, expected: null },
  { q: "kan vi ta med katten till evakueringsstället", source: KRIS_UTRYMNING, expected: null },
  { q: "testas hesa fredrik fortfarande varje kvartal", source: HSB_VMA, expected: null },
  { q: "vad ska finnas i en krislåda hemma", source: TROLLHATTAN, expected: null },
  { q: "slipper vi betala fritidsavgiften när skolan är stängd", source: OREBRO, expected: null },
  { q: "trygghetslarmet hos mormor verkar inte funka efter it-felet", source: TRANAS, expected: null },
  { q: "hur vet jag om det bara är min säkring eller ett större avbrott", source: TROLLHATTAN, expected: null },
  { q: "planerat elavbrott hur får man veta det innan", source: ORESUNDSKRAFT, expected: null },
  { q: "huset blir iskallt utan el, hur håller vi värmen", source: FALBYGDEN, expected: null },
  // Unanswerable, English
  { q: "can I give my dog tap water during the boil advisory", source: LEAKESVILLE, expected: null },
  { q: "is the ice from my fridge dispenser safe", source: LEAKESVILLE, expected: null },
  { q: "will I get compensation for the food in my freezer after the outage", source: CHESHIRE, expected: null },
  { q: "how do I join the priority services register", source: LEWISHAM, expected: null },
  { q: "can I still use the coffee maker under the boil notice", source: LEAKESVILLE, expected: null },
  { q: "is it safe to use candles in a power cut", source: FIRESCOT, expected: null },
];
