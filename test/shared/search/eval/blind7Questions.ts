import type { EvalQuestion } from "./questions.js";

/**
 * The eighth held-out set: citizen questions written independently of the engine and of the earlier sets, each
 * following a question or piece of advice on a public page of an authority, utility or housing cooperative (Swedish
 * municipalities and water/energy companies, Krisinformation, räddningstjänster, Finnish municipalities and US/UK
 * utilities), labelled against the FAQ the product ships (fixtures/demoScenarioFaq.ts). Answerable questions are
 * phrased in the caller's own words (colloquial, misspelt, indirect); unanswerable ones stay on the same incidents
 * (pets, private wells, filters, compensation, insurance, data leaks, school meals...) and often share words with
 * the entries. Found with a search over stored public web pages, 2026-12-04.
 */
const TROLLHATTAN_KOKA = "https://www.trollhattanenergi.se/vatten-och-avlopp/dricksvatten/koka-dricksvattnet/";
const JARLASA =
  "https://www.uppsalavatten.se/hushall/vatten-och-avlopp/dricksvatten/kokningsrekommendation/fragor-och-svar-om-att-koka-dricksvattnet-jarlasa";
const HOUMA =
  "https://www.houmatimes.com/lifestyles/wellness/what-does-a-boil-water-advisory-mean/?utm_source=rss&utm_medium=rss&utm_campaign=what-does-a-boil-water-advisory-mean";
const CT_DPH =
  "https://portal.ct.gov/DPH/Communications/Crisis-and-Emergency-Risk-Communication/Boil-Water-Notices-and-Advisories";
const CORIX = "https://corix.com/panorama-mountain-resort/resources/boil-water-notice-faqs";
const ABC13 =
  "https://abc13.com/what-you-need-to-know-boil-water-notices-advisory-notice-harris-county-fort-bend/10347472/";
const ANGE = "https://invanare.ange.se/bo-bygga-miljo-trafik/vatten-och-avlopp/dricksvatten/vattenavstangningar.html";
const OSTERSUND =
  "https://ostersund.se/bygga-bo-och-miljo/vatten-och-avlopp/kommunalt-vatten-och-avlopp/vattenavstangningar-och-andra-driftsstorningar.html";
const WBAB = "https://www.wbab.se/sidor/vattenochavlopp/omdublirutanvatten.4.78952cc17742e41570b5b34.html";
const PEDERSORE =
  "https://www.pedersore.fi/sv/aktuellt/pedersoere-foerbereder-sig-foer-elavbrott/vatten-och-avloppstjaenster/";
const KRIS_STROM = "https://www.krisinformation.se/detta-kan-handa/stromavbrott";
const SUNDBYBERG = "https://www.sundbyberg.se/kommun-politik/krisberedskap-och-totalforsvar/elavbrott.html";
const RONNEBY_EL = "https://www.ronneby.se/kommun--politik/hallbar-utveckling/sa-kan-vi-alla-spara-el/faq.html";
const WRECC = "https://www.wrecc.com/power-outage-faq/";
const NVENERGY = "https://www.nvenergy.com/outage/outage101/faq.cfm";
const EVERGY = "https://www.evergy.com/help-center/outages/when-will-my-power-be-restored";
const FOLKSAM = "https://nyhetsrum.folksam.se/sv/2013/10/28/hoststorm-pa-vag-hall-dig-inomhus/";
const KOKKOLA = "https://www.kokkola.fi/aluepelastuslaitos/pelastuslaitos/tiedotteet/2016/sv_SE/varaudu_myrskyyn/";
const FENNIA = "https://fennia.fi/innehallsstudio/forbered-dig-infor-hoststormen";
const FSBR = "https://fsbr.fi/sv/sakerhetsinfo/storningar/stormar/";
const DANDERYD = "https://www.danderyd.se/driftinformation/aterkommande-driftinfo/sommarvarme/";
const RONNEBY_VARME =
  "https://ronneby.se/omsorg--hjalp/nyheter-omsorg--hjalp/nyhet-omsorg--hjalp/2024-05-17-nar-det-blir-for-varmt---rad-till-dig-dina-vanner-och-anhoriga-vid-varmebolja.html";
const TURKU = "https://www.turku.fi/sv/nyhet/2020-06-26_skydda-dig-sjalv-och-dina-narstaende-mot-risker-av-varmeboljor";
const NWB = "https://nwb-extranet.frank-digital.co.uk/your-hub/severe-weather-planning/heatwaves";
const POLISINFO = "https://polisinfo.se/r/brand-norrkoping/1krNA";
const KLOSTERSFALAD = "https://klostersfalad.se/index.php/om-det-borjar-brinna/";
const BRFSKROVET = "https://brfskrovet.se/ventilation-stangs-centralt/";
const BRFREIMER = "https://brfreimer.wordpress.com/bo/vma/";
const TIBRO =
  "https://tibro.se/kommun-och-politik/trygghet-och-sakerhet/Krishantering/VMA---viktigt-meddelande-till-allmanheten/";
