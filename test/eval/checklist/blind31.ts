import {
  ACTIVE,
  ADAPTED,
  CERC,
  DEBUNK,
  FACTUAL,
  FAST,
  IMPARTIAL,
  KLAR,
  KRIS,
  MSB,
  OPEN,
  PLAIN,
  RF,
} from "./guidance.js";
import { evalSet, perLanguage } from "./build.js";
import type { EvalMessage } from "./types.js";

/**
 * Thirty-first blind set, written 2026-12-06 by an independent author who did not read the checklist rules, its
 * lexicons or any earlier item (only types.ts, guidance.ts, build.ts, the header of blind29.ts and the earlier sets'
 * source URLs, so that no real message repeats). HELD-OUT status is decided by the lead.
 *
 * About two thirds of the items are in English and most are short forms (sms, social posts, faq answers,
 * corrections, short web updates), with some longer bulletins. The real messages are published text copied from
 * public authorities (whole sentences or paragraphs may be left out, nothing reworded); several are ordinary,
 * imperfect messages of the kind the checklist must let through. Each flawed message is written to show one failure
 * pattern (a few carry two principles) and is otherwise meant to look competent; some flaws are deliberately subtle.
 * Places, organisations and telephone numbers in the flawed messages are invented.
 */
const { real, bad } = evalSet("", perLanguage("good31", "bad31"));

