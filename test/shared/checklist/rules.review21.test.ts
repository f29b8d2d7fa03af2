/**
 * Twenty-first round, a code review: probe texts written at the edges of the round's new and changed rules (AC21, AC22,
 * AC23, OP14, OP15, FS15, IM16, IM3, IM7, FA13, FA7, AU26, FA15, FA12, FA21, FS7, AC19, IM1), in the style of real
 * authority messages. "spare" probes are ordinary wordings a rule must leave alone (with `err`, it may warn but not
 * refuse); "fire" probes are what it is for.
 *
 * Five probes the review wrote are not here because the rules still miss them, and a test that fails is no test; they
 * are the round's known gaps (closing note): "Information shared on Facebook says that two children were injured …"
 * (FA13: a channel word and a verb of telling), "There is no chance the water was contaminated, although the
 * investigation is still under way" (FA7), "Utan att föregripa polisens utredning skulle det troligen kunna röra sig om
 * en anlagd brand", "Unverified information says the fire was set deliberately" and "Obekräftade källor uppger att
 * branden anlades med flit" (FA12: a guess attributed to an unnamed or hedged source).
 */
import { b, describeProbes, faq, type Probe } from "./probes.js";

const probes: Probe[] = [
  // ---- AC21: help on offer with no place
  {
    // The place stands in the headline; the body only says when.
    rule: "AC21",
    expect: "spare",
    input: b(
      "social",
      "sv",
      "Ett ledningsbrott gör att kranvattnet är avstängt sedan i morse. Nödvatten finns från kl. 12 i dag. Ta med egna rena dunkar.",
      "Nödvatten vid Hagby skola",
    ),
  },
  {
    // The place is named in the sentence before, which speaks of the tanker, not of "nödvatten".
    rule: "AC21",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "En tankbil står på parkeringen vid Hagby skola. Där finns nödvatten dygnet runt. Ta med egna rena dunkar.",
    ),
  },
  {
    rule: "AC21",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Riverside High School is running on generator power. A warming center is open there from 6 pm tonight until the outage ends.",
    ),
  },
  {
    // The places come in the fifth sentence.
    rule: "AC21",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Kommunen har ställt ut nödvatten till alla som berörs av vattenavbrottet. Ta med egna rena dunkar eller flaskor. Vattnet i tankarna är drickbart utan kokning. Hjälp gärna äldre grannar att hämta vatten. Tankarna står vid Ås skola och utanför Coop i Berg.",
    ),
  },
  {
    // Preparedness advice: the water is to be kept at home.
    rule: "AC21",
    expect: "spare",
    input: b(
      "social",
      "sv",
      "Inför stormen: kontrollera att det finns nödvatten, mat och batterier hemma för minst tre dygn.",
    ),
  },
  {
    // Who pays, not where to fetch.
    rule: "AC21",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Kommunen står för kostnaden för de sandsäckar som räddningstjänsten lägger ut längs ån.",
    ),
  },
  {
    rule: "AC21",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Free bottled water is being handed out in the car park of Tesco Extra, Riverside Way, until 8 pm today.",
    ),
  },
  {
    rule: "AC21",
    expect: "spare",
    input: b("sms", "sv", "Nödvatten delas ut utanför ICA Kvantum på Storgatan kl. 10–18 i dag. /Hagby kommun"),
  },
  {
    // The town of the outage is no place to go.
    rule: "AC21",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Vattenläcka: kranvattnet är avstängt i hela Hagby. Nödvatten finns i Hagby från kl. 14. Ta med egna dunkar.",
    ),
  },
  {
    rule: "AC21",
    expect: "fire",
    input: b(
      "social",
      "en",
      "Extreme heat warning for Cook County through Sunday. Cooling centers are open in Cook County during the warning. Drink plenty of water and check on older neighbors.",
    ),
  },
  {
    rule: "AC21",
    expect: "fire",
    input: b(
      "social",
      "en",
      "Sandbags are available at the following times: Saturday 8 am–4 pm, Sunday 10 am–2 pm. Bring a shovel.",
    ),
  },
  {
    rule: "AC21",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Nödvatten kan hämtas vid följande tider:\n• lördag kl. 10–16\n• söndag kl. 10–14\nTa med egna dunkar.",
    ),
  },
  {
    rule: "AC21",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "Water stations have been set up for residents who do not have running water. Bring your own containers.",
    ),
  },
  {
    rule: "AC21",
    expect: "fire",
    input: b("social", "sv", "Nödvatten finns utställt i området. Följ oss på Facebook för uppdateringar."),
  },
  // ---- AC22: a shelter closes with nowhere to go
  {
    rule: "AC22",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Evakueringsplatsen i Hagby sporthall stänger i kväll kl. 20. Alla som sökte skydd där under natten har nu åkt hem.",
    ),
  },
  {
    rule: "AC22",
    expect: "spare",
    input: b(
      "social",
      "sv",
      "Värmestugan i Folkets hus stänger på söndag kl. 12, eftersom strömmen är tillbaka i hela kommunen.",
    ),
  },
  {
    // A daytime information point closing for the night.
    rule: "AC22",
    expect: "spare",
    input: b("social", "sv", "Trygghetspunkten i Folkets hus stänger kl. 20 i kväll och öppnar igen i morgon kl. 8."),
  },
  {
    rule: "AC22",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Rättelse: Evakueringsplatsen på Hagbyskolan stänger inte i kväll, som vi skrev tidigare. Den håller öppet hela natten och så länge den behövs.",
    ),
  },
  {
    rule: "AC22",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Evakueringsplatsen i sporthallen stänger kl. 18 i dag. Faran är över och de boende på Björkvägen kan gå tillbaka till sina bostäder.",
    ),
  },
  {
    rule: "AC22",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The evacuation center at the fairgrounds will close at 5 p.m. today. Residents of the Oak Hill area are now allowed back into their homes.",
    ),
  },
  {
    rule: "AC22",
    expect: "spare",
    input: b(
      "social",
      "en",
      "The overnight shelter at the Armory closes to new arrivals at 10 pm. Guests already inside can stay until 7 am.",
    ),
  },
  {
    // A centre for relatives, who are not staying there.
    rule: "AC22",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The reception centre for relatives at the Town Hall closes at 9 pm tonight and reopens at 8 am tomorrow. Relatives can call 0800 123 456 at any time.",
    ),
  },
  {
    rule: "AC22",
    expect: "fire",
    input: b(
      "social",
      "en",
      "The evacuation centre at the Civic Hall will close at 8 pm tonight. Please drop off donations at the Town Hall instead.",
    ),
  },
  {
    rule: "AC22",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "The shelter at Lincoln High School will close at noon on Sunday. Do not return home until the evacuation order is lifted.",
    ),
  },
  {
    rule: "AC22",
    expect: "fire",
    input: b(
      "sms",
      "sv",
      "Evakueringsplatsen i Hagby sporthall stänger i kväll kl. 20. Branden är fortfarande inte under kontroll.",
    ),
  },
  // ---- AC23: an exposure notice with nothing to do
  {
    rule: "AC23",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "En person med mässling besökte akutmottagningen på Hagby sjukhus den 3 maj mellan kl. 14 och 20. Den som vistades där under den tiden och inte är vaccinerad eller har haft mässling bör vara uppmärksam på feber, hosta och utslag fram till den 24 maj och i så fall höra av sig till sin vårdcentral per telefon innan besök.",
    ),
  },
  {
    rule: "AC23",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "A passenger with confirmed measles travelled on Flight BA117 from London to Newark on 2 June. Unvaccinated passengers seated in rows 20–30 should be alert for fever and rash until 23 June and should get in touch with their GP surgery by telephone before visiting.",
    ),
  },
  {
    // Contact tracing by the health service: those exposed are contacted, the rest need do nothing.
    rule: "AC23",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "En elev på Hagbyskolan har tuberkulos. Smittskyddsläkaren bedömer att risken för smittspridning är liten. Elever och personal som kan ha exponerats kontaktas av smittskyddsenheten och erbjuds provtagning. Övriga behöver inte göra något.",
    ),
  },
  {
    rule: "AC23",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "A food handler at Joe's Diner, 14 Main Street, has been diagnosed with hepatitis A. Customers who ate at the restaurant between 1 and 12 March may have been exposed. Customers who ate there in that period are offered a free hepatitis A vaccine at the County Health Department, 200 Oak Street, on 14 and 15 March, 9 am to 4 pm; no appointment is needed.",
    ),
  },
  {
    // A vaccination campaign's figures, no exposure at all.
    rule: "AC23",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "More than 2,400 children attended the county's free MMR clinics in April and May. Measles vaccination coverage among two-year-olds has risen to 94 percent.",
    ),
  },
  {
    rule: "AC23",
    expect: "spare",
    input: b(
      "social",
      "sv",
      "Sedan i mars har 1 200 barn besökt regionens extra vaccinationsmottagningar för vaccin mot mässling.",
    ),
  },
  {
    rule: "AC23",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Personen med mässling har inte besökt några offentliga platser medan hen var smittsam, och ingen utanför familjen bedöms ha exponerats. Det finns därför ingen risk för allmänheten.",
    ),
  },
  {
    rule: "AC23",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "A person with measles visited the following places while infectious: Westfield Mall, 2–5 pm on Monday 3 June; Central Library, 10 am–noon on Tuesday 4 June. For more information about measles, visit health.gov/measles.",
    ),
  },
  {
    rule: "AC23",
    expect: "fire",
    input: b(
      "social",
      "en",
      "A confirmed case of measles was infectious when they visited Riverside Medical Centre on 5 June between 9 am and 1 pm. Contact tracing is under way.",
    ),
  },
  // ---- OP14: the rulebook cited beside a reason
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "sv",
      "Varför måste jag koka vattnet? Enligt Livsmedelsverkets föreskrifter får dricksvatten inte innehålla E. coli. Proverna som togs i måndags visade E. coli i ledningsnätet i Hagby.",
    ),
  },
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "en",
      "Why can't I water my lawn? Under the county's Drought Management Plan, outdoor watering is banned at Stage 3. The reservoir is at 31 percent of capacity, and the water we have must last until the autumn rains.",
    ),
  },
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "en",
      "Why is the pool closed? The Parks Board voted to close the pool while the roof, which was torn off in Saturday's storm, is rebuilt.",
    ),
  },
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "sv",
      "Varför fick vi inget sms? Kommunen har följt sina rutiner, och sms skickas bara till dem som har registrerat sig på hagby.se/sms. Ditt nummer fanns inte i registret.",
    ),
  },
  {
    rule: "OP14",
    expect: "fire",
    input: faq("en", "Why was my car towed? Vehicles were towed in accordance with Chapter 13 of the City Code."),
  },
  // ---- OP15: a decision given a reason in name only
  {
    rule: "OP15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Förskolan Solrosen håller stängt i morgon av praktiska skäl. Värmepannan har gått sönder och lokalerna är för kalla för barnen.",
    ),
  },
  {
    rule: "OP15",
    expect: "spare",
    input: b(
      "social",
      "en",
      "For operational reasons, the Route 5 bus will not stop at Main Street this week. The stop is closed because of water main repairs.",
    ),
  },
  {
    rule: "OP15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Simhallen håller stängt i helgen av praktiska skäl, eftersom personalen behövs på evakueringsplatsen.",
    ),
  },
  {
    rule: "OP15",
    expect: "fire",
    input: b("sms", "sv", "Förskolan Solrosen håller stängt på fredag av verksamhetsmässiga skäl. /Hagby kommun"),
  },
  {
    rule: "OP15",
    expect: "fire",
    input: b("social", "en", "All sandbag stations will close at 4 pm today for logistical reasons."),
  },
  {
    rule: "OP15",
    expect: "fire",
    input: b("bulletin", "en", "Due to operational considerations, the Westside shelter will close at noon on Friday."),
  },
  // ---- FS15: news held back for the full picture
  {
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Polisen valde att vänta med att gå ut med namnet på den omkomne tills de anhöriga hade underrättats.",
    ),
  },
  {
    rule: "FS15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "We chose to wait until next of kin had been told before publishing the names of the two people who died.",
    ),
  },
  {
    rule: "FS15",
    expect: "spare",
    input: b(
      "correction",
      "sv",
      "Vi valde att vänta med att informera allmänheten tills vi hade fått provsvaren. Det var fel, och vi ber om ursäkt för det.",
    ),
  },
  {
    rule: "FS15",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Vi ville ha en fullständig bild av läget innan vi gick ut med information till allmänheten.",
    ),
  },
  {
    rule: "FS15",
    expect: "fire",
    input: b("bulletin", "en", "We held off on notifying the public until all test results had been confirmed."),
  },
  // ---- IM16: a business praised or shopping urged
  {
    rule: "IM16",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Free bottled water is being handed out in the car park of Tesco Extra, Riverside Way, until 8 pm today.",
    ),
  },
  {
    rule: "IM16",
    expect: "spare",
    input: b(
      "social",
      "sv",
      "Snöstormen når länet i kväll. Passa på att handla mat och hämta ut mediciner i dag, så att du klarar dig hemma i några dygn.",
    ),
  },
  {
    rule: "IM16",
    expect: "spare",
    input: b(
      "social",
      "en",
      "The Civic Centre is the place to go for sandbags, information and a hot drink until 8 pm.",
    ),
  },
  {
    rule: "IM16",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Main Street has reopened to traffic. All shops are open again, and residents can shop there as usual.",
    ),
  },
  {
    rule: "IM16",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Butikerna i centrum har öppnat igen efter översvämningen, och du kan handla där som vanligt från i dag.",
    ),
  },
  {
    rule: "IM16",
    expect: "fire",
    input: b(
      "social",
      "en",
      "If you need a generator, Bramley's Hardware is the best-stocked store in the county and well worth a visit.",
    ),
  },
  // ---- IM3: thanks to an office, the last one contrasted, an office blamed, a party as the past agent
  {
    // A sports club's chair, no politician.
    rule: "IM3",
    expect: "spare",
    input: b(
      "social",
      "sv",
      "Vi vill tacka idrottsföreningens ordförande Per Lind, som öppnade klubbstugan i Hagby som värmestuga under strömavbrottet.",
    ),
  },
  {
    rule: "IM3",
    expect: "spare",
    input: b(
      "social",
      "en",
      "A big thank you to the majority of residents who have cut their water use this week. Demand fell by 20 percent.",
    ),
  },
  {
    rule: "IM3",
    expect: "spare",
    input: b(
      "social",
      "sv",
      "Ett stort tack till majoriteten av hushållen i Hagby, som har sparat på vattnet under veckan.",
    ),
  },
  {
    rule: "IM3",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "County Road 12 remains closed because the state has not yet reopened the Highway 9 interchange. Use Route 4 as a detour.",
    ),
  },
  {
    rule: "IM3",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Kommunen kan inte betala ut krisstödet ännu eftersom regeringen ännu inte har fattat beslut om förordningen. Vi meddelar här när ansökan öppnar.",
    ),
  },
  {
    // Last winter compared with this one, not the last majority.
    rule: "IM3",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Till skillnad från förra vintern har kommunen i år tolv plogbilar i beredskap. – Vi är väl förberedda, säger kommunstyrelsens ordförande Eva Lind.",
    ),
  },
  {
    rule: "IM3",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Councillor Amy Price (Labour) visited Riverside today, an area that was also hit by the last major flood in 2007.",
    ),
  },
  {
    rule: "IM3",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Kommunalrådet Anna Berg (S) besökte i dag Ådalen, som drabbades av tidigare översvämningar både 2014 och 2021.",
    ),
  },
  {
    rule: "IM3",
    expect: "fire",
    input: b(
      "social",
      "en",
      "Flood victims are still waiting for aid because Governor Hale refuses to sign the disaster declaration.",
    ),
  },
  // ---- IM7: nationalities by their form, person words, contempt labels
  {
    // Languages of the information, not people labelled.
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Regionen erbjuder kostnadsfri vaccination mot mässling. Informationen har översatts till polska och thailändska för säsongsarbetare i länet.",
    ),
  },
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Free measles vaccination is available at the county health clinic. Information is available in Polish and Thai for seasonal workers.",
    ),
  },
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "When power is restored, voltage transients that can damage electronics may occur. Unplug computers and televisions until the power is stable.",
    ),
  },
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Kommunen har tagit fram information om kokningsrekommendationen på tio språk, för att nå personer med utländsk bakgrund som inte läser svenska.",
    ),
  },
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Most measles cases this year have been linked to returning travellers. If you are travelling abroad, check that you are fully vaccinated.",
    ),
  },
  {
    rule: "IM7",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Utbrottet av hepatit A i Hagby har spridits av de thailändska bärplockarna på lägret vid Norrskogen.",
    ),
  },
  // ---- FA13: illness as a toll, residents and the press as sources, the sender's own channels
  {
    // A police notice relays what witnesses told it.
    rule: "FA13",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "En man rånades vid 22-tiden på Storgatan i Hagby. Enligt vittnen sprang två gärningspersoner därifrån mot Stationsgatan. Polisen söker nu efter dem med hund.",
    ),
  },
  {
    // The health service's own estimate of the unreported.
    rule: "FA13",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Hittills har 40 personer anmält att de har blivit magsjuka efter festivalen. Troligen har fler blivit sjuka utan att höra av sig, så vi ber alla som har varit sjuka att fylla i enkäten på hagby.se/enkat.",
    ),
  },
  {
    rule: "FA13",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "So far 40 people have told us they became ill after the festival. It is likely that more people have fallen ill without contacting us, so please fill in the survey at county.gov/survey if you were sick.",
    ),
  },
  {
    rule: "FA13",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "As local media have been reporting, the council can confirm that the Old Town Bridge will stay closed until Friday while engineers inspect it.",
    ),
  },
  {
    rule: "FA13",
    expect: "spare",
    input: b(
      "correction",
      "sv",
      "Uppgifter i lokala medier om att Hagbyskolan ska hålla stängt i morgon stämmer inte. Skolan är öppen som vanligt.",
    ),
  },
  {
    rule: "FA13",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "If you have become ill after drinking tap water in Northside, call NHS 111 and tell them where you live.",
    ),
  },
  {
    rule: "FA13",
    expect: "spare",
    input: b("social", "en", "Police will share the locations of road closures on Facebook and X throughout the day."),
  },
  {
    rule: "FA13",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "Local media are reporting that up to 40 people have fallen ill after eating at the Harvest Festival.",
    ),
  },
  {
    rule: "FA13",
    expect: "fire",
    input: b(
      "social",
      "en",
      "We have seen posts shared on Facebook claiming that two people died in the fire. Crews remain at the scene.",
    ),
  },
  {
    rule: "FA13",
    expect: "fire",
    input: b("bulletin", "sv", "Enligt boende i området ska en person ha förts till sjukhus efter explosionen."),
  },
  // ---- FA7: evidence pending beside an all-clear or a promise
  {
    // An honest unknown, not an all-clear.
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Crews are still assessing the damage to the substation. There is no way to know yet when power will be back; our next update is at 6 pm.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "social",
      "en",
      "There is no way to drive through Main Street; use Elm Street instead. The investigation into the collapse is ongoing.",
    ),
  },
  {
    // The fault is found and being mended: no evidence pending (a plain forecast may be noted, not refused).
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "social",
      "en",
      "Work is under way to repair the burst water main on Elm Street. Water will be back on by 6 pm.",
    ),
  },
  {
    rule: "FA7",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Det är uteslutet att dricksvattnet har förorenats. Utredningen av läckan pågår fortfarande.",
    ),
  },
  // ---- AU26: an SMS pointing to a map
  {
    rule: "AU26",
    expect: "spare",
    input: b(
      "sms",
      "en",
      "Warning: scam texts claim to offer flood relief payments. Do not open links or images attached to these messages. The council never asks for bank details by text.",
    ),
  },
  {
    rule: "AU26",
    expect: "spare",
    input: b(
      "sms",
      "sv",
      "VMA Hagby: Boende på Storgatan, Ringvägen och Åvägen ska stänga fönster och dörrar. Karta på krisinformation.se.",
    ),
  },
  {
    rule: "AU26",
    expect: "fire",
    input: b("sms", "sv", "Utrym nu om du bor inom området som visas på kartan. Gå till Hagby sporthall."),
  },
  {
    rule: "AU26",
    expect: "fire",
    input: b(
      "sms",
      "en",
      "Evacuation order: residents inside the area shown on the map must leave now. Go to the shelter at Lincoln High School.",
    ),
  },
  // ---- FA15: the earlier advice beside the all-clear
  {
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Sedan i lördags har boende i Hagby behövt koka vattnet. Nu är kokningsrekommendationen hävd och du kan dricka kranvattnet som vanligt.",
    ),
  },
  {
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Since Saturday, Northside residents have had to boil their tap water. The boil water notice has now been lifted, and tap water is safe to drink.",
    ),
  },
  {
    rule: "FA15",
    expect: "spare",
    input: b(
      "social",
      "sv",
      "Kokningsrekommendationen är hävd. Tack till alla som under veckan har följt rådet att koka vattnet.",
    ),
  },
  {
    rule: "FA15",
    expect: "fire",
    input: b("bulletin", "sv", "Du kan dricka kranvattnet som vanligt. Vi har bett er att koka vattnet tills vidare."),
  },
  // ---- FA12: who is at risk, unverified sources, the counterfactual
  {
    rule: "FA12",
    expect: "spare",
    input: b("bulletin", "en", "Older adults appear to be at higher risk of severe illness caused by the heat."),
  },
  {
    rule: "FA12",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Utan de vallar som byggdes i våras hade sannolikt ett hundratal hus översvämmats i natt.",
    ),
  },
  {
    rule: "FA12",
    expect: "spare",
    input: b("social", "sv", "Dela inte uppgifter från obekräftade källor om vad som orsakade explosionen."),
  },
  {
    rule: "FA12",
    expect: "fire",
    input: b("bulletin", "sv", "Obekräftade uppgifter från platsen tyder på att branden är anlagd."),
  },
  // ---- FA21: an acronym after its name, a slot that is none
  {
    rule: "FA21",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Råden kommer från Myndigheten för samhällsskydd och beredskap [MSB] och Livsmedelsverket.",
    ),
  },
  {
    rule: "FA21",
    expect: "fire",
    input: b("bulletin", "sv", "Nu finns nödvatten vid Hagby skola. Frågor: kontakta [NN] på 0123-45 67 89."),
  },
  // ---- FS7: work that starts is no service returning
  {
    rule: "FS7",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Arbetet med att laga ledningen kan sätta igång inom kort, när schaktet har torkat ut. Nästa uppdatering kommer kl. 15.",
    ),
  },
  // ---- AC19: "follow" is a pointer only when it points to a channel
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "en",
      "How do I get to the evacuation centre? You should follow the signs on Route 9 to the fairgrounds, and never drive through flood water.",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "sv",
      "Vad ska jag göra om min väg är avstängd? Följ skyltningen på plats och kör inte förbi avspärrningarna.",
    ),
  },
  {
    rule: "AC19",
    expect: "fire",
    input: faq("en", "What should I do while the water is off? Follow us on Facebook for updates."),
  },
  // ---- IM1: a rule stated for everyone
  {
    rule: "IM1",
    expect: "spare",
    input: b("bulletin", "sv", "Vårdslöshet med eld kan ge böter eller fängelse i upp till ett år."),
  },
  {
    rule: "IM1",
    expect: "spare",
    input: b("social", "en", "Driving around barricades is dangerous, and you could be fined for reckless driving."),
  },
  {
    rule: "IM1",
    expect: "fire",
    input: b(
      "social",
      "sv",
      "Det var oansvarigt av grillarna i Hagaparken i går, och man får inte grilla när det råder eldningsförbud.",
    ),
  },
  {
    rule: "IM1",
    expect: "fire",
    input: b(
      "social",
      "en",
      "Whoever lit the fire on Saturday was completely irresponsible; it is illegal to light fires during a burn ban.",
    ),
  },
];

describeProbes("the twenty-first round's rules at their edges (code review)", probes);