const VANERSBORG =
  "https://www.vanersborg.se/omsorg--hjalp/trygg-och-saker/din-krisberedskap/information-vid-en-kris/vma-viktigt-meddelande-till-allmanheten.html";
const MONSTERAS_VMA =
  "https://www.monsteras.se/omsorg-och-stod/trygg-och-saker/kris-och-beredskap/viktigt-meddelande-till-allmanheten/";
const RTJMEDELPAD = "https://www.rtjmedelpad.se/kris-och-olycka/din-krisberedskap/om-du-behover-lamna-ditt-hem";
const KRIS_ATERVANDA =
  "https://www.krisinformation.se/detta-kan-handa/handelser-och-storningar/2018/brandrisk2018/att-atervanda-hem-efter-en-evakuering";
const CIVIL = "https://www.civil.se/tips-rad/evakuering/";
const BJURHOLM_IT = "https://www.bjurholm.se/om-webbplatsen/nyheter/nyhetsarkiv/2024-05-21-it-attack";
const BORGHOLM = "https://www.borgholm.se/uppdatering-om-dataintranget/";
const NORRKOPING_CYBER = "https://norrkoping.se/cybersakerhetsincidenten";
const NYKOPING_SKOLA = "https://nykoping.se/link/684e11156bda446b9db0113cb5e619bd.aspx";
const ORNSKOLDSVIK = "https://7an.se/artikel/2023-11-08/vattenlacka-i-sjalevad";

