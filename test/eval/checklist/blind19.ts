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
 * Nineteenth blind set, written 2026-12-05 by an independent author who did not read the checklist rules, its lexicons
 * or any earlier item (only types.ts, guidance.ts, build.ts, the header of blind15.ts and the earlier sets' source URLs,
 * so that no real message repeats). HELD OUT as a whole: figures only, never tune on its wording.
 *
 * Real messages are published texts copied as found (whole sentences or paragraphs dropped at most). Flawed messages
 * are written to look competent apart from one failure pattern, several of them subtle.
 */
const { real, bad } = evalSet("", perLanguage("good19", "bad19"));

export const GOOD_BLIND19: EvalMessage[] = [
  // ---------------------------------------------------------------- English: real messages
  real(
    "en",
    "sms",
    "911 LANDLINE OUTAGE – LAYTONVILLE",
    `There is a 911 landline outage currently isolated to the area of Laytonville . Callers will hear a “circuits are busy” voice message when calling 911 from any landline telephone. This is not affecting 911 cellular telephone calls or any type of calls made directly to the Sheriff’s Office Dispatch Center by calling 707-463-4086. Patrol Deputies are being sent to Laytonville for high visibility patrols. The Laytonville Fire Department is being staffed and anyone can walk into the firehouse to report any emergency as they have a direct line of communication with the Sheriff’s Office. An updated notification will be sent out once this outage is fixed as repairs are currently underway.`,
    "https://mendovoice.com/2020/03/outage-impacts-landline-calls-to-9-1-1-in-laytonville/ (Mendocino County Sheriff's Office alert, quoted by The Mendocino Voice, 2020-03-30)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Horowhenua District Council wishes to advise the public that Gladstone Rd is currently closed from Poads Road and will remain closed until further notice.

There is a slip across the road with significant amount of unstable material causing concern, as a result from last week’s heavy rainfall and subsequent rain overnight. Residents have been notified, and this morning Council Officers are calling households to provide them with an update and to ensure their wellbeing.

Council Officers are further assessing the situation, with contractors clearing and stabilising the site.

There is an alternative route available to residents, via Trig Rd, however this is limited access only, for Four Wheel Drive vehicles. Security personnel are managing this access way to ensure the safety of walkers and bikers who use the track, and to limit the vehicle access to non-residents.

Persons who regularly use the Trig track are advised to be aware of vehicular movements for the next few days.

Advice for those affected: Stay away from the affected area

Help people who need special assistance - infants, elderly people, those without transportation, families who may need additional help, people with disabilities and the people who care for them

Watch for flooding, which may occur after a landslide or debris flow. Floods sometimes follow landslides and debris flows

Contact the Horowhenua District Council on 06 366 0999 if you have any concerns`,
    "http://www.voxy.co.nz/national/5/274399 (Horowhenua District Council, via Voxy, 2017-02-07)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Whakatāne District Council is reminding people who live or work near cliffs and steep slopes (escarpments) of the need to take a precautionary approach to landslide risks.

Strategic Project Manager Jeff Farrell says Whakatāne and Ōhope residents in close proximity to escarpments should always be alert for any signs of escarpment instability, particularly after heavy rain. This includes movements of trees or the slope, cracks in the earth, ground slumpage, or dislodged boulders suspended in vegetation on the escarpment face.

“We know that most landslides in our District are triggered by heavy rain on moderate to steep saturated ground. Landslides can also be triggered following a long period of wet weather,” says Jeff.

“When there are heavy rainfall warnings in place, or when we’ve been on the receiving end of large downpours, people whose homes or workplaces are near escarpments should keep a close watch on the local situation.

“If there is very heavy rain over an extended period, residents of these properties should consider evacuating and staying with friends or family until the weather clears,” Mr Farrell adds.

Catchments are currently saturated following heavy rain, and with more in the forecast Council reminds residents of the following precautions when living near escarpments:

  1. Residents whose properties are at the base of escarpments are advised to not occupy the rear ground floor rooms of their dwellings until 24 hours after each rainfall event has ended.
  2. Sleep in a room on the opposite side from the escarpment.
  3. Residents at the top of escarpments should monitor the ground adjacent to the escarpment edge for any sign of ground cracks or tree instability, and contact Council with any concerns.
  4. If you are concerned about escarpment stability, consider self-evacuating to a location where there is no landslide hazard.`,
    "https://newswhakatane.nz/heavy-rain-calls-for-caution-near-cliffs-and-steep-slopes/ (Whakatāne District Council, via News Whakatāne, n.d.)",
  ),
  real(
    "en",
    "bulletin",
    "Evacuation Alert Area Expanded",
    `The evacuation alert was expanded based recommendations from Westrek Geotechnical Services Ltd. based observations of increased signs of instability near the head scarp of the west, main and east slides, where tension cracks are being observed further up the gully.  As such, the risk to the surrounding properties near the slides has increased and have been placed on alert.  We will continue monitoring the movement and will be collecting additional LiDAR information on a daily basis.  Any significant movement noted during aerial survey via helicopter will be reported and updates provided accordingly.`,
    "https://prrd.bc.ca/evacuation-alert-area-expanded/ (Peace River Regional District, Old Fort landslide, 2018-10-10)",
  ),
  real(
    "en",
    "social",
    undefined,
    `Due to the suspected cyber attack nationally our computer systems have been shut down as a precaution, but our A&E services remain open, please use them wisely.

If you have a CT, ultrasound or MRI scan appointment with us over the weekend please do not attend. If services resume we will call you.

If you have an outpatient appointment (not a scan) with us over the weekend please attend as normal unless we contact you.`,
    "http://www.chad.co.uk/news/patients-told-not-to-attend-scan-appointments-at-kings-mill-hosptial-after-cyber-attack-1-8542027 (King's Mill Hospital statement, quoted by Chad, 2017-05-12)",
  ),
  real(
    "en",
    "bulletin",
    "Cyber Attack – updated statement",
    `Dr Anne Rainsberry, NHS Incident Director, said: “The NHS has continued to treat patients throughout the weekend. We have been working with 47 organisations providing urgent and emergency care who have been infected to varying degrees. Most have found ways of working around this but seven, including St Barts in London, have asked for extra support.
“If you have a hospital appointment you should still attend unless you are contacted and told not to.
“We have also been offering advice and assistance to GP surgeries, who will open as usual tomorrow. Again, if you have an appointment you should still attend unless contacted and told not to.
“People should continue to use the NHS wisely and remember that they can seek help and advice from a range of other sources, such as pharmacies and NHS 111.
“Bearing in mind the impact of the global cyber attack I would urge people to be patient with staff.”
Further information can be obtained from the NHS Digital website.`,
    "https://hiowldc.org/2017/05/cyber-attack-press-release (NHS England statement, reproduced by Hampshire and Isle of Wight LDC, 2017-05-14)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Irish Water and Louth County Council are reminding customers supplied by Greenmount Public Water Scheme that the Do Not Consume Notice issued on Wednesday 1 December remains in place until further notice.

The Do Not Consume Notice was placed as a precaution to protect the health of 3,995 customers as elevated ammonia levels in the source water resulted in the plant being unable to treat water to the required standard.

Areas affected include Castlebellingham, Dunleer, Annagassan and surrounding areas. A map of the impacted area is attached and is also available on the Water Supply Updates section of water.ie.

The water is not safe for consumption or the preparation of foods, but is safe for hygiene and use in washing machines and dishwashers. It is especially important that mains drinking water is not given to bottle fed infants. Irish Water would like to remind the public to continue to follow public health advice on handwashing and hygiene.

Please note this is not a Boil Water Notice. Boiling and cooling the water is not a suitable measure to make this water safe to consume. This notice does not apply to other areas or water schemes in Co Louth.

Bottled water continues to be provided for vulnerable customers who are registered on this supply in adherence with current HSE advice. Irish Water ask vulnerable customers or those who have concerns about leaving their homes during the current pandemic to contact their customer care team, open 24/7, on 1800 278 278.`,
    "https://www.dundalkdemocrat.ie/news/home/703939/irish-water-s-do-not-consume-notice-remains-in-place-in-louth.html (Irish Water and Louth County Council, via Dundalk Democrat, 2021-12-03)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Irish Water, working in partnership with Clare County Council, wish to advise that the Do Not Consume notice remains in place for part the Shannon/Sixmilebridge Public Water Supply.

It does not apply to customers in Shannon, Newmarket-on-Fergus and Bunratty.

Teams from Irish Water and Clare County Council are continuing to work on implementing solutions to lift the notice as quickly as possible over the next week.

In the meantime, all customers of this supply are advised to not consume mains drinking water until further notice. The population affected by the Do Not Consume notice is approximately 7,500.

Please note this is not a Boil Water Notice. Boiling the water will not reduce manganese levels and is therefore not a suitable measure to make the water safe to consume. It is especially important that mains drinking water is not given to bottle fed infants. This notice does not apply to other water schemes in Co Clare.

Speaking about the continuation of the Do Not Consume Notice, Duane O’Brien, Irish Water said: “Irish Water is continuing to work hard to lift the notice as quickly and as safely as possible. We fully understand the impact a Do Not Consume Notice has on the community. We would like to thank customers for their continued patience and cooperation.

“Tankers will remain in place as an alternative water supply and continue to be topped up until the notice is lifted. Any customers who have concern we would ask them to contact our customer care team on 1800 278 278.”`,
    "http://clareherald.com/2021/08/east-clare-do-not-consume-notice-remains-in-place-59095/ (Irish Water and Clare County Council, via The Clare Herald, 2021-08-13)",
  ),
  real(
    "en",
    "bulletin",
    "Do Not Consume Notice lifted with immediate effect for all customers supplied by Inis Oírr Public Water Supply Scheme",
    `Monday, 19 September 2022 – Following consultation with the Health Service Executive (HSE), Irish Water and Galway County Council can confirm that the Do Not Consume Notice impacting customers supplied by Inis Oírr Public Water Supply Scheme has been lifted with immediate effect and the water is safe to drink.

The notice was issued to protect approximately 257 customers following elevated levels of manganese in the water supply.

Speaking about the lifting of the notice, Dr. Pat O’Sullivan, Irish Water’s Drinking Water Compliance Specialist said:

“Irish Water acknowledges and understands the impact this Do Not Consume Notice had on the community and we sincerely regret the inconvenience. Our drinking water compliance and operational experts worked hard to resolve this issue as quickly and as safely as possible. We are grateful to the media, elected representatives and members of the public who shared the information. We would also like to thank Galway County Council and HSE for their input and support throughout the process.”

All consumers on the Inis Oírr Public Water Supply Scheme can now resume normal use of the water supply for drinking, food preparation and brushing teeth.

Irish Water and the Local Authority/Health Service Executive Water Liaison Group will continue to meet and will review ongoing process control, monitoring and testing of the drinking water supply.

If customers have any queries regarding this Do Not Consume Notice and the lifting of it, they should contact Irish Water directly on our customer care helpline, open 24/7, on 1800 278 278.`,
    "https://galwaybayfm.ie/galway-bay-fm-news-desk/do-not-consume-notice-lifted-for-inis-oirr-public-water-supply-scheme/ (Irish Water and Galway County Council, via Galway Bay FM, 2022-09-19)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Uisce Éireann advises customers in Wexford Town and surrounding areas that essential overnight restrictions will be required from 10pm to 7am each night to allow water levels at Coolcots Reservoir to recover. The situation will be reviewed on a daily basis and updates will be provided on the Water Supply Updates section on www.water.ie.

The restrictions are required due to a combination of factors, including high demand, poor raw water quality, and upgrade works at the Newtown Water Treatment Plant .

To improve reservoir levels and maintain a sufficient water supply to homes and businesses during the daytime, customers in the following areas will experience low pressure and/or outages from 10pm until 7am the following morning: Coolcots, Ard Carman, Clonard, Townparks, Mount Prospect, Mulgannon and The Green in Clonard Village. These areas may also experience low pressure and temporary intermittent outages during the day due to decreased reservoir levels, especially those on higher such as The Green in Clonard Village.

Dedicated water services crews continue to work around the clock, 24/7, to restore normal water supply to customers as quickly as possible.

Uisce Éireann advises customers not to use appliances that use a constant water flow while the water isn’t running from the cold kitchen tap (e.g., dishwashers). As per best practice, most homes and businesses will have on-site water storage to provide a backup source of water for sanitation purposes.

Alternative Water Supply:

Alternative water supplies with clean drinking water are in place at Belvedere Grove, Ferndale Park, Ard Charman, Cluain Dara, Clonard Village and Clonard Church until normal water supply returns.`,
    "https://www.southeastradio.ie/water-outages-continue-for-wexford-residents/ (Uisce Éireann, via South East Radio, 2023-10-12)",
  ),
  real(
    "en",
    "bulletin",
    "Severe Storm Update for NSW",
    `The NSW SES is asking communities across the eastern half of the State to be ready for severe storms in coming days. These storms may have large hail, damaging wind gusts and be accompanied by heavy rain. A little preparation now can make a big difference when storms arrive, and make you safer and reduce potential damage to your home or business.

Take the time now to:

  • Clean gutters and downpipes
  • Check your roof is in good repair
  • Trim where safe overhanging trees and branches
  • Tie down or put away loose items in yards and balconies

When storms arrive bring children and pets indoors and park your car under cover, not under a tree. If there is damage to your property, stay clear of fallen power lines and damaged areas and call 132 500 for emergency assistance.

Overnight the NSW SES responded to 217 requests for emergency assistance after storms affected areas in the east of the State. The worst affected areas were around the western suburbs of Sydney with Blacktown having 51 jobs and being the suburb most affected. Most damage was trees and branches down as well as roof tiles torn from homes. SES volunteers have now attended to most of these calls after working into the early hours of the morning to undertake temporary repairs to properties affected by the storms.

This afternoon the town of Cootamundra has been impacted by a severe storm with NSW SES as well as Fire & Rescue NSW and the RFS providing assistance. At least ten properties have been affected. Severe storms are occurring in many areas of the State this afternoon and the NSW SES can be contacted on 132 500 if emergency assistance is required.

If it is a life-threatening emergency call 000 immediately.`,
    "https://www.ses.nsw.gov.au/news/all-news/2017/severe-storm-update-for-nsw/ (NSW State Emergency Service, 2018-01-09)",
  ),
  real(
    "en",
    "bulletin",
    "Cracked ceilings, damaged roofs as storm batters NSW",
    `NSW State Emergency Service (NSW SES) has received more than 150 jobs across the state as wild weather batters the coast, cracking ceilings and bringing large trees down across roads and roofs.

The Central Coast, Mid North Coast and Northern NSW have copped the brunt of the storm, with 71 jobs since midnight on Sunday.

The Illawarra and South Coast haven’t escaped the storm, with NSW SES Volunteers hard at work tarping roofs, clearing fallen trees and providing sandbags to residents around the Shoalhaven.

The Bureau of Meteorology has warned of possible severe weather again today around Sydney, Wollongong, Kiama, Newcastle, Port Macquarie, The Entrance and Foster. Damaging winds with gusts over 90 km/h are possible along the coast with very heavy surf sparking a warning to stay away from the beach.

NSW SES is asking people to please:

  • Park your car under cover or away from trees.
  • Never drive, walk or ride through floodwater
  • Secure or put away loose items around your house, yard and balcony.
  • Keep at least 8 metres away from fallen power lines or objects that may be energised, such as fences.
  • Trees that have been damaged by fire are likely to be more unstable and more likely to fall.
  • Stay vigilant and monitor conditions. Note that the landscape may have changed following bushfires.
  • For emergency help in floods and storms, call the NSW SES on 132 500.`,
    "https://www.ses.nsw.gov.au/news/all-news/2020/cracked-ceilings-damaged-roofs-as-storm-batters-nsw/ (NSW State Emergency Service, 2020-07-14)",
  ),
  real(
    "en",
    "bulletin",
    "Clean up continues following destructive winds",
    `NSW State Emergency Service volunteers will be active today cleaning up following damaging storms.

Across NSW yesterday there were 278 incidents, including 81 incidents in the Sydney area, 50 in southern NSW and 49 in Western NSW.

At Carinda, a small town of 93 residents near Walgett, destructive winds destroyed roofs at three commercial properties including the local pub, pizza shop and general store, as well as three private residents. The strong wind downed power poles disrupting electricity supply. Debris from damaged buildings, trees and fences is widespread.
There have been widespread reports of power outages in western and southern parts of the state.

The NSW SES is advising residents to keep clear damaged buildings, fallen trees and powerlines. Do not go sightseeing, as this may hinder recovery efforts and put you and others at risk.  Check to see if your neighbours need help, and if you need assistance please call the NSW SES on 132 500.

Storms have mostly moved away from densely populated areas, however there will be scattered showers and thunderstorms throughout Monday. Severe thunderstorms are possible in the north east of NSW today.`,
    "https://www.ses.nsw.gov.au/news/clean-continues-following-destructive-winds (NSW State Emergency Service, n.d.)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Officers from the Environment Agency are investigating a spillage of red diesel which has polluted a river in Catford, in Lewisham, London.

The Environment Agency received calls from several members of the public yesterday afternoon (Tuesday, 9 June) after the River Pool began to smell strongly of petroleum and showed signs of and oil based pollution on the river surface, a rainbow effect.

Officers attended the site yesterday afternoon and found a substance spilling into the river via a surface water outfall. The slick is stretching for more than a mile down into the Ravensbourne River.

Officers traced the source of the spillage and sealed it off to stop more diesel entering the drains. They used booms around the surface water outfall in the River Pool to stop any more diesel from spreading downstream.

Currently no dead fish have been recorded, but the spillage is believed to have affected some birds along the river.

Environment management team leader James Liney said: “We were called to the area late yesterday afternoon after receiving several calls about the colour and odour of the river from member of the public. Officers traced the source of the diesel and we have deployed booms to stop the worst of the pollution spreading.

“We are back on site today to make sure that no more pollution enters the river and to conduct an investigation into the cause of the incident. Then we will start the clean up process in partnership with other organizations. Hopefully the recent rain we’ve had will help to wash the diesel through the system with minimal impact on local wildlife, but we will continue to monitor this and our biodiversity team will be examining the area to see whether it has damaged local wildlife.`,
    "http://pick-upau.org.br/site_english/environmental_panorama/2009/2009.06.17/environment_agency_investigates.htm (Environment Agency press release, reproduced by Pick-upau, 2009-06-10)",
  ),
  real(
    "en",
    "bulletin",
    "River Test Diesel Spill - update",
    `We continue to assist with this pollution event and to work extremely hard in an area of the River Test to contain oil spilled by a third party from the nearby Industrial estate. Our priority is to continue to mitigate against the environmental impact this third party pollution may have.

We have had our own ecologists onsite supporting these efforts and are working closely with both the Environment Agency and Natural England. The third party company who reported the spill to the Environment Agency in mid-June, is also undertaking clean-up and mitigation action.

While the original source of the oil spill has now been stopped by the business owner, oil which has seeped into the ground can continue to enter the river. Reeds in the river are also harbouring oil and we have sought expert advice on cleaning.

Our priority remains preventing as much oil as possible from being washed further down the river. Since the incident started we have greatly increased the number of absorbent booms to block the oil’s path. We also have tankers sucking away the oil and taking it to a temporary processing plant set up in the area.

We wish to assure everyone that we have undertaken thorough inspections of the area. We have seen the images posted on social media and recent video footage, however, we repeat our request for these to be share directly with us to assist with the clean-up operation and prevent further impact on wildlife in this sensitive and internationally important habitat. It has been difficult to validate claims being made on social media without locations, dates and times being confirmed to us. So far we have done all we can to inspect the river to continue to look for evidence to aid this ongoing legal investigation.`,
    "https://www.southernwater.co.uk/the-news-room/the-media-centre/2021/june/river-test-diesel-spill-update (Southern Water, 2021-06)",
  ),
  real(
    "en",
    "correction",
    undefined,
    `We are urging social media users not to believe everything they read on Twitter or Facebook – unless it’s an official feed.

We have been receiving a number of calls and Tweets, following rumours and speculation circulating on social media sites.

There is no truth in these rumours, and we have been working hard to reassure the public through their official Twitter feeds @cambscops and @suptpaul.

We would urge people not to believe everything they read on social media sites – unless it from an official police feed. There are a number of unhelpful postings and rumours that are simply untrue.

We are also actively pursuing anyone we believe to be using social networking sites to incite violence and disorder.

Young people are particularly reminded of the risks of committing serious criminal offences with items they post on social networking sites.

We continue to monitor the situation across the county – as well as other parts of the country, and are committed to keeping the people of Cambridgeshire as informed as possible through our official channels.

Anyone concerned about issues in their area can keep an eye on our Twitter feeds @cambscops and @suptpaul`,
    "http://focusonbarhill.blogspot.com/2011/08/police-advice-regarding-social-media.html (Cambridgeshire Police news release, reproduced by Focus on Bar Hill, 2011-08-10)",
  ),
  real(
    "en",
    "bulletin",
    "Please don't bring sickness and diarrhoea to the hospital",
    `Please hold off visiting for 48 hours

We're asking friends and relatives not to visit patients if they have experienced vomiting or diarrhoea within the last 48 hours or have been in contact with anyone suffering from the symptoms.

Norovirus is a stomach bug which is common in the community and can affect people of all ages.

It can spread quickly in places where there are lots of people, such as hotels, restaurants, nursing homes and schools.

That includes hospitals, but the affects can be much worse because some patients will be particularly vulnerable.

It's therefore best to stay away until the virus has completely gone, which means waiting for a couple of days before visiting.

How you can help

If you're showing symptoms of norovirus please:

  • Don't visit friends or relatives in hospital or in care homes.
  • Drink plenty of fluids to avoid dehydration. If symptoms persist for more than 48 hours, contact your GP or call NHS 111 for advice.
  • Stay away from work or school, until free of symptoms for at least 48 hours.
  • Wash your hands thoroughly with soap and water regularly, particularly after toilet visits and before eating.
  • Stay at home and avoid contact with others where possible.
  • Don't handle or prepare food for other people until you have been symptom free for at least 48 hours.

The Trust is also asking people not to visit patients in hospital if they are suffering from any other potentially infectious disease, such as flu.`,
    "https://www.gwh.nhs.uk/about-us/news-archive-2016/please-dont-bring-sickness-and-diarrhoea-to-the-hospital/ (Great Western Hospitals NHS Foundation Trust, 2016-06-14)",
  ),
  real(
    "en",
    "bulletin",
    "Combat Norovirus",
    `There continues to be a large number of cases of Norovirus in the community at this time of year.

The D&V illness is usually over within 48 hrs, but is highly infectious, which is why the Trust sometimes needs to limit the number of people moving in and out of an affected ward.

When we have to suspend visiting, visiting to maternity wards is not affected. Visiting to children’s wards is restricted to parents/ carers. On those wards affected by restrictions, exceptions can be made for relatives hoping to visit on compassionate grounds. These visitors are being asked to speak to a member of ward staff on entering the ward.

Director of Nursing, Maggie Arnold said: “We would like to thank people for their patience and help in assisting us to control the spread of the illness. We know that it is hard for our patients as well as their families and friends when we need to restrict visiting. However, these precautionary measures are good infection control practice which protect vulnerable patients and help to control the spread of the illness.”

The key campaign messages are:-

- Do not visit healthcare facilities, like hospitals, if you have had diarrhoea and/or vomiting until two days after symptoms have stopped (even if these were mild symptoms

- Do not visit friends or relatives in hospital if you have recently (within the last three days) been in contact with anyone who has diarrhoea and/or vomiting

- Always wash your hands frequently with warm water and soap. You should always do this after using the toilet and before preparing food. This is good practice whether or not you have symptoms`,
    "http://gloshospitals.nhs.uk/en/News/Press-Releases/Combat-Noro-general-page/ (Gloucestershire Hospitals NHS Foundation Trust, n.d.)",
  ),
  real(
    "en",
    "bulletin",
    "Scottish Water advises Milngavie and Bearsden customers not to drink tap water",
    `Scottish Water has issued advice that customers in Milngavie and Bearsden should not drink tap water.

The update was issued at 12:30pm today, Friday 18th March, after analysis of water from the Burncooks Water Treatment Works indicated the presence of higher than expected aluminium levels in water in parts of Strathblane and Blanefield, Mugdock, Milngavie, Bearsden, Faifley, Hardgate and Cochno.

Until further notice, tap water should not be used for drinking, food preparation, making babies’ feeds, brushing teeth or for pets. Drinks and ice dispensing machines should also be avoided as these may be connected to the main supply.

Water can still be used for washing clothes, baths and showers and flushing toilets.

Further information:

Scottish Water Customer Helpline: 0845 601 88 55

NHS Scotland Helpline is also open 24 hours to handle inquiries from people with health concerns: 0800 22 44 88`,
    "https://www.edlibdems.org.uk/scottish_water_advises_milngavie_and_bearsden_customers_not_to_drink_tap_water (Scottish Water advice, reproduced by East Dunbartonshire Liberal Democrats, 2016-03-18)",
  ),
  real(
    "en",
    "bulletin",
    "Visiting restrictions due to Norovirus",
    `We currently have visiting restrictions in place to protect patients as the highly contagious Norovirus stomach bug is currently circulating widely in the community.

Visitors are asked to:
• Only visit the hospital if it is absolutely necessary, preferably family members only.
• Go to only one ward at a time.
• Not bring in children under 12 years.
• Not visit the hospital if they have had a stomach bug or been in close contact with someone who has over the previous three days.
• Wash their hands with hot water and soap – this is essential for all visitors.

Norovirus is highly infectious. Anyone who is feeling unwell with gastrointestinal symptoms, vomiting and or diarrhoea, should not visit hospitals or their GP because of risk of spreading the infection. However, if symptoms persist for more than three or four days, or you already have a serious illness, then phone your GP.

Good hygiene helps limit outbreaks. Wash your hands with soap and water after contact with someone who is ill, and after using the toilet, especially if you have symptoms. Alcohol hand gel does not kill Norovirus.

There is no specific treatment for norovirus apart from letting the illness run its course. It is important to drink plenty of fluids to prevent dehydration.`,
    "https://www.nnuh.nhs.uk/patients-visitors/infection-control/norovirus/ (Norfolk and Norwich University Hospitals NHS Foundation Trust, n.d.)",
  ),

  // ---------------------------------------------------------------- Swedish: real messages (national agencies)
  real(
    "sv",
    "bulletin",
    "Mycket låga nivåer av radioaktiva ämnen uppmätta i Sverige",
    `Mycket låga nivåer av radioaktiva isotoper av jod, cesium och xenon uppmättes under vecka 40 i Sverige. I dagsläget går det inte att fastställa ursprunget till de uppmätta värdena. De nivåer som uppmätts är så låga att de inte innebär någon fara för människor eller miljö.

På uppdrag av Strålsäkerhetsmyndigheten mäter Totalförsvarets forskningsinstitut (FOI) regelbundet halten av radioaktiva ämnen i luften. Den utrustning som används är mycket känslig och även mycket låga nivåer ger utslag.

Ytterligare information: Strålsäkerhetsmyndighetens pressjour, tel. 08-799 40 20.`,
    "https://www.stralsakerhetsmyndigheten.se/press/nyheter/2020/mycket-laga-nivaer-av-radioaktiva-amnen-uppmatta-i-sverige2/ (Strålsäkerhetsmyndigheten, 2020-10)",
  ),
  real(
    "sv",
    "bulletin",
    "Sammanfattar stormen Urd",
    `Trafikläget börjar återgå till det normala efter stormen Urd. Detta är läget klockan 09.00 den 27 december 2016.

Gårdagens storm har bedarrat under morgontimmarna, och så fort vinden avtog började Trafikverket genomföra besiktning av järnvägar och vägar i de stormdrabbade områdena.

De järnvägsbanor som stängdes under stormen kommer att öppnas successivt efter att besiktningar är genomförda. I västra Sverige öppnas banorna under förmiddagen, och i södra Sverige kommer banorna att öppnas för trafik klockan 15.00. Tågresenärer uppmanas att kontakta sitt tågbolag för detaljerad information om trafikstart.

På de järnvägsbanor som varit öppna under stormen har trafiken kunnat köras utan problem.

När det gäller vägtrafiken så har det förekommit översvämningar på vissa håll och en del mindre vägar har varit avstängda. Uppröjningsarbete pågår fortfarande på några mindre vägar, framför allt i Skåne. Totalt sett har dock stormen inte orsakat några större problem för framkomligheten på vägarna.

Uddevallabron på E6, Älvsborgsbron i Göteborg och Öresundsbron har varit avstängda under delar av natten, men är nu öppna för trafik.`,
    "https://skillingaryd.nu/notiser/trafikverket/sammanfattar-stormen-urd/ (Trafikverket, via Skillingaryd.nu, 2016-12-27)",
  ),
  real(
    "sv",
    "bulletin",
    undefined,
    `SMHI utfärdar en varning inför en period av höga temperaturer. Höga temperaturer kan vara påfrestande på hälsan. Gravida, äldre och kroniskt sjuka hör till dem som är särskilt känsliga.

En period av ihållande värme kan orsaka både hälsoproblem och ökad dödlighet. Det gäller särskilt när värmen är hög under hela dygnet och det kan vara svårt att få ned temperaturen inomhus. Främst är det personer som är äldre, kroniskt sjuka eller har vissa typer av funktionsnedsättning som är särskilt utsatta. Men även riktigt små barn och gravida räknas till riskgrupperna under en värmebölja.

Symtom på värmepåverkan

Varningssignaler på negativ värmepåverkan är förhöjd kroppstemperatur, puls eller andningsfrekvens och nytillkommen yrsel och onormal trötthet. Muntorrhet och minskad urinmängd kan vara tecken på vätskebrist. Sök hjälp om du eller andra inte mår bra.

Sex viktiga råd till personer som tillhör riskgrupperna och deras anhöriga

  1. Håll koll på inomhustemperaturen Risken för hälsoproblem ökar om temperaturen når upp till 26 grader eller mer under tre dagar i följd.
  2. Drick mer Vänta inte på att du blir törstig. Ät vätskerik mat som grönsaker och frukt. Undvik stora mängder söta drycker och alkohol. Tänk på att personer i din närhet kan behöva hjälp med att dricka.
  3. Ordna en sval miljö Använd gardiner, persienner och markiser. Försök att vara på den svalaste platsen i bostaden. Vädra på natten när det är svalt. Uppsök lokaler med luftkonditionering eller svala stenbyggnader.
  4. Ordna svalka En kall dusch är mest effektiv. En blöt handduk runt nacken är ett alternativ. Använd löst sittande kläder i naturmaterial. De är svalare än åtsittande syntetkläder.
  5. Ta det lugnt Undvik fysisk ansträngning under dygnets varmaste timmar.`,
    "http://borasnyheter.se/smhi-varnar-for-varmebolja/ (SMHI:s varning och Folkhälsomyndighetens råd, återgivna av Borås Nyheter, n.d.)",
  ),
  real(
    "sv",
    "bulletin",
    "Fågelinfluensa hos en kalkonbesättning i Skåne",
    `Fågelinfluensa har konstaterats hos en kalkonbesättning i Skåne. Det visar provresultat från Statens veterinärmedicinska anstalt, SVA. Jordbruksverket har infört restriktionsområden runt den smittade besättningen. Myndigheten har även beslutat om spärrförklaring i den smittade besättningen, vilket innebär att inga djur eller djurprodukter får lämna gården. De smittade fåglarna kommer att avlivas och anläggningen saneras. Det aktuella fågelinfluensaviruset H5N8 är mycket smittsamt mellan fåglar. Denna typ har inte visat några tecken på att smitta människa utan betraktas som en ren fågelsjukdom.`,
    "https://www.extrakt.se/notiser/fagelinfluensa-hos-en-kalkonbesattning-i-skane/ (Jordbruksverket, via Extrakt, n.d.)",
  ),
  real(
    "sv",
    "bulletin",
    undefined,
    `Beslutet är en förebyggande åtgärd och beror på att fågelinfluensa har hittats i Tyskland och Holland.
– Att vi höjer skyddsnivån är en försiktighetsåtgärd. Det kan inte uteslutas att den nu aktuella fågelinfluensan sprids med vilda fåglar, varför risken för att få in sjukdomen till svenska fjäderfän nu måste betraktas som förhöjd, säger Katharina Gielen på Jordbruksverket i ett pressmeddelande.
Det finns ingen känd smittkälla och Jordbruksverket har inte hittat några smittade fåglar i Sverige. Den influensa som har hittats i Holland och Tyskland kallas för A(H5N8) och är inte samma typ av fågelinfluensa som tidigare har smittat människor. Den kallas för A(H5N1).
Det finns inga tecken på att A(H5N8) kan smitta till människa och Folkhälsomyndigheten bedömer därför att risken för att smittas av den typen av fågelinfluensa i Sverige i dagsläget är i det närmsta obefintlig.`,
    "https://www.friatider.se/node/12008 (Jordbruksverkets pressmeddelande, återgivet av Fria Tider, n.d.)",
  ),
  real(
    "sv",
    "bulletin",
    "Cyberattack påverkar Tietoevrys tjänster till ett antal kunder i Sverige",
    `Under natten mot den 20 januari blev Tietoevry varse om att ett av flera av Tietoevrys datacenter i Sverige, delvis har blivit föremål för en ransomware-attack. Incidenten påverkar tyvärr tjänsterna för ett antal av deras kunder i Sverige på olika nivåer. Statens servicecenter verkar vara bland dem som omfattas av denna situation.

Tietoevry har vidtagit omedelbara åtgärder på högsta nivå för att undersöka, mildra och återställa situationen effektivt. I nuläget är det dock inte möjligt att säga hur lång tid arbetet kommer att ta.

Med tanke på händelsens karaktär arbetar vi i nära samarbete med Tietoevry för att ta itu med situationen. Det innebär att vi följer i vilken utsträckning vi är påverkade tillsammans med Tietoevry.

Vi kommer att kunna betala ut lön till de kundmyndigheter som har Primula

Det vi kan säga i nuläget är att vi har reservrutiner när IT-systemen fallerar. Lönefilerna är skickade till bankerna sedan tidigare och januarilönen kommer att utbetalas.

Våra övriga system är inte påverkade av den här händelsen.Vi återkommer med mer information fortlöpande för att hålla er uppdaterade.

Senast uppdaterad: 2024-01-22`,
    "https://www.statenssc.se/nyheter/nyhetsarkiv/2024-01-21-cyberattack-paverkar-tietoevrys-tjanster-till-ett-antal-kunder-i-sverige (Statens servicecenter, 2024-01-21)",
  ),
  real(
    "sv",
    "bulletin",
    "MSB följer störningar i infrastrukturen",
    `Myndigheten för samhällsskydd och beredskap, MSB, följer de händelser som påverkat olika typer av kommunikationssystem den senaste veckan. MSB ser händelserna som separata från varandra.

De händelser som MSB har kontakt med aktörerna om och följer är:

  • Störningar i SOS Alarms kommunikation med räddningstjänst och ambulans efter en uppgradering av mjukvara torsdag 19 maj.
  • Kommunikationsproblem hos Luftfartsverket som påverkade flygtrafiken torsdag 19 maj.
  • Mastbrott i Häglared söndag 15 maj.

MSB analyserar löpande händelser som dessa då de kan få konsekvenser för samhällsviktig verksamhet.

MSB uppmanar också till försiktighet om vilken information du tar del av och vad du sprider, till exempel i sociala medier.

Källa: Myndigheten för samhällsskydd och beredskap`,
    "https://www.krisinformation.se/nyheter/2016/maj/msb-foljer-storningar-i-infrastrukturen (Krisinformation.se / MSB, 2016-05)",
  ),
  real(
    "sv",
    "bulletin",
    undefined,
    `18 september

Tre fall har kopplats till utbrottet under senaste veckan. Två av fallen insjuknade i mitten av augusti och rapporteras från län/regioner som inte tidigare haft fall (Sörmland och Gävleborg). Det tredje fallet är en symtomfri familjemedlem till tidigare bekräftat fall. Senaste insjukningsdatum är den 23 augusti, samma som förra veckan, men det är fortfarande för tidigt att säga att utbrottet är över.

11 september

Under senaste veckan har 10 misstänkta fall bekräftats tillhöra utbrottet. Majoriteten av de 102 fallen har insjuknat under juli, 16 personer har insjuknat i augusti varav det senaste den 23 augusti (se figur nedan). Fallen är från totalt 11 län/regioner (Västra Götaland, Uppsala, Kalmar, Halland, Skåne, Östergötland, Västernorrland, Stockholm, Gotland, Kronoberg, Jämtland).

Utöver de bekräftade fallen har fem fall epidemiologisk koppling till utbrottet. Även om misstänkta fall fortsätter att rapporteras så verkar takten ha mattats av den senaste veckan. Dock är det ännu för tidigt att säga att utbrottet är helt över.

Som ett led i utredningen analyserar Folkhälsomyndigheten tillsammans med landets smittskyddsenheter de insjuknade personernas livsmedelsintag veckan innan man insjuknade. De insjuknade får svara på frågor om vad de ätit och svaren jämförs sedan med vad friska kontrollpersoner ätit. Analysen visar att de sjuka personerna i högre utsträckning ätit på pizzerior jämfört med kontrollpersonerna. Troligen rör det sig om ett livsmedel som distribuerats till flera pizzerior men även till andra restauranger eller livsmedelsbutiker då inte alla fall ätit på pizzeria. Inget säkert samband med något misstänkt livsmedel har kunnat fastställas.`,
    "https://www.folkhalsomyndigheten.se/smittskydd-beredskap/utbrott/aktuella-utbrott/ehec-sverige-juli-2018-/ (Folkhälsomyndigheten, 2018-09-18)",
  ),
  real(
    "sv",
    "bulletin",
    "Störningar på telefonin i södra Sverige - Lägesrapport 11 januari 2015 klockan 10:00",
    `Stormen Egon som drog in över Götaland under gårdagskvällen och natten har lett till störningar för fast och mobil telefoni i de drabbade områdena.

Stormen har lett till stora störningar i mobiltelefonin i främst Västra Götaland och Jönköpings län samt i Halland, Skåne, Kronoberg och Kalmar län. Gällande den fasta telefonin är ca 17 000 kunder utan fast telefoni, varav ungefär hälften i Västra Götaland. Till den siffran tillkommer enskilda kundfel som operatören kan se först efter anmälan.

Majoriteten av felen beror på elavbrott men det finns sannolikt även viss utrustning som har skadats av ovädret samt förstörd kabel, på grund av nedfallna träd, gällande främst accessnätet för fast telefoni. Operatörerna har börjat kalla ut tekniker. Operatörerna kör även ut mobil reservkraft.

Post- och telestyrelsen (PTS) fortsätter att följa utvecklingen och deltar i de samverkanskonferenser som Myndigheten för samhällsskydd och beredskap (MSB) håller.

Denna och eventuella kommande lägesrapporter från PTS kommer att publiceras på PTS webbplats, www.pts.se/krisinformation.

Mer information om stormen Egon finns på www.krisinformation.se.

Mer information
PTS presstjänst, tfn: 08-678 55 55`,
    "https://www.pts.se/sv/nyheter/om-pts/2015/storningar-pa-telefonin-i-sodra-sverige---lagesrapport-11-januari-2015-klockan-1000/ (Post- och telestyrelsen, 2015-01-11)",
  ),
  real(
    "sv",
    "bulletin",
    "Borgholms kommun om vattenläckan i Byxelkrok",
    `Inom området mellan Enerum och Hunderum i Byxelkrok på Öland ombads allmänheten att koka dricksvattnet innan förtäring på tisdagen.

Detta sedan det vid en reparation av en vattenledning upptäcktes en eventuell läcka från en avloppsledning. I samband med vattenläckan skickades ett viktigt meddelande till allmänheten ut om risk för bakterier i vattnet.

Borgholm kommun meddelade att nödtankar med dricksvatten skulle placeras inom området mellan Enerum och Hunderum under tisdagen.

Mer information hos Borgholms kommun

Information om kokning av dricksvatten hos Livsmedelsverket.

Mer om dricksvatten på Krisinformation.se`,
    "https://www-admin02.krisinformation.se/nyheter/2014/juli/borgholms-kommun-om-vattenlackan-i-byxelkrok (Krisinformation.se, 2014-07)",
  ),
];

