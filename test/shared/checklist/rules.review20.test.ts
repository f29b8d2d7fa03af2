/**
 * Twentieth round, a code review: probe texts written at the edges of the round's new and changed rules, in the style
 * of real authority messages. "spare" probes are ordinary wordings a rule must leave alone (with `err`, it may warn but
 * not refuse); "fire" probes are what it is for. Every probe first wrong here was mended in the rule.
 */
import { b, describeProbes, faq, type Probe } from "./probes.js";

const probes: Probe[] = [
  // ---- AC19
  {
    rule: "AC19",
    expect: "spare",
    input: faq("sv", "Kan jag duscha? Det går bra att duscha och bada i vattnet. Undvik att svälja vatten."),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq("sv", "Kan jag duscha? Det går bra att duscha och bada i vattnet som vanligt."),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "sv",
      "Kan man bli sjuk av röken? Röken innehåller partiklar som kan irritera ögon och luftvägar. Personer med astma är mest känsliga.",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "en",
      "Can I catch West Nile virus from another person? West Nile virus spreads through the bite of an infected mosquito. It is not spread by touching or kissing.",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "en",
      "Can I catch West Nile virus from another person? West Nile virus spreads through the bite of an infected mosquito, from bird to mosquito to human.",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "en",
      "How can I tell if my street is affected? The outage covers Elm Street, Oak Avenue and the north end of Main Street. A map is posted at the Town Hall.",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "sv",
      "Hur vet jag om min fastighet berörs? Avstängningen gäller Storgatan 1–15, Lillgatan och Skolvägen.",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "en",
      "What should I do with the food in my freezer? Food that has thawed should be thrown away. Food that still has ice crystals can be refrozen.",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq(
      "sv",
      "Vad ska jag göra med maten i frysen? Mat som har tinat helt ska slängas. Mat som fortfarande har iskristaller går att frysa om.",
    ),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq("en", "Do I need to boil water for my pets? Pets can drink tap water as normal."),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq("sv", "Behöver jag koka vatten till mina husdjur? Husdjur kan dricka kranvattnet som vanligt."),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq("sv", "Får jag vattna trädgården? Bevattning med slang och spridare är förbjuden tills vidare."),
  },
  {
    rule: "AC19",
    expect: "spare",
    input: faq("en", "Can I use my dishwasher? Dishwashers on a hot or sanitising cycle are fine to use."),
  },
  {
    rule: "AC19",
    expect: "fire",
    input: faq(
      "sv",
      "Jag har redan druckit kranvattnet. Vad ska jag göra? Kokningsrekommendationen infördes i går kväll. Provsvaren väntas på torsdag.",
    ),
  },
  {
    rule: "AC19",
    expect: "fire",
    input: faq(
      "en",
      "Can I use tap water to make baby formula? Infants are more vulnerable to bacteria because their immune systems are still developing.",
    ),
  },
  // ---- AC20
  {
    rule: "AC20",
    expect: "spare",
    input: faq("sv", "Vart ska jag vända mig om jag blir sjuk? Ring 1177 Vårdguiden. Vid fara för liv, ring 112."),
  },
  {
    rule: "AC20",
    expect: "spare",
    input: faq("en", "Where can I get help if I feel unwell? Call NHS 111, or 999 in an emergency."),
  },
  {
    rule: "AC20",
    expect: "spare",
    input: faq(
      "en",
      "Where can I pick up sandbags? Sandbags are available at all fire stations in the county, 24 hours a day.",
    ),
  },
  {
    rule: "AC20",
    expect: "spare",
    input: faq(
      "sv",
      "Var kan jag ladda mobilen? Kommunens trygghetspunkter har el från reservkraft och är öppna kl. 8–20.",
    ),
  },
  {
    rule: "AC20",
    expect: "spare",
    input: faq(
      "sv",
      "Var kan jag hämta vatten? Vid tappstället utanför Coop, och vid tankbilen bredvid idrottsplatsen.",
    ),
  },
  {
    rule: "AC20",
    expect: "spare",
    input: faq(
      "en",
      "Where should I go? Stay where you are. Do not try to evacuate; shelter indoors with windows closed.",
    ),
  },
  {
    rule: "AC20",
    expect: "spare",
    input: faq(
      "en",
      "Where can I report a downed power line? Call 1-800-555-0199 right away and stay at least 35 feet away.",
    ),
  },
  {
    rule: "AC20",
    expect: "fire",
    input: faq("sv", "Var kan jag hämta dricksvatten? Vi har ställt ut vattentankar i området. Ta med egna dunkar."),
  },
  {
    rule: "AC20",
    expect: "fire",
    input: faq(
      "en",
      "Where can I fill up water containers? Water stations have been set up in the affected area. Bring your own containers.",
    ),
  },
  // ---- OP14
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "sv",
      "Varför är simhallen stängd? Simhallen är stängd av tekniska skäl. Ventilationsaggregatet har gått sönder och vi väntar på reservdelar.",
    ),
  },
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "en",
      "Why is the pool closed? The pool is closed for technical reasons. The ventilation unit has broken down and a replacement part is on order.",
    ),
  },
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "sv",
      "Varför måste jag koka vattnet? Prover visar E. coli-bakterier i ledningsnätet. Vi tar det här på största allvar.",
    ),
  },
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "en",
      "Why wasn't I notified? Alerts go only to residents registered in the system. We take your feedback seriously.",
    ),
  },
  {
    rule: "OP14",
    expect: "spare",
    input: faq(
      "en",
      "Why does the water smell of chlorine? Extra chlorine has been added to the mains as a disinfectant. We take water quality very seriously.",
    ),
  },
  {
    rule: "OP14",
    expect: "fire",
    input: faq("sv", "Varför är badplatsen stängd? Badplatsen är stängd av driftskäl. Vi beklagar olägenheten."),
  },
  {
    rule: "OP14",
    expect: "fire",
    input: faq(
      "en",
      "Why did it take so long to warn residents? The safety of residents is our top priority. We are working closely with our partners.",
    ),
  },
  // ---- OP12/OP13 inline
  {
    rule: "OP13",
    expect: "spare",
    input: faq(
      "sv",
      "Är vattnet säkert att dricka nu? Vattnet uppfyller alla krav enligt de senaste proverna. Vi följer utvecklingen noga.",
    ),
  },
  {
    rule: "OP13",
    expect: "spare",
    input: faq("sv", "Kan jag duscha? Ja, det går bra. Har du frågor? Ring kundtjänst på 0650-55 10 00."),
  },
  {
    rule: "OP13",
    expect: "spare",
    input: faq(
      "en",
      "Is the library open? The library is operating normal hours and has drinking water for visitors. We continue to monitor the situation.",
    ),
  },
  {
    rule: "OP12",
    expect: "spare",
    input: faq(
      "sv",
      "När kommer strömmen tillbaka? Vi räknar med att alla har ström igen till helgen. Undrar du något? Ring 020-82 00 00.",
    ),
  },
  {
    rule: "OP12",
    expect: "spare",
    input: faq(
      "en",
      "When will power be back? Most customers should be restored by Friday evening. Have questions? Call 1-800-555-0100.",
    ),
  },
  {
    rule: "OP12",
    expect: "fire",
    input: faq(
      "sv",
      "När kan vi dricka vattnet igen? Kommunen arbetar intensivt med frågan och prioriterar detta. Vad har hänt? En ledning har gått sönder.",
    ),
  },
  {
    rule: "OP13",
    expect: "fire",
    input: faq(
      "en",
      "Are cooling centres open this weekend? Keeping residents safe during the heatwave is our top priority. Why is it so hot? A high pressure system is over the region.",
    ),
  },
  // ---- AU27
  {
    rule: "AU27",
    expect: "spare",
    input: b(
      "sms",
      "sv",
      "Elavbrott i Sörby. Orsaken är en äldre kabel som gått sönder. Följ avbrottet: ladda ner appen Mitt Ellevio.",
    ),
  },
  {
    rule: "AU27",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Older residents can find their nearest cooling centre by scanning the QR code on our posters, or by visiting any library in the borough during opening hours.",
    ),
  },
  {
    rule: "AU27",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Graduation for seniors at Lincoln High is postponed because of the storm. Download the district app for the new date.",
    ),
  },
  {
    rule: "AU27",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Vattenläcka på Storgatan. Äldre fastigheter i området kan få brunt vatten. Se om din adress berörs: logga in på Mina sidor med BankID.",
    ),
  },
  {
    rule: "AU27",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "Older residents are most at risk during the heatwave. To find your nearest cooling centre, download the CityAlert app or scan the QR code below. Updated 2024-07-12.",
    ),
  },
  {
    rule: "AU27",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Äldre personer är mest utsatta under värmeböljan. Boka transport till en sval lokal: logga in på e-tjänsten med BankID.",
    ),
  },
  // ---- AC17
  {
    rule: "AC17",
    expect: "spare",
    input: b(
      "sms",
      "en",
      "Notice for residents of Elm St and Oak Ave: boil water before drinking. Details: https://pinehollow.gov/water",
    ),
  },
  {
    rule: "AC17",
    expect: "spare",
    input: b(
      "sms",
      "sv",
      "Viktig information gällande vattnet i Sörby och Norrby: koka vattnet. Mer info: https://sorby.se/vatten",
    ),
  },
  {
    rule: "AC17",
    expect: "spare",
    input: b(
      "sms",
      "sv",
      "Uppdatering om branden i Kårböle: brandområdet är avspärrat. Läs mer: https://ljusdal.se/brand",
    ),
  },
  {
    rule: "AC17",
    expect: "spare",
    input: b(
      "sms",
      "en",
      "Update on the water main break: water is back on for all homes. More info: https://ex.gov/water",
    ),
  },
  {
    rule: "AC17",
    expect: "fire",
    input: b(
      "sms",
      "sv",
      "Sörby kommun: Viktig information om ditt dricksvatten. Läs mer här: https://sorby.se/vatten",
    ),
  },
  {
    rule: "AC17",
    expect: "fire",
    input: b(
      "sms",
      "en",
      "Important information about the water outage. Click here for details: https://ex.gov/outage",
    ),
  },
  // ---- FS14
  {
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "We first learned of the spill on Saturday morning and crews have been on site since. The river path stays closed.",
    ),
  },
  {
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Update Saturday 6 p.m.: We first learned of the spill on Saturday morning. Crews are on site and the river path is closed.",
    ),
  },
  {
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Uppdatering tisdag 14 maj. Vi fick de första rapporterna om magsjuka i lördags. Samma kväll gick vi ut med en kokningsrekommendation via sms och krisinformation.se. Den gäller fortfarande.",
    ),
  },
  {
    rule: "FS14",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Update, Monday March 6: We first became aware of the breach on Friday, March 3 and notified affected customers the same day. Here is what has changed since.",
    ),
  },
  {
    rule: "FS14",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "Wednesday, May 13. This is the County's first statement on the spill that occurred on Saturday, May 9.",
    ),
  },
  {
    rule: "FS14",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Onsdag. Vi fick de första rapporterna om sjukdomsfallen i lördags. Vi har väntat med att gå ut tills alla provsvar kommit.",
    ),
  },
  // ---- FS11
  {
    rule: "FS11",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Publicerad onsdag 15 oktober kl. 14.30. Arbetet med ledningen fortsätter hela veckan. Nästa uppdatering kommer onsdag 22 oktober kl. 11.00.",
    ),
  },
  {
    rule: "FS11",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Posted Wednesday, October 15 at 2:30 p.m. Repairs will continue through next week. The next update will be on Wednesday, October 22 at 11 a.m.",
    ),
  },
  {
    rule: "FS11",
    expect: "spare",
    input: b("sms", "sv", "Storgatan stängs kl. 22.00: arbetet pågår hela natten. Nästa besked kl. 16.00."),
  },
  {
    rule: "FS11",
    expect: "spare",
    input: b("bulletin", "en", "Updated Monday at 10 p.m.: crews are still working. Next update Tuesday at 7 a.m."),
  },
  {
    rule: "FS11",
    expect: "fire",
    input: b(
      "sms",
      "sv",
      "Lindvikens kommun kl. 14.40: Vattnet är fortfarande avstängt på Storgatan. Nästa besked kl. 12.00.",
    ),
  },
  {
    rule: "FS11",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Publicerad onsdag 15 oktober kl. 14.30. Nästa uppdatering kommer onsdag 15 oktober kl. 11.00.",
    ),
  },
  // ---- FA7
  {
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Investigators have not yet identified the cause of the fire at the warehouse. There is no risk to the public. Avoid the area while crews work.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Vi vet ännu inte vad som orsakade branden. Det finns ingen risk för spridning till bostäderna. Undvik området.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Test results are expected on Thursday. Until then, boil tap water before drinking. The library will be open as usual and has bottled water.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Crews have not yet located the fault. Once it is found, we expect power to be restored within about two hours.",
    ),
  },
  {
    rule: "FA7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Provsvaren väntas på fredag. Tills dess ska du koka vattnet. Det är helt säkert att duscha och tvätta sig.",
    ),
  },
  {
    rule: "FA7",
    expect: "fire",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Crews have not yet located the fault. Power will be fully restored to every customer by 6:00 p.m.",
    ),
  },
  {
    rule: "FA7",
    expect: "fire",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Provsvaren väntas på torsdag. Vattnet är helt rent och det finns ingen risk att dricka det.",
    ),
  },
  // ---- OP7
  {
    rule: "OP7",
    expect: "spare",
    err: true,
    input: b("bulletin", "sv", "Åtgärder har satts in i form av extra personal och fler bussar på linje 4."),
  },
  {
    rule: "OP7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Additional measures have been put in place, including extra staff at the hospital entrance and a one-way system.",
    ),
  },
  {
    rule: "OP7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Åtgärder har vidtagits\n• Ledningen är avstängd\n• Vi spolar ledningsnätet\n• Nya prover tas i dag",
    ),
  },
  {
    rule: "OP7",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Följande åtgärder har vidtagits under natten: ledningen är avstängd och tankbilar står vid skolan.",
    ),
  },
  {
    rule: "OP7",
    expect: "fire",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Ett fel har uppstått i vattenverket. Nödvändiga åtgärder har vidtagits. Situationen bevakas löpande.",
    ),
  },
  {
    rule: "OP7",
    expect: "fire",
    err: true,
    input: b(
      "bulletin",
      "en",
      "An incident occurred at the treatment works. Appropriate measures have been taken. The situation is being monitored.",
    ),
  },
  // ---- IM3
  {
    rule: "IM3",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Governor Hochul declared a state of emergency for the county due to the flooding. Residents in low-lying areas should move to higher ground.",
    ),
  },
  {
    rule: "IM3",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Kommunstyrelsens ordförande Anna Berg (S) har beslutat att stänga skolorna i morgon på grund av stormen.",
    ),
  },
  {
    rule: "IM3",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Kommunalråd Eva Lind stänger badplatsen på grund av algblomningen. Bada inte och låt inte hundar dricka vattnet.",
    ),
  },
  {
    rule: "IM3",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Vallokalen i Sörby skola är stängd på grund av vattenläckan. Du kan rösta på valdagen i Folkets hus, Storgatan 4, i stället.",
    ),
  },
  {
    rule: "IM3",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Council Leader Smith said the closure of the bridge is due to safety concerns after the inspection. Use the A40 instead.",
    ),
  },
  {
    rule: "IM3",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Läckorna beror på att den förra S-ledda majoriteten skar ned på underhållet av ledningsnätet.",
    ),
  },
  {
    rule: "IM3",
    expect: "fire",
    input: b(
      "social",
      "en",
      "Snow emergency in effect until 6 a.m. Move vehicles off snow routes. Re-elect Whitfield on March 3!",
    ),
  },
  // ---- IM7
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Heavy rain tonight may flood the streets in low-lying parts of town. Do not drive through flood water.",
    ),
  },
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "A storm surge could flood the beaches and the village car park at high tide on Saturday. Move cars before 4 p.m.",
    ),
  },
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Please check on older neighbours who do not get care visits from the home help service during the heatwave.",
    ),
  },
  {
    rule: "IM7",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Branden i Sörby är ännu ett exempel på en olycka som hade kunnat undvikas med en brandvarnare. Testa din brandvarnare i dag.",
    ),
  },
  {
    rule: "IM7",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "The crowds of out-of-town visitors who flood our town and use our water as if it were theirs are to blame for the shortage.",
    ),
  },
  {
    rule: "IM7",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Branden är ännu ett exempel på sommargäster från storstan som inte bryr sig om eldningsförbudet.",
    ),
  },
  // ---- IM16
  {
    rule: "IM16",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "The bridge on Route 12 is closed. We recommend Highway 9 as the best detour for through traffic.",
    ),
  },
  {
    rule: "IM16",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Bron på väg 12 är avstängd. Vi rekommenderar Sundsvallsvägen som bästa omväg för genomfartstrafik.",
    ),
  },
  {
    rule: "IM16",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "For official updates we recommend Ready.gov as the best source, and local radio KXYZ 101.5.",
    ),
  },
  {
    rule: "IM16",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Residents are encouraged to shop at Kroger on Main Street, which has generator power; it is best to bring cash as card readers may be down.",
    ),
  },
  {
    rule: "IM16",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Vi rekommenderar också ICA Kvantum Sörby, som har det bästa utbudet av vatten på flaska.",
    ),
  },
  {
    rule: "IM16",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "Bottled water is available at FreshWay Market, which is offering 10 percent off all water during the outage.",
    ),
  },
  // ---- AU1 easy
  {
    rule: "AU1",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Lättläst version av detta meddelande finns på sorby.se/lattlast. Kommunen har utfärdat en kokningsrekommendation för dricksvattnet i centralorten efter att provtagning har påvisat förekomst av koliforma bakterier i distributionsnätet. Rekommendationen gäller samtliga fastigheter som är anslutna till det kommunala ledningsnätet i Sörby, Norrby och Österby. Nästa uppdatering publiceras i morgon.",
    ),
  },
  {
    rule: "AU1",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Kommunen har hittat bakterier i dricksvattnet i Sörby. Därför måste du koka vattnet innan du dricker det. Kokningsrekommendationen gäller alla hushåll i Sörby och Norrby. Koka vattnet i minst en minut. Använd kokat vatten till tandborstning och matlagning. Du kan duscha och tvätta kläder som vanligt. Vattentankar står vid Sörbyskolan. Kommunen meddelar när rekommendationen upphör.",
      "Lättläst: Koka dricksvattnet i Sörby",
    ),
  },
  {
    rule: "AU1",
    expect: "fire",
    err: true,
    input: b(
      "bulletin",
      "sv",
      "Med anledning av konstaterad förekomst av koliforma bakterier i distributionsnätet utfärdar kommunen en kokningsrekommendation gällande samtliga fastigheter anslutna till det kommunala ledningsnätet inom centralorten. Rekommendationen kvarstår till dess att uppföljande provtagning påvisat tillfredsställande resultat. Vattentankar har placerats ut vid Sörbyskolan samt vid idrottsanläggningen. Ytterligare information tillhandahålls via kommunens webbplats.",
      "Lättläst: Information om dricksvattnet",
    ),
  },
  // ---- AU24
  {
    rule: "AU24",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Boil water notice in Sörby. Read more at sorby.se/vatten (in Swedish) and krisinformation.se (in Swedish). For questions, call customer service on 0650-55 10 00.",
    ),
  },
  {
    rule: "AU24",
    expect: "spare",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Boil tap water before drinking. The official notice, which is in Swedish, is at sorby.se/vatten. Staff at 0650-55 10 00 answer in English too.",
    ),
  },
  {
    rule: "AU24",
    expect: "fire",
    err: true,
    input: b(
      "bulletin",
      "en",
      "Boil tap water before drinking. See norrmarka.se/vatten (in Swedish only) or call 0650-55 10 00, where questions are answered in Swedish.",
    ),
  },
  // ---- AU26
  {
    rule: "AU26",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "SMHI har utfärdat gul varning för vind. Områden markerade med rött på kartan har strömavbrott.",
    ),
  },
  {
    rule: "AU26",
    expect: "spare",
    input: b(
      "bulletin",
      "en",
      "Met Éireann has issued a Red level weather warning for Cork. No cycling in RED zones. Stay indoors.",
    ),
  },
  // ---- AU21
  {
    rule: "AU21",
    expect: "spare",
    input: b(
      "faq",
      "en",
      "How will mosquitoes be controlled? Standing water will be treated by City crews. Crews will use foggers after dusk on Tuesday.",
    ),
  },
  // ---- FA13
  {
    rule: "FA13",
    expect: "spare",
    input: b("bulletin", "sv", "Kommunen informerar via:\n• sms till berörda\n• Facebook-inlägg\n• krisinformation.se"),
  },
  {
    rule: "FA13",
    expect: "fire",
    input: b("bulletin", "sv", "Uppgifter i sociala medier gör gällande att två personer ska ha omkommit i branden."),
  },
  {
    rule: "FA13",
    expect: "spare",
    input: b("bulletin", "sv", "Uppgifter från räddningstjänsten gör gällande att branden nu är under kontroll."),
  },
  // ---- FA14
  {
    rule: "FA14",
    expect: "spare",
    input: b("bulletin", "en", "If you are trapped in a lift, stay calm and press the alarm button. Help will come."),
  },
  {
    rule: "FA14",
    expect: "fire",
    input: b(
      "bulletin",
      "en",
      "Stay calm, there is nothing to worry about. The situation is completely under control.",
    ),
  },
  // ---- FA15
  {
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Kokningsrekommendationen är hävd. Vi rekommenderar inte längre att du kokar vattnet. Du kan dricka kranvattnet som vanligt igen.",
    ),
  },
  {
    rule: "FA15",
    expect: "spare",
    input: b(
      "bulletin",
      "sv",
      "Boende i Norrby kan dricka kranvattnet som vanligt. I Sörby rekommenderar vi att du kokar vattnet tills vidare.",
    ),
  },
  {
    rule: "FA15",
    expect: "fire",
    input: b(
      "bulletin",
      "sv",
      "Vattnet är helt ofarligt och du kan dricka kranvattnet som vanligt. Som en försiktighetsåtgärd rekommenderar vi att du kokar vattnet.",
    ),
  },
];

describeProbes("the twentieth round's rules at their edges (code review)", probes);
