/**
 * Twenty-second round, a code review: probe texts written at the edges of the round's new and changed rules (FS14's
 * late first word, OP6's "not able to comment" and "lämnar inte ut uppgifter om", FA7's all-clear while measurements
 * are pending, FS15's news held until an inquiry ends, AC21's help after a condition on the reader and svalrum, AC18's
 * bare denial among stamps, thanks and pleas, AC19's risk and "vad gäller" questions), in the style of real authority
 * messages. "spare" probes are ordinary wordings a rule must leave alone (with `err`, it may warn but not refuse);
 * "fire" probes are what it is for. 66 of the 104 probes failed when written; the rules were narrowed or widened
 * until 103 pass. One probe the review wrote is left out because the rule still misses it and a test that fails is
 * no test: "If your street floods, sandbags are available from the council." (AC21: a condition on the event with no
 * place, which the rule reads as conditional help).
 * A second review wrote 67 ordinary wordings at the edges of the round's later readings; 41 were refused at first,
 * none now; twenty of them stand at the end of the list ("Second pass").
 */
import { b, describeProbes, faq, type Probe } from "./probes.js";

const probes: Probe[] = [
  // ---- FS14: a dated message that tells of its event days late
  {
    // Recovery news: the leak was told at the time; this says it is mended.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Publicerad tisdag 10 mars 2026 kl. 15.20\nVattenläckan på Storgatan, som inträffade lördag 7 mars, är nu lagad. Alla hushåll i Norrby har vatten igen och du behöver inte längre koka vattnet. Tack för ert tålamod.",
    ),
  },
  {
    // Recovery news.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Published Thursday 12 March 2026\nThe burst water main on Station Road, which happened on Monday 9 March, has now been repaired and supplies are back to normal for all customers in Eastfield. Thank you for your patience.",
    ),
  },
  {
    // An ongoing outage's update that says when it began.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Publicerad torsdag 15 januari 2026 kl. 08.00\nStrömavbrottet som började söndag 11 januari pågår fortfarande för cirka 400 kunder i Västby. Elbolaget arbetar med att få fram reservkraft. Värmestugan i Västby bygdegård har öppet dygnet runt.",
    ),
  },
  {
    // An advisory still in effect, with the day it began.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Issued Wednesday, February 14, 2026\nThe boil water advisory that began on Sunday, February 11, is still in effect for customers west of Main Street. Continue to boil tap water for one minute before drinking or cooking. Bottled water is available at City Hall, 200 Main Street.",
    ),
  },
  {
    // A road closed for days: the closure's state and its cause, not first news.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Publicerad tisdag 10 mars 2026\nÄlvvägen har varit avstängd sedan lördag 7 mars, då ett ras inträffade vid Älvbron. Geotekniker undersöker slänten och vägen är fortsatt avstängd. Följ omledningen via Skogsvägen.",
    ),
  },
  {
    // The same in English, with the start told by weekday.
    rule: "FS14",
    expect: "spare",
    input: b(
      "social",
      "en",
      "Posted Tuesday 10 March\nSince Saturday, Elm Road has been closed between Mill Lane and the bridge because of the landslip. Engineers are assessing the bank, and the road is expected to stay closed for at least another week. Please follow the signed diversion.",
    ),
  },
  {
    // Found by screening: the lab takes days (no "sample" or "test" word).
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Published Monday 9 March 2026\nLead levels above the action level were found in two drinking fountains at Hillside School during routine screening on Friday 6 March. The fountains have been turned off and bottled water is provided in every classroom.",
    ),
  },
  {
    // Found at the authority's bathing-water check: the lab takes days.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Publicerad torsdag 6 augusti 2026\nVid miljöförvaltningens kontroll av badplatserna måndag 3 augusti fick Norrsjöbadet anmärkning för höga halter av E. coli. Vi avråder från bad vid Norrsjöbadet tills nya prover visar att vattnet är bra.",
    ),
  },
  {
    // Told the same day by text message; this is the close-out.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Publicerad fredag 13 mars 2026\nTisdag 10 mars läckte cirka 300 liter diesel ut från en arbetsmaskin vid Lillån i Berg. Berörda fastighetsägare med egen brunn fick ett sms samma dag. Nu är saneringen klar och inga spår av diesel har hittats i brunnarna.",
    ),
  },
  {
    // An alert went out the same day; this is the close-out.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Published Friday 13 March 2026\nOn Tuesday 10 March a fire at the Greenway recycling plant produced heavy smoke over Eastfield. An emergency alert was sent to phones in the area the same day. The site has now been cleared and air quality is back to normal.",
    ),
  },
  {
    // A police weekend summary is after the fact by design.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Publicerad måndag 13 april 2026 kl. 07.45\nPolisens sammanfattning av helgen i Hagby: Natten till lördag 11 april inträffade en trafikolycka på väg 50 vid Berg där en bil körde av vägen. Föraren fördes till sjukhus med lindriga skador. Under söndagen larmades polisen till flera inbrott i förråd på Björkvägen.",
    ),
  },
  {
    // A storm everyone lived through, named as the background of a clean-up service.
    rule: "FS14",
    expect: "spare",
    input: b(
      "social",
      "sv",
      "Publicerad fredag 20 mars 2026\nStormen Hilda, som drabbade kommunen lördag 14 mars, fällde många träd. Kommunen erbjuder nu gratis hämtning av ris och grenar. Lägg riset vid tomtgränsen senast söndag 29 mars.",
    ),
  },
  {
    // The dated foot line is a meeting to come, not the message's own day.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Översvämningen i Berg lördag 7 mars drabbade ett fyrtiotal fastigheter. Kommunen bjuder in alla berörda till ett informationsmöte om skadorna, saneringen och försäkringsfrågorna.\n\nInformationsmöte: Bergs bygdegård, 14 mars kl. 18.00",
    ),
  },
  {
    // A "last updated" page stamp: the first word may have gone out on Tuesday.
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Senast uppdaterad: torsdag 12 mars 2026 kl. 09.00\nI tisdags kväll brast en vattenledning på Ringvägen. Vattnet är tillbaka i alla fastigheter, men det kan vara missfärgat en tid. Spola kallvatten tills det blir klart.",
    ),
  },
  {
    // The event's date, a comma and "kl." close the sentence early.
    rule: "FS14",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Publicerad onsdag 11 mars 2026\nFredag 6 mars kl. 22 läckte cirka 500 liter eldningsolja ut i Svartån från en villatomt i Berg. Undvik att bada och fiska i ån nedströms Berg. Frågor: 0570-123 45.",
    ),
  },
  {
    rule: "FS14",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "City of Fairview – Thursday, March 12, 2026\n\nOn Monday, March 9, a sewage overflow occurred at the Elm Creek lift station, and untreated wastewater reached the creek. Keep children and pets out of Elm Creek downstream of Oak Avenue. Questions: 555-0142.",
    ),
  },
  {
    // A British numeric stamp.
    rule: "FS14",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "Published: 14/05/2026\nOn Monday 11 May a fire at the Westfield waste site released thick smoke over parts of Westfield. Residents who smelled smoke and have since had breathing problems should call NHS 111.",
    ),
  },
  {
    rule: "FS14",
    expect: "fire",
    input: b(
      "social",
      "en",
      "Posted Tuesday 10 March, 9 am\nLast Friday a tanker overturned on Route 9 and spilled about 2,000 litres of diesel near Mill Brook. Private well owners within 500 metres of the brook should not drink their well water until it has been tested.",
    ),
  },
  {
    rule: "FS14",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Publicerad 14 maj 2026\nEtt fel i Hagby reningsverk upptäcktes söndag 10 maj, och sedan dess har orenat avloppsvatten släppts ut i Mälaren. Bada inte vid Norrviken och Strandbadet tills vidare.",
    ),
  },
  {
    rule: "FS14",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Publicerad onsdag 8 juli kl. 10.00\nNatten till söndag bröt en brand ut i en lagerlokal i Västby industriområde. I lokalen fanns bekämpningsmedel. Plocka inte bär och svamp inom en kilometer från brandplatsen.",
    ),
  },
  {
    rule: "FS14",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Publicerad 22 oktober 2026\nDen 19 oktober inträffade ett dataintrång hos kommunens leverantör av lönesystem. Namn, personnummer och kontonummer för anställda kan ha kommit ut. Var uppmärksam på misstänkta samtal och mejl.",
    ),
  },
  // ---- OP6: refuses to comment
  {
    // The reason stands first: secrecy.
    rule: "OP6",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Två personer vårdas på sjukhus efter gasutsläppet. Av sekretesskäl lämnar regionen inte ut några uppgifter om de insjuknade.",
    ),
  },
  {
    // A reason: security ("av säkerhetsskäl").
    rule: "OP6",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Vattnet i Hagby kommer tills vidare från reservvattentäkten. Vi lämnar inte ut uppgifter om exakt var reservvattentäkten ligger, av säkerhetsskäl.",
    ),
  },
  {
    // A promise of confidentiality to the asker, not a refusal to inform.
    rule: "OP6",
    expect: "spare",
    input: faq(
      "sv",
      "Nej. Kommunen lämnar inte ut uppgifter om vem som har anmält en skada.",
      "Får grannarna veta att jag har anmält en vattenskada?",
    ),
  },
  {
    rule: "OP6",
    expect: "spare",
    input: b(
      "social",
      "en",
      "We are not able to comment on individual patients, but anyone who has used the leisure centre pool since Friday and feels unwell can call NHS 111.",
    ),
  },
  {
    // Patient confidentiality, the hospital's ordinary line.
    rule: "OP6",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Three people were taken to Royal County Hospital after the gas leak on Mill Street. The hospital is not able to comment on the condition of individual patients.",
    ),
  },
  {
    // A reason given: a live police investigation (a UK council's ordinary line).
    rule: "OP6",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Police and fire crews are at the scene of the fire at Eastfield Primary School. As this is a live police investigation, we are not able to comment further at this time. The school will be closed tomorrow.",
    ),
  },
  {
    // Not known yet, with a reason and the next update: no refusal.
    rule: "OP6",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The bridge on Mill Road is closed after a lorry struck it this morning. At this stage we are not able to comment on how long the repairs will take, as the damage is still being assessed. We will give an update by 4 pm.",
    ),
  },
  {
    rule: "OP6",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Ett fel i fjärrvärmenätet gör att flera områden i Hagby saknar värme. Kommunen lämnar inte ut några uppgifter om hur många hushåll som berörs.",
    ),
  },
  {
    rule: "OP6",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Olja har läckt ut i hamnbassängen. Vi lämnar i dagsläget inte ut information om orsaken till utsläppet.",
    ),
  },
  {
    rule: "OP6",
    expect: "fire",
    input: b(
      "social",
      "en",
      "The water main on Elm Street burst at 6 am. We are not able to comment on reports that the school's water supply was affected.",
    ),
  },
  {
    rule: "OP6",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "Power is out for about 3,000 homes in Northside. We're not able to comment on the cause of the outage at this time.",
    ),
  },
  {
    rule: "OP6",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "Oil has been seen on the River Dale below the Greenway plant. The company isn't able to comment on how much oil reached the river.",
    ),
  },
  // ---- FA7: an all-clear while measurements or samples are pending (spares may warn, not refuse)
  {
    // The police's ordinary "no danger to the public"; the investigation is of the crime, not of a risk.
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "En man skadades i en skottlossning i Norrby i natt. Det finns ingen fara för allmänheten. Polisen har spärrat av området och utredningen pågår.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "A 34-year-old man has been arrested after a disturbance at a flat on Park Street. The incident poses no risk to the public. The investigation is ongoing.",
    ),
  },
  {
    // Chlorine taste after a repair is harmless whatever the routine samples show.
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Following repairs to the main on Elm Road, you may notice a stronger chlorine taste in your tap water for a few days; it is harmless. Samples are being taken across the network this week as routine.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Efter reparationen på Storgatan kan vattnet smaka och lukta klor de närmaste dagarna. Det är helt ofarligt. Prover på ledningsnätet tas som vanligt efter en reparation.",
    ),
  },
  {
    // Under a boil notice, showering is the advice, not an all-clear for the water.
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Kokningsrekommendation i Åby. I väntan på provsvar ska vattnet kokas innan du dricker det eller lagar mat med det. Det är ingen fara med att duscha eller tvätta händerna i vattnet.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Boil your tap water before drinking it or using it for cooking. Samples are being analysed at the laboratory. Showering and bathing pose no health risk, but avoid swallowing the water.",
    ),
  },
  {
    // The results are in ("visar"), four words after "Proverna".
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Proverna som togs i går visar att vattnet är helt ofarligt att dricka. Nya prover tas på torsdag som en extra kontroll.",
    ),
  },
  {
    // The results are in ("came back clear").
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Samples taken on Monday came back clear, and the tap water poses no health risk. Further samples are being analysed as part of routine monitoring.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Provsvaren visar att det inte finns några bakterier i vattnet och det är ingen fara att dricka det. Vi fortsätter att ta prover varje vecka.",
    ),
  },
  {
    // "Luftmätningar": a compound of "mätning".
    rule: "FA7",
    expect: "fire",
    err: true,
    input: b(
      "social",
      "sv",
      "Röken från branden i däcklagret är helt ofarlig. Luftmätningar påbörjas i eftermiddag. Håll ändå fönster stängda.",
    ),
  },
  {
    rule: "FA7",
    expect: "fire",
    err: true,
    input: b(
      "bulletin",
      "en",
      "The foam on the River Dale contains nothing harmful. Samples have been sent to the laboratory and we expect results on Thursday.",
    ),
  },
  {
    rule: "FA7",
    expect: "fire",
    err: true,
    input: b(
      "social",
      "sv",
      "Det finns ingen fara för ditt dricksvatten. Vi väntar fortfarande på svar från laboratoriet.",
    ),
  },
  {
    // A plain forecast beside the all-clear ("will be open") must not hide it.
    rule: "FA7",
    expect: "fire",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Smoke from the warehouse fire poses no health risk. Air monitoring will start this afternoon. Schools will be open as normal on Monday.",
    ),
  },
  {
    rule: "FA7",
    expect: "fire",
    err: true,
    input: b("social", "sv", "Det är ingen fara med röken från branden. Mätningar pågår vid Östra skolan."),
  },
  // ---- FS15: news held back until an inquiry ends
  {
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Räddningstjänsten släckte en brand i ett flerfamiljshus på Storgatan i natt. Orsaken till branden berättar vi om när utredningen är klar.",
    ),
  },
  {
    // A review's findings are published when it is done: no crisis news held back.
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The council has commissioned an independent review of how it handled the January floods. The findings will be published when the review is complete, and will be presented to the full council.",
    ),
  },
  {
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Kommunen har beställt en extern granskning av hur vattenläckan i januari hanterades. Granskningens slutsatser lämnas till kommunstyrelsen när granskningen är klar.",
    ),
  },
  {
    // The cause in other words ("how the fire started").
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Crews from three stations put out the fire at the Mill Road warehouse overnight. Details of how the fire started will be released once the investigation is complete.",
    ),
  },
  {
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Branden i lagret på Industrivägen är släckt. Hur branden startade kommer vi att berätta när räddningstjänstens undersökning är klar. Vägen förbi lagret är öppen igen.",
    ),
  },
  {
    // Told as learnt, and a full report at the end.
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The investigation into the cyber attack continues. We will share what we know as we learn it, and a full report will be published when the investigation is complete. Next update: Friday at 10 am.",
    ),
  },
  {
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Vi informerar löpande här på webbplatsen om vad vi vet om intrånget. En samlad rapport lämnas till kommunstyrelsen när utredningen är avslutad.",
    ),
  },
  {
    // "Gå ut" on the ice, not with the news.
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Två personer gick genom isen på Norrsjön i går eftermiddag. Vi valde att vänta på ytlivräddarna innan vi gick ut på isen, eftersom den var mycket svag. Båda personerna räddades och mår efter omständigheterna bra.",
    ),
  },
  {
    rule: "FS15",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Vi kommer inte att lämna några ytterligare uppgifter om läckan förrän granskningen är slutförd.",
    ),
  },
  {
    rule: "FS15",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "Some customer records were accessed in the attack. Which customers are affected will be communicated once the review has been completed.",
    ),
  },
  {
    rule: "FS15",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "A data breach at the council's payroll provider was discovered on Monday. We will provide further information once the investigation has concluded.",
    ),
  },
  {
    rule: "FS15",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Kommunen har utsatts för ett dataintrång. Vi berättar mer om vilka uppgifter som har läckt när utredningen är färdig.",
    ),
  },
  {
    rule: "FS15",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Vid provtagning i tisdags fick vi en första indikation på bakterier. Vi valde att invänta de slutliga provsvaren innan vi gick ut med information till allmänheten. Koka vattnet.",
    ),
  },
  {
    rule: "FS15",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "A first sample on Tuesday showed signs of E. coli. We decided to wait for the final laboratory results before informing residents. Please boil your water.",
    ),
  },
  // ---- AC21: help on offer with no place, now also after a condition on the reader
  {
    rule: "AC21",
    expect: "spare",
    input: b(
      "social",
      "en",
      "If you need somewhere warm, the warming centre at Hagby Library is open until 10 pm tonight.",
    ),
  },
  {
    // A conditional offer whose place is not decided yet.
    rule: "AC21",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "If your power is still off at 6 pm, the council will open a warming centre. We will post the address here as soon as it is decided.",
    ),
  },
  {
    rule: "AC21",
    expect: "spare",
    input: b("social", "sv", "Om ditt hem blir för kallt är värmestugan i Bergs bygdegård öppen dygnet runt."),
  },
  {
    rule: "AC21",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Om du har elberoende medicinsk utrustning finns laddstationer på Hagby vårdcentral och i Folkets hus.",
    ),
  },
  {
    // The places come in the next sentence.
    rule: "AC21",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Om du saknar vatten finns nödvatten att hämta. Tankbilarna står vid Berga skola och vid Coop i Åby.",
    ),
  },
  {
    rule: "AC21",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "If your home is cold, do not use a gas oven or grill to heat it. Warming centres are open at the libraries listed on hagbycounty.gov/warm.",
    ),
  },
  {
    rule: "AC21",
    expect: "spare",
    input: b(
      "social",
      "sv",
      "Värmebölja: svalrum finns på Åby bibliotek och på Träffpunkt Solgården, öppet kl. 10–18 hela veckan.",
    ),
  },
  {
    // Written to relatives: the residents are already in the place ("alla kommunens äldreboenden").
    rule: "AC21",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Så arbetar vi på äldreboendena under värmeböljan. Det finns svalrum på alla kommunens äldreboenden, och personalen ser till att de boende dricker ordentligt.",
    ),
  },
  {
    rule: "AC21",
    expect: "spare",
    input: b("social", "en", "All county libraries are open as cooling centers during library hours through Sunday."),
  },
  {
    rule: "AC21",
    expect: "fire",
    input: b(
      "social",
      "en",
      "If you are without heat, a warming centre has opened and will stay open overnight. Bring any medication you need.",
    ),
  },
  {
    // "hemma" is the reader's home, not a denial that the help is there.
    rule: "AC21",
    expect: "fire",
    input: b("sms", "sv", "Om du inte har vatten hemma finns nödvatten att hämta från kl. 16 i dag. /Hagby kommun"),
  },
  {
    rule: "AC21",
    expect: "fire",
    input: b(
      "social",
      "en",
      "If your home is getting cold, the council has opened warming centres across the borough.",
    ),
  },
  {
    rule: "AC21",
    expect: "fire",
    input: b("social", "sv", "Om ni behöver svalka finns svalrum öppna dagtid hela veckan."),
  },
  {
    // "no" is the reader's lack of heat, not a denial that the help is there.
    rule: "AC21",
    expect: "fire",
    input: b("social", "en", "If you have no heat or power, a warming center is open from 8 a.m. to 8 p.m. daily."),
  },
  // ---- AC18: a bare denial among lines that carry no fact
  {
    // The fact stands on an unpunctuated line of five words, as social posts are written.
    rule: "AC18",
    expect: "spare",
    input: b(
      "social",
      "sv",
      "Uppgifterna i sociala medier om att alla skolor i kommunen stänger i morgon stämmer inte.\nSkolorna har öppet som vanligt\n/Hagby kommun",
      "Rykten om skolstängning",
    ),
  },
  {
    rule: "AC18",
    expect: "spare",
    input: b(
      "social",
      "en",
      "A rumour that the Elm Street bridge will close on Monday is not true.\nThe bridge stays open to all traffic\n– Eastmere Highways",
      "Bridge rumour",
    ),
  },
  {
    // The headline states the fact.
    rule: "AC18",
    expect: "spare",
    input: b(
      "correction",
      "sv",
      "Uppgifterna som sprids i sociala medier om att dricksvattnet i Tallvik är förgiftat stämmer inte.\n\nTallviks kommun",
      "Kranvattnet i Tallvik är säkert att dricka",
    ),
  },
  {
    // The fact rides on the thanks.
    rule: "AC18",
    expect: "spare",
    input: b(
      "correction",
      "en",
      "A post on social media says Eastfield's tap water is contaminated. This is false.\nThank you for checking with us – the water is tested every day and meets every drinking water standard.",
      "Water rumour",
    ),
  },
  {
    // The fact rides on the plea not to share.
    rule: "AC18",
    expect: "spare",
    input: b(
      "social",
      "sv",
      "Ett inlägg som sprids i sociala medier påstår att det har skett ett gasutsläpp vid Hagbyskolan. Det stämmer inte.\nDela inte inlägget vidare – skolan har öppet som vanligt och det finns ingen gas i området.",
    ),
  },
  {
    rule: "AC18",
    expect: "spare",
    input: b(
      "correction",
      "sv",
      "Rättelse: I vårt inlägg i går skrev vi att Storgatan är avstängd. Det stämmer inte. Det är Lillgatan som är avstängd till fredag.",
    ),
  },
  {
    // The fact on a dated line: the latest test result.
    rule: "AC18",
    expect: "spare",
    input: b(
      "social",
      "sv",
      "Ryktet om att vattnet i Åby är förorenat stämmer inte.\nSenaste provsvar 12 maj: inga bakterier\nÅby Vatten",
    ),
  },
  {
    rule: "AC18",
    expect: "fire",
    input: b(
      "correction",
      "sv",
      "Det sprids uppgifter om att kommunens vattenverk har utsatts för sabotage. Det stämmer inte.\n\nNästa pressträff hålls kl. 15.00.\n\nHagby kommun",
    ),
  },
  {
    rule: "AC18",
    expect: "fire",
    input: b(
      "social",
      "en",
      "Claims online that the evacuation order for Pine Ridge has been lifted are false.\nPlease don't share unverified information.\n— Chief Dana Reyes, Pine County Fire",
    ),
  },
  {
    rule: "AC18",
    expect: "fire",
    input: b(
      "correction",
      "sv",
      "Ryktet om att Hagbyskolan har stängts på grund av mögel stämmer inte. Vi ber er att inte sprida ryktet vidare.\n\nHagby kommun, 12 maj 2026",
    ),
  },
  {
    // A plea to check before sharing carries no fact either.
    rule: "AC18",
    expect: "fire",
    input: b(
      "social",
      "sv",
      "Ett inlägg om att Hagbyskolan har stängt på grund av mögel stämmer inte.\nKontrollera alltid uppgifter med kommunen innan du delar dem vidare.\nHagby kommun, 12 maj 2026",
    ),
  },
  {
    // "is a hoax" is a verdict too.
    rule: "AC18",
    expect: "fire",
    input: b(
      "social",
      "en",
      "The post circulating on WhatsApp about a gas leak at Elm School is a hoax.\nThank you.\nElm School District",
    ),
  },
  // ---- AC19: an FAQ answer that never says what to do
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "sv",
      "Röken innehåller sot och partiklar som kan irritera ögon och luftvägar. Håll fönster och dörrar stängda och stäng av ventilationen om du kan.",
      "Är röken farlig?",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "sv",
      "Ja. Vissa blågröna alger bildar gifter som kan vara livsfarliga för hundar. Låt inte hunden bada eller dricka vatten från sjön.",
      "Är algblomningen farlig för hundar?",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "en",
      "Smoke can irritate the eyes and lungs, especially for people with asthma or heart conditions. Avoid outdoor exercise near the fire and keep windows closed.",
      "Is the smoke harmful?",
    ),
  },
  {
    // "avråder från" is advice.
    rule: "AC19",
    expect: "spare",
    input: faq(
      "sv",
      "Livsmedelsverket avråder från att äta svamp och bär som vuxit inom 500 meter från brandplatsen.",
      "Är det farligt att äta svamp och bär från området?",
    ),
  },
  {
    // Advice in the third person ("advises residents … to keep").
    rule: "AC19",
    expect: "spare",
    input: faq(
      "en",
      "Public Health advises residents within one kilometre of the site to keep windows and doors closed until further notice.",
      "Are the fumes from the fire toxic?",
    ),
  },
  {
    // "rekommenderar vi att du" is advice.
    rule: "AC19",
    expect: "spare",
    input: faq(
      "sv",
      "Bor du inom det markerade området rekommenderar vi att du låter analysera brunnsvattnet innan du dricker det.",
      "Vad gäller för mig som har egen brunn?",
    ),
  },
  {
    // What happens to a service: the answer is the service's news, no action is asked for.
    rule: "AC19",
    expect: "spare",
    input: faq(
      "en",
      "Bin collections in the flooded area are suspended this week and will restart on Monday 16 March.",
      "What happens to my bin collection?",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "sv",
      "Sophämtningen i Berg är inställd den här veckan och återupptas måndag 16 mars.",
      "Vad gäller för min sophämtning?",
    ),
  },
  {
    // "harmless" is the no.
    rule: "AC19",
    expect: "spare",
    input: faq(
      "en",
      "It is natural foam, caused by decaying leaves and stirred up by the high water, and it is harmless to people and animals.",
      "Is the foam on the river dangerous?",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "sv",
      "Skummet är naturligt och bildas när löv bryts ned. Det är ofarligt för både människor och djur.",
      "Är skummet på ån farligt?",
    ),
  },
  {
    rule: "AC19",
    expect: "fire",
    input: faq(
      "en",
      "The fire involves about 200 tonnes of plastic and rubber. Crews have been at the scene since 3 am. Air samples are being analysed.",
      "Are the fumes from the fire toxic?",
    ),
  },
  {
    rule: "AC19",
    expect: "fire",
    input: faq(
      "sv",
      "Länsstyrelsen tog prover i sjön i tisdags. Svaren väntas på fredag.",
      "Är det farligt att bada i Sävsjön?",
    ),
  },
  {
    rule: "AC19",
    expect: "fire",
    input: faq(
      "en",
      "Ash from the fire settled over gardens in Eastfield on Sunday. Samples of soil and vegetables were taken on Monday and results are due next week.",
      "What happens if I have already eaten vegetables from my garden?",
    ),
  },
  {
    // A modal of description ("can be irritating") is no advice.
    rule: "AC19",
    expect: "fire",
    input: faq(
      "en",
      "Smoke from burning plastic can be irritating, especially for people with asthma. Air quality readings will be published at 4 pm.",
      "Is the smoke harmful?",
    ),
  },
  {
    // Nor is "kan ge".
    rule: "AC19",
    expect: "fire",
    input: faq(
      "sv",
      "Röken kan ge hosta och sveda i ögonen. Mätningar pågår och resultat kommer i eftermiddag.",
      "Är röken från branden farlig?",
    ),
  },
  {
    rule: "AC19",
    expect: "fire",
    input: faq(
      "en",
      "The fire at the tyre depot is still burning. Air quality monitoring started at noon and the first readings are due at 6 pm.",
      "Is there any health risk from the smoke?",
    ),
  },
  // ---- Second pass (a second review, spares only): ordinary wordings the round's later readings refused at first
  {
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b("bulletin", "en", "Power cut in Northside. Crews are on site. We will certainly post an update by 9pm."),
  },
  {
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Vattnet kommer att vara tillbaka under kvällen, men trycket är inte hundra procent förrän i morgon bitti.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Prover har skickats för analys och svar väntas på torsdag. Koka vattnet som ska drickas. Det finns ingen risk med att använda vattnet till toalettspolning och tvättmaskin.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Fire at the recycling plant in Westpark. Air monitoring starts this afternoon. The smoke poses no immediate health risk, but keep windows and doors closed while it passes.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "High Street will be closed to traffic from Monday for gas main repairs. The closure will not affect access to homes and businesses on High Street.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "A flood warning is in place for the River Wey. Our flood defence team will hold a drop-in session at the community centre on Thursday from 3pm.",
    ),
  },
  {
    rule: "FA12",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "We are investigating whether the illness came from a food stall at the summer festival. Samples have been sent for testing and results are expected on Monday.",
    ),
  },
  {
    rule: "FA12",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "The smoke over the town centre comes from a fire in a restaurant on Main Street. Air samples are being analysed. Keep windows closed.",
    ),
  },
  {
    rule: "IM1",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Fire crews were delayed tonight on Beach Road by inconsiderate parking by visitors. Please leave access clear for emergency vehicles.",
    ),
  },
  {
    rule: "IM3",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "The Health Commissioner is leading efforts to vaccinate children who missed their MMR dose. Free clinics run at the Civic Center on Saturday.",
    ),
  },
  {
    rule: "IM3",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Trafiken på Storbron stoppades av polisen i en timme. Kommunen har begärt en redovisning av händelsen.",
      "Trafikinformation",
    ),
  },
  {
    rule: "FS15",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "The A40 is closed at Oxley. Officers will remain at the scene until the collision investigation is complete, and we will provide an update when the road reopens.",
    ),
  },
  {
    rule: "FS15",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Elnätet är skadat på många platser. Vi berättar mer när vi har en komplett bild av skadorna, och uppdaterar kartan över avbrott varje timme.",
    ),
  },
  {
    rule: "FS15",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Vi har valt att vänta med att gå ut med exakta tider för avstängningen tills entreprenören har bekräftat dem, så att ni inte planerar efter fel tider. Tiderna kommer här senast på fredag.",
    ),
  },
  {
    rule: "OP15",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Biblioteket i Ås är stängt i dag av verksamhetsskäl. Lokalen används som trygghetspunkt under strömavbrottet.",
    ),
  },
  {
    rule: "OP14",
    expect: "spare",
    err: true,
    input: faq(
      "en",
      "In line with our flood plan, sandbags are placed first on streets where homes sit below the river level, so that the homes most at risk are protected first.",
      "Why was my street not sandbagged?",
    ),
  },
  {
    rule: "FS14",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Published Thursday 6 March.\nPolice are appealing for witnesses after a collision on Monday evening on the A1 near Stamford. Call 101 quoting incident 345.",
    ),
  },
  {
    rule: "FS14",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Published 20 March.\nA person who was infectious with measles was at Central Station on 16 March between 10am and noon. If you were there and are not immune, watch for symptoms until 6 April.",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    err: true,
    input: faq(
      "en",
      "Some blue-green algae produce toxins. We have taken samples and will post results on Friday. Until then, keep children and dogs out of the water.",
      "Is the algae in Lake Mere toxic?",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    err: true,
    input: faq("sv", "Halterna som uppmätts hittills ligger under gränsvärdena.", "Är röken farlig?"),
  },
];

describeProbes("the twenty-second round's rules at their edges (code review)", probes);
