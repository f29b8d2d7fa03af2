/**
 * HELD OUT: caller questions over the fourth foreign FAQ (../fixtures/foreignFaqD.ts), phrased the way callers say
 * them (colloquial, now and then misspelt, rambling, some English), each following a question or piece of advice on
 * a public page of another organisation than the entry's page, named in `source`. About half are answered by an
 * entry; the rest are realistic questions on the same incidents that no entry answers, several of them near misses
 * (the same incident and words, another question). Found with a search over stored public web pages, December 2026.
 */
import type { EvalQuestion } from "./questions.js";

const TROLLHATTAN = "https://www.trollhattanenergi.se/vatten-och-avlopp/dricksvatten/koka-dricksvattnet/";
const MIVA = "https://miva.se/vatten-och-avlopp/dricksvatten/vattenkvalitet/om-dricksvattnet-maste-kokas";
const COCOA = "https://www.cocoafl.org/Faq.aspx?QID=355";
const ANGE = "https://invanare.ange.se/bo-bygga-miljo-trafik/vatten-och-avlopp/dricksvatten/vattenavstangningar.html";
const OSTERSUND =
  "https://ostersund.se/bygga-bo-och-miljo/vatten-och-avlopp/kommunalt-vatten-och-avlopp/vattenavstangningar-och-andra-driftsstorningar.html";
const WBAB = "https://www.wbab.se/sidor/vattenochavlopp/omdublirutanvatten.4.78952cc17742e41570b5b34.html";
const ORESUNDSKRAFT = "https://www.oresundskraft.se/avbrottsinformation/tips-vid-stromavbrott/";
const BORLANGE = "https://www.borlange-energi.se/elnat/stromavbrott";
const VATTENFALL = "https://www.vattenfall.se/kundservice/amne/avbrott/tips-vid-stromavbrott/";
const EMB = "https://www.energimarknadsbyran.se/el/konsumentratt/elkvalitet-och-stromavbrott/stromavbrott/";
const KRISINFO = "https://www.krisinformation.se/detta-kan-handa/hemberedskap";
const WHITEHORSE = "https://whitehorse.vic.gov.au/living-working/emergencies/storms-and-trees";
const SUTHERLAND = "https://www.sutherlandshire.nsw.gov.au/your-environment/trees/property-damage-from-fallen-trees";
const ALVESTA = "https://www.alvesta.se/bygga-bo-och-miljo/vatten-och-avlopp/kallaroversvamning/";
const FALKOPING = "https://www.falkoping.se/bygga--bo/vatten-och-avlopp/rad-och-tips/oversvamning-i-kallaren";
const LERUM = "https://www.lerum.se/Bygga-bo-och-miljo/Vatten-och-avlopp/Kommunalt-vatten-och-avlopp/Oversvamning/";
const RONNEBY =
  "https://ronneby.se/omsorg--hjalp/nyheter-omsorg--hjalp/nyhet-omsorg--hjalp/2024-05-17-nar-det-blir-for-varmt---rad-till-dig-dina-vanner-och-anhoriga-vid-varmebolja.html";
const FHM_EXPRESSEN = "https://www.expressen.se/nyheter/mardromsprognosen-extremhettan-blir-kvar/";
const GOSPORT = "https://www.gosport.gov.uk/article/2352/Heatwave-and-Heat-Health-Alerts-advice";
const DANDERYD = "https://www.danderyd.se/driftinformation/aterkommande-driftinfo/sommarvarme/";
const UPPSALA_BRAND =
  "https://www.uppsalabrandforsvar.se/aktuellt/skarpt-eldningsforbud-och-fragor-om-vad-som-galler-vid-grillning/";
const RSGBG = "http://www.rsgbg.se/nyheter/2018/fragor-och-svar-kring-grillning-under-eldningsforbudet/";
const NORRKOPING_PLOG =
  "https://www.norrkoping.se/boende-trafik-och-miljo/trafik-och-parkering/gator-och-vagar/drift-och-underhall/vintervaghallning/fragor-och-svar/hur-prioriteras-bostadsgator-och-nar-kommer-ni-till-min-gata.html";
const UPPLANDSBRO =
  "https://www.upplands-bro.se/bo-bygga--miljo/trafik-och-boendemiljo/gata-park-och-trafik/vinterunderhall/vinterunderhall-vanliga-fragor.html";
const KUNGSOR =
  "https://kungsor.se/boende-miljo-och-trafik/gator-och-trafik/snorojning/fragor-och-svar-om-snorojning.html";
const LINKOPING =
  "https://www.linkoping.se/kommun-och-politik/kommunens-organisation/krisorganisation/information-om-coronaviruset/information-forskola-och-skola-om-coronaviruset/om-forskola-och-grundskola-stanger/";
