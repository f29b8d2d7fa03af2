/**
 * A tuning set over the FAQ the product ships (../fixtures/demoScenarioFaq.ts), written as an agent hears callers
 * (colloquial, typos, synonyms) and looked at item by item while changing the search; blind2Questions.ts is the
 * held-out set over the same FAQ. Sources: the pages the caller wording follows (see blind2Questions.ts for more).
 */
import type { EvalQuestion } from "./questions.js";

const MONSTERAS_KOKA = "https://monsteras.se/bo-bygga-och-miljo/vatten-och-avlopp/nar-dricksvatten-maste-kokas";
const FORSHAGA =
  "http://forshaga.se/byggaboochmiljo/vattenochavlopp/dricksvatten/kommunaltdricksvatten/nardumastekokadricksvattnet.4.3af1cf08158689960ee8e8.html";
const VATTENFALL = "https://www.vattenfall.se/kundservice/amne/avbrott/tips-vid-stromavbrott/";
const BORLANGE = "https://www.borlange-energi.se/elnat/stromavbrott";
const RADDNING_VARME = "https://www.raddningstjansten.com/hem-och-fritid/vaderrelaterade-kriser/varmebolja.printable";
const MALMO_VMA =
  "https://malmo.se/Sa-arbetar-vi-med.../Trygghet-och-sakerhet/Kris-och-beredskap/Viktigt-meddelande-till-allmanheten-VMA-.html";
const VANERSBORG =
  "https://www.vanersborg.se/omsorg--hjalp/trygg-och-saker/din-krisberedskap/information-vid-en-kris/vma-viktigt-meddelande-till-allmanheten.html";
const BJURHOLM = "https://www.bjurholm.se/kommun-och-politik/trygg-och-saker---krisberedskap/utrymning";
const SOLVESBORG =
  "https://solvesborg.se/startsida/nyheter-och-evenemang/corona-nyhet/2020-04-21-information-till-vardnadshavare-infor-en-eventuell-skolstangning.html";
const OSTERSUND =
  "https://ostersund.se/bygga-bo-och-miljo/vatten-och-avlopp/kommunalt-vatten-och-avlopp/vattenavstangningar-och-andra-driftsstorningar.html";
const LIDINGO = "https://kundforum.lidingo.se/org/lidingo/d/varfor-ska-vattnet-kokas/?src=popular";

export const shippedTuneQuestions: EvalQuestion[] = [
  { q: "måste vi koka dricksvattnet", source: FORSHAGA, expected: ["demo-0", "boil-water:sv:0"] },
  { q: "Kan jag tvätta händerna i okokt vatten?", source: MONSTERAS_KOKA, expected: null },
  { q: "kan jag skölja frukt i kranvattnet", source: MONSTERAS_KOKA, expected: null },
  { q: "varför måste vattnet kokas", source: LIDINGO, expected: ["demo-9", "demo-0"] },
  { q: "får jag diska för hand", source: MONSTERAS_KOKA, expected: "demo-8" },
  { q: "kan barnen bada i badkaret", source: MONSTERAS_KOKA, expected: ["demo-4", "boil-water:sv:1"] },
  { q: "hur gör jag med vällingen till bebisen", source: MONSTERAS_KOKA, expected: "demo-6" },
  { q: "min son har druckit kranvatten och har ont i magen", source: FORSHAGA, expected: "demo-7" },
  { q: "gäller kokningen hela kommunen?", source: FORSHAGA, expected: "demo-1" },
  { q: "när slutar kokningsrekommendationen", source: FORSHAGA, expected: "demo-3" },
  { q: "Kan jag vattna blommorna?", source: MONSTERAS_KOKA, expected: null },
  { q: "Hur kokar jag vatten om strömmen är borta?", source: VATTENFALL, expected: null },
  { q: "strömmen är borta när kommer den", source: VATTENFALL, expected: "power-cut:sv:0" },
  { q: "när är elen tillbaka", source: VATTENFALL, expected: "power-cut:sv:0" },
  { q: "Vad ska jag göra om bara mitt hus är utan ström?", source: BORLANGE, expected: null },
  { q: "ska jag starta alla apparater när strömmen kommer tillbaka", source: VATTENFALL, expected: null },
  { q: "vem ringer jag om jag behöver hjälp under strömavbrottet", source: BORLANGE, expected: "power-cut:sv:1" },
  { q: "vad gör man när det blåser storm", source: RADDNING_VARME, expected: "storm:sv:0" },
  { q: "Var ser jag SMHI:s varningar?", source: RADDNING_VARME, expected: "storm:sv:1" },
  { q: "Får jag köra bil i stormen?", source: RADDNING_VARME, expected: null },
  { q: "hur håller jag mig sval i värmen", source: RADDNING_VARME, expected: "heat-wave:sv:0" },
  { q: "vilka tål värmebölja sämst", source: RADDNING_VARME, expected: "heat-wave:sv:1" },
  { q: "Hur varmt blir det i helgen?", source: RADDNING_VARME, expected: null },
  { q: "det luktar brandrök ute, vad gör jag", source: VANERSBORG, expected: "fire-smoke:sv:0" },
  { q: "hur stänger man av fläkten", source: VANERSBORG, expected: "fire-smoke:sv:1" },
  { q: "Är röken giftig?", source: VANERSBORG, expected: null },
  { q: "vad betyder viktigt meddelande till allmänheten", source: MALMO_VMA, expected: "shelter-in-place:sv:0" },
  { q: "när får man gå ut efter VMA", source: MALMO_VMA, expected: "shelter-in-place:sv:1" },
  { q: "Varför ljöd Hesa Fredrik i dag?", source: MALMO_VMA, expected: null },
  { q: "vart ska vi evakuera", source: BJURHOLM, expected: "evacuation:sv:0" },
  { q: "när får vi flytta hem igen efter evakueringen", source: BJURHOLM, expected: "evacuation:sv:1" },
  { q: "Kan jag ta med mig hunden till evakueringsplatsen?", source: BJURHOLM, expected: null },
  { q: "varför är skolan stängd", source: SOLVESBORG, expected: "school-closed:sv:0" },
  { q: "Får mitt barn skolmat när skolan är stängd?", source: SOLVESBORG, expected: null },
  { q: "när kommer vattnet tillbaka", source: OSTERSUND, expected: "no-water:sv:1" },
  { q: "var hämtar man vatten", source: OSTERSUND, expected: ["no-water:sv:0", "demo-2"] },
  { q: "Varför är det luft i ledningarna?", source: OSTERSUND, expected: null },
  { q: "kommunens telefonnummer", source: OSTERSUND, expected: ["demo-general-0", "it-outage:sv:0"] },
  { q: "e-tjänsterna fungerar inte, när funkar de igen?", source: OSTERSUND, expected: "it-outage:sv:1" },
  { q: "Har mina personuppgifter läckt?", source: OSTERSUND, expected: null },
];
