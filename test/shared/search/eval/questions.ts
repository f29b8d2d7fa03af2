/**
 * Citizen questions as other authorities wrote them on their own FAQ pages (municipalities, water utilities,
 * grid companies, rescue services, 1177 via SVT), each with the page it comes from, labelled with the entry of
 * our FAQ fixture (../fixtures/faq.ts) that answers it, a list when more than one entry answers it, or null when
 * none does. The wording is theirs, not ours: the search was not written knowing them.
 *
 * Answerable and unanswerable questions alternate, in the order they were found, so that the held-out part,
 * every question at index % 3 === 2 (heldOutQuestions), holds both kinds; it was not looked at while tuning.
 * Found with a search over stored public web pages, December 2026.
 */
export interface EvalQuestion {
  q: string;
  source: string;
  /** Entry id that answers it, ids that each answer it, or null when no entry does. */
  expected: string | readonly string[] | null;
}

const VIVAB = "https://www.vivab.info/vatten-avlopp/dricksvatten/vanliga-fragor-om-kokningsrekommendationer";
const JARLASA =
  "https://www.uppsalavatten.se/hushall/vatten-och-avlopp/dricksvatten/kokningsrekommendation/fragor-och-svar-om-att-koka-dricksvattnet-jarlasa";
const RTMD = "https://rtmd.se/vanligafragor/ovrigafragor.4.13490ac216ed581aa5e456.html";
const BRANDSKYDD = "https://www.brandskyddsforeningen.se/brandsakerhet-i-hemmet/faq/";
const TEKNISKA = "https://www.tekniskaverken.se/privat/elnat/stromavbrott/";
const SKARABORG_VMA = "https://rtjskaraborg.se/kris/vma/";
const GP_VMA =
  "https://www.gp.se/nyheter/sverige/sa-gor-du-nar-hesa-fredrik-ljuder.8693011d-a4bb-406a-b3db-b7461778657d";
const KALIX = "https://www.kalix.se/Samhalle/samhallsskydd--beredskap/fragor-och-svar--samhallsskydd-och-beredskap/";
const KUNGSBACKA_TRAD =
  "https://www.kungsbacka.se/Bygga-bo-och-miljo/Djur-och-natur/Naturvard/Skyddsvarda-trad/fragor-och-svar-om-trad/";
const RSGBG_GRILL = "http://www.rsgbg.se/nyheter/2018/fragor-och-svar-kring-grillning-under-eldningsforbudet/";
const RONNEBY = "http://ronneby.se/sv/bolagen/miljo-teknik/vatten/fragor-och-svar/";
const NORRKOPING_SKOLA = "https://www.norrkoping.se/nyheter/brandenpaektorpsskolan.5.6d52498915cb12659b8419e.html";
const SOLLENTUNA = "https://prod.sollentuna.se/kommun--politik/krisberedskap/fragor-och-svar-om-elbrist/";
const KUNGSBACKA_COVID =
  "https://www.kungsbacka.se/Omsorg-stod-och-hjalp/Trygg-och-saker/Krisberedskap/information-med-anledning-av-covid-19/information-om-vard-och-omsorg/fragor-och-svar/";
const KUNGSBACKA_STORNING =
  "https://kungsbacka.se/omsorg-och-hjalp/trygg-och-saker/kris-och-beredskap/vanliga-fragor-vid-handelse-av-samhallsstorning";
const BRANDROK_1177 =
  "https://www.svt.se/nyheter/lokalt/vastmanland/har-du-berorts-av-brandrok-det-har-ska-du-tanka-pa";
const NORRKOPING_IT = "https://norrkoping.se/cybersakerhetsincidenten";

