import { evalSet } from "./build.js";
import { CERC, MSB, KRIS, RF, KLAR, PLAIN, DEBUNK, FACTUAL, IMPARTIAL, OPEN, ADAPTED, FAST } from "./guidance.js";
import type { EvalMessage } from "./types.js";

/**
 * Fifth blind set, HELD OUT: never tune rules on it and never print its items (scripts/checklist-eval.ts prints
 * figures only). Written on 2026-12-03 for the second round of generalisation, BEFORE any rule was changed in that
 * round, and measured once then (README). Written by the engineer who then changed the rules, without reading the
 * rule lists while writing; worded away from the other sets on purpose.
 *
 * GOOD_BLIND5: real messages published by authorities (Swedish and Finland-Swedish municipalities and utilities,
 * Krisinformation.se/Sveriges Radio, councils in New Zealand, Australia, Ireland and England, a US water division,
 * a US county) found in a stored copy of public web pages and used in no other set. Condensed; the authority's own
 * sentences kept; `source` names any newspaper or aggregator too. `mustFlag` is empty.
 *
 * BAD_BLIND5: messages written for this set (not publications) from the failure patterns crisis-communication
 * guidance warns about, about two per pattern, Swedish and English. Many are complete, otherwise sound messages
 * with ONE flaw; a few are short. Places, people, companies, numbers and addresses in them are invented.
 */

const { real, bad } = evalSet("v");

