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
 * Twenty-third blind set, written 2026-12-05 by an independent author who did not read the checklist rules, its
 * lexicons or any earlier item (only types.ts, guidance.ts, build.ts, the header of blind15.ts and the earlier sets'
 * source URLs, so that no real message repeats). HELD OUT as a whole: figures only, never tune on its wording.
 *
 * The real messages are published text copied from public authorities (whole sentences or paragraphs may be left
 * out, nothing reworded). Each flawed message is written to show one failure pattern and is otherwise meant to look
 * competent; some flaws are deliberately subtle.
 */
const { real, bad } = evalSet("", perLanguage("good23", "bad23"));

export const GOOD_BLIND23: EvalMessage[] = [
  // ---------------------------------------------------------------- English: real authority messages
  real(
    "en",
    "bulletin",
    "Urgent Public Health Alert",
    `We wish to advise that members of the public may have been exposed to measles while:

• Travelling on Bus Eireann Route 115 (Dublin – Mullingar/Mullingar-Dublin) between Tuesday 30th of January and Monday 5th of February

• In a restaurant in Mullingar Business Park on Monday 29th January, between 2pm – 4.30pm.

Key messages

1. Be alert for symptoms of measles for 21 days from exposure

2. Make sure that you and your family are up to date with MMR vaccines

Action needed:

1. Be aware of signs and symptoms of measles for 21 days from the time of possible exposure.

Measles is a highly infectious disease that can cause serious complications, particularly in children under one year of age, pregnant women, and the immunosuppressed. If you are in one of these groups, please seek advice from your GP.

If you travelled on the bus route or attended a restaurant in Mullingar Business Park during the dates and times above, it is especially important to be aware of the signs and symptoms of measles, which include:

· Cold-like symptoms such as a runny nose, sneezing and a cough

· Sore red eyes

· A temperature of 38 degrees Celsius or above

· Rash, which usually appears on head and neck first and spreads to rest of body

If you have these symptoms, please seek medical advice. Phone ahead prior to attending any healthcare setting to let them know that you have these symptoms, so they can make necessary arrangements.`,
    "https://topic.ie/urgent-public-health-alert/ (HSE Public Health alert as published by Topic, 2024-02-09)",
  ),
  real(
    "en",
    "bulletin",
    "Evacuation Definitions",
    `The Sharps Fire poses a serious threat to residents of Blaine County. The Sheriff reminds residents of our evacuation definitions:

PRE-EVACUATION is the time to make Immediate Preparations for the Evacuation of family members, belongings and/or animals. This level indicates there is a significant danger to your area. Gather important documents, medications, and essential personal effects so you will be able to immediately leave should conditions deteriorate. DO NOT WAIT for an Evacuation Order to start your packing and preparations. Power and gas may be discontinued to your area during this time.

VOLUNTARY EVACUATION: You may choose to VOLUNTARILY EVACUATE to avoid the traffic congestion, smoke, and potential danger.

MANDATORY EVACUATION means the Immediate and Rapid Movement out of the Designated Area.
Mandatory Evacuation is the TIME TO LEAVE, not to pack. If you choose to ignore this notification, you must understand that emergency services may not be available to assist you further. Once you have left the evacuation zone, re-entry may be denied until conditions are safe. All services will be discontinued to your area.

**If a Mandatory Evacuation Order is issued in your area every attempt to notify you will be made. Evacuation Notifications are posted on www.blainesheriff.com and the sheriff's social media. Reverse 911 will be issued.**

Please maintain situational awareness. If you are in danger, DO NOT WAIT for an evacuation order. Take the initiative to leave immediately.`,
    "http://www.blainesheriff.com/2018/08/02/evacuation-definitions/ (Blaine County Sheriff's Office, 2018-08-02)",
  ),
  real(
    "en",
    "social",
    "SOUTHPORT RESIDENTS Update: Emergency situation",
    `Police are asking residents in White Street and surrounding areas to stay inside their homes for their safety as they respond to an incident. A declaration under the Public Safety Preservation Act was made at 2.10am after officers were called to an address in Anne Street after reports of a disturbance. It is believed a man is armed and fired one shot before retreating to a unit inside a complex on White Street. Residents in the complex are being evacuated for their own safety. At this stage, it is unknown how many people are inside the unit. Specialist police are at the scene. Police have blocked off areas around White Street. Motorists are asked to avoid the area if possible. While police understand that many people will soon be wishing to leave their homes and make their way to Christmas festivities, for their own safety, they are requested to stay inside until advised otherwise. They should also follow directions given to them by police.`,
    "http://topicsexpress.com/SOUTHPORT-RESIDENTS-Update-Emergency-situation--topic-10152631081062865 (Queensland Police Service post, 2014-12-25)",
  ),
  real(
    "en",
    "bulletin",
    "Site update from Berry Hill 9 November 2019",
    `Today work started to clear the debris following the mudslip on Thursday evening in Bank End Close.

In order to allow safe access in and out of the site a temporary controlled road closure has been introduced at the roundabout where King's Walk meets Stone Bank.

The debris and soil is being removed and temporarily stored at the council's compound at Brownlow Road.

The council is working with contractors to clear the spoil from the gardens, remove vegetation and to put in place temporary additional safety measures. These will be in the form of concrete blocks to help mitigate the risks to property from any potential further fall of materials.

Once the temporary safety measures are in place, the council will re-evaluate the structure of the cliff face and develop a longer term plan for stabilising the area.

We have contacted affected residents on an individual basis to make appropriate arrangements to collect personal belongings and to provide accommodation where it is needed.

We'd like to thank all affected households for their co-operation during the evacuation and to the local businesses and residents for their support during this challenging time.`,
    "https://www.mansfield.gov.uk/news/article/84/site-update-from-berry-hill-9-november-2019 (Mansfield District Council, 2019-11-09)",
  ),
  real(
    "en",
    "bulletin",
    "Will the fresh slip at Gardenstown be cleared in time for the planned controlled openings?",
    `A temporary road opening planned for Gardenstown this weekend cannot go ahead following the movement of further material on Tuesday (6th March).

While the council understands this will cause inconvenience, the risk posed by the unstable slope above the road is too great.

The debris left on the closed section of road following further movement of the slip on Tuesday cannot yet be completely cleared.

Assessment has shown that this cannot take place until materials above the road have been contained.

The fresh movement has exposed many new cracks at the top of the landslip, as well as displacing large rocks within the slip.

Until the area is physically contained, in the interest of safety the council cannot undertake any works to clear soil, rock and concrete blocks from the foot of the landslide.

It is currently posing a significant risk of further movement, endangering any road users, anyone working on the road and nearby houses.

The debris will only be cleared when it is safe to do so, avoiding the slippage of further material up the slope, which could potentially also prolong the situation.

Work to install netting and to build a new temporary wall to secure the landslip material will begin as soon as it is safe to do so.

This will then allow the potential for reopening the closed section of road beneath the landslip on a temporary, supervised basis.

Banff and Buchan Roads Manager, Derek Murray, said: "Clearly this is a very complex situation, but at the heart of all our decisions is safety."`,
    "http://www.aberdeenshire.gov.uk/local/gardenstown-landslip/media-statements/ (Aberdeenshire Council, 2018-03-08)",
  ),
  real(
    "en",
    "bulletin",
    "Public Health Notice - Outbreak of E.coli infections",
    `Why you should take note

The Public Health Agency of Canada is collaborating with federal and provincial public health partners to investigate an outbreak of Escherichia coli O157, commonly called E.coli.  A specific source or product has not been identified yet, and the investigation is ongoing. The Agency will update Canadians when new information becomes available.

At this time, the risk to Canadians is low.  However, Canadians are reminded to follow safe food handling practices to avoid illness.

E. coli are bacteria that live naturally in the intestines of cattle, poultry and other animals. Primary sources of E. coli  illness are raw or undercooked meat products, raw dairy products, and raw fruits and vegetables that have come in contact with feces from infected animals. Most E. coli are harmless to humans, but some varieties carry genes that allow them to cause illness.

Most people with an E. coli infection are ill for a few days and then recover fully, however infections can sometimes be life threatening.

Ongoing Investigation

There have been 24 cases of E.coli with a matching genetic fingerprint reported in Alberta (1), Ontario (7), Quebec (14) and Nova Scotia (2). Individuals became sick between July 12 and August 8, 2015, with the peak of illnesses reported to date occurring between July 25 and August 1, 2015. The majority of cases (63%) were male, with an average age of 24 years. Five cases have been hospitalized but all have recovered or are recovering.

Who is most at risk?

Although anyone can get an E.coli infection, pregnant women, those with compromised immune systems, young children and older adults are most at risk for developing serious complications.`,
    "https://www.newswire.ca/news-releases/public-health-notice---outbreak-of-ecoli-infections-522756071.html (Public Health Agency of Canada, 2015-08-24)",
  ),
  real(
    "en",
    "bulletin",
    "Auckland declares state of local emergency",
    `Mayor Wayne Brown has tonight declared a state of local emergency in the Auckland region.

"This declaration reflects the extent of damage, displacement and disruption caused by this evening's severe weather event and enables emergency services and response agencies to draw on resources, and enact additional powers, to assist affected Aucklanders," says Mayor Brown.

The region has experienced widespread damage from flooding and torrential rain, with reports of slips and inundation. Infrastructure and emergency services alike have been overwhelmed by the impacts of the storm.

The declaration of state of local emergency comes into force immediately and expires in seven days.

Mayor Brown has been closely monitoring the situation in his office all evening and has received continuous updates on the situation from Auckland Emergency Management, including the Duty Controller and his team. The declaration was signed immediately following formal advice from the Duty Controller of Auckland Emergency Management that it was required.

Mayor Brown is urging residents affected by flooding to stay safe and take advice from emergency responders.

"We want to make sure that all residents are kept informed, and emergency services are able to reach those who are most vulnerable and at risk as quickly as possible. Do not put yourself at risk," he says.`,
    "https://ourauckland.aucklandcouncil.govt.nz/news/2023/01/27-jan-2023-auckland-declares-state-of-local-emergency/ (Auckland Council, 2023-01-27)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `A Local State of Emergency has today been declared for Banks Peninsula.
Mayor Phil Mauger made the declaration at 12pm following the impact of the wet weather such as flooding, fallen trees, slips, landslides and loss of communication and power to some areas, overnight and this morning.
"This decision allows us to keep people safe by engaging all resources into responding quickly to problems that may arise. This is one of the best ways we can protect the community, by declaring a Local State of Emergency."
"We anticipated the weather easing off, but unfortunately that hasn't happened, and isn't forecast to begin easing until 6pm. So, declaring will mean we can ensure we have access to any resources required during the response," the Mayor said.`,
    "https://www.newsline.ccc.govt.nz/news/story/state-of-emergency-declared-for-banks-peninsula (Christchurch City Council Newsline, 2022)",
  ),
  real(
    "en",
    "bulletin",
    "Levin Tornado Event Update",
    `With the events of the weekend transitioning from response to recovery, Council's Emergency Management function met this morning to set up a cross-functional recovery team. Aware that there are still people and properties in need of assistance, Council staff and contractors are working through the remaining requests for help.

"There will be a time in the near future when we will need to discontinue the green waste and glass collection service at Donnelly Park and the Kerbside debris collection, but for now we will continue that service as there is clearly a need. Where we can, any debris that can be repurposed and given back to our community for example firewood or mulch, we'll try our best to make this happen," continues Monique.

Building damage

The Urban Search and Rescue team carried out Rapid Building Assessments on those buildings impacted by the severe weather event on Friday. Council Building Advisors have now assessed 15 buildings, with a priority on those that suffered the most severe damage. Eight buildings have been red stickered, deeming them uninhabitable.`,
    "https://www.scoop.co.nz/stories/AK2205/S00449/levin-tornado-event-update.htm (Horowhenua District Council via Scoop, 2022-05-23)",
  ),
  real(
    "en",
    "bulletin",
    "Mayor Ends Auckland State Of Emergency",
    `Auckland Mayor Wayne Brown has ended the state of emergency declared over Auckland on May 9.

There are no weather watches or warnings in place for Auckland, but we may see squally showers and thunderstorms across the region throughout the day. These will come in short bursts and may bring more lightning, strong wind gusts and a low risk of hail.

MetService advises that these thunderstorms and squally weather will decrease over the course of the day and into the evening.

Auckland Emergency Management (AEM) and Auckland Council staff will continue to work with Aucklanders affected by the recent weather event, including welfare and the removal of flood-damaged goods. More than 95% of building inspections have been completed.

Remember to keep up to date with MetService forecasts. Take care on the roads and call 111 if your life or property is in danger. To report blocked stormwater drains, call Auckland Council on 09 301 0101.`,
    "https://www.scoop.co.nz/stories/PO2305/S00060/mayor-ends-auckland-state-of-emergency.htm (Office of the Mayor of Auckland via Scoop, 2023-05-11)",
  ),
  real(
    "en",
    "bulletin",
    "Storm update – 8.15am – Mayor's comments",
    `Wellington Mayor Celia Wade-Brown has praised the workers and volunteers who have toiled in treacherous conditions overnight to help the Wellington area get through the southerly storm.
Mayor Wade-Brown, who is at the Wellington Regional Emergency Management Office in Thorndon, says many people involved in the emergency services and civil defence have described the winds as probably the worst to hit the area since the Wahine storm in 1968.
Wellington City Council's customer contact centre, tel 499 4444, received more than 400 calls for assistance overnight.
Mayor Wade-Brown urges residents to continue to call their local councils to report damage. "We want to know as much as possible about trees down, slips and other damage around the area. Residents are very valuable as our eyes and ears."
While Wellington City Council is running its usual rubbish and recycling collection service today, Mayor Wade-Brown asks residents, if possible, to not put their rubbish and recycling out. "It is likely to end up being blown all over the neighbourhood."
She says early inspections have indicated that some of the infrastructure on Wellington's south coast – between Owhiro Bay and Moa Point – has been battered overnight by huge swells off Cook Strait. This includes damage to the seawall at Island Bay and the seaside roads which have been scoured and covered in large amounts of debris deposited on the seaside roads.`,
    "https://m.scoop.co.nz/stories/AK1306/S00498/storm-update-815am-mayors-comments.htm (Wellington City Council news release via Scoop, 2013-06-21)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Please check the NSW Health website regularly, as the list of venues of concern and relevant health advice will be updated as investigations continue

NSW Health was notified this afternoon that fragments of the virus that causes COVID-19 have been detected in the Brooklyn Sewage Treatment Plant, and the Lough Park Sewage Network Investigation Site. This is the second recent detection in the Brooklyn catchment after a detection on Sunday 20 June.

The Brooklyn catchment includes about 1,000 people and takes sewage from the following suburbs: Dangar Island, Cowan, Brooklyn, Mooney Mooney, Cheerio Point.

The Lough Park catchment includes about 21,500 people and takes sewage from the following suburbs: Clovelly, Waverley, Randwick, Centennial Park, Queens Park, Bondi, Bondi Junction, Bellevue Hill, Double Bay, Woollahra.

NSW Health is asking everyone in these areas to be especially vigilant in monitoring for symptoms, and if they appear get tested and isolate immediately until a negative result is received.

Anyone with even the mildest of cold-like symptoms is urged to immediately come forward for testing and isolate until a negative result is received.`,
    "https://health.nsw.gov.au:443/news/Pages/20210622_07.aspx (NSW Health, 2021-06-22)",
  ),
  real(
    "en",
    "social",
    undefined,
    `Police are currently in attendance at an incident in the Sevenoaks area of Derry/Londonderry.

Cordons have been put in place whilst officers conduct their enquiries and members of the public are asked to avoid the area.

There are no further details at present.`,
    "https://www.londonderrysentinel.co.uk/news/crime/area-cordoned-off-as-police-deal-with-incident-1-8577360 (PSNI statement quoted by the Londonderry Sentinel, date not shown)",
  ),
  real(
    "en",
    "bulletin",
    "Muriwai Drive properties evacuated",
    `Acting on advice from geotechnical engineers engaged by the Earthquake Commission, the Whakatane District Council has required residents of 4 properties on Muriwai Drive to evacuate their properties due to serious concerns over the stability of the escarpment above their houses.

The Council's Chief Executive Diane Turner said this is a precautionary measure while Council and Earthquake Commission geo-technical engineers continue to monitor and assess what has been identified as a large potential landslip.

Property owners and residents of the affected properties were provided an update this morning at a meeting attended by EQC, geotechnical engineers, and Council staff.`,
    "https://www.infonews.co.nz/news.cfm?id=56270 (Whakatane District Council, 2010-08-19)",
  ),
  real(
    "en",
    "bulletin",
    "Public Health Wraps Up Hepatitis A Clinics",
    `Updated: Saturday, July 7, 1 p.m.

With the end of the last 14-day waiting period Saturday, Public Health has officially wrapped up the special hepatitis A vaccination clinics that have been operating every day for the last two weeks.

During that time period,  2,056 people received protection after a restaurant worker potentially exposed thousands of customers to the liver infection.

Public Health is now concentrating its efforts on immunizing those in the at-risk categories to contract the illness.`,
    "https://www.mecknc.gov/news/Pages/hep-A.aspx (Mecklenburg County Public Health, 2018-07-07)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `A mix of freezing rain, snow and high winds has resulted in widespread outages across our service territory. As of 6 a.m. today, Hydro Ottawa is responding to 31 different outages, impacting just over 12,000 customers.

Hydro Ottawa crews and additional contractors have been working throughout the night and have already restored over 20,000 customers.

With temperatures expected to drop today leading to a potential flash freeze for locations that receive rainfall, accompanied at times by strong winds and snow it could cause additional power outages and damage to our infrastructure.

When power outages occur, Hydro Ottawa's first priority is to respond to any unsafe conditions and then restore electrical service to our customers as quickly as possible.

Hydro Ottawa will continue to keep customers and the public advised of the situation via the news media, our website and on our social channels.

To find out the current status of an outage, customers are advised to visit Hydro Ottawa's website and Outage Map at www.hydroottawa.com/outages .

If customers notice fallen power lines, they should stay a good distance away - at least 10 meters (33 feet).`,
    "https://www.newswire.ca/news-releases/heavy-winds-from-winter-storm-are-causing-widespread-power-outages-across-ottawa-853403954.html (Hydro Ottawa, 2022-12-23)",
  ),
  real(
    "en",
    "bulletin",
    "6:30 p.m. Update - Restoration efforts focused on 20 large clusters",
    `As of 6:30 p.m. just under 34,000 customers remain without power across the city of Ottawa. We are expecting the situation to continue to fluctuate through the evening and into tomorrow and are treating this as a multi-day restoration event. Restoration is happening in three waves described further below. At this point, our expectation is that power will be restored to all customers by end of day Saturday, April 8.

The continuous accumulation of ice caused by freezing rain resulted in significant damage to trees - and to our equipment and wires. Restoration efforts were slowed yesterday as a result of poor visibility, unsafe conditions including falling trees, branches on overhead wires, and downed power lines.The fog earlier this morning also played a part in delaying restoration activities

Restoration efforts on Friday (i.e., the second wave) will focus on any remaining customers within the above communities without power and transition to the smaller outages. The objective of the second wave of restoration is to restore power to any and all outages in excess of 10 customers.`,
    "https://www.newswire.ca/news-releases/6-30-p-m-update-restoration-efforts-focused-on-20-large-clusters-864080867.html (Hydro Ottawa, 2023-04-06)",
  ),
  real(
    "en",
    "bulletin",
    "5:00 p.m. Update - Hydro Ottawa makes progress on restoration efforts",
    `Hydro Ottawa continues to restore power to its customers across the city of Ottawa. As of 4:30 p.m. today, approximately 8,500 customers remain without power across the city of Ottawa. Hydro Ottawa continues to treat this as a multi-day restoration event.
Hydro Ottawa expects that power will be restored to all customers by end of day, Saturday, April 8.
In some cases, the storm may have caused damage to homeowners' own electrical equipment, such as the meter mast and wires connecting directly to the house. If this is the case, the homeowner may need to make repairs (with a qualified electrical contractor) to their equipment before Hydro Ottawa is able to reconnect power.
Approximately 225 work crews are continuing in their efforts to restore full power to affected residents and businesses in Ottawa. Hydro Ottawa asks residents to be respectful of working crews and their efforts to restore power to communities across the city as quickly and safely as possible.
Hydro Ottawa will continue to post information regarding these ongoing outages on its website, outage map, and on social media.`,
    "https://www.einpresswire.com/article/626760039/5-00-p-m-update-hydro-ottawa-makes-progress-on-restoration-efforts-to-bring-power-back-to-customers-across-ottawa (Hydro Ottawa via CNW, 2023-04-07)",
  ),
  real(
    "en",
    "social",
    undefined,
    `⚠️Update ⚠️

🚧Cork City Council closed the Lee Road, the Cloghroe Road and Inniscarra Road last night

➡️Many other roads across the city have surface water & ponding including the Carrigrohane Road & Inchigaggin Lane`,
    "https://www.thejournal.ie/flooding-cork-ireland-5362526-Feb2021/ (Cork City Council post quoted by TheJournal.ie, 2021-02-23)",
  ),
  real(
    "en",
    "social",
    undefined,
    `Amber watch are currently preparing for the next 48 hours.

All pieces of equipment needed for adverse weather conditions have been tested, inflated and prepared to be deployed when needed. #CorkFlood`,
    "https://www.thejournal.ie/flooding-cork-ireland-5362526-Feb2021/ (Cork City Fire Brigade post quoted by TheJournal.ie, 2021-02-22)",
  ),

  // ---------------------------------------------------------------- Swedish: real messages from national agencies
  real(
    "sv",
    "bulletin",
    "MSB varnar för extrem brandrisk",
    `Det råder fortfarande extremt stor brandrisk i delar av landet. Myndigheten för samhällsskydd och beredskap, MSB, går därför återigen ut med ett myndighetsmeddelande för att varna allmänheten.

MSB:s myndighetsmeddelande 5 juli:

Det varma och ovanligt torra vädret gör att brandrisken närmar sig rekordnivåer i stora delar av landet. Flera svåra bränder i skog och mark har tidigare brutit ut och risken för fler är fortfarande mycket hög. Läget är extremt allvarligt och kan påverka människors liv och hälsa. En liten brand kan snabbt få stora konsekvenser. Följ de regler som finns gällande eldningsförbud.

MSB om myndighetsmeddelandet

– Vi gör det här eftersom vi ser att läget fortsätter att vara extremt. Riskerna varierar geografiskt över landet och det handlar om ett utdraget förlopp över lång tid. Alla har ett ansvar att göra vad de kan för att undvika bränder i skog och mark. Allvarliga bränder kan ge stora konsekvenser som kan påverka människors liv och hälsa, säger Anna Nyman, operativ chef.

Håll dig informerad

Myndigheten för samhällsskydd och beredskap, MSB, uppmanar allmänheten att hålla sig informerad om brandrisken och ta del av information om eldningsförbud på kommuners eller länsstyrelsers webbplatser.`,
    "https://www.krisinformation.se/nyheter/2018/juli2/msb-varnar-for-extrem-brandrisk (Krisinformation.se / MSB, 2018-07-05)",
  ),
  real(
    "sv",
    "bulletin",
    "Förändrad riskbedömning",
    `Folkhälsomyndigheten ändrar sin riskbedömning avseende fall av coronavirus i Sverige. Risken för allmän smittspridning bedöms som låg.

Den nya bedömningen bygger på en analys av virusets spridning i världen och baseras på en femgradig skala med nivåerna mycket låg, låg, måttlig, hög och mycket hög. Risken för att upptäcka fall av coronasmitta i Sverige är hög men risken för allmän spridning i landet bedöms som låg.

För mer information se Folkhälsomyndigheten.`,
    "https://www.krisinformation.se/nyheter/2020/februari/folkhalsomyndigheten-uppdatering (Krisinformation.se, februari 2020)",
  ),
  real(
    "sv",
    "bulletin",
    undefined,
    `Den nya bedömningen bygger på en analys av virusets spridning i världen, främst genom uppgifter från Världshälsoorganisationen WHO och den Europeiska smittskyddsmyndigheten ECDC. Indikationer talar för att det nu förekommer samhällsspridning i begränsad omfattning i framförallt Sydkorea, Iran och norra Italien. Samtidigt rapporterar WHO att ökningen av nya fall avtagit i Kina.

Låg risk för allmän spridning

Folkhälsomyndighetens bedömning att risken för att upptäcka fall av covid-19 i Sverige är hög, men att risken för allmän spridning i landet är låg, utgår från myndighetens 5-gradiga skala med risknivåerna mycket låg, låg, måttlig, hög och mycket hög.
Folkhälsomyndigheten har i sin uppdaterade riskbedömning bland annat vägt in att det är många fall med milda symtom som rapporteras, vilket kan innebära att de inte upptäcks. Det är dessutom många som reser från Sverige till Italien just nu, och en viss riskökning finns även på grund av resandet från Iran och Sydkorea.

– Det är mycket möjligt att vi upptäcker fall i Sverige där personer smittats utomlands. Samtidigt bedömer vi att risken för allmän spridning i Sverige är låg. Inom hälso- och sjukvården finns det etablerade rutiner för att provta och hantera de fall som upptäcks, säger biträdande statsepidemiolog Anders Wallensten.`,
    "https://www.folkhalsomyndigheten.se/nyheter-och-press/nyhetsarkiv/2020/februari/forandrad-riskbedomning-for-fall-av-covid-19-i-sverige/ (Folkhälsomyndigheten, februari 2020)",
  ),
  real(
    "sv",
    "bulletin",
    undefined,
    `Kort information om de nya fallen:

• Två av personerna i Västra Götaland har haft nära kontakt med den person som tidigare påvisades smittad. De har upptäckts via aktiv smittspårning. Den tredje personen har smittats under en resa i norra Italien. Samtliga har omhändertagits enligt gällande rutiner. Kontaktspårning kring fallen pågår.
• Personen i Uppsala har smittats under en resa i Tyskland. Patienten får nu vård i enlighet med de rutiner som gäller.
• Personen i Region Stockholm smittades under en resa i Iran och vårdas nu isolerat på Karolinska Universitetssjukhusets infektionsklinik, enligt regionens rutiner.

Folkhälsomyndigheten bedömer att risken är hög för att fler personer upptäcks i Sverige som smittats av det nya coronaviruset utomlands. Detta på grund av den senaste tidens utveckling i omvärlden.

– Det var väntat att vi skulle få nya fall av smitta i Sverige. Hittills har alla fall av covid-19 koppling till resande, direkt eller indirekt via nära kontakt med en smittad person och vi ser i nuläget inte någon allmän smittspridning ute i samhället, säger Britta Björkholm, avdelningschef vid Folkhälsomyndigheten.`,
    "https://www.folkhalsomyndigheten.se/nyheter-och-press/nyhetsarkiv/2020/februari/inbjudan-till-presstraff-ytterligare-fall-av-covid-19-i-flera-regioner2/ (Folkhälsomyndigheten, 2020-02-27)",
  ),
  real(
    "sv",
    "sms",
    undefined,
    `Det torra och varma vädret fortsätter i stort sett hela landet. Brandrisken når under veckan extrema nivåer. Fyra kritiska skogsbränder pågår och risken för fler är mycket hög, särskilt i södra delen av landet och i Mälardalen. Skogsbränder måste i det här läget bekämpas tidigt. En liten gnista kan snabbt sprida sig och få allvarliga konsekvenser. Läget är extremt allvarligt. MSB uppmanar alla att ta ansvar och följa lokala eldningsförbud. Om du orsakar en brand kan du hållas ansvarig`,
    "https://blogg.lbmultimedia.se/notice/2018-07-23-msb-varnar-i-ett-myndighetsmeddelande/ (MSB myndighetsmeddelande, återgivet 2018-07-23)",
  ),
  real(
    "sv",
    "bulletin",
    "Flera tecken på samhällsspridning av covid-19 i Sverige",
    `Folkhälsomyndigheten ser tecken på samhällsspridning i Region Stockholm och i Västra Götalandsregionen. Allmän smittspridning i hela landet ser myndigheten inte, men risknivån höjs nu till den högsta – mycket hög risk för samhällsspridning i Sverige. Alla med symtom på luftvägsinfektion, även lindriga, uppmanas nu att avstå sociala kontakter som riskerar att sprida smitta.`,
    "https://www.munkedal.se/arkiv/nyheter/nyheter-2020/2020-03-10-flera-tecken-pa-samhallsspridning-av-covid-19-i-sverige (Folkhälsomyndighetens pressmeddelande, återgivet av Munkedals kommun, 2020-03-10)",
  ),
  real(
    "sv",
    "bulletin",
    undefined,
    `Uppdatering 18 maj 2018

Totalt sju fall, sex bekräftade och ett misstänkt, tillhör listeriautbrottet i Västra Götaland. Det senaste fallet insjuknade i början av maj. Samtliga fall är äldre eller har underliggande sjukdomar. Prover från enportionsrätter har visat på samma typ av listeria som hos patienterna.

Uppdatering 4 maj 2018

Fem fall i Västra Götaland som insjuknade mellan februari och april har visat sig ha samma variant av listeria serotyp IVb. Fallen är i åldrarna 59–84 år. Utredning pågår, men ännu har inget säkert samband med något misstänkt livsmedel kunnat fastställas.`,
    "https://www.folkhalsomyndigheten.se/smittskydd-beredskap/utbrott/aktuella-utbrott/listeria-i-vastra-gotaland/ (Folkhälsomyndigheten, 2018-05-18)",
  ),
  real(
    "sv",
    "bulletin",
    undefined,
    `Eftersom perioden mellan smitta och sjukdom vid listeriainfektion kan vara flera veckor kan vi inte säkert säga om dessa två personer har smittats av ett livsmedel som nu finns på marknaden eller om detta handlar om sena fall från en smittkälla som inte längre finns kvar.

För säkerhets skull vill Folkhälsomyndigheten därför uppmärksamma riskgrupper på risken för listeriainfektion. Ytterligare tre nya fall har rapporterats, men inte hunnit analyseras färdigt avseende typ.

Oklar smittkälla

Det är fortfarande osäkert vad som är smittkällan, men i stort sett alla som smittats har i enkäter svarat att de bland annat har ätit olika typer av kalla färdigskurna charkprodukter till exempel skinka, medvurst och leverpastej. Däremot är det färre av de smittade som uppger att de ätit traditionella riskprodukter som rökt och gravad lax eller mögelostar. Livsmedelsverkets analyser av listeriaprover som kommit in från olika livsmedelsproducenter pågår fortfarande.

– Vi arbetar för att ta reda på var listeriasmittan kommer ifrån. Som alltid gäller att riskgrupper som äldre, personer med nedsatt immunförsvar och gravida ska undvika vissa livsmedel där bakterien kan finnas och vara uppmärksamma på vilka varor som återkallats efter det att tillverkaren funnit listeria i dem säger Viktor Dahl, läkare och epidemiolog på Folkhälsomyndigheten.`,
    "https://www.folkhalsomyndigheten.se/nyheter-och-press/nyhetsarkiv/2014/mars/fler-fall-av-listeria/ (Folkhälsomyndigheten, mars 2014)",
  ),
  real(
    "sv",
    "bulletin",
    undefined,
    `Från årsskiftet och fram till mitten av augusti rapporterades 94 fall av listeria till Folkhälsomyndigheten, vilket kan jämföras med 46 fall under motsvarande period i fjol. Bland de drabbade finns fem gravida kvinnor.

Två skilda utbrott

Majoriteten av fallen är kopplade till två utbrott med två olika typer av listeria.

• I oktober i fjol började ett utbrott där 44 personer har smittats hittills. Analyser av enkätsvar pekar mot att olika charkprodukter såsom leverpastej, skinka och medvurst kan vara orsaken, men smittkällan är ännu inte helt klarlagd. Fallen rapporteras främst från de södra och mellersta delarna av landet.
• I maj i år rapporterades det första fallet i ytterligare ett utbrott som fortfarande pågår. Hittills har 14 personer insjuknat, främst i de södra delarna av landet. Inte heller här är smittkällan känd, men utredning pågår.

Inget av utbrotten har någon koppling till det utbrott i Danmark som blev känt nyligen.

Om listeria

Listeriabakterier kan växa i livsmedel med långa hållbarhetstider så som rökt och gravad lax, opastöriserade och pastöriserade dessertostar, kalla färdigrätter och charkvaror, så som skivat smörgåspålägg.

En listeriainfektion kan ge symtom som feber, ledvärk och magsjuka. Personer med nedsatt immunförsvar, underliggande sjukdom samt äldre personer och gravida kvinnor riskerar dock att drabbas av svårare sjukdom som blodförgiftning (sepsis) eller hjärnhinneinflammation. I värsta fall riskerar gravida kvinnor missfall, eller att smittan förs över till barnet som kan bli svårt sjukt.

Personer i riskgrupperna rekommenderas därför att undvika livsmedel som innebär ökad risk för smitta.`,
    "https://www.folkhalsomyndigheten.se/nyheter-och-press/nyhetsarkiv/2014/augusti/tva-utbrott-av-listeria-utreds/ (Folkhälsomyndigheten, augusti 2014)",
  ),
  real(
    "sv",
    "bulletin",
    "Afrikansk svinpest (ASF)",
    `Afrikansk svinpest har konstaterats i Fagersta och Norbergs kommuner i Västmanlands län. I den smittade zonen finns regler som du ska följa för att hindra smittspridning. Afrikansk svinpest är en smittsam och dödlig sjukdom som drabbar vildsvin och grisar men inte människor eller andra djurslag.

Du kan prenumerera på sidan och får då information när det är större uppdateringar.

Minska antalet vildsvin i den smittade zonen

Det pågår ett arbete med att söka efter sjuka och döda vildsvin och vi håller på att stängsla in kärnområdet där smittan finns. Nästa steg är att kraftigt minska antalet vildsvin i hela den smittade zonen. Det gör vi genom en så kallad smittskyddsavlivning med jaktliknande metoder. Det innebär att det varken är fråga om jakt enligt jaktlagstiftningen eller avlivning enligt reglerna som finns för hållna djur, utan en insats med stöd av epizootilagen.

Syftet är att bekämpa smittan där den finns och förhindra att den sprids vidare. Ju tidigare vi kan få kontroll över smittan desto snabbare kan vi se över de restriktioner som finns. Även om det fortfarande kommer att ta tid innan allt blir som vanligt igen.`,
    "https://jordbruksverket.se/djur/djurskydd-smittskydd-djurhalsa-och-folkhalsa/aktuellt-lage-for-smittsamma-djursjukdomar/afrikansk-svinpest-asf (Jordbruksverket, hösten 2023)",
  ),
];

