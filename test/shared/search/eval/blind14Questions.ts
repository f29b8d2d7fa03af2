/**
 * HELD OUT: caller questions over the sixth foreign FAQ (../fixtures/foreignFaqF.ts), phrased the way callers say
 * them (colloquial, now and then misspelt, rambling, some English, some very short), each following a question or
 * piece of advice on a public page of another organisation than the entry's page, named in `source`. About half are
 * answered by an entry; the rest are realistic questions on the same incidents that no entry answers, many of them
 * near misses (the same incident and words, another question). Labelled by reading each entry's answer: a question
 * is answerable only when an answer actually answers it. Found with a search over stored public web pages,
 * December 2026.
 */
import type { EvalQuestion } from "./questions.js";

const HOUMA =
  "https://www.houmatimes.com/lifestyles/wellness/what-does-a-boil-water-advisory-mean/?utm_source=rss&utm_medium=rss&utm_campaign=what-does-a-boil-water-advisory-mean";
const BACA = "http://bacawater.com/boil_water.html";
const KFLAPH = "https://www.kflaph.ca/en/healthy-living/Boil-Water-Advisory.aspx";
const COCOA = "https://www.cocoafl.org/Faq.aspx?QID=355";
const CHATHAM = "https://www.letstalkchatham-kent.ca/tilbury-wheatley-water-updates/widgets/163266/faqs";
const TORE = "http://www.toreenergi.se/att-klara-frysvaror-vid-stromavbrott/";
const DINBYGG = "https://www.dinbyggare.se/om-frysen-gar-sonder/";
const SIKKER = "https://www.sikkerhverdag.no/nn/eigenberedskap/hus-og-hytte/kva-gjer-du-med-frysaren-nar-straumen-gar/";
const ENWL_TIPS = "https://enwl.co.uk/power-cuts/planned-power-cuts/Tips-to-prepare-for-a-power-cut";
const INFOCRISE =
  "https://infocrise.public.lu/en/rupture-energie/comportements-a-adopter/pendant-la-rupture-energie.html";
const HJARTLUNG =
  "https://www.hjart-lung.se/diagnoser/lungor/kroniskt-obstruktiv-lungsjukdom-kol/syrgas--och-ventilatorbehandling-vid-stromavbrott/";
const BLEKINGE =
  "https://regionblekinge.se/om-webbplatsen/nyheter/nyheter-och-pressmeddelande/2023-01-30-rad-om-hjalpmedel-i-handelse-av-elavbrott.html";
const SVT_OREBRO = "https://www.svt.se/nyheter/lokalt/orebro/reservkraft-och-batterier-ska-klara-driften-pa-uso";
const DOCPLAYER_VARME = "http://docplayer.se/372336-Varme-i-lagenheten-vid-el-och-varmeavbrott.html";
const UNT_KNUTBY = "https://unt.se/nyheter/uppsala/aldre-drabbas-hart-av-stormen-5178465.aspx";
const UNT_TIERP = "https://www.unt.se/nyheter/tierp/vi-har-mycket-dricksvatten-i-vara-bilar-5181914.aspx";
const TROLLHATTAN = "https://www.trollhattanenergi.se/elnat/stromavbrott/";
const EARTHPRESS = "https://earthpressnews.com/list-this-applies-in-the-home-in-the-event-of-a-power-cut";
const SUNDBYBERG = "https://www.sundbyberg.se/kommun-politik/krisberedskap-och-totalforsvar/elavbrott.html";
const LAWLINE_KOMMUNENS = "https://lawline.se/answers/kommunens-trad-har-orsakat-skada-pa-min-bil-vem-bar-ansvaret";
const VN = "https://www.vn.se/article/allt-fler-oroade-for-hoga-trad-inpa-husknuten/";
const WIRRAL = "https://www.wirral.gov.uk/parking-roads-and-travel/road-maintenance/trees-along-road";
const WORCS =
  "https://www.worcestershire.gov.uk/council-services/travel-and-highways/tell-us-about-road-highway-or-travel-route-issue/overgrown-or";
const MALUNG = "http://www.malungsvagen.se/husen/buskar-traed";
const WOODSIDE = "https://www.woodside-forestry.co.uk/local-authorities";
const LAHITAPIOLA = "https://www.lahitapiola.fi/sv/om-lokaltapiola/nyhetsrum/aktuellt/1509577859937/";
const MITTI = "https://www.mitti.se/nyheter/notan-for-arets-stormar-i-huddinge-23-miljoner-6.3.319088.f8afe1c8c3";
const LOCALARB =
  "https://localarborist.ca/faq-items/my-protected-tree-has-been-damaged-by-high-winds-what-should-i-do-2/";
