/**
 * HELD OUT as a whole: the eighth search round's held-out set. Caller questions over the foreign FAQ in
 * ../fixtures/foreignFaqC.ts, phrased as callers say them (colloquial, sometimes misspelt or rambling, some in
 * English), each following a question or a piece of advice on a public page of another authority than the page its
 * answering entry was taken from (`source`). About half are answerable (`expected`: the entry or entries an agent could
 * read to the caller, whatever its language) and half are realistic questions on the same incidents that no entry
 * answers (`expected: null`), among them near misses that share words with an entry but ask something else.
 * Found with a search over stored public web pages, December 2026. Figures only: never tune on it.
 */
import type { EvalQuestion } from "./questions.js";

const VASAVARME = "http://vasavarme.se/fragor-och-svar.aspx";
const EXERGI = "https://www.stockholmexergi.se/nyheter/lagesrapport-fjarrvarmeavbrottet-i-nordvastra-stockholm/";
const FASTIGHETSTIDNINGEN = "https://fastighetstidningen.se/fjarrvarmen-slogs-ut-i-uppsala/";
const MKB = "https://mkbfastighet.se/hyresgast/att-bo-hos-mkb/legionella/";
const HORBY_LEGIONELLA = "http://www.horby.se/byggaboochmiljo/livsmedelochhalsa/Sidor/legionella.aspx";
const STOPPALEGIONELLA = "http://www.stoppalegionella.se/";
const NIBE = "https://www.nibe.eu/sv-se/kunskapsbank/ordlista/l/legionella";
const METRO = "http://www.pressreader.com/sweden/metro-sweden-stockholm/20180611/281543701625779";
const HERRLJUNGA = "https://www.el.herrljunga.se/storning/bevattningsforbud-galler-fran-och-med-idag-2021-06-18/";
const VECKOREVYN_VATTEN = "https://veckorevyn.com/nyheter/bevattningsforbud-vattenbrist/";
const JORDBRUKSVERKET = "https://jordbruksverket.se/vaxter/odling/vattenhushallning/bevattning";
const HJO = "https://hjoenergi.se/nar-elen-inte-racker-till-vad-hander-da/";
const KRAFTSTADEN = "https://www.kraftstaden.se/till-ansvarig-i-kraftstaden-lokal/";
const SR_AVBROTT = "https://sverigesradio.se/sida/artikel.aspx?programid=114&artikel=4268201";
const LINDESBERG = "https://lindesberg.se/omsorg-och-stod/trygg-och-saker/kris-och-beredskap-/hemberedskap-";
const EXPRESSEN_ELD = "https://www.expressen.se/nyheter/eldningsforbud-det-har-ar-reglerna-som-galler-nu/";
const VECKOREVYN_ELD = "https://veckorevyn.com/nyheter/livsstil/har-ar-det-eldningsforbud-nu-och-det-innebar-forbudet/";
const RAPS = "https://raps.news/extremt-stor-brandrisk-pa-manga-hall-i-skog-och-mark/";
const NORBERG = "https://www.norberg.se/sidor/kommun--politik/kris-och-sakerhet/kommunalt-krisstod.html";
const ROBERTSFORS = "https://www.robertsfors.se/omsorgochhjalp/akuthjalpochkris/krishanteringposom.735.html";
const ORUST = "https://www.orust.se/omsorg-och-hjalp/kontakt-for-akut-hjalp/posom-krisgrupp";
const LIVSMEDELSVERKET_NODVATTEN =
  "https://www.livsmedelsverket.se/beredskap/beredskap-inom-dricksvattenforsorjning/vaka-nationell-vattenkatastrofgrupp/livsmedelsverkets-nationella-forstarknings-resurser-for-nodvattenforsorjning";
const KRISINFO_HEMBEREDSKAP = "https://www.krisinformation.se/detta-kan-handa/hemberedskap";
const MITTI = "https://www.mitti.se/nyheter/har-ska-skarholmsbor-samlas-vid-kris-6.3.48219.96aa2ff800";
const SIMRISHAMN = "http://www.simrishamn.se/sv/bygga_bo/Vatten--Avlopp/Stopp-i-avlopp--Kallaroversvamning/";
const HELSINGEVATTEN = "https://www.helsingevatten.se/radtips/fastighetsagare/forebyggoversvamningar.531.html";
const TEMABYGG = "https://www.temabygg.se/oversvamning-i-kallare/";
const UNITED = "http://corporateresponsibility2011.unitedutilities.com/flooding-questions.aspx";
const SOUTHERN = "https://www.southernwater.co.uk/help-advice/flooding/my-garden-is-flooded-with-sewer-water";
const RSGBG_SKRED = "https://www.rsgbg.se/aktuellt/2020/ras-och-skred/";
const GJERDRUM =
  "https://www.gjerdrum.kommune.no/aktuelt/mange-henvender-seg-og-er-bekymret-for-grunnforhold-og-omradene-rundt-i-kommunen/";
