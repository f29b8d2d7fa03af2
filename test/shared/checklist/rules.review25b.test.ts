/**
 * A spares-only review of the twenty-fifth round: a reviewer who read none of the checklist's rules, lexicons or tests
 * wrote 90 ordinary, competent messages (45 Swedish, 45 English) of the kinds the round's readings could mistake for
 * failures: a cause found by the police, a fault repaired and what was done, a decision taken at a meeting for a stated
 * reason, FAQ answers that open with empathy and then answer, thanks to staff and to a named contractor, strong
 * justified words, groups at risk, names withheld for a legal reason, calm corrections. Three were refused at first by
 * the round's readings (a reason for not knowing, a resident's own words, a refusal with its reason), one more by an
 * answer that opens with sympathy; all pass now. Two SMS alerts the reviewer wrote with no sender are refused for that
 * (OP8), rightly, and are left out of the assertion.
 */
import { describe, expect, it } from "vitest";
import { scoreMessage } from "../../../shared/checklist/index.js";

type Kind = "bulletin" | "faq" | "sms" | "social" | "correction";
interface M {
  kind: Kind;
  language: "sv" | "en";
  title?: string;
  body: string;
  channels: ("web" | "sms")[];
}
const W: "web"[] = ["web"];
const S: "sms"[] = ["sms"];
const sv = (kind: Kind, body: string, title?: string, channels: ("web" | "sms")[] = W): M => ({
  kind,
  language: "sv",
  body,
  channels,
  ...(title ? { title } : {}),
});
const en = (kind: Kind, body: string, title?: string, channels: ("web" | "sms")[] = W): M => ({
  kind,
  language: "en",
  body,
  channels,
  ...(title ? { title } : {}),
});

