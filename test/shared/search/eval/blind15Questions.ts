/**
 * HELD OUT: caller questions over the seventh foreign FAQ (../fixtures/foreignFaqG.ts), phrased the way callers say
 * them (colloquial, now and then misspelt, rambling, some English, some very short), each following a question or
 * piece of advice on a public page of another organisation than the entry's page, named in `source`. About half are
 * answered by an entry; the rest are realistic questions on the same incidents (and on an IT attack, an evacuation
 * and school absence, which the FAQ does not cover) that no entry answers, many of them near misses (the same
 * incident and words, another question). Labelled by reading each entry's answer: a question is answerable only when
 * an answer actually answers it. Found with a search over stored public web pages, December 2026.
 */
import type { EvalQuestion } from "./questions.js";

const VASTERVIK = "https://www.vt.se/nyheter/vastervik/da-infors-bevattningsforbud-om5349357.aspx";
const BEREDSKAPSFABRIKEN = "https://beredskapsfabriken.se/tips-o-rad/torka-vattenbrist/";
const BOLLEBYGD =
  "https://www.bollebygd.se/byggaboochmiljo/vattenochavlopp/dricksvatten/vattenbristochtorka.4.a665c1015c865cc85bcc4c.html";
const GISLAVED = "https://www.gislaved.se/funktionssidor/nyheter2017/2017-02-23-information-om-vattentillgang";
const SMOHF = "https://www.smohf.se/amnesomraden/vatten-avlopp/dricksvatten/grundvattenbrist/";
const AVLOPPSGUIDEN = "https://avloppsguiden.se/informationssidor/spara-pa-vattnet-tips-och-rad/";
const HORBY_OVERSV = "https://www.horby.se/omsorg-och-stod/trygg-och-saker/kris-och-beredskap/oversvamning/";
const FALKOPING_SKYFALL = "https://www.falkoping.se/miljo--klimat/klimatanpassning/skyfall-och-oversvamning";
const RORMOKARE = "https://www.xn--stockholmsrrmokare-n3b.se/vattenlacka-grundlaggande-information-om-vattenlackor";
const ALIVAR = "http://alivar.se/allman/rad-vid-grillning-och-eldning";
const OREBRO_AVRADAN = "https://www.orebro.se/nyheter/nyheter/2020-06-15-avradan-fran-eldning-utomhus.html";
const LUSTOCHLIV = "http://lustochliv.se/extremt-stor-brandrisk-i-skog-och-mark/nyheter";
const LRF = "https://www.lrf.se/mitt-lrf/regioner/vasternorrland/skogsbrander/raddningstjansten/";
const VARDO = "http://vardo.ax.proxy.ada.ax/bygga-och-bo/brand-och-raddning";
const SODERTALJE =
  "https://www.sodertalje.se/kommun-och-politik/om-kommunen/krisberedskap-och-civilt-forsvar/hemberedskap/";
const MSB_PREPARE =
  "https://msb.se/en/advice-for-individuals/home-preparedness--prepping-for-at-least-a-week/prepare-for-crisis";
const MSB_COMM =
  "https://msb.se/en/advice-for-individuals/home-preparedness--prepping-for-at-least-a-week/access-to-communication-during-a-crisis";
const KRISINFO_EN = "https://www.krisinformation.se/english/consequences-of-power-cuts";
const GYPSY = "https://gypsywarrior.com/coping-with-power-outages-being-prepared-in-sweden/";
const HALLAKONSUMENT = "https://www.hallakonsument.se/varor-och-tjanster/stromavbrott/";
const SVENSKENERGI = "http://www.svenskenergi.se/Elfakta/Storningsinformation/";
const EMB_OPLANERAT =
  "https://www.energimarknadsbyran.se/el/konsumentratt/elkvalitet-och-stromavbrott/stromavbrott/oplanerat-avbrott/";
