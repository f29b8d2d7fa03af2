/**
 * The ninth held-out set: citizen questions written independently of the engine and of the earlier sets, over the FAQ
 * the product ships (demo + scenario drafts, test/shared/search/fixtures/demoScenarioFaq.ts). Each question follows a
 * real question or piece of advice on a public page of an authority, utility or council (URL in `source`), phrased the
 * way a caller would put it (colloquial, misspelt, easy Swedish, rambling), mostly Swedish, about a fifth English.
 * About half are answerable (`expected`: the entry, or entries in the question's language, that answer it) and half
 * realistic questions on the same incidents that no shipped entry answers (`expected: null`). Written 2026-12-04 by
 * reading only the shipped entries, never by running the search on these questions; only blind8.test.ts (its
 * well-formedness) reads them.
 */
import type { EvalQuestion } from "./questions.js";

const DAYTON = "http://www.daytontx.org/faq.aspx?TID=17";
const CRESTHILL = "http://www.cityofcresthill.com/FAQ.aspx?QID=71";
const BINGHAMTON =
  "http://www.townofbinghamton.com/water-sewer-maintenance/faq/if-there-is-a-boil-water-advisory-in-effect-what-does-that-mean";
const WCDEV = "https://www.wcdevboard.com/faq.aspx?TID=28";
const HILLSBORO = "https://www.hillsboroohio.net/egov/apps/faq/list.egov?eGov_searchDepartment=24";
const WATERDISTRICT2 = "https://www.waterdistrict2.com/faq";
const LEAKESVILLE = "https://www.leakesvillems.com/boil-water-notice";
const FORSHAGA =
  "http://forshaga.se/byggaboochmiljo/vattenochavlopp/dricksvatten/kommunaltdricksvatten/nardumastekokadricksvattnet.4.3af1cf08158689960ee8e8.html";
const ANGE = "https://invanare.ange.se/bo-bygga-miljo-trafik/vatten-och-avlopp/dricksvatten/vattenavstangningar.html";
const OSTERSUND =
  "https://ostersund.se/bygga-bo-och-miljo/vatten-och-avlopp/kommunalt-vatten-och-avlopp/vattenavstangningar-och-andra-driftsstorningar.html";
const SOLLEFTEA =
  "https://www.solleftea.se/omsorg--hjalp/trygg-och-saker/krisberedskap-och-civilt-forsvar/risker-och-samhallsstorningar/storningar-i-vattenforsorjningen";
const AMERICAN_CANYON = "https://www.americancanyon.gov/Live/Utilities-Services/Water/Water-Outages";
const WICHITA = "https://link.wichita.gov/Global-Menu/Scheduled-Outages/Water-Outages-FAQ";
const LDPCSD = "https://www.ldpcsd.org/water-outage-update-for-march-25-2018";
const VATTENFALL = "https://www.vattenfall.se/kundservice/amne/avbrott/tips-vid-stromavbrott/";
const HUDIKSVALL = "http://hudiksvall.se/Bo--leva/Viktig-information/Om-det-blir-stromavbrott/";
const ENERGIMYNDIGHETEN = "https://www.energimyndigheten.se/trygg-energiforsorjning/elavbrott/";
const ORESUNDSKRAFT = "https://www.oresundskraft.se/avbrottsinformation/tips-vid-stromavbrott/";
const GLOKALT = "https://glokalt.se/kolla-detta-om-strommen-gar/";
const SPEN = "https://spenergynetworks.co.uk/pages/what_to_do_in_a_power_cut.aspx";
const PENDLETON = "https://www.pendletontogether.co.uk/tenants/tenant-toolkit/household-emergencies/power-cuts/";
const POHJANMAAN =
  "https://www.pohjanmaankiinteistoyhdistys.fi/sv/uutiset/uutiset-sv-se/om-stormen-kommer-sa-har-kan-du-forbereda-dig";
