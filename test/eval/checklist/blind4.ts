import { evalSet } from "./build.js";
import { CERC, MSB, KRIS, RF, KLAR, PLAIN, DEBUNK, FACTUAL, IMPARTIAL, OPEN, ADAPTED, FAST } from "./guidance.js";
import type { EvalMessage } from "./types.js";

/**
 * Fourth blind set, HELD OUT: never tune rules on it and never print its items (scripts/checklist-eval.ts prints
 * figures only). Written on 2026-12-03 AFTER the rules were generalised (by the engineer who changed them, so not
 * blind to the rules; worded away from their lists on purpose) and measured once, to check the generalisation on
 * wording nobody tuned on. Not used for any change afterwards.
 *
 * GOOD_BLIND4: real messages published by authorities (Swedish municipal utilities, Polisen, Norrköpings and
 * Hudiksvalls kommun, Kungsbacka via Sveriges Radio; an Australian council, a US sheriff, HSE Ireland, a US county
 * sheriff via KPQ, a US city via WFMY, the St Helena Government, Bury Council), found in a stored copy of public
 * web pages and used in no other set. Condensed; the authority's own sentences kept; `source` names any
 * newspaper or aggregator too. `mustFlag` is empty.
 *
 * BAD_BLIND4: messages written for this set (not publications) from the failure patterns crisis-communication
 * guidance warns about, two or three per pattern, in Swedish and English, worded with different verbs, tenses
 * and word orders than the other sets, some short and some with the flaw inside otherwise sound content. Places,
 * people, companies, numbers and addresses in them are invented.
 */

const { real, bad } = evalSet("w");