const ALTINGET = "https://www.altinget.se/utbildning/artikel/saa-ska-barn-faa-omsorg-om-skolorna-stanger";
const IDEBUREN = "https://ideburenskola.se/2020/03/17/fhm-och-regeringen-skollokaler-stangs-for-gymnasiet-och-uppat/";
const VILLAAGARNA = "https://www.villaagarna.se/radgivning-och-tips/vvs/artiklar/sa-forhindrar-du-frusna-ror/";
const PERTH = "https://perthgazette.co.uk/2014/12/tips-for-tenants-on-protecting-their-homes-from-winter-weather";
const VAXJO_VARME =
  "https://omsorgenshandbocker.vaxjo.se/sidor/rutiner-for-halso--och-sjukvard/rad-vid-varmebolja.html";
const NORTHYORKS =
  "https://northyorks.gov.uk/north-yorkshire-local-resilience-forum/our-risks-north-yorkshire/information-and-advice-heatwaves";
const CAMBSFIRE = "http://www.cambsfire.gov.uk/heatwave-3236.aspx";
const MNR = "https://www.mnrjournal.co.uk/news/heat-health-alert-staying-safe-in-the-sun-555411";
const WIREDGOV =
  "https://www.wired-gov.net/wg/news.nsf/articles/lga+responds+to+new+heat+health+alert+10082022110500?open";
const SR_KATRINEHOLM = "https://sverigesradio.se/sida/artikel.aspx?programid=83&artikel=2163509";
const MITTI_LARM = "https://mitti.se/nyheter/trygghetslarmet-slogs-ut-av-natfel/?omrade=huddinge";
const LIVSMEDELSVERKET_HEM = "https://livsmedelsverket.se/beredskap/hemberedskap-privatperson";
const HORBY_BRUNN =
  "http://www.horby.se/boochbygga/Vattenochavlopp/Enskiltvattenochavlopp/dricksvatten/Sidor/default.aspx";
const MORBYLANGA = "https://morbylanga.se/bygga-bo-miljo/Miljo--och-halsoskydd/Enskilt-vatten/";
const TRYGGTVATTEN = "https://tryggtvatten.se/blogs/parametrar/nitrat";
const TV4 =
  "https://www.tv4.se/kalla-fakta/artiklar/fr%C3%A5gor-och-svar-om-pfos-och-det-f%C3%B6rgiftade-vattnet-5433f7abc459482f4500000c";
const INDEPENDENT =
  "https://www.independent.ie/news/boil-water-notice-explainer-heres-what-you-can-and-cant-do-at-home-41791477.html";
const TIPPERARY =
  "https://www.tipperarylive.ie/news/local-news/714989/boil-water-notice-in-place-for-lorrha-and-rathcabbin.html";
const IWET = "https://www.i-wet.net/blog/boil-water-notices";
const BEKO = "https://www.beko.co.uk/support/faqs/freezers/i-have-lost-the-power-to-my-appliance-due-to-a-power";
const BOSCH =
  "https://bosch-home.co.uk/customer-service/get-support/cooling-and-freezing/how-long-will-food-last-in-freezer-without-power";
const EASTLONDON = "https://www.eastlondonlines.co.uk/2020/10/hackney-council-hit-by-cyber-attack/";
const LIVERPOOL = "https://liverpooldigest.co.uk/londons-hackney-council-systems-still-paralysed-after-hack-attack";
const ITAID = "https://www.it-aid-centre.com/2020/11/15/cyber-attack-disruption-could-last-for-months-says-council/";
const VIMMERBY =
  "https://vimmerbytidning.se/nyheter/inrikes/samhalle/artikel/it-angrepp-pa-oland-kommundata-kopierad/re89k6yr";
