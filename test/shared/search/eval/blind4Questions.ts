/**
 * The fifth held-out set, blind4: citizen questions as callers put them on the phone or in a chat (colloquial,
 * typos, run-together words, a few in English), each following a question or a piece of advice on a public page of
 * another authority (water utilities, municipalities, grid companies, rescue services, Krisinformation.se, MSB, a
 * few English-language utilities and councils), with that page as its source. Labelled against the FAQ the product
 * ships (../fixtures/demoScenarioFaq.ts): the entry whose answer an agent could read to the caller as the answer,
 * every such entry when several answer it equally well, or null when none does. Swedish questions are labelled with
 * Swedish entries, English ones with English entries.
 *
 * Written without looking at the search engine, its vocabulary or the earlier sets' questions, and never run
 * through the search while writing. Most unanswerable questions sit next to an entry's topic on purpose (the same
 * incident, a neighbouring worry: compensation, pets, appliances, schools, timing the FAQ does not state), so that
 * matching on topic words alone looks confident and is wrong. Found with a search over stored public web pages,
 * December 2026.
 */
import type { EvalQuestion } from "./questions.js";

const MONSTERAS = "https://monsteras.se/bo-bygga-och-miljo/vatten-och-avlopp/nar-dricksvatten-maste-kokas";
const EEM = "https://www.eem.se/privat/vatten-avlopp/ditt-vatten/faq-kokningsrekommendation/";
const ANGE = "https://invanare.ange.se/bo-bygga-miljo-trafik/vatten-och-avlopp/dricksvatten/vattenavstangningar.html";
const MOLNDAL =
  "https://www.molndal.se/startsida/bygga-bo-och-miljo/vatten-och-avlopp/dricksvatten/kokningsrekommendation---fragor-och-svar.html";
const MIVA_STORNING =
  "https://miva.se/vattenochavlopp/dricksvatten/vattenproblem/efterendriftstorning.4.784db62616954edf5c4287ab.html";
const MIVA_KOKA = "https://miva.se/vatten-och-avlopp/dricksvatten/vattenkvalitet/om-dricksvattnet-maste-kokas";
const TROLLHATTAN_KOKA = "https://www.trollhattanenergi.se/vatten-och-avlopp/dricksvatten/koka-dricksvattnet/";
const RIKSHANDBOKEN_BME =
  "https://www.rikshandboken-bhv.se/amning-och-nutrition/brostmjolksersattning/blanda-brostmjolksersattning/";
const UPPSALA_JARLASA =
  "https://www.uppsalavatten.se/hushall/vatten-och-avlopp/dricksvatten/kokningsrekommendation/fragor-och-svar-om-att-koka-dricksvattnet-jarlasa";
const KUNGSBACKA_KRISINFO =
  "https://www.kungsbacka.se/Omsorg-stod-och-hjalp/Trygg-och-saker/Krisberedskap/Krisinformation/";
const KUNGSBACKA_STORNING =
  "https://kungsbacka.se/omsorg-och-hjalp/trygg-och-saker/kris-och-beredskap/vanliga-fragor-vid-handelse-av-samhallsstorning";
const OSTERSUND =
  "https://ostersund.se/bygga-bo-och-miljo/vatten-och-avlopp/kommunalt-vatten-och-avlopp/vattenavstangningar-och-andra-driftsstorningar.html";
const RSNV = "https://rsnv.se/din-sakerhet/stormar-och-kraftig-nederbord/";
const ARVIKA =
  "https://www.arvika.se/omsorgochhjalp/tryggochsaker/krisberedskap/varmeboljahogatemperaturer.4.6b51ef5c153add4207de37a0.html";
const SVT_BRANDROK = "https://www.svt.se/nyheter/lokalt/stockholm/brandrok-fran-skogsbranden-har-natt-stockholm";
const BRF_SKROVET = "https://brfskrovet.se/ventilation-stangs-centralt/";
const KRIS_UTRYMNING =
  "https://www.krisinformation.se/detta-gor-samhallet/vma-sa-varnas-allmanheten/utrymning-och-evakuering";
const KRIS_ATERVANDA =
  "https://www.krisinformation.se/detta-kan-handa/handelser-och-storningar/2018/brandrisk2018/att-atervanda-hem-efter-en-evakuering";
const NYKOPING_VMA =
  "https://www.nykoping.se/kommun--politik/trygghet-och-sakerhet/kommunens-krisberedskap/vma---viktigt-meddelande-till-allmanheten/";
