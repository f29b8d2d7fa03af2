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
 * Thirteenth blind set, written 2026-12-04 by a crisis-communication helper who did not read the checklist rules, its
 * lexicons, its SPEC or any earlier flawed item, and never ran the checklist on these items. It read only types.ts,
 * guidance.ts, build.ts, the header of blind12.ts (for the file format) and the README's set list, and grepped the
 * earlier sets for URLs so that no real message repeats. Measured at the start of the seventh round, then tuning
 * material.
 */

const { real, bad } = evalSet("", perLanguage("good13", "bad13"));

export const GOOD_BLIND13: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish
  real(
    "sv",
    "bulletin",
    "Karlslund, begränsad bärighet på Kvarnfallsbron",
    "Vid en broinspektion av Kvarnfallsbron upptäcktes att bron har begränsad bärighet. Bärigheten sänks nu till 3.5 ton fordonsvikt i väntan på beräkning samt kommande underhållsåtgärder på bron. Tung trafik kan inte trafikera bron.",
    "https://www.orebro.se/driftstorningar/lista/2022-09-01-karlslund-begransad-barighet-pa-kvarnfallsbron.html (Örebro kommun, driftstörningar, 1 september 2022, uppdaterad 5 september 2022)",
  ),
  real(
    "sv",
    "bulletin",
    "Besöksförbud återinfört på länets sjukhus",
    "Region Västernorrland inför nu besöksförbud på alla sjukhus för att minska risken för smittspridning. Just nu ökar smittan av covid-19 samtidigt som flera andra sjukdomar som influensa, vinterkräksjuka och förkylningar sprids i länet.\n\n– Vi ser att det är många smittsamma sjukdomar i omlopp för tillfället, inte minst covid-19 där vi ser en tydlig ökning vecka för vecka. Nu vill vi vara ute i tid och begränsa smittan så gott vi kan på våra sjukhus. Det här gör vi för att skydda såväl patienter som medarbetare, säger Anders Lundin, tf områdesdirektör länsverksamhet somatik vid Region Västernorrland.\n\nBesöksförbudet är ett gemensamt beslut taget av områdesdirektörerna och gäller tills vidare. Precis som tidigare är vårdnadshavare undantagna besöksförbudet och får vara med sina barn på sjukhusen. Andra personer som har särskilda skäl för att besöka en närstående ska kontakta personalen för att planera sina besök.\n\nFör att minska risken för smittspridning så mycket som möjligt, tänk på att även komma ensam till ditt besök på hälsocentralen. Om du behöver ledsagare, ta endast med en.",
    "https://www.rvn.se/sv/Om-regionen/Aktuellt-i-Region-Vasternorrland/Nyheter/besoksforbud-aterinfort-pa-lanets-sjukhus/ (Region Västernorrland, 5 januari 2022)",
  ),
  real(
    "sv",
    "bulletin",
    "Besöksrestriktioner införs på våra sjukhus",
    "Med anledning av den ökande smittspridningen av covid-19 i samhället införs nu besöksrestriktioner på våra sjukhus och hälsocentraler.\n\nFör att minska risken för smittspridning bör anhöriga följa dessa restriktioner när de besöker en närstående på något av våra sjukhus eller medföljer till någon av våra hälsocentraler:\n\n• Anhöriga/besökare ska vara symtomfria.\n• Anhöriga/besökare ska hålla god handhygien.\n• Anhöriga/besökare ska bära munskydd under hela besöket.\n• Max två besökare per besökstillfälle – anhöriga/besökare uppmuntras att göra sina besök i samråd med avdelningspersonal.\n• Max en medföljande person till patienter som ska göra mottagningsbesök – patienten bör om möjligt besöka mottagningen ensam.\n\nLokala avvikelser samt undantag för specifika situationer kan förekomma. Dessa beslut om undantag fattas på avdelnings-/chefsnivå och vid behov i samråd med vårdhygien.",
    "https://www.regiongavleborg.se/samverkanswebben/aktuellt/besoksrestriktioner-infors-pa-vara-sjukhus/ (Region Gävleborg, samverkanswebben; covid-19-perioden, sidan odaterad)",
  ),
  real(
    "sv",
    "social",
    "Skärpta rekommendationer för besök på sjukhuset",
    "Med anledning av risken för samhällsspridning av coronavirus/covid-19 ber vi anhöriga och närstående till inneliggande patienter att undvika besök på sjukhuset. Hos oss har vi många patienter som är särskilt känsliga för smitta. Därför ber vi dig som anhörig eller närstående till en inneliggande patient att undvika besök hos oss och inte vistas på sjukhuset om du känner symptom i luftvägarna. På detta sätt hjälper du oss att stoppa smitta och att skydda våra patienter.",
    "https://www.vgregion.se/s/kungalvs-sjukhus/aktuellt/besok-pa-vardavdelningarna-undanbedes/ (Kungälvs sjukhus, Västra Götalandsregionen, 12 mars 2020)",
  ),
  real(
    "sv",
    "bulletin",
    "Murgårdsskolans låg- och mellanstadium håller stängt på måndag",
    "Under måndagen kommer ingen ordinarie verksamhet kunna erbjudas och skolan uppmanar föräldrarna att försöka hitta annan omsorg för sina barn. För de barn som behöver kommer fritidsverksamhet erbjudas under hela dagen. Barnen behöver då vara klädda för utomhusaktiviteter.\n\n– Vi kommer göra allt vi kan för att snarast kunna erbjuda våra barn undervisning igen, säger Pernilla Almén, biträdande rektor. Men jag hoppas att de flesta föräldrar har möjlighet att ordna annan omsorg till sina barn under måndagen.",
    "http://www.gd.se/blaljus/murgardsskolans-lag-och-mellanstadium-haller-stangt-pa-mandag-efter-vandalisering-rektorn-jag-hoppas-foraldrarna-kan-ordna-annan-omsorg (Sandvikens kommuns pressmeddelande via Gefle Dagblad, januari 2017)",
  ),
  real(
    "sv",
    "bulletin",
    "Varning för höga flöden",
    "SMHI har utfärdat en gul varning för höga vattenflöden i delar av vårt område. De höga flödena orsakas av snösmältning och regn och förväntas öka de närmsta dagarna.\n\nAlingsås kommun följer vattennivåerna i våra vattendrag genom att kontrollera våra mätpunkter regelbundet. Det gör att vi kan ha god beredskap för om det skulle nå kritiska nivåer. Väderprognosen säger att regnmängderna ska minska jämfört med förra veckan, vilket ger förhoppningar om ett fortsatt stabilt läge. Följ väderläget och håll dig uppdaterad på SMHI:s hemsida.\n\nOm du bor eller har verksamhet nära vatten: Som fastighetsägare är du ansvarig för att skydda dig själv och din egendom från översvämning. Räddningstjänsten kan behöva prioritera liv, hälsa och samhällsviktig verksamhet, så det är inte säkert att du får hjälp om till exempel din källare översvämmas.\n\n• Prata med ditt försäkringsbolag om vilken hjälp du kan räkna med att få från dem.\n• Underlätta för dagvattnet att rinna undan genom att rensa diken, brunnar och avloppsgaller från löv och annat skräp.\n• Håll kontakten med grannarna. Ni kan behöva hjälpa varandra.\n• Placera bilen på en hög plats.\n• Täta källarfönster och ventilationsöppningar.\n\nHjälp oss med en felanmälan: rapportera igensatta dagvattenbrunnar eller andra problem till vårt synpunkts- och felanmälansystem.",
    "https://www.alingsas.se/2023/01/16/varning-for-hoga-floden/ (Alingsås kommun, 16 januari 2023)",
  ),
  real(
    "sv",
    "bulletin",
    "Allmänna råd vid värmebölja",
    "Extrem värme är farlig för alla, men äldre, kroniskt sjuka och personer med funktionsnedsättning är särskilt utsatta. En värmebölja kan innebära kraftig ökning av antalet dödsfall och ohälsa i dessa grupper.\n\nHåll koll på inomhustemperaturen. Risken för ohälsa ökar stort om temperaturen når upp till 26 grader C eller mer under tre dagar i följd.\n\nGe mer att dricka. Öka vätskeintaget, vänta inte på törstkänslan. Undvik stora mängder söta drycker och alkohol. Hjälp personer med funktionsnedsättning att dricka.\n\nFörsök ordna en sval miljö. Utnyttja gardiner, persienner och markiser. Vädra nattetid när det är svalt.\n\nUppmana till minskad fysisk aktivitet, framförallt under dygnets varmaste timmar.\n\nVar extra uppmärksam på hälsotillståndet. Kontakta sjuksköterska om någon visar tecken på att må dåligt av värmen – varningstecken kan vara förhöjd kroppstemperatur, puls och andningsfrekvens, yrsel och onormal trötthet. Muntorrhet och minskade urinmängder kan vara tecken på vätskebrist.",
    "https://www.storfors.se/kommunochpolitik/nyhetsarkivkommunochpolitik/nyheterkommunochpolitik/allmannaradvidvarmebolja.5.ffa0088172a278e4a933309.html (Storfors kommun, nyhetsarkivet, odaterad)",
  ),
  real(
    "sv",
    "social",
    "Detonation, Fornhöjden, Södertälje",
    "Något, okänt vad, har briserat på en uteservering utanför en restaurang i Fornhöjden och rutor har krossats. Patruller är på plats och har spärrat av området och pratar med personer som finns på platsen. Vad som initialt är känt är ingen person skadad.\n\nUppdatering klockan 21:00: Det är fortfarande oklart vad som briserat. Ett område runt platsen är avspärrat och tekniker från Nationella bombskyddet är på väg för att undersöka området. Fortsatt har ingen person påträffats skadad. Ingen är i nuläget gripen. Förundersökning är inledd om framkallande av fara för annan.",
    "http://brottsplatskartan.se/stockholms-lan/detonation-sodertalje-fornhojden-184149 (Polisens händelsenotis, Stockholms län, via Brottsplatskartan; odaterad)",
  ),
  real(
    "sv",
    "bulletin",
    "Varning för blåst ikväll – förankra lösa föremål",
    "SMHI har utfärdat en gul varning för hårda vindar i norra Götaland från torsdagskvällen.\n\n– Det är i de norra delarna av Götaland och närliggande områden i södra Svealand, främst upp mot Örebrotrakten, som vinden kan ställa till det lite mer, säger Sofia Söderberg, meteorolog på SMHI. Det kan bli mycket hårda vindbyar på mellan 21 och 23 meter per sekund. Längs västkusten kan det lokalt bli stormbyar.\n\nDen gula varningen gäller till klockan 9 på fredagsmorgonen. Enligt SMHI finns risk för att vägar blir blockerade av nedfallna träd och att kollektivtrafiken drabbas av förseningar eller inställda avgångar.\n\n– Det kan handla om att förankra och säkra lösa föremål som till exempel en studsmatta eller trädgårdsmöbler, säger Sofia Söderberg.",
    "https://www.vimmerbytidning.se/nyheter/inrikes/vader/artikel/varning-for-blast-ikvall-forankra-losa-foremal/j8em1xyj (SMHI via TT i Vimmerby Tidning, 31 oktober 2024)",
  ),
  real(
    "sv",
    "social",
    "SMHI har utfärdat gul varning – kraftiga vindar",
    "En gul vädervarning har utfärdats av SMHI mellan 14.00 och 18.00 på söndagen. Under söndag eftermiddag passerar en kallfront med skurar och åska österut. Skurarna kan vara intensiva och i samband med det lokalt och kortvarigt kraftiga fallvindar i väst-sydvästvinden. Styrkan i byvinden kan lokalt nå 25 m/s. Prognosen för var fallvindarna blir som kraftigast är osäker och stora lokala variationer kan råda.\n\n• Begränsad framkomlighet på vägar på grund av nedfallna träd.\n• Risk för förseningar inom buss-, tåg-, flyg- och färjetrafiken samt inställda avgångar.\n• Områden med luftburna elledningar kan påverkas och ge störningar i el- och teleförsörjningen.\n• Lösa föremål och tillfälliga konstruktioner riskerar att förflyttas eller skadas.",
    "https://skaraborgsnyheter.se/vader/smhi-har-utfardat-gul-varning-kraftiga-vindar (SMHI:s varningstext via Skaraborgs Nyheter; odaterad)",
  ),
  real(
    "sv",
    "social",
    "Besöksförbudet på sjukhusen upphör",
    "Nu upphör allmänna besöksförbudet vid sjukhus och vårdverksamheter i Region Stockholm. Det som gäller nu är att varje vårdinrättning bestämmer sina egna besöksregler och restriktioner.\n\n– Under sommaren rekommenderar vi att vårdgivare begränsar besöken utifrån verksamhetens förutsättningar, säger Elda Sparrelid, chefläkare i Region Stockholm.",
    "https://www.telgenytt.se/2021/07/05/besoksforbudet-pa-sjukhusen-upphor/ (Region Stockholm via Telge Nytt, 5 juli 2021)",
  ),
  real(
    "sv",
    "bulletin",
    "Efter cyberangreppet – kommunen stänger ner systemen",
    "Kommunen misstänker att obehöriga finns i systemen – och för att kunna mota ut dem stängs systemen tillfälligt ner.\n\n– Vi vidtar alla nödvändiga åtgärder för att trygga och säkra upp vår IT-miljö, säger Gabriella Mueller Prabin, kommundirektör Kumla kommun.\n\n”En aktör har tagit sig in i vår IT-miljö och hotar nu att läcka ut information om inte en lösensumma betalas inom en viss tid”, skrev kommunen i ett pressmeddelande.\n\nFörutom att det inte går att mejla eller använda kommunens e-tjänster kommer Socialförvaltningens fax att ligga nere fram till torsdagsmorgonen. De som behöver komma i kontakt med kommunen kan ringa till servicecenter.",
    "https://svt.se/nyheter/lokalt/orebro/efter-cyberangreppet-kommunen-stanger-ner-systemen (Kumla kommun via SVT Örebro; odaterad)",
  ),
  real(
    "sv",
    "bulletin",
    "Vädervarning för hela Västerbotten i morgon",
    "Enligt varningen drar det in kraftiga västliga vindar över norra Sverige under söndagen, och mot kvällen kan det tillfälligt bli storm med vindar över 25 meter i sekunden i fjällvärlden. Det i kombination med snöfall och snödrev. Vid kusten och i inlandet kan det komma stormbyar på upp till 25 meter i sekunden. Vinden väntas avta tidigt på måndagen. SMHI påpekar att det fortfarande är osäkert om den kraftiga vinden når ända ut till kusten.\n\nKlass 2-varningar för stormbyar kan innebära skador på byggnader och skog samt kringflygande föremål. Det kan också innebära störningar i trafiken samt el- och teleförsörjning. Om prognosen ändras till vindar upp till 30 meter i sekunden uppdateras varningen till en högre varningsklass.",
    "https://norran.se/nyheter/vasterbotten/artikel/vadervarning-for-hela-vasterbotten-i-morgon/j8p1351l (SMHI:s klass 2-varning via Norran; odaterad)",
  ),
  real(
    "sv",
    "bulletin",
    "Efter branden i Norrsätra",
    "De flesta av de drabbade hyresgästerna kunde ganska snabbt flytta tillbaka. Det är ett antal lägenheter i huset som inte är beboeliga, men de hyresgäster som berörs har alla ett annat boende ordnat.\n\nNågra av hyresgästerna i det brandskadade huset på Tallbacksvägen 13 har själva ordnat annat boende tills vidare och ytterligare några andra hyresgäster har Sandvikenhus, i samarbete med deras försäkringsbolag, kunnat erbjuda evakueringslägenheter. Ett par av de aktuella lägenheterna var obebodda då branden bröt ut.\n\nDet pågår besiktning och dokumentation av skadorna på fastigheten. Renovering kommer att krävas och det kommer att ta tid innan huset är helt återställt efter branden.",
    "https://sandvikenhus.se/min-bostad/sandvikenhus-informerar/shab-informerar/2021-11-15-efter-branden-i-norrsatra.html (Sandvikenhus, kommunalt bostadsbolag, 15 november 2021)",
  ),
  real(
    "sv",
    "bulletin",
    "Frågor och svar om kokningsrekommendation",
    "Varför tror ni att det finns bakterier i vattnet? Eftersom en vattenledning gått sönder och mycket vatten läckt ut, så har även avloppssystemet påverkats och svämmat över. Det finns en liten risk att översvämmat avloppsvatten har läckt in i dricksvattensystemet och därför utfärdas en kokningsrekommendation. Vi tar nu vattenprover i området för att kunna utesluta att det finns bakterier i vattnet.\n\nKan man bli sjuk? Ja, om vattnet skulle vara påverkat kan man bli illamående och drabbas av kräkning och diarré. Vi har dock endast misstankar om bakterier och prover tas. Inga indikationer finns på att någon mår dåligt, kokningsrekommendationen är en förebyggande säkerhetsåtgärd.\n\nHur många minuter måste jag koka vattnet? Det räcker att vattnet kokar upp och bubblar. Det behöver inte koka någon längre tid.\n\nHur länge kommer kokningsrekommendationen att vara? Provtagning sker och vi hoppas kunna få ett svar redan under fredagen. Är vattnet rent så upphävs kokningsrekommendationen.\n\nKan jag duscha och bada under tiden? Ja, vattnet kan användas till personlig hygien. Kan jag borsta tänderna i vattnet? Nej, använd om möjligt kokt vatten till tandborstning.",
    "https://www.lbva.se/aktuellt/arkiv/fragorochsvaromkokningsrekommendation.5.45ea2a5514ac3d7edba62049.html (Laholmsbuktens VA, kommunalt bolag; odaterad)",
  ),
  real(
    "sv",
    "bulletin",
    "Hårda vindar orsakar störningar – cirka 1 600 kunder utan ström",
    "Hårda vindar orsakar många driftstörningar i Skellefteå Krafts elnät under natten mot torsdagen. Vid klockan 02.45 natten mot torsdagen var cirka 1 600 av Skellefteå Krafts elnätskunder utan ström. Dessa driftstörningar har orsakats av de hårda vindar som råder i området.\n\nPå grund av prognoserna om de starka vindarna förstärkte Skellefteå Kraft med extra beredskapspersonal inför natten och denna personal har under natten varit ute i fält för att felsöka och åtgärda de uppkomna driftstörningarna. Skellefteå Kraft arbetar givetvis hårt för att de drabbade kunderna ska få tillbaka sin ström så snart som möjligt.\n\nFör aktuell information om antalet drabbade kunder och drabbade områden, se Skellefteå Krafts driftkarta. För mer information kontakta Skellefteå Krafts pressjour: press@skekraft.se, 0910-77 25 92.",
    "https://skekraft.se/om-oss/press/artikel/7576C2ED88C573B1 (Skellefteå Kraft, kommunägt, 21 november 2024)",
  ),
  real(
    "sv",
    "bulletin",
    "Information till vårdnadshavare",
    "Under förmiddagen fick skolan information från kommunens säkerhetsansvarig att en person med ett pistolliknande föremål ska ha rört sig i närområdet. En polishelikopter har cirkulerat över Hässelby. Kl 12.10 har ännu ingen person påträffats och polisen ska enligt uppgift ha trappat ned sitt sökande. Ur säkerhetssynpunkt har vi valt att ha samtliga elever inne på rasten. Eleverna kommer att befinna sig i sitt klassrum för avprickning till kl 12.30. Vi inväntar vidare information och kommer att hålla er informerade via hemsidan och skolplattformen.\n\nOm ni önskar hämta ert barn vill vi att ni kommer personligen och använder skolans huvudentré samt informerar ansvarig mentor/klasslärare om att barnet lämnar skolan.\n\nCarina Norberg, rektor",
    "https://trollbodaskolan.stockholm.se/nyheter/2019/05/27/information-till-vardnadshavare (Trollbodaskolan, Stockholms stad, 27 maj 2019)",
  ),
  real(
    "sv",
    "bulletin",
    "Bevattningsförbud i Trosa och Gnesta",
    "Kommunerna inför bevattningsförbud från och med 23 juli 2018, bevattningsförbudet kommer att gälla tills vidare. Orsaken till bevattningsförbudet är den långvariga värmen som gör att grundvattennivåerna är låga.\n\n– Det verkar inte finnas någon ände på den här torkan, och vi har sett att förbrukningen har ökat något de senaste dagarna, säger Björn Gudmundsson, VA-chef på Gnesta kommun.\n\nVid bevattningsförbud får dricksvatten endast användas till personlig hygien, mat och dryck. Man får även vattna blommor och mindre växter med vattenkanna. Man får inte använda kommunalt dricksvatten till att bevattna gräsmattor, blommor eller liknande med vattenslang. Det är inte heller tillåtet att bevattna tennisplaner, fotbollsplaner eller liknande. Påfyllning eller byte av vatten i pooler omfattas av förbudet.\n\nMärker kommunen att någon bryter mot förbudet har de rätt att stänga av vattnet eller strypa vattentillförseln till den fastigheten.",
    "https://sn.se/nyheter/ovrigt/artikel/bevattningsforbud-i-trosa-och-gnesta/rgw60p0l (Trosa och Gnesta kommun via Södermanlands Nyheter, juli 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Då införs bevattningsförbud",
    "Orsaken till att man åter inför bevattningsförbud är att vattennivåerna sjunker stadigt.\n\n– Det har fallit alldeles för lite regn sedan slutet av april och det lilla som kommit har sugits upp av växtligheten eller avdunstat, säger Ruben Öberg.\n\nBevattningsförbudet införs den 1 juli och gäller alla som har kommunalt vatten. Förbudet gäller tills vidare. Bevattningsförbudet innebär förbud mot att vattna växter, gräsplaner och liknande via spridare och slang. Däremot får du vattna med vanlig vattenkanna. Förbudet gäller också privat biltvätt via slang liksom spolning av tak och fasader via slang. Man får inte heller fylla pooler större än tre kubikmeter med dricksvatten.\n\n– Man bör tänka på att det kan få allvarliga konsekvenser för exempelvis räddningstjänsten om det skulle inträffa en brand och det är brist på vatten, säger Ruben Öberg.",
    "https://www.vt.se/nyheter/vastervik/da-infors-bevattningsforbud-om5349357.aspx (Västerviks kommun via Västerviks-Tidningen; odaterad)",
  ),
  real(
    "sv",
    "bulletin",
    "Angående händelsen på Altorpskolan",
    "Under morgonen fick skolpersonal kännedom om att det riktats ett hot mot en elev på skolan. Polisen informerades och alla dörrar till skolan låstes. Polisen kom till skolan lite innan klockan 10.\n\nSituationen på skolan har varit lugn. Lektioner har hållits enligt schemat. Polisen gjorde runt klockan 12 bedömningen att det inte längre föreligger något hot. Skolans dörrar låstes då upp. Det går nu att röra sig som vanligt i och kring skolan.\n\nVårdnadshavare till de inblandade har kontaktats. Skolan har följt Polisens rekommendationer vad gäller vilken information vi gått ut med till vårdnadshavare och allmänhet. I trygghetsskapande syfte kommer det finnas poliser på plats runt skolan under eftermiddagen.",
    "https://herrljunga.se/barnomsorg-och-utbildning/nyheter-fran-barnomsorg-och-utbildning/nyheter-fran-barnomsorg-och-utbildning/2023-09-20-angaende-handelsen-pa-altorpskolan.html (Herrljunga kommun, 20 september 2023)",
  ),

  // ---------------------------------------------------------------- English
  real(
    "en",
    "social",
    "2020-06-10 Water Main Break",
    "This morning the contractor working on our sewer mains accidentally damaged our 12″ water main on Hasbrouck Ave. It's being repaired, but residents may see brown water because of the pressure change in the water main that caused the break. You'll want to flush your lines to remove any discoloration. This water is not harmful and has not commingled with the sewer pipes. We have not issued a boil-water notice.",
    "https://www.villageofnewpaltz.org/2020-06-10-water-main-break/ (Village of New Paltz, NY, 10 June 2020)",
  ),
  real(
    "en",
    "bulletin",
    "It's closed for a reason",
    'Road closed signs during the floods are there for a reason – your safety. That message from Jon Fraser of the Highways team at Worcestershire County Council.\n\nJon warns road users should not ignore road closed signs during the floods and clean-up operations. Driving past a road closed sign could put you in potential danger. Even as the flood waters subside, the roads may be covered in mud and other debris, or may have been damaged by the flood waters. The closed signs remain in place while the teams assess the road, and make sure it is cleaned and cleared ready for road users. Mud and silt can be particularly dangerous for cyclists and motorcyclists, so it is important not to travel on roads affected until they are cleaned up.\n\nJon says: "Just because a road looks like it could be clear, does not mean it is safe to travel on. Road closed signs can be placed some way from an area of concern, so a road user may not see what the problem is ahead. If you ignore road closed signs, you are putting yourself and others at risk."\n\nDrivers are reminded not to drive through flood water, and not to remove or move road closed signs from affected roads.',
    "https://www.worcestershire.gov.uk/news/article/2034/it_s_closed_for_a_reason (Worcestershire County Council, 6 March 2020)",
  ),
  real(
    "en",
    "bulletin",
    "Council warning motorists to be aware of surface water",
    "Devon County Council is warning motorists to take care when travelling today as the county continues to experience the effects of persistent rain. All main routes remain open this morning – flooding has been reported on B3180 in both directions in Woodbury at the B3179 junction – but there is an increased risk of both surface water and river flooding as well as the potential for fallen trees and landslips.\n\nCllr Stuart Hughes, Devon County Council Cabinet Member for Highways and Transportation, says: \"It is really important that we are all alert to the potential of surface water and residual flooding this morning, particularly in areas where the ground is already saturated and on minor roads where problems may not be brought to our attention straight away. I would advise everyone to be cautious when travelling especially in the dark. In particular, don't drive too fast, and avoid driving through flood water. There are likely to be many potholes underneath surface water which present a hidden danger.\n\n\"It's also important that people make sure they are up to date with the latest flood and weather warning information, which can be found on the Environment Agency's website, and via the Met Office. It's also a good idea to listen to local radio stations for weather updates and the latest travel information.\"",
    "https://theexeterdaily.co.uk/news/local-news/council-warning-motorists-be-aware-surface-water (Devon County Council via The Exeter Daily; undated)",
  ),
  real(
    "en",
    "bulletin",
    "WI DHS identifies public locations where people may have been exposed to measles",
    "The Wisconsin Department of Health Services (DHS) identified four locations where people may have been exposed to measles. This comes after the Friday announcement from DHS that it had identified a case of measles in a person who lives in Dane County. Measles is very contagious and spreads easily through coughing and sneezing. Simply being in the same room with someone who has measles is enough to get infected.\n\nDHS says a full list of exposed people cannot be obtained. The agency is working with Public Health Madison & Dane County and Rock County Public Health to identify and directly notify people who may have been exposed to measles.\n\nAnyone who was at these locations during the dates and times should monitor themselves for symptoms of measles. Symptoms appear 7 to 14 days after exposure to the virus, beginning with a fever, cough, runny nose, and watery eyes, followed by a rash that usually spreads from the head to the rest of the body. If you develop any of these symptoms, you should stay home and call your doctor's office or clinic before visiting so they can take precautions so that other patients are not exposed to the virus.",
    "http://68k.news/article.php?loc=US&a=https://www.wkow.com/news/top-stories/wi-dhs-identifies-public-locations-where-people-may-have-been-exposed-to-measles/ (Wisconsin DHS via WKOW; undated)",
  ),
  real(
    "en",
    "bulletin",
    "Council responds to a number of fallen tree callouts during Storm Owyn",
    "During last weekend's storm, which saw strong winds and rainy showers, the Council responded to a number of fallen trees, as well as other disruptions on the County's road network. The Council's highways teams were stationed ready on Thursday evening, working out of hours in preparation to respond to call outs.\n\nA total of 29 call outs were attended to from fallen tree reports throughout Friday and the weekend, with the Council's highways teams working with local partners to quickly clear roads around the whole County.\n\nPaul Jackson, Head of Highways & Environmental Services said: \"The highways teams were prepared for this recent spell of bad weather, and worked in very windy and unfavourable conditions to ensure that our road network stayed open and safe throughout the weather warning period.\"",
    "https://countyvoice.denbighshire.gov.uk/english/county-voice-february-2025/news-1/council-responds-to-a-number-of-fallen-tree-callouts-during-storm-owyn/print (Denbighshire County Council, February 2025)",
  ),
  real(
    "en",
    "bulletin",
    "Council thanks staff and local communities for Storm Darragh response",
    'Cheshire East Council\'s highways teams responded to more than 160 emergency reports over the weekend as Storm Darragh brought heavy rain and wind gusts of up to 50mph to the borough. Since the storm hit on Friday, highways crews have attended almost 120 incidents of fallen trees and almost 30 incidents of flooding, with dozens of emergency closures needing to be put in place as a result. At one stage, almost 45 road closures were in place – just three road closures and one lane closure remained as of Tuesday lunchtime.\n\nCouncillor Nick Mannion, leader of Cheshire East Council, said: "Crews worked throughout the day and night to make roads safe and reopen them to the public. Thankfully, most of the emergency road closures have now been lifted, and our highways teams are working hard to clear the remaining ones as soon as possible. Unfortunately, some of those that do remain in place depend on support from energy and telecoms providers before they can be reopened. This is due to fallen trees causing damage or being tangled up with power lines."',
    "https://www.silk1069.com/news/local-news/council-thanks-staff-and-local-communities-for-storm-darragh-response (Cheshire East Council via Silk 106.9, December 2024)",
  ),
  real(
    "en",
    "bulletin",
    "Council responds to more than 1,000 reports of fallen trees and floods",
    "Extreme weather conditions have led Hertfordshire County Council's Highways to responding to over 1,000 reports of fallen trees and flooding. Storm Henk brought high winds and rain to the county on Tuesday, followed by heavy rain on Thursday and into today, onto already saturated ground. While the worst of the weather has now passed, with drier and cooler conditions expected over the weekend and into next week, the clean-up operation will continue, well into next week.\n\nCllr Phil Bibby, Executive Member for Highways at Hertfordshire County Council, said: \"Our teams on the ground have responded brilliantly to the challenges this week's bad weather has thrown at us. They have been working round the clock clearing fallen trees and drains to help keep Hertfordshire moving. I'd like to thank residents for promptly reporting issues to us over the past few days and for their ongoing patience as we continue the clean-up operation.\"\n\nFor further information on weather safety please visit the website, to report fallen trees or branches or flooded roads, paths or cycleways go online and to find out steps you can take to protect your own property take a look on the website.",
    "https://www.hemeltoday.co.uk/news/environment/council-responds-to-more-than-1000-reports-of-fallen-trees-and-floods-across-dacorum-and-herts-4468271 (Hertfordshire County Council via Hemel Today, 5 January 2024)",
  ),
  real(
    "en",
    "bulletin",
    "Road & Other Closures – Flood",
    "This page will be updated when there are County and municipality-serviced roads and other areas reported to/confirmed by Emergency Management that are closed or have other accessibility issues due to flooding. Drivers are always encouraged to exercise caution in flood-prone areas near rivers and creeks – turn around, don't drown!\n\nAs of 5 p.m. July 5, 2018 – Water over road: Lakeview Drive, 60 yards north of Bowen Ave., water over road all the way to the river; Kampville Road; Lehmond Island Road, 150 yards south of Sunset Dr., more than 6 in. of water over road; Wilson Road, 4-6 inches of water over the road at Washeon Road. Subdivisions: Kampville – inaccessible; Lehmond Island – inaccessible.",
    "https://www.sccmo.org/1512/Road-Other-Closures---Flood (St. Charles County Emergency Management, Missouri, 5 July 2018)",
  ),
  real(
    "en",
    "bulletin",
    "Health Advisory: Measles",
    "Dear Community Partners,\n\nGiven widespread outbreaks in the United States and internationally, and locally-acquired cases, the chance of exposure to measles is increased at this time. In response, the LA County Department of Public Health is reaching out to community partners to share information about measles and steps you can take to protect yourself and your community.\n\nMeasles is considered among the most contagious viruses in the world. Common symptoms of measles include fever, cough, runny nose, conjunctivitis (red eyes) and a rash which usually appears 10 to 21 days after the exposure. Individuals should contact their healthcare provider by phone before going in if they develop measles symptoms, so measures can be taken to prevent possible spread to others in the provider's waiting room.\n\nGetting immunized is the best way to keep from getting and spreading the measles. We are asking people to talk with their health care provider about the measles-mumps-rubella (MMR) immunization if you haven't been vaccinated or if you don't know if you have been vaccinated before. Vaccines are also available at our Public Health Centers for uninsured or underinsured.",
    "https://wwqw.cityofmontebello.com/announcements/hidden/item/736-health-advisory-measles.html (LA County Department of Public Health via City of Montebello, CA; undated)",
  ),
  real(
    "en",
    "bulletin",
    "Wet weather alert: sandbagging stations are open",
    'Redland City Council has opened sandbagging stations this morning (Wednesday 24 January 2024), including three new mainland locations, for the community to prepare for the expected heavy rains from the soon-to-be declared Tropical Cyclone Kirrily.\n\nMayor and Local Disaster Management Group chair Karen Williams said the time to act was now, before the rains set in and flooding occurs. "Council encourages residents to monitor weather conditions and warnings, and obtain sandbags prior to the rains where possible if you know you may be affected. If you leave it too late, you may find roads are flooded or too treacherous. Because demand for sandbags is expected to be high, we ask residents to limit themselves to 10 free sandbags per vehicle to ensure there will be enough to go around."\n\nCleveland Council Depot – 199-205 South Street, Cleveland: pre-filled sandbags available in the visitor car park, open from 6.30am to 6pm daily.',
    "https://councilnews.com.au/2024/01/24752392-wet-weather-alert-sandbagging-stations-are-open (Redland City Council, Queensland, 24 January 2024)",
  ),
  real(
    "en",
    "bulletin",
    "Sandbags for Southern Downs residents",
    "Southern Downs Regional Council is advising community members they can access sandbags in Warwick, Stanthorpe, Killarney and Allora.\n\nLocal disaster coordinator Peter See said: \"Residents who feel they may be at risk of inundation from flood waters are urged to come and fill sandbags to use at their own residences. They can attend self-service sandbag filling stations, fill bags and transport them to their residences and businesses.\"\n\nIn Warwick, residents can pick up a bag from the SES Shed in the Town Hall Car Park directly behind Warwick Twin Cinema. In Killarney residents can pick up and fill bags at the council's depot at 72 Condamine River Rd, while in Stanthorpe bags are available at the Mackenzie St SES shed. People can call SES for assistance on 132500.\n\n\"Everyone should remember the slogan 'If it's flooded forget it'. Council stresses to everyone that if there is flooding as a result of the forecast weather event in our region, please do not drive into any flood waters.\"",
    "https://www.warwickdailynews.com.au/news/sandbags-for-southern-downs-residents/3160923/ (Southern Downs Regional Council via Warwick Daily News, 30 March 2017)",
  ),
  real(
    "en",
    "social",
    "Sandbag stations now open",
    'Sandbag stations across the City of Moreton Bay have opened as a precautionary measure ahead of forecast wet weather. There are currently no flood watch warnings for the City of Moreton Bay, but a heatwave warning remains in place. Council\'s sandbag stations offer free sandbags, but residents should bring their own shovel. Local SES units may be able to provide assistance to residents who are unable to get their own sandbags. Phone the SES on 132 500.\n\nMayor Peter Flannery says: "At this point there is no need to be alarmed but we will continue to monitor the situation closely. I strongly encourage all residents to sign up to the MoretonAlert system to receive free severe weather warnings via SMS, email or voice message."',
    "https://theredcliffepeninsula.com.au/news/sandbag-stations-open-for-precautionary-measures (City of Moreton Bay via The Redcliffe Peninsula, 24 January 2024)",
  ),
  real(
    "en",
    "bulletin",
    "Highways crews praised for keeping roads clear during Storm Eunice",
    'Staffordshire County Council said teams had worked around the clock to clear debris from roads – including a tree that fell at the junction of Trent Valley Road and Church Street in Lichfield.\n\nCllr David Williams, Staffordshire County Council\'s cabinet member for highways, said: "Yesterday saw some really difficult conditions across the county, with winds of up to 70mph, rain and even snow appearing on higher ground. We had reports of fallen trees and other debris, plus others for flooding incidents. Our highways crews have been working flat out in extreme conditions to clear roads and keep them open. The storm looks to have calmed down, but our crews will still be out and about today to continue the clear-up. I would advise anyone who is out and about today to still take extra care, and bear with us while we work to clear any remaining debris."',
    "https://lichfieldlive.co.uk/2022/02/19/highways-crews-praised-for-keeping-roads-clear-during-storm-eunice/ (Staffordshire County Council via Lichfield Live, 19 February 2022)",
  ),
  real(
    "en",
    "bulletin",
    "Nottinghamshire County Council work to clear up wind affected areas",
    "Teams from Nottinghamshire County Council's highways department will be working over the next few days clearing debris from the county's roads and footpaths following Thursday's high winds. Emergency highways response teams were out all day Thursday dealing with tree-related incidents as a result of the strong winds. In total the teams dealt with over 130 incidents of fallen trees and branches on roads and footpaths.\n\nWherever possible, trees and branches which were blocking roads were moved to one side to allow traffic to pass safely, but in some cases trees have had to be sawn into smaller sections in order for them to be moved. All roads are now cleared or passable but clear-up work will last for a few days yet. Affected lamp posts have been made safe and damaged or missing signs will be replaced as soon as possible.",
    "https://www.hucknalldispatch.co.uk/news/nottinghamshire-county-council-work-to-clear-up-wind-affected-areas-1-6302131 (Nottinghamshire County Council via Hucknall Dispatch; undated)",
  ),
  real(
    "en",
    "bulletin",
    "Warwickshire teams battle the effects of Storm Doris",
    "More than 200 trees were toppled in Warwickshire in the last 24 hours as the high winds of Storm Doris battered the county. Consistent wind speeds of up to 61 mph were measured from Warwickshire County Council roadside weather stations during yesterday and the council's Forestry and Highways teams worked long hours to make sure highways were kept clear.\n\nBy 5pm yesterday, Warwickshire County Council had received over 335 calls relating to Storm Doris highways issues alone. In addition to this, Warwickshire Fire and Rescue Service received over 70 calls relating directly to the aftermath of Storm Doris.\n\nAlthough all routes are now open again across Warwickshire, there is still a significant clear up operation underway. Highways teams are out in force today (Friday 24th February) and continuing work on returning the highway network back to normal.",
    "https://www.stratford-herald.com/news/warwickshire-county-highways-forestry-and-fire-and-rescue-teams-work-to-battle-the-effects-of-storm-doris-in-warwickshire-9138816/ (Warwickshire County Council via Stratford Herald, 24 February 2017)",
  ),
];