const MSB_SKYDDSRUM =
  "https://www.msb.se/sv/amnesomraden/krisberedskap--civilt-forsvar/befolkningsskydd/skyddsrum/fragor-och-svar-om-skyddsrum/";
const SKYDDSRUM_SE = "https://skyddsrum.se/vanliga-fragor/";
const KRISTIANSTAD_POSOM =
  "https://www.kristianstad.se/omsorgochhjalp/akuthjalpkrishantering/sakerhetochkrishantering/posom.1066.html";
const SUNDBYBERG = "https://www.sundbyberg.se/kommun-politik/krisberedskap-och-totalforsvar/hemberedskap.html";

export const blind12Questions: EvalQuestion[] = [
  {
    q: "hej vi har ju kokningsrekomendation nu, kan jag göra kaffe i bryggaren med vanligt kranvatten?",
    source: TROLLHATTAN,
    expected: "fd-water-1",
  },
  { q: "kan jag ge hunden vatten direkt från kranen när man ska koka vattnet", source: MIVA, expected: null },
  { q: "måste jag koka vattnet jag borstar tänderna med också?", source: MIVA, expected: "fd-water-1" },
  {
    q: "I drank some tap water this morning before I heard about the boil notice, am I going to get sick?",
    source: COCOA,
    expected: null,
  },
  {
    q: "Can I cook pasta in the tap water or does that have to be boiled first too",
    source: TROLLHATTAN,
    expected: "fd-water-3",
  },
  { q: "varför tar det så lång tid innan ni får svar på vattenproverna", source: TROLLHATTAN, expected: null },
  { q: "is it ok to take a shower while we have to boil the water", source: COCOA, expected: "fd-water-3" },
  { q: "Does a water filter on the tap protect me during the boil notice?", source: COCOA, expected: null },
  {
    q: "får ungarna springa i vattenspridaren i trädgården nu när vattnet ska kokas",
    source: MIVA,
    expected: "fd-water-3",
  },
  { q: "hur ofta tar ni prover på dricksvattnet egentligen", source: TROLLHATTAN, expected: null },
  { q: "hur länge ska vattnet koka för att bakterierna ska dö", source: TROLLHATTAN, expected: "fd-water-4" },
  { q: "The street next to mine has the boil notice, does it apply to my house too?", source: COCOA, expected: null },
  { q: "How long should I boil the water for?", source: COCOA, expected: "fd-water-4" },
  {
    q: "how will I know when the boil order is lifted",
    source: "https://columbiaillinois.com/Faq.aspx?QID=67",
    expected: null,
  },
  {
    q: "kommer ni ställa ut några vattentankar nu när vi måste koka vattnet",
    source: WBAB,
    expected: ["fd-water-2", "fd-water-8"],
  },
  { q: "det läcker vatten från ett rör inne i mitt hus, kommer ni och lagar det?", source: WBAB, expected: null },
  { q: "det kommer inget vatten alls ur kranen, vad har hänt??", source: ANGE, expected: "fd-water-5" },
  { q: "får jag vattna gräsmattan med slang nu, det är ju bevattningsförbud va", source: DANDERYD, expected: null },
  { q: "när kommer vattnet tillbaka, vi har varit utan hela förmiddagen", source: OSTERSUND, expected: "fd-water-5" },
  {
    q: "vad händer om jag inte följer bevattningsförbudet, stänger ni av mitt vatten då",
    source:
      "https://www.vastervik.se/Vastervik-Miljo-och-Energi/Vatten-och-avlopp/bevattningsforbud/fragor-och-svar/om-du-bryter-mot-bevattningsforbudet/",
    expected: null,
  },
  {
    q: "vattnet är alldeles brunt nu när det kom tillbaka, är det farligt att dricka",
    source: ANGE,
    expected: "fd-water-6",
  },
  { q: "det sprutar och fräser luft ur kranen efter att ni lagat läckan", source: OSTERSUND, expected: "fd-water-6" },
  { q: "kan jag köra tvättmaskinen medan vattnet är avstängt", source: ANGE, expected: "fd-water-7" },
  { q: "var kan man hämta dricksvatten om det blir avstängt länge", source: ANGE, expected: "fd-water-8" },
  { q: "strömmen gick precis, vad ska jag göra först", source: ORESUNDSKRAFT, expected: "fd-power-1" },
  { q: "jag fick strömavbrott i 14 timmar får jag nån ersättning för det", source: EMB, expected: null },
  {
    q: "hur vet jag om det är bara hos mig eller hela området som är utan el",
    source: BORLANGE,
    expected: "fd-power-1",
  },
  { q: "frysen tinade under avbrottet och all mat blev förstörd, kan elbolaget betala", source: EMB, expected: null },
  {
    q: "mobilen funkar dåligt när elen är borta, hur ska man få reda på vad som händer",
    source: KRISINFO,
    expected: "fd-power-2",
  },
  { q: "det blir planerat elavbrott på torsdag och vi har hemlarm, vad gör vi", source: ORESUNDSKRAFT, expected: null },
  {
    q: "ska jag dra ur kontakterna och stänga av elementen när strömmen går",
    source: VATTENFALL,
    expected: "fd-power-3",
  },
  {
    q: "bor i lägenhet och det är bara vår lägenhet som är mörk, grannarna har ström",
    source: BORLANGE,
    expected: null,
  },
  {
    q: "det blir så kallt i huset utan el, hur håller vi värmen med småbarn",
    source: VATTENFALL,
    expected: "fd-power-4",
  },
  {
    q: "hur länge klarar sig maten i frysen om strömmen är borta hela natten",
    source: ORESUNDSKRAFT,
    expected: ["fd-power-5", "fd-power-6"],
  },
  {
    q: "power has been out for three hours now, is the stuff in my fridge still ok to eat",
    source:
      "https://www.annistonstar.com/features/food/how-long-will-food-keep-in-the-fridge-during-a-power-outage/article_52ff6de8-1a19-11eb-a738-534e1785a04f.html",
    expected: "fd-power-6",
  },
  { q: "a council tree fell on my roof in the storm, who pays to fix the house", source: SUTHERLAND, expected: null },
  { q: "big tree came down in my backyard in the storm, who removes it?", source: SUTHERLAND, expected: "fd-storm-1" },
  {
    q: "can I put the storm branches in my green bin",
    source:
      "https://queenscliffe.vic.gov.au/Your-Council/News-and-projects/Latest-news/Borough-begins-storm-damage-clean-up",
    expected: null,
  },
  {
    q: "ett träd har blåst ner över vägen efter stormen, vem ska jag ringa",
    source: WHITEHORSE,
    expected: "fd-storm-2",
  },
  { q: "vattnet forsar in i källaren, vad gör jag nu", source: ALVESTA, expected: "fd-flood-1" },
  {
    q: "vi har fått översvämning i källaren flera gånger, kan kommunen inte bygga om ledningarna",
    source: FALKOPING,
    expected: null,
  },
  {
    q: "vem kommer och pumpar ut vattnet ur källaren, är det räddningstjänsten?",
    source: ALVESTA,
    expected: "fd-flood-2",
  },
  { q: "hur skyddar jag huset innan skyfallet, ska man ha sandsäckar", source: LERUM, expected: null },
  { q: "kan man få ersättning av kommunen för källaröversvämningen", source: FALKOPING, expected: "fd-flood-1" },
  { q: "vem har ansvar för regnvattnet som blir stående på min tomt", source: LERUM, expected: null },
  { q: "det är så varmt ute, hur ska mamma klara sig hon är 85 och bor själv", source: RONNEBY, expected: "fd-heat-1" },
  {
    q: "det är 30 grader inne i lägenheten och hyresvärden gör inget, vem klagar jag till",
    source: FHM_EXPRESSEN,
    expected: null,
  },
  {
    q: "pappa tar vätskedrivande, behöver han ändra nåt nu i värmeböljan",
    source: FHM_EXPRESSEN,
    expected: "fd-heat-2",
  },
  { q: "måste vi spara på vattnet nu när det är så varmt", source: DANDERYD, expected: null },
  {
    q: "how can you tell if someone is getting heat exhaustion",
    source: "https://www.salford.gov.uk/health-and-social-care/hot-weather-advice/",
    expected: "fd-heat-2",
  },
  { q: "får jag fylla poolen i sommar eller är det förbjudet", source: DANDERYD, expected: null },
  { q: "should I be checking on my old neighbour in this heat", source: GOSPORT, expected: "fd-heat-3" },
  { q: "is it safe to go swimming in the sea during the heatwave", source: GOSPORT, expected: null },
  { q: "får man grilla alls nu när det är eldningsförbud", source: UPPSALA_BRAND, expected: "fd-fire-1" },
  { q: "det regnade lite igår, är eldningsförbudet borta då?", source: RSGBG, expected: null },
  { q: "kan jag ta med engångsgrill till stranden nu med eldningsförbudet", source: RSGBG, expected: "fd-fire-1" },
  { q: "vi är på campingen, får vi grilla där eller inte", source: UPPSALA_BRAND, expected: null },
  {
    q: "får jag grilla på balkongen med gasolgrillen",
    source: "https://www.adrfastigheter.se/17/33/grilla/",
    expected: "fd-fire-2",
  },
  {
    q: "Fire ban: are we allowed to set off fireworks this weekend?",
    source: "https://www.askrikecamping.se/brandrisk-fire-risk/",
    expected: null,
  },
  {
    q: "får jag elda upp trädgårdsavfallet i helgen",
    source: "https://www.rtjskaraborg.se/privatperson/eldningsforbud/",
    expected: null,
  },
  { q: "när kommer plogbilen till vår gata, det är ju helt igensnöat", source: NORRKOPING_PLOG, expected: "fd-snow-1" },
  { q: "varför plogar ni inte nu medan det snöar", source: KUNGSOR, expected: null },
  {
    q: "plogen la en jättevall framför min infart, ni får komma och ta bort den",
    source: UPPLANDSBRO,
    expected: "fd-snow-2",
  },
  { q: "varför kör ni inte bort snön efter att ni plogat", source: UPPLANDSBRO, expected: null },
  { q: "det är spegelblankt på trottoaren, vem ska sanda där", source: UPPLANDSBRO, expected: "fd-snow-3" },
  { q: "får jag skotta ut snön från tomten ut på gatan", source: KUNGSOR, expected: null },
  { q: "varför saltar ni inte vägarna i förväg", source: KUNGSOR, expected: null },
  {
    q: "jag kommer inte in i e-tjänsten och mejlet studsar, är det hackerattacken",
    source: "https://mitti.se/nyheter/stockholms-stads-hemsida-lag-nere-6.3.253399.6580bfcbde",
    expected: "fd-cyber-1",
  },
  {
    q: "har mina personuppgifter läckt ut nu i den där it-attacken mot kommunen",
    source: "https://upphandling24.se/oro-for-leverantorslacka",
    expected: null,
  },
  {
    q: "funkar trygghetslarmet för mamma fast ni har haft attack mot nätet?",
    source: "https://www.sn.se/nyheter/gnesta/gnesta-kommuns-nat-gick-ner-efter-rysk-attack-sm4848079.aspx",
    expected: null,
  },
  {
    q: "om skolan stänger, jag jobbar på sjukhuset, får mitt barn vara kvar då",
    source: LINKOPING,
    expected: "fd-school-1",
  },
  {
    q: "kan jag anmäla redan nu att jag behöver barnomsorg om förskolan stänger",
    source: LINKOPING,
    expected: "fd-school-1",
  },
  {
    q: "vem är det som bestämmer om skolan ska stängas",
    source:
      "https://bollebygd.se/barnochutbildning/grundskola/omforskolanellerskolanskullestanga.106.1e2e77d91721db0e2aacf532.html",
    expected: null,
  },
  {
    q: "lillasyster går på en skola som är stängd, måste storebror stanna hemma också",
    source:
      "https://www.monsteras.se/omsorg-och-stod/trygg-och-saker/om-coronaviruset-och-covid-19/for-vardnadshavare-barn-och-unga/om-forskole-och-skolstangning/",
    expected: null,
  },
  {
    q: "får jag gå in i skyddsrummet i grannhuset fast jag inte bor där",
    source: MSB_SKYDDSRUM,
    expected: "fd-shelter-1",
  },
  { q: "hur många skyddsrum finns det i sverige", source: SKYDDSRUM_SE, expected: null },
  {
    q: "skyddsrummet i vår källare är fullt med cyklar och grejer, hur ska det gå till",
    source: SKYDDSRUM_SE,
    expected: "fd-shelter-2",
  },
  { q: "vem har ansvar för skyddsrummet i vårt hus", source: MSB_SKYDDSRUM, expected: null },
  {
    q: "hur vet man när man ska gå till skyddsrummet, blir det larm?",
    source: MSB_SKYDDSRUM,
    expected: "fd-shelter-3",
  },
  { q: "jag har inget skyddsrum nära mig, vart ska jag ta vägen", source: MSB_SKYDDSRUM, expected: null },
  { q: "hur länge kan man vara i ett skyddsrum", source: SKYDDSRUM_SE, expected: null },
  {
    q: "flera i byn omkom i olyckan, finns det nåt krisstöd från kommunen",
    source: KRISTIANSTAD_POSOM,
    expected: "fd-crisis-1",
  },
  {
    q: "min son mår jättedåligt efter branden, vem kan han prata med",
    source: "https://sunne.se/kommun/stod-och-omsorg/trygg-och-saker/kris-och-beredskap/stod-vid-en-kris/",
    expected: "fd-crisis-2",
  },
  { q: "vad ska man ha hemma i en krislåda", source: SUNDBYBERG, expected: "fd-prep-1" },
  { q: "hur mycket vatten behöver man ha hemma per person", source: KRISINFO, expected: null },
  {
    q: "what should I keep at home in case something happens, like a crisis kit",
    source: KRISINFO,
    expected: "fd-prep-1",
  },
  { q: "hur mycket medicin ska man ha hemma inför en kris", source: KRISINFO, expected: null },
];
