/**
 * Twenty-third round, a code review: probe texts written at the edges of the round's new and changed rules (FS14's
 * result that came in days before, FS15's plural inquiries and "tills", FA7's weather turn and sworn prediction, IM9's
 * mockery of rumour spreaders, IM7's visitors named by where they come from, IM3's local member, FA14's planned works,
 * AC20's named lakes, FA15's new contradiction pairs and states told for their own days, OP14's present-tense rulebook
 * and "Fråga:" title, OP15's "circumstances beyond our control" and "av flera skäl", OP6's number or names withheld,
 * FA13's community Facebook pages, FA12's "almost certainly from", AU23's pile of idioms, AC18's "Please stop
 * sharing them", AC21's relief centre and "vi ställer ut", AC19's "it depends" for a risk question), in the style of
 * real authority messages. "spare" probes are ordinary wordings a rule must leave alone (with `err`, it may warn but
 * not refuse); "fire" probes are what it is for. Of the 102 probes written, 26 failed at first (15 ordinary wordings
 * refused, 11 flaws missed); the rules were narrowed and widened until 101 pass. One is left out because the rule
 * still misses it and a test that fails is no test: "The E. coli found in the samples is probably from livestock
 * runoff after Sunday's heavy rain." (FA12 takes the samples before the hedge for the evidence the guess rests on).
 */
import { b, describeProbes, faq, type Probe } from "./probes.js";

