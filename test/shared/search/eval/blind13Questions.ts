/**
 * HELD OUT: caller questions over the fifth foreign FAQ (../fixtures/foreignFaqE.ts), phrased the way callers say
 * them (colloquial, now and then misspelt, rambling, some English, some very short), each following a question or
 * piece of advice on a public page of another organisation than the entry's page, named in `source`. About half are
 * answered by an entry; the rest are realistic questions on the same incidents that no entry answers, many of them
 * near misses (the same incident and words, another question). Labelled by reading each entry's answer: a question
 * is answerable only when an answer actually answers it. Found with a search over stored public web pages,
 * December 2026.
 */
import type { EvalQuestion } from "./questions.js";

const BRAND112 = "https://brand112.se/hem-fritid/eldningsforbud/";
const RVAST = "https://www.rvast.se/privatperson/tips-och-rad/eldningsforbud";
const SVT_TIO = "https://www.svt.se/nyheter/inrikes/tio-fragor-och-svar-om-sveriges-skogsbrander";
const KRIS_SKRED =
  "https://www.krisinformation.se/nyheter/2014/augusti/okad-risk-for-ras-och-skred-efter-kraftiga-regnfall";
const DEMO_SKRED =
  "https://demo.krisinformation.se/detta-kan-handa/extremt-vader-och-naturolyckor/ras-och-skred/samhallets-beredskap-vid-ras-och-skred";
const NATIONEN = "http://www.nationen.no/reportasje/a-bu-pa-utrygg-grunn/";
const COPELAND = "https://www.cumbriacrack.com/2018/02/16/copeland-council-issues-delayed-tax-bills-cyber-attack/";
const NEWSANDSTAR =
  "https://www.newsandstar.co.uk/news/16744499.aftermath-copeland-cyber-attack-results-large-council-tax-bills/";
const HACKNEY_CITIZEN = "https://hackneycitizen.co.uk/2024/09/04/hackney-residents-anger-council-tax-mess";
const SALA = "https://svt.se/nyheter/lokalt/vastmanland/sala-kommun-utsatt-for-overbelastningsattack?mobilmeny=1";
const KALIX =
  "https://vimmerbytidning.se/nyheter/inrikes/it/artikel/kalix-fixade-lon-och-hemtjanst-trots-attack/l6p343zj";
const HALLSBERG =
  "https://www.na.se/artikel/kommunen-utsatt-for-cyberattack-it-chefen-ser-allvarligt-pa-situationen-vi-utnyttjas-som-mellanhander";
const WOKE = "https://wokeonwater.org/do-s-and-don-ts-of-boil-water-notices/";
const CALLER = "http://www.caller.com/news/water-qampa-inside";
const SAFEWATER =
  "https://safewater.zendesk.com/hc/en-us/articles/212079537-My-area-is-under-a-boil-water-advisory-is-it-safe-to-bath-or-shower-";
const AOL = "https://www.aol.com/safe-shower-under-boil-water-112547616.html";
const STUDYRES = "https://studyres.com/doc/5766562/boil-water-advisory-frequently-asked-questions";
const LAHCFD = "https://www.lahcfd.org/poor-air-quality-what-you-can-do/";
const LISTOS = "https://listoscalifornia.org/disaster-readiness/wildfire-smoke";
const OREGONLIVE = "https://www.oregonlive.com/clackamascounty/index.ssf/2018/08/when_it_comes_to_wildfire_smok.html";
const EPA = "https://www.epa.gov/wildfires/frequent-questions-about-wildland-fire-smoke-individuals";
const GREENLAND = "https://naalakkersuisut.gl/da/Naalakkersuisut/Nyheder/2019/08/110819-Nakorsaaneqarfik";
const SR_FALKENBERG = "http://sverigesradio.se/sida/artikel.aspx?programid=128&artikel=6675953";
const EXPRESSEN_21 = "https://www.expressen.se/nyheter/experterna-svarar-pa-21-fragor-om-branden/?complete-navigation";
const BT = "https://www.bt.no/nyheter/utenriks/i/BJXJEE/Brannevakuerte-beboere-i-Sverige-far-dra-hjem";
const NAAJU = "https://naaju.com/sweden/after-the-evacuation-now-some-may-come-back-news";
const BERGEN =
  "https://www.bergen.kommune.no/innbyggerhjelpen/brannvern-samfunnssikkerhet-og-beredskap/samfunnsikkerhet-og-beredskap/beredskap/kommunal-innlosjering-ved-akutt-evakuering";
