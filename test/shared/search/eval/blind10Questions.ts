/**
 * The seventh search round's held-out set: caller questions over a foreign FAQ (../fixtures/foreignFaqB.ts), entries
 * other municipalities, utilities and authorities publish, so that its figures say whether the search generalises
 * beyond the FAQ the product ships. Each question follows a real question or piece of advice on a public page of
 * another authority, utility or council than the entry's (URL in `source`), phrased the way a caller would put it
 * (colloquial, misspelt now and then, easy Swedish, rambling), mostly Swedish, some English. About half are
 * answerable (`expected`: the entry or entries whose answer an agent could read to the caller) and half realistic
 * questions on the same incidents that no entry answers (`expected: null`), among them near misses that share words
 * with an entry but ask something else. Written 2026-12-04 by reading only foreignFaqB, never by running the search on
 * these questions; only blind10.test.ts reads them, and prints totals only.
 */
import type { EvalQuestion } from "./questions.js";

const GILLELEJE = "https://www.gillelejevand.dk/Praktisk-Information/Hj%C3%A6lp-til-l%C3%A6kages%C3%B8gning";
const BERGEN =
  "https://www.bergen.kommune.no/hvaskjer/tema/meldinger-fra-vaktsentralen/driftsrutiner/har-du-mistet-vannet";
const UPPSALA_VA = "http://docplayer.se/1907868-Va-fakta-for-fastighetsagare.html";
const HIGHWOOD = "https://www.cityofhighwood.com/FAQ.aspx?QID=63";
const DAYTON_OH = "https://daytonohio.gov/FAQ.aspx?QID=351";
const INVERNESS = "http://www.inverness-fl.gov/FAQ.aspx?QID=62";
const EVANSVILLE = "https://evansvillegov.org/egov/apps/faq/list.egov?view=details&id=25";
const COLUMBIA = "https://columbiaillinois.com/FAQ.aspx?QID=68";
const HUVAND = "http://huvand.dk/forbrugerinfo/vandkvalitet/om-kogeanbefaling";
const ALVDALEN_EL =
  "https://www.alvdalen.se/kommun-och-politik/trygghet-sakerhet-och-kris/krisberedskap/elavbrott.html";
const LANDSKRONA =
  "https://www.landskrona.se/en/invanare/leva-bo/krisberedskap/krisscenarion-och-hur-du-kan-forbereda-dig/elavbrott/";
const STAFFANSTORP = "https://www.staffanstorpsenergi.se/vid-stromavbrott/att-tanka-pa/";
const BOLLEBYGD =
  "https://www.bollebygd.se/omsorgochstod/tryggochsaker/vidintraffandeavenkris/forbereddigpaenkris.4.7a78c068155c58ca6893fa11.html";
const MALA = "https://mala.se/bo-bygg-och-miljo/sakerhet-och-raddning/stromavbrott";
const YSTAD = "https://www.ystad.se/ystadenergi/nyheter/avbrottsinformation/";
const HEMAB =
  "https://www.hemab.se/nyhetsarkivaldre/arkivnyheter/skadorersattningochreklamation.5.44ddddcf142f9e3c8514a1.html";
const LGE_KU = "https://lge-ku.com/newsletters/37426/37406";
const MLANDP = "https://www.mlandp.com/Outages-Safety/FAQs";
const LOMMA = "https://lomma.se/byggaboochmiljo/naturvardparker/trad.1578.html";
const KOKKOLA = "https://www.kokkola.fi/sv/meddelanden/rojning-av-vindfallen-efter-storm/";
const KRISTINEHAMN = "http://www.kristinehamn.se/boende-miljo/tr%C3%A4df%C3%A4llning-r%C3%B6jning";
const HABO = "https://habokommun.se/Gator--trafik/Torg-och-allmanna-platser/Parker-och-gronomraden/Nedtagning-av-trad/";
const UPPLANDS_BRO =
  "https://www.upplands-bro.se/bo-bygga--miljo/trafik-och-boendemiljo/gata-park-och-trafik/vinterunderhall/vinterunderhall-vanliga-fragor.html";