export const GOOD_BLIND5: EvalMessage[] = [
  real(
    "sv",
    "bulletin",
    "Information om vattenavbrott på grund av avgrävd vattenledning",
    `Reparationsarbetet pågår. Först åtgärdas den läckande avloppsledningen. Därefter skall vattenledningen lagas innan vattnet kan släppas på. Det finns risk att det kommit in föroreningar i ledningsnätet, därför skall allt vatten för dryck eller matlagning kokas.
Det gäller tills nya prover visar ok vatten. Info kommer på hemsida och facebook. Osäkert hur lång tid det kan ta.
Berört område är: Långviksvägen från Lagerbäcksvägen fram till Långviks gård, Långgårdsvägen, Kolbacksvägen från korsningen med Långgårdsvägen söder ut till korsningen med Lagerbäcksvägen.
Vatten kan under tiden hämtas i Pumpstation 8 Kolbacksvägen nära Långgårdsvägen.`,
    "http://langvik.se/info-om-vattenavbrott/ (Långviks vattenförening, 2018-11-15)",
  ),
  real(
    "sv",
    "bulletin",
    "Vattenledning läcker i Haiko 18.3",
    `Uppdatering kl. 11.50. Området där vattnet stängs måste utvidgas från det ursprungliga.
Ett läckage har upptäckts längs Haikovägen. Reparationsarbetena påbörjades ungefär kl. 9. Vattnet stängs under reparationsarbetet. Arbetet beräknas vara klart under dagen. Kunderna meddelades via sms.
Rent dricksvatten finns vid korsningen av Annas väg och Kristinas gränd. En vattenkärra hämtas också till Ebbas väg.
Som följd av ledningsarbetet kan störningar i vattenkvaliteten (rostigt och grumligt vatten, luft i vattenledningen) förekomma under några dygns tid i närliggande områden. Kunderna ombeds vid sin vattenanvändning beakta möjliga kvalitetsstörningar och låta vattnet rinna en stund tills det är klart.`,
    "https://www.porvoo.fi/sv/nyheter/vattenledning-lacker-i-haiko-18-3/ (Borgå stad)",
  ),
  real(
    "sv",
    "bulletin",
    "Bevattningsförbud i Lövviken och Fågelkärr",
    `Från och med 19 juni är det bevattningsförbud i Lövviken och Fågelkärr. Det innebär att kommunalt dricksvatten endast ska användas till mat, dryck och hygien. Förbudet gäller tillsvidare.
Tänk på att även väggutkastare kan vara kommunalt dricksvatten. Är du osäker? Öppna kranen och vrid på vattnet, om vattenmätaren rör sig är kranen kopplad till det kommunala dricksvattennätet.
Förbudet gäller för följande:
• Bevattning av gräsmattor eller växter med vattenslang, droppslang eller vattenspridare.
• Uppfyllnad av pooler och bassänger.
• Biltvätt med slang eller högtryckstvätt. Detta gäller inte på bensinmackar eller biltvättar där vattnet återanvänds.
• Rengöring av fasader, tak, altaner och liknande med vattenslang eller högtryckstvätt.`,
    "https://amaq.se/bevattningsforbud-lovviken-och-fagelkarr/ (AMAQ, Åmåls kommuns VA-bolag)",
  ),
  real(
    "sv",
    "bulletin",
    "Bevattningsförbudet hävs – men uppmanar till sparsam förbrukning",
    `Vi har gått in i en period där vädret är lite mer ostadigt med inslag av regn vilket troligtvis kommer innebära att förbrukningen av det kommunala dricksvattnet inte kommer ligga på så pass hög förbrukning att produktionen inte hinner med.
Därför hävs nu förbudet – men med en fortsatt uppmaning till både företagare och privatpersoner att vara så sparsamma som möjligt med sin vattenförbrukning.
Så kan du vara sparsam med vattnet:
- Duscha kortare och stäng av vattnet när du schamponerar.
- Diska inte under rinnande vatten.
- Kör fulla disk- och tvättmaskiner.`,
    "https://munkfors.se/print-info.php?print=25278 (Munkfors kommun, 2023-06-22)",
  ),
  real(
    "sv",
    "bulletin",
    "Bevattningsförbud gäller från och med idag 2021-06-18",
    `Med anledning av den värme som har kommit så ser vi en risk med vattentillförseln. Vi stärker därmed upp detta genom att införa bevattningsförbud fr.o.m. dagens datum.
Vi inför klass 3 i våra bestämmelser kring skyddsnivå vad gäller vattentillgång.
Följande gäller:
• Förbud mot fyllning av pool och spa-bad
• Förbud mot att bevattna grönytor med slang/vattenspridare (gräsmattor, blomland, eller annan växtlighet)
• Förbud mot bevattning av fotbollsplaner, tennisplaner eller liknande
• Förbud mot tvättning med högtryckstvätt (fordonstvätt, fasadtvätt eller liknande)`,
    "https://www.el.herrljunga.se/storning/bevattningsforbud-galler-fran-och-med-idag-2021-06-18/ (Herrljunga Elektriska)",
  ),
  real(
    "en",
    "bulletin",
    "Important public announcement to the public in Åmål",
    `Smoke development in the industrial area Nygård. The smoke is dangerous to inhale. The rescue services request everyone in the area to go indoors and close doors, windows and ventilation.
For more information listen to Sveriges Radio P4 Väst.`,
    "https://krisinformation.se/en/news/2020/june/vma-amal (Krisinformation.se, source Sveriges Radio, 2020-06-16)",
  ),
  real(
    "en",
    "bulletin",
    "Extreme caution advised as flood clean-up continues",
    `As Civil Defence and welfare agencies work to support those affected by the weekend's floods, the clean-up continues across the region.
Most roads affected by the flooding have been cleared and made safe, however repair assessments will take place over the coming weeks.
Council Director of Lifelines, Dave Wilson says the Council and emergency services are still in the response phase. "Conditions across parts of the region are expected to be extremely dangerous for some time and we advise people to only travel when absolutely necessary."
Council encourages those affected by the flooding to reach out for support by calling 0800 653 800. Check here for updated road conditions.`,
    "https://www.gdc.govt.nz/council/news/2021-news-archive/extreme-caution-advised-as-flood-clean-up-continues (Gisborne District Council, 2021-06-24)",
  ),
  real(
    "en",
    "bulletin",
    "Be safe in flood events",
    `Whilst flood waters recede this week, further major downpours are forecast for the summer and Council is reiterating the message of the NSW SES to never enter flood waters.
Significant damage has been caused to Council infrastructure, particularly roads, with Council teams working hard to undertake assessments and reopen roads only when it is safe to do, however debris remains and may take time to clear.
Council's General Manager Brad Cam said flooding events may continue, and residents are urged to abide by road closures and follow advice from the SES. "If you come across a flooded road, simply stop and turn back. Never drive, ride, or walk through flood water."
All current road closure information is available on Council's website and Facebook. As of 12 noon on Wednesday, 26 October, Mudgee and areas downstream of Windamere Dam, in particular Riverlea remain on Flood Advice alert. Updates to alert status changes will be made at hazardwatch.nsw.gov.au`,
    "https://midwestern.nsw.gov.au/Council/Media-and-news/Latest-news/Be-safe-in-flood-events (Mid-Western Regional Council, 2022-10-26)",
  ),
  real(
    "en",
    "bulletin",
    "Weather Updates – Sunday 29th October",
    `The Council's Flood Assessment Team met this morning to review conditions and flooding impact across the county with ongoing monitoring taking place across the weekend.
Continued vigilance is advised as some roads may still be flooded. There is likely to be further localised flooding again this evening during the period of high tides (including but not limited to Ballyboggan Road at Carcur, Wellington Bridge and the Burrow Road, Rosslare Strand).
A road closure will be in place on the R730 at Ardcandrisk with local diversions with effect from 5.30pm this evening.
Drive with caution across the weekend and do not drive through flood waters due to unseen dangers and depth of flood. Flooding issues can be reported on 24-hour line 053 919 6000. For emergencies, please dial 112 or 999.`,
    "https://www.southeastradio.ie/notice-weather-updates-from-wexford-county-council/ (Wexford County Council, via South East Radio, 2023-10-29)",
  ),
  real(
    "en",
    "bulletin",
    "Precautionary boil water advisory",
    `The Water Division has not detected any contamination to the water supply but asks customers in the affected area to boil their tap water when utilizing drinking and cooking. The precautionary boil water advisory will remain in effect until water quality samples confirm the water is safe for consumption. The duration of the precautionary boil order advisory can be 24 - 48 hours.
The affected neighborhoods under the precautionary boil water advisory are as follows: Bevo Mill, Boulevard Heights, Carondelet, Dutchtown, Holly Hills, Mount Pleasant and Lindenwood Park.`,
    "https://www.riverbender.com/news/details/st-louis-boil-order-advisory-65893.cfm (City of St. Louis Water Division, via RiverBender.com, 2023-06-09)",
  ),
  real(
    "en",
    "bulletin",
    "Resources for evacuated Santa Barbara County residents",
    `Evacuation orders have been issued for communities below the Sherpa, Whittier and Thomas fire burn areas, effective at 10 a.m. Tuesday, due to the risk of debris flows.
The Sheriff's Department advises people to prepare to be out of their homes for a week. Law enforcement agencies will be staffing roadblocks and patrols within evacuation zones.
The county's debris flow risk map, with impacted evacuation areas shown in red, is online at ReadySBC.org.
An evacuation center will be set up at the Goleta Valley Community Center, 5679 Hollister Ave. for affected residents, and will open at 10 a.m. Tuesday for anyone facing evacuation orders. People who need assistance evacuating animals should contact the county's Animal Hotline at 805.681.4332.`,
    "https://www.noozhawk.com/article/resources_for_evacuated_santa_barbara_county_residents_20190114 (Santa Barbara County and Sheriff's Department, via Noozhawk, 2019-01-14)",
  ),
  real(
    "en",
    "bulletin",
    "Council issues flooding update with more rain forecast",
    `Heavy rain has seen homes put at risk of flooding in Cirencester recently with more than 70 without power on Christmas day due to a substation flooding.
The Council has been working with its contractor Ubico to provide strategic sandbagging to protect properties and liaising with affected residents to give them support and advice.
Gloucestershire Fire and Rescue Service and Thames Water have been pumping water away but with heavy rain forecast tonight, problems may worsen before we see surface water recede and river levels drop.
Leader of the Council, Joe Harris, said: "We are replenishing sand bag supplies for communities at risk where the town and parish Councils have already exhausted their supplies. I would urge flood affected residents to email information to response.hub@cotswold.gov.uk"`,
    "https://news.cotswold.gov.uk/news/council-issues-flooding-update-with-more-rain-forecast (Cotswold District Council)",
  ),
];

