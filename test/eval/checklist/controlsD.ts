import { control } from "./build.js";
import type { EvalMessage } from "./types.js";

/** Matched controls for blind20.ts, blind21.ts, blind22.ts, blind23.ts, blind26.ts: written 2026-12-06 by helper D; see build.ts `control`. */
export const CONTROLS_D: EvalMessage[] = [
  // ---- blind20 ----
  control(
    "bad20-sv-001",
    "sv",
    "bulletin",
    "Vattenläcka på Hagagatan i Kumla – uppdatering tisdag 14 maj kl. 10.20",
    `Sedan kl. 06.40 i morse är vattnet avstängt för fastigheterna på Hagagatan 2–38 och Nyhemsvägen i Kumla. Orsaken är en läcka på huvudledningen under korsningen Hagagatan/Nyhemsvägen.

Varför ledningen har gått sönder vet vi inte ännu. Det undersöker vi när ledningen är framgrävd, och vi berättar vad vi har kommit fram till här.

Vattentank finns uppställd vid Hagaskolans parkering. Ta med egen dunk. Håll kranarna stängda så att du inte får vattenskador när trycket kommer tillbaka.

Vi räknar med att vattnet är tillbaka runt kl. 15.00, men det kan ändras när ledningen är framgrävd. Nästa uppdatering kommer här senast kl. 13.00.

Frågor: Kumla kommuns servicecenter, 019-58 80 00.`,
  ),
  control(
    "bad20-sv-002",
    "sv",
    "sms",
    undefined,
    `Räddningstjänsten Östra Götaland 21.05: Brand i flerfamiljshus Ektorpsgatan 14, Norrköping. Nr 12–16: stanna inne, stäng dörren, ring 112 vid rök. rtog.se 22.00`,
  ),
  control(
    "bad20-sv-003",
    "sv",
    "bulletin",
    "Koka dricksvattnet i norra Ljungby – 3 juni kl. 08.15",
    `Ljungby kommun rekommenderar sedan i morse att du kokar kranvattnet om du bor i Ringstorp eller Replösa. Ett vattenprov från tryckstegringen i Ringstorp visade på förhöjda halter av koliforma bakterier. Vi vet ännu inte hur bakterierna kommit in i nätet.

Kokningsrekommendationen gäller enbart Ringstorp och Replösa; övriga Ljungby tätort påverkas inte.

Koka vatten som du ska dricka, laga mat med eller borsta tänderna med. Låt det bubbla kraftigt en gång, det räcker. Du kan duscha och diska som vanligt.

Resten av tätorten får sitt vatten via en annan del av nätet, där proverna är bra. Skulle de nya proverna visa något annat meddelar vi det direkt.

Nya prover är tagna och svar väntas torsdag förmiddag. Vi uppdaterar på ljungby.se senast torsdag kl. 12. Frågor: kontaktcenter 0372-78 90 00.`,
  ),
  control(
    "bad20-sv-004",
    "sv",
    "bulletin",
    "Gasläcka vid Stationsgatan i Hässleholm – kl. 11.35",
    `Vid kl. 10.50 skadades en gasledning under grävarbete vid Stationsgatan 9. Räddningstjänsten har spärrat av ett område på 150 meter runt platsen och boende i Stationsgatan 5–15 har fått lämna sina bostäder.

Gas som läcker ut kan antändas, och det är därför området är avspärrat. Utanför avspärrningen bedömer räddningstjänsten att det inte finns någon risk.

Gå inte in i avspärrningen. Om du befinner dig inom området: släck cigaretter och använd inte strömbrytare eller motorer. Evakuerade kan vänta i Kulturhuset på Kulturhusgatan, där det finns fika och personal från kommunen.

Gasbolaget är på plats och arbetar med att stänga ledningen. Vi vet ännu inte hur länge avspärrningen behöver vara kvar. Nästa uppdatering kl. 12.30 på hassleholm.se/aktuellt. Frågor: Hässleholms kommun, 0451-26 70 00.`,
  ),
  control(
    "bad20-sv-005",
    "sv",
    "social",
    undefined,
    `Region Kronoberg, smittskydd, fredag 22 augusti kl. 14.00:
Sedan i måndags har sju personer i Växjö vårdats för legionärssjuka. Var smittan kommer ifrån vet vi ännu inte. Kyltorn och andra vattensystem i centrala Växjö provtas nu.

Har du feber, hosta och andningsbesvär och har varit i centrala Växjö de senaste två veckorna? Ring 1177 och berätta det. Legionella smittar inte mellan människor.

Smittskyddsenheten arbetar med kommunens miljöförvaltning för att hitta smittkällan. Vi uppdaterar här och på 1177.se på måndag kl. 10.`,
  ),
  control(
    "bad20-sv-006",
    "sv",
    "bulletin",
    "Avstängt vatten i Björkvik – lördag 8 februari, kl. 09.40",
    `Skellefteå kommun har stängt av vattnet i Björkvik, från Björkviksvägen 1 till vändplanen vid Åsvägen, efter en frusen och sprucken ledning. Cirka 60 hushåll berörs.

Läckan är hittad och reparationen pågår. Ledningen måste bytas på en längre sträcka, så vattnet beräknas vara tillbaka tidigast söndag kväll.

En vattentank står vid Björkviks bygdegård. Tappa gärna upp vatten i flaskor när det kommer tillbaka, och låt kranen rinna en stund om vattnet är missfärgat.

Blir arbetet klart tidigare än så meddelar vi det här direkt.

Vi skriver nästa uppdatering här kl. 13.00. Frågor: kundtjänst 0910-73 50 00.`,
  ),
  control(
    "bad20-en-001",
    "en",
    "bulletin",
    "Fire at Furuhedsskolan, Gävle – update Wednesday 12 March, 07.30",
    `A fire broke out in the sports hall at Furuhedsskolan just after 02.00 last night. The rescue service had it under control by 04.15. No one was in the building and no one was injured.

We do not yet know what caused the fire.

The school is closed today. Pupils in years 4–6 will be taught at Sätraskolan from Thursday; the bus leaves Furuhedsskolan at 08.05. Guardians will get details in the school app this morning.

The police and the rescue service are investigating how the fire started. We will post the next update at gavle.se/furuheds at 16.00 today. Questions: Gävle kommun contact centre, 026-17 80 00.`,
  ),
  control(
    "bad20-en-002",
    "en",
    "sms",
    undefined,
    `Räddningstjänsten Syd 17:20: Fire at Spillepeng recycling site, smoke over Lomma and Arlöv. Stay indoors, close windows, doors and vents. Update rsyd.se 19:00`,
  ),
  control(
    "bad20-sv-007",
    "sv",
    "bulletin",
    "Vattenläcka Storgatan Sundsvall – onsdag kl. 12.10",
    `Mitt Sverige Vatten och Avfall har stängt av vattnet på Storgatan mellan Esplanaden och Nybrogatan efter en läcka på en 60 år gammal gjutjärnsledning. Omkring 300 lägenheter och 40 verksamheter berörs.

Varför ledningen sprack just nu undersöker vi när den är frilagd. Vi berättar om orsaken när vi vet den.

Vatten finns att hämta i tankar vid Stora torget och vid Navet. Tänk på att stänga kranarna, och spola kallvatten en stund när vattnet kommer tillbaka.

Vi räknar med att vattnet är tillbaka under kvällen men vet inte exakt när. Ny uppdatering kl. 17.00 på msva.se/driftinfo. Kundservice: 060-19 20 00.`,
  ),
  control(
    "bad20-sv-008",
    "sv",
    "social",
    undefined,
    `Strömavbrottet i Ragunda – lägesbild söndag kl. 15.00 från Ragunda kommun

Omkring 900 hushåll i Hammarstrand och Stugun är fortfarande utan ström efter stormen i natt. Elnätsbolaget räknar med att de flesta har ström i morgon kväll, men vissa avlägsna ledningar kan ta längre tid.

Trygghetspunkten på Ragunda bibliotek öppnade två timmar efter att strömmen gick, och där finns personal från kommunen.

På trygghetspunkten kan du ladda mobilen, få varm dryck och hämta vatten. Öppet dygnet runt tills vidare. Ring 0696-68 20 00 om du eller någon du känner behöver hjälp med värme eller mat. Nästa lägesbild kl. 20.00.`,
  ),
  control(
    "bad20-sv-009",
    "sv",
    "bulletin",
    "Magsjuka i Gottsunda – information från Region Uppsala, torsdag 10 oktober kl. 11.00",
    `Sedan förra veckan har 23 personer i Gottsunda fått diagnosen shigella, en tarmbakterie som ger diarré och feber. Flera av de sjuka bor i samma hushåll, och smittan har ofta gått vidare inom familjen.

Vi vet ännu inte var smittan kommer ifrån. Smittskydd Uppsala utreder tillsammans med kommunens miljökontor om det finns en gemensam källa i livsmedel.

Så skyddar du dig och andra: tvätta händerna med tvål och vatten efter toalettbesök och före matlagning. Är du sjuk ska du inte laga mat åt andra och barn ska stanna hemma från förskola och skola. Har du blodig diarré eller hög feber, ring 1177.

Information på flera språk finns på regionuppsala.se/shigella. Vi uppdaterar sidan varje tisdag och fredag.`,
  ),
  control(
    "bad20-sv-010",
    "sv",
    "sms",
    undefined,
    `Vimmerby Energi & Miljö 3/7 kl 09: Låg vattennivå i södra Vimmerby. Bevattningsförbud från i dag: vattna inte, fyll inte pooler. 0492-76 98 00. Ny info fre 12`,
  ),
  control(
    "bad20-sv-011",
    "sv",
    "bulletin",
    "Snöröjningen i Östersund – läget torsdag kl. 07.30",
    `Under natten har det kommit 35 centimeter snö och det fortsätter att snöa under förmiddagen. Alla plogbilar och traktorer är ute sedan kl. 02.00.

Vi prioriterar huvudgator, busslinjer och gång- och cykelvägar till skolor först. Villagator plogas från i eftermiddag och under fredagen.

På många gator står fortfarande bilar parkerade, och där kommer plogen inte fram. Då blir gatan oplogad för alla som bor där.

Flytta bilen till egen tomt eller parkering så att plogen kommer fram. Skotta gärna fram till sopkärlet. Hemtjänsten kommer fram till alla brukare, men kan bli försenad.

Nästa lägesbild i dag kl. 14.00 på ostersund.se. Frågor: kontaktcenter 063-14 30 00.`,
  ),
  control(
    "bad20-sv-012",
    "sv",
    "bulletin",
    "Översvämmade källare i Gislaved efter skyfallet – måndag kl. 09.00",
    `Under söndagskvällen föll över 60 millimeter regn på två timmar över Gislaved. Räddningstjänsten gjorde 45 utryckningar, de flesta till översvämmade källare på Hestra och i centrum. Ingen har skadats.

Så mycket regn på så kort tid är mer än dagvattennätet är byggt för. Vi går nu igenom var vattnet tog vägen och om något i ledningsnätet behöver åtgärdas.

Har du fått vatten i källaren: stäng av strömmen till källaren om det går utan att du står i vatten, dokumentera skadorna med foto och kontakta ditt försäkringsbolag. Anmäl till kommunen om vattnet kom via avloppet, så utreder vi det.

Det kan komma mer regn på tisdag. Vi uppdaterar på gislaved.se kl. 15.00 i dag. Frågor: 0371-810 00.`,
  ),
  control(
    "bad20-en-003",
    "en",
    "bulletin",
    "Storm Hans: power cuts in Härjedalen – Monday 16.00",
    `About 2,400 households in Sveg, Lillhärdal and Vemdalen are still without power after last night's storm. The grid company expects most households to be reconnected by Tuesday evening; remote lines may take until Thursday.

The municipality's crisis team has been working since early this morning with the grid company and the home care service.

Warming centres are open around the clock at Sveg sports hall and Vemdalen school. You can charge your phone, get water and a hot meal there. If you rely on home care and have not heard from us, call 0680-163 00.

Do not go near fallen power lines. Next update at 20.00 on herjedalen.se.`,
  ),
  control(
    "bad20-en-004",
    "en",
    "social",
    undefined,
    `Gotland Region, Tuesday 15 July 10.00: The water situation on Fårö is serious. Groundwater levels are the lowest we have measured, and the tank at Fårösund fell by 40 percent last night.

A hosepipe ban applies on Fårö from today: no watering with hose or sprinkler, no filling pools, no car washing. Use water for drinking, cooking and hygiene only.

We are trucking in water from Slite. Questions: 0498-26 90 00. Next update Thursday 10.00 at gotland.se/vatten.`,
  ),
  // ---- blind21 ----
  control(
    "bad21-en-001",
    "en",
    "bulletin",
    "Discoloured water in Hillcrest – update 10:15, Tuesday 3 March",
    `Riverbend Water is aware that customers in Hillcrest and the northern part of Oakley have brown or cloudy water this morning.

We do not yet know what has caused the discolouration. Our network team is checking the mains and the Hillcrest reservoir, and we will tell you what we find.

What you should do: run your cold kitchen tap for five to ten minutes. If the water does not clear, use bottled water for drinking and baby feeds and call us on 0800 614 220. We are delivering bottled water to customers on our Priority Services Register.

Our next update will be at 14:00 on riverbendwater.co.uk/incidents.`,
  ),
  control(
    "bad21-en-002",
    "en",
    "social",
    undefined,
    `UPDATE 16:40 – Fire at Harlow Road industrial estate, Brenton.

Crews from six stations are tackling a fire in a commercial unit storing plastics. There is heavy smoke drifting north-east towards Brenton Park and Kingsmead.

We do not yet have confirmed information about injuries. We will share it once the ambulance service has confirmed it, and ask people not to pass on unconfirmed numbers.

If you live in Brenton Park or Kingsmead, keep windows and doors closed and stay out of the smoke. Avoid Harlow Road – it is closed between the A414 roundabout and Station Lane.

Next update by 18:00 here and at eastvalefire.gov.uk. – East Vale Fire and Rescue Service`,
  ),
  control(
    "bad21-en-003",
    "en",
    "bulletin",
    "River Wend flood warning – 7.30pm, Friday 14 November",
    `The Environment Agency has issued a flood warning for the River Wend at Ashby Bridge, and levels are expected to peak between 2am and 5am on Saturday.

The flood defences at Ashby Bridge are built for river levels like those forecast tonight, and our teams will check them through the night. Riverside Walk and Mill Lane lie outside the defences and may flood.

Sandbags are available at the Ashby Leisure Centre car park until 10pm. Please move cars away from Riverside Walk and Mill Lane before you go to bed, and do not walk or drive through flood water.

North Wendshire District Council's emergency line is 01632 960 880, staffed all night. We will post the next update at 7am on nwendshire.gov.uk/flooding.`,
  ),
  control(
    "bad21-en-004",
    "en",
    "bulletin",
    "Precautionary boil water notice – Westfield and Canal Ward (issued 11:00, 9 June)",
    `Greystone County Water has issued a precautionary boil water notice for homes and businesses in Westfield and Canal Ward after a drop in pressure during a main repair on Canal Street overnight.

Do not drink tap water in the area straight from the tap until we tell you the notice has been lifted.

Until the notice is lifted, boil all water used for drinking, making ice, preparing food and brushing teeth. Bring it to a rolling boil for one minute and let it cool. Water is fine for bathing and flushing toilets.

Samples have been sent to the laboratory and results are expected on Thursday. We will update this page at 17:00 today and again on Thursday morning. Questions: 0345 113 9000 (24 hours) or greystonewater.co.uk/notices.`,
  ),
  control(
    "bad21-en-005",
    "en",
    "bulletin",
    "Surface water flooding – Tuesday 6 February, 08:30",
    `Heavy overnight rain has caused surface water flooding in parts of Hadley and Eastmoor. Glebe Road and the underpass at Eastmoor station are closed.

More rain fell in a few hours than the drains in these areas can carry away. Once the water has gone down, we will look at how the drainage coped and whether anything needs to change.

If water is entering your home, turn off electricity at the mains if it is safe to do so and call 0300 555 0137. Sandbags are being delivered to properties at immediate risk. Please do not drive through flood water.

Our highways crews are out now, and we will post an update at 12:00 on hadley.gov.uk/flooding.`,
  ),
  control(
    "bad21-en-006",
    "en",
    "social",
    undefined,
    `Storm update 6:00 a.m. Thursday: about 11,800 customers in Pine County and north Alder County are still without power after last night's storms.

Our crews have worked through the night, and extra crews from neighbouring utilities arrived this morning to help.

Most customers should be back on by 10 p.m. tonight; some rural lines may take until Friday evening. Stay at least 35 feet away from downed lines and report them at 1-800-555-0142. Check your estimated restoration time at northstarpower.com/outages. Next update at noon.`,
  ),
  control(
    "bad21-en-007",
    "en",
    "bulletin",
    "Measles cases in Eastfield – update 4 p.m., March 12",
    `Coral County Health Department has confirmed two more measles cases, bringing the total in Eastfield to seven. None of the people who fell ill had been vaccinated, and most of them live on the east side.

Anyone who was at Eastfield Public Library on March 8 between 10 a.m. and 1 p.m. may have been exposed. Check that you have had two doses of MMR vaccine. If you develop fever and a rash, call your doctor before you go in so you do not expose others in the waiting room.

Free MMR vaccine is available at our Main Street clinic, weekdays 8 a.m.–6 p.m. Call the measles line at 555-0190. We will update case counts here every weekday at 4 p.m.`,
  ),
  control(
    "bad21-en-008",
    "en",
    "sms",
    undefined,
    `Maple City Emergency Mgmt 5:10PM Sun: Ice storm tonight, freezing rain 8PM-6AM. Stay off roads. Charge phones. Warming ctr: Lincoln Rec Center. Next alert 10PM`,
  ),
  control(
    "bad21-en-009",
    "en",
    "bulletin",
    "IT incident affecting council services – Monday 2 September, 13:00",
    `Brookmere Borough Council is dealing with an IT incident that has affected a number of our online systems since early this morning.

We do not yet know what caused the incident or whether any personal information is involved, and we cannot yet say when systems will be back. Our IT team is working with outside specialists to find out, and we have informed the Information Commissioner's Office. Media questions: 01632 960 401.

Online payments, the planning portal and the housing repairs form are currently unavailable. To report an urgent housing repair, call 01632 960 400. Emergency out-of-hours numbers are unaffected. Please be cautious of emails or texts that claim to come from the council and ask for bank details.

We will update brookmere.gov.uk/status at 17:00 today.`,
  ),
  control(
    "bad21-en-010",
    "en",
    "bulletin",
    "Advice for river users – River Coln, 07:45 Saturday 20 July",
    `Following heavy rain overnight, untreated wastewater entered the River Coln downstream of Fernley after a pump failed at our Fernley wastewater treatment works. Wessex Vale Water is responsible for the works, and we are sorry.

As a precaution, please do not swim, paddle or let dogs into the river between Fernley Weir and Lower Ashcombe footbridge this weekend. If you have been in the water and feel unwell, contact NHS 111.

We are working with the Environment Agency and taking water samples today. Results will be published at wessexvalewater.co.uk/rivers by 18:00 on Sunday, and we will post an update at 16:00 today. Questions: 0345 600 4600.`,
  ),
  control(
    "bad21-en-011",
    "en",
    "sms",
    undefined,
    `City Water Dept 7:20AM Wed 14 Aug: Zones 3 & 4 (N of Kellogg Ave) boil tap water 1 min for drinking, cooking, teeth. Bottled water Fire Stn 2 to 8PM. Update 3PM`,
  ),
  control(
    "bad21-en-012",
    "en",
    "bulletin",
    "Legionnaires' disease cases in Northgate – 2 p.m., Friday 18 August",
    `Harbor City Public Health is investigating four cases of Legionnaires' disease in people who live or work in the Northgate area. All four are being treated in hospital.

We have not yet found the source. Our team is inspecting cooling towers and water systems in Northgate and has taken samples; results are expected next week, and we may find more cases before then.

Legionnaires' disease is not spread from person to person. It is caught by breathing in tiny water droplets, for example from cooling towers. If you live or work in Northgate and develop a cough, fever or shortness of breath, contact your doctor and mention this notice. People over 50, smokers and people with weakened immune systems are at higher risk.

Questions: call 311 or visit harborcity.gov/legionella. Next update Monday at 2 p.m., or sooner if there is new information.`,
  ),
  control(
    "bad21-en-013",
    "en",
    "bulletin",
    "Smoke from the Cedar Ridge Fire – 9 a.m., Wednesday",
    `Smoke from the Cedar Ridge Fire, 40 miles north-west of Millbrook, has moved into the valley overnight. The Air Quality Index in Millbrook reached 212 (Very Unhealthy) at 7 a.m. this morning, and readings in Elk Falls and Sutter Creek are between 160 and 190.

Winds are forecast to stay light and from the north-west until at least Thursday evening, so smoke is likely to stay in the valley for the next 48 hours. The fire is now 18,400 acres and 12% contained.

Stay indoors with windows and doors closed, and put off outdoor exercise. If you have air conditioning, set it to recirculate. Older adults, children, pregnant women and people with heart or lung disease should take extra care; call your doctor if you have trouble breathing.

Millbrook County Public Health will post the next air quality update at 3 p.m. today at millbrookcounty.gov/smoke.`,
  ),
  control(
    "bad21-en-014",
    "en",
    "bulletin",
    "Power cut in Stanbridge and Little Haddon – 06:50, Sunday 9 February",
    `Around 3,200 homes in Stanbridge and Little Haddon lost power at 04:10 this morning after a fault on an underground cable near Mill Road substation.

Our engineers are on site and have started switching customers onto other circuits. We expect most homes to be back on by 11:00, and the remaining homes on Mill Road and Orchard Close by 15:00.

If you are on our Priority Services Register and need help, a welfare van with hot drinks and phone charging is parked at Stanbridge Village Hall until power is restored. Keep a fridge and freezer closed to keep food cold, and switch off appliances that were on when the power went, to avoid overloading the circuit when it returns.

Check the time for your postcode at powercut105.com or call 105, free, at any time. We will give a further update there at 10:00.`,
  ),
  control(
    "bad21-en-015",
    "en",
    "social",
    undefined,
    `Flood warning update 21:00 Thursday – River Lune at Caton.

The river is now at 4.1 m and still rising. We expect it to peak at around 5.2 m between 02:00 and 04:00 tonight, which is higher than the December peak. Properties on Low Road, Station Road and the Willow Lane caravan park are in the area covered by the warning.

If you live there, move medicines, documents and valuables upstairs now, move your car to higher ground and be ready to leave. If you are in the caravan park, plan now where you would go. Call 999 if you are in danger.

Lancaster Vale Council, the Environment Agency and the fire service are monitoring levels through the night. Live levels: check-for-flooding.service.gov.uk. Our next update will be at 23:30.`,
  ),
  control(
    "bad21-en-016",
    "en",
    "bulletin",
    "Snow and school transport – issued 5:45 p.m., Monday",
    `Between 15 and 20 cm of snow is forecast overnight across Ridgeway District, with the heaviest falls on higher ground around Kelso Hill and Upper Bramley.

A number of school bus routes will not run tomorrow morning, and some schools may open late or close. Parents and carers should check whether their child's bus and school are affected before leaving home: the list is at ridgeway.gov.uk/schoolclosures, or call 01632 960 515 from 6 a.m.

If you do travel, allow extra time, clear snow from all windows and lights, and keep a blanket and a charged phone in the car. Gritters will treat priority routes from 4 a.m.

Ridgeway District Council will issue the next update at 6:30 a.m. tomorrow on the same page.`,
  ),
  // ---- blind22 ----
  control(
    "bad22-sv-001",
    "sv",
    "bulletin",
    "Brand i förskolan Solrosen – uppdatering tisdag 17 november kl. 07.30",
    `Under natten mot tisdag brann det i ett förråd som är byggt ihop med förskolan Solrosen på Björkvägen. Räddningstjänsten larmades kl. 02.14 och branden var släckt strax före kl. 04. Ingen människa har skadats. Själva förskolebyggnaden har rök- och sotskador i två avdelningar.

Hur branden började är ännu inte klarlagt. Polisen har inlett en förundersökning, och vi berättar mer när polisen kan lämna besked.

Förskolan är stängd i dag tisdag. Vårdnadshavare som inte kan ordna annan omsorg kan lämna sina barn på förskolan Blåklinten, Tallvägen 4, från kl. 06.30. Personalen från Solrosen finns på plats där.

Har du sett något vid förskolan under natten? Ring polisen på 114 14.

Frågor om omsorgen besvaras av förskolechef Maria Lindqvist, 0478-125 10. Nästa uppdatering här på kommunens webbplats senast kl. 15.00 i dag, då vi vet om förskolan kan öppna i morgon.

Barn- och utbildningsförvaltningen, Lessebo kommun`,
  ),
  control(
    "bad22-sv-002",
    "sv",
    "sms",
    undefined,
    `Region Västernorrland 14.50: Buss av vägen på E4 norr om Docksta. Antal skadade ej klart. Anhöriga kan ringa 0611-800 00. Mer info på rvn.se kl 16.`,
  ),
  control(
    "bad22-sv-003",
    "sv",
    "bulletin",
    "Gasläcka på Storgatan – boende i nr 12–18 har utrymts",
    `Torsdag 3 december kl. 10.40

Vid grävarbete i Storgatan skadades i morse en gasledning. Räddningstjänsten har utrymt boende i Storgatan 12–18 och spärrat av gatan mellan Kyrkogatan och Torget. Var exakt läckan sitter och hur mycket gas som har läckt ut är ännu inte klarlagt.

Läckande gas kan börja brinna om den antänds, och därför har husen närmast läckan utrymts. Du som befinner dig utanför avspärrningen behöver inte göra något särskilt.

Du som har utrymts kan vänta i Folkets hus, Torget 2, där kommunens krisstöd bjuder på fika och svarar på frågor. Använd inte öppen eld och starta inte bilar innanför avspärrningen.

Frågor: kommunens kontaktcenter 0560-160 00, öppet till kl. 20 i dag. Vi uppdaterar informationen här kl. 13.00.

Räddningstjänsten Östra Värmland och Kristinehamns kommun`,
  ),
  control(
    "bad22-sv-004",
    "sv",
    "bulletin",
    "Kokningsrekommendation i norra Hjo",
    `Måndag 7 december kl. 09.00

Ett vattenprov som togs i fredags visar E. coli-bakterier på ledningsnätet i norra Hjo. Därför rekommenderar vi att du som bor norr om Guldkroksvägen kokar vattnet som ska användas till dryck, matlagning och tandborstning. Övriga delar av Hjo berörs inte och kan använda vattnet som vanligt.

Koka upp vattnet tills det bubblar kraftigt. Det räcker, det behöver inte koka någon längre tid.

Bor du söder om Guldkroksvägen behöver du alltså inte koka vattnet.

Vi tar nya prover i dag och i morgon. Svar väntas onsdag, och vi meddelar här senast onsdag kl. 15 om rekommendationen kan hävas. Vattentank för den som inte kan koka finns vid Hjo idrottshall.

Frågor: VA-enhetens jour 0503-350 00.

Hjo kommun, VA-enheten`,
  ),
  control(
    "bad22-sv-005",
    "sv",
    "social",
    undefined,
    `Information till vårdnadshavare på Norrbackaskolan, onsdag kl. 11.20:

Skolan fick i morse ett hot via mejl. Polisen är på plats och bedömer i nuläget att det inte finns någon akut fara, men eleverna är kvar i sina klassrum medan polisen går igenom skolan. Vem som har skickat hotet utreder polisen, och vi lämnar inga uppgifter om det innan polisen gör det.

Hämta inte ditt barn förrän vi meddelar det – det försvårar polisens arbete. Vi skickar nästa besked i Skolplattformen senast kl. 13.00. Frågor: rektor Anders Holm, 0240-860 12.

/Ludvika kommun, Norrbackaskolan`,
  ),
  control(
    "bad22-sv-006",
    "sv",
    "bulletin",
    "Gul varning för hårda vindbyar – förbered dig nu",
    `Fredag 20 november kl. 12.00

SMHI har utfärdat en gul varning för hårda vindbyar i Skellefteå kommun från lördag kl. 06 till söndag kl. 18. Vindbyar upp till 23 meter per sekund väntas längs kusten.

Så hårda vindar kan fälla träd över vägar och elledningar. Räkna med att en del hushåll kan bli utan el under några timmar, och längre på landsbygden.

Så här förbereder du dig:
• Ta in eller surra fast lösa föremål på tomt och balkong.
• Ladda mobil och powerbank.
• Ha ficklampa, batteriradio och dricksvatten hemma.
• Undvik onödiga resor under lördagen.

Om elen går, ring inte 112 utan följ elbolagets avbrottskarta. Kommunens kontaktcenter 0910-73 50 00 har öppet lördag kl. 08–20. Vi uppdaterar här lördag kl. 09.

Skellefteå kommun`,
  ),
  control(
    "bad22-sv-007",
    "sv",
    "bulletin",
    "Översvämningar efter nattens skyfall",
    `Tisdag 18 augusti kl. 08.15

Under natten föll drygt 60 millimeter regn på tre timmar över centrala Vetlanda. Dagvattennätet blev överbelastat och flera gator och källare har svämmats över. Ingen har skadats.

Så stora mängder regn hinner inte rinna undan, varken i gatubrunnar eller i husens egna brunnar och stuprör. Kontrollera gärna att dina är rensade när regnet har slutat.

Har du vatten i källaren: bryt strömmen i rummet om det kan göras säkert, kontakta ditt försäkringsbolag och undvik kontakt med vattnet, som kan innehålla avloppsvatten. Kör inte genom översvämmade viadukter – Järnvägsgatan och Norra Vägen är avstängda.

Felanmälan om gator och brunnar: 0383-970 00. Vi uppdaterar läget här kl. 14.00.

Vetlanda kommun, samhällsbyggnadsförvaltningen`,
  ),
  control(
    "bad22-sv-008",
    "sv",
    "bulletin",
    "Elavbrottet i Bollnäs – läget måndag kväll",
    `Måndag 11 januari kl. 19.00

Cirka 2 300 hushåll i Bollnäs och Arbrå är fortfarande utan el efter helgens snöstorm. Elbolaget räknar med att de flesta får tillbaka strömmen under tisdagen, men för hushåll längs Voxnans dalgång kan det dröja till torsdag.

Alla äldreboenden har reservkraft och har haft värme hela helgen. Personalen där når anhöriga som vill veta hur deras närstående har det.

Värmestugor med el, vatten och möjlighet att ladda mobilen finns i Arbrå bibliotek och Bollnäs kulturhus, öppet dygnet runt. Behöver du hjälp att ta dig dit, eller känner du någon som bor ensam och kan behöva stöd, ring kommunens kontaktcenter 0278-250 00.

Nästa lägesbild publiceras här tisdag kl. 09.00.

Bollnäs kommun`,
  ),
  control(
    "bad22-sv-009",
    "sv",
    "bulletin",
    "Fall av mässling i Västerås",
    `Onsdag 4 mars kl. 13.00

Smittskydd Västmanland har bekräftat två fall av mässling i Västerås. Ingen av de två var vaccinerad, och smittskyddet spårar nu vilka de har träffat.

Mässling är mycket smittsamt. Den som besökte vårdcentralen Vallby, Vallbyvägen 10, mellan kl. 09 och 12 i måndags kan ha smittats och kontaktas av smittskyddet i dag.

Får du feber, hosta, röda ögon och utslag: stanna hemma och ring 1177 innan du söker vård, så att du inte smittar andra i väntrummet. Du som är osäker på om du är vaccinerad kan kontakta din vårdcentral. Vaccinet är kostnadsfritt.

Vi uppdaterar här fredag 6 mars kl. 12 eller tidigare om fler fall bekräftas.

Region Västmanland, Smittskydd`,
  ),
  control(
    "bad22-sv-010",
    "sv",
    "social",
    undefined,
    `Räddningstjänsten Dala Mitt, lördag 8 mars kl. 10.00:

Isen på Runn är nu svag efter veckans töväder, särskilt vid Korsnäsviken, Främby udde och runt alla bryggor. Vi avråder från att gå, åka skidor eller köra skoter på isen.

Isen kan se stadig ut men bär sämre när det är plusgrader, och varje vår får vi larm om folk som gått igenom. Vänta hellre tills det har frusit på igen.

Går någon genom isen: ring 112 direkt, gå inte ut själv på svag is och kasta något som personen kan ta tag i. Läs mer om isvett på rtdalamitt.se. Vi lägger ut en ny isbedömning här på tisdag.`,
  ),
  control(
    "bad22-sv-011",
    "sv",
    "bulletin",
    "Vattenläcka i Östra Ljungby – vattnet avstängt",
    `Onsdag 2 september kl. 11.30

Vid grävarbete för fiberutbyggnad i Östra Ljungby grävdes en huvudvattenledning av i morse kl. 09.10. Vattnet är avstängt för cirka 180 hushåll norr om Skolgatan.

Hur det gick till går vi igenom tillsammans med entreprenören när ledningen är lagad.

Vattentank finns vid Östra Ljungby skola. Ta med egna dunkar. Håll kranar stängda tills vattnet kommer tillbaka, och spola kallvatten några minuter om det är missfärgat.

Vi räknar med att ledningen är lagad vid 18-tiden. Nästa besked här och via sms till berörda kl. 15.00. Frågor: NSVA kundservice 042-490 01 00.

Klippans kommun och NSVA`,
  ),
  control(
    "bad22-sv-012",
    "sv",
    "bulletin",
    "Brand i flerfamiljshus på Eriksberg – natten till söndag",
    `Söndag 29 november kl. 06.30

Strax efter kl. 01 i natt larmades vi till en lägenhetsbrand på Hammarbyvägen 18 i Eriksberg. Branden började i en lägenhet på tredje våningen. Tolv personer fick hjälp ut via stegbil och två av dem har förts till sjukhus för kontroll av rökskador. Branden var släckt kl. 02.40.

Branden spred sig inte till fler lägenheter, men trapphuset och flera lägenheter har fått rökskador.

Boende i trappuppgång 18 kan inte bo kvar i natt. Kommunens krisstöd finns i Eriksbergsskolans matsal i dag kl. 08–16, där bostadsbolaget Mimer även hjälper till med tillfälligt boende. Polisen utreder brandorsaken.

Frågor om lägenheterna: Mimer, 021-39 70 00. Vi uppdaterar här kl. 12.00.

Mälardalens brand- och räddningsförbund`,
  ),
  control(
    "bad22-sv-013",
    "sv",
    "bulletin",
    "It-störning i kommunens system",
    `Tisdag 13 oktober kl. 10.00

Sedan i går kväll ligger flera av kommunens it-system nere, bland annat e-post, e-tjänster och skolplattformen. Vi vet ännu inte vad som har orsakat störningen eller när allt fungerar igen. Kommunens it-enhet felsöker tillsammans med leverantören, och vi berättar vad vi vet i varje uppdatering.

Detta fungerar som vanligt: trygghetslarm, hemtjänst, förskola och skola.

Om du behöver kontakta kommunen: ring växeln 0152-290 00, öppen kl. 07–19. Orosanmälningar om barn görs på samma nummer och kopplas direkt till socialtjänsten. Ekonomiskt bistånd betalas ut som planerat.

Vi uppdaterar här kl. 16.00.

Strängnäs kommun`,
  ),
  control(
    "bad22-sv-014",
    "sv",
    "bulletin",
    "Legionella på Lindgårdens äldreboende",
    `Fredag 16 oktober kl. 14.00

Vid provtagning i varmvattnet på Lindgårdens äldreboende har vi hittat legionellabakterier. Vi har under en period inte kontrollerat varmvattnets temperatur så ofta som våra rutiner kräver, och vi följde inte upp de avvikelser vi såg. Det är vårt ansvar, och vi ber om ursäkt.

Ingen boende har i dag symtom. Duscharna på boendet används inte förrän varmvattensystemet är spolat och nya prover är tagna, och de boende tvättas under tiden på annat sätt. Att dricka vattnet är inte farligt.

Anhöriga som vill veta mer kan ringa enhetschef Karin Björk, 0243-740 15, i dag till kl. 20 och i helgen kl. 10–16. Vi meddelar provsvaren här tisdag 20 oktober.

Gagnefs kommun, vård och omsorg`,
  ),
  control(
    "bad22-sv-015",
    "sv",
    "sms",
    undefined,
    `Österåkers kommun: Koka dricksvattnet i Åkersberga centrum, E. coli i prov. Gäller dryck, mat, tandborstning. Nytt besked tors 12 dec kl 12. Tel 08-540 810 00`,
  ),
  control(
    "bad22-sv-016",
    "sv",
    "bulletin",
    "Vinterkräksjuka på Höglandssjukhuset",
    `Måndag 18 januari kl. 11.00

Det pågår ett utbrott av vinterkräksjuka på Höglandssjukhuset i Eksjö. Just nu har 14 patienter och 6 medarbetare symtom. Utbrottet gäller medicinavdelningarna 3 och 7, som bara tar emot nya patienter vid behov av akut vård.

För att minska smittspridningen ber vi dig att inte besöka någon på sjukhuset om du själv har haft kräkningar eller diarré de senaste två dygnen. Tvätta händerna med tvål och vatten före och efter besöket. Ta inte med barn under tolv år.

Har du en planerad operation eller ett planerat besök kontaktar mottagningen dig om tiden behöver flyttas. Frågor: växeln 010-242 00 00. Vi uppdaterar här onsdag kl. 12.

Region Jönköpings län`,
  ),
  // ---- blind23 ----
  control(
    "bad23-en-001",
    "en",
    "bulletin",
    "Explosion at Harbour Road industrial unit – update 14:30, Tuesday 4 March",
    `Wexbridge Fire and Rescue Service was called at 11:52 today to an explosion and fire at an industrial unit on Harbour Road. Six fire engines attended and the fire is now under control. Two workers were taken to hospital with injuries that are not thought to be life-threatening.

The cause of the explosion is not yet known. Our fire investigators will examine the unit with the Health and Safety Executive once it is safe to go in.

Harbour Road remains closed between the Quay Street roundabout and the retail park. Please avoid the area. If you live downwind of the smoke, keep your windows and doors closed until it clears.

Our next update will be at 17:00 on our website and social media channels. For non-emergency questions call 01632 960 210.`,
  ),
  control(
    "bad23-en-002",
    "en",
    "social",
    undefined,
    `Car fires in Millfield – Sunday 12 May, 9:30am

Six cars were set alight in the Millfield area overnight. Nobody was hurt. Fire crews put the fires out and the cars have been removed.

Officers have started an investigation to find out who is responsible and whether the fires are linked to other recent incidents in the area.

If you have doorbell or dashcam footage from Ashgrove Road, Tenter Lane or Park Crescent between 1am and 4am, please call 101 quoting incident 84 of 12 May, or report online at our website. Extra patrols will be in the area tonight.

We'll post an update here by 6pm.`,
  ),
  control(
    "bad23-en-003",
    "en",
    "social",
    undefined,
    `Flooding update – 07:45 Thursday 14 November

The River Kell has burst its banks at Kelford Bridge. The B4120 is closed at the bridge and the Mill Lane footbridge is shut.

Fire crews are checking the roads near the garden centre and the properties on Riverside Walk. We will share confirmed information about anyone affected there as soon as we have it.

If you or anyone with you is in danger, call 999. Do not walk or drive through floodwater – 30cm of moving water can float a car.

A rest centre is open at Kelford Leisure Centre for anyone who needs to leave their home. Sandbags are available at the council depot on Station Road until 18:00.

Next update at 10:00.`,
  ),
  control(
    "bad23-en-004",
    "en",
    "bulletin",
    "Burst main – Ashby Parva and Leire – update 15:00, Friday 9 August",
    `Following a burst water main on Station Road this morning, customers in Ashby Parva and Leire may notice cloudy or discoloured water as supplies return.

We are testing the water now. Until the results show it is safe, please boil all tap water used for drinking, cooking and brushing teeth, and let it cool before use.

Bottled water is available at Ashby Parva village hall from 16:00 today. If you are on our Priority Services Register, we will deliver water to your door – call 0345 600 1234 if you have not heard from us by 19:00.

We will update customers by 9am tomorrow on our website and by text message.`,
  ),
  control(
    "bad23-en-005",
    "en",
    "bulletin",
    "Route 9 tanker spill – statement from Ridley County Emergency Management, 10:20 a.m. Wednesday, June 4",
    `A tanker carrying an industrial solvent overturned on Route 9 near Mill Creek at about 8:40 a.m. today. The driver was treated at the scene. Part of the load has leaked into Mill Creek.

County hazmat crews and the state Department of Environmental Quality are on scene and have placed booms across the creek to contain the spill. Water samples have been taken and results are expected tomorrow afternoon.

Until then we cannot say whether the creek water poses a health risk. The solvent can irritate skin and eyes, so avoid contact with the water and the banks near the spill.

Route 9 is closed between Oak Lane and County Road 14; use County Road 14 as a detour. Keep children and pets out of Mill Creek until further notice.

The next update will be posted at 2 p.m. at ridleycounty.gov/alerts. Questions: call the county information line at 555-0142.`,
  ),
  control(
    "bad23-en-006",
    "en",
    "bulletin",
    "Sewer flooding in Elm Park – update 12:00, Monday 3 February",
    `Sewage has flooded gardens and two ground-floor flats on Elm Park Road after a blockage in the main sewer early this morning.

The blockage was made up of wet wipes and cooking fat. Everyone can help prevent this: put wipes in the bin, and let fat cool and throw it away rather than pouring it down the sink.

Our crews cleared the blockage at 10:30 and are now cleaning and disinfecting the affected gardens. Please keep children and pets away from affected areas and wash your hands thoroughly after any contact.

Affected households can call 0300 123 4567 (24 hours) for help with clean-up and temporary accommodation.

We will post the next update at 17:00 on our website.`,
  ),
  control(
    "bad23-en-007",
    "en",
    "social",
    undefined,
    `Storm update – 09:15 Saturday 8 February

Last night three vehicles drove into the ford at Hollow Lane despite the closure signs and had to be recovered by fire crews. Nobody was hurt.

The ford and Hollow Lane remain closed. Floodwater can be much deeper and faster than it looks – please find another route.

Live road closures: roads.northvale.gov.uk. To report a blocked drain or fallen tree call 0300 555 0199.

Next update at 12:00.`,
  ),
  control(
    "bad23-en-008",
    "en",
    "sms",
    undefined,
    `Easton Health Dept 8AM Tue 7/16: 104°F today and tomorrow. Drink water, stay out of sun 11AM-5PM, check on neighbors. Cooling: all libraries. easton.gov/heat`,
  ),
  control(
    "bad23-en-009",
    "en",
    "bulletin",
    "Power outage update – 18:00, Sunday 17 November",
    `Storm Bert brought down overhead lines across the Marches overnight. At the peak, 21,400 homes and businesses were without power. Power has now been restored to 17,900 of them.

Our engineers have been working since the early hours, and crews from other parts of our network have joined them today.

About 3,500 customers remain off supply, mainly around Clun, Bishop's Castle and Knighton. We expect most of them to be reconnected by 22:00 tonight and the rest by midday tomorrow.

If you are still without power, call 105 or check the live map at our website. If you rely on medical equipment and need help, call 105 and choose option 1. Stay well away from fallen power lines and report them on 105.

Our next update will be at 08:00 on Monday.`,
  ),
  control(
    "bad23-en-010",
    "en",
    "bulletin",
    "Incident at Castlegate Shopping Centre – statement 16:20, Saturday 7 September",
    `Police were called to Castlegate Shopping Centre at 14:10 today following reports of a disturbance. The centre was evacuated as a precaution and remains closed.

Officers are still working to establish what happened. We cannot yet say whether anyone was hurt or whether anyone has been arrested; we will tell you as soon as we can confirm it. Media enquiries: press office, 01632 960 300.

Please avoid the area around Castlegate and Bridge Street while officers are at the scene. Buses are being diverted via Wellington Road.

If you are worried about a family member who was in the centre this afternoon, call 0800 056 0944.

We will give a further update at 18:00 on our website and social media.`,
  ),
  control(
    "bad23-en-011",
    "en",
    "sms",
    undefined,
    `Uisce Éireann: Boil water notice from 3pm Thu 6 June, all homes in Glenmore and Ballyrea. Bottled water at GAA grounds 5pm. Info 0818 123 456. Update noon Fri`,
  ),
  control(
    "bad23-en-012",
    "en",
    "bulletin",
    "Legionnaires' disease cases in Westbrook – 11:00, Tuesday 22 October",
    `Four people who live or work in Westbrook town centre have been diagnosed with Legionnaires' disease in the past ten days. All four are being treated in hospital.

Legionnaires' disease is a lung infection caught by breathing in small droplets of contaminated water. It does not spread from person to person.

Environmental health officers have inspected cooling towers and water systems at premises in the town centre and samples have been taken. We do not yet know where the infection came from. Results are expected early next week, and more cases may be found before then.

If you have been in Westbrook town centre since 1 October and develop a cough, fever, shortness of breath or muscle aches, contact your GP or call NHS 111 and mention this alert. People over 50, smokers and people with weakened immune systems are most at risk.

More information is at westbrook.gov.uk/legionella. We will publish the next update at 11:00 on Friday.`,
  ),
  control(
    "bad23-en-013",
    "en",
    "bulletin",
    "Do not drink the tap water in Northfield – 16:30, Wednesday 2 April",
    `Earlier today, our staff at the Northfield treatment works added the wrong amount of a water treatment chemical to the supply for about 300 homes in Northfield. This was our mistake. We are sorry, and we are investigating how it happened.

If you live on Northfield Road, Orchard Way, Hilltop Close or Meadow Rise, do not drink the tap water or use it for cooking until further notice. You can still use it for flushing toilets and washing clothes.

Bottled water is available at Northfield Community Centre until 21:00 tonight and from 07:00 tomorrow. Vulnerable residents can ask for a delivery on 0300 200 4400.

If you have drunk the water and feel unwell, call NHS 111.

Next update at 20:00 on our website and by text to registered customers.`,
  ),
  control(
    "bad23-en-014",
    "en",
    "bulletin",
    "Gas leak on Market Street, Alderton – 13:40, Thursday 15 May",
    `Midshire Gas Networks engineers are repairing a damaged gas main on Market Street, Alderton, after it was struck during roadworks at about 11:30 this morning. Gas is escaping into the surrounding area and fire crews are at the scene as a precaution.

Around 40 homes and businesses between the library and the Church Street junction are affected. Market Street is closed to traffic.

If you are in this area: do not smoke, light flames or start engines, and follow instructions from fire crews. If you smell gas indoors, open the windows, go outside and call 0800 111 999.

We expect the repair to take several hours. We are sorry for the disruption this is causing.

More information at midshiregas.co.uk/incidents or on 0800 111 999. Next update at 16:00.`,
  ),
  control(
    "bad23-en-015",
    "en",
    "bulletin",
    "Power outage in Carrow and West Heath – 07:00, Monday 13 January",
    `About 6,200 customers in Carrow and West Heath have been without power since 02:15 after high winds brought a tree down onto an overhead line near Heath Farm.

Our crews have cleared the tree and are replacing the damaged section of line. We expect power to be back for most customers by 15:00 today. A small number of properties on Heath Lane may take longer because a pole needs to be replaced.

Until then, keep fridges and freezers shut, switch off appliances that were on when the power went, and look in on elderly neighbours. If you rely on medical equipment at home, call 105 and tell us.

You can follow progress on our live outage map at eastgrid.co.uk/outages or by calling 105.

Next update at 10:00.`,
  ),
  control(
    "bad23-en-016",
    "en",
    "bulletin",
    "Evacuation Alert – Pine Ridge Road area – issued 3:15 p.m., Saturday, July 20",
    `The Regional District has issued an Evacuation Alert for properties along Pine Ridge Road between Kilometre 4 and Kilometre 11, and on Tamarack Place, because of the Tumble Creek wildfire.

The fire is about 6 kilometres west of Pine Ridge Road and is moving east, pushed by strong winds forecast through the evening.

An Evacuation Alert means you must be ready to leave on short notice:
• Pack medications, documents, phone chargers and supplies for three days.
• Fuel your vehicle and park it facing out.
• Make a plan for pets and livestock now.
• If you need help to leave, arrange it with family or neighbours today.

If an Evacuation Order is issued, leave immediately by Highway 24 eastbound. The alert map and updates are at rdemergency.ca/tumblecreek, and the Emergency Operations Centre answers questions on 250-555-0199. An update will be issued there by 9 p.m.`,
  ),
  // ---- blind26 ----
  control(
    "bad26-sv-001",
    "sv",
    "bulletin",
    "Koka dricksvattnet i Norrvik",
    `Norrviks kommun, VA-enheten, 14 mars kl. 09.40

Vid ett rutinprov i går hittades E. coli-bakterier i dricksvattnet från Norrviks vattenverk. Vi rekommenderar därför alla i Norrvik, Strandby och Lillsund att koka vatten som ska drickas eller användas i matlagning. Koka upp vattnet tills det bubblar kraftigt och låt det svalna.

Hur bakterierna har kommit in i vattnet vet vi ännu inte. Vi går igenom vattentäkten, vattenverket och ledningsnätet och berättar vad vi hittar.

Tankbilar med dricksvatten står vid Norrviks skola och vid ICA Lillsund från kl. 12.

Frågor: kommunens kontaktcenter 0123-45 60 00 eller norrvik.se/vatten. Nästa uppdatering kommer i dag kl. 16.`,
  ),
  control(
    "bad26-sv-002",
    "sv",
    "bulletin",
    "Brand på Ekbacka äldreboende",
    `Ekbacka kommun, lördag 2 november kl. 06.15

I natt började det brinna på Solgårdens äldreboende i Ekbacka. Räddningstjänsten är på plats och branden är nu begränsad till en av avdelningarna. Alla boende har flyttats till Ekbacka sporthall.

Om någon har skadats eller omkommit är ännu inte bekräftat. Vi berättar det så snart räddningstjänsten och regionen har säkra uppgifter.

Anhöriga som vill ha besked om sina närstående kan ringa kommunens krisnummer 0321-55 10 10, som är öppet hela dygnet. Stöd finns i sporthallen för den som behöver prata med någon.

Vi uppdaterar på ekbacka.se klockan 10.`,
  ),
  control(
    "bad26-sv-003",
    "sv",
    "social",
    undefined,
    `Stenåsa kommun informerar, onsdag kl. 14.20: Räddningstjänsten släcker en brand i en lagerbyggnad på Industrigatan. Boende i Västra Stenåsa uppmanas att hålla sig inomhus och stänga fönster, dörrar och ventilation.

Vi har fått frågor om en brand vid Kyrkskolan. Det har vi ingen bekräftelse på. Vi kontrollerar med räddningstjänsten och skriver här så snart vi vet.

Mer information på stenasa.se/aktuellt. Nästa uppdatering senast kl. 16.`,
  ),
  control(
    "bad26-sv-004",
    "sv",
    "bulletin",
    "Gasläcka på Hallviks torg",
    `Hallviks kommun, tisdag 8 april kl. 11.05

En gasledning har skadats vid grävarbeten på Hallviks torg. Polisen har spärrat av området inom 200 meter och de som bor eller arbetar i kvarteren runt torget har ombetts lämna sina lokaler.

Det är för att gasen kan antändas som området är avspärrat. Utanför avspärrningen bedömer räddningstjänsten att risken är liten. Rök inte och använd inte öppen eld i närheten.

Den som har utrymt kan gå till Hallviks bibliotek, där personal från kommunen finns på plats. Frågor besvaras på 0511-20 20 00. Vi uppdaterar på hallvik.se kl. 13.`,
  ),
  control(
    "bad26-sv-005",
    "sv",
    "bulletin",
    "Stopp i avloppet i Björkmora",
    `Björkmora kommun, Vatten och avlopp, 22 januari kl. 08.30

Sedan i natt är det stopp i avloppsledningen på Granvägen och Lönnvägen. Avloppsvatten har trängt upp i några källare.

I stoppet har vi hittat våtservetter och fett. Sådant ska läggas i soporna och inte spolas ner, så hjälper vi alla till att undvika nya stopp.

Undvik att spola, diska och duscha mer än nödvändigt tills vi meddelar att ledningen är rensad. Har du fått vatten i källaren, kontakta ditt försäkringsbolag och vår felanmälan på 0480-11 22 33. Nästa uppdatering kl. 13 på bjorkmora.se.`,
  ),
  control(
    "bad26-sv-006",
    "sv",
    "bulletin",
    "Strömavbrott i Lillsjö – trygghetspunkt öppen",
    `Lillsjö kommun, söndag 5 december kl. 10.00

Efter nattens storm är cirka 2 300 hushåll i Lillsjö och Kärrby utan ström. Kommunen har öppnat en trygghetspunkt i Lillsjö folkets hus, där du kan värma dig, ladda telefonen och hämta dricksvatten. Den är öppen dygnet runt tills vidare.

Elnätsbolaget har montörer ute och arbetar med att röja bort träd och laga ledningarna. Kommunen har löpande kontakt med bolaget om när strömmen kan komma tillbaka.

Hemtjänsten når alla sina brukare. Information om elavbrottet finns hos ditt elnätsbolag och på lillsjo.se. Vi uppdaterar i dag kl. 15.`,
  ),
  control(
    "bad26-sv-007",
    "sv",
    "bulletin",
    "Vattnet tillbaka i Västerby",
    `Västerby kommun, 3 oktober kl. 17.30

Vattenläckan på Storgatan är nu lagad och alla hushåll i centrala Västerby har vatten igen. När vattnet kommer tillbaka kan det vara missfärgat. Spola kallvatten en stund tills det blir klart och vänta med vittvätt.

Reparationen tog knappt ett dygn. Tack till alla som har haft tålamod med avbrottet och hämtat vatten i tankarna.

Har du fortfarande problem med vattnet, ring VA-jouren på 0570-88 00 00. Ingen fler uppdatering planeras om inget nytt inträffar.`,
  ),
  control(
    "bad26-sv-008",
    "sv",
    "bulletin",
    "Fall av tuberkulos i Granhed",
    `Region Norrmark, smittskyddsenheten, 11 februari

Tre personer i Granhed har fått diagnosen tuberkulos den senaste månaden. Alla tre har arbetat på samma arbetsplats, och där gör vi nu smittspårning tillsammans med arbetsgivaren.

Tuberkulos smittar inte lätt. Det krävs nära och långvarig kontakt. Den som har haft hosta i mer än tre veckor, feber eller nattliga svettningar bör ringa 1177 eller sin vårdcentral.

Smittskyddsenheten kontaktar själv alla som behöver undersökas. Läs mer på regionnorrmark.se/tbc. Vi berättar om läget igen fredag 14 februari.`,
  ),
  control(
    "bad26-sv-009",
    "sv",
    "social",
    undefined,
    `Sjöberga kommun, fredag kl. 08.00: Provsvaren visar bakterier i vattnet i Sjöberga tätort. Koka därför allt vatten som ska drickas eller användas i mat. Låt vattnet bubbla kraftigt och sedan svalna. Du kan duscha och tvätta som vanligt.

Tankar med dricksvatten står vid Sjöberga torg och vid Idrottsplatsen. Mer info: sjoberga.se/vatten eller 0140-30 30 30. Vi uppdaterar här i kväll kl. 18.`,
  ),
  control(
    "bad26-sv-010",
    "sv",
    "bulletin",
    "Rök över Åkersta – stanna inomhus",
    `Åkersta räddningstjänst, onsdag 17 juli kl. 15.10

En stor brand pågår på återvinningsanläggningen vid Åkersta industriområde. Röken driver mot centrum och kan irritera ögon och luftvägar. Räddningstjänsten är på plats och arbetar med att begränsa branden.

Om du bor eller befinner dig i centrala Åkersta eller Norra Åkersta: gå inomhus och stäng dörrar, fönster och ventilation.

Följ Sveriges Radio P4 och akersta.se. Nästa uppdatering kl. 17.`,
  ),
  control(
    "bad26-sv-011",
    "sv",
    "bulletin",
    "Händelse vid Tallmo skola",
    `Tallmo kommun, måndag 9 september kl. 12.45

Polis har varit på plats vid Tallmo skola under förmiddagen. Eleverna har skickats hem och skolan är stängd resten av dagen. Fritids är öppet på Björkens förskola för de barn som behöver.

Rektor stängde skolan efter samråd med polisen. Vad som har hänt utreder polisen, och vi vet ännu inte allt. Vi berättar vad vi kan i kvällens besked.

Vårdnadshavare kan ringa skolans expedition på 0660-12 34 50 fram till kl. 16. Besked om morgondagen kommer via Vklass senast kl. 19 i kväll.`,
  ),
  control(
    "bad26-sv-012",
    "sv",
    "bulletin",
    "Ängsviks badplatser stängs",
    `Ängsviks kommun, 2 augusti kl. 09.00

Miljö- och hälsoskyddsnämnden har beslutat att stänga samtliga kommunala badplatser i Ängsvik från och med i dag kl. 12. Beslutet bygger på vattenprover som visar höga halter av bakterier. Det gäller tills nya prover är bra.

Bada inte vid Ängsviksbadet, Sandudden eller Lillviken. Hundar ska hållas borta från vattnet.

Frågor besvaras av kontaktcenter på 0410-60 60 60. Vi meddelar på angsvik.se när badplatserna öppnar igen, och ger en lägesbild senast måndag 5 augusti.`,
  ),
  control(
    "bad26-sv-013",
    "sv",
    "bulletin",
    "Brand i Råberga hamn",
    `Råberga räddningstjänst, torsdag 21 mars kl. 19.50

Sedan kl. 18.30 brinner det i en lagerlokal i Råberga hamn där det förvaras plast och bildäck. Rökutvecklingen är kraftig och vinden för röken in över Hamnstaden och Östra Råberga. Räddningstjänsten är på plats med sex enheter och räknar med att arbeta hela natten.

Bor du i Hamnstaden eller Östra Råberga: stanna inomhus och stäng fönster, dörrar och ventilation. Har du astma eller annan lungsjukdom, ha din medicin nära till hands.

Ingen person har skadats. Det är ännu inte känt vad som orsakade branden.

Läget följs på raberga.se och i Sveriges Radio P4. Nästa uppdatering kl. 22.`,
  ),
  control(
    "bad26-sv-014",
    "sv",
    "bulletin",
    "Kokningsrekommendation i Kvarnby",
    `Kvarnby kommun, 6 maj kl. 10.30

Efter en vattenläcka vid Kvarnby reningsverk i går kväll kan föroreningar ha kommit in i ledningsnätet. Alla i Kvarnby och Kvarnbyholm rekommenderas därför att koka vatten som ska drickas, användas i matlagning eller till tandborstning. Koka upp vattnet ordentligt och låt det svalna.

Det är ännu inte känt hur länge rekommendationen kommer att gälla. Proverna tar minst två dygn att analysera.

Frågor besvaras av kommunens kontaktcenter, 0380-51 50 00, och mer information finns på kvarnby.se/vatten. Nästa besked lämnas där torsdag 8 maj kl. 12.`,
  ),
  control(
    "bad26-sv-015",
    "sv",
    "bulletin",
    "Störning i fjärrvärmen i Forsnäs",
    `Forsnäs Energi, tisdag 14 januari kl. 07.20

På grund av ett haveri i Forsnäs värmeverk är leveransen av fjärrvärme och varmvatten avbruten i stora delar av Forsnäs sedan i natt. Kallvattnet fungerar som vanligt.

Håll fönster och dörrar stängda för att hålla värmen inne. Använd inte gasolkaminer inomhus. Hemtjänsten kontaktar sina brukare under förmiddagen.

Kundservice nås på 0651-77 00 77 och driftinformation finns på forsnasenergi.se. Nästa uppdatering kommer där i dag kl. 10.`,
  ),
  control(
    "bad26-sv-016",
    "sv",
    "bulletin",
    "Eldningsförbud i Älvsbacka",
    `Älvsbacka räddningstjänst, fredag 20 juni kl. 09.00

Från och med i dag kl. 14.00 gäller eldningsförbud i hela Älvsbacka kommun. Förbudet gäller tills vidare.

Det är förbjudet att elda och att grilla med kol eller engångsgrill i skog och mark och på allmänna platser. Gasolgrill på egen tomt är tillåten.

Läs mer på alvsbacka.se/brandrisk eller ring 0246-10 00 00. Vi gör en ny bedömning måndag 23 juni.`,
  ),
];