export const GOOD_BLIND31: EvalMessage[] = [
  // ---------------------------------------------------------------- English: real
  real(
    "en",
    "bulletin",
    "Health Advice About Possible Wastewater Overflows",
    `Advice from National Public Health Service – Northern region
The Te Tai Tokerau power outage may impact wastewater pump stations, leading to the overflow of sewage into the sea. You can get very sick from contact with human sewage.
Here is important public health advice.
- Please stay away from beaches and rivers around Whangārei and Bream Bay or wherever there are warning signs.
- Do not swim or wade in the water.
- Please do not gather shellfish from these beaches.
- If in contact with contaminated water, wash the affected area with soap and water as soon as possible.
- Please ring Healthline on 0800 611 116 if you have been in contact with contaminated water and have gastro illness or eye, ear or skin infections.
- Please check Safeswim for up to date information.
www.safeswim.org.nz`,
    "https://www.scoop.co.nz/stories/AK2406/S00656/health-advice-about-possible-wastewater-overflows.htm (National Public Health Service – Northern region, Health New Zealand, press release via Scoop, 2024-06-20)",
  ),
  real(
    "en",
    "bulletin",
    "Chile earthquake - tsunami warning marine and beach threat",
    `A tsunami warning marine and beach threat has been issued for East Cape, Chatham Islands, Coromandel and Banks Peninsula. Overnight (17.09.15) people in these areas should follow this advice: 1. Stay out of the water (sea, rivers and estuaries, including boating activities) 2. Stay off beaches and shore areas 3. Do not go sightseeing 4. Share this information with family, neighbours and friends 5. Listen to the radio and/or TV for updates 6. Follow instructions of local civil defence authorities.`,
    "https://www.civildefence.govt.nz/about/news-and-events/news/new-news-3/ (New Zealand Ministry of Civil Defence & Emergency Management, news item, September 2015)",
  ),
  real(
    "en",
    "bulletin",
    "National Warning: Tsunami Threat to Beach and Marine Areas",
    `Issued 11:37 16 June 2019

This message is current and replaces all/any previous messages for this event.

The Ministry of Civil Defence & Emergency Management (MCDEM) has issued a tsunami warning (beach and marine threat) following a magnitude 7.4 earthquake located in the Kermadec Islands region.

Unusually strong and hazardous currents and unpredictable surges are expected near the shore. This means a threat to beach, harbour, estuary and small boat activities.

The severity of currents and surges will vary within a particular coastal area and over the period this warning is in effect.

Current assessments indicate that coastal inundation (flooding of land areas near the shore) is not expected but this assessment may change.

The first tsunami activity may not be the most significant. Tsunami activity will continue for several hours and the threat must be regarded as real until this warning is cancelled.

People in the above coastal areas should:
1. Listen to the radio and/or TV for updates and NZCivilDefence Twitter
2. Listen to local Civil Defence authorities
3. Stay out of the water (sea, rivers and estuaries, this includes boats)
4. Stay off beaches and shore areas
5. Do not go sightseeing
6. Share this information with family, neighbours and friends
Only messages issued by the Ministry of Civil Defence & Emergency Management represent the official warning status for New Zealand. Pacific Tsunami Warning Centre (PTWC) messages do not represent the official warning status for New Zealand.`,
    "http://www.scoop.co.nz/stories/AK1906/S00362/national-warning-tsunami-threat-to-beach-and-marine-areas.htm (Ministry of Civil Defence and Emergency Management, press release via Scoop, 2019-06-16)",
  ),
  real(
    "en",
    "bulletin",
    "Update, Henderson Incident",
    `Cordons remain in place in Henderson as part of an ongoing Police operation.

The Newington Road address that was subject of a pre-planned search warrant this morning remains contained and Police staff are communicating with an occupant inside the property.

Police would like to thank the community for their patience given the ongoing disruption as a result of the cordons in place today. These are in place to ensure the safety of the community and Police staff.

We would like to reassure the public that Police are working hard to bring the matter to a safe conclusion as soon as possible.

Police will continue to provide updates as they are available.`,
    "https://www.scoop.co.nz/stories/AK2302/S00681/update-henderson-incident.htm (New Zealand Police, press release via Scoop, 2023-02-24)",
  ),
  real(
    "en",
    "bulletin",
    "Emergency Road Notifications",
    `Updated 1/06/2023    8:15 am

  • Lobster Valley Rd. - 1.5 miles east of the intersection of Lobster Creek and Fiver Rivers Rd. The road will be closed indefinitely.`,
    "https://co.benton.or.us/publicworks/page/emergency-road-notifications (Benton County Public Works, Oregon, 2023-01-06)",
  ),
  real(
    "en",
    "bulletin",
    "Water Update",
    `The repair on the broken water line will begin at 8 AM Friday, March 26th.
Water will be shut off at 9 AM. Depending on how the repair proceeds, water may be shut off at a later time. As of right now, we anticipate going on a precautionary water advisory for 3 days starting tomorrow.
While we hope to minimize the impact to citizens, you will want to ensure you have water stockpiled for cooking, flushing toilets, etc.
I hope to be able to provide another update prior to end of day tomorrow. If not, information regarding the precautionary water advisory will be posted on Facebook and our website; an e-mail will be sent out Monday morning.`,
    "http://villageofsedley.com/water-update/ (Village of Sedley, Saskatchewan, web notice, March 2021)",
  ),
  real(
    "en",
    "bulletin",
    "Gloucester Fire Department Shares Information on Smoke Conditions Due to Ongoing Brush Fires Across the State",
    `GLOUCESTER — Chief Eric Smith and the Gloucester Fire Department report that due to ongoing brush fires across the state, residents likely have noticed the smell of smoke and hazy skies.

Both Gloucester and Rockport Fire Departments have responded to and investigated numerous reports of smoke odor, including launching drone units to confirm that there were no active brush or wildland fires within the communities. Through these responses, both departments were able to determine that the odor of smoke and haze were not from the communities of Rockport or Gloucester.

Residents and community members are reminded that the smell of smoke may stay in the air for days due to the ongoing dry conditions and elevated wildfire risks. However, this does not mean there is a current fire burning in Gloucester.

Chief Smith reminds the community that hazy skies are a normal result of extensive outdoor fires and that they should clear a few days after the fires are extinguished. It is important to note that since brush fires have been consistent across the state, it may take longer for the residual smoke conditions to clear.

Given the dry conditions and the elevated risk of wildfires and fire spreading, residents are reminded that outdoor burning is prohibited at this time of year and fire conditions should be closely monitored at all times:

Refrain from outdoor cooking and heating. Sparks and embers from chimineas, fire pits, and grills can easily ignite dry vegetation, debris, and overhanging branches.

A trusted adult must be present before, during, and after a cooking fire.

Do not use gasoline or other flammable or combustible liquids to burn brush, trash, or other waste.

Extinguish smoking materials in a sturdy ashtray with water or sand. Never toss cigarette butts, matches, or other smoking materials over the edge of a balcony, stub them out on stairs or railings, or toss them in dry vegetation or debris.`,
    "https://msonewsports.com/?p=97286 (Gloucester Fire Department, Massachusetts, press release as published by MSONewsports; date not shown on the page)",
  ),
  real(
    "en",
    "bulletin",
    "Storm Damage Update",
    `Posted: Wednesday, 27 November 2019

Following Tuesday’s storm, Council’s first priority is to clean up our roads and then footpaths of any fallen vegetation and debris.

If you have been effected by the storm and you have excess vegetation to be removed from your property please place debris in your green bin which is emptied weekly. If the vegetation does not fit in your greenwaste bin, you can book a vegetation clean up service online. Council is unable to enter private property to remove materials, if you are unable to move the debris to your verge please call a private contractor.

To utilise the vegetation clean up service you must comply with the service conditions i.e. only present tree prunings / loppings such as branches.  Council cannot collect loose vegetation, it must be bundled together and tied.  Do not present vegetative material in plastic bags. Branches thicker than 75mm diameter and longer than one metre long will not be collected.

If a tree is causing a life threatening situation call the SES on 132 500.`,
    "http://www.willoughby.nsw.gov.au/Home-Page-Modules/announcements/storm-damage-update/ (Willoughby City Council, NSW, 2019-11-27)",
  ),
  real(
    "en",
    "bulletin",
    "Cyberattack update: impact on services",
    `Council teams are working hard to recover systems and resolve the significant disruption caused by the serious cyberattack that has affected services since October.

The advanced, criminal attack remains under investigation by the Council, National Cyber Security Centre and National Crime Agency, in close cooperation with the Information Commissioner’s Office.

Some services will be unavailable or operate differently for months, and the Council’s teams are doing everything possible to restore them. Vital services, including the Council’s coronavirus response work, continue to operate, but the effects of this criminal attack are having a significant impact on many residents. Wherever possible, Council teams are creating new or temporary ways to run systems differently and the Council will continue to share updates on the recovery of services through its website and regular newsletters. 

What’s still disrupted?

Land searches and planning applications

We remain unable to process land searches for residents buying property, and this service is unlikely to be fully available before the end of the stamp duty holiday in March 2021. 

We hope to offer a partial service in the coming weeks, and have written to applicants and agents this week to outline which elements of the service are publicly available, and which we expect to offer as a partial land search service. Affected residents should speak to their lender or mortgage broker about taking out indemnity insurance. Visit the Land Searches page for more information.

Planning applications submitted before 1 October cannot be processed, and applicants are being contacted directly by the Planning Service, with advice provided on the best way forward. In some cases, this involves re-submission of applications on the Council’s new planning system.`,
    "https://news.hackney.gov.uk/cyberattack-update-impact-on-services/ (London Borough of Hackney, 2020-11-20)",
  ),
  real(
    "en",
    "bulletin",
    "DPH Urges Precaution During Storm Recovery",
    `Hartford – The Department of Public Health reminds residents to continue to take steps to be safe during recovery from the storm.

Prevent Carbon Monoxide (CO) Poisoning

  •       If you are using a generator, place it at least 20 feet from the house and away from windows, doors and vents.
  •       Never operate a generator indoors or inside of a garage, or basement.
  •       Follow the label on your generator and the owner’s manual. Use the appropriate type of power cord.
  •       Do not use charcoal or gas grills, gas lanterns or camping stoves indoors.
  •       Check to make sure you have carbon monoxide detectors installed on each level of your home outside sleeping areas, and that they have fresh batteries.
  •       Know the symptoms of CO poisoning: headache, dizziness, weakness, nausea, vomiting, sleepiness and confusion. If you suspect CO poisoning, get outside immediately and then call 911.`,
    "https://portal.ct.gov/DPH/Press-Room/Press-Releases---2011/September-2011/DPH-Urges-Precaution-During-Storm-Recovery (Connecticut Department of Public Health, press release, 2011-09-02)",
  ),
  real(
    "en",
    "bulletin",
    "School Closure – Friday 2nd March",
    `Dear Parents/Carers,

Due to a broken heating system affecting a large area of the school, we will not be able to open tomorrow, Friday 2nd March.

It has been exceptionally uncomfortable for pupils and staff in classrooms today, with some children having to keep coats on to stay warm.

Apparently, the heater batteries are not working properly. The exceptionally low temperatures outside means that any warm air that is still managing to filter through the air grills on the roof, is effectively being cancelled out. Consequently, there is cold air blowing throughout school, including three out of the four classrooms.

An engineer has been unable to repair the heating unit, as it requires work to be carried out on the roof. Due to hazardous weather conditions, this is not possible at this moment in time.

Having spoken to the engineering company, we are hoping to have the system repaired first thing Monday morning. Therefore, unless otherwise informed, we will open on Monday. Whilst the first couple of hours in school may be a little chilly, it is hoped that heating will be fully restored by lunchtime.

I am very sorry for any inconvenience that this causes.

We did really well to stay open today, having battled through icy driving conditions, and have now been beaten by faulty heating!

Thank you for your anticipated understanding regarding this unforeseen situation.

Kind regards

Fiona Shields – Headteacher`,
    "https://www.dovebankprimary.co.uk/school-closure-friday-2nd-march/ (Dove Bank Primary School, Staffordshire, letter to parents, 2018-03-01)",
  ),
  real(
    "en",
    "bulletin",
    "Met Office Yellow Weather Warning for Wind",
    `Strong winds are expected to affect much of the UK on Tuesday, with potential travel disruption in places.
What to expect:
Some delays to road, rail, air and ferry transport are likely
Probably some bus and train services affected, with some journeys taking longer
Delays for high-sided vehicles on exposed routes and bridges likely
Some short term loss of power and other services is possible
It’s likely that some coastal routes, sea fronts and coastal communities will be affected by spray and/or large waves.
https://www.metoffice.gov.uk/weather/warnings-and-advice/uk-warnings#?date=2021-12-07`,
    "https://www.tyronecourier.co.uk/news/2021/12/06/news/met-office-yellow-weather-warning-for-wind-20308/ (Met Office warning text as published by the Tyrone Courier, 2021-12-06)",
  ),
  real(
    "en",
    "social",
    undefined,
    `Residents and businesses in the Burnside area of Houghton le Spring are being advised to close all windows and doors.
This is in response to an on-going field fire incident to the rear of Lindisfarne Close and Abbey Drive.
A crew from Rainton Bridge are currently in attendance.`,
    "https://www.sunderlandecho.com/news/people/residents-told-to-keep-doors-and-windows-closed-as-firefighters-tackle-blaze-in-sunderland-5056884 (Tyne and Wear Fire and Rescue Service social media post, quoted in full by the Sunderland Echo, 2025-03-28)",
  ),
  real(
    "en",
    "social",
    undefined,
    `Over 100 firefighters continue to tackle a significant metal fire on Harrimans Ln.

Please stay out of the area and be aware of a large number of vehicles travelling to the incident. If you live nearby, keep your windows and doors closed.`,
    "https://www.lbc.co.uk/news/nottingham-metal-fire/ (Nottinghamshire Fire and Rescue Service social media post, quoted by LBC, 2021-11-27)",
  ),
  real(
    "en",
    "correction",
    undefined,
    `We want to clear up confusion about our Oregon firefighters and equipment sent to California to help with the wildfires. There is misinformation spreading on social media and from some news outlets claiming our equipment had to pass emissions tests and our equipment and firefighters were turned away or delayed.
TO BE CLEAR: THIS IS FALSE.
Our firefighters left Oregon mid-morning on Wednesday (1/8) from various locations in the state. These strike teams traveled to Sacramento where they stayed the night. On Thursday (1/9) at 6 a.m., they went through a routine safety check with CAL Fire to make sure the engines are mechanically sound. CAL Fire posted on their social media channels detailing the process.
Our strike teams were scheduled to arrive in Southern California on Thursday. There was no delay in the process or travel. Our equipment is held to the highest safety standard to ensure the safety of our firefighters. This equipment also does not regularly travel hundreds of miles at a time. Firefighter safety is our number one priority.
No engine was turned away. They all completed the safety check, and all 15 strike teams arrived in Southern California on Thursday and began their 24-hour shift early Friday morning.
Please help us share this message. If you see any misinformation, please direct people to this post. We thank you for your support.
If you have questions, please reach out to us at ask.osfm@osfm.oregon.gov.`,
    "https://www.roseburgscanner.com/oregon-state-fire-marshal-release-statement-about-social-media-rumors/ (Oregon State Fire Marshal statement, quoted in full by Roseburg Scanner, January 2025)",
  ),
  real(
    "en",
    "correction",
    "Press Release from the Chili Fire Department Regarding the Past Four Structure Fires",
    `We understand that the four recent fires in the Chili Fire District over the last 48 hours is unusual and that a logical question would be "are these fires related"? We would like the public know that the origin and cause of each of these fires has been investigated by the Monroe County Fire Investigation Unit which is a partnership between the Monroe County Fire Bureau and the Monroe County Sheriff's Office. While follow-up activities remain for some of these fires, each of the fires are unrelated and are not being investigated as being incendiary in nature or involving foul play. In fact, in each case, the cold weather conditions are somewhat contributory as is typical this time of year as people work to keep their residences warm through various heating methods. These fires serve as a good reminder to maintain working smoke detectors in your home and to keep fire safety in the forefront of your activities with your family.`,
    "http://www.chilifire.org/news/pressreleasefromthechilifiredepartmentregardingthepastfourstructurefires (Chili Fire Department, New York, 2017-12-28)",
  ),
  real(
    "en",
    "correction",
    undefined,
    `The Owensboro Police Department is aware of a Facebook post made alleging a female was assaulted at Jack C. Fisher Park and that she had contacted law enforcement to file a police report. No reports have been received by the Owensboro Police Department of an assault in that area and officers have been unsuccessful in obtaining any information from the individual who made the initial Facebook post. We have also confirmed that no reports were received by the Daviess County Sheriff’s Office or the Kentucky State Police.

At this time, no additional information has been reported to law enforcement beyond the alarming Facebook post. We take the safety of our community seriously, and encourage all citizens to report suspicious and/or criminal activity so that it can be thoroughly investigated.

Officers will maintain an increased presence at all local parks. Anyone with additional information on this or any other crime can call OPD at 270-687-8888, or leave an anonymous tip with Crime Stoppers at 270-687-8484.`,
    "https://www.tristatehomepage.com/news/local-news/daviess-county/owensboro-news/police-make-comment-on-alleged-owensboro-attack/ (Owensboro Police Department statement, quoted in full by WEHT, 2022-09-19)",
  ),
  real(
    "en",
    "faq",
    "If there is a precautionary boil-water notice, can I use tap water for showering, baths and shaving?",
    `When we are under a precautionary boil -water notice, the water may be used for showering, baths, shaving and washing, so long as you do not swallow or allow water in your eyes, nose or mouth. Children should be supervised to ensure they do not ingest water. Even though the risk of illness is minimal, time spent bathing should be limited. Individuals who have recent surgical wounds, are immunosuppressed, or have chronic illness may want to consider bathing with bottled or boiled water until the notice is lifted.`,
    "https://www.citynmb.com/FAQ.aspx?QID=177 (City of North Myrtle Beach, South Carolina, FAQ)",
  ),
  real(
    "en",
    "faq",
    "What can I do with my tap water?",
    `Drinking | No |
Ice Cubes | No. See below for information. |
Brushing Teeth | No |
Baby’s Formula | No |
Washing Fruit/Vegetables | No |
Preparing Food | No |
Coffee, Tea, Lemonade | No. See below for information on soda dispensers and coffee makers. |
Laundry | Yes |
Watering Grass or Garden | Yes |
Washing Hands | See below |
Showers or Baths | See below |
Washing Dishes | See below |
Pets | See below |
Washing hands
It is recommended that you wash your hands using soap and either bottled water or boiled water. An alcohol-based hand sanitizer may also be used.
Showers or baths
Adults, teens, and older children can wash, bathe, or shower; however, they should avoid swallowing the water. Babies and young children should not bathe or shower in tap water because they often swallow some water accidentally. Toddlers and infants should be sponge-bathed.
Washing dishes
You may use a dishwasher if it has a sanitizing cycle. If it does not have a sanitizing cycle, or you are not sure if it does, you may hand wash dishes and utensils by following these steps:
1.Wash the dishes as you normally would.
2.As a final step, immerse the dishes for five minutes in lukewarm water to which a teaspoon of bleach per gallon of water has been added.
3.Allow the dishes to completely air dry.
Coffee maker, ice machine, water or soda dispenser
None of these devices should be used if they are directly connected to your water supply. Also, filters are unacceptable for removing bacteria. Once you have been notified that the boil order has been lifted, these devices should be cleaned and sanitized according to the operator’s manual for the device.
Pets
Although pets are not normally affected by the same diseases as humans, caution suggests giving pets boiled or bottled water.`,
    "https://pwd.org/faqs/what-can-i-do-my-tap-water (Portland Water District, Maine, boil water FAQ)",
  ),

  // ---------------------------------------------------------------- Swedish: real
  real(
    "sv",
    "bulletin",
    "Otjänligt vatten vid Bovikens badplats",
    `Vid senaste badvattenprovet, som togs 29 juli 2021, överskreds gränsvärdena för otjänligt badvatten. Därför avrådes bad vid denna badplats tills vidare. Nytt vattenprov är taget och det resultatet kommer att publiceras här på hemsidan så snart det är klart.`,
    "https://www.tanum.se/kommunpolitik/nyhetsarkiv/bovikensbadplatstillfalligtstangd.5.3435c0e8173d6239273528ac.html (Tanums kommun, nyhetsarkiv, 2021)",
  ),
  real(
    "sv",
    "bulletin",
    "Badvattenprov på Rådastrand godkänt – OK att bada som vanligt",
    `Det senaste badvattenprovet som togs vid Rådastrand 18 juli visar på tjänligt badvatten.

Den 11 juli togs badvattenprover på samtliga kommunala badplatser (11 badplatser). När provsvaren kom in visade det sig att provet vid Rådastrand inte var godkänt och vi avrådde från bad, på grund av otjänligt vatten.

Ett nytt prov togs 18 juli och detta prov visar att vattnet är tjänligt och att det är helt OK att bada.

Mer information om badvatten i kommunen

Hos Hav och vatten Länk till annan webbplats, öppnas i nytt fönster. kan du se alla provresultat på de kommunala badplatserna.

Vad menas med att vattnet tjänligt, tjänligt med anmärkning eller otjänligt?

Varje vattenprov får en bedömning efter att halten bakterier E. coli och intestinala enterokocker i vattnet analyserats.

Tjänligt vatten betyder att halten av bakterierna är låg nog för att inte innebära en hälsorisk.

Tjänligt med anmärkning betyder att halten bakterier i provet är något förhöjt, att bada i vattnet bedöms fortfarande inte utgöra någon hälsorisk. Men kommunen bör följa upp varför halten är förhöjd.

Otjänligt vatten betyder att någon eller båda bakterierna finns i höga halter i badvattnet, vilket är ett tecken på att det skett en förorening av något slag. Då finns också en risk att det förekommer andra mikroorganismer i vattnet som du som badande kan bli sjuk av om du sväljer vattnet (Källa: Havs och vattenmyndigheten 2023).`,
    "https://www.hagfors.se/arkiv/nyheter/2023-07-21-badvattenprov-pa-radastrand-godkant---ok-att-bada-som-vanligt.html (Hagfors kommun, 2023-07-21)",
  ),
  real(
    "sv",
    "bulletin",
    "Otjänligt badvatten i Baddammen, Järnforsen",
    `Vi har fått in provsvaren från den senaste badvattenprovtagningen (utförd den 17 juli).

Från provtagningen i Baddammen, Järnforsen  har vi fått in ett otjänligt provresultat på grund av höga bakteriehalter. Omprov kommer tas tisdag den 24 juli.

Miljö- och byggnadsförvaltningen avråder från bad till dess att nytt badvattenprov visar på ett resultat som är tjänligt eller tjänligt med anmärkning.`,
    "http://www.hultsfred.se/artikel/otjanligt-badvatten-i-baddammen-jarnforsen/ (Hultsfreds kommun, miljö- och byggnadsförvaltningen, juli; year not shown, 2018 by the weekdays)",
  ),
  real(
    "sv",
    "bulletin",
    "Förseningar i skolbusstrafiken",
    `Väglaget ställer till det för skolbuss 12 som inte kan köra ordinarie sträckning eftersom Vässingsövägen inte är snöröjd. Skolorna har fått information om förseningen. På skolorna följer man upp och kontrollerar i de fall eleverna inte kommer. Bussbolaget planerar att försöka köra den sena turen, som går klockan 9.

Väglaget ställer till det för våra skolbussar idag på morgonen. Enligt bussbolaget som kör skolbuss 12 är denna till exempel 1 timma försenad. Skolorna har fått information om förseningen. På skolorna följer man upp och kontrollerar i de fall eleverna inte kommer.`,
    "https://www.kungsbacka.se/Archive/Regular-News/2018/1/Forseningar-i-skolbusstrafiken/ (Kungsbacka kommun, januari 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Planerade vattenavstängningar september 2015",
    `Under september kommer fyra planerade vattenavstängningar att ske på grund av inkopplingsarbeten av ny dricksvattenledning i projektet Östra länken etapp 4B. Bor du i områden vid Östra Länken? Se vår lista om din fastighet berörs.

Vissa fastigheter kommer att sakna tillgång till dricksvatten under en begränsad tid. Dessa fastigheter informeras via brev i låda eller i farstu på flerfamiljsfastigheter. Under endel av jobben kommer vattentank att finnas tillgänglig. Mer information kommer.
Se berörda adresser här. Listan uppdateras vartefer jobben skall göras.`,
    "https://www.lulea.se/samhalle--gator/nyhetsarkiv/nyheter/2015-09-04-planerade-vattenavstangningar-september-2015.html (Luleå kommun, 2015-09-04)",
  ),
  real(
    "sv",
    "bulletin",
    "Nu är det vinter!",
    `Artikeln publicerades 14 december 2018

Nu är det halt och kanske till och med snöigt! Både som bilist och gångtrafikant vill du ha säkra och framkomliga vägar. Kommunen och fastighetsägaren har ett gemensamt ansvar för snöröjning och halkbekämpning av gaturummet.

Högst prioritet vid ett snöfall har det högtrafikerade vägnätet och våra gång- och cykelvägar. Halkbekämpning och snöröjning påbörjas omgående av dessa när vädret så kräver. När det gäller lokalgator i bostadsområden är beredskapen något lägre och här vill vi helst att det ska ha snöat klart innan snöröjning och halkbekämpning påbörjas. Under vinterperioden sker tillsyn av vägnätet minst 2 gånger per dygn då väderleken kräver det.

Fastighetsägare har en rad viktiga uppgifter i vinterväghållningen. Gångbanan utanför din fastighet ska hållas ren från snö och is, och ska sandas när det är halt. Istappar som hotar att falla ner från taket måste tas bort.

Mer information och kartor finns att läsa på denna sida.`,
    "https://ronneby.se/trafik--resor/nyheter-trafik--resor/arkiv/2018-12-14-nu-ar-det-vinter.html (Ronneby kommun, 2018-12-14)",
  ),
  real(
    "sv",
    "faq",
    "Spolningar av vattenledningsnätet",
    `Fastigheter som berörs av spolningarna

Du som berörs kommer att få information i din brevlåda och via sms om när vattnet för din fastighet stängs av. 

Eventuella uppdateringar och information om var du kan hämta vatten kan du läsa på översiktskarta.

Hur påverkas jag?

  • Under perioden 8 april–30 april kan vattnet ha lägre tryck än normalt på vardagarna.
  • Under perioden 8 april–5 maj kan vattnet innehålla luft och vara missfärgat. 
  • Under perioden 8 april–30 april kommer vattnet till din fastighet att vara helt avstängt i en till tre arbetsdagar. Minst fem dagar innan din fastighet blir berörd av avstängt vatten kommer du att få information om det i din brevlåda.

Under tiden arbetet pågår kommer du periodvis att vara utan vatten. Vattentankar kommer att placeras ut där du kan hämta vatten i egna behållare. (Se karta).

Under tiden för vattenavstängningen ska du inte öppna några kranar eller använda disk- eller tvättmaskin. Maskinerna kan ta skada och tvätt kan missfärgas.

Spola för att blir av med missfärgat vatten

När spolningen är klar kan luft och missfärgat vatten finnas kvar i ledningarna. Det missfärgade vattnet är inte farligt men kan se oaptitligt ut. Låt vattnet spola en stund så klarnar det.

Varför spolas vattenledningarna?

Varje år spolas vattenledningsnätet med luft och vatten i olika delar av kommunen. Genom att spola vattenledningarna så behåller vi en hög och jämn kvalitet på vattnet.

Kontakt

För frågor angående vatten och avlopp ring: 0455-30 32 00`,
    "https://www.karlskrona.se/Bo-och-bygga/vatten-och-avlopp/spolningar-av-vattenledningsnatet/ (Karlskrona kommun)",
  ),
  real(
    "sv",
    "faq",
    "Om värmen försvinner",
    `Vet du att i ett dåligt isolerat hus sjunker temperaturen från 21 till 10 grader på ett drygt dygn om det är 0-gradigt ute?

De flesta flerbostadshus är anslutna till fjärrvärmenätet. När värmen försvinner beror det antingen på ett strömavbrott som gör att cirkulationspumparna inte kan transportera det varma vattnet runt i huset, eller så har fjärrvärmeleverantören fått problem med till exempel en större läcka.

I villor och fristående byggnader finns ofta alternativa värmekällor som kaminer och öppna spisar men oftast ej i flerfamiljshus. Hur gör jag som saknar detta? Det finns flera enkla åtgärder under ett längre avbrott.

  • Använd ett av rummen och håll värmen uppe i detta. Bäst är ett rum med få fönster vilka gärna får vara mot söder för att utnyttja solens värme.
  • Fyra personer avger samma effekt som ett mindre värmeelement! Den värmen kommer väl till pass.
  • Isolera fönster och dörrar med tejp eller filtar för att undvika onödigt drag.
  • Vädra en kort stund för att få in syre, särskilt om du har levande ljus.
  • Om du fortfarande har ström – använd ett litet elektriskt element eller en fläkt för att värma ett rum.

Lyssna på lokalradion som ofta förmedlar information från aktuell leverantör och kommunen eller besök kommunens hemsida. I vissa fall kan det även finnas information på text-TV.`,
    "http://www.norrkoping.se/organisation/trygghet-och-folkhalsa/kris-och-sakerhet/problem-med-vatten-och-varme/utfallningslista/om-varmen-forsvinner.html (Norrköpings kommun, kris och säkerhet)",
  ),
  real(
    "sv",
    "faq",
    "Eldningsförbud",
    `Vad betyder egentligen eldningsförbud?

Aktsamhet ska alltid vidtas vid eldning oavsett om eldningsförbud råder eller ej. Den enskilde har också skyldighet att hålla utrustning för släckning av brand och i övrigt vidta de åtgärder som behövs för att förebygga brand och hindra eller begränsa skador till följd av brand.

Vem föreskriver om eldningsförbud?

Grundprincipen är att respektive kommun föreskriver om regler för lokala eldningsförbud. Länsstyrelsen kan besluta om regionala eldningsförbud som gäller i delar av länet eller i hela länet.

Totalt eldningsförbud kan föreskrivas vid exempelvis:

  • Extremt hög brandrisk
  • Om långvarig torka råder
  • Omfattande bränder uppstår
  • Om länet och landets skogsbrandsresurser är ansträngda

Förbudet och de föreskrifter som länsstyrelsen beslutar om vid totalförbud gäller då oavsett vilka lokala föreskrifter som kommunerna tagit fram.

När föreskrivs det om eldningsförbud?

Rekommendationen är att eldningsförbud ska råda inom respektive kommun om: FWI-Index (Fire Weather Index) och HBV-index visar höga brandriskvärden (4, 5 eller 5E) aktuellt datum och kommande fem dygn. Väderprognosen ska även visa tydligt att en upptorkning pågår.`,
    "https://www.rattvik.se/omsorg-och-hjalp/raddningstjanst/eldningsforbud.html (Rättviks kommun, räddningstjänst)",
  ),
  real(
    "sv",
    "faq",
    "Eldningsförbud",
    `För att undvika bränder kan Räddningstjänsten utfärda eldningsförbud när det är väldigt torrt i marken. Här kan du se vad olika nivåer av eldningsförbud innebär.
Eldningsförbud
Eldningsförbud gäller i skog och mark, utanför sammanhållen bebyggelse. Vanliga regler för att elda i trädgården och pyroteknik gäller.
Skärpt eldningsförbud
Skärpt eldningsförbud påverkar alla platser, även vad du får göra på din egen tomt.
Ditt ansvar
Du som startar en eld är ansvarig för att den inte sprids. Ha med dig vatten och möjlighet att larma. Elden ska vara helt släckt innan du lämnar platsen. Ring 112 om elden skulle sprida sig.
Du kan dömas till böter om du bryter du mot eldningsförbudet. Du kan även straffas om du orsakar en brand, oavsett om det är eldningsförbud eller inte.`,
    "https://www.halmstad.se/omsorgochstod/tryggochsaker/krisochberedskap/eldningsforbud.n2027.html (Halmstads kommun, kris och beredskap)",
  ),
];