export const GOOD_BLIND4: EvalMessage[] = [
  real(
    "sv",
    "bulletin",
    "Vattenläcka på Tvikstaområdet",
    `Vattenläckan vid Tvikstaområdet var mer omfattande än vi befarat vilket innebär att vi måste förlänga tiden för strypningen av vattenleveransen, berörda gator är Vallvägen, Bivägen och delar av Kraftgatan. För berörda fastighetsägare är en dricksvattentank utplacerad vid Björkmans bil. Vi arbetar för fullt med att åtgärda felet – arbetet beräknas pågå hela dagen. När vattenleveransen är åter kan vattnet vara brunfärgat – spola ordentligt.`,
    "https://www.hedemoraenergi.se/driftinformation/vattenlacka-pa-tvikstaomradet/ (Hedemora Energi)",
  ),
  real(
    "sv",
    "bulletin",
    "Stor vattenläcka i Herrljunga",
    `Under natten har en stor vattenläcka uppkommit i Herrljunga tätort och vi har sektionerat ledningsnätet för att kunna förse större delen av Herrljunga med vatten. Berört område är vid Horsbyskolan med omnejd.
Vattenförsörjningen till skolan förses med extern tank under tiden som reparationsarbetet pågår. En vattenkärra kommer även att ställas vid Horsbyvägen.
Beräknat färdigställande under eftermiddagen.`,
    "https://www.el.herrljunga.se/storning/stor-vattenlacka-i-herrljunga/ (Herrljunga Elektriska)",
  ),
  real(
    "sv",
    "bulletin",
    "Misstänkt farligt föremål i Kallebäck",
    `Polis är på plats på Långfilsgatan 5 i Kallebäck på grund av ett misstänkt farligt föremål. I nuläget är det avspärrningar i området som kommer påverka framkomligheten. Polisens Nationella bombskydd kommer att hantera föremålet. Just nu finns ingen prognos på hur lång tid detta kommer ta. Förundersökning om försök till grov allmänfarlig ödeläggelse är inledd.`,
    "https://hundra12.se/2024/06/03/03-juni-04-00-farligt-foremal-misstankt-goteborg (Polisens händelsenotis 2024-06-03, återgiven av hundra12.se)",
  ),
  real(
    "sv",
    "social",
    undefined,
    `Polisen är på plats med flera enheter i centrala Katrineholm med anledning av ett misstänkt farligt föremål. Området töms nu på folk för att upprätta avspärrningar. Vi vädjar till allmänheten att respektera de avspärrningar som görs och lyssna på de direktiv som polisen på plats förmedlar.`,
    "https://nyheter24.se/nyheter/inrikes/1420586-misstankt-farligt-foremal-i-katrineholm (Polisen, återgiven av Nyheter24/TT)",
  ),
  real(
    "sv",
    "bulletin",
    "Uppdaterad lägesinformation i samband med Norrköpings kommuns cybersäkerhetsincident",
    `Under natten och den tidiga morgonen genomför Norrköpings kommun ett planerat driftavbrott. Kommunens tjänster kan under perioden komma att påverkas.
– Tiden för avbrottet är vald för att få minsta möjliga påverkan, men vi är medvetna om att många ändå kommer att beröras. Verksamheterna har förberett sig för detta och vi arbetar hårt för att påverkan ska bli så liten som möjligt, säger Anna Selander, tf kommundirektör.
Vid svårigheter att nå kommunens kontaktcenter via telefon 011-15 00 00 finns även möjligheten att mejla sitt ärende via norrkoping.kommun@norrkoping.se eller besöka kontaktcenter i receptionen på Trädgårdsgatan 21.
Även under återuppstarten av systemen kan det förekomma en del påverkan innan allting är igång som vanligt igen.`,
    "https://norrkoping.se/nyhetsarkiv/2022/2022-12-06-uppdaterad-lagesinformation-i-samband-med-norrkopings-kommuns-cybersakerhetsincident (Norrköpings kommun, 2022-12-06)",
  ),
  real(
    "sv",
    "bulletin",
    "Klass 2-varning om stora snömängder",
    `SMHI har ökat sin vädervarning för hälsingekusten och enligt prognosen kommer stora mängder tung snö att falla under morgondagen. Krisledningsgruppen i Hudiksvalls kommun har beslutat att den dagliga verksamheten för funktionsnedsatta ställs in under onsdagen på grund av väglaget.
Förskolor och fritids håller öppet som vanligt. Med tanke på att vädret kan bli så pass besvärligt uppmanar vi ändå de som har möjlighet att hålla sina barn hemma under morgondagen.
Om väglaget blir alltför besvärligt under natten kan kommunen ta beslut om att stänga fritids och förskolor. Detta kommer i så fall att meddelas på kommunens hemsida och Facebooksida klockan 06.45.`,
    "https://www.helahalsingland.se/artikel/klass-2-varning-om-stora-snomangder-kommun-uppmanar-att-halla-fritids-och-forskolebarn-hemma (Hudiksvalls kommun, citerad av Hela Hälsingland, mars 2020)",
  ),
  real(
    "sv",
    "bulletin",
    "Hushåll utan vatten efter stor läcka",
    `Ett trettiotal hushåll i Bukärr är fortfarande utan vatten efter en stor vattenläcka som uppstod på torsdagskvällen. Kommunen har stängt av vattnet och arbetar för att laga läckan. Samtliga hushåll beräknas ha vattnet tillbaka under dagen. Det kan dock dröja så länge som hela dagen.`,
    "https://sverigesradio.se/artikel/311387 (Kungsbacka kommun, återgiven av Sveriges Radio)",
  ),
  real(
    "en",
    "bulletin",
    "Reminder - Please Do Not Drive On Closed Roads",
    `Cabonne Council are receiving a number of concerning reports that road users are ignoring or moving road closed signs. Whilst we appreciate that road closures are having a significant impact, it is vital that people follow road closure advice.
Closed roads have been inspected by Council crews and are not deemed safe for vehicles. These roads may have suffered significant structural damage and users may not be able to easily see damage that has occurred. Road users who ignore road closure signs are breaking the law and may void their insurance if an incident was to occur.
Council apologises for the inconvenience that road closures are having across the region and asks for patience and understanding as we work to reopen roads as quickly and safely as possible. Council continues to provide regular updates on road closures and openings through our Facebook page.`,
    "https://www.cabonne.nsw.gov.au/News/REMINDER-PLEASE-DO-NOT-DRIVE-ON-CLOSED-ROADS (Cabonne Council, NSW, 2022-11-03)",
  ),
  real(
    "en",
    "bulletin",
    "Important Evacuation Road Closure Information",
    `Due to the configuration of the Evacuation Areas aligning with creeks and channels, road control points will be limited. Nevertheless, the evacuated areas are closed. Law enforcement will be using roving patrols to protect property and enforce the closures. Those who live adjacent to evacuation zones should avoid using roads in those areas. These roads could become unsafe during peak periods of rain. People from outside the evacuated communities should avoid the general area during this emergency.
Thank you for your cooperation.`,
    "https://www.sbsheriff.org/important-evacuation-road-closure-information-email-and-web-body/ (Santa Barbara County Sheriff's Office)",
  ),
  real(
    "en",
    "bulletin",
    "Information on Wildfires for The General Public",
    `The general health advice is to stay out of the smoke if possible, as it is an irritant and can commonly make both the eyes and throat sore in addition to other health effects such as breathing problems.
During episodes with high air pollution from the wildfire smoke, people – particularly those at increased risk (children, elderly, and pregnant women; people with asthma, other respiratory diseases and cardiovascular diseases; and smokers) – should stay indoors. Keep windows closed during episodes of high air pollution.
If people in the immediate area of the fire experience any symptoms or have concerns, they should reduce their level of activity and seek prompt healthcare advice. Throughout the period of the fire, monitor and follow the recommendations of the local authorities and health services.`,
    "https://www.hse.ie/eng/services/list/5/publichealth/publichealthdepts/extreme/wildfires.html (HSE Ireland, updated 2018-07-11)",
  ),
  real(
    "en",
    "bulletin",
    "More Level 3 evacuation for wildfire south of Soap Lake",
    `Level 2 evacuations indicate there is a significant risk to your area. The fire is moving closer to you. A mandatory evacuation order may be issued at any time. Now is the time to prepare for immediate evacuation. Residents should either voluntarily relocate to a shelter or with family or friends outside of the area, or be ready to leave at a moment's notice.
If you know of any neighbors or coworkers with hearing or language problems or special needs, please advise them of this message. And if you have neighbors or coworkers who need help or do not have transportation, offer to assist them if you can.
According to the Grant County Sheriff's office the fire is estimated to be between 100 and 1,000 acres. It is not known at this time how many homes are at risk.`,
    "http://www.kpq.com/more-level-3-evacuation-for-wildfire-south-of-soap-lake2/ (Grant County Sheriff's Office, reported by KPQ)",
  ),
  real(
    "en",
    "bulletin",
    "High Point issues boil water advisory for customers in Sandy Ridge area",
    `City officials say when there are periods of low or no pressure in the distribution system, it increases the potential for bacteria getting into the water system. Therefore, when water service is restored, consumers are advised to boil all water - that includes for drinking, making ice, brushing teeth, washing dishes, or preparing food.
Vigorous boiling for one minute should kill any disease-causing organisms that may be present in the water. Water customers are strongly urged to conserve water whenever possible. There's no word at this time for when the boil advisory could be lifted.`,
    "https://www.wfmynews2.com/article/news/local/high-point-issues-boil-water-advisory-for-customers-in-sandy-ridge-area/83-7def1cb9-bee9-4c07-9797-1759c20e6102 (City of High Point, reported by WFMY News 2)",
  ),
  real(
    "en",
    "bulletin",
    "Road closures",
    `The Highways Authority has given approval for the road from White Wall, Half Tree Hollow, to New Ground Point to be closed between 9am and 3pm tomorrow, Wednesday 28 September 2022. This closure is to enable the Roads Section to carry out emergency maintenance works.
During this closure, only emergency services will be granted access. Residents within the affected area will also be granted access, but are advised that delays can be expected. All other road users are asked to use the diversion route via Sapper Way. Appropriate signage and marshals will be in place.`,
    "https://www.sainthelena.gov.sh/2022/news/road-closures-2/ (St Helena Government, 2022-09-27)",
  ),
  real(
    "en",
    "bulletin",
    "Smoke from Saddleworth Moor fire: advice from Public Health England",
    `Residents in areas affected by smoke should stay indoors, keep their doors and windows closed, and tune in to the local radio station for advice and information. Motorists who have to travel through the smoke should keep windows closed and keep their air vents closed. If people need to be outdoors, they are advised to avoid areas affected by any smoke or ash, or to limit the time that they spend in them.
Smoke can irritate air passages, the skin and the eyes leading to coughing and wheezing, breathlessness and chest pain. Anyone concerned about their symptoms should contact their GP or NHS111.`,
    "https://www.bury.gov.uk/emergencies/fire (Bury Council, Public Health England advice)",
  ),
];

