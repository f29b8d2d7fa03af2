/**
 * Third held-out set ("blind2", December 2026), labelled against the FAQ the product ships (demo incident + scenario
 * template drafts, ../fixtures/demoScenarioFaq.ts), not the fixture the rule was tuned on. Written and committed, and
 * its totals measured once, BEFORE the search was changed for it; only totals are ever printed (blind2.test.ts).
 *
 * Questions as citizens ask them: most follow a question on a public FAQ or advice page (the `source`: water
 * utilities, grid companies, municipalities, rescue services, housing associations), reworded the way a caller says
 * it (colloquial, typos, compounds, everyday synonyms: kranvatten/dricksvatten, elavbrott/strömavbrott,
 * hetta/värme), a few in English. About half no entry answers, many of those close to an entry's topic (the
 * dangerous case: a confident wrong answer). Found with a search over stored public web pages.
 */
import type { EvalQuestion } from "./questions.js";

const VIVAB = "https://www.vivab.info/vatten-avlopp/dricksvatten/vanliga-fragor-om-kokningsrekommendationer";
const JARLASA =
  "https://www.uppsalavatten.se/hushall/vatten-och-avlopp/dricksvatten/kokningsrekommendation/fragor-och-svar-om-att-koka-dricksvattnet-jarlasa";
const MONSTERAS_KOKA = "https://monsteras.se/bo-bygga-och-miljo/vatten-och-avlopp/nar-dricksvatten-maste-kokas";
const MIVA = "https://miva.se/vatten-och-avlopp/dricksvatten/vattenkvalitet/om-dricksvattnet-maste-kokas";
const ANGE = "https://invanare.ange.se/bo-bygga-miljo-trafik/vatten-och-avlopp/dricksvatten/vattenavstangningar.html";
const WBAB = "https://www.wbab.se/sidor/vattenochavlopp/omdublirutanvatten.4.78952cc17742e41570b5b34.html";
const RFET = "https://www.rfet.se/krisberedskap/utan-vatten-och-elektricitet.html";
const TJANSTER72 = "https://72tuntia.fi/sv/vatten/";
const ORESUNDSKRAFT = "https://www.oresundskraft.se/avbrottsinformation/tips-vid-stromavbrott/";
const EMB = "https://www.energimarknadsbyran.se/el/konsumentratt/elkvalitet-och-stromavbrott/stromavbrott/";
const VATTENFALL = "https://www.vattenfall.se/kundservice/amne/avbrott/tips-vid-stromavbrott/";
const FALBYGDEN = "https://falbygdensenergi.se/privat/vid-stromavbrott/";
const SKOVDE = "https://skovdeenergi.se/elnat/avbrott/";
const UPPVIDINGE =
  "https://uppvidinge.se/om-webbplatsen/nyheter/nyhetsarkiv/2020-06-26-rad-och-tips-vid-varmeboljor.html";
const KRISINFO_VARME =
  "https://www.krisinformation.se/om-krisinformation/lattlast/vilka-handelser-kan-skapa-kriser/nar-det-ar-mycket-varmt2/hur-paverkas-manniskor-nar-det-ar-varmebolja2";
const SKINNSKATTEBERG = "https://www.skinnskatteberg.se/nyheter/rad-vid-varmeboljor/";
const EXPRESSEN_VARME = "https://www.expressen.se/nyheter/mardromsprognosen-extremhettan-blir-kvar/";
const UPPSALA_BRAND = "https://www.uppsalabrandforsvar.se/aktuellt/sa-stanger-du-av-ventilationen-vid-ett-vma/";
const BRF_REIMER = "https://brfreimer.wordpress.com/bo/vma/";
const MONSTERAS_VMA =
  "https://www.monsteras.se/omsorg-och-stod/trygg-och-saker/kris-och-beredskap/viktigt-meddelande-till-allmanheten/";
const MULLSJO =
  "https://www.mullsjo.se/omsorg-och-hjalp/trygg-och-saker/kris-och-beredskap/vma---viktigt-meddelande-till-allmanheten";
const TIBRO =
  "https://tibro.se/kommun-och-politik/trygghet-och-sakerhet/Krishantering/VMA---viktigt-meddelande-till-allmanheten/";
const BORGHOLM = "https://www.borgholm.se/krisinformation/";
const KRISINFO_UTRYMNING =
  "https://www.krisinformation.se/detta-gor-samhallet/vma-sa-varnas-allmanheten/utrymning-och-evakuering";
const VANNAS_UTRYMNING =
  "https://vannas.se/kommun-och-politik/beredskap-och-sakerhet/skydd-och-evakuering/utrymning-och-evakuering";
const HUDIKSVALL_SKOLA =
  "https://www.hudiksvall.se/Arkiv/Nyheter/Nyheter-2020/2020-04-29-Vem-kan-fa-barnomsorg-om-skolor-eller-forskolor---stangs.html";
const HERJEDALEN_SKOLA =
  "https://www.herjedalen.se/organisation-och-politik/trygghet-och-sakerhet/coronavirus---kommunens-arbete-med-pandemin/skolan-och-covid-19.html";