const MARTHA = "https://www.martha.fi/vardagskunskap/sa-forbereder-du-dig-for-en-storm";
const FSBR = "https://fsbr.fi/sv/sakerhetsinfo/storningar/stormar/";
const RSNV = "https://rsnv.se/din-sakerhet/stormar-och-kraftig-nederbord/";
const ALVDALEN = "https://www.alvdalen.se/kommun-och-politik/trygghet-sakerhet-och-kris/krisberedskap/varmebolja.html";
const STROMSUND = "https://www.stromsund.se/12857.html";
const MELLERUD = "https://mellerud.se/omsorg-och-stod/trygg-och-saker/din-egen-sakerhet/varmebolja/";
const RATTVIK =
  "https://www.rattvik.se/nyheter/nyheter/2018-07-17-rad-till-allmanheten-information-vid-varmebolja.html";
const HYLTE =
  "https://www.hylte.se/kommunpolitik/raddningsakerhetochkris/extremtvaderochnaturolyckor/varmeboljaochtorka.4.1f6f20f8164d400722b1275.html";
const VINGAKER = "https://www.vingaker.se/aktuell-information/varmebolja/";
const SALFORD = "https://www.salford.gov.uk/health-and-social-care/hot-weather-advice/";
const INDEPENDENT_AGE =
  "https://www.independentage.org/news-media/press-releases/we-would-encourage-friends-and-family-to-look-on-their-elderly-neighbours";
const RADAHJA = "https://www.xn--rdahja-wxad.se/foreningen/fragor-svar/519-fragor-svar";
const KBAB = "https://kbab.se/du-som-bor-hos-oss/boendeinformation/ventilation";
const AKTIA = "https://www.aktia.fi/sv/vakuutukset/vahingot/ohjeita-vahingon-satuttua/tulipalo";
const AIRRATER = "https://airrater.org/smoky-conditions-health-advice";
const NSW_HEALTH = "https://www.health.nsw.gov.au/environment/bushfire/Pages/bushfire-protection.aspx";
const HSB_VMA = "http://www.hsb.se/stockholm/brf/sjohasten/ventilation-och-atgarder-vid-vma/";
const VANNAS =
  "https://vannas.se/kommun-och-politik/beredskap-och-sakerhet/skydd-och-evakuering/utrymning-och-evakuering";
const BJURHOLM = "https://www.bjurholm.se/kommun-och-politik/trygg-och-saker---krisberedskap/utrymning";
const KRIS_ATERVANDA =
  "https://www.krisinformation.se/detta-kan-handa/handelser-och-storningar/2018/brandrisk2018/att-atervanda-hem-efter-en-evakuering";
const BRUKSHUNDEN = "https://www.brukshunden.se/ova-evakuering-med-dina-husdjur/";
const CIVIL = "https://www.civil.se/tips-rad/evakuering/";
const SOUTHGLOS =
  "https://www.southglos.gov.uk/health-and-social-care/staying-healthy/health-protection/emergency-planning-and-weather-advice/emergencies/preparing-for-emergencies/pets-in-rest-centres/";
const WESTYORKS = "https://www.westyorkshireprepared.org.uk/pets/";
const ARTESIAN = "http://artesianm.com/346/In-Case-of-Evacuation";
const BOLLEBYGD =
  "https://bollebygd.se/barnochutbildning/grundskola/omforskolanellerskolanskullestanga.106.1e2e77d91721db0e2aacf532.html";
const SOLVESBORG =
  "https://solvesborg.se/startsida/nyheter-och-evenemang/corona-nyhet/2020-04-21-information-till-vardnadshavare-infor-en-eventuell-skolstangning.html";
