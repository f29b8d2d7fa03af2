import {
  ACTIVE,
  ADAPTED,
  CERC,
  DEBUNK,
  FACTUAL,
  FAST,
  IMPARTIAL,
  KLAR,
  KRIS,
  MSB,
  OPEN,
  PLAIN,
  RF,
} from "./guidance.js";
import { evalSet, perLanguage } from "./build.js";
import type { EvalMessage } from "./types.js";

/**
 * Thirtieth blind set, written 2026-12-06 by an independent author who did not read the checklist rules, its
 * lexicons or any earlier item (only types.ts, guidance.ts, build.ts, the header of blind29.ts and the earlier sets'
 * source URLs, so that no real message repeats). HELD-OUT status is decided by the lead.
 *
 * The real messages are published text copied from public authorities (whole sentences or paragraphs may be left
 * out, nothing reworded). Each flawed message is written to show one failure pattern and is otherwise meant to look
 * competent; some flaws are deliberately subtle. About three quarters of the items are Swedish.
 */
const { real, bad } = evalSet("", perLanguage("good30", "bad30"));

export const GOOD_BLIND30: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish: real
  real(
    "sv",
    "bulletin",
    "Ofarliga partiklar i dricksvattnet på vissa håll i Sollentuna",
    `I delar av Sollentuna förekommer vatten som innehåller små partiklar. Partiklarna kommer från en ytbeläggning i en vattenledning som frusit, och är ofarliga. Ledningen är bortkopplad och tillförseln av nya partiklar är stoppad. SEOM och Norrvatten arbetar intensivt för att få bort alla partiklar.

Problemet uppstod den 17 januari i samband med ett ledningsarbete som genomfördes av Norrvatten. En av ledningarna hade frusit och då släppt ifrån sig delar av ytbeläggningen. Ytbeläggningen har spridits som svarta partiklar och har följt med in i de kommunala vattenledningarna i Sollentuna.

Den drabbade ledningen är bortkopplad och tillförseln av nya partiklar är stoppad. Det har tagit längre tid än väntat att bli av med partiklarna, då det har visat sig vara mycket större partier ytbeläggning som lossnat än vad som först bedömdes.

Norrvatten och SEOM arbetar intensivt för att åtgärda problemet genom att spola ledningarna för att få bort partiklarna. Spolningen är nödvändig för att åtgärda problemet, men kan tyvärr göra att partiklar samlas på vissa platser.

Om du upptäcker partiklar i dricksvatten ska du också höra av dig till oss och göra en felamälan via telefonnummer 08-623 88 00. Du kan också mejla kundtjanst@seom.se

Det är viktigt för att vi ska få en bild av vilka platser som nu är drabbade. Vi kan också hjälpa till att spola ledningarna i närheten av din fastighet för att komma till rätta med problemet.`,
    "https://www.seom.se/driftinformation/ofarliga-partiklar-i-dricksvattnet-pa-vissa-platser-i-sollentuna/ (SEOM, Sollentuna Energi och Miljö, driftinformation, januari–februari 2024)",
  ),
  real(
    "sv",
    "bulletin",
    "Vattenläcka",
    `Det inträffade en vattenläcka på en av Norvattens ledningar strax efter klockan 22 den 16 september. Detta drabbade framförallt abonnenter i Solna och Sundbyberg som kan ha upplevt lågt tryck och uteblivet vatten. Vattnet leds nu om via alternativa ledningar och vattenleveransen återgick till den normala omkring kl 23 samma kväll.

Uppdatering 18 september klockan 08.55
Den trasiga ledningen är nu lagad. Nu kommer ledningen att spolas och det kommer tas prover på vattnet innan ledningen tas i drift. Under tiden levererar Norrvatten dricksvatten via andra, ordinarie, vattenledningar.
Norrvattens entreprenör arbetar fortfarande med att pumpa bort vatten från området som översvämmades i samband med vattenläckan. Det är stora vattenmängder och det tar därför tid att pumpa bort allt vatten. I nuläget finns ingen exakt prognos för när det är färdigt.

Uppdatering 17 september klockan 08.00
Vattenleveransen fungerar som vanligt sedan i går kväll. Nu pågår reparation av den trasiga ledningen. När den är lagad kommer prover tas på vattnet innan ledningen tas i drift. Under tiden levererar Norrvatten dricksvatten via andra, ordinarie, vattenledningar. Den trasiga ledningen är en äldre vattenledning som troligtvis gått sönder på grund av markförändringar, det vill säga att marken i området rört sig.
Norrvatten planerar även för att byta ut hela den drabbade ledningssträckan. Det är ett stort projekt som tar flera år att genomföra. Den första etappen kommer påbörjas under 2026.

Kolonilotter
Vattenläckan har tyvärr lett till att flera kolonilotter på Järvafältet översvämmats. Norrvattens entreprenör arbetar med att pumpa bort vatten från området, men i nuläget finns ingen exakt prognos för när det är färdigt. Om du äger en kolonilott som översvämmats ska du i första hand vända dig till ditt försäkringsbolag angående ersättning.`,
    "https://norrvatten.se/handelser/vattenlacka (Norrvatten, händelser, 16–18 september, troligen 2025)",
  ),
  real(
    "sv",
    "bulletin",
    "Angående vattnet i Stjärnhov",
    `Vi har fått in synpunkter på vattenkvalitén i Stjärnhov och vi jobbar med att förbättra vattenkvalitén på lång sikt.

Flera åtgärder är planerade, inom kort bland annat byte av filter och rengöring av pumpar i vattenverket.

Det har gjorts provtagningar, som inte visar på några mikrobiologiska anmärkningar, men däremot ett visst förhöjt järnvärde. Det kan medföra missfärgningar, som inte är farligt i sig även om det kan göra att vattnet blir missfärgat. Vi ber om ert tålamod.`,
    "https://www.gnesta.se/kommunverksamhet/nyhetsarkivkommunen/servicemeddelanden/servicemeddelanden/angaendevattnetistjarnhov.5.1bad9de61685a94e2bd85c48.html (Gnesta kommun, servicemeddelande, 2019-01-23)",
  ),
  real(
    "sv",
    "bulletin",
    "Eventuellt konstig lukt på dricksvattnet",
    `Efter underhållsarbete på Helenelundsreservoaren i Sollentuna har flera boende i området påtalat att det luktar kemiskt om vattnet. Delar av Danderyd kan få vatten från Helenelundsreservoaren. Vattnet är inte farligt att dricka.

Det som luktar är ämnen som finns i den polyesterplast som har använts för att reparera reservoarens bräddavlopp. Reservoaren är tagen ur drift för åtgärd. Vattnet är inte farligt att dricka, men det ska givetvis inte förekomma att vattnet luktar på det här sättet och Norrvatten ser allvarligt på det som hänt.

För mer information se Norrvattens hemsida.`,
    "http://www.danderyd.se/Nyheter/2016/Eventuellt-konstig-lukt-pa-dricksvattnet/ (Danderyds kommun, nyheter, 2016-01-20 16:06)",
  ),
  real(
    "sv",
    "correction",
    "Förtydliganden gällande vattenkvaliteten på Björkvägen",
    `Med anledning av en artikel i lokaltidningen Mitti Sollentuna gällande vattnet hos en kund på Björkvägen i Sollentuna vill SEOM göra ett antal förtydliganden.

Den 13 januari tog SEOM prover på vattnet i en fastighet på Björkvägen. Provet gav indikationer om låga halter av en bakterie. Halten var så låg att utslaget i provet kunde orsakats av att någon rört kranen – och ett omprov gjordes därför den 15 januari.

Omprovet konstaterade att vattnet var fritt från bakterier. Enligt provet fanns det dock förhöjda halter av så kallade mikroorganismer. Sådana finns naturligt i vår omgivning och vår kropp.

Provsvaret fastslog att vattnet var tjänligt, men med en anmärkning. Det betyder att vattnet är ofarligt att dricka – men ger en indikation om att SEOM bör hålla lite uppsikt över vattnet.

Mikroorganismer av den här halten påverkar inte hälsan negativt, något som SEOM har varit i kontakt med Livsmedelverket för att fullt ut säkerställa.

Nya prover har tagits den 20 januari i den aktuella fastigheten. De preliminära resultaten visar inte heller de på någon brist i vattenkvaliteten. Slutgiltigt resultat kommer denna vecka.

Ingen anledning till oro

Vattenledningarna i gatan på Björkvägen har för säkerhets skull spolats till viss del i helgen, och kommer att spolas igenom helt den 21 januari. Nya prover tas också från vattenledningarna i Björkvägen, en annan fastighet på gatan samt en närliggande gata-
– Vi har vidtagit de åtgärder som Livsmedelsverket rekommenderar och har också kontinuerlig kontakt med Norrvatten som sköter vattenanalyserna för att följa det här noggrant. Resultaten visar inget som ger anledning till oro, säger Åsa Snith, VA-chef på SEOM.

Om du som kund trots det är orolig är du välkommen att kontakta oss.`,
    "https://www.seom.se/nyheter/2020/fortydliganden-gallande-vattenkvaliteten-pa-bjorkvagen/ (SEOM, Sollentuna Energi och Miljö, nyheter, januari 2020)",
  ),
  real(
    "sv",
    "bulletin",
    "SMHI varnar för hårda vindbyar",
    `En gul varning har utfärdats för vindbyar på uppemot 25 sekundmeter i vårt område. Risk finns för avbrott i el- och teleförsörjning och att lösa föremål flyttas.

Under lördag kväll väntas hårda till mycket hårda vindbyar i bland annat södra Norrland, som kan leda till begränsad framkomlighet på vägar på grund av nedfallna träd. Risk finns för förseningar i buss-, tåg-, flyg- och färjetrafiken samt inställda avgångar.

Områden med luftburna elledningar kan påverkas och ge störningar i el- och teleförsörjningen. Lösa föremål och tillfälliga konstruktioner riskerar att förflyttas eller skadas.

Skador på skog vid hyggeskanter och i nygallrad skog kan inte uteslutas, liksom att enstaka träd eller grenar ramlar ner.

Med anledning av den hårda vinden, som i byarna kan nå vindstyrkor på 20-25 m/s, har SMHI utfärdat en gul varning. Under söndagen avtar vinden.

Följ väderläget på smhi.se`,
    "https://nordanstig.se/ovrigt/arkiv/nyhetsarkiv/nyhetsarkiv-2024/2024/2024-02-03-smhi-varnar-for-harda-vindbyar.html (Nordanstigs kommun, nyhetsarkiv, 2024-02-03)",
  ),
  real(
    "sv",
    "bulletin",
    "Ta en paus från badandet efter kraftiga regn",
    `Det är bäst att undvika att bada direkt efter kraftiga regn. När det regnar mycket sköljs jord, skräp, föroreningar och djuravföring ut i våra sjöar och vattendrag via dagvattenledningar, diken och rinnande vatten längs marken.

Regnvattnet kan även rinna in i avloppsnätet och orsaka översvämning, vilket kallas "bräddning". Vid bräddning släpps kraftigt utspätt avloppsvatten ut. Eftersom kraftiga regn oftast leder till sämre badvattenkvalitet omedelbart efter regnet, kan det innebära hälsorisker på grund av bakterier och virus.

Det är därför inte lämpligt att bada precis efter ett kraftigt regn. Risken för smitta minskar dock snabbt med tiden på grund av utspädningen. Om det har skett en kraftig bräddning bör man vänta i 7-10 dagar med att bada, om det inte finns provresultat som visar att badvattenkvaliteten är god.

Löpande rapporteringar om bräddningar

Här kan du läsa Nacka vatten och avfalls löpande rapporteringar om alla större bräddningar i kommunens avloppsnät.

Kommunens provtagningar

Kommunen provtar badvattnet på alla kommunala badplatser, både med stickprover varje sommar. Extra provtagningar görs om man misstänker förorening.`,
    "https://www.nacka.se/nyheter-start/2023/08/ta-en-paus-fran-badandet-efter-kraftiga-regn/ (Nacka kommun, nyheter, augusti 2023)",
  ),
  real(
    "sv",
    "bulletin",
    "Senaste nytt om raset på väg 903",
    `20 november inträffade ett ras/skred på väg 903 mellan Revhaget och Skymnäshagen. Här kan du läsa de senaste uppdateringarna om hur du påverkas.

Uppdaterad 2020-02-18 12. 15

Trafikverket meddelar att väg 903 kommer att öppnas för trafik igen som planerat nu på fredag 21 februari. Vägen kommer inte att vara asfalterad, utan det kommer att vara ett grusparti. Att göra en helt ny beläggning görs först till sommaren.

Uppdaterad 2020-02-13 15.00
Arbetet med att koppla ihop ledningarna är klart. Vattnet kan vara brunt eller missfärgat när du spolar för första gången efter en avstängning. Det är inte farligt att dricka utan försvinner efter en stund om du spolar kallvatten. Luft kan också förekomma så öppna kranen försiktigt.

Trafikverkets preliminära bedömning är att väg 903 öppnar för trafik 2020-02-21.

Uppdaterad 2020-02-13 09.00

Nu har vi lagat vattenledningarna som gick sönder i samband med vägraset på väg 903. I eftermiddag ska vi koppla ihop ledningarna vilket gör att vi måste stänga av vattnet en stund för flera hushåll i Mossängen. Du som bor på Hjortronvägen, Uddsätersvägen, Maskinistvägen och Mossängsvägen kommer att beröras av arbetet en kort stund på eftermiddagen. I nuläget kan vi inte säga en exakt tidpunkt.

Uppdaterad 2020-01-15
Trafikverkets preliminära bedömning är att väg 903 öppnar för trafik 2020-02-21.

Uppdaterad 2019-12-04
Trafikverket har påbörjat schaktning av yta bredvid vägen för att komma fram till den trumma som ligger under vägen vid raset. Utloppet ligger på cirka 15 meters djup under vägytan. Inloppet vet vi inte djupet på då detta inte är synligt i dagsläget.

Geoteknisk-/hydrogeologisk utredning pågår för att säkerställa vad som orsakat raset samt fastställa korrekt åtgärd.`,
    "https://www.munkfors.se/senaste-nytt-om-raset-pa-vag-903/ (Munkfors kommun, uppdateringar 2019-12-04 till 2020-02-18)",
  ),
  real(
    "sv",
    "faq",
    "Frågor och svar om skredet 23 september",
    `I händelsen på E6 är det många olika aktörer inblandade som ansvarar för olika frågor. På den här sidan vill kommunen försöka ge svar på inkomna frågor samt förtydliga vilken aktör som svarar på vilken fråga. Svaren uppdateras kontinuerligt.

Allmänna frågor om skredet

• Stora delar av vägbanan på E6 i höjd med Stenungsundsmotet rasade natten mot lördag 23 september. SOS larmades klockan 01:48.
• Skredet är cirka 700x200 meter (uppgift uppdaterades 23 september klockan 17:59).
• Tre personer fördes till sjukhus med lindriga skador.

Svaret uppdaterades 2024-02-02

Statens haverikommission har startat en undersökning med syftet att ge svar på frågorna vad som hände, varför det hände och vad som kan göras för att förhindra att någonting liknande inträffar i framtiden eller lindra konsekvenserna av en liknande händelse i framtiden. Statens haverikommission hanterar inte frågor om skuld och ansvar i frågan.

Polisen utreder också händelsen. Den utredningen är för att se om någon kan kopplas till en brottslig handling kopplat till att skredet startade. Polisens brottsutredning, med rubriceringen grov allmänfarlig vårdslöshet, leds av Åklagarmyndigheten i Uddevalla.

Länsstyrelsen beslutar om tillträde till skredområdet.

De tog 31 januari 2024 beslutet om att upphäva det tillträdesförbud som gällt för skredområdet:

Länsstyrelsen upphäver tillträdesförbud i Stenungsund (lansstyrelsen.se)

Beslutet börjar gälla 6 februari 2024.`,
    "https://www.stenungsund.se/webbsidor/huvudmeny/raddningsakerhet/samladinformationomskredetistenungsund23september/fragorochsvaromskredet.4.7895db7c18aba31f2f8498ef.html (Stenungsunds kommun, frågor och svar, uppdaterad 2023-09-27 till 2024-02-02)",
  ),
  real(
    "sv",
    "sms",
    undefined,
    `Viktigt meddelande till allmänheten i Kramfors, Sollefteå, Örnsköldsviks, Härnösands kommun i Västernorrlands län. På grund av kraftigt skyfall uppmanar räddningstjänst MittNorrland boende i dessa kommuner att inte bege sig ut på vägnätet eftersom många vägar är underminerade.
För mer information lyssna på Sveriges Radio P4 Västernorrland.`,
    "https://www.krisinformation.se/nyheter/2025/september/viktigt-meddelande-till-allmanheten-i-vasternorrlands-lan (Krisinformation.se, VMA-text från Räddningstjänsten MittNorrland via Sveriges Radio, september 2025)",
  ),
  real(
    "sv",
    "bulletin",
    "Förskolor som håller stängt",
    `Förskolan Midgård-Prästkragen och Arken håller stängt några dagar till. Även Arkens förskola håller stängt från och med imorgon, den 1 februari.

Höörs kommun har en omfattande personalfrånvaro på grund av covid-19 som gör att vi är tvungna att tillfälligt stänga förskoleverksamheten på flera förskolor.

Förskolan Midgård-Prästkragen håller stängt ytterligare två dagar. Förskolan öppnar igen torsdag den 3 februari om inget annat meddelas.

Arkens förskola i Sätofta håller stängt från och med tisdagen den 1 februari och planeras att öppna igen tisdagen den 8 februari.

Barn till två vårdnadshavare som arbetar inom samhällsviktig verksamhet

Under stängningen tar förskolan Midgård-Prästkragen emot endast de barn som har två vårdnadshavare som arbetar inom samhällsviktig verksamhet.

Barn på Arkens förskola som har två vårdnadshavare som arbetar inom samhällsviktig verksamhet tas emot på förskolan Krokodilen.

Vårdnadshavare som har barn på de berörda förskolorna kommer att få detaljerad information som uppdateras via Infomentor. Förändringar kan ske med kort varsel.`,
    "https://www.hoor.se/nyheter/forskolor-som-haller-stangt/ (Höörs kommun, nyheter, 31 januari 2022)",
  ),
  real(
    "sv",
    "faq",
    "Om du drabbas av översvämning",
    `Nedan redovisas en checklista över vad man bör tänka på om man drabbas av källaröversvämning. Vid källaröversvämning under torrväder bör man undersöka servisbrunnen. På så vis kan man konstatera om översvämningen är orsakad av stopp i fastighetens ledningar eller av stopp i kommunens ledningar.

Att tänka på för att underlätta utredningsarbetet:

• Hur kom vattnet in?
• Vilka åtgärder vidtog du?

Checklista

• Bryt all elektrisk ström i de översvämmade lokalerna. Se dock till att eventuell dräneringspump inte stannar.
• Flytta om möjligt fuktkänsliga inventarier.
• Skaffa hjälp med länspumpning.
• Var noga med hygien efter kontakt med inträngande avloppsvatten.
• Ring försäkringsbolaget.
• Ordna hjälp med skadereglering och uttorkning.
• Anmäl översvämningen till VA-enheten.
• Eventuella ersättningskrav på VA-enheten måste meddelas skriftligt.

Vart vänder jag mig när jag behöver hjälp?

Akuta störningar under kontorstid kan du anmäla till Medborgarservice, 0123-191 00. Efter kontorstid kan anmälan göras till SOS Alarm, tel 011-14 96 40.

Vid fel på kommunens vatten och avloppsledningar och liknande bör du kontakta:

• Skadeanmälan (Försäkringsbolagen)
• Störningar på privata ledningar (VVS-företag), sök kontaktuppgifter på Internet
• Igensatta rännstensbrunnar dagtid (Gatukontoret) 0123-191 00
• Länspumpning (Brandkåren) 011-14 96 40 el. 112 (OBS! Endast vid risk för personskada eller allvarligt akut hot mot egendom/miljö)`,
    "https://www.valdemarsvik.se/kommun/vatten-avfall/vatten-och-avlopp/kallaroversvamning/om-du-drabbas-av-oversvamning/ (Valdemarsviks kommun, vatten och avlopp, odaterad)",
  ),
  real(
    "sv",
    "bulletin",
    "Risken för mässlingssmitta låg",
    `Sannolikheten för att den patient som i onsdags besökte Akutmottagningen vid Hallands sjukhus Varberg med misstänkt mässling var smittsam har avtagit. Risken bedöms nu som låg att smitta skett.

Patienten har ännu inte (7/1) insjuknat i mässling och även om risken för att personen får mässling inte är över, är risken att personen var smittsam vid det tillfället mindre ju fler dagar som går.

Smittspårning har genomförts. Personal och patienter, födda mellan 1965 och 1980, som befann sig i det aktuella området mellan klockan 14 och 17.30 den 3 januari har kontaktas och de som inte var vaccinerade, eller bara fått en dos vaccin tidigare, har nu erbjudits vaccin.

Risken för mässlingsepidemi är låg

De flesta i Sverige har ett livslångt skydd mot mässling, genom att antingen ha haft mässling som barn eller vara vaccinerade i det allmänna vaccinationsprogrammet för barn. När vården misstänker mässling vidtas genast flera skyddsåtgärder, till exempel smittspårning.

Rådgör med personalen på en vårdcentral eller vaccinationsmottagning om du är osäker på hur ditt skydd ser ut. Där kan du också vaccinera dig om du behöver.

Hur ska jag göra för att söka vård vid misstänkt mässling?

Om du tror att du själv eller någon av dina anhöriga har blivit smittad ska du inte söka vård direkt på vårdcentral eller sjukhusens akutmottagningar. Ring 1177 för rådgivning.
Läs mer om mässling på 1177.se`,
    "https://www.regionhalland.se/nyheter/risken-for-masslingssmitta-lag/ (Region Halland, nyheter, 2018-01-07)",
  ),
  real(
    "sv",
    "bulletin",
    "Bekräftat fall av mässling i Uppsala län",
    `Ett fall av mässling har upptäckts i Uppsala län. Det rör sig om ett litet barn, som inte hunnit få sin första vaccindos, och därmed var känslig för smitta. Man har inte kunnat fastställa var smittan har skett.

– Mässling är ovanlig i Sverige, men den är mycket smittsam, Nu har vi fått ett fall bekräftat i Uppsala län och därför vill vi uppmärksamma att det förekommer, säger Johan Nöjd, smittskyddsläkare i Uppsala län.

– Om man har symtom eller har barn som har symtom på mässling, feber och utslag, ska man inte bege sig till en akutmottagning eller vårdcentral. Kontakta i stället vården via telefon för att få en bedömning och rådgivning, till exempel genom att ringa 1177. På så sätt kan vi minska risken för smittspridning.

Den som har haft mässling eller blivit vaccinerad med två doser vaccin är skyddad mot att få sjukdomen. De som är mottagliga för sjukdomen är främst små barn under 18 månader och andra som inte har vaccinerats eller haft sjukdomen.

Kontakt

Johan Nöjd, smittskyddsläkare Region Uppsala, tel 076-721 65 88`,
    "https://regionuppsala.se/politik-och-paverkan/pressrum/2024/mars/bekraftat-fall-av-massling-i-uppsala-lan/ (Region Uppsala, pressmeddelande, 2024-03-20)",
  ),
  real(
    "sv",
    "bulletin",
    "Orange varning för vind i kombination med snöfall",
    `Uppdaterad information 2023-11-01 kl 9.40: Kommunens beredskapsgrupp har haft ett andra möte med anledning av SMHI:s orangea varning för vind i kombination med snöfall.

- Även om vädret har varit besvärligt har verksamheten ändå rullat på utan allvarligare störningar, säger Jan Kroppegård stabschef i krissituationer i Hudiksvalls kommun.

Det har varit full snösväng sedan klockan 3 i natt. Det innebär att cirka 40 maskiner har varit ute och snöröjt gatorna i tätorterna.

- Vi ber om allmänhetens förståelse för det besvärliga vädret och ber alla att tänka till på var man parkerar, speciellt där det är datumparkering och håller avstånd till maskinerna som snöröjer så att våra snöröjare får utrymme att göra sitt jobb, säger Peter Söderlund chef för gatuenheten.

Orange varning ligger kvar fram till i kväll.

Publicerat 2023-10-31 kl 16.30

Med anledning av ihållande och tidvis kraftigt snöfall i kombination blåst har SMHI uppgraderat till orange varning för norra Gävleborgs kustland. Snöfallet medför stor risk för bland annat störningar i trafiken.

Från tisdag kväll intensifieras snöfallet och fram till onsdag kväll väntas 20-30 centimeter snö. Samtidigt blir det blåsigt. Temperaturen väntas ligga kring noll grader vilket gör att snön väntas bli tung och blöt.

Kommunen har med anledning av den orange varningen gått upp i beredskapsläge och har nu haft ett första möte. Där deltog representanter från bland annat räddningstjänsten, tekniska förvaltningen, äldreomsorgen, lärandeförvaltningen, kommunikationsenheten samt x-trafik.

- Syftet med mötet var att skaffa oss en lägesbild och gå igenom våra rutiner. Vår beredskap är god och alla är på tårna, säger Jan Kroppegård stabschef i krissituationer i Hudiksvalls kommun.

Väderläget gör att det kan bli stora problem i trafiken med begränsad framkomlighet.`,
    "https://www.hudiksvall.se/Arkiv/Nyheter/Nyheter-2023/2023-10-31-Orange-varning-for-vind-i-kombination-med-snofall.html (Hudiksvalls kommun, nyheter, 2023-10-31, uppdaterad 2023-11-01)",
  ),
  real(
    "sv",
    "bulletin",
    "Orange vädervarning – kan påverka bland annat skolskjuts",
    `SMHI har utfärdat en orange vädervarning för vind i kombination med snöfall från den 7 mars klockan 06.00 till den 8 mars klockan 15.00. Större delarna av Östergötland omfattas av vädervarningen.

Kraftigt snöfall i kombination med frisk vind kan innebära mycket begränsad framkomlighet på vägar. Särskilt i öppna landskap som till exempel inte har hunnit snöröjas eller på grund av trafikolyckor. Ge dig därför inte ut på vägarna om det inte är nödvändigt.

Det innebär att bland annat skolskjutsarna kan komma att påverkas. Skolbusschauffören har det sista avgörandet om vägen bedöms säker att köra. Håll kontakten med ditt barns skolbusschaufför för att hålla dig uppdaterad om sena ändringar. Det är sannolikt att det inträffar elbortfall i områden med luftburna elledningar, vilket även påverkar mobila nät för telekommunikationer. Information om pågående strömavbrott och prognoser hittar du hos din elleverantör.

Vad innebär Orange vädervarning?

Allvarliga konsekvenser för samhället, fara för allmänheten. Väderutveckling som kan medföra allvarliga konsekvenser för samhället, fara för allmänheten samt allvarliga skador på egendom och miljö. Störningar i samhällsfunktioner är förväntade. Lokala variationer kan förekomma, därför kan särskilt utsatta miljöer, personer och enskilda fastigheter drabbas av mycket allvarliga skador. Enskilda personer eller grupper som är särskilt känsliga kan också drabbas mycket allvarligt.

Här kan du läsa mer om vädervarningar på SMHIs webbplats`,
    "https://www.valdemarsvik.se/blog/vadret-kan-paverka-skolskjuts-under-tisdagen-och-onsdagen/ (Valdemarsviks kommun, nyheter, mars 2023)",
  ),
  real(
    "sv",
    "bulletin",
    "Avrådan från eldning utomhus",
    `Just nu är det väldigt torrt i skog och mark. Därför avråder vi från att elda utomhus, men inget eldningsförbud råder.

Om du eldar eller grillar behöver du vara extra försiktig och komma ihåg att det är du som eldar eller grillar som har ansvar för elden samt att säkra att den inte kan sprida sig och att elden är helt släckt när du lämnar platsen. Ha alltid släckutrustning till hands.

Läs mer om brandrisk på Myndigheten för samhällsskydd och beredskaps sidor: MSB:s brandriskprognoser och brandriskkartor`,
    "https://www.orebro.se/nyheter/nyheter/2020-06-15-avradan-fran-eldning-utomhus.html (Örebro kommun, nyheter, 2020-06-15)",
  ),
  real(
    "sv",
    "faq",
    "VMA - Viktigt meddelande till allmänheten",
    `VMA betyder viktigt meddelande till allmänheten. Det är en varningssignal som Räddningstjänsten använder för att varna människor för att en allvarlig händelse som kan orsaka skador har inträffat i området där signalen ljuder.

Om en allvarlig händelse som ökar risken för skador inträffar ska allmänheten varnas och informeras. Exempel på sådana händelser är kraftig rökutveckling och hälsofarliga utsläpp av kemikalier.

Allmänheten varnas genom att den tjutande signalen "Viktigt meddelande" utlöses och att ett eller flera varnings- eller informationsmeddelande sänds via radio och TV. Signalen ljuder i 7 sekunder följt av 14 sekunders tystnad under minst 2 minuter.

När du hör signalen ska du:

• gå in
• lyssna på radion (P3 eller P4)
• stänga dörrar, fönster och ventilation

Signalen testas fyra gånger per år, klockan 15.00 den första helgfria måndagen i mars, juni, september och december.`,
    "https://tibro.se/kommun-och-politik/trygghet-och-sakerhet/Krishantering/VMA---viktigt-meddelande-till-allmanheten/ (Tibro kommun, krishantering, odaterad)",
  ),
  real(
    "sv",
    "faq",
    "Falsk information",
    `Stater och organisationer använder vilseledande information för att försöka påverka våra värderingar och hur vi agerar. Syftet kan vara att minska vår motståndskraft och försvarsvilja.

Det bästa skyddet mot falsk information och fientlig propaganda är att vara källkritisk:

• Är det fakta eller åsikter?
• Vad är syftet med informationen?
• Vem är avsändaren?
• Är källan trovärdig?
• Finns informationen någon annanstans?
• Är informationen ny eller gammal och varför finns den just nu?
• Sök information – du kan motverka propaganda och falsk information bäst genom att vara påläst.
• Tro inte på rykten – använd flera trovärdiga källor för att se om informationen stämmer.
• Sprid inte rykten – verkar informationen inte trovärdig, sprid den inte vidare.

Höjd terrorhotnivå - var källkritisk!

Terrorhotnivån i Sverige höjdes från 3 till 4 på en femgradig skala i augusti 2023. Höjningen beror inte på ett konkret hot eller händelse, utan är en signal till berörda samhällsaktörer om vikten av att fortsätta arbetet för att minska risken att ett terrorattentat ska inträffa.

Så här bör du agera

• Lev som vanligt, var medveten om det säkerhetsläge som råder och var vaksam på avvikande beteenden.
• Håll dig uppdaterad genom att ta del av information från ansvariga myndigheter.
• Var källkritisk – sprid inte obekräftad information eller rykten.`,
    "https://www.borlange.se/omsorg-och-hjalp/trygg-och-saker/risker-i-borlange/falsk-information (Borlänge kommun, risker i Borlänge, odaterad, efter augusti 2023)",
  ),
  real(
    "sv",
    "bulletin",
    "Länsstyrelsen Västra Götaland i stabsläge med anledning av Rysslands pågående invasion av Ukraina",
    `Med anledning av Rysslands pågående invasion av Ukraina har Länsstyrelsen i Västra Götaland aktiverat den särskilda krisledningsorganisationen. Inriktningen just nu är att omvärldsbevaka och följa händelseutvecklingen.

– Stabsläget innebär att Länsstyrelsen prioriterar arbetet med den aktuella händelsen och, förutom att kontinuerligt omvärldsbevaka och samordna länet, göra konsekvensanalyser, minimera risker och bygga motståndskraft så långt det är möjligt, säger Lisa Nordahl, krisledningschef.

Vad ska jag som invånare göra om jag känner mig orolig?

På krisinformation.se finns mer information och råd om hur du hanterar din egen oro och till dig som möter oroliga barn.

Viktigt med källkritik

Det är också extra viktigt att du är källkritisk till det du hör och själv avstår från att sprida information som du inte säkert vet stämmer. Läs mer om källkritik på krisinformation.se:

På informationsverige.se finns finns information om källkritik på tio olika språk:

Länsstyrelsen stödjer och sammanhåller

Länsstyrelsen är geografiskt områdesansvarig på den regionala nivån och har därför en sammanhållande och stödjande roll inom krisberedskap och civilt försvar i länet.`,
    "https://www.lansstyrelsen.se/vastra-gotaland/om-oss/nyheter-och-press/nyheter---vastra-gotaland/2022-02-24-lansstyrelsen-vastra-gotaland-i-stabslage-med-anledning-av-rysslands-pagaende-invasion-av-ukraina.html (Länsstyrelsen Västra Götaland, nyheter, 2022-02-24)",
  ),
  real(
    "sv",
    "bulletin",
    "Risk för översvämning",
    `Räddningstjänsten och SMHI går ut i förebyggande syfte och påminner om att regnet den senaste tiden kan leda till översvämningar.

Det finns ingen varning för Marks kommun i skrivande stund, men för flera områden runt kommunen. SMHI skriver om det i den här länken.

Räddningstjänsten har skapat en sida med några länkar. Till exempel om hur man som husägare kan förbereda sig och även länkar till krisinformation.se där det finns checklistor som man som invånare kan utgå ifrån. Det materialet finns i den här länken.

Det är alltså i skrivande stund ingen varning för Marks kommun, utan en påminnelse om att vara förberedd.

Publicerad av: Marks kommun`,
    "https://www.mark.se/nyheter/aktuella-arbeten-avbrott-och-storningar/risk-for-oversvamning/ (Marks kommun, aktuella arbeten, avbrott och störningar, 2023-01-13)",
  ),

  // ---------------------------------------------------------------- English: real
  real(
    "en",
    "bulletin",
    "Boil Water Notice Added For Seadown / Still In Place St Andrews, Waitohi",
    `Due to a continuing decline of water quality following this weekend’s rain, a boil water notice has been put in place for customers on the Seadown Rural Water Scheme.
Boil Water Notices are currently in place for the following rural water schemes
- Seadown
- St Andrews
- Waitohi
People should boil water for at least a minute for all personal uses, including drinking, cooking and toothbrushing.
Residents throughout the district are continuing to be asked to conserve water where they can as, due to the continuing bad quality of water at the intakes, we are still running on stored supply.
We apologise for the inconvenience and thank everyone for their support.`,
    "https://scoop.co.nz/stories/AK2307/S00444/boil-water-notice-added-for-seadown-still-in-place-st-andrews-waitohi.htm (Timaru District Council press release on Scoop, July 2023)",
  ),
  real(
    "en",
    "faq",
    "Boil Water Notice Information",
    `A range of hazards and emergencies may contaminate your water supply and make it unsafe to drink or use. When this occurs, a boil water notice will be issued. This is a directive to boil all water before consuming it. Residents and users need to boil their water for at least one minute for:

- Drinking water
- Food preparation
- Ice
- Utensil washing
- Washing teeth
- Feeding pets

How to boil water

Electric jugs with a cut-off switch can be used as long as they are full – allow the water to come to a boil and wait for it to switch off. Do not hold the switch down to increase the boiling time.

Water can also be placed in a clean metal pan and brought to a rolling boil for one minute.

Boiled water should be covered and allowed to cool in the same container. The taste will improve if allowed to stand.

Boil Water Notice

Council staff will provide regular updates when available, but should you have any questions please contact us at 07 873 4000`,
    "https://www.otodc.govt.nz/services/water-sewer-and-stormwater/boil-water-notice-information/ (Otorohanga District Council, water services, undated)",
  ),
  real(
    "en",
    "bulletin",
    "UPDATED: Water Main Break in the Area of New York Avenue",
    `UPDATE: The main has been repaired and full service restored to the affected area.

Residents in the neighborhood of New York Avenue may be experiencing water service disruption or discoloration due to a main break near the intersection of New York Avenue and Buccleuch Place.

Repairs are underway and will continue throughout the morning, followed by hydrant flushing in the affected area.

Water discoloration is caused by the dislodging of iron deposits in water mains.

Water remains safe for use, but residents are advised to avoid using hot water or doing laundry until discoloration disappears, as iron deposits can sometimes build up in hot water heaters and possibly stain laundry.`,
    "https://www.cityofnewbrunswick.org/news_detail_T10_R187.php (City of New Brunswick, NJ, news, undated)",
  ),
  real(
    "en",
    "bulletin",
    "Temporary visitor restrictions",
    `Temporary visitor restrictions are in place due to an outbreak of norovirus. Although this is currently only affecting a few wards, restrictions have been put in place to contain the virus.

Anyone who attends hospital for treatment but is suffering from diarrhoea or vomiting, or has been in contact with someone with symptoms, should tell staff about it immediately on arrival so they can be treated separately, as this virus is highly infectious.

Despite the restrictions, essential visiting is permitted on agreement with our nursing teams. Anyone planning to visit is asked to call the relevant ward or department before attending.

Any visitor who has suffered from diarrhoea or vomiting should not visit until at least 72 hours after their last episode of sickness.

Posted on Tuesday 9 December 2014`,
    "https://www.uhs.nhs.uk/AboutTheTrust/Newsandpublications/Latestnews/2014/Temporaryvisitorrestrictions.aspx (University Hospital Southampton NHS Foundation Trust, latest news, 9 December 2014)",
  ),
  real(
    "en",
    "bulletin",
    "Amber heat health alert in place",
    `Please be advised that an Amber Heat-Health Alert is in place in our area until 10 September. Please look out for yourselves and check up on friends, family and neighbours who may be less able to look after themselves.

Please follow this advice to keep cool and comfortable and reduce health risks:

• Stay cool indoors by closing curtains on rooms that face the sun - and remember that it may be cooler outdoors than indoors
• Shut windows when it is hotter outside. If it's safe, open them for ventilation when it is cooler.
• Avoid the heat: stay out of the sun and don't go out between 11am and 3pm (the hottest part of the day) if you're vulnerable to the effects of heat.
• Keep rooms cool by using shades or reflective material outside the windows. If this isn't possible, use light-coloured curtains and keep them closed (metallic blinds and dark curtains can make the room hotter).
• Have cool baths or showers, and splash yourself with cool water.
• Drink plenty of fluids, especially cold drinks, regularly. Avoid tea, coffee and alcohol.
• Stay tuned to the weather forecast on the radio or TV, or on the Met Office website.
• Plan ahead to make sure you have enough supplies, such as food, water and any medications you need.
• Avoid physical exertion in the hottest parts of the day.
• Walk in the shade, apply sunscreen and wear loose cool clothing and a wide-brimmed hat if you have to go out

If someone feels unwell, find them somewhere cool to rest. Give them plenty of fluids to drink. Seek medical help if symptoms such as breathlessness, chest pain, confusion, weakness, dizziness or cramps get worse or don't go away.

You can find more information and advice through the NHS to cope in hot weather.`,
    "https://www.chichester.gov.uk/article/38045/Amber-heat-health-alert-in-place (Chichester District Council, news, undated; alert in place until 10 September)",
  ),
  real(
    "en",
    "sms",
    undefined,
    `Important public announcement in Sandviken, municipality of Sandviken, Gävleborgs län.

There is a heavy fire in a terraced house in Hantverkarbacken. The rescue leader urges everyone in the areas Hantverkarbacken, Örta and Jernvallen to go indoors and close doors, windows and ventilation if you feel uncomfortable by the smell of smoke.

For more information listen to Sveriges Radio P4 Gävleborg.`,
    "https://www.krisinformation.se/en/news/2024/september/important-public-announcement-in-sandviken-municipality-of-sandviken-gavleborgs-lan (Krisinformation.se in English, Important Public Announcement via Sveriges Radio, September 2024)",
  ),
  real(
    "en",
    "social",
    undefined,
    `⚠ ROAD CLOSED ⚠
King Edward VII Avenue in Windsor is currently closed in both directions due to a serious road traffic collision.
It is likely to remain closed for some time.
Please avoid the area and find alternative routes.`,
    "https://www.windsorexpress.co.uk/news/windsor/174199/windsor-road-closed-after-serious-collision.html (tweet by Thames Valley Police Windsor, @TVP_Windsor, 14 January 2022, quoted verbatim by the Windsor Express)",
  ),
];

