import { control } from "./build.js";
import type { EvalMessage } from "./types.js";

/** Matched controls for blind9.ts, blind10.ts, blind11.ts, blind12.ts, blind13.ts: written 2026-12-06 by a helper session (controls B); see build.ts `control`. */
export const CONTROLS_B: EvalMessage[] = [
  // blind9.ts
  control(
    "bad9-sv-001",
    "sv",
    "bulletin",
    "Brand i förråd vid Kvarnbyskolan",
    `Uppdaterad torsdag 4 december kl. 07.40

I natt brann det i ett förråd på Kvarnbyskolans skolgård. Räddningstjänsten har släckt branden och ingen person skadades. Skolan har öppet som vanligt i dag, men området runt förrådet är avspärrat.

Vad som orsakade branden vet vi inte ännu. Räddningstjänsten har påbörjat en brandutredning och polisen har fått en anmälan. Vi berättar mer när de har lämnat besked.

Håll barnen borta från avspärrningen. Frågor besvaras av skolans expedition, 0480-55 12 00. Vi uppdaterar här kl. 12.00.

Älvbacka kommun, barn- och utbildningsförvaltningen`,
  ),
  control(
    "bad9-sv-002",
    "sv",
    "bulletin",
    "Brunt vatten i norra Norrlida",
    `Publicerad 4 december kl. 09.15

Sedan i morse kommer det brunt vatten ur kranarna i norra Norrlida, främst kring Storgatan och Kyrkbacken. Vattnet är inte farligt att dricka, men undvik att tvätta vita kläder.

Vi vet ännu inte vad som har orsakat missfärgningen. Våra tekniker undersöker ledningarna under Storgatan och tar prover i dag. Vad de hittar berättar vi i nästa uppdatering.

Spola kallvatten i några minuter tills vattnet blir klart. Kundtjänst: 0571-38 40 00. Nästa uppdatering kl. 14.00.

Norrlida Vatten AB`,
  ),
  control(
    "bad9-sv-003",
    "sv",
    "bulletin",
    "Stormen över Västanå – läget kl. 11",
    `Uppdaterad 4 december kl. 11.00

Stormen har orsakat stora skador i Västanå under natten. Hur många hus som har skadats och om någon person har kommit till skada vet vi inte ännu. Räddningstjänsten och polisen går igenom larmen, och vi redovisar bara bekräftade uppgifter.

Håll dig inomhus tills vinden mojnat, och gå inte ut i skogen – träd kan fortfarande falla. Kommunens krisstödsnummer är öppet dygnet runt: 0580-20 20 20.

Nästa lägesbild publiceras kl. 15.00 på vastana.se/kris.

Västanå kommun, krisledningen`,
  ),
  control(
    "bad9-sv-004",
    "sv",
    "bulletin",
    "Brand i flerbostadshus på Ängsvägen",
    `4 december kl. 06.30

I natt utbröt en brand i ett flerbostadshus på Ängsvägen 12 i Hagby. Hur många lägenheter som har skadats och om alla boende är i säkerhet håller räddningstjänsten och polisen på att klarlägga. Saknar du någon som bor i huset, ring polisen på 114 14.

Alla som evakuerats kan vända sig till Hagbyhallen, där socialjouren och bostadsbolaget finns på plats hela dagen. Telefon: 0431-71 00 00.

Vi uppdaterar informationen kl. 10.00.

Hagbyhem AB och Hagby kommun`,
  ),
  control(
    "bad9-sv-005",
    "sv",
    "bulletin",
    "Kemikalielukt vid Industrigatan",
    `Uppdaterad 4 december kl. 13.05

Räddningstjänsten undersöker en stark kemikalielukt vid Industrigatan i Brattås. Var lukten kommer ifrån och hur långt den sprids är ännu inte klarlagt. Räddningstjänsten mäter luften på flera platser i området och vi redovisar resultaten när de finns.

Håll fönster och dörrar stängda om du känner lukten och stäng av ventilationen. Ring 112 endast vid nödläge; övriga frågor: 0504-19 00 00.

Nästa uppdatering kl. 14.30.

Brattås kommun i samverkan med Räddningstjänsten Mellersta Dalen`,
  ),
  control(
    "bad9-sv-006",
    "sv",
    "bulletin",
    "Gaslukt i Granhedsskolans matsal",
    `4 december kl. 10.20

Granhedsskolans matsal är stängd sedan i morse efter att personal känt gaslukt. Eleverna äter lunch i idrottshallen. Vad som orsakade lukten vet vi inte än, och vi berättar så fort det är klarlagt.

Gasnätsbolagets tekniker undersöker köket nu. Har ditt barn ont i huvudet eller mår illa, kontakta skolsköterskan på 0513-40 15 20.

Nästa besked lämnas kl. 14.00 via skolplattformen.

Rektor Eva Lind, Granhedsskolan, Västanå kommun`,
  ),
  control(
    "bad9-sv-007",
    "sv",
    "bulletin",
    "Vattnet avstängt på Björkvägen",
    `Uppdaterad 4 december kl. 10.45

Vattnet är avstängt på Björkvägen 1–40 i Norrlida efter att en huvudledning skadades vid grävarbeten i morse. Hur skadan uppstod går vi igenom tillsammans med entreprenören. Just nu lägger vi all kraft på att laga ledningen.

En vattentank står vid Björkvägens vändplan. Stäng alla kranar så att du inte får vattenskador när vattnet kommer tillbaka.

Vi räknar med att vattnet är tillbaka kl. 16.00 och uppdaterar här kl. 13.00. Frågor: 0571-38 40 00.

Norrlida Vatten AB`,
  ),
  control(
    "bad9-sv-008",
    "sv",
    "bulletin",
    "Kokningsrekommendationen i Sjövik gäller fortfarande",
    `4 december kl. 08.00

Kokningsrekommendationen för hushållen i Sjövik gäller fortfarande. Våra två senaste prover är tjänliga. Innan rekommendationen kan hävas ska smittskyddsläkaren i regionen göra en bedömning av provsvaren, och den väntar vi nu på.

Fortsätt koka vatten som ska drickas eller användas i matlagning. Vatten till dusch och disk behöver inte kokas.

Nästa besked kommer kl. 15.00 i dag. Frågor: Sjöviks kommuns kontaktcenter, 0521-72 00 00.

Sjöviks kommun, VA-enheten`,
  ),
  control(
    "bad9-sv-009",
    "sv",
    "bulletin",
    "Värmestugor öppna under elavbrottet",
    `Uppdaterad 4 december kl. 16.10

Cirka 1 200 hushåll i Torsvik är fortfarande utan ström efter stormen. I dag har kommunen öppnat två värmestugor för dig som behöver värme, mat eller laddning medan elbolaget arbetar med felen.

Värmestugorna finns i Torsviks församlingshem och i Lunnaskolans matsal, öppna dygnet runt. Där finns värme, varm mat, dricksvatten och laddning för mobiler.

Nästa uppdatering kl. 20.00. Frågor: 0651-18 00 00.

Torsviks kommun`,
  ),
  control(
    "bad9-sv-010",
    "sv",
    "bulletin",
    "Evakueringen vid Älvåsen avslutad",
    `4 december kl. 18.30

De 23 boende som evakuerades från Älvåsen i går på grund av skredrisken kan nu flytta hem igen. Geoteknikerna har bedömt att slänten är stabil.

Beslutet att häva evakueringen har fattats av kommunens krisledning efter geoteknikernas bedömning. Tack till alla boende för ert tålamod under det senaste dygnet.

Undvik ändå att gå nära släntkanten de närmaste veckorna. Mätningarna fortsätter och resultaten redovisas på alvbacka.se/skred senast fredag kl. 12.00. Frågor: 0480-55 00 00.

Älvbacka kommun`,
  ),
  control(
    "bad9-sv-011",
    "sv",
    "bulletin",
    "Koka vattnet på Granholmen",
    `Uppdaterad 4 december kl. 09.00

Prover visar bakterier i dricksvattnet på Granholmen. Alla med kommunalt vatten på Granholmen ska koka vatten till dryck och matlagning tills vidare.

Rekommendationen gäller även campingen. Där bor nu många säsongsarbetare, och informationen finns därför på flera språk på campingens anslagstavla och i receptionen.

Nya prover tas i dag och svar väntas fredag kl. 12.00, då vi uppdaterar. Frågor: 0176-21 00 00.

Granholmens kommun, VA-avdelningen`,
  ),
  control(
    "bad9-sv-012",
    "sv",
    "bulletin",
    "Fall av hepatit A i centrala Hagby",
    `4 december kl. 14.00

Smittskyddsenheten har fått in sju fall av hepatit A i centrala Hagby sedan slutet av november. Smittspårning pågår. Vi samarbetar med socialtjänstens uppsökande team för att nå personer som vistas kring resecentrum.

Hepatit A smittar via mat, vatten och händer. Tvätta händerna noga med tvål och vatten, särskilt före måltider. Har du gulsot, feber eller mörk urin – ring 1177.

Vaccin erbjuds kostnadsfritt på vårdcentralen Hagby torg i dag och i morgon kl. 9–16. Nästa lägesrapport kommer måndag kl. 10.00.

Region Sydmark, smittskyddsenheten`,
  ),
  control(
    "bad9-sv-013",
    "sv",
    "bulletin",
    "Rök från branden i Kvarnby",
    `Uppdaterad 4 december kl. 12.20

Räddningstjänsten mäter luften i bostadsområdena runt branden. Hittills har mätningarna inte visat farliga halter, men röken kan irritera ögon och luftvägar.

Håll fönster och dörrar stängda om du känner röklukt.

Vi uppdaterar kl. 15.00. Frågor: 0480-55 00 00.

Älvbacka kommun och Räddningstjänsten Kustlandet`,
  ),
  control(
    "bad9-sv-014",
    "sv",
    "bulletin",
    "Strömmen är borta",
    `Torsdag 4 december kl. 08.30

Strömmen är borta i Björkvik.
Vi letar efter felet nu.
Vi vet inte än när strömmen kommer tillbaka.
Håll dörren till kyl och frys stängd.

Vi skriver mer kl. 12.

Har du frågor? Ring 0523-66 00 00.

Björkviks Energi`,
  ),
  control(
    "bad9-sv-015",
    "sv",
    "bulletin",
    "Koka vattnet i hela Sjövik",
    `4 december kl. 07.15

Alla i Sjövik som har kommunalt vatten ska koka vatten som ska drickas eller användas i matlagning. Det räcker att vattnet bubblar kraftigt. Vatten till dusch, disk och tvätt behöver inte kokas.

Rekommendationen gäller sedan prover från vattenverket visat bakterier. Hur bakterierna har kommit in vet vi ännu inte; personalen vid vattenverket undersöker det och vi berättar vad de hittar.

Nästa uppdatering kl. 13.00. Frågor om kokningen eller om händelsen: 0521-72 00 00.

Sjöviks kommun, VA-enheten`,
  ),
  control(
    "bad9-sv-016",
    "sv",
    "bulletin",
    "Störning i kommunens IT-system",
    `Uppdaterad 4 december kl. 10.00

Torsviks kommun har drabbats av en IT-händelse. E-tjänster, e-post och bokningssystemet för färdtjänst fungerar inte just nu. Vilka fler system som berörs och om personuppgifter kan ha kommit på avvägar utreder vi med externa experter. Vi har anmält händelsen och berättar mer när vi vet.

Ring kontaktcenter på 0651-18 00 00 för ärenden som inte kan vänta. Beställ färdtjänst direkt hos Torsviks Taxi, 0651-10 10 10.

Nästa uppdatering kl. 15.00.

Torsviks kommun`,
  ),
  // blind10.ts
  control(
    "bad10-sv-001",
    "sv",
    "bulletin",
    "Strömavbrott i centrala Mjölby",
    `Uppdaterat kl. 09.40. Sedan kl. 08.15 är cirka 2 300 hushåll i centrala Mjölby utan ström. Felet finns vid transformatorstationen på Västra vägen, men vad som orsakat det vet vi ännu inte. Montörer är på plats och felsöker. Håll kyl och frys stängda och använd inte levande ljus utan uppsikt. Strömlös? Ring Mjölby Energis felanmälan, 0142-850 00. Nästa uppdatering kl. 11.00 på mjolbyenergi.se.`,
  ),
  control(
    "bad10-sv-002",
    "sv",
    "bulletin",
    "Kranvattnet i Hjo luktar och smakar konstigt",
    `Hjo kommun, VA-enheten, 2 december kl. 10.20. Flera boende i centrala Hjo har sedan i morse märkt att kranvattnet luktar starkt. Vad lukten beror på vet vi inte ännu. Vi tar prover vid vattenverket och på ledningsnätet under förmiddagen. Tills svaren finns: drick inte kranvattnet, hämta dricksvatten vid tanken på Stora torget. Frågor: kommunens kundtjänst, 0503-350 00. Ny information kl. 15.00 på hjo.se.`,
  ),
  control(
    "bad10-sv-003",
    "sv",
    "bulletin",
    "Brand i Ljungby",
    `Klockan är 12.35. Det brinner i en lagerlokal på Feldtvägen i Ljungby. Det kommer mycket rök. Vi vet inte varför det brinner. Gå in. Stäng fönster och dörrar. Stäng av fläkten i köket. Räddningstjänsten Ljungby skriver igen klockan 14.00. Mer information finns på ljungby.se.`,
  ),
  control(
    "bad10-en-001",
    "en",
    "bulletin",
    "Water main break – Maple Avenue",
    `Update 7:10 a.m. The 12-inch main on Maple Avenue between 3rd and 5th Street broke overnight. We do not know the cause yet; crews will inspect the pipe once it has been dug out and we will report what they find. About 140 homes are without water. Crews are on site and expect to restore service by 2 p.m.; bottled water is available at Fire Station 2 on 4th Street until then. Next update at 11 a.m. on the City of Fairview Public Works page and Facebook.`,
  ),
  control(
    "bad10-sv-004",
    "sv",
    "bulletin",
    "Bussolycka på E18 öster om Enköping",
    `Kl. 16.05. En buss har kört av vägen på E18 strax öster om Enköping. Hur många som har skadats är ännu inte bekräftat; polisen lämnar de uppgifterna när de vet. Polis, ambulans och räddningstjänst arbetar på platsen. E18 är avstängd i östlig riktning och trafiken leds om via väg 55. Anhöriga kan ringa Region Uppsalas upplysningsnummer 018-611 00 00. Enköpings kommun uppdaterar här kl. 17.00.`,
  ),
  control(
    "bad10-sv-005",
    "sv",
    "sms",
    undefined,
    `Gävle kommun: Flera källare i Sätra har fått in vatten, hur många vet vi inte än. Undvik Sätravägen. Info: gavle.se, ny info kl 20.`,
  ),
  control(
    "bad10-en-002",
    "en",
    "bulletin",
    "Smoke from warehouse fire – update 3",
    `Posted 6:45 p.m. by Lakeside County Emergency Management. Firefighters continue to work on the fire at the Brandt Plastics warehouse on Route 9. We do not yet have confirmed figures on how many people have needed hospital care; we will share them once the hospitals have reported. Residents within one mile should stay indoors with windows and doors closed and turn off air conditioning. A reception point is open in the Lakeside High School gym for anyone who needs to leave. Next update at 8 p.m. here and on our Facebook page.`,
  ),
  control(
    "bad10-en-003",
    "en",
    "bulletin",
    "Train derailment near Halton – update",
    `4:50 p.m. A freight train has derailed near the Halton level crossing. The rail operator and fire crews are checking the tank cars; it is not yet confirmed whether any are leaking. Residents within half a mile should stay indoors, close windows and doors and switch off ventilation. Halton Road is closed between Mill Street and Route 7. Updates every hour on haltoncounty.gov/emergency. – Halton County Emergency Management`,
  ),
  control(
    "bad10-sv-006",
    "sv",
    "bulletin",
    "Vattenläcka på Storgatan i Ludvika",
    `Uppdaterad kl. 13.30. Vattnet är avstängt för Storgatan 10–40 sedan kl. 11 på grund av en läcka. Hur länge ledningen har läckt och varför vet vi inte ännu; det undersöker vi när den är frilagd. Vattentank finns i korsningen Storgatan/Fredsgatan. Vi räknar med att vattnet är tillbaka runt kl. 18; spola kallvatten några minuter när det kommer. Frågor: Ludvika kommuns kundservice, 0240-860 00. Nästa uppdatering kl. 16.00.`,
  ),
  control(
    "bad10-sv-007",
    "sv",
    "bulletin",
    "Eleverna på Bergsjöskolan är ute",
    `Klockan är 09.50. Det luktar konstigt i skolan. Vi vet inte än vad det är. Räddningstjänsten kontrollerar. Alla elever är ute på skolgården nu. De mår bra. Hämta ditt barn vid grinden mot Rymdtorget. Vi skriver mer klockan 11. Göteborgs Stad, grundskoleförvaltningen.`,
  ),
  control(
    "bad10-en-004",
    "en",
    "bulletin",
    "Flooding around Mill Lane – update",
    `3:15 p.m. Our engineers are inspecting the river bank behind Mill Lane and will confirm whether it has been damaged. Our teams are on site and sandbags are available at the Corn Exchange car park until 8 p.m. If water enters your home, turn off electricity at the mains if it is safe to do so and move upstairs. Call 999 if life is at risk. Next update at 5 p.m. on the council website. – Somerford District Council`,
  ),
  control(
    "bad10-sv-008",
    "sv",
    "bulletin",
    "Fjärrvärmeavbrott i Norrby",
    `Kl. 07.30. Cirka 600 lägenheter i Norrby saknar värme och varmvatten sedan natten. Huvudledningen skadades vid ett grävarbete, och hur det gick till utreder vi tillsammans med entreprenören. Reparationen pågår och värmen beräknas vara tillbaka i kväll kl. 20. Håll fönstren stängda och använd inte gasolvärmare inomhus. Frågor: Borås Energi och Miljö, 033-35 80 00. Nästa lägesrapport kl. 12.00.`,
  ),
  control(
    "bad10-sv-009",
    "sv",
    "bulletin",
    "Väg 26 avstängd efter ras",
    `Kl. 10.00. Väg 26 är avstängd mellan Hova och Mariestad efter ett ras i vägbanken. Trafikverket, som ansvarar för vägen, undersöker orsaken och hur lång tid lagningen tar. Omledning sker via väg 201 och E20. Skolskjutsarna går men kan bli upp till 30 minuter sena. Mer information på gullspang.se och trafikverket.se. Vi uppdaterar kl. 15.00. /Gullspångs kommun`,
  ),
  control(
    "bad10-en-005",
    "en",
    "bulletin",
    "Power outage – Northfield",
    `Update 11:20 a.m. About 3,800 customers in Northfield have been without power since 8:40 a.m. Gridline Utilities crews are on site looking for the fault; the cause has not yet been determined. A warming center is open at the Northfield Community Center, 12 Elm St., until 9 p.m. Check on elderly neighbors and never run generators indoors. Next update at 2 p.m. on the Town of Northfield website. – Northfield Office of Emergency Management`,
  ),
  control(
    "bad10-en-006",
    "en",
    "bulletin",
    "Boil water advisory – Westbrook",
    `Issued 6 p.m. After the loss of pressure this afternoon, customers in the Westbrook pressure zone should boil water for at least one minute before drinking, cooking or brushing teeth. The pressure dropped when the main was damaged during digging work; we are reviewing how it happened. Samples are being taken tonight; results are expected Thursday afternoon and we will post here as soon as the advisory can be lifted. Questions: Westbrook Water, 555-0142. – Westbrook Water Department`,
  ),
  control(
    "bad10-sv-010",
    "sv",
    "bulletin",
    "Snöovädret – läget kl. 14",
    `Alla huvudleder i Östersund är nu plogade, och plogbilarna arbetar vidare i bostadsområdena. Villagatorna plogas under kvällen och natten. Parkera inte på gatan, så att plogbilarna kommer fram. Sitter du fast, ring kommunens kontaktcenter 063-14 30 00. Nästa lägesbild kl. 20.00 på ostersund.se. /Östersunds kommun`,
  ),
  // blind11.ts
  control(
    "bad11-sv-001",
    "sv",
    "bulletin",
    "Strömavbrott i Västra Skogen",
    `Sedan kl. 06.40 i morse saknar cirka 900 hushåll i Västra Skogen och Lövsta ström. Ellevio felsöker. Vad som har orsakat avbrottet är ännu inte känt, och Ellevio räknar med att veta mer under förmiddagen. Trygghetslarmen fungerar via reservkraft. Nästa uppdatering kommer kl. 10.00 här på kommunens webbplats.`,
  ),
  control(
    "bad11-sv-002",
    "sv",
    "social",
    undefined,
    `Räddningstjänsten är på plats vid brand i en lagerlokal på Industrigatan i Hedby. Kraftig rök driver mot bostadsområdet Norrby – håll fönster och ventilation stängda. Orsaken till branden är inte känd, den utreds när branden är släckt. Mer info kommer kl 21.`,
  ),
  control(
    "bad11-en-001",
    "en",
    "bulletin",
    "Boil water notice – Riverside and Kilburn Heights",
    `Issued 7.15am, Tuesday. Residents on the Riverside and Kilburn Heights supply should boil all drinking water until further notice. Routine sampling yesterday found E. coli at one reservoir. We do not yet know how the bacteria got into the supply; our staff are inspecting the Kilburn reservoir today and we will share what they find. Bottled water is available at the Riverside Library from 10am. Next update 4pm today.`,
  ),
  control(
    "bad11-en-002",
    "en",
    "social",
    undefined,
    `The Westgate leisure centre is closed today after a chemical smell in the pool hall at 8.50am. Two staff were checked by paramedics and are fine. We are investigating what caused the smell. Please do not come to the centre; bookings will be refunded. Update by 2pm.`,
  ),
  control(
    "bad11-sv-003",
    "sv",
    "bulletin",
    "Trafikolycka på väg 56 vid Kilafors",
    `Kl. 14.20 inträffade en olycka med en buss och två personbilar på väg 56 strax norr om Kilafors. Vägen är avstängd i båda riktningar, omledning sker via väg 583. Hur många som har skadats är ännu inte bekräftat; polisen lämnar uppgifter om det. Undvik området. Vi uppdaterar kl. 16.00.`,
  ),
  control(
    "bad11-sv-004",
    "sv",
    "social",
    undefined,
    `Många hör av sig om röken vid hamnen. Vad röken innehåller vet vi inte än – räddningstjänsten mäter luften och vi delar resultatet här. Räddningstjänsten arbetar på plats. Håll er borta från hamnområdet tills vidare.`,
  ),
  control(
    "bad11-en-003",
    "en",
    "bulletin",
    "Tornado damage in Harlan Township – 9pm update",
    `A tornado touched down near Harlan Township shortly after 6pm. Crews are still assessing damage to homes and checking for injuries; we do not yet have confirmed numbers and will publish them once verified. Please stay off County Road 12 so emergency vehicles can get through. A shelter is open at Harlan Middle School, 400 Oak St. Next update at 7am.`,
  ),
  control(
    "bad11-en-004",
    "en",
    "social",
    undefined,
    `Fire at the recycling yard in Eastfield: crews are on site. It is not yet known whether the old chemical store is affected or if anyone is hurt; the fire service will confirm. Keep windows shut if you're in Eastfield. Next update 6pm.`,
  ),
  control(
    "bad11-sv-005",
    "sv",
    "bulletin",
    "Vattenläcka på Storgatan – vattnet avstängt",
    `Vattnet är avstängt för fastigheterna på Storgatan 10–48 och Kvarngränd sedan kl. 08.15. Ledningen skadades vid grävarbeten i morse, och hur det gick till går vi igenom tillsammans med grävfirman. Vi räknar med att laga ledningen till kl. 15. En vattentank står vid Kvarngränd 2. Spola kallvatten en stund när vattnet kommer tillbaka.`,
  ),
  control(
    "bad11-sv-006",
    "sv",
    "social",
    undefined,
    `Någon har eldat i naturreservatet Tallmon trots eldningsförbudet, och räddningstjänsten har fått rycka ut för tredje gången den här veckan. Förbudet gäller alla som vistas här, boende som besökare. Eldningsförbudet gäller i hela kommunen fram till vidare besked. Ser du rök eller eld – ring 112.`,
  ),
  control(
    "bad11-en-005",
    "en",
    "bulletin",
    "Town hall closed after fire alarm",
    `The town hall on Market Street is closed for the rest of today, Thursday 9 May, after the sprinkler system flooded the ground floor at 10.30am. We are looking into why the system went off and will report back. Council tax and housing enquiries can be made by phone on 01632 960 123 until 5pm. We expect to reopen on Friday at 9am.`,
  ),
  control(
    "bad11-sv-007",
    "sv",
    "bulletin",
    "Kokningsrekommendationen i Bäckby hävs",
    `Från och med idag, onsdag kl. 12.00, behöver du i Bäckby inte längre koka dricksvattnet. De två senaste proverna är utan anmärkning. Beslutet har fattats av VA-enheten i samråd med miljö- och hälsoskyddskontoret. Tack till alla i Bäckby för tålamodet. Spola kranarna några minuter innan du dricker vattnet.`,
  ),
  control(
    "bad11-sv-008",
    "sv",
    "social",
    undefined,
    `Stormen Doris har passerat. Fortfarande är 340 hushåll i Norra Vallvik utan ström, och elbolaget arbetar med att laga ledningarna. Värmestuga finns i Folkets hus, öppen dygnet runt. Där finns värme och laddning för mobilen.`,
  ),
  control(
    "bad11-en-006",
    "en",
    "bulletin",
    "Flood defences hold overnight",
    `The temporary flood barriers along Quay Road held overnight and river levels are now falling. Council crews and the Environment Agency will keep monitoring the river today. Quay Road remains closed until 6pm today while the barriers are removed. Sandbags can be returned to the depot on Mill Lane.`,
  ),
  control(
    "bad11-sv-009",
    "sv",
    "bulletin",
    "Fall av tuberkulos på Hagaskolan",
    `Smittskyddsläkaren har bekräftat ett fall av tuberkulos hos en elev på Hagaskolan. Tuberkulos smittar inte lätt; det krävs nära kontakt under lång tid. Smittspårning pågår och berörda familjer kontaktas direkt av vårdcentralen i dag. Övriga elever kan gå till skolan som vanligt.`,
  ),
  control(
    "bad11-sv-010",
    "sv",
    "social",
    undefined,
    `Polisen söker en försvunnen 78-årig man från Solgårdens demensboende i Ekby. Han har en demenssjukdom och kan ha svårt att hitta hem. Han bär blå jacka och keps. Har du sett honom – ring 114 14.`,
  ),
  // blind12.ts
  control(
    "bad12-sv-001",
    "sv",
    "bulletin",
    "Brand i Ekbackeskolan – skolan stängd i morgon",
    `Onsdag 14 januari kl. 21.40. Det har brunnit i gymnastiksalen på Ekbackeskolan under kvällen. Ingen person har skadats. Räddningstjänsten har släckt branden och är kvar på plats för eftersläckning.

Vad som orsakade branden är inte klarlagt. Räddningstjänsten och polisen utreder brandorsaken, och vi berättar när de har lämnat besked.

Skolan håller stängt torsdag 15 januari. Elever i årskurs F–3 som behöver omsorg tas emot på fritids i Ekbackens förskola från kl. 7.00. Vårdnadshavare får sms i morgon kl. 7.00 om fredagen.

Barn- och utbildningsförvaltningen, Sandvikens kommun, tfn 026-24 00 00`,
  ),
  control(
    "bad12-sv-002",
    "sv",
    "bulletin",
    "Ingen ström i Västra Ryd",
    `Måndag 3 november klockan 18.10.

Det är ingen ström i Västra Ryd.
Omkring 400 hem har ingen ström.

Vi vet inte än
varför strömmen är borta.
Vi letar efter felet.

Elektriker jobbar med felet nu.
Håll dörren till frysen stängd.
Ring inte 112 om strömmen.

Vi skriver mer här klockan 20.00.

Ryds Elnät, telefon 0140-38 50 00`,
  ),
  control(
    "bad12-sv-003",
    "sv",
    "bulletin",
    "Gasutsläpp vid Fjällbadet",
    `Lördag 7 mars kl. 15.25. Vid 14-tiden läckte klorgas ut i teknikrummet på Fjällbadet. Badet utrymdes och räddningstjänsten är på plats. Ambulanspersonal tar hand om badgäster som har känt av gasen. Hur många som behöver sjukhusvård vet vi inte ännu; vi berättar när sjukvården har bekräftat det.

Boende på Badhusgatan och Parkvägen ska hålla sig inomhus och stänga fönster och ventilation tills vidare. Badet är stängt resten av helgen.

Nästa uppdatering kl. 17.00 här på webben.
Kommunikationsavdelningen, Åre kommun, 0647-161 00`,
  ),
  control(
    "bad12-sv-004",
    "sv",
    "social",
    undefined,
    `Skyfallet i natt har gett översvämningar i Slottsstaden. Hur många hus som fått vatten i källaren vet vi inte än – VA-jouren och räddningstjänsten samlar in uppgifter under dagen. Har du fått vatten i källaren? Kontakta ditt försäkringsbolag och ring VA-jouren 040-34 10 00 om avloppet går bakåt. Vi uppdaterar i kväll kl. 19. /Malmö stad, söndag 17 aug kl. 10.30`,
  ),
  control(
    "bad12-sv-005",
    "sv",
    "bulletin",
    "Vattenavstängning på Norrmalm efter skadad ledning",
    `Tisdag 21 april kl. 10.15. Cirka 120 hushåll på Norrmalm saknar vatten sedan kl. 8.30. Huvudledningen skadades vid grävarbeten i området. Hur det gick till utreder vi tillsammans med entreprenören; nu är det viktigaste att laga ledningen.

En vattentank står vid Norrmalmsskolans parkering. Ta med egna dunkar. Vi beräknar att vattnet är tillbaka kl. 16.00 och uppdaterar här kl. 13.00.

VA-avdelningen, Skellefteå kommun, 0910-73 50 00`,
  ),
  control(
    "bad12-sv-006",
    "sv",
    "bulletin",
    "Gräsbrand vid Sjövägen släckt",
    `Fredag 30 maj kl. 20.05. Gräsbranden vid Sjövägen i Bergby är nu släckt. Två förråd brann ner men inga bostadshus skadades. Branden startade på en tomt vid Sjövägen. Hur den uppstod utreds av räddningstjänsten.

Räddningstjänsten bevakar området under natten. Eldningsförbudet gäller fortfarande i hela länet: grilla inte på egen tomt, inte heller på engångsgrill.

Räddningstjänsten Gävleborg, 026-17 80 00`,
  ),
  control(
    "bad12-sv-007",
    "sv",
    "bulletin",
    "Stormen Elin – läget i kommunen",
    `Söndag 12 oktober kl. 12.00. Stormen har fällt träd över flera vägar i norra kommundelen och omkring 900 hushåll är utan ström. Kommunens krisledning beslutade i natt att öppna trygghetspunkter, och de öppnade klockan fem i morse.

Trygghetspunkterna i Bygdegården i Lillskog och i Sporthallen i Ås har värme, vatten och laddning för mobiler till kl. 22.00. Nästa lägesbild publiceras kl. 16.00.

Kommunikationsenheten, Ljusdals kommun, 0651-180 00`,
  ),
  control(
    "bad12-sv-008",
    "sv",
    "bulletin",
    "Nödvatten på plats i Rönnäng",
    `Torsdag 9 juli kl. 14.30. Efter ledningsbrottet i morse är Rönnäng fortfarande utan kommunalt vatten. Nödvattentankar finns vid Rönnängs brygga och vid Tjörns hälsocentral; ta med egna dunkar. Tankarna fylls på under dagen, och behöver du hjälp att bära vatten kan du ringa oss.

Vattnet beräknas vara tillbaka under fredagen. Vi uppdaterar kl. 18.00.

Tjörns kommun, VA-enheten, 0304-60 10 00`,
  ),
  control(
    "bad12-sv-009",
    "sv",
    "social",
    undefined,
    `Bilbränder på Norrängen i natt: fem bilar brann mellan kl. 1 och 3 på Ängsvägen och Hagstigen. Ingen skadades. Polisen har en förundersökning och vet ännu inte vem som tänt på. Vi förstår att många är oroliga – fältassistenterna finns vid centrumet i kväll. Har du sett något? Ring 114 14. /Trygghetssamordnare, Lidköpings kommun, tis 4 feb kl. 08.20`,
  ),
  control(
    "bad12-sv-010",
    "sv",
    "bulletin",
    "Fall av hepatit A i centrala Borlänge",
    `Onsdag 26 november kl. 11.00. Smittskydd Dalarna har fått in fyra fall av hepatit A med koppling till centrala Borlänge. Smittspårning pågår. Vi arbetar tillsammans med socialtjänsten för att nå personer som lever i hemlöshet eller missbruk och erbjuda dem vaccin.

Tvätta händerna med tvål och vatten efter toalettbesök och före måltid. Får du gulsot, feber eller mörk urin – ring 1177.

Ny information kommer på regiondalarna.se fredag 28 november.
Region Dalarna, Smittskydd`,
  ),
  control(
    "bad12-sv-011",
    "sv",
    "bulletin",
    "Lukt och smak i kranvattnet i Stensele",
    `Fredag 6 februari kl. 09.45. Flera boende i Stensele har hört av sig om att kranvattnet luktar och smakar jord. Proverna vi tog i går visar inga bakterier, så du kan dricka vattnet. Vad som ger lukten undersöker vi nu.

Om du vill kan du spola kallvatten några minuter innan du dricker. Vi hör av oss igen på måndag kl. 12.00 med nya provsvar.

VA-enheten, Storumans kommun, 0951-140 00`,
  ),
  control(
    "bad12-sv-012",
    "sv",
    "sms",
    undefined,
    `Det brinner i ett förråd vid Hamnen i Torsby. Det kommer mycket rök. Gå inte dit. Stäng fönster. /Torsby kommun 19 aug kl 14.10. Mer info på torsby.se kl 16.`,
  ),
  control(
    "bad12-sv-013",
    "sv",
    "bulletin",
    "Störningar i kommunens IT-system",
    `Måndag 2 mars kl. 10.00. Sedan i helgen fungerar inte kommunens e-tjänster, e-post eller skolplattform. Vi utreder vad som har hänt tillsammans med polisen och it-experter. Om personuppgifter berörs vet vi ännu inte. Frågor från media tar presstjänsten emot via växeln.

Behöver du nå kommunen, ring växeln 0155-24 50 00 mellan kl. 8 och 16. Ekonomiskt bistånd betalas ut som planerat.

Nästa information kommer onsdag kl. 12.00.
Nyköpings kommun`,
  ),
  control(
    "bad12-sv-014",
    "sv",
    "bulletin",
    "Information till vårdnadshavare på Lindskolan",
    `Torsdag 16 oktober kl. 13.30. Under förmiddagen hade vi en polisinsats på Lindskolan. Polisen leder utredningen och vi får därför inte berätta allt ännu. Frågor om själva händelsen kan ställas till polisen på 114 14; frågor om skolan besvarar vi gärna.

Undervisningen fortsätter som vanligt i morgon fredag. Elevhälsan finns på plats hela dagen för elever som vill prata, och du kan nå rektor Maria Holm på 0470-410 00 efter kl. 15.

Vi skickar nytt besked på måndag via Vklass.
Lindskolan, Växjö kommun`,
  ),
  control(
    "bad12-sv-015",
    "sv",
    "bulletin",
    "Vattenläcka i Gamlestaden – hämta vatten vid Gamlestadstorget",
    `Tisdag 13 januari kl. 07.30. I natt gick en stor vattenledning sönder vid Gamlestaden. Därför har många hushåll i området lågt tryck eller inget vatten. Kommunen har startat sin krisledning och arbetar med räddningstjänsten och länsstyrelsen. Saknar du vatten kan du hämta dricksvatten i en tank vid Gamlestadstorget. Ta med egna dunkar.

Nästa lägesinformation kl. 12.00.
Kretslopp och vatten, Göteborgs Stad`,
  ),
  control(
    "bad12-sv-016",
    "sv",
    "bulletin",
    "Problem med vattnet i Bro",
    `Lördag 8 november klockan 9.

Det är problem med vattnet i Bro.

En pump har gått sönder.
Då kan smuts komma in i vattnet.
Koka vattnet innan du dricker det.
På vår webbplats ser du vilka gator det gäller.

Vi skriver mer klockan 13.

VA-enheten i Upplands-Bro kommun
Telefon 08-581 690 00`,
  ),
  // blind13.ts
  control(
    "bad13-sv-001",
    "sv",
    "bulletin",
    "Vattenläcka på Storgatan – vattnet avstängt",
    `Vid halv sju i morse upptäckte Bergslunda Vatten en läcka på huvudledningen under Storgatan mellan Torget och Järnvägsgatan. Vattnet är avstängt för ett sextiotal fastigheter på Storgatan, Kyrkogatan och Smedjegränd.

En vattentank står vid Torget från klockan nio. Ta med egen dunk. Vänta med att använda disk- och tvättmaskin tills vattnet är tillbaka.

Varför ledningen sprack vet vi inte ännu. Det undersöker vi när ledningen är frilagd, och vi berättar vad vi hittar.

Vi räknar med att laga läckan under eftermiddagen och skriver en ny uppdatering här senast klockan 14. Frågor: kundtjänst 0470-12 34 50.`,
  ),
  control(
    "bad13-sv-002",
    "sv",
    "bulletin",
    "Lättläst: Brand i Ekbackens skola",
    `Det brann i Ekbackens skola i natt.
Branden var i köket.
Ingen människa blev skadad.

Skolan är stängd i dag, tisdag.
Barnen ska vara hemma.
Fritids är öppet i Parkskolan för barn som behöver.

Vi vet inte varför det började brinna.
Räddningstjänsten och polisen
försöker ta reda på det.

Vi skriver mer på kommunens webbplats i kväll.
Du kan ringa skolans rektor Maria Lind på 0521-72 10 00.`,
  ),
  control(
    "bad13-sv-003",
    "sv",
    "social",
    "Stormen: läget i Rörvik",
    `Uppdatering kl. 16.40 från Sjöbo hamns kommun: Stormbyarna har orsakat skador på flera byggnader i Rörvik. Taket på idrottshallen har delvis blåst av. Om någon har skadats kan vi inte bekräfta ännu – räddningstjänsten och polisen lämnar de uppgifterna när de vet. Räddningstjänsten är på plats.

Håll dig inomhus så länge det blåser och undvik att gå nära träd och byggnadsställningar. Rör inte nedfallna ledningar, ring 112 om du ser en.

Vi uppdaterar här och på kommunens webbplats vid nästa hel timme.`,
  ),
  control(
    "bad13-sv-004",
    "sv",
    "bulletin",
    "Skred vid Lerviken",
    `Under natten till fredag inträffade ett skred i slänten ned mot ån vid Lerviken. Två bostadshus på Åvägen har skadats och räddningstjänsten har spärrat av området mellan Åvägen 2 och 14.

Räddningstjänsten söker igenom husen. Om någon har skadats eller saknas vet vi ännu inte, och polisen lämnar de uppgifterna när de är bekräftade. Saknar du någon som bor på Åvägen, ring polisen på 114 14.

Boende på Åvägen och Strandstigen har fått lämna sina hem. Kommunen har öppnat en samlingsplats i Lervikens bygdegård med mat, värme och krisstöd. Håll dig borta från avspärrningen så att räddningsarbetet kan fortsätta.

Nästa uppdatering kommer klockan 10 på kommunens webbplats. Frågor: kommunens växel 0303-23 80 00.`,
  ),
  control(
    "bad13-sv-005",
    "sv",
    "bulletin",
    "Strömavbrott i Norrby",
    `Sedan klockan 13.20 är omkring 900 hushåll i Norrby och Stensätra utan ström. En matarkabel vid Norrbyvägen skadades vid grävarbeten. Hur det gick till går vi igenom tillsammans med entreprenören när strömmen är tillbaka.

Våra montörer är på plats och räknar med att strömmen är tillbaka senast klockan 19. Håll kyl och frys stängda så länge avbrottet pågår. Behöver du el för medicinsk utrustning, ring vår felanmälan på 020-44 00 44 så prioriterar vi dig.

Följ avbrottet på vår driftkarta. /Älvsåker Energi Elnät`,
  ),
  control(
    "bad13-sv-006",
    "sv",
    "bulletin",
    "IT-angreppet mot kommunen",
    `Kommunens e-post och e-tjänster ligger fortfarande nere efter it-angreppet i måndags. Angriparna kom in via ett bedrägligt mejl. Hur angreppet gick till i detalj utreds av polisen och av externa it-experter.

Vi vet ännu inte vilka personuppgifter som kan ha kommit ut. Vi har anmält händelsen till Integritetsskyddsmyndigheten och berättar mer på kommunens webbplats fredag kl. 12. Berörs dina uppgifter kontaktar vi dig direkt.

Du når kommunen på telefon 0611-34 80 00, vardagar 8–16. Trygghetslarm, hemtjänst och skolor fungerar som vanligt.`,
  ),
  control(
    "bad13-sv-007",
    "sv",
    "bulletin",
    "Skyfallet i Västerhamn – läget på onsdagen",
    `Efter tisdagens skyfall är de flesta gator i Västerhamn åter farbara. Hamngatan och viadukten vid stationen är fortfarande avstängda och beräknas öppna torsdag morgon. Kör inte genom vatten på vägen.

Har du fått vatten i källaren? Kontakta ditt försäkringsbolag och fotografera skadorna. Kommunen tar emot anmälningar om översvämmade gator på 0340-88 10 00.

– Vi går nu igenom hur ledningarna för dagvatten klarade regnet, och resultatet redovisas för kommunstyrelsen, säger kommunstyrelsens ordförande Peter Ahl (M).

Nästa lägesbild publiceras torsdag klockan 9.`,
  ),
  control(
    "bad13-sv-008",
    "sv",
    "bulletin",
    "Dricksvattnet i Östby åter tjänligt",
    `Kokningsrekommendationen för Östby hävs från och med i dag, fredag klockan 12. De två senaste proverna från vattenverket och ledningsnätet visar inga bakterier, och vattnet kan drickas som vanligt igen.

Spola kallvatten i några minuter innan du dricker det. Kör kaffebryggare och vattenkokare en gång med vatten som du häller ut.

Tack till alla i Östby som har kokat vattnet och haft tålamod under de här dagarna. Vi fortsätter att ta extra prover de närmaste veckorna.

Har du frågor, ring VA-jouren på 0653-160 00.`,
  ),
  control(
    "bad13-sv-009",
    "sv",
    "bulletin",
    "Skottlossning i Backa – polisen förstärker",
    `I går kväll kl. 21.50 avlossades skott på Vårvädersgatan i Backa. En man i 20-årsåldern fördes till sjukhus med allvarliga skador. Förundersökning om mordförsök är inledd och ingen är gripen.

Polisen utreder vad som ligger bakom skjutningen och har ännu inte lämnat några uppgifter om motiv. Vi förstår att många som bor i Backa känner oro.

Polisen har fler patruller i området de närmaste dagarna. Har du sett eller hört något, ring 114 14 eller tipsa via polisen.se. Skolorna i Backa har öppet som vanligt och fältassistenter finns på plats i Backa torg i eftermiddag.`,
  ),
  control(
    "bad13-sv-010",
    "sv",
    "bulletin",
    "Mässlingsfall i kommunen",
    `Smittskyddsenheten har konstaterat tre fall av mässling i kommunen den senaste veckan. Fallen finns i Hagaby. Smittspårning pågår och alla som kan ha smittats kontaktas direkt, med information på flera språk.

Mässling smittar mycket lätt. Den som har feber, hosta, röda ögon och utslag ska stanna hemma och ringa 1177 innan man söker vård, så att ingen annan smittas i väntrummet. Du som inte vet om du är vaccinerad kan kontrollera det hos din vårdcentral. Vaccinet är gratis för barn och unga.

Mer information finns på regionens webbplats under Smittskydd.`,
  ),
  control(
    "bad13-sv-011",
    "sv",
    "social",
    "Gasläckan vid Industrigatan",
    `Räddningstjänsten Mälardalen om gasläckan vid Industrigatan i eftermiddag: Läckan är stoppad och vi mäter luften löpande. Utanför avspärrningen har mätningarna inte visat några farliga halter. Känner du gaslukt hemma, stäng fönstren och ring 112.

Avspärrningen kring Industrigatan 4–12 ligger kvar en stund till. Respektera den. Frågor om trafiken: ring kommunens kundtjänst 021-39 00 00.`,
  ),
  control(
    "bad13-sv-012",
    "sv",
    "bulletin",
    "Missfärgat vatten i Solberga",
    `Flera boende i Solberga har hört av sig om brunt vatten i kranen sedan i går kväll. Missfärgat vatten är inte farligt att dricka, men vi vill vara säkra: vi har tagit nya prover i området i dag och svaren kommer i morgon kl. 12. Då berättar vi vad de visar.

Vi spolar ledningarna i natt. Spola kallvatten tills det blir klart och vänta med vittvätt.

Solberga Vatten och Miljö, kundservice 0418-47 00 00 (vardagar 8–16).`,
  ),
  control(
    "bad13-sv-013",
    "sv",
    "bulletin",
    "Händelsen vid Norrängsskolan",
    `Under förmiddagen i dag inträffade en händelse vid Norrängsskolan som gjorde att polis kallades till platsen. Eleverna är nu hemskickade och skolan är stängd resten av dagen.

Polisen leder utredningen, och därför kan vi inte berätta allt ännu. Vi vet att många är oroliga. Vårdnadshavare får ett brev från rektor i kväll kl. 18 med det vi kan berätta. Frågor om händelsen: polisen, 114 14.

Skolan öppnar som vanligt i morgon, torsdag. Elevhälsan finns på plats från klockan 8 för elever som vill prata.`,
  ),
  control(
    "bad13-sv-014",
    "sv",
    "bulletin",
    "Branden i lagerlokalen på Hamnvägen",
    `Branden i lagerlokalen på Hamnvägen är nu släckt. Rökutvecklingen har minskat, men det luktar fortfarande brandrök i Hamnen och på Norrmalm.

Lagret innehöll bland annat plast och förpackningar; företaget tar fram en fullständig lista. Mätningarna av luften i Hamnen och på Norrmalm visar inga farliga halter. Resultaten publiceras på kommunens webbplats.

Du som bor i Hamnen kan vädra igen. Odlar du grönsaker nära brandplatsen, skölj dem noga innan du äter dem.

Har du frågor, ring kommunens kontaktcenter 0480-45 00 00.`,
  ),
  control(
    "bad13-sv-015",
    "sv",
    "bulletin",
    "Vattenläcka – lågt tryck i Kvarnbacken",
    `I morse kl. 05.40 gick en stor vattenledning sönder vid pumpstationen Kvarnen. Därför har många hus lågt tryck eller inget vatten. Vi stänger av delar av ledningen för att kunna laga den. Hämta dricksvatten vid Kvarnbacksskolan eller ICA Kvarnen. När vattnet kommer tillbaka ska du koka det innan du dricker, tills proverna visar att det är rent.

Berörda adresser: Kvarnbacken, Mjölnarvägen och Stenkvarnsgatan. Ta med egen dunk till vattenposterna.

VA-avdelningen, Kvarnby kommun. Frågor: 0418-47 12 00.`,
  ),
  control(
    "bad13-sv-016",
    "sv",
    "sms",
    undefined,
    `Kommunen: Stöd och information finns nu i Folkets hus. Där kan du prata med någon. Krisledningen möts kl 15. Ny info kl 16 på kommunens webbplats.`,
  ),
];