export const BAD_BLIND23: EvalMessage[] = [
  // ---------------------------------------------------------------- English: flawed messages written for this set
  bad(
    "en",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    CERC,
    "Explosion at Harbour Road industrial unit – update 14:30, Tuesday 4 March",
    `Wexbridge Fire and Rescue Service was called at 11:52 today to an explosion and fire at an industrial unit on Harbour Road. Six fire engines attended and the fire is now under control. Two workers were taken to hospital with injuries that are not thought to be life-threatening.

The explosion was almost certainly caused by a gas cylinder that had not been stored properly, and we expect the investigation to confirm this within the next few days.

Harbour Road remains closed between the Quay Street roundabout and the retail park. Please avoid the area. If you live downwind of the smoke, keep your windows and doors closed until it clears.

Our next update will be at 17:00 on our website and social media channels. For non-emergency questions call 01632 960 210.`,
  ),
  bad(
    "en",
    "social",
    "speculation about culprits",
    FACTUAL,
    CERC,
    undefined,
    `Car fires in Millfield – Sunday 12 May, 9:30am

Six cars were set alight in the Millfield area overnight. Nobody was hurt. Fire crews put the fires out and the cars have been removed.

Officers believe the fires were started by the same group of lads who have been causing trouble around Millfield Park for weeks, and we expect to make arrests soon.

If you have doorbell or dashcam footage from Ashgrove Road, Tenter Lane or Park Crescent between 1am and 4am, please call 101 quoting incident 84 of 12 May, or report online at our website. Extra patrols will be in the area tonight.

We'll post an update here by 6pm.`,
  ),
  bad(
    "en",
    "social",
    "unverified hearsay relayed",
    FACTUAL,
    CERC,
    undefined,
    `Flooding update – 07:45 Thursday 14 November

The River Kell has burst its banks at Kelford Bridge. The B4120 is closed at the bridge and the Mill Lane footbridge is shut.

We have heard reports on social media that several people may be trapped in their cars near the garden centre and that the care home on Riverside Walk has flooded. We'll share more when we can.

If you or anyone with you is in danger, call 999. Do not walk or drive through floodwater – 30cm of moving water can float a car.

A rest centre is open at Kelford Leisure Centre for anyone who needs to leave their home. Sandbags are available at the council depot on Station Road until 18:00.

Next update at 10:00.`,
  ),
  bad(
    "en",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    CERC,
    "Burst main – Ashby Parva and Leire – update 15:00, Friday 9 August",
    `Following a burst water main on Station Road this morning, customers in Ashby Parva and Leire may notice cloudy or discoloured water as supplies return.

Tests have confirmed that the water is safe to drink and no precautions are needed. As a precaution, please boil all tap water used for drinking, cooking and brushing teeth until we tell you otherwise.

Bottled water is available at Ashby Parva village hall from 16:00 today. If you are on our Priority Services Register, we will deliver water to your door – call 0345 600 1234 if you have not heard from us by 19:00.

We will update customers by 9am tomorrow on our website and by text message.`,
  ),
  bad(
    "en",
    "bulletin",
    "empty reassurance",
    FACTUAL,
    CERC,
    "Route 9 tanker spill – statement from Ridley County Emergency Management, 10:20 a.m. Wednesday, June 4",
    `A tanker carrying an industrial solvent overturned on Route 9 near Mill Creek at about 8:40 a.m. today. The driver was treated at the scene. Part of the load has leaked into Mill Creek.

County hazmat crews and the state Department of Environmental Quality are on scene and have placed booms across the creek to contain the spill. Water samples have been taken and results are expected tomorrow afternoon.

There is absolutely no risk to anyone's health and residents have nothing to worry about.

Route 9 is closed between Oak Lane and County Road 14; use County Road 14 as a detour. Keep children and pets out of Mill Creek until further notice.

The next update will be posted at 2 p.m. at ridleycounty.gov/alerts. Questions: call the county information line at 555-0142.`,
  ),
  bad(
    "en",
    "bulletin",
    "blame of residents",
    IMPARTIAL,
    CERC,
    "Sewer flooding in Elm Park – update 12:00, Monday 3 February",
    `Sewage has flooded gardens and two ground-floor flats on Elm Park Road after a blockage in the main sewer early this morning.

This is entirely the fault of residents who keep flushing wet wipes and pouring cooking fat down the sink, and frankly we are tired of cleaning up after them.

Our crews cleared the blockage at 10:30 and are now cleaning and disinfecting the affected gardens. Please keep children and pets away from affected areas and wash your hands thoroughly after any contact.

Affected households can call 0300 123 4567 (24 hours) for help with clean-up and temporary accommodation.

We will post the next update at 17:00 on our website.`,
  ),
  bad(
    "en",
    "social",
    "mockery of the public",
    IMPARTIAL,
    CERC,
    undefined,
    `Storm update – 09:15 Saturday 8 February

Amazingly, a few geniuses still decided to drive through the ford at Hollow Lane last night despite the closure signs. Congratulations, your car is now a boat.

Three vehicles had to be recovered by fire crews. The ford and Hollow Lane remain closed. Floodwater can be much deeper and faster than it looks – please find another route.

Live road closures: roads.northvale.gov.uk. To report a blocked drain or fallen tree call 0300 555 0199.

Next update at 12:00.`,
  ),
  bad(
    "en",
    "sms",
    "shouting in capitals",
    IMPARTIAL,
    CERC,
    undefined,
    `EASTON HEALTH DEPT HEAT WARNING, 8 A.M. TUE JULY 16: TEMPERATURES WILL REACH 104°F TODAY AND TOMORROW. DRINK WATER, STAY OUT OF THE SUN 11 A.M.–5 P.M. AND CHECK ON ELDERLY NEIGHBORS. COOLING CENTERS OPEN 10 A.M.–8 P.M. AT ALL PUBLIC LIBRARIES. INFO: EASTON.GOV/HEAT OR CALL 311. NEXT UPDATE 6 P.M.`,
  ),
  bad(
    "en",
    "bulletin",
    "self-praise",
    IMPARTIAL,
    CERC,
    "Power outage update – 18:00, Sunday 17 November",
    `Storm Bert brought down overhead lines across the Marches overnight. At the peak, 21,400 homes and businesses were without power. Power has now been restored to 17,900 of them.

As the region's best-performing network operator, our world-class engineers have once again shown why we lead the industry, restoring power faster than any other company could have done.

About 3,500 customers remain off supply, mainly around Clun, Bishop's Castle and Knighton. We expect most of them to be reconnected by 22:00 tonight and the rest by midday tomorrow.

If you are still without power, call 105 or check the live map at our website. If you rely on medical equipment and need help, call 105 and choose option 1. Stay well away from fallen power lines and report them on 105.

Our next update will be at 08:00 on Monday.`,
  ),
  bad(
    "en",
    "bulletin",
    "no comment",
    OPEN,
    CERC,
    "Incident at Castlegate Shopping Centre – statement 16:20, Saturday 7 September",
    `Police were called to Castlegate Shopping Centre at 14:10 today following reports of a disturbance. The centre was evacuated as a precaution and remains closed.

We will not be commenting on the nature of the incident, on whether anyone has been hurt or on whether any arrests have been made.

Please avoid the area around Castlegate and Bridge Street while officers are at the scene. Buses are being diverted via Wellington Road.

If you are worried about a family member who was in the centre this afternoon, call 0800 056 0944.

We will give a further update at 18:00 on our website and social media.`,
  ),
  bad(
    "en",
    "sms",
    "no sender",
    OPEN,
    CERC,
    undefined,
    `Boil water notice from 3pm today (Thu 6 June) for all homes in Glenmore and Ballyrea. Boil water for drinking, brushing teeth and preparing food until further notice. Bottled water at the GAA grounds from 5pm. Details: 0818 123 456. Update by 12 noon tomorrow.`,
  ),
  bad(
    "en",
    "bulletin",
    "hiding what is not yet known",
    OPEN,
    CERC,
    "Legionnaires' disease cases in Westbrook – 11:00, Tuesday 22 October",
    `Four people who live or work in Westbrook town centre have been diagnosed with Legionnaires' disease in the past ten days. All four are being treated in hospital.

Legionnaires' disease is a lung infection caught by breathing in small droplets of contaminated water. It does not spread from person to person.

Environmental health officers have inspected cooling towers and water systems at premises in the town centre and samples have been taken.

If you have been in Westbrook town centre since 1 October and develop a cough, fever, shortness of breath or muscle aches, contact your GP or call NHS 111 and mention this alert. People over 50, smokers and people with weakened immune systems are most at risk.

More information is at westbrook.gov.uk/legionella. We will publish the next update at 11:00 on Friday.`,
  ),
  bad(
    "en",
    "bulletin",
    "hidden responsibility (passive)",
    OPEN,
    CERC,
    "Do not drink the tap water in Northfield – 16:30, Wednesday 2 April",
    `Earlier today, an incorrect amount of a water treatment chemical entered the supply to about 300 homes in Northfield. Mistakes were made during a routine process and the matter is being looked into.

If you live on Northfield Road, Orchard Way, Hilltop Close or Meadow Rise, do not drink the tap water or use it for cooking until further notice. You can still use it for flushing toilets and washing clothes.

Bottled water is available at Northfield Community Centre until 21:00 tonight and from 07:00 tomorrow. Vulnerable residents can ask for a delivery on 0300 200 4400.

If you have drunk the water and feel unwell, call NHS 111.

Next update at 20:00 on our website and by text to registered customers.`,
  ),
  bad(
    "en",
    "bulletin",
    "no action for those affected",
    ACTIVE,
    CERC,
    "Gas leak on Market Street, Alderton – 13:40, Thursday 15 May",
    `Midshire Gas Networks engineers are repairing a damaged gas main on Market Street, Alderton, after it was struck during roadworks at about 11:30 this morning. Gas is escaping into the surrounding area and fire crews are at the scene as a precaution.

Around 40 homes and businesses between the library and the Church Street junction are affected. Market Street is closed to traffic.

We expect the repair to take several hours. We are sorry for the disruption this is causing.

More information at midshiregas.co.uk/incidents or on 0800 111 999. Next update at 16:00.`,
  ),
  bad(
    "en",
    "bulletin",
    "no action for those affected",
    ACTIVE,
    CERC,
    "Power outage in Carrow and West Heath – 07:00, Monday 13 January",
    `About 6,200 customers in Carrow and West Heath have been without power since 02:15 after high winds brought a tree down onto an overhead line near Heath Farm.

Our crews have cleared the tree and are replacing the damaged section of line. We expect power to be back for most customers by 15:00 today. A small number of properties on Heath Lane may take longer because a pole needs to be replaced.

You can follow progress on our live outage map at eastgrid.co.uk/outages or by calling 105.

Next update at 10:00.`,
  ),
  bad(
    "en",
    "bulletin",
    "no route to more information",
    ACTIVE,
    CERC,
    "Evacuation Alert – Pine Ridge Road area – issued 3:15 p.m., Saturday, July 20",
    `The Regional District has issued an Evacuation Alert for properties along Pine Ridge Road between Kilometre 4 and Kilometre 11, and on Tamarack Place, because of the Tumble Creek wildfire.

The fire is about 6 kilometres west of Pine Ridge Road and is moving east, pushed by strong winds forecast through the evening.

An Evacuation Alert means you must be ready to leave on short notice:
• Pack medications, documents, phone chargers and supplies for three days.
• Fuel your vehicle and park it facing out.
• Make a plan for pets and livestock now.
• If you need help to leave, arrange it with family or neighbours today.

If an Evacuation Order is issued, leave immediately by Highway 24 eastbound. An update will be issued by 9 p.m.`,
  ),
  bad(
    "en",
    "bulletin",
    "no route to more information",
    ACTIVE,
    CERC,
    "Measles exposure – Galway city – 12:00, Wednesday 5 March",
    `A person with confirmed measles attended the following places while infectious:
• Eyre Square Centre, Saturday 1 March, 1pm–4pm
• Galway Coach Station, Sunday 2 March, 9am–11am

If you were at either place at those times, watch for symptoms for 21 days: fever, cough, runny nose, red eyes and a rash that starts on the face and neck.

If symptoms start, stay at home and phone your GP before going to any surgery or emergency department, so they can prepare for your visit. Pregnant women, babies under one year and people with weakened immune systems who were at these places should contact their GP today.

Two doses of MMR vaccine give the best protection. Next update Friday at 12:00.`,
  ),
  bad(
    "en",
    "bulletin",
    "vague next update",
    FAST,
    CERC,
    "Water supply interruption, Rangiora East – 09:30, Tuesday 18 March",
    `A burst water main on Ashley Street has cut the water supply to about 450 properties in Rangiora East since 06:00 this morning.

Council crews are on site. The pipe is two metres underground next to other services, so the repair is likely to take most of the day. We expect water to be back on this evening.

Water tankers are at Kippenberger Avenue reserve and outside the Ashley Street shops. Bring clean containers. When the water comes back it may be discoloured – run a cold tap until it clears.

Ashley Street is closed between Victoria Street and Percival Street; use Percival Street as a detour.

Questions: call 0800 965 468 or see our website. We'll keep you posted in due course.`,
  ),
  bad(
    "en",
    "bulletin",
    "no next update",
    FAST,
    CERC,
    "Winter storm: county roads update – 5:45 a.m., Thursday, January 9",
    `Freezing rain overnight has left many county roads covered in ice. Deputies responded to 14 crashes between midnight and 5 a.m.; no serious injuries were reported.

The following roads are closed until they can be treated: Old Mill Road between Route 30 and Creek Road, and Hawkins Hill Road. Plow and salt crews are out on all priority routes.

If you do not need to travel this morning, please stay home. If you must drive, slow down, leave extra space and keep a blanket, water and a charged phone in your car.

Report downed trees or lines to the county highway department at 555-0177. Call 911 only for emergencies. Current closures are listed at marlowcounty.gov/roads.`,
  ),
  bad(
    "en",
    "bulletin",
    "missing time stamp",
    FAST,
    CERC,
    "Update on incident in Lowfield Road",
    `Officers remain at the scene of an incident at a house in Lowfield Road this morning. A man inside the house has made threats and specially trained officers are speaking to him.

A cordon is in place between Castle Street and the Lowfield Road junction with Grange Avenue. Residents of numbers 2 to 40 Lowfield Road are asked to stay indoors and away from front windows. The primary school on Grange Avenue is open as normal; pupils are using the rear entrance.

We understand this is worrying for people who live nearby. Neighbourhood officers are in the area if you want to speak to someone.

We will give a further update in two hours.`,
  ),
  bad(
    "en",
    "social",
    "missing time stamp",
    FAST,
    CERC,
    undefined,
    `Bushfire update: power has been switched off to about 1,850 customers around Yackandah, Bethanga and Huon Creek so fire crews can work safely near our lines.

Power will stay off until the fire authority tells us it is safe to re-energise, then our crews will patrol every line before switching on.

If you have a life support device, make sure your backup plan is running. Keep fridges closed, and never touch a fallen line – stay 8 metres away and call 1800 332 101.

Check the outage map at nemenergy.com.au/outages. Next update at 4pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "jargon and acronyms",
    ADAPTED,
    PLAIN,
    "Precautionary BWA – PZ-3 – 2:15 p.m., Monday, August 11",
    `Due to a loss of system pressure below 20 psi following a main break on the 16-inch transmission line serving Pressure Zone 3 (PZ-3), a precautionary BWA is in effect per TCEQ requirements.

The BWA will remain in effect until Bac-T samples collected from representative sites in PZ-3 are confirmed negative for TC/EC, which requires a minimum 24-hour incubation period.

Affected customers should bring water to a rolling boil for 2 minutes before consumption. Customers with POU/POE treatment devices should not assume these provide adequate protection.

A map of PZ-3 is at cityofbrenham.gov/water. Questions: 555-0130. The next update will be issued by 10 a.m. Wednesday, or sooner if sample results are received.`,
  ),
  bad(
    "en",
    "bulletin",
    "bureaucratic passive and nominal style",
    ADAPTED,
    PLAIN,
    "Closure of Brookside Footbridge – 10:00, Friday 21 March",
    `Notification is hereby given that, pursuant to the identification of structural deficiencies in the Brookside Footbridge during the course of a scheduled inspection, the closure of the structure to all pedestrian and cycle traffic has been effected with immediate effect.

Utilisation of the alternative route via Mill Road and the Station Street bridge is required for the duration of the closure. Access to the structure by members of the public is prohibited and the placement of barriers has been undertaken at both approaches.

The undertaking of a detailed assessment by the Council's structural engineers will be completed by Wednesday 26 March, following which a determination regarding the reopening or the requirement for remedial works will be made.

Enquiries may be directed to 01234 567 890 or highways@brookside.gov.uk. A further update will be issued by 17:00 on Wednesday 26 March.`,
  ),
  bad(
    "en",
    "bulletin",
    "very long sentence",
    ADAPTED,
    PLAIN,
    "Flood clean-up in Lismore – 08:00, Monday 7 March",
    `Following the record flood peak on the Wilsons River last week and now that water has receded from most of the CBD and North and South Lismore, residents returning to their homes should be aware that floodwater may have been contaminated with sewage, chemicals and debris, that electrical and gas appliances exposed to water must be checked by a licensed tradesperson before use, that food, medicines and bottled water touched by floodwater should be thrown away, that gloves, sturdy boots and masks should be worn during clean-up, and that kerbside collection of flood-damaged items will begin on Wednesday in South Lismore and continue through other suburbs over the following two weeks, with items to be placed on the nature strip away from power poles, drains and trees.

The recovery centre at Southern Cross University is open 8am to 6pm daily. Call 1800 018 813 or see our website for help. Next update 8am Tuesday.`,
  ),
  bad(
    "en",
    "correction",
    "myth-first correction",
    ADAPTED,
    DEBUNK,
    undefined,
    `Myth: Filter jugs make tap water safe to drink during the boil water notice.

Over the weekend many people have been sharing posts saying that a filter jug removes bacteria from tap water, and that if you have one you can ignore the boil water notice. Some posts also say the notice is an overreaction and that the water is fine.

This is not correct. Most household filter jugs improve taste but do not remove bacteria or viruses. Until the notice is lifted, boil all water used for drinking, making baby formula, preparing food and brushing teeth, even if you use a filter.

Marsh Valley Water, 10:00 Monday 19 May. The boil water notice for Eastmarsh and Fenby is still in place. Bottled water is available at Fenby library until 20:00. Updates at marshvalleywater.co.uk or 0800 999 1010. Next update 18:00 today.`,
  ),

  // ---------------------------------------------------------------- Swedish: flawed messages written for this set
  bad(
    "sv",
    "bulletin",
    "obekräftade uppgifter om döda",
    FACTUAL,
    KRIS,
    "Bussolycka på E4 vid Iggesund – uppdaterad 16.40, tisdag 11 februari",
    `Polis, räddningstjänst och ambulans arbetar på olycksplatsen där en buss med ett fyrtiotal resenärer har kört av E4 strax norr om Iggesund vid 15-tiden i dag.

Enligt uppgifter som sprids i sociala medier kan upp till tio personer ha omkommit. Flera personer har förts till Hudiksvalls sjukhus.

E4 är avstängd i båda riktningarna mellan trafikplats Iggesund och Hudiksvall norra. Trafiken leds om via väg 84. Undvik att åka till platsen.

Anhöriga som söker information kan ringa polisens nummer 114 14. Region Gävleborg har öppnat en stödlinje för anhöriga på 026-15 40 00.

Nästa uppdatering kommer klockan 18.30 på polisen.se.`,
  ),
  bad(
    "sv",
    "bulletin",
    "spekulation om orsak",
    FACTUAL,
    MSB,
    "Strömavbrott i Västra Ekeby – 08.15, lördag 25 januari",
    `Cirka 4 300 hushåll i Västra Ekeby och Lövsta saknar ström sedan klockan 05.40 i morse.

Allt tyder på att någon medvetet har saboterat transformatorstationen vid Ekebyvägen, och vi räknar med att polisen snart kommer att bekräfta det.

Våra montörer är på plats och arbetar med att koppla om matningen. Vi räknar med att de flesta har ström igen före klockan 14.

Håll kyl och frys stängda så håller maten sig längre. Använd aldrig grill eller gasolkök inomhus. Hör till om dina äldre grannar klarar sig.

Aktuell avbrottskarta finns på ekebyenergi.se. Kundtjänst: 0771-25 25 00. Nästa uppdatering klockan 11.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "motsägelse i budskapet",
    FACTUAL,
    MSB,
    "Brand i industrilokal i Hallstavik – uppdaterat 21.10, onsdag 14 augusti",
    `Räddningstjänsten arbetar fortfarande med branden i en industrilokal vid Bruksvägen i Hallstavik. Röken driver mot nordost.

Ingen behöver evakueras och alla boende kan stanna kvar i sina hem. Boende på Norra Bruksgatan och Strandvägen uppmanas att lämna sina bostäder omedelbart och ta sig till Folkets hus, där kommunen har öppnat en samlingsplats.

Bor du nordost om brandplatsen ska du hålla fönster, dörrar och ventilation stängda.

Mer information finns på norrtalje.se och i Sveriges Radio P4 Uppland. Nästa uppdatering klockan 23.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "partipolitisk skuldbeläggning",
    IMPARTIAL,
    RF,
    "Vattenläcka i centrala Mörby – 13.00, måndag 20 januari",
    `En huvudledning för dricksvatten har gått sönder under Storgatan i Mörby. Cirka 600 hushåll och flera företag är utan vatten sedan klockan 09.30.

Ledningen är från 1960-talet och skulle ha bytts ut för länge sedan om den förra majoriteten hade prioriterat underhåll i stället för sina prestigeprojekt.

Våra VA-tekniker är på plats och vi räknar med att vattnet är tillbaka under kvällen. Vattentankar finns vid Mörby torg och utanför Ekbackeskolan. Ta med egna rena dunkar.

Storgatan är avstängd mellan Kyrkvägen och Bangatan.

Frågor: ring kommunens kundtjänst på 0150-570 00. Nästa uppdatering klockan 17.00 på kommunens webbplats.`,
  ),
  bad(
    "sv",
    "social",
    "stigmatiserande benämning",
    IMPARTIAL,
    RF,
    undefined,
    `Brand i tomt hus på Åsgatan – 23.40 fredag

Räddningstjänsten släcker just nu en brand i ett tomt bostadshus på Åsgatan. Ingen person har kommit till skada. Huset har under lång tid använts av missbrukare och andra kriminella element som tagit sig in olagligt.

Det kan lukta rök i området under natten. Bor du på Åsgatan eller Lärkvägen, håll fönstren stängda.

Åsgatan är avstängd mellan Skolgatan och Lärkvägen. Mer information kommer här och på räddningstjänstens webbplats klockan 07.00 i morgon.`,
  ),
  bad(
    "sv",
    "social",
    "alarmism",
    IMPARTIAL,
    RF,
    undefined,
    `Smittskydd Värmland 14.00 torsdag 6 mars: Vi står nu inför en smittkatastrof utan motstycke. Mässling kan när som helst spridas okontrollerat i hela länet och ingen kan känna sig säker.

Hittills har tre fall bekräftats, alla i samma familj i Arvika. Smittspårning pågår.

Har du feber, hosta, röda ögon och utslag: stanna hemma och ring 1177 innan du söker vård. Är du osäker på om du är vaccinerad, kontakta din vårdcentral.

Mer information på regionvarmland.se/massling. Nästa uppdatering måndag klockan 14.`,
  ),
  bad(
    "sv",
    "bulletin",
    "dolt ansvar (passiv form)",
    OPEN,
    MSB,
    "Störningar i journalsystemet – 10.30, måndag 3 mars",
    `Sedan klockan 07.15 i morse fungerar journalsystemet inte som vanligt på vårdcentraler och sjukhus i regionen. Det har uppstått ett fel i samband med en uppdatering och åtgärder vidtas.

Vården fortsätter som vanligt med reservrutiner, men väntetiderna kan bli längre. Har du en bokad tid i dag gäller den. Du kan inte förnya recept via 1177 just nu.

Behöver du akut vård, ring 112. Behöver du råd om vård, ring 1177.

Nästa uppdatering klockan 13.00 på regionens webbplats.`,
  ),
  bad(
    "sv",
    "sms",
    "avsändare saknas",
    OPEN,
    MSB,
    undefined,
    `Kokningsrekommendation från kl 14 i dag (tis 9 juli) för Lilla Edet norra och Göta. Koka vatten som ska drickas eller användas i matlagning tills vidare. Tappställe vid ICA Göta från kl 17. Mer info: 0520-65 95 00. Ny info senast onsdag kl 12.`,
  ),
  bad(
    "sv",
    "bulletin",
    "döljer det som ännu inte är känt",
    OPEN,
    MSB,
    "Oljeutsläpp vid Ängsö – 12.00, söndag 28 september",
    `Olja har flutit i land längs cirka två kilometer av stranden mellan Ängsö brygga och Norrviken.

Kustbevakningen lägger ut länsar till sjöss och kommunens räddningstjänst sanerar stranden tillsammans med frivilliga från Sjöräddningssällskapet.

Undvik att bada och gå på de drabbade stränderna tills vidare. Låt inte hundar springa i vattnet. Hittar du oljeskadade fåglar, ring Viltolycksrådet på 0771-45 50 00.

Mer information finns på kommunens webbplats. Nästa uppdatering klockan 17.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "ingen uppmaning till de drabbade",
    ACTIVE,
    MSB,
    "Kraftig rök från brand i återvinningsanläggning i Kumla – 15.20, fredag 6 juni",
    `Räddningstjänsten arbetar sedan klockan 13 med en brand i en återvinningsanläggning vid Industrigatan i Kumla. Det brinner i stora högar med plast och trä och röken är kraftig.

Vinden driver röken söderut mot Hallsberg. Branden väntas pågå under kvällen och natten.

Industrigatan är avstängd. Mer information finns på kumla.se och i Sveriges Radio P4 Örebro. Nästa uppdatering klockan 18.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "ingen uppmaning till de drabbade",
    ACTIVE,
    MSB,
    "Algblomning i Vättern vid Hjo – 10.00, tisdag 22 juli",
    `Miljöförvaltningens prover från i går visar att det finns cyanobakterier, så kallade blågröna alger, i vattnet vid Hjo stadsbad och Guldkroksbadet. Vissa sådana alger kan bilda gifter som kan ge magbesvär, huvudvärk och hudutslag.

Algerna syns som en grön hinna eller som små gröna korn i vattnet. Mängden varierar med vind och temperatur.

Nya prover tas på torsdag. Mer information finns på hjo.se/bad och hos kommunens kundcenter på 0503-350 00. Nästa uppdatering på torsdag eftermiddag.`,
  ),
  bad(
    "sv",
    "bulletin",
    "ingen väg till mer information",
    ACTIVE,
    MSB,
    "Strömavbrott efter stormen – 09.00, söndag 3 december",
    `Efter nattens storm är cirka 12 000 kunder i Ljusdals och Bollnäs kommuner utan ström. Många träd har fallit över ledningarna och flera vägar är blockerade, vilket gör att det tar tid att nå fram.

Vi räknar med att de flesta ska ha ström igen under måndagen, men för vissa kunder i skogsbygderna kan det ta flera dagar.

Förbered dig på ett längre avbrott: ha varma kläder, mat som inte behöver tillagas och batterier till radio och ficklampa. Gå aldrig fram till en nedfallen ledning – håll minst tio meters avstånd.

Nästa uppdatering klockan 16.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "vag uppgift om nästa uppdatering",
    FAST,
    MSB,
    "Koka dricksvattnet i Skogsby – 11.00, torsdag 15 augusti",
    `Vid ordinarie provtagning har vi hittat bakterier i dricksvattnet i Skogsby. Vi vet ännu inte varför, men misstänker att det hänger ihop med gårdagens kraftiga regn.

Koka vatten som du ska dricka eller laga mat med. Koka också vatten till att borsta tänderna och till att skölja frukt och grönsaker. Du kan duscha och tvätta som vanligt.

Tappställe med kokfritt vatten finns vid Skogsby bygdegård. Ta med egna rena dunkar.

Frågor: ring kommunens kundtjänst på 0511-38 30 00. Vi återkommer när vi vet mer.`,
  ),
  bad(
    "sv",
    "bulletin",
    "tidsangivelse saknas",
    FAST,
    MSB,
    "Bron över Dalälven vid Gysinge avstängd",
    `Bron över Dalälven vid Gysinge är avstängd för all trafik, även gående och cyklister, efter att skador upptäcktes i brons bärverk vid en inspektion i morse.

Trafiken leds om via väg 272 och Hedesunda. Räkna med ungefär 25 minuters längre restid. Busslinje 48 kör omväg och hållplatsen Gysinge bro trafikeras inte.

Vi vet ännu inte hur allvarliga skadorna är. Konstruktörer undersöker bron under dagen.

Nästa uppdatering kommer klockan 15.`,
  ),
  bad(
    "sv",
    "bulletin",
    "nästa uppdatering saknas",
    FAST,
    MSB,
    "Polisen spärrar av område vid Norra station – 11.20, torsdag 27 mars",
    `Polisen har spärrat av ett område runt Norra station efter att ett misstänkt farligt föremål hittats i ett cykelställ. Nationella bombskyddet är på väg.

Tåg och bussar stannar inte vid Norra station under avspärrningen. Boende i husen närmast stationen har fått lämna sina bostäder och kan vänta i Ekbacka kyrka.

Undvik området och följ polisens anvisningar på platsen. Har du sett något misstänkt vid stationen i morse, ring 114 14.`,
  ),
  bad(
    "sv",
    "bulletin",
    "fackspråk",
    ADAPTED,
    KLAR,
    "Dricksvattnet från Ryds vattenverk – 09.00, onsdag 4 september",
    `Vid ordinarie provtagning har E. coli påvisats i halter över gränsvärdet i utgående dricksvatten från Ryds vattenverk, varför vattnet bedöms som otjänligt enligt LIVSFS 2022:12. Orsaken bedöms vara en barriärbrist i UV-steget i kombination med förhöjd turbiditet i råvattnet.

Kokningsrekommendation gäller därför för samtliga abonnenter i distributionsområdet tills vidare. Tappställe finns vid Ryds idrottsplats.

Frågor: 0470-410 00. Nästa uppdatering torsdag klockan 12.`,
  ),
  bad(
    "sv",
    "bulletin",
    "förkortningar",
    ADAPTED,
    KLAR,
    "Utrymning vid Hamnvägen – 02.40, lördag 17 maj",
    `RL har i samråd med RCB och TiB beslutat om utrymning av riskområdet vid Hamnvägen efter gasolläckaget. VMA har sänts i P4. ISL är etablerad vid Hamnskolan och POSOM är larmat.

Boende inom riskområdet ska lämna sina bostäder nu och ta sig till Hamnskolan. Ta med mediciner och id-handlingar.

Frågor: ring 113 13. Nästa uppdatering klockan 04.00 på räddningstjänstens webbplats.`,
  ),
  bad(
    "sv",
    "bulletin",
    "substantivtung byråkratisk stil",
    ADAPTED,
    KLAR,
    "Avstängning av gångväg vid Kvarngatan – 14.00, tisdag 8 april",
    `Med anledning av genomförd riskbedömning avseende förekomst av sprickbildning i stödmuren vid Kvarngatan sker avstängning av gångvägen samt tillfällig omdirigering av gång- och cykeltrafik via Åpromenaden med omedelbar verkan.

Beträdande av det avspärrade området medför risk för personskada och är därmed ej tillåtet. Utförande av fördjupad undersökning av murens bärförmåga kommer att ske under innevarande vecka, varefter ställningstagande avseende eventuella åtgärder kommer att ske.

Frågor besvaras av kommunens kontaktcenter, 0910-73 50 00. Nästa uppdatering fredag 11 april klockan 12.`,
  ),
  bad(
    "sv",
    "bulletin",
    "mycket långa meningar",
    ADAPTED,
    KLAR,
    "Eldningsförbud i Kalmar län – 10.00, fredag 27 juni",
    `Länsstyrelsen har i dag beslutat om eldningsförbud i hela Kalmar län från och med klockan 12.00 i dag och tills vidare, vilket innebär att det är förbjudet att elda i skog och mark och att grilla på platser som inte är iordningställda för det, samtidigt som det fortfarande är tillåtet att grilla på egen tomt om grillen står stadigt på ett obrännbart underlag och avståndet till skog och torr växtlighet är tillräckligt, medan gasolkök och spritkök får användas på platser där risken för spridning är liten, och den som bryter mot förbudet kan dömas till böter eller fängelse, eftersom brandrisken enligt SMHI:s prognoser nu är mycket stor i hela länet och väntas bli extremt stor under helgen.

Läs mer på lansstyrelsen.se/kalmar eller ring 010-223 80 00. Nästa uppdatering måndag klockan 10.`,
  ),
  bad(
    "sv",
    "correction",
    "rättelse som börjar med myten",
    ADAPTED,
    DEBUNK,
    undefined,
    `Myt: Kranvattnet i Ulricehamn är förgiftat efter branden i Timmele.

I helgen har det spridits inlägg om att släckvatten från branden har förgiftat kranvattnet i hela Ulricehamn och att man inte ens ska duscha i det. Flera inlägg påstår också att kommunen mörkar provsvaren.

Det stämmer inte. Vattnet i Ulricehamn kommer från vattenverket i Hössna, som inte har något samband med brandplatsen. Provsvaren från i fredags och i går visar att vattnet håller god kvalitet. Du kan dricka vattnet som vanligt.

Ulricehamns kommun, måndag 12 maj klockan 09.00. Provsvaren finns på ulricehamn.se/vatten. Frågor: 0321-59 50 00. Nästa provsvar publiceras torsdag.`,
  ),
];
