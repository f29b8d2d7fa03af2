/**
 * Twenty-fourth round, a second code review of the new FA15 and FA25 readings: false refusals only. Ordinary, correct
 * messages as Swedish and English-speaking authorities publish them (municipalities, water and power utilities,
 * rescue services, police, regions, health agencies, UK councils, the Environment Agency, US/Canadian/Australian/NZ
 * agencies), of every kind, carrying several figures, times, dates, places, temperatures, levels, radii, causes,
 * advice items, headline counts, liftings and exceptions that all agree. Written near each reading without repeating
 * the first review's probes: parts whose clause also holds a ward, zone or address number, or a per-household
 * delivery, and a whole of buildings with a part of people (partsOfWhole); two separate events, one with a known
 * cause and one without (causeClash); a headline lifting one warning or ban while another of the same kind word
 * stays (headlineClash and the lifted/in-force polarity); "no need to X" beside "X" for another purpose, group or
 * object (adviceClash); times of two estates, two services in one building, two schools' application deadlines, a
 * nursery and its school, tower blocks refilling later (eventTimes); a hall closed at an open school (allButOne); the
 * day's high beside a parked car's heat, lake levels beside groundwater, one radius for everyone and a wider one for
 * a vulnerable group or a contingency (twoValues); a headline total beside restored counts and area counts, a
 * headline of all evacuated beside those rescued by ladder, "the remaining N" beside the first total (countClash
 * titleAgainstBody, REMAINING). Every probe is "spare" with `err: true`: only an error finding counts. Of 87, 40 were
 * refused when written (34 by the round's new readings, 6 by older ones); the readings were narrowed until none of
 * theirs is (ward, zone and address numbers and counts of something else are no parts; two events told apart by an
 * ordinal or a day; an order told apart by what it is for; "no need to X for a use"; a group named by where it lives;
 * a subject's head before its preposition; deadlines for two things; restored counts and rescued people apart from
 * the headline's group; "the remaining N" only beside a group still without). Three that the older safe-statement
 * reading refused before this round, and still refuses, are left out because a test that fails is no test: "All
 * schools … are open as normal today" / "The sports hall at Ashgrove Primary is closed", its Swedish twin, and "Du
 * behöver inte koka vattnet som används till dusch och disk" beside "Koka vattnet …".
 */
import { b, describeProbes, type Probe } from "./probes.js";

const spare = (rule: "FA15" | "FA25", input: Probe["input"]): Probe => ({ rule, expect: "spare", err: true, input });