const probes: Probe[] = [
  // ---- FS14: a result that came in days before publication
  {
    // Samples taken the day before: news told the next day.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Published Tuesday 14 July 2026\nSamples taken from the Mill Lane reservoir on Monday 13 July have shown E. coli bacteria. As a precaution, all customers in Northfield must boil tap water before drinking it. Bottled water is available at Northfield Leisure Centre, Park Road.",
    ),
  },
  {
    // The answer came yesterday.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Publicerad onsdag 22 april 2026\nMiljöförvaltningen fick i går, tisdag 21 april, provsvar som visar salmonella i kycklingsallad från Kafé Linden på Storgatan. Har du köpt salladen ska du inte äta den utan lämna tillbaka den till kaféet eller slänga den.",
    ),
  },
  {
    // Legionella cultures take more than a week.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Published Friday 18 September 2026\nRoutine samples taken from the cooling tower at Riverside Leisure Centre on Thursday 10 September showed legionella bacteria. The showers are closed while the system is cleaned and disinfected. The pool remains open.",
    ),
  },
  {
    // Bathing samples taken three days before: results take days.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Publicerad fredag 14 augusti 2026\nVattenprover som togs vid Långsjöns badplats tisdag 11 augusti visade höga halter av E. coli. Vi avråder från bad vid badplatsen. Nya prover tas på måndag.",
    ),
  },
  {
    // An exposure notice whose lab result came in this morning.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Published Monday 18 May 2026\nAnyone who ate at the Harbour Grill in Eastmere on Friday 15 May or Saturday 16 May and has since had vomiting or diarrhoea should call NHS 111. The laboratory confirmed norovirus in samples from two diners this morning.",
    ),
  },
  {
    // A later update recalling what residents were told at the time.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Published Thursday 16 July 2026\nOn Monday 13 July we informed residents in Northfield that laboratory results had confirmed E. coli in the water supply. Every sample taken since then has been clear, and the boil water notice is now lifted. Run your cold tap for two minutes before using it.",
      "Boil water notice lifted in Northfield",
    ),
  },
  {
    // An all-clear resting on three rounds of samples, the first a week back.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Publicerad fredag 17 juli 2026\nKokningsrådet i Åby hävs. Prover som togs fredag 10 juli, måndag 13 juli och onsdag 15 juli visade inga bakterier. Du kan dricka vattnet direkt från kranen igen.",
    ),
  },
  {
    // The answers came yesterday.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Publicerad torsdag 3 september 2026\nI går, onsdag 2 september, kom provsvaren som visar att dricksvattnet i Åby innehåller enterokocker. Koka vattnet i minst en minut innan du dricker det eller använder det i matlagning.",
    ),
  },
  {
    // Word from the laboratory four days before publication.
    rule: "FS14",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Publicerad fredag 24 april 2026\nMåndagen den 20 april fick miljöförvaltningen besked från laboratoriet om att listeria hittats i smörgåsar från Kafé Linden. Kasta smörgåsar som du har köpt där och kontakta 1177 om du får feber.",
    ),
  },
  {
    // Testing a week before publication.
    rule: "FS14",
    expect: "fire",
    input: b(
      "social",
      "en",
      "Posted Friday 18 December 2026\nTesting of water from Bramley Lake carried out on Thursday 10 December found high levels of blue-green algae. Keep dogs and children out of the water.",
    ),
  },
  {
    // An exposure notice whose lab result came in five days before.
    rule: "FS14",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "Published Monday 18 May 2026\nAnyone who attended the Spring Fair at Eastmere Showground on Saturday 9 May should check they have had two doses of MMR vaccine. The laboratory confirmed on Wednesday 13 May that two people who were at the fair have measles.",
    ),
  },
  {
    // "An update on Monday" is no follow-up.
    rule: "FS14",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "Published Friday 17 July 2026\nThe results were returned to the council on Tuesday 14 July and showed E. coli at Sandy Bay. Swimming is not advised. We will publish an update on Monday.",
    ),
  },

  // ---- FS15: news held until inquiries end
  {
    // A cordon, not the news, waits for the inquiries.
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Området runt fabriken på Industrigatan är avspärrat tills polisens och räddningstjänstens utredningar är klara. Vi uppdaterar här så fort vi vet mer.",
    ),
  },
  {
    // Only the cause waits.
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The cause of the fire will be announced once the fire service and police investigations are complete. In the meantime, residents of Mill Court can collect belongings from the building between 10am and 4pm, escorted by firefighters.",
    ),
  },
  {
    // Only the report waits; news is told as it comes.
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "We will publish the full report when both reviews are complete. We will share what we know as we learn it on this page.",
    ),
  },
  {
    rule: "FS15",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Kommunen går inte ut med fler uppgifter om händelsen på Solgårdens äldreboende tills utredningarna är helt avslutade.",
    ),
  },
  {
    rule: "FS15",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "No further information will be released until the police and HSE investigations have been completed.",
    ),
  },
  {
    // Plural "granskningarna".
    rule: "FS15",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Kommunen lämnar inga ytterligare besked om dataintrånget förrän granskningarna är slutförda.",
    ),
  },

  // ---- FA7: the weather's turn told as the end of the danger, and a sworn prediction
  {
    // The weather's turn told as NOT the end of the problem.
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Värmen släpper på lördag, men då är problemet inte löst: grundvattennivåerna är fortfarande mycket låga. Bevattningsförbudet gäller tills vidare.",
    ),
  },
  {
    // A forecast told as one, with "troligen".
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "SMHI väntar regn från söndag, och då är brandrisken troligen över för den här gången. Eldningsförbudet gäller tills länsstyrelsen häver det.",
    ),
  },
  {
    // Told as the forecast's.
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Vattennivån i Svartån stiger fortfarande. Strandvägen kommer inte att översvämmas enligt SMHI:s prognos, men vi lägger ut sandsäckar vid de lägsta husen för säkerhets skull.",
    ),
  },
  {
    // A promise about the council's own conduct.
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "We will definitely write to every affected household before any work starts on your street.",
    ),
  },
  {
    rule: "FA7",
    expect: "fire",
    err: true,
    input: b("bulletin", "sv", "Regnet som kommer i helgen fyller på grundvattnet, och då är vattenbristen löst."),
  },
  {
    rule: "FA7",
    expect: "fire",
    err: true,
    input: b(
      "social",
      "en",
      "The heat breaks on Saturday and then the risk is gone. Until then, drink plenty of water and check on older neighbours.",
    ),
  },
  {
    rule: "FA7",
    expect: "fire",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Vattennivån i Svartån stiger fortfarande, men bostäderna längs Strandvägen kommer inte att översvämmas.",
    ),
  },
  {
    rule: "FA7",
    expect: "fire",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Reservoir levels are low, but supplies are guaranteed to last until the autumn rains, so there is no need for a hosepipe ban.",
    ),
  },

  // ---- IM9: mockery of rumour spreaders; "common sense" as advice
  {
    rule: "IM9",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Much of the advice on staying safe in the heat is common sense: drink plenty of water, stay out of the sun between 11am and 3pm, and check on neighbours who live alone.",
    ),
  },
  {
    rule: "IM9",
    expect: "spare",
    input: b("bulletin", "en", "Exercise common sense around the water's edge and keep children within arm's reach."),
  },
  {
    // Children with time to fill during a closure, not mockery.
    rule: "IM9",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Schools in Eastmere remain closed until Monday. If the closure leaves your children with too much time on their hands, Eastmere Leisure Centre is running free activities from 10am to 3pm each day.",
    ),
  },
  {
    rule: "IM9",
    expect: "fire",
    input: b(
      "social",
      "en",
      "Some armchair experts online clearly have too much time on their hands. The water in Eastmere is safe to drink.",
    ),
  },
  {
    rule: "IM9",
    expect: "fire",
    input: b("social", "sv", "Till alla soffexperter på Facebook: vattnet i Åby är rent och går att dricka."),
  },
  {
    // "ha" rather than "har".
    rule: "IM9",
    expect: "fire",
    input: b(
      "social",
      "sv",
      "Vissa verkar ha för mycket tid över. Det finns ingen gasläcka i Åby, och skolorna har öppet som vanligt.",
    ),
  },
  {
    rule: "IM9",
    expect: "fire",
    input: b(
      "social",
      "en",
      "Those of us with common sense stayed off the roads last night. Please do the same tonight.",
    ),
  },

  // ---- IM7: visitors named by where they come from
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Visitors from Sydney are welcome at the relief centre at Moruya Golf Club, 1 Evans Street. Please register when you arrive so we know you are safe.",
    ),
  },
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "social",
      "en",
      "Campers from the city should check the fire danger rating and any total fire ban before they leave home this weekend.",
    ),
  },
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "We remind holidaymakers from interstate to check road closures on Live Traffic before travelling to the South Coast.",
    ),
  },
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Sommargäster från andra kommuner är välkomna till informationsmötet om vattenbristen i Folkets hus på torsdag kl. 18.",
    ),
  },
  {
    // The group named among those at risk, after the risk is told.
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Turister från länder där mässling är vanligt och som inte är vaccinerade löper större risk att smittas. Kontrollera ditt vaccinationsskydd på 1177.se.",
    ),
  },
  {
    rule: "IM7",
    expect: "fire",
    input: b(
      "social",
      "en",
      "The fires this summer have all been started by day-trippers from the city who ignore the total fire ban.",
    ),
  },
  {
    rule: "IM7",
    expect: "fire",
    input: b(
      "social",
      "sv",
      "Det är storstadsborna som lämnar engångsgrillar efter sig som orsakar bränderna i naturreservatet.",
    ),
  },
  {
    rule: "IM7",
    expect: "fire",
    input: b("social", "en", "Out-of-towners are putting everyone at risk by ignoring the fire ban at Lake Eildon."),
  },

  // ---- IM3: a local member's quick action
  {
    rule: "IM3",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Our local Member, Jane Smith MP, visited the relief centre on Tuesday to meet volunteers and residents.",
    ),
  },
  {
    rule: "IM3",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Thanks to the quick action of a neighbour, the family got out of the house before the fire spread.",
    ),
  },
  {
    rule: "IM3",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "The $2 million recovery grant for flood-affected businesses is open now, and it exists because of our local MP's quick action.",
    ),
  },

  // ---- FA14: planned works as the basis of a reassurance
  {
    rule: "FA14",
    expect: "spare",
    input: b(
      "social",
      "en",
      "Smoke may be visible today from a burn near Tidbinbilla. The burn is planned and there is no cause for concern.",
    ),
  },
  {
    rule: "FA14",
    expect: "spare",
    input: b(
      "social",
      "sv",
      "Bränningen är planerad och kontrollerad av räddningstjänsten, så det finns ingen anledning till oro om du ser rök över Norrmyren i dag.",
    ),
  },
  {
    // Not planned: the planned-works reason is absent.
    rule: "FA14",
    expect: "fire",
    input: b(
      "social",
      "en",
      "This morning's discharge into the river at the treatment works was not planned, but there is no cause for concern.",
    ),
  },

  // ---- AC20: named lakes as places
  {
    rule: "AC20",
    expect: "spare",
    input: faq(
      "sv",
      "Proverna är bra i Ringsjön och Immeln, och där kan du bada som vanligt.",
      "Var kan jag bada i sommar?",
    ),
  },
  {
    rule: "AC20",
    expect: "spare",
    input: faq(
      "en",
      "Swimming is safe again in Lake Ginninderra and Lake Tuggeranong. Lake Burley Griffin remains closed.",
      "Where can I swim safely?",
    ),
  },
  {
    // A river named without the -ån/-älven ending, after "ur".
    rule: "AC20",
    expect: "spare",
    input: faq(
      "sv",
      "Du får ta vatten ur Ljusnan och Voxnan med egen pump. Det kommunala vattnet får inte användas till djuren.",
      "Var får jag hämta vatten till djuren?",
    ),
  },
  {
    rule: "AC20",
    expect: "fire",
    input: faq("sv", "Vi avråder från bad i kommunens sjöar tills vidare.", "Var kan jag bada?"),
  },

  // ---- FA15: new contradiction pairs and states told for their own days
  {
    // Two fires.
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The Mill Road fire is now contained. A second fire near Eastvale is still spreading towards the highway, and residents of Eastvale should leave now.",
    ),
  },
  {
    // The fire under control, its smoke still spreading.
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The fire at the Northfield recycling plant is under control. Smoke is still spreading across the A14, so keep windows and doors closed.",
    ),
  },
  {
    // Earlier today, now contained.
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The fire is contained. Earlier today it spread to the plantation on Mill Road before crews stopped it.",
    ),
  },
  {
    // Two areas.
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "All customers in Eastfield now have their water supply back. Around 300 properties in Westfield remain without water after a second burst on Hill Road.",
    ),
  },
  {
    // An all-clear without contradicting lines.
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "There have been no new positive E. coli results since Thursday, and the boil water notice for Eastfield is lifted.",
    ),
  },
  {
    // Positives on Tuesday, none since Thursday.
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Two further samples taken on Tuesday tested positive. All samples since then have been clear, and there have been no new positive results since Thursday.",
    ),
  },
  {
    // Each state told for its own day.
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Eastfield Library will be closed on Monday while the roof is repaired. It will be open as normal on Tuesday.",
    ),
  },
  {
    rule: "FA15",
    expect: "fire",
    input: b("bulletin", "en", "The fire is now under control. It continues to spread towards Bellbird Road."),
  },
  {
    rule: "FA15",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "All customers in Eastfield now have their water back. Engineers are working to reconnect the 150 homes in Eastfield that remain without water.",
    ),
  },
  {
    rule: "FA15",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "There have been no new positive test results. Three further samples from the Eastfield reservoir came back positive this morning.",
    ),
  },

  // ---- OP14: present-tense rulebook answers, a "Fråga:" title, "storm" in place names
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "sv",
      "VMA skickades inte eftersom röken bedömdes drivas bort från bebyggelsen. Vi ser nu över den bedömningen.",
      "Fråga: Varför fick vi inget VMA?",
    ),
  },
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "en",
      "Following standard procedures, the alert is sent only after the fire service confirms the evacuation zone, and that took 40 minutes on Saturday. We are reviewing whether it can be sent sooner.",
      "Why was the alert sent so late?",
    ),
  },
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "sv",
      "Vi följer de rutiner som gäller för VMA: ett VMA skickas när det finns en direkt fara för allmänheten, och det bedömde vi inte att det fanns i lördags.",
      "Varför har ni inte skickat VMA?",
    ),
  },
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "sv",
      "Skolan stängdes på grund av stormen, som slet av delar av taket på gymnastiksalen.",
      "Varför stängdes Björkskolan?",
    ),
  },
  {
    rule: "OP14",
    expect: "fire",
    input: faq(
      "sv",
      "Räddningstjänsten arbetar alltid utifrån gällande rutiner för när VMA ska skickas.",
      "Fråga: Varför fick vi inget VMA?",
    ),
  },
  {
    rule: "OP14",
    expect: "fire",
    input: faq(
      "en",
      "We are following all the standard procedures for emergency alerts.",
      "Why was the alert sent so late?",
    ),
  },
  {
    // A street named Storm… is no storm.
    rule: "OP14",
    expect: "fire",
    input: faq("sv", "Stormvägen är avstängd enligt kommunens rutiner.", "Varför är Stormvägen avstängd?"),
  },

  // ---- OP15: "circumstances beyond our control", "av flera skäl"
  {
    rule: "OP15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Biblioteket i Åby håller stängt i dag av flera skäl: värmen har gått sönder och två medarbetare är sjuka.",
    ),
  },
  {
    rule: "OP15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Simhallen håller stängt resten av veckan av flera olika skäl, bland annat att reningsverket har gått sönder och att personal är sjuk.",
    ),
  },
  {
    rule: "OP15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Due to circumstances beyond our control – a burst water main on Station Road – the vaccination clinic at Eastfield Hall is cancelled today.",
    ),
  },
  {
    // The reason in the next sentence, in words the rule does not list.
    rule: "OP15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Due to circumstances beyond our control, Saturday's vaccination clinic at Eastfield Hall is cancelled. The hall's roof was damaged in last night's storm. The clinic will run at Westfield Library instead.",
    ),
  },
  {
    rule: "OP15",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "The Thursday vaccination clinic will not go ahead owing to unforeseen circumstances. We apologise for any inconvenience.",
    ),
  },
  {
    rule: "OP15",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Återvinningscentralen håller stängt i morgon på grund av omständigheter utanför vår kontroll.",
    ),
  },

  // ---- OP6: a number or names withheld
  {
    rule: "OP6",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "We will not be naming the school involved, to protect the privacy of the children and their families.",
    ),
  },
  {
    rule: "OP6",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "We will not be giving the number of cases at each school because the numbers are small enough to identify children. There are 14 cases in Eastmere in all.",
    ),
  },
  {
    rule: "OP6",
    expect: "fire",
    input: b("bulletin", "en", "The council will not be confirming the locations of the affected properties."),
  },
  {
    rule: "OP6",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "Public Health won't be releasing the names of the care homes affected by the outbreak.",
    ),
  },

  // ---- FA13: posts on community Facebook pages as the source
  {
    // The post told as a claim and corrected.
    rule: "FA13",
    expect: "spare",
    input: b(
      "correction",
      "en",
      "Posts on community Facebook pages say the Eastfield Road bridge has collapsed. This is not true: engineers inspected the bridge this morning and it is open to traffic.",
    ),
  },
  {
    rule: "FA13",
    expect: "spare",
    input: b(
      "social",
      "en",
      "We know posts on social media say the water is unsafe. It is safe to drink: our tests this morning found no bacteria.",
    ),
  },
  {
    rule: "FA13",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "Posts on local Facebook groups suggest several homes on Ridge Road have been lost. Crews are still working in the area.",
    ),
  },

  // ---- FA12: a cause told as almost certain
  {
    // The cause attributed to the agency that found it.
    rule: "FA12",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The Environment Agency says the fish deaths in the River Eden are most likely from low oxygen levels after the hot weather. Keep dogs out of the water.",
    ),
  },
  {
    rule: "FA12",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "The stomach illness reported by guests is in all likelihood from the buffet at Saturday's wedding at Eastfield Hall.",
    ),
  },

  // ---- AU23: a text built of idioms
  {
    rule: "AU23",
    expect: "spare",
    err: true,
    input: b(
      "social",
      "en",
      "Heads up: the Harbour Road car park closes at 6pm tonight ahead of the storm. Please steer clear of the river paths, which are flooded.",
    ),
  },
  {
    // "At the end of the day" meant literally, beside two mild idioms.
    rule: "AU23",
    expect: "spare",
    err: true,
    input: b(
      "social",
      "en",
      "The clean-up day kicks off at 9am at the Civic Centre. Please steer clear of Harbour Road while crews clear debris; it will reopen at the end of the day.",
    ),
  },
  {
    rule: "AU23",
    expect: "spare",
    err: true,
    input: b(
      "social",
      "sv",
      "Vi vet att många är i samma båt just nu. Håll huvudet kallt och ring 112 bara om det är fara för liv.",
    ),
  },
  {
    rule: "AU23",
    expect: "fire",
    err: true,
    input: b(
      "social",
      "en",
      "It's been a perfect storm this week. Our crews are pulling out all the stops, but with demand through the roof, please hold your horses before calling.",
    ),
  },
  {
    rule: "AU23",
    expect: "fire",
    err: true,
    input: b(
      "social",
      "sv",
      "Det här är lugnet före stormen. Vi ber alla ha is i magen, hålla tummarna och inte kasta yxan i sjön.",
    ),
  },

  // ---- AC18: a plea with no fact
  {
    rule: "AC18",
    expect: "spare",
    input: b(
      "correction",
      "en",
      "Messages circulating on WhatsApp about schools closing tomorrow are false.\nAll schools in Eastmere are open as normal.\nPlease stop sharing them.",
    ),
  },
  {
    rule: "AC18",
    expect: "spare",
    input: b(
      "social",
      "en",
      "The post claiming the bridge on Mill Road is closed is false.\nThe bridge is open to all traffic.\nPlease stop sharing it.",
    ),
  },
  {
    rule: "AC18",
    expect: "fire",
    input: b(
      "correction",
      "en",
      "Messages circulating about a chemical leak at the Eastfield plant are not true.\nPlease stop sharing them.\nEastfield Borough Council",
    ),
  },
  {
    rule: "AC18",
    expect: "fire",
    input: b(
      "social",
      "sv",
      "Meddelandet som sprids om att dricksvattnet i Åby är förgiftat stämmer inte.\nSnälla sluta dela det.",
    ),
  },

  // ---- AC21: a relief centre, "vi ställer ut"
  {
    rule: "AC21",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "A relief centre has opened for people who have left their homes. It is at Bega Showground, Church Street, and is open 24 hours.",
    ),
  },
  {
    rule: "AC21",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Vi ställer ut tankar med nödvatten på tre platser i Kvarnby:\n- Kvarnby skola\n- ICA Kvarnby\n- Kvarnby kyrka",
    ),
  },
  {
    rule: "AC21",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Ett vattenläckage har orsakat avbrott i Kvarnby. Vi ställer ut nödvatten i Kvarnby under eftermiddagen.",
    ),
  },
  {
    rule: "AC21",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "The council has opened a relief centre for anyone who has had to leave their home. Bring medication, phone chargers and important documents.",
    ),
  },

  // ---- AC19: a risk question is not answered by "it depends"
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "sv",
      "Det beror på vinden. Håll fönster och dörrar stängda och stäng av ventilationen om du bor nära brandplatsen.",
      "Är röken farlig?",
    ),
  },
  {
    // A verdict with its evidence.
    rule: "AC19",
    expect: "spare",
    input: faq(
      "sv",
      "Nej. Provsvaren från i morse visar att vattnet uppfyller kraven för dricksvatten.",
      "Är vattnet farligt att dricka?",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "en",
      "It depends on how close you are. Most people will only notice a smell, but people with asthma should keep their reliever inhaler with them.",
      "Is the smoke harmful?",
    ),
  },
  {
    // A verdict with its reason.
    rule: "AC19",
    expect: "spare",
    input: faq(
      "en",
      "Yes. Floodwater is often contaminated with sewage and can hide open drains and debris.",
      "Is the floodwater dangerous?",
    ),
  },
  {
    rule: "AC19",
    expect: "fire",
    input: faq(
      "en",
      "That depends on what is burning and on the wind direction. The fire service is monitoring air quality at the site.",
      "Is the smoke from the fire toxic?",
    ),
  },
];

describeProbes("the twenty-third round's rules at their edges (code review)", probes);