export const evalQuestions: EvalQuestion[] = [
  { q: "Kan man bli sjuk?", source: VIVAB, expected: ["vatten-varfor-koka", "vatten-druckit"] },
  { q: "Hur ofta tas prover på dricksvattnet?", source: VIVAB, expected: null },
  { q: "Vem ska jag ringa till om jag känner mig sjuk?", source: VIVAB, expected: "vatten-druckit" },
  { q: "Hur får ni bort eventuella bakterier ur ledningarna?", source: VIVAB, expected: null },
  { q: "Hur många minuter måste jag koka vattnet?", source: VIVAB, expected: "vatten-hur-koka" },
  { q: "Hur fungerar hemförsäkringen vid en bostadsbrand?", source: RTMD, expected: null },
  { q: "Hur länge kommer kokningsrekommendationen att vara?", source: VIVAB, expected: "vatten-hur-lange" },
  { q: "Sotning - Hur söker jag dispens för att få sota själv?", source: RTMD, expected: null },
  { q: "Kan jag duscha och bada under tiden?", source: VIVAB, expected: "vatten-dusch" },
  { q: "Är säkerhetsdörrar till lägenheten okej ur räddningstjänstens synpunkt?", source: RTMD, expected: null },
  { q: "Kan jag borsta tänderna i vattnet?", source: VIVAB, expected: "vatten-tander" },
  { q: "Hur många kan vistas i en specifik lokal?", source: RTMD, expected: null },
  { q: "Kan mina djur dricka vattnet?", source: VIVAB, expected: "vatten-husdjur" },
  {
    q: "Hur många brandvarnare ska jag ha i min tvåvåningsvilla på 176 kvadratmeter?",
    source: BRANDSKYDD,
    expected: null,
  },
  {
    q: "Vad innebär kokningsrekommendationen av dricksvattnet till berörda fastigheter i Järlåsa?",
    source: JARLASA,
    expected: ["vatten-varfor-koka", "vatten-hur-koka"],
  },
  { q: "Vad är koliforma bakterier?", source: JARLASA, expected: null },
  { q: "Vilka adresser är berörda av kokningsrekommendationen?", source: JARLASA, expected: "vatten-omraden" },
  { q: "Hur testar jag brandvarnaren?", source: BRANDSKYDD, expected: null },
  { q: "Varför kan jag inte dricka vattnet?", source: JARLASA, expected: "vatten-varfor-koka" },
  { q: "Vad är det för skillnad på en optisk och en joniserande brandvarnare?", source: BRANDSKYDD, expected: null },
  {
    q: "Vad gör jag om jag redan har druckit av det kommunala dricksvattnet?",
    source: JARLASA,
    expected: "vatten-druckit",
  },
  { q: "Varför blir det strömavbrott?", source: TEKNISKA, expected: null },
  { q: "Hur upptäcktes bakterierna?", source: JARLASA, expected: "vatten-varfor-koka" },
  { q: "När provas signalen?", source: SKARABORG_VMA, expected: null },
  { q: "Hur många dagar kommer kokningsrekommendationen att pågå?", source: JARLASA, expected: "vatten-hur-lange" },
  { q: "Vart finns signalanordningarna?", source: SKARABORG_VMA, expected: null },
  { q: "Hur ska jag koka vattnet?", source: JARLASA, expected: "vatten-hur-koka" },
  { q: "Vad är eldningsförbud?", source: "https://www.rtjskaraborg.se/privatperson/eldningsforbud/", expected: null },
  { q: "Kommer ni att ställa ut vattentankar?", source: JARLASA, expected: "vatten-hamta" },
  { q: "När testas signalen?", source: GP_VMA, expected: null },
  { q: "Hur bör man förvara det kokta vattnet?", source: JARLASA, expected: "vatten-hur-koka" },
  { q: "Vilka andra utomhuslarm finns?", source: GP_VMA, expected: null },
  {
    q: "Varför är vattnet missfärgat?",
    source: "https://www.svenskabostader.se/fragor-och-svar/bostader/varfor-ar-vattnet-missfargat/",
    expected: "vatten-missfargat",
  },
  { q: "Vem har ansvar för skyddsrummet i mitt hus?", source: KALIX, expected: null },
  {
    q: "Kommer det att placeras ut vattentankar?",
    source: "https://www.nykoping.se/link/fadca516795d4837a01876b826cdcace.aspx",
    expected: "vatten-hamta",
  },
  { q: "Behöver jag köpa hem jodtabletter?", source: KALIX, expected: null },
  {
    q: "Hur påverkas egentligen maten i kyl och frys när det är strömavbrott?",
    source: TEKNISKA,
    expected: "storm-frys-kyl",
  },
  { q: "Får jag ta ner träd på kommunens mark?", source: KUNGSBACKA_TRAD, expected: null },
  {
    q: "Kan jag få någon ersättning om strömmen är borta under längre tid?",
    source: TEKNISKA,
    expected: "storm-ersattning",
  },
  {
    q: "Måste jag ta ner ett träd om det är ihåligt och riskerar trilla ner på annan persons egendom?",
    source: KUNGSBACKA_TRAD,
    expected: null,
  },
  {
    q: "När kan jag få avbrottsersättning?",
    source:
      "https://www.nackaenergi.se/komponenter/fragor-och-svar/fragor--svar/2022-06-09-nar-kan-jag-fa-avbrottsersattning",
    expected: "storm-ersattning",
  },
  { q: "Säg att det kommer lite regn, får man grilla ”som vanligt” då?", source: RSGBG_GRILL, expected: null },
  {
    q: "Kan jag få ersättning ifall jag har haft strömavbrott?",
    source:
      "http://kundsupport.ellevio.se/support/solutions/articles/76000011821-kan-jag-fa-ers%C3%A4ttning-ifall-jag-har-haft-str%C3%B6mavbrott-",
    expected: "storm-ersattning",
  },
  {
    q: "Får jag använda engångsgrill när jag är vid badplatsen, i skogen, i parken etc?",
    source: RSGBG_GRILL,
    expected: null,
  },
  { q: "Vad ska jag göra om jag hör signalen?", source: SKARABORG_VMA, expected: ["brand-fonster", "info-vma"] },
  { q: "Får jag ta med min klotgrill och grilla i naturen?", source: RSGBG_GRILL, expected: null },
  { q: "Kan varningar skickas ut på flera sätt?", source: SKARABORG_VMA, expected: "info-vma" },
  { q: "Varför införs bevattningsförbudet?", source: RONNEBY, expected: null },
  { q: "Vad kan ett VMA varna för?", source: GP_VMA, expected: "info-vma" },
  { q: "Kan vattnet ta slut?", source: RONNEBY, expected: null },
  {
    q: "Hur håller du värmen?",
    source: "https://www.trollhattanenergi.se/elnat/stromavbrott/",
    expected: "storm-hemma-varm",
  },
  { q: "Hur länge gäller bevattningsförbudet?", source: RONNEBY, expected: null },
  {
    q: "Vad kan jag göra vid ett elavbrott?",
    source:
      "https://sunne.se/kommun/stod-och-omsorg/trygg-och-saker/kris-och-beredskap/elavbrott-styrel/gora-sjalv-vid-elavbrott/",
    expected: ["storm-hemma-varm", "storm-frys-kyl", "info-hemberedskap"],
  },
  { q: "Min granne struntar i bevattningsförbudet. Hur ska jag göra?", source: RONNEBY, expected: null },
  {
    q: "Om elavbrott sker - hur kan du förbereda dig?",
    source:
      "https://olofstrom.se/bygga-bo-och-miljo/energi-och-uppvarmning/sa-sparar-vi-energi/om-elen-gar---forberedelser",
    expected: "info-hemberedskap",
  },
  { q: "Vad händer om jag inte följer bevattningsförbudet?", source: RONNEBY, expected: null },
  {
    q: "Var får jag information om när strömmen kommer tillbaka?",
    source: KUNGSBACKA_STORNING,
    expected: "storm-strom-tillbaka",
  },
  { q: "Vad händer med skolans lokaler nu?", source: NORRKOPING_SKOLA, expected: null },
  { q: "Kan personuppgifter ha läckt?", source: NORRKOPING_IT, expected: "it-personuppgifter" },
  {
    q: "Vad gör kommunen för att elever och personal ska känna sig trygga på skolan?",
    source: NORRKOPING_SKOLA,
    expected: null,
  },
  { q: "Kan du få bestående skador av röken?", source: BRANDROK_1177, expected: "brand-rok-farlig" },
  { q: "Är det säkert att låta barnen gå till skolan?", source: NORRKOPING_SKOLA, expected: null },
  { q: "Om du drar in sot i lungorna – är det farligt?", source: BRANDROK_1177, expected: "brand-rok-farlig" },
  {
    q: "Vad gör jag om jag drabbas av en vattenläcka i bostaden?",
    source: "https://www.ostrakronoberg.se/skydd-sakerhet/vattensakerhet/",
    expected: null,
  },
  {
    q: "Om du har KOL, allergi, hjärtsjukdom eller astma – är röken farlig?",
    source: BRANDROK_1177,
    expected: "brand-rok-farlig",
  },
  { q: "Kan ni bekräfta att det finns smitta i kommunen?", source: KUNGSBACKA_COVID, expected: null },
  { q: "Kan du äta livsmedel som har kommit i kontakt med röken?", source: BRANDROK_1177, expected: "brand-odling" },
  { q: "Varför har inte alla medarbetarna skyddsutrustning hela tiden?", source: KUNGSBACKA_COVID, expected: null },
  {
    q: "Får jag grilla på balkongen?",
    source: "http://www.masmastaren.se/faq/far-jag-grilla-pa-balkongen/",
    expected: null,
  },
  { q: "Vad kan vi göra för att elen ska räcka till i vinter?", source: SOLLENTUNA, expected: null },
  { q: "Hur stor är risken att elen kommer stängas av i Sollentuna?", source: SOLLENTUNA, expected: null },
  { q: "Kommer det någon förvarning innan elen stängs av?", source: SOLLENTUNA, expected: null },
  { q: "Vad är styrel?", source: SOLLENTUNA, expected: null },
  { q: "Var kan jag hitta kommunens information om händelsen?", source: KUNGSBACKA_STORNING, expected: null },
  { q: "Vilka kanaler använder kommunen i huvudsak för att kommunicera?", source: KUNGSBACKA_STORNING, expected: null },
  { q: "Var får jag information om händelsen om det inte finns ström?", source: KUNGSBACKA_STORNING, expected: null },
  { q: "Har kommunen allt under kontroll?", source: NORRKOPING_IT, expected: null },
  {
    q: "Är det fler som är drabbade?",
    source: "https://vellinge.se/nyhetsarkiv/2024/01/vad-har-egentligen-hant/",
    expected: null,
  },
  { q: "Du har ett spädbarn. Vad ska du tänka på?", source: BRANDROK_1177, expected: null },
  { q: "Påverkas dricksvattnet?", source: BRANDROK_1177, expected: null },
];

export const isHeldOut = (index: number): boolean => index % 3 === 2;
export const tuningQuestions = evalQuestions.filter((_, i) => !isHeldOut(i));
export const heldOutQuestions = evalQuestions.filter((_, i) => isHeldOut(i));