const CHISLEHURST = "https://www.chislehurstmatters.com/high-winds-amber-weather-warning-and-tree-reporting/";
const ALTINGET = "https://www.altinget.se/utbildning/artikel/saa-ska-barn-faa-omsorg-om-skolorna-stanger";
const SKOLVERKET = "https://www.skolverket.se/regler-och-ansvar/ansvar-i-skolfragor/ratt-till-forskola";
const IDEBUREN_MSB =
  "https://ideburenskola.se/2020/03/31/msb-omsorg-for-barn-med-vardnadshavare-i-samhallsviktig-verksamhet/";
const IDEBUREN_GYMN =
  "https://ideburenskola.se/2020/03/17/fhm-och-regeringen-skollokaler-stangs-for-gymnasiet-och-uppat/";
const MSB_OMSORG = "https://www.msb.se/foreskriftomsorg";
const DRAMMEN = "https://www.drammen.kommune.no/tjenester/barnehage/";
const SR_LARM = "https://sverigesradio.se/artikel/aldres-trygghetslarm-slas-ut-nar-elen-forsvinner";
const TXTV = "https://txtv.se/111";
const PORSGRUNN_SNO = "https://www.porsgrunn.kommune.no/aktuelt/snoeen-paavirker-hjemmetjenesten/";
const JARFALLA =
  "https://www.jarfalla.se/omsorgochstod/stodtjansterochhjalpmedel/hemtjanst.4.640dac6b1300db73e7c800013063.html";
const HOGSBY = "https://www.hogsby.se/Omsorg-och-stoed/Vaard-och-omsorg/Aeldreomsorg/Hjaelp-i-hemmet";
const VANNAS_HEMTJ = "https://vannas.se/?id=10234";
const CIVIL = "https://www.civil.se/tips-rad/vatten/";
const HEMAB_BER =
  "https://www.hemab.se/nyhetsarkiv/nyheter/beredskapsveckanfakollpavattnet.5.230208f218aa7a69ace3a2ea.html";
const LIVS_NOD =
  "https://www.livsmedelsverket.se/beredskap/beredskap-inom-dricksvattenforsorjning/vaka-nationell-vattenkatastrofgrupp/livsmedelsverkets-nationella-forstarknings-resurser-for-nodvattenforsorjning";
const SORMLAND = "https://sormlandvatten.se/dricksvatten/";
const LIVS_DUNK = "https://www.livsmedelsverket.se/beredskap/hemberedskap-privatperson/dricksvatten-i-dunk";
const VELLINGE21 = "https://vellinge.se/nyhetsarkiv/2021/09/krisberedskapsveckan-vatten/";
const VARTGBG = "https://vartgoteborg.se/miljo-o-kretslopp/snovallar-kan-forsena-sophamtningen/";
const HORSHAM = "https://docsbay.net/doc/365867/in-case-of-severe-weather-gales-or-high-winds";
const KROKOM = "https://krokom.se/bo-trafik-och-miljo/vatten-och-avlopp/vanliga-fragor-vatten-och-avlopp.html";
const DUDLEY = "http://www.dudley.gov.uk/resident/your-council/emergencies/emergency-plans/rest-centres/";
const TELFORD = "https://telford.gov.uk/info/20493/are_you_ready/3650/ready_to_evacuate/2";
const KRIS_UTRYM =
  "https://www.krisinformation.se/detta-gor-samhallet/vma-sa-varnas-allmanheten/utrymning-och-evakuering";
const SPEK =
  "https://www.spek.fi/sv/sakerhet/beredskap-i-hemmet/befolkningsskydd/evakuering-dvs-forflyttning-av-befolkning/";
const LUVN = "https://www.luvn.fi/sv/tjanster/evakuering";
const GLOSPREP = "https://www.glosprepared.co.uk/be-prepared-building-evacuation/";
const PORSGRUNN_EVAK = "https://www.porsgrunn.kommune.no/samfunnssikkerhet-og-beredskap/evakuering/";
const CHELTENHAM = "https://www.cheltenham.gov.uk/info/59/emergencies/273/emergency_planning/2";