const HORBY = "http://www.horby.se/resorochtrafik/gatorochvagar/vintervaghallning/Sidor/Vanliga-fragor.aspx";
const NORRKOPING_SNO =
  "https://www.norrkoping.se/boende-trafik-och-miljo/trafik-och-parkering/gator-och-vagar/drift-och-underhall/vintervaghallning/fragor-och-svar/varfor-tar-ni-inte-bort-snovallar-vid-infarter-soptunnor-och-brevlador.html";
const ENKOPING = "https://novisen.enkoping.se/bo-trafik-och-miljo/aga-bostad/plogning-och-sandning.html";
const SKOVDE_SNO = "https://skovde.se/trafik-infrastruktur/gator-och-torg/snorojning/nar-snorojer-ni/";
const LUND = "https://lund.se/nyheter/aktuellt/rad-vid-varmebolja";
const KUNSKAPSGUIDEN =
  "https://kunskapsguiden.se/omraden-och-teman/arbetsmetoder-och-perspektiv/varmebolja-att-forebygga-och-hantera-dess-effekter/planera-vard-och-omsorg-infor-varmeboljor-for-verksamhetsansvarig/";
const NODAVA = "http://www.nodava.se/?q=node/460";
const ULRICEHAMN = "https://www.ulricehamn.se/vid-eldningsforbud-eller-torka/";
const LJUSDAL =
  "https://www.ljusdal.se/samhallegator/krisochsakerhet/arkiveradkrisinformation/nyhetsarkivkrisinformationbranden/efterslackningvadinnebardetformigsommarkagare.5.6cbbb702164e162645142fba.html";
const RTJAMTLAND = "https://www.rtjamtland.se/nyheter/2024/05/23/rad-till-dig-som-markagare/";
const JORDBRUKSVERKET =
  "https://jordbruksverket.se/om-jordbruksverket/krisberedskap-och-civilt-forsvar/evakuering-av-djur";
const BJURHOLM_BRAND =
  "https://www.bjurholm.se/kommun-och-politik/trygg-och-saker---krisberedskap/risker-i-kommunen/skogsbrand";
const UPPSALA_BRAND =
  "https://www.uppsalabrandforsvar.se/aktuellt/skarpt-eldningsforbud-och-fragor-om-vad-som-galler-vid-grillning/";
const HOOR = "https://www.hoor.se/nyheter/lansstyrelsen-haver-forbudet-att-grilla-pa-egen-tomt/?translate=true";
const SAPMI = "https://www.sapmi.se/vart-arbete/skog/skogsbrander/";
const LAKE_COUNTY = "http://www.co.lake.ca.us/Government/Directory/Administration/OES/BePrepared/Evacuations.htm";
const EL_PASO = "http://rsg.epcsheriff.com/";
const SPEK =
  "https://www.spek.fi/sv/sakerhet/beredskap-i-hemmet/befolkningsskydd/evakuering-dvs-forflyttning-av-befolkning/";
const KINDA =
  "https://www.kinda.se/stodochomsorg/tryggochsaker/krisberedskap/forebyggoversvamning.4.2c5b084015fcc6afb687d899.html";
const LJUNGBY = "https://www.ljungby.se/sv/om-kommunen/raddningstjansten/om-olyckan-ar-framme/hoga-vattenfloden/";
const FALKOPING =
  "http://www.falkoping.se/byggabo/vattenochavlopp/vakundtjanstochvanligafragor/oversvamningikallare.4.3a4e0736148f48426589e8d.html";
const TORSAS =
  "https://www.torsas.se/kommun-och-politik/kris-och-sakerhet/krisberedskap/oversvamning-inkl-drabbad-av-oversvamning/";
const BOTKYRKA_KALLARE =
  "https://www.botkyrka.se/bo--bygga/vatten-och-avlopp/viktigt-att-veta-om-kallaroversvamningar/ansvar-och-utredning.html";
const HJO =
  "https://hjo.se/kommun--politik/sakerhet--trygghet/krisberedskap/vad-kan-handa-i-hjo/skyfall-och-oversvamning";