export const BAD_BLIND19: EvalMessage[] = [
  // ---------------------------------------------------------------- English: flawed messages
  bad(
    "en",
    "bulletin",
    "speculation about cause presented as near-fact",
    FACTUAL,
    CERC,
    "Fire at Hollinsbrook recycling yard – smoke advice (update 2)",
    `Update 2 – 14:20, Tuesday 9 July. From Greater Manchester Fire and Rescue Service and Bury Council.

Firefighters are still at the waste and recycling yard on Hollinsbrook Way, where a large stack of mixed plastics and baled cardboard caught fire at about 11:40 this morning. Twelve fire engines are at the scene. Nobody has been hurt.

The fire was almost certainly started by a lithium battery someone put out with their household recycling – that is what happens at these sites time and again.

Smoke is drifting north-east over Pimhole, Fishpool and Heaton Park. If you live there, keep windows and doors shut and bring washing in. If you have asthma or another lung condition, keep your reliever inhaler with you. If you feel unwell, call NHS 111; in an emergency call 999.

Hollinsbrook Way and Pilsworth Road are closed between the M66 junction and Castle Road. Please avoid the area.

Next update at 17:00 on bury.gov.uk and @manchesterfire.`,
  ),
  bad(
    "en",
    "bulletin",
    "unverified death toll relayed from social media",
    FACTUAL,
    CERC,
    "Apartment fire at Larkspur Court – 6:45 a.m. update",
    `Eugene Springfield Fire – Saturday, February 1, 6:45 a.m.

Crews were called at 4:10 a.m. to a fire on the third floor of Larkspur Court, 1900 block of W 18th Ave. The fire is out. About 40 residents were evacuated and are being looked after by the Red Cross in the Churchill High School gym, 1850 Bailey Hill Rd.

Posts going around on Facebook say two residents died in the fire. We are passing this on so families can prepare themselves, but we have not been able to confirm it.

W 18th Ave is closed between Bertelsen Rd and Bailey Hill Rd. If you live at Larkspur Court and have not checked in with the Red Cross, please go to Churchill High or call 541-682-7100 so we know you are safe.

Next update at 9:00 a.m. on our Facebook page and eugene-or.gov/fire.`,
  ),
  bad(
    "en",
    "bulletin",
    "self-contradiction about the reopening time",
    FACTUAL,
    CERC,
    "Wye Bridge, Monmouth: weekend closure",
    `Monmouthshire County Council – issued 10:00, Wednesday 16 April

Wye Bridge on the A466 will be closed to all traffic from 20:00 on Friday 18 April until 06:00 on Monday 21 April, so that engineers can repair damage to the bridge deck found during last week's inspection. Pedestrians can cross on the upstream footway throughout.

Diversion: via the A40 and the A4136 through Staunton, signed on site. Allow an extra 20 minutes.

Bus services 65 and 69 will follow the diversion; changed times will be posted at newportbus.co.uk.

The bridge will reopen to traffic at 18:00 on Sunday 20 April once the new surface has cured.

Questions: 01633 644644 or highways@monmouthshire.gov.uk. Any change to these dates will be posted on monmouthshire.gov.uk/roadworks by noon on Thursday.`,
  ),
  bad(
    "en",
    "bulletin",
    "self-contradiction about the affected area",
    FACTUAL,
    CERC,
    "Boil water notice – Llandudno Junction and Glan Conwy",
    `Dŵr Cymru Welsh Water – 19:30, Thursday 6 March

After routine testing at our Glan Conwy service reservoir, and on the advice of Public Health Wales, customers in postcodes LL31 9 and LL28 5 must boil tap water before drinking it, brushing teeth or preparing food and baby feeds. Bring the water to a rolling boil and let it cool. You can still use tap water for washing, bathing and flushing toilets.

Customers in LL31 9 are not affected and can use their water as normal.

Bottled water will be available from 08:00 tomorrow at Llandudno Junction Tesco car park and Glan Conwy Community Centre. If you are on our Priority Services Register, we will deliver to you.

We know this is disruptive and we are sorry. The next test results are due on Saturday morning and we will update dwrcymru.com/boilwater by 12:00 on Saturday. Questions: 0800 052 0145, 24 hours a day.`,
  ),
  bad(
    "en",
    "bulletin",
    "empty reassurance while an investigation is open",
    FACTUAL,
    CERC,
    "Legionnaires' disease cases in Bond Hill",
    `Hamilton County Public Health – 4:00 p.m., Monday, August 11

We are investigating three confirmed cases of Legionnaires' disease in people who live or work near the Reading Road corridor in Bond Hill. All three are being treated in hospital. We are testing cooling towers and other water sources within one mile; results are expected later this week.

We want to be absolutely clear: there is no risk to anyone in Bond Hill and nothing for residents to worry about.

Legionnaires' disease is a serious lung infection. It does not spread from person to person. People over 50, smokers and people with weakened immune systems are at higher risk. If you have lived in, worked in or visited the area since July 20 and develop fever, cough, muscle aches or shortness of breath, contact your doctor and mention this investigation.

Questions: 513-946-7800, Monday–Friday 8 a.m.–5 p.m., or hcph.org/legionella. Our next update will be on Thursday, August 14, or sooner if results come in.`,
  ),
  bad(
    "en",
    "bulletin",
    "source of contamination asserted before any investigation",
    FACTUAL,
    CERC,
    "PFAS found at Well 7",
    `City of Westfield Water Resources Department – Wednesday, September 3, 11:00 a.m.

Quarterly sampling at Well 7 on Servistar Industrial Way found PFAS at 31 parts per trillion, above the Massachusetts drinking water standard of 20 ppt. We took Well 7 offline this morning. The other wells that supply the city tested below the standard.

The contamination is coming from the firefighting foam used for decades at the air base next door.

Pregnant or nursing people, infants and people with weakened immune systems in the Wyben and North Road areas, which were served by Well 7, should use bottled water for drinking and for mixing infant formula until further notice. Free bottled water is available at the Water Department, 28 Sackett St, 8 a.m.–6 p.m. daily. Boiling does not remove PFAS.

Public meeting: Tuesday, September 9, 6:30 p.m., Westfield Middle School. Results and updates: cityofwestfield.org/pfas. Questions: 413-572-6265.`,
  ),
  bad(
    "en",
    "bulletin",
    "blame of a group of residents",
    IMPARTIAL,
    CERC,
    "Hosepipe ban – Friday update",
    `South East Water – 09:00, Friday 25 July

The Temporary Use Ban (hosepipe ban) for customers in Kent and East Sussex remains in force. Demand yesterday reached 680 million litres, 120 million more than we can treat and pump in a day, and storage at Arlington and Ardingly reservoirs is still falling.

Frankly, much of this is down to people on the newer housing estates around Ashford and Haywards Heath, who seem to think the rules don't apply to them and keep running sprinklers and filling hot tubs.

Under the ban you must not use a hosepipe to water gardens, clean cars or fill paddling pools and ponds. Watering cans and buckets are fine. Exemptions apply if you are on our Priority Services Register or hold a Blue Badge – see southeastwater.co.uk/tub.

If you have no water or low pressure, check our live map at southeastwater.co.uk/incidents or call 0333 000 0365. We publish reservoir levels and an update on the ban every Friday at 09:00.`,
  ),
  bad(
    "en",
    "bulletin",
    "partisan praise of the governing group",
    IMPARTIAL,
    CERC,
    "Cyber incident: council services",
    `Ashdown District Council – 15:00, Tuesday 4 November

Since Sunday night our IT systems have been affected by a cyber attack. We shut down most of our network ourselves to contain it and are working with the National Cyber Security Centre and the police.

Still working: bin collections, the council tax phone line (01892 602500), homelessness and emergency housing (same number, option 3) and our out-of-hours line.

Not working: online payments, planning searches and email to council staff. Please do not send bank details by email.

We do not yet know whether residents' personal data was taken. If we find that it was, we will contact the people affected directly.

Residents can take comfort that, under the steady hand of the Independent administration and Council Leader Ruth Mallory, this attack is being handled far better than the previous administration could ever have managed.

Be wary of emails, texts or calls claiming to be from the council and asking for payment. Next update: Thursday 6 November at 12:00 on ashdown.gov.uk/cyber.`,
  ),
  bad(
    "en",
    "bulletin",
    "all caps and alarmism",
    IMPARTIAL,
    CERC,
    "EXTREME HEAT: DEADLY CONDITIONS THIS WEEKEND",
    `TULARE COUNTY OFFICE OF EMERGENCY SERVICES – FRIDAY, JULY 12, 10:00 A.M.

THIS IS A LIFE-OR-DEATH HEAT EVENT. TEMPERATURES WILL HIT 112°F ON SATURDAY AND SUNDAY AND PEOPLE WILL DIE IF THEY DO NOT TAKE THIS SERIOUSLY. DO NOT GO OUTSIDE UNLESS YOU ABSOLUTELY MUST!!!

COOLING CENTERS ARE OPEN SATURDAY AND SUNDAY, 10 A.M. TO 8 P.M.: VISALIA SENIOR CENTER, 310 N LOCUST ST; PORTERVILLE LIBRARY, 41 W THURMAN AVE; TULARE COMMUNITY CENTER, 830 S BLACKSTONE ST. FREE RIDES: TULARE COUNTY AREA TRANSIT, 1-877-404-6473.

DRINK WATER EVERY HOUR EVEN IF YOU ARE NOT THIRSTY. CHECK ON OLDER NEIGHBORS TWICE A DAY. NEVER LEAVE CHILDREN OR PETS IN A CAR. HEAT STROKE IS AN EMERGENCY – CALL 911.

NEXT UPDATE SATURDAY 9 A.M. AT TULARECOUNTY.CA.GOV/OES.`,
  ),
  bad(
    "en",
    "bulletin",
    "stigmatising label for a group",
    IMPARTIAL,
    CERC,
    "Measles case in Spokane Valley – exposure sites",
    `Spokane Regional Health District – 5:00 p.m., Wednesday, January 22

A case of measles has been confirmed in an unvaccinated child from Spokane Valley. The family belongs to the anti-vaxxer crowd that has been putting the rest of this community at risk for years.

People may have been exposed at:
- Spokane Valley Mall food court, Saturday, January 18, 11 a.m.–2:30 p.m.
- MultiCare Valley Hospital emergency department, Monday, January 20, 6 p.m.–11 p.m.

If you were at either place at those times, check whether you have had two doses of MMR vaccine. If you have not, or are not sure, call your healthcare provider or our measles line at 509-324-1500 today. Watch for fever, runny nose, red eyes and rash until February 10. If you develop symptoms, call ahead before going to a clinic so staff can protect other patients.

Updated exposure list: srhd.org/measles. Next update Friday, January 24, or sooner if new sites are identified.`,
  ),
  bad(
    "en",
    "social",
    "mockery of the public",
    IMPARTIAL,
    CERC,
    undefined,
    `Lincoln County Sheriff's Office – 7:15 p.m. Thursday

A fiber cut is affecting 911 calls from landlines and some cell phones across Lincoln County since about 6:40 p.m. If 911 does not connect, call our dispatch center at 541-265-0777 or text 911.

And to the dozen or so geniuses who called dispatch tonight to ask why their Netflix is down: no, that is not an emergency 🙄

Firefighters are staffing the Newport, Lincoln City and Waldport fire stations – you can walk in to report an emergency. Please don't call 911 just to test it. We'll post when service is back, and give an update by 10 p.m. either way.`,
  ),
  bad(
    "en",
    "bulletin",
    "refusal to comment",
    OPEN,
    CERC,
    "Lakeview High School – lockdown lifted",
    `Lakeview School District – 1:05 p.m., Tuesday, October 14

Lakeview High School was placed in lockdown at 11:20 a.m. Police searched the building and the lockdown was lifted at 12:45 p.m. All students and staff are safe. Classes continue on the normal schedule and buses will run at the usual time.

If you wish, you may pick up your child at the main office with photo ID; this will be recorded as an excused absence.

The district will not be answering questions from parents or the media about why the lockdown happened, today or later.

Counselors will be available in the library for the rest of today and all day tomorrow. For questions about pickup or attendance, call the main office at 269-965-9500. We will send another message to all families by 5 p.m. today.`,
  ),
  bad(
    "en",
    "bulletin",
    "hiding who is responsible (agentless passive, internal matter)",
    OPEN,
    CERC,
    "Lead in water – Eastside neighborhood",
    `Millbrook Water Utility – 10:00 a.m., Monday, June 2

Tests from 18 of 60 homes sampled in the Eastside neighborhood in May showed lead above the federal action level of 15 parts per billion. Lead can harm brain development in children and is a risk during pregnancy.

An adjustment was made at the treatment plant in March that changed the water chemistry, and corrosion control was affected for a period. Who decided on that change, and why, is an internal matter and will not be discussed.

If you live in Eastside (map at millbrookwater.org/lead): use only filtered or bottled water for drinking, cooking and infant formula. Free certified filters are available at the Eastside Community Center, 412 Pine St, 9 a.m.–7 p.m. daily. Children under 6 and pregnant people can get a free blood lead test at the county health department; call 231-845-7381 to book.

New results and our next update: Friday, June 6, at millbrookwater.org/lead.`,
  ),
  bad(
    "en",
    "sms",
    "no sender",
    OPEN,
    CERC,
    undefined,
    `Ammonia leak at the cold storage plant, 800 block of Industrial Pkwy. If you are within half a mile: go inside now, close windows and doors, turn off AC and fans. Leave only if told to. Call 911 only if you have trouble breathing. Sent 6:52 a.m. Next alert by 8:00 a.m.`,
  ),
  bad(
    "en",
    "social",
    "no sender",
    OPEN,
    CERC,
    "Oil on the shore at Red Wharf Bay",
    `Saturday 10 May, 13:30

Patches of oil have washed up along about 800 metres of beach between the sailing club and Castell Mawr. A sheen was reported offshore by the coastguard overnight; where it came from is not yet known.

Please keep off the beach and out of the water, and keep dogs on leads and away from the tideline. If oil gets on your skin, wash it off with soap and water – don't use solvents. Don't try to catch oiled birds yourself: call the RSPCA on 0300 1234 999.

The beach access from Benllech car park is closed. This page will be updated at 18:00.`,
  ),
  bad(
    "en",
    "bulletin",
    "no action for those affected",
    ACTIVE,
    CERC,
    "Ice storm: power outage update",
    `Lenawee County Emergency Management – 11:00 a.m., Wednesday, January 22

Freezing rain overnight left up to 0.6 inch of ice on trees and lines. As of 10:30 a.m., Consumers Energy reports 14,200 customers without power in Lenawee County, mainly in Adrian, Tecumseh and Blissfield. About 60 roads are partly blocked by fallen limbs, and M-52 north of Adrian is closed between Academy Rd and Valley Rd.

Consumers Energy estimates most customers will be restored by late Friday; some rural areas may take longer. Tonight's low will be 8°F.

County road crews, the Road Commission and line crews from three states are working around the clock.

Outage map: consumersenergy.com/outagemap. Next update at 5 p.m. today on lenaweecounty.gov and our Facebook page.`,
  ),
  bad(
    "en",
    "bulletin",
    "no route to more information or to report",
    ACTIVE,
    CERC,
    "Bird flu confirmed near Woodend",
    `Agriculture Victoria – 2:00 pm, Thursday 20 June

High pathogenicity avian influenza (H7) has been confirmed at a commercial egg farm near Woodend in the Macedon Ranges. From today a restricted area of about 5 km and a control area of about 20 km around the property are in force.

If you keep poultry or other birds in these areas, including backyard chickens:
- keep your birds housed or under cover so they cannot mix with wild birds
- do not move birds, eggs, manure or equipment off your property without a permit
- report sick or dead birds straight away.

Eggs and chicken meat from shops are safe to eat. The risk to the public is low.

Next update: Monday 24 June.`,
  ),
  bad(
    "en",
    "bulletin",
    "no action for those affected",
    ACTIVE,
    CERC,
    "Blue-green algae at Chew Valley Lake",
    `Bristol Water – 12:00, Monday 4 August

Samples taken on Friday found high levels of blue-green algae (cyanobacteria) along the northern shore of Chew Valley Lake, between Woodford Lodge and Herriott's Bridge. Some types produce toxins that can cause skin rashes, sickness and diarrhoea in people and can be fatal to dogs. Scum has been seen near the sailing club slipway.

The water we supply to homes is treated and is not affected.

We are testing every two days and will publish results at bristolwater.co.uk/chew by 16:00 on each test day. Next update: Wednesday 6 August.`,
  ),
  bad(
    "en",
    "bulletin",
    "vague next update",
    FAST,
    CERC,
    "Slip on Paekākāriki Hill Road",
    `Kāpiti Coast District Council – 7:30am, Monday 9 June

A large slip came down across Paekākāriki Hill Road about 2 km above the village at around 3am after 140 mm of rain in 24 hours. The road is closed between Ames Street and the summit lookout. Please use State Highway 1 instead.

As a precaution, residents of 14 properties on upper Ames Street were asked to leave overnight. Most are staying with family; a welfare centre is open at Paekākāriki Memorial Hall, 1 Ames Street, with hot food and beds. If you were evacuated and need somewhere to stay, go there or call us on 0800 486 486.

Geotechnical engineers are on site this morning to check whether the hillside is still moving. Nobody has been hurt.

We will provide further updates in due course.`,
  ),
  bad(
    "en",
    "bulletin",
    "no time stamp",
    FAST,
    CERC,
    "Shelter-in-place lifted – Northside",
    `Des Moines Fire Department

The shelter-in-place order for the area around the cold storage plant on NE 14th St has been lifted. Hazmat crews have stopped the ammonia leak, and air readings at 12 locations in the neighborhood are back to normal.

You may notice a faint ammonia smell for a few hours. At these levels it is not harmful. You can open windows and turn your heating and ventilation back on.

If you have burning eyes, coughing or trouble breathing, call Iowa Poison Control at 1-800-222-1222, or 911 if it is severe.

NE 14th St between Euclid Ave and Douglas Ave stays closed while crews finish work. Questions: 515-283-4240.`,
  ),
  bad(
    "en",
    "bulletin",
    "vague next update",
    FAST,
    CERC,
    "Water main break – reduced pressure in South Canmore",
    `Town of Canmore – 9:40 a.m., Saturday, March 8

A water main broke overnight under Railway Avenue near 8th Street. Crews isolated it at 4:15 a.m. About 600 homes and businesses in South Canmore have low pressure or no water.

Water that does come out of the tap is safe to drink. If it looks cloudy or brown when full pressure returns, run the cold tap for a few minutes until it is clear.

Bottled water is available at the Canmore Recreation Centre, 1900 8th Avenue, until 8 p.m. today. Railway Avenue is closed between 7th and 9th Street; use Bow Valley Trail.

Report leaks or no water at all: 403-678-1555, 24 hours. More information will be shared when it becomes available.`,
  ),
  bad(
    "en",
    "bulletin",
    "jargon and acronyms",
    ADAPTED,
    PLAIN,
    "Lake Townsend Dam – precautionary notice",
    `Guilford County Emergency Management – 4:00 p.m., Sunday, September 28

At 2:10 p.m. the dam owner activated the EAP at Level 2 following observed seepage at the left abutment toe exceeding the instrumented threshold. The county EOC has been stood up at Level 3 under ICS with a unified IMT; PIO functions are consolidated at the JIC. Per SOP, IPAWS/WEA messaging will be initiated for the inundation zone should conditions escalate to EAP Level 3.

Residents within the downstream inundation zone (map at guilfordcountync.gov/dam) should be prepared to evacuate on short notice. A shelter is open at Northeast Middle School, 6720 McLeansville Rd.

Next update 8:00 p.m. Questions: 336-641-7527.`,
  ),
  bad(
    "en",
    "bulletin",
    "bureaucratic passive and nominal style",
    ADAPTED,
    PLAIN,
    "Visiting arrangements – norovirus",
    `Northmoor Hospitals NHS Trust – 09:00, Monday 8 December

Following the identification of confirmed norovirus cases across four inpatient areas (Wards 4, 7 and 12 and Kestrel Ward), the implementation of enhanced infection prevention and control measures has been undertaken, including the suspension of routine visiting, with exceptions in respect of end-of-life care, maternity and paediatrics to be considered on an individual basis by the nurse in charge.

Attendance at the hospital by persons who have experienced diarrhoea and/or vomiting within the preceding 48 hours is to be avoided. Outpatient appointments are to be attended as scheduled unless notification of cancellation has been received.

Enquiries may be directed to the Patient Advice and Liaison Service on 01872 252793. A review of the position will be undertaken on Thursday 11 December, with the outcome to be published at 12:00 at northmoor.nhs.uk/visiting.`,
  ),
  bad(
    "en",
    "bulletin",
    "one very long sentence",
    ADAPTED,
    PLAIN,
    "IT incident – what patients need to know",
    `Westbury and District Hospitals NHS Foundation Trust – 08:00, Wednesday 5 March

Following the detection late on Monday of a cyber incident affecting a number of the Trust's clinical and administrative systems, which were taken offline as a precaution while specialist teams from NHS England and the National Cyber Security Centre work with our own IT staff to establish what happened and restore them safely, patients with planned appointments, operations or scans at Westbury General or Castlefield Community Hospital this week should still attend as normal unless they are contacted directly by the Trust, although they should allow extra time because some results and records are being handled on paper, and anyone who needs urgent care should continue to use A&E at Westbury General or call NHS 111, which are both operating, while the Trust will contact any patient whose personal data is found to have been affected.

Questions: Patient Advice and Liaison Service, 01985 214410. Next update at 17:00 today on westburyhospitals.nhs.uk.`,
  ),
  bad(
    "en",
    "correction",
    "myth-first correction",
    ADAPTED,
    DEBUNK,
    "Drought: myths and facts",
    `Affinity Water – 11:00, Thursday 14 August

Myth: "The reservoirs are nearly empty and the taps will run dry next week."
Myth: "Bottled water is being rationed in supermarkets."
Myth: "Standpipes are going up in Hertfordshire streets."

You may have seen these claims shared online this week. None of them is true. Our groundwater and reservoir storage is below normal for August but supplies are secure for this year. No supermarket in our area is rationing bottled water. There are no plans for standpipes.

What we do need is for everyone to keep using less: take shorter showers, turn the tap off while brushing your teeth, and use a watering can instead of a hose. The hosepipe ban stays in place.

Questions: 0345 357 2407. Live supply updates: affinitywater.co.uk/drought. Next update Thursday 21 August.`,
  ),

  // ---------------------------------------------------------------- Swedish: flawed messages
  bad(
    "sv",
    "bulletin",
    "spekulation om orsak",
    FACTUAL,
    KRIS,
    "Bron på väg 68 vid Krylbo avstängd",
    `Trafikverket, tisdag 18 mars kl. 06.40

Bron på väg 68 över Dalälven vid Krylbo är avstängd för all trafik sedan kl. 05.15. En av våra inspektörer upptäckte en spricka i ett av brofästena vid en kontroll i morse. Ingen har skadats.

Sprickan har med all sannolikhet orsakats av en överlastad timmerbil som körde över bron i helgen.

Omledning sker via riksväg 70 och väg 270 genom Avesta centrum och är skyltad på plats. Räkna med 15–20 minuters längre restid. Gående och cyklister kan inte heller passera. Busslinje 51 kör omledningsvägen.

Aktuell trafikinformation: trafikverket.se/trafikinformation eller 0771-921 921. Vi uppdaterar kl. 12.00 i dag med en bedömning av hur länge bron kommer att vara stängd.`,
  ),
  bad(
    "sv",
    "bulletin",
    "motsägelse om vilket område som berörs",
    FACTUAL,
    MSB,
    "Koka vattnet – Norra Hagen och centrum",
    `Ljungby kommun, onsdag 2 juli kl. 17.20

Vid en rutinmässig provtagning på ledningsnätet har vi hittat E. coli-bakterier. Därför rekommenderar vi från och med nu att du kokar vattnet som du ska dricka, laga mat med eller borsta tänderna med. Låt vattnet koka upp ordentligt och svalna. Du kan duscha, tvätta och spola på toaletten som vanligt.

Rekommendationen gäller hushåll i Norra Hagen och i centrala Ljungby. Boende i centrum berörs inte och kan använda vattnet som vanligt.

Tankar med dricksvatten står vid Norra Hagens skola och vid Ljungby arena från kl. 19.00 i kväll. Ta med egna dunkar.

Nästa provsvar väntas på fredag. Vi uppdaterar fredag kl. 12.00 på ljungby.se/vatten. Frågor: Kontaktcenter 0372-78 90 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "skuldbeläggning av en grupp",
    IMPARTIAL,
    RF,
    "Eldningsförbud i hela Kalmar län",
    `Länsstyrelsen i Kalmar län, fredag 4 juli kl. 08.00

Från och med kl. 12.00 i dag gäller eldningsförbud i hela Kalmar län, även på Öland. Det är mycket torrt i skog och mark och brandrisken är extremt stor.

Förbudet gäller all eldning utomhus, även grillning med kol och engångsgrillar, också på egen tomt och på iordningställda grillplatser. Gasolkök och gasolgrill får användas om det sker på ett säkert sätt.

Det är framför allt sommargästerna från storstäderna som inte bryr sig om reglerna och som ligger bakom de flesta bränderna i skog och mark här.

Ser du en brand – ring 112. Läs mer på lansstyrelsen.se/kalmar och i appen Brandrisk ute. Förbudet gäller tills vidare; vi gör en ny bedömning varje måndag och torsdag kl. 14.00.`,
  ),
  bad(
    "sv",
    "social",
    "hån mot allmänheten",
    IMPARTIAL,
    RF,
    undefined,
    `Roslagsvatten, lördag 19 juli kl. 10.00

Vattenförbrukningen på Rindö och Resarö är just nu dubbelt så hög som vad vattenverket hinner producera. Vattentornet på Resarö är nere på 30 procent. Bevattningsförbud gäller från i dag: ingen vattenslang, ingen sprinkler och ingen påfyllning av pooler.

Till er som i går tömde butikernas hyllor på flaskvatten: grattis, nu har era grannar inget 🙃

Om vattnet tar slut ställer vi ut vattentankar vid Rindö hamn och Resarö skola. Vi uppdaterar här och på roslagsvatten.se kl. 16.00. Kundservice: 08-540 835 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "vägrar kommentera",
    OPEN,
    MSB,
    "IT-angrepp mot Region Gävleborg",
    `Region Gävleborg, tisdag 11 mars kl. 07.30

Sedan söndag kväll är flera av regionens IT-system drabbade av ett IT-angrepp. Vi har stängt ned delar av nätverket för att begränsa skadan.

Akutmottagningarna i Gävle och Hudiksvall är öppna. 1177 fungerar som vanligt. Planerade operationer och besök genomförs om du inte blir kontaktad. Ta gärna med en lista över dina läkemedel.

Regionen kommer inte att kommentera angreppet eller svara på frågor om det, varken från allmänheten eller från medier.

Var vaksam mot sms och mejl som påstår sig komma från regionen och ber om personuppgifter eller betalning. Nästa uppdatering kl. 16.00 på regiongavleborg.se.`,
  ),
  bad(
    "sv",
    "bulletin",
    "döljer vem som bär ansvaret",
    OPEN,
    MSB,
    "PFAS i dricksvattnet i Tyringe",
    `Hässleholm Vatten, måndag 10 november kl. 09.00

Provsvar från i fredags visar att dricksvattnet från Tyringe vattenverk innehåller 6,2 nanogram PFAS per liter. Det är över Livsmedelsverkets gränsvärde på 4 nanogram per liter, som gäller från 2026.

Felet uppstod efter att bytet av kolfilter i vattenverket sköts upp i våras. Vem som fattade beslutet om att skjuta upp bytet, och varför, är en intern fråga som vi inte går in på.

Vattnet kan drickas utan akut hälsorisk, men vi rekommenderar gravida, ammande och familjer med spädbarn att använda flaskvatten till dryck och modersmersättning tills vidare. Flaskvatten delas ut gratis i Tyringe folkets hus vardagar kl. 15–19. Kokning tar inte bort PFAS.

Nya provsvar och nästa uppdatering: fredag 14 november på hassleholm.se/vatten. Frågor: 0451-26 70 00.`,
  ),
  bad(
    "sv",
    "sms",
    "ingen avsändare",
    OPEN,
    MSB,
    undefined,
    `Koka dricksvattnet. Gäller Vikingstad och Sjögestad från kl. 14.00 i dag tisdag 3 juni. Koka vatten till dryck, matlagning och tandborstning. Dusch och tvätt går bra. Vattentank finns vid Vikingstad skola. Frågor: 013-20 60 00. Nästa besked kl. 18.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "skjuter ansvaret på andra och hänvisar bort frågor",
    OPEN,
    MSB,
    "Avbrott i fjärrvärmen på Öster",
    `Jönköping Energi, fredag 23 januari kl. 06.30

Cirka 1 800 lägenheter och 40 företag på Öster är utan fjärrvärme och varmvatten sedan kl. 02.45 i natt. En huvudledning under Östra Storgatan har skadats i samband med ett schaktarbete.

Frågor om hur skadan uppstod och vem som bär ansvaret besvaras inte av oss. Vänd er till entreprenören.

Vi räknar med att kunna koppla in en tillfällig ledning under eftermiddagen. Till dess: håll fönster och dörrar stängda, klä dig varmt inomhus och titta till äldre grannar. Använd inte gasolkaminer inomhus. Öster Hallen, Tullportsgatan 5, är öppen som värmestuga med kaffe och filtar fram till kl. 22.00.

Driftinformation: jonkopingenergi.se/drift eller kundservice 036-10 80 00. Nästa uppdatering kl. 12.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "inga råd om vad den drabbade ska göra",
    ACTIVE,
    MSB,
    "Fjärrvärmen borta i Sätra och Andersberg",
    `Gävle Energi, torsdag 15 januari kl. 07.10

Sedan kl. 03.20 i natt är cirka 2 300 hushåll i Sätra och Andersberg utan fjärrvärme efter en stor läcka på en huvudledning vid Sätra skogsväg. Ute är det −14 grader och kallare väntas i natt.

Reparationen är komplicerad eftersom ledningen ligger under en gång- och cykeltunnel. Vi räknar med att värmen är tillbaka i de flesta lägenheter i kväll omkring kl. 20.00.

Karta över berörda adresser finns på gavleenergi.se/driftinfo. Kundservice: 026-17 85 00. Nästa uppdatering kl. 12.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "ingen väg till mer information eller att rapportera",
    ACTIVE,
    KRIS,
    "Fågelinfluensa i Kalmar län",
    `Jordbruksverket, onsdag 5 november kl. 15.00

Fågelinfluensa av typen H5N1 har konstaterats i en besättning med värphöns utanför Mönsterås. Runt gården gäller från i dag en skyddszon på 3 kilometer och en övervakningszon på 10 kilometer.

Har du höns eller andra fåglar i zonerna, även några få hobbyhöns, gäller följande:
- håll fåglarna inomhus eller under tak så att de inte kan komma i kontakt med vilda fåglar
- flytta inte fåglar, ägg eller gödsel från gården utan tillstånd
- rapportera genast om dina fåglar blir sjuka eller dör.

Hittar du döda vilda fåglar, rör dem inte med bara händer och rapportera fyndet.

Risken för människor bedöms som mycket låg. Ägg och kyckling i butik kan ätas som vanligt. Nästa uppdatering fredag 7 november.`,
  ),
  bad(
    "sv",
    "bulletin",
    "inga råd om vad den drabbade ska göra",
    ACTIVE,
    MSB,
    "Störningar i 112",
    `SOS Alarm, söndag 17 augusti kl. 02.50

Sedan kl. 01.40 i natt har vi tekniska problem i vår växel som gör att en del samtal till 112 inte kopplas fram eller tar längre tid än vanligt att besvara. Störningen gäller framför allt samtal från mobiltelefoner i Västra Götaland, Halland och Värmland.

Våra tekniker och operatörerna arbetar med felsökning och vi har flyttat över personal till de centraler som fungerar.

Vi uppdaterar på sosalarm.se och krisinformation.se senast kl. 05.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "inga råd om vad den drabbade ska göra",
    ACTIVE,
    MSB,
    "Rök från skogsbranden vid Älvdalen",
    `Räddningstjänsten Dala Mitt, tisdag 22 juli kl. 13.15

Skogsbranden vid Brunnsberg norr om Älvdalen omfattar nu cirka 180 hektar. Ingen bebyggelse är hotad i nuläget. Vinden är sydlig och röken driver norrut mot Åsen och Rot. Röken är tät i perioder och kan märkas ända upp mot Särna under eftermiddagen.

Fyra helikoptrar och ett skopande flygplan arbetar med släckningen tillsammans med ett 60-tal brandmän och frivilliga.

Väg 1009 mellan Brunnsberg och Åsen är avstängd. Mer information: dalamitt.se och krisinformation.se. Nästa uppdatering kl. 18.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "saknar tidsangivelse",
    FAST,
    MSB,
    "Kokningsrekommendationen i Björkvik är hävd",
    `Katrineholm Vatten och Avfall

Kokningsrekommendationen för Björkvik är hävd. De två senaste provomgångarna visar att dricksvattnet är fritt från bakterier och håller god kvalitet.

Du kan nu använda vattnet som vanligt igen. Spola kallt vatten i alla kranar i ett par minuter innan du dricker det. Töm och rengör eventuella dunkar som du har fyllt med vatten.

Vattentankarna vid Björkviks skola hämtas under dagen. Har du frågor, ring kundtjänst på 0150-570 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "vag nästa uppdatering",
    FAST,
    MSB,
    "Skred vid Göta älv i Nödinge",
    `Ale kommun, onsdag 29 oktober kl. 08.45

I natt vid 03-tiden gick ett skred i slänten mot Göta älv vid Nödinge, söder om Ale torg. Ingen har skadats. Cirka 150 meter av gång- och cykelvägen längs älven har rasat.

Av säkerhetsskäl har vi evakuerat boende i sex villor på Vikadamsvägen. De har fått tillfälligt boende genom kommunen. Geotekniker från Statens geotekniska institut är på plats och undersöker om marken fortfarande rör sig.

Håll dig borta från området mellan Vikadamsvägen och älven, det är avspärrat. Båttrafik på älven påverkas inte enligt Sjöfartsverket.

Frågor: Ale kommuns kontaktcenter, 0303-33 00 00. Vi återkommer när vi vet mer.`,
  ),
  bad(
    "sv",
    "bulletin",
    "saknar datum och tid, vag uppföljning",
    FAST,
    MSB,
    "VMA avblåst – ammoniakutsläpp i Västerås hamn",
    `Mälardalens brand- och räddningsförbund

Viktigt meddelande till allmänheten om ammoniakutsläppet i Västerås hamn är avblåst. Läckan på kylanläggningen vid Kajgatan är tätad och mätningar visar att halterna i luften är normala igen.

Du kan öppna fönster och dörrar och sätta på ventilationen. En svag lukt av ammoniak kan finnas kvar en stund, men den är inte farlig.

Kajgatan och Hamnleden är fortfarande avstängda medan vi sanerar. Har du fått ammoniak i ögonen eller har besvär att andas, ring 1177 eller 112 om det är akut.

Mer information kommer senare på mbrf.se.`,
  ),
  bad(
    "sv",
    "bulletin",
    "vag nästa uppdatering",
    FAST,
    MSB,
    "Legionella – fler fall i Borlänge",
    `Region Dalarna, smittskydd, måndag 1 september kl. 15.00

Sedan den 20 augusti har sju personer i Borlänge insjuknat i legionella. Alla vårdas eller har vårdats på sjukhus. Smittkällan är ännu inte känd. Tillsammans med Borlänge kommun tar vi prover på kyltorn, fontäner och andra möjliga källor i centrala Borlänge.

Legionella smittar inte mellan människor. Den som har vistats i centrala Borlänge sedan mitten av augusti och får hög feber, hosta eller andfåddhet bör ringa 1177 och berätta var man har varit. Äldre, rökare och personer med nedsatt immunförsvar löper störst risk.

Mer information finns på rd.se/legionella. Vi uppdaterar informationen längre fram.`,
  ),
  bad(
    "sv",
    "bulletin",
    "jargong och förkortningar",
    ADAPTED,
    KLAR,
    "Brand i återvinningscentral – Hagby",
    `Södertörns brandförsvarsförbund, lördag 8 februari kl. 11.20

RCB har i samråd med TIB beslutat om förhöjd beredskap med anledning av den pågående branden i ÅVC Hagby. Insatsen leds av IL med stöd av ledningsstöd från RTC. Kommunens krisledning har aktiverat stabsläge enligt RSA-planen. Brandgasspridning sker i nordostlig riktning; VMA bedöms i nuläget inte erforderligt, men ett IBV-utskick har gått till fastigheter inom 500 m från brandplatsen.

Boende i Hagby och Skogås: håll fönster och dörrar stängda och stäng av ventilationen tills vidare.

Nästa uppdatering kl. 14.00 på sbff.se. Frågor: 08-721 23 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "myndighetsspråk, passiv och substantivering",
    ADAPTED,
    KLAR,
    "Bevattningsförbud",
    `Vimmerby kommun, tisdag 15 juli kl. 09.00

Med anledning av uppkommen situation avseende råvattentillgången vid Vimmerby vattenverk har beslut fattats om införande av bevattningsförbud för samtliga fastigheter anslutna till den allmänna vattenförsörjningen inom Vimmerby tätort, Storebro och Södra Vi, med verkan från och med onsdag 16 juli kl. 00.00. Förbudet omfattar bevattning av gräsmattor och trädgårdar medelst slang eller spridare, biltvätt samt påfyllnad av pooler. Överträdelse kan föranleda avstängning av vattenleverans. Hävande av förbudet kommer att ske när förutsättningar därför föreligger.

Frågor besvaras av kundtjänst, 0492-76 90 00. Lägesuppdatering lämnas fredag 18 juli kl. 12.00 på vimmerby.se/vatten.`,
  ),
  bad(
    "sv",
    "bulletin",
    "en mycket lång mening",
    ADAPTED,
    KLAR,
    "Mässling – möjlig smitta på Arlanda",
    `Folkhälsomyndigheten och Region Stockholm, torsdag 6 februari kl. 16.00

Eftersom en person som senare har fått mässling konstaterad reste via Stockholm Arlanda, terminal 5, och befann sig i avgångshallen vid gate F34 och i restaurangområdet mellan kl. 10.30 och 13.45 tisdagen den 4 februari, rekommenderar Folkhälsomyndigheten och smittskyddsläkaren i Region Stockholm att alla som var där samtidigt och som inte är säkra på att de har fått två doser vaccin mot mässling eller har haft sjukdomen tar kontakt med sin vårdcentral eller ringer 1177 för att få råd om vaccination, som kan skydda om den ges inom tre dygn, och att den som får feber, snuva, röda ögon eller utslag fram till och med den 25 februari ringer 1177 innan besöket så att vården kan ta emot dig utan att andra smittas.

Mer information: folkhalsomyndigheten.se/massling. Nästa uppdatering måndag 10 februari.`,
  ),
  bad(
    "sv",
    "correction",
    "myten först i rättelsen",
    ADAPTED,
    DEBUNK,
    "Myter om PFAS i dricksvattnet",
    `Ronneby Miljö & Teknik, onsdag 12 mars kl. 10.00

Myt: ”Man kan koka bort PFAS ur vattnet.”
Myt: ”Duschar man i vattnet får man i sig PFAS genom huden.”
Myt: ”Kannfilter från mataffären tar bort allt PFAS.”

De här påståendena sprids just nu i sociala medier. Inget av dem stämmer. Kokning tar inte bort PFAS. Att duscha och tvätta sig i vattnet är ingen risk. Enkla kannfilter tar bort en liten del men inte tillräckligt.

Fram till att det nya kolfiltret är i drift i april rekommenderar vi gravida, ammande och familjer med barn under ett år att använda flaskvatten till dryck och mat. Flaskvatten finns gratis i Kallinge bibliotek vardagar kl. 10–18.

Frågor: 0457-61 85 00. Nästa uppdatering onsdag 19 mars på miljoteknik.ronneby.se.`,
  ),
];
