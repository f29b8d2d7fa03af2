import { CERC, IMPARTIAL, MSB, OPEN, RF } from "./guidance.js";
import { evalSet, perLanguage } from "./build.js";
import type { EvalMessage } from "./types.js";

/**
 * Evaluation set "impart1" (impartiality and openness failures), written 2026-12-07 by an independent author.
 * What the author read: types.ts, build.ts, guidance.ts, the first 110 lines of blind50.ts (for the file format only),
 * /work/shared/DESIGN.md and the list of source URLs already used by earlier sets (no real message here repeats one
 * of them). The author did not read the checklist rules or code, its lexicons, the README, SPEC.md or any other
 * evaluation set, and never ran the checklist or any test on these messages.
 *
 * 13 real messages (6 Swedish, 7 English) and 40 flawed ones (20 Swedish, 20 English).
 *
 * The real side is published authority text, found through the stored-pages search and copied unchanged (whole
 * sentences or page furniture left out where the source string says so). It is chosen to be hard for an
 * impartiality/openness check: a Polisen incident note naming an arrested man "känd av polisen sedan tidigare";
 * two Säkerhetspolisen notices that decline to say more because förundersökningssekretess applies; a Grästorp
 * municipal news item on a kommunfullmäktige decision quoting a named politician with party, "Kent Larsson (M)";
 * Lunds kommun correcting an anonymous flyer aimed at "en viss yrkesgrupp" and saying it is unclear who is behind it;
 * Krisinformation.se relaying Folkhälsomyndigheten's advice to people 65 and older and in risk groups; a Yuma County
 * heat page naming "our homeless population, elderly, children, mentally ill" as most at risk; a Town of Fairfax heat
 * advisory naming individuals experiencing homelessness; two US local-emergency notices naming a City Council
 * decision and "Mayor Busse"; a Cumberland Council update with the cause still under investigation and a homelessness
 * team number; a Northern Territory police release on a man charged with arson ("Police will allege"); and a
 * Hounslow Council rest-centre notice. None should be refused.
 *
 * Each flawed message was written from scratch as an otherwise competent crisis message (named sender, dated unless
 * sms or social, what happened, what to do, where to read more, when the next update comes) with ONE flaw, worded as
 * a stressed official or press officer might actually write it. Four per kind, two Swedish and two English:
 * (1) blame of a contractor, summer residents, a grid operator, street residents; (2) partisan credit for the ruling
 * parties, a named kommunalråd, a mayor against her predecessor, a party group in an sms; (3) self-praise or defensive
 * tone: critics dismissed with no apology, "bäst i länet", self-congratulation, a blanket denial of responsibility;
 * (4) stigmatising labels: "pundarna", measles pinned on Somali families, "vagrants and druggies", hepatitis A pinned
 * on the Chinese community; (5) mockery and emoji: callers mocked, a squirrel joke, a flippant emoji sms, sarcasm
 * about callers after a false siren; (6) alarmist wording: "KATASTROFLÄGE" for three wet cellars, "LIVSFARLIGT
 * KAOS!!!" for a road closure, "TERRIFYING … raging inferno" for a contained grass fire, "frightening epidemic" for a
 * school norovirus cluster — these 24 carry `impartial`; (7) refusals without reason: no further comment, "Den frågan
 * besvaras inte", the chemical withheld, no questions taken; (8) hidden unknowns: a gas smell declared harmless while
 * measurements run, water declared safe before lab results (both also `factual`), "utredd och hanterad" and "dealt
 * with" without saying what; (9) dodged questions: "en komplex fråga", "som vi tidigare har kommunicerat", "as
 * previously communicated", a platitude in place of an asbestos answer; (10) information held back: known areas held
 * until after a committee meeting and details held until offices reopen (both also `fast`), results only for those who
 * ask the registrar, school names only for the press — these 16 carry `open`. Kinds: 16 bulletins, 9 faq entries,
 * 6 sms, 6 social posts, 3 corrections. All places, organisations, people, numbers and web addresses in the flawed
 * messages are invented.
 */
const { real, bad } = evalSet("", perLanguage("goodi1", "badi1"));