export const BAD_BLIND13: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish
  // speculation about cause
  bad(
    "sv",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    KRIS,
    "Vattenläcka på Storgatan – vattnet avstängt",
    "Vid halv sju i morse upptäckte Bergslunda Vatten en läcka på huvudledningen under Storgatan mellan Torget och Järnvägsgatan. Vattnet är avstängt för ett sextiotal fastigheter på Storgatan, Kyrkogatan och Smedjegränd.\n\nEn vattentank står vid Torget från klockan nio. Ta med egen dunk. Vänta med att använda disk- och tvättmaskin tills vattnet är tillbaka.\n\nTroligen är det tjälen i kombination med fjärrvärmeentreprenörens grävarbeten förra veckan som har fått ledningen att spricka, men det får utredningen visa.\n\nVi räknar med att laga läckan under eftermiddagen och skriver en ny uppdatering här senast klockan 14. Frågor: kundtjänst 0470-12 34 50.",
  ),
  bad(
    "sv",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    KRIS,
    "Lättläst: Brand i Ekbackens skola",
    "Det brann i Ekbackens skola i natt.\nBranden var i köket.\nIngen människa blev skadad.\n\nSkolan är stängd i dag, tisdag.\nBarnen ska vara hemma.\nFritids är öppet i Parkskolan för barn som behöver.\n\nVi vet inte varför det började brinna.\nKanske var det fel på spisen.\nKanske var det någon som tände eld med flit.\n\nVi skriver mer på kommunens webbplats i kväll.\nDu kan ringa skolans rektor Maria Lind på 0521-72 10 00.",
  ),

  // unverified casualty figures / social-media hearsay
  bad(
    "sv",
    "social",
    "unverified casualty figures / hearsay",
    FACTUAL,
    KRIS,
    "Stormen: läget i Rörvik",
    "Uppdatering kl. 16.40 från Sjöbo hamns kommun: Stormbyarna har orsakat skador på flera byggnader i Rörvik. Taket på idrottshallen har delvis blåst av. Enligt uppgifter i Facebookgruppen ”Vi som bor i Rörvik” ska minst fem personer ha förts till sjukhus, bland dem två barn. Räddningstjänsten är på plats.\n\nHåll dig inomhus så länge det blåser och undvik att gå nära träd och byggnadsställningar. Rör inte nedfallna ledningar, ring 112 om du ser en.\n\nVi uppdaterar här och på kommunens webbplats vid nästa hel timme.",
  ),
  bad(
    "sv",
    "bulletin",
    "unverified casualty figures / hearsay",
    FACTUAL,
    KRIS,
    "Skred vid Lerviken",
    "Under natten till fredag inträffade ett skred i slänten ned mot ån vid Lerviken. Två bostadshus på Åvägen har skadats och räddningstjänsten har spärrat av området mellan Åvägen 2 och 14.\n\nDet finns uppgifter om att upp till tio personer kan ha befunnit sig i husen. Grannar som vi har pratat med berättar att en äldre man saknas och att en hund har omkommit.\n\nBoende på Åvägen och Strandstigen har fått lämna sina hem. Kommunen har öppnat en samlingsplats i Lervikens bygdegård med mat, värme och krisstöd. Håll dig borta från avspärrningen så att räddningsarbetet kan fortsätta.\n\nNästa uppdatering kommer klockan 10 på kommunens webbplats. Frågor: kommunens växel 0303-23 80 00.",
  ),

  // blame of a person/company/group
  bad(
    "sv",
    "bulletin",
    "blame of a person/company/group",
    IMPARTIAL,
    RF,
    "Strömavbrott i Norrby",
    "Sedan klockan 13.20 är omkring 900 hushåll i Norrby och Stensätra utan ström. Strömavbrottet beror på att entreprenören Grävkraft AB slarvade och grävde av en matarkabel vid Norrbyvägen trots att de hade fått ledningskartorna i förväg. Vi kommer att kräva dem på full ersättning.\n\nVåra montörer är på plats och räknar med att strömmen är tillbaka senast klockan 19. Håll kyl och frys stängda så länge avbrottet pågår. Behöver du el för medicinsk utrustning, ring vår felanmälan på 020-44 00 44 så prioriterar vi dig.\n\nFölj avbrottet på vår driftkarta. /Älvsåker Energi Elnät",
  ),
  bad(
    "sv",
    "bulletin",
    "blame of a person/company/group",
    [...IMPARTIAL, ...OPEN],
    RF,
    "IT-angreppet mot kommunen",
    "Kommunens e-post och e-tjänster ligger fortfarande nere efter it-angreppet i måndags. Angreppet kunde ske eftersom en anställd på tekniska förvaltningen klickade på en länk i ett bedrägligt mejl och lämnade ut sitt lösenord. Personen är avstängd från sina arbetsuppgifter i väntan på utredning.\n\nVi kan i nuläget inte säga något om vilka personuppgifter som kan ha kommit ut, och vi kommer inte att kommentera det vidare.\n\nDu når kommunen på telefon 0611-34 80 00, vardagar 8–16. Trygghetslarm, hemtjänst och skolor fungerar som vanligt.",
  ),

  // partisan praise
  bad(
    "sv",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    RF,
    "Skyfallet i Västerhamn – läget på onsdagen",
    "Efter tisdagens skyfall är de flesta gator i Västerhamn åter farbara. Hamngatan och viadukten vid stationen är fortfarande avstängda och beräknas öppna torsdag morgon. Kör inte genom vatten på vägen.\n\nHar du fått vatten i källaren? Kontakta ditt försäkringsbolag och fotografera skadorna. Kommunen tar emot anmälningar om översvämmade gator på 0340-88 10 00.\n\n– Tack vare den moderatledda majoritetens satsningar på dagvatten klarade vi oss betydligt bättre än grannkommunerna där oppositionen har styrt, säger kommunstyrelsens ordförande Peter Ahl (M).\n\nNästa lägesbild publiceras torsdag klockan 9.",
  ),
  bad(
    "sv",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    RF,
    "Dricksvattnet i Östby åter tjänligt",
    "Kokningsrekommendationen för Östby hävs från och med i dag, fredag klockan 12. De två senaste proverna från vattenverket och ledningsnätet visar inga bakterier, och vattnet kan drickas som vanligt igen.\n\nSpola kallvatten i några minuter innan du dricker det. Kör kaffebryggare och vattenkokare en gång med vatten som du häller ut.\n\nÅterigen har Granåsens kommun visat att vi är landets bästa kommun på krisberedskap. Vår fantastiska personal har gjort ett arbete i världsklass som alla invånare kan vara stolta över.\n\nHar du frågor, ring VA-jouren på 0653-160 00.",
  ),

  // stigmatising group labels
  bad(
    "sv",
    "bulletin",
    "stigmatising group labels",
    [...IMPARTIAL, ...FACTUAL],
    RF,
    "Skottlossning i Backa – polisen förstärker",
    "I går kväll kl. 21.50 avlossades skott på Vårvädersgatan i Backa. En man i 20-årsåldern fördes till sjukhus med allvarliga skador. Förundersökning om mordförsök är inledd och ingen är gripen.\n\nBacka är sedan länge känt för sina problem med invandrargäng, och det här är sannolikt ännu en uppgörelse mellan de två nätverk som slåss om området.\n\nPolisen har fler patruller i området de närmaste dagarna. Har du sett eller hört något, ring 114 14 eller tipsa via polisen.se. Skolorna i Backa har öppet som vanligt och fältassistenter finns på plats i Backa torg i eftermiddag.",
  ),
  bad(
    "sv",
    "bulletin",
    "stigmatising group labels",
    IMPARTIAL,
    RF,
    "Mässlingsfall i kommunen",
    "Smittskyddsenheten har konstaterat tre fall av mässling i kommunen den senaste veckan. Smittan har spridits i den somaliska gruppen i Hagaby, där många av föräldrarna inte vaccinerar sina barn.\n\nMässling smittar mycket lätt. Den som har feber, hosta, röda ögon och utslag ska stanna hemma och ringa 1177 innan man söker vård, så att ingen annan smittas i väntrummet. Du som inte vet om du är vaccinerad kan kontrollera det hos din vårdcentral. Vaccinet är gratis för barn och unga.\n\nMer information finns på regionens webbplats under Smittskydd.",
  ),

  // empty reassurance without facts
  bad(
    "sv",
    "social",
    "empty reassurance without facts",
    FACTUAL,
    MSB,
    "Gasläckan vid Industrigatan",
    "Räddningstjänsten Mälardalen om gasläckan vid Industrigatan i eftermiddag: Det finns ingen som helst anledning till oro för dig som bor i närheten. Allt är under full kontroll och situationen är helt säker. Vi har duktig personal på plats som vet precis vad de gör.\n\nAvspärrningen kring Industrigatan 4–12 ligger kvar en stund till. Respektera den. Frågor om trafiken: ring kommunens kundtjänst 021-39 00 00.",
  ),
  bad(
    "sv",
    "bulletin",
    "empty reassurance without facts",
    FACTUAL,
    MSB,
    "Missfärgat vatten i Solberga",
    "Flera boende i Solberga har hört av sig om brunt vatten i kranen sedan i går kväll. Vi vill vara tydliga: vattnet är garanterat helt ofarligt och det finns inget som helst att oroa sig för, det kan vi lova.\n\nVi har tagit nya prover i området i dag och spolar ledningarna i natt. Spola kallvatten tills det blir klart och vänta med vittvätt.\n\nSolberga Vatten och Miljö, kundservice 0418-47 00 00 (vardagar 8–16).",
  ),

  // refusing to comment / hiding
  bad(
    "sv",
    "bulletin",
    "refusing to comment / hiding",
    OPEN,
    MSB,
    "Händelsen vid Norrängsskolan",
    "Under förmiddagen i dag inträffade en händelse vid Norrängsskolan som gjorde att polis kallades till platsen. Eleverna är nu hemskickade och skolan är stängd resten av dagen.\n\nAv hänsyn till utredningen och till de inblandade kommer kommunen inte att lämna några uppgifter om vad som har hänt, varken nu eller senare. Vi hänvisar alla frågor till polisen.\n\nSkolan öppnar som vanligt i morgon, torsdag. Elevhälsan finns på plats från klockan 8 för elever som vill prata.",
  ),
  bad(
    "sv",
    "bulletin",
    "refusing to comment / hiding",
    OPEN,
    MSB,
    "Branden i lagerlokalen på Hamnvägen",
    "Branden i lagerlokalen på Hamnvägen är nu släckt. Rökutvecklingen har minskat, men det luktar fortfarande brandrök i Hamnen och på Norrmalm.\n\nFöretaget och kommunen har kommit överens om att inte kommentera vilka ämnen som fanns i lagret eller vad mätningarna av luften visade.\n\nDu som bor i Hamnen kan vädra igen. Odlar du grönsaker nära brandplatsen, skölj dem noga innan du äter dem.\n\nHar du frågor, ring kommunens kontaktcenter 0480-45 00 00.",
  ),

  // internal jargon and abbreviations
  bad(
    "sv",
    "bulletin",
    "internal jargon and abbreviations",
    ADAPTED,
    KLAR,
    "Driftstörning dricksvatten zon 3",
    "VA-avdelningen har kl. 05.40 konstaterat tryckfall i tryckzon 3 efter ledningsbrott på huvudledning DN 400 vid PS Kvarnen. Sektionering pågår. Nödvattenförsörjning sker via NVP vid Kvarnbacksskolan och ICA Kvarnen enligt beslut i TiB-funktionen. Efter återtrycksättning utfärdas KR i avvaktan på provsvar enligt SLVFS.\n\nBerörda adresser: Kvarnbacken, Mjölnarvägen och Stenkvarnsgatan. Ta med egen dunk till vattenposterna.\n\nVA-avdelningen, Kvarnby kommun. Frågor: 0418-47 12 00.",
  ),
  bad(
    "sv",
    "sms",
    "internal jargon and abbreviations",
    [...ADAPTED, ...OPEN],
    KLAR,
    undefined,
    "Kommunen har aktiverat POSOM och SSG. TiB har gått upp i stab, KLN sammanträder kl 15. TP öppen i Folkets hus. Info kommer. /Kommunen",
  ),

  // bureaucratic passive with no actor or action
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive with no actor or action",
    [...ADAPTED, ...ACTIVE],
    KLAR,
    "Information avseende situationen vid reningsverket",
    "Med anledning av det inträffade vid Sandvikens reningsverk har beslut fattats om att åtgärder ska vidtas. Utredning har inletts och kontakter har tagits med berörda myndigheter. Bedömningar avseende eventuell påverkan på recipienten kommer att göras när underlag har inkommit. Information kommer att lämnas när så bedöms lämpligt.\n\nFrågor kan ställas till kommunens kontaktcenter, 026-24 00 00.",
  ),
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive with no actor or action",
    ADAPTED,
    KLAR,
    "Ålbron stängd",
    "Ålbron har i dag kl. 11 stängts för fordonstrafik. Sprickor har konstaterats i brofästet vid inspektion. Omledning har anordnats via Bruksvägen och Gamla landsvägen. Gång- och cykeltrafik har tillåtits tills vidare. Beslut om fortsatt hantering kommer att fattas efter att fördjupad inspektion har genomförts på tisdag.\n\nMer information finns på kommunens webbplats under Trafik och gator.",
  ),

  // myth-first corrections
  bad(
    "sv",
    "social",
    "myth-first corrections",
    ADAPTED,
    DEBUNK,
    "Ryktet om förgiftat vatten i Lindås",
    "Det påstås i sociala medier att vattnet i Lindås är förgiftat efter läckan och att man kan bli allvarligt sjuk av att duscha. Ryktet säger också att kommunen döljer att barn har blivit sjuka av duschvattnet och att man därför ska köpa flaskvatten. Inläggen har delats flera tusen gånger.\n\nDet stämmer inte. Proverna som togs i går visar att vattnet är tjänligt.\n\nLindås Vatten, kundtjänst 0470-41 00 00.",
  ),
  bad(
    "sv",
    "bulletin",
    "myth-first corrections",
    ADAPTED,
    DEBUNK,
    "Vanliga myter om vaccinet mot säsongsinfluensa",
    "Myt 1: Vaccinet ger dig influensa.\nMyt 2: Vaccinet innehåller kvicksilver som lagras i hjärnan.\nMyt 3: Friska vuxna behöver aldrig vaccinera sig.\nMyt 4: Man blir steril av vaccinet.\n\nInget av detta stämmer. Vaccinet är säkert och skyddar dig och dem runt omkring dig.\n\nDu som är 65 år eller äldre, gravid eller har en kronisk sjukdom erbjuds vaccin utan kostnad. Boka tid via 1177.se eller ring din vårdcentral. Region Norrsjö, smittskyddsenheten.",
  ),

  // self-contradiction
  bad(
    "sv",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    MSB,
    "Brand i flerbostadshus på Vallgatan",
    "Klockan 03.15 larmades räddningstjänsten till en brand i ett flerbostadshus på Vallgatan 12. Branden har spridit sig till vinden.\n\nAlla boende i kvarteret Vallen ska stanna inomhus och hålla fönster och dörrar stängda tills vidare. Boende i kvarteret Vallen uppmanas att omedelbart lämna sina bostäder och samlas vid Folkets hus på Torggatan, där kommunen ordnar värme och mat.\n\nRäddningstjänsten Östra Skaraborg uppdaterar här vid nästa hel timme.",
  ),
  bad(
    "sv",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    MSB,
    "Provsvar för dricksvattnet i Nybyn",
    "Nu har vi fått svar på de vattenprover som togs i Nybyn i tisdags. Vattnet är tjänligt och kan drickas som vanligt. Kokningsrekommendationen gäller därför fortsatt: koka vattnet till dess att nya provsvar finns.\n\nDu behöver inte spola ur ledningarna i din fastighet.\n\nNästa provsvar väntas på fredag. Frågor: VA-jouren 0660-880 00.",
  ),

  // near-empty texts
  bad("sv", "sms", "near-empty text", [...OPEN, ...ACTIVE], MSB, undefined, "Störning. Vi jobbar på det. /Kommunen"),
  bad(
    "sv",
    "social",
    "near-empty text",
    [...OPEN, ...ACTIVE],
    MSB,
    "Läget i centrum",
    "Läget i centrum är under bevakning. Mer info senare.",
  ),

  // mockery or jokes
  bad(
    "sv",
    "social",
    "mockery or jokes about the situation or the public",
    [...ADAPTED, ...IMPARTIAL],
    MSB,
    "Sophämtningen och snön",
    "Till alla som ringt och klagat på sophämtningen i veckan: ja, det har snöat. Det händer i Sverige i januari, överraskande nog. Våra chaufförer kan tyvärr inte flyga.\n\nSkotta fram kärlen, ta bort snön från locken och låt kärlen stå kvar ute, så kommer vi så fort vägarna går att köra. Missade tömningar tas igen nästa ordinarie tömningsdag. /Renhållningen, Åsbo kommun",
  ),
  bad(
    "sv",
    "bulletin",
    "mockery or jokes about the situation or the public",
    ADAPTED,
    MSB,
    "Lättläst: Storm i kväll",
    "Det blir storm i kväll.\nDet blåser mycket från klockan 18.\nHåll i hatten – och i grannens studsmatta! Haha.\n\nTräd kan falla.\nGå inte i skogen i kväll.\nStäll in saker från balkongen och trädgården.\n\nStormen slutar i morgon bitti.\nKommunen skriver mer på webbplatsen.",
  ),

  // ALL CAPS alarm
  bad(
    "sv",
    "sms",
    "ALL CAPS alarm",
    [...ADAPTED, ...OPEN],
    KLAR,
    undefined,
    "VARNING!!! GASLÄCKA VID STATIONSOMRÅDET I HALLSBERG. ALLA MÅSTE LÄMNA OMRÅDET NU!!! GÅ MOT KYRKAN. RING INTE 112 I ONÖDAN!!!",
  ),
  bad(
    "sv",
    "bulletin",
    "ALL CAPS alarm",
    ADAPTED,
    KLAR,
    "LÄTTLÄST: KOKA VATTNET",
    "KOKA VATTNET!\nDRICK INTE VATTEN DIREKT FRÅN KRANEN!\nDET KAN FINNAS BAKTERIER I VATTNET I ÄNGSBY.\nKOKA VATTNET TILLS DET BUBBLAR.\nSEN KAN DU DRICKA DET.\nDET GÄLLER TILLS KOMMUNEN SÄGER ATT DET ÄR SLUT.\n\nFRÅGOR? RING KOMMUNEN: 0511-38 60 00.",
  ),

  // vague timing
  bad(
    "sv",
    "bulletin",
    "vague timing",
    FAST,
    MSB,
    "Strömavbrott i Skogsby och Västanå",
    "Ett fel i en nätstation har gjort att omkring 400 kunder i Skogsby och Västanå är utan ström sedan i morse. Våra tekniker är på plats och felsöker.\n\nStrömmen beräknas vara tillbaka inom kort. Vi återkommer så snart som möjligt med mer information.\n\nHåll kyl och frys stängda. Om du har trygghetslarm, kontakta hemtjänsten på 0280-181 00 så att de vet att larmet inte fungerar. /Skogsby Elnät, felanmälan 020-58 00 00",
  ),
  bad(
    "sv",
    "bulletin",
    "vague timing",
    FAST,
    MSB,
    "Lättläst: Vattnet är avstängt",
    "Vattnet är avstängt på Björkvägen och Lönnvägen.\nEn vattenledning är trasig.\nVi lagar den nu.\n\nVattnet kommer tillbaka snart.\nVi säger till när vi vet mer.\n\nDu kan hämta vatten vid tanken på Björkvägen 3.\nTa med en egen dunk.\n\nFrågor? Ring kommunens växel: 0492-150 00.",
  ),

  // no action for the affected
  bad(
    "sv",
    "bulletin",
    "no action for the affected",
    ACTIVE,
    MSB,
    "Brand på återvinningscentralen i Hedby",
    "Sedan klockan 14 brinner det i en hög med trä- och plastavfall på Hedby återvinningscentral. Räddningstjänsten Dala Mitt är på plats med tre styrkor och arbetar för att hindra spridning.\n\nBranden ger kraftig rök som just nu driver med vinden mot nordost, över bostadsområdena Hedby by och Solsidan. Röken kan innehålla ämnen som irriterar ögon och luftvägar. Släckningsarbetet väntas pågå under kvällen och natten.\n\nÅtervinningscentralen är stängd i morgon. Nästa uppdatering kommer klockan 20 på rddm.se.",
  ),
  bad(
    "sv",
    "bulletin",
    "no action for the affected",
    ACTIVE,
    MSB,
    "Lättläst: Det blir varmt i veckan",
    "Det blir väldigt varmt i veckan.\nDet kan bli 32 grader på onsdag och torsdag.\nDet är SMHI som säger det.\n\nVärmen kan vara farlig.\nDen är mest farlig för gamla människor och för sjuka.\nDen är också farlig för små barn.\n\nDet är Tallby kommun som skriver detta.\nMer information finns på kommunens webbplats.",
  ),

  // no sender and no route to more information
  bad(
    "sv",
    "sms",
    "no sender and no route to more information",
    OPEN,
    MSB,
    undefined,
    "Koka dricksvattnet i Östra Lund och Kvarnbo tills vidare. Bakterier har hittats i ett vattenprov. Kokat vatten ska användas till dryck, matlagning och tandborstning. Du kan duscha som vanligt.",
  ),
  bad(
    "sv",
    "social",
    "no sender and no route to more information",
    OPEN,
    MSB,
    "Strandskolan stängd i dag",
    "Strandskolan håller stängt i dag, måndag, eftersom källaren och matsalen har svämmat över efter nattens regn. Eleverna ska inte komma till skolan. Barn som inte kan vara hemma tas emot i Lärkans förskolas lokaler från klockan 7.30. Ta med matsäck.",
  ),

  // very long sentences / dense text
  bad(
    "sv",
    "bulletin",
    "very long sentences / dense text",
    ADAPTED,
    KLAR,
    "Risk för skred i Nordsluttningen",
    "Med anledning av de senaste veckornas ihållande nederbörd och de rörelser i marken som under måndagen observerades av kommunens geotekniska konsult i slänten mellan Älvgatan och Nordsluttningens bostadsområde, där sprickor och sättningar har uppstått i anslutning till gång- och cykelvägen och ett par träd har börjat luta, har kommunen i samråd med räddningstjänsten och Statens geotekniska institut beslutat att stänga gång- och cykelvägen längs Älvgatan och att uppmana boende på Älvgatan 1–15 att vara uppmärksamma på nya sprickor, lutande stolpar eller brott på ledningar och att i så fall omedelbart kontakta kommunens jourtelefon 0520-49 70 00 eller, om det är akut, ringa 112, samtidigt som kommunen fortsätter att mäta markrörelserna dagligen och återkommer med besked om eventuella ytterligare åtgärder på kommunens webbplats.",
  ),
  bad(
    "sv",
    "bulletin",
    "very long sentences / dense text",
    ADAPTED,
    KLAR,
    "Nya besöksregler på äldreboendena",
    "Från och med måndag den 14 gäller nya besöksregler på kommunens samtliga särskilda boenden med anledning av den ökade smittspridningen av covid-19 och influensa i länet, vilket innebär att högst två besökare per boende och tillfälle tillåts, att besök ska ske i den boendes rum eller utomhus och inte i gemensamma utrymmen, att besökare ska vara helt symtomfria sedan minst 48 timmar, att munskydd som tillhandahålls vid entrén ska bäras under hela besöket samt att handsprit ska användas vid ankomst och avfärd, och undantag från reglerna kan medges av enhetschef efter samråd med medicinskt ansvarig sjuksköterska, till exempel vid vård i livets slutskede, varvid besökaren ska kontakta boendet i förväg. Frågor besvaras av respektive boende eller av Omsorgsförvaltningen i Ljungsbro kommun, 013-20 60 00.",
  ),

  // warning with no place or time
  bad(
    "sv",
    "social",
    "warning with no place or time",
    [...ACTIVE, ...FAST],
    MSB,
    "Risk för översvämning",
    "Räddningstjänsten varnar för att vattnet i ån stiger snabbt. Håll er och era barn borta från strandkanten, flytta bilar som står lågt och lägg värdesaker i källaren högre upp. Kör inte genom vatten på vägen. Vid fara för liv, ring 112.\n\nRäddningstjänsten Mellersta Halland",
  ),
  bad(
    "sv",
    "sms",
    "warning with no place or time",
    [...ACTIVE, ...FAST],
    MSB,
    undefined,
    "Polisen: En beväpnad person har setts i området. Håll dig inomhus och håll dig borta från fönster. Ring 112 om du ser något misstänkt. /Polisen region Mitt",
  ),

  // too complex for its audience
  bad(
    "sv",
    "sms",
    "too complex for its audience",
    ADAPTED,
    KLAR,
    undefined,
    "Med anledning av konstaterad mikrobiologisk kontaminering av distributionsnätet rekommenderar Miljö- och hälsoskyddsförvaltningen i samråd med Livsmedelsverket kokning av dricksvatten avsett för förtäring, livsmedelsberedning och tandhygien inom Hällby tätort intill dess att uppföljande provtagning påvisar tjänlighet. /Hällby kommun, info hallby.se",
  ),
  bad(
    "sv",
    "bulletin",
    "too complex for its audience",
    ADAPTED,
    KLAR,
    "Lättläst: Kommunen har en krisledning",
    "Kommunens krisledningsnämnd har aktiverats med anledning av den extraordinära händelsen i form av det långvariga elavbrottet.\nKrisledningsnämnden har beslutat om inrättande av trygghetspunkter för informationsspridning och omhändertagande av särskilt sårbara kommuninvånare.\nTrygghetspunkten finns i Sporthallen på Idrottsvägen 2 och är bemannad dygnet runt.\nDär kan du få vatten, värme och ladda din telefon.",
  ),

  // ---------------------------------------------------------------- English
  // speculation about cause
  bad(
    "en",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    CERC,
    "Fire at Mill Lane Household Waste Recycling Centre",
    "Firefighters from Kesworth Fire and Rescue Service are tackling a fire at the Mill Lane Household Waste Recycling Centre, which started shortly after 3pm today. Smoke is drifting towards the Oakfield estate.\n\nResidents in Oakfield should keep windows and doors closed until the smoke clears. Mill Lane is closed between the A61 roundabout and Station Road; please use the signed diversion.\n\nThe cause has not yet been confirmed, but it is most likely that a lithium battery or a disposable vape thrown into general waste started the fire, as has happened at other sites this year.\n\nThe site will remain closed tomorrow. Updates will be posted on the council website and our social media channels by 7pm.",
  ),
  bad(
    "en",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    CERC,
    "Boil water advisory for Riverside and Hilltop",
    "The City of Granton Water Department has issued a boil water advisory for all customers in the Riverside and Hilltop neighborhoods after a routine sample taken on Monday tested positive for E. coli.\n\nBring water to a rolling boil for one minute before drinking, making ice, brushing teeth or preparing food. Bottled water is being handed out at the Riverside Community Center from 10am to 6pm today.\n\nThe most likely explanation is that last week's heavy rain washed animal waste from the farms upstream into the intake, although that has not been confirmed.\n\nThe advisory stays in place until two consecutive days of clean samples. Call 555-0142 with questions.",
  ),

  // unverified casualty figures / hearsay
  bad(
    "en",
    "social",
    "unverified casualty figures / hearsay",
    FACTUAL,
    CERC,
    "Pine Ridge fire – 6pm update",
    "Pine Ridge Fire update, 6pm, from Harlan County Emergency Management: The fire has crossed Route 14 and is moving east. An evacuation order remains in place for Pine Ridge, Cedar Flats and the Lakeview subdivision. Leave now if you have not already.\n\nReports circulating on social media suggest as many as 30 homes have been lost in Cedar Flats and that several residents are unaccounted for. We are sharing this so people can check on their neighbours.\n\nThe evacuation shelter is at Harlan High School, 200 School Street. Pets are welcome. Next update at 9pm.",
  ),

  // blame
  bad(
    "en",
    "bulletin",
    "blame of a person/company/group",
    [...IMPARTIAL, ...FACTUAL],
    CERC,
    "Power outage in the Northgate area",
    "About 1,200 customers in Northgate and East Hollow have been without power since 11:40pm after a vehicle struck a utility pole on Route 9. This outage was caused by a reckless driver who was almost certainly speeding on a road that everyone knows is dangerous at night.\n\nCrews are replacing the pole and expect to restore power to most customers by 8am. Stay at least 30 feet away from downed lines and report them to 1-800-555-0199.\n\nCheck the outage map at northgatepower.com for updates.",
  ),

  // partisan praise
  bad(
    "en",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    CERC,
    "Cooling centers open through Friday",
    "With temperatures forecast to reach 104°F through Friday, the City of Ellisville is opening three cooling centers from 10am to 8pm daily: the Main Library, the Westside Recreation Center and the Senior Center on Oak Street. Free bus rides to the centers are available on all city routes.\n\nDrink water regularly, avoid strenuous activity between noon and 6pm and check on elderly neighbors. Call 911 if someone shows signs of heat stroke.\n\nThanks to Mayor Dana Collins's decisive leadership – in stark contrast to the previous administration, which left residents to fend for themselves – Ellisville is better prepared than ever.",
  ),
  bad(
    "en",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    CERC,
    "Flood recovery: bulky waste collections",
    "Free collections of flood-damaged furniture and carpets start on Monday in all streets affected by last week's flooding in Brookfield and Lower Mead. Put items at the kerbside by 7am on your collection day; the list of streets and days is on the council website.\n\nDo not put out gas bottles, paint or batteries – take these to the Brookfield recycling centre.\n\nOnce again our award-winning council has shown why it is the best-run authority in the region, and residents can be proud of a response that other councils can only dream of.\n\nQuestions: call 01632 960 400.",
  ),

  // stigmatising group labels
  bad(
    "en",
    "bulletin",
    "stigmatising group labels",
    IMPARTIAL,
    CERC,
    "Extra patrols at Kingsmead recreation ground",
    "Police will be carrying out extra patrols around Kingsmead recreation ground this weekend following disorder blamed on the Travellers camped on the site since Tuesday. Two cars were damaged on Elm Road on Thursday night.\n\nIf you see anything suspicious, call 101 or report online. In an emergency, always call 999.\n\nThe recreation ground's play area remains open. Kingsmead Neighbourhood Policing Team.",
  ),

  // empty reassurance
  bad(
    "en",
    "bulletin",
    "empty reassurance without facts",
    FACTUAL,
    CERC,
    "Chemical spill on Dock Road",
    "Fire crews are dealing with a spill of chemicals from a tanker on Dock Road in Port Ellery. There is absolutely no risk to the public. Residents can be completely confident that everything is fine and that they are in safe hands.\n\nDock Road is closed between the bridge and Quay Street while the clean-up continues. Please avoid the area. Port Ellery Fire and Rescue Service.",
  ),
  bad(
    "en",
    "bulletin",
    "empty reassurance without facts",
    [...FACTUAL, ...OPEN],
    CERC,
    "Update on the cyber incident",
    "Following the cyber incident affecting the council's systems on Saturday, we want to reassure residents that your data is safe. Rest assured there is nothing to worry about. We will not be going into the details of what happened.\n\nOnline payments and the planning portal are still unavailable. You can pay council tax by phone on 01632 960 700 or in person at the Civic Centre, Monday to Friday 9am–5pm.",
  ),

  // refusing to comment
  bad(
    "en",
    "bulletin",
    "refusing to comment / hiding",
    OPEN,
    CERC,
    "Statement on the Westgate car park",
    "Westgate multi-storey car park was closed on Tuesday after part of the upper deck collapsed overnight. No one was in the car park at the time.\n\nThe council will not be commenting on the cause of the collapse, or on the condition of the borough's other car parks, while legal advice is sought. No further statements will be issued.\n\nDrivers can use the Riverside and Market Street car parks instead. Vehicles left in Westgate can be collected by appointment: call 01632 960 210.",
  ),

  // jargon
  bad(
    "en",
    "bulletin",
    "internal jargon and abbreviations",
    ADAPTED,
    PLAIN,
    "Incident update 14:00",
    "Per SOP, the EOC has been activated to Level 2. PODs will be stood up at designated CCPs once LE clears the AOR. SIP lifted for Zones B-3 and B-4 at 13:40; Zone B-5 remains under SIP pending AQM results from HAZMAT. ESF-6 coordinating with ARC for congregate sheltering at the Lincoln MS site.\n\nMarlow County Office of Emergency Management, 555-0170.",
  ),
  bad(
    "en",
    "bulletin",
    "internal jargon and abbreviations",
    ADAPTED,
    PLAIN,
    "Low pressure in Zone 5",
    "Due to a PRV failure at the Hillcrest booster station, customers in pressure zone 5 may experience low PSI. A precautionary BWN has been issued for the zone pending Bac-T results. Crews are isolating the PRV vault and flushing via hydrants on the 400–600 blocks of Hillcrest Ave.\n\nCall Customer Service at 555-0188 for questions. Oak Valley Water District.",
  ),

  // passive
  bad(
    "en",
    "bulletin",
    "bureaucratic passive with no actor or action",
    [...ADAPTED, ...ACTIVE],
    PLAIN,
    "Notice regarding the treatment works",
    "It has been determined that measures are to be implemented in relation to the incident at the Eastfield treatment works. An investigation has been initiated and the relevant agencies have been notified. An assessment will be undertaken once the necessary information has been received, and further notifications will be issued as appropriate.",
  ),

  // myth-first
  bad(
    "en",
    "social",
    "myth-first corrections",
    ADAPTED,
    DEBUNK,
    "Boil water notice: myths",
    "MYTH: Boiling the water doesn't kill the bacteria.\nMYTH: Filter jugs make the water safe to drink.\nMYTH: Hot water from the tap is safe because it's hot.\nMYTH: The council is hiding that people are in hospital.\n\nNone of these are true. Please keep boiling your water until we tell you the notice is lifted. Clearwater District Council.",
  ),

  // self-contradiction
  bad(
    "en",
    "sms",
    "self-contradiction",
    FACTUAL,
    CERC,
    undefined,
    "Brantley County Schools: All schools are open as normal today, Wed 12 Feb. Due to icy roads, schools are closed today and students should stay home. Bus routes will run on a 2-hour delay. Info: brantleyschools.org",
  ),

  // near-empty
  bad("en", "social", "near-empty text", [...OPEN, ...ACTIVE], CERC, undefined, "Incident ongoing. Updates to follow."),

  // mockery
  bad(
    "en",
    "social",
    "mockery or jokes about the situation or the public",
    ADAPTED,
    CERC,
    "Heat warning",
    "To the geniuses out jogging at noon in 40 degrees: the ambulance crews would like a word. 🥵\n\nAn extreme heat warning is in place for Dunmore and the Valley until Sunday evening. Stay indoors between 11am and 5pm, drink water even if you're not thirsty and check on older neighbours. The Dunmore Library is open as a cool space until 8pm. Dunmore Shire Council.",
  ),

  // caps
  bad(
    "en",
    "sms",
    "ALL CAPS alarm",
    ADAPTED,
    PLAIN,
    undefined,
    "EMERGENCY!!! FLOOD WATERS RISING FAST ON THE GLEN RIVER. ALL RESIDENTS OF RIVERSIDE PARK MUST GET OUT NOW!!! GO TO HIGHER GROUND AT ST MARY'S SCHOOL. DO NOT DRIVE THROUGH WATER!!! - GLENDALE COUNCIL",
  ),

  // vague timing
  bad(
    "en",
    "bulletin",
    "vague timing",
    FAST,
    CERC,
    "Power outage in Westbrook",
    "About 2,300 homes in Westbrook lost power this morning after storm damage to an overhead line near Mill Creek. Our crews are on site. Power will be restored shortly, and we will provide a further update in due course.\n\nIf you rely on medical equipment, call our priority line on 0800 555 0123. Treat all fallen lines as live and stay well clear. Valley Networks.",
  ),
  bad(
    "en",
    "social",
    "vague timing",
    FAST,
    CERC,
    "Harbour Road closed",
    "Harbour Road is closed between the ferry terminal and Beach Street after a landslip brought down part of the sea wall. Geotechnical engineers are assessing the slope. The road is expected to reopen soon.\n\nUse the signed diversion via Hill Street. Pedestrians can still reach the ferry terminal from Beach Street. Torrin District Council, roads team.",
  ),

  // no action
  bad(
    "en",
    "bulletin",
    "no action for the affected",
    ACTIVE,
    CERC,
    "Gas leak on Carlton Street",
    "A contractor damaged a gas main on Carlton Street at around 2.15pm today. Gas is escaping from the main near the junction with Queen's Road. Engineers from Northern Gas Networks and the fire service are on scene and working to make the main safe, which is expected to take several hours.\n\nThe leak affects homes and businesses on Carlton Street, Queen's Road and Albert Terrace. Further updates will be posted on the council website at 5pm.",
  ),
  bad(
    "en",
    "bulletin",
    "no action for the affected",
    ACTIVE,
    CERC,
    "Wildfire smoke over the Kestrel Valley",
    "Smoke from the Copper Creek wildfire, about 40 miles west, is expected to settle over Kestrel Valley communities from this evening through Thursday. Air quality is forecast to reach the 'unhealthy' range overnight and may reach 'very unhealthy' in Aspen Flats and Millbrook on Wednesday morning. Older adults, children and people with heart or lung conditions are most affected by fine particles in smoke.\n\nKestrel County Public Health will post an update tomorrow at noon at kestrelcounty.gov/smoke.",
  ),

  // no sender
  bad(
    "en",
    "sms",
    "no sender and no route to more information",
    OPEN,
    CERC,
    undefined,
    "Boil water notice in effect for all homes east of the river until further notice. Boil water for 1 minute before drinking, cooking or brushing teeth.",
  ),

  // long sentences
  bad(
    "en",
    "bulletin",
    "very long sentences / dense text",
    ADAPTED,
    PLAIN,
    "School closures and flooding",
    "Following the significant rainfall experienced across the district over the past 48 hours and the subsequent flooding of a number of roads, including the B4021 at Ashby Bridge and Mill Lane in Hadley, which has resulted in a number of school transport routes being unable to operate safely, the local authority, in consultation with headteachers and the highways team, has taken the decision that Ashby Primary School, Hadley Church of England Primary School and Northmoor Academy will be closed to pupils on Thursday, with remote learning to be made available through the usual school platforms, and parents and carers are asked to check their school's website or the county council's school closures page for further information regarding Friday, which will be confirmed by 6pm on Thursday evening.",
  ),

  // no place / time
  bad(
    "en",
    "social",
    "warning with no place or time",
    [...ACTIVE, ...FAST],
    CERC,
    "Severe thunderstorm warning",
    "SEVERE THUNDERSTORM WARNING: A severe thunderstorm capable of producing golf-ball-sized hail and 70 mph wind gusts is approaching. Move to an interior room on the lowest floor of a sturdy building and stay away from windows. – County Emergency Management",
  ),

  // too complex
  bad(
    "en",
    "sms",
    "too complex for its audience",
    [...ADAPTED, ...OPEN],
    PLAIN,
    undefined,
    "Pursuant to the precautionary determination of the Medical Officer of Health, potable water distributed within the municipal system is deemed non-compliant with microbiological parameters; consumption absent prior thermal disinfection is contraindicated pending verification sampling.",
  ),
];