const LIVINGWITHFIRE =
  "https://www.livingwithfire.org/get-prepared/make-an-evacuation-plan/prepare-my-home-and-family-for-evacuation/preparing-pets-and-livestock-for-evacuation/";
const LAGUNA = "http://lagunabeachevacuation.com/?p=160";
const COMBITECH = "https://combitech.se/nyheter-inspiration/blogg/ar-du-beredd-pa-att-utrymma/";
const HUDDINGE_STORM = "https://www.pressreader.com/sweden/s%C3%B6dra-sidan-huddinge/20190112/281651076255937";

export const blind11Questions: EvalQuestion[] = [
  // District heating outage
  {
    q: "fjärrvärmen är avstängd hos oss, kan jag köra diskmaskinen ändå eller blir det fel",
    source: VASAVARME,
    expected: "fc-heat-1",
  },
  {
    q: "värmen är tillbaka sägs det men varmvattnet är fortfarande ljummet, hur länge ska man låta det rinna?",
    source: EXERGI,
    expected: "fc-heat-1",
  },
  {
    q: "hur får man reda på när ni ska stänga av fjärrvärmen? jag fick ingen lapp eller nåt",
    source: VASAVARME,
    expected: "fc-heat-2",
  },
  {
    q: "ska man vädra eller hålla fönstren stängda nu när värmen är borta",
    source: EXERGI,
    expected: "fc-heat-2",
  },
  {
    q: "vi var utan fjärrvärme i nästan två dygn mitt i kylan, kan man få ersättning för det?",
    source: FASTIGHETSTIDNINGEN,
    expected: "fc-heat-3",
  },
  {
    q: "alla element är iskalla i min lägenhet men grannarna har varmt, vad gör jag",
    source: VASAVARME,
    expected: null,
  },
  {
    q: "när kommer värmen tillbaka i vårt område? har varit kallt inne sen igår kväll",
    source: EXERGI,
    expected: null,
  },
  // Legionella
  {
    q: "dom har hittat legionella i vårt hyreshus, vågar jag dricka vattnet från kranen?",
    source: MKB,
    expected: "fc-legionella-1",
  },
  {
    q: "min granne har fått legionärssjukan, kan jag smittas av henne?",
    source: HORBY_LEGIONELLA,
    expected: "fc-legionella-1",
  },
  {
    q: "vem ska fixa legionellan i huset, är det kommunen eller hyresvärden som ansvarar",
    source: STOPPALEGIONELLA,
    expected: "fc-legionella-2",
  },
  {
    q: "hur varmt måste varmvattnet vara för att legionellan inte ska växa",
    source: NIBE,
    expected: "fc-legionella-2",
  },
  {
    q: "vi har varit bortresta i tre veckor, ska man spola ur duschen innan man duschar?",
    source: MKB,
    expected: null,
  },
  {
    q: "kan jag köpa ett test och kolla mitt eget vatten för legionella hemma?",
    source: STOPPALEGIONELLA,
    expected: null,
  },
  // Watering ban and water shortage
  {
    q: "får jag vattna gräsmattan med spridaren nu eller är det förbjudet",
    source: METRO,
    expected: "fc-ban-1",
  },
  {
    q: "kan jag spola av altanen med högtryckstvätten eller räknas det också",
    source: HERRLJUNGA,
    expected: "fc-ban-1",
  },
  {
    q: "vi satte en ny häck i maj och den dör om den inte får vatten, vad får jag göra??",
    source: VECKOREVYN_VATTEN,
    expected: "fc-ban-2",
  },
  {
    q: "jag har borrad brunn på tomten, får jag vattna grönsakslandet som vanligt då?",
    source: JORDBRUKSVERKET,
    expected: "fc-ban-3",
  },
  {
    q: "vad händer om man struntar i förbudet, kan ni stänga av vattnet för en?",
    source: VECKOREVYN_VATTEN,
    expected: "fc-ban-4",
  },
  {
    q: "varför måste vi spara på vattnet, klarar inte vattenverket att göra mer?",
    source: METRO,
    expected: "fc-ban-4",
  },
  {
    q: "kan ungarna springa i vattenspridaren en stund när det är så här varmt, eller räknas det som bevattning",
    source: HERRLJUNGA,
    expected: "fc-ban-5",
  },
  {
    q: "gäller förbudet för golfbanan och företagen också? dom vattnar ju hela tiden",
    source: JORDBRUKSVERKET,
    expected: null,
  },
  {
    q: "kan jag söka dispens från bevattningsförbudet för mitt växthus, jag säljer tomater",
    source: VECKOREVYN_VATTEN,
    expected: null,
  },
  {
    q: "när får man vattna igen, finns det vissa tider på dygnet då det är tillåtet?",
    source: METRO,
    expected: null,
  },
  // Power shortage and manual disconnection
  {
    q: "vad menas med manuell frånkoppling som dom skriver om i tidningen?",
    source: HJO,
    expected: "fc-power-1",
  },
  {
    q: "blir det som ett vanligt strömavbrott när ni kopplar bort oss?",
    source: KRAFTSTADEN,
    expected: ["fc-power-1", "fc-power-2"],
  },
  {
    q: "vem är det som bestämmer vilka som blir utan el vid elbrist, är det kommunen?",
    source: HJO,
    expected: "fc-power-2",
  },
  {
    q: "hur lång förvarning får man innan strömmen stängs av",
    source: HJO,
    expected: "fc-power-2",
  },
  {
    q: "vad kan jag göra hemma för att spara el så vi slipper bli bortkopplade",
    source: HJO,
    expected: "fc-power-3",
  },
  {
    q: "is there anything I can do so they dont have to cut the power? like not charging the car in the evening",
    source: KRAFTSTADEN,
    expected: "fc-power-3",
  },
  {
    q: "hur länge kan en frånkoppling pågå? någon sa upp till 48 timmar",
    source: KRAFTSTADEN,
    expected: null,
  },
  {
    q: "får jag pengar tillbaka från elnätsbolaget om strömmen är borta mer än 12 timmar?",
    source: SR_AVBROTT,
    expected: null,
  },
  {
    q: "strömmen gick bara i halva huset, grannen har ström, vad ska jag kolla?",
    source: LINDESBERG,
    expected: null,
  },
  {
    q: "kan jag ladda elbilen på natten i stället, blir det billigare då?",
    source: HJO,
    expected: null,
  },
  {
    q: "min pappa har syrgasapparat hemma som går på el, vad gör vi om ni kopplar bort strömmen?",
    source: HJO,
    expected: null,
  },
  // Fire ban and wildfire
  {
    q: "det är totalt eldningsförbud nu, får vi grilla på vår egen tomt?",
    source: EXPRESSEN_ELD,
    expected: "fc-fire-1",
  },
  {
    q: "får man använda gasolgrillen på altanen när det är totalförbud",
    source: VECKOREVYN_ELD,
    expected: "fc-fire-1",
  },
  {
    q: "vi ska ut och paddla i helgen, får vi ta med trangiaköket fast det är totalt eldningsförbud?",
    source: EXPRESSEN_ELD,
    expected: "fc-fire-1",
  },
  {
    q: "vad blir straffet om man grillar ändå, blir det böter?",
    source: VECKOREVYN_ELD,
    expected: "fc-fire-2",
  },
  {
    q: "hur vet jag om det är eldningsförbud där vi har sommarstugan, det är en annan kommun",
    source: RAPS,
    expected: "fc-fire-2",
  },
  {
    q: "får man smälla raketer nu när det är så torrt",
    source: EXPRESSEN_ELD,
    expected: null,
  },
  {
    q: "jag ser rök bakom huset uppe i skogen, vem ska jag ringa",
    source: RAPS,
    expected: null,
  },
  {
    q: "när hävs eldningsförbudet? vi har midsommarfest planerad",
    source: RAPS,
    expected: null,
  },
  {
    q: "sprider sig röken från skogsbranden hit? ska vi stänga ventilationen",
    source: RAPS,
    expected: null,
  },
  {
    q: "får jag elda i kaminen inne när det är eldningsförbud?",
    source: RAPS,
    expected: null,
  },
  // Crisis support (POSOM)
  {
    q: "vad är posom för nåt? dom nämnde det på radion efter olyckan",
    source: NORBERG,
    expected: "fc-posom-1",
  },
  {
    q: "min dotter såg olyckan utanför skolan och mår jättedåligt, kan krisgruppen hjälpa henne?",
    source: ROBERTSFORS,
    expected: "fc-posom-1",
  },
  {
    q: "när kallas posom in egentligen, och vem bestämmer det",
    source: ROBERTSFORS,
    expected: "fc-posom-2",
  },
  {
    q: "vi blev av med huset i branden, kan krisgruppen hjälpa oss med mat och nånstans att sova i natt?",
    source: ORUST,
    expected: "fc-posom-2",
  },
  {
    q: "var finns stödcentret, kan man bara gå dit utan att ringa först?",
    source: ROBERTSFORS,
    expected: null,
  },
  {
    q: "finns det någon jour hos posom på helgen, vilket nummer ringer man då?",
    source: NORBERG,
    expected: null,
  },
  // Emergency water
  {
    q: "vattnet är borta i hela byn, var kan vi hämta vatten och måste vi ha egen dunk med oss?",
    source: LIVSMEDELSVERKET_NODVATTEN,
    expected: "fc-water-1",
  },
  {
    q: "pappa bor på äldreboende, får dom vatten före oss andra?",
    source: LIVSMEDELSVERKET_NODVATTEN,
    expected: "fc-water-2",
  },
  {
    q: "varför står det ingen vattentank i vår del av stan än när andra redan har fått?",
    source: LIVSMEDELSVERKET_NODVATTEN,
    expected: "fc-water-2",
  },
  {
    q: "hur många liter får man ta per person från tanken",
    source: KRISINFO_HEMBEREDSKAP,
    expected: null,
  },
  {
    q: "behöver man koka vattnet man hämtar från nödvattentanken?",
    source: LIVSMEDELSVERKET_NODVATTEN,
    expected: null,
  },
  {
    q: "när kommer vattnet tillbaka i kranen, vi har varit utan sen i morse",
    source: LINDESBERG,
    expected: null,
  },
  // Trygghetspunkter
  {
    q: "vad är en trygghetspunkt, vad kan man få hjälp med där?",
    source: MITTI,
    expected: "fc-shelter-1",
  },
  {
    q: "what is a trygghetspunkt? we just moved here and there is no power",
    source: MITTI,
    expected: "fc-shelter-1",
  },
  {
    q: "var ligger närmaste trygghetspunkt, jag bor i norra delen av kommunen",
    source: MITTI,
    expected: null,
  },
  {
    q: "är trygghetspunkten öppen dygnet runt eller bara dagtid?",
    source: MITTI,
    expected: null,
  },
  {
    q: "jag vill hjälpa till som frivillig på trygghetspunkten, vem pratar jag med?",
    source: MITTI,
    expected: null,
  },
  // Flooded basement and sewage
  {
    q: "det forsar in vatten i källaren efter skyfallet, vad ska jag göra först?",
    source: SIMRISHAMN,
    expected: "fc-flood-1",
  },
  {
    q: "hur vet man om stoppet sitter i min ledning eller i kommunens",
    source: SIMRISHAMN,
    expected: "fc-flood-1",
  },
  {
    q: "kan nån komma och pumpa ut vattnet ur källaren åt mig? det står en halvmeter",
    source: TEMABYGG,
    expected: "fc-flood-1",
  },
  {
    q: "jag vill ha ersättning av kommunen för källaröversvämningen, hur gör jag",
    source: SIMRISHAMN,
    expected: "fc-flood-1",
  },
  {
    q: "sewage came up through the floor drain into our basement, what do I do",
    source: UNITED,
    expected: ["fc-sewer-1", "fc-flood-1"],
  },
  {
    q: "who do I call, there is sewage coming out of a manhole into my garden",
    source: SOUTHERN,
    expected: "fc-sewer-1",
  },
  {
    q: "hur förebygger jag att källaren svämmar över nästa gång, ska man sätta in backventil?",
    source: HELSINGEVATTEN,
    expected: null,
  },
  {
    q: "will the water company come and clean up my garden after the sewer flood?",
    source: SOUTHERN,
    expected: null,
  },
  {
    q: "hur torkar man ut källaren efter översvämningen, behöver man hyra en avfuktare?",
    source: TEMABYGG,
    expected: null,
  },
  {
    q: "dagvattenbrunnen på gatan är igensatt och det står vatten på hela vägen, vem anmäler jag det till?",
    source: SIMRISHAMN,
    expected: null,
  },
  // Landslide
  {
    q: "det har kommit stora sprickor i marken ner mot ån och träden lutar, vem ska jag ringa?",
    source: RSGBG_SKRED,
    expected: "fc-slide-1",
  },
  {
    q: "är vårt bostadsområde klassat som riskområde för skred?",
    source: RSGBG_SKRED,
    expected: null,
  },
  {
    q: "när får vi flytta tillbaka hem efter skredet, vi bor hos min syster nu",
    source: GJERDRUM,
    expected: null,
  },
  // School and preschool closure
  {
    q: "jag är undersköterska, får mitt barn vara kvar på förskolan om ni stänger?",
    source: ALTINGET,
    expected: "fc-school-1",
  },
  {
    q: "kan jag redan nu anmäla att jag kommer behöva barnomsorg om skolan stängs",
    source: ALTINGET,
    expected: "fc-school-1",
  },
  {
    q: "hur länge kommer skolorna vara stängda?",
    source: IDEBUREN,
    expected: null,
  },
  {
    q: "får eleverna skollunch fast skolan är stängd",
    source: IDEBUREN,
    expected: null,
  },
  {
    q: "kommer barnen få distansundervisning om skolan stänger?",
    source: IDEBUREN,
    expected: null,
  },
  // Cold snap: frozen meters and pipes
  {
    q: "vattenmätaren i garaget har frusit och det droppar från den, vad gör jag",
    source: VILLAAGARNA,
    expected: "fc-cold-1",
  },
  {
    q: "hur gör jag så att vattenmätaren inte fryser när det blir minus 25 i helgen?",
    source: VILLAAGARNA,
    expected: "fc-cold-1",
  },
  {
    q: "no water coming out of the taps this morning, I think the pipe is frozen, what should I do",
    source: PERTH,
    expected: "fc-pipes-1",
  },
  {
    q: "can I use a hairdryer to thaw out a frozen pipe?",
    source: PERTH,
    expected: "fc-pipes-1",
  },
  {
    q: "should I leave the heating on while we're away over christmas so the pipes dont freeze?",
    source: PERTH,
    expected: null,
  },
  // Heatwave
  {
    q: "mormor är 88 och bor själv, det har varit 30 grader en hel vecka, vad ska vi tänka på",
    source: VAXJO_VARME,
    expected: "fc-hot-1",
  },
  {
    q: "what can I do to keep my flat cool in this heatwave",
    source: NORTHYORKS,
    expected: "fc-hot-1",
  },
  {
    q: "my neighbour is elderly and lives on her own, should I be checking on her in this heat?",
    source: CAMBSFIRE,
    expected: "fc-hot-1",
  },
  {
    q: "kan kommunen låna ut en fläkt till min pappa, han har det så varmt i lägenheten",
    source: VAXJO_VARME,
    expected: null,
  },
  {
    q: "are the bins still being collected at the normal time during the heatwave?",
    source: MNR,
    expected: null,
  },
  {
    q: "kan hemtjänsten komma oftare till mamma nu när det är så varmt?",
    source: WIREDGOV,
    expected: null,
  },
  {
    q: "mamma har demens och hemtjänst, kan hon få komma till ett korttidsboende under värmeböljan?",
    source: VAXJO_VARME,
    expected: null,
  },
  {
    q: "what are the signs of heatstroke, how do I know if it's serious?",
    source: NORTHYORKS,
    expected: null,
  },
  // Elderly care and safety alarms
  {
    q: "pappas trygghetslarm verkar inte funka sen strömmen gick, vad gör han om han ramlar?",
    source: SR_KATRINEHOLM,
    expected: "fc-care-1",
  },
  {
    q: "fungerar trygghetslarmen nu under avbrottet? mamma är 90 och bor ensam",
    source: MITTI_LARM,
    expected: "fc-care-1",
  },
  {
    q: "kommer hemtjänsten som vanligt i dag fast vägarna är avstängda?",
    source: SR_KATRINEHOLM,
    expected: null,
  },
  // Home preparedness
  {
    q: "hur mycket vatten ska man ha hemma för att vara beredd",
    source: LIVSMEDELSVERKET_HEM,
    expected: "fc-prep-1",
  },
  {
    q: "vad ska man ha i en krislåda egentligen",
    source: LINDESBERG,
    expected: "fc-prep-1",
  },
  {
    q: "var kan man köpa en sån där vevradio?",
    source: LINDESBERG,
    expected: null,
  },
  {
    q: "hur länge håller vatten i dunkar, måste man byta det?",
    source: LIVSMEDELSVERKET_HEM,
    expected: null,
  },
  // Private wells, nitrate, PFAS
  {
    q: "vi har egen brunn och en bebis på fyra månader, kan vi få vattnet testat gratis?",
    source: HORBY_BRUNN,
    expected: "fc-well-1",
  },
  {
    q: "hur gör man för att få provflaskor till brunnsvattnet",
    source: MORBYLANGA,
    expected: "fc-well-1",
  },
  {
    q: "nitratet i brunnen var för högt på provet, kan jag ändå blanda bebisens ersättning med det?",
    source: TRYGGTVATTEN,
    expected: null,
  },
  {
    q: "vad kostar en vattenanalys för brunnen?",
    source: MORBYLANGA,
    expected: null,
  },
  {
    q: "finns det pfas i vårt kranvatten?",
    source: TV4,
    expected: null,
  },
  {
    q: "jag har druckit vattnet här i tjugo år, ska jag ta blodprov för pfas?",
    source: TV4,
    expected: null,
  },
  // Boil water notice
  {
    q: "can the kids have a bath while the boil water notice is on?",
    source: INDEPENDENT,
    expected: "fc-boil-1",
  },
  {
    q: "måste man koka vattnet man borstar tänderna med också?",
    source: TIPPERARY,
    expected: "fc-boil-1",
  },
  {
    q: "does the water filter jug make the water safe to drink or do I still need to boil it",
    source: IWET,
    expected: "fc-boil-1",
  },
  {
    q: "how do I make up my baby's bottles during the boil notice",
    source: TIPPERARY,
    expected: "fc-boil-2",
  },
  {
    q: "kan jag använda mineralvatten på flaska till bebisens ersättning?",
    source: INDEPENDENT,
    expected: "fc-boil-2",
  },
  {
    q: "when will the boil water notice be lifted?",
    source: INDEPENDENT,
    expected: null,
  },
  // Food in a power cut
  {
    q: "power's been off since this morning, is the stuff in the freezer still ok?",
    source: BEKO,
    expected: "fc-food-1",
  },
  {
    q: "strömmen har varit borta i fem timmar, är maten i kylskåpet fortfarande ok att äta?",
    source: BOSCH,
    expected: "fc-food-1",
  },
  {
    q: "can I claim for all the food I had to throw away after the power cut?",
    source: BEKO,
    expected: null,
  },
  {
    q: "is it safe to eat the food in the fridge now the power is back, it got quite warm?",
    source: BOSCH,
    expected: null,
  },
  // Cyber attack, e-services down
  {
    q: "jag fick ett mejl från 'kommunen' om att uppdatera mina bankuppgifter efter hackerattacken, är det äkta?",
    source: EASTLONDON,
    expected: "fc-cyber-1",
  },
  {
    q: "do I need to change my passwords or do anything after the council got hacked?",
    source: LIVERPOOL,
    expected: "fc-cyber-1",
  },
  {
    q: "har mina personuppgifter läckt i attacken mot kommunen?",
    source: VIMMERBY,
    expected: "fc-cyber-1",
  },
  {
    q: "blir det påminnelseavgift om jag inte kan betala fakturan nu när era system ligger nere?",
    source: LIVERPOOL,
    expected: null,
  },
  {
    q: "when will the council website and the online forms be back up?",
    source: ITAID,
    expected: null,
  },
  {
    q: "hur gör jag en orosanmälan för ett barn när kommunens e-tjänster inte fungerar",
    source: VIMMERBY,
    expected: null,
  },
  // Evacuation and pets
  {
    q: "får man ta med hunden till evakueringsplatsen?",
    source: LIVINGWITHFIRE,
    expected: "fc-pets-1",
  },
  {
    q: "we might have to evacuate because of the fire, what do I do with the cats?",
    source: LAGUNA,
    expected: "fc-pets-1",
  },
  {
    q: "hur får vi veta om vi måste lämna huset på grund av skogsbranden",
    source: COMBITECH,
    expected: null,
  },
  {
    q: "var kan jag ställa mina hästar om vi måste lämna gården",
    source: LAGUNA,
    expected: null,
  },
  // Storm damage
  {
    q: "ett träd har blåst ner över vår infart och det hänger en elledning i det, vad gör jag?",
    source: HUDDINGE_STORM,
    expected: null,
  },
  {
    q: "who clears the fallen trees off the footpath and the lit trail after the storm?",
    source: HUDDINGE_STORM,
    expected: null,
  },
];