export const BAD_BLIND5: EvalMessage[] = [
  // speculation about cause, inside an otherwise complete message
  bad(
    "sv",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    `${MSB}; ${KRIS}`,
    "Vattenläcka på Storgatan",
    "Klockan 06.15 i morse upptäcktes en vattenläcka på Storgatan i Hallby. Omkring 40 hushåll är utan vatten. Vår gissning är att tjälen har spräckt det gamla gjutjärnsröret. Nödvatten finns att hämta vid Hallby skola. Vi räknar med att vattnet är tillbaka vid 15-tiden och uppdaterar här klockan 12.",
  ),
  bad(
    "en",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    CERC,
    "Fire at Millfield recycling plant",
    "Firefighters are tackling a fire at the Millfield recycling plant on Dock Road. Residents within half a mile should keep windows and doors shut. Everything points to a discarded lithium battery having set the bales alight. Dock Road is closed between the roundabout and the bridge. We will post an update at 4pm on millfield.gov.uk.",
  ),
  bad(
    "sv",
    "social",
    "speculation about cause",
    FACTUAL,
    KRIS,
    undefined,
    "Elavbrottet i Norrvik: allt tyder på att någon har saboterat transformatorstationen med flit. Elnätsbolaget jobbar på att koppla om.",
  ),
  // casualty figures from social media / hearsay
  bad(
    "sv",
    "bulletin",
    "unconfirmed deaths or injuries",
    FACTUAL,
    KRIS,
    "Olycka på riksväg 40",
    "En tung lastbil och en buss har kolliderat på riksväg 40 vid Ekås. Vägen är helt avstängd i båda riktningar och trafiken leds om via Tranemo. Bilder som delas i en lokal grupp på nätet visar att minst sex passagerare har förts bort i ambulans. Undvik området. Nästa uppdatering kl. 17.00.",
  ),
  bad(
    "en",
    "bulletin",
    "unconfirmed deaths or injuries",
    FACTUAL,
    CERC,
    "Building collapse on Station Road",
    "Part of a disused warehouse on Station Road collapsed at about 10am. Emergency services are at the scene. Neighbours posting online say two workers are still trapped under the rubble. Please avoid Station Road and follow directions from officers. Further information at 1pm.",
  ),
  // blame
  bad(
    "sv",
    "bulletin",
    "blame",
    IMPARTIAL,
    RF,
    "Översvämning i Ängsbacka",
    "Källare i Ängsbacka har fått in vatten efter nattens skyfall. Kommunen delar ut sandsäckar vid brandstationen fram till kl. 20. Att det blev så här illa är helt och hållet byggbolagets fel, som fyllde igen diket förra året trots att vi sa nej. Ring 0520-49 70 00 om du behöver hjälp.",
  ),
  bad(
    "en",
    "bulletin",
    "blame",
    IMPARTIAL,
    CERC,
    "Water outage in Hollins",
    "About 300 homes in Hollins have no water after a main burst overnight. Bottled water is available at Hollins community hall until 8pm. Frankly, residents who ignored last winter's leak warnings share the blame for how bad this has become. Repairs should be finished by 6pm.",
  ),
  // partisan praise
  bad(
    "sv",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    RF,
    "Ny reservkraft på plats",
    "Äldreboendena i kommunen har nu reservkraft. Det är ett direkt resultat av att Centerpartiet drev igenom satsningen mot oppositionens vilja. Vid strömavbrott fortsätter värme och larm att fungera. Frågor besvaras av kontaktcenter på 0455-30 30 00.",
  ),
  bad(
    "en",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    RF,
    "Flood barriers in place",
    "Temporary flood barriers are now up along the river path in Kelby. They were only possible because the Liberal Democrat administration fought for the funding that the previous Conservative council refused. Do not walk on the barriers. Updates at kelby.gov.uk.",
  ),
  // stigmatising labels
  bad(
    "sv",
    "bulletin",
    "stigmatising group labels",
    IMPARTIAL,
    `${RF}; ${MSB}`,
    "Bränder i papperskorgar",
    "Under helgen har det brunnit i flera papperskorgar i Centrum. Polisen utreder. Vi vet att det är ungdomarna från flyktingboendet som brukar hänga där på kvällarna. Ring 112 om du ser brand.",
  ),
  bad(
    "en",
    "social",
    "stigmatising group labels",
    IMPARTIAL,
    CERC,
    undefined,
    "Measles case confirmed at the Harbour Road site, where the Roma families are camped. Everyone else in town should check their vaccination status with their GP.",
  ),
  // empty reassurance
  bad(
    "sv",
    "bulletin",
    "empty reassurance",
    FACTUAL,
    MSB,
    "Gaslukt i Västerby",
    "Många har hört av sig om gaslukt i Västerby i kväll. Vi vill lugna alla: det här är ingenting att bry sig om och det finns verkligen inget att vara orolig för. Kommunen följer läget.",
  ),
  bad(
    "en",
    "bulletin",
    "empty reassurance",
    FACTUAL,
    CERC,
    "River discolouration",
    "We know people have noticed the river turning orange near Pell Bridge. Let us be clear: there is zero danger to anyone and nobody needs to change anything they do. The council is on top of it.",
  ),
  // refusing to comment
  bad(
    "sv",
    "bulletin",
    "refusing to comment",
    OPEN,
    MSB,
    "Angående händelsen på Lindskolan",
    "Med hänvisning till pågående utredning avstår kommunen från att lämna några uppgifter om händelsen på Lindskolan. Vi hänvisar till polisen.",
  ),
  bad(
    "en",
    "bulletin",
    "refusing to comment",
    OPEN,
    CERC,
    "Statement on the Ashgate incident",
    "The council is aware of reports about Ashgate depot. We are not in a position to discuss the matter at this time and will make no further statement.",
  ),
  // internal jargon
  bad(
    "sv",
    "bulletin",
    "internal jargon",
    ADAPTED,
    KLAR,
    "Lägesinformation",
    "KLG har sammanträtt kl. 08.00. TiB har initierat samverkan med RTJ och VA-jouren. Insatsen går nu i fas 2 enligt kontinuitetsplanen och ISF bemannas dygnet runt. Nästa lägesbild kl. 14.00.",
  ),
  bad(
    "en",
    "bulletin",
    "internal jargon",
    ADAPTED,
    PLAIN,
    "Situation update",
    "Silver command has stood up the TCG and a multi-agency SCG is scheduled for 1400. CAT 2 status maintained; BCP invoked for Depot B. Next sitrep 1800.",
  ),
  // bureaucratic passive, no action
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive with no action for readers",
    ["audienceAdapted", "active"],
    KLAR,
    "Information",
    "Ärendet har överlämnats till ansvarig förvaltning för vidare beredning. Frågan bereds för närvarande och beslut kommer att fattas i vederbörlig ordning när underlaget har sammanställts.",
  ),
  bad(
    "en",
    "bulletin",
    "bureaucratic passive with no action for readers",
    ["audienceAdapted", "active"],
    PLAIN,
    "Update",
    "The issue has been escalated and is being progressed in accordance with established protocols. Outcomes will be communicated once the review has been concluded.",
  ),
  // myth-first correction
  bad(
    "sv",
    "correction",
    "myth-first correction",
    ["audienceAdapted"],
    DEBUNK,
    "Har kranvattnet i Bergby förgiftats?",
    "På sociala medier sägs det att någon har hällt gift i vattentornet i Bergby och att man kan bli allvarligt sjuk av kranvattnet. Vi har tagit prover och de visar att vattnet är som vanligt. Du kan dricka vattnet.",
  ),
  bad(
    "en",
    "correction",
    "myth-first correction",
    ["audienceAdapted"],
    DEBUNK,
    "Is the dam about to burst?",
    "A message going round says the Carrow dam has cracked and will give way tonight. Engineers inspected the dam this morning and found it sound. No evacuation is needed.",
  ),
  // self-contradiction
  bad(
    "sv",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    MSB,
    "Vattnet i Solvik",
    "Kranvattnet i Solvik är tjänligt och kan drickas som vanligt. Proverna från i går visar inga bakterier. Koka dock allt dricksvatten i minst en minut tills vidare. Nästa besked kommer i morgon kl. 10 på solvik.se.",
  ),
  bad(
    "en",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    CERC,
    "Evacuation update",
    "The evacuation order for the Greenfields estate has now been lifted and residents may return home. Residents must not enter the estate until further notice. The rest centre at Greenfields school remains open. Next update at 6pm.",
  ),
  // near-empty
  bad("sv", "sms", "near-empty message", ["active", "factual", "open"], MSB, undefined, "Händelse pågår. Mer sen."),
  bad("en", "social", "near-empty message", ["active", "factual", "open"], CERC, undefined, "Ongoing. Stand by."),
  // mockery
  bad(
    "sv",
    "social",
    "mockery",
    IMPARTIAL,
    RF,
    undefined,
    "Till er som körde förbi avspärrningen vid Åbron för att ta selfies med översvämningen: hoppas bilden blev snygg, bärgningen kostar 4 000 kr. Vägen är fortfarande avstängd, ta Östra leden.",
  ),
  bad(
    "en",
    "social",
    "mockery",
    IMPARTIAL,
    CERC,
    undefined,
    "Shoutout to the absolute legends who tried to kayak down Main Street during the flood warning. Please, for the love of all things, stay out of the water. Main Street stays closed until tomorrow 9am.",
  ),
  // all caps alarm
  bad(
    "sv",
    "bulletin",
    "all caps alarm",
    ["impartial", "audienceAdapted"],
    PLAIN,
    "VARNING",
    "STOR BRAND I INDUSTRIOMRÅDET NORRA! ALLA I NORRA MÅSTE HÅLLA SIG INNE OCH STÄNGA FÖNSTER OCH VENTILATION NU! RÖKEN ÄR FARLIG! LYSSNA PÅ P4 FÖR MER INFORMATION!",
  ),
  bad(
    "en",
    "bulletin",
    "all caps alarm",
    ["impartial", "audienceAdapted"],
    PLAIN,
    "URGENT",
    "CHEMICAL LEAK AT THE RAIL YARD!!! EVERYONE NEAR CROWN STREET MUST STAY INDOORS AND SHUT ALL WINDOWS IMMEDIATELY!!! THIS IS SERIOUS!!!",
  ),
  // vague promises, otherwise complete
  bad(
    "sv",
    "bulletin",
    "vague promise of more information",
    FAST,
    MSB,
    "Fjärrvärmen i Österby",
    "Ett fel i fjärrvärmeverket gör att omkring 250 fastigheter i Österby saknar värme sedan kl. 04 i natt. Tekniker från Österby Energi arbetar på plats. Håll fönster och dörrar stängda så att värmen stannar kvar. Vi hör av oss igen så fort vi kan.",
  ),
  bad(
    "en",
    "bulletin",
    "vague promise of more information",
    FAST,
    CERC,
    "Tornby bridge closed",
    "Tornby bridge is closed to all traffic after inspectors found a crack in a support beam. Please use the A62 diversion signed via Westley. Engineers from Tornby Council are assessing the damage. We will provide further updates in the fullness of time.",
  ),
];