export const blind7Questions: EvalQuestion[] = [
  // Boil-water notice, answerable
  { q: "måste man verkligen koka kranvattnet nu?", source: TROLLHATTAN_KOKA, expected: ["demo-0", "boil-water:sv:0"] },
  {
    q: "hur länge ska vattnet koka, räcker det att det bubblar lite?",
    source: TROLLHATTAN_KOKA,
    expected: ["demo-0", "boil-water:sv:0"],
  },
  { q: "vilka gator är drabbade av kokningen", source: JARLASA, expected: ["demo-1", "demo-0"] },
  { q: "hur vet jag om mitt hus är med i området?", source: JARLASA, expected: "demo-1" },
  { q: "var står vattentanken?", source: OSTERSUND, expected: ["demo-2", "no-water:sv:0"] },
  { q: "jag har ingen bil, hur ska jag få hem vatten?", source: ANGE, expected: "demo-2" },
  { q: "hur många dagar till måste vi koka", source: JARLASA, expected: ["demo-3", "boil-water:sv:0"] },
  {
    q: "kan jag duscha utan att koka vattnet först",
    source: TROLLHATTAN_KOKA,
    expected: ["demo-4", "boil-water:sv:1"],
  },
  { q: "får bebisen bada i badkaret?", source: CT_DPH, expected: ["demo-4", "boil-water:sv:1"] },
  { q: "går det bra att ta vatten från kranen till tandborstningen", source: HOUMA, expected: "demo-5" },
  { q: "vad gör jag med vällingen till lillen?", source: HOUMA, expected: "demo-6" },
  { q: "kan jag blanda modersmjölksersättning med vatten från kran", source: ABC13, expected: "demo-6" },
  { q: "jag råkade dricka vatten från kranen i morse, vad gör jag nu", source: JARLASA, expected: "demo-7" },
  { q: "ungen kräks och har feber, kan det va vattnet?", source: TROLLHATTAN_KOKA, expected: "demo-7" },
  { q: "funkar diskmaskinen som vanligt?", source: CORIX, expected: "demo-8" },
  { q: "kan jag köra en tvätt i maskinen", source: HOUMA, expected: "demo-8" },
  { q: "varför är vattnet dåligt just nu?", source: JARLASA, expected: "demo-9" },
  { q: "kan jag spola toan som vanligt", source: ANGE, expected: "boil-water:sv:1" },
  { q: "var lägger ni ut nyheterna om krisen", source: WBAB, expected: "demo-general-1" },
  // Boil-water notice, unanswerable
  { q: "kan katten dricka kranvattnet eller måste jag koka till den också", source: HOUMA, expected: null },
  { q: "jag har egen brunn, gäller kokningen mig?", source: TROLLHATTAN_KOKA, expected: null },
  { q: "kan jag använda mitt vattenfilter i kannan istället för att koka", source: HOUMA, expected: null },
  { q: "vad är koliforma bakterier för nåt", source: JARLASA, expected: null },
  { q: "varför tar provsvaren så lång tid", source: TROLLHATTAN_KOKA, expected: null },
  { q: "hur ofta kollar ni vattnet annars, när det inte är kris?", source: TROLLHATTAN_KOKA, expected: null },
  { q: "hur ska jag förvara det kokta vattnet och hur länge håller det", source: JARLASA, expected: null },
  { q: "får jag pengar tillbaka för flaskvattnet jag har köpt?", source: JARLASA, expected: null },
  // Water cut, answerable and unanswerable
  { q: "när får vi tillbaka vattnet i kranen", source: OSTERSUND, expected: "no-water:sv:1" },
  { q: "vattnet är brunt efter att det varit avstängt, är det farligt?", source: ANGE, expected: null },
  { q: "ska jag låta kranen rinna en stund när vattnet kommer tillbaka", source: OSTERSUND, expected: null },
  { q: "kommer vattentrycket bli dåligt i vårt område", source: OSTERSUND, expected: null },
  { q: "vem betalar om ledningen på min tomt läcker?", source: WBAB, expected: null },
  // Power cut
  { q: "vet ni när elen är tillbaka", source: KRIS_STROM, expected: "power-cut:sv:0" },
  {
    q: "min pappa har syrgasapparat och strömmen är borta, vem ringer jag",
    source: SUNDBYBERG,
    expected: "power-cut:sv:1",
  },
  { q: "hur länge klarar sig maten i frysen utan ström", source: FOLKSAM, expected: null },
  { q: "får man ersättning från elbolaget om strömen varit borta länge", source: KRIS_STROM, expected: null },
  { q: "varför har grannen ström men inte vi?", source: NVENERGY, expected: null },
  { q: "finns det en karta över var strömmen är borta", source: EVERGY, expected: null },
  { q: "funkar vattnet och avloppet när strömmen är borta?", source: PEDERSORE, expected: null },
  { q: "kan jag laga mat på gasolköket inne under elavbrottet", source: SUNDBYBERG, expected: null },
  { q: "kommer elen stängas av i vinter för att den inte räcker till", source: RONNEBY_EL, expected: null },
  // Storm
  { q: "ska jag ta in studsmattan innan ovädret?", source: KOKKOLA, expected: "storm:sv:0" },
  { q: "var kan jag läsa vädervarningen", source: FENNIA, expected: "storm:sv:1" },
  { q: "ett träd har blåst ner på mitt tak, vem betalar?", source: FOLKSAM, expected: null },
  { q: "ska jag anmäla stormskadan till försäkringen direkt", source: FENNIA, expected: null },
  { q: "vilka vägar är avstängda efter stormen?", source: KOKKOLA, expected: null },
  { q: "hur många meter per sekund kommer det blåsa hos oss", source: FSBR, expected: null },
  // Heat wave
  { q: "nåra tips för att klara hettan?", source: RONNEBY_VARME, expected: "heat-wave:sv:0" },
  { q: "mormor är 90, tål hon värmen sämre?", source: TURKU, expected: "heat-wave:sv:1" },
  { q: "hur ska jag förvara mina mediciner när det är så varmt", source: RONNEBY_VARME, expected: null },
  { q: "finns det nåt svalt ställe i kommunen man kan gå till", source: DANDERYD, expected: null },
  { q: "får jag vattna trädgården med slang nu i torkan", source: DANDERYD, expected: null },
  { q: "vilka tecken ska jag hålla koll på om mormor blir dålig av värmen", source: RONNEBY_VARME, expected: null },
  // Fire smoke
  { q: "det luktar bränt ute, vad gör jag", source: POLISINFO, expected: "fire-smoke:sv:0" },
  {
    q: "ska jag stänga av köksfläkten när det brinner i närheten",
    source: BRFSKROVET,
    expected: ["fire-smoke:sv:1", "fire-smoke:sv:0"],
  },
  {
    q: "jag hyr lägenhet och vet inte hur man stänger ventilationen, vem fixar det?",
    source: BRFREIMER,
    expected: "fire-smoke:sv:1",
  },
  { q: "blir man sjuk av att andas in röken från branden?", source: KLOSTERSFALAD, expected: null },
  { q: "kan jag ha tvätten hängande ute med all rök", source: POLISINFO, expected: null },
  // VMA, shelter in place
  { q: "fick ett sms om VMA, vad innebär det", source: VANERSBORG, expected: "shelter-in-place:sv:0" },
  {
    q: "när är det säkert att öppna fönstren igen efter vma",
    source: MONSTERAS_VMA,
    expected: "shelter-in-place:sv:1",
  },
  { q: "vilket ljud är det på signalen för faran över", source: MONSTERAS_VMA, expected: null },
  { q: "varför tjöt hesa fredrik i måndags klockan tre", source: TIBRO, expected: null },
  { q: "måste jag anmäla mitt nummer för att få VMA på sms", source: BRFREIMER, expected: null },
  // Evacuation
  { q: "vart ska man gå när man blir evakuerad", source: RTJMEDELPAD, expected: "evacuation:sv:0" },
  { q: "när får vi flytta tillbaka in i huset", source: KRIS_ATERVANDA, expected: "evacuation:sv:1" },
  { q: "vad ska jag packa om vi måste evakuera", source: RTJMEDELPAD, expected: null },
  { q: "får hunden följa med till evakueringsstället?", source: CIVIL, expected: null },
  { q: "finns det nån att prata med, jag mår dåligt efter branden", source: KRIS_ATERVANDA, expected: null },
  // School closed
  { q: "varför är det ingen skola i norrby idag", source: NYKOPING_SKOLA, expected: "school-closed:sv:0" },
  {
    q: "jag jobbar på sjukhuset, vem tar hand om mitt barn när skolan är stängd",
    source: ORNSKOLDSVIK,
    expected: "school-closed:sv:1",
  },
  { q: "får barnen mat i skolan när vattnet är avstängt", source: NYKOPING_SKOLA, expected: null },
  { q: "är förskolan också stängd eller bara skolan?", source: ORNSKOLDSVIK, expected: null },
  { q: "ska barnen ta med egen vattenflaska till skolan", source: NYKOPING_SKOLA, expected: null },
  // IT outage
  { q: "e-tjänsterna funkar inte, när är dom igång igen?", source: BJURHOLM_IT, expected: "it-outage:sv:1" },
  {
    q: "hur får jag kontakt med kommunen när mejlen ligger nere",
    source: BJURHOLM_IT,
    expected: ["it-outage:sv:0", "demo-general-0"],
  },
  { q: "har kommunen betalat lösensumma till hackarna", source: NORRKOPING_CYBER, expected: null },
  { q: "kan mina personuppgifter ha läckt vid dataintrånget", source: NORRKOPING_CYBER, expected: null },
  { q: "fungerar trygghetslarmet för min pappa trots it-attacken", source: BORGHOLM, expected: null },
  // English, answerable
  { q: "do I really need to boil my tap water?", source: CT_DPH, expected: "boil-water:en:0" },
  { q: "am I allowed to shower with the boil notice on or not", source: CORIX, expected: "boil-water:en:1" },
  { q: "can my toddler have a bath?", source: CORIX, expected: "boil-water:en:1" },
  { q: "where can I pick up drinking water?", source: OSTERSUND, expected: "no-water:en:0" },
  { q: "any idea when the water will be back on", source: WBAB, expected: "no-water:en:1" },
  { q: "any update on when the electricity comes back?", source: EVERGY, expected: "power-cut:en:0" },
  {
    q: "my neighbour uses oxygen at home and the power is out, who do I call",
    source: WRECC,
    expected: "power-cut:en:1",
  },
  { q: "should I bring the garden furniture in before the storm?", source: KOKKOLA, expected: "storm:en:0" },
  { q: "how do I stay cool in this heat", source: NWB, expected: "heat-wave:en:0" },
  { q: "should I be checking on my elderly neighbour during the heatwave?", source: NWB, expected: "heat-wave:en:1" },
  { q: "there's a smell of smoke outside, what should I do", source: POLISINFO, expected: "fire-smoke:en:0" },
  { q: "how do i switch off the extractor fan", source: BRFSKROVET, expected: "fire-smoke:en:1" },
  { q: "where is the evacuation centre?", source: RTJMEDELPAD, expected: "evacuation:en:0" },
  { q: "any news on when evacuated people can return?", source: KRIS_ATERVANDA, expected: "evacuation:en:1" },
  { q: "I got a VMA alert on my phone, what does that mean?", source: VANERSBORG, expected: "shelter-in-place:en:0" },
  { q: "the council website is down, how can I contact you?", source: BJURHOLM_IT, expected: "it-outage:en:0" },
  // English, unanswerable
  { q: "do I need to give my dog boiled water too?", source: HOUMA, expected: null },
  { q: "will a Brita filter make the tap water safe?", source: HOUMA, expected: null },
  { q: "how do I disinfect my kitchen counters during the boil notice", source: CORIX, expected: null },
  { q: "why does my neighbour have power and I don't?", source: WRECC, expected: null },
  { q: "how long do most outages last?", source: WRECC, expected: null },
  { q: "do hospitals get their power back first?", source: NVENERGY, expected: null },
  { q: "can I bring my cat to the evacuation centre", source: CIVIL, expected: null },
  { q: "which medicines are risky to take in hot weather", source: NWB, expected: null },
  { q: "has my personal data been leaked in the cyber attack?", source: NORRKOPING_CYBER, expected: null },
  { q: "will benefit payments be late because of the IT attack", source: BORGHOLM, expected: null },
];