export const blind2Questions: EvalQuestion[] = [
  // Boil-water notice
  {
    q: "hur länge ska vattnet koka, räcker det att det bubblar?",
    source: VIVAB,
    expected: ["demo-0", "boil-water:sv:0"],
  },
  { q: "får hunden och katten dricka kranvattnet", source: VIVAB, expected: null },
  { q: "kan man borsta tänderna i kranvattnet nu", source: VIVAB, expected: "demo-5" },
  { q: "Hur ofta tas det prover på dricksvattnet?", source: VIVAB, expected: null },
  { q: "Vad gör jag om jag redan har druckit av vattnet?", source: JARLASA, expected: "demo-7" },
  { q: "Vad betyder det att ni hittat koliforma bakterier?", source: JARLASA, expected: null },
  { q: "hur många dagar kommer kokrekommendationen att pågå", source: JARLASA, expected: "demo-3" },
  { q: "hur länge kan man spara kokt vatten i kylen", source: JARLASA, expected: null },
  { q: "Vilka adresser är berörda av kokningsrekomendationen?", source: JARLASA, expected: "demo-1" },
  { q: "hur gör ni för att få bort bakterierna ur ledningarna", source: VIVAB, expected: null },
  { q: "Varför kan jag inte dricka vattnet från kranen?", source: JARLASA, expected: ["demo-9", "demo-0"] },
  { q: "Kan jag brygga kaffe på kranvattnet?", source: MONSTERAS_KOKA, expected: null },
  { q: "Får jag blanda modersmjölksersättning med vatten från kranen?", source: MONSTERAS_KOKA, expected: "demo-6" },
  { q: "får barnen leka i vattenspridaren", source: MONSTERAS_KOKA, expected: null },
  { q: "går det bra att köra diskmaskinen", source: MIVA, expected: "demo-8" },
  { q: "kan man dusha och bada fast vattnet ska kokas?", source: MIVA, expected: ["demo-4", "boil-water:sv:1"] },
  { q: "ställer ni ut vattentankar någonstans?", source: JARLASA, expected: ["demo-2", "no-water:sv:0"] },
  // No water
  { q: "inget vatten i kranen, när får vi tillbaka vattnet?", source: WBAB, expected: "no-water:sv:1" },
  { q: "Varför är vattnet missfärgat efter avstängningen?", source: ANGE, expected: null },
  { q: "var finns det dricksvatten att hämta med dunkar", source: RFET, expected: ["no-water:sv:0", "demo-2"] },
  { q: "How much water does one person need per day?", source: TJANSTER72, expected: null },
  // Power cut
  {
    q: "elavbrottet, hur länge dröjer det innan elen kommer tillbaka?",
    source: ORESUNDSKRAFT,
    expected: "power-cut:sv:0",
  },
  { q: "Ska jag stänga av elementen när strömmen går?", source: ORESUNDSKRAFT, expected: null },
  { q: "Hur länge håller frysen kylan vid strömavbrott?", source: ORESUNDSKRAFT, expected: null },
  {
    q: "Har jag rätt till avbrottsersättning om strömavbrottet varar mer än tolv timmar?",
    source: EMB,
    expected: null,
  },
  { q: "when is the electricity coming back", source: VATTENFALL, expected: "power-cut:en:0" },
  { q: "Vad är bra att ha hemma vid ett längre elavbrott?", source: FALBYGDEN, expected: null },
  { q: "Hur ser jag om jordfelsbrytaren har löst ut?", source: SKOVDE, expected: null },
  // Heat wave
  { q: "Hur skyddar man sig mot hettan?", source: UPPVIDINGE, expected: "heat-wave:sv:0" },
  { q: "Vilka är extra känsliga när det är värmebölja?", source: KRISINFO_VARME, expected: "heat-wave:sv:1" },
  { q: "Vilka symtom får man av värmeslag?", source: SKINNSKATTEBERG, expected: null },
  { q: "Hur ska jag förvara mina mediciner när det är varmt?", source: EXPRESSEN_VARME, expected: null },
  // Smoke, VMA, evacuation
  { q: "Hur stänger jag ventilationen vid ett VMA?", source: UPPSALA_BRAND, expected: "fire-smoke:sv:1" },
  { q: "det luktar rök i lägenheten vad ska jag göra", source: UPPSALA_BRAND, expected: "fire-smoke:sv:0" },
  { q: "Får jag elda i öppna spisen när ventilationen är avstängd?", source: BRF_REIMER, expected: null },
  { q: "vad står VMA för", source: TIBRO, expected: "shelter-in-place:sv:0" },
  { q: "När testas VMA-signalen?", source: MONSTERAS_VMA, expected: null },
  { q: "Kan jag få VMA som sms på mobilen?", source: MULLSJO, expected: null },
  { q: "Hur låter faran över-signalen?", source: BORGHOLM, expected: null },
  { q: "vi måste utrymma, vart ska vi åka?", source: KRISINFO_UTRYMNING, expected: "evacuation:sv:0" },
  { q: "Vem bestämmer om utrymning?", source: KRISINFO_UTRYMNING, expected: null },
  { q: "Jag har svårt att utrymma själv, kan jag få hjälp av kommunen?", source: VANNAS_UTRYMNING, expected: null },
  // School closed
  {
    q: "Skolan är stängd, var kan mitt barn vara på dagarna?",
    source: HUDIKSVALL_SKOLA,
    expected: "school-closed:sv:1",
  },
  { q: "Behöver jag intyg från arbetsgivaren för att få barnomsorg?", source: HERJEDALEN_SKOLA, expected: null },
];
