import { control } from "./build.js";
import type { EvalMessage } from "./types.js";

/**
 * Matched controls for blind3.ts, blind4.ts, blind5.ts, blind6.ts, blind7.ts, blind8.ts (the first 14 flawed
 * messages of each): written 2026-12-06 by a helper session (controls A); see build.ts `control`.
 *
 * blind4.ts and blind6.ts both build their ids with evalSet("w"), so both sets have flawed items called
 * `wbad-sv-001`, `wbad-en-002`, …. To keep the control ids unique and unambiguous, the controls of those two files
 * name their original as `blind4:wbad-…` and `blind6:wbad-…`; all other controls use the original id as it is.
 */
export const CONTROLS_A: EvalMessage[] = [
  // ------------------------------------------------------------------------------------------------ blind3.ts
  control(
    "zbad-sv-001",
    "sv",
    "bulletin",
    "Brand i Fyrbergsskolans gymnastiksal",
    `Räddningstjänsten släckte under natten en brand i gymnastiksalen på Fyrbergsskolan. Ingen person skadades. Skolan håller stängt i dag, fredag, och eleverna undervisas på distans enligt schemat i lärplattformen. Hur branden startade är inte känt. Polisen har inlett en utredning, och vi berättar mer när polisen har lämnat besked. Vårdnadshavare som har frågor kan ringa rektor på 0243-88 10 00. Nästa information kommer i dag klockan 15.`,
  ),
  control(
    "zbad-en-002",
    "en",
    "social",
    undefined,
    `Gas leak on Harbour Street: gas has been smelt there since 9am. Engineers from the gas network are on site to find the leak; what caused it is not yet known. Keep away from Harbour Street until further notice. Next update here at 1pm.`,
  ),
  control(
    "zbad-en-003",
    "en",
    "bulletin",
    "Illness at Westfield care home",
    `Eleven residents of Westfield care home have fallen ill with vomiting since Sunday. Public health officers visited today and took samples from residents and from the kitchen. We do not yet know what is causing the illness; test results are expected on Thursday and we will publish them here. Visiting is suspended until Friday. Relatives can call the home on 01632 960 455 between 9am and 8pm.`,
  ),
  control(
    "zbad-sv-004",
    "sv",
    "sms",
    undefined,
    `Trafikolycka på E18 vid Bålsta. Räddningstjänst och polis är på plats, uppgifter om skadade är inte bekräftade än. Välj annan väg, kör via Enköping.`,
  ),
  control(
    "zbad-en-005",
    "en",
    "bulletin",
    "Building collapse on Kingsway",
    `Part of a three-storey building on Kingsway collapsed at 14.20. Fire and rescue crews are searching the site. It is not yet known whether anyone was inside or has been hurt, and the police will confirm this as soon as they can. Kingsway is closed between Market Square and Bridge Road. If you are looking for a relative, call the police casualty line on 0800 056 0944.`,
  ),
  control(
    "zbad-sv-006",
    "sv",
    "bulletin",
    "Bussolycka vid Lindesberg",
    `En buss med 40 resenärer har kört av vägen på riksväg 50 norr om Lindesberg. Räddningstjänst, ambulans och polis är på plats. Hur många som har skadats är ännu inte klart, och polisen lämnar uppgifter om skadade när de är bekräftade. Riksväg 50 är avstängd och trafiken leds om via Frövi. Anhöriga kan ringa kommunens upplysningsnummer 0581-810 00. Nästa uppdatering kommer klockan 18.`,
  ),
  control(
    "zbad-sv-007",
    "sv",
    "bulletin",
    "Vattenavstängning i Östra Torp",
    `Vattnet i Östra Torp är avstängt sedan klockan 10 efter en ledningsskada på Bygatan. Huvudledningen skadades vid grävning för fiber. Vi går igenom vad som hände tillsammans med fiberbolaget. En vattentank står vid Östra Torps skola. Vi räknar med att vattnet är tillbaka klockan 17. Mer information på torp.se/vatten.`,
  ),
  control(
    "zbad-en-008",
    "en",
    "social",
    undefined,
    `Power is out across Millbrook again tonight. We have asked the regional grid operator when supply will be back and will post their answer here as soon as we have it. Warm space open at Millbrook Library until 10pm.`,
  ),
  control(
    "zbad-sv-009",
    "sv",
    "social",
    undefined,
    `Strandvägen är översvämmad efter nattens regn. Kör inte genom vattnet, använd Kvarngatan. Vi skriver här när vägen går att köra på igen.`,
  ),
  control(
    "zbad-en-010",
    "en",
    "bulletin",
    "Rest centre open at Hilltop Leisure Centre",
    `A rest centre is open at Hilltop Leisure Centre, Park Road, for anyone who has had to leave home because of the flooding. Hot food, bedding and phone charging are available, paid for from the council's emergency reserve. Staff can help with questions about insurance and temporary housing. Bring any medicines you need. Call 01632 960 100 if you need transport.`,
  ),
  control(
    "zbad-sv-011",
    "sv",
    "bulletin",
    "Nödvatten i Bergsjö",
    `Dricksvattnet i Bergsjö är avstängt på grund av en läcka. Nödvatten finns vid Bergsjö torg och vid Coop från klockan 12. Ta med egna dunkar. Har du svårt att ta dig dit, ring kommunens växel så kör vi ut vatten. Vi beräknar att läckan är lagad i kväll och lämnar nästa besked här klockan 17.`,
  ),
  control(
    "zbad-sv-012",
    "sv",
    "bulletin",
    "Tuberkulos på språkskolan",
    `Smittskydd har konstaterat två fall av tuberkulos bland elever på Vuxenskolans svenskundervisning. Tuberkulos kan drabba vem som helst, oavsett bakgrund. Den som har haft nära kontakt med de smittade kontaktas personligen av vårdcentralen och erbjuds provtagning. Tuberkulos smittar inte genom tillfällig kontakt. Frågor: ring 1177.`,
  ),
  control(
    "zbad-en-013",
    "en",
    "social",
    undefined,
    `Another spate of car break-ins near the station. Police are investigating and have not identified anyone. Do not leave valuables in your car and report anything suspicious on 101.`,
  ),
  control(
    "zbad-sv-014",
    "sv",
    "sms",
    undefined,
    `Gaslukten i centrum kom från en läcka som nu är tätad. Räddningstjänstens mätningar visar inga farliga halter. Ring 112 om du känner stark gaslukt.`,
  ),

  // ------------------------------------------------------------------------------------------------ blind4.ts
  control(
    "blind4:wbad-sv-001",
    "sv",
    "bulletin",
    "Brand i återvinningscentralen",
    `I natt började det brinna i containrarna på Sörby återvinningscentral. Räddningstjänsten har släckt branden och ingen har skadats. Varför det började brinna vet vi inte ännu; räddningstjänsten undersöker det. Återvinningscentralen håller stängt i dag. Nästa besked om öppettider kommer i morgon klockan 08 på sorby.se.`,
  ),
  control(
    "blind4:wbad-en-002",
    "en",
    "bulletin",
    "Power cut in Eastbridge",
    `About 900 homes in Eastbridge lost power at 6.10pm. Engineers are on site looking for the fault, and we do not yet know what caused it. Until power is back, keep fridge and freezer doors shut and use torches rather than candles. Please check on elderly neighbours. Next update 9pm on our website.`,
  ),
  control(
    "blind4:wbad-sv-003",
    "sv",
    "sms",
    undefined,
    `Vattnet i Berga är grumligt sedan i morse. Vi har tagit prover och letar efter orsaken. Koka vattnet tills vidare. Nytt besked kl 16. /Berga kommun`,
  ),
  control(
    "blind4:wbad-sv-004",
    "sv",
    "social",
    undefined,
    `Brand i flerfamiljshus på Ekvägen. Räddningstjänst och ambulans är på plats. Uppgifter om skadade lämnas när de är bekräftade. Håll dig borta från området.`,
  ),
  control(
    "blind4:wbad-en-005",
    "en",
    "sms",
    undefined,
    `Explosion at the chemical plant on Dock Road. Emergency services are on site; injuries not yet confirmed. Stay indoors, close windows.`,
  ),
  control(
    "blind4:wbad-en-006",
    "en",
    "social",
    undefined,
    `The water is off in Hillcrest again after a main was damaged during roadworks. Repairs are under way. Bottled water at Hillcrest school from 4pm.`,
  ),
  control(
    "blind4:wbad-sv-007",
    "sv",
    "bulletin",
    "Översvämning i källare på Norrgatan",
    `Kraftigt regn i natt har gett vatten i ett tiotal källare på Norrgatan. Dagvattenbrunnarna hann inte ta emot allt vatten. Vi ser nu över hur dagvattnet i området kan ledas bort bättre. Kommunen lånar ut pumpar från Norrgatans servicecenter. Ring 0250-260 00 om du behöver hjälp.`,
  ),
  control(
    "blind4:wbad-sv-008",
    "sv",
    "bulletin",
    "Värmestuga öppnar i Folkets hus",
    `Eftersom många fortfarande saknar el öppnar kommunen en värmestuga i Folkets hus i kväll klockan 18. Huset har reservkraft, så där finns värme, ljus och möjlighet att ladda telefonen. Ta med mediciner och laddare.`,
  ),
  control(
    "blind4:wbad-en-009",
    "en",
    "social",
    undefined,
    `Sandbags now available at the Mill Street depot until 8pm. Staff there can help you load your car. Please take only what you need so there are enough for everyone.`,
  ),
  control(
    "blind4:wbad-sv-010",
    "sv",
    "social",
    undefined,
    `Magsjuka har brutit ut på Solbackens boende. Hur smittan kom in är inte känt. Besöksförbud gäller till och med fredag.`,
  ),
  control(
    "blind4:wbad-en-011",
    "en",
    "bulletin",
    "Vandalism at the Riverside pumping station",
    `The Riverside pumping station was damaged overnight, which caused low pressure in parts of town. Police are investigating; if you saw anything near the site last night, call 101. Water pressure should return to normal by 4pm.`,
  ),
  control(
    "blind4:wbad-sv-012",
    "sv",
    "bulletin",
    "Lukt från industriområdet",
    `Många har hört av sig om en stark lukt från industriområdet i Västby. Räddningstjänsten mätte luften i förmiddags och fann inga skadliga halter. Stör lukten dig, stäng fönstren. Ring 112 om du får svårt att andas.`,
  ),
  control(
    "blind4:wbad-en-013",
    "en",
    "social",
    undefined,
    `Seen the smoke over the port? It's from a warehouse fire that crews now have under control. Air checks show no harmful levels so far; keep windows shut if the smoke drifts your way.`,
  ),
  control(
    "blind4:wbad-sv-014",
    "sv",
    "bulletin",
    "Angående händelsen vid Åsens skola",
    `Vi har tagit del av uppgifterna om händelsen vid Åsens skola. Polisen utreder vad som hänt. Av hänsyn till de inblandade eleverna berättar vi inte om enskilda personer. Skolan har öppet som vanligt. Frågor besvaras av rektor.`,
  ),

  // ------------------------------------------------------------------------------------------------ blind5.ts
  control(
    "vbad-sv-001",
    "sv",
    "bulletin",
    "Vattenläcka på Storgatan",
    `Klockan 06.15 i morse upptäcktes en vattenläcka på Storgatan i Hallby. Omkring 40 hushåll är utan vatten. Varför röret gick sönder vet vi inte än; det ser vi när ledningen är uppgrävd. Nödvatten finns att hämta vid Hallby skola. Vi räknar med att vattnet är tillbaka vid 15-tiden och uppdaterar här klockan 12.`,
  ),
  control(
    "vbad-en-002",
    "en",
    "bulletin",
    "Fire at Millfield recycling plant",
    `Firefighters are tackling a fire at the Millfield recycling plant on Dock Road. Residents within half a mile should keep windows and doors shut. The cause is not yet known and will be investigated once the fire is out. Dock Road is closed between the roundabout and the bridge. We will post an update at 4pm on millfield.gov.uk.`,
  ),
  control(
    "vbad-sv-003",
    "sv",
    "social",
    undefined,
    `Elavbrottet i Norrvik: felet sitter i transformatorstationen, men orsaken är inte klarlagd. Elnätsbolaget jobbar på att koppla om.`,
  ),
  control(
    "vbad-sv-004",
    "sv",
    "bulletin",
    "Olycka på riksväg 40",
    `En tung lastbil och en buss har kolliderat på riksväg 40 vid Ekås. Vägen är helt avstängd i båda riktningar och trafiken leds om via Tranemo. Ambulans, polis och räddningstjänst är på plats. Polisen lämnar uppgifter om skadade. Undvik området. Nästa uppdatering kl. 17.00.`,
  ),
  control(
    "vbad-en-005",
    "en",
    "bulletin",
    "Building collapse on Station Road",
    `Part of a disused warehouse on Station Road collapsed at about 10am. Emergency services are at the scene and are checking whether anyone was inside. Please avoid Station Road and follow directions from officers. Further information at 1pm.`,
  ),
  control(
    "vbad-sv-006",
    "sv",
    "bulletin",
    "Översvämning i Ängsbacka",
    `Källare i Ängsbacka har fått in vatten efter nattens skyfall. Kommunen delar ut sandsäckar vid brandstationen fram till kl. 20. Vi utreder varför vattnet inte rann undan och tittar bland annat på diket som fylldes igen förra året. Ring 0520-49 70 00 om du behöver hjälp.`,
  ),
  control(
    "vbad-en-007",
    "en",
    "bulletin",
    "Water outage in Hollins",
    `About 300 homes in Hollins have no water after a main burst overnight. Bottled water is available at Hollins community hall until 8pm. If you see water coming up through a road or pavement, please report it on our website. Repairs should be finished by 6pm.`,
  ),
  control(
    "vbad-sv-008",
    "sv",
    "bulletin",
    "Ny reservkraft på plats",
    `Äldreboendena i kommunen har nu reservkraft. Kommunfullmäktige beslutade om satsningen i våras. Vid strömavbrott fortsätter värme och larm att fungera. Frågor besvaras av kontaktcenter på 0455-30 30 00.`,
  ),
  control(
    "vbad-en-009",
    "en",
    "bulletin",
    "Flood barriers in place",
    `Temporary flood barriers are now up along the river path in Kelby. They will stay in place until river levels fall, and the path is closed between the footbridge and the weir while they are up. Do not walk on the barriers. Updates at kelby.gov.uk.`,
  ),
  control(
    "vbad-sv-010",
    "sv",
    "bulletin",
    "Bränder i papperskorgar",
    `Under helgen har det brunnit i flera papperskorgar i Centrum. Polisen utreder bränderna och vet ännu inte vem som har tänt. Har du sett något, kontakta polisen på 114 14. Ring 112 om du ser brand.`,
  ),
  control(
    "vbad-en-011",
    "en",
    "social",
    undefined,
    `Measles case confirmed in Harbour Road. Measles spreads very easily, so everyone in town should check their vaccination status with their GP.`,
  ),
  control(
    "vbad-sv-012",
    "sv",
    "bulletin",
    "Gaslukt i Västerby",
    `Många har hört av sig om gaslukt i Västerby i kväll. Räddningstjänsten har mätt vid husen och inte hittat farliga halter. Gasbolaget letar efter källan. Känner du stark lukt inne: vädra, gå ut och ring 112.`,
  ),
  control(
    "vbad-en-013",
    "en",
    "bulletin",
    "River discolouration",
    `We know people have noticed the river turning orange near Pell Bridge. Tests on Monday show it is iron from old mine drainage, which is not harmful to people. Keep dogs out of the water until more results come on Friday.`,
  ),
  control(
    "vbad-sv-014",
    "sv",
    "bulletin",
    "Angående händelsen på Lindskolan",
    `Polisen utreder händelsen på Lindskolan och svarar på frågor om vad som hänt. Kommunen kan säga att alla elever är i säkerhet och att skolan är öppen. Frågor om skolan: ring rektor.`,
  ),

  // ------------------------------------------------------------------------------------------------ blind6.ts
  control(
    "blind6:wbad-sv-001",
    "sv",
    "bulletin",
    "Explosion i lagerlokal i Norrvik",
    `Strax efter kl. 06 i morse small det i en lagerlokal på Verkstadsgatan i Norrvik. Räddningstjänsten är på plats och släckningsarbetet pågår. I lokalen förvaras gasolflaskor. Vad som orsakade explosionen är ännu inte känt, och polisen har inlett en utredning. Håll dig borta från Verkstadsgatan och följ räddningstjänstens anvisningar. Nästa uppdatering kl. 09.00 på norrvik.se. Norrviks kommun`,
  ),
  control(
    "blind6:wbad-en-002",
    "en",
    "bulletin",
    "Brown water in Eastfield",
    `Residents in Eastfield have reported brown water from their taps since late last night. Our engineers are checking the cast-iron main under Mill Road and the works on the bypass; we do not yet know the cause and will say what we find. Please avoid drinking the water until it runs clear and use bottled water for babies. Next update at 4 pm on eastfieldwater.co.uk. Eastfield Water Services`,
  ),
  control(
    "blind6:wbad-sv-003",
    "sv",
    "sms",
    undefined,
    `Strömavbrott i Bergsjö sedan kl 21. Felet sitter i ställverket vid Lillån, orsaken utreds. Nytt besked kl 23 på bergsjoenergi.se /Bergsjö Energi`,
  ),
  control(
    "blind6:wbad-sv-004",
    "sv",
    "bulletin",
    "Brand på Åsgatan",
    `Det brinner i ett hus på Åsgatan 7 i Åsby. Vi vet inte varför det brinner. Polisen ska ta reda på det. Gå inte nära huset. Stäng dina fönster om du bor nära. Vi skriver mer här kl. 15. Räddningstjänsten Åsby`,
  ),
  control(
    "blind6:wbad-sv-005",
    "sv",
    "bulletin",
    "Bussolycka på väg 83",
    `En buss har kört av vägen vid Ljusnedal i eftermiddag. Ambulans, polis och räddningshelikopter är på plats. Hur många som har skadats är inte bekräftat än. Vägen är avstängd i båda riktningarna. Välj väg 84 som omväg. Kommunen återkommer kl. 18 med mer information. Härjedalsbygdens kommun`,
  ),
  control(
    "blind6:wbad-en-006",
    "en",
    "social",
    undefined,
    `Shooting near Harbour Mall. Police are at the scene and have not yet confirmed how many people are hurt. Stay away from the area and let police work. Next update 6pm. – Harbour City Council`,
  ),
  control(
    "blind6:wbad-sv-007",
    "sv",
    "bulletin",
    "Brand på Solbackaskolan",
    `Det brinner i en av byggnaderna på Solbackaskolan. Räddningstjänst och ambulans är på plats. Vi har ännu inga bekräftade uppgifter om skadade. Vårdnadshavare ombeds hämta sina barn vid idrottshallen på Skolvägen. Mer information kl. 13.30 på solbacka.se. Solbacka kommun`,
  ),
  control(
    "blind6:wbad-en-008",
    "en",
    "bulletin",
    "Update: chemical incident at Riverside plant",
    `Crews are at the Riverside plant after a chemical release at about 9 am. Ambulances are at the site; we will share confirmed information about injuries once police and the hospital have it. Residents within half a mile should stay indoors with windows closed. Next update 11 am at riversidecounty.gov. Riverside County Emergency Management`,
  ),
  control(
    "blind6:wbad-sv-009",
    "sv",
    "bulletin",
    "Vattnet avstängt på Östra Höjden",
    `Vattnet är avstängt på Östra Höjden sedan kl. 07 i dag. En huvudledning grävdes av vid ett markarbete, och 300 hushåll är utan vatten. Vi går igenom händelsen med entreprenören. Vattentank finns vid ICA Höjden. Vi räknar med att vattnet är tillbaka kl. 16. Höjdens kommun, VA-avdelningen`,
  ),
  control(
    "blind6:wbad-en-010",
    "en",
    "bulletin",
    "Power outage – Marsh Lane area",
    `Around 1,200 homes lost power at 2.15 pm. The fault is at a substation run by the regional grid operator, and we are working with them to restore supply. If you rely on powered medical equipment, call 0800 555 0101. Next update at 6 pm. Marsh District Council`,
  ),
  control(
    "blind6:wbad-sv-011",
    "sv",
    "social",
    undefined,
    `Flera källare på Ängsgatan har fått in vatten. Sandsäckar finns att hämta vid brandstationen till kl. 20. Rensa gärna brunnar och galler på tomten så rinner vattnet undan lättare. /Ängby kommun`,
  ),
  control(
    "blind6:wbad-sv-012",
    "sv",
    "bulletin",
    "Reservkraft på Solgården",
    `Reservkraft kopplades in på äldreboendet Solgården inom en timme efter strömavbrottet kl. 03. Under den timmen fanns personal hos de boende som behövde extra tillsyn. Värme, larm och hissar fungerar nu. Alla boende mår bra. Anhöriga kan ringa 0123-456 78. Nästa lägesrapport kl. 12. Granby kommun`,
  ),
  control(
    "blind6:wbad-en-013",
    "en",
    "bulletin",
    "Flood barriers held overnight",
    `The flood barriers along Riverside held overnight. River levels peaked at 4.1 m at 5 am and are now slowly falling. Riverside Road stays closed this morning while crews check the barriers and clear debris. Do not walk on the flood walls. Updates at 3 pm on riverton.gov. City of Riverton`,
  ),
  control(
    "blind6:wbad-sv-014",
    "sv",
    "bulletin",
    "Mässlingsfall i Norrby",
    `Smittskyddsläkaren har bekräftat tre fall av mässling i Norrby. Smittan har spridits bland barn som inte är vaccinerade. Kontrollera att ditt barn är vaccinerat och ring 1177 vid feber och utslag. Region Norrland uppdaterar på regionens webbplats i morgon kl. 10.`,
  ),

  // ------------------------------------------------------------------------------------------------ blind7.ts
  control(
    "s7bad-sv-001",
    "sv",
    "bulletin",
    "Vattenläcka på Ekbackevägen – vattnet avstängt",
    `En vattenläcka har uppstått på Ekbackevägen i Norrvik och vi har stängt av vattnet för cirka 60 fastigheter mellan Ekbackevägen och Tallstigen. Orsaken är inte klarlagd. Vi ser efter vad som har hänt med röret när det är uppgrävt och berättar det här. En vattentank finns vid Norrviks skola. Se till att kranarna är stängda. Vi uppdaterar här kl. 15.00. /Norrviks Vatten AB`,
  ),
  control(
    "s7bad-sv-002",
    "sv",
    "social",
    undefined,
    `Brand i förskolan Solrosen i Västerby i natt. Räddningstjänsten har släckt branden och ingen person fanns i byggnaden. Hur branden startade är ännu inte klarlagt, och polisen har inlett en utredning. Förskolans barn tas emot på Ängens förskola från i morgon. /Västerby kommun`,
  ),
  control(
    "s7bad-sv-003",
    "sv",
    "bulletin",
    "Störning i kommunens IT-system",
    `Sedan i morse kl. 06 ligger flera av kommunens IT-system nere, bland annat e-tjänster, växeln och skolplattformen. Vad som orsakat störningen vet vi ännu inte. Vi utreder det och har kontakt med CERT-SE. Ring 0570-123 00 för frågor om hemtjänst. Ny information kl. 12.00 på kommunens Facebooksida. /Bergsåkers kommun`,
  ),
  control(
    "s7bad-sv-004",
    "sv",
    "social",
    undefined,
    `Stormen Ylva har blåst av delar av taket på Hallbergshallen i Östersala. Räddningstjänsten är på plats och undersöker om någon har skadats. Uppgifter om skadade lämnar vi när de är bekräftade. Undvik området runt hallen och Skolgatan. Vi uppdaterar kl. 18.00. /Östersala kommun`,
  ),
  control(
    "s7bad-sv-005",
    "sv",
    "bulletin",
    "Skottlossning i Lindgården",
    `Polisen larmades kl. 21.40 om skottlossning vid Lindgårdens centrum. Flera polispatruller är på plats och området är avspärrat. Vi har ännu inga bekräftade uppgifter om skadade. Har du sett något, ring 114 14. Vi ber allmänheten att hålla sig borta från Lindgårdstorget. Mer information kommer kl. 23.30. /Polisen region Mitt`,
  ),
  control(
    "s7bad-sv-006",
    "sv",
    "bulletin",
    "Strömavbrott i Kvarnby",
    `Cirka 1 200 kunder i Kvarnby och Ljungslätt är sedan kl. 09.15 utan ström. Avbrottet beror på att en 10 kV-kabel grävdes av vid ett markarbete. Vi går igenom händelsen med entreprenören. Våra montörer är på plats och vi räknar med att de flesta har ström igen kl. 14.00. Håll kyl och frys stängda. /Kvarnby Energi`,
  ),
  control(
    "s7bad-sv-007",
    "sv",
    "social",
    undefined,
    `Trycket i vattenledningarna i Åsen är fortsatt lågt, eftersom förbrukningen fortfarande är hög. Bevattningsförbudet gäller tills vidare i hela Åsen och Rönnby. Vattna inte gräsmattor och fyll inte pooler. Spara på vattnet så räcker det till alla. /Tekniska förvaltningen, Åsens kommun`,
  ),
  control(
    "s7bad-sv-008",
    "sv",
    "bulletin",
    "Reservkraften höll under stormnatten",
    `Under natten till lördag var cirka 800 hushåll i Norrhamn utan ström. Reservkraften vid äldreboendena och vattenverket startade som planerat, så värme och vatten fungerade hela natten. Alla hushåll har nu ström igen. Ring 0611-150 00 om du fortfarande saknar ström. /Norrhamns kommun`,
  ),
  control(
    "s7bad-sv-009",
    "sv",
    "bulletin",
    "Pressmeddelande: kommunen öppnar trygghetspunkter",
    `Med anledning av det långvariga elavbrottet öppnar Sjöviks kommun tre trygghetspunkter i dag kl. 16.00: Sjöviks bibliotek, Tallbackaskolan och Ekets bygdegård. Där finns värme, vatten, laddning och information. Kommunens krisledning följer läget och kan öppna fler platser om avbrottet drar ut på tiden. Nästa lägesbild publiceras kl. 20.00. Presskontakt: 0455-300 10.`,
  ),
  control(
    "s7bad-sv-010",
    "sv",
    "bulletin",
    "Mässlingsfall i Norrby",
    `Smittskyddsläkaren har bekräftat fem fall av mässling i Norrby. Smittan har spridits mellan personer som inte är vaccinerade. Mässling smittar mycket lätt. Är du osäker på om du är vaccinerad, ring 1177. Vaccination erbjuds på Norrby vårdcentral vardagar 8–16. /Region Mellanland, smittskydd`,
  ),
  control(
    "s7bad-sv-011",
    "sv",
    "social",
    undefined,
    `Polisen har under natten ingripit flera gånger vid Stationsparken i Västra Lund efter bråk mellan flera personer. Två personer är gripna. Parken är öppen som vanligt i dag. Tips kan lämnas på 114 14. /Polisen Syd`,
  ),
  control(
    "s7bad-sv-012",
    "sv",
    "bulletin",
    "Information om dricksvattnet i Hagby",
    `Proverna från i morse visar att dricksvattnet i Hagby är rent. Du kan dricka det som vanligt. Vi tar nya prover i morgon och lägger ut svaret här kl. 12. /Hagby Vatten`,
  ),
  control(
    "s7bad-sv-013",
    "sv",
    "bulletin",
    "Gasläcka vid Hamnvägen",
    `I dag kl. 10.20 upptäcktes en läcka av gasol vid Nordgas depå på Hamnvägen i Västerhamn. Räddningstjänsten har spärrat av Hamnvägen mellan rondellen och färjeläget. Våra mätningar visar ingen gas utanför avspärrningen. Gå inte innanför den, och stäng fönstren om du bor vid hamnen. Vi återkommer kl. 13.00. /Räddningstjänsten Västerhamn`,
  ),
  control(
    "s7bad-sv-014",
    "sv",
    "bulletin",
    "Angående IT-incidenten",
    `Dalby kommun arbetar fortfarande med IT-incidenten. Vi vet att e-tjänsterna är påverkade, men ännu inte om personuppgifter har kommit ut. Det utreder vi nu. Media når kommunikationsavdelningen på 0501-100 00. Nästa information kl. 15. /Kommunikationsavdelningen`,
  ),

  // ------------------------------------------------------------------------------------------------ blind8.ts
  control(
    "bad8-sv-001",
    "sv",
    "bulletin",
    "Vattenläcka på Kvarngatan – uppdatering kl 10.40",
    `Uppdaterad 4 mars kl 10.40.

Sedan kl 06.15 är vattnet avstängt för cirka 60 hushåll på Kvarngatan och Smedjegatan i Ekfors. Läckan sitter på en huvudledning under gatan. Varför röret har gått sönder vet vi inte ännu. Vi undersöker det när ledningen är framgrävd.

Vi räknar med att vattnet är tillbaka vid 16-tiden. En vattentank står vid Kvarngatan 12, ta med egen dunk. Spola kallvatten en stund när vattnet kommer tillbaka.

Nästa uppdatering kl 13.00 på ekfors.se. Frågor: VA-jouren 0570-123 45.
Ekfors kommun, vatten och avlopp`,
  ),
  control(
    "bad8-sv-002",
    "sv",
    "social",
    undefined,
    `Brand i Tallåsens förskola i natt. Räddningstjänsten larmades 02.10 och branden var släckt 03.30. Ingen fanns i byggnaden. Vad som orsakade branden är inte klarlagt, polisen utreder.

Förskolan är stängd i dag och i morgon. Barnen tas emot på Björkvalla förskola, Skolvägen 3, från 06.30. Frågor till förskolechef Anna Lind, 0522-99 10 20. Vi uppdaterar här kl 15.
/Norrlida kommun`,
  ),
  control(
    "bad8-sv-003",
    "sv",
    "bulletin",
    "IT-störning: e-tjänster och växel nere",
    `Publicerad 12 februari kl 09.05.

Sedan kl 07.30 fungerar inte kommunens e-tjänster, e-post eller telefonväxel. Vi vet ännu inte vad som har orsakat störningen. Kommunen utreder det och har kontakt med CERT-SE och polisen.

Behöver du akut hjälp av socialtjänsten, ring 112. Andra ärenden: besök Medborgarkontoret, Stortorget 1, öppet 08–17.

Ny information kl 12.00 här på webben.
Holmsjöviks kommun, kommunikationsavdelningen`,
  ),
  control(
    "bad8-en-001",
    "en",
    "bulletin",
    "Explosion on Kestrel Lane – update 11:20",
    `Update 11:20, Thursday 6 June.

Emergency services were called at 08:45 to an explosion at a terraced house on Kestrel Lane, Brackenfield. Two people have been taken to hospital. The cause has not been established; the fire service and the gas network operator are investigating.

Residents of numbers 2–40 have been moved to Brackenfield Community Centre, where council staff are on hand. Please avoid Kestrel Lane; the road is closed between Mill Street and the roundabout.

Next update 14:00 on northmoor.gov.uk.
Northmoor District Council`,
  ),
  control(
    "bad8-en-002",
    "en",
    "social",
    undefined,
    `Power cut in Ashby Vale since 6:10am, about 2,300 homes affected. Crews are on site at the substation tracing the fault; we don't know the cause yet. Estimated restoration 11am. Check the outage map at tarrinpower.com/outages or call 0800 555 0192. Next update 9:30. – Tarrin Power Networks`,
  ),
  control(
    "bad8-sv-004",
    "sv",
    "social",
    undefined,
    `Stormen: lägesbild kl 14.00
Räddningstjänsten har haft 27 larm sedan kl 08, bland annat om nedfallna träd och takskador i Sälgvik. Hur många som har skadats är inte bekräftat. Väg 22 är avstängd mellan Sälgvik och Norrvik.
Håll dig inomhus tills vinden mojnar, troligen vid 18-tiden. Ny lägesbild kl 17.00 på salgvik.se/storm. Upplysning: 0480-45 00 00.
/Sälgviks kommun, krisledningen`,
  ),
  control(
    "bad8-sv-005",
    "sv",
    "bulletin",
    "Olycka på Storgatan – läget kl 18.30",
    `Kl 16.50 körde en lastbil in i en busskur på Storgatan i Ringby. Polis, ambulans och räddningstjänst är på plats. Polisen har ännu inte lämnat några uppgifter om skadade. Vi publicerar dem här när de är bekräftade.

Storgatan är avstängd mellan Torget och Järnvägsgatan i kväll. Bussarna går via Parkvägen.

Anhöriga som söker information kan ringa polisen på 114 14. Kommunens krisstöd finns i Ringby kyrka till kl 22.

Nästa uppdatering kl 20.00 på ringby.se.
Ringby kommun`,
  ),
  control(
    "bad8-en-003",
    "en",
    "bulletin",
    "Flooding in Riverside – council update 3pm",
    `Council update, 3pm Tuesday.

The River Lenn has burst its banks at Riverside. Our teams are going street by street this afternoon to find out how many homes are affected. If you are worried about someone who may be missing, call 999.

Sandbags are available at the Riverside depot, Station Road, until 8pm. If water is coming into your home, switch off electricity at the mains if it is safe to do so and move upstairs. Call 999 if life is at risk. Floodline: 0345 988 1188.

Next update 6pm at lennvalley.gov.uk.
Lenn Valley Borough Council`,
  ),
  control(
    "bad8-sv-006",
    "sv",
    "bulletin",
    "Gaslukt i Åsbacka centrum",
    `Uppdaterat 9 oktober kl 11.15.

Räddningstjänsten undersöker gaslukt vid Åsbacka centrum sedan kl 09.40. Var gasen kommer ifrån och hur länge det har läckt vet vi ännu inte. Gasnätsbolaget söker efter läckan tillsammans med räddningstjänsten.

Centrumhuset är utrymt. Undvik området och ring 112 om du känner stark gaslukt.

Mer information kl 13.00 på asbacka.se.
Åsbacka kommun`,
  ),
  control(
    "bad8-sv-007",
    "sv",
    "social",
    undefined,
    `Vi har fått frågor om vattnet i Västra Ekby kan ha gjort barn sjuka. Det vet vi inte än, proverna analyseras nu. Koka dricksvattnet tills svaren finns. Vi återkommer kl 12 med provsvar. Frågor: 0143-70 80 90.
Ekby Vatten, kl 08.20`,
  ),
  control(
    "bad8-en-004",
    "en",
    "social",
    undefined,
    `Fire crews have been at Greystone landfill since 5am and the fire is now contained. How it started is not yet known and will be investigated once it is fully out. Smoke is drifting north-east over Greystone village: keep windows and doors closed until at least 6pm. Next update 1pm on this page. – Greystone Waste Services (council-owned)`,
  ),
  control(
    "bad8-sv-008",
    "sv",
    "bulletin",
    "Strömavbrott i Tallbrinken",
    `Uppdaterat kl 15.30.

Cirka 800 kunder i Tallbrinken är utan ström sedan kl 13.05. Felet uppstod när vår högspänningskabel grävdes av vid ett vägarbete. Vi går igenom händelsen tillsammans med Trafikverket och deras entreprenör.

Våra montörer är på plats och vi räknar med att alla har ström senast kl 19.00. Håll kyl och frys stängda så länge strömmen är borta.

Driftinformation: tallbrinkenenergi.se eller 0620-11 22 33. Nästa uppdatering kl 17.00.
Tallbrinken Energi`,
  ),
  control(
    "bad8-sv-009",
    "sv",
    "bulletin",
    "Norovirus på Solgläntans äldreboende",
    `Personal och boende på Solgläntan har insjuknat i vinterkräksjuka. Tolv boende har symtom sedan i söndags. Vi har skärpt rutinerna för handhygien och skyddsutrustning och håller de sjuka på sina rum.

Besöksförbud gäller på Solgläntan från i dag kl 12 till och med söndag. Anhöriga kan ringa avdelningen på 0910-55 60 70 mellan kl 09 och 20.

Vi uppdaterar på norrlida.se i morgon kl 10.
Norrlida kommun, vård och omsorg`,
  ),
  control(
    "bad8-en-005",
    "en",
    "bulletin",
    "Icy roads – update 7:30am",
    `Update 7:30am, Wednesday.

Several main routes in the north of the county were not gritted overnight. We are finding out why, together with our gritting contractor.

Gritters are out now and the A612 and A617 will be treated by 10am. Until then, avoid non-essential journeys and allow extra time. Road status: tarrincounty.gov.uk/winter.

Next update 11am.
Tarrin County Council Highways`,
  ),
];