export const BAD_BLIND30: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish: flawed
  bad(
    "sv",
    "bulletin",
    "speculation about the cause",
    FACTUAL,
    KRIS,
    "Koka dricksvattnet i Österbyn och Kvarnåsen",
    `Publicerad torsdag 14 augusti 2025 kl. 16.20

Vid en rutinprovtagning i Österbyns vattentorn har vi hittat E. coli-bakterier. Alla hushåll och verksamheter i Österbyn och Kvarnåsen som är anslutna till det kommunala vattnet ska därför koka vatten som används till dryck och matlagning tills vidare.

Bakterierna har med stor sannolikhet kommit in via de nya ledningarna i bostadsområdet vid Kvarnåsen, som kopplades in i juni. Det kan också vara så att fåglar har tagit sig in genom en lucka i tornet. Vi utgår från att det är någon av dessa orsaker och åtgärdar båda.

Så gör du
• Koka upp vattnet tills det bubblar kraftigt och låt det svalna.
• Använd kokt vatten till dryck, matlagning, tandborstning och till att skölja frukt och grönsaker.
• Okokt vatten går bra att duscha i, diska i maskin med och spola toaletten med.

Nya prover tas i morgon fredag och svaren väntas tidigast på måndag. Vi uppdaterar här när svaren har kommit.

Frågor: Kontaktcenter 0250-260 00, vardagar 8–16.
Lindåsa kommun, Vatten och avlopp`,
  ),
  bad(
    "sv",
    "sms",
    "SMS far too long for the channel",
    ADAPTED,
    MSB,
    undefined,
    `Lindåsa kommun informerar: På grund av ett ledningsbrott på huvudledningen under Sågverksgatan natten till tisdag har vattnet stängts av för fastigheterna på Sågverksgatan 1–45, Älvvägen, Brovaktarvägen, Kvarnstigen och del av Industrivägen (nr 2–18). Reparationen är komplicerad eftersom ledningen ligger djupt och under en av kommunens dagvattenledningar, vilket gör att arbetet måste ske i etapper i samråd med vår entreprenör. Vi räknar med att vattnet är tillbaka tidigast kl. 18.00 i kväll. Nödvatten finns i tank vid Brovaktarvägens vändplan och på Älvskolans parkering. Ta med egna rena dunkar. När vattnet kommer tillbaka kan det vara missfärgat och innehålla luft – spola kallvatten tills det är klart och vänta med tvätt. Har du frågor, ring Kontaktcenter 0250-260 00 eller läs mer på lindasa.se/driftinfo. Vi ber om ursäkt för besväret.`,
  ),
  bad(
    "sv",
    "bulletin",
    "no protective action for residents",
    ACTIVE,
    CERC,
    "Orange varning för mycket hårda vindbyar",
    `Publicerad fredag 24 oktober 2025 kl. 11.05

SMHI har utfärdat en orange varning för mycket hårda vindbyar längs kusten i Sörby kommun. Varningen gäller från i kväll klockan 18 till lördag klockan 12. I byarna väntas vinden nå 28–32 meter per sekund.

Vinden kan leda till att träd faller över vägar och elledningar, att el- och teleförsörjningen störs och att färjetrafiken till Storön ställs in. Även kollektivtrafiken kan påverkas.

Kommunens krisledningsgrupp har haft möte i förmiddags. Hemtjänsten har planerat om kvällens och nattens besök, räddningstjänsten har förstärkt bemanningen och tekniska förvaltningen har personal i beredskap för att röja vägar under natten. Reservkraften på våra särskilda boenden är kontrollerad.

Vi publicerar en ny lägesbild här i kväll klockan 20.00 och på lördag morgon klockan 08.00. Aktuella varningar finns på smhi.se.

Sörby kommun, kommunikationsenheten`,
  ),
  bad(
    "sv",
    "social",
    "vague instruction (take necessary precautions)",
    ACTIVE,
    CERC,
    undefined,
    `Brand i återvinningsanläggningen på Hagalunds industriområde. Branden ger kraftig rökutveckling och röken driver just nu mot Söder och Lunden. Boende i området uppmanas att vidta nödvändiga försiktighetsåtgärder med anledning av röken. Vi är på plats med flera enheter och arbetar för att begränsa branden. Nästa uppdatering kl. 15.00.
/Räddningstjänsten Mittbygd, tisdag kl. 13.40`,
  ),
  bad(
    "sv",
    "bulletin",
    "contradictory place and opening hours",
    FACTUAL,
    MSB,
    "Strömavbrott i Västra Hamra – värmestuga öppnas",
    `Uppdaterad onsdag 10 december 2025 kl. 09.30

Sedan i natt är omkring 1 800 hushåll i Västra Hamra, Björkås och Näset utan ström efter att snötyngda träd fallit över elledningar. Elnätsbolaget räknar med att de flesta får tillbaka strömmen under eftermiddagen, men för en del kan avbrottet bli längre.

Kommunen öppnar en värmestuga i Folkets hus, Storgatan 12, i Västra Hamra. Där kan du värma dig, ladda mobilen, hämta dricksvatten och få information. Värmestugan är öppen i dag klockan 10–20.

Tänk på det här
• Håll dörrar och fönster stängda och samla familjen i ett rum.
• Använd aldrig grill eller gasolkök inomhus.
• Hör efter hur äldre grannar har det.

Hemtjänsten har kontakt med alla brukare i området. Har du trygghetslarm och är orolig, ring hemtjänsten på 0570-812 40.

Värmestugan i Folkets hus på Kyrkgatan 4 håller öppet dygnet runt så länge avbrottet pågår.

Läs mer på hamra.se/driftinfo eller ring kommunens växel 0570-810 00.
Hamra kommun`,
  ),
  bad(
    "sv",
    "sms",
    "no sender",
    OPEN,
    MSB,
    undefined,
    `Akut vattenläcka: vattnet är avstängt på Ekvägen, Tallvägen och Granstigen från kl 10.15. Beräknas åter ca kl 15. Nödvatten finns vid Ekvägens vändplan. Spola kallvatten när vattnet kommer tillbaka.`,
  ),
  bad(
    "sv",
    "bulletin",
    "no date or time of publication",
    FAST,
    CERC,
    "Eldningsförbud införs i hela kommunen",
    `Räddningstjänsten Östra Bergslagen inför eldningsförbud i hela Norrfors kommun från och med i morgon klockan 08.00. Förbudet gäller tills vidare.

Det har varit torrt under lång tid och brandrisken i skog och mark är mycket stor. En brand kan sprida sig snabbt och bli svår att släcka.

Det här gäller under eldningsförbudet
• Det är förbjudet att elda i skog och mark, till exempel lägereldar och rishögar.
• Det är förbjudet att grilla med kol eller engångsgrill i naturen, även på iordningställda grillplatser.
• Du får grilla på egen tomt om det kan ske utan risk för brandspridning, och du får använda gasol- och spritkök.

Den som bryter mot förbudet kan dömas till böter.

Ser du rök eller brand i skog och mark – ring 112.

Frågor om förbudet: Räddningstjänsten Östra Bergslagen, 0591-830 00, vardagar 8–16. Aktuell brandrisk finns i appen Brandrisk Ute.`,
  ),
  bad(
    "sv",
    "bulletin",
    "jargon and officialese",
    ADAPTED,
    KLAR,
    "Kokningsrekommendation inom tryckzon Norr",
    `2025-09-03 kl. 14.10

Vid provtagning i distributionsanläggningen har otjänligt resultat erhållits avseende E. coli (analys enligt SS-EN ISO 9308-1) i provpunkt R7. VA-huvudmannen har därför, efter samråd med kontrollmyndigheten (miljö- och hälsoskyddsnämnden) och i enlighet med Livsmedelsverkets vägledning till LIVSFS 2022:12, beslutat om kokningsrekommendation för samtliga förbindelsepunkter inom tryckzon Norr (DMA 3 och DMA 4) samt fastigheter anslutna till tryckstegringsstation TS12.

Vatten avsett för dryck och livsmedelsberedning ska uppvärmas till kokpunkt före användning.

Åtgärder i form av spolning och klorering av berörda ledningssträckor samt förnyad provtagning (utvidgad undersökning) har initierats. Kokningsrekommendationen kvarstår till dess att två på varandra följande provomgångar uppvisar tjänligt resultat.

Abonnenter med känslig verksamhet (livsmedelsanläggningar, vård- och omsorgsboenden) ombeds beakta egenkontrollprogrammets rutiner för avvikelsehantering.

Frågor besvaras av VA-enhetens kundtjänst, 0511-380 00.
Tornvik Vatten AB`,
  ),
  bad(
    "sv",
    "bulletin",
    "blaming residents",
    IMPARTIAL,
    RF,
    "Vattnet räcker inte – nu måste alla i Solbacka spara",
    `Publicerad måndag 7 juli 2025 kl. 08.15

Vattennivån i högreservoaren i Solbacka har sjunkit kraftigt under helgen och i natt var trycket så lågt att flera hushåll på höjderna blev utan vatten.

Orsaken är enkel: trots bevattningsförbudet som gäller sedan 20 juni har många villaägare i Solbacka fortsatt att vattna gräsmattor och fylla pooler. Det är oansvarigt och drabbar nu grannar, förskolan och äldreboendet på Lindvägen. Vi kommer att följa upp var förbrukningen är som högst.

Det här gäller
• Bevattning med slang eller spridare är förbjuden.
• Fyll inte pooler eller badtunnor.
• Spara på vattnet i hushållet – duscha kort och kör bara fulla maskiner.

Om du helt saknar vatten finns en nödvattentank vid Solbackahallen.

Frågor: Kundtjänst VA, 0413-620 00. Aktuell information på bjarsjo.se/vatten.
Bjärsjö kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "blaming a group (parents) for an outbreak",
    IMPARTIAL,
    RF,
    "Magsjuka på Hagaskolan",
    `Torsdag 6 februari 2025

Sedan i måndags har ett stort antal elever och flera i personalen på Hagaskolan insjuknat i magsjuka, troligen vinterkräksjuka. I dag var 94 elever frånvarande.

Smittan hade inte spridits så här om inte en del föräldrar hade fortsatt att skicka barn till skolan trots att de kräkts kvällen innan. Vi vet att det förekommer, och det är det som har gjort att utbrottet blivit så stort.

Skolan är öppen som vanligt. Vi har utökat städningen av toaletter, dörrhandtag och matsal.

• Låt ditt barn vara hemma tills det har varit helt symtomfritt i 48 timmar.
• Var noga med handtvätt med tvål och vatten – handsprit räcker inte mot vinterkräksjuka.
• Ring 1177 om ditt barn inte kan behålla vätska.

Har du frågor, kontakta skolsköterskan Maria Lind, 0523-613 45, eller rektor via Vklass.
Hagaskolan, Tornviks kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "favouring a company",
    IMPARTIAL,
    RF,
    "Vattenavstängning i Lövnäs – fyll på vatten i förväg",
    `Publicerad tisdag 18 november 2025

På torsdag 20 november klockan 08–16 stänger vi av vattnet i hela Lövnäs för att byta en ventil på huvudledningen. Berörda fastigheter har fått information via sms.

Tappa upp vatten i förväg till dryck, matlagning och toalettspolning. Vi rekommenderar att du köper rena vattendunkar hos Granngården i Lövnäs centrum, som i samband med avstängningen har 25 procent rabatt på 10-litersdunkar för kommunens invånare. Visa legitimation i kassan.

En nödvattentank ställs ut vid Lövnäs bygdegård under avstängningen.

När vattnet kommer tillbaka kan det vara missfärgat. Spola kallvatten tills det blir klart och vänta med tvätt.

Frågor: Kontaktcenter, 0651-180 00.
Vattenenheten, Östra Hälsinge kommun`,
  ),
  bad(
    "sv",
    "social",
    "alarmist wording out of proportion to a yellow warning",
    FACTUAL,
    CERC,
    undefined,
    `⚠️ STORMEN KOMMER I NATT ⚠️ SMHI har gått ut med gul varning för hårda vindbyar och det här kan bli riktigt farligt. Räkna med att träd faller överallt, att vägarna blir livsfarliga och att strömmen kan försvinna i flera dygn. Ingen ska vara ute i natt! Säkra studsmattor och utemöbler redan nu och ladda mobilen. Varningen gäller från kl. 22 i kväll till kl. 10 i morgon. Mer info: smhi.se /Ljungsta kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "downplaying the risk",
    FACTUAL,
    CERC,
    "Ammoniakläcka i Sävbyhallen",
    `Lördag 8 februari 2025 kl. 19.40

Vid 18-tiden i kväll uppstod en läcka i kylsystemet i Sävbyhallen och ammoniak har läckt ut. Hallen är utrymd och räddningstjänsten är på plats. Området runt hallen, inklusive parkeringen och gång- och cykelvägen mot Sävby centrum, är avspärrat i en radie av cirka 300 meter.

Det finns ingen risk för allmänheten. Ammoniak luktar starkt och kan kännas obehagligt, men det är inte farligt i de här mängderna. Boende i närheten behöver inte vidta några åtgärder.

Kvällens matcher och allmänhetens åkning är inställda. Sävbyhallen håller stängt även i morgon söndag.

Nästa uppdatering publiceras här senast kl. 22.00.
Räddningstjänsten Sävby och Sävby kommun`,
  ),
  bad(
    "sv",
    "correction",
    "correction that leads with and repeats the myth",
    FACTUAL,
    DEBUNK,
    "Rykten om förgiftat vatten i Ekeby",
    `Publicerad tisdag 11 mars 2025 kl. 13.00

Rykte: ”Dricksvattnet i Ekeby är förgiftat med kemikalier från den gamla färgfabriken och kommunen mörkar.” Sedan i helgen har det spridits inlägg om att färgfabriken läcker lösningsmedel och tungmetaller ner i vattentäkten, att flera barn ska ha blivit sjuka och att kommunen vet om det men håller tyst. Inläggen har delats tusentals gånger och många har hört av sig till oss oroliga för att vattnet är förgiftat.

Vi vill därför förtydliga: vattentäkten i Ekeby ligger inte i närheten av fabriksområdet, och de prover som tas varje vecka visar inga avvikelser. Smittskyddsläkaren har inte fått några rapporter om sjukdomsfall kopplade till vattnet.

Dricksvattnet i Ekeby kan användas som vanligt.

Provresultaten finns på ekeby.se/vattenkvalitet. Frågor: Kundtjänst VA, 0155-240 00.
Ekeby kommun, Vatten och avlopp`,
  ),
  bad(
    "sv",
    "social",
    "rumour passed on as fact",
    FACTUAL,
    KRIS,
    undefined,
    `Uppdatering om it-angreppet kl. 11.00: Kommunens e-tjänster, skolplattformen och växeln ligger fortfarande nere. Enligt uppgifter som sprids på nätet ligger en rysk hackergrupp bakom angreppet, och uppgifter om elever och vårdnadshavare har redan lagts ut. Vi arbetar tillsammans med polisen. Akuta ärenden till socialtjänsten: ring 0470-414 00. Ny uppdatering kl. 16. /Värnö kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "no route to more information or contact",
    ACTIVE,
    MSB,
    "Driftstörning i kommunens it-system",
    `Publicerad måndag 3 november 2025 kl. 09.10

Sedan klockan 07 i morse har kommunen en omfattande störning i it-systemen. Kommunens webbplats, e-tjänster och skolplattformen fungerar inte, och det går inte att ringa in till kommunens växel.

Verksamheterna arbetar enligt sina reservrutiner. Hemtjänsten, äldreboendena och skolorna är öppna som vanligt. Felsökning pågår tillsammans med vår it-leverantör och det finns i nuläget ingen prognos för när systemen fungerar igen.

Vänta gärna med ärenden som inte är brådskande tills störningen är åtgärdad. Vid fara för liv eller hälsa, ring 112.

Holmsjö kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "vague promise of the next update",
    FAST,
    CERC,
    "Utrymning av bostäder på Ängsvägen efter sättningar",
    `Onsdag 22 oktober 2025 kl. 21.30

I eftermiddag upptäcktes sprickor och sättningar i marken bakom flerbostadshusen på Ängsvägen 2–8. Räddningstjänsten har av säkerhetsskäl beslutat att utrymma husen. Totalt berörs 46 hushåll.

De boende som inte kan ordna boende själva erbjuds övernattning på Stadshotellet. Kommunens krisstödsgrupp finns på plats i Ängsskolans matsal, dit du kan vända dig om du behöver hjälp. Gå inte in i avspärrningen.

Geotekniker ska undersöka marken. Vi vet ännu inte hur länge de boende behöver vara evakuerade. Vi återkommer med mer information längre fram.

Frågor: kommunens upplysningsnummer 0322-61 70 00.
Alingsby kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "stale message republished unchanged",
    FAST,
    CERC,
    "Eldningsförbud i hela kommunen",
    `Publicerad 12 juni 2025. Uppdaterad 29 september 2025.

Just nu är det mycket torrt i skog och mark och brandrisken är stor inför midsommarhelgen. Räddningstjänsten har därför beslutat om eldningsförbud i hela Vikbo kommun från och med fredag 13 juni. Förbudet gäller tills vidare.

• Det är inte tillåtet att elda eller grilla i skog och mark.
• Du får grilla på egen tomt om det kan ske utan risk för brandspridning.
• Gasolkök och spritkök är tillåtna.

Var extra försiktig med fimpar och heta arbeten. Ser du brand – ring 112.

Frågor: Räddningstjänsten Vikbo, 0380-51 90 00. Aktuell brandrisk finns i appen Brandrisk Ute.`,
  ),
  bad(
    "sv",
    "bulletin",
    "self-praise in a crisis message",
    FACTUAL,
    RF,
    "Strömmen tillbaka i hela kommunen",
    `Publicerad söndag 9 november 2025 kl. 17.45

Nu har alla hushåll i Norrtorp och Skogsby fått tillbaka strömmen efter stormen. Tack vare kommunens snabba, kraftfulla och väl inövade krisorganisation kunde konsekvenserna för invånarna hållas på ett minimum. Vi vill lyfta fram det fantastiska arbete som våra medarbetare har gjort – Norrtorps kommun har återigen visat att vi är en av länets bäst rustade kommuner när krisen kommer.

Värmestugan i Skogsby bygdegård stänger i kväll kl. 20.

Har du frysvaror som tinat? Mat som har varit tinad längre än ett dygn bör kastas. Nedfallna träd över elledningar anmäls till elnätsbolaget, 020-82 00 00. Gå aldrig fram till en ledning som ligger på marken.

Kommunens växel 0294-140 00.
Norrtorps kommun`,
  ),
  bad(
    "sv",
    "sms",
    "agency jargon and abbreviations in an SMS",
    ADAPTED,
    KLAR,
    undefined,
    `Tornvik Vatten: Undertryck i nätet efter haveri TS12. Kokrek gäller DMA 3/4 tv. Okokt vatten ej för dryck/livsmedelsberedn. Nödvatten v. ÅVC. Info tornvik.se/driftinfo`,
  ),
  bad(
    "sv",
    "bulletin",
    "false certainty hiding what is still unknown",
    OPEN,
    CERC,
    "Kommunen utsatt för it-angrepp – inga personuppgifter har läckt",
    `Publicerad tisdag 14 oktober 2025 kl. 10.30

Tidigt i morse upptäckte vi att obehöriga tagit sig in i en av kommunens servrar. Vi stängde omedelbart ner de berörda systemen och har polisanmält händelsen. Angreppet har också anmälts till Integritetsskyddsmyndigheten och CERT-SE.

Vi kan redan nu konstatera att inga personuppgifter om invånare har kommit ut. Det finns alltså ingen anledning för dig som invånare att vara orolig eller att göra något.

Under dagen fungerar inte e-tjänsterna och e-post till kommunen kan bli fördröjd. Telefonin fungerar som vanligt via kommunens växel 0480-45 00 00. Vi uppdaterar här kl. 15.00.

Kalmsjö kommun`,
  ),
  bad(
    "sv",
    "correction",
    "correction published a week late",
    FAST,
    CERC,
    "Rättelse: kokningsrekommendationen gäller även Nolby",
    `Publicerad torsdag 16 oktober 2025

Den 9 oktober gick vi ut med en kokningsrekommendation för Sörby och Bäckebo efter en vattenläcka. I informationen saknades Nolby, som också får sitt vatten från samma ledning. Även hushåll i Nolby ska alltså koka vatten som används till dryck och matlagning.

Kokningsrekommendationen gäller tills vidare. Nya provsvar väntas måndag 20 oktober.

• Koka upp vattnet tills det bubblar kraftigt.
• Använd kokt vatten till dryck, matlagning och tandborstning.
• Okokt vatten kan användas till dusch, disk i maskin och tvätt.

Har du druckit okokt vatten och fått magbesvär, kontakta 1177.

Frågor: Kundtjänst VA, 0454-30 30 00.
Ronnevik kommun`,
  ),
  bad(
    "sv",
    "faq",
    "legalese that the evacuated residents cannot use",
    ADAPTED,
    KLAR,
    "Frågor och svar om utrymningen i Kvarnbacka",
    `Varför har utrymning beslutats?
Räddningsledaren har med stöd av 6 kap. 2 § lagen (2003:778) om skydd mot olyckor beslutat om utrymning av fastigheterna Kvarnbacka 1:14–1:32, då det föreligger överhängande fara för liv och hälsa till följd av brandspridningsrisk från pågående skogsbrand.

Vem ansvarar för mitt tillfälliga boende?
Kommunens ansvar enligt 2 kap. 1 § socialtjänstlagen (2001:453) omfattar de enskilda som inte själva kan tillgodose sina behov. I övrigt åvilar det den enskilde att ordna logi, varvid eventuell ersättning regleras mot respektive försäkringsgivare.

När får jag återvända?
Beslut om upphävande av utrymning fattas av räddningsledaren när förutsättningarna enligt ovan inte längre föreligger. Information om sådant beslut lämnas via kommunens ordinarie kanaler.

Får jag hämta ut egendom?
Tillträde till avspärrat område medges inte under pågående räddningsinsats.

Uppdaterad lördag 2 augusti 2025 kl. 12.00. Upplysningar: kommunens upplysningscentral, 0247-800 00.
Lekvikens kommun`,
  ),
  bad(
    "sv",
    "social",
    "internal crisis-organisation acronyms",
    ADAPTED,
    KLAR,
    undefined,
    `Lägesinformation kl. 14.00: Med anledning av skogsbranden vid Djupmyran har TiB aktiverat kommunens RCB och POSOM är larmad. Räddningstjänsten har begärt stöd från MSB (skogsbrandsdepå) och ytterligare SRV-resurser. VMA har ej utfärdats. Boende på Djupmyrvägen hänvisas till UC i Djupmyra skola. Nästa lägesinfo kl. 18.00. /Bergsnäs kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "tone and channel not adapted to elderly readers",
    ADAPTED,
    MSB,
    "Heatwave-alert: så chillar du i värmen 😎",
    `Publicerad tisdag 1 juli 2025

SMHI har gått ut med en varning för höga temperaturer – upp mot 30+ grader hela veckan! 🔥 Vi vill att alla seniors i kommunen ska ha en nice sommar, så här kommer våra bästa life hacks:

💧 Stay hydrated – ha alltid en vattenflaska nära
🏠 Håll hemmet svalt: dra ner persiennerna och kör fläkten
🧢 Keep it cool utomhus – keps och solkräm är a must
📲 Kolla in fler tips i vår story på Insta och scanna QR-koden i Seniorguiden

Känner du dig yr, illamående eller förvirrad? Ring 1177. Vid akut fara – 112.

Frågor om hemtjänst: 0586-610 00.
Seniorteamet, Karlsviks kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "speculation about the source of an outbreak",
    FACTUAL,
    KRIS,
    "Misstänkt matförgiftning på Solängsskolan",
    `Fredag 26 september 2025 kl. 15.20

Under torsdagskvällen och natten till fredag insjuknade ett 40-tal elever och några i personalen på Solängsskolan med kräkningar och diarré. Alla som insjuknade åt lunch i skolans matsal på torsdagen.

Allt talar för att det var kycklinggrytan som var orsaken. Kycklingen kommer från samma leverantör som tidigare har haft problem med salmonella, så vi misstänker starkt att smittan kommer därifrån.

Miljöförvaltningen har tagit prover på maten och smittskyddsläkaren är informerad. Svar på proverna väntas tidigast på onsdag.

• Håll ditt barn hemma tills det har varit symtomfritt i 48 timmar.
• Se till att barnet dricker ofta och lite i taget.
• Kontakta 1177 om barnet blir mycket trött, inte kissar eller har blod i avföringen.

Skolmaten serveras som vanligt på måndag, men utan kyckling.

Frågor: rektor Anders Holm, 0345-180 22.
Solängsskolan, Hylteby kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "contradictory reopening times",
    FACTUAL,
    MSB,
    "Väg 612 vid Bäckfall avstängd på grund av översvämning",
    `Publicerad måndag 3 mars 2025 kl. 13.45

Efter helgens kraftiga regn och snösmältning har Kvarnån svämmat över och väg 612 vid Bäckfall står under vatten. Vägen är avstängd mellan Bäckfall och Ryd. Trafiken leds om via väg 614 och Kättorp, vilket förlänger resan med cirka 15 minuter.

Trafikverket räknar med att vägen kan öppnas igen i kväll klockan 18.

Skolskjutsen till Bäckfalls skola kör den omledda vägen och kan bli upp till 20 minuter försenad i eftermiddag och i morgon bitti.

Kör aldrig genom översvämmade vägpartier – det är svårt att bedöma djupet och vattnet kan ha skadat vägbanan.

Enligt Trafikverket bedöms vägen vara avstängd åtminstone till onsdag förmiddag.

Aktuell trafikinformation: trafikverket.se eller 0771-921 921.
Emådalens kommun`,
  ),
  bad(
    "sv",
    "social",
    "school closure without telling parents what to do",
    ACTIVE,
    CERC,
    undefined,
    `Forsaskolan håller stängt i morgon fredag 14 november på grund av en vattenskada i skolans kök och matsal. Vi beklagar att beskedet kommer så sent. /Forsaskolan, Bergsjö kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "partisan blame in a crisis message",
    IMPARTIAL,
    RF,
    "Vattenläckan på Storgatan – information till berörda",
    `Publicerad tisdag 21 januari 2025 kl. 11.00

I natt uppstod en stor läcka på huvudledningen under Storgatan. Omkring 300 hushåll i centrala Kåsjö är utan vatten och Storgatan är avstängd mellan Torget och Järnvägsgatan.

– Läckan är en direkt följd av att den förra majoriteten under många år prioriterade bort underhållet av ledningsnätet. Det är den notan vi nu får betala, säger kommunstyrelsens ordförande Lena Bergqvist (M).

Reparationen beräknas vara klar i kväll omkring klockan 20. Nödvatten finns i tank på Torget och vid Kåsjö vårdcentral. När vattnet kommer tillbaka kan det vara missfärgat – spola kallvatten tills det är klart.

Frågor: Kontaktcenter 0340-880 00.
Kåsjö kommun`,
  ),
  bad(
    "sv",
    "faq",
    "evasive answers withholding information",
    OPEN,
    CERC,
    "Frågor och svar om oljeutsläppet i Lillån",
    `Vad har hänt?
Måndag 12 maj 2025 upptäcktes olja i Lillån nedströms industriområdet Norrmalm. Räddningstjänsten har lagt ut länsar och saneringsarbete pågår.

Varifrån kommer oljan?
Det är inte något vi kan kommentera i nuläget.

Har kommunen haft kännedom om problem vid anläggningen tidigare?
Kommunen kommenterar inte enskilda tillsynsärenden.

Påverkas dricksvattnet?
Frågan hanteras av berörda förvaltningar.

Kan jag bada eller fiska i Lillån?
Undvik att bada, fiska och låta hundar dricka ur ån mellan Norrmalm och utloppet i Storsjön tills vidare.

Vart vänder jag mig med frågor?
Kontaktcenter, 0611-340 00, vardagar 8–16.

Uppdaterad tisdag 13 maj 2025 kl. 10.00
Storvikens kommun`,
  ),

  // ---------------------------------------------------------------- English: flawed
  bad(
    "en",
    "bulletin",
    "speculation about the cause",
    FACTUAL,
    KRIS,
    "Precautionary Boil Water Notice – Kelso Rural Scheme",
    `Issued Tuesday 4 March 2025, 3.10pm

A precautionary boil water notice is now in place for all properties connected to the Kelso Rural Water Scheme after routine testing detected E. coli at the Kelso reservoir.

The contamination is most likely the result of runoff from neighbouring dairy farms after last week's heavy rain, or possibly a possum getting into the reservoir. We expect the cause to be confirmed shortly.

Until further notice, please boil all water used for drinking, preparing food, making ice and brushing teeth. Bring water to a rolling boil for one minute and let it cool. If you cannot boil water, use bottled water.

Further samples are being taken today and results are expected on Thursday. We will update this notice by 5pm Thursday.

Questions: call Council on 03 439 8000, 24 hours.
Waikaro District Council`,
  ),
  bad(
    "en",
    "bulletin",
    "English text full of untranslated Swedish agency terms",
    ADAPTED,
    PLAIN,
    "Information in English: Kokningsrekommendation in Ljungsbro",
    `Published 9 September 2025

Ljungby-Vik kommun has issued a kokningsrekommendation for all households in Ljungsbro and Öby connected to the kommunalt VA-nät. The decision was taken by VA-huvudmannen after consultation with miljö- och hälsoskyddsnämnden, since samples showed otjänligt vatten.

You should koka the water before using it for dricksvatten and matlagning. The kokningsrekommendation applies tills vidare. Nödvatten can be collected at Öby ÅVC and at Ljungsbro bibliotek.

If you have questions, contact Kontaktcenter on 013-20 60 00 or read more on our webbplats under Driftinformation. In case of illness call 1177 Vårdguiden.

VA-enheten, Ljungby-Vik kommun`,
  ),
  bad(
    "en",
    "sms",
    "vague instruction (take necessary precautions)",
    ACTIVE,
    CERC,
    undefined,
    `ALERT from Harwick Borough Council: Large fire at Dockside industrial estate, Thursday 2.15pm. Smoke is drifting north over Eastfield and Marsh Lane. Residents should take necessary precautions. Updates: harwick.gov.uk/alerts`,
  ),
  bad(
    "en",
    "social",
    "unconfirmed report passed on as fact",
    FACTUAL,
    KRIS,
    undefined,
    `UPDATE 7.40pm: Emergency services remain at the scene of the gas leak on Mill Road. We understand a second leak has now been found on Station Street, so residents there should also leave their homes. Please keep away from both areas and follow instructions from officers. More updates to follow. – Crossley County Council`,
  ),
  bad(
    "en",
    "faq",
    "false certainty hiding what is still unknown",
    OPEN,
    CERC,
    "Cyber incident: questions and answers",
    `Last updated: Wednesday 15 October 2025, 11am

What has happened?
On Monday evening we detected unauthorised access to part of our IT network. We shut down the affected systems straight away and reported the incident to the police and the Information Commissioner's Office.

Has my personal data been stolen?
No. No resident data has been accessed or taken. There is no risk to residents.

Do I need to do anything?
No action is needed. You do not need to change passwords or contact your bank.

Which services are affected?
Online payments, the planning portal and the council tax account pages are offline. Bin collections, schools and social care are running as normal.

How can I contact the council?
Our contact centre is open on 01632 960 400, Monday to Friday 8.30am–5pm.

Ashworth District Council`,
  ),
  bad(
    "en",
    "bulletin",
    "no date or time of publication",
    FAST,
    CERC,
    "Boil water notice lifted for Glenbrook",
    `The boil water notice for properties on the Glenbrook supply has now been lifted.

Two consecutive rounds of sampling have come back clear, and the Medical Officer of Health has agreed that the water is safe to drink.

Before using your tap water again, run the cold tap in your kitchen for two minutes. Empty and clean any jugs or containers of stored water, and throw away ice made during the notice. Replace the cartridges in any under-sink filter units.

Thank you for your patience while the notice was in place.

Questions: Glenbrook Water Services, 0800 555 241.
Tamaki Plains District Council`,
  ),
  bad(
    "en",
    "bulletin",
    "blaming residents",
    IMPARTIAL,
    RF,
    "Surface water flooding in Riverside ward",
    `Posted Sunday 19 January 2025, 10am

Heavy rain overnight has caused surface water flooding on several streets in Riverside ward, including Willow Crescent, Abbey Road and the lower end of Park Lane.

Much of this flooding could have been avoided. Our crews have found drains on these streets blocked with garden waste, leaves and rubbish that residents have swept into the gutters instead of disposing of them properly. Residents who keep doing this are putting their neighbours' homes at risk.

Crews are clearing drains this morning. Please do not drive or walk through floodwater, and move valuables upstairs if water is approaching your property. Sandbags are available from the depot on Canal Street until 4pm.

Report flooding on 01632 960 220 (24 hours). In an emergency call 999.
Barnford City Council`,
  ),
  bad(
    "en",
    "correction",
    "correction that leads with and repeats the myth",
    FACTUAL,
    DEBUNK,
    "Rumours about the water supply in Kirkby",
    `Posted Friday 6 June 2025

Myth: “The water in Kirkby has been contaminated with sewage and the council is covering it up.” Over the past two days, posts claiming that sewage has leaked into the Kirkby reservoir, that children have fallen ill and that the council knew and said nothing have been shared widely on social media. Some posts also claim that bottled water is being handed out in secret at the depot.

These claims are not true. Daily sampling at the Kirkby treatment works shows the water meets all drinking water standards, and the health protection team has received no reports of illness linked to the supply.

Kirkby's tap water is safe to drink as normal.

Test results are published at westvale.gov.uk/water. Questions: 01632 960 330.
West Vale Council`,
  ),
  bad(
    "en",
    "bulletin",
    "favouring a company",
    IMPARTIAL,
    RF,
    "Storm warning: be prepared for power cuts",
    `Posted Thursday 23 January 2025, 4pm

The Met Office has issued an amber wind warning for the whole district from 6am to 9pm on Friday. Gusts of 70–80 mph are expected and power cuts are likely, especially in rural areas.

Be prepared:
• Charge phones and power banks tonight and have torches ready.
• Secure bins, trampolines and garden furniture.
• Avoid travelling on Friday unless it is essential.

If you rely on electricity for medical equipment, we recommend hiring a backup generator from our partner PowerSafe Hire, who are offering Moorland residents a 20% discount this week with the code MOOR20.

Report a power cut by calling 105. Check on elderly or vulnerable neighbours if it is safe to do so.

Moorland District Council`,
  ),
  bad(
    "en",
    "bulletin",
    "no protective action for the public",
    ACTIVE,
    CERC,
    "Amber heat-health alert issued",
    `Posted Monday 30 June 2025, 12 noon

The UK Health Security Agency has issued an amber heat-health alert for our area, in place from 9am on Tuesday 1 July until 6pm on Friday 4 July. Daytime temperatures are expected to reach 30–33°C, staying above 20°C overnight in towns.

High temperatures over several days increase the risk of illness, particularly for people over 65, babies and young children, and people with heart or breathing conditions.

The council's emergency planning team met this morning with partners from the NHS and the fire service. Adult social care teams are reviewing their visit schedules, extra checks are planned for people receiving home care, and the fire service is monitoring the risk of grass fires.

We will post a further update on Wednesday morning.

Hollinsford Borough Council`,
  ),
];
