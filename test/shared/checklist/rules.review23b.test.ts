/**
 * Twenty-third round, a second code review: ordinary wordings only. Texts that sit near the round's new and changed
 * readings (FS14's result that came in days before and "from" read as future only before a time, FS15's plural
 * inquiries and "tills", FA7's weather turn and sworn "definitely", FA15's contained fire, positives and "all
 * customers", OP14's present-tense rulebook, OP15's "circumstances beyond our control", OP6's names withheld, FA13's
 * Facebook posts, FA12's "almost certainly from", AU23's idioms, AC18's "Please stop sharing", AC21's relief centre,
 * AC19's "it depends", IM7's visitors from, IM9's "common sense" and "too much time", IM3's local member, AC20's named
 * waters) written as Swedish and English-speaking authorities really publish them. Every probe is "spare": a good
 * checklist must leave each of these alone. Of the 79, 16 were refused when written (FS14 seven, FA7, FA15, OP15 and
 * IM7 two each, IM9 one; none of them by the round's starting code); the rules were narrowed until none is. Two
 * others were refused by the starting code and are spared now (IM9's "Use common sense around floodwater", an AC20
 * FAQ).
 */
import { b, describeProbes, faq, type Probe } from "./probes.js";

const probes: Probe[] = [
  // ---- FS14: a result that came in days before, with the wait explained or the text not first word
  {
    // A first positive is confirmed by a repeat sample before a notice goes out (the reason told).
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Published Thursday 16 July 2026\nResults from routine samples taken at Mill Lane reservoir came back on Monday 13 July showing a low level of E. coli. A single result can come from a contaminated sample tap, so we took repeat samples straight away. Those results were received this morning and confirm the finding, so all customers in Northfield must now boil tap water before drinking it.",
    ),
  },
  {
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Publicerad torsdag 20 augusti 2026\nMiljöförvaltningen fick provsvaren från Långsjöns badplats måndag 17 augusti. De visade förhöjda halter av E. coli, men eftersom ett enstaka prov kan vara missvisande tog vi omprov samma dag. Omproverna bekräftade i dag resultatet, och vi avråder därför från bad vid Långsjön. Nya prover tas på måndag.",
    ),
  },
  {
    // A questions-and-answers bulletin dating the earlier results.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Published Friday 24 July 2026\nBoil water notice in Northfield: your questions answered\nWhen was the problem found? Samples taken on Monday 13 July showed E. coli, and we issued the boil water notice that evening.\nHow long will the notice last? Until two rounds of samples in a row are clear. We expect the next results on Tuesday.",
    ),
  },
  {
    // "from" as a source, not a start: the discoloured water is today's news, the burst is background.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Published Friday 17 July 2026\nThe burst on Monday 13 July cut off water from the Mill Lane reservoir to 2,000 homes. Supplies were restored the same evening. Some customers in Northfield are now getting discoloured water from their taps as the pipes settle. Run the cold kitchen tap until it runs clear, and call us on 0800 123 4567 if it has not cleared after 20 minutes.",
    ),
  },
  {
    // The all-clear recalls the result that started it.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Published Thursday 16 July 2026\nBoil water notice lifted in Northfield\nOn Monday 13 July the laboratory confirmed E. coli in a sample from Mill Lane reservoir, and we asked customers in Northfield to boil their water that evening. Every sample taken since has been clear. You can drink your tap water again; run the cold tap for two minutes first.",
    ),
  },
  {
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Publicerad måndag 7 september 2026\nKokningsrådet i Åby hävs\nI fredags, den 4 september, fick vi provsvar som visade enterokocker i vattnet i Åby. Samma kväll skickade vi sms till alla hushåll med rådet att koka vattnet. Proverna från helgen visar att vattnet är bra igen, och du kan dricka det direkt ur kranen.",
    ),
  },
  {
    // An exposure notice that says why it took two days: contact tracing first.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Published Friday 22 May 2026\nAnyone who was in the emergency department waiting room at Eastmere Hospital between 2pm and 9pm on Saturday 16 May may have been exposed to measles. The laboratory confirmed the case on Wednesday 20 May. We first phoned every patient we could identify from hospital records; this notice is for anyone we could not reach. If you were there and are not vaccinated, call NHS 111.",
    ),
  },
  {
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Published Tuesday 22 September 2026\nRiverside Leisure Centre showers\nResults received on Friday 18 September showed legionella bacteria in the hot water system at Riverside Leisure Centre. The showers were closed that afternoon and the system was disinfected over the weekend. The showers stay closed until follow-up samples, taken today, are clear. The pool and gym are open as usual.",
    ),
  },
  {
    // A monthly water quality report: one sample weeks back, and its repeat.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Published 3 March 2026\nDrinking water quality in February\nWe took 412 samples across the district in February. One sample taken on 12 February at a customer's tap in Church Lane showed coliform bacteria; a repeat sample taken the next day was clear, as were samples from the nearby service reservoir. All other samples met the drinking water standards.",
    ),
  },
  {
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Publicerad 5 mars 2026\nDricksvattenkontrollen i februari\nVi tog 48 prover i kommunens vattenverk och ledningsnät i februari. Ett prov som togs 12 februari på Skolgatan visade koliforma bakterier. Omprovet dagen efter var utan anmärkning. Alla andra prover uppfyllde kraven för dricksvatten.",
    ),
  },
  {
    // A bathing-water season summary.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Posted 2 September 2026\nBathing water season round-up\nSandy Bay met the excellent standard this summer. Samples taken on 11 August after heavy rain showed raised levels of bacteria, and the beach was signed as not advised for swimming for two days. All 20 samples taken at Harbour Beach were within the standard.",
    ),
  },

  // ---- FS15: "tills"/"until" an inquiry for something other than the news
  {
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Lekplatsen i Stadsparken är avstängd tills utredningen av olyckan är klar. Vi informerar här när den öppnar igen. Lekplatsen vid Kvarnbyskolan är öppen som vanligt.",
    ),
  },
  {
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Vi har fått flera frågor om olyckan vid Norrbron. Polisen och Arbetsmiljöverket utreder vad som hände. Bron är stängd för trafik tills utredningarna är klara, och vi berättar på kommunens webbplats när den kan öppna. Gång- och cykeltrafik leds om via Storgatan.",
    ),
  },
  {
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Update: The footbridge at Mill Park will stay closed until the structural investigations are complete. We will publish the engineers' findings on this page as soon as we have them. Please use the crossing at Station Road instead.",
    ),
  },
  {
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Den anställda som misstänks ha stulit läkemedel på Solgårdens äldreboende arbetar inte kvar tills polisens och regionens utredningar är klara. Vi har informerat alla boende och deras anhöriga. Har du frågor, ring Solgårdens enhetschef på 0123-456 78.",
    ),
  },
  {
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "We will share what we know each day at 4pm. The cause of the fire will be announced once the fire service and police investigations are complete, but we will tell you straight away about anything that affects your safety.",
    ),
  },

  // ---- FA7: weather outlooks with a source, "definitely" in other senses
  {
    rule: "FA7",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Enligt SMHI kommer regnet tillbaka på söndag, och då är brandrisken troligen över för den här gången. Eldningsförbudet gäller tills länsstyrelsen häver det.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The Met Office expects the heat to break on Saturday. Until then the risk to older people and young children is high: drink plenty of water, keep curtains closed during the day and check on neighbours who live alone.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Värmen väntas släppa på lördag enligt SMHI. Även om temperaturen sjunker är grundvattennivåerna fortfarande låga, så bevattningsförbudet gäller tills vidare.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    // The sender's own promise, no outlook: it may warn, not refuse.
    err: true,
    input: b(
      "bulletin",
      "en",
      "If you were asked to leave your home, you will definitely be able to return once the fire service has made the area safe. Until then, please stay at the relief centre or with friends.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    // The sender's own promise, no outlook: it may warn, not refuse.
    err: true,
    input: b(
      "bulletin",
      "en",
      "Our crews will definitely be out gritting the main routes tonight, starting at 7pm. Side streets are not gritted, so take care on foot.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    // The sender's own promise, no outlook: it may warn, not refuse.
    err: true,
    input: b(
      "faq",
      "en",
      "Yes. Every household on the list will definitely get a letter from us before the work on your street starts, with the dates and a phone number.",
      "Will I be told before my water is turned off?",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    // The sender's own promise, no outlook: it may warn, not refuse.
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Vi kommer definitivt att skicka ut ett nytt sms när kokningsrådet hävs. Till dess ska du koka vattnet i minst en minut innan du dricker det.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "If you smell gas, definitely do not turn lights on or off. Leave the building and call the gas emergency line on 0800 111 999.",
    ),
  },

  // ---- FA15: contained fires with spot fires, earlier positives, "all customers" in follow-ups
  {
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The Mill Road grassfire is now contained. Crews will stay overnight to deal with spot fires inside the containment lines. Smoke will be visible from the Hume Highway for several days.",
    ),
  },
  {
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The Bellbird Road fire has been contained. Embers started spot fires up to 200 metres ahead of the fire earlier today, and all of them have been put out. Residents can return to their homes from 6pm.",
    ),
  },
  {
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Yesterday the fire continued to spread east towards Bellbird Road. Overnight, crews built containment lines, and this morning the fire is contained. The Emergency Warning has been downgraded to Watch and Act.",
    ),
  },
  {
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Three samples taken at Northfield reservoir on Monday tested positive for E. coli. All 24 samples taken since then have been clear, and there have been no new positive results since Tuesday morning. We will lift the boil water notice once a second round of samples is clear.",
    ),
  },
  {
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Update, Friday: There have been no new positive test results this week. The two cases who tested positive last week are recovering at home. Keep washing your hands and stay home for 48 hours after diarrhoea or vomiting stops.",
    ),
  },
  {
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "All customers affected by Tuesday's burst main now have their water supply back. If your water is discoloured, run the cold kitchen tap until it runs clear. Customers who were without water for more than 12 hours will get an automatic payment of £30.",
    ),
  },
  {
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "At the height of the storm around 4,000 homes were without power. All customers now have their power back. If your power is still off, check your fuse box and then call us on 105.",
    ),
  },

  // ---- OP14: the rulebook named, with the real reason
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "sv",
      "Räddningstjänsten följer de rutiner som gäller för VMA. Ett VMA skickas bara när det finns en direkt fara för människor, och röken drev ut över sjön, bort från bostäderna.",
      "Varför fick vi inget VMA?",
    ),
  },
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "en",
      "We are following the standard procedures for emergency alerts, which say an alert is sent once the fire service has confirmed which streets must leave. On Saturday that took 40 minutes because the wind changed twice.",
      "Why was the emergency alert sent so late?",
    ),
  },
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "sv",
      "Skolan är stängd eftersom stormen skadade taket på matsalen. Vi följer kommunens rutiner för stängning och öppnar när en besiktning visar att byggnaden är säker.",
      "Varför är Björkskolan stängd?",
    ),
  },
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "en",
      "In line with our gritting policy, we treat main roads and bus routes first because they carry the most traffic and emergency vehicles. Side streets are treated once those are clear.",
      "Why hasn't my street been gritted?",
    ),
  },

  // ---- OP15: "circumstances beyond our control" followed by the reason
  {
    rule: "OP15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Due to circumstances beyond our control, tonight's community meeting at Eastfield Hall is cancelled. A power cut has left the hall without lights or heating. We will hold the meeting on Thursday at 7pm instead.",
    ),
  },
  {
    rule: "OP15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Owing to unforeseen circumstances, Harbour Road recycling centre will close at 1pm today. The compactor has broken down and the engineer cannot reach us until tomorrow. Westgate recycling centre is open until 6pm.",
    ),
  },
  {
    rule: "OP15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Simhallen håller stängt i dag av flera skäl. Reningsverket för bassängvattnet har gått sönder och flera i personalen är sjuka. Vi räknar med att öppna igen på måndag.",
    ),
  },
  {
    rule: "OP15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "På grund av omständigheter utanför vår kontroll blir bussarna i Kvarnby försenade i dag. Ett träd har fallit över Kvarnbyvägen och vägen är avstängd medan det tas bort. Räkna med upp till 30 minuters försening.",
    ),
  },

  // ---- OP6: names and numbers withheld with a reason
  {
    rule: "OP6",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "We will not be naming the man who died until his family has been told. Officers are supporting his relatives.",
    ),
  },
  {
    rule: "OP6",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Public Health will not be naming the care homes involved, as doing so could identify individual residents. Families of residents in those homes have been contacted directly.",
    ),
  },
  {
    rule: "OP6",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "We will not be confirming the identity of the person arrested while the police investigation continues. A 34-year-old man from Eastmere is in custody.",
    ),
  },
  {
    rule: "OP6",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "We won't be giving the number of cases at each school, because the numbers are small and could identify children. Across the county there are 23 confirmed cases, all in children under ten.",
    ),
  },

  // ---- FA13: Facebook pages as a channel, not a source
  {
    rule: "FA13",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "We will post an update on this page at 4pm. Posts on our Facebook page say when the next community meeting will be held, and you can also sign up for text alerts.",
    ),
  },
  {
    rule: "FA13",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Evacuation centres are open at Bega Showground and Moruya Golf Club. Posts on the NSW RFS Facebook page show the latest fire maps every hour, and updates are also on the Hazards Near Me app.",
    ),
  },
  {
    rule: "FA13",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "We know posts on social media say the boil water notice has been lifted. It has not: please keep boiling your water until we tell you otherwise by text and on this page.",
    ),
  },

  // ---- FA12: "almost certainly" about effects, not causes
  {
    rule: "FA12",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Roads in the Eden valley will almost certainly flood again tonight. Do not drive through floodwater: just 30cm of moving water can float a car.",
    ),
  },
  {
    rule: "FA12",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The fish found dead in the River Eden on Monday were from the stretch below Eden Weir. The Environment Agency is testing water samples to find out why they died. Keep dogs out of the water until the results are known.",
    ),
  },
  {
    rule: "FA12",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The smoke you can see over Northfield today is almost certainly from the planned burn at Tidbinbilla: the ACT Parks and Conservation Service lit it this morning and has told us it is behaving as expected.",
    ),
  },

  // ---- AU23: one or two figures of speech in an ordinary text
  {
    rule: "AU23",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Heads up: Harbour Road will close at 6pm tonight for resurfacing. Our crews will leave no stone unturned to get it open by 6am, and the diversion via Station Road will be signed.",
    ),
  },
  {
    rule: "AU23",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Please only use water for drinking, cooking and washing until the reservoir refills. Every drop counts: turn off the tap while brushing your teeth and do not use hosepipes or sprinklers.",
    ),
  },
  {
    rule: "AU23",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Vi vet att många i Åby är i samma båt just nu, utan vatten sedan i morse. Vattentankar står vid Åby skola och vid ICA Åby. Ring 112 bara om det är fara för liv.",
    ),
  },
  {
    rule: "AU23",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The river is expected to peak at 4.2 metres tomorrow morning, so the town is not out of the woods yet. Move valuables upstairs and be ready to leave if we issue an evacuation warning.",
    ),
  },

  // ---- AC18: "please stop sharing" in a correction that gives the fact
  {
    rule: "AC18",
    expect: "spare",
    input: b(
      "correction",
      "en",
      "A post circulating on Facebook says schools in Eastmere will close tomorrow. This is not true. All schools in Eastmere are open as normal tomorrow. Please stop sharing the post.",
    ),
  },
  {
    rule: "AC18",
    expect: "spare",
    input: b(
      "correction",
      "sv",
      "Det sprids ett sms om att dricksvattnet i Åby är förgiftat. Det stämmer inte: proverna från i morse visar att vattnet är bra att dricka. Snälla sluta dela meddelandet.",
    ),
  },
  {
    rule: "AC18",
    expect: "spare",
    input: b(
      "social",
      "en",
      "Messages circulating on WhatsApp about a gas leak at Eastfield Shopping Centre are false. There is no leak and the centre is open as usual. Please stop sharing them.",
    ),
  },

  // ---- AC21: relief centre with its place
  {
    rule: "AC21",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Relief centres are open at:\n- Bega Showground, Church Street\n- Moruya Golf Club, 1 Evans Street\n- Narooma Leisure Centre, Bluewater Drive",
    ),
  },
  {
    rule: "AC21",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The council has opened a relief centre for residents who have had to leave their homes. The address and opening hours are on the council website, eastmere.gov.uk/floods, or call 01234 567890.",
    ),
  },
  {
    rule: "AC21",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "An evacuation relief centre is now open at Lismore Southern Cross University, Military Road. Bring medication, phone chargers and important documents. Pets are welcome if they are on a lead or in a carrier.",
    ),
  },
  {
    rule: "AC21",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Vi ställer ut vattentankar i morgon bitti på tre platser: Kvarnby skola, ICA Kvarnby och Kvarnby kyrka. Ta med egna kärl.",
    ),
  },

  // ---- AC19: risk questions answered "it depends …, so …" with advice
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "en",
      "It depends on how close you are and which way the wind is blowing. If you can smell smoke, stay indoors with windows and doors closed, and keep asthma medication with you.",
      "Is the smoke dangerous?",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "sv",
      "Det beror på hur mycket rök som når dig. Känner du röklukt ska du gå inomhus, stänga fönster och dörrar och stänga av ventilationen.",
      "Är röken farlig?",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "en",
      "That depends on how long the food has been without refrigeration, so throw away meat, fish, dairy and cooked food that has been above 5°C for more than four hours. If in doubt, throw it out.",
      "Is food from my freezer safe to eat after the power cut?",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "en",
      "The levels we measured are not considered harmful to healthy adults. People with lung conditions should avoid strenuous exercise outdoors until the smoke clears.",
      "Is the air quality dangerous?",
    ),
  },

  // ---- IM7: "visitors from" welcoming and informing
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Visitors from out of town are welcome at the Harbour Road relief centre. A total fire ban is in place across the district today, so no campfires or barbecues may be lit.",
    ),
  },
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The festival expects 20,000 visitors from across the region this weekend. Roads around the showground will be busy from 8am, so use the park and ride at Eastfield Station.",
    ),
  },
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Measles cases are rising in Europe this summer. Tourists from the UK travelling there should check they have had two doses of MMR before leaving. Ask your GP practice if you are not sure.",
    ),
  },
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Under sommaren tar vi emot många besökare från andra delar av landet. Eldningsförbudet gäller alla, även dig som hyr stuga eller campar: det är förbjudet att grilla och att elda i naturen.",
    ),
  },
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Holidaymakers from interstate who are staying on the South Coast should download the Hazards Near Me app and know where their nearest evacuation centre is.",
    ),
  },

  // ---- IM9: "common sense" and "too much time" in innocent senses
  {
    rule: "IM9",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Most of what keeps you safe in a heatwave is common sense: drink water, stay out of the sun between 11am and 3pm, and check on neighbours who live alone.",
    ),
  },
  {
    rule: "IM9",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Please do not spend too much time outdoors while the air quality is poor, especially if you have asthma or a heart condition.",
    ),
  },
  {
    rule: "IM9",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "With schools closed, we know many young people feel they have too much time on their hands. Eastmere Youth Service is running free drop-in sessions at the Civic Centre every weekday from 10am to 4pm.",
    ),
  },
  {
    rule: "IM9",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Många har hört av sig och sagt att de har för mycket tid över när skolorna är stängda. Biblioteket i Åby har öppet för barn och unga varje vardag kl. 10–16.",
    ),
  },
  {
    rule: "IM9",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Use common sense around floodwater: keep children and pets away from it, and never walk or drive through it.",
    ),
  },

  // ---- IM3: "local member" and "Member of Parliament" in neutral senses
  {
    rule: "IM3",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "If you are having trouble with your insurance claim, your local Member of Parliament's office can help you raise it with the insurer. You can also call the Insurance Council's disaster hotline on 1800 734 621.",
    ),
  },
  {
    rule: "IM3",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The Minister for Emergency Services and the local member, Jane Smith MP, visited the Bega relief centre on Tuesday to meet volunteers and residents.",
    ),
  },
  {
    rule: "IM3",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Flood recovery grants of up to $10,000 are open to small businesses in the Northern Rivers. The grants are jointly funded by the Commonwealth and NSW governments. Apply at service.nsw.gov.au or call 13 77 88.",
    ),
  },

  // ---- AC20: named waters as the answer to "where"
  {
    rule: "AC20",
    expect: "spare",
    input: faq(
      "sv",
      "Du kan hämta vatten ur Ljusnan med egen pump, men du får inte ta vatten ur kommunens brandposter.",
      "Var får jag hämta vatten till djuren?",
    ),
  },
  {
    rule: "AC20",
    expect: "spare",
    input: faq(
      "en",
      "Bottled water is being handed out from Eastfield Leisure Centre and from the Tesco car park on Mill Road, 8am to 8pm.",
      "Where can I get bottled water?",
    ),
  },
];

describeProbes("the twenty-third round's rules, ordinary wordings (second review)", probes);