const PORSGRUNN = "https://www.porsgrunn.kommune.no/samfunnssikkerhet-og-beredskap/evakuering/";
const BORATT = "https://borattforum.se/skyfallskada-vilka-forsakringar-galler/";
const BORATT_SKYDD = "https://borattforum.se/skydd-for-skyfall/";
const BRF = "https://www.bostadsratterna.se/artiklar/2019/extremvader-kan-oka-antalet-vattenskador";

export const blind13Questions: EvalQuestion[] = [
  // Fire ban
  {
    q: "får man använda engångsgrill nu när det är eldningsförbud? vi ska till stranden",
    source: BRAND112,
    expected: "fe-eld-5",
  },
  {
    q: "varför har ni infört eldningsförbud egentligen, det regnade ju i tisdags",
    source: SVT_TIO,
    expected: "fe-eld-1",
  },
  {
    q: "vem är det som bestämmer om eldningsförbudet, kommunen eller länsstyrelsen?",
    source: BRAND112,
    expected: "fe-eld-2",
  },
  {
    q: "vi har bröllop på lördag med grillbuffé ute på gården vid skogen, kan man söka dispens nånstans?",
    source: BRAND112,
    expected: "fe-eld-3",
  },
  {
    q: "får jag grilla vid grillplatsen nere vid badplatsen, den med betongring runt",
    source: BRAND112,
    expected: "fe-eld-4",
  },
  { q: "vi står på camping med husvagnen, får vi grilla där eller", source: RVAST, expected: "fe-eld-6" },
  { q: "is it allowed to use a disposable bbq during the fire ban?", source: SVT_TIO, expected: "fe-eld-5" },
  { q: "får jag grilla med gasolgrill på balkongen?", source: RVAST, expected: null },
  { q: "vad blir böterna om man eldar ändå", source: BRAND112, expected: null },
  { q: "när tar eldningsförbudet slut?", source: SVT_TIO, expected: null },
  { q: "får jag ha med stormkök på fjällturen nästa vecka", source: BRAND112, expected: null },
  { q: "får man ha levande ljus och fotogenlampor ute i trädgården på kalaset", source: RVAST, expected: null },
  { q: "är det ok att röka i skogen om man fimpar ordentligt", source: SVT_TIO, expected: null },
  { q: "får vi elda upp riset på tomten, vi bor inne i byn", source: RVAST, expected: null },
  // Landslide
  {
    q: "hur vet man om ens hus ligger där det är risk för skred? finns det nån karta man kan kolla",
    source: DEMO_SKRED,
    expected: "fe-skred-2",
  },
  { q: "är det vanligt med skred alltså hur ofta händer det", source: NATIONEN, expected: "fe-skred-3" },
  { q: "kan man dö i ett skred? jag bor nära älven och är jätteorolig", source: NATIONEN, expected: "fe-skred-4" },
  {
    q: "vad menas med skredrisk egentligen när ni säger att det är hög risk",
    source: DEMO_SKRED,
    expected: "fe-skred-1",
  },
  { q: "where can I see where big landslides have happened before", source: NATIONEN, expected: "fe-skred-3" },
  {
    q: "det har kommit sprickor i marken bakom huset efter regnet, vem ska jag ringa?",
    source: KRIS_SKRED,
    expected: null,
  },
  { q: "betalar kommunen om skredet förstör vårt hus", source: DEMO_SKRED, expected: null },
  { q: "vi är evakuerade pga skredet, när får vi flytta hem igen", source: NATIONEN, expected: null },
  { q: "finns det bidrag för att förstärka slänten ner mot ån vid min tomt", source: DEMO_SKRED, expected: null },
  { q: "skred?? vägen till stugan, är den avstängd", source: KRIS_SKRED, expected: null },
  // Cyberattack on a council
  {
    q: "my direct debit for council tax didnt come out this month because of the hack, should I just pay it another way?",
    source: COPELAND,
    expected: "fe-cyber-1",
  },
  {
    q: "hi, about the council hack, is my direct debit going to be the normal amount or will they take double",
    source: NEWSANDSTAR,
    expected: "fe-cyber-2",
  },
  {
    q: "can i pay council tax by card over the phone while your systems are down",
    source: HACKNEY_CITIZEN,
    expected: "fe-cyber-3",
  },
  {
    q: "we're buying a flat and the solicitor says the local search is stuck because of the cyber attack, what do we do",
    source: COPELAND,
    expected: "fe-cyber-4",
  },
  { q: "I sent in a planning application in September, is it lost now?", source: NEWSANDSTAR, expected: "fe-cyber-5" },
  {
    q: "will I get a late payment penalty if my payment is late because of the hack",
    source: HACKNEY_CITIZEN,
    expected: null,
  },
  { q: "has my personal data been stolen in the cyber attack?", source: HACKNEY_CITIZEN, expected: null },
  {
    q: "I got a massive council tax bill after the attack and cant pay it all at once, can I pay in bits",
    source: COPELAND,
    expected: null,
  },
  { q: "kommer lönen ut som vanligt trots it-attacken? jobbar i hemtjänsten", source: KALIX, expected: null },
  { q: "skolplattformen funkar inte, hur sjukanmäler jag mitt barn?", source: SALA, expected: null },
  { q: "e-tjänsterna ligger nere, hur lämnar jag in min bygglovsansökan nu", source: SALA, expected: null },
  {
    q: "got an email from the council asking me to confirm my bank details after the cyber attack, is that real??",
    source: HALLSBERG,
    expected: null,
  },
  { q: "can I still report a noise complaint", source: NEWSANDSTAR, expected: null },
  { q: "när är kommunens system uppe igen?", source: SALA, expected: null },
  // Water notice
  { q: "can i give the baby a bath in the tap water or not", source: SAFEWATER, expected: "fe-water-2" },
  { q: "är det okej att duscha nu när man inte får dricka vattnet", source: AOL, expected: "fe-water-2" },
  { q: "can I still do laundry?", source: AOL, expected: "fe-water-1" },
  { q: "is the ice maker in my fridge safe to use", source: CALLER, expected: "fe-water-4" },
  { q: "hur ska jag diska, jag har ingen diskmaskin", source: WOKE, expected: "fe-water-3" },
  { q: "what about the dog, can he drink from the tap", source: CALLER, expected: "fe-water-4" },
  { q: "får man borsta tänderna med kranvattnet?", source: CALLER, expected: "fe-water-1" },
  { q: "can I wash my hands in the tap water", source: WOKE, expected: "fe-water-2" },
  { q: "can i water my vegetable garden", source: CALLER, expected: "fe-water-1" },
  { q: "how long do I need to boil the water for", source: STUDYRES, expected: null },
  { q: "I drank a glass of tap water by mistake, will I get sick?", source: AOL, expected: null },
  { q: "when will the notice be lifted", source: STUDYRES, expected: null },
  { q: "var kan man hämta vatten, ställer ni ut tankar nånstans?", source: STUDYRES, expected: null },
  { q: "why is the water unsafe, whats actually in it", source: STUDYRES, expected: null },
  { q: "do I need to run the taps to flush the pipes once the notice is lifted", source: WOKE, expected: null },
  // Wildfire smoke
  {
    q: "my mum is 84 and lives on her own, should someone be checking on her with all this smoke?",
    source: LISTOS,
    expected: "fe-smoke-1",
  },
  { q: "är röken från skogsbranden giftig?", source: SR_FALKENBERG, expected: "fe-smoke-4" },
  {
    q: "jag har astma, ska jag ta mer medicin nu när det luktar rök överallt",
    source: GREENLAND,
    expected: ["fe-smoke-4", "fe-smoke-2"],
  },
  { q: "how do I keep the smoke out of the house", source: EPA, expected: "fe-smoke-3" },
  {
    q: "we dont have AC and its boiling inside with the windows shut, what are we supposed to do",
    source: EPA,
    expected: "fe-smoke-3",
  },
  { q: "is the smoke worse for kids?", source: LISTOS, expected: "fe-smoke-1" },
  {
    q: "how much medicine and food should we have at home while the smoke lasts",
    source: LISTOS,
    expected: "fe-smoke-2",
  },
  { q: "can I light candles inside or is that bad with the smoke", source: LAHCFD, expected: "fe-smoke-3" },
  { q: "ska man ha munskydd ute? vilken sort funkar", source: OREGONLIVE, expected: null },
  { q: "can I let the dog out in the smoke", source: EPA, expected: null },
  { q: "how do I clean up the ash on my patio", source: EPA, expected: null },
  { q: "ska jag ringa 112 om jag ser rök?", source: SVT_TIO, expected: null },
  { q: "where can I check the air quality where I live", source: LAHCFD, expected: null },
  { q: "förskolan imorgon? har de stängt pga röken", source: LISTOS, expected: null },
  // Evacuation after a forest fire
  {
    q: "vi blev evakuerade igår och har ingenstans att sova, ordnar kommunen boende?",
    source: BERGEN,
    expected: "fe-evak-1",
  },
  { q: "I want to volunteer to help with the fires, who do I contact", source: SVT_TIO, expected: "fe-evak-2" },
  { q: "var hittar jag senaste info om läget efter branden", source: SVT_TIO, expected: "fe-evak-3" },
  { q: "vår stuga brann upp, vem pratar man med om försäkringen", source: EXPRESSEN_21, expected: "fe-evak-5" },
  { q: "min granne kan bara arabiska, finns infon om branden på andra språk?", source: NAAJU, expected: "fe-evak-6" },
  { q: "hur kunde branden sprida sig så snabbt?", source: EXPRESSEN_21, expected: "fe-evak-7" },
  { q: "jag äger mark som berörs av branden, vem ska jag kontakta", source: EXPRESSEN_21, expected: "fe-evak-4" },
  {
    q: "finns det nåt stöd man kan prata med, barnen mår dåligt efter evakueringen",
    source: BERGEN,
    expected: ["fe-evak-1", "fe-evak-4"],
  },
  { q: "när får vi flytta tillbaka hem efter evakueringen?", source: BT, expected: null },
  { q: "får vi ta med hunden till evakueringsboendet", source: PORSGRUNN, expected: null },
  { q: "betalar kommunen hotellet om vi måste bo där en hel vecka", source: BERGEN, expected: null },
  { q: "hur många hektar har brunnit", source: SVT_TIO, expected: null },
  { q: "kan jag få ersättning för skogen som brann?", source: EXPRESSEN_21, expected: null },
  { q: "how do I get my medicine if the pharmacy is inside the evacuated area", source: PORSGRUNN, expected: null },
  { q: "skolan imorgon?", source: NAAJU, expected: null },
  // Flooded basement
  { q: "källaren är full av vatten efter skyfallet, vem ska jag ringa först?", source: BORATT, expected: "fe-flood-3" },
  {
    q: "är det kommunens fel att det kom upp vatten ur golvbrunnen? vem är ansvarig för sånt",
    source: BRF,
    expected: "fe-flood-1",
  },
  {
    q: "hur utreder ni om det är ert ansvar eller mitt att källaren svämmade över",
    source: BORATT_SKYDD,
    expected: "fe-flood-2",
  },
  { q: "jag hyr, vem betalar för mina grejer i källarförrådet som blev förstörda", source: BORATT, expected: null },
  { q: "kan jag få tillbaka självrisken av kommunen", source: BORATT, expected: null },
  { q: "det läcker in regn genom taket, täcker försäkringen det", source: BRF, expected: null },
  { q: "var kan jag få tag på sandsäckar", source: BORATT_SKYDD, expected: null },
  { q: "can someone come and pump the water out of my basement", source: BORATT_SKYDD, expected: null },
];