const KINNEKULLE = "https://kinnekulleenergi.se/avbrottsersattning/";
const KUNSKAPSGUIDEN =
  "https://kunskapsguiden.se/omraden-och-teman/arbetsmetoder-och-perspektiv/varmebolja-att-forebygga-och-hantera-dess-effekter/praktiska-rad-till-vard-och-omsorgspersonal";
const ANHORIGA = "https://anhoriga.se/Nyheter/rad-till-anhoriga-vid-hoga-temperaturer/";
const CORREN = "https://corren.se/nyheter/kinda/varme-satter-press-pa-aldreomsorgen-om5376518.aspx";
const KA = "https://ka.se/2013/08/06/varmelarm-ska-radda-aldres-liv/";
const SR_VARME = "https://sverigesradio.se/artikel/aldre-ska-skyddas-mot-varmen";
const ARBETARBLADET =
  "https://www.arbetarbladet.se/artikel/bostadspuls/tomt-i-alvkarleby-kommun-har-fatt-ny-agare-priset-100-000-kronor";
const SVT_OREBRO_CYBER =
  "https://svt.se/nyheter/lokalt/orebro/efter-cyberangreppet-kommunen-stanger-ner-systemen?mobilmeny=1";
const SVT_SMALAND = "https://www.svt.se/nyheter/lokalt/smaland/kommunchefen-om-dataintranget-oerhort-allvarligt";
const UPDAY = "https://archive.upday.com/sv/sma-ljuspunkter-i-kalix-men-ingen-prognos/";
const SERMITSIAQ = "https://sermitsiaq.ag/kommune-advarerhoej-risiko-laekkede-personoplysninger";
const HBWEBBEN =
  "https://hbwebben.se/systemleverantor-utsattes-for-cyberangrepp/?utm_source=rss&utm_medium=rss&utm_campaign=systemleverantor-utsattes-for-cyberangrepp";
const PARTILLE = "https://www.partille.se/barn--utbildning/stod--hjalp/sjukanmalan/";
const FOLKSAM = "https://www.folksam.se/forsakringar/hemforsakring/tips-och-rad/skogsbrander";
const HESA = "https://hesafredrik.nu/?p=464";