const messages: M[] = [
  // ---------- Swedish (45) ----------
  sv(
    "bulletin",
    "Polisen, 12 mars kl. 09.30. Branden i en lagerlokal på Industrigatan i Västerås i natt var anlagd. Det visar polisens tekniska undersökning. En man i 30-årsåldern har gripits misstänkt för mordbrand. Ingen person skadades. Polisen ber alla som sett något vid Industrigatan mellan kl. 01 och 03 att ringa 114 14. Mer information finns på polisen.se.",
    "Branden på Industrigatan var anlagd",
  ),
  sv(
    "bulletin",
    "Räddningstjänsten Syd, 4 juni kl. 16.00. Orsaken till branden i flerfamiljshuset på Lindvägen är ännu inte klarlagd. Polisen har inlett en förundersökning och brandplatsen är avspärrad. De boende får besked direkt från sitt bostadsbolag om när de kan flytta tillbaka. Håll dig borta från avspärrningen. Nästa uppdatering kommer i morgon kl. 10.00. Läs mer på rsyd.se.",
    "Utredning pågår efter branden på Lindvägen",
  ),
  sv(
    "bulletin",
    "Uppdaterad 8 februari kl. 13.00. Vattenläckan på Storgatan i Norrby är lagad. Felet är åtgärdat och vattnet är påslaget igen i alla berörda hus. Vi har bytt ut en trasig ventil under gatan. Vattnet kan vara missfärgat en stund. Spola i kranen tills vattnet är klart. Mer information finns på norrby.se/vatten. Norrby kommun, VA-avdelningen.",
    "Vattnet är tillbaka på Storgatan",
  ),
  sv(
    "bulletin",
    "Ellevio, 15 januari kl. 20.15. Strömavbrottet i Tyresö är nu åtgärdat och alla kunder har el igen. Avbrottet berodde på en skadad kabel efter ett grävarbete. Våra montörer har skarvat kabeln. Om du fortfarande saknar ström, kontrollera först dina säkringar och ring sedan vår felanmälan på 020-28 60 00. Mer information finns på ellevio.se/avbrott.",
    "Strömmen är tillbaka i Tyresö",
  ),
  sv(
    "bulletin",
    "Exempelby kommun, 20 september. Kommunfullmäktige tar beslut om nedläggningen av badhuset på sitt möte den 28 september. Anledningen är att badhuset har stora fuktskador som gör byggnaden osäker. Badhuset är stängt tills vidare. Simskolan flyttas till Norrbadet från den 1 oktober. Mötet är öppet för allmänheten och sänds på exempelby.se. Där finns också alla underlag inför beslutet.",
    "Beslut om badhuset tas den 28 september",
  ),
  sv(
    "bulletin",
    "Uppdaterad 3 augusti kl. 11.00. Det brinner i skogen norr om Ljusdal. Branden är inte under kontroll. Länsstyrelsen håller en presskonferens i dag kl. 14.00 i kommunhuset. Vi uppdaterar också informationen på ljusdal.se/brand varje dag kl. 10 och kl. 16. Följ räddningsledarens uppmaningar och håll dig borta från brandområdet. Ljusdals kommun och Räddningstjänsten.",
    "Skogsbrand norr om Ljusdal",
  ),
  sv(
    "faq",
    "Vi förstår att det är oroande att inte kunna dricka vattnet. Du kan dricka vattnet igen när provsvaren visar att det är rent. Svaren väntas på torsdag den 14 mars. Fram till dess ska du koka vattnet i minst en minut. Vi meddelar på exempelby.se/vatten så snart vi vet mer. Exempelby kommun, 12 mars.",
    "När kan jag dricka vattnet igen?",
  ),
  sv(
    "faq",
    "Vi vet ännu inte varför det blev bakterier i vattnet. Det beror på att provsvaren från laboratoriet tar två dygn. Vi tar nya prover varje dag i hela ledningsnätet. Koka vattnet tills vi säger något annat. Svaren kommer på onsdag och då berättar vi vad vi hittat på norrby.se/vatten. Norrby kommun, 10 april.",
    "Varför finns det bakterier i vattnet?",
  ),
  sv(
    "bulletin",
    "Exempelby kommun, 2 januari. Stormen Hans orsakade stora skador i kommunen under helgen. Vi vill tacka all personal, frivilliga och grannkommunerna Norrby och Söderby som hjälpte oss med röjning och reservkraft. Nu är alla vägar i kommunen framkomliga igen. Har du skador på din fastighet, kontakta ditt försäkringsbolag. Mer information finns på exempelby.se/storm.",
    "Tack för hjälpen efter stormen",
  ),
  sv(
    "bulletin",
    "Trafikverket, 22 maj kl. 07.00. Bron över Dalälven vid Avesta är stängd för all trafik efter att en skada upptäcktes i brofästet. Företaget Skanska reparerar skadan och arbetet beräknas ta två veckor. Kör omvägen via riksväg 70. Bussarna går också omvägen. Mer information finns på trafikverket.se/avesta.",
    "Bron vid Avesta är stängd",
  ),
  sv(
    "bulletin",
    "SMHI, 18 juli. SMHI har utfärdat en varning för mycket höga temperaturer i Skåne från fredag till måndag. Extrem värme kan vara livshotande, särskilt för äldre, små barn, gravida och personer med kroniska sjukdomar. Drick mycket vatten och håll dig i skuggan mitt på dagen. Hör av dig till äldre släktingar och grannar. Läs mer på smhi.se och krisinformation.se.",
    "Varning för mycket höga temperaturer",
  ),
  sv(
    "bulletin",
    "Räddningstjänsten, 9 december kl. 18.00. Isen på Mälaren är farlig. I dag gick två personer genom isen vid Kungsudden. De räddades och är oskadda. Gå inte ut på isen på sjöar och vikar just nu. Isen är tunn och kan brista utan förvarning. Läs mer om issäkerhet på msb.se.",
    "Isen på Mälaren är farlig",
  ),
  sv(
    "bulletin",
    "Uppdaterad 6 november kl. 12.00. Kommunstyrelsen beslutade i dag att öppna ett värmerum i Folkets hus under strömavbrottet. Värmerummet är öppet dygnet runt från kl. 15.00. Där kan du värma dig, ladda telefonen och få varm mat. Särskilt välkomna är äldre och personer med funktionsnedsättning som bor ensamma. Mer information finns på exempelby.se/elavbrott. Exempelby kommun.",
    "Värmerum öppnar i Folkets hus",
  ),
  sv(
    "bulletin",
    "Polisen Region Väst, 25 april. Polisen kan inte lämna ut namnen på de skadade eller den misstänkte. Det beror på sekretess under förundersökningen. De anhöriga har fått information direkt av polisen. Om du har information om händelsen på Torget i går kväll, ring 114 14. Mer information finns på polisen.se/vastra-gotaland.",
    "Om skottlossningen på Torget",
  ),
  sv(
    "bulletin",
    "Norrby kommun, 14 oktober. De hushåll som berörs av renoveringen av avloppsledningarna på Björkvägen har fått ett brev med all information. Arbetet börjar den 21 oktober och pågår i tre veckor. Under arbetet kan vattnet vara avstängt några timmar i taget. Du får ett sms dagen innan. Läs mer på norrby.se/bjorkvagen.",
    "Renovering av avlopp på Björkvägen",
  ),
  sv(
    "correction",
    "Exempelby kommun, 5 mars. Det sprids uppgifter i sociala medier om att vattnet i Norrby är giftigt. Det stämmer inte. Vattnet innehåller bakterier men inga giftiga ämnen. Du kan fortsätta använda vattnet om du kokar det först. Aktuell information finns alltid på exempelby.se/vatten.",
    "Rättelse: vattnet är inte giftigt",
  ),
  sv(
    "correction",
    "Räddningstjänsten, 30 juli kl. 15.00. I ett tidigare meddelande skrev vi att väg 56 är stängd. Det var fel. Väg 56 är öppen men det är fortfarande rök över vägen vid Sala. Kör försiktigt och stäng bilens ventilation. Vi beklagar felet. Mer information finns på sala.se/brand.",
    "Rättelse: väg 56 är öppen",
  ),
  sv(
    "sms",
    "Exempelby kommun 12/3: Koka dricksvattnet i Norrby i minst 1 minut. Bakterier har hittats. Gäller tills vidare. Läs mer: exempelby.se/vatten",
    undefined,
    S,
  ),
  sv(
    "sms",
    "VMA 4/6: Brand i Kemifabriken i Stenungsund. Gå inomhus, stäng fönster och ventilation. Lyssna på Sveriges Radio P4. Mer: krisinformation.se",
    undefined,
    S,
  ),
  sv(
    "sms",
    "Ellevio 15/1: Strömmen är tillbaka i Tyresö. Felet är åtgärdat. Saknar du ström? Kolla säkringarna och ring 020-28 60 00.",
    undefined,
    S,
  ),
  sv(
    "social",
    "Uppdaterat 9 augusti kl. 17.00. Branden i Sala är nu under kontroll. Ett stort tack till alla brandmän, frivilliga och Västerås stad som har hjälpt till. Boende på Bergsvägen kan återvända hem från kl. 18.00. Var försiktig, det kan finnas glöd kvar i marken. Mer information på sala.se/brand. Sala kommun.",
    undefined,
  ),
  sv(
    "social",
    "Polisen, 2 september. En 45-årig man har gripits misstänkt för rånet mot butiken på Storgatan i lördags. Han sitter nu anhållen. Förundersökningen pågår och vi kan inte säga mer just nu. Tack till alla som tipsat oss. Mer information finns på polisen.se.",
    undefined,
  ),
  sv(
    "bulletin",
    "Region Stockholm, 11 januari. Influensan sprider sig snabbt och akutmottagningarna har mycket att göra. Det är allvarligt för äldre och personer med nedsatt immunförsvar. Vaccinera dig om du är 65 år eller äldre. Ring 1177 om du behöver råd. Åk till akuten bara om det är bråttom. Läs mer på 1177.se.",
    "Influensan sprider sig",
  ),
  sv(
    "bulletin",
    "Uppdaterad 19 mars kl. 08.00. Det har kommit mycket regn och Klarälven svämmar över vid Karlstad. Vattnet stiger fortfarande och flera vägar är översvämmade. Kör inte genom vatten på vägen. Det är livsfarligt. Flytta värdesaker från källaren om du bor nära älven. Karlstads kommun uppdaterar på karlstad.se/hoga-floden varje dag kl. 09.00.",
    "Höga flöden i Klarälven",
  ),
  sv(
    "faq",
    "Vi förstår att många är oroliga för sina hus. Kommunen betalar inte för skador på privata fastigheter. Kontakta ditt försäkringsbolag så snart som möjligt och fotografera skadorna. Spara kvitton på allt du köper för att laga skadorna. Läs mer på karlstad.se/hoga-floden. Karlstads kommun, 20 mars.",
    "Vem betalar för skadorna på mitt hus?",
  ),
  sv(
    "bulletin",
    "Exempelby kommun, 7 februari. Kommunens it-system har varit utsatta för en it-attack. Polisen utreder attacken. Vi vet ännu inte om personuppgifter har stulits, eftersom utredningen tar tid. De som kan ha drabbats får ett brev direkt från kommunen. Var försiktig med e-post och sms som ber om dina bankuppgifter. Mer information finns på exempelby.se/it-attack.",
    "It-attack mot kommunen",
  ),
  sv(
    "bulletin",
    "Uppdaterad 22 juni kl. 10.00. Socialstyrelsen och Folkhälsomyndigheten meddelar att ett utbrott av salmonella har kopplats till färsk spenat från en odlare i Halland. Spenaten har dragits tillbaka från butikerna. Har du köpt färsk spenat efter den 10 juni, släng den eller lämna tillbaka den till butiken. Kontakta 1177 om du har diarré och feber. Läs mer på folkhalsomyndigheten.se.",
    "Salmonella i färsk spenat",
  ),
  sv(
    "bulletin",
    "Räddningstjänsten Storgöteborg, 14 maj kl. 22.00. En gasläcka på Första Långgatan har orsakat en explosion. Tre personer har förts till sjukhus med allvarliga skador. Området är avspärrat. Bor du inom 200 meter från platsen, håll fönster och dörrar stängda. Orsaken utreds av polisen. Mer information på goteborg.se.",
    "Explosion på Första Långgatan",
  ),
  sv(
    "bulletin",
    "Göteborgs Energi, 16 maj. Gasläckan på Första Långgatan är nu lagad. Vi har bytt ut det skadade röret. Gasen är påslagen igen för alla kunder. Om du känner lukt av gas, lämna bostaden och ring 112. Mer information finns på goteborgenergi.se.",
    "Gasläckan är lagad",
  ),
  sv(
    "bulletin",
    "Exempelby kommun, 3 december. Hemtjänsten har fått mycket hjälp under snöovädret. Vi vill tacka personalen och företaget Norrby Maskin som har plogat vägarna till äldre som bor på landet. Alla som har hemtjänst har fått sina besök. Behöver du hjälp med snöskottning och är över 75 år, ring kommunens kontaktcenter på 0123-45 67 00. Läs mer på exempelby.se/sno.",
    "Tack till alla som hjälpt till",
  ),
  sv(
    "bulletin",
    "Polisen, 18 oktober. Polisen har nu klarlagt att dödsfallet i Gamla stan var en olycka. Det finns inga misstankar om brott. Förundersökningen har lagts ned. Av hänsyn till de anhöriga lämnar vi inga fler uppgifter. Mer information finns på polisen.se/stockholm.",
    "Dödsfallet i Gamla stan var en olycka",
  ),
  sv(
    "faq",
    "Det är helt förståeligt att du är orolig. Nej, det är inte farligt att vistas ute i Norrby. Röken från branden har drivit bort och luftmätningarna visar normala värden. Du kan öppna fönstren igen. Vi fortsätter att mäta luften varje dag och redovisar resultaten på norrby.se/brand. Norrby kommun, 5 maj.",
    "Är det farligt att vara ute?",
  ),
  sv(
    "bulletin",
    "Uppdaterad 27 januari kl. 15.00. Kommunstyrelsens ordförande har beslutat att krisledningsnämnden ska träda i kraft på grund av det långa strömavbrottet. Det betyder att kommunen kan fatta beslut snabbare. Hjälp grannar som är äldre eller har funktionsnedsättning. Kommunen ringer alla med trygghetslarm. Nästa uppdatering på exempelby.se kommer kl. 19.00. Exempelby kommun.",
    "Krisledningsnämnden har trätt i kraft",
  ),
  sv(
    "bulletin",
    "Exempelby kommun, 12 augusti. En boende på Åsvägen berättar att det var ”som en flodvåg” när skyfallet kom i natt. Över 200 källare har översvämmats. Räddningstjänsten pumpar nu vatten från de värst drabbade husen. Rör inte elektriska apparater som har stått i vatten. Ring kommunens kontaktcenter på 0123-45 67 00 om du behöver hjälp med sopor från källaren. Mer information finns på exempelby.se/skyfall.",
    "Skyfall översvämmade källare",
  ),
  sv(
    "bulletin",
    "Socialförvaltningen i Malmö, 2 februari. Det blir minus 15 grader i natt. Kylan kan vara livsfarlig för personer som sover ute. Malmö stad öppnar extra sovplatser för hemlösa i Sankt Pauli kyrka från kl. 20.00. Ser du någon som sover ute, ring socialjouren på 040-34 12 00. Mer information finns på malmo.se/kyla.",
    "Extra sovplatser under kylan",
  ),
  sv(
    "bulletin",
    "Polisen, 7 april kl. 14.00. Ett misstänkt farligt föremål har hittats vid Centralstationen i Uppsala. Området är avspärrat och tågtrafiken är stoppad. Nationella bombskyddet är på plats. Undvik området kring Centralstationen. Vi uppdaterar på polisen.se/uppsala. Nästa uppdatering kommer kl. 16.00.",
    "Misstänkt farligt föremål vid Centralstationen",
  ),
  sv(
    "bulletin",
    "Polisen, 7 april kl. 17.00. Föremålet vid Centralstationen i Uppsala var inte farligt. Avspärrningen är hävd och tågen går igen. Polisen utreder vem som lämnade föremålet. Tack till allmänheten för tålamodet. Mer information finns på polisen.se/uppsala.",
    "Avspärrningen vid Centralstationen är hävd",
  ),
  sv(
    "correction",
    "Norrby kommun, 16 mars. Det sprids ett rykte om att kommunen ska stänga skolorna på grund av vattnet. Det stämmer inte. Skolorna är öppna som vanligt och serverar mat som lagas med kokt vatten. Vid frågor, ring kontaktcenter på 0123-45 67 00. Mer information finns på norrby.se/vatten.",
    "Skolorna är öppna",
  ),
  sv(
    "bulletin",
    "Uppdaterad 1 mars kl. 09.00. Problemet med telefonerna till 1177 i Region Uppsala är löst. Ett fel i telefonväxeln gjorde att samtal inte kom fram i går kväll. Leverantören Telia har bytt ut den trasiga delen. Du kan nu ringa 1177 som vanligt. Läs mer på regionuppsala.se.",
    "Nu fungerar 1177 igen",
  ),
  sv(
    "social",
    "Exempelby kommun 24 juli: Det är eldningsförbud i hela kommunen från i dag. Risken för bränder är mycket stor. Du får inte grilla i skog och mark. Grilla bara på egen tomt med grill med fötter. Läs mer på exempelby.se/eldningsforbud.",
    undefined,
  ),
  sv(
    "bulletin",
    "Länsstyrelsen i Dalarna, 28 augusti. Fågelinfluensa har påvisats i en hönsbesättning utanför Borlänge. Smittan är farlig för fåglar men risken för människor är mycket låg. Rör inte döda fåglar. Rapportera döda vilda fåglar till Statens veterinärmedicinska anstalt på sva.se. Mer information finns på lansstyrelsen.se/dalarna.",
    "Fågelinfluensa nära Borlänge",
  ),
  sv(
    "faq",
    "Vi förstår att beskedet är tungt för de familjer som bor i området. Vi kan inte säga i dag när ni kan flytta tillbaka. Det beror på att byggnadens stomme måste undersökas av en konstruktör först. Undersökningen är klar den 12 november. Vi ringer varje hushåll när vi vet mer. Läs mer på bostadsbolaget.se. Exempelby Bostäder, 5 november.",
    "När kan vi flytta tillbaka?",
  ),
  sv(
    "bulletin",
    "Räddningstjänsten, 13 juni. Utredningen av branden på Norrby skola är klar. Branden startade i en elcentral på grund av ett tekniskt fel. Det var alltså inte anlagt. Skolan är stängd till den 20 juni och eleverna undervisas i Kulturhuset. Vårdnadshavare har fått information från skolan direkt. Läs mer på norrby.se/skolan.",
    "Orsaken till skolbranden är klarlagd",
  ),
  sv(
    "sms",
    "Norrby kommun 14/3: Du kan dricka kranvattnet igen. Proverna är bra. Spola kranen i 5 minuter först. Mer: norrby.se/vatten",
    undefined,
    S,
  ),
  sv(
    "bulletin",
    "Kustbevakningen, 3 oktober. Ett fartyg har läckt olja utanför Hönö. Oljan har nått stränderna på Hönö och Öckerö. Rör inte oljan och håll hundar borta från stränderna. Kustbevakningen och räddningstjänsten sanerar stränderna. Har du sett olja, ring Kustbevakningen på 010-450 10 00. Mer information finns på kustbevakningen.se.",
    "Olja på stränderna vid Hönö",
  ),

  // ---------- English (45) ----------
  en(
    "bulletin",
    "Metropolitan Police, 12 March, 9:30 am. The fire at a warehouse on Station Road last night was started deliberately, our investigation has found. A 34-year-old man has been arrested on suspicion of arson. No one was hurt. If you saw anything near Station Road between 1 am and 3 am, please call 101 quoting reference 0421. More information is at met.police.uk.",
    "Warehouse fire was arson",
  ),
  en(
    "bulletin",
    "County Fire and Rescue, 4 June, 4 pm. The cause of the fire at Linden Court flats is not yet known. A joint investigation with the police is ongoing and the site remains cordoned off. Residents will hear directly from their housing association about when they can return. Please stay away from the cordon. Our next update is tomorrow at 10 am at countyfire.gov.uk.",
    "Linden Court fire: investigation ongoing",
  ),
  en(
    "bulletin",
    "Thames Water, 8 February, 1 pm. The burst water main on High Street has been repaired and supplies are back to all homes. The issue has been resolved. We replaced a damaged valve under the road. Your water may look cloudy for a short time. Run your cold tap until it runs clear. For more information, visit thameswater.co.uk/incidents.",
    "Water supply restored on High Street",
  ),
  en(
    "bulletin",
    "Northern Power, 15 January, 8:15 pm. Power has been restored to all customers in Westfield. The outage was caused by a cable damaged during roadworks, and our engineers have now repaired it. If you still have no power, check your fuse box first and then call 105. Read more at northernpower.co.uk/outages.",
    "Power restored in Westfield",
  ),
  en(
    "bulletin",
    "Exampletown Council, 20 September. The full council will decide on the future of the Riverside Leisure Centre at its meeting on 28 September. The building has serious damp damage and is not safe to use. The centre will stay closed until then. Swimming lessons move to Northside Pool from 1 October. The meeting is open to the public and streamed at exampletown.gov/meetings, where all the reports are also published.",
    "Decision on leisure centre on 28 September",
  ),
  en(
    "bulletin",
    "Updated 3 August at 11 am. A wildfire is burning north of Cedar Falls and is not yet under control. The County Sheriff and the Fire Department will hold a press conference today at 2 pm at City Hall. We also post updates at cedarfalls.gov/fire every day at 10 am and 4 pm. Follow all evacuation orders and stay away from the fire area. Cedar Falls Emergency Management.",
    "Wildfire north of Cedar Falls",
  ),
  en(
    "faq",
    "We understand how worrying it is not to be able to drink your tap water. You can drink it again once test results show it is safe. We expect the results on Thursday 14 March. Until then, boil all drinking water for at least one minute. We will post the results at exampletown.gov/water as soon as we have them. Exampletown Council, 12 March.",
    "When can I drink the water again?",
  ),
  en(
    "faq",
    "We don't know yet why bacteria got into the water, because lab results take two days. We are taking samples across the whole network every day. Please keep boiling your water until we tell you otherwise. We expect results on Wednesday and will explain what we found at northside.gov/water. Northside Council, 10 April.",
    "Why is there bacteria in the water?",
  ),
  en(
    "bulletin",
    "Exampletown Council, 2 January. Storm Henk caused serious damage across the borough over the weekend. We want to thank our staff, volunteers and our neighbours at Northside and Southfield councils, who helped with clearing roads and providing generators. All roads in the borough are now open again. If your property was damaged, contact your insurer. More information is at exampletown.gov/storm.",
    "Thank you for your help after the storm",
  ),
  en(
    "bulletin",
    "National Highways, 22 May, 7 am. The River Avon bridge on the A46 is closed to all traffic after damage was found in one of its supports. Our contractor Balfour Beatty is repairing the damage and expects the work to take two weeks. Please use the signed diversion via the A38. Buses will also follow the diversion. More details are at nationalhighways.co.uk/a46.",
    "A46 River Avon bridge closed",
  ),
  en(
    "bulletin",
    "Met Office and UK Health Security Agency, 18 July. An amber heat health alert is in place for London and the South East from Friday to Monday. Extreme heat can be deadly, especially for older people, babies, pregnant women and people with long-term health conditions. Drink plenty of water and stay out of the sun between 11 am and 3 pm. Check on older relatives and neighbours. Read more at gov.uk/heat.",
    "Extreme heat warning this weekend",
  ),
  en(
    "bulletin",
    "Lake District Fire and Rescue, 9 December, 6 pm. Ice on lakes and ponds is dangerous. Today two people fell through the ice on Derwentwater and were rescued unhurt. Do not walk on frozen water. The ice is thin and can break without warning. If someone falls in, call 999 and do not go onto the ice yourself. Read more at lakesfire.gov.uk/ice.",
    "Stay off the ice",
  ),
  en(
    "bulletin",
    "Updated 6 November at noon. The council's cabinet decided today to open a warm space at the Town Hall during the power cut. It opens at 3 pm and will stay open around the clock. You can warm up, charge your phone and get a hot meal there. Older people and disabled people who live alone are especially welcome. More information is at exampletown.gov/powercut. Exampletown Council.",
    "Warm space opens at the Town Hall",
  ),
  en(
    "bulletin",
    "West Yorkshire Police, 25 April. We are not able to name the people injured or the man arrested, for legal reasons while the investigation continues. The families of those injured have been informed by officers directly. If you have information about the incident in Market Square last night, please call 101. Updates will be posted at westyorkshire.police.uk.",
    "Market Square incident",
  ),
  en(
    "bulletin",
    "Northside Council, 14 October. Households affected by the sewer repairs on Birch Lane have received a letter with full details. Work starts on 21 October and lasts three weeks. Your water may be turned off for a few hours at a time during the work. We will text you the day before. Read more at northside.gov/birchlane.",
    "Sewer repairs on Birch Lane",
  ),
  en(
    "correction",
    "Exampletown Council, 5 March. Posts on social media claim the tap water in Northside is poisonous. This is not true. The water contains bacteria but no toxic substances. You can keep using it if you boil it first. The latest information is always at exampletown.gov/water.",
    "Correction: the water is not poisonous",
  ),
  en(
    "correction",
    "County Fire and Rescue, 30 July, 3 pm. In an earlier update we said the A56 was closed. That was wrong. The A56 is open, but there is still smoke across the road near Haslingden. Drive carefully and keep your car windows and vents closed. We apologise for the error. More information at countyfire.gov.uk.",
    "Correction: A56 is open",
  ),
  en(
    "sms",
    "Exampletown Council 12/3: Boil tap water in Northside for 1 minute before drinking. Bacteria found. Until further notice. Info: exampletown.gov/water",
    undefined,
    S,
  ),
  en(
    "sms",
    "Emergency Alert 4/6: Chemical fire at Stanlow refinery. Go indoors, close windows and doors. Listen to BBC Radio Merseyside. Info: gov.uk/alerts",
    undefined,
    S,
  ),
  en(
    "sms",
    "Northern Power 15/1: Power is back on in Westfield. The fault has been fixed. Still no power? Check your fuse box, then call 105.",
    undefined,
    S,
  ),
  en(
    "social",
    "Updated 9 August at 5 pm. The moorland fire near Saddleworth is now under control. A huge thank you to the firefighters, volunteers and Greater Manchester colleagues who helped. Residents of Moor Lane can return home from 6 pm. Take care, as the ground may still be smouldering. More at oldham.gov.uk/fire. Oldham Council.",
    undefined,
  ),
  en(
    "social",
    "Greater Manchester Police, 2 September. A 45-year-old man has been arrested on suspicion of robbery at the shop on King Street on Saturday. He remains in custody. Our investigation is ongoing and we cannot say more at this stage. Thank you to everyone who contacted us. More information at gmp.police.uk.",
    undefined,
  ),
  en(
    "bulletin",
    "NHS Greater Manchester, 11 January. Flu is spreading fast and A&E departments are very busy. Flu can be serious for older people and people with weak immune systems. If you are 65 or over, get your flu vaccine. Call NHS 111 for advice. Only go to A&E in an emergency. Read more at nhs.uk/flu.",
    "Flu is spreading",
  ),
  en(
    "bulletin",
    "Updated 19 March at 8 am. Heavy rain has caused the River Severn to flood in Shrewsbury. Water levels are still rising and several roads are flooded. Do not drive through flood water. It is life-threatening. If you live near the river, move valuables upstairs. Shropshire Council posts updates at shropshire.gov.uk/floods every day at 9 am.",
    "River Severn flooding",
  ),
  en(
    "faq",
    "We know many of you are worried about your homes. The council cannot pay for damage to private property. Contact your insurer as soon as possible and take photos of the damage. Keep receipts for anything you buy to repair it. Read more at shropshire.gov.uk/floods. Shropshire Council, 20 March.",
    "Who pays for flood damage to my home?",
  ),
  en(
    "bulletin",
    "Exampletown Council, 7 February. Our IT systems have been hit by a cyber attack. The police and the National Cyber Security Centre are investigating. We do not know yet whether personal data was stolen, because the investigation will take time. Anyone who may be affected will get a letter from us directly. Be careful with emails and texts asking for your bank details. More information is at exampletown.gov/cyber.",
    "Cyber attack on the council",
  ),
  en(
    "bulletin",
    "Updated 22 June at 10 am. The Food Standards Agency has linked an outbreak of salmonella to fresh spinach from one grower in Kent. The spinach has been withdrawn from shops. If you bought fresh spinach after 10 June, throw it away or return it to the shop. Call NHS 111 if you have diarrhoea and a fever. Read more at food.gov.uk.",
    "Salmonella in fresh spinach",
  ),
  en(
    "bulletin",
    "Merseyside Fire and Rescue, 14 May, 10 pm. A gas leak on Bold Street has caused an explosion. Three people have been taken to hospital with serious injuries. The area is cordoned off. If you live within 200 metres, keep windows and doors closed. The police are investigating the cause. More information at merseyfire.gov.uk.",
    "Explosion on Bold Street",
  ),
  en(
    "bulletin",
    "Cadent Gas, 16 May. The gas leak on Bold Street has been repaired. We replaced the damaged pipe and gas supplies are back on for all customers. If you smell gas, leave the building and call 0800 111 999. More information is at cadentgas.com.",
    "Bold Street gas leak repaired",
  ),
  en(
    "bulletin",
    "Exampletown Council, 3 December. Our home care teams have had a lot of help during the snow. We want to thank our staff and local firm Northside Plant Hire, who cleared roads to older people in rural areas. Everyone who receives home care has had their visits. If you are over 75 and need help clearing snow, call us on 01234 567 000. Read more at exampletown.gov/snow.",
    "Thank you for your help in the snow",
  ),
  en(
    "bulletin",
    "Metropolitan Police, 18 October. Detectives have established that the death in Camden was a tragic accident. There is nothing to suggest any crime. Out of respect for the family, we will not be giving further details. Our thoughts are with them. More information is at met.police.uk.",
    "Camden death was an accident",
  ),
  en(
    "faq",
    "It is completely understandable to feel anxious. No, it is not dangerous to be outside in Northside now. The smoke from the fire has cleared and air quality readings are normal. You can open your windows again. We will keep measuring the air every day and publish the results at northside.gov/fire. Northside Council, 5 May.",
    "Is it safe to go outside?",
  ),
  en(
    "bulletin",
    "Updated 27 January at 3 pm. The mayor has declared a state of emergency because of the long power cut. This lets the city act and spend money more quickly. Please check on neighbours who are older or have disabilities. The city is phoning everyone who has a personal alarm. Our next update at springfield.gov will be at 7 pm. City of Springfield.",
    "State of emergency declared",
  ),
  en(
    "bulletin",
    'Exampletown Council, 12 August. One resident of Ash Road described last night\'s flash flood as "like a tidal wave". More than 200 basements have flooded. Firefighters are pumping water from the worst-hit homes. Do not touch electrical appliances that have been under water. Call us on 01234 567 000 if you need help removing damaged items. More information at exampletown.gov/flood.',
    "Flash flooding in basements",
  ),
  en(
    "bulletin",
    "City of Boston, 2 February. Temperatures will fall to minus 15 degrees tonight. The cold can be deadly for people sleeping outside. The city is opening extra shelter beds for people experiencing homelessness at the Pine Street Inn from 8 pm. If you see someone sleeping outside, call 311. More information is at boston.gov/cold.",
    "Extra shelter beds during the cold",
  ),
  en(
    "bulletin",
    "British Transport Police, 7 April, 2 pm. A suspicious item has been found at Birmingham New Street station. The area is cordoned off and trains are not running. Specialist officers are at the scene. Please avoid the station. We will post updates at btp.police.uk. The next update is at 4 pm.",
    "Suspicious item at New Street",
  ),
  en(
    "bulletin",
    "British Transport Police, 7 April, 5 pm. The item at Birmingham New Street was not dangerous. The cordon has been lifted and trains are running again. We are investigating who left the item. Thank you to the public for your patience. More information at btp.police.uk.",
    "New Street cordon lifted",
  ),
  en(
    "correction",
    "Northside Council, 16 March. A rumour is going around that schools will close because of the water. This is not true. Schools are open as normal and meals are made with boiled water. If you have questions, call 0123 456 700. More information is at northside.gov/water.",
    "Schools are open",
  ),
  en(
    "bulletin",
    "Updated 1 March at 9 am. The problem with NHS 111 phone lines in Kent has been fixed. A fault in the phone system meant calls did not connect last night. Our supplier BT replaced the faulty part. You can now call 111 as normal. Read more at kentandmedway.icb.nhs.uk.",
    "NHS 111 lines working again",
  ),
  en(
    "social",
    "Exampletown Council 24 July: A ban on barbecues and open fires applies across all council parks and woodlands from today. The risk of wildfire is very high. Only use a barbecue in your own garden, on a stand. Read more at exampletown.gov/firerisk.",
    undefined,
  ),
  en(
    "bulletin",
    "Department for Environment, Food and Rural Affairs, 28 August. Bird flu has been confirmed at a poultry farm near Thirsk. The disease is dangerous for birds, but the risk to people is very low. Do not touch dead birds. Report dead wild birds to Defra on 03459 33 55 77. More information is at gov.uk/birdflu.",
    "Bird flu near Thirsk",
  ),
  en(
    "faq",
    "We know this news is hard for the families living in the building. We cannot say yet when you can move back in. This is because a structural engineer must first inspect the building. The inspection will be finished on 12 November. We will phone every household as soon as we know more. Read more at examplehomes.org.uk. Example Homes, 5 November.",
    "When can we move back in?",
  ),
  en(
    "bulletin",
    "County Fire and Rescue, 13 June. Our investigation into the fire at Northside School is complete. The fire started in an electrical cupboard because of a technical fault. It was not started deliberately. The school is closed until 20 June and pupils are being taught at the Arts Centre. Parents have been told directly by the school. Read more at northside.gov/school.",
    "Cause of school fire found",
  ),
  en(
    "sms",
    "Northside Council 14/3: You can drink your tap water again. Tests are clear. Run the tap for 5 minutes first. Info: northside.gov/water",
    undefined,
    S,
  ),
  en(
    "bulletin",
    "Maritime and Coastguard Agency, 3 October. A ship has leaked oil off the coast near Milford Haven. Oil has reached beaches at Dale and Marloes. Do not touch the oil and keep dogs off the beaches. The coastguard and Pembrokeshire Council are cleaning the beaches. If you see oil, call the coastguard on 01646 690 909. More information is at gov.uk/mca.",
    "Oil on Pembrokeshire beaches",
  ),
];

/** The two alerts written with no sender at all: OP8 is right to refuse them. */
const NO_SENDER = ["VMA 4/6: Brand i Kemifabriken", "Emergency Alert 4/6: Chemical fire at Stanlow"];

describe("a spares-only review of the twenty-fifth round (90 ordinary messages)", () => {
  it("refuses none of them, but the two alerts with no sender", () => {
    const refused = messages
      .filter((m) => !NO_SENDER.some((t) => m.body.startsWith(t)))
      .filter((m) => scoreMessage(m).status === "fail")
      .map((m) => m.body);
    expect(refused).toEqual([]);
    expect(messages).toHaveLength(90);
  });
});