const RSGBG_VMA = "https://www.rsgbg.se/hem-och-fritid/vma--viktigt-meddelande-till-allmanheten/";
const SODERTALJE_SKOLA = "https://www.sodertalje.se/nyhetsarkiv/2018/vattenledning-avgravd-utanfor-rosneborgskolan/";
const SOLVESBORG =
  "https://solvesborg.se/startsida/nyheter-och-evenemang/corona-nyhet/2020-04-21-information-till-vardnadshavare-infor-en-eventuell-skolstangning.html";
const BJURHOLM = "https://www.bjurholm.se/om-webbplatsen/nyheter/nyhetsarkiv/2024-05-21-it-attack";
const KUNGALV =
  "https://www.kungalv.se/Bygga--bo--miljo/vatten-och-avlopp/avbrott-och-storningar/vanliga-fragor-och-svar-kokningsrekommendationer/";
const FORSHAGA =
  "http://forshaga.se/byggaboochmiljo/vattenochavlopp/dricksvatten/kommunaltdricksvatten/nardumastekokadricksvattnet.4.3af1cf08158689960ee8e8.html";
const ODESHOG =
  "https://www.odeshog.se/byggaboochmiljo/vattenochavlopp/dricksvatten/kommunaltdricksvatten/missfargatvatten.4.a122a701776dd021884a2c.html";
const ENERGIMARKNADSBYRAN =
  "https://www.energimarknadsbyran.se/el/konsumentratt/elkvalitet-och-stromavbrott/stromavbrott/";
const ORESUNDSKRAFT = "https://www.oresundskraft.se/avbrottsinformation/tips-vid-stromavbrott/";
const PELASTUSTOIMI = "https://pelastustoimi.fi/sv/raddningsvasendet/beredskap/storm";
const LUND = "https://lund.se/bygga-bo--miljo/livsmedel-och-halsa/rad-vid-varmebolja/";
const HSB_BRAND = "https://www.hsb.se/stockholm/brf/tellus/test-start/sa-har-gor-du-om-det-brinner/";
const RTJ_MEDELPAD = "https://www.rtjmedelpad.se/kris-och-olycka/din-krisberedskap/om-du-behover-lamna-ditt-hem";
const MSB_VMA = "https://www.msb.se/vmafaq";
const NYKOPING_SKOLOR = "https://nykoping.se/link/684e11156bda446b9db0113cb5e619bd.aspx";
const VELLINGE = "https://vellinge.se/nyhetsarkiv/2024/01/vad-har-egentligen-hant/";
const COCOA = "https://www.cocoafl.org/Faq.aspx?QID=355";
const LYNN_HAVEN = "https://cityoflynnhaven.com/FAQ.aspx?QID=95";
const WOODSTOCK = "https://www.town.woodstock.nb.ca/p/what-to-do-in-a-water-break";
const NV_ENERGY = "https://www.nvenergy.com/outage/outage101/faq.cfm";
const THE_LOCAL_VMA =
  "https://www.thelocal.se/20220510/everything-you-need-to-know-about-swedens-emergency-warning-system/";
const OXFORDSHIRE_HEAT = "https://www.oxfordshireccg.nhs.uk/news/heatwave-advice/67416";
const OCC_HEALTH_SMOKE = "https://occhealthconnections.com/ohc-news/protect-yourself-from-smoke/";

