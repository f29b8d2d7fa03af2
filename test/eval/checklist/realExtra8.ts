import { evalSet } from "./build.js";
import type { EvalMessage } from "./types.js";

/**
 * Eighth extra set of real messages: a fifth pass of real prose, written 2026-12-05, from English-language public
 * authorities only (US utilities, cities, a tribal government and an air district; UK councils, Scottish Water, the
 * UK Health Security Agency and a publicly owned train operator; Ireland's Uisce Éireann/Irish Water, ESB Networks,
 * Iarnród Éireann, Met Éireann, the national emergency co-ordination group and a county council; South Australia's
 * and Queensland's fire and parks services; New Zealand civil defence, councils and a school; Canadian regional
 * districts, the BC Wildfire Service and government, Environment Canada and a Manitoba health region). It moves away
 * from police appeals and NHS cyber statements to the everyday genres of public warning: severe-weather, snow and
 * wind warnings, flood-hit roads and rail, boil-water notices and their lifting, discoloured water and burst mains,
 * power restoration updates, school closures, wildfire evacuation orders and downgrades, bushfire and smoke advice,
 * heat-health alerts and a state of emergency lifted. Long web bulletins sit beside short alerts and posts. Each body
 * is the authority's own text (whole sentences or paragraphs may be dropped, nothing is reworded); `source` gives the
 * URL, the publisher, the outlet where the text reached the web through one, and the date where the page gives one.
 * No URL repeats an earlier set. Tuning material: real messages only, nothing to flag.
 */

const { real } = evalSet("real8-");