export const blind14Questions: EvalQuestion[] = [
  // Boil-water notice.
  {
    q: "hej vi har ju kokningsrekommendation nu, kan jag brygga kaffe med kranvattnet i bryggaren eller måste jag koka det först?",
    source: HOUMA,
    expected: "ff-kok-1",
  },
  {
    q: "isbitarna som redan ligger i frysen, kan vi använda dom?",
    source: COCOA,
    expected: "ff-kok-6",
  },
  { q: "får man duscha nu när man ska koka vattnet? vi har en tvååring också", source: KFLAPH, expected: "ff-kok-2" },
  { q: "diskmaskinen, funkar den som vanligt?", source: BACA, expected: ["ff-kok-2", "ff-kok-4"] },
  {
    q: "we've got a Brita filter jug, is that enough or do I still need to boil the water",
    source: HOUMA,
    expected: "ff-kok-5",
  },
  {
    q: "kan jag göra välling till bebisen med vatten direkt från kranen",
    source: BACA,
    expected: ["ff-kok-1", "ff-kok-6"],
  },
  {
    q: "barnen tjatar om plaskpoolen i trädgården, går det bra att fylla den med kranvatten nu?",
    source: CHATHAM,
    expected: "ff-kok-3",
  },
  { q: "do I need to boil water for the washing machine, for clothes I mean", source: BACA, expected: "ff-kok-2" },
  {
    q: "hur länge ska vattnet koka egentligen, räcker det att det kokar upp?",
    source: COCOA,
    expected: ["ff-kok-1", "ff-kok-6"],
  },
  { q: "vad ska jag ge katten att dricka, måste det också vara kokat?", source: HOUMA, expected: null },
  {
    q: "jag drack ett glas kranvatten i morse innan jag hörde om det här, kan jag bli sjuk?",
    source: COCOA,
    expected: null,
  },
  { q: "när hävs kokningsrekommendationen?", source: COCOA, expected: null },
  {
    q: "after the boil notice is over do I have to run the taps or flush the pipes or something",
    source: KFLAPH,
    expected: null,
  },
  { q: "gatan bredvid har kokningsrekomendation, gäller det oss också?", source: COCOA, expected: null },
  {
    q: "why did you put out a boil notice, is the water actually contaminated or what",
    source: COCOA,
    expected: null,
  },

  // Power cut.
  { q: "frysen?", source: TORE, expected: "ff-el-1" },
  {
    q: "kylskåpet är ju varmt nu, kan jag ställa ut mjölken och pålägget på balkongen?",
    source: ENWL_TIPS,
    expected: "ff-el-2",
  },
  {
    q: "köttfärsen har tinat helt i frysen, kan jag frysa om den när strömmen kommer?",
    source: SIKKER,
    expected: "ff-el-3",
  },
  {
    q: "kan man få ersättning från försäkringen för maten som förstördes i frysen",
    source: DINBYGG,
    expected: "ff-el-4",
  },
  {
    q: "min pappa har syrgas hemma, en sån där koncentrator, vad händer om strömmen är borta ett par timmar?",
    source: HJARTLUNG,
    expected: "ff-el-8",
  },
  {
    q: "cpapen stannar ju när strömmen går, kan jag kvävas i sömnen?",
    source: BLEKINGE,
    expected: "ff-el-7",
  },
  {
    q: "varför är elementen kalla, vi har fjärrvärme, det borde väl funka fast elen är borta?",
    source: DOCPLAYER_VARME,
    expected: "ff-el-6",
  },
  {
    q: "is there anywhere I can go, it's freezing in the house and the power's been off since yesterday, I'm 84",
    source: UNT_KNUTBY,
    expected: "ff-el-9",
  },
  {
    q: "strömmen kom tillbaka men jordfelsbrytaren har löst ut, vad gör jag?",
    source: TROLLHATTAN,
    expected: null,
  },
  { q: "när kommer strömmen tillbaka i Rasbo?", source: UNT_KNUTBY, expected: null },
  {
    q: "får vi ersättning från elbolaget för att vi varit utan ström i två dygn?",
    source: EARTHPRESS,
    expected: null,
  },
  { q: "kan jag använda gasolköket inne i köket när spisen inte funkar", source: INFOCRISE, expected: null },
  {
    q: "ska jag dra ur kontakten på tv:n och datorn innan strömmen kommer tillbaka",
    source: INFOCRISE,
    expected: null,
  },
  {
    q: "hur vet man hur länge frysen varit strömlös när man varit bortrest?",
    source: SIKKER,
    expected: null,
  },
  { q: "kan jag lägga ett täcke över frysboxen för att hålla kylan?", source: TORE, expected: null },
  {
    q: "my dad is on home dialysis, does the hospital know he's without power?",
    source: SVT_OREBRO,
    expected: null,
  },
  { q: "vad är styrel, blir vi bortkopplade?", source: SUNDBYBERG, expected: null },
  {
    q: "pappas ventilator har internbatteri, hur länge räcker det ungefär",
    source: HJARTLUNG,
    expected: null,
  },

  // Storm damage.
  {
    q: "det står en stor gran på kommunens mark bakom vårt hus som lutar mot taket efter stormen, får jag såga ner den själv?",
    source: LAWLINE_KOMMUNENS,
    expected: "ff-storm-1",
  },
  {
    q: "kan kommunen ta ner björkarna vid vår tomtgräns innan nästa storm, dom är jättehöga och jag är orolig",
    source: VN,
    expected: "ff-storm-2",
  },
  {
    q: "a tree from our garden came down across the footpath, do I have to get it moved or does the council?",
    source: WIRRAL,
    expected: "ff-storm-3",
  },
  {
    q: "tree fell in my back garden in the storm, will the council come and take it away?",
    source: WORCS,
    expected: "ff-storm-4",
  },
  {
    q: "grannens tall blåste omkull på vårt garage i natt, kan jag kräva dom på pengar?",
    source: MALUNG,
    expected: "ff-storm-5",
  },
  { q: "can I just chainsaw the fallen branches myself", source: WOODSIDE, expected: "ff-storm-4" },
  {
    q: "hur anmäler jag ett träd på kommunens mark som ser ut att kunna ramla",
    source: LAHITAPIOLA,
    expected: ["ff-storm-1", "ff-storm-5"],
  },
  { q: "ett träd har dragit ner elledningen på vår tomt, vad gör jag?", source: MITTI, expected: null },
  {
    q: "the tree in my garden has a preservation order, am I allowed to clear it after the storm?",
    source: LOCALARB,
    expected: null,
  },
  { q: "täcker hemförsäkringen trädet som föll på huset?", source: LAHITAPIOLA, expected: null },
  { q: "när röjer ni vägen till Sörby, det ligger träd över hela vägen", source: MITTI, expected: null },
  {
    q: "kan jag lämna grenarna och riset från stormen på återvinningscentralen gratis?",
    source: CHISLEHURST,
    expected: null,
  },
  { q: "får jag elda upp grenarna som blåst ner", source: MALUNG, expected: null },

  // Preschool and school closure.
  {
    q: "förskolan är stängd, jag jobbar på sjukhuset, kan dottern vara någonstans?",
    source: ALTINGET,
    expected: "ff-skola-2",
  },
  {
    q: "måste vi betala barnomsorgsavgiften när förskolan är stängd i två veckor",
    source: SKOLVERKET,
    expected: "ff-skola-1",
  },
  {
    q: "jag får vara hemma med barnen när förskolan stängt, får jag nån ersättning för det?",
    source: IDEBUREN_MSB,
    expected: "ff-skola-3",
  },
  { q: "vem avgör om mitt jobb räknas som samhällsviktigt?", source: MSB_OMSORG, expected: null },
  { q: "får barnen skollunch fast skolan är stängd?", source: DRAMMEN, expected: null },
  { q: "blir det distansundervisning för högstadiet nu?", source: IDEBUREN_GYMN, expected: null },
  {
    q: "skolbussen går inte pga stormen, räknas det som ogiltig frånvaro om han stannar hemma?",
    source: SKOLVERKET,
    expected: null,
  },

  // Home care and safety alarms.
  { q: "mammas trygghetslarm, funkar det när strömmen är borta?", source: SR_LARM, expected: "ff-omsorg-1" },
  {
    q: "pappa har ramlat, ska han trycka på larmet eller ska vi ringa 112?",
    source: UNT_KNUTBY,
    expected: "ff-omsorg-3",
  },
  {
    q: "varför vill hemtjänsten ha en extranyckel, jag vill inte lämna ut den",
    source: HOGSBY,
    expected: "ff-omsorg-2",
  },
  { q: "larmklockan, kan hon ha den på sig i duschen?", source: VANNAS_HEMTJ, expected: "ff-omsorg-3" },
  {
    q: "kommer hemtjänsten idag trots snön? mamma väntar på sin lunch",
    source: PORSGRUNN_SNO,
    expected: null,
  },
  {
    q: "har ni extra tillsyn för dom med trygghetslarm nu när telenätet ligger nere?",
    source: TXTV,
    expected: null,
  },
  {
    q: "mamma har hemtjänst och hennes pump funkar inte, kan ni köra ut dricksvatten till henne?",
    source: UNT_TIERP,
    expected: null,
  },
  { q: "hur ansöker jag om trygghetslarm åt min mamma?", source: JARFALLA, expected: null },

  // Emergency water.
  {
    q: "måste man ha med sig egen dunk till vattentanken?",
    source: CIVIL,
    expected: ["ff-vatten-1", "ff-vatten-5"],
  },
  {
    q: "hur mycket vatten får man ta vid tanken, vi är fem i familjen",
    source: HEMAB_BER,
    expected: "ff-vatten-3",
  },
  { q: "toan går inte att spola, vad gör vi", source: CIVIL, expected: "ff-vatten-4" },
  { q: "varför får äldreboendet vatten före oss?", source: LIVS_NOD, expected: "ff-vatten-2" },
  { q: "what's nödvatten, I got a text about it", source: SORMLAND, expected: "ff-vatten-1" },
  {
    q: "hur länge håller vattnet i dunken, kan jag dricka det om en vecka?",
    source: LIVS_DUNK,
    expected: null,
  },
  { q: "var exakt står tanken i Hjo?", source: VELLINGE21, expected: null },
  { q: "måste vattnet från tanken kokas?", source: SORMLAND, expected: null },
  { q: "kan jag smälta snö och dricka?", source: HEMAB_BER, expected: null },
  { q: "vattnet i dunken luktar konstigt, är det farligt?", source: LIVS_DUNK, expected: null },
  {
    q: "kan ni köra hem vatten till min granne som är 90 och inte kan gå till tanken?",
    source: CIVIL,
    expected: null,
  },

  // Waste collection.
  {
    q: "soporna har inte hämtats, ska jag ta in tunnan igen?",
    source: VARTGBG,
    expected: ["ff-avfall-1", "ff-avfall-3"],
  },
  {
    q: "vi bor på en enskild väg och sopbilen kom aldrig, när hämtar ni?",
    source: HORSHAM,
    expected: "ff-avfall-3",
  },
  {
    q: "vad måste jag göra för att dom ska tömma kärlet när det är så halt",
    source: VARTGBG,
    expected: ["ff-avfall-1", "ff-avfall-2"],
  },
  {
    q: "can I put an extra bag out next time since they missed us",
    source: HORSHAM,
    expected: "ff-avfall-3",
  },
  {
    q: "plogbilen har lagt en snövall framför soptunnorna, vem ska ta bort den?",
    source: VARTGBG,
    expected: "ff-avfall-1",
  },
  {
    q: "kan jag lämna förpackningarna på återvinningsstationen istället?",
    source: HORSHAM,
    expected: null,
  },
  { q: "slamtömningen, blir den också försenad?", source: KROKOM, expected: null },
  {
    q: "får jag avdrag på sophämtningsavgiften när ni inte hämtat på två veckor?",
    source: HORSHAM,
    expected: null,
  },

  // Evacuation.
  {
    q: "om vi blir evakuerade, kan hunden följa med till evakueringsstället?",
    source: DUDLEY,
    expected: "ff-evak-2",
  },
  {
    q: "we've been told to leave because of the fire, where do we go?",
    source: KRIS_UTRYM,
    expected: "ff-evak-3",
  },
  { q: "hur får man veta om man ska utrymma?", source: SPEK, expected: "ff-evak-4" },
  {
    q: "min granne sitter i rullstol, hur ska hon ta sig därifrån om vi måste lämna?",
    source: LUVN,
    expected: "ff-evak-4",
  },
  {
    q: "vad finns det på evakueringsplatsen, behöver vi ta med sängkläder?",
    source: TELFORD,
    expected: "ff-evak-1",
  },
  { q: "hur länge får vi bo på evakueringsboendet?", source: GLOSPREP, expected: null },
  { q: "får vi hotell betalt av kommunen?", source: PORSGRUNN_EVAK, expected: null },
  { q: "can we go back in to get the cat's medicine?", source: CHELTENHAM, expected: null },
  { q: "ska jag stänga av vatten och el innan vi lämnar huset?", source: TELFORD, expected: null },
  {
    q: "how will my family find out I'm safe at the rest centre?",
    source: CHELTENHAM,
    expected: null,
  },
];