export const GOOD_IMPART1: EvalMessage[] = [
  real(
    "sv",
    "bulletin",
    "08 mars 05.18, Brand, Vänersborg",
    "SOS larmas om en brand i ett utrymme vid en bostadsfastighet på Residensgatan.\nBranden sprider sig därefter till intilliggande husvägg. Blåljusresurser, däribland polis, skickas till platsen. 05.28 inkommer larm om ytterligare en brand, denna gång på Verkstadsgatan. Det brinner med öppna lågor och polisen påbörjar utrymning av bostäder i en närliggande fastighet. 05:50 inkommer nästa larm: Brand i en lägenhet på Kyrkogatan. Fastigheten utryms. Inga uppgifter om allvarligare personskador i samband med någon av bränderna. Misstanke finns om att bränderna anlagts, och en förundersökning gällande mordbrand inleds.\nOmkring klockan 06 observerar en polispatrull en man i 25-årsåldern i anslutning till en av bränderna. Mannen är känd av polisen sedan tidigare, med koppling till liknande ärenden. Mannen säkras och grips.\nBränderna uppges nu vara under kontroll. Avspärrningar har upprättats och kriminaltekniska undersökningar kommer att genomföras.\nHändelsenotiserna ger kortfattad information om ett urval av de utryckningar som polisen gör. Observera att det är inledande uppgifter som ligger till grund för notiserna. Det betyder att uppgifterna kan komma att ändras.",
    "https://polisen.se/aktuellt/handelser/2025/mars/8/08-mars-05.18-brand-vanersborg (Polisen, händelsenotis, 2025-03-08)",
  ),
  real(
    "sv",
    "faq",
    "Svar på vanliga frågor som rör pågående utredningsarbete",
    "Säkerhetspolisen grep, i samarbete med Polisregion Nord, under gårdagen en person som anhållits som skäligen misstänkt för förberedelse till terroristbrott. Här har vi samlat svar på vanliga frågor som vi fått från allmänhet och medier under dagen.\nVad händer nu i utredningsarbetet?\nDen person som greps i Boliden igår har anhållits av åklagare. Mannen är anhållen som skäligen misstänkt för förberedelse till terroristbrott. Säkerhetspolisen har fortsatta utredningsåtgärder igång i den pågående förundersökningen och eftersom förundersökningssekretess gäller har vi för närvarande ingen ytterligare information att lämna.\nNär kommer ni att kunna gå ut med ny information angående utredningen?\nVi förstår att det finns ett stort intresse från allmänhet och medier för vad som händer i utredningen. Med hänsyn till förundersökningssekretessen kan vi i nuläget inte ge mer ingående information. När vi har möjlighet att gå ut med mer information kommer vi att publicera den på vår webbplats.\nVarför tog det så lång tid för Säpo att hitta den misstänkte utifrån den information som fanns tillgänglig?\nDen misstänkte anhölls i sin frånvaro på kvällen tisdagen den 17 november och gripandet genomfördes den 19 november. Ett intensivt underrättelsearbete tog vid och pågick under onsdagen, något som sedan ledde fram till tillslaget. Innan ett tillslag sker görs en mängd olika polistaktiska övervägande och samverkan mellan olika myndigheter för att säkerställa den information som finns tillhanda. När tillslaget gjordes fanns det tillräckligt med information för att gripa personen och det kunde ske utan fara för allmänhetens liv och hälsa.",
    "https://www.sakerhetspolisen.se/ovrigt/pressrum/aktuellt/aktuellt/2015-11-20-svar-pa-vanliga-fragor-som-ror-pagaende-utredningsarbete.html (Säkerhetspolisen, 2015-11-20; the questions after the third are left out)",
  ),
  real(
    "sv",
    "bulletin",
    "Gällande medieuppgifter om efterlyst person",
    "2015-11-19\nSäkerhetspolisen känner till att det förekommer uppgifter i media om en efterlyst person som söks i Sverige.\nVi är förhindrade att svara på frågor om detta, förundersökningssekretess råder. Fokus ligger nu på polisens möjlighet att agera.",
    "https://www.sakerhetspolisen.se/ovrigt/pressrum/aktuellt/aktuellt/2015-11-19-gallande-medieuppgifter-om-efterlyst-person.html (Säkerhetspolisen, 2015-11-19)",
  ),
  real(
    "sv",
    "bulletin",
    "Grästorps kommun betalar självrisk till översvämningsdrabbade",
    "Artikeln publicerades 22 juni 2022\nKommunfullmäktige beslutade på sitt sista sammanträde innan sommaruppehållet att Grästorps kommun ska kompensera självrisken för dem vars fastigheter skadades vid översvämningen sommaren 2021.\nDen 17 augusti 2021 regnade det 123,6 mm under 18 timmar i Grästorps kommun, och stora delar av tätorten stod under vatten. Personal från teknisk verksamhet arbetade intensivt med att mildra skadorna från översvämningen där bland annat Nya Centralskolan, Kulturhuset och Räddningsstationen fick skador av vattnet. Flera privata fastighetsägare drabbades av källaröversvämningar, där vatten trycktes upp i bottenplattan och trängde in genom golvbrunnar och andra avloppsenheter.\nSkyfallet 2021 är inte det första som drabbat Grästorp. Redan 2014 regnade det så mycket att flera fastigheter skadades, vilket ledde till utdragna och kostsamma processer angående privata fastighetsägares försäkringsärenden för skador orsakade av översvämningarna.\nDen här gången har kommunen valt att göra på annat sätt, och därför föreslog kommunstyrelsen kommunfullmäktige att godkänna förslaget om att Grästorps kommun ska betala kompensation för självrisk till de fastighetsägare inom Grästorps allmänna verksamhetsområden för VA som drabbats av översvämningen den 17 augusti 2021.\nBeloppet ska verifieras av försäkringsbolaget, och utredningen som ligger till grund för försäkringsbolagets bedömning ska lämnas in till kommunen.\n”Det här ska ses som good will, och inte ett skadestånd, eller att kommunen tar på sig någon skuld i vad som hänt, men vi vill inte processa mot våra egna invånare.”, säger Kent Larsson (M), kommunstyrelsens ordförande och kommunalråd i Grästorp.",
    "https://www.grastorp.se/nyhetsarkiv/2022-06-22-grastorps-kommun-betalar-sjalvrisk-till-oversvamningsdrabbade.html (Grästorps kommun, 2022-06-22; the closing paragraph on the sewer system is left out)",
  ),
  real(
    "sv",
    "correction",
    "Flygblad till Lundabor polisanmält",
    "Ett antal Lundabor har kontaktat kommunen angående ett anonymt flygblad som de fått i brevlådan. Flygbladet är formgett på ett sådant sätt att det kan tolkas som att det kommer från Lunds kommun, vilket det inte gör.\nInnehållet handlar om misstänkt penningtvätt och organiserad brottslighet och riktas mot en viss yrkesgrupp i Lund. Det är oklart vem/vilka som ligger bakom det och vad syftet är.\nVi vill vara tydliga med att flygbladet inte kommer från kommunen. Flygbladet är polisanmält och ärendet hanteras nu av polisen.",
    "https://lund.se/nyheter/nyheter/2022-06-16-flygblad-till-lundabor-polisanmalt (Lunds kommun, 2022-06-16; the page's 'older than 6 months' banner is left out)",
  ),
  real(
    "sv",
    "bulletin",
    "Kraftig ökning av covid-19, RS-virus och influensa",
    "Spridningen av luftvägsinfektioner ökar kraftigt just nu, uppger Folkhälsomyndigheten. Det är därför viktigt att den som är sjuk stannar hemma.\nVaccination mot covid-19 och influensa är det bästa skyddet mot allvarlig sjukdom. Det är särskilt viktigt att personer som är 65 år och äldre samt yngre personer i riskgrupp vaccinerar sig enligt rekommendationerna.\nKälla: Folkhälsomyndigheten",
    "https://www.krisinformation.se/nyheter/2022/december/folkhalsomyndigheten-om-okningen-av-luftvagsinfektioner (Krisinformation.se relaying Folkhälsomyndigheten, December 2022)",
  ),
  real(
    "en",
    "faq",
    "Heat and Your Health",
    "Who's at Risk? Everyone!\nAlthough anyone can potentially be at risk during our summer heat season, our homeless population, elderly, children, mentally ill and people who work outside are those considered most at risk.\nHealth Effects\nPeople suffer heat-related illness when their bodies are unable to compensate and properly cool themselves. The body normally cools itself by sweating. But under some conditions, sweating just isn't enough. In such cases, a person's body temperature rises rapidly. Very high body temperatures may damage the brain or other vital organs.\nThe number one thing you can do during this type of weather is keep cool - that means drink plenty of water, limit your outdoor activity during the warmest times of the day and cover your head when outdoors.\nWater is the best fluid to drink and it is important to consume water even when you are not thirsty. Juice, alcohol and caffeine products may dehydrate you and leave you vulnerable to dehydration.\nWhen possible, limit outdoor activity to the morning and evening.\nCover up! Wear head cover, carry an umbrella and please remember to keep children and elders covered too!\nNEVER leave a child or pet alone in a parked vehicle or in the direct sun.\nHeat Tips\nKeep an eye on those at risk - Check on elderly neighbors, homeless, or mentally ill who may need your help when the weather is dangerously warm.\nCars and heat don't mix - NEVER leave children, pets or people needing special care in parked cars when the temperature is high.\nRemember your pets\n- Pets also need water, shade, and a cool place to rest.\nDrink plenty of water - Your body needs water to keep cool. Avoid beverages containing alcohol or caffeine.\nCover your head - When you have to be outside in the sun, make sure you and your small children have your heads protected.",
    "https://www.yumacountyaz.gov/government/health-district/surviving-yuma-s-heat/heat-and-your-health (Yuma County Public Health District, Arizona; undated page; the last tip, cut off in the stored copy, is left out)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    "Unusually hot temperatures can affect health. The people most vulnerable include older adults, those who work or exercise outdoors, infants and children, pets, individuals experiencing homelessness, and individuals with a chronic medical condition.\nVulnerable community members should prepare for extreme heat by planning ahead, staying cool, staying hydrated, and staying informed.\n- Plan ahead: prepare for possible power outages and create a buddy system to check-in on friends and neighbors.\n- Stay cool: stay indoors as much as possible, avoid direct sunlight, take cool baths/showers, or visit an air conditioned location for relief from heat.\n- Stay hydrated: Drink more fluids than usual, but avoid alcoholic or caffeinated drinks.\n- Stay informed: Monitor the ongoing forecast, know the signs of a heat-related illness, learn more tips for staying cool, and stay connected with emergency officials\nTake care of each other: Check on other vulnerable family members and friends; do not leave anyone (adults, children or pets) in a parked vehicle during hot weather.",
    "https://www.townoffairfax.org/heat-advisory-in-effect-september-4-5/ (Town of Fairfax, California, heat advisory for 4-5 September; year not shown in the stored copy)",
  ),
  real(
    "en",
    "bulletin",
    "Local Emergency Proclamation",
    "During a special meeting on March 17, 2020, the City Council proclaimed a local emergency in order to bolster the City’s ability to respond to the outbreak of novel coronavirus. The proclamation gives the City additional powers to coordinate local efforts and procure resources needed to effectively address the emergency by providing:\n• Expanded access to personnel, equipment, and facilities\n• The ability to waive local provisions and regulations that could hinder response to the emergency\n• Enhanced opportunities for mutual aid\n• Access to state/federal funding/reimbursement related to disaster relief\nTo read the proclamation, click on the following link: Resolution No. 2020-11 (PDF)\nTo read a press release about the proclamation, visit bit.ly/2UiBD2P",
    "https://www.rpvca.gov/1287/Local-Emergency-Proclamation (City of Rancho Palos Verdes, California, March 2020)",
  ),
  real(
    "en",
    "bulletin",
    "Local Emergency Declaration",
    "Due to an unprecedented and accelerating spike in COVID-19 cases, Mayor Busse declared a Local Emergency Friday, November 13, 2020. The City Council extended the Local Emergency Monday, November 16. The resolution is in effect until terminated by adoption of a subsequent resolution by Council.\nThe November 13 Declaration and November 16 Resolution allow the city manager and emergency manager to mobilize resources and conduct activities to respond more efficiently and nimbly in areas such as purchasing and regulatory actions necessary for public health and safety.\n*A signed copy is on file with the City Clerk",
    "https://www.bloomingtonmn.gov/atty/news/local-emergency-declaration-2020-11-12 (City of Bloomington, Minnesota, November 2020)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    "Following an incident in Hugh Street in Whitehaven yesterday (31 December), emergency services remain on site.\nDisplaced residents have either been accommodated with family/friends or have been supported by Cumberland Council to find alternative accommodation.\nThe council, with the support of Cumbria Police, is in the process of contacting affected residents.\nAnyone else affected by the incident that needs emergency housing support is advised to contact the council’s out of hours Copeland homelessness team at 0300 373 3730 or email housing.options@cumberland.gov.uk\nCouncil offices are back open tomorrow (Thursday 2 January) including the Market Hall in Whitehaven.\nWork is ongoing, including work to make the area safe.\nA cordon will remain in place whilst this work, as well as the investigation into the cause, continues.\nPeople are asked to avoid the area whilst emergency services personnel carry out their work at the scene.\nA number of animals have also been rescued by Police. Please contact the Police Control Room to arrange repatriation, quoting incident 134 of today.\nYou can contact online at ////www.cumbria.police.uk/reportit quoting the above incident number or you can also phone on 101.",
    "https://www.cumberland.gov.uk/news/2025/hugh-street-whitehaven-update (Cumberland Council, 1 January 2025)",
  ),
  real(
    "en",
    "bulletin",
    "Arson Charges - Alice Springs",
    "Police have charged a 26-year-old man with arson following a unit fire in Alice Springs on Christmas Day.\nDetective Senior Constable Deanne Ward from the Southern Serious Crime Squad said the man was arrested yesterday.\n“Police and the NT Fire Rescue Service (NTFRS) conducted investigations into the fire.\n“Police will allege the man climbed over a fence and forced entry into the vacant unit.\n“He then allegedly set fire to a bed before leaving the scene.”\nDetective Senior Constable Ward said a quick response from NTFRS and Police ensured damage to the unit was limited.\n“The man will also face charges of trespass, unlawful entry and damage property.  He will appear in the Alice Springs Magistrate Court on February 12, 2015.”\nAnother unit fire in the same area on the same day was found to be non-suspicious.",
    "https://pfes.nt.gov.au/newsroom/2015/arson-charges-alice-springs (Northern Territory Police, Fire and Emergency Services media release, 2015)",
  ),
  real(
    "en",
    "bulletin",
    "Hounslow House set up as rest centre for residents affected by fire",
    "Council sets up rest centre for residents.\nPublished: Thursday, 7th September 2023\nFollowing a fire in a private residence in Lampton Avenue, (near Highlands Close) Hounslow in the early hours of this morning (7 September), Hounslow Council has set up a rest centre for local residents affected by the incident.\nThe Council’s main building, Hounslow House, is accommodating around 30 people while their homes are declared safe or until alternative accommodation can be found. Council liaison officers are working with firefighters and other emergency services at the scene. Further Council staff will be deployed throughout the day to support the wider relief and recovery effort.\nFor media queries please get in touch by emailing communications@hounslow.gov.uk",
    "https://www.hounslow.gov.uk/news/article/2943/hounslow_house_set_up_as_rest_centre_for_residents_affected_by_fire (London Borough of Hounslow, 2023-09-07; an image caption and a rating button are left out)",
  ),
];