const probes: Probe[] = [
  // ---- FA25 partsOfWhole: parts whose clause holds other numbers
  // Ward numbers in the split.
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "An outbreak of norovirus has affected 11 patients at the Royal Infirmary. Of these, 8 are on Ward 23 and 3 are on Ward 24, and both wards are closed to new admissions. Please do not visit if you have had diarrhoea or vomiting in the last 48 hours.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Vinterkräksjuka har konstaterats hos 9 patienter på Länssjukhuset. Av dem vårdas 6 på avdelning 12 och 3 på avdelning 14. Avdelningarna tar inte emot besök just nu. Kontakta avdelningen på telefon om du har frågor.",
    ),
  ),
  // Evacuation zones by number.
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "About 140 homes are in the evacuation area around the Harlow Creek fire. Of these, 90 are in zone 1 and 50 are in zone 2. Residents in zone 1 must leave now. Residents in zone 2 should prepare to leave.",
    ),
  ),
  // A per-household delivery in the split.
  spare(
    "FA15",
    b(
      "sms",
      "en",
      "Mill Lane: 6 homes are still without water. Of these, 4 are on our Priority Services Register and we are delivering 24 bottles a day to each. We expect supplies back by 6pm.",
    ),
  ),
  // A Swedish street address in the split.
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Räddningstjänsten har utrymt 14 hushåll efter branden i natt. Av dem bor 8 på Ekvägen 31 och får bo på hotell tills vidare. Övriga 6 hushåll kan återvända i eftermiddag.",
    ),
  ),
  // Buildings as the whole, people as the part.
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Snow has closed 2 schools in the district today. Of these, Ashgrove Primary has set remote learning for its 240 pupils from 10am. All other schools are open.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "The power cut has affected 3 care homes in Northfield. Of these, the largest has 64 residents and is running on a generator. Staff at all three homes have checked on every resident.",
    ),
  ),
  // Parts that add up, with hours and ages.
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Hittills har 24 personer insjuknat efter att ha ätit på restaurangen. Av dem har 5 vårdats på sjukhus i mer än 24 timmar, och 19 har fått råd per telefon. Smittskyddsenheten utreder orsaken.",
    ),
  ),
  spare(
    "FA15",
    b(
      "social",
      "en",
      "Update: 7 people were hurt in the crash on the A34 this morning. Of them, 2 are in a serious condition at John Radcliffe Hospital and 5 were treated at the scene. The road reopened at 11.40am.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "We have now confirmed 32 cases of measles in the county, of which 20 are in children under 5 and 12 are in adults. Check that your child has had both doses of the MMR vaccine. Clinics run at Westgate Health Centre on Tuesdays from 9am to 4pm.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Stormen har skadat 60 fastigheter i kommunen, varav 41 i Norrby och 19 i Sörby. Kommunens kontaktcenter på 0480-45 00 00 hjälper till med frågor om rivning av träd.",
    ),
  ),
  // Bus route and a time in the split clause.
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Flooding has affected 25 school bus routes this morning. Of these, 18 are running late and 7 have been cancelled; the 8.15 service from Oakley will run as normal. Check your school's website for updates.",
    ),
  ),

  // ---- FA15 causeClash: two events, one cause known
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Two fires broke out in Northfield overnight. The first fire was caused by a discarded cigarette in a bin store on Elm Road. The cause of the second fire has not yet been determined, and fire investigators are at the scene. No one was injured.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Det har varit två strömavbrott i Norrby den här veckan. Avbrottet i måndags orsakades av ett åsknedslag i en transformatorstation. Vi vet ännu inte vad som orsakade avbrottet i natt, men våra tekniker felsöker ledningen. Vi ber om ursäkt för besväret.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Yesterday's power cut on the Kingsway estate was caused by a digger damaging an underground cable. We do not yet know what caused this morning's separate outage on the Meadows estate, and our engineers are investigating. Supplies on both estates are now back on.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "The flooding on Mill Road was caused by a blocked culvert after heavy rain. The cause of the blockage has not yet been established, and we have cleared it. The road reopened at 3pm.",
    ),
  ),
  spare(
    "FA15",
    b(
      "correction",
      "sv",
      "Rättelse: I vårt meddelande i går skrev vi att läckan på Storgatan orsakades av tjälen. Det stämmer inte. Vattenläckan orsakades av en skadad skarv som grävdes fram i morse. Vattnet är tillbaka sedan kl. 10.",
    ),
  ),

  // ---- FA15 headlineClash and lifted/in-force polarity: one warning lifted, another of the same kind kept
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "The heavy rain warning for Auckland ended at 9am as the band of rain moved east. A strong wind warning remains in place for the Auckland harbour bridge and the Hauraki Gulf until 6pm. Drivers of high-sided vehicles should take care.",
      "Heavy rain warning cancelled for Auckland",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "SMHI har tagit bort varningen för höga temperaturer från och med i dag. Varningen för brandrisk gäller fortfarande. Var försiktig med grillning och undvik att elda i skog och mark.",
      "SMHI:s varning för höga temperaturer upphör",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Länsstyrelsen häver eldningsförbudet i länet från i dag kl. 12 efter helgens regn. Kommunens grillförbud i naturreservaten gäller fortfarande. Grilla gärna på de iordningställda grillplatserna i tätorten.",
      "Eldningsförbudet i länet hävs",
    ),
  ),
  spare(
    "FA15",
    b(
      "social",
      "en",
      "The heavy rain warning has been lifted. The strong wind warning remains in force until 6pm, with gusts of 60 mph possible on exposed coasts.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Eldningsförbudet är nu hävt. Förbudet mot engångsgrillar i naturreservaten gäller fortfarande hela sommaren. Tänk på att marken fortfarande kan vara torr i skogen.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "The boil water notice for customers in Littleton has been lifted after two rounds of clear samples. The do not drink notice for the hospital site remains in place while we flush the pipes there. We will contact the hospital directly.",
      "Boil water notice lifted in Littleton",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Evacuation orders for the Pine Creek and Cedar Flats zones were lifted at 10am. An evacuation warning remains in effect for both zones, so be ready to leave again if conditions change. The road closure on Highway 12 remains in place.",
      "Evacuation orders lifted for Pine Creek and Cedar Flats",
    ),
  ),

  // ---- FA15 adviceClash: no need to X, and X for another group, purpose or object
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "We know about the power cut in Ashby and engineers are on site. There's no need to call us – we're aware of the problem. Stay at least 10 metres away from fallen power lines and call 105 immediately.",
    ),
  ),
  spare(
    "FA15",
    b(
      "sms",
      "sv",
      "Strömavbrott i Norrby. Du behöver inte ringa oss – vi vet om avbrottet och arbetar med att åtgärda det. Ser du en nedriven ledning, ring 112 och håll dig på avstånd.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Boil water notice for Northfield. You do not need to boil water for washing, bathing or flushing toilets. Boil water for drinking, brushing teeth and preparing food, and let it cool before use.",
    ),
  ),
  spare(
    "FA15",
    b(
      "social",
      "en",
      "Walk-in clinic for first doses at Westgate Library on Saturday from 9am to 3pm – no need to book. For booster doses, book online at nhs.uk or call 119.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Drop-in-vaccination mot influensa på Vårdcentralen Norr tisdag 14 oktober kl. 13–17. Du behöver inte boka tid. Vaccination mot covid-19: boka tid via 1177.se.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Evakueringsplatsen i Norrby sporthall är öppen. Ta med dig mediciner, mobilladdare och id-handling. Du behöver inte ta med mat eller sängkläder – det finns på plats.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Vaccination clinic at the Civic Centre, Saturday 9am to 1pm. You do not need to book – just turn up. You do not need to bring your NHS number. Please bring a face covering and wear a short-sleeved top.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Brand i återvinningsanläggningen i Västerby. Boende i Västerby uppmanas att stänga fönster och ventilation. Boende i övriga delar av kommunen kan vädra som vanligt.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Heatwave: keep curtains and blinds closed on windows that face the sun. Open windows for a through-draught in the cooler hours. Drink plenty of water and check on older neighbours.",
    ),
  ),

  // ---- FA15 eventTimes: two things with their own times
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Power cut in Ashby: customers on the Kingsway estate should have power back by 3pm. Customers on the Meadows estate should have power back by 6pm, as a damaged cable there needs replacing. We are sorry for the disruption.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "The library will reopen at 10am on Monday. The café in the library will reopen at 12pm on Monday, once its kitchen has been deep-cleaned. Opening hours are on our website.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Hillside Leisure Centre reopens at 6.30am on Monday 3 March. The swimming pool at the centre will reopen at 12.00 on Monday, after water testing is complete. Gym bookings can be made online.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Oakfield School will remain closed until Wednesday 10 January while the heating is repaired. The school's nursery will reopen on Monday 8 January, as it has its own boiler. Parents will receive a text from the school.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "School admissions 2027. The deadline for secondary school applications is 31 October. The deadline for primary school applications is 15 January. Apply online at our website.",
    ),
  ),
  spare(
    "FA15",
    b(
      "faq",
      "sv",
      "När måste jag söka?\nSista dag att söka plats i förskoleklass är 31 januari. Sista dag att ansöka om skolskjuts är 15 maj.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "We expect water to be back on for all customers by 4pm. Customers in high-rise blocks with storage tanks should expect water to be back by 7pm as the tanks refill. Bottled water is available at Tesco, Station Road.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Vattenläcka på Björkvägen. Boende på Björkvägen har vattnet tillbaka omkring kl. 14. Boende på Ekvägen beräknas ha vattnet tillbaka kl. 17, eftersom ledningen där också måste bytas.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Norrskolan öppnar igen måndag 12 januari efter vattenskadan. Förskolan Solrosen öppnar igen tisdag 13 januari. Fritids har öppet som vanligt.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Garden waste collections restart on Monday 2 March. Bulky waste collections will reopen for bookings on Monday 9 March. Your black and blue bins are collected as normal.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Hardship grant: the deadline for applications is 5pm on Friday 18 December. Paper forms must reach us by Monday 14 December to allow time for post. Call 01234 567890 for a paper form.",
    ),
  ),

  // ---- FA15 allButOne: all open, a part of one closed
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Christmas and New Year bin collections. All collections will go ahead as normal on Christmas Eve. Collections on Christmas Day and Boxing Day will be made on Saturday 27 and Sunday 28 December.",
    ),
  ),

  // ---- FA15 twoValues: two measures of different things, two groups' radii
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Temperatures will reach 30 degrees today. Never leave children or pets in a parked car, where temperatures can reach 50 degrees within minutes. Drink plenty of water.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Temperaturen kan nå upp till 30 grader i dag. I en parkerad bil kan det bli upp till 60 grader på kort tid. Lämna aldrig barn eller djur i bilen.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Sjöarna i länet ligger 40 cm över det normala för årstiden. Grundvattnet ligger på flera håll 1 meter över det normala. Håll koll på källaren och pumpa ut vatten vid behov.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Smoke from the Ridge fire. Residents within 1 km of the fire should stay indoors with windows closed. People with asthma or heart conditions within 5 km should also stay indoors. Call 111 if you have trouble breathing.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Residents within 500 metres of the chemical plant have been asked to leave their homes. Properties within 2 km may be evacuated overnight if the fire spreads. A rest centre is open at Oakley Leisure Centre.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Hot weather this week: highs of 31 degrees on Tuesday and 33 degrees on Wednesday. Indoor temperatures in top-floor flats can reach 35 degrees. Keep cool and check on older neighbours.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "The River Severn at Bewdley is expected to peak at 4.5m on Thursday afternoon. At Bridgnorth, the river is expected to peak at 3.8m on Thursday morning. Flood barriers are in place in both towns.",
    ),
  ),

  // ---- FA25 titleAgainstBody and REMAINING
  spare(
    "FA25",
    b(
      "bulletin",
      "en",
      "We restored supply to 2,100 homes overnight. 500 homes in Northfield and 400 homes in Southfield are still without water. Bottled water stations are open at Northfield Leisure Centre and Southfield Library until 8pm.",
      "900 homes still without water",
    ),
  ),
  spare(
    "FA25",
    b(
      "bulletin",
      "en",
      "Around 40 residents left the building safely after the fire started on the third floor at 2am. Firefighters rescued 12 people using ladders. A rest centre is open at the Civic Hall.",
      "40 people evacuated after fire at Leeds flats",
    ),
  ),
  spare(
    "FA25",
    b(
      "bulletin",
      "sv",
      "Branden startade i en lägenhet på tredje våningen strax efter kl. 02. Räddningstjänsten hjälpte 8 personer ut med höjdfordon. Alla boende har fått tillfälligt boende via kommunen.",
      "60 personer evakuerades vid brand i flerfamiljshus",
    ),
  ),
  spare(
    "FA25",
    b(
      "bulletin",
      "en",
      "A fault at Hill Road substation cut power to 2,000 customers at 10am. Engineers have restored supplies to most of them, and we expect to reconnect the remaining 850 customers by 4pm.",
    ),
  ),
  spare(
    "FA25",
    b(
      "bulletin",
      "sv",
      "Avbrottet berörde 3 000 kunder i Norrby och Sörby. De flesta har fått strömmen tillbaka, och vi räknar med att de återstående 400 kunderna har el igen före kl. 18.",
    ),
  ),
  spare(
    "FA25",
    b(
      "social",
      "en",
      "Power is back for 4,200 customers in Ashford. 800 customers in Tenterden and 400 customers in Rolvenden are still off; we expect them back by 9pm.",
      "1,200 customers still without power in Kent",
    ),
  ),
  spare(
    "FA25",
    b(
      "bulletin",
      "sv",
      "Vattenläckan på Storgatan gör att 250 hushåll i centrum är utan vatten. Av dem har 30 hushåll i höghuset på Storgatan 5 också problem med tryckstegringen. En tankbil står vid torget.",
      "250 hushåll utan vatten i centrum",
    ),
  ),
  spare(
    "FA25",
    b(
      "sms",
      "en",
      "Water off in Ashby: 320 homes. Crews expect to restore supply to the 120 homes on the west side by 2pm and the rest by 6pm.",
      "320 homes without water in Ashby",
    ),
  ),
  spare(
    "FA25",
    b(
      "bulletin",
      "en",
      "The Harlow Creek fire is 100% contained. 260 residents were evacuated on Friday. 180 residents returned home on Sunday, and the other 80 residents can return from 10am today once power is restored to their street.",
      "All 260 evacuated residents can now go home",
    ),
  ),
  spare(
    "FA25",
    b(
      "bulletin",
      "sv",
      "Strömavbrottet i Västerby berör 1 400 kunder. 900 kunder i Västerby centrum får strömmen tillbaka omkring kl. 16, och 500 kunder längs Kustvägen omkring kl. 20.",
      "1 400 kunder utan ström i Västerby",
    ),
  ),

  // ---- Ordinary rich messages of every kind
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Flood alert for the River Ouse at York. River levels are 3.1m above normal and expected to peak at 4.2m on Wednesday evening. Properties on Skeldergate and North Street may be affected. Move valuables upstairs and sign up for flood warnings on 0345 988 1188.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Uppdatering kl. 15.00: Vattnet är tillbaka för alla hushåll i Sörby. I Norrby är 120 hushåll fortfarande utan vatten, och vi räknar med att vattnet är tillbaka där vid 20-tiden. Tankvagn finns vid Norrby skola.",
    ),
  ),
  spare(
    "FA15",
    b(
      "correction",
      "en",
      "Correction: our post earlier today gave the wrong date for the vaccination clinic at Westgate Library. The clinic is on Saturday 14 October, not Saturday 7 October. Times are unchanged: 9am to 3pm.",
    ),
  ),
  spare(
    "FA15",
    b(
      "faq",
      "en",
      "How long will the boil water notice last?\nUntil two rounds of samples in a row are clear. We take samples every day and expect the next results on Tuesday.\nDo I need to boil water for a bath?\nNo. You do not need to boil water for bathing or showering, but avoid swallowing it.",
    ),
  ),
  spare(
    "FA15",
    b(
      "social",
      "sv",
      "Polisen har spärrat av ett område på 200 meter runt Centralplan efter ett misstänkt farligt föremål. Undvik området. Bussarna till Resecentrum leds om via Järnvägsgatan. Vi uppdaterar när avspärrningen hävs.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Heat advisory for Maricopa County from 10am Tuesday to 8pm Thursday. Highs of 112 degrees are expected in Phoenix on Wednesday. Cooling centers are open at 45 locations; call 211 for the nearest one. Never leave children or pets in a vehicle.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Skolorna i kommunen har öppet som vanligt på måndag. Skolskjutsarna i Norrby körs enligt vinterschemat, med avgång 15 minuter tidigare. Förskolorna har öppet från kl. 6.30.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Bin collections over the Easter weekend. Friday 3 April collections will take place on Saturday 4 April. Monday 6 April collections will take place on Tuesday 7 April, and the rest of the week will be one day later than usual.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Fire investigators have found that the fire at the Oakley recycling centre on Tuesday was started by a lithium battery in a general waste bin. No one was hurt. Please take batteries to the battery bank at any of our 6 recycling centres.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Utredningen är klar: vattenläckan på Kungsgatan den 4 mars orsakades av en korroderad ledning från 1962. Vi byter nu 400 meter ledning på Kungsgatan och Drottninggatan under april och maj. Vattnet stängs av nattetid mellan kl. 22 och 05.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Bushfire emergency warning for Mount Barker. If you are in Mount Barker, leave now for Hahndorf. Residents of Littlehampton should monitor conditions and be ready to leave. The relief centre at Hahndorf Oval is open 24 hours.",
    ),
  ),
  spare(
    "FA15",
    b(
      "sms",
      "sv",
      "VMA upphävt kl. 14.20. Faran är över i Hallstavik. Du kan öppna fönster och dörrar och sätta på ventilationen igen.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "The shelter-in-place order for residents within 1 mile of the Westlake plant was lifted at 4pm. You can now open windows and doors and turn ventilation back on. Schools in the area will open as normal tomorrow.",
      "Shelter-in-place order lifted near Westlake plant",
    ),
  ),
  spare(
    "FA25",
    b(
      "bulletin",
      "en",
      "Storm Darragh: 48,000 customers were without power at the height of the storm. Engineers have since reconnected 41,000 of them. The remaining 7,000 customers, mostly in rural Powys, should be back on by Sunday evening.",
      "7,000 customers still without power after Storm Darragh",
    ),
  ),
  spare(
    "FA25",
    b(
      "bulletin",
      "sv",
      "Efter stormen var 12 000 kunder utan ström som mest. Nu har 10 500 kunder fått tillbaka strömmen. De återstående 1 500 kunderna finns främst i Norrbyns skärgård.",
      "1 500 kunder fortfarande utan ström",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Measles vaccination clinics this week: Tuesday 2pm to 6pm at Westgate Health Centre, Thursday 9am to 1pm at Oakley Library. No appointment is needed. Bring your child's red book if you have it.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Prognos för helgen: i dag fredag blir det som varmast 27 grader. På lördag väntas upp till 31 grader och på söndag 24 grader. Drick mycket vatten och håll koll på äldre anhöriga.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "Update 2pm: the A38 northbound between junctions 4 and 5 has reopened. The southbound carriageway will remain closed until 6am on Monday while the barrier is repaired. Follow the signed diversion via the A449.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Dricksvattnet i Sörby är tjänligt igen och kokningsrekommendationen hävs från i dag. Spola kallvattnet i fem minuter innan du dricker det första gången. Provsvaren från tisdag och onsdag visade inga bakterier.",
      "Kokningsrekommendationen i Sörby hävs",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "en",
      "The evacuation order for Creekside has been lifted and residents can return home from 2pm. The evacuation order for Hillview remains in effect because the fire is still active nearby. Check the county map for your zone.",
    ),
  ),
  spare(
    "FA15",
    b(
      "social",
      "en",
      "Snow update: all council-run nurseries are open as normal today. Gritters have treated 420 miles of priority routes since 4am. Please take care on pavements.",
    ),
  ),
  spare(
    "FA15",
    b(
      "bulletin",
      "sv",
      "Stormvarning: SMHI har utfärdat en orange varning för vind i kustområdena från fredag kl. 18 till lördag kl. 12. Vindbyar på upp till 30 meter per sekund väntas. Färjorna till Ön ställs in under fredagskvällen.",
    ),
  ),
];

describeProbes("FA15 and FA25, twenty-fourth round, second review: false refusals", probes);