export const BAD_BLIND4: EvalMessage[] = [
  bad(
    "sv",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    `${MSB}; ${CERC}`,
    "Brand i återvinningscentralen",
    "I natt började det brinna i containrarna på Sörby återvinningscentral. Räddningstjänsten har släckt branden och ingen har skadats. Personalen misstänker att någon kastat in fyrverkeripjäser, eftersom det har hänt förut vid nyår. Återvinningscentralen håller stängt i dag. Nästa besked om öppettider kommer i morgon klockan 08 på sorby.se.",
  ),
  bad(
    "en",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    CERC,
    "Power cut in Eastbridge",
    "About 900 homes in Eastbridge lost power at 6.10pm. Engineers are on site. We think a squirrel probably got into the substation again, although it could also be the new housing development overloading the line. Please check on elderly neighbours. Next update 9pm on our website.",
  ),
  bad(
    "sv",
    "sms",
    "speculation about cause",
    FACTUAL,
    KRIS,
    undefined,
    "Vattnet i Berga är grumligt sedan i morse. Antagligen har bönderna spridit gödsel för nära vattentäkten. Koka vattnet tills vidare. /Berga kommun",
  ),
  bad(
    "sv",
    "social",
    "unconfirmed deaths or injuries",
    FACTUAL,
    KRIS,
    undefined,
    "Brand i flerfamiljshus på Ekvägen. Flera personer har enligt uppgifter i en lokal Facebooktråd förts till sjukhus och en ska vara avliden. Håll dig borta från området.",
  ),
  bad(
    "en",
    "sms",
    "unconfirmed deaths or injuries",
    FACTUAL,
    CERC,
    undefined,
    "Explosion at the chemical plant on Dock Road. Residents posting on Nextdoor say at least three workers were killed. Stay indoors, close windows.",
  ),
  bad(
    "en",
    "social",
    "blame",
    IMPARTIAL,
    RF,
    undefined,
    "The water is off in Hillcrest AGAIN because the contractor couldn't read a map. Honestly. Bottled water at Hillcrest school from 4pm.",
  ),
  bad(
    "sv",
    "bulletin",
    "blame",
    IMPARTIAL,
    RF,
    "Översvämning i källare på Norrgatan",
    "Kraftigt regn i natt har gett vatten i ett tiotal källare på Norrgatan. Fastighetsägarna har i flera år fått höra att dagvattenbrunnarna är för små, men har valt att inte göra något. Kommunen lånar ut pumpar från Norrgatans servicecenter. Ring 0250-260 00 om du behöver hjälp.",
  ),
  bad(
    "sv",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    RF,
    "Värmestuga öppnar i Folkets hus",
    "Eftersom många fortfarande saknar el öppnar kommunen en värmestuga i Folkets hus i kväll klockan 18. Det är Kristdemokraternas förtjänst att kommunen har reservkraft på plats, och det ska vi vara tacksamma för. Ta med mediciner och laddare.",
  ),
  bad(
    "en",
    "social",
    "partisan praise",
    IMPARTIAL,
    RF,
    undefined,
    "Sandbags now available at the Mill Street depot until 8pm. A big thank you to Mayor Collins and her Labour team for getting this done so fast, unlike some we could mention.",
  ),
  bad(
    "sv",
    "social",
    "stigmatising group labels",
    IMPARTIAL,
    RF,
    undefined,
    "Magsjukan på Solbackens boende har troligen spridits av besökande anhöriga från Rosengård. Besöksförbud gäller till och med fredag.",
  ),
  bad(
    "en",
    "bulletin",
    "stigmatising group labels",
    IMPARTIAL,
    CERC,
    "Vandalism at the Riverside pumping station",
    "The Riverside pumping station was damaged overnight, which caused low pressure in parts of town. The gypsy camp that arrived last week is close to the site, so residents should stay alert. Water pressure should return to normal by 4pm.",
  ),
  bad(
    "sv",
    "bulletin",
    "empty reassurance",
    FACTUAL,
    MSB,
    "Lukt från industriområdet",
    "Många har hört av sig om en stark lukt från industriområdet i Västby. Vi kan lugna alla: det är helt riskfritt och det finns ingen anledning att ändra något i vardagen.",
  ),
  bad(
    "en",
    "social",
    "empty reassurance",
    FACTUAL,
    CERC,
    undefined,
    "Seen the smoke over the port? Relax, folks, it's nothing dangerous and there's no need for anyone to change their plans tonight.",
  ),
  bad(
    "sv",
    "bulletin",
    "refusing to comment",
    OPEN,
    MSB,
    "Angående händelsen vid Åsens skola",
    "Vi har tagit del av uppgifterna om händelsen vid Åsens skola. Av integritetsskäl avstår förvaltningen från att lämna några uppgifter alls. Skolan har öppet som vanligt.",
  ),
  bad(
    "en",
    "bulletin",
    "refusing to comment",
    OPEN,
    CERC,
    "Statement on Northfield water quality",
    "We have received questions about the water quality in Northfield. It would not be appropriate for the council to say anything further at this stage. Thank you for your patience.",
  ),
  bad(
    "sv",
    "bulletin",
    "internal jargon",
    ADAPTED,
    KLAR,
    "Lägesinformation",
    "Räddningstjänsten har efter RAPS-bedömning upprättat brytpunkt vid Q8 och ledningsplats vid ICA. IL har begärt förstärkning via SOS. Boende inom 500 meter ska gå inomhus. Nästa information kl 16.00.",
  ),
  bad(
    "en",
    "sms",
    "internal jargon",
    ADAPTED,
    PLAIN,
    undefined,
    "MAJOR INCIDENT declared. Gold/Silver/Bronze structure stood up, FCP at junction 4, SCG at 14:00. Public advised to avoid M6 J3-J5.",
  ),
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive with no action for readers",
    ["audienceAdapted", "active"],
    KLAR,
    "Information gällande vattenkvaliteten",
    "Avvikelse avseende vattenkvaliteten har noterats vid ordinarie provtagning. Kompletterande provtagning har genomförts. Ärendet har överlämnats till miljöförvaltningen för vidare bedömning. Information kommer att delges berörda.",
  ),
  bad(
    "en",
    "bulletin",
    "bureaucratic passive with no action for readers",
    ["audienceAdapted", "active"],
    PLAIN,
    "Update regarding the incident at Harbour Road",
    "An incident was reported at Harbour Road. Resources were deployed and an assessment was carried out. Further measures are being evaluated and will be communicated once agreed.",
  ),
  bad(
    "sv",
    "correction",
    "myth-first correction",
    ADAPTED,
    DEBUNK,
    "Ryktet om giftigt vatten i Åby",
    "Det sprids uppgifter om att kranvattnet i Åby skulle vara förgiftat och att flera barn blivit sjuka. Kommunens senaste prover från i tisdags visar att vattnet uppfyller alla krav. Du kan dricka vattnet som vanligt.",
  ),
  bad(
    "en",
    "correction",
    "myth-first correction",
    ADAPTED,
    DEBUNK,
    "Is the bridge about to collapse?",
    "People have been sharing a photo that they say shows cracks in the Kingsmead bridge. Engineers inspected the bridge this morning and found it safe. The bridge is open to all traffic.",
  ),
  bad(
    "sv",
    "sms",
    "self-contradiction",
    FACTUAL,
    MSB,
    undefined,
    "Ingen behöver koka vattnet i Lindö längre. Fortsätt koka allt dricksvatten till fredag. /Lindö kommun",
  ),
  bad(
    "en",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    CERC,
    "Schools update",
    "All schools in the district will open as normal tomorrow. Westfield Primary and Oak Lane Academy will be closed tomorrow because of storm damage. Parents should check the school app before 7.30am.",
  ),
  bad("sv", "bulletin", "near-empty message", ["active", "factual"], MSB, "Info", "Vi jobbar på det."),
  bad("en", "bulletin", "near-empty message", ["active", "factual"], CERC, "Update", "Situation ongoing."),
  bad(
    "sv",
    "social",
    "mockery and jokes",
    IMPARTIAL,
    CERC,
    undefined,
    "Till alla som ringt och frågat om vattnet är farligt för att det luktar klor: det är klor, det ska lukta så. Ingen fara, lova 😄",
  ),
  bad(
    "en",
    "bulletin",
    "mockery and jokes",
    IMPARTIAL,
    CERC,
    "Yes, the snow is real",
    "Shockingly, it snowed in January. For those demanding to know why the gritters haven't done their road yet: they can't be everywhere at once, believe it or not. Main routes are gritted; side roads will follow by noon.",
  ),
  bad(
    "en",
    "sms",
    "all caps alarm",
    IMPARTIAL,
    PLAIN,
    undefined,
    "WARNING: FLOOD RISK ON THE RIVER ISE TONIGHT. MOVE CARS AWAY FROM THE QUAYSIDE BEFORE 10PM. SANDBAGS AT THE FIRE STATION.",
  ),
  bad(
    "sv",
    "bulletin",
    "vague promise of more information",
    FAST,
    MSB,
    "Stängd väg vid Kvarnbacken",
    "Väg 612 vid Kvarnbacken är avstängd efter ett jordskred. Omledning sker via Byvägen. Geotekniker undersöker slänten. Besked om när vägen öppnar lämnas när utredningen är klar.",
  ),
  bad(
    "en",
    "bulletin",
    "vague promise of more information",
    FAST,
    CERC,
    "Library closed",
    "The central library is closed after a water leak in the basement. Returns can be made at Northgate library. We'll let everyone know once we have more to share.",
  ),
];