const THAMESMEAD = "https://www.thamesmead.surrey.sch.uk/7437-2/";
const HESKIN = "http://www.heskinpembertons.co.uk/school-closure-water-supply-issues/";
const ALL_SAINTS = "https://www.all-saints.lincs.sch.uk/school-closure-due-to-water-leak-2-days/";
const QUEENSDRIVE = "https://www.queensdriveinfantschool.co.uk/news/?pid=3&nid=1&storyid=50";
const KALMAR_IT = "https://kalmar.se/arkiv/nyhetsarkiv/nyheter/2024-02-06-effekter-av-it-angreppet-6-februari.html";
const VELLINGE = "https://vellinge.se/nyhetsarkiv/2024/01/vad-har-egentligen-hant/";
const KALIX = "https://pulse.microsoft.com/sv-se/work-productivity-sv-se/na/fa1-cyberattacken-mot-kalix-kommun/";
const TRANAS = "https://www.tranastidning.se/article/trygghetslarm-paverkades-av-tekniskt-fel/";

/** The Swedish entries that each fully answer "must I boil the water", "can I shower or bath", "where do I get water". */
const BOIL_SV = ["demo-0", "boil-water:sv:0"] as const;
const BATH_SV = ["demo-4", "boil-water:sv:1"] as const;
const FETCH_SV = ["demo-2", "no-water:sv:0"] as const;

