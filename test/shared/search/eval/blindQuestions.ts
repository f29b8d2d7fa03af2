/**
 * A second blind set (December 2026), written before the search was tuned again and never looked at item
 * by item: citizen questions as other authorities (and one legal-advice service answering a citizen) wrote them on
 * their own pages, none of them in `questions.ts`, each with its page, labelled against the FAQ fixture
 * (../fixtures/faq.ts) like `questions.ts`: an entry id, ids that each answer it, or null when no entry does. Half
 * are questions no entry answers. Only the totals are ever printed (blind.test.ts).
 */
import type { EvalQuestion } from "./questions.js";

const MSB_VMA = "https://www.msb.se/vmafaq";
const VMA_FAQ = "https://brottsplatskartan.se/vma/sida/vanliga-fragor-och-svar-om-vma";
const TROLLHATTAN_KOKA = "https://www.trollhattanenergi.se/vatten-och-avlopp/dricksvatten/koka-dricksvattnet/";
const TROLLHATTAN_STROM = "https://www.trollhattanenergi.se/elnat/stromavbrott/";
const JARLASA =
  "https://www.uppsalavatten.se/hushall/vatten-och-avlopp/dricksvatten/kokningsrekommendation/fragor-och-svar-om-att-koka-dricksvattnet-jarlasa";
const SKOGSBRAND_1177 =
  "https://www.1177.se/Vastra-Gotaland/olyckor--skador/akuta-rad---forsta-hjalpen/fragor-och-svar-vid-skogsbrand/";
const HARRYDA =
  "https://www.harryda.se/byggaboochmiljo/avfallochatervinning/hamtningavhushallsavfall/uteblivensophamtning.4.124fd5f4139f22e498f80005956.html";
const IVO =
  "https://www.ivo.se/fragor-och-svar/coronaviruset/faq-coronaviruset/far-jag-besoka-min-narstaende-som-bor-pa-aldreboende-trots-besoksforbud-t.ex.-vid-livets-slutskede/";
const LAWLINE =
  "https://lawline.se/answers/vad-gor-jag-nar-det-ar-besoksstopp-pa-min-mans-sarskilda-boende-pga-corona-viruset";
const BORLANGE = "https://www.borlange-energi.se/elnat/stromavbrott";
const RSNV = "http://www.rsnv.se/vanliga-fragor-och-svar-om-brandskydd-i-hemmet/";
const LERUM =
  "https://www.lerum.se/Omsorg-och-stod/Saker-och-trygg/Nu-startar-Stodtelefonen-mot-valdsbejakande-extremism/Fragor-och-svar-om-valdsbejakande-extremism/";
const DALA =
  "https://www.dalavattenavfall.se/avfall-och-atervinning/sophamtningsschema/se-till-att-vi-kan-hamta-ditt-avfall.html";
const BOLLEBYGD_SKOLA =
  "https://bollebygd.se/barnochutbildning/grundskola/omforskolanellerskolanskullestanga.106.1e2e77d91721db0e2aacf532.html";
const VANNAS = "https://vannas.se/default.aspx?di=18052";

export const blindQuestions: EvalQuestion[] = [
  { q: "Vad är VMA?", source: MSB_VMA, expected: "info-vma" },
  { q: "Vem får begära VMA?", source: VMA_FAQ, expected: null },
  { q: "Vad ska jag göra vid ett VMA?", source: MSB_VMA, expected: ["brand-fonster", "info-vma"] },
  { q: "Varför testas VMA flera gånger varje år?", source: MSB_VMA, expected: null },
  { q: "Vad är det för lång signal jag hörde?", source: VMA_FAQ, expected: "brand-faran-over" },
  { q: "Hur låter VMA-signalen?", source: VMA_FAQ, expected: null },
  { q: "Hur vet jag att bakterierna i vattnet är döda?", source: TROLLHATTAN_KOKA, expected: "vatten-hur-koka" },
  { q: "Hur ofta testas VMA?", source: MSB_VMA, expected: null },
  { q: "Kan jag duscha utan att först koka vattnet?", source: TROLLHATTAN_KOKA, expected: "vatten-dusch" },
  { q: "Måste jag ha brandvarnare i hemmet?", source: RSNV, expected: null },
  { q: "Går det att laga mat med vatten som inte är kokt innan?", source: TROLLHATTAN_KOKA, expected: "vatten-mat-is" },
  { q: "Vem ansvarar för att sätta upp brandvarnare där jag bor?", source: RSNV, expected: null },
  { q: "Kan jag bli sjuk?", source: TROLLHATTAN_KOKA, expected: ["vatten-varfor-koka", "vatten-druckit"] },
  { q: "Vilken typ av brand är vanligast i hemmet?", source: RSNV, expected: null },
  { q: "Är det viktigt med snabb nedkylning?", source: JARLASA, expected: "vatten-hur-koka" },
  { q: "Vad gör jag om det börjar brinna hos mig eller en granne?", source: RSNV, expected: null },
  { q: "Jag har KOL. Är röken farlig för mig?", source: SKOGSBRAND_1177, expected: "brand-rok-farlig" },
  { q: "Varför tar det sån tid att få provsvar?", source: TROLLHATTAN_KOKA, expected: null },
  { q: "Jag har allergi. Är röken farlig för mig?", source: SKOGSBRAND_1177, expected: "brand-rok-farlig" },
  { q: "Vem kan jag kontakta om jag har generella frågor om branden?", source: SKOGSBRAND_1177, expected: null },
  { q: "Varför har mitt sopkärl inte blivit tömt?", source: HARRYDA, expected: ["sopor-tomning", "storm-sophamtning"] },
  { q: "Hur pratar jag med barn om skogsbränderna?", source: SKOGSBRAND_1177, expected: null },
  { q: "Hur får du tag på vatten?", source: TROLLHATTAN_STROM, expected: ["vatten-hamta", "storm-vatten-avlopp"] },
  { q: "Är jag anonym om jag ringer?", source: LERUM, expected: null },
  {
    q: "Får jag besöka min närstående som bor på äldreboende trots besöksförbud, till exempel vid livets slutskede?",
    source: IVO,
    expected: "aldre-besok",
  },
  { q: "Varför är det påsar kvar i kärlet efter sophämtning?", source: DALA, expected: null },
  {
    q: "Vad gör jag när det är besöksstopp på min mans särskilda boende pga Corona-viruset?",
    source: LAWLINE,
    expected: "aldre-besok",
  },
  {
    q: "Vem kan besluta att tillfälligt stänga förskolor, skolor, fritidshem och annan pedagogisk omsorg?",
    source: BOLLEBYGD_SKOLA,
    expected: null,
  },
  {
    q: "Vad kan du göra vid ett längre strömavbrott?",
    source: BORLANGE,
    expected: ["storm-hemma-varm", "storm-frys-kyl", "info-hemberedskap"],
  },
  { q: "Hur blir det med viktavgiften när tunnan har blivit halvtömd?", source: VANNAS, expected: null },
];