const SEFTON = "https://dev-seften.uksouth01.umbraco.io/environment/flooding/flooding-faqs";
const THURROCK = "https://thurrock.gov.uk/flood-risks/flooding-emergencies";
const HACKNEY = "https://news.hackney.gov.uk/update-on-cyberattack-on-council-services/";
const SOUTH_TYNESIDE = "https://southtyneside.gov.uk/article/4773/Cyber-security";
const GOTLAND = "https://www.gotland.se/110056";
const KRONOBERG =
  "https://www.regionkronoberg.se/halsa-vard-tandvard/coronavirus/vaccination-mot-covid-19/fragor-och-svar-om-vaccination-mot-covid-19/";
const RJL =
  "https://folkhalsaochsjukvard.rjl.se/vardstod/smittskydd-och-vardhygien/smittskydd-och-vardhygien/fragor-och-svar-om-vaccin-mot-covid-19/";
const NORRKOPING_VACCIN = "https://norrkoping.se/coronaviruset/vaccination-covid-19";
const FHM_VACCIN =
  "https://www.folkhalsomyndigheten.se/smittskydd-beredskap/utbrott/aktuella-utbrott/covid-19/vaccination-mot-covid-19/nar-far-jag-mitt-vaccin/";
const KRISINFO_VACCIN =
  "https://www.krisinformation.se/detta-kan-handa/handelser-och-storningar/20192/myndigheterna-om-det-nya-coronaviruset/vaccin-mot-covid-19/fragor-och-svar-om-vaccin";
const FASS = "https://www.fass.se/LIF/menydokument?userType=2&menyrubrikId=11141";
const ASELE = "https://asele.se/nyheter/fragor-och-svar-om-vaccin/";