export const blind8Questions: EvalQuestion[] = [
  // Boil-water notice: answerable.
  { q: "måste man verkligen koka kranvattnet nu eller kan man dricka det ändå", source: CRESTHILL, expected: BOIL_SV },
  { q: "hur länge ska vattnet koka innan det går att dricka", source: WATERDISTRICT2, expected: BOIL_SV },
  { q: "får man tandborsta med vatten direkt från kranen", source: BINGHAMTON, expected: "demo-5" },
  {
    q: "jag har en bebis på fyra månader, kan jag blanda ersättningen med vanligt kranvatten nu?",
    source: LEAKESVILLE,
    expected: "demo-6",
  },
  {
    q: "hjälp jag drack ett stort glas vatten ur kranen i morse innan jag läste om det här, kommer jag bli sjuk",
    source: WCDEV,
    expected: "demo-7",
  },
  { q: "går det bra å köra diskmaskinen som vanligt", source: WCDEV, expected: "demo-8" },
  { q: "kan jag tvätta kläder i tvättmaskinen fast vattnet är dåligt", source: WCDEV, expected: "demo-8" },
  { q: "varför ska vi koka vattnet, vad är det som har hänt", source: CRESTHILL, expected: "demo-9" },
  { q: "hur länge kommer vi behöva koka vattnet?", source: DAYTON, expected: ["demo-3", "boil-water:sv:0"] },
  { q: "vilka delar av stan berörs av det där med att koka vattnet", source: WCDEV, expected: "demo-1" },
  { q: "kan barnen bada i badkaret som vanligt", source: WCDEV, expected: BATH_SV },
  { q: "är det farlit att duscha nu när vattnet är smittat", source: BINGHAMTON, expected: BATH_SV },
  { q: "do we need to boil the tap water in Norrby right now?", source: CRESTHILL, expected: "boil-water:en:0" },
  {
    q: "can I still have a shower with this boil water thing going on",
    source: BINGHAMTON,
    expected: "boil-water:en:1",
  },

  // Boil-water notice: unanswerable.
  { q: "kan min hund dricka vattnet från kranen eller måste jag koka åt den också", source: HILLSBORO, expected: null },
  { q: "hur ska jag tvätta händerna, behövs handsprit nu", source: LEAKESVILLE, expected: null },
  { q: "vad är koliforma bakterier för något", source: WCDEV, expected: null },
  { q: "hur ofta tar ni prover på dricksvattnet i vanliga fall", source: WATERDISTRICT2, expected: null },
  { q: "vi har egen brunn, gäller det här oss också?", source: MELLERUD, expected: null },
  { q: "Do I need to boil the water I give to my dog?", source: HILLSBORO, expected: null },
  {
    q: "once the boil notice is lifted do I need to flush my pipes or run the taps first",
    source: LEAKESVILLE,
    expected: null,
  },

  // Water cut: answerable.
  { q: "vart kan man gå o hämta vatten när det inte kommer nåt ur kranen", source: ANGE, expected: FETCH_SV },
  { q: "Jag har inget vatten. Var får jag vatten?", source: ANGE, expected: FETCH_SV },
  {
    q: "jag är 82 och kan inte bära några dunkar, finns det någon som kan hjälpa mig med vatten",
    source: OSTERSUND,
    expected: "demo-2",
  },
  { q: "hur länge blir vi utan vatten, när kan man spola igen", source: OSTERSUND, expected: "no-water:sv:1" },
  {
    q: "we've had no water since this morning, is there anywhere handing out drinking water?",
    source: LDPCSD,
    expected: "no-water:en:0",
  },
  { q: "when will my water supply be restored", source: WICHITA, expected: "no-water:en:1" },

  // Water cut: unanswerable.
  { q: "vattnet är brunt nu när det kom tillbaka, är det farligt att dricka", source: ANGE, expected: null },
  { q: "ska jag stänga alla kranar medan vattnet är avstängt", source: OSTERSUND, expected: null },
  { q: "det fräser och spottar luft ur kranen efter avstängningen, är det normalt", source: OSTERSUND, expected: null },
  { q: "hur många liter vatten per person bör man ha hemma", source: SOLLEFTEA, expected: null },
  { q: "ska vi tappa upp vatten i badkaret innan de stänger av", source: AMERICAN_CANYON, expected: null },
  { q: "how long should I run the cold tap once the water comes back on", source: AMERICAN_CANYON, expected: null },
  { q: "varför syns inte avbrottet på kartan för min gata", source: WICHITA, expected: null },

  // Power cut: answerable.
  { q: "när får vi tillbaka elen", source: VATTENFALL, expected: "power-cut:sv:0" },
  {
    q: "hej det är helt mörkt här i hela kvarteret sen två timmar, har ni nån aning om hur länge det håller på",
    source: HUDIKSVALL,
    expected: "power-cut:sv:0",
  },
  {
    q: "min mamma har syrgasapparat hemma och strömmen är borta, vem ska jag ringa",
    source: SPEN,
    expected: "power-cut:sv:1",
  },
  { q: "any idea when the electricity will be back on?", source: PENDLETON, expected: "power-cut:en:0" },
  {
    q: "my elderly neighbour is stuck without power and needs help, who do I call",
    source: SPEN,
    expected: "power-cut:en:1",
  },

  // Power cut: unanswerable.
  { q: "ska man stänga av elementen när strömmen gått", source: VATTENFALL, expected: null },
  { q: "hur många timmar klarar sig maten i frysen om strömmen är borta länge", source: ORESUNDSKRAFT, expected: null },
  { q: "ska jag dra ur sladdarna till tv:n och datorn när strömmen går", source: SPEN, expected: null },
  { q: "får man nån ersättning om strömmen är borta mer än tolv timmar", source: VATTENFALL, expected: null },
  { q: "hur vet jag om det bara är en säkring hemma hos mig som har gått", source: GLOKALT, expected: null },
  { q: "hur håller man värmen i huset när elen är borta", source: ENERGIMYNDIGHETEN, expected: null },
  { q: "kommer det fortfarande vatten i kranen om strömavbrottet blir långt", source: ORESUNDSKRAFT, expected: null },
  { q: "funkar den trådlösa telefonen när strömmen är borta", source: SPEN, expected: null },
  { q: "är det ok med stearinljus eller ska man hålla sig till ficklampa", source: PENDLETON, expected: null },

  // Storm: answerable.
  { q: "vad ska man tänka på nu när det blåser upp till storm i natt", source: POHJANMAAN, expected: "storm:sv:0" },
  { q: "ska studsmattan och utemöblerna in inför ovädret?", source: POHJANMAAN, expected: "storm:sv:0" },
  { q: "kan jag gå ut i skogen med hunden när det stormar", source: MARTHA, expected: "storm:sv:0" },
  { q: "vart kollar jag varningarna för ovädret nånstans", source: FSBR, expected: "storm:sv:1" },
  { q: "what do I need to do before the storm hits tonight", source: SPEN, expected: "storm:en:0" },

  // Storm: unanswerable.
  { q: "behöver jag ta upp båten ur sjön innan stormen kommer", source: POHJANMAAN, expected: null },
  { q: "vad är det för nummer 113 13, när ska man ringa det", source: RSNV, expected: null },
  { q: "hur skyddar jag källaren mot översvämning när det ska regna så mycket", source: RSNV, expected: null },
  { q: "kommer stormen slå ut strömmen här tror ni", source: SPEN, expected: null },

  // Heat wave: answerable.
  { q: "det är 31 grader inne i lägenheten, hur håller man sig sval", source: ALVDALEN, expected: "heat-wave:sv:0" },
  { q: "vad ska man göra nu när det är så hemskt varmt", source: STROMSUND, expected: "heat-wave:sv:0" },
  { q: "vilka ska man hålla extra koll på under värmeböljan", source: MELLERUD, expected: "heat-wave:sv:1" },
  { q: "är värmen farlig för min pappa som är 85", source: RATTVIK, expected: "heat-wave:sv:1" },
  { q: "how do I keep cool in this heat, we don't have air con", source: SALFORD, expected: "heat-wave:en:0" },
  {
    q: "should I be checking in on the old lady next door with this heat",
    source: INDEPENDENT_AGE,
    expected: "heat-wave:en:1",
  },

  // Heat wave: unanswerable.
  { q: "hur ska jag förvara min medicin när det är så varmt", source: ALVDALEN, expected: null },
  { q: "vilka är tecknen på värmeslag", source: ALVDALEN, expected: null },
  { q: "får man vattna gräsmattan nu eller är det bevattningsförbud", source: VINGAKER, expected: null },
  { q: "råder det eldningsförbud, får vi grilla på tomten", source: VINGAKER, expected: null },
  { q: "när räknas det som värmebölja, hur många grader ska det vara", source: HYLTE, expected: null },
  { q: "is there an air-conditioned place nearby I can go to cool off", source: SALFORD, expected: null },

  // Fire smoke: answerable.
  { q: "det luktar bränt överallt ute, vad gör jag", source: RADAHJA, expected: "fire-smoke:sv:0" },
  { q: "hur gör man för att stänga ventilerna i lägenheten", source: RADAHJA, expected: "fire-smoke:sv:1" },
  {
    q: "jag bor i hyresrätt och vet inte hur man slår av fläkten nu när det brinner i närheten",
    source: KBAB,
    expected: "fire-smoke:sv:1",
  },
  {
    q: "there's smoke drifting over from the fire, should we stay inside?",
    source: AIRRATER,
    expected: "fire-smoke:en:0",
  },
  { q: "how do I shut the air vents, I'm only renting", source: NSW_HEALTH, expected: "fire-smoke:en:1" },

  // Fire smoke: unanswerable.
  { q: "är det farligt för lungorna att andas in röken från branden", source: AKTIA, expected: null },
  { q: "will a paper face mask protect me from the smoke", source: AIRRATER, expected: null },

  // VMA / shelter in place: answerable.
  { q: "vad är ett vma för nåt", source: HSB_VMA, expected: "shelter-in-place:sv:0" },
  {
    q: "hesa fredrik tjuter här utanför, vad betyder det och vad ska vi göra",
    source: HSB_VMA,
    expected: "shelter-in-place:sv:0",
  },
  { q: "när får man gå ut igen efter vma:et", source: RADAHJA, expected: "shelter-in-place:sv:1" },
  { q: "I got a VMA alert on my phone, what is that?", source: HSB_VMA, expected: "shelter-in-place:en:0" },
  { q: "kan vi gå ut nu eller gäller vma:et fortfarande", source: HSB_VMA, expected: "shelter-in-place:sv:1" },

  // VMA: unanswerable.
  { q: "kommer vma som sms till alla mobiler i området", source: HSB_VMA, expected: null },

  // Evacuation: answerable.
  { q: "vi måste lämna huset, vart ska vi åka?", source: VANNAS, expected: "evacuation:sv:0" },
  { q: "var är samlingsplatsen för oss som blir evakuerade", source: BJURHOLM, expected: "evacuation:sv:0" },
  { q: "när får vi flytta tillbaka till huset", source: KRIS_ATERVANDA, expected: "evacuation:sv:1" },
  { q: "we've been told to leave, where is the rest centre?", source: WESTYORKS, expected: "evacuation:en:0" },
  { q: "how long before we're allowed back into our house", source: SOUTHGLOS, expected: "evacuation:en:1" },

  // Evacuation: unanswerable.
  { q: "vi har två katter, får dom följa med till evakueringsstället", source: BRUKSHUNDEN, expected: null },
  { q: "vad ska vi packa med oss när vi måste lämna hemmet", source: CIVIL, expected: null },
  { q: "jag har ingen bil, hur ska jag ta mig därifrån", source: VANNAS, expected: null },
  { q: "måste man registrera sig nånstans när man har lämnat området", source: VANNAS, expected: null },
  { q: "can I bring my dog with me to the evacuation centre", source: SOUTHGLOS, expected: null },
  { q: "should I turn off the gas and electricity before we leave the house", source: ARTESIAN, expected: null },

  // School closure: answerable.
  { q: "varför är skolan i norrby stängd idag", source: THAMESMEAD, expected: "school-closed:sv:0" },
  {
    q: "ungarna har ingen skola och jag måste jobba, vart ska de ta vägen",
    source: BOLLEBYGD,
    expected: "school-closed:sv:1",
  },
  {
    q: "jag jobbar på sjukhuset, finns det nån omsorg för mina barn när skolan är stängd",
    source: SOLVESBORG,
    expected: "school-closed:sv:1",
  },
  { q: "why is the school shut, is it the water?", source: HESKIN, expected: "school-closed:en:0" },
  {
    q: "I'm a nurse on shifts, is there anywhere my kid can go while the school is closed",
    source: QUEENSDRIVE,
    expected: "school-closed:en:1",
  },

  // School closure: unanswerable.
  { q: "när öppnar skolan igen", source: ALL_SAINTS, expected: null },
  { q: "blir det någon lunch för barnen när skolan inte har vatten", source: THAMESMEAD, expected: null },
  { q: "behöver jag ett intyg från jobbet för att barnet ska få plats", source: SOLVESBORG, expected: null },
  { q: "får barnen skoluppgifter att göra hemma medan skolan är stängd", source: ALL_SAINTS, expected: null },

  // IT attack: answerable.
  {
    q: "era telefoner funkar inte och hemsidan ligger nere, hur kommer jag i kontakt med kommunen",
    source: VELLINGE,
    expected: "it-outage:sv:0",
  },
  { q: "när funkar e-tjänsterna igen efter dataintrånget", source: KALMAR_IT, expected: "it-outage:sv:1" },
  {
    q: "your website is down after the cyber attack, how can I get hold of the council",
    source: KALMAR_IT,
    expected: "it-outage:en:0",
  },
  { q: "when will your systems be up and running again", source: KALMAR_IT, expected: "it-outage:en:1" },

  // IT attack: unanswerable.
  { q: "har mina personuppgifter läckt ut i it-attacken", source: VELLINGE, expected: null },
  { q: "blir det förseningsavgift om fakturan kommer sent pga it-attacken", source: KALMAR_IT, expected: null },
  { q: "fungerar trygghetslarmet hos min mamma fast ni har it-problem", source: TRANAS, expected: null },
  { q: "har kommunen betalat lösensumman till hackarna", source: KALIX, expected: null },

  // General contact and information.
  { q: "vilka tider kan man ringa kommunens kundtjänst", source: KALMAR_IT, expected: "demo-general-0" },
  { q: "var lägger ni ut nyheter om hur läget är", source: FORSHAGA, expected: "demo-general-1" },
  { q: "kan jag få sms från kommunen när nåt sånt här händer", source: FORSHAGA, expected: null },
];