export const BAD_BLIND31: EvalMessage[] = [
  // ---------------------------------------------------------------- English: flawed, sms
  bad(
    "en",
    "sms",
    "speculation about the cause",
    FACTUAL,
    CERC,
    undefined,
    `Tanfield Water: No water or very low pressure in Marrow Green and Holt Lane since 06:40 (Tue 14 Jan) after a burst main. We think the damage was caused by the groundworks for the new housing site on Holt Lane. Bottled water at Marrow Green Village Hall from 10:00. Next update 12:00 at tanfieldwater.co.uk/live or call 01632 960 150.`,
  ),
  bad(
    "en",
    "sms",
    "no protective action",
    ACTIVE,
    CERC,
    undefined,
    `Pellbury Fire & Rescue, 19:40 Sat 8 Mar: Crews are tackling a large fire at the tyre and scrap yard on Dock Road, Pellbury. Thick black smoke is drifting north-east over Riverside and Ashby Park and is likely to continue overnight. Dock Road is closed. Updates at pellburyfire.gov.uk, next by 22:00.`,
  ),
  bad(
    "en",
    "sms",
    "vague instruction",
    ACTIVE,
    PLAIN,
    undefined,
    `Kilbride District Council, 05:20 Fri 21 Nov: The River Wenn at Caddow Bridge is expected to overtop this afternoon. Properties on Mill Row, Weir Street and the caravan park may flood. Please be prepared and take sensible steps to look after yourself and your property. Updates at kilbride.gov.uk/flood, next at 09:00. Floodline 01632 960 770.`,
  ),
  bad(
    "en",
    "sms",
    "no sender",
    OPEN,
    MSB,
    undefined,
    `School closures Thu 12 Dec: Brookfield Primary and Hartwell Infants are closed tomorrow because the heating has failed at both sites. Pupils entitled to free school meals can collect a packed lunch from Hartwell Community Centre, 11:30-13:00. We will confirm by 16:00 on Thursday whether the schools reopen on Friday.`,
  ),
  bad(
    "en",
    "sms",
    "no date or time of issue",
    FAST,
    CERC,
    undefined,
    `Harrowfield Council: An amber heat-health alert is in force and temperatures are expected to reach 33C over the next three days. Cooling rooms are open at Central Library and Greyfriars Leisure Centre, 10:00-18:00. Drink water regularly, keep curtains closed during the day and check on older neighbours. Helpline 01632 960 210.`,
  ),
  bad(
    "en",
    "sms",
    "not adapted to the channel",
    ADAPTED,
    PLAIN,
    undefined,
    `Ashby Vale Council - IMPORTANT INFORMATION REGARDING THE WATER SUPPLY INTERRUPTION AFFECTING PARTS OF THE BOROUGH (UPDATE 3, 14:10 MON 17 FEB). Following the failure of a trunk main at Hilltop, Ashby Vale Water has advised that supplies to a number of streets will be interrupted until at least 22:00. Please see the map in the image below to check whether your street is affected, and read the full list of 48 affected streets at ashbyvale.gov.uk/water/interruption-update-3-full-street-list. Bottled water stations (see the table below for opening hours): Hilltop Community Centre, Ridgeway Methodist Church, Tesco car park (Station Road). Customers on the Priority Services Register will receive deliveries; if you think you should be on the register please complete the online form at ashbyvalewater.co.uk/psr. Further updates will be posted on our website and social media channels.`,
  ),

  // ---------------------------------------------------------------- English: flawed, social
  bad(
    "en",
    "social",
    "jargon",
    ADAPTED,
    PLAIN,
    undefined,
    `MISSING - HIGH RISK. Pellshire Police are appealing for help to locate Daniel Cray (IC1, 78) who is a HR MISPER following departure from his home address at approx 14:20 today (Sun 2 Feb). Daniel has dementia and may be disorientated. LS wearing dark blue anorak, grey trousers and a flat cap, vic. Elm Park / Station Road, Fenby. If sighted please call 999 quoting CAD 1127 of 02/02.`,
  ),
  bad(
    "en",
    "social",
    "hides what is not yet known",
    OPEN,
    CERC,
    undefined,
    `IT incident - update 11:00 Tue 4 Nov. On Monday night criminals attacked some of our computer systems. We want to reassure residents that no personal data has been taken or accessed. Online payments, the planning portal and the library catalogue are unavailable. To pay council tax or rent please call 01632 960 400 (8am-6pm). Be wary of emails or calls claiming to be from us and asking for bank details. Next update at 4pm on this page. - Harrowfield Council`,
  ),
  bad(
    "en",
    "social",
    "stigmatises a group",
    IMPARTIAL,
    CERC,
    undefined,
    `Measles in Eastmoor - update Fri 7 Mar. There are now 9 confirmed cases. The outbreak started on the Traveller site on Coldharbour Lane, where many children have not been vaccinated, and has since spread to two primary schools. Measles spreads very easily. Check your child's red book or call your GP practice to see if they have had two MMR doses. Free catch-up clinics run at Eastmoor Health Centre on Sat 8 and Sun 9 Mar, 9am-3pm, no appointment needed. If you think you have measles, phone your GP or 111 before going in. More: eastmoor.gov.uk/measles`,
  ),
  bad(
    "en",
    "social",
    "favours a company",
    IMPARTIAL,
    RF,
    undefined,
    `Storm Ewan - Sun 14 Dec, 10:30. Our crews cleared 37 fallen trees from roads overnight and are still working on the B6210 and Bower Lane. If a tree has fallen on a public road or path, report it on 01632 960 660 (24 hours). Trees on private land are the owner's responsibility - Greenline Tree Care are offering Harrowfield residents a priority call-out and 10% off with the code STORM10. Stay well away from fallen power lines and call 105.`,
  ),
  bad(
    "en",
    "social",
    "contradictory places and times",
    FACTUAL,
    CERC,
    undefined,
    `ROAD CLOSURE 08:05 Wed 19 Feb: The A614 is closed northbound between junction 4 (Marlow Cross) and junction 6 (Fenby) after a collision involving a lorry at about 07:15. Emergency services are at the scene. Please avoid the area; diversion via the B1420 through Caldwell. We expect the road to reopen around 10:30. The A614 between junction 5 and junction 7 is likely to stay shut until early afternoon while the lorry is recovered. - Pellshire Highways`,
  ),
  bad(
    "en",
    "social",
    "alarmist wording",
    FACTUAL,
    CERC,
    undefined,
    `Caddow Brook oil spill - Kilbride District Council, 11:00 Mon 3 Jun. Around 200 litres of heating oil leaked into Caddow Brook yesterday from a domestic tank. This is an ecological disaster for the brook and the oil is poisonous to people, pets and wildlife. Keep children and dogs out of the water between Caddow Bridge and the River Wenn. Booms are in place and contractors are removing the oil. Report dead fish or oily sheens on 01632 960 770. Next update Tuesday 11:00.`,
  ),
  bad(
    "en",
    "social",
    "downplays the risk",
    FACTUAL,
    CERC,
    undefined,
    `Ashby Vale Water, 18:00 Mon 7 Apr: A routine test at Hilltop reservoir has found E. coli. This is almost certainly nothing to worry about, but as a small precaution customers in Hilltop and Ridgeway may want to boil water for drinking for the next day or so. We expect more results tomorrow afternoon. Check your postcode at ashbyvalewater.co.uk/notices or call 01632 960 150.`,
  ),
  bad(
    "en",
    "social",
    "rumour passed on as fact",
    FACTUAL,
    KRIS,
    undefined,
    `Have you seen Leah? Pellshire Police, 09:30 Sun 16 Mar. Leah Morton, 14, has been missing from her home in Fenby since Friday evening. She was seen getting into a silver hatchback at Fenby station at around 8pm on Friday, according to several people who have posted on Facebook. Leah is 5ft 3, slim, with long dark hair, and was wearing a black puffer jacket and white trainers. If you see her, call 999. Any other information: 101 quoting log 612 of 14 March.`,
  ),
  bad(
    "en",
    "social",
    "blames residents",
    IMPARTIAL,
    RF,
    undefined,
    `Mill Lane flooding - Harrowfield Council, Thu 30 Oct, 14:00. Mill Lane flooded again overnight and is closed between St Mary's church and the ford. The brook was blocked by garden waste dumped by residents, and the surface water has nowhere to go because so many front gardens along the lane have been paved over. Please don't drive through the water. Sandbags can be collected from Harrowfield Depot, 8am-6pm. Report blocked drains on 01632 960 660.`,
  ),

  // ---------------------------------------------------------------- English: flawed, corrections
  bad(
    "en",
    "correction",
    "correction repeats the myth first",
    FACTUAL,
    DEBUNK,
    "Facts about the Kettlewell water",
    `"The water in Kettlewell has been poisoned with chlorine and will make children sick - don't drink it and don't bath babies in it."

You may have seen this message shared on WhatsApp and Facebook over the weekend. It is not true. On Friday we raised chlorine levels for 24 hours after repair work, which is normal practice. Levels are now back to normal and the water is safe to drink and to bath babies in. Some people may notice a slight taste or smell of chlorine; running the cold tap for a minute helps.

Ashby Vale Water, 10:00 Mon 12 May. Questions: 01632 960 150.`,
  ),
  bad(
    "en",
    "correction",
    "silent correction, does not say what changed",
    OPEN,
    CERC,
    "Update: rest centre for Calder Court residents",
    `UPDATE 21:15 Sat 8 Feb. This post replaces the one published at 19:40.

The rest centre for residents evacuated from the Calder Court flats is at Fenby Leisure Centre, Park Road, FE4 2LP. It is open now and will stay open overnight. Please bring any medication, phone chargers and what you need for your pets. Hot food and bedding are provided. If you need transport, call 01632 960 300.

Harrowfield Council`,
  ),
  bad(
    "en",
    "correction",
    "correction without the correct information",
    ACTIVE,
    CERC,
    "Correction: sandbag collection",
    `Our post this morning gave the wrong collection point for sandbags in Caddow. We apologise for the confusion this caused. Sandbags for Mill Row and Weir Street residents are still available today until 6pm, and we will deliver to anyone who cannot collect: call 01632 960 770.

Kilbride District Council, 12:40 Fri 21 Nov`,
  ),

  // ---------------------------------------------------------------- English: flawed, faq
  bad(
    "en",
    "faq",
    "no route to more information",
    ACTIVE,
    CERC,
    "Planned power cuts in Caldwell: your questions",
    `Information from Harrowfield Council and Northern Grid.

Why is the power being turned off?
Northern Grid is replacing the overhead line between Caldwell and Fenby, which was damaged in last month's storm. The work cannot be done safely while the line is live.

When will it happen?
Tuesday 11 and Thursday 13 March, 9am to 3pm on both days.

Do I need to do anything?
Switch off and unplug sensitive equipment such as computers before 9am, and keep fridge and freezer doors closed.

I use medical equipment that needs power. What should I do?
Please make sure you have a backup plan, for example charged batteries, or arrange to stay with family or friends on those days.

What if the work overruns?
We will try to keep any overrun as short as possible.`,
  ),
  bad(
    "en",
    "faq",
    "jargon",
    ADAPTED,
    PLAIN,
    "Discoloured water in Hilltop: questions and answers",
    `Why is my water brown?
A transient pressure event following valve operations in the Hilltop DMA has mobilised iron and manganese deposits in the cast-iron distribution main, resulting in elevated turbidity at customer taps.

Is it safe to drink?
Sampling indicates that all parameters are within PCV limits with the exception of turbidity and colour, which are indicator parameters of aesthetic significance.

What should I do?
Run your cold kitchen tap at a trickle for 20 minutes. If the water does not clear, call us on 01632 960 150.

Will I be compensated?
GSS payments do not apply to water quality events of this type.

Ashby Vale Water, updated 09:00 Wed 9 Apr`,
  ),
  bad(
    "en",
    "faq",
    "defensive, deflects a question",
    OPEN,
    CERC,
    "Fenby High School ceiling collapse: questions from parents",
    `Was anyone hurt?
No. The ceiling in the main hall came down at 6:40am on Monday 3 March, before pupils arrived. A cleaner was shaken but not injured.

When will my child be back in school?
Years 7 to 9 will learn online from Tuesday 4 March. Years 10 to 13 will be taught in school from Wednesday 5 March, in the sixth form block and at Fenby Library. Timetables will be emailed on Tuesday by 5pm.

Did the council know the roof was unsafe?
The building has been managed in line with all relevant guidance and it would not be appropriate to comment further.

Who can I talk to?
The school office on 01632 960 500, 8am to 5pm.

Pellshire County Council, updated Monday 3 March, 4pm`,
  ),
  bad(
    "en",
    "faq",
    "self-praise",
    FACTUAL,
    RF,
    "Legionella at Greyfriars Leisure Centre: questions and answers",
    `What has happened?
Legionella bacteria were found in a routine water sample from the showers in the poolside changing rooms on Friday 3 October. The pool and showers closed the same day. The gym and sports hall are open.

I used the showers recently. Am I at risk?
The risk is low. If you used the poolside showers between 20 September and 3 October and develop a high temperature, cough, muscle aches or shortness of breath, call your GP or 111 and say you may have been exposed to Legionella.

How did the council respond?
Our award-winning environmental health team acted immediately and went above and beyond, once again showing why Harrowfield is recognised as one of the best-run councils in the region.

When will the pool reopen?
Only after two clear samples, so not before Friday 17 October.

More information: harrowfield.gov.uk/greyfriars or 01632 960 210.`,
  ),

  // ---------------------------------------------------------------- English: flawed, bulletins
  bad(
    "en",
    "bulletin",
    "vague promise of the next update",
    FAST,
    CERC,
    "Storm Ewan: update 16:00 Saturday 13 December",
    `Storm Ewan brought gusts of up to 80mph to the district overnight and this morning. The amber wind warning ends at 18:00 today, but a yellow warning stays in force until 09:00 on Sunday.

Roads
The B6210 between Bower and Caldwell and Bower Lane are closed by fallen trees. The A614 is open but there are delays at Marlow Cross. Please only travel if you need to and avoid exposed roads over the moor.

Power
Northern Grid reports that about 3,100 homes in Caldwell, Bower and Fenby are without power. Their engineers are working to restore supplies; check northerngrid.co.uk or call 105.

Help
A rest centre is open at Fenby Leisure Centre for anyone who cannot stay safely at home. Please check on older or vulnerable neighbours, especially those without heating.

Bins
Saturday's collections in Bower and Caldwell are cancelled and will take place on Monday.

We will continue to provide further updates as the situation develops.`,
  ),
  bad(
    "en",
    "bulletin",
    "stale information republished",
    FAST,
    CERC,
    "Harcourt Road fire: air quality advice",
    `Republished Thursday 5 June: the advice below still applies.

Last updated 08:30, Tuesday 3 June.

Monitoring yesterday evening (Monday) showed raised levels of fine particles in the Harcourt, Lowfield and Mount areas. The fire at the Harcourt Road waste site is still smouldering and smoke is expected to continue today.

If you live in these areas, keep windows and doors closed while you can smell smoke, avoid exercising outdoors, and keep any reliever inhaler with you. Schools in the area will keep children indoors at break times today.

If you have symptoms that worry you, call NHS 111. In an emergency call 999.

We will publish new monitoring results at 16:00 today.

Harrowfield Council and Pellshire Fire and Rescue Service`,
  ),
  bad(
    "en",
    "bulletin",
    "withholds information until a meeting",
    FAST,
    CERC,
    "Boil water notice in Ridgeway",
    `Friday 4 April, 17:30

Ashby Vale Water has told us that some properties in Ridgeway must boil their tap water before drinking it, after a sample taken on Thursday showed bacteria.

Boil water for drinking, preparing food, brushing teeth and making ice. Let it cool and store it covered in the fridge. You can use tap water as normal for washing, bathing and flushing the toilet.

We are working with Ashby Vale Water to confirm exactly which streets are affected. The list of streets will be published after the multi-agency incident meeting on Monday morning.

Questions: Ashby Vale Water, 01632 960 150, or Ashby Vale Council, 01632 960 100.

Ashby Vale Council`,
  ),
  bad(
    "en",
    "bulletin",
    "not adapted to its audience",
    ADAPTED,
    MSB,
    "Extra help for older residents during the cold snap",
    `Temperatures are forecast to fall to -8C at night from Sunday 18 January for at least five days. Older people and people with long-term health conditions are most at risk from the cold.

Harrowfield Council can arrange a welfare check, a free electric heater or a food parcel for residents aged 75 and over who live alone.

To request help, scan the QR code below or log in to MyHarrowfield and complete form WCS-2 (Cold Weather Support). You will need your council tax reference number. Requests cannot be taken by phone or in person.

Keep your main living room at 18C or warmer, have hot drinks and at least one hot meal a day, and wear several thin layers.

Harrowfield Council, Friday 16 January`,
  ),
  bad(
    "en",
    "bulletin",
    "speculation about the cause, blames young people",
    ["factual", "impartial"],
    CERC,
    "Fire at former Ashby Mill",
    `Fire crews were called at 22:10 on Wednesday 22 October to the derelict Ashby Mill on Canal Street, Ashby Vale. Four fire engines and an aerial ladder platform attended and the fire was under control by 01:30. Nobody was hurt.

The fire is believed to have been started deliberately by groups of young people who have been gathering at the site in recent weeks.

Canal Street remains closed between Lock Road and the bus station while the building is made safe. Smoke may still be visible today; if you live nearby, keep windows closed while you can smell it.

Anyone with information about the fire should call Pellshire Police on 101 quoting incident 1489 of 22 October.

Pellshire Fire and Rescue Service, Thursday 23 October, 08:00`,
  ),

  // ---------------------------------------------------------------- Swedish: flawed, sms
  bad(
    "sv",
    "sms",
    "spekulation om orsaken",
    FACTUAL,
    KRIS,
    undefined,
    `Norrvalla Energi: Strömavbrott i Västerby och Skoga sedan kl 05.10 (tis 3/2). Felet beror sannolikt på sabotage mot en nätstation och polisen är underrättad. Cirka 1 400 kunder berörs. Vi räknar med att strömmen är tillbaka kl 12. Se norrvallaenergi.se/drift eller ring 031-390 06 10.`,
  ),
  bad(
    "sv",
    "sms",
    "vag uppmaning",
    ACTIVE,
    KLAR,
    undefined,
    `Räddningstjänsten Mellersta Dal, kl 14.05 lör 12/7: Brand i en lagerbyggnad på Industrivägen i Bergsvik. Kraftig rök driver mot Solhöjden och centrum. Tänk på att röken kan vara obehaglig och anpassa dig efter läget. Mer information i P4 och på mellerstadal.se. Nästa uppdatering kl 15.30.`,
  ),
  bad(
    "sv",
    "sms",
    "vagt löfte om nästa uppdatering",
    FAST,
    MSB,
    undefined,
    `Norrvalla kommun 4/8 kl 16: Koka dricksvattnet i Skoga och Lillån. Ett prov har visat bakterier (E. coli). Koka vatten som ska drickas, användas i mat eller till tandborstning. Dusch och tvätt går bra som vanligt. Ny information kommer så snart vi vet mer. Frågor: 031-390 06 20.`,
  ),

  // ---------------------------------------------------------------- Swedish: flawed, social
  bad(
    "sv",
    "social",
    "rykte förmedlat som fakta",
    FACTUAL,
    KRIS,
    undefined,
    `Information från Bergsviks kommun, fre 14/3 kl 10.30. Polisen är på plats vid Västerskolan efter ett hot som kom in i morse. Hotet ska enligt uppgifter bland eleverna ha skrivits av en tidigare elev. Alla elever är i säkerhet i sina klassrum och undervisningen fortsätter inomhus. Hämta inte ditt barn innan skolan har meddelat att det går bra. Nästa information kommer via Vklass kl 12.`,
  ),
  bad(
    "sv",
    "social",
    "skuldbelägger en grupp",
    IMPARTIAL,
    RF,
    undefined,
    `Stormen Greta – Norrvalla kommun, sön 26/10 kl 09. Under natten har räddningstjänsten gjort ett 40-tal insatser, de flesta för turister och fritidsboende från storstadsregionerna som inte tog varningen på allvar och gav sig ut på vägarna. Flera vägar är blockerade av träd, bland annat väg 712 mellan Skoga och Lillån. Undvik onödiga resor i dag. Strömavbrott: se norrvallaenergi.se. Behöver du hjälp? Kommunens upplysningsnummer 031-390 06 30 är öppet till kl 20.`,
  ),
  bad(
    "sv",
    "social",
    "inte anpassat till kanal och mottagare",
    ADAPTED,
    KLAR,
    undefined,
    `SMHI har utfärdat meddelande om höga temperaturer för Norrvalla från måndag 7/7 till torsdag 10/7. Kommunens råd till dig som är äldre, har hemtjänst eller är närstående finns i dokumentet ”Handlingsplan vid värmebölja – vård- och omsorgsförvaltningen”, dnr VON 2024/118, bilaga 3, avsnitt 4.2. Dokumentet kan begäras ut från kommunens diarium. Frågor besvaras av kontaktcenter, 031-390 06 40.`,
  ),

  // ---------------------------------------------------------------- Swedish: flawed, faq
  bad(
    "sv",
    "faq",
    "döljer det som ännu inte är känt",
    OPEN,
    MSB,
    "Frågor och svar om IT-attacken mot Bergsviks kommun",
    `Uppdaterad 6 februari kl 15.

Vad har hänt?
Natten mot onsdag 5 februari utsattes kommunen för en IT-attack. Flera av kommunens system stängdes av för att stoppa spridningen.

Har mina personuppgifter läckt?
Nej. Dina uppgifter är säkra.

Vilka tjänster fungerar inte?
E-tjänsterna, bokning av lokaler och kommunens växel. Skolor, förskolor, hemtjänst och särskilda boenden fungerar som vanligt.

Hur kontaktar jag kommunen?
Ring 031-390 06 50 vardagar kl 8–17 eller besök kontaktcenter i kommunhuset.

När fungerar allt igen?
Målet är att de flesta tjänster ska vara i gång inom två veckor. Vi uppdaterar den här sidan varje dag kl 15.`,
  ),
  bad(
    "sv",
    "faq",
    "gynnar ett företag",
    IMPARTIAL,
    RF,
    "Frågor och svar efter skyfallet i Norrvalla",
    `Vem ansvarar för min översvämmade källare?
Som fastighetsägare ansvarar du för din fastighet. Kontakta ditt försäkringsbolag så snart som möjligt och dokumentera skadorna med bilder.

Vilken saneringsfirma ska jag anlita?
Kommunen har goda erfarenheter av Torka & Sanera Norr AB, som har lovat att prioritera Norrvallabor de närmaste veckorna. Ring 031-390 06 99.

Kan jag lämna förstörda möbler?
Ja. Skoga återvinningscentral har extra öppet lördag och söndag kl 9–16.

Får jag hjälp att pumpa ur källaren?
Räddningstjänsten prioriterar insatser där liv, hälsa eller samhällsviktig verksamhet är hotad. Vid fara för liv, ring 112.

Norrvalla kommun, uppdaterad måndag 18 augusti`,
  ),
  bad(
    "sv",
    "faq",
    "fackspråk",
    ADAPTED,
    KLAR,
    "Vinterkräksjuka på Ekbacka förskola – frågor och svar",
    `Vad har hänt?
Under vecka 6 har ett utbrott av calicivirusinfektion (norovirus GII) konstaterats, med en attackrat på cirka 30 procent i barngruppen på avdelning Blåsippan.

Hur länge ska mitt barn vara hemma?
I enlighet med smittskyddsenhetens riktlinjer ska barn med akut gastroenterit vara symtomfria i 48 timmar före återgång, det vill säga inte ha haft några emesis- eller diarréepisoder.

Vad gör förskolan?
Utökad lokalvård med virucid desinfektion av kontaktytor samt förstärkta basala hygienrutiner vid blöjbyte och måltider.

Vem kan jag fråga?
Förskolechef Anna Lindqvist, 031-390 06 60.

Bergsviks kommun, förskoleförvaltningen, 7 februari`,
  ),

  // ---------------------------------------------------------------- Swedish: flawed, corrections
  bad(
    "sv",
    "correction",
    "rättelsen upprepar myten först",
    FACTUAL,
    DEBUNK,
    "Rättelse om väg 712 vid Lillån",
    `”Bron över Lillån håller på att rasa och väg 712 kommer att vara stängd hela vintern.”

Det här påståendet sprids just nu i sociala medier. Det stämmer inte. Trafikverket har inspekterat bron. Den är skadad vid det ena brofästet och vägen är därför stängd för fordon tyngre än 3,5 ton till och med fredag 21 november. Personbilar kan köra som vanligt.

Norrvalla kommun, onsdag 19 november kl 11`,
  ),
  bad(
    "sv",
    "correction",
    "rättelse som skyller ifrån sig",
    OPEN,
    MSB,
    "Rättelse: Västerby skola har öppet",
    `Rättelse 7 mars kl 08.15: I går kväll skrev vi att Västerby skola skulle vara stängd i dag. Det stämmer inte – skolan har öppet som vanligt och skolskjutsarna går enligt schema. De felaktiga uppgifterna kom till oss från bussbolaget och vi publicerade dem i god tro.

Bergsviks kommun`,
  ),

  // ---------------------------------------------------------------- Swedish: flawed, bulletins
  bad(
    "sv",
    "bulletin",
    "förminskar risken",
    FACTUAL,
    MSB,
    "Klorgasläcka på Bergsviksbadet",
    `Lördag 15 mars kl 13.40

Vid 12-tiden i dag läckte klorgas ut i Bergsviksbadets teknikutrymme. Badet utrymdes och sex personer fördes till vårdcentralen för kontroll.

Det finns ingen anledning till oro. Klorgas i så här små mängder är i stort sett ofarlig och alla kommer att må bra.

Badet är stängt i dag och i morgon. Har du varit i badet i dag och får hosta, andningsbesvär eller ont i ögonen, ring 1177.

Bergsviks kommun, fritidsförvaltningen`,
  ),
  bad(
    "sv",
    "bulletin",
    "motstridiga uppgifter",
    FACTUAL,
    MSB,
    "Vattenavstängning på Skogsvägen",
    `Måndag 10 november stänger vi av vattnet på Skogsvägen 2–24 och Bäckvägen 1–9 mellan kl 08.00 och cirka kl 15.00 för att byta en ventil.

Tappa upp vatten kvällen före så att du har till dryck, matlagning och toalettspolning. En vattentank ställs ut vid Skogsvägen 10. Håll kranarna stängda medan vattnet är avstängt. När vattnet kommer tillbaka kan det vara missfärgat; spola kallvatten tills det blir klart.

Avstängningen tisdag 10 november beräknas pågå till kl 12.

Frågor: Norrvalla kommun, VA-avdelningen, 031-390 06 20.`,
  ),
  bad(
    "sv",
    "bulletin",
    "ingen skyddsåtgärd för invånarna",
    ACTIVE,
    MSB,
    "Orange varning för snöfall",
    `Torsdag 4 december kl 15

SMHI har utfärdat orange varning för snöfall i Bergsvik från i kväll kl 21 till fredag kl 18. Det väntas 25–35 centimeter snö och hård vind.

Kommunens snöröjare går ut under natten och prioriterar huvudvägar, busslinjer och vägar till äldreboenden. Skolor och förskolor håller öppet som vanligt. Information om kollektivtrafiken finns hos Länstrafiken.

Vi uppdaterar på bergsvik.se fredag kl 07.

Bergsviks kommun`,
  ),
];