export const blind10Questions: EvalQuestion[] = [
  // Water leaks, discoloured water, boiling
  {
    q: "det susar från vattenmätaren fast alla kranar är avstängda, betyder de att det läcker nånstans?",
    source: GILLELEJE,
    expected: "fb-water-1",
  },
  {
    q: "vi har inget vatten i kranen alls sen i morse, är det avstängt hos er eller är det fel hos oss?",
    source: BERGEN,
    expected: null,
  },
  {
    q: "vem ska betala om vattenröret läcker ute på min tomt, är det ni eller jag?",
    source: BERGEN,
    expected: "fb-water-2",
  },
  {
    q: "hur länge brukar vattnet vara avstängt när en huvudledning har gått sönder i gatan?",
    source: EVANSVILLE,
    expected: null,
  },
  {
    q: "Hej, vi har fått en läcka på ledningen precis vid tomtgränsen mot gatan. Vems ansvar är det att laga den, och vad ska jag göra nu?",
    source: UPPSALA_VA,
    expected: "fb-water-2",
  },
  {
    q: "My water has been brown all day, how long is it going to stay like this?",
    source: INVERNESS,
    expected: null,
  },
  {
    q: "Why is my water brown after the crews fixed the main on our street?",
    source: HIGHWOOD,
    expected: "fb-water-en-1",
  },
  {
    q: "kan jag dricka vattnet direkt från kranen nu eller måste jag fortfarande koka det?",
    source: COLUMBIA,
    expected: null,
  },
  {
    q: "the water coming out of the tap is kind of rusty today, is it safe to drink or not",
    source: DAYTON_OH,
    expected: "fb-water-en-1",
  },
  {
    q: "hur länge ska vattnet koka, räcker det att det bubblar eller ska det koka en minut?",
    source: HUVAND,
    expected: null,
  },
  {
    q: "Is it ok for the kids to take a bath while the boil order is on?",
    source: COLUMBIA,
    expected: "fb-boil-en-1",
  },
  {
    q: "kokningsrekomendationen är hävd nu, måste jag spola ur ledningarna i huset innan vi dricker?",
    source: COLUMBIA,
    expected: "fb-boil-2",
  },
  {
    q: "vi har en ismaskin i kylen, ska vi slänga isen nu när vi får dricka vattnet igen?",
    source: COLUMBIA,
    expected: "fb-boil-1",
  },
  {
    q: "kaffebryggaren då, måste jag diska den eller nåt nu när kokningen är över?",
    source: HUVAND,
    expected: "fb-boil-1",
  },
  // Power cuts
  {
    q: "hur länge blir vi utan ström, finns det nån prognos?",
    source: LANDSKRONA,
    expected: null,
  },
  {
    q: "blir vi utan vatten i kranen om strömmen går här?",
    source: ALVDALEN_EL,
    expected: "fb-power-1",
  },
  {
    q: "ska man stänga av elementen när strömmen är borta?",
    source: STAFFANSTORP,
    expected: null,
  },
  {
    q: "får vi varmvatten när elen är borta? vi har inte fjärrvärme utan en vanlig varmvattenberedare",
    source: BOLLEBYGD,
    expected: "fb-power-1",
  },
  {
    q: "hur länge håller frysen om man inte öppnar den?",
    source: BOLLEBYGD,
    expected: null,
  },
  {
    q: "behöver jag tappa upp vatten i dunkar innan dom stänger av elen?",
    source: STAFFANSTORP,
    expected: "fb-power-1",
  },
  {
    q: "kan jag ringa 112 från mobilen om strömmen är borta och masten inte funkar?",
    source: MALA,
    expected: null,
  },
  {
    q: "funkar wifi:n när strömmen är borta? jag jobbar hemifrån",
    source: MALA,
    expected: "fb-power-2",
  },
  {
    q: "får jag använda fotogenkamin inne när elen är borta, det börjar bli kallt",
    source: MALA,
    expected: null,
  },
  {
    q: "kan jag fortfarande använda internet i mobilen under elavbrottet?",
    source: LANDSKRONA,
    expected: "fb-power-2",
  },
  {
    q: "var finns det tappställen med nödvatten i kommunen?",
    source: ALVDALEN_EL,
    expected: null,
  },
  {
    q: "hur länge måste strömmen vara borta innan man får pengar tillbaka?",
    source: YSTAD,
    expected: "fb-power-4",
  },
  {
    q: "Why do you want me to call, doesn't your system know my power is out?",
    source: MLANDP,
    expected: null,
  },
  {
    q: "måste jag själv ansöka om avbrottsersättningen efter stormen eller kommer den automatiskt",
    source: HEMAB,
    expected: "fb-power-4",
  },
  {
    q: "In what order do you repair the lines after the storm? Who gets their power back first?",
    source: LGE_KU,
    expected: null,
  },
  {
    q: "teven gick sönder när strömmen kom tillbaka, kan jag få ersättning för den?",
    source: HEMAB,
    expected: "fb-power-5",
  },
  {
    q: "all mat i frysen tinade under elavbrottet, vem ersätter det?",
    source: BOLLEBYGD,
    expected: "fb-power-5",
  },
  {
    q: "strömmen gick precis, hela huset e mörkt, vem ska jag ringa",
    source: LANDSKRONA,
    expected: "fb-power-6",
  },
  {
    q: "jag vet inte om det bara är hos mig eller om hela området saknar el, hur gör jag en felanmälan?",
    source: BOLLEBYGD,
    expected: "fb-power-6",
  },
  {
    q: "My mum is on oxygen at home, what help can she get if the power goes off?",
    source: LGE_KU,
    expected: "fb-power-en-1",
  },
  // Storm and fallen trees
  {
    q: "det ligger ett träd över vägen hit efter stormen, vem ska jag ringa?",
    source: KOKKOLA,
    expected: null,
  },
  {
    q: "ett träd från parken blåste ner på vårt staket i natt, betalar kommunen för det?",
    source: LOMMA,
    expected: "fb-storm-1",
  },
  {
    q: "en elledning har blåst ner i trädgården, vad gör jag?",
    source: KOKKOLA,
    expected: null,
  },
  {
    q: "vems ansvar är det om ett friskt träd välter över bilen i stormen",
    source: KOKKOLA,
    expected: "fb-storm-1",
  },
  {
    q: "grannens träd hänger över vårt tak efter stormen, kan kommunen tvinga honom att ta ner det?",
    source: KOKKOLA,
    expected: null,
  },
  {
    q: "det står en stor gran på kommunens mark som lutar mot vårt hus, kan ni komma och ta ner den innan nästa storm?",
    source: KRISTINEHAMN,
    expected: "fb-storm-2",
  },
  {
    q: "får man ta ved från träden som blåste ner i kommunens skog?",
    source: KRISTINEHAMN,
    expected: null,
  },
  {
    q: "får jag fälla tallen bakom tomten själv? den står på kommunens mark och jag är rädd att den ska blåsa ner på huset",
    source: HABO,
    expected: "fb-storm-2",
  },
  // Snow
  {
    q: "det snöar som bara den, varför har inte plogbilarna kommit än?",
    source: UPPLANDS_BRO,
    expected: "fb-snow-1",
  },
  {
    q: "det slutade snöa igår kväll men vår gata är fortfarande inte plogad, varför?",
    source: ENKOPING,
    expected: null,
  },
  {
    q: "plogbilen lämnade en jättevall framför min uppfart igen, ska inte ni ta bort den?",
    source: HORBY,
    expected: "fb-snow-2",
  },
  {
    q: "varför sandar ni inte gångvägen, det är flughalt",
    source: UPPLANDS_BRO,
    expected: null,
  },
  {
    q: "vem ska skotta bort snövallen vid infarten som plogen lagt dit, jag kommer inte fram till soptunnan",
    source: NORRKOPING_SNO,
    expected: "fb-snow-2",
  },
  {
    q: "varför kör ni inte bort snöhögarna, man ser ingenting i korsningen",
    source: UPPLANDS_BRO,
    expected: null,
  },
  {
    q: "kan ni inte ta bort snövallen utanför mitt hus, jag kommer inte ut med bilen",
    source: ENKOPING,
    expected: "fb-snow-2",
  },
  {
    q: "jag skottade trottoaren och sen kom plogen och la tillbaka allt, varför gör ni så?",
    source: HORBY,
    expected: null,
  },
  {
    q: "när kommer plogen till vår gata?",
    source: SKOVDE_SNO,
    expected: null,
  },
  // Heat
  {
    q: "det är 30 grader i min lägenhet och jag mår dåligt av värmen, vem kan jag vända mig till?",
    source: LUND,
    expected: "fb-heat-1",
  },
  {
    q: "min pappa på äldreboendet har det jättevarmt på rummet, vad gör ni åt det?",
    source: KUNSKAPSGUIDEN,
    expected: null,
  },
  {
    q: "varför ska vi spara på vattnet nu, är det brist på vatten?",
    source: NODAVA,
    expected: "fb-heat-2",
  },
  {
    q: "hur ska jag förvara insulinet när det är så här varmt?",
    source: LUND,
    expected: null,
  },
  {
    q: "jag läste att man ska vara sparsam med kranvattnet i värmen, vad beror det på?",
    source: ULRICEHAMN,
    expected: "fb-heat-2",
  },
  {
    q: "mormor är yr och lite förvirrad i värmen, vad ska jag göra?",
    source: LUND,
    expected: null,
  },
  {
    q: "vår brunn har sinat i torkan, kan kommunen hjälpa oss med vatten?",
    source: ULRICEHAMN,
    expected: null,
  },
  // Forest fire and evacuation
  {
    q: "räddningstjänsten har åkt från branden i min skog, är det jag som ska släcka resten nu?",
    source: LJUSDAL,
    expected: "fb-fire-1",
  },
  {
    q: "får man grilla på egen tomt när det är eldningsförbud?",
    source: UPPSALA_BRAND,
    expected: null,
  },
  {
    q: "hur länge måste jag som markägare bevaka brandområdet efter skogsbranden?",
    source: RTJAMTLAND,
    expected: "fb-fire-1",
  },
  {
    q: "är engångsgrill tillåtet i parken nu?",
    source: HOOR,
    expected: null,
  },
  {
    q: "om vi måste evakuera, vad gör jag med mina hästar?",
    source: JORDBRUKSVERKET,
    expected: "fb-fire-2",
  },
  {
    q: "hur stänger jag av ventilationen när röken från branden kommer hit?",
    source: BJURHOLM_BRAND,
    expected: null,
  },
  {
    q: "det luktar rök här hemma men jag ser ingen eld, ska jag ringa 112?",
    source: BJURHOLM_BRAND,
    expected: "fb-fire-3",
  },
  {
    q: "när får vi gå i skogen igen efter branden? vi vill plocka blåbär",
    source: SAPMI,
    expected: null,
  },
  {
    q: "where can I get updates about the forest fire in English?",
    source: LAKE_COUNTY,
    expected: "fb-fire-en-1",
  },
  {
    q: "What should we pack if we have to evacuate?",
    source: LAKE_COUNTY,
    expected: null,
  },
  {
    q: "we were evacuated yesterday, when can we go back to our house?",
    source: LAKE_COUNTY,
    expected: "fb-evac-en-1",
  },
  {
    q: "ordnar kommunen nånstans att bo om vi måste lämna huset?",
    source: SPEK,
    expected: null,
  },
  {
    q: "Can I go back in to get my medicine now that we've left the evacuation zone?",
    source: EL_PASO,
    expected: "fb-evac-en-1",
  },
  // Flooding
  {
    q: "var får man tag på sandsäckar, delar kommunen ut såna?",
    source: KINDA,
    expected: "fb-flood-1",
  },
  {
    q: "kan jag kräva kommunen på pengar för att källaren svämmade över?",
    source: BOTKYRKA_KALLARE,
    expected: null,
  },
  {
    q: "vattnet stiger vid ån, kan kommunen köra hit sandsäckar till oss?",
    source: LJUNGBY,
    expected: "fb-flood-1",
  },
  {
    q: "hur skyddar vi huset innan skyfallet kommer?",
    source: HJO,
    expected: null,
  },
  {
    q: "hjälp vi har vatten i källaren, vad ska jag göra först?",
    source: FALKOPING,
    expected: "fb-flood-2",
  },
  {
    q: "kan man låna en pump av kommunen?",
    source: LJUNGBY,
    expected: null,
  },
  {
    q: "källaren har svämmat över efter regnet, ska jag ringa försäkringsbolaget?",
    source: TORSAS,
    expected: "fb-flood-2",
  },
  {
    q: "Is it safe to drive through the flooded road to get to work?",
    source: THURROCK,
    expected: null,
  },
  {
    q: "do you collect the sandbags after the flood or what do I do with them?",
    source: SEFTON,
    expected: "fb-flood-en-1",
  },
  // Cyber attack
  {
    q: "Has my personal information been stolen in the cyber attack on the council?",
    source: HACKNEY,
    expected: "fb-cyber-en-1",
  },
  {
    q: "I got an email saying it's from the council asking for my bank details, is that real?",
    source: SOUTH_TYNESIDE,
    expected: null,
  },
  {
    q: "Who is behind the attack on the council?",
    source: HACKNEY,
    expected: null,
  },
  // Vaccination
  {
    q: "kan jag boka vaccinationstid åt min mamma? hon klarar inte datorn",
    source: GOTLAND,
    expected: "fb-vacc-1",
  },
  {
    q: "när är det min tur att vaccinera mig?",
    source: FHM_VACCIN,
    expected: null,
  },
  {
    q: "jag har inget bank-id, hur bokar jag tid för vaccin då?",
    source: ASELE,
    expected: "fb-vacc-2",
  },
  {
    q: "kan man bli smittad av själva vaccinet?",
    source: KRONOBERG,
    expected: null,
  },
  {
    q: "jag hade covid förra månaden, ska jag ändå ta sprutan?",
    source: RJL,
    expected: "fb-vacc-3",
  },
  {
    q: "hur länge ska jag vänta efter att jag haft covid innan jag tar nästa dos?",
    source: RJL,
    expected: null,
  },
  {
    q: "jag är allergisk mot ägg, finns det ägg i vaccinet?",
    source: RJL,
    expected: null,
  },
  {
    q: "nån ringde och sa att de var från 1177 och ville ha mitt bank-id för vaccinet, är det på riktigt?",
    source: NORRKOPING_VACCIN,
    expected: null,
  },
  {
    q: "måste jag vaccinera mig på min egen vårdcentral eller kan jag ta en annan?",
    source: GOTLAND,
    expected: null,
  },
  {
    q: "är vaccinet säkert, det togs ju fram så snabbt?",
    source: KRISINFO_VACCIN,
    expected: null,
  },
  // Medicine shortage
  {
    q: "apoteket säger att min medicin är restnoterad, vad betyder det?",
    source: FASS,
    expected: "fb-med-2",
  },
  {
    q: "kan apoteket byta ut min medicin mot en likadan från ett annat märke?",
    source: FASS,
    expected: null,
  },
  {
    q: "varför är min blodtrycksmedicin slut på alla apotek?",
    source: FASS,
    expected: "fb-med-1",
  },
];