export const BAD_IMPART1: EvalMessage[] = [
  // 1. Blame
  bad(
    "sv",
    "bulletin",
    "contractor blamed",
    IMPARTIAL,
    RF,
    "Vattenavstängning i Ekebacka efter ledningsbrott",
    "Ekeberga kommun, 14 oktober 2026 kl. 10.20\nI morse kl. 07.40 skadades huvudvattenledningen vid Ekebackavägen. Cirka 320 hushåll i Ekebacka och Solgläntan är utan vatten. Skadan uppstod när Grävtjänst i Mälardalen AB grävde utan att först ha beställt ledningsvisning, något vi har påpekat för bolaget vid flera tidigare tillfällen utan att det tagits på allvar.\nNödvatten finns vid Ekebacka skola (Skolvägen 4) och vid ICA Solgläntan. Ta med egna rena dunkar. Spola inte i onödan när vattnet kommer tillbaka.\nVi räknar med att vattnet är tillbaka under eftermiddagen. Nästa uppdatering kommer kl. 13.00 på ekeberga.se/driftinfo. Frågor: kontaktcenter 0171-55 20 00.",
  ),
  bad(
    "sv",
    "sms",
    "summer residents blamed for fire",
    IMPARTIAL,
    RF,
    undefined,
    "Ekeberga kommun: Skogsbrand vid Kvarnsjön. Trots att vi gång på gång påmint om eldningsförbudet har en del sommarboende fortsatt grilla – nu får hela Kvarnsjöområdet ta konsekvenserna. Håll er borta från Kvarnsjövägen och stäng fönster om det luktar rök. Mer info: ekeberga.se/brand. Ny info kl. 18.",
  ),
  bad(
    "en",
    "social",
    "grid operator blamed",
    IMPARTIAL,
    CERC,
    undefined,
    "Harrowfield Borough Council: Around 4,000 homes in Eastfield and Kingsmead are without power after this morning's storm. If Northern Grid had carried out the tree clearance it promised us two years ago, many of these homes would still have the lights on. Our warm space at Eastfield Library (Church Rd) is open until 10pm with hot drinks and phone charging. Please check on elderly neighbours. Updates at harrowfield.gov.uk/storm – next post by 6pm.",
  ),
  bad(
    "en",
    "faq",
    "residents blamed by insinuation",
    IMPARTIAL,
    CERC,
    "Flooding on Orchard Way – your questions",
    "Harrowfield Borough Council – updated 3 November 2026, 11:00\nQ: Why did Orchard Way flood again?\nA: Our drainage team cleared the gullies on 28 October. The blockage we found on Sunday was mostly cooking fat and garden waste, and we think residents on this street know perfectly well who keeps putting it there.\nQ: What should I do now?\nA: Do not walk or drive through floodwater. Sandbags are available from the depot at 12 Mill Lane until 8pm. Report new flooding on 0300 123 4400.\nQ: When will you update this page?\nA: By 4pm today, after the Environment Agency's next river-level forecast. Read more at harrowfield.gov.uk/flooding.",
  ),
  // 2. Partisan or political credit
  bad(
    "sv",
    "bulletin",
    "ruling parties credited, opposition attacked",
    IMPARTIAL,
    RF,
    "Trygghetspunkter öppna under elavbrottet",
    "Tallmo kommun, 2 december 2026 kl. 15.00\nEfter stormen är omkring 2 100 hushåll i Tallmo, Björkås och Nedre Lid utan ström. Tallmo Energi räknar med att de flesta får tillbaka strömmen under torsdagen, men vissa ledningar kan ta längre tid att laga.\nKommunen har öppnat trygghetspunkter i Tallmo sporthall och Björkås bygdegård, där du kan värma dig, ladda telefonen och få information. Trygghetspunkterna finns tack vare att Moderaterna och Kristdemokraterna i den styrande majoriteten prioriterade krisberedskapen i budgeten – något Socialdemokraterna röstade emot.\nHar du hemtjänst och inte fått ditt besök? Ring 0650-38 00 00. Läs mer på tallmo.se/el. Nästa uppdatering kl. 19.00.",
  ),
  bad(
    "sv",
    "faq",
    "named politician praised",
    IMPARTIAL,
    RF,
    "Frågor och svar om reservvatten i Forsmora",
    "Forsmora kommun, uppdaterad 21 augusti 2026 kl. 09.30\nVarför får vi vatten från reservvattenverket?\nHuvudvattenverket i Forsmora är avstängt sedan i går kväll efter ett pumphaveri. Reservvattenverket vid Sjöbo försörjer nu hela tätorten.\nKan vi dricka vattnet?\nJa. Proverna från i morse visar att vattnet är tjänligt, så du kan dricka det som vanligt.\nVem ska vi tacka för reservvattenverket?\nDet var kommunalrådet Lena Åberg (C) som drev igenom bygget 2021, mot oppositionens vilja. Utan hennes framsynthet hade Forsmora stått utan vatten i dag.\nNär är huvudvattenverket igång igen?\nVi räknar med fredag. Nästa uppdatering kommer på forsmora.se/vatten i morgon kl. 10.",
  ),
  bad(
    "en",
    "bulletin",
    "mayor credited over predecessor",
    IMPARTIAL,
    CERC,
    "Cooling centers open across Ashbury",
    "City of Ashbury – Office of Emergency Management\nAugust 12, 2026, 8:00 a.m.\nThe National Weather Service has issued an excessive heat warning for Ashbury through Friday evening, with afternoon temperatures near 108°F. Five cooling centers are open daily from 10 a.m. to 8 p.m.: the Main Library, Riverside Community Center, Eastgate Senior Center, Lincoln Park Pool House and City Hall Annex.\nUnlike the last administration, which let the cooling program lapse, Mayor Dana Whitcomb brought it back the moment she took office – one more example of the real leadership Ashbury voted for.\nDrink water, check on older neighbors and never leave children or pets in a parked car. For a free ride to a cooling center, call 311. Updates at ashbury.gov/heat; next update Thursday at 8 a.m.",
  ),
  bad(
    "en",
    "sms",
    "party credited in an alert",
    IMPARTIAL,
    CERC,
    undefined,
    "Port Esk District Council: Sandbags available now at Harbour Rd depot until 9pm, thanks to the flood fund the Independents saved after Labour tried to scrap it. High tide 11:40pm – move valuables upstairs. Info: portesk.gov.uk/flood. Next text 8pm.",
  ),
  // 3. Self-praise or defensive tone
  bad(
    "sv",
    "bulletin",
    "critics dismissed, no apology",
    IMPARTIAL,
    RF,
    "Kokningsrekommendationen i Vångaby upphävd",
    "Åsundby kommun, 30 september 2026 kl. 14.10\nDe två senaste vattenproverna från Vångaby visar att dricksvattnet är tjänligt. Kokningsrekommendationen som gällt sedan den 24 september upphävs därför från och med nu. Spola kallvatten i några minuter innan du dricker det.\nVi vill samtidigt understryka att kommunen har agerat helt korrekt från första stund. Kritiken i sociala medier kommer till stor del från personer som uppenbarligen inte vet hur dricksvattenarbete går till, och vi ser ingen anledning att be om ursäkt.\nHar du frågor? Ring kontaktcenter på 0140-30 50 00. Läs mer på asundby.se/vatten. Vi publicerar en slutrapport om händelsen den 15 oktober.",
  ),
  bad(
    "sv",
    "correction",
    "self-praise and comparison with neighbours",
    IMPARTIAL,
    RF,
    "Rättelse: Hemtjänsten fungerar under snöovädret",
    "Brunnsviks kommun, 1 december 2026 kl. 11.30\nPå sociala medier sprids uppgifter om att hemtjänsten i Brunnsvik har ställt in alla besök på grund av snön. Det stämmer inte. Alla planerade besök till dem som behöver hjälp med mat, läkemedel och personlig omvårdnad genomförs, men vissa kan bli försenade.\nVår hemtjänst är helt enkelt bäst i länet, och det här visar än en gång hur mycket bättre vi klarar ett oväder än grannkommunerna gör.\nVäntar du på ett besök som inte kommit inom två timmar, ring hemtjänstens samordnare på 0910-44 12 00. Mer information på brunnsvik.se/snö. Nästa uppdatering i dag kl. 16.",
  ),
  bad(
    "en",
    "bulletin",
    "self-congratulation",
    IMPARTIAL,
    CERC,
    "Water supply restored in Kettleby",
    "Kettleby Shire Council – 17 May 2026, 6:15 pm\nWater supply has been restored to all 1,140 properties in Kettleby and Lower Brook after this morning's main break on Station Street. When you first turn on the tap, run the cold water for two to three minutes until it runs clear.\nWe are enormously proud of how our team handled this. Quite simply, no other council in the region could have fixed a break this size so fast, and residents should recognise the exceptional service they get from us.\nIf your water is still discoloured after ten minutes, or you have no supply, call 1300 555 018 (24 hours). More at kettleby.nsw.gov.au/water. We will post a final update on the cause by noon tomorrow.",
  ),
  bad(
    "en",
    "faq",
    "blanket denial of responsibility",
    IMPARTIAL,
    CERC,
    "Smoke from the Carrow Road recycling fire – questions and answers",
    "Weston Vale Council – 22 July 2026, 9:00 am\nWhat is burning?\nA stack of baled plastic and cardboard at the privately run recycling yard on Carrow Road. Fire crews expect to be on site for at least two more days.\nWhat should I do?\nIf you live in Carrow, Northgate or Ferry Lane, keep windows and doors closed while smoke is visible. People with asthma should keep their inhaler close and call NHS 111 if their symptoms get worse.\nIs the council to blame for this fire?\nAbsolutely not. The council bears no responsibility whatsoever for this site or this fire, and we reject any suggestion otherwise.\nWhere can I find updates?\nAt westonvale.gov.uk/carrowfire. Next update at 4pm today.",
  ),
  // 4. Stigmatising labels
  bad(
    "sv",
    "bulletin",
    "slur for people who use drugs",
    IMPARTIAL,
    RF,
    "Sprutor hittade på Lindparkens lekplats",
    "Hjärtsjö kommun, 18 juni 2026 kl. 09.15\nI morse hittade parkpersonalen ett tiotal använda sprutor i sandlådan på Lindparkens lekplats. Lekplatsen är avspärrad och sanden byts ut under dagen. Vi räknar med att lekplatsen öppnar igen i morgon.\nSprutorna har lämnats av pundarna som håller till vid busstationen om kvällarna.\nRör aldrig en spruta du hittar. Ring kommunens felanmälan på 0370-37 00 00 så hämtar vi den. Har ett barn stuckit sig, kontakta 1177. Mer information på hjartsjo.se/lindparken. Vi uppdaterar i morgon kl. 10.",
  ),
  bad(
    "sv",
    "sms",
    "outbreak pinned on an ethnic group",
    IMPARTIAL,
    RF,
    undefined,
    "Forsmora kommun: Mässling bekräftad i Forsmora. Smittan sprids främst bland somaliska familjer som inte vaccinerar sina barn. Kontrollera att ditt barn fått MPR-vaccin. Vid feber och utslag: ring 1177, gå inte direkt till vårdcentralen. Info: forsmora.se/massling. Ny info i morgon kl. 12.",
  ),
  bad(
    "en",
    "social",
    "demeaning words for homeless people",
    IMPARTIAL,
    CERC,
    undefined,
    "Tamsin Bay Regional Council: The emergency cold-weather shelter at St Luke's Hall (14 Quay St) opens tonight at 7pm as temperatures drop to -6°C. Vagrants and druggies from the river path are asked to use the side entrance so families aren't disturbed. Warm drinks, blankets and a bed for anyone who needs one. Details: tamsinbay.govt.nz/cold. Next update tomorrow 9am.",
  ),
  bad(
    "en",
    "bulletin",
    "disease tied to a community",
    IMPARTIAL,
    CERC,
    "Hepatitis A cases in Millbrook",
    "Millbrook County Health Department – March 5, 2026\nWe have confirmed six cases of hepatitis A in Millbrook since February 20. Everyone affected is recovering.\nAll six cases are linked to the Chinese community around Elm Street, where hygiene in family-run food businesses has long been a concern.\nHepatitis A spreads through contaminated food and water and through close contact. Wash your hands thoroughly with soap after using the toilet and before preparing food. Free vaccination is offered to close contacts at the Health Department, 200 Court Street, weekdays 8 a.m.–4 p.m. If you have yellowing of the skin or eyes, dark urine or stomach pain, call your doctor.\nMore information: millbrookcounty.gov/hepa. Next update Monday, March 9.",
  ),
  // 5. Mockery, sarcasm, jokes, emoji
  bad(
    "sv",
    "social",
    "callers mocked with emoji",
    IMPARTIAL,
    RF,
    undefined,
    "Åsundby kommun: Nej, vattnet i Vångaby är INTE förgiftat 🙄😂 Till alla er som ringt kontaktcenter 40 gånger sedan i morse: andas. Det som luktar är klor från ledningsspolningen, och vattnet går att dricka. Lukten försvinner om du låter kranen rinna några minuter. Mer info på asundby.se/vatten, ny uppdatering kl. 16.",
  ),
  bad(
    "sv",
    "faq",
    "joke about the cause",
    IMPARTIAL,
    RF,
    "Vanliga frågor om strömavbrottet i Nedre Lid",
    "Tallmo kommun, 3 december 2026 kl. 08.00\nVarför är strömmen borta?\nEkorrarna har gått ut i strejk 🐿️ Nej, skämt åsido: en transformatorstation vid Lidvägen skadades av stormen i natt.\nNär kommer strömmen tillbaka?\nTallmo Energi räknar med att strömmen är tillbaka senast kl. 20 i kväll.\nVart kan jag vända mig?\nTrygghetspunkten i Björkås bygdegård har öppet dygnet runt med värme, vatten och laddning av telefoner. Har du hemtjänst, ring 0650-38 00 00.\nVar hittar jag ny information?\nPå tallmo.se/el. Vi uppdaterar kl. 12.",
  ),
  bad(
    "en",
    "sms",
    "flippant emoji text",
    IMPARTIAL,
    CERC,
    undefined,
    "Kettleby Shire: Water's back on in Lower Brook!! 🎉🚽💦 Flush away folks, your long national nightmare is over 😜 Run cold taps 2-3 mins till clear. Still no water? 1300 555 018. kettleby.nsw.gov.au/water. Final update 9am tmrw.",
  ),
  bad(
    "en",
    "bulletin",
    "sarcasm about worried callers",
    IMPARTIAL,
    CERC,
    "Sirens sounded in error this morning",
    "Harrowfield Borough Council – 4 March 2026, 11:30\nThe outdoor warning sirens in Harrowfield town centre sounded at 10:02 this morning because of a fault during routine maintenance. There was no emergency, and nobody needs to do anything.\nTo the 300-odd people who rang our switchboard convinced it was the end of the world: we're touched, but it wasn't. Perhaps try a cup of tea next time.\nThe sirens will be tested as planned on the first Monday of next month at 3pm. If you hear them at any other time, go indoors, shut windows and doors and tune in to BBC Radio Harrowfield. More at harrowfield.gov.uk/sirens. We will publish what caused the fault by Friday.",
  ),
  // 6. Alarmist or sensational wording
  bad(
    "sv",
    "bulletin",
    "catastrophe framing of minor flooding",
    IMPARTIAL,
    RF,
    "KATASTROFLÄGE I BRUNNSVIK – VATTNET FORSAR IN",
    "Brunnsviks kommun, 12 april 2026 kl. 07.45\nBrunnsvik står inför en katastrof. Vårfloden i Lillälven har nått rekordnivåer och kaoset sprider sig: i natt trängde vatten in i tre källare på Strandgatan.\nBor du längs Strandgatan eller Älvvägen: flytta värdesaker från källaren och ställ bilen på parkeringen vid Brunnsviks skola. Sandsäckar finns att hämta vid kommunförrådet på Industrigatan 6 fram till kl. 20.\nSMHI:s nästa prognos för Lillälven kommer kl. 13, och vi uppdaterar brunnsvik.se/vårflod senast kl. 14. Frågor: 0910-44 10 00.",
  ),
  bad(
    "sv",
    "sms",
    "shouting capitals for a road closure",
    IMPARTIAL,
    RF,
    undefined,
    "Hjärtsjö kommun: LIVSFARLIGT KAOS!!! Rv 27 vid Hjärtsjömotet är AVSTÄNGD efter en trafikolycka. Ta omvägen via Storgatan och Ringvägen. Mer info: hjartsjo.se/trafik. Ny info kl. 17.",
  ),
  bad(
    "en",
    "social",
    "sensational words for a contained fire",
    IMPARTIAL,
    CERC,
    undefined,
    "Weston Vale Council: TERRIFYING scenes on Hatherley Common this afternoon as a raging inferno tore through the heath. The grass fire (about 2 hectares) is now contained and no homes are at risk. Please keep away from Hatherley Lane so fire crews can work, and close windows if you smell smoke. Updates: westonvale.gov.uk/news. Next post 7pm.",
  ),
  bad(
    "en",
    "bulletin",
    "epidemic language for a school cluster",
    IMPARTIAL,
    CERC,
    "Frightening stomach bug epidemic sweeps Northgate Primary",
    "Port Esk District Council and Port Esk Public Health – 10 February 2026\nA frightening epidemic is tearing through Northgate Primary School. Fourteen pupils and two staff members have had vomiting and diarrhoea since Monday; norovirus is the likely cause, and test results are awaited.\nThe school remains open and has been deep-cleaned. Keep children at home until 48 hours after their last episode of vomiting or diarrhoea, wash hands with soap and water (hand gel does not kill norovirus), and call Healthline on 0800 611 116 if your child shows signs of dehydration.\nParents will receive a letter today; more information is at portesk.gov.uk/health. Next update Thursday 12 February at noon.",
  ),
  // 7. Refusal to comment without a reason
  bad(
    "sv",
    "bulletin",
    "no further comment, no reason",
    OPEN,
    MSB,
    "Brand vid Solbackaskolan",
    "Kvarnsta kommun, 7 november 2026 kl. 16.40\nI natt brann det i en förrådsbyggnad vid Solbackaskolan. Ingen person skadades. Skolans huvudbyggnad klarade sig, men idrottshallen är stängd tills vidare på grund av rökskador.\nKommunen kommer inte att kommentera händelsen ytterligare.\nUndervisningen fortsätter som vanligt på måndag. Idrottslektionerna flyttas till Kvarnsta sporthall, dit eleverna går tillsammans med lärare. Vårdnadshavare med frågor kan ringa skolans expedition på 0480-45 32 10. Läs mer på kvarnsta.se/solbacka. Nästa information kommer i Unikum på måndag kl. 08.",
  ),
  bad(
    "sv",
    "faq",
    "question flatly not answered",
    OPEN,
    MSB,
    "Frågor och svar om utsläppet i Kvarnsta hamn",
    "Kvarnsta kommun, 19 maj 2026 kl. 13.00\nVad har hänt?\nI morse läckte diesel ut från en tankbil i Kvarnsta hamn. Räddningstjänsten har lagt ut länsor och saneringen pågår.\nFinns det risk för min hälsa?\nUndvik att bada och fiska i hamnbassängen och vid Norrstrand tills vidare. Håll hundar borta från vattnet.\nHur mycket diesel har läckt ut?\nDen frågan besvaras inte.\nNär kan jag bada igen?\nMiljöförvaltningen tar vattenprover i morgon. Vi uppdaterar kvarnsta.se/hamnen senast torsdag kl. 15.",
  ),
  bad(
    "en",
    "bulletin",
    "substance withheld without reason",
    OPEN,
    CERC,
    "Chemical leak at Brookfield industrial estate",
    "Maple Creek County Emergency Management – June 26, 2026, 2:20 p.m.\nAt 12:50 p.m. today a chemical leak was reported at a plant on the Brookfield industrial estate. Fire crews have stopped the leak. Four workers were checked by paramedics; none needed hospital treatment.\nNo further information will be given about which chemical was involved.\nPeople within half a mile of Brookfield Road should stay indoors with windows and doors closed until 5 p.m. Avoid the area: Brookfield Road is closed between Route 9 and Hanley Avenue. Questions: 555-0142. Updates at maplecreekcounty.gov/alerts, next by 5 p.m.",
  ),
  bad(
    "en",
    "social",
    "questions shut down",
    OPEN,
    CERC,
    undefined,
    "Tamsin Bay Regional Council: Power is off across Ferry Hill and Karaka Point after a fault at the Ferry Hill substation. The lines company expects power back by 9pm. We won't be commenting on the cause or answering questions on this page. If you rely on medical equipment and have no backup power, call 111. Updates: tamsinbay.govt.nz/outage. Next post 6pm.",
  ),
  // 8. Hiding what is not yet known
  bad(
    "sv",
    "bulletin",
    "guess stated as certain while measuring",
    ["open", "factual"],
    MSB,
    "Gaslukt i centrala Vångaby",
    "Åsundby kommun, 11 februari 2026 kl. 10.05\nSedan kl. 08 i morse har många boende i centrala Vångaby känt gaslukt. Lukten kommer från Åsundby Energis arbeten i ledningsnätet vid Torggatan och är helt ofarlig.\nRäddningstjänsten mäter fortfarande halterna runt Torget, och Torggatan är avstängd för trafik medan mätningarna pågår. Undvik området, rök inte och tänd inga öppna lågor i närheten.\nFölj asundby.se/gaslukt. Nästa uppdatering kl. 12.",
  ),
  bad(
    "sv",
    "correction",
    "'utrett och hanterat' without content",
    OPEN,
    MSB,
    "Rättelse om legionella i Tallmo simhall",
    "Tallmo kommun, 24 november 2026 kl. 15.30\nI sociala medier påstås att personer har smittats av legionella i Tallmo simhall. Det stämmer inte: det finns inga bekräftade fall av legionellasmitta kopplade till simhallen.\nFrågan om bakterier i duscharna är utredd och hanterad.\nSimhallen har öppet som vanligt. Blir du sjuk med feber och hosta efter ett besök, kontakta 1177. Mer information på tallmo.se/simhallen. Vi uppdaterar sidan på fredag kl. 12.",
  ),
  bad(
    "en",
    "bulletin",
    "'dealt with' without saying what",
    OPEN,
    CERC,
    "Update: Riverside treatment works",
    "Kettleby Shire Council – 2 September 2026, 10:00 am\nYesterday evening some residents in Riverside and Gowan Hill reported a chemical smell near the Riverside wastewater treatment works.\nThe issue at the works has now been dealt with.\nIf you still notice a strong smell, keep windows closed and report it on 1300 555 018. People with breathing problems who feel unwell should call their GP or healthdirect on 1800 022 222. More at kettleby.nsw.gov.au/riverside. We will post another update by 4pm today.",
  ),
  bad(
    "en",
    "faq",
    "safe declared before lab results",
    ["open", "factual"],
    CERC,
    "Boil water notice in Ashbury West – questions and answers",
    "City of Ashbury Water Department – updated April 15, 2026, 9:00 a.m.\nWhy was a boil water notice issued?\nA 24-inch main broke on Delmar Avenue on Monday night, and pressure dropped across Ashbury West.\nIs the water safe now?\nYes. Pressure is back to normal and the water is safe. Samples taken yesterday are still at the state laboratory, but the notice is just a formality.\nWhat do I need to do?\nUntil the notice is lifted, boil water for one minute before drinking, brushing teeth or making ice, or use bottled water.\nWhen will I hear more?\nWe will post the test results at ashbury.gov/water by 5 p.m. Thursday.",
  ),
  // 9. Dodged questions
  bad(
    "sv",
    "faq",
    "'komplex fråga' non-answer",
    OPEN,
    MSB,
    "Frågor och svar om kokningsrekommendationen i Lillåsen",
    "Hjärtsjö kommun, uppdaterad 8 september 2026 kl. 11.00\nVarför ska vi koka vattnet?\nVid provtagningen i fredags hittades E. coli i ledningsnätet i Lillåsen.\nHur kokar jag vattnet?\nKoka upp vattnet så att det bubblar kraftigt. Det räcker, det behöver inte koka någon viss tid.\nNär kan vi dricka vattnet utan att koka det igen?\nDet är en komplex fråga som beror på många olika faktorer.\nVar får jag veta mer?\nPå hjartsjo.se/vatten och via kontaktcenter på 0370-37 00 00. Nästa uppdatering kommer onsdag kl. 14.",
  ),
  bad(
    "sv",
    "social",
    "'som vi tidigare kommunicerat' dodge",
    OPEN,
    MSB,
    undefined,
    "Kvarnsta kommun svarar: Många av er frågar varför inget VMA skickades ut när röken från branden vid Kvarnsta återvinningscentral låg över Norrby i går kväll. Som vi tidigare har kommunicerat arbetar vi aktivt med frågan. Branden är nu släckt och röken har skingrats, så du kan vädra som vanligt. Läs mer på kvarnsta.se/brand. Vi uppdaterar här i morgon kl. 10.",
  ),
  bad(
    "en",
    "faq",
    "'as previously communicated' dodge",
    OPEN,
    CERC,
    "Power outage compensation – your questions",
    "Harrowfield Borough Council – 6 December 2026, 12:00\nHow long was the power off?\nUp to 41 hours in parts of Eastfield and Kingsmead after Storm Aled.\nWill I be compensated for food I had to throw away?\nAs previously communicated, the council is keeping all options under review.\nWhere can I get help now?\nOur hardship fund offers £50 food vouchers to households on low incomes. Apply at harrowfield.gov.uk/stormhelp or call 0300 123 4400.\nWhen will you update this page?\nBy noon on Tuesday 8 December.",
  ),
  bad(
    "en",
    "correction",
    "asbestos question met with a platitude",
    OPEN,
    CERC,
    "Correction: Oakfield Academy evacuation",
    "Port Esk District Council – 14 October 2026, 3:30 pm\nEarlier today we said Oakfield Academy was evacuated because of a fire alarm fault. That was incorrect: pupils and staff were moved to the sports hall at 10:15 after builders disturbed ceiling material in the science block.\nSome parents have asked whether the ceiling material contained asbestos. The safety of our pupils and staff will always be our highest priority.\nThe science block is closed and the rest of the school opens as normal tomorrow. Parents with questions can call the school office on 01632 960 482. Full details at portesk.gov.uk/oakfield. Next update Friday at noon.",
  ),
  // 10. Information held back for the sender's convenience
  bad(
    "sv",
    "bulletin",
    "known areas held until after a meeting",
    ["open", "fast"],
    MSB,
    "Risk för frånkoppling av el i Tallmo",
    "Tallmo kommun, 4 december 2026 kl. 09.00\nPå grund av effektbrist i elnätet kan Tallmo Energi behöva koppla bort delar av kommunen i upp till två timmar i taget under de kommande kalla dagarna. Sjukhus, äldreboenden och vattenverk prioriteras.\nVilka områden som berörs och när frånkopplingen kan ske har kommunen redan fått besked om från Tallmo Energi, men vi går ut med det först efter krisledningsnämndens sammanträde på onsdag.\nFörbered dig genom att ha ficklampa, laddad mobil och varma kläder hemma. Har du hemtjänst eller trygghetslarm, ring 0650-38 00 00. Läs mer på tallmo.se/el. Nästa uppdatering onsdag kl. 16.",
  ),
  bad(
    "sv",
    "faq",
    "results only on request",
    OPEN,
    MSB,
    "Frågor och svar om PFAS i Ekebergas dricksvatten",
    "Ekeberga kommun, uppdaterad 10 mars 2026 kl. 10.00\nVad har hittats?\nVid kommunens provtagning i februari hittades PFAS i dricksvattnet från Ekebacka vattenverk.\nKan jag dricka vattnet?\nLivsmedelsverket bedömer att vattnet kan drickas. Är du gravid eller blandar modersmjölksersättning, använd gärna vatten på flaska tills vidare.\nVilka halter uppmättes i mitt område?\nProvsvaren publiceras inte, men den som vill kan begära ut dem från kommunens registrator.\nVar kan jag läsa mer?\nPå ekeberga.se/pfas. Nästa uppdatering kommer den 17 mars.",
  ),
  bad(
    "en",
    "sms",
    "details held until office hours",
    ["open", "fast"],
    CERC,
    undefined,
    "Weston Vale Council: Fuel spill from a bin lorry on Northgate Rd – road closed, avoid the area. The list of affected streets and advice for residents will be published Mon 9am when council offices reopen. Info: westonvale.gov.uk/news. Emergencies: 999.",
  ),
  bad(
    "en",
    "bulletin",
    "school names given to the press only",
    OPEN,
    CERC,
    "Lead found in Millbrook school drinking fountains",
    "Millbrook County Health Department – January 19, 2026\nRoutine testing found lead above the action level in drinking fountains at three Millbrook schools. The affected fountains have been switched off and bottled water is provided in every classroom.\nThe names of the three schools and the full test results have been shared with accredited journalists and are available from our press office on request; they will not be posted publicly.\nParents who are concerned can ask their child's doctor about a blood lead test, which is free at the Health Department, 200 Court Street. More at millbrookcounty.gov/lead. Next update Friday, January 23.",
  ),
];
