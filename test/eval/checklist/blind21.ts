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
 * Twenty-first blind set, written 2026-12-05 by an independent author who did not read the checklist rules, its
 * lexicons or any earlier item (only types.ts, guidance.ts, build.ts, the header of blind15.ts and the earlier sets'
 * source URLs, so that no real message repeats). HELD OUT as a whole: figures only, never tune on its wording.
 * Real messages are copied from the publisher's text (whole sentences or paragraphs dropped at most); flawed ones
 * each carry one failure pattern inside an otherwise competent message.
 */
const { real, bad } = evalSet("", perLanguage("good21", "bad21"));

export const GOOD_BLIND21: EvalMessage[] = [
  // English-language public authorities.
  real(
    "en",
    "bulletin",
    "Statement on flooding",
    `Council staff, community flood wardens and contractors have been working hard with residents to manage the flood threat from the rainstorm. While there has been some localised flooding of highways and low lying spots, defences have generally held.

Six gangs of staff and two gully wagons have been out and about in the Valley responding to rising waters. Roads are beginning to re-open and becoming passable with care, but please consider whether your journey is really necessary.

Another rain bearing depression is due shortly but it should be a little less intense than Saturday night’s deluge. The outlook for the week remains wet and Council staff will be focusing on flood prevention and response work.`,
    "https://news.calderdale.gov.uk/statement-on-flooding/ (Calderdale Council, undated)",
  ),
  real(
    "en",
    "bulletin",
    "Flood Advice",
    `We are advising residents of road closures throughout the county. Road closures can be viewed on out Road Closures page and we advise those travelling to check to make sure their route is accessible.

When travelling please obey traffic signs. Flood warning boards will be out on the road network and advise you to slow down where  parts of the road surface are submerged. If there is a road closed sign please do not attempt to drive through the flood water. As the road surface is not visible whilst travelling through floodwater it is not safe to do so.

We advise people not to walk through flood water as this is potentially hazardous. Manhole covers may become dislodged, the power of the water flow may not be apparent and the water may be contaminated. For more information on floodwater hazards please check the Environment Agency website.`,
    "http://newsroom.herefordshire.gov.uk/2014/february/flood-advice.aspx (Herefordshire Council, February 2014)",
  ),
  real(
    "en",
    "bulletin",
    "Council issues flooding update with more rain forecast",
    `Heavy rain has seen homes put at risk of flooding in Cirencester recently with more than 70 without power on Christmas day due to a substation flooding.
The Council has been working with its contractor Ubico to provide strategic sandbagging to protect properties and liaising with affected residents to give them support and advice.
Gloucestershire Fire and Rescue Service and Thames Water have been pumping water away but with heavy rain forecast tonight, problems may worsen before we see surface water recede and river levels drop.
Leader of the Council, Joe Harris, said: “We know that a number of our residents have had their Christmas ruined and we are doing all we can to support them.
“We are working with Cirencester Town Council which is providing local support and we are liaising with parish councils in Siddington and South Cerney which are also experiencing rising river levels and may have residents whose homes are under threat of flooding.
“We are replenishing sand bag supplies for communities at risk where the town and parish Councils have already exhausted their supplies.”
Along with other Cabinet members, Cllr Harris has been out in the District speaking to affected residents while Council officers are also surveying areas where flooding has occurred.
Cllr Harris added: “Whilst our role is currently reactive we are keen that the cause of this flooding can be identified so that we can work with other agencies to ensure we do everything we can to reduce the risk of future flooding.
“Photographs will provide an essential insight into flood events and I would therefore urge flood affected residents to email information to response.hub@cotswold.gov.uk”`,
    "https://news.cotswold.gov.uk/news/council-issues-flooding-update-with-more-rain-forecast (Cotswold District Council, December 2020)",
  ),
  real(
    "en",
    "bulletin",
    "Statement on sandbags",
    `Following the recent heavy rainfall affecting a number of locations across North MK, our Highways team with service provider, Ringway worked through the night to supply sandbags to residents to help protect them from flooding. Over the last few hours we have distributed over 1,000 sandbags to properties at severe risk of flooding.

This means that our stocks of sandbags are now significantly reduced and we are working hard to replenish them in case of emergencies. Please note that our priority is to protect the public and not private property. You should take steps to protect your home from flooding if you are in a risk area including keeping a supply of sandbags available. Most DIY stores will stock them or you can use bags of soil too.

Please do not contact us for sandbags UNLESS your property is at severe risk of flooding, with rising water levels.

The emergency services do not issue sandbags, so please do not contact them.

Sandbags will help to keep water out for a short period of time but will not prevent flooding if the water levels rise further. If a property is already flooded then sandbags will not help as the water will be coming through the floor.

We are continuing to monitor the weather forecast, and river levels with the Environment Agency, and no further high rainfall is predicted. River levels should now begin to lower after they peaked earlier today. This will take time as the ground remains saturated.

A weather alert has also been issued for high winds across the south east region as Storm Bella reaches the UK, so take extra care this Christmas weekend.`,
    "https://www.milton-keynes.gov.uk/pressreleases/2020/dec/statement-on-sandbags?displaypref=3 (Milton Keynes Council, 24 December 2020)",
  ),
  real(
    "en",
    "bulletin",
    "Update on cyberattack on Council services",
    `Council staff continue to work with the National Cyber Security Centre, National Crime Agency, external experts and the Ministry of Housing, Communities and Local Government to investigate and understand the impact of the cyberattack on our servers.

Our investigation remains at an early stage, and there is limited further information available at this point.

We have reported this incident to the Information Commissioner’s Office. We understand that residents will be anxious about the risk to their data, and we are working closely with the ICO, police agencies and other experts. We are committed to sharing further information about this as soon as we can, including what, if any, actions residents may need to take.

We know that residents may be concerned and will have questions. We are learning more about the attack but are choosing not to share any more information at this stage in order to make sure we do not inadvertently assist the attackers. We want to share as much information with residents as possible, and as soon as we are able to safely do so we will.

The attack is continuing to have a significant impact on council services and we ask residents to not contact us unless absolutely necessary.`,
    "https://news.hackney.gov.uk/update-on-cyberattack-on-council-services/ (Hackney Council, 14 October 2020)",
  ),
  real(
    "en",
    "bulletin",
    "Recovery - July 17 Weather Event",
    `Update 12PM

Some roads remain closed following yesterday's heavy rain.

We are advising residents of the Eighty Eight Valley, Brightwater, Tapawera Water Supply boil all of their drinking water.

This notice is due to high turbidity in source water.

You are advised to boil all your drinking water for the following purposes:

- Drinking water
- Mixing cold beverages
- Utensil washing and food preparation
- Brushing your teeth
- Pets
- Ice making

Bringing water to a rolling boil in a kettle/electric jug is sufficient to make it safe to drink. You do not need to boil the water for longer than this.

It is likely that the boil water notice will be in place over the weekend to be reviewed on Monday 19 July 2021.

Note: nearly all household filters provide no protection against bacterial contamination. If you have an under the sink carbon filter or cartridge filter, you still need to boil your water.`,
    "http://nelsontasmancivildefence.co.nz/news/recovery-july-17-weather-event (Nelson Tasman Civil Defence, 17 July 2021)",
  ),
  real(
    "en",
    "bulletin",
    "Restoration Update, July 24, 3:30pm",
    `As we near the end of our fourth day of power restoration, we currently have 1,438 members out at 137 separate locations. The outage count has dropped from 26,000 at the beginning of the storm and we are pleased with the tremendous amount of progress that’s been made.

The remaining outages are at 135 separate locations and the majority are affecting less than 10 members each.  This means as each outage is restored, the count will only go down slightly.  We still have the same number of crews working and our goal is the same as it was in the beginning, to restore all power as soon as is safely possible.

Thank you for your patience during this difficult time.  We ask for your continued patience and support as we work hard to get the lights back on for everyone.`,
    "https://www.amicalolaemc.com/restoration-update-july-24-330pm/ (Amicalola EMC, 24 July 2023)",
  ),
  real(
    "en",
    "bulletin",
    "Urgent water shutdown for leak detection in Maniaiti/Benneydale",
    `We have discovered that there is a large leak in the water network in Maniaiti/Benneydale that we need to find and fix, as we are losing a lot of water.
Waitomo District Council contractor McIndoe Group will be shutting down the water in Maniaiti/Benneydale today in order to try locate the leak.
Leak detection helps identify where there could be faults in the network and can also help determine where water loss is occurring.
There will only be a temporary interruption to water supply, and it should not overly disrupt or interfere with normal usage.
Work will include turning off a valve at each street for a few minutes to check for changes in water pressure.
A leak detection device will also be used to listen for leaks on the water mains.
If the leak is detected in the Council-owned network, repairs will be undertaken.
If you experience unclean water flow afterwards, please wait 10 minutes and then run an outside tap for at least five minutes or until water runs clear. This is to avoid any unclean water entering your household system.
We also ask that you please conserve water as much as possible.
Thank you for your understanding and cooperation.`,
    "https://www.waitomo.govt.nz/council/news-summary/council-news/2023/february/national-state-of-emergency-declared (Waitomo District Council, 2023)",
  ),
  real(
    "en",
    "bulletin",
    "Boil Water Notice lifted for customers in Cork, Tipperary and Waterford",
    `06 August 2023

Information below is relevant until further updates are provided here or on our Supply and Service Updates section.

Uisce Éireann and Tipperary County Council wish to notify customers supplied by the Glenary Public Water Supply that the Boil Water Notice issued on 2 August is now lifted with immediate effect. This follows consultation with the HSE.

Affected customers in the following areas can now resume normal use of the water supply for drinking, food preparation and brushing teeth:

Parts of Clonmel Town centre and surrounding areas including Cashel Road, Cahir Road and Ring Road; and the Kilcomma/Finger Post areas in Co. Waterford.

Uisce Éireann’s priority remains the protection of public health. Due to strike action arising from a dispute between the Unite Trade Union and 7 Local Authorities, Uisce Éireann took the necessary steps to protect public health by imposing a Boil Water Notice on this scheme.

The Uisce Éireann Customer Contact Centre (1800 278 278) is available to answer customer queries in relation to the lifting of this water quality notice.`,
    "https://www.water.ie/news/boil-water-notices-in-wat/ (Uisce Éireann, 6 August 2023)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `The Sacramento Metropolitan Air Quality Management District, in conjunction with Sacramento County Public Health, is advising residents to take precautions and minimize outdoor activities if they see or smell smoke coming from the current wildfires burning over a wide area in Northern California. Due to this smoke, particulate matter (PM) pollution is expected to be in the high-Moderate (yellow) to low-Unhealthy for Sensitive Groups (orange) categories on the Air Quality Index.
Smoke from the fires most likely will affect the greater Sacramento Valley area through Friday, Aug. 21, but may last longer depending on the strength and direction of the winds and the fire status. Due to the unpredictable nature of wildfire smoke and other complexities, particulate matter pollution levels can be elevated in one area, but not another.
Given the smoke and the excessive heat warnings in effect in the region, residents are advised to stay indoors whenever possible. Wildfire smoke can affect anyone, but especially sensitive groups. People with heart and lung disease, older adults and children are at greater risk and should limit prolonged or heavy outdoor exertion. If you see or smell smoke, take the following actions:
- Minimize outdoor activities if you see or smell smoke
- Children, the elderly and people with respiratory or heart conditions should be particularly careful to avoid exposure
- Stay indoors with doors and windows closed as much as possible
- Use your air conditioner set to re-circulating indoor air mode
- Those with asthma should follow their asthma management plan
- Contact your doctor if you have symptoms of cough, shortness of breath, or other symptoms you believe to be caused by smoke
- Those with heart disease should especially limit their smoke exposure due to increased risk of heart attacks
Cloth face coverings and surgical masks are not effective protection against particulate matter from wildfires.`,
    "https://www.saccounty.gov/news/latest-news/Pages/Wildfire-SmokeUnhealthyforSensitiveGroups.aspx (Sacramento County, August 2020)",
  ),
  real(
    "en",
    "social",
    undefined,
    `The current air quality is very unhealthy. Updates on air quality can be viewed airnow.gov
People with heart or lung disease, older adults, children and teens:
- Avoid physical activities outdoors.
Everyone else:
- Avoid strenuous outdoor activities.
- Keep outdoor activities short.
- Consider moving physical activities indoors or rescheduling them.`,
    "https://cityofalliance.com/CivicAlerts.aspx?AID=319&ARC=657 (City of Alliance, undated)",
  ),
  real(
    "en",
    "social",
    undefined,
    `A Snow Emergency will in effect from 1 p.m. Thursday Feb. 16 through 1 p.m. Friday Feb. 17, 2023.

Snow emergencies are declared when the snow is predicted to cause hazardous driving conditions. Parking is prohibited on roadways during a snow emergency to allow for crews to clean up the roads.

Residents are reminded to park their vehicles accordingly.`,
    "https://www.somers.org/?p=11284 (Town of Somers, February 2023)",
  ),
  real(
    "en",
    "bulletin",
    "Emergency Water Outage: North Side Road",
    `Emergency Water Outage
North Side Road: 11:00pm-4:00am

In association with the on-going water ban, Town Staff are working to detect a significant leak within the town. Over the next several evenings, residents may experience an overnight outage as staff work to detect the leak.

Tonight between 11:00pm and 4:00am, residents of North Side Road will experience an emergency water outage.

After water restoration, residents may experience air in their lines or discoloured water. We recommend that you run your water 1-2 minutes until the air is dispersed or water colour has cleared.

Thank you for your patience as we work to resolve this issue and we apologize for any inconveniences.`,
    "http://holyrood.ca/emergency-water-outage-north-side-road/ (Town of Holyrood, 4 July 2022)",
  ),
  real(
    "en",
    "bulletin",
    "Flood Recovery Update",
    `As Council begins the recovery phase of the aftermath of the flood that followed Cyclone Debbie, Mayor of Tweed Councillor Katie Milne provides this overview of activities.
The recent event has reaffirmed the importance of the Flood Plain Risk Management Study and Plan, recently reported to Council and highlights the issues that the community has had to deal with over the past two weeks.
This event caught everyone by surprise, the amount of rain - 600 – 750mm that fell within 24-48 hours, well beyond what was forecasted - and the height and rate of river rise was unprecedented in the recorded history of the Tweed.
At this early stage we know that the Flood Plain Risk Management Study reported and adopted by Council in 2014, proved to be an accurate assessment of the flood risks and modelling.
We remind the community that there are a range of measures that can be considered and implemented to mitigate flood-risk – but no one can prevent a flood. These measures are long term and require commitments from all tiers of government, consultation with the community and buy-in for them to succeed.
Council is still working its way through the recovery phase of the recent floods and is yet to have a full debrief with all agencies and internal Council departments.`,
    "https://tweed.nsw.gov.au/council/news-updates/latest-news/media-releases/2038-flood-recovery-update (Tweed Shire Council, 24 April 2017)",
  ),
  real(
    "en",
    "bulletin",
    "All Evacuation Orders Lifted",
    `This morning, July 2, 2023, all voluntary evacuation orders have been rescinded. Residents are welcome to enter the area and their homes. Fire crews will still be in the area patrolling around the fire and residents are advised to use caution on the roadway driving around our responders.
Trees and power poles may be weakened by the fire and potentially fall in some areas. Use caution when traveling through burned areas, especially when there are utility poles or trees overhead. Additionally, charred ground may become unable to absorb water during major rainstorms and mud slides may present a threat.
Small flames and smoke may be visible within the burned area for some time after the fire is declared contained or controlled. Use caution in these burned areas and work to reduce your smoke exposure during poor air quality days.`,
    "https://inciweb.wildfire.gov/incident-publication/txtxs-storage-fire/all-evacuation-orders-lifted (InciWeb, Storage Fire, July 2023)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Firefighters have worked hard today to establish and hold the containment line around the Lower North Fork Fire perimeter.
The containment number is 90%.
At 7:00 PM residents in the existing evacuation areas to include Maxwell Hill and Critchell Road will be allowed to return to their homes. All homes located south of the intersection of Pleasant Park Road and Keuhster Road remain under the evacuation order.
The Red Flag Warning issued by the National Weather Service has not been lifted. As such residents moving back into area should remember to remain vigilant and prepared to leave should conditions change.`,
    "http://jeffcosheriff.blogspot.com/2012/03/lower-north-fork-fire-update-33112-1500.html (Jefferson County Sheriff's Office, 31 March 2012)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `All evacuations for the River Fire have been lifted in Nevada County and are reflected in evacuation maps for Nevada County at www.ReadyNevadaCounty.org/Zonehaven. The Nevada County Sheriff's Office kept local roadblocks and evacuation orders in place to give the residents ample time to go in with the re-entry passes issued by the Sheriff's Office last week, survey any damages, and secure any personal property before re-opening the evacuation areas burned by the River Fire.
The Nevada County Sheriff's Office still encourages the public to avoid the area unless necessary and be cautious of remaining utility and fire crews in the area. Those impacted by the River Fire are encouraged to find resources and next steps in the recovery process at www.ReadyNevadaCounty.org/RiverFireRecovery.`,
    "https://www.nevadacountyca.gov/CivicAlerts.aspx?AID=4102 (Nevada County, 2021)",
  ),
  real(
    "en",
    "bulletin",
    "Evacuation & Wildfire Update",
    `June 13, 2023 2:50 PM

Our fire crews are working 24 hours per day and are focusing heavily on the areas of the fire closest to populated areas.

The fire is still out of control. We’ve heard of one new start today with the lightning moving through, but it isn’t anticipated to be an issue.

PLEASE NOTE – The evacuation order is still in place! Please do not come back to the area at this time. Planning is underway for when it’s deemed safe to lift evacuation orders. We’re not there yet.

The most important thing right now is your safety. We want to make sure that once we do bring you back, you’re safe and you have access to the services you need.

We know this isn’t easy for anyone. We understand the anxiety and stress that comes with having to evacuate your home and leave your things behind. Our amazing crews and staff are working day and night to protect our community and your homes, and to keep everyone safe. Thank you for your understanding and support.`,
    "https://yhcounty.ca/county-office/news/evacuation-wildfire-update/ (Yellowhead County, 13 June 2023)",
  ),
  real(
    "en",
    "social",
    "Critical incident stood down: Friday 5 April 9.30am",
    `Please note that the critical incident has now been stood down. We recognise the hard work of all our colleagues and thank them for their efforts through this period of escalation.
We also want to thank the public who took steps to #HelpUsHelpYou by only attending the Emergency Department for serious or life-threatening conditions and using other services, such as NHS 111, for urgent care.
Thank you.`,
    "https://www.plymouthhospitals.nhs.uk/latest-news/critical-incident-declared-thursday-4-april-10am-7159 (University Hospitals Plymouth NHS Trust, 5 April 2024)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Irish Water and Offaly County Council have confirmed that a Boil Water Notice has been put in place with immediate effect for all customers served by the Dunkerrin Public Water Scheme. This follows consultation with the Health Service Executive (HSE).

The Boil Water Notice has been put in place as a precaution to protect approximately 1,200 customers following a mechanical failure at the water treatment plant that resulted in the disinfection process being compromised.

Irish Water’s drinking water compliance and operational experts are working with colleagues in Offaly County Council to resolve the issue.

Customers in Dunkerin, Lisryan and surrounding areas are advised to boil water before use until further notice. Moneygall Village is on a separate supply and is not impacted by this Boil Water Notice.

Irish Water has made direct contact with customers registered on its vulnerable customers register affected by this Boil Water Notice.

For queries regarding this Boil Water Notice, customers should contact Irish Water directly on our customer care helpline, open 24/7, on 1850 278 278. Updates will be available on the Water Supply Updates section of the Irish Water website and via Twitter @IWCare.`,
    "https://www.offalyexpress.ie/news/home/575753/boil-water-notice-for-offaly-community-with-disinfection-process-compromised.html (Irish Water and Offaly County Council statement, via Offaly Express, 22 September 2020)",
  ),

  // Swedish national agencies and Krisinformation.se.
  real(
    "sv",
    "bulletin",
    "Viktigt meddelande till allmänheten i Strömsund",
    `Uppdatering 26/7 kl 05.00: Meddelandet gäller inte längre.

Ursprunglig text: Viktigt meddelande till allmänheten i Strömsunds kommun i Jämtlands län. Det brinner i en villa på Näsvägen i centrala Strömsund med kraftig rökutveckling.

Räddningsledaren uppmanar alla i området att gå inomhus och stänga dörrar, fönster och ventilation.

För mer information lyssna på Sveriges Radio P4 Jämtland.`,
    "https://krisinformation.se/nyheter/2020/juli2/viktigt-meddelande-till-allmanheten-i-stromsunds-kommun-jamtlands-lan (Krisinformation.se, juli 2020)",
  ),
  real(
    "sv",
    "bulletin",
    "MSB: Läget är extremt allvarligt – följ eldningsförbuden",
    `Brandrisken når under veckan extrema nivåer. Myndigheten för samhällsskydd och beredskap, MSB, går därför ut med ett myndighetsmeddelande för att uppmana allmänheten att följa eldningsförbuden.

MSB:s myndighetsmeddelande 23 juli:

Det torra och varma vädret fortsätter i stort sett hela landet. Brandrisken når under veckan extrema nivåer. Fyra kritiska skogsbränder pågår och risken för fler är mycket hög, särskilt i södra delen av landet och i Mälardalen. Skogsbränder måste i det här läget bekämpas tidigt. En liten gnista kan snabbt sprida sig och få allvarliga konsekvenser.

Läget är extremt allvarligt. MSB uppmanar alla att ta ansvar och följa lokala eldningsförbud. Om du orsakar en brand kan du hållas ansvarig.`,
    "https://krisinformation.se/nyheter/2018/juli2/myndighetsmeddelande-msb-folj-eldningsforbuden (Krisinformation.se/MSB, 23 juli 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "SMHI klass 2-varnar för snöfall",
    `Uppdatering 6/11 17.20. Klass 2-varningen gällde endast Gotlands län under det kommande dygnet. SMHI utfärdade på lördagen den 5 november en klass 2-varning för stora snömängder i Östergötlands län, östra delen av Jönköpings län och Kalmar län utom Öland.

Det väntades snöfall på många håll i landet och SMHI utfärdade flera klass 1-varningar med anledning av snön.

En klass 2-varning innebär väderutveckling som kan medföra fara för allmänheten, orsaka stora materiella skador och stora störningar i viktiga samhällsfunktioner. Allmänheten uppmanas att följa upp ny information på internet, radio eller TV.

Vädersituationen kan medföra stora trafikproblem samt innebära störningar i el- och teleförsörjningen, enligt SMHI.`,
    "https://www.krisinformation.se/nyheter/2016/november/smhi-klass-2-varnar-for-snofall (Krisinformation.se, november 2016)",
  ),
  real(
    "sv",
    "bulletin",
    "Röda varningar för höga flöden",
    `SMHI har utfärdat en röd varning för höga flöden i Hallands och västra Kronobergs län.

De röda varningar för höga flöden gällde tidigare även för Västra Götalands, Värmlands och Örebro län. Det finns även gula varningar för höga flöden och för regn och skyfallsliknande regn i andra områden.

Följ SMHI för uppdaterad information om aktuella varningar.

Förbered dig för översvämningar

Kraftiga regnoväder kan orsaka översvämningar. Ta reda på mer om hur du själv kan förbereda dig för översvämningar.

Risk för allvarliga konsekvenser

Röd varning är den allvarligaste nivån på SMHIs vädervarningar och kan medföra mycket allvarliga konsekvenser för samhället. Vädret kan bli en stor fara för allmänheten och orsaka mycket allvarliga skador på egendom och miljö. Det finns en stor risk för omfattande störningar i olika tjänster i samhället, som till exempel i kollektivtrafik och blåljusverksamhet.`,
    "https://www.krisinformation.se/nyheter/2023/augusti/roda-varningar-for-hoga-floden (Krisinformation.se, augusti 2023)",
  ),
  real(
    "sv",
    "bulletin",
    "Borgholms kommun om vattenläckan i Byxelkrok",
    `Inom området mellan Enerum och Hunderum i Byxelkrok på Öland ombads allmänheten att koka dricksvattnet innan förtäring på tisdagen.

Detta sedan det vid en reparation av en vattenledning upptäcktes en eventuell läcka från en avloppsledning. I samband med vattenläckan skickades ett viktigt meddelande till allmänheten ut om risk för bakterier i vattnet.

Borgholm kommun meddelade att nödtankar med dricksvatten skulle placeras inom området mellan Enerum och Hunderum under tisdagen.`,
    "https://www-admin02.krisinformation.se/nyheter/2014/juli/borgholms-kommun-om-vattenlackan-i-byxelkrok (Krisinformation.se, juli 2014)",
  ),
  real(
    "sv",
    "bulletin",
    "Översvämningar och höga flöden just nu",
    `Snösmältning och regn orsakade höga flöden och översvämningar i flera län mellan januari och mars 2024. SMHI utfärdade vädervarningar i orange nivå i Skåne, Östergötland, Södermanland och Uppsala län.

Varningarna rörde Nyköpingsån, Rönne å, Kävlingeån, Tämnarån, Stångån, Svartån samt sjöarna Ringsjön, Tämnaren och Glan och andra platser.

Översvämningar drabbade kommuner och fastighetsägare och trafikanter i flera av länen. Det fanns risk för ras, skred och påverkan på tågtrafik. I Skåne var avlopssystemet tidvis ansträngt och räddningstjänsten uppmanade allmänheten att undvika de översvämningsdrabbade områdena. Länsstyrelsen uppmanade de med egen brunn att kontrollera dricksvattenkvaliteten.`,
    "https://www.krisinformation.se/detta-kan-handa/handelser-och-storningar/2024/oversvamningar-i-skane (Krisinformation.se, januari–mars 2024)",
  ),
  real(
    "sv",
    "bulletin",
    "Vårfloden",
    `Läget var så allvarligt att SMHI utfärdade klass 3-varningar för extremt höga flöden på flera håll. Varningen är den högsta på skalan och kan innebära allvarliga översvämningsproblem.

Byggnader och vägar drabbades av översvämningar i bland annat Gävleborg, Dalarna och Värmland.

Enskilda fastighetsägare har ett stort ansvar för att själv vidta förebyggande åtgärder för att skydda sin egendom.

Kommunen ansvarar för det som är räddningstjänst enligt lagen om skydd mot olyckor. Kommunen ansvarar också för de anläggningar som de själva äger. Länsstyrelsen hjälper till att samordna arbetet. Om kommunens eller regionens egna resurser inte räcker till har Myndigheten för samhällsskydd och beredskap (MSB) förstärkningsresurser som kan användas.

Skydda dig vid översvämning

- Följ väderprognoserna där SMHI utfärdar varningar, ifall du misstänker risk för översvämning i ditt område.
- Om läget förvärras, följ information i Sveriges Radio P4 och på Krisinformation.se.
- Tänk på att inte gå eller köra bil genom översvämmade områden.
- Respektera avspärrningar och följ myndigheters uppmaningar.
- Tänk på att du som fastighetsägare har ett eget ansvar. Räddningstjänsten kan behöva prioritera om många behöver hjälp samtidigt.`,
    "https://www.krisinformation.se/detta-kan-handa/handelser-och-storningar/2018/varflod (Krisinformation.se, april 2018)",
  ),
  real(
    "sv",
    "faq",
    "Om skogsbränderna",
    `Trots att det har regnat på många håll i landet och att temperaturerna har sjunkit kan brandrisken fortfarande vara stor lokalt. Följ de eldningsförbud som råder och gör ditt yttersta för att inte starta nya bränder. Om du orsakar en brand kan du hållas ansvarig. En liten gnista kan skapa en stor brand som snabbt kan få allvarliga konsekvenser.

Farligt att vistas i brandskadad skog

Länsstyrelsen i Jämtland, Gävleborg och Dalarna har utfärdat förbud mot att vistas i brandskadade områden. Områden där det har brunnit kan vara livsfarliga att beträda. Träd kan när som helst falla omkull och dessutom kan gamla bränder blossa upp igen.

Larma inte 112 i onödan

Tänk på att rök från skogsbränder kan sprida sig långt. Ring bara larmnumret 112 om du ser öppen eld, inte om du bara ser rök eller känner röklukt.

Frågor om bränderna

Följ information från din kommun och Sveriges Radio P4 för att se vad som gäller lokalt. SOS Alarm uppmanar allmänheten att använda 113 13 för information om skogsbränder, inte larmnumret 112.`,
    "https://www.krisinformation.se/handelser-och-storningar/2018/brandrisk2018 (Krisinformation.se, sommaren 2018)",
  ),
  real(
    "sv",
    "sms",
    "Viktigt meddelande till allmänheten i Jönköpings län",
    `Viktigt meddelande till allmänheten i Vaggeryd i Vaggeryds kommun, Jönköpings län. På grund av en brand i avfallsanläggning strax norr om Vaggeryds tätort, med kraftig rökutveckling, uppmanar räddningsledaren alla i området att gå inomhus och stänga dörrar, fönster och ventilation. För mer information lyssna på Sveriges Radio P4 Jönköping.`,
    "https://www.krisinformation.se/om-krisinformation (Krisinformation.se, VMA 25 juni 2024)",
  ),
  real(
    "sv",
    "bulletin",
    "MSB: Stor skogsbrandsrisk i delar av Sverige",
    `Den senaste tidens torra väder gör att det är stor risk för skogsbrand i landet. Längs de östra kusterna i Götaland och på Gotland är risken extremt hög. Myndigheten för samhällsskydd och beredskap, MSB, varnar allmänheten om faran och ger råd för hur du kan minska risken för att starta en skogsbrand.
Källor: Myndigheten för samhällsskydd och beredskap, SMHI`,
    "https://www-admin02.krisinformation.se/nyheter/2015/augusti/msb-om-stor-brandrisk-i-delar-av-sverige (Krisinformation.se, augusti 2015)",
  ),
];

export const BAD_BLIND21: EvalMessage[] = [
  // ---- English: factual ----
  bad(
    "en",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    CERC,
    "Discoloured water in Hillcrest – update 10:15, Tuesday 3 March",
    `Riverbend Water is aware that customers in Hillcrest and the northern part of Oakley have brown or cloudy water this morning.

The discolouration is almost certainly down to the new contractor who started valve work at the Hillcrest reservoir yesterday; this kind of thing tends to happen when crews are not familiar with our network.

What you should do: run your cold kitchen tap for five to ten minutes. If the water does not clear, use bottled water for drinking and baby feeds and call us on 0800 614 220. We are delivering bottled water to customers on our Priority Services Register.

Our next update will be at 14:00 on riverbendwater.co.uk/incidents.`,
  ),
  bad(
    "en",
    "social",
    "unverified casualty figures from social media",
    FACTUAL,
    CERC,
    undefined,
    `UPDATE 16:40 – Fire at Harlow Road industrial estate, Brenton.

Crews from six stations are tackling a fire in a commercial unit storing plastics. There is heavy smoke drifting north-east towards Brenton Park and Kingsmead.

Posts on social media suggest up to a dozen workers may have been taken to hospital, at least one of them said to be in a serious condition.

If you live in Brenton Park or Kingsmead, keep windows and doors closed and stay out of the smoke. Avoid Harlow Road – it is closed between the A414 roundabout and Station Lane.

Next update by 18:00 here and at eastvalefire.gov.uk. – East Vale Fire and Rescue Service`,
  ),
  bad(
    "en",
    "bulletin",
    "empty reassurance",
    FACTUAL,
    CERC,
    "River Wend flood warning – 7.30pm, Friday 14 November",
    `The Environment Agency has issued a flood warning for the River Wend at Ashby Bridge, and levels are expected to peak between 2am and 5am on Saturday.

Let us be absolutely clear: the flood defences at Ashby Bridge will hold whatever the river does tonight, so there is no need for anyone to worry.

Sandbags are available at the Ashby Leisure Centre car park until 10pm. Please move cars away from Riverside Walk and Mill Lane before you go to bed, and do not walk or drive through flood water.

North Wendshire District Council's emergency line is 01632 960 880, staffed all night. We will post the next update at 7am on nwendshire.gov.uk/flooding.`,
  ),
  bad(
    "en",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    CERC,
    "Precautionary boil water notice – Westfield and Canal Ward (issued 11:00, 9 June)",
    `Greystone County Water has issued a precautionary boil water notice for homes and businesses in Westfield and Canal Ward after a drop in pressure during a main repair on Canal Street overnight.

Tap water in the area remains safe to drink straight from the tap.

Until the notice is lifted, boil all water used for drinking, making ice, preparing food and brushing teeth. Bring it to a rolling boil for one minute and let it cool. Water is fine for bathing and flushing toilets.

Samples have been sent to the laboratory and results are expected on Thursday. We will update this page at 17:00 today and again on Thursday morning. Questions: 0345 113 9000 (24 hours) or greystonewater.co.uk/notices.`,
  ),

  // ---- English: impartial ----
  bad(
    "en",
    "bulletin",
    "partisan blame",
    IMPARTIAL,
    CERC,
    "Surface water flooding – Tuesday 6 February, 08:30",
    `Heavy overnight rain has caused surface water flooding in parts of Hadley and Eastmoor. Glebe Road and the underpass at Eastmoor station are closed.

This flooding is the direct result of years of neglect of our drains by the previous administration, which cut the gully-cleaning budget to the bone.

If water is entering your home, turn off electricity at the mains if it is safe to do so and call 0300 555 0137. Sandbags are being delivered to properties at immediate risk. Please do not drive through flood water.

Our highways crews are out now, and we will post an update at 12:00 on hadley.gov.uk/flooding.`,
  ),
  bad(
    "en",
    "social",
    "self-praise",
    IMPARTIAL,
    CERC,
    undefined,
    `Storm update 6:00 a.m. Thursday: about 11,800 customers in Pine County and north Alder County are still without power after last night's storms.

Thanks to our award-winning, best-in-the-region crews, we are once again restoring power faster than any other utility in the state could dream of.

Most customers should be back on by 10 p.m. tonight; some rural lines may take until Friday evening. Stay at least 35 feet away from downed lines and report them at 1-800-555-0142. Check your estimated restoration time at northstarpower.com/outages. Next update at noon.`,
  ),
  bad(
    "en",
    "bulletin",
    "stigmatising label",
    IMPARTIAL,
    CERC,
    "Measles cases in Eastfield – update 4 p.m., March 12",
    `Coral County Health Department has confirmed two more measles cases, bringing the total in Eastfield to seven. All cases so far are among the anti-vax crowd on the east side, who brought this on themselves and their neighbors.

Anyone who was at Eastfield Public Library on March 8 between 10 a.m. and 1 p.m. may have been exposed. Check that you have had two doses of MMR vaccine. If you develop fever and a rash, call your doctor before you go in so you do not expose others in the waiting room.

Free MMR vaccine is available at our Main Street clinic, weekdays 8 a.m.–6 p.m. Call the measles line at 555-0190. We will update case counts here every weekday at 4 p.m.`,
  ),
  bad(
    "en",
    "sms",
    "alarmism and capitals",
    IMPARTIAL,
    CERC,
    undefined,
    `MAPLE CITY EMERGENCY MGMT 5:10PM SUN: DEADLY ICE STORM TONIGHT!!! THIS COULD BE A CATASTROPHE. DO NOT GO OUTSIDE FOR ANY REASON. Freezing rain 8PM-6AM. Charge phones, keep flashlights ready. Warming center: Lincoln Rec Center. Info: maplecity.gov/winter. Next alert 10PM.`,
  ),

  // ---- English: open ----
  bad(
    "en",
    "bulletin",
    "no comment",
    OPEN,
    CERC,
    "IT incident affecting council services – Monday 2 September, 13:00",
    `Brookmere Borough Council is dealing with an IT incident that has affected a number of our online systems since early this morning.

The council will not be commenting on the nature of the incident, whether any personal information is involved, or how long systems are expected to be unavailable.

Online payments, the planning portal and the housing repairs form are currently unavailable. To report an urgent housing repair, call 01632 960 400. Emergency out-of-hours numbers are unaffected. Please be cautious of emails or texts that claim to come from the council and ask for bank details.

We will update brookmere.gov.uk/status at 17:00 today.`,
  ),
  bad(
    "en",
    "bulletin",
    "hidden responsibility",
    OPEN,
    CERC,
    "Advice for river users – River Coln, 07:45 Saturday 20 July",
    `Following heavy rain overnight, untreated wastewater entered the River Coln downstream of Fernley after an issue at a site in the area.

As a precaution, please do not swim, paddle or let dogs into the river between Fernley Weir and Lower Ashcombe footbridge this weekend. If you have been in the water and feel unwell, contact NHS 111.

We are working with the Environment Agency and taking water samples today. Results will be published at wessexvalewater.co.uk/rivers by 18:00 on Sunday, and we will post an update at 16:00 today. Questions: 0345 600 4600.`,
  ),
  bad(
    "en",
    "sms",
    "no sender",
    OPEN,
    CERC,
    undefined,
    `BOIL WATER ADVISORY 7:20 AM Wed 14 Aug for Zones 3 & 4 (north of Kellogg Ave). Boil tap water 1 min before drinking, cooking or brushing teeth. Bottled water at Fire Station 2, 900 N. Elm, until 8 PM. Next update 3 PM. Map: tinyurl.com/zone3-4`,
  ),
  bad(
    "en",
    "bulletin",
    "hiding what is not yet known",
    OPEN,
    CERC,
    "Legionnaires' disease cases in Northgate – 2 p.m., Friday 18 August",
    `Harbor City Public Health is investigating four cases of Legionnaires' disease in people who live or work in the Northgate area. All four are being treated in hospital.

Our investigation team has everything under control and the situation is fully in hand.

Legionnaires' disease is not spread from person to person. It is caught by breathing in tiny water droplets, for example from cooling towers. If you live or work in Northgate and develop a cough, fever or shortness of breath, contact your doctor and mention this notice. People over 50, smokers and people with weakened immune systems are at higher risk.

Questions: call 311 or visit harborcity.gov/legionella. Next update Monday at 2 p.m., or sooner if there is new information.`,
  ),

  // ---- English: active ----
  bad(
    "en",
    "bulletin",
    "no action for those affected",
    ACTIVE,
    CERC,
    "Smoke from the Cedar Ridge Fire – 9 a.m., Wednesday",
    `Smoke from the Cedar Ridge Fire, 40 miles north-west of Millbrook, has moved into the valley overnight. The Air Quality Index in Millbrook reached 212 (Very Unhealthy) at 7 a.m. this morning, and readings in Elk Falls and Sutter Creek are between 160 and 190.

Winds are forecast to stay light and from the north-west until at least Thursday evening, so smoke is likely to stay in the valley for the next 48 hours. The fire is now 18,400 acres and 12% contained.

Millbrook County Public Health will post the next air quality update at 3 p.m. today at millbrookcounty.gov/smoke and on our social media channels.`,
  ),
  bad(
    "en",
    "bulletin",
    "no route to more information",
    ACTIVE,
    CERC,
    "Power cut in Stanbridge and Little Haddon – 06:50, Sunday 9 February",
    `Around 3,200 homes in Stanbridge and Little Haddon lost power at 04:10 this morning after a fault on an underground cable near Mill Road substation.

Our engineers are on site and have started switching customers onto other circuits. We expect most homes to be back on by 11:00, and the remaining homes on Mill Road and Orchard Close by 15:00.

If you are on our Priority Services Register and need help, a welfare van with hot drinks and phone charging is parked at Stanbridge Village Hall until power is restored. Keep a fridge and freezer closed to keep food cold, and switch off appliances that were on when the power went, to avoid overloading the circuit when it returns.

We will give a further update at 10:00.`,
  ),
  bad(
    "en",
    "social",
    "no action for those affected",
    ACTIVE,
    CERC,
    undefined,
    `Flood warning update 21:00 Thursday – River Lune at Caton.

The river is now at 4.1 m and still rising. We expect it to peak at around 5.2 m between 02:00 and 04:00 tonight, which is higher than the December peak. Properties on Low Road, Station Road and the Willow Lane caravan park are in the area covered by the warning.

Lancaster Vale Council, the Environment Agency and the fire service are monitoring levels through the night. Live levels: check-for-flooding.service.gov.uk. Our next update will be at 23:30.`,
  ),
  bad(
    "en",
    "bulletin",
    "no route to more information",
    ACTIVE,
    CERC,
    "Snow and school transport – issued 5:45 p.m., Monday",
    `Between 15 and 20 cm of snow is forecast overnight across Ridgeway District, with the heaviest falls on higher ground around Kelso Hill and Upper Bramley.

A number of school bus routes will not run tomorrow morning, and some schools may open late or close. Parents and carers should check whether their child's bus and school are affected before leaving home.

If you do travel, allow extra time, clear snow from all windows and lights, and keep a blanket and a charged phone in the car. Gritters will treat priority routes from 4 a.m.

Ridgeway District Council will issue the next update at 6:30 a.m. tomorrow.`,
  ),

  // ---- English: fast ----
  bad(
    "en",
    "social",
    "missing time stamp",
    FAST,
    CERC,
    undefined,
    `Water main break at 5th Street and Elm Avenue: crews from Oakdale Public Works are on site. Homes between 3rd and 7th Streets on Elm Avenue are without water. We expect service to be restored within about four hours.

5th Street is closed between Birch and Cedar – please use Main Street instead. When the water comes back it may be cloudy; run your cold tap until it runs clear. Bottled water is available at Oakdale Fire Station 1, 220 W 4th Street.

Questions: Public Works, 555-0126. Updates at oakdale.gov/alerts.`,
  ),
  bad(
    "en",
    "bulletin",
    "vague next update",
    FAST,
    CERC,
    "Chemical release at Tanners Wharf – 11:20, Wednesday 4 October",
    `At about 10:30 this morning, a quantity of hydrochloric acid leaked from a storage tank at a chemical distribution site on Tanners Wharf, Portside. A small vapour cloud formed over the site.

Dock Lane and Quay Street are closed. Residents and workers within 500 metres of Tanners Wharf – including the Quayside flats and St Anne's Primary School – are asked to stay indoors, close windows and doors and switch off ventilation and air conditioning. Children at St Anne's are being kept safely inside; please do not go to the school to collect them.

If you have been in the vapour and have sore eyes or difficulty breathing, rinse your eyes with clean water and call NHS 111, or 999 in an emergency.

Portside Borough Council, Harbourshire Fire and Rescue Service and the UK Health Security Agency are working together on the response. Further information will be provided in due course at portside.gov.uk/incident.`,
  ),
  bad(
    "en",
    "bulletin",
    "vague next update and no time stamp",
    FAST,
    CERC,
    "Evacuation order remains in place – Burnt Hollow Fire",
    `The evacuation order for Zones BH-3 and BH-4 (Burnt Hollow Road east of the Miller Creek bridge, and Aspen Heights) remains in place. The fire crossed Miller Creek overnight and is burning actively on the ridge above Aspen Heights.

If you have not yet left, leave now using Highway 9 south. Do not use Burnt Hollow Road west of the bridge, which is closed to all traffic. The evacuation center at Grant High School, 1400 Grant Avenue, is open with food, cots and space for small pets; large animals can go to the county fairgrounds.

Call the Sierra County Sheriff's information line at 555-0177 if you need help leaving. We will share more when we can.`,
  ),
  bad(
    "en",
    "social",
    "vague next update",
    FAST,
    CERC,
    "IT outage – Thursday 09:15",
    `Due to a failure in one of our IT systems this morning, St Helen's and Ridgebrook hospitals cannot currently book or change outpatient appointments online or by phone.

If you have an appointment today, please come as planned – your appointment is going ahead. Blood test clinics are running normally. A&E and urgent treatment centres are open and unaffected.

Please do not call the appointments line about future appointments today; we will contact you if anything changes. Westvale Hospitals NHS Trust will keep you posted.`,
  ),

  // ---- English: audience adapted ----
  bad(
    "en",
    "bulletin",
    "jargon and acronyms",
    ADAPTED,
    PLAIN,
    "PSPS event notice – 14:00 PDT, Saturday 19 October",
    `Due to a forecast offshore wind event with RH <10% and sustained winds of 25–35 mph, Sierra Valley Electric will initiate a PSPS de-energization of distribution circuits in HFTD Tier 2 and Tier 3 areas at approx. 22:00 tonight.

Impacted circuits: MTN-1104, MTN-1107, PNR-2201 and CRK-0412 (approx. 14,600 meters). ETOR: Monday 20:00, pending post-event patrols and all-clear from OES. AFN customers and MBL enrollees will receive direct notification. CRCs open at Pine Ridge Community Hall and Creekside Library, 08:00–22:00.

Address lookup: svelectric.com/psps or 1-800-555-0163. Next update at 20:00 tonight.`,
  ),
  bad(
    "en",
    "bulletin",
    "bureaucratic passive and nominal style",
    ADAPTED,
    PLAIN,
    "Notification – 12:30, Tuesday 21 May",
    `Notification is hereby given that, consequent upon the identification of elevated turbidity levels within the Kilbarry treatment works, the implementation of a precautionary Boil Water Notice has been effected by Uisce Dara in consultation with the Health Service Executive in respect of the Kilbarry and Rossmore public water supply.

Consumption of water by affected customers without prior boiling is not to be undertaken pending the lifting of the Notice. Utilisation of boiled and cooled water is required in respect of drinking, preparation of food, brushing of teeth and the making of ice. The use of water for bathing and toilet flushing is considered permissible.

Queries may be directed to the 24-hour customer line at 1800 200 300. A further notification will be issued at 17:00 on Wednesday 22 May at uiscedara.ie/supply.`,
  ),
  bad(
    "en",
    "bulletin",
    "very long sentence",
    ADAPTED,
    PLAIN,
    "Evacuation advice for Riverside Park – 16:10, Sunday 3 March",
    `Because the River Tame is now expected to rise a further 60 cm by about 21:00 tonight and may overtop the bank between Weir Street and the Riverside Park estate, Tameford City Council, working with Greater Tameford Fire and Rescue Service and the Environment Agency, is asking everyone living in the Riverside Park estate, including the bungalows on Ferry Close and the flats at Wharf Court, to leave their homes before 19:00 this evening and stay with friends or family outside the area if they can, or otherwise to go to the rest centre that has been opened at Tameford Leisure Centre on Kingsway, where there is food, bedding and space for pets, and to take with them any medicines, phone chargers and important documents they will need for at least one night, switching off gas and electricity at the mains before they leave if it is safe to do so.

If you need help to leave, call 0161 555 0199. We will post the next update at 19:30 on tameford.gov.uk/flood.`,
  ),
  bad(
    "en",
    "correction",
    "myth-first correction",
    ADAPTED,
    DEBUNK,
    "Rumours about the Millfield water supply – 10:00, Friday 12 April",
    `Have you heard that the Millfield reservoir has been poisoned and that the water will make you seriously ill? Many people are saying the reservoir was deliberately contaminated overnight, that hospitals are filling up, and that you should not even shower. This story has been shared thousands of times since yesterday evening.

It is not true. Our routine samples taken yesterday and this morning all meet drinking water standards, and no one has been admitted to hospital with illness linked to the water supply. The water in Millfield is safe to drink, cook with and shower in.

If your water looks, smells or tastes unusual, call Eastbrook Water on 0800 555 0110. We will publish today's sample results at eastbrookwater.co.uk/millfield by 16:00.`,
  ),
  bad(
    "en",
    "bulletin",
    "medical jargon",
    ADAPTED,
    PLAIN,
    "Pertussis at Hollis Elementary – 3 p.m., Tuesday 10 October",
    `Valley County Public Health has identified a laboratory-confirmed case of pertussis (B. pertussis) at Hollis Elementary School. Close contacts of the index case, including household contacts and classroom contacts in grade 2, are being identified for PEP with a macrolide antibiotic regardless of immunization status. Individuals in high-risk settings, infants <12 months and pregnant persons in the third trimester should be assessed for chemoprophylaxis. Symptomatic contacts presenting with paroxysmal cough, post-tussive emesis or inspiratory whoop should be excluded pending five days of appropriate antimicrobial therapy.

Parents with questions can call the Valley County Public Health nurse line at 555-0148, weekdays 8 a.m.–5 p.m. A further update will be posted Friday at 3 p.m. at valleycounty.gov/health.`,
  ),

  // ---- Swedish: factual ----
  bad(
    "sv",
    "bulletin",
    "spekulation om orsak och skyldiga",
    FACTUAL,
    KRIS,
    "Brand i skolbyggnad i Hagaberg – uppdaterad kl. 06.30, lördag 12 april",
    `Räddningstjänsten Norra Mälarkusten släcker sedan kl. 03.15 en brand i en av byggnaderna vid Hagabergsskolan. Ingen person har skadats. Branden är nu under kontroll, men det kommer fortfarande rök från byggnaden.

Branden är med stor sannolikhet anlagd av de ungdomar som setts hänga vid skolan på kvällarna den senaste tiden.

Du som bor på Hagabergsvägen och Skolgatan bör hålla fönster stängda och stänga av ventilationen tills röken har lagt sig. Undvik området så att räddningstjänsten kan arbeta ostört.

Skolan är stängd på måndag. Vårdnadshavare får information via Skolplattformen. Nästa uppdatering kommer kl. 10.00 på nmk-raddning.se.`,
  ),
  bad(
    "sv",
    "social",
    "obekräftade uppgifter om skadade",
    FACTUAL,
    KRIS,
    undefined,
    `Uppdatering kl. 17.20: Trafikolycka på E4 norr om Ljungby, mellan trafikplats Ljungby norra och Toftaholm. En buss och två personbilar har kolliderat.

Enligt uppgifter som sprids i sociala medier ska ett tiotal personer ha förts till sjukhus och minst en person ska ha omkommit.

E4 är avstängd i norrgående riktning. Trafiken leds om via väg 25 och riksväg 27 – räkna med långa köer. Undvik att åka till platsen.

Anhöriga som söker information kan ringa Polisen på 114 14. Nästa uppdatering kl. 19.00 här och på polisen.se. /Polisen Kronoberg`,
  ),
  bad(
    "sv",
    "sms",
    "tom lugnande försäkran",
    FACTUAL,
    MSB,
    undefined,
    `Vallbo Energi kl 19.40: Strömavbrott i Norrby och Sjöhagen efter stormen. Ingen anledning till oro – elen kommer garanterat tillbaka i kväll. Håll kyl och frys stängda. Läget: vallboenergi.se/storning. Ny info kl 22.`,
  ),
  bad(
    "sv",
    "bulletin",
    "självmotsägelse",
    FACTUAL,
    MSB,
    "Gasolläcka vid Industrigatan i Kvarnby – kl. 14.45, tisdag 7 maj",
    `Klockan 13.50 började gasol läcka från en tank på ett företag vid Industrigatan i Kvarnby. Räddningstjänsten Kvarnby har spärrat av området 300 meter runt platsen.

Ingen person har skadats vid läckan. De två personer som skadades när läckan upptäcktes har förts till Kvarnby lasarett.

Du som befinner dig inom avspärrningen ska lämna området enligt räddningstjänstens anvisningar. Tänd inte eld och använd inte verktyg som kan ge gnistor i närheten. Industrigatan och Verkstadsvägen är avstängda för all trafik.

Frågor: Kvarnby kommuns upplysningscentral, 0470-55 55 00. Nästa uppdatering kl. 16.00 på kvarnby.se.`,
  ),

  // ---- Swedish: impartial ----
  bad(
    "sv",
    "bulletin",
    "partipolitisk skuldbeläggning",
    IMPARTIAL,
    RF,
    "Vattenläcka i centrala Åsby – kl. 08.10, onsdag 15 januari",
    `Under natten sprack en huvudledning för dricksvatten på Storgatan i Åsby. Cirka 900 hushåll i centrum och på Östermalm är utan vatten sedan kl. 04.30.

Läckan är ett resultat av att den förra majoriteten i kommunfullmäktige år efter år valde att skjuta upp nödvändigt underhåll av ledningsnätet.

Nödvatten finns vid Åsby torg och vid Östermalmsskolan från kl. 09.00. Ta med egna rena dunkar. När vattnet kommer tillbaka kan det vara missfärgat – spola kallvatten tills det blir klart.

Storgatan är avstängd mellan Kyrkogatan och Järnvägsgatan. Vi räknar med att vattnet är tillbaka under eftermiddagen. Nästa uppdatering kl. 12.00 på asby.se/driftstorning. Frågor: kundtjänst VA, 0910-12 34 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "stigmatiserande benämning",
    IMPARTIAL,
    RF,
    "Mässlingsfall i Norrvik – kl. 15.00, torsdag 6 mars",
    `Smittskydd Region Västerbotten har bekräftat tre nya fall av mässling i Norrvik. Smittan har spridits bland vaccinvägrarna i den invandrartäta delen av Östra Norrvik.

Du som var på vårdcentralen Norrvik Centrum den 3 mars mellan kl. 09.00 och 12.00 kan ha blivit smittad. Kontrollera att du har fått två doser MPR-vaccin. Får du feber och hudutslag – ring 1177 innan du söker vård, så att du inte smittar andra i väntrummet.

Kostnadsfri vaccination finns på vårdcentralen Norrvik Centrum vardagar kl. 08–16. Vi uppdaterar informationen varje vardag kl. 15.00 på regionvasterbotten.se/matsling.`,
  ),
  bad(
    "sv",
    "sms",
    "alarmism och versaler",
    IMPARTIAL,
    RF,
    undefined,
    `RÄDDNINGSTJÄNSTEN ÖSTRA DALARNA KL 06.15: EXTREMT FARLIGT SNÖOVÄDER!!! LIVSFARA PÅ ALLA VÄGAR. STANNA HEMMA ANNARS KAN DU DÖ. Gul varning för snö kl 12–24. Ladda mobilen. Mer info: krisinformation.se. Ny info kl 12.`,
  ),

  // ---- Swedish: open ----
  bad(
    "sv",
    "bulletin",
    "ingen kommentar",
    OPEN,
    MSB,
    "IT-störning i regionens system – kl. 11.30, måndag 17 februari",
    `Region Mälarland har sedan i morse en störning i flera av sina IT-system. Regionen kommenterar inte vad som har hänt, om uppgifter om patienter kan ha kommit i orätta händer eller hur länge störningen väntas pågå.

Akutmottagningarna är öppna som vanligt. Har du en bokad tid i dag gäller den, om du inte blir kontaktad. E-tjänsterna på 1177.se går inte att använda för Region Mälarland just nu – ring din vårdcentral i stället.

Var försiktig med sms och mejl som uppger sig komma från regionen och ber om personnummer eller bankuppgifter. Nästa uppdatering kl. 16.00 på regionmalarland.se.`,
  ),
  bad(
    "sv",
    "bulletin",
    "dolt ansvar",
    OPEN,
    MSB,
    "Undvik bad i Lillån – kl. 09.20, söndag 4 augusti",
    `Efter nattens skyfall har orenat avloppsvatten runnit ut i Lillån, nedströms Brovägen i Ekeby. Det har skett ett bräddningsutsläpp från en anläggning i området.

Bada inte och låt inte hundar bada i Lillån eller i viken vid Ekeby strand förrän provsvaren visar att vattnet är bra igen. Har du badat och får magbesvär – kontakta 1177.

Prover tas i dag och svaren väntas tisdag eftermiddag. Vi publicerar dem på ekeby.se/bad. Nästa uppdatering kl. 16.00 i dag. Frågor: Ekeby kommun, 0150-40 00 00.`,
  ),
  bad(
    "sv",
    "sms",
    "ingen avsändare",
    OPEN,
    MSB,
    undefined,
    `Kl 07.45 ons 21/8: Koka dricksvattnet i Solberga och Björkhöjden tills vidare. Koka upp vattnet ordentligt innan du dricker det eller lagar mat. Nödvatten vid Solberga skola från kl 12. Ny info kl 17.`,
  ),
  bad(
    "sv",
    "bulletin",
    "döljer det som ännu inte är känt",
    OPEN,
    MSB,
    "Skred vid Bäckvägen i Norrhammar – kl. 07.00, fredag 10 oktober",
    `Klockan 03.10 i natt inträffade ett skred i slänten ner mot Norrån vid Bäckvägen i Norrhammar. Tre hus har utrymts och familjerna har fått tillfälligt boende genom kommunen. Ingen har skadats.

Skredet är utrett och området är säkert. Det finns inga fler frågor kring händelsen.

Bäckvägen är avstängd mellan Åvägen och Norrhammarsskolan. Gå inte in i det avspärrade området och håll barn borta från slänten. Skolbussen till Norrhammarsskolan går via Lindvägen.

Frågor: Norrhammars kommun, kontaktcenter 0560-10 00 00. Nästa uppdatering kl. 12.00 på norrhammar.se.`,
  ),

  // ---- Swedish: active ----
  bad(
    "sv",
    "social",
    "inga råd till de drabbade",
    ACTIVE,
    MSB,
    undefined,
    `Uppdatering kl. 22.40: Det brinner i en lagerbyggnad med däck och plast på Hamnvägen i Sundsvik. Branden har pågått sedan kl. 20.50 och ger kraftig, svart rök som med vinden driver mot sydost, över Västerstrand och Båtsmanskullen.

Räddningstjänsten Sundsvik har resurser från fyra stationer på plats. Branden beräknas pågå under hela natten.

Nästa uppdatering kl. 01.00 här och på sundsvik.se. Information sänds också i Sveriges Radio P4 Västernorrland. /Räddningstjänsten Sundsvik`,
  ),
  bad(
    "sv",
    "bulletin",
    "ingen väg till mer information",
    ACTIVE,
    MSB,
    "Vattenavbrott i Hallsta – kl. 10.15, torsdag 23 maj",
    `På grund av en vattenläcka på Kvarngatan är cirka 400 hushåll i Hallsta utan vatten sedan kl. 08.30. Det gäller Kvarngatan, Bruksvägen och Ängsvägen.

Vi räknar med att vattnet är tillbaka senast kl. 16.00. Nödvatten finns vid Hallsta bibliotek. Ta med egna rena kärl. När vattnet kommer tillbaka kan det vara grumligt – spola kallvatten en stund tills det blir klart.

Hallsta Vatten AB lämnar nästa uppdatering kl. 13.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "inga råd till de drabbade",
    ACTIVE,
    MSB,
    "Värmebölja i Östergötland – kl. 09.00, måndag 15 juli",
    `SMHI har utfärdat en gul varning för höga temperaturer i Östergötlands län från tisdag till och med fredag. Temperaturen väntas nå 30–33 grader på dagarna och sjunker inte under 20 grader på nätterna i Norrköping och Linköping.

Länsstyrelsen Östergötland har informerat kommunerna, regionen och äldreomsorgen om varningen. Värmen kan innebära en påfrestning för kroppen, särskilt för äldre, små barn och personer med hjärt- eller lungsjukdom.

Läs mer om varningen på smhi.se. Länsstyrelsen uppdaterar informationen på lansstyrelsen.se/ostergotland i morgon kl. 09.00.`,
  ),

  // ---- Swedish: fast ----
  bad(
    "sv",
    "social",
    "saknar tidsstämpel",
    FAST,
    MSB,
    undefined,
    `Väg 70 är avstängd mellan Mora och Orsa efter att en lastbil med timmer vält vid Hansjö. Vägen väntas vara öppen igen om cirka tre timmar.

Trafiken leds om via Vattnäs – följ skyltningen. Ingen person har skadats allvarligt. Undvik att stanna vid olycksplatsen, bärgningen behöver plats.

Aktuell trafikinformation finns på trafikverket.se och på telefon 0771-921 921. /Trafikverket`,
  ),
  bad(
    "sv",
    "bulletin",
    "vag nästa uppdatering",
    FAST,
    MSB,
    "Gasläcka i Centrumhuset i Tallby – kl. 15.20, fredag 29 november",
    `Kl. 14.35 upptäcktes en läcka på en gasledning i källaren till Centrumhuset vid Tallby torg. Räddningstjänsten Tallby har utrymt Centrumhuset och husen på Torggatan 2–8. Ingen har skadats.

Du som har utrymts kan vänta i Tallby kyrkas församlingshem, Kyrkvägen 3, där det finns värme och fika. Gå inte tillbaka in i byggnaderna förrän räddningstjänsten säger att det är säkert. Undvik Tallby torg och Torggatan.

Frågor: Tallby kommuns kontaktcenter, 0380-51 51 00. Vi återkommer med mer information så småningom.`,
  ),
  bad(
    "sv",
    "bulletin",
    "saknar tidpunkt för uppgifterna",
    FAST,
    MSB,
    "Strömavbrott i Norra Ådalen",
    `Cirka 2 300 kunder i Norra Ådalen är utan el efter att träd fallit över ledningar under ovädret. Värst drabbat är området kring Krånge, Ed och Lillsele.

Våra montörer arbetar med att röja och reparera ledningarna. De flesta kunder väntas få tillbaka elen under eftermiddagen, men på vissa platser kan det dröja till i morgon.

Håll kyl och frys stängda så håller maten längre. Gå inte nära nedfallna ledningar – ring oss i stället på 020-55 00 55. Kommunens trygghetspunkt i Ed skola är öppen för dig som behöver värme eller ladda telefonen. Läget för din adress hittar du på adalselnat.se/avbrott. /Ådalens Elnät`,
  ),

  // ---- Swedish: audience adapted ----
  bad(
    "sv",
    "bulletin",
    "myndighetsjargong och förkortningar",
    ADAPTED,
    KLAR,
    "Lägesbild – kl. 13.00, söndag 6 juli",
    `RL har kl. 11.40 beslutat om utrymning av riskobjekt inom insatsområde 2 (IO2) med anledning av brand i skog och mark. Insatsen bedrivs med stöd av ISB och förstärkningsresurser via RVR. Samverkan sker i Rakel-TG NMK-SAMV med PM, LST och KFS. TIB LST har aktiverat staben.

Berörda inom IO2 (Lövåsen, Kättbo och Rotbodarna) ska lämna området via väg 70 söderut. Uppsamlingsplats: Älvdalens sporthall.

Upplysning: 113 13. Nästa uppdatering kl. 17.00 på krisinformation.se. /Räddningstjänsten Norra Dalarna`,
  ),
  bad(
    "sv",
    "bulletin",
    "nominalstil och passiv",
    ADAPTED,
    KLAR,
    "Kokningsrekommendation för Lindesby – kl. 10.30, tisdag 2 september",
    `Med anledning av konstaterad förekomst av koliforma bakterier i samband med genomförd provtagning har beslut fattats om utfärdande av kokningsrekommendation avseende dricksvattnet inom Lindesby tätort. Förtäring av okokt vatten ska undvikas tills vidare. Kokning av vatten avsett för dryck, matlagning och tandborstning rekommenderas. Användning av vatten för dusch och tvätt bedöms inte medföra risk.

Utdelning av nödvatten sker vid Lindesby idrottsplats från kl. 14.00. Frågor besvaras av Lindesby kommuns kundtjänst på 0582-68 50 00. Nästa uppdatering publiceras kl. 16.00 på lindesby.se.`,
  ),
  bad(
    "sv",
    "correction",
    "myten först i rättelsen",
    ADAPTED,
    DEBUNK,
    "Rykten om jodtabletter – kl. 09.00, onsdag 19 mars",
    `Har du hört att man ska ta jodtabletter för att skydda sig mot röken från branden i Borgvik? Många delar just nu råd om att jodtabletter skyddar lungorna mot giftig rök och att apoteken snart tar slut på dem. Ryktet har spridits i flera lokala grupper sedan i går kväll.

Det stämmer inte. Jodtabletter skyddar bara sköldkörteln mot radioaktivt jod vid en kärnkraftsolycka och hjälper inte mot brandrök. Ta inte jodtabletter.

Skydda dig mot röken genom att stanna inomhus och stänga fönster, dörrar och ventilation. Frågor om hälsa: ring 1177. Nästa uppdatering om branden kl. 12.00 på borgvik.se. /Borgviks kommun och Region Värmland`,
  ),
];