export const blind15Questions: EvalQuestion[] = [
  // Watering ban and water shortage.
  {
    q: "får man vattna blommorna med kanna nu när det är bevattningsförbud??",
    source: VASTERVIK,
    expected: ["fg-bevattning-1", "fg-bevattning-5"],
  },
  { q: "hur länge gäller bevattningsförbudet egentligen", source: VASTERVIK, expected: null },
  {
    q: "hej jag undrar om jag får tvätta bilen på uppfarten med slangen eller är det också förbjudet",
    source: VASTERVIK,
    expected: "fg-bevattning-5",
  },
  {
    q: "jag har egen brunn på tomten, gäller bevattningsförbudet mig också?",
    source: BEREDSKAPSFABRIKEN,
    expected: null,
  },
  { q: "min brunn har sinat, kan kommunen köra ut vatten till mig?", source: GISLAVED, expected: null },
  {
    q: "varför blir det brist på vatten nu, det regnade ju massor i våras",
    source: BOLLEBYGD,
    expected: "fg-bevattning-4",
  },
  {
    q: "om alla struntar i förbudet och vattnet tar slut, vad händer med brandkåren då",
    source: VASTERVIK,
    expected: "fg-bevattning-3",
  },
  {
    q: "om vattnet tar slut hur ska vi spola toaletten då",
    source: MSB_PREPARE,
    expected: "fg-bevattning-6",
  },
  {
    q: "what happens if the water actually runs out, will there be water tanks somewhere?",
    source: MSB_PREPARE,
    expected: ["fg-bevattning-3", "fg-bevattning-6"],
  },
  { q: "får vi fylla badtunnan med vatten från vår egen brunn", source: SMOHF, expected: null },
  {
    q: "vi ska måla om huset, får vi spola av fasaden med högtryckstvätten först",
    source: VASTERVIK,
    expected: ["fg-bevattning-1", "fg-bevattning-5"],
  },
  { q: "är det ok att åka till biltvätten då, eller är det också förbjudet", source: AVLOPPSGUIDEN, expected: null },
  { q: "hur vet jag om det är bevattningsförbud där jag bor", source: BEREDSKAPSFABRIKEN, expected: null },
  { q: "vad innebär bevattningsförbud", source: BEREDSKAPSFABRIKEN, expected: "fg-bevattning-1" },

  // Flooded basements after a cloudburst.
  {
    q: "det forsar in vatten i källaren vad gör jag FÖRST",
    source: HORBY_OVERSV,
    expected: ["fg-kallare-1", "fg-kallare-4"],
  },
  { q: "betalar hemförsäkringen för översvämning i källaren", source: HORBY_OVERSV, expected: null },
  {
    q: "det bubblar upp vatten ur golvbrunnen och toan när det regnar hårt, hur kan det komma därifrån??",
    source: FALKOPING_SKYFALL,
    expected: "fg-kallare-2",
  },
  { q: "var kan man hämta sandsäckar", source: FALKOPING_SKYFALL, expected: null },
  {
    q: "vems ansvar är det om det är stopp i ledningen, mitt eller kommunens",
    source: RORMOKARE,
    expected: ["fg-kallare-3", "fg-kallare-7"],
  },
  {
    q: "hur slipper jag att det händer igen, vi har fått vatten i källarn två gånger nu",
    source: FALKOPING_SKYFALL,
    expected: "fg-kallare-5",
  },
  {
    q: "kan kommunen komma och rensa dagvattenbrunnen på gatan utanför, den är full med löv",
    source: FALKOPING_SKYFALL,
    expected: null,
  },
  {
    q: "måste jag anmäla skadan till kommunen för att få ut nåt från försäkringen",
    source: HORBY_OVERSV,
    expected: null,
  },
  {
    q: "varnar kommunen när det finns risk för översvämning?",
    source: HORBY_OVERSV,
    expected: "fg-kallare-7",
  },
  {
    q: "vi hyr lägenhet och källarförrådet har blivit blött, vem ersätter våra saker",
    source: HORBY_OVERSV,
    expected: null,
  },
  {
    q: "vad kan orsaka att det blir stopp i avloppet",
    source: RORMOKARE,
    expected: ["fg-kallare-2", "fg-kallare-5", "fg-kallare-6"],
  },
  { q: "hur torkar man ut en källare efter översvämning, ska man hyra avfuktare", source: RORMOKARE, expected: null },

  // Fire ban and barbecues.
  {
    q: "får man grilla hemma i trädgården nu när det är eldningsförbud",
    source: LUSTOCHLIV,
    expected: ["fg-eldning-1", "fg-eldning-7"],
  },
  {
    q: "engångsgrill på stranden går det bra?",
    source: ALIVAR,
    expected: ["fg-eldning-4", "fg-eldning-5"],
  },
  {
    q: "vi bor i bostadsrätt, kan vi grilla på gården eller inte",
    source: ALIVAR,
    expected: "fg-eldning-3",
  },
  { q: "hur stor är brandrisken idag, var ser jag det", source: ALIVAR, expected: null },
  {
    q: "får jag bränna ris och löv på tomten om jag har vattenslangen bredvid",
    source: OREBRO_AVRADAN,
    expected: ["fg-eldning-4", "fg-eldning-7"],
  },
  {
    q: "någon slänger fimpar i skogen bakom oss, vem ska man ringa",
    source: LRF,
    expected: null,
  },
  {
    q: "min granne grillar i skogskanten trots förbudet vad gör jag",
    source: LRF,
    expected: "fg-eldning-6",
  },
  { q: "vem är det som bestämmer om eldningsförbud", source: VARDO, expected: "fg-eldning-7" },
  { q: "när hävs eldningsförbudet?", source: VARDO, expected: null },
  {
    q: "får jag använda stormköket när vi paddlar kanot i helgen",
    source: LUSTOCHLIV,
    expected: "fg-eldning-4",
  },
  { q: "ser rök men ingen eld, ska jag ringa 112?", source: LRF, expected: null },
  {
    q: "is the campsite allowed to let us barbecue? the owner said its fine",
    source: LUSTOCHLIV,
    expected: "fg-eldning-5",
  },
  {
    q: "får man grilla med gasolgrillen på altanen",
    source: OREBRO_AVRADAN,
    expected: ["fg-eldning-1", "fg-eldning-7"],
  },
  {
    q: "den fasta grillplatsen i betong vid badet, funkar den att använda?",
    source: ALIVAR,
    expected: ["fg-eldning-5", "fg-eldning-7"],
  },
  { q: "hur släcker man en grill ordentligt", source: OREBRO_AVRADAN, expected: null },
  { q: "kan man få dispens från eldningsförbudet för midsommarfirandet i byn?", source: LUSTOCHLIV, expected: null },

  // Home preparedness.
  {
    q: "hur mycket vatten ska man ha hemma per person",
    source: KRISINFO_EN,
    expected: "fg-hemberedskap-2",
  },
  { q: "krislåda vad ska man ha i den", source: SODERTALJE, expected: "fg-hemberedskap-3" },
  {
    q: "hur länge ska man klara sig själv egentligen, 72 timmar eller en vecka?",
    source: SODERTALJE,
    expected: ["fg-hemberedskap-1", "fg-hemberedskap-2", "fg-hemberedskap-5"],
  },
  {
    q: "får man använda gasolköket inne i lägenheten när strömmen är borta",
    source: KRISINFO_EN,
    expected: null,
  },
  {
    q: "strömmen går på vintern, hur håller vi värmen i huset",
    source: KRISINFO_EN,
    expected: "fg-hemberedskap-6",
  },
  { q: "kan jag ringa 112 om mobilnätet ligger nere", source: MSB_COMM, expected: null },
  {
    q: "varför ska jag behöva preppa, är det inte kommunens jobb att hjälpa oss",
    source: MSB_PREPARE,
    expected: ["fg-hemberedskap-1", "fg-hemberedskap-4"],
  },
  { q: "vilken radiokanal ska jag lyssna på när det är kris", source: MSB_COMM, expected: "fg-hemberedskap-2" },
  { q: "delar kommunen ut vattendunkar gratis", source: SODERTALJE, expected: null },
  { q: "hur mycket medicin ska man ha hemma", source: MSB_PREPARE, expected: null },
  {
    q: "finns infon om krisberedskap på andra språk än svenska?",
    source: KRISINFO_EN,
    expected: "fg-hemberedskap-5",
  },
  {
    q: "should I keep cash at home in case the cards stop working?",
    source: MSB_PREPARE,
    expected: ["fg-hemberedskap-3", "fg-hemberedskap-5"],
  },
  { q: "var är närmaste trygghetspunkt om allt slutar fungera", source: MSB_COMM, expected: null },

  // Power cuts and outage compensation.
  {
    q: "strömmen har gått, hur vet jag om det bara är hos mig",
    source: EMB_OPLANERAT,
    expected: "fg-strom-1",
  },
  {
    q: "får vi pengar tillbaka när strömmen varit borta så länge, måste jag fylla i nåt",
    source: HALLAKONSUMENT,
    expected: "fg-strom-2",
  },
  { q: "hur mycket ersättning får man för ett dygn utan el", source: HALLAKONSUMENT, expected: "fg-strom-3" },
  { q: "när kommer strömmen tillbaka i byn?", source: SVENSKENERGI, expected: null },
  {
    q: "all mat i frysen förstördes, kan jag få ersättning för den",
    source: HALLAKONSUMENT,
    expected: "fg-strom-6",
  },
  {
    q: "strömmen var borta 8 timmar, kom tillbaka en timme och sen borta 6 timmar till. får jag avbrottsersättning?",
    source: KINNEKULLE,
    expected: "fg-strom-4",
  },
  {
    q: "var ska jag klaga om elbolaget inte fixar det inom 24 timmar",
    source: SVENSKENERGI,
    expected: null,
  },
  {
    q: "det var ju stormen som fällde ledningarna, betalar ni ut ersättning ändå då?",
    source: EMB_OPLANERAT,
    expected: "fg-strom-5",
  },
  { q: "kan jag få ett sms när det blir strömavbrott", source: EMB_OPLANERAT, expected: null },
  {
    q: "elektrikern sa att felet satt i vår egen elcentral, måste vi betala utryckningen?",
    source: GYPSY,
    expected: "fg-strom-1",
  },
  {
    q: "how long do I have to claim damages after the power cut",
    source: EMB_OPLANERAT,
    expected: "fg-strom-6",
  },
  { q: "vilket nummer ringer man för att felanmäla elavbrott", source: SVENSKENERGI, expected: null },
  { q: "minsta ersättningen man kan få?", source: SVENSKENERGI, expected: "fg-strom-3" },
  {
    q: "when the power comes back should i unplug stuff so it doesnt trip again",
    source: KRISINFO_EN,
    expected: null,
  },

  // Heatwave and home care.
  {
    q: "mammas städning blev inställd av hemtjänsten, varför då?",
    source: KUNSKAPSGUIDEN,
    expected: "fg-varme-1",
  },
  {
    q: "kommer dom ta igen städningen sen eller är den bara borta",
    source: CORREN,
    expected: "fg-varme-2",
  },
  { q: "får pappa låna en fläkt från kommunen till lägenheten?", source: KUNSKAPSGUIDEN, expected: null },
  { q: "hur varmt får det vara på äldreboendet innan ni gör nåt", source: SR_VARME, expected: null },
  {
    q: "vad ska man tänka på själv i värmen, jag är 82 och bor ensam",
    source: ANHORIGA,
    expected: "fg-varme-3",
  },
  { q: "har kommunen nån plan för värmebölja i äldreomsorgen", source: KA, expected: "fg-varme-4" },
  { q: "finns det luftkonditionering på alla äldreboenden", source: ARBETARBLADET, expected: null },
  {
    q: "min mamma tar vätskedrivande, ska hon dricka mer nu eller inte?",
    source: KUNSKAPSGUIDEN,
    expected: null,
  },
  { q: "vilka är mest i riskzonen vid värmebölja", source: CORREN, expected: "fg-varme-4" },
  { q: "hur vet man om någon har fått värmeslag", source: CORREN, expected: null },

  // Incidents the FAQ does not cover: an IT attack, an evacuation, school absence.
  {
    q: "e-tjänsterna funkar inte efter hackerattacken, hur söker jag bygglov nu",
    source: SVT_OREBRO_CYBER,
    expected: null,
  },
  { q: "har mina personuppgifter läckt i dataintrånget?", source: SVT_SMALAND, expected: null },
  {
    q: "kommer lönen ut som vanligt trots it-attacken, jag jobbar i hemtjänsten",
    source: UPDAY,
    expected: null,
  },
  {
    q: "fick ett konstigt mejl från 'kommunen' efter attacken, är det bluff?",
    source: SERMITSIAQ,
    expected: null,
  },
  { q: "rehabsystemet är hackat, syns mina sjukskrivningar nu?", source: HBWEBBEN, expected: null },
  {
    q: "hur sjukanmäler jag mitt barn när skolappen ligger nere",
    source: PARTILLE,
    expected: null,
  },
  {
    q: "vi har blivit evakuerade pga skogsbranden, när får vi åka hem igen",
    source: FOLKSAM,
    expected: null,
  },
  {
    q: "om vi måste lämna huset snabbt, vad måste vi ta med, id-kort och sånt?",
    source: FOLKSAM,
    expected: null,
  },
  { q: "hur skyddar man huset mot skogsbrand, ska man rensa bort torrt gräs", source: HESA, expected: null },
];
