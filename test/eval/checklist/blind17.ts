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
 * Seventeenth blind set, written 2026-12-05 by an independent author who did not read the checklist rules, its lexicons
 * or any earlier item (only types.ts, guidance.ts, build.ts, the header of blind15.ts and the earlier sets' source URLs,
 * so that no real message repeats). Real messages come from English-language public authorities and Swedish national
 * agencies; each flawed message carries one failure pattern. HELD OUT as a whole: figures only, never tune on its
 * wording.
 */
const { real, bad } = evalSet("", perLanguage("good17", "bad17"));

export const GOOD_BLIND17: EvalMessage[] = [
  // ---------------------------------------------------------------- English: public authorities
  real(
    "en",
    "bulletin",
    "BOIL WATER NOTICE 10-23-17 @ 5:11 pm",
    `DRINKING WATER WARNING - Boil Your Water Before Using

Due to loss of water pressure in the distribution system on October 23, 2017, potentially harmful bacteria could be present in the water supply. If these bacteria are present, they could make you sick, and are a particular concern for people with weakened immune systems. The affected area is limited, but if you have received this notice directly from your water provider, you are in the affected area.

Customers should bring water to a rolling boil for 1 full minute, allow the water to cool before using, and store the cooled water in a clean container with a cover. Customers should use boiled water that has cooled or bottled water for:

Brushing teeth
Washing fruits and vegetables
Preparing food and baby formula
Making Ice
Cleaning food contact surfaces

Crews are working on computer controlled water supply equipment and working to increase water levels at the reservoir. We will inform you when tests show no bacteria and you no longer need to boil your water. We anticipate resolving the problem within 36 hours (testing time included).

This boil water advisory is a precaution. To limit risk to health, customers should follow the instructions contained in the advisory.`,
    "https://www.cityofamityoregon.org/public-notice (City of Amity, Oregon, 23 October 2017)",
  ),
  real(
    "en",
    "bulletin",
    "Council still helping powerless residents",
    `Published Date: 6 Jan 2012 - 13:55

Argyll and Bute Council staff are still helping residents across the entire area who are facing their fourth day without electricity.

Social care staff are making visits as usual to residents who normally receive help from the council. Meanwhile the council is working with the police to identify any vulnerable customers who are still without power so they can be telephoned or visited to make sure they receive any help they need.

Temporary catering units have been set up in some areas and many hotels and pubs have opened their doors to provide warmth and hot food to those with no power supply.

Argyll and Bute Council is working with the police and energy companies to provide assistance to those who need it.  Anyone who is still without power and access hot food should contact Scottish and Southern Energy on 0800 300999.  Anyone who requires medical help should call NHS 24.

The council is encouraging residents to be a good neighbour and check on people who live nearby and make sure they are safe and well.`,
    "https://www.argyll-bute.gov.uk/news/2012/jan/council-still-helping-powerless-residents (Argyll and Bute Council, 6 January 2012)",
  ),
  real(
    "en",
    "bulletin",
    "Storm impact assessments continue",
    `Published on 25 June 2021

Council's Health Team will be undertaking impact assessments beginning from today at affected properties throughout the municipality to better understand what additional support we can provide our community.

We will be first visiting properties that will remain without power until early July (at this stage), as these properties are our priority. Environmental Health Officers (EHOs) will be assessing each property against a set criteria including if the property has power, gas, is connected to sewer or has a septic and if they are working efficiently.

We are expecting a Red Cross person to be travelling with us to provide support to residents and the EHO's as they move through affected areas.`,
    "https://www.yarraranges.vic.gov.au/Council/Latest-news/Storm-impact-assessments-continue (Yarra Ranges Council, 25 June 2021)",
  ),
  real(
    "en",
    "bulletin",
    "Health advice for residents affected by Saddleworth Moor fire",
    `With the fire at Saddleworth Moor still alight, Public Health England ( PHE ) has issued health advice to people affected by the smoke.

Residents in areas affected by smoke should stay indoors, keep their doors and windows closed and tune in to their local radio station for advice and information.

Motorists who have to travel through the smoke should keep windows closed and switch air conditioning systems to recycle or recirculate air. If people need to be outdoors, they should try to avoid areas affected by any smoke or ash, or to limit the time that they spend in them.

Smoke can irritate air passages, the skin and the eyes, leading to coughing and wheezing, breathlessness and chest pain. It can also worsen existing problems such as asthma so people should carry their inhaler with them at all times.

Anyone concerned about their symptoms should contact their GP or NHS 111.

In addition, PHE appreciates the hot weather is having a combined effect and also recommends:

wearing lighter clothing
keeping hydrated with cool drinks
limiting activities that might contribute to emissions within the home, such as cooking
setting any air conditioning to recirculate mode
limiting the time you spend outdoors and avoiding strenuous physical activity
once the smoke has moved away, consider opening doors and windows to allow the house to cool down.`,
    "https://www.gov.uk/government/news/health-advice-for-residents-affected-by-saddleworth-moor-fire (Public Health England, June 2018)",
  ),
  real(
    "en",
    "bulletin",
    "Public Notice of Potential Exposure",
    `Anyone who visited the below locations during the identified time frames should monitor themselves for symptoms of COVID-19. The Madison County Health Department does a thorough contact tracing interview with each individual who tests positive for COVID-19. If it is discovered that the individual was in a public setting and there could be multiple people who may have been exposed, the health department will release that information. You can find the most recent public exposures below.

If symptoms develop, please stay home and contact your doctor for guidance on testing. In the event of an emergency, please call 911 and notify the operator of a potential exposure to COVID-19.

Please note that locations will be taken off this site once the date to self monitor symptoms expires.

Updated: September 2, 2020 at 3:10 PM`,
    "https://www.madisoncounty.ny.gov/2630/Public-Notice-of-Potential-Exposure (Madison County Health Department, New York, 2 September 2020)",
  ),
  real(
    "en",
    "bulletin",
    "Low lying areas of Southgate",
    `Issued: Tuesday 23rd March 2021, at 5:30pm

Issued By: Superintendent, Graeme Craig – Deputy Incident Controller

Evacuate by: 8:00pm tonight

NSW SES is directing people within the low-lying areas of Southgate to evacuate the high danger area.

Once floodwater passes 5.4 metres on the Grafton gauge roads in and around Southgate will begin to close and properties may become inundated.

Why we are directing people to evacuate. Once flood water begins inundating the area road access water, sewerage, power, phones and internet may be lost. If you remain in the area you will be trapped and it may be too dangerous for SES to rescue you.

Where to go if Evacuation is required: Wherever possible, people should go and stay with family or friends, or make other accommodation arrangements. If you are unable to, an evacuation centre has been set up at the following.

• South Grafton High School – Tyson Street, South Grafton

What we are expecting:

Once floodwater begins inundating the area, road access may be cut. If you remain in the area after this time, you may become trapped and it may be too dangerous for NSW SES to rescue you.

What you need to do:

Lift possessions and important items above the predicted flood height

Take pets, essential items, warm clothes, medicines, insurance documents and valuables with you.

Leave as early as possible to avoid restricted roads.

Share this information with family, friends and neighbours and help others where possible.`,
    "https://www.dailyexaminer.com.au/news/evacuate-low-lying-southgate-residents-urged-to-le/4222514/ (NSW SES evacuation order as published in The Daily Examiner, 23 March 2021)",
  ),
  real(
    "en",
    "bulletin",
    "Water Outage Update Tuesday Feb 6",
    `The Town's public works and utilities staff have identified where the water main break issue is located. They are currently working to identify isolating the area and mitigating any additional water loss, as they assess repairs. We expect to have more information on what is needed for restoration within the next hour. We ask all residents to conserve water while the issue is fully isolated. We will continue to update residents and businesses as we know more.
If you still have water at this time, we recommend filling a tub or sink with water for temporary use, should you lose water later while public works makes the necessary repairs. Thank you.`,
    "https://lyonscolorado.com/CivicSend/ViewMessage/message/222771 (Town of Lyons, Colorado, 6 February 2024)",
  ),
  real(
    "en",
    "bulletin",
    "Update 2/22/21",
    `Today was the first day we were able to provide water to the entire system. Most people are finding and fixing their leaks but we found multiple customers today who had leaks and their meters were running wide open. This hurts the entire system so as we find them we are turning them off. Everyone will have water tonight until the tanks run out and then the system will shut itself off to replenish the minimum levels. We will try to run the whole system again tomorrow. It will only be successful if everyone works together - find and fix leaks and try to conserve water if possible. Monitor changes in your water pressure. EVERY single customer needs to look at their meter when they have all water turned off to see if it is turning. If it is moving, you have a leak. Turn your meter off until it is fixed. Please contact us if you have any questions. Thanks so much for working with us!`,
    "https://fairviewwater.net/news-detail?item_id=18666 (Fairview Water Supply Corporation, 22 February 2021)",
  ),
  real(
    "en",
    "bulletin",
    "From the Elbert County Office of Emergency Management",
    `- All County Roads in Elbert County are currently CLOSED.
- Highway 86 from Kiowa to I-70 remains CLOSED. Please help us get the word to truckers and travelers that they will not be able to reach I-70 via this route, and there are no alternate routes to I-70 through Elbert County. Alternate routes to I-70 are I-225 or I-25 to reach I-70.
- Plows will be working overnight, with an aim to make it possible to open as many county roads as possible between 6-7 a.m. Friday.
- Subdivision roads will plowed after county roads, therefore it may still be dangerous for residents to leave their neighborhoods through tomorrow.
- The Sheriff is asking residents to stay home, stay safe, and stay off the roads until roads are plowed and opened.
- Three shelters remain open for people who were stranded by Wednesday's storm or who sought shelter due to loss of power/heat:
- Frontier High School (estimated population: 76)
- Elbert County Fairgrounds (estimated population: 26)
- Residents at the shelter will have food, water, beds and a warm place to stay.`,
    "http://i-70scout.com/blog/2019/03/from-the-elbert-county-office-of-emergency-management/ (Elbert County Office of Emergency Management, Colorado, 14 March 2019)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Irish Water has issued a Boil Water Notice for customers supplied by Clogh-Castlecomer Public Water Supply.

The notice was issued on Friday evening to protect the health of approximately 3,300 customers due to increased turbidity in the raw water source impacting the treatment processes at the water treatment plant.

Areas impacted include Clogh, Moneenroe, Castlecomer and surrounding areas. Customers can check if their property is included by visiting the Water Quality section of www.water.ie and entering the property's Eircode or by calling the Irish Water customer care helpline, which is open 24 hours, on 1800-278278. A map of the area is available to view on the supply and service section of water.ie.

Drinking water experts from Irish Water and Kilkenny County Council are working to rectify the turbidity issues at the treatment plant and lift the notice as quickly and as safely as possible, in consultation with the HSE. In the meantime, all customers on this supply are advised to boil water before use until further notice.

In line with HSE Covid-19 advice and the requirement for frequent hand washing, Irish Water advises that the water remains suitable for this purpose and boiling the water is not required for handwashing.`,
    "https://www.ireland-live.ie/news/kilkenny-live/951185/boil-water-notice-announced-for-public-water-supply-in-kilkenny.html (Irish Water and Kilkenny County Council, via Kilkenny Live, 28 October 2022)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `A Boil Water Notice has been issued for people in Borris who get their water from the public water supply. The decision was issued with immediate effect by Irish Water and Carlow County Council following consultation with the Health Service Executive.

A map of the affected area is attached. If any customer is unsure on whether or not the Boil Water Notice applies to their area, they should visit www.water.ie or alternatively, customers can contact the Irish Water customer care helpline on 1800 278 278.

The Boil Water Notice has been put in place due to issues with the treatment process at the water treatment plant. The notice affects approximately 560 people supplied by the Borris Public Water Supply.

Irish Water and Carlow County Council say they will continue to work to rectify the issues at Borris Water Treatment Plant with a view to lifting the notice as quickly and as safely as possible. In the meantime, all customers on this supply are advised to boil their water before use until further notice.

Vulnerable customers who have registered with Irish Water will receive direct communication on this Boil Water Notice.`,
    "https://carlow-nationalist.ie/2021/10/20/boil-water-notice-issued-in-borris/ (Irish Water and Carlow County Council, via The Nationalist, 20 October 2021)",
  ),
  real(
    "en",
    "bulletin",
    "The Drinking Water in Östersund Should Be Boiled",
    `Update 19/10 kl 15.40. The water no longer contains bacteria. Therefore the drinking water no longer needs to be boiled. Original text: Everybody connected to the municipal water system in Östersund local authority as well as parts of Krokom local authority are being urged to boil their drinking water before using it for consumption or cooking. According to the local authorities there are signs that the water contains bacteria.

Original text:
The warning concerns everyone who is connected to the municipal drinking water network in the city of Östersund and Brunflo urban area as well as the area between them: Frösö urban area, Lugnvik, Byskogen and Sånghusvallen as well as Annersia from Vallsundsbron to Orrviken.`,
    "https://www.krisinformation.se/english/news-in-english2/the-drinking-water-in-ostersund-should-be-boiled (Krisinformation.se, MSB, October 2018)",
  ),
  real(
    "en",
    "bulletin",
    "Community Update – Somerset Levels Flooding",
    `For the latest version of this update, visit www.somersetnewsroom.com

For latest weather forecasts, visit the Met Office www.metoffice.gov.uk

For flood warnings, visit www.environment-agency.gov.uk or call 0345 988 1188.

Latest news

Environment Agency (EA) update

The EA are maximising pumping with the permanent pumps in Langport pumping stations. The EA hope to be able to increase this by switching on a further temporary pump later today. It is anticipated that the road into Muchelney will be clear of water in the next 4 days. When the road is clear Somerset County Council's highways team will assess the road to make sure it is safe to drive and walk on and look at where repairs need to be made.

Church Road in Moorland is clear and residents will be able to use it.  Access to the temporary track way will therefore cease.

Advice to people returning to homes about drinking water systems

The following advice is for people returning to homes once flood levels have dropped, to ensure that water systems are clean and fit for use.

There has been no disruption to the public water supply in the flooded areas but it is possible that pipe work on individual properties has been damaged or contaminated.  Wessex Water is carrying out routine monitoring of the water supply in the area and will follow up where there has been damage to pipe work.

No water – if no water runs from your kitchen tap, please contact Wessex Water urgently.
Cleaning and flushing- the majority of systems can be used once the following actions have been taken. Until then you should drink only bottled or boiled water.`,
    "https://somersetnewsroom.com/2014/03/07/community-update-somerset-levels-flooding-17/ (Somerset County Council, 7 March 2014)",
  ),
  real(
    "en",
    "bulletin",
    "Press Release 38 - Temporary Access Permit process updates for August 17 at 1445 hrs",
    `There is a temporary access permit process for people requiring ESSENTIAL access to the Evacuation Order area. Emergency operations staff will review all access requests and review identifiable risks in the order area. There are situations where an access permit may not be approved based on the identifiable risks in the area. Please review our Emergency Information page for more information on the process.

A temporary access permit is not a free pass into the order area. An evacuation order has been issued due to the very real risk to life in that area. Please be calm and patient with staff as we are doing our best to keep everyone safe and manage all aspects of the emergency operation centre.

The next scheduled update from the Township will be August 17, 2021 at 18:00 hrs`,
    "https://www.spallumcheentwp.bc.ca/blog/Press-Release-38---Temporary-Access-Permit-process-updates-for-August-17-at-1445-hrs.htm (Township of Spallumcheen, British Columbia, 17 August 2021)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `This Evacuation Alert is still in effect. See updated wildfire information at: Current Wildfire Information in BC
The Northern Rockies Regional Municipality has issued Evacuation Alerts for areas across the municipality due to wildfire risk.
Anyone in the affected areas under Evacuation Alert must be ready to leave on short notice.
Recommended Actions
Evacuation Alert:
Follow directions from the Northern Rockies Regional Municipality
- If you are in the area under Evacuation Alert, be ready to leave on short notice
- Review your emergency plan and stock your grab-and-go-bag
- Refer to the Evacuation Alert for information specific to your community
- Monitor local information channels on the web, social media, radio and TV
Stages of Evacuation
Evacuation Order: You are at risk. Leave the area immediately. You are encouraged to register all family members at the nearest reception centre so emergency responders know you are safe.
Evacuation Alert: Be ready to leave on short notice. Gather your grab-and-go bags and ensure your vehicle has fuel. If you leave before or during this alert, it's called a voluntary evacuation.
Evacuation Rescinded: The threat to life and safety has passed.`,
    "https://emergencyinfobc.gov.bc.ca/?p=37887 (EmergencyInfoBC, Province of British Columbia, undated wildfire season post)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `On Wednesday, March 18th North Central District Health Department (NCDHD) was made aware of additional community exposure times relating to the second positive COVID-19 case in Knox County.
NCDHD has initiated contact investigations and have been rapidly assessing potential exposures to determine next steps. All identified close contacts will self-quarantine (stay home) and be actively monitored twice daily by public health officials for fever and respiratory symptoms.
At this time, the only known community exposure times related to the case, which remains at low risk, are the following:
• Saturday, March 14th from 1:00 PM – 4:00 PM at Dollar General in Hooper, NE
• Sunday, March 15th from 9:30 AM-11:30 AM at Country Market in Bloomfield, NE
• Monday, March 16th from 2:00 PM – 3:00 PM at Walmart in Norfolk, NE
• Monday, March 16th from 3:00 PM – 3:30 PM at Sonic Drive-In drive-thru in Norfolk, NE
At this time, general risk to the community remains low, however NCDHD encourages the individuals who might have been at these locations during these times to self-monitor for the onset of fever, cough, shortness of breath for 14 days which would be through March 29, 2020. If you feel you are ill, please call your provider and follow their next steps.`,
    "https://www.theindependent.com/news/state_and_regional/additional-information-on-second-positive-knox-county-covid--case/article_27e068fa-693a-11ea-8d64-cf6a8de241ed.html (North Central District Health Department, Nebraska, via The Grand Island Independent, 18 March 2020)",
  ),
  real(
    "en",
    "bulletin",
    "Update on ongoing incident in West Wick",
    `Emergency services remain at the scene of an ongoing incident in West Wick this evening.

Officers first attended a property on Turnock Gardens at about 11am today (Tuesday, 25 January) to arrest a man for multiple offences.

When the man refused to leave officers forced the front door to find objects obstructing the entrance.

A pyrotechnic device was subsequently thrown out of a window prompting the officers to withdraw and call for additional resources.

These include highly trained negotiators who are working hard to get the man to come out and to bring the incident to a safe conclusion.

Armed officers are also at the scene as a precautionary measure due to threats made towards officers and the belief there are weapons within the property.

A cordon is currently in place around the property and will remain while the police operation continues.

Chief Inspector Jess Aston said: "This is an isolated incident and one which we don't believe poses a risk to the wider public.

"While we deal with the incident we've asked residents in a small number of neighbouring properties to vacate their homes as a precaution and our local authority colleagues continue to liaise with them should they need any support.

"We recognise the disruption and inconvenience this has caused and we're grateful for the understanding those affected have shown.

"We hope to bring this incident to a safe conclusion as quickly as we can."`,
    "https://www.avonandsomerset.police.uk/news/2022/01/update-on-ongoing-incident-in-west-wick/ (Avon and Somerset Police, 25 January 2022)",
  ),
  real(
    "en",
    "bulletin",
    "Orange flood warning",
    `🔶 SMHI has issued an orange flood warning in the counties of Gävleborg, Halland, Kronoberg, Dalarna and Värmland. The risk of flooding is a result of the recent heavy rainfall.

The flood warnings apply to the following watercourses:

• Gävleborg, Testeboån, Harmångersån, Sillerboån Voxnan and Vallaån.
• Halland, Himleån and Suseån.
• Värmland, Årosälven and Norsälven.
• Kronoberg, Lower Lagan.
• Dalarna, Vanån, Siljan – Lower Österdalälven River.

For detailed information about the warnings, see SMHI's warning page.

What does an orange weather warning mean?

Orange level weather warnings mean that the weather could have serious consequences for the local community. The weather could endanger the public and cause major damage to property and the environment. There is considerable risk of disruptions to various services, such as public transport. The impact of the weather may vary locally. This means that particularly vulnerable areas may suffer very serious damage. Individuals or groups that are particularly vulnerable may also be very seriously affected.`,
    "https://www.krisinformation.se/en/news/2023/august/orange-flood-warning (Krisinformation.se, MSB, August 2023)",
  ),
  real(
    "en",
    "bulletin",
    "Rural residents advised to conserve water and consider ordering tanker supplies",
    `4 February 2005

With little rain falling over the past three weeks, there is likely to be a shortfall soon in water supplies among rural communities dependent on their rain water tanks. Residents in areas such as Maraetai and Beachlands are being urged to take action to deal with that likelihood.

"We do not wish to have a repeat of the crisis last year," says Raveen Jaduram, General Manager of Manukau Water, a Business Unit of Manukau City Council. "We had to organise emergency water tankers at short notice to provide water to houses that had either run out of, or were very low on, water.

"There is limited capacity for tank water suppliers to meet a sudden rush in demand across the region. There will be long delays in delivery unless these are pre-arranged and I urge local residents to make plans accordingly."

In Beachlands, Maraetai, Clevedon and other rural areas, the responsibility for water supply is with the homeowners, who are mainly dependent on rainwater collected from roofs and on tankered water during drier periods.

As it did last year, Manukau Water will arrange for a water supply tank to be located at the Beachlands Fire Station for small volumes of water to be taken by residents who find themselves in desperate need.`,
    "https://m.scoop.co.nz/stories/AK0502/S00036.htm (Manukau Water, Manukau City Council, 4 February 2005)",
  ),

  real(
    "en",
    "bulletin",
    "Advice for people in coastal areas",
    `People in coastal areas should:

1. Stay out of the water (sea, rivers and estuaries, including boating activities)
2. Stay off beaches and shore areas
3. Do not go sightseeing
4. Share this information with family, neighbours and friends
5. Listen to the radio and/or TV for updates
6. Follow instructions of local civil defence authorities`,
    "https://www.civildefence.govt.nz/resources/advice-for-people-in-coastal-areas (National Emergency Management Agency, New Zealand, standard tsunami advisory text, undated)",
  ),

  // ---------------------------------------------------------------- Swedish: national agencies
  real(
    "sv",
    "bulletin",
    "Röda varningar för höga flöden",
    `🔺SMHI har utfärdat en röd varning för höga flöden i Hallands och västra Kronobergs län.

De röda varningar för höga flöden gällde tidigare även för Västra Götalands, Värmlands och Örebro län. Det finns även gula varningar för höga flöden och för regn och skyfallsliknande regn i andra områden.

Följ SMHI för uppdaterad information om aktuella varningar.

Förbered dig för översvämningar

Kraftiga regnoväder kan orsaka översvämningar. Ta reda på mer om hur du själv kan förbereda dig för översvämningar.

Risk för allvarliga konsekvenser

Röd varning är den allvarligaste nivån på SMHIs vädervarningar och kan medföra mycket allvarliga konsekvenser för samhället. Vädret kan bli en stor fara för allmänheten och orsaka mycket allvarliga skador på egendom och miljö. Det finns en stor risk för omfattande störningar i olika tjänster i samhället, som till exempel i kollektivtrafik och blåljusverksamhet.

Läs mer om vad varningarna innebär hos SMHI.`,
    "https://www.krisinformation.se/nyheter/2023/augusti/roda-varningar-for-hoga-floden (Krisinformation.se, MSB, augusti 2023)",
  ),
  real(
    "sv",
    "bulletin",
    "Orange varning för översvämning",
    `🔶SMHI har utfärdat en orange varning för översvämning i flera län. Det är den senaste tidens kraftiga regn som har lett till risk för översvämningar.

Varningarna för översvämning gäller för följande vattendrag:

• Dalarna: Lillälven, Vanån, Siljan, Orsasjön, Övre Österdalälven mellan Älvdalen och Orsasjön och mellan Åsen och Mora samt Västerdalälven och Vanån vid Vansbro.
• Gävleborg: Testeboån, Harmångersån och Voxnan.
• Värmland: Årosälven utmed Uvan mellan Gustavsfors och Geijersholm samt Klammaälven.
• Västmanland: Arbogaån. För Hedströmmen mellan sjön Nedre Vättern och utloppet i Mälaren är en orange varning för höga flöden utfärdad.

För detaljerad information om varningarna, se SMHI:s varningssida.

Vad innebär en orange vädervarning?

Vädervarningar på orange nivå innebär att vädret kan medföra allvarliga konsekvenser för samhället. Vädret kan bli en fara för allmänheten och orsaka stora skador på egendom och miljö. Det finns en stor risk för störningar i olika tjänster i samhället, som till exempel i kollektivtrafiken. Vädrets påverkan kan skilja sig åt lokalt. Det betyder att särskilt utsatta platser kan drabbas av mycket allvarliga skador. Enskilda personer eller grupper som är särskilt känsliga kan också drabbas mycket allvarligt.`,
    "https://www.krisinformation.se/nyheter/2023/augusti/orange-varning-for-oversvamning (Krisinformation.se, MSB, augusti 2023)",
  ),
  real(
    "sv",
    "bulletin",
    "Varning för mycket svaga isar i flera län i landet",
    `Allmänheten uppmanas att inte ge sig ut på istäckta sjöar och vattendrag i Uppsala län, Stockholms län, Södermanlands län, Jönköpings län, Dalarnas län, Värmlands län, Örebros län, Västmanlands län, Kronobergs län och Västerbottens län. Det varma vårvädret gör att isarna på sjöar och vattendrag blir svaga och förrädiska och risken för olyckor är stor.

Uppmaningen till allmänheten att inte ge sig ut på istäckta sjöar och vattendrag kommer från Räddningstjänsten, Polisen, Region Uppsala, Region Stockholm, Region Jönköpings län samt länsstyrelserna i Uppsala län, Stockholms län, Södermanlands län, Jönköpings län, Dalarnas län, Värmlands län, Örebros län, Västmanlands län, Kronobergs län och Västerbottens län.

Mer om säkerhet på isen hos Din säkerhet`,
    "https://www.krisinformation.se/nyheter/20212/februari/varning-for-svaga-isar-i-uppsala-lan-och-stockholms-lan (Krisinformation.se, MSB, februari 2021)",
  ),
  real(
    "sv",
    "bulletin",
    "Två utbrott av salmonella utreds",
    `Folkhälsomyndigheten utreder två utbrott av salmonella i Sverige tillsammans med övriga berörda myndigheter.

Företaget som marknadsför salamikorven beslutade om ett omedelbart tillbakadragande av sina produkter medan den fortsatta utredningen pågår, så snart som det blev känt att flera av de personer som insjuknat i salmonellainfektion hade ätit av korven.

Hittills har totalt 30 personer från olika län rapporterats sjuka av samma variant av salmonellabakterien som alltså troligen kan kopplas till salamikorven. Flest fall har rapporterats från Stockholm, Västra Götaland och Skåne. Fler fall kan tillkomma trots att korven är tillbakadragen från butik. Eftersom salamin har lång hållbarhetstid kan den finnas kvar hos kunder som inte nåtts av beskedet om tillbakadragandet.

– Den som har ätit salamin och fått symtom på salmonellainfektion kan kontakta 1177 Vårdguiden eller sin vårdcentral, säger Linda Trönnberg, utredare på Folkhälsomyndigheten.

Bland de vanligaste symtomen finns buksmärtor, feber, diarréer eller kräkningar. I ovanliga fall kan man bli svårare sjuk och behöva vårdas på sjukhus.

Ovanligt många fall av salmonellainfektion har rapporterats i Sverige sedan i somras. Folkhälsomyndigheten bedriver för närvarande två utbrottsutredningar tillsammans med Livsmedelsverket, SVA och berörda smittskyddsenheter och kommuner. Förutom den med trolig koppling till salami utreds en med koppling till importerade ägg.

Läs Folkhälsomyndighetens sjukdomsinformation om salmonella`,
    "https://www.folkhalsomyndigheten.se/nyheter-och-press/nyhetsarkiv/2017/september/tva-utbrott-av-salmonella-utreds/ (Folkhälsomyndigheten, september 2017)",
  ),
  real(
    "sv",
    "bulletin",
    "Salmonella Bovismorbificans",
    `Under april och maj har ett stort antal fall av samma salmonellatyp (Bovismorbificans) rapporterats till Folkhälsomyndigheten. Ett 30-tal fall utreds som tillhörande utbrottet. De insjuknade personerna är i åldern 18 till 80 år och är geografiskt spridda över landet.

Än så länge är smittkällan okänd, men en utredning pågår i samarbete med berörda smittskydd och andra myndigheter för att så fort som möjligt fastställa orsaken till utbrottet.`,
    "https://www.folkhalsomyndigheten.se/smittskydd-beredskap/utbrott/aktuella-utbrott/salmonella-bovismorbificans/ (Folkhälsomyndigheten, maj 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Salmonella monofasisk Typhimurium (Sverige, januari–maj 2017)",
    `Utbrott av salmonella monofasisk Typhimurium (MLVA 3-10-10-N-211) är över.

28 maj 2017

Totalt insjuknade 18 personer av salmonellatypen som påvisades i en italiensk tryffelsalami.

9 februari 2017

Hittills har 17 personer med den specifika salmonellatypen rapporterats till Folkhälsomyndigheten. Utbrottet har kunnat härledas till en italiensk tryffelsalami. Det aktuella partier säljs inte längre och har bäst-före-datum 14 februari.

25 januari 2017

De flesta fallen kommer från Stockholms län men även Dalarna, Västmanland och Västra Götaland har fall. De insjuknade personerna är i åldern 1 till 76 år och det är något fler kvinnor än män. Smittskyddet i Stockholm utreder utbrottet i samarbete med berörda myndigheter. Än så länge är inte smittkällan fastställd men utredning pågår för att så fort som möjligt identifiera den.`,
    "https://www.folkhalsomyndigheten.se/smittskydd-beredskap/utbrott/utbrottsarkiv/salmonella-mono-typh-jan-maj-2017/ (Folkhälsomyndigheten, januari–maj 2017)",
  ),
  real(
    "sv",
    "bulletin",
    undefined,
    `Fallen av salmonella finns spridda i södra Sverige. Den här salmonellatypen brukar förekomma under sensommaren, men nu har fler fall än normalt rapporterats. Orsaken till anhopningen av fall utreds av Folkhälsomyndigheten, berörda smittskyddsenheter, Livsmedelsverket och Statens veterinärmedicinska anstalt.`,
    "https://www.folkhalsomyndigheten.se/smittskydd-beredskap/utbrott/utbrottsarkiv/salmonella-typh-sverige-2016/ (Folkhälsomyndigheten, 2016)",
  ),
  real(
    "sv",
    "bulletin",
    "Utbrott av Salmonella Braenderup",
    `Totalt har drygt 40 utbrottsfall med Salmonella Braenderup rapporterats från början av april till slutet av maj. Utbrottet är internationellt då ett flertal länder i Europa har identifierat sjukdomsfall med samma variant av salmonella. Smittkällan misstänks vara ett livsmedel som har distribuerats brett både i Sverige och utomlands. Berörda smittskyddsenheter, kommuner, Livsmedelsverket och Folkhälsomyndigheten utreder tillsammans utbrottet på nationell nivå och samverkar med myndigheter i andra länder.

Anmäl alltid om du blir matförgiftad

Misstänker du att du har blivit matförgiftad av mat du köpt, på restaurang eller vid någon tillställning ? Kontakta miljö- och hälsoskyddskontoret eller motsvarande i din kommun. En snabb anmälan kan hindra att andra blir sjuka.

Din anmälan utreds och det blir då möjligt att ta reda på orsaker till utbrottet och stoppa spridningen av smittan.`,
    "https://www.livsmedelsverket.se/matvanor-halsa--miljo/sjukdomar-allergier-och-halsa/utbrott (Livsmedelsverket, 2021)",
  ),
  real(
    "sv",
    "bulletin",
    "Viktigt meddelande till allmänheten i Kalmar",
    `Det viktiga meddelande till allmänheten som utfärdades i Kalmar gäller inte längre. Faran är över. Branden i industrilokalen är under kontroll, det är inte längre rekommenderat inomhusvistelse och man kan vistas utomhus.`,
    "https://krisinformation.se/nyheter/2018/april (Krisinformation.se, MSB, april 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Munskydd i kollektivtrafiken från den 7 januari",
    `Folkhälsomyndigheten rekommenderar resenärer att använda munskydd i kollektivtrafiken. Rekommendationen gäller för resor som sker vardagar klockan 7–9 och 16–18. Det nya rådet om munskydd gäller från och med den 7 januari 2021.`,
    "https://www.krisinformation.se/nyheter/2020 (Krisinformation.se, MSB, december 2020)",
  ),
];

export const BAD_BLIND17: EvalMessage[] = [
  // ---------------------------------------------------------------- English: FACTUAL
  bad(
    "en",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    CERC,
    "Fire at Hallam Road recycling depot – keep windows closed",
    `Updated 07:45, Thursday 14 August

Firefighters from Westmere Fire and Rescue Service have been tackling a large fire at the Hallam Road recycling depot in Ashby Vale since 02:30. Nobody has been hurt and the depot was empty when the fire started.

The fire was most likely started by a lithium battery thrown into a general waste skip, and we think it may be linked to the fly-tipping reported on the industrial estate last month.

A smoke plume is drifting north-east over Ashby Vale, Kingsmead and Ladybrook. If you live in these areas, keep doors and windows closed and bring pets indoors. Hallam Road is closed between the B4120 roundabout and Mill Lane; please use the A47 instead.

Anyone with asthma or a heart or lung condition should keep their medication close and call NHS 111 if symptoms get worse.

Live updates: westmere-fire.gov.uk/incidents. Our next update will be at 11:00.`,
  ),
  bad(
    "en",
    "sms",
    "speculation about cause (subtle)",
    FACTUAL,
    CERC,
    undefined,
    `Tarrant Valley Water, 06:10 Sat 3 Feb: Routine tests found E. coli in the supply to Kelby, Upton Ford and Marsh End. Boil all water for drinking, cooking, brushing teeth and baby feeds until we tell you otherwise. It is likely that floodwater got into the Kelby reservoir through a damaged hatch. Bottled water: Kelby village hall from 09:00. Map of affected streets + updates: tvwater.co.uk/notice. Next text by 18:00 today.`,
  ),
  bad(
    "en",
    "bulletin",
    "unverified casualty figures",
    FACTUAL,
    CERC,
    "Statement: building collapse on Carver Street",
    `Issued 16:20, Monday 9 September, by Northfield Police

At about 14:05 today part of a four-storey building under renovation on Carver Street, Northfield, collapsed. Fire and ambulance crews are working at the scene to reach people trapped inside.

Early reports we have received suggest that as many as 15 people may have been killed, with up to 40 more injured, although these numbers are still coming in.

Carver Street, Pell Street and the northern end of Queen's Parade are closed. Please stay away from the area so that emergency vehicles can get through. If you are worried about a family member who may have been working on or near the site, call our casualty bureau on 0800 056 0227 rather than coming to the scene.

A reception point for families has been set up at Northfield Leisure Centre, Dale Road.

We will give a further statement at 18:30 on our website northfield.police.uk and on our social media channels.`,
  ),
  bad(
    "en",
    "social",
    "passing on rumours from social media",
    FACTUAL,
    CERC,
    undefined,
    `GAS LEAK UPDATE – 21:15 Sunday

Cadent engineers are still repairing the damaged gas main on Brookside Avenue, Fenley. The 42 homes on Brookside Avenue and Orchard Close that were evacuated at 17:30 cannot return tonight. Fenley Community Centre (Church Street) is open for anyone who needs somewhere to stay, with hot food and camp beds.

Posts circulating on Facebook say a second gas main has also cracked near Elm Park, so people around Elm Park may want to leave their homes as well, just in case.

If you smell gas, do not use light switches or phones inside the building: go outside and call the National Gas Emergency number, 0800 111 999.

Fenley Borough Council will post the next update here at 08:00 tomorrow, or sooner if residents can go home.`,
  ),
  bad(
    "en",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    PLAIN,
    "Water supply update – Greyhaven and Cliffe",
    `Posted 12:30, Wednesday 22 May by Southmoor District Council Water Services

Following the burst main on Greyhaven Road on Tuesday night, water has now been restored to all properties in Greyhaven and Cliffe.

The tap water in Greyhaven and Cliffe is safe to drink straight from the tap, and there is no need to take any precautions.

Until further notice, please boil all water used for drinking, cooking, making ice and brushing teeth, and let it cool before use. Water for washing and flushing toilets does not need to be boiled.

Your water may look cloudy or brown at first. Run the cold kitchen tap for a few minutes until it is clear.

If you have no water or low pressure, call our 24-hour line on 01632 960 414. We will post the next update on southmoor.gov.uk/water at 17:00 today.`,
  ),
  bad(
    "en",
    "correction",
    "myth-first correction",
    FACTUAL,
    DEBUNK,
    "The Corran Lake fish deaths and the Dunmore plant",
    `Posted 10:00, Friday 18 July by Corran County Council

You may have seen posts claiming that the dead fish in Corran Lake were poisoned by a chemical leak from the Dunmore plastics plant, that the lake water burns your skin, and that anyone who swam there last weekend could fall seriously ill. Some posts also say the council knew about the leak for weeks and kept it quiet. These claims have been shared thousands of times.

Water samples taken by the Environmental Protection Agency on 15 and 16 July found no industrial chemicals in the lake. The fish died because oxygen levels in the shallow water dropped sharply during the heatwave, which happens in still lakes in very hot weather.

As a precaution, please do not swim in Corran Lake or let dogs into the water until oxygen levels recover, and do not touch or collect dead fish. Council staff are removing them.

Test results will be published at corrancoco.ie/lake, with the next update on Monday 21 July at 12:00. Questions: 021 455 7800.`,
  ),
  // ---------------------------------------------------------------- English: IMPARTIAL
  bad(
    "en",
    "bulletin",
    "blame",
    IMPARTIAL,
    CERC,
    "Power cut in Lowick and Brayton – update 15:00",
    `Update issued 15:00, Tuesday 2 December, by Lowick Town Council

Around 4,000 homes in Lowick and Brayton have been without power since 09:40 this morning.

This outage is entirely the fault of GridNorth's contractors, who ignored the cable markings and dug straight through a high-voltage cable on Station Road. Their carelessness has left thousands of our residents cold and in the dark.

GridNorth expects most homes to be reconnected by 20:00 tonight. Until then:
- The Lowick Methodist Hall (Church Lane) is open as a warm space until 22:00, with hot drinks and phone charging.
- If you rely on medical equipment that needs electricity, call 105 now to be prioritised.
- Please check on elderly or vulnerable neighbours.

Live restoration times: call 105 or visit gridnorth.co.uk/powercuts. We will post another update at 19:00.`,
  ),
  bad(
    "en",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    CERC,
    "Flood defences hold on the River Leyne",
    `Saturday 8 March, 11:00 – Leyne Valley Borough Council

River levels on the Leyne peaked at 4.1 metres overnight. The temporary flood barriers along Quay Street and Riverside Walk held, and no homes in the town centre flooded.

This is thanks to the decisive leadership of Council Leader Mark Ellison and his Liberal Democrat administration, who found the money for these barriers after the previous Conservative council cut the flood budget to the bone.

Water is still lying on Mill Road, Ferry Lane and the Meadows car park, which remain closed. Please do not drive or walk through floodwater – it is often deeper and faster than it looks.

Sandbags are still available at the Quay Street depot until 18:00 today. For flood warnings, check gov.uk/check-flooding or call Floodline on 0345 988 1188. Our next update will be at 17:00.`,
  ),
  bad(
    "en",
    "bulletin",
    "stigmatising group label",
    IMPARTIAL,
    CERC,
    "Measles cases in Ravensholt",
    `Ravensholt Public Health, 14:00 Wednesday 5 November

Five cases of measles have been confirmed in Ravensholt since 27 October. Measles spreads very easily and can be serious, especially for babies, pregnant women and people with weak immune systems.

The outbreak started at the Traveller site on Mill Lane. Until further notice, residents are advised to avoid contact with members of the Traveller community.

Check that you and your children have had two doses of the MMR vaccine. Free MMR clinics are running at Ravensholt Health Centre every weekday from 09:00 to 16:00 this week – no appointment needed.

If you have a fever and a rash, phone your GP or NHS 111 before going in, so that you do not pass the infection on in the waiting room.

More information: ravensholt.gov.uk/measles. We will publish case numbers every Friday at 12:00.`,
  ),
  bad(
    "en",
    "social",
    "mockery",
    IMPARTIAL,
    PLAIN,
    undefined,
    `Brackenford Council – 08:15 Mon 12 Feb

The ford on Bridge Street is CLOSED after last night's rain. The water is around 60 cm deep and flowing fast.

To the genius who ignored the closure signs and drove in at 23:00 last night and had to be pulled out by the fire service: congratulations, your car is now a boat. Yes, we know some of you think your 4x4 can handle it. It can't.

Please use the Station Road bridge instead. Do not walk or drive through floodwater – 30 cm of moving water can float a car.

Report blocked drains on 01632 960 200. Road status is updated on brackenford.gov.uk/roads, and we will post here again at 16:00.`,
  ),
  bad(
    "en",
    "sms",
    "alarm words / ALL CAPS",
    IMPARTIAL,
    CERC,
    undefined,
    `HARWICK EMERGENCY MANAGEMENT 13:40 TUE: DEADLY TOXIC CLOUD!!! CATASTROPHIC CHLORINE LEAK AT THE PORT – EXTREME DANGER TO EVERYONE IN HARWICK EAST!!! GO INDOORS NOW, SHUT ALL WINDOWS AND DOORS, TURN OFF FANS AND AIR CON. DO NOT DRIVE INTO THE AREA. Updates on harwick.gov/alerts and KHWR 98.1 FM. Next message by 15:00.`,
  ),
  // ---------------------------------------------------------------- English: OPEN
  bad(
    "en",
    "social",
    "no sender",
    OPEN,
    CERC,
    "Evacuation warning – Pine Hollow and Cedar Ridge",
    `18:20 Friday 1 August

The fire north of Pine Hollow has crossed Route 9 and is moving south-east with strong winds.

Residents of Pine Hollow and Cedar Ridge should get ready to leave now. Pack medicines, documents, phone chargers and pet supplies, and move livestock if you can. If you need help to leave, call 555-0142.

An evacuation centre is open at Lakeside High School, 400 Shore Drive. Pets are welcome in the school gym annex.

Avoid Route 9 and Canyon Road, which are closed to all traffic except fire crews.

We will post the next update here at 20:00 or straight away if the warning is upgraded to an evacuation order.`,
  ),
  bad(
    "en",
    "bulletin",
    "no comment / hidden responsibility",
    OPEN,
    CERC,
    "Diesel spill in the River Tove at Millbridge",
    `Millbridge Parish Council, 10:30 Thursday 27 June

A diesel spill was found in the River Tove at Millbridge early this morning. There is a visible sheen on the water from the Millbridge weir downstream to Castle Meadows.

We will not be answering any questions about how the diesel got into the river or who is responsible. No further comment will be made on this.

Please keep children and dogs out of the river between the weir and Castle Meadows, and do not fish there. If you find oiled birds or animals, do not handle them – call the RSPCA on 0300 1234 999.

The Environment Agency is monitoring the water. For their latest advice call 0800 80 70 60. We will post the next update on millbridge-pc.gov.uk at 16:00.`,
  ),
  bad(
    "en",
    "bulletin",
    "hiding what is not known",
    OPEN,
    CERC,
    "Odour in Eastholme – update",
    `Eastholme City Council – 09:00 Monday 17 March

Many residents in Eastholme reported a strong chemical smell yesterday evening and overnight.

Council environmental health officers and the fire service know exactly what is causing the smell, and there is nothing more to find out. The situation is fully understood.

If you can smell the odour, keep windows closed until it clears. If you have sore eyes or a sore throat, rinse with clean water and call NHS 111 if it does not improve.

You can report the smell on 01632 960 910 or at eastholme.gov.uk/odour. We will post the next update at 13:00 today.`,
  ),
  bad(
    "en",
    "bulletin",
    "empty reassurance",
    OPEN,
    CERC,
    "Fire at Brent Lane warehouse – smoke advice",
    `Kestrel County Emergency Management, 22:15 Saturday 10 May

Firefighters are tackling a large fire at a plastics warehouse on Brent Lane, Kestrel Park, which started at about 19:00. A dark smoke plume is moving west over Kestrel Park and Hillview.

Residents can be completely reassured that the smoke is harmless and poses no danger whatsoever to anyone's health. Air quality monitoring units are on their way and results are expected tomorrow afternoon.

If you live in Kestrel Park or Hillview, you may wish to keep windows closed overnight. Brent Lane and Hillview Road are closed.

Updates: kestrelcounty.gov/fire and 555-0199. Next update at 07:00 Sunday.`,
  ),
  bad(
    "en",
    "bulletin",
    "empty reassurance (subtle)",
    OPEN,
    CERC,
    "IT outage at Stonebridge General Hospital",
    `Stonebridge Health Trust – statement issued 11:40, Wednesday 29 January

Since 06:30 this morning our main patient record system has been unavailable because of a technical fault. Staff have switched to paper records.

All planned outpatient appointments at Stonebridge General for today and tomorrow have been postponed, and the emergency department is experiencing long waits.

Rest assured that everything is fully under control and patients will not notice any difference in their care.

If your appointment is affected we will contact you by text or phone – please do not come in unless we have confirmed your appointment. For urgent care, use NHS 111 or your GP. In an emergency, call 999.

Updates: stonebridgehealth.nhs.uk/outage. Next update at 16:00 today.`,
  ),
  // ---------------------------------------------------------------- English: ACTIVE
  bad(
    "en",
    "bulletin",
    "no action for the people affected",
    ACTIVE,
    CERC,
    "Flood warning – River Arle at Weston Parva",
    `Environment Agency – issued 05:50, Sunday 23 November

River levels on the Arle at Weston Parva are rising after 45 mm of rain fell across the catchment overnight. The river gauge at Weston Bridge read 2.6 metres at 05:30 and is expected to peak at around 3.1 metres between 11:00 and 14:00 today.

Flooding of property is expected in Weston Parva, particularly on Riverside Lane, Mill Close and the lower end of Church Street. Flooding of the B3061 at Weston Bridge is also expected.

Further rain is forecast on Monday night, which may keep levels high into Tuesday.

Current warnings: gov.uk/check-flooding, or Floodline 0345 988 1188 (quick dial 182003). This message will be updated at 12:00 today.`,
  ),
  bad(
    "en",
    "bulletin",
    "no action for the people affected (exposure notice)",
    ACTIVE,
    CERC,
    "Measles exposure locations – Carrow Bay",
    `Carrow Bay Public Health Unit, 15:30 Thursday 6 March

A person with confirmed measles visited the following places while infectious:

• Saturday 1 March, 10:00 – 13:30: Carrow Bay Shopping Centre, including the food court
• Sunday 2 March, 09:15 – 11:00: St Aidan's Church, Harbour Road
• Monday 3 March, 14:00 – 18:30: Carrow Bay Hospital emergency department waiting room
• Tuesday 4 March, 07:40 and 08:10: Route 12 bus from Harbour Road to Central Station

Measles is highly infectious and spreads through the air. Symptoms usually appear 7 to 18 days after exposure and include fever, cough, runny nose, sore eyes and a blotchy red rash.

The full list of locations is kept up to date at carrowbayhealth.gov/measles. We will publish any new locations by 17:00 each day.`,
  ),
  bad(
    "en",
    "sms",
    "no route to more information",
    ACTIVE,
    CERC,
    undefined,
    `NSW SES 16:05 Wed 9 Apr: EVACUATE Riverside Estate, Lower Mallow, by 20:00 tonight. The Mallow River is expected to pass 7.2 m at Mallow Bridge around 21:00 and Riverside Estate will be cut off. Go to family or friends on higher ground, or to the evacuation centre at Mallow Showground, Pavilion Road. Take medicines, pets and documents. Next SMS at 19:00.`,
  ),
  // ---------------------------------------------------------------- English: FAST
  bad(
    "en",
    "bulletin",
    "vague next update",
    FAST,
    CERC,
    "Landslip on the A836 near Torran",
    `Highland North Roads, 07:20 Tuesday 14 October

A landslip has closed the A836 between Torran and Ardmhor after heavy rain overnight. Around 200 tonnes of rock and soil are lying across both lanes. Nobody was hurt.

The road will stay closed while geotechnical engineers check the slope for further movement. Drivers heading to Ardmhor should use the B871 via Kinbrace, which adds about 25 minutes. Lorries over 7.5 tonnes should not use the B871.

School buses for Torran Primary will run on the diversion route and may be up to 20 minutes late.

Road status: highlandnorthroads.gov.uk/a836 or call 01463 702 000. Further updates will be provided in due course.`,
  ),
  bad(
    "en",
    "social",
    "vague next update (subtle)",
    FAST,
    CERC,
    undefined,
    `Oakfield Water – 19:45 Friday 6 December

A burst 300 mm main on Hatton Road means around 1,800 homes in north Oakfield (postcodes OK4 2 and OK4 3) have little or no water.

Our crews have isolated the burst and are working through the night on the repair.

Bottled water is available now at Oakfield Rugby Club car park, Hatton Road, until 23:00 and again from 07:00. If you are on our priority services register, we will deliver water to you – call 0800 316 9800 if you have not heard from us by 22:00.

When water comes back it may be cloudy. Run the cold kitchen tap until it runs clear.

We will update residents as soon as possible.`,
  ),
  bad(
    "en",
    "bulletin",
    "no time stamp",
    FAST,
    CERC,
    "Boil water advisory – Eastgate zone",
    `Garrison Falls Public Works Department

A loss of pressure in the Eastgate pressure zone, after a valve failure at the Eastgate pump station, means bacteria could have entered the pipes. As a precaution, all customers in the Eastgate zone (east of 14th Street and north of Linden Avenue) should boil their water.

Bring water to a rolling boil for one minute and let it cool before drinking it, making ice, brushing teeth, preparing food or mixing baby formula. Bottled water is a safe alternative.

We are taking samples from across the zone. The advisory will stay in place until two rounds of samples, taken 24 hours apart, come back clean.

A map of the affected zone is on garrisonfalls.gov/water. Questions: 555-0108. We will post the next update on the website once the first set of sample results is back, which we expect to take about a day.`,
  ),
  // ---------------------------------------------------------------- English: ADAPTED
  bad(
    "en",
    "bulletin",
    "jargon and acronyms",
    ADAPTED,
    PLAIN,
    "Situation update – Delmore County wildfire",
    `Delmore County OEM – SITREP 4, 06:00 Thursday 21 August

The EOC remains activated at Level 2. Unified Command under ICS has transitioned to a Type 2 IMT. The PIO will disseminate SITREPs per SOP at each operational period change. The EMD has authorized a Level 2 (SET) notification for Zones DLM-E-014 through DLM-E-019, and a Level 3 (GO) for DLM-E-021. TFRs are in effect over the AOR. ESF-6 has stood up a TERP at the Delmore Fairgrounds. PODs remain operational at Station 4 and the DOT yard.

Check your zone at delmorecounty.gov/fire or call 555-0177. Next SITREP at 18:00.`,
  ),
  bad(
    "en",
    "bulletin",
    "jargon and acronyms (subtle)",
    ADAPTED,
    PLAIN,
    "Chemical release at Fordham Industrial Park",
    `Fordham City Emergency Management – 14:25 Monday 3 November

At about 13:50 a storage tank at Alcor Chemicals in Fordham Industrial Park began leaking ammonia. Fire crews are at the scene and the leak has been slowed.

People within half a mile of the industrial park should follow the PAR issued by the IC: SIP until the all-clear. Per the ESF-8 lead, individuals with COPD or RAD should contact their PCP or go to the ED if symptomatic.

Grant Avenue and Dock Street are closed. Schools in the area are keeping children inside and will not release them until the all-clear.

Updates: fordham.gov/alerts, 555-0140, and WFRD 102.5 FM. Next update at 16:00.`,
  ),
  bad(
    "en",
    "bulletin",
    "very long sentence",
    ADAPTED,
    PLAIN,
    "Storm damage update – Tarrow District",
    `Tarrow District Council, 17:00 Sunday 19 January

Following the passage of Storm Isla through the district during the early hours of Sunday morning, which brought gusts in excess of 80 mph to exposed coastal areas including Tarrow Point, Gullhaven and the northern part of the Esk peninsula, the council, working alongside the fire and rescue service, the police, the electricity network operator and a number of community volunteer groups, has been responding to more than 140 reports of fallen trees, damaged roofs and blocked roads, and residents who are still without power or who have damage to their property that makes their home unsafe to stay in, or who are concerned about an elderly or vulnerable relative or neighbour who they have not been able to reach, are asked to contact the council's emergency line on 01632 960 600, which will be staffed throughout the night, or to visit the rest centre that has been opened at Gullhaven Community Hall on Harbour Street, where hot food, blankets, phone charging and advice are available until further notice.

Next update: 09:00 Monday at tarrow.gov.uk/storm.`,
  ),

  // ---------------------------------------------------------------- Swedish: FACTUAL
  bad(
    "sv",
    "bulletin",
    "spekulation om orsak",
    FACTUAL,
    MSB,
    "Brand i flerbostadshus på Lärkvägen",
    `Publicerad 23.40, lördag 4 oktober – Räddningstjänsten Storå

Klockan 21.55 larmades vi till en brand i ett trapphus på Lärkvägen 12 i Norrby. Branden är nu släckt. Två personer har förts till sjukhus för kontroll efter att ha andats in rök.

Branden har troligen anlagts av ungdomar som brukar samlas i trapphusen i området om kvällarna.

Boende i trappuppgång 12 A kan inte återvända till sina lägenheter i natt. Storå kommun har ordnat tillfälligt boende; ring kommunens jour på 0570-190 00 om du inte redan har fått besked.

Boende i övriga uppgångar kan stanna kvar, men vädra gärna ordentligt. Känner du obehag i luftvägarna, ring 1177.

Nästa uppdatering kommer klockan 08.00 söndag på storakommun.se.`,
  ),
  bad(
    "sv",
    "bulletin",
    "obekräftade uppgifter om döda",
    FACTUAL,
    KRIS,
    "Tågolycka vid Holmsund",
    `Polisen Region Nord, uppdaterad 15.10 tisdag 11 februari

Klockan 13.42 kolliderade ett persontåg med en lastbil vid en plankorsning strax norr om Holmsund. Räddningstjänst, ambulans och polis är på plats.

Enligt uppgifter som cirkulerar kan upp till tio personer ha omkommit, och ett trettiotal uppges vara skadade.

Vägen vid plankorsningen och järnvägen mellan Holmsund och Umeå är avstängda. Undvik området så att räddningsfordon kommer fram.

Anhöriga som söker information om en person som kan ha varit ombord kan ringa 114 14. En samlingsplats för anhöriga har öppnats i Holmsunds sporthall.

Nästa uppdatering kommer klockan 17.00 på polisen.se.`,
  ),
  bad(
    "sv",
    "social",
    "sprider rykten",
    FACTUAL,
    KRIS,
    undefined,
    `Kokningsrekommendation i Västerby – uppdatering 10.30 onsdag 6 augusti

Västerby kommun rekommenderar fortsatt att alla som är anslutna till det kommunala vattnet i Västerby tätort kokar vattnet innan det används till mat och dryck. Prover har visat E. coli-bakterier.

Det cirkulerar uppgifter i sociala medier om att även vattnet i Östra Hagby skulle vara förorenat. Vi för vidare detta så att boende i Östra Hagby kan vara försiktiga.

Låt vattnet koka upp ordentligt och svalna innan du använder det. Vatten för dusch och disk behöver inte kokas. Tappställe med dricksvatten finns vid Västerby idrottsplats.

Mer information: vasterby.se/vatten eller kommunens kundtjänst 0140-180 00. Nästa uppdatering klockan 15.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "självmotsägelse",
    FACTUAL,
    MSB,
    "Väg 84 efter skredet vid Hede",
    `Trafikverket, 09.15 fredag 17 maj

Väg 84 mellan Hede och Vemdalen är nu öppen igen för all trafik efter skredet i onsdags.

Väg 84 är fortsatt avstängd mellan Hede och Vemdalen. Trafiken leds om via väg 315, vilket förlänger resan med cirka 40 minuter. Tung trafik över 12 ton hänvisas till E45 via Sveg.

Skolskjutsarna till Vemdalens skola kör omledningsvägen och kan bli upp till 30 minuter försenade.

Aktuell trafikinformation finns på trafikverket.se/trafikinformation och på telefon 0771-921 921. Vi uppdaterar här klockan 14.00.`,
  ),
  bad(
    "sv",
    "correction",
    "myt först i rättelse",
    FACTUAL,
    DEBUNK,
    "Om påståendena om dricksvattnet i Lindås",
    `Publicerad 11.00 måndag 8 september – Lindås kommun

Du kanske har sett inlägg om att dricksvattnet i Lindås är förgiftat av bekämpningsmedel från åkrarna söder om vattenverket, att barn har blivit sjuka av det och att kommunen har mörkat provsvaren i flera månader. Inläggen har delats tusentals gånger och det sägs också att man inte ens bör duscha i vattnet.

Kommunens provtagning visar att dricksvattnet i Lindås uppfyller Livsmedelsverkets krav. Inga bekämpningsmedel har påvisats i något prov under 2025. Alla provsvar finns publicerade på lindas.se/dricksvatten.

Du kan använda kranvattnet som vanligt. Har du frågor om ditt vatten, ring kommunens kundtjänst på 0300-830 00.

Nästa provsvar publiceras fredag 12 september.`,
  ),
  // ---------------------------------------------------------------- Swedish: IMPARTIAL
  bad(
    "sv",
    "bulletin",
    "skuldbeläggning",
    IMPARTIAL,
    RF,
    "Strömavbrott i Bergby och Hasselnäs",
    `Nordmarks kommun, 14.00 tisdag 2 december

Sedan klockan 06.30 i morse är omkring 2 300 hushåll i Bergby och Hasselnäs utan ström efter nattens storm.

Att så många fortfarande är strömlösa beror helt och hållet på att nätbolaget i åratal har struntat i att röja skog längs sina ledningar, trots att kommunen har påpekat det gång på gång.

Nätbolaget räknar med att de flesta har ström igen till klockan 22.00.

- Bergby bygdegård är öppen som värmestuga till klockan 23.00, med varm dryck och möjlighet att ladda telefonen.
- Är du beroende av el för medicinsk utrustning, ring kommunens växel 0652-361 00.
- Hör gärna av dig till äldre grannar och kontrollera att de klarar sig.

Nästa uppdatering kommer klockan 18.00 på nordmark.se.`,
  ),
  bad(
    "sv",
    "bulletin",
    "partipolitiskt beröm",
    IMPARTIAL,
    RF,
    "Vattennivån i Storån sjunker",
    `Norrfors kommun, 10.00 söndag 16 april

Vattennivån i Storån har nu passerat toppen och sjunker långsamt. De tillfälliga vallarna vid Kvarngatan och Älvstranden har hållit och inga bostäder har översvämmats.

Att vallarna fanns på plats är förtjänsten av den nya Moderatledda majoriteten, som till skillnad från förra mandatperiodens socialdemokratiska styre tog översvämningsrisken på allvar.

Älvstrandens parkering och gång- och cykelvägen längs ån är fortfarande avstängda. Gå inte ut på vallarna och håll barn borta från vattnet – strömmen är stark.

Sandsäckar finns att hämta vid kommunförrådet på Industrigatan 4 till klockan 16.00. Aktuell information finns på norrfors.se och SMHI:s varningssida. Nästa uppdatering kommer klockan 16.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "stigmatiserande gruppbeteckning",
    IMPARTIAL,
    RF,
    "Fall av hepatit A i Ekeby",
    `Smittskydd Mälardalen, 13.00 torsdag 23 oktober

Sedan den 10 oktober har sex personer i Ekeby insjuknat i hepatit A. Hepatit A smittar via förorenad mat, vatten och händer.

Smittan har förts in av de EU-migranter som bor i lägret vid gamla banvallen. Vi avråder tills vidare från att handla eller på annat sätt ha kontakt med personer från lägret.

Tvätta händerna noga med tvål och vatten efter toalettbesök och innan du lagar mat. Den som har haft nära kontakt med någon av de insjuknade erbjuds vaccin; vi kontaktar dig direkt.

Får du gulsot, mörk urin, feber eller ont i magen, ring 1177 innan du åker till vårdcentralen.

Mer information: smittskyddmalardalen.se/hepatit. Nästa lägesbild publiceras måndag 27 oktober klockan 12.00.`,
  ),
  bad(
    "sv",
    "sms",
    "larmord och versaler",
    IMPARTIAL,
    MSB,
    undefined,
    `RÄDDNINGSTJÄNSTEN VÄST 02.15: KATASTROFAL BRAND I KEMIFABRIKEN I STENUNGSUND – LIVSFARLIG GIFTIG RÖK!!! ALLA I STENUNGSUNDS CENTRUM MÅSTE GÅ INOMHUS NU, STÄNG DÖRRAR, FÖNSTER OCH VENTILATION. Lyssna på P4 Göteborg och läs krisinformation.se. Nytt meddelande senast 04.00.`,
  ),
  // ---------------------------------------------------------------- Swedish: OPEN
  bad(
    "sv",
    "bulletin",
    "inga kommentarer / dolt ansvar",
    OPEN,
    MSB,
    "Oljeutsläpp i Fyrisån",
    `Uppsala kommun, 11.30 onsdag 4 juni

I morse upptäcktes ett oljeutsläpp i Fyrisån vid Islandsfallet. En oljefilm syns på vattnet från Islandsfallet ner till Kungsängsbron.

Kommunen kommer inte att svara på frågor om hur oljan hamnade i ån eller vem som bär ansvaret. Vi har inga ytterligare kommentarer i den delen.

Bada inte och låt inte hundar gå i vattnet mellan Islandsfallet och Kungsängsbron. Fiska inte i den delen av ån. Hittar du nedoljade fåglar, ring Viltolycksrådet på 010-209 44 00 i stället för att ta i dem.

Räddningstjänsten har lagt ut länsor. Mer information finns på uppsala.se. Nästa uppdatering kommer klockan 16.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "döljer det som inte är känt",
    OPEN,
    MSB,
    "Utsläpp vid hamnen i Oxelö",
    `Räddningstjänsten Sörmlandskusten, 07.45 måndag 15 september

Vid 05-tiden i morse läckte ett ämne ut från en tankbil i Oxelösunds hamn. Läckan är stoppad.

Vi har full kontroll och vet allt vi behöver veta om utsläppet. Det finns inga öppna frågor.

Hamnområdet och Järntorgsgatan är avspärrade. Boende på Järntorgsgatan och Hamngatan bör hålla fönster stängda och stänga av ventilationen till klockan 12.00.

Känner du sveda i ögon eller hals, skölj med vatten och ring 1177. Aktuell information finns på sormlandskustensraddningstjanst.se och i P4 Sörmland. Nästa uppdatering klockan 10.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "tom lugnande försäkran",
    OPEN,
    KRIS,
    "Magsjuka i Kvarnby",
    `Kvarnby kommun, miljö- och hälsoskydd, 16.00 fredag 29 augusti

Sedan i tisdags har drygt 60 personer i Kvarnby sökt vård för kräkningar och diarré. Orsaken är ännu inte klarlagd. Prover har tagits på dricksvattnet och på livsmedel från två restauranger, och svaren väntas på måndag.

Det finns ingen som helst anledning till oro. Allt är under kontroll och ingen behöver ändra något i sin vardag.

Den som har symtom ska stanna hemma tills man har varit frisk i 48 timmar och vara noga med handhygienen. Barn och äldre som inte kan dricka ordentligt bör få kontakt med vården via 1177.

Mer information på kvarnby.se/magsjuka. Nästa uppdatering kommer måndag 1 september klockan 14.00.`,
  ),
  // ---------------------------------------------------------------- Swedish: ACTIVE
  bad(
    "sv",
    "bulletin",
    "ingen handling för de drabbade",
    ACTIVE,
    MSB,
    "Orange varning för snöfall i Jämtlands län",
    `SMHI, utfärdad 10.00 måndag 1 december

SMHI har utfärdat en orange varning för snöfall i östra Jämtlands län, bland annat Östersund, Bräcke och Ragunda. Från måndag kväll till tisdag förmiddag väntas 30–40 centimeter snö, lokalt mer, i kombination med hård vind.

Vägarna kan bli svårframkomliga eller helt ofarbara, och kollektivtrafiken kan ställas in. Det finns risk för strömavbrott när träd och grenar faller över ledningar.

Varningen gäller till tisdag klockan 12.00. Aktuella varningar finns på smhi.se och i SMHI:s app. Vi uppdaterar varningen senast klockan 18.00 i dag.`,
  ),
  bad(
    "sv",
    "bulletin",
    "ingen handling för de drabbade (dricksvatten)",
    ACTIVE,
    MSB,
    "Bakterier i dricksvattnet i Ljungsbro",
    `Linköpings kommun, Tekniska verken, 08.30 torsdag 21 augusti

Vid rutinprovtagning har E. coli-bakterier påvisats i dricksvattnet i Ljungsbro. Det gäller alla fastigheter som är anslutna till det kommunala vattnet i Ljungsbro och Brunnby.

E. coli kan ge magsjuka med diarré, kräkningar och feber. Vi felsöker ledningsnätet och tar nya prover under dagen. Svaren väntas tidigast fredag eftermiddag.

Karta över berört område finns på tekniskaverken.se/ljungsbro. Frågor besvaras av kundservice på 013-20 80 00. Nästa uppdatering kommer klockan 15.00 i dag.`,
  ),
  bad(
    "sv",
    "sms",
    "ingen väg till mer information",
    ACTIVE,
    KRIS,
    undefined,
    `Viktigt meddelande till allmänheten i Skoghall, Hammarö kommun, 03.20 onsdag: Det brinner i en industribyggnad vid hamnen med kraftig rökutveckling. Räddningsledaren uppmanar alla i Skoghall att gå inomhus och stänga dörrar, fönster och ventilation. Nytt meddelande senast klockan 06.00.`,
  ),
  // ---------------------------------------------------------------- Swedish: FAST
  bad(
    "sv",
    "bulletin",
    "vag tid för nästa uppdatering",
    FAST,
    MSB,
    "Vattenläcka på Storgatan i Vännäs",
    `Vännäs kommun, 13.15 tisdag 18 november

En större vattenledning har gått sönder under Storgatan. Omkring 400 hushåll i centrala Vännäs, mellan Järnvägsgatan och Kyrkvägen, har inget vatten eller mycket lågt tryck.

Reparationen har påbörjats och beräknas pågå under eftermiddagen och kvällen. Storgatan är avstängd för biltrafik mellan Järnvägsgatan och Kyrkvägen.

En vattentank är utställd vid ICA-parkeringen på Storgatan. Ta med egna rena dunkar. När vattnet kommer tillbaka kan det vara missfärgat; spola då kallvatten tills det blir klart.

Har du frågor, ring kommunens kundtjänst 0935-140 00. Vi återkommer med mer information inom kort.`,
  ),
  bad(
    "sv",
    "bulletin",
    "saknar tidsangivelse",
    FAST,
    MSB,
    "Avstängd bro i Älvkarleby",
    `Älvkarleby kommun

Bron över Dalälven vid Laxön är avstängd för all trafik. Vid en inspektion har sprickor upptäckts i ett av brofästena och bron bedöms inte längre som säker.

Gående och cyklister hänvisas till gångbron vid kraftverket. Biltrafik leds om via väg 76 och Gårdskär, vilket förlänger resan med cirka 15 minuter. Skolbussen till Laxöns förskola kör omledningsvägen.

Trafikverket och kommunen undersöker nu hur stora skadorna är och hur länge bron måste vara stängd.

Frågor: kommunens kontaktcenter 026-830 00. Information finns på alvkarleby.se, där vi lägger ut nästa uppdatering så snart undersökningen är klar.`,
  ),
  bad(
    "sv",
    "bulletin",
    "saknar tidsangivelse (subtil)",
    FAST,
    KRIS,
    "Kokningsrekommendation i Rimbo",
    `Norrtälje kommun och Norrtälje Vatten och Avfall rekommenderar alla som är anslutna till det kommunala vattnet i Rimbo att koka dricksvattnet. Vid provtagning har tarmbakterier påvisats i vattnet från Rimbo vattenverk.

Så här gör du:
- Koka upp vattnet ordentligt innan du dricker det eller använder det till matlagning, tandborstning och isbitar.
- Låt vattnet svalna innan du dricker det.
- Vatten för dusch, disk i maskin och toalett behöver inte kokas.

Den som har fått magsjuka och är orolig kan ringa 1177.

Kokningsrekommendationen gäller tills vi meddelar något annat. Nya prover tas dagligen. Karta och frågor och svar finns på norrtalje.se/vatten, och du kan ringa kundtjänst på 0176-710 00. Nästa uppdatering publiceras där när nästa provsvar har kommit.`,
  ),
  // ---------------------------------------------------------------- Swedish: ADAPTED
  bad(
    "sv",
    "bulletin",
    "passiv byråkratisk stil",
    ADAPTED,
    KLAR,
    "Information avseende tillfällig avstängning av dricksvattendistribution",
    `Gnosjö kommun, samhällsbyggnadsförvaltningen, 09.00 onsdag 12 mars

Med anledning av inträffad driftstörning i ledningsnätet har beslut fattats om att verkställande av tillfällig avstängning av dricksvattendistributionen inom delar av Hillerstorps tätort ska ske. Avstängningen avses bestå till dess att erforderliga reparationsåtgärder har slutförts och godkänd provtagning har erhållits. Tillhandahållande av nödvatten kommer att ske genom försorg av förvaltningen vid Hillerstorps idrottsplats. Medtagande av egna kärl förutsätts. Eventuell missfärgning efter återställande av distributionen bör hanteras genom spolning.

Frågor kan ställas till kommunens kundtjänst, 0370-33 10 00. Ny information lämnas klockan 15.00 på gnosjo.se.`,
  ),
  bad(
    "sv",
    "bulletin",
    "passiv byråkratisk stil (nominaliseringar)",
    ADAPTED,
    KLAR,
    "Beslut om eldningsförbud",
    `Länsstyrelsen i Kalmar län, 12.00 fredag 20 juni

Med stöd av 2 kap. 7 § förordningen (2003:789) om skydd mot olyckor meddelas härmed förbud mot eldning utomhus inom länets samtliga kommuner, med undantag för grillning i av kommunen särskilt iordningställda anordningar, vilket förbud gäller från och med kungörandet och till dess att upphävande sker, varvid överträdelse av förbudet kan föranleda straffansvar. Beslutet har föranletts av rådande brandriskprognos. Iakttagande av största försiktighet vid hantering av gnistbildande verktyg och maskiner förutsätts.

Upplysningar lämnas av länsstyrelsens växel, 010-223 80 00. Beslutet finns på lansstyrelsen.se/kalmar. Nästa bedömning av brandrisken görs måndag 23 juni klockan 12.00.`,
  ),
];