export const GOOD_REAL8: EvalMessage[] = [
  real(
    "en",
    "bulletin",
    "Boil Water Advisory",
    "On Thursday 10/23/14 there will be an interruption of water service from 9:00 A.M. until 2:00 P.M. in the following areas:\n\n• Birchwood Ave from Hillwood Ave to 229 Birchwood Ave\n• 861,865 Chestnut Dr\n• 857,852 Pinewood Ave\n\nImmediately following there will be a Boil Water Advisory.\n\nA vigorous boil for at least two minutes is recommended. This Boil Water Advisory is a precautionary measure due to a loss of pressure in the water main caused by Plant Board crews replacing a broken main line valve.\n\nThis Advisory will remain in effect until lab analysis of water samples taken confirms that the potable water supply in the affected area is safe to drink. You will receive a notice when the advisory is lifted.\n\nIf you have any questions concerning the Boil Water Advisory, please call 352-4372 or 352-4433",
    "https://fpb.cc/news-and-updates/boil-water-advisory (Frankfort Plant Board, Kentucky, October 2014)",
  ),
  real(
    "en",
    "bulletin",
    "Smoke Advisory",
    "If you smell or see smoke:\n\n• Minimize outdoor activities, even if you're healthy\n• Children, the elderly and people with respiratory or heart conditions should especially avoid being outdoors when air quality is poor.\n• Stay indoors with doors and windows closed as much as possible.\n• Those with asthma should follow their management plan.\n• If you are coughing, short of breath, or have other symptoms you think are caused by smoke, contact your health care provider.",
    "https://www.quechantribe.com/announcement/smoke-advisory (Quechan Indian Tribe, Fort Yuma Reservation, undated)",
  ),
  real(
    "en",
    "bulletin",
    "Northern Smoke Conditions",
    "Please be advised that the smoke conditions are expected to fluctuate in the region due to fires north and west of the region. Smoke is expected to increase at ground level overnight and dissipate throughout the following morning. During peak times of smoke, ensure windows are closed and use fans to circulate air, avoid strenuous work outdoors, and decrease your duration of exposure. If respiratory conditions persist, please report to your nearest health facility.",
    "http://www.northernhealthregion.ca/default.aspx?cid=480&lang=1 (Northern Health Region, Manitoba, undated)",
  ),
  real(
    "en",
    "bulletin",
    "Protect Yourself From Wildfire Smoke",
    "Wildfire smoke contains fine particles that are unhealthy to breathe. When it’s smoky outside, take these steps to protect your health:\n\n• Stay inside and keep windows and doors closed\n• Reduce outdoor activity, even if you’re healthy\n• Use air conditioners and/or air purifiers with a HEPA filter\n• Avoid activities that create indoor air pollution like frying food, vacuuming and smoking cigarettes\n• Temporarily leave the area",
    "https://www.ysaqmd.org/announcements/protect-yourself-from-wildfire-smoke/ (Yolo-Solano Air Quality Management District, California, undated)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    "The state of emergency declared for Northland yesterday as part of a multi-agency response to a Red Heavy Rain Warning for the region has been lifted ahead of schedule.\n\nNorthland Civil Defence Emergency Management (CDEM) Group Controller, Graeme MacDonald said while emergency declarations are normally for a seven-day period, the relevant legislation provides for these to be either extended or ended earlier.\n\n“The decision to seek an emergency declaration was made in consultation with stakeholders and elected officials as a precautionary step ahead of the anticipated weather yesterday afternoon and evening,” said Mr MacDonald.\n\n“The reason for doing it was to enable the use of the emergency powers to protect life and property which are available under the Civil Defence Emergency Management (CDEM) Act 2002.\n\n“As it eventuated, these powers were not required and there is no need for the emergency declaration to continue.”\n\nHe thanked Northlanders for their understanding and preparations.\n\nYesterday’s emergency declaration was communicated via an emergency phone alert; however, Northland CDEM Group has opted not to send a second alert today for the lifting of the State of Emergency, to minimise any disruption of the public.",
    "https://insidegovernment.co.nz/state-of-emergency-declared-for-northland-in-historic-move/ (Northland Civil Defence Emergency Management Group, via Inside Government NZ, undated)",
  ),
  real(
    "en",
    "social",
    undefined,
    "Because of the ongoing severe disruption on the network, please DO NOT TRAVEL this morning.\n\nEarly morning services are being cancelled because of snow and ice on the track and we will not be able to provide a replacement bus service because of road conditions.",
    "https://newslanes.com/2022/12/12/train-chaos-as-britons-urged-not-to-travel-after-major-snowfall/ (Southeastern, publicly owned train operator, on Twitter, via Newslanes, 12 December 2022)",
  ),
  real(
    "en",
    "social",
    "School has been closed for the day - 21 June",
    "Due to the continuing snowfall, school has now been closed for the day.",
    "https://www.stmartins.school.nz/school-has-been-closed-for-the-day-21-june/ (St Martins School, Christchurch, 21 June, year not given)",
  ),
  real(
    "en",
    "bulletin",
    "Advice Message – Dry Creek",
    "ADVICE MESSAGE\nIssued for Dry Creek and surrounding suburbs MFS advises that crews are responding to a fire burning in plastic waste at a waste recycling facility.\nThe location of the incident is near Hanson Road at Dry Creek in Adelaide's north.\nThe incident is causing smoke to drift across Dry Creek and surrounding suburbs. The fire is expected to burn in plastic waste until this evening. Residents, local workers and motorists are advised to remain indoors and close all doors and windows until the smoke has passed. .\nThis message will be updated as the situation changes or before: 20/11/2019 23:30",
    "https://www.mfs.sa.gov.au/media-warnings/criimson/advice-message-dry-creek-issued-20-nov-15210003264/ (SA Metropolitan Fire Service, 20 November 2019)",
  ),
  real(
    "en",
    "bulletin",
    "Smoke in Kingston On Murray area",
    "ISSUED FOR KINGSTON ON MURRAY\n\nThe CFS is currently attending to multiple piles of burning grape material.\n\nThe fire is contained to the piles, but is creating large amounts of smoke in the area.\n\nThis fire will continue to smoulder for some time, but does not pose a threat to the community.\n\nCrews will continue to be on scene for some time to monitor the fire and ensure that the fire does not pose a threat to the community.\n\nResidents can expect smoke to be present in the local area as these piles burn out.\n\nResidents with respiratory issues should close doors and windows, and stay indoors while smoke remains in the area.\n\nIf you see a fire, please phone triple zero (000) and activate your Bushfire Survival Plan.\n\nFor updates visit the CFS website (www.cfs.sa.gov.au) or phone the Bushfire Information Hotline on 1800 362 361.\n\nThis message will be updated as the situation changes or before: 16/11/2020 00:42\n\nWHAT TO DO:\n\n• Check and follow your Bushfire Survival Plan\n• Decide what you will do if the situation changes\n• Look and listen for information on television, radio, internet, mobile phones and by speaking with neighbours",
    "https://cfs.sa.gov.au/home/criimson/incident-update-kingston-on-murray-issued-15-nov-22480004989/?display_expired=t (SA Country Fire Service, 15 November 2020)",
  ),
  real(
    "en",
    "bulletin",
    "Incident Update – Menzies",
    "There is a Watch and Act Message in place for this fire\nISSUED FOR MENZIES\nThe fire is still moving in a northerly direction towards the coast, and the fire behaviour is constantly changing due to the scrub and hilly terrain it is burning in. Fire activity and intensity may increase as it moves through scrub land, when burning uphill or when there is an increase in wind speed.\nTo ensure your safety, and that of firefighters and other emergency personnel who are working in the area, please do not enter the area unless necessary. Hazards may include reduced visibility due to smoke, fallen trees blocking roads and emergency vehicles operating in the area.\nResidents in the area are advised to remain vigilant and to continue checking and following your Bushfire Survival Plan.\nStay tuned to your local ABC on a battery-powered radio for updates.\nFor updates visit the CFS website (www.cfs.sa.gov.au) or phone the Bushfire Information Hotline on 1800 362 361.\nThis message will be updated as the situation changes or before: Dec 21 2019 14:47\nWHAT TO DO:\n- Check and follow your Bushfire Survival Plan\n- Decide what you will do if the situation changes\n- Look and listen for information on television, radio, internet, mobile phones and by speaking with neighbours",
    "https://cfs.sa.gov.au/home/criimson/incident-update-menzies-issued-21-dec-13190003723/?display_expired=t (SA Country Fire Service, 21 December 2019)",
  ),
  real(
    "en",
    "bulletin",
    "Bushfire Watch and Act Message – Gosse",
    "Issued for GOSSE near Mt Taylor Road, Gosse approximately 23KM south west of Parndana on Kangaroo Island\nTake action now as this bushfire may threaten your safety. If you are not prepared, leave now and if the path is clear, go to a safer place. Do not enter this area as conditions are dangerous.\nThe Mt Taylor Road, Gosse fire is uncontrolled. This scrub fire is burning in multiple directions in areas that are difficult for fire crews to access, within the area of South Coast Road, Mt Stockdale Road, Harriett Road and East West Two Road. Conditions are continually changing.\nFor updates listen to your local ABC radio station on a battery powered radio, visit the CFS website www.cfs.sa.gov.au or phone the Bushfire Information Hotline on 1800 362 361.\nHomes that have been built to withstand a bushfire, and are prepared to the highest level, may provide safety.\nYou may lose power, water, phone and data connections.\nFire crews are responding but you should not expect a firefighter at your door.\nWHAT TO DO:\n- Check and follow your Bushfire Survival Plan.\n- Protect yourself from the fire's heat - put on protective clothing.\n- Tell family and friends of your plans.\nIF YOU ARE LEAVING:\n- Leave now, don't delay.\n- Roads may become blocked or access may change. Smoke will reduce visibility.\n- Secure your pets for travel.\n- If you become stuck in your car, park away from bushes, cover yourself, get onto the floor as the windows may break from the intense heat.\nPREPARE TO DEFEND:\n- Identify a spot to shelter in, with more than one exit, keep moving away from the heat of the fire.\n- Bring pets inside and restrain them.",
    "https://cfs.sa.gov.au/home/criimson/watch-and-act-message-gosse-issued-07-dec-18270002477/?display_expired=t (SA Country Fire Service, 7 December 2018)",
  ),
  real(
    "en",
    "bulletin",
    "Evacuation Order Downgrade to Alert – Tremont Creek Wildfire – EA “I” (Blue Sky Country)",
    "The Evacuation Order has been downgraded to an Evacuation Alert in Electoral Area “I” (Blue Sky Country) for the following 2 properties addressed as:\n• 1886 and 1924 Woods Creek FSR;\n• any other properties located within the area noted on the attached map.\nAn Evacuation Order may need to be reissued; however, if that is deemed necessary, the Evacuation Order process will re-commence.\nWHAT YOU SHOULD DO:\n• Fill the gas tank of personal vehicles;\n• Bring a minimum of three days of food and essential supplies with you (e.g. medications, pet supplies)\nFor further information visit www.bcwildfire.ca and www.tnrd.ca/emergency-services.\nTNRD Emergency Operations Centre\nPhone: 250 377 7188\nToll Free: 1 866 377 7188\nemergency@tnrd.ca",
    "https://www.tnrd.ca/emergency-notice/evacuation-order-downgrade-to-alert-tremont-creek-wildfire-ea-i-blue-sky-country/ (Thompson-Nicola Regional District, British Columbia, undated)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    "Pursuant to Section 13 (1) of the BC Emergency Program Act an Evacuation Order has been issued by the Regional District of Okanagan-Similkameen to protect the health, safety or welfare of a person or to limit damage to property due to: Wildfire. Members of the RCMP and other agencies under the direction of RCMP will be expediting this action.\n\nThe Evacuation Order is in effect for the following areas:\n\nElectoral Area “B” and Electoral Area “G” along the Ashnola River in the Cathedral Provincial Park including the Cathedral Lakes Lodge and in the Snowy Protected Area",
    "https://www.iheartradio.ca/am-1150/news/evacuation-orders-issued-for-gillanders-creek-and-crater-creek-wildfires-1.20134772 (Regional District of Okanagan-Similkameen, via AM 1150, undated)",
  ),
  real(
    "en",
    "bulletin",
    "Prince George Fire Centre Information Update",
    "Evacuation Orders, Alerts, and Area Restriction Information\nHigh winds are forecasted across the Dawson Creek Zone within the Prince George Fire Centre today and tomorrow. We are anticipating extreme fire behaviour due to these winds combined with hot and dry conditions. New wildfire starts are possible and any new incidents will grow rapidly under these conditions. Expansions to existing Evacuation Alerts and Orders as well as Area Restrictions are likely to occur over the next 48 hours.\nThe following Evacuation Alerts and Orders (maps included at the end of this message) are in effect for areas in the vicinity of existing Wildfires of Note:\nThe Peace River Regional District has declared a State of Local Emergency for Electoral Area ‘E’.\nAn Evacuation Order has been issued by the PRRD for the following areas in response to the Battleship Mountain (G72150) wildfire:\n- North shore of Williston Lake\n- Table Creek south to Dowling Creek (8km west of the WAC Bennett Dam, 40km Johnson FSR)\n- Southwest following Dowling Creek to the intersection of McAllister Creek\n- West to approximately 10km West of Peck Creek\n- North to Williston Lake\nAn Evacuation Alert has been issued by the PRRD for the following areas in response to the Battleship Mountain (G72150) wildfire:\n- Twelve Mile Rd, Dunley Rd, Eagle Heights Dr, & Aspen Ridge Dr.\n- Beryl Prairie Rd. & Haagsman St\n- Farrell Creek Rd., Simonsen Ave, & Lahagarte Rd.\n- East of Johnson Creek FSR at 40km until Highway 29 and North until Hudson’s Hope from the Johnson Creek FSR along Highway 29\nAn Evacuation Alert has been issued for the PRRD for the following areas in response to the Bearhole Lake (G72182) wildfire:\n- 4 km West of the Alberta border\n- 5 km North of Kelly Lake until 5km South of Kelly Lake\nThe District of Hudson’s Hope has declared a State of Local Emergency.",
    "https://blog.gov.bc.ca/bcwildfire/prince-george-fire-centre-information-update (BC Wildfire Service, undated)",
  ),
  real(
    "en",
    "bulletin",
    "Province asks wildfire evacuees to continue to heed evacuation orders and alerts",
    "THE Province asks wildfire evacuees to continue to heed evacuation orders and alerts, and thanks communities outside fire zones that are hosting affected individuals, pets and livestock.\n\nWhile thick smoke appears to be clearing in some areas, the wildfire situation remains dynamic. Residents and other evacuees are urged to wait until they receive official notice from their local authority that it is safe to return home. Local officials will not keep people out any longer than is absolutely necessary – but public safety is and must remain the top priority.\n\nWildfire crews remain focused on protecting communities, infrastructure and natural resources. Violating an evacuation order can detract from these vital, ongoing efforts if first responders need to divert resources to rescue people who’ve chosen to stay behind.\n\nAs well, RCMP officers continue their work to prevent access to non-essential workers and services in evacuated zones, and have personnel in place at checkpoints to ensure that access protocols are observed by incoming vehicles.",
    "https://voiceonline.com/province-evacuees-evacuation/ (Government of British Columbia, via The Voice, undated)",
  ),
  real(
    "en",
    "bulletin",
    "Discoloured water in Wishaw",
    "We are aware that some customers in parts of Wishaw (ML1 and ML2) may have experienced discoloured water in their supply this week.\nThis discolouration can occur when there is a disturbance in the local water network, causing naturally occurring sediment in the water mains to become unsettled and shift within the pipes.\nRecently, there was a fire in the area which required the fire service to use hydrants, and earlier this week, we repaired a burst water main. Both of these events can contribute to temporary water discolouration.\nWe want to assure customers that their water is safe to use for all everyday activities, including drinking, cooking, bathing, and showering. While the water may appear different, it poses no health risk.\nIf you notice discoloured water, it can usually be cleared by running the first incoming cold water tap (typically in the kitchen) on a gentle flow until the water runs clear.\nOur engineers are actively conducting strategic flushing at multiple points throughout the network to resolve the issue. The time required to restore clear water may vary depending on the location of each property, such as whether it is situated on higher or lower ground.\nWe apologise for any inconvenience this may have caused and thank you for your patience and understanding.",
    "https://swazurecms.scottishwater.co.uk/In-Your-Area/Service-Updates/ML1-ML2-Wishaw-22082025 (Scottish Water, 22 August 2025)",
  ),
  real(
    "en",
    "bulletin",
    "Burst water main in ML9, Larkhall",
    "Stage 2 - Fault Located\n3-way traffic management will be in place from 19:00hrs tonight at the Garrion Bridge roundabout, and we aim to have this removed from site by the early hours of tomorrow morning (Saturday 1st February). We are carrying this work out from Friday night into Saturday morning to minimise any impact on road users. ***\nCustomers in ML1 Netherton, ML2 Overtown, ML8 Law, and ML9 Netherburn and Shawsburn may experience an interruption to their water supply on Wednesday evening next week (5th February).\nThis is due to essential repairs to a burst 15 inch strategic water main on the Garrion Bridge in ML9 Larkhall which supplies water to customers in the areas listed above.\nTo ensure the safety of the public and our teams during the repair, 3-way traffic management will be in place from the morning of Wednesday 5th February. Road users are advised to please consider an alternative route if at all possible, in order to avoid potential delays to your journey.\nWorks are scheduled to commence at 22:00hrs on Wednesday evening, and our teams will work throughout the evening and into the night to complete the repair and return the water network to a normal service as quickly as possible.\nTankers will be on-site to distribute water into the network to maintain water supplies for customers overnight whilst we carry out the repair. However, around 25 properties located near the Garrion Bridge will experience an interruption to their water supply until the repair has been completed. Letters will be distributed directly to these properties to provide advance notification for customers.\nResidents in the affected areas may experience increased noise disruption from tankering, as well as enhanced traffic activity near the repair site at the Garrion Bridge. We will work to minimise any disruption to our customers, but we apologise in advance for any inconvenience that this may cause.",
    "https://sw-prod-93-north-eu-502220-cm.azurewebsites.net/In-Your-Area/Service-Updates/ML9-Larkhall-31012025 (Scottish Water, 31 January 2025)",
  ),
  real(
    "en",
    "bulletin",
    "Gritters ready to go out this evening as freezing temperatures expected",
    "With freezing temperatures expected overnight, the council’s gritters will be spreading salt from 7pm and then again at 11pm tonight (Monday 18 November).\n\nIt is expected that the freezing temperatures will continue until late morning on Tuesday 19 November.\n\nThe council is ready to respond to the harshest of conditions with a stock of around 6,000 tonnes of salt and ten gritters. The salt helps reduce the risk of ice forming on the surface.\n\nPriority is given to certain routes, which can be found on the winter service page.\n\nThe combination of freezing temperatures and surface water from the recent heavy rainfall can make the roads treacherous. Road users are urged to be prepared for all weather situations, drive to the conditions of the roads and not get caught out.\n\nDuring bad weather, drivers thinking about driving in these extreme conditions should:\n\n• Ask yourself if your journey is really necessary – will it wait until the weather improves?\n• If you have to travel, give yourself extra time for the journey – don’t put pressure on yourself by rushing.\n• If your journey is taking longer than you thought; don’t worry. It’s better to arrive late than not at all.\n• Slow down and take extra care. It is your responsibility to drive to the prevailing road and weather conditions.\n• If you get into trouble, especially in the snow, stay with your vehicle until help arrives.\n• Make sure you and your vehicle are properly prepared: carry warm clothing and footwear; keep screen washer full and make sure windows are clean; check lights and keep them clean; ensure battery is fully charged; add anti-freeze to the radiator and check fluids; and check tyres for condition, correct pressure and tread depth.\n\nThe council is on standby and will be monitoring the conditions and weather forecast.",
    "https://www.northlincs.gov.uk/news/gritters-ready-to-go-out-this-evening-as-freezing-temperatures-expected/ (North Lincolnshire Council, 18 November 2019)",
  ),
  real(
    "en",
    "bulletin",
    "Situation Update on Exceptional Weather",
    "Motorists should note the current exceptional weather conditions which will continue until at least Thursday. Only the routes shown on the attached Winter Gritting maps will be gritted.\n\nAll are asked to keep an eye out for the more vulnerable members of our community at this time also.",
    "https://www.louthcoco.ie/en/louth_county_council/latest-news/_local_authority_national_accessibility_week_conference_2010.html (Louth County Council, undated)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    'The National Emergency Co-ordination Group says red level weather warnings have been issued amid the onset of Storm Éowyn which is set to bring very dangerous and destructive winds.\nA status red severe weather warning means ‘shelter in place’. People affected by red warnings should stay indoors, avoid unnecessary travel and protect themselves and their properties.\nSchools, early learning and childcare settings and further and higher education institutions in red level warning areas will close for the duration of the red warning.\nEmployers in red warning areas should facilitate working from home for all employees who can do so.\nOnly emergency service workers should be leaving home for work, where directed by their employer.\nPublic advice\nKeith Leonard, Chair of the NECG, said:\n“Storm Éowyn is going to be a very dangerous and destructive weather event. The forecasted winds have the capacity to bring severe, damaging winds which will constitute a risk to life and property. During the Red Level wind warnings, the public are advised to shelter in place.\n“Where Orange warnings are in place, the public are also advised to limit travel to essential journeys only. An orange wind warning should not be underestimated – it can bring extremely strong gusts and can also pose a threat to life and property.\n“I would urge people to stay away from coastal areas during this period and to heed the appeal from the Irish Coast Guard for people to ‘Stay Back, Stay High, Stay Dry’.\n"It’s also important to remember that even after the storm has passed, there is a strong possibility of fallen trees and other debris so drivers are also urged to take care in the aftermath of the storm.”\nWeather impacts\nStorm Éowyn will bring gale force winds, including severe, damaging and destructive gusts of up to 130km/h widely, with even higher gusts possible.',
    "https://classichits.ie/news/national-news/public-advice-ahead-of-storm-eowyns-angry-landfall/page/171 (National Emergency Co-ordination Group, Ireland, via Classic Hits, January 2025)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    "STATUS RED\nWind Warning for Donegal, Galway, Leitrim, Mayo and Sligo\nWarning update.\nIt will become stormy later today and for a time tonight, in coastal counties of Connacht and west Ulster, with severe southwest winds with mean speeds of 70 to 90km/h and damaging gusts of 120 to 150km/h, strongest in exposed coastal areas. Very high seas also.\nWednesday 18 December 2013 09:00\nWednesday 18 December 2013 15:00 to Thursday 19 December 2013 03:00\nSTATUS ORANGE\nWind Warning for Cavan and Clare\nIt will become stormy for a time later this afternoon and evening, with severe southwest winds, gusting 100 to 120 km/h, strongest in exposed areas.\nWednesday 18 December 2013 10:00\nWednesday 18 December 2013 15:00 to Wednesday 18 December 2013 23:59\nSTATUS YELLOW\nWind Warning for Remaining counties\nVery windy later this afternoon and evening with very strong and blustery south veering southwest winds and gusts of 90 to 100km/h\nValid 1500 to 2400h\nWednesday 18 December 2013 10:00\nWednesday 18 December 2013 15:00 to Wednesday 18 December 2013 23:59",
    "https://fishinginireland.info/2013/other-news/weather-warnings-be-aware-be-prepared-and-take-action/ (Met Éireann, via Inland Fisheries Ireland's fishinginireland.info, 18 December 2013)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    "The National Directorate for Fire and Emergency Management (NDFEM) called a National Emergency Coordination Group meeting today (Sunday 21 January 2024) with Met Éireann, the OPW, the local authorities, principal response agencies, key Departments and responding national organisations to prepare for Storm Isha which is expected to impact Ireland, particularly the west coast, from 5.00pm this evening and into the early hours of Monday (22nd January).\n\nMet Éireann advised that a Status Red Wind Warning has been issued for Galway and Mayo from 5.00pm to 9.00pm this evening and also for Donegal between 9.00pm this evening and 1.00am tomorrow morning. This storm will bring with it severe and damaging gusts, potential coastal flooding with high waves and coastal overtopping, treacherous travelling conditions, the potential for localised flooding and the risk of significant and widespread power outages for these counties.\n\nStatus Orange Wind Warnings have been issued for the entire country from 4.00pm today until 2.00am tomorrow morning, again with the potential for large waves in coastal areas (with wave overtopping), high winds, potential for localised flooding, very difficult travelling conditions, fallen trees and damage to power lines.",
    "https://www.thecork.ie/2024/01/21/storm-isha-brings-severe-wind-conditions-this-evening-and-overnight/ (National Directorate for Fire and Emergency Management, Ireland, via TheCork.ie, 21 January 2024)",
  ),
  real(
    "en",
    "bulletin",
    "Boil Water Advisory",
    "BOIL WATER ADVISORY for homes inside of the outlined area in red.\nBring all water to a rolling boil for one minute, and let it cool before using. Boiled tap water or purchased bottled water should be used for drinking, making ice, brushing teeth, washing dishes, and food preparation until further notice. Boiling bacteria and other organisms in the water.\nUpon notification of the incident, the city took prompt steps to flush the system and temporarily increased chlorine levels to kill any bacteria that might be present.\nTesting so far does not show any elevated levels of contamination that would be of concern.\nAs an additional precaution, the Department of Health asked us to issue a boil water notice until Thursday. Staff has been going door to door notifying residents in this area.",
    "https://sunnyside-wa.gov/CivicAlerts.aspx?AID=203&ARC=543 (City of Sunnyside, Washington, undated)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    "Uisce Éireann is working to lift Boil Water Notices issued for customers in Tipperary.\nBoil Water Notices are currently in place for customers supplied by the Crottys Lake, Templetney, Glenary, and Poulavanogue Water Treatment Plants.\nAn estimated 19,240 customers are impacted by the notices, which were put in place due to industrial action arising from a dispute between the Unite Trade Union and 12 Local Authorities.\nAll customers in the following affected areas are advised to continue to boil their water before consuming until further notice.\n- All customers on the Templetney Borehole Public Water Supply which include: Templetney, Ballypatrick, Ballyneill, Kilsheelan, Graigue, Lissadober, Killurney, and surrounding areas; and the Derrinular and Kilgainey areas in Co. Waterford.\n- All consumers supplied by the Glenary Public Water Supply which includes parts of Clonmel Town centre and surrounding areas including Cashel Road, Cahir Road and Ring Road; and the Kilcomma/Finger Post areas in Co. Waterford.\n- All customers on the Clonmel Poulavanogue Public Water Supply which includes Clonmel, Poulavanogue and surrounding areas; and the Mountain Road and Knocklucas areas in Co. Waterford.\n- All customers on the Carrick an Suir (Crotty Lake) Public Water Supply Scheme which includes Abbey Hill, Mass Road, Brookdale, Saint Mollerans, Connolly Park, Castlecourt, Waterford Road, Mothal Road, Sweet Auburn, Manor Close, Woodland Heights and north of the River Suir; Hazel Close, Oak Drive, Beech Avenue, Sycamore Close, Mount Saint Nicholas, Greenhills, and surrounding areas; and the Jonestown area in Co. Waterford.",
    "https://tippfm.com/featured-2/uisce-eireann-working-lift-boil-water-notices-issued-customers-tipperary/ (Uisce Éireann, via Tipp FM, August 2023)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    'Irish Water, working in partnership with Tipperary County Council would like to inform customers supplied by the Carrick on Suir (Linguan) public water supply, that the boil water notice issued on the supply on 26 December 2021 has been lifted with immediate effect.\n\nFollowing consultation with the HSE, Irish Water and Tipperary County Council are advising customers that the drinking water can now be consumed as normal.\n\nIt was necessary to issue the boil water notice on 26 December 2021 due to high levels of turbidity. Irish Water operation and compliance experts worked with colleagues in Tipperary County Council to carry out the necessary works at the plant to enable the notice to be lifted as quickly as possible.\n\nIrish Water’s Asset Operations Lead Colin Cunningham, commented: “Irish Water and Tipperary County Council would like to thank the customers who were affected by this notice for their patience and cooperation while essential works were carried out at the water treatment plant to ensure the notice could be lifted as quickly as possible.\n\n"Irish Water acknowledges the impact and inconvenience caused by the imposition of a boil water notice to homes and businesses, especially over the Christmas period. Our priority is the provision of safe, clean drinking water and safeguarding that water supply for the future is a vital focus.”\n\nUpgrade works were completed at the plant, followed by a series of water quality testing, to ensure that the boil water notice could be safely lifted.\n\nBusiness customers will receive a 40 per cent rebate on the cost of the supply of water to their businesses for the duration of the Boil Water Notice and this will be back dated automatically to 26 December 2021.',
    "https://www.ireland-live.ie/news/nenagh-live/723152/boil-water-notice-impacting-4-000-people-in-carrick-on-suir-has-been-lifted.html (Irish Water and Tipperary County Council, via Nenagh Live, 19 January 2022)",
  ),
  real(
    "en",
    "bulletin",
    "Special weather statement",
    "Snow, heavy at times, is expected to begin after midnight Saturday night and taper off late Sunday night. The latest analysis suggests that total snowfall amounts of 15 to 25 cm are likely by Sunday night.\n\nIn addition, winds will gradually strengthen on Sunday with gusts to 60 to 80 km/h possible Sunday afternoon through Monday morning resulting in poor visibility in blowing snow.\n\nRapidly accumulating snow and reduced visibility in heavy snow and blowing snow will make travel difficult.\n\nThere is still some uncertainty regarding the track of this developing winter storm originating in Texas. Should the track of this storm shift, the corresponding axis of heavy snow could also shift considerably. Environment Canada meteorologists will continue to monitor this developing situation closely.",
    "https://wawa-news.com/index.php/2019/02/22/special-weather-statement-significant-winter-storm-for-saturday-sunday/ (Environment Canada, via Wawa-news, 22 February 2019)",
  ),
  real(
    "en",
    "bulletin",
    "Snowfall warning",
    "Snow is expected to develop over the area this evening (Sunday, December 27) as a low pressure system approaches. Snow will be heavy at times tonight into Monday morning before gradually tapering to scattered flurries Monday afternoon.\n\nTotal snowfall amounts are expected to be 10 to 15 centimetres range, however it is possible a few locations could receive near 20 centimeters.",
    "https://speaker.northernontario.ca/snowfall-warning-for-area/ (Environment and Climate Change Canada, via The Speaker, December 2020)",
  ),
  real(
    "en",
    "bulletin",
    "Winter weather travel advisory",
    "Flurries are possible throughout this morning before bands of intense snowfall begin affecting the region in the afternoon. Within these bands of snow, visibility will be significantly reduced due to high snowfall rates. The most intense snow is expected to move out of the area from west to east tonight.\n\nSurfaces such as highways, roads, walkways and parking lots may become difficult to navigate due to accumulating snow. Visibility may be suddenly reduced at times in heavy snow. Be prepared to adjust your driving with changing road conditions. Take extra care when walking or driving in affected areas.",
    "https://wawa-news.com/index.php/2024/03/22/winter-weather-travel-advisory-16/ (Environment Canada, via Wawa-news, 22 March 2024)",
  ),
  real(
    "en",
    "faq",
    "Water FAQ'S",
    "Updated 19th August 2016 at 2.30pm\n\nDo I need to boil the water to do dishes?\n\nNo, wash as usual and give them a good dry.\n\nIs it okay to bathe/shower myself and my children in the water?\n\nYes it is safe to do that. The water is chlorinated. The boil water notice in Havelock North means you should avoid drinking any water that has not been boiled. Brush teeth with boiled water.\n\nWhen can we stop boiling drinking water?\n\nIn Havelock North water for drinking should be boiled until further notice; in Hastings and Flaxmere there is no need to boil drinking water. Council is changing the Havelock North water supply to be fed from Hastings. Once that process is completed Council will advise further on the boil water notice.\n\nTankers – Is their water from a safe source?\n\nYes. They are filled from the Hastings network. However, all the tankers have been chlorinated as a precautionary measure.\n\nI have a private bore – should I have it tested?\n\nThe management of private bores is up to the individual owners; for peace of mind owners may choose to have their supply tested. A number of local companies can do this for you. If you require health advice relating to your private bore, contact the Hawke's Bay District Health Board.\n\nIs it the water supply system that is affected, or the whole aquifer?\n\nCouncil is taking a super-cautious approach and does not believe the aquifer is the cause, however complex testing of all parts of the supply is being undertaken.\n\nHow much chlorine is in the supply?\n\nOne part per million. The town reservoirs were shock dosed at 9.45am yesterday (Aug 18) at two parts per million. These amounts are within the recommended dosing rates for drinking water.",
    "https://www.hastingsdc.govt.nz/our-council/news/archive/article/287/water-faqs (Hastings District Council, New Zealand, 19 August 2016)",
  ),
  real(
    "en",
    "bulletin",
    "Temporary Havelock North water restriction",
    "Havelock North residents are being asked to conserve water next week while work is carried out on one of the drinking water network pipelines.\n\nOn Tuesday, December 3 and Wednesday, December 4 a section of the Havelock North drinking water network will be turned off to connect the Havelock North booster pump station to the existing pipeline.\n\nDuring this time the quantity of water supply will be limited for a 48-hour period, and to help ensure everyone has enough water residents are being asked to restrict their water use from next Monday to Thursday.\n\nThe council has put contingency measures in place and does not anticipate any disruptions to service.\n\nThe best way to help is to not water your gardens with sprinklers, limit use of hand-held hoses, and avoid activities like washing the car or filling the pool.",
    "https://www.hastingsdc.govt.nz/our-council/news/article/1502/temporary-havelock-north-water-restriction (Hastings District Council, New Zealand, 29 November 2019)",
  ),
  real(
    "en",
    "bulletin",
    "URGENT MESSAGE FROM Superintendent Dr. Landman",
    "Dear Parents/Guardians:\n\nDue to downed power lines and trees blocking bus routes, and as a result of power outages and downed phone lines blocking communication, we have canceled school for tomorrow, Tuesday, August 30th.\n\nIf you have neighbors without power or phone service, please share this information them.\n\nWe are disappointed to have to postpone the first day of school, and hope to have better news about Wednesday.\n\nJonathan Landman, Ed.D.\nSuperintendent of Schools",
    "https://hcam.tv/urgent-message-from-superintendent-dr-landman-4 (Superintendent of Schools Jonathan Landman, via HCAM community media, Hudson, Massachusetts; a Tuesday 30 August, year not given)",
  ),
  real(
    "en",
    "bulletin",
    "Storm Ellen update: ESB Networks crews restore power to 90,000 homes, farms and businesses",
    "ESB Networks crews have deployed across the country and have made good progress this morning to restore power to 90,000 homes, farms and businesses in the wake of Storm Ellen. 104,000 customers remain without power and while crews will continue to work into the night to repair damaged infrastructure, it is expected that significant numbers of customers will be without power overnight.\n\nThe damage is widespread in the South, West and Midlands. Counties most impacted include Cork, Tipperary, Sligo, Westmeath, Longford, Galway, Roscommon and Leitrim. The damage is mainly attributable to fallen trees on overhead lines as a result of the high winds.\n\nWe thank those impacted for their forbearance and for calling us on 1800 372 999 to identify over 1,700 individual fault sites. ESB Networks teams worked through the night and crews were dispatched this morning at first light to make the electricity network safe, assess the damage, and restore power as quickly and effectively as possible. Crews from less impacted areas of the country are now mobilising to assist colleagues in repairing damage in the most impacted areas.\n\nThe latest information on power outages and estimated restoration times is being continually updated on the PowerCheck App or www.powercheck.ie, as more information on the scale of the damage in impacted areas is assessed.\n\nWe are advising all those impacted by outages that they should prepare to be without electricity overnight and into tomorrow, with small pockets of customers potentially without power beyond that. It is very important that any customers who use electrically powered medical devices should contact their healthcare professional to make alternative arrangements if necessary.",
    "https://www.shannonchamber.ie/storm-ellen-update-esb-networks-crews-restore-power-to-90000-homes-farms-and-businesses/ (ESB Networks, via Shannon Chamber, August 2020)",
  ),
  real(
    "en",
    "bulletin",
    "ESB Networks Update",
    "ESB Networks crews, supported by NIE colleagues and contractors have been out since early this morning working to restore power to customers who remain without electricity. The restoration process has been steadily progressing, however the further high winds yesterday caused more damage and additional power outages. 3,000 network technicians, engineers and linesmen are working to repair power lines in the worst affected areas of the country. ESB Networks is working systematically through the faults to prioritise:\n\n• those which pose a public safety hazard,\n• those affecting the largest numbers of customers,\n• those affecting water treatment plants.\n\nPower supply has been restored to over 230,000 customers since Wednesday. However 50,000 customers remain without electricity this afternoon. In addition to the number of customer interruptions caused by Storm Darwin on Wednesday, the high winds last night caused a further 20,000 interruptions which included 8,000 customers through a high voltage fault in Dingle. This will be restored by lunchtime.\n\nMany customers can expect to have their power back today and tomorrow. However, for isolated faults where there is only one or two customers affected, over 6000 homes are associated with these type of faults, it is unlikely that power will be restored before Monday and the restoration will continue as far as Wednesday. Customers will know if they are in this situation by checking if their neighbours have power supplies or not.\n\nAs additional information is gathered about the nature of faults on the network, ESB Networks is updating estimated restoration times for customers.",
    "http://localstudies.limerick.ie/Press/Pressreleasesarchive/2014/ESBNetworksUpdate/ (ESB Networks, via Limerick City and County Council's press release archive, February 2014)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    "Temperatures soared earlier this week so an amber heat health warning was issued for the whole of England, which currently lasts until 9am on Monday (23 June).\nThe Heat Health Alert system is run by the UK Health Security Agency and Met Office.\nAlerts are graded depending on how likely it is that the forecast temperatures will be reached and the impact they might have.\nThis amber alert means the warmer weather is likely to affect people who are vulnerable, including babies and young children, older people, people with underlying health conditions and people who take certain medications.\nIf you know someone who might struggle with the warmer weather, please do check in with them to make sure they’ve got what they need.\nIt can only take a few minutes of your time but will make a world of difference to them.\nTop tips during hot weather:\n- stay well hydrated, drink plenty of cold drinks and take water with you on journeys. Avoid excess alcohol as it’ll dehydrate you\n- stay out of the sun between 11am and 3pm, when UV rays are strongest\n- if you need to go out, wear sunscreen with a high SPF, a hat, shades and walk in the shade. Regularly reapply your sunscreen\n- check to see if your sunscreen is still effective. The longer a bottle is open, the less effective it is at protecting you\n- avoid exercising during the hottest part of the day\n- stay cool indoors and keep your home cool. Close curtains on windows that face the sun, open windows when it’s cooler outside than in (when it is safe to do so) and turn off any unnecessary electrical items. Sometimes it’s cooler sitting in a park under a tree than it is in a home that’s too hot.\n- never leave anyone in a closed parked vehicle, especially babies, children and animals\n- stay connected and pay attention to weather forecasts – knowing the forecast can help you plan ahead\n- look out for signs of heatstroke, in yourself and others. Find out more about heatstroke on the NHS website.",
    "https://northsomersetlife.co.uk/news/jun25-05 (North Somerset Council, North Somerset Life, June 2025)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    "The UK Health Security Agency (UKHSA) and the Met Office have issued an amber heat-health alert (HHA) for 5 regions of England.\nThe West Midlands, East Midlands, South East, London, and East of England will be under an amber heat health alert from 9am tomorrow (Tuesday 12 August) until 6pm on Wednesday, 13 August.\nIn addition, a yellow HHA has been issued for the North West and North East regions for the same period. The South West and Yorkshire and the Humber regions are already under a yellow HHA, which remains in place.\nUnder the Weather-Health Alert system, an amber alert means that weather impacts are likely to be felt across the whole health service. At this level, we may begin to see some health impacts across the wider population. We may also see an increase in risk to health for individuals aged over 65 years or those with pre-existing health conditions, including respiratory and cardiovascular diseases.\nDr Paul Coleman, Consultant in Public Health at UKHSA, said:\nTemperatures are forecast to rise above 30°C across central and southern parts of the country over the next few days, and generally hot weather is expected across most regions of England.\nThese kind of temperatures can result in serious health outcomes across the population – particularly in those who are vulnerable, such as the elderly or those with serious health conditions – so it is important that everyone takes sensible precautions while enjoying the sun.\nIf you have friends, family or neighbours who are vulnerable, it is important to ensure they are aware of the forecasts and are following the necessary advice. Check in on them if you can to make sure they know that hot weather is on the way and how to keep themselves safe.",
    "https://thefeatherpost.com/?p=5890 (UK Health Security Agency, via The Feather Post, 11 August 2025)",
  ),
  real(
    "en",
    "bulletin",
    "Hazard reduction burns fire up across greater Brisbane",
    "Brisbane residents may experience a smoke haze for short periods over the coming weeks due to an increase in hazard reduction burns.\n\nQueensland Rural Fire Service (RFS) Regional Manager, Tim Chittenden, said RFS crews across greater Brisbane - including the Redlands, Bribie Island and west Brisbane area - were making the most of favourable weather conditions.\n\n“Brisbane is forecast to experience dry weather and light winds over the coming weeks, which presents the perfect window of opportunity to undertake hazard reduction burns,” he said.\n\n“In recent years the greater Brisbane area has experienced severe bushfires, which is why bushfire prevention is crucial.\n\n“These burns reduce the fire fuel load in high risk areas and are vital to protecting life and property during bushfire season.\n\n“As our crews undertake this important bushfire mitigation work, residents may experience a smoke haze in their area. Residents who are affected should close windows and doors, and keep respiratory medications close by if they need them.”\n\nMr Chittenden reminded the community about the important role they also play in bushfire season preparation.\n\n“QFES is working hard to reduce the bushfire risk before the start of the season but bushfire preparedness is a joint effort and residents need to take steps to ensure their property is prepared,” he said.\n\n“Simple actions like removing flammable items from the yard, keeping grass short and preparing firebreaks, if required, can go a long way to protecting the things that matter to people.\n\n“Take advantage of the State’s revamped Bushfire Survival Plan, which can be accessed via the QFES website.\n\n“The new, online Bushfire Survival Plan simplifies the process and asks people to consider actions they will take to survive a bushfire, which is why all households should have one.”",
    "https://newsroom.psba.qld.gov.au/Content/Local-News/Brisbane-/Article/Hazard-reduction-burns-fire-up-across-greater-Brisbane/1017/1053/15870 (Queensland Fire and Emergency Services newsroom, undated)",
  ),
  real(
    "en",
    "bulletin",
    "Smoke Advice – Planned Burn in Daisy Hill Conservation Park",
    "2 September 2024\n\nThe Queensland Parks and Wildlife Service (QPWS) conducts planned burns around the State to reduce the risk and intensity of bushfires and support a healthy environment.\n\nQPWS will conduct planned burn operations within Daisy Hill Conservation Park during the month of September.\n\nAs a result of the planned burn, smoke may be seen in nearby areas.\n\nIf visiting Daisy Hill Conservation Park, observe all signs, barriers, and directions from QPWS Rangers and never enter closed areas.\n\nAvoid driving through smoke where possible and be aware of firefighters working in the area.\n\nThese burns aim to mitigate the risk and intensity of bushfires and their potential impacts on communities, infrastructure, parks, and forests.\n\nPlanned burns are highly weather-dependent, generally requiring milder conditions and minimal wind with some wetter forests requiring drier conditions later in the planned burn season.\n\nThese same weather conditions can also allow smoke to accumulate and linger until weather conditions change and winds assist in dispersing the smoke.\n\nIf smoke affects you:\n\n• Stay indoors and close windows and doors; and\n• Keep respiratory medication close by.",
    "https://fire.qld.gov.au/safety-education/hazard-reduction-burn-notifications (Queensland Parks and Wildlife Service, on the Queensland fire service's hazard reduction burn notifications page, 2 September 2024)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    "Following a precautionary suspension of trains this morning, an inspection at first light revealed that water levels have risen to 200mm above the rail, and are continuing to rise.\n\nBus transfers will be in operation this morning between Gort and Athenry, and will operate between Ennis or Gort and Athenry for afternoon and evening services.\n\nBased on the continuing rise in water levels, and past experience, Iarnród Éireann believe the line will remain closed for a number of days. We will continue to monitor the situation and update customers with the latest information at www.irishrail.ie and on Twitter @irishrail.",
    "http://clareherald.com/2020/02/bus-transfers-in-place-on-limerick-galway-rail-line-92817/ (Iarnród Éireann, via The Clare Herald, 25 February 2020)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    "Iarnród Éireann advises customers that flood waters have risen significantly at Ballycar on the Limerick to Ennis railway line in recent days. As a result, the company expects the line to close and for services to be suspended from Bank Holiday Monday 18th March until further notice.\n\nThe flooding occurs due to the cumulative effect of rainfall and the slow drainage associated within Ballycar’s geological and hydrogeological environment. As a result, the line is expected to be closed for many weeks.\n\nIarnród Éireann will monitor flood levels which are continuing to rise, and advise customers on likely service restoration dates when flood levels begin to recede.",
    "https://limerickpost.ie/2024/03/16/lengthy-suspension-of-limerick-to-ennis-rail-services-expected-over-flooding (Iarnród Éireann, via Limerick Post, 16 March 2024)",
  ),
  real(
    "en",
    "faq",
    "Road closure frequently asked questions",
    "Keeping road users safe during this extreme weather is a priority for the highway service and Balfour Beatty Living Places have teams working around the clock to ensure that flooded roads are signed, diversions and sand bags are in place where needed and emergency repairs are undertaken as soon as the conditions and the availability of resources allow.\n\nHow do you decide when to close a road?\n\nThe decision to close a road is taken when either the level of surface water on the roads could be an immediate or imminent danger to road users; or the damage caused to the highway also presents a similar hazard that cannot be rectified through any immediate repair.\n\nWho decides that a road should close?\n\nThe decision to close a road is taken for the Council as the Highway Authority through the highway service. We rely on information provided by our highways inspectors,  the police and tips from the public on where flooding or damage is taking place. Ultimately it is up to the highway authority or the police to determine when a road should be closed and although it might seem inconvenient to some motorists our top priority is public safety.\n\nWhat if I see a flooded road, will you come out and close it?\n\nWe really appreciate people letting us know when and where there is flood water, or when it is receding, but ultimately we rely on the expertise of the road crews to inform the final decision on closing or re-opening any road.\n\nHow often are the inspectors out checking the roads?\n\nBalfour Beatty Living Places have crews out on the roads each day, inspecting the condition of roads and putting up closures when required, arranging repair works and helping with sandbags. We do all we can to ensure that people are safe when travelling around the county.",
    "http://newsroom.herefordshire.gov.uk/2014/february/road-closure-frequently-asked-questions.aspx (Herefordshire Council, February 2014)",
  ),
];
