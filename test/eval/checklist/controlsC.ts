import { control } from "./build.js";
import type { EvalMessage } from "./types.js";

/** Matched controls for blind14.ts, blind15.ts, blind16.ts, blind18.ts, blind19.ts: written 2026-12-06 by a helper session (controls C); see build.ts `control`. */
export const CONTROLS_C: EvalMessage[] = [
  // blind14
  control(
    "bad14-sv-001",
    "sv",
    "bulletin",
    "Koka dricksvattnet i Västra Ryd",
    `Provsvar från måndagens rutinprovtagning visar att det finns E. coli i det kommunala dricksvattnet i Västra Ryd. Alla som har kommunalt vatten i Västra Ryd ska koka vatten som används till dryck, matlagning och tandborstning tills vidare. Vattnet kan användas som vanligt till dusch och tvätt.

Vi vet ännu inte hur bakterierna har kommit in i vattnet. VA-avdelningen undersöker vattentäkten och ledningarna, och nya prover är tagna. Svaren väntas på torsdag.

En vattentank står vid Ryds bygdegård från kl. 16 i dag. Nästa uppdatering kommer i morgon kl. 12 på kommunens webbplats. Frågor: kundtjänst VA, 0510-77 40 00.`,
  ),
  control(
    "bad14-sv-002",
    "sv",
    "social",
    undefined,
    `Räddningstjänsten arbetar sedan kl. 03.10 med en brand i en lagerlokal på Verkstadsgatan i Norrby. Det kommer mycket rök som driver åt nordost mot Lunden. Bor du i Lunden: håll fönster och dörrar stängda och stäng av ventilationen tills vidare. Ingen person är skadad.

Vad som orsakade branden vet vi inte ännu. Polisen har öppnat en förundersökning och det är de som svarar på frågor om brandorsaken. Vi uppdaterar här kl. 07.00. /Räddningstjänsten Mellanbygd`,
  ),
  control(
    "bad14-sv-003",
    "sv",
    "bulletin",
    "Bussolyckan på väg 40",
    `En buss har kört av vägen på väg 40 mellan Bäckebo och Ulricehamn. Räddningstjänst, polis och ambulans är på plats. Polisen har ännu inte lämnat några bekräftade uppgifter om hur många som är skadade eller omkomna. Vi publicerar siffror först när polisen har bekräftat dem.

Kommunen har öppnat en stödcentral i Stadshuset, Nygatan 4, från kl. 18. Där finns personal från socialtjänsten och Svenska kyrkan. Anhöriga kan ringa polisens nummer 114 14. Väg 40 är avstängd i båda riktningarna och trafiken leds om via väg 1700. Nästa information kl. 21 på kommunens webbplats.`,
  ),
  control(
    "bad14-sv-004",
    "sv",
    "social",
    undefined,
    `Till föräldrar på Skogsbackens skola, kl. 10.40: det har skett en händelse på skolgården där polis och ambulans är på plats. Vi vet ännu inte om någon är skadad eller hur allvarligt; polisen lämnar de uppgifterna. Hämta inte barnen förrän polisen säger att det är lugnt – eleverna är inne i klassrummen med sina lärare. Nästa besked här senast kl. 11.15. /Rektor`,
  ),
  control(
    "bad14-sv-005",
    "sv",
    "bulletin",
    "Strömavbrott i Norra Kärr",
    `Cirka 900 kunder i Norra Kärr och Bäckdalen har varit utan ström sedan kl. 10.40. Avbrottet orsakades av att en högspänningskabel grävdes av vid ett markarbete i området. Hur det kunde hända går vi igenom tillsammans med entreprenören.

Våra montörer skarvar kabeln och vi räknar med att alla har ström igen senast kl. 17. Håll kyl och frys stängda. Följ läget på vår avbrottskarta eller ring felanmälan 0155-24 50 00. /Kärrbygdens Energi`,
  ),
  control(
    "bad14-sv-006",
    "sv",
    "sms",
    "Bevattningsförbud",
    `Sjöbo Vatten: Bevattningsförbud från i dag i Sjöbo tätort och Blentarp. Reservoaren är nästan tom. Vattna inte med slang, fyll inte pooler. sjobovatten.se`,
  ),
  control(
    "bad14-sv-007",
    "sv",
    "bulletin",
    "Läget efter stormen",
    `Lägesbild kl. 08.00. Stormen under natten har orsakat strömavbrott för cirka 2 000 hushåll i kommunens norra delar. Kommunens trygghetspunkter i Holm och Västanå är öppna dygnet runt med värme, vatten och möjlighet att ladda telefonen.

Alla äldreboenden har haft ström hela natten med hjälp av reservkraft.

Elnätsbolaget räknar med att de flesta ska ha ström igen i kväll kl. 20. Nästa lägesbild publicerar vi här kl. 14. Behöver du hjälp, ring kommunens växel 0611-34 80 00.`,
  ),
  control(
    "bad14-sv-008",
    "sv",
    "social",
    undefined,
    `Snöläget i kommunen kl. 14: Alla huvudgator och bussgator är plogade, och gång- och cykelvägar till skolorna är sandade. Villagator plogas under kvällen och natten. Ställ gärna bilen på tomten så kommer plogbilen fram.

Det fortsätter att snöa till i morgon förmiddag, så räkna med halka även på plogade gator. Nästa lägesrapport kommer här i morgon kl. 07. Felanmälan: 0290-380 00.`,
  ),
  control(
    "bad14-sv-009",
    "sv",
    "bulletin",
    "Mässling i Nordost",
    `Smittskyddsenheten har hittills bekräftat nio fall av mässling i kommunen sedan den 3 november. De flesta fallen finns i stadsdelen Nordost. Mässling är mycket smittsamt och kan ge allvarliga komplikationer, särskilt för små barn.

Kontrollera att du och dina barn har fått två doser vaccin mot mässling. Är du osäker, ring din vårdcentral. Får du feber, hosta och utslag: ring 1177 innan du går till vården.`,
  ),
  control(
    "bad14-sv-010",
    "sv",
    "social",
    undefined,
    `Polisen har gripit två personer efter bråket vid resecentrum i går kväll, där en man skadades lindrigt. Det finns ingen fortsatt fara för allmänheten och resecentrum är öppet som vanligt. Utredningen fortsätter. Har du sett något, ring 114 14 och uppge diarienummer 5000-K112233-26.`,
  ),
  control(
    "bad14-sv-011",
    "sv",
    "bulletin",
    "Gasläcka i centrum",
    `Kl. 10.20 upptäcktes en gasläcka vid grävarbeten på Kungsgatan. Räddningstjänsten är på plats och gasbolaget arbetar med att täta ledningen. Kungsgatan är avspärrad mellan Torggatan och Storgatan.

Räddningstjänstens mätningar visar att gashalten utanför avspärrningen är låg. Håll dig utanför avspärrningen och rök inte i närheten. Känner du gaslukt inomhus: öppna fönster och ring 112.

Nästa uppdatering kommer på kommunens webbplats och i våra sociala kanaler kl. 14.`,
  ),
  control(
    "bad14-sv-012",
    "sv",
    "bulletin",
    "Lättläst: Vattnet i Ekby",
    `Det har varit ett fel på vattnet i Ekby.
Vi hittade bakterier i vattnet i måndags.
Vi har tagit nya prover.
De nya proverna visar inga bakterier.
Nu kan du dricka vattnet igen.
Spola kallt vatten en stund först.
Hälsningar Ekby kommun`,
  ),
  control(
    "bad14-sv-013",
    "sv",
    "bulletin",
    "Om it-störningen i kommunen",
    `Sedan i måndags har kommunen en allvarlig störning i sina datorsystem. Kommunens it-chef leder arbetet och vi har polisanmält händelsen.

Det här vet vi: e-tjänsterna fungerar inte. Telefonväxeln, skolor och hemtjänst fungerar som vanligt.

Det här vet vi inte än: om personuppgifter har kommit ut och när e-tjänsterna fungerar igen. Om dina uppgifter har påverkats kontaktar vi dig direkt.

Frågor: ring kontaktcenter. Nästa uppdatering kommer här på fredag kl. 12.`,
  ),
  control(
    "bad14-sv-014",
    "sv",
    "bulletin",
    "Händelsen på Fältskolan",
    `I tisdags inträffade en händelse på Fältskolan där en elev skadades. Polisen utreder vad som hände, och vissa uppgifter omfattas av sekretess medan utredningen pågår. Förvaltningschefen för barn och utbildning svarar på frågor från media och vårdnadshavare så långt vi kan. Undervisningen fortsätter enligt schema, och skolans kurator finns på plats hela veckan för elever som vill prata.`,
  ),
  control(
    "bad14-sv-015",
    "sv",
    "sms",
    "Driftstörning VA",
    `Kommunen: Läcka på stor vattenledning i Norr. Koka vattnet till dryck och mat tills vi meddelar annat. Vatten finns vid Ica Kvantum. Info: kommunens webb`,
  ),
  control(
    "bad14-sv-016",
    "sv",
    "bulletin",
    "Brand i flerbostadshus, Hova",
    `Det brinner kraftigt i ett flerbostadshus i Hova. Räddningstjänsten har bett om att ett varningsmeddelande skickas ut i radio och tv. Brandmän från Hova och Töreboda arbetar på plats och försöker hindra att elden sprider sig till vinden. Ett saneringsföretag är på väg för att begränsa skadorna. Boende i husen intill ska hålla fönster och dörrar stängda och stänga av ventilationen. Nästa uppdatering kl. 22.30.`,
  ),
  // blind15
  control(
    "bad15-sv-001",
    "sv",
    "bulletin",
    "Brand på återvinningscentralen i Hagby",
    `Räddningstjänsten Södra Lidvik släcker sedan kl 05.40 en brand i containerområdet på Hagby återvinningscentral. Ingen person är skadad. Varför det började brinna vet vi inte; polisen och räddningstjänsten utreder brandorsaken när branden är släckt. Centralen är stängd hela dagen. Undvik området och håll fönster stängda om du bor i Hagby. Nästa uppdatering kl 12 på lidvik.se.`,
  ),
  control(
    "bad15-sv-002",
    "sv",
    "social",
    "Driftstörning vattenverket",
    `Hej Norrbacka! Vattenverket i Kvarnsjö har sedan i natt problem med styrsystemet och trycket är lågt i hela östra delen av kommunen. Vad som orsakat felet vet vi inte ännu – våra tekniker och leverantören av styrsystemet felsöker just nu. Spara gärna vatten i dunkar och undvik att tvätta och diska just nu. Vi uppdaterar här och på norrbacka.se kl 15.`,
  ),
  control(
    "bad15-sv-003",
    "sv",
    "bulletin",
    "Händelse vid Björkhagsskolan",
    `Polis och ambulans är sedan kl 10.15 på plats vid Björkhagsskolan efter larm om en knivincident. Vi har ännu inga bekräftade uppgifter om skadade; polisen lämnar dem så snart de kan. Skolan är låst och eleverna är kvar i klassrummen. Vårdnadshavare ombeds att inte åka till skolan utan vänta på sms från rektor. Frågor: kommunens kontaktcenter 0520-49 50 00.`,
  ),
  control(
    "bad15-sv-004",
    "sv",
    "bulletin",
    "Lättläst: Brand i hus på Solgatan",
    `Det brinner i ett hyreshus på Solgatan i Ekby.
Brandkåren är där och släcker.
Vi vet inte än om någon är skadad.
Polisen berättar när de vet mer.
Håll dig borta från Solgatan.
Stäng fönster om du bor nära.
Läs mer på ekby.se.`,
  ),
  control(
    "bad15-sv-005",
    "sv",
    "bulletin",
    "Strömavbrott i centrala Lidvik",
    `Cirka 2 300 hushåll i centrala Lidvik är utan ström sedan kl 13.10. En matarkabel vid Storgatan har skadats vid grävarbeten. Lidvik Energi och Regionnät utreder tillsammans hur det gick till. Lidvik Energi räknar med att de flesta har ström igen kl 18. Håll kyl och frys stängda. Aktuell avbrottskarta: lidvikenergi.se.`,
  ),
  control(
    "bad15-sv-006",
    "sv",
    "bulletin",
    "Kokningsrekommendationen i Ösby hävs",
    `Från och med i dag kl 14 behöver boende i Ösby inte längre koka dricksvattnet. De senaste proverna, som togs i tisdags och onsdags, visar inga bakterier. Spola kallvatten några minuter innan du använder det. Frågor besvaras av Ösby Vatten, 0451-33 20 00.`,
  ),
  control(
    "bad15-sv-007",
    "sv",
    "social",
    "Skogsbranden vid Tallmon under kontroll",
    `Branden vid Tallmon är sedan i morse under kontroll. Tack till alla som har hållit sig undan och gett oss arbetsro. Eftersläckning pågår flera dagar till, så håll dig borta från brandområdet och respektera avspärrningarna. Eldningsförbudet i länet gäller fortfarande. /Räddningstjänsten Mittbygd`,
  ),
  control(
    "bad15-sv-008",
    "sv",
    "bulletin",
    "Brand i tältläger vid Gropen",
    `Vid 02-tiden i natt brann det i ett tältläger vid Gropen, bakom gamla slakteriet. Två personer fick lindriga brännskador och har vårdats på plats. Räddningstjänsten har släckt branden och kommunen har erbjudit de som bodde i lägret tillfälligt boende. Rök kan fortfarande märkas i Södra Gropen under förmiddagen, stäng gärna fönster. Kontakt: kommunens säkerhetssamordnare, 0140-38 10 00.`,
  ),
  control(
    "bad15-sv-009",
    "sv",
    "bulletin",
    "Mässlingsfall i Norrbacka",
    `Smittskydd Region Västerdal har bekräftat fyra fall av mässling i Norrbacka. Alla som inte har fått två doser vaccin kan smittas. Om du eller ditt barn har feber, hosta och utslag: ring 1177 innan du besöker vården, gå inte direkt till mottagningen. Osäker på om du är vaccinerad? Kontakta din vårdcentral. Mer information finns på regionvasterdal.se/massling.`,
  ),
  control(
    "bad15-sv-010",
    "sv",
    "sms",
    undefined,
    `Räddningstjänsten Kustbygd: Ammoniakläcka på Frysgatan 4 i Hamnen. Gå inomhus och stäng fönster, dörrar och ventilation. Nytt sms kl 15. Lyssna på P4 Kust.`,
  ),
  control(
    "bad15-sv-011",
    "sv",
    "social",
    "Om vattenproverna i Lillby",
    `Många hör av sig om att E. coli har hittats i ett prov från Lillby vattenverk. Det stämmer: ett prov som togs i måndags innehöll bakterier. Vi vet ännu inte om det gäller vattnet i ledningarna eller bara provpunkten. Koka därför vatten till dryck och matlagning tills vidare. Vi tar nya prover under dagen och svaren kommer på torsdag. Har du frågor, ring Lillby Vatten på 0345-10 20 30.`,
  ),
  control(
    "bad15-sv-012",
    "sv",
    "bulletin",
    "Sprickor i Åbron",
    `När vi besiktigade Åbron i går hittade vi sprickor i brons södra fäste. Därför får tunga fordon inte köra över bron från i dag kl 18 tills vidare. Bilar och andra lätta fordon kan köra som vanligt. Tunga fordon ska köra Ringvägen (väg 2041) i stället. Frågor: Lidviks kommun, trafikenheten, 0510-77 00 00.`,
  ),
  control(
    "bad15-sv-013",
    "sv",
    "bulletin",
    "Angående polisinsatsen i Västerby",
    `Polisen har sedan kl 16 en pågående insats i Västerby centrum efter larm om ett misstänkt hot. Vi kan ännu inte säga hur länge insatsen pågår eller lämna detaljer som kan störa utredningen. Undvik Västerby centrum tills vidare. Journalister kan ringa presstjänsten; allmänheten kan ringa 114 14. Nästa uppdatering på polisen.se kl 18. /Polisen region Syd`,
  ),
  control(
    "bad15-sv-014",
    "sv",
    "bulletin",
    "IT-störning i kommunens system",
    `Flera av Dalby kommuns digitala tjänster, bland annat skolplattformen och e-tjänsterna för bygglov, fungerar inte sedan i måndags. Kommunens it-chef leder arbetet med att få i gång systemen. Vi vet ännu inte vad som orsakade störningen eller om personuppgifter har påverkats. Har dina uppgifter påverkats kontaktar vi dig. Brådskande ärenden: ring kontaktcenter 0247-30 000. Nästa uppdatering på dalby.se torsdag kl 12.`,
  ),
  control(
    "bad15-sv-015",
    "sv",
    "bulletin",
    "Lättläst: Brand i Björkby",
    `Det brinner i ett hus i Björkby.
Brandmän är där och släcker.
Räddningstjänsten varnar på radion.
Lyssna på P4.
Stäng dina fönster.
Mer info på bjorkby.se.`,
  ),
  control(
    "bad15-sv-016",
    "sv",
    "bulletin",
    "Dricksvattnet i område Norr",
    `Vi har hittat bakterier i dricksvattnet i område Norr. Koka vattnet om du ska dricka det eller laga mat med det. Du kan duscha och tvätta som vanligt. Vi har tagit nya prover och får svar på fredag. Då berättar vi här hur det går. Frågor kan ställas till kommunens kontaktcenter, 0380-51 80 00.`,
  ),
  // blind16
  control(
    "bad16-sv-001",
    "sv",
    "bulletin",
    "Brand i flerbostadshus på Malmgatan",
    `Publicerad 14 januari kl. 22.05, Gästrike Räddningstjänst

Kl. 21.40 larmades vi till en brand i ett flerbostadshus på Malmgatan 12 i Sandviken. Två lägenheter på tredje våningen är rökfyllda och vi har evakuerat trapphus B. Ingen är enligt våra uppgifter skadad.

Vi vet ännu inte hur branden startade. Det utreder vi när släckningen är klar.

Bor du i trapphus A eller C: stanna i lägenheten, stäng dörren till trapphuset och håll fönstren stängda. Ring 112 bara om du har rök inne hos dig. De som evakuerats tas om hand i Folkets hus, Köpmangatan 3.

Vi uppdaterar på gastrikeraddning.se kl. 23.00.`,
  ),
  control(
    "bad16-sv-002",
    "sv",
    "bulletin",
    "Koka dricksvattnet i Östra Stenhammar",
    `Lidköpings kommun, torsdag 4 september kl. 09.15

Vid en rutinkontroll i tisdags hittades koliforma bakterier i ett prov från ledningsnätet i Östra Stenhammar. Nya prover togs i går och svaren väntas fredag eftermiddag.

Varifrån bakterierna kommer vet vi inte ännu. Vi undersöker ledningarna i området medan vi väntar på provsvaren.

Gör så här tills vidare: koka vatten som du ska dricka, laga mat med eller borsta tänderna med. Du kan duscha och diska som vanligt. Nödvatten behövs inte.

Berörda adresser visas på kartan på lidkoping.se/vatten. Frågor: Kontaktcenter 0510-77 00 00. Nästa besked kommer fredag senast kl. 17.`,
  ),
  control(
    "bad16-sv-003",
    "sv",
    "social",
    undefined,
    `IT-störning hos Sundsvalls kommun (måndag kl. 08.30): sedan kl. 06 i morse fungerar inte e-tjänster, e-post eller skolplattformen. Vi vet ännu inte vad som orsakat störningen och utreder det tillsammans med polisen och CERT-SE. Telefonväxeln fungerar: ring 060-19 10 00. Behöver du göra en orosanmälan, ring samma nummer. Hemtjänst, skola och förskola är öppna som vanligt. Vi vet ännu inte om några personuppgifter har påverkats. Ny lägesbild här kl. 12.`,
  ),
  control(
    "bad16-sv-004",
    "sv",
    "bulletin",
    "Explosion i industriområdet Kvarnvik",
    `Polisen region Nord, tisdag kl. 15.20

Kl. 14.52 inträffade en explosion i en verkstadslokal på Industrigatan i Kvarnvik. Räddningstjänst, ambulans och polis är på plats och området inom 300 meter från lokalen är avspärrat.

Vi kan ännu inte säga hur många som har skadats. Vi lämnar bekräftade uppgifter om skadade så snart vi har dem och anhöriga har underrättats.

Håll dig borta från området och respektera avspärrningarna. Boende på Industrigatan och Smedsvägen: stanna inomhus och håll fönster stängda tills vidare. Anhöriga som söker information kan ringa 114 14.

Vi uppdaterar på polisen.se kl. 16.30.`,
  ),
  control(
    "bad16-sv-005",
    "sv",
    "bulletin",
    "Inrymning på Tallbackaskolan",
    `Barn- och utbildningsförvaltningen, Nässjö kommun, onsdag 11 oktober kl. 10.25

Kl. 09.50 inrymdes elever och personal på Tallbackaskolan efter att en lärare sett en okänd man i korridoren. Polisen är på plats och söker igenom skolan. Ingen är skadad enligt de uppgifter vi har.

Det sprids uppgifter i sociala medier om vad mannen hade med sig. Polisen har inte bekräftat dem, och vi vidarebefordrar bara det polisen bekräftar.

Kom inte till skolan: polisen behöver fri väg. Eleverna är kvar i sina klassrum med lärare. Vi skickar sms till vårdnadshavare när inrymningen hävs och berättar då var ni kan hämta era barn. Frågor: 0380-51 80 00.

Nästa uppdatering på nassjo.se senast kl. 11.15.`,
  ),
  control(
    "bad16-sv-006",
    "sv",
    "bulletin",
    "Störning i dricksvattnet i Bergsjöholm",
    `Vetlanda kommun, 22 juni kl. 13.40

Efter ett ledningsbrott vid vattentornet i natt har trycket i nätet varit lågt i Bergsjöholm. Trycket är nu tillbaka.

När trycket är lågt kan smuts och bakterier komma in i ledningarna. Vi vet inte än om det har hänt.

Koka därför allt vatten som du dricker eller lagar mat med tills vi meddelar något annat. Vi har tagit prover och väntar svar på lördag.

Vattnet kan vara missfärgat en stund – spola kallvatten tills det blir klart. Frågor besvaras av VA-jouren, 0383-970 00. Vi uppdaterar på vetlanda.se lördag kl. 12.`,
  ),
  control(
    "bad16-sv-007",
    "sv",
    "bulletin",
    "Strömavbrott i västra Ånge",
    `Ånge Energi, lördag 7 december kl. 07.30

Omkring 1 200 kunder i Torpshammar, Fränsta och Viskan har varit utan el sedan kl. 03 i natt. Stormen har fällt ett tiotal träd över en 40 kV-ledning vid Ljungan.

Vi kan ännu inte säga när strömmen kommer tillbaka. Räkna med att vara utan el åtminstone till i morgon, söndag.

Montörerna kan börja röja först när vinden mojnat. Reparationen av ledningen väntas ta minst ett dygn från att arbetet startar.

Håll kyl och frys stängda. Använd inte gasolkök eller grill inomhus. Bor du ensam och är beroende av el för hälsan, ring oss på 0690-250 200. Felkarta och uppdateringar: angeenergi.se. Nästa uppdatering kl. 10.`,
  ),
  control(
    "bad16-sv-008",
    "sv",
    "bulletin",
    "Gaslukt vid Norrhamnen",
    `Räddningstjänsten Skåne Nordväst, fredag 3 maj kl. 18.10

Kl. 17.35 larmades vi till Norrhamnen i Helsingborg efter att flera personer känt stark gaslukt vid kajen. Vi har spärrat av kajområdet och arbetar med mätningar.

Hittills har mätningarna inte visat farliga halter utanför avspärrningen. Vi vet ännu inte var lukten kommer ifrån.

Håll dig utanför avspärrningen och följ anvisningar från personalen på plats. Färjetrafiken går som vanligt. Frågor från allmänheten: 042-10 50 00.

Nästa uppdatering på rsnv.se kl. 19.30.`,
  ),
  control(
    "bad16-sv-009",
    "sv",
    "bulletin",
    "Personuppgifter i hemtjänsten",
    `Vård- och omsorgsförvaltningen, Motala kommun, 18 november kl. 15.00

I förra veckan skickades en lista med namn, adresser och portkoder till cirka 140 hemtjänsttagare i Motala centrum av misstag till fel mottagare via e-post. Vi har anmält händelsen till IMY.

Listan gick till en privatperson utanför kommunen, som har bekräftat att den är raderad. Hur misstaget kunde ske utreder förvaltningen nu; förvaltningschefen svarar på frågor om händelsen.

Om du har hemtjänst i centrala Motala byter vi din portkod eller nyckelkod under den här veckan; personalen ringer dig innan. Känner du dig orolig kan du ringa vår särskilda linje 0141-22 50 60, vardagar kl. 8–17.

Ny information på motala.se fredag 22 november.`,
  ),
  control(
    "bad16-sv-010",
    "sv",
    "bulletin",
    "Felaktig klordosering i Skärblacka",
    `Norrköping Vatten, 9 augusti kl. 11.00

I går kväll mellan kl. 19 och 22 fick vattnet i Skärblacka en för hög halt av klor. Halten var inte hälsofarlig men vattnet kan ha luktat och smakat starkt. Doseringen är nu normal.

Felet uppstod vid ett servicearbete som en av våra entreprenörer gjorde på doseringsutrustningen. Vi har ansvaret och utreder nu hur det kunde hända.

Du kan använda vattnet som vanligt. Har du akvariefiskar: byt inte vatten förrän i morgon. Frågor: kundservice 011-15 00 00.

Vi lägger upp provresultaten från i dag på nvab.se senast kl. 16.`,
  ),
  control(
    "bad16-sv-011",
    "sv",
    "bulletin",
    "Koka vattnet i Östra Ryd",
    `Söderköpings kommun, VA-enheten, tisdag 12 mars kl. 10.00

Ett prov som togs i måndags visar att dricksvattnet i Östra Ryd kan innehålla bakterier. Vi vet ännu inte varifrån bakterierna kommer; nya prover tas i dag och svaren väntas torsdag.

Koka vatten som ska drickas, användas i matlagning eller till tandborstning. Koka tills det bubblar kraftigt. Du kan duscha, diska och tvätta som vanligt. Små barn ska inte svälja badvatten.

Nästa besked lämnas torsdag kl. 14, på webbplatsen och via sms till berörda hushåll.`,
  ),
  control(
    "bad16-sv-012",
    "sv",
    "sms",
    undefined,
    `Kalmar Vatten: Vattnet stängs av kl 13.30 i dag pga läcka på Bergsgatan, åter ca kl 17. Tappa upp vatten nu. Tankbil vid Sörgårdens skola. 0480-45 00 00`,
  ),
  control(
    "bad16-sv-013",
    "sv",
    "bulletin",
    "Boende i kvarteret Lärkan evakueras",
    `Polisen och Räddningstjänsten Kristianstad, söndag 2 februari kl. 16.45

Kl. 15.30 kom larm om stark gaslukt i källaren på Lärkgatan 4. Räddningstjänsten har stängt av gasen till fastigheten och boende i Lärkgatan 2–8 evakueras nu.

Vi vet ännu inte var gasen läckt ut eller hur länge evakueringen kommer att pågå. Räkna med att inte kunna flytta tillbaka i kväll.

Ta med mediciner, laddare och husdjur. Lämna dörren olåst. Evakuerade samlas i Näsby fritidsgård, Näsbygatan 11, där kommunen ordnar mat och övernattning.

Boende i angränsande kvarter behöver inte göra något.

Nästa uppdatering på kristianstad.se kl. 19.00. Frågor: 044-13 50 00.`,
  ),
  control(
    "bad16-sv-014",
    "sv",
    "bulletin",
    "Lägenhetsbrand på Granvägen – uppdatering",
    `Räddningstjänsten Jönköping, 5 april kl. 20.30

Branden på Granvägen 7 är släckt. Två lägenheter är rökskadade och sex hushåll kan inte bo kvar i natt. Ingen är allvarligt skadad.

Branden startade på en balkong på andra våningen. Vad som orsakade den utreder vi tillsammans med polisen.

De sex hushållen får tillfälligt boende via kommunens socialjour, 036-10 50 00. Övriga boende kan vara kvar men bör vädra ordentligt. Hyresvärden Vätterhem nås på 036-10 27 00.

Vi lämnar platsen kl. 22 och gör ingen fler uppdatering i kväll.`,
  ),
  control(
    "bad16-sv-015",
    "sv",
    "bulletin",
    "Totalt eldningsförbud i Älvdalens kommun",
    `Räddningstjänsten Dala Mitt, 24 juli kl. 09.00

Från och med i dag kl. 12.00 gäller totalt eldningsförbud i Älvdalens kommun, även på iordningställda grillplatser. Brandrisken är mycket stor enligt SMHI:s prognos.

Förbudet gäller alla, både boende och besökare, och även engångsgrillar.

Det är tillåtet att grilla med gasol eller kol på egen tomt om grillen står stadigt en bit från marken. Ser du rök eller eld: ring 112. Frågor om förbudet: 0250-260 00.

Förbudet gäller tills vidare. Vi gör en ny bedömning måndag 28 juli.`,
  ),
  control(
    "bad16-sv-016",
    "sv",
    "bulletin",
    "Nödvatten i Hova efter ledningsbrott",
    `Gullspångs kommun, 16 februari kl. 08.15

En huvudledning gick sönder i natt vid Hova vattenverk. Cirka 600 hushåll i Hova har inget eller mycket lågt tryck. Reparationen beräknas vara klar tidigast kl. 18 i kväll.

Vi har två tankbilar med dricksvatten på plats sedan kl. 07.

Tankbilarna står vid ICA Hova och vid Hova kyrka. Ta med egna rena dunkar. Behöver du hjälp att få hem vatten, ring 0506-360 00 så kör vi ut.

Nästa uppdatering på gullspang.se kl. 13.`,
  ),
  // blind18
  control(
    "bad18-sv-001",
    "sv",
    "bulletin",
    "Fjärrvärmeavbrott i norra Kumla – uppdaterat kl. 07.40",
    `Sedan klockan 04.15 i natt är cirka 1 100 hushåll och fem förskolor i Ekeby, Sörby och Kvarntorp utan fjärrvärme och varmvatten. Kallvattnet fungerar som vanligt.

Felet sitter på en huvudledning under Skolgatan. Varför ledningen gått sönder vet vi inte ännu; det undersöker vi när den är frilagd. Vi reparerar nu ledningen och räknar med att värmen börjar komma tillbaka under eftermiddagen, efter klockan 15.

Håll fönster och dörrar stängda så stannar värmen kvar längre. Använd inte gasolkaminer inomhus. Är någon i hushållet särskilt känslig för kyla och behöver hjälp, ring kundservice på 019-58 80 00, som har öppet dygnet runt under avbrottet.

Nästa uppdatering kommer här senast kl. 12.00.
Kumla Energi`,
  ),
  control(
    "bad18-sv-002",
    "sv",
    "social",
    undefined,
    `Brand i flerbostadshus på Rönngatan i Sala. Räddningstjänsten arbetar på plats sedan kl. 21.50. Hur många som har skadats är ännu inte bekräftat; det är räddningstjänsten och polisen som lämnar de uppgifterna. Boende i huset har evakuerats till Kulturhuset Täljstenen, där kommunens krisstödsgrupp tar emot. Håll er borta från området så att utryckningsfordonen kommer fram. Vi uppdaterar här kl. 23.30. /Sala kommun`,
  ),
  control(
    "bad18-sv-003",
    "sv",
    "sms",
    undefined,
    `Sävsjö kommun: Vattenläcka. Vattnet stängs av kl 10–14 för Storgatan 12–40 och Parkvägen. Tappa upp vatten nu. Vattentank vid Sävsjö torg. savsjo.se/drift`,
  ),
  control(
    "bad18-sv-004",
    "sv",
    "bulletin",
    "Kokningsrekommendation i Hjo – gäller väster om Guldkroksvägen",
    `Vid provtagning i går, tisdag 14 april, hittades E. coli i ledningsnätet i västra Hjo. Kokningsrekommendationen gäller därför alla hushåll och verksamheter väster om Guldkroksvägen, bland annat Knäppåsen.

Koka vatten som du ska dricka, laga mat med eller borsta tänderna i. Det räcker att vattnet kokar upp ordentligt. Du kan duscha och tvätta som vanligt.

Hushållen i Sjöryd och på Hammaren behöver inte koka vattnet, eftersom de försörjs från en annan ledning.

Nya prover tas i dag och svar väntas fredag 17 april. Vi publicerar beskedet här på hjo.se och skickar sms till berörda fastighetsägare. Frågor: Hjo kommuns kundtjänst 0503-350 00, vardagar 8–16.

Publicerat onsdag 15 april kl. 08.20, Hjo kommun, VA-enheten`,
  ),
  control(
    "bad18-sv-005",
    "sv",
    "bulletin",
    "Legionella på Solgårdens äldreboende",
    `Vid en rutinkontroll den 2 september hittades legionellabakterier i varmvattnet på avdelning B på Solgårdens äldreboende i Tidaholm. En boende vårdas sedan i lördags på Skaraborgs sjukhus för lunginflammation; om sjukdomen har samband med fyndet utreds nu av smittskyddsläkaren.

Legionella smittar inte mellan människor, utan genom att man andas in vattendimma, till exempel i duschen. Ingen annan boende har i dag symtom, och personalen håller extra koll på feber och hosta.

Vi har stängt av duscharna på avdelning B och höjer temperaturen i varmvattensystemet i natt för att döda bakterierna. De boende tvättas med engångsmaterial tills nya prover visar att vattnet är fritt från bakterier, troligen om en vecka.

Anhöriga med frågor kan ringa enhetschef Karin Lind på 0502-60 61 00 vardagar 8–17. Vi hör av oss direkt till anhöriga om något förändras.

Tidaholms kommun, socialförvaltningen, 4 september kl. 11.00`,
  ),
  control(
    "bad18-sv-006",
    "sv",
    "bulletin",
    "Första provsvaren utan bakterier – fortsätt koka till söndag",
    `Torsdagens prover från vattenverket i Kopparberg visar inga bakterier. Det är ett gott tecken, men vi behöver ytterligare ett provsvar innan vi kan säga att vattnet går att dricka direkt från kranen.

Kokningsrekommendationen ligger därför kvar till och med söndag 22 november för hushållen i Kopparberg och Hörken. Fortsätt alltså att koka vatten till dryck och matlagning fram till dess.

Tankvagnen vid Folkets hus tas bort fredag kl. 16. Frågor besvaras av kommunens växel, 0580-805 00.

Ljusnarsbergs kommun, fredag 20 november kl. 09.15`,
  ),
  control(
    "bad18-sv-007",
    "sv",
    "bulletin",
    "Bevattningsförbud i Tranemo tätort från i morgon",
    `Från torsdag 2 juli klockan 06.00 gäller bevattningsförbud för alla som har kommunalt vatten i Tranemo tätort, Dalstorp och Ljungsarp. Du får inte vattna med slang eller spridare, fylla pool eller tvätta bil med kommunalt vatten. Vattenkanna går bra.

Anledningen är att vattenförbrukningen har varit mycket hög under den varma veckan, och reservoaren hinner inte fyllas på. Nivån i vattentornet låg i morse på 38 procent.

Förbudet gäller tills vidare. Vi bedömer läget varje måndag och meddelar på tranemo.se när det ändras. Frågor: kommunens kundcenter 0325-57 60 00.

Tranemo kommun, Vatten och avlopp, onsdag 1 juli kl. 13.00`,
  ),
  control(
    "bad18-sv-008",
    "sv",
    "social",
    undefined,
    `Elen är tillbaka i hela Bollnäs kommun sedan kl. 05.40. Äldreboendena hade reservkraft och kunde hålla värmen under nattens elavbrott. Har du hemtjänst och märker att något inte fungerar, ring hemtjänstens jour på 0278-250 00. /Bollnäs kommun, 06.10`,
  ),
  control(
    "bad18-sv-009",
    "sv",
    "bulletin",
    "Vinterkräksjuka på härbärget vid Kvarnholmen",
    `Sedan i söndags har minst 14 personer insjuknat i vinterkräksjuka på härbärget vid Kvarnholmen i Kalmar. Viruset sprids lätt där många bor och äter nära varandra. Smittskydd Kalmar län är informerat.

Härbärget håller öppet, men matserveringen flyttas tillfälligt till Fredriksskans gymnastiksal. Är du sjuk: drick mycket, stanna där du sover och tvätta händerna med tvål och vatten – handsprit räcker inte mot det här viruset. Ring 1177 om du inte kan behålla vätska.

Vi uppdaterar på kalmar.se onsdag kl. 12.
Kalmar kommun, socialförvaltningen, tisdag 13 januari kl. 10.00`,
  ),
  control(
    "bad18-sv-010",
    "sv",
    "social",
    undefined,
    `Bevattningsförbudet i Höganäs gäller fortfarande. Många har frågat om poolfyllning: det räknas inte som personlig hygien, så poolen får inte fyllas med kommunalt vatten just nu. Förbudet gäller slang, spridare, poolfyllning och biltvätt med kommunalt vatten. Vattenkanna är okej. Mer på hoganas.se/vatten. /Höganäs kommun, 15 juli kl. 10.30`,
  ),
  control(
    "bad18-sv-011",
    "sv",
    "sms",
    undefined,
    `Räddningstjänsten Syd: Ammoniakläcka vid ishallen i Höör. Inom 500 m: gå in, stäng fönster, dörrar och ventilation nu. Lyssna på P4 Malmöhus. Nytt sms kl 16.`,
  ),
  control(
    "bad18-sv-012",
    "sv",
    "bulletin",
    "Vägen till Sörbyn öppen igen efter raset",
    `Länsväg 960 mellan Sörbyn och Kåtaselet i Lycksele kommun är öppen igen sedan klockan 14.00 i dag, lördag. Vägen har varit avstängd sedan torsdag kväll, då ett ras i vägslänten vid Storbäcken tog med sig en del av vägbanan.

Trafiken leds förbi rasplatsen i ett körfält med trafiksignal. Hastigheten är sänkt till 30 km/h, och fordon över 24 ton får inte passera förrän Trafikverket har förstärkt slänten, vilket väntas ta cirka två veckor.

Tack till alla boende längs vägen för tålamodet under de här dagarna.

Skolskjutsen går som vanligt från måndag. Frågor om vägen: Trafikverket, 0771-921 921. Frågor om skolskjuts: Lycksele kommun, 0950-166 00.

Lycksele kommun, lördag kl. 14.20`,
  ),
  control(
    "bad18-sv-013",
    "sv",
    "bulletin",
    "Störning i kommunens IT-system",
    `Sedan i morse, tisdag, har Borlänge kommun en allvarlig störning i sina IT-system. E-tjänster, skolplattformen och kommunens växel fungerar inte.

Vi vet ännu inte om det rör sig om ett angrepp eller om personuppgifter har påverkats. Kommunens säkerhetschef leder arbetet tillsammans med vår IT-leverantör, och vi har kontakt med CERT-SE. Frågor från media tar kommunens presstjänst via e-post.

Trygghetslarm, hemtjänst och vattenverket fungerar som vanligt. Vårdnadshavare kan sjukanmäla barn direkt till skolans expedition på de nummer som sitter anslagna vid skolornas entréer. Akuta ärenden till socialtjänsten: ring 112.

Nästa uppdatering här kl. 16.00 i dag.
Borlänge kommun, publicerat tisdag kl. 10.20`,
  ),
  control(
    "bad18-sv-014",
    "sv",
    "bulletin",
    "Sent besked om kokningsrekommendationen i Kvissleby",
    `Den 3 februari skickade vi beskedet om kokningsrekommendation till hushållen i Kvissleby först klockan 21, trots att provsvaret med E. coli kom in till oss redan klockan 11. Det var vårt misstag: svaret blev liggande i tio timmar innan vi agerade. Vår VD har gett driftchefen i uppdrag att ändra rutinerna, och vi redovisar ändringarna här.

Kokningsrekommendationen gäller fortfarande för Kvissleby, Nyhamn och Njurundabommen. Koka vatten till dryck, matlagning och tandborstning. Vatten finns att hämta vid Kvissleby centrum och vid Nolby gård, dygnet runt.

Nya provsvar väntas torsdag 5 februari. Vi meddelar resultatet här och via sms till alla berörda senast kl. 12 samma dag. Frågor: kundservice 060-19 20 00.

MittSverige Vatten & Avfall, onsdag 4 februari kl. 08.30`,
  ),
  control(
    "bad18-sv-015",
    "sv",
    "sms",
    undefined,
    `Räddningstjänsten Mjölby: Brand på Verkstadsgatan, rök mot Kungshögaområdet. Stäng fönster, dörrar och ventilation. Nytt sms kl 22. Lyssna på P4 Östergötland.`,
  ),
  control(
    "bad18-sv-016",
    "sv",
    "bulletin",
    "Ammoniakutsläpp vid mejeriet i Nynäshamn – läget",
    `Klockan 10.05 i dag larmades Södertörns brandförsvarsförbund till ett ammoniakläckage i kylanläggningen vid mejeriet på Industrigatan i Nynäshamn. Läckan är stoppad sedan 11.20, och ingen i omgivningen behöver längre stanna inomhus.

Fem anställda undersöktes på plats; ingen behövde sjukhusvård.

Vi vet ännu inte hur mycket ammoniak som kom ut eller varför kylanläggningen började läcka. Det utreder mejeriet och räddningstjänsten nu, och vi berättar när vi vet.

Känner du stickande lukt, sveda i ögonen eller hosta: gå in, skölj ögonen med vatten och ring 1177 för råd. Vid andningssvårigheter, ring 112.

Nynäshamns kommun, kl. 12.40. Nästa lägesbild kl. 16.00 på nynashamn.se.`,
  ),
  // blind19
  control(
    "bad19-en-001",
    "en",
    "bulletin",
    "Fire at Hollinsbrook recycling yard – smoke advice (update 2)",
    `Update 2 – 14:20, Tuesday 9 July. From Greater Manchester Fire and Rescue Service and Bury Council.

Firefighters are still at the waste and recycling yard on Hollinsbrook Way, where a large stack of mixed plastics and baled cardboard caught fire at about 11:40 this morning. Twelve fire engines are at the scene. Nobody has been hurt.

We do not yet know how the fire started. Our fire investigators will look into the cause once the fire is out.

Smoke is drifting north-east over Pimhole, Fishpool and Heaton Park. If you live there, keep windows and doors shut and bring washing in. If you have asthma or another lung condition, keep your reliever inhaler with you. If you feel unwell, call NHS 111; in an emergency call 999.

Hollinsbrook Way and Pilsworth Road are closed between the M66 junction and Castle Road. Please avoid the area.

Next update at 17:00 on bury.gov.uk and @manchesterfire.`,
  ),
  control(
    "bad19-en-002",
    "en",
    "bulletin",
    "Apartment fire at Larkspur Court – 6:45 a.m. update",
    `Eugene Springfield Fire – Saturday, February 1, 6:45 a.m.

Crews were called at 4:10 a.m. to a fire on the third floor of Larkspur Court, 1900 block of W 18th Ave. The fire is out. About 40 residents were evacuated and are being looked after by the Red Cross in the Churchill High School gym, 1850 Bailey Hill Rd.

We are still checking that everyone is accounted for. We have no confirmed information on injuries yet, and we will share it only once it is confirmed and families have been told.

W 18th Ave is closed between Bertelsen Rd and Bailey Hill Rd. If you live at Larkspur Court and have not checked in with the Red Cross, please go to Churchill High or call 541-682-7100 so we know you are safe.

Next update at 9:00 a.m. on our Facebook page and eugene-or.gov/fire.`,
  ),
  control(
    "bad19-en-003",
    "en",
    "bulletin",
    "Wye Bridge, Monmouth: weekend closure",
    `Monmouthshire County Council – issued 10:00, Wednesday 16 April

Wye Bridge on the A466 will be closed to all traffic from 20:00 on Friday 18 April until 06:00 on Monday 21 April, so that engineers can repair damage to the bridge deck found during last week's inspection. Pedestrians can cross on the upstream footway throughout.

Diversion: via the A40 and the A4136 through Staunton, signed on site. Allow an extra 20 minutes.

Bus services 65 and 69 will follow the diversion; changed times will be posted at newportbus.co.uk.

The new surface needs until Monday morning to cure, so the bridge will not open earlier than 06:00 on Monday.

Questions: 01633 644644 or highways@monmouthshire.gov.uk. Any change to these dates will be posted on monmouthshire.gov.uk/roadworks by noon on Thursday.`,
  ),
  control(
    "bad19-en-004",
    "en",
    "bulletin",
    "Boil water notice – Llandudno Junction and Glan Conwy",
    `Dŵr Cymru Welsh Water – 19:30, Thursday 6 March

After routine testing at our Glan Conwy service reservoir, and on the advice of Public Health Wales, customers in postcodes LL31 9 and LL28 5 must boil tap water before drinking it, brushing teeth or preparing food and baby feeds. Bring the water to a rolling boil and let it cool. You can still use tap water for washing, bathing and flushing toilets.

Customers outside these two postcode areas are not affected and can use their water as normal.

Bottled water will be available from 08:00 tomorrow at Llandudno Junction Tesco car park and Glan Conwy Community Centre. If you are on our Priority Services Register, we will deliver to you.

We know this is disruptive and we are sorry. The next test results are due on Saturday morning and we will update dwrcymru.com/boilwater by 12:00 on Saturday. Questions: 0800 052 0145, 24 hours a day.`,
  ),
  control(
    "bad19-en-005",
    "en",
    "bulletin",
    "Legionnaires' disease cases in Bond Hill",
    `Hamilton County Public Health – 4:00 p.m., Monday, August 11

We are investigating three confirmed cases of Legionnaires' disease in people who live or work near the Reading Road corridor in Bond Hill. All three are being treated in hospital. We are testing cooling towers and other water sources within one mile; results are expected later this week.

We do not yet know where the bacteria came from. Most healthy people who breathe in Legionella do not get sick, but the risk is not zero until the source is found.

Legionnaires' disease is a serious lung infection. It does not spread from person to person. People over 50, smokers and people with weakened immune systems are at higher risk. If you have lived in, worked in or visited the area since July 20 and develop fever, cough, muscle aches or shortness of breath, contact your doctor and mention this investigation.

Questions: 513-946-7800, Monday–Friday 8 a.m.–5 p.m., or hcph.org/legionella. Our next update will be on Thursday, August 14, or sooner if results come in.`,
  ),
  control(
    "bad19-en-006",
    "en",
    "bulletin",
    "PFAS found at Well 7",
    `City of Westfield Water Resources Department – Wednesday, September 3, 11:00 a.m.

Quarterly sampling at Well 7 on Servistar Industrial Way found PFAS at 31 parts per trillion, above the Massachusetts drinking water standard of 20 ppt. We took Well 7 offline this morning. The other wells that supply the city tested below the standard.

We do not yet know where the PFAS is coming from. We are working with MassDEP to trace the source and will share what we find at the public meeting.

Pregnant or nursing people, infants and people with weakened immune systems in the Wyben and North Road areas, which were served by Well 7, should use bottled water for drinking and for mixing infant formula until further notice. Free bottled water is available at the Water Department, 28 Sackett St, 8 a.m.–6 p.m. daily. Boiling does not remove PFAS.

Public meeting: Tuesday, September 9, 6:30 p.m., Westfield Middle School. Results and updates: cityofwestfield.org/pfas. Questions: 413-572-6265.`,
  ),
  control(
    "bad19-en-007",
    "en",
    "bulletin",
    "Hosepipe ban – Friday update",
    `South East Water – 09:00, Friday 25 July

The Temporary Use Ban (hosepipe ban) for customers in Kent and East Sussex remains in force. Demand yesterday reached 680 million litres, 120 million more than we can treat and pump in a day, and storage at Arlington and Ardingly reservoirs is still falling.

Every customer can help: each sprinkler left running uses as much water in an hour as a family does in a day.

Under the ban you must not use a hosepipe to water gardens, clean cars or fill paddling pools and ponds. Watering cans and buckets are fine. Exemptions apply if you are on our Priority Services Register or hold a Blue Badge – see southeastwater.co.uk/tub.

If you have no water or low pressure, check our live map at southeastwater.co.uk/incidents or call 0333 000 0365. We publish reservoir levels and an update on the ban every Friday at 09:00.`,
  ),
  control(
    "bad19-en-008",
    "en",
    "bulletin",
    "Cyber incident: council services",
    `Ashdown District Council – 15:00, Tuesday 4 November

Since Sunday night our IT systems have been affected by a cyber attack. We shut down most of our network ourselves to contain it and are working with the National Cyber Security Centre and the police.

Still working: bin collections, the council tax phone line (01892 602500), homelessness and emergency housing (same number, option 3) and our out-of-hours line.

Not working: online payments, planning searches and email to council staff. Please do not send bank details by email.

We do not yet know whether residents' personal data was taken. If we find that it was, we will contact the people affected directly.

Our chief executive is leading the council's response, and we will report to all councillors at next week's full council meeting.

Be wary of emails, texts or calls claiming to be from the council and asking for payment. Next update: Thursday 6 November at 12:00 on ashdown.gov.uk/cyber.`,
  ),
  control(
    "bad19-en-009",
    "en",
    "bulletin",
    "Extreme heat this weekend: how to stay safe",
    `Tulare County Office of Emergency Services – Friday, July 12, 10:00 a.m.

Temperatures are forecast to reach 112°F on Saturday and Sunday. Heat this high can make anyone seriously ill, especially older adults, young children and people with health conditions. Stay indoors in a cool place between 11 a.m. and 6 p.m. if you can.

Cooling centers are open Saturday and Sunday, 10 a.m. to 8 p.m.: Visalia Senior Center, 310 N Locust St; Porterville Library, 41 W Thurman Ave; Tulare Community Center, 830 S Blackstone St. Free rides: Tulare County Area Transit, 1-877-404-6473.

Drink water every hour even if you are not thirsty. Check on older neighbors twice a day. Never leave children or pets in a car. Heat stroke is an emergency – call 911.

Next update Saturday 9 a.m. at tularecounty.ca.gov/oes.`,
  ),
  control(
    "bad19-en-010",
    "en",
    "bulletin",
    "Measles case in Spokane Valley – exposure sites",
    `Spokane Regional Health District – 5:00 p.m., Wednesday, January 22

A case of measles has been confirmed in an unvaccinated child from Spokane Valley. The child is recovering at home, and we are in touch with the family.

People may have been exposed at:
- Spokane Valley Mall food court, Saturday, January 18, 11 a.m.–2:30 p.m.
- MultiCare Valley Hospital emergency department, Monday, January 20, 6 p.m.–11 p.m.

If you were at either place at those times, check whether you have had two doses of MMR vaccine. If you have not, or are not sure, call your healthcare provider or our measles line at 509-324-1500 today. Watch for fever, runny nose, red eyes and rash until February 10. If you develop symptoms, call ahead before going to a clinic so staff can protect other patients.

Updated exposure list: srhd.org/measles. Next update Friday, January 24, or sooner if new sites are identified.`,
  ),
  control(
    "bad19-en-011",
    "en",
    "social",
    undefined,
    `Lincoln County Sheriff's Office – 7:15 p.m. Thursday

A fiber cut is affecting 911 calls from landlines and some cell phones across Lincoln County since about 6:40 p.m. If 911 does not connect, call our dispatch center at 541-265-0777 or text 911.

Many of you have asked whether the cut also affects home internet and TV. It may – but please keep the dispatch line free for emergencies and contact your provider about those services.

Firefighters are staffing the Newport, Lincoln City and Waldport fire stations – you can walk in to report an emergency. Please don't call 911 just to test it. We'll post when service is back, and give an update by 10 p.m. either way.`,
  ),
  control(
    "bad19-en-012",
    "en",
    "bulletin",
    "Lakeview High School – lockdown lifted",
    `Lakeview School District – 1:05 p.m., Tuesday, October 14

Lakeview High School was placed in lockdown at 11:20 a.m. Police searched the building and the lockdown was lifted at 12:45 p.m. All students and staff are safe. Classes continue on the normal schedule and buses will run at the usual time.

If you wish, you may pick up your child at the main office with photo ID; this will be recorded as an excused absence.

The lockdown followed a report to police of a possible threat. Police are still looking into it, and we will share what we can once they have finished. The principal will answer parents' questions at a meeting in the auditorium tomorrow at 6 p.m.

Counselors will be available in the library for the rest of today and all day tomorrow. For questions about pickup or attendance, call the main office at 269-965-9500. We will send another message to all families by 5 p.m. today.`,
  ),
  control(
    "bad19-en-013",
    "en",
    "bulletin",
    "Lead in water – Eastside neighborhood",
    `Millbrook Water Utility – 10:00 a.m., Monday, June 2

Tests from 18 of 60 homes sampled in the Eastside neighborhood in May showed lead above the federal action level of 15 parts per billion. Lead can harm brain development in children and is a risk during pregnancy.

In March, our treatment plant staff changed the water chemistry, and that weakened corrosion control for a period. The decision was approved by our operations manager; the utility is responsible, and we will publish a full review of how it happened.

If you live in Eastside (map at millbrookwater.org/lead): use only filtered or bottled water for drinking, cooking and infant formula. Free certified filters are available at the Eastside Community Center, 412 Pine St, 9 a.m.–7 p.m. daily. Children under 6 and pregnant people can get a free blood lead test at the county health department; call 231-845-7381 to book.

New results and our next update: Friday, June 6, at millbrookwater.org/lead.`,
  ),
  control(
    "bad19-en-014",
    "en",
    "sms",
    undefined,
    `Riverside Fire Dept 6:52am: Ammonia leak, 800 blk Industrial Pkwy. Within 1/2 mile: go inside, shut windows, doors, AC. 911 if hard to breathe. Next alert 8am`,
  ),
  control(
    "bad19-en-015",
    "en",
    "social",
    "Oil on the shore at Red Wharf Bay",
    `Isle of Anglesey County Council – Saturday 10 May, 13:30

Patches of oil have washed up along about 800 metres of beach between the sailing club and Castell Mawr. A sheen was reported offshore by the coastguard overnight; where it came from is not yet known.

Please keep off the beach and out of the water, and keep dogs on leads and away from the tideline. If oil gets on your skin, wash it off with soap and water – don't use solvents. Don't try to catch oiled birds yourself: call the RSPCA on 0300 1234 999.

The beach access from Benllech car park is closed. We will update this page at 18:00.`,
  ),
  control(
    "bad19-en-016",
    "en",
    "bulletin",
    "Ice storm: power outage update",
    `Lenawee County Emergency Management – 11:00 a.m., Wednesday, January 22

Freezing rain overnight left up to 0.6 inch of ice on trees and lines. As of 10:30 a.m., Consumers Energy reports 14,200 customers without power in Lenawee County, mainly in Adrian, Tecumseh and Blissfield. About 60 roads are partly blocked by fallen limbs, and M-52 north of Adrian is closed between Academy Rd and Valley Rd.

Consumers Energy estimates most customers will be restored by late Friday; some rural areas may take longer. Tonight's low will be 8°F.

What to do: stay at least 25 feet from downed lines and report them to Consumers Energy at 800-477-5050. Run generators outside only, never in a garage. If your home gets too cold, call 211 to find a warming center. Check on older neighbors.

Outage map: consumersenergy.com/outagemap. Next update at 5 p.m. today on lenaweecounty.gov and our Facebook page.`,
  ),
];