export const blind4Questions: EvalQuestion[] = [
  // Boil-water notice: answerable.
  {
    q: "hej ja bor i söderäng, ska vi fortfarande koka vattnet vi dricker eller har det släppt nu",
    source: MONSTERAS,
    expected: ["demo-0", "boil-water:sv:0"],
  },
  {
    q: "Jag bor precis i kanten av västra industriområdet, hur vet jag om min adress är med i det där med kokningen?",
    source: EEM,
    expected: "demo-1",
  },
  {
    q: "finns det nån vattentank uppställd nånstans där man kan fylla sina dunkar",
    source: ANGE,
    expected: ["demo-2", "no-water:sv:0"],
  },
  {
    q: "min pappa är 89 o har ingen bil, han orkar int bära vattendunkar hem från tankbilen. kan nån hjälpa honom?",
    source: MOLNDAL,
    expected: "demo-2",
  },
  {
    q: "när kan man börja dricka kranvattnet som vanligt igen, hur länge håller det här på egentligen",
    source: MIVA_STORNING,
    expected: ["demo-3", "boil-water:sv:0"],
  },
  {
    q: "duschar man som vanligt nu eller kan man bli sjuk av duschvattnet",
    source: TROLLHATTAN_KOKA,
    expected: ["demo-4", "boil-water:sv:1"],
  },
  {
    q: "kan ja bada min ettåring i badkaret ikväll fast det är kokningsrekomendation",
    source: MIVA_KOKA,
    expected: ["demo-4", "boil-water:sv:1"],
  },
  {
    q: "tandborstningen då, kan barnen borsta med vatten direkt ur kranen?",
    source: TROLLHATTAN_KOKA,
    expected: "demo-5",
  },
  {
    q: "jag har en bebis på fyra månader som får ersättning på flaska, vilket vatten ska jag blanda pulvret med nu",
    source: RIKSHANDBOKEN_BME,
    expected: "demo-6",
  },
  {
    q: "råkade dricka ett helt glas vatten ur kranen imorse innan jag såg nyheten, vad ska jag göra nu??",
    source: UPPSALA_JARLASA,
    expected: "demo-7",
  },
  {
    q: "går det bra att köra diskmaskinen eller måste man diska allt för hand med kokt vatten",
    source: MONSTERAS,
    expected: "demo-8",
  },
  {
    q: "varför måste vi koka vattnet, vad är det som har hänt egentligen",
    source: EEM,
    expected: "demo-9",
  },
  // Boil-water notice and water outage: unanswerable, next to the entries above.
  {
    q: "får man nåt avdrag på varäkningen för att vi har fått stå och koka vattnet i en hel vecka",
    source: KUNGALV,
    expected: null,
  },
  {
    q: "jag bor i området men har inte fått nåt sms om kokningen, hur kommer det sig",
    source: KUNGALV,
    expected: null,
  },
  {
    q: "kan hunden dricka vattnet ur kranen eller ska den oxå ha kokt vatten",
    source: KUNGALV,
    expected: null,
  },
  {
    q: "vi har egen brunn på tomten, gäller kokningen oss också?",
    source: FORSHAGA,
    expected: null,
  },
  {
    q: "vad är det för bakterier ni har hittat i vattnet",
    source: MOLNDAL,
    expected: null,
  },
  {
    q: "smittar det om ungen har blivit magsjuk av vattnet, kan syskonen få det också",
    source: MOLNDAL,
    expected: null,
  },
  {
    q: "får barnen leka i vattenspridaren på gården medan ni har kokningsrekommendationen",
    source: MONSTERAS,
    expected: null,
  },
  {
    q: "vi driver en pizzeria i norrby, vad gäller för oss som restaurang med kokningen",
    source: FORSHAGA,
    expected: null,
  },
  {
    q: "varför tar det så lång tid att få svar på vattenproverna",
    source: TROLLHATTAN_KOKA,
    expected: null,
  },
  {
    q: "vattnet har kommit tillbaka men det är alldeles brunt, går det att dricka?",
    source: ODESHOG,
    expected: null,
  },
  {
    q: "hur många gånger kan man spola toan när vattnet är avstängt",
    source: ANGE,
    expected: null,
  },
  {
    q: "måste jag stänga av tvättmaskinen o diskmaskinen innan ni stänger av vattnet imorgon",
    source: ANGE,
    expected: null,
  },
  // Water outage, power cut, storm, heat.
  {
    q: "vattnet har varit avstängt sen i morse hos oss, vet ni när det kommer tillbaka",
    source: OSTERSUND,
    expected: "no-water:sv:1",
  },
  {
    q: "strömmen gick för tre timmar sen, när får vi elen tillbaka?",
    source: KUNGSBACKA_STORNING,
    expected: "power-cut:sv:0",
  },
  {
    q: "vart vänder man sig om man behöver hjälp nu när elen är borta, ska man ringa 112 eller",
    source: RSNV,
    expected: "power-cut:sv:1",
  },
  {
    q: "får man ersättning från elnätsbolaget när strömmen har varit borta hela natten",
    source: ENERGIMARKNADSBYRAN,
    expected: null,
  },
  {
    q: "hur länge håller maten i frysen när strömmen är borta",
    source: ORESUNDSKRAFT,
    expected: null,
  },
  {
    q: "det ska visst bli storm i natt, nåt man ska tänka på? vi har studsmatta o utemöbler på tomten",
    source: RSNV,
    expected: "storm:sv:0",
  },
  {
    q: "ska jag ta in hunden under stormen eller kan han va kvar i hundgården",
    source: PELASTUSTOIMI,
    expected: null,
  },
  {
    q: "det är så varmt i lägenheten att jag inte står ut, jag är 78, hur ska jag göra",
    source: ARVIKA,
    expected: "heat-wave:sv:0",
  },
  {
    q: "kan mina blodtrycksmediciner påverkas av värmen",
    source: LUND,
    expected: null,
  },
  // Smoke, evacuation, VMA.
  {
    q: "det luktar rök i hela området här, ska man göra nåt",
    source: SVT_BRANDROK,
    expected: "fire-smoke:sv:0",
  },
  {
    q: "hur stänger man av ventilationen i lägenheten, jag hittar ingen knapp nånstans",
    source: BRF_SKROVET,
    expected: "fire-smoke:sv:1",
  },
  {
    q: "om det börjar brinna i trapphuset, ska man försöka ta sig ut då eller stanna i lägenheten",
    source: HSB_BRAND,
    expected: null,
  },
  {
    q: "vi har blivit tillsagda att lämna huset, vart ska vi åka?",
    source: KRIS_UTRYMNING,
    expected: "evacuation:sv:0",
  },
  {
    q: "när får man flytta tillbaka hem efter evakueringen",
    source: KRIS_ATERVANDA,
    expected: "evacuation:sv:1",
  },
  {
    q: "vad ska man packa med sig om vi måste evakuera",
    source: RTJ_MEDELPAD,
    expected: null,
  },
  {
    q: "får man ta med katten till evakueringsstället",
    source: RTJ_MEDELPAD,
    expected: null,
  },
  {
    q: "fick ett sms där det stod VMA, vad står det för?",
    source: NYKOPING_VMA,
    expected: "shelter-in-place:sv:0",
  },
  {
    q: "hur länge ska vi sitta inne med stängda fönster, när är det okej att gå ut",
    source: RSGBG_VMA,
    expected: "shelter-in-place:sv:1",
  },
  {
    q: "när testar dom hesa fredrik nästa gång",
    source: MSB_VMA,
    expected: null,
  },
  {
    q: "måste man anmäla sitt mobilnummer nånstans för att få VMA-sms",
    source: NYKOPING_VMA,
    expected: null,
  },
  // School closure, IT outage, the municipality's own channels.
  {
    q: "ungarna kom hem o sa att skolan i norrby är stängd, vad är det som har hänt",
    source: SODERTALJE_SKOLA,
    expected: "school-closed:sv:0",
  },
  {
    q: "jag jobbar på äldreboendet o kan inte vara hemma, vart ska mitt barn ta vägen när skolan är stängd",
    source: SOLVESBORG,
    expected: "school-closed:sv:1",
  },
  {
    q: "vet ni om norrby skola öppnar igen i morgon",
    source: SODERTALJE_SKOLA,
    expected: null,
  },
  {
    q: "blir det skollunch för barnen fast skolan inte har nåt vatten",
    source: NYKOPING_SKOLOR,
    expected: null,
  },
  {
    q: "era mejl och etjänster funkar inte, hur får jag tag på nån på kommunen",
    source: BJURHOLM,
    expected: "it-outage:sv:0",
  },
  {
    q: "har mina personuppgifter läckt ut i dataintrånget",
    source: VELLINGE,
    expected: null,
  },
  {
    q: "hur länge har ni öppet i telefon idag, kan man ringa efter fem?",
    source: KUNGSBACKA_KRISINFO,
    expected: "demo-general-0",
  },
  {
    q: "var lägger kommunen ut nyheter om det som händer, har ni nån sida man kan kolla",
    source: KUNGSBACKA_STORNING,
    expected: "demo-general-1",
  },
  // English.
  {
    q: "hi, is it ok to take a shower while the boil water notice is on?",
    source: COCOA,
    expected: "boil-water:en:1",
  },
  {
    q: "is the tap water safe to drink right now or should we be boiling it first",
    source: LYNN_HAVEN,
    expected: "boil-water:en:0",
  },
  {
    q: "can we still use the ice maker in the fridge during the boil notice",
    source: COCOA,
    expected: null,
  },
  {
    q: "will a brita filter jug make the tap water safe to drink?",
    source: COCOA,
    expected: null,
  },
  {
    q: "our water has been off since this morning, where can I pick up some drinking water?",
    source: WOODSTOCK,
    expected: "no-water:en:0",
  },
  {
    q: "power's been out since 6am, any idea when it's coming back on",
    source: NV_ENERGY,
    expected: "power-cut:en:0",
  },
  {
    q: "why does my neighbour across the street have power and we dont?",
    source: NV_ENERGY,
    expected: null,
  },
  {
    q: "I got a text message that says VMA, what is that?",
    source: THE_LOCAL_VMA,
    expected: "shelter-in-place:en:0",
  },
  {
    q: "who is most vulnerable in this heat? I'm worried about my nan who lives on her own",
    source: OXFORDSHIRE_HEAT,
    expected: "heat-wave:en:1",
  },
  {
    q: "should i keep the cat indoors because of the smoke",
    source: OCC_HEALTH_SMOKE,
    expected: null,
  },
];
