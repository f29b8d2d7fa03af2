import { evalSet } from "./build.js";
import type { EvalMessage } from "./types.js";

/**
 * Ninth extra set of real messages: a sixth pass of real prose, written 2026-12-05, of Swedish authorities only
 * (kommuner, regioner, länsstyrelser, räddningstjänster, SMHI, Folkhälsomyndigheten, Krisinformation.se and kommunala
 * bolag). It favours genres unlike outbreak reports and police notices: weather warnings and spring floods, boil-water
 * and water-saving notices, power and telephony outages, a closed bridge, fire bans imposed and lifted, forest-fire
 * updates, evacuation and return, and heat advice. Bodies are the authority's own sentences, copied as published
 * (whole sentences or paragraphs dropped, none rewritten); `source` gives the URL, the publisher and the date (or says
 * the page shows none). No URL repeats an earlier set. Tuning material: real messages only, nothing to flag.
 */

const { real } = evalSet("real9-");

export const GOOD_REAL9: EvalMessage[] = [
  real(
    "sv",
    "bulletin",
    "Orange vädervarning från SMHI",
    "SMHI varnar för att det under tisdag och onsdag kommer att vara tidvis kraftigt snöfall i kombination med blåsigt väder. Detta kan bland annat leda till trafikstörningar och elavbrott.\n\nVarningen gäller från tidig morgon tisdag 7 mars till onsdag 8 mars. Enligt SMHI kan det komma mellan 15-25 centimeter snö lokalt, i kombination med stark blåst.\n\nHur kan det påverka mig?\n\n• Mycket begränsad framkomlighet på vägar, särskilt i öppna landskap, som till exempel inte hunnit snöröjas eller på grund av trafikolyckor.\n• Förseningar inom buss-, tåg- och flygtrafiken samt inställda avgångar.\n• Sannolikt elbortfall i områden med luftburna elledningar, vilket även påverkar mobila nät för telekommunikationer.\n\nFölj vädervarningarna på SMHI",
    "https://www.uddevalla.se/kommun-och-politik/nyheter/nyhetsarkiv/2023-03-06-orange-vadervarning-fran-smhi.html (Uddevalla kommun, 6 mars 2023)",
  ),
  real(
    "sv",
    "bulletin",
    "Orange varningar för snöfall i Svealand och Gävleborgs län",
    "🔶 SMHI har utfärdat två orange varningar för snöfall. Från måndag kväll fram till tisdag morgon väntas tidvis kraftigt snöfall i sydvästra Svealand. Från måndag kväll fram till tisdag förmiddag väntas tidvis kraftigt snöfall i mellersta Svealand och Gävleborgs län.\n\nSMHI har utfärdat två varningar som båda gäller kraftigt snöfall och som kan leda till problem i bland annat trafiken. Varningen för sydvästra Svealand gäller 30 oktober kl. 18.00 – 31 oktober kl. 06.00. Varningen för mellersta Svealand och Gävleborgs län gäller 30 oktober kl. 21.00 – 31 oktober kl. 11.00.\n\nHur kan det påverka mig?\n\n• Mycket begränsad framkomlighet på vägar som till exempel inte hunnit snöröjas eller på grund av trafikolyckor.\n• Förseningar inom buss-, tåg- och flygtrafiken samt inställda avgångar.\n• Sannolikt elbortfall i områden med luftburna elledningar, vilket även påverkar mobila nät för telekommunikationer.",
    "https://www.krisinformation.se/nyheter/2023/oktober/orange-varning-for-snofall (Krisinformation.se, 30 oktober 2023)",
  ),
  real(
    "sv",
    "bulletin",
    "SMHI har utfärdat en klass 2-varning över västra Kronoberg",
    "SMHI har utfärdat en klass 2-varning över västra Kronoberg. Varningen rör främst Markaryd, Ljungby och Älmhults kommuner.\n\nUnder söndag kväll och natten mot måndag väntas en väderutveckling med nordvästlig vind över södra Sverige. Ovädret har ett snabbt förlopp och är relativt kortvarigt. Det finns dock risk för mycket hårda vindar och SMHI har skrivit upp byvinden till 29 m/s i varningen som omfattar västra Kronoberg.\n\nVädret kan innebära fara för allmänheten, stora materiella skador och stora störningar i viktiga samhällsfunktioner. Allmänheten uppmanas att följa upp ny information på Internet, radio eller TV samt iaktta stor försiktighet vid vistelse utomhus.\n\nFör östra delen av länet råder en klass 1-varning, vilket innebär västlig vind med mycket hårda vindbyar, 21-23 m/s, främst i södra delen.\n\nUnder söndagseftermiddagen har samverkansmöte hållits mellan Region Kronoberg, Räddningstjänsterna, Polisen, SOS Alarm, Försvarsmakten och Länsstyrelsen för att säkerställa god beredskap.\n\nHar du frågor eller söker ytterligare information kring stormen, ring informationsnumret 113 13.",
    "https://tingsryd.se/nyheter/kommunen/smhi-har-utfardat-en-klass-2-varning-over-vastra-kronoberg/ (Tingsryds kommun, a Sunday under SMHI's former class 1–3 warning system; year not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Fortsatt risk för allvarlig vårflod",
    "Det finns en fortsatt stor risk för att det blir en allvarlig vårflod framöver i vår. Det kommer en period av mildare väder torsdag 25 februari vilket leder till att avsmältningen kommer igång i södra Skåne och i delar av Götalands östkust. Efter perioden av mildare väder blir det åter kallare.\n\nDet kommer en period av mildare väder torsdag 25 februari vilket leder till att avsmältningen kommer igång i södra Skåne och i delar av Götalands östkust. Vattenföringen kan komma nära den lägsta varningsnivån och lokalt kan detta orsaka problem. Efter perioden av mildare väder blir det åter kallare och avsmältningen avtar. Kalluften förväntas komma i början på vecka 9.\n\nSnön täcker nu hela Sverige. I Götaland och östra Svealand ligger mycket mer snö än normalt. Nordvästra Svealand och Norrlands fjällkedja och inland har däremot mindre snö än normalt.\n\nI dagsläget är vattenföringen låg i Götaland och östra Svealand, men när snösmältningen kommer igång på allvar finns det risk för en allvarlig vårflod. Störst risk finns i nordöstra Götaland och i Södermanlands län. Det är i dagsläget svårt att exakt säga var, när och hur stor vårfloden kommer att bli då detta helt beror på väderutvecklingen.\n\nSMHI övervakar kontinuerligt det hydrologiska läget och kommer att fortsätta att ge ut information och eventuella varningar under våren.",
    "https://www.smhi.se/data/hydrologi/vattenforing/2.896/fortsatt-risk-for-allvarlig-varflod-1.9892 (SMHI, februari 2010)",
  ),
  real(
    "sv",
    "bulletin",
    "Fortfarande risk för allvarlig vårflod i södra Sverige",
    "Risken för en kraftig vårflod i södra Sverige är fortfarande högre än vanligt på grund av det ovanligt djupa snötäcket. Hur intensiv smältningen blir kommer att avgöras av väderutvecklingen. Snösmältningen ser inte ut att komma igång på allvar under innevarande vecka (vecka 10).\n\nSnön täcker fortfarande nästan hela Sverige. I Götaland, förutom södra Skåne, och östra Svealand ligger det fortfarande mycket mer snö än normalt. Nordvästra Svealand och Norrland har däremot mindre snö än normalt.\n\nI dagsläget är vattenföringen låg, men när snösmältningen kommer igång på allvar är det förhöjd risk för att det blir en högre vårflod än vanligt i södra Sverige. Risken bedöms i dagsläget vara störst i nordöstra Götaland och sydöstra Svealand. Det går ännu inte att säga hur hög vårfloden kommer att bli, eller när den inträffar, då detta beror på väderutvecklingen.\n\nSMHI övervakar kontinuerligt det hydrologiska läget och kommer att fortsätta att ge ut information och eventuella varningar under våren.",
    "https://www.smhi.se/data/hydrologi/vattenforing/2.896/fortfarande-risk-for-allvarlig-varflod-i-sodra-sverige-1.10034 (SMHI, mars 2010, vecka 10)",
  ),
  real(
    "sv",
    "bulletin",
    "2011-04-05 Snösmältning i norra Svealand",
    "Snösmältningen har nu kommit igång i norra Svealand och södra Norrlands kustland och flödena ökar i små och medelstora vattendrag.\n\nI små vattendrag i norra Uppland är det lokalt höga flöden som dock ser ut att avta inom ett par dagar. I medelstora vattendrag stiger vattenföringen, men väntas inte nå upp till varningsnivå.\n\nI sydöstra Värmland är snötäcket något större än normalt för årstiden. Där stiger vattenföringen i små och medelstora vattendrag och kan till helgen och i början av nästa vecka nå upp till den lägsta varningsnivån (klass 1). Det gäller främst Norsälven och Gullspångsälven. I den norra delen av Klarälvens avrinningsområde är snöläget normalt och flödena i Klarälven är nära de normala för årstiden.\n\nSMHI följer kontinuerligt flödesutvecklingen och ger ut eventuella varningar och information vid behov.",
    "https://www.smhi.se/data/hydrologi/vattenforing/2.896/2011-04-05-snosmaltning-i-norra-svealand-1.15908 (SMHI, 5 april 2011)",
  ),
  real(
    "sv",
    "bulletin",
    "Vårflöden i Norrbottens kustland",
    "Det har varit en lugn snösmältning i stora delar av landet. Det första området där flödena nått upp i varningsnivå är i Norrbottens kustland.\n\n–Det har varit en lugn snösmältning i stora delar av landet. I Götaland och Svealand är det nu barmark på nästan alla håll. I södra Norrland är stora delar av kustlandet och inlandet snöfria, på sina håll återstår endast lite snö, berättar Gustav Carlsson, vakthavande hydrolog på SMHI.\n\nDe senaste dygnens nederbörd och höga temperaturer har gjort att flödena ökat i vattendragen i norra Norrlands kustland.\n\n–I norra Norrlands kustland och inland har snösmältningen pågått ett tag. Det är först nu med nederbörden som flödena i vattendragen når normala vårflodsnivåer. Just nu har vi en klass 1-varning för höga flöden i små vattendrag i Norrbotten, säger Gustav Carlsson.\n\nKlass1-varning innebär höga flöden i vattendrag på en nivå som uppkommer i snitt vartannat år. I norra delarna av Sverige är detta en normal vårflod. De höga flödena kan medföra mindre översvämningsproblem. Följ hur flödesläget utvecklas på SMHIs varningshemsida.",
    "https://www.smhi.se/nyhetsarkiv/varfloden-i-norrbottens-kustland-1.103833 (SMHI news archive, spring; year not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Vårfloden pågår i Norrbotten",
    "Snösmältningen pågår för fullt i de nordligaste delarna av landet. SMHI har utfärdat varningar för mycket höga flöden (klass 2) i främst små vattendrag i ett område i fjälltrakterna och i Norrbottens läns inland. Varningar för höga flöden (klass 1) är utfärdade för små och medelstora vattendrag längs med hela svenska fjällen, men även för ett antal större vattendrag i Norrbottens och Jämtlands län. Men förhållandena de sista veckorna har ändå varit gynnsamma och flödena har inte nått upp till klass 2-nivå i de stora älvarna.\n\n– På en del håll har flödena återigen ökat efter en tillfällig minskning, så man kan ännu inte säga att faran är över. Det finns fortfarande mycket snö kvar i fjälltrakterna och vi räknar med ytterligare flödesökningar i de fjällnära och stora vattendragen, säger Gustav Carlsson, Vakthavande hydrolog.\n\nVäderutvecklingen de kommande veckorna är avgörande hur flöden kommer att utveckla sig längre fram. Om det är varmt på dagarna men svalt på nätterna smälter snön inte lika fort som då det är milda temperaturer hela dygnet i samband med nederbörd till exempel.",
    "https://www.smhi.se/nyhetsarkiv/varfloden-pagar-i-norrbotten-1.160999 (SMHI news archive, spring; year not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Vårflod med höga flöden i delar av Norrbottens inland",
    "I Norrbottens inland tar snösmältningen nu fart i samband med högre temperaturer. Snösmältningen i kombination med nederbörd gör att SMHI varnar för höga flöden i små vattendrag i området.\n\n– Varningen i Norrbottens inland är den första flödesvarningen vi ger ut sedan vi ändrade varningsgränserna. Gränserna är nu högre för en klass 1-varning och återkomsttiden är på 5 – 25 år, tidigare var det från 2 till 10 år, säger Nina Bosshard som är hydrolog på SMHIs prognos och varningstjänst.\n\n– En längre återkomsttid betyder att det flödet uppkommer mer sällan. En klass 1-varning nu visar alltså på en mer allvarlig flödessituation än vad det gjorde förra året, förklarar Nina.\n\nVårfloden pågår även i södra fjällen i Dalarna men där är vattenflödena inte uppe i varningsnivå.\n\nHittills har vårfloden varit lugn. Eftersom våren varit kall finns det nu mer snö kvar än normalt för årstiden, även om det totalt sett varit mindre snö än normalt - framförallt i fjällen.",
    "https://www.smhi.se/nyhetsarkiv/varflod-med-hoga-floden-i-delar-av-norrbottens-inland-1.171839 (SMHI, maj 2021)",
  ),
  real(
    "sv",
    "bulletin",
    "Hur blir årets vårflod?",
    "Nu väntas en ny period med stigande temperaturer och snösmältning i Norrland. Flödena kommer att öka men troligtvis inte till några höga nivåer under de närmsta dagarna. Vad som händer längre fram beror på väderutvecklingen.\n\nSnö finns kvar i nordligaste Svealand och stora delar av Norrland. Snötäcket är större än normalt i delar av Lappland, Norrbotten och Jämtlandsfjällen. Den närmaste tiden väntas plusgrader långt upp i landet och snön kommer att börja smälta.\n\nVattenflödena i landet är nu låga, men väntas öka på många håll. Flödena beräknas inte bli höga under de närmaste dagarna och vad som händer längre fram är ännu för tidigt att säga något om. Det beror främst på snösmältningstakten och på om det faller regn i samband med avsmältningen.\n\nSMHIs hydrologiska prognos- och varningstjänst är uppdaterad på det hydrologiska läget och utfärdar varningar. Följ läget på varningssidan.",
    "https://www.smhi.se/nyhetsarkiv/hur-blir-arets-varflod-1.21661 (SMHI news archive, spring; year not shown)",
  ),
  real(
    "sv",
    "bulletin",
    undefined,
    "I nästan hela landet är dygnsmedeltemperaturen över noll grader vilket medför en ökad snösmältning och vattenflöde. Flödet ökar dock från låga nivåer och i dagsläget finns ingen större risk för höga flöden i landet. Läget kan dock förändras och det är därför viktigt att hålla sig uppdaterad på varningar från SMHI.\n– Nu ser vi avsmältning med flödesökningar främst i mellersta Norrlands inland. Det är mindre snö kvar än normalt i området och vi ser inga tendenser till hydrologiska varningar under de kommande tio dygnen säger Fredrik Schück, vakthavande hydrolog på SMHI.\n– Däremot är temperaturen fortfarande låg i Norrlands fjällkedja där de större snömängderna ligger. Därför dröjer vårfloden i de områdena och SMHIs prognos talar för att kulmen där kommer senare i vår. Väderutvecklingen framöver är avgörande för hur kommande vårflod blir, fortsätter Fredrik Schück.\nLäget kan förändras\nHur vårfloden utvecklas längre fram är för tidigt att säga i dagsläget. SMHIs hydrologiska prognos- och varningstjänst är uppdaterad på det hydrologiska läget och utfärdar varningar.",
    "https://www.smhi.se/nyhetsarkiv/laget-infor-varfloden-1.182571 (SMHI news archive, spring; year not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Råd vid värmeböljor",
    "Just nu är det väldigt varmt i stora delar av landet. Höga temperaturer under en längre tid kan vara farligt för alla. Särskilt känsliga för värmen är äldre, kroniskt sjuka, personer med funktionsnedsättning, små barn och gravida samt personer som tar viss medicin. Funderar du över dina mediciner och värmen bör du kontakta din vårdgivare.\n\nOm du som privatperson upplever att din eller dina anhörigas hälsa påverkas negativt uppmanas du att ringa 1177 för sjukvårdsrådgivning. På 1177.se kan du hitta fakta och råd.\n\nHar du som privatperson problem med värme i din lägenhet som påverkar din hälsa negativt ska du i första hand kontakta din hyresvärd eller bostadsrättsförening. Om problemen inte blir åtgärdade kan du kontakta kommunens miljö- och hälsoskyddskontor. När det gäller värmen på din arbetsplats är det din arbetsgivare du ska kontakta i första hand.",
    "https://www.folkhalsomyndigheten.se/nyheter-och-press/nyhetsarkiv/2018/juli/rad-vid-varmeboljor/ (Folkhälsomyndigheten, juli 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Vattenförbrukningen är för hög - var sparsam med dricksvattnet",
    "Nu är det många som använder mycket vatten samtidigt och vattenverken jobbar på maxkapacitet. För att dricksvattnet ska räcka till för mat, dryck och hygien behöver vi hjälpas åt att spara på vattnet för att undvika ett bevattningsförbud.\n\n• Undvik att använda vattenspridare.\n• Undvik att fylla din pool, spa eller badtunna.\n• Undvik att använda högtryckstvätt.\n• Låt inte kranvatten stå och rinna.\n\nOm inte förbrukningen går ned kommer vattentornen att stå inför kapacitetsbrist, vilket gör att vi måste införa bevattningsförbud.\n\nTack för att ni tar ansvar och hjälper till att värna vårt gemensamma dricksvatten!",
    "https://www.trosa.se/News/NewsPage/vattenforbrukningen-ar-for-hog-var-sparsam-med-vattnet/ (Trosa kommun, summer notice; date not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Koka dricksvattnet tills vidare!",
    "Driftstörning på vattenverk, kokning av dricksvatten rekommenderas tills vidare\n\nPå grund av en driftstörning på vattenverket i Vassmolösa rekommenderas alla abonnenter söder om Byvägen i Ljungbyholm, inklusive Torsås kommun att som försiktighetsåtgärd koka dricksvattnet tills vi får godkända vattenprover. Provsvar får vi av Kalmar Vatten tidigast på onsdag.\n\nObservera att boende i Gullabo och Bidalite samt hushåll med enskilda brunnar inte omfattas av rekommendationerna.\n\nVi uppdaterar med mer information löpande så fort något nytt inkommer.\n\nDriftstörningen innebär även förhöjd risk av missfärgat vatten. Spola lite extra och kontakta Kalmar Vatten om det inte försvinner. Undvik vittvätt inom de närmaste dagarna.\n\nFör er som druckit vatten och undrar:\nDet har inte skett några inläckage av smutsigt vatten utifrån. Vattnet kan framöver upplevas som missfärgat, med avvikande smak eller lukt på grund av att avlagringar frigörs vid tryckfall i ledningssystemet. Kokning av vattnet är en rekommendation innan vi får svar på om vattnet innehåller några avvikelser.",
    "https://www.torsasbostader.com/koka-dricksvattnet-tills-vidare/ (Torsås Bostäder, 9 januari 2017)",
  ),
  real(
    "sv",
    "bulletin",
    "Strömavbrott påverkade kommunens verksamheter",
    "Stora delar av kommunen drabbades av strömavbrott från tidiga morgon till på eftermiddagen den 16 januari. Kommunorganisationen aktiverade sin krisledning, och arbetade för att skapa lägesbild för att avgöra hur kommunens verksamheter påverkades och för att kunna sätta in åtgärder. Krisledningen avvecklades 17.05 under onsdagkvällen, då strömmen kommit tillbaka och eventuella konsekvenser hanterats.\n\nHemtjänsten utrededde vilka vårdtagare som kunde vara drabbade av strömavbrottet. Ett par skolor i området som blev utan ström fick stänga och skickade hem elever och personal.\n\nDet ska komma mer snö och blåsa en hel del det närmsta dygnet och vara fortsatt kallt. Det kan även fortsättningsvis påverka strömförsörjningen.\n\nHåll dig gärna uppdaterad via radio P4 Sjuhärad om fler avbrott inträffar och via kommunens webbplats när det gäller den kommunala verksamheten.",
    "https://www.mark.se/nyheter/nyhetssidan/stromavbrott-paverkar-kommunens-verksamheter/ (Marks kommun, 16 januari 2024)",
  ),
  real(
    "sv",
    "bulletin",
    "”De svåraste utmaningarna återstår”",
    "26 november 2024 12:09: I nuläget har alla Umeå Energis kunder fått tillbaka strömmen efter förra veckans oväder, frånsett 150 hushåll som får räkna med ytterligare strömlösa dyn. – Det är de svåraste utmaningarna som återstår. Vi fortsätter därför vårt arbete med oförminskad styrka, konstaterar Jan Eriksson, vd på Umeå Energi elnät.",
    "https://umeaenergi.se/aktuellt/de-svaraste-utmaningarna-aterstar (Umeå Energi, 26 november 2024)",
  ),
  real(
    "sv",
    "bulletin",
    "Uppdaterad information 7 maj kl.7.30: Mobiltelefonin fungerar igen",
    "Kommunens krisledningsgrupp har träffats igen nu på morgonen.\n\n- I går eftermiddag fick vi indikationer på att mobiltelefonin fungerade igen och tester som gjorts nu på morgonen har bekräftat detta, säger kommundirektör Bengt Friberg. Däremot har Telia ännu inte hittat den underliggande orsaken till problemen och det fortsätter man jobba med.\n\nI och med detta har stabsläget avslutats. Bengt Friberg konstaterar att kommunens rutiner och de säkerhetsåtgärder som gjorts fungerat bra.\n\nUppdaterad information 6 maj kl.15.30\n\nUnder eftermiddagen har kommunens krisledningsgrupp träffats igen för en avstämning med anledning av telefoniproblemen.\n\n- Vi har haft löpande kontakt med Telia hela dagen och under mötet fick vi besked om att de har ringat in felet men har ännu ingen lösning på problemen. Men man jobbar intensivt med det, säger kommundirektör Bengt Friberg.\n\nStörningarna i mobiltelefonin är koncentrerade till tätorten Hudiksvall och medför stora problem i kommunikationen med kommunens personal.\n\nHemtjänst och hemsjukvård är naturligtvis extra sårbara verksamheter och vi har nu gått igenom de manuella rutinerna inför natten och ökat bemanning på något ställe, säger Bengt Friberg. Kunder inom hemsjukvården har fått information om alternativa telefonnummer",
    "https://www.hudiksvall.se/Arkiv/Nyheter/Nyheter-2019/2019-05-06-Uppdaterad-information-7-maj-kl.7.30-Mobiltelefonin-fungerar-igen.html (Hudiksvalls kommun, 6–7 maj 2019)",
  ),
  real(
    "sv",
    "bulletin",
    "Åter normalläge efter telefonistörning",
    "Under onsdagsförmiddagen påverkades Region Östergötland av en driftstörning i telefoni och internet. Orsaken var en driftstörning hos Telia, som nu är åtgärdad.\n\n– Det var en driftstörning hos Telia som påverkade oss. Med tanke på omvärldsläget valde vi att gå upp i stabsläge, men det visade sig ganska snart att alla system fungerade normalt och därmed avvecklade vi särskild sjukvårdsledning, säger Andreas Westöö, stabschef i regional sjukvårdsledning.\n\nRegion Östergötland klassade störningarna som en särskild händelse och etablerade särskild sjukvårdsledning på regional nivå och på lokal nivå på Universitetssjukhuset i Linköping. Stabsläget kunde avvecklas efter knappt två timmar. Dock kan det under en tid förekomma begränsad påverkan i telefonkapaciteten.\n\nVarken Vrinnevisjukhuset i Norrköping eller Lasarettet i Motala rapporterade någon påverkan.",
    "https://www.regionostergotland.se/ro/nyheter/nyheter/2023-02-15-ater-normallage-efter-telefonistorning (Region Östergötland, 15 februari 2023)",
  ),
  real(
    "sv",
    "bulletin",
    "Händelöbron stängs av för fordonstrafik",
    "Efter att en arbetsplatsolycka skett kommer Händelöbron att stängas av för all fordonstrafik imorgon tisdag 27 mars och som längst till och med torsdag den 31 maj 2018.\n\nEn bred och tung transport körde över Händelöbron och fick med sig det tält som ska skydda dem som arbetar på bron. Ingen person kom till fysisk skada men händelsen är polisanmäld som en smitning.\n\nHändelöbron kommer endast att vara öppen för fotgängare, cyklister, tåg- och båttrafik.",
    "https://www.norrkoping.se/nyheter/handelobronstangsavforfordonstrafik.5.5d1fd732162236256e59eb.html (Norrköpings kommun, 26 mars 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Eldningsförbud fr.o.m. 17 maj kl 15.00",
    "Det rådande väderläget gör att det är mycket torrt i skog och mark. Det medför att en eventuell brand i skog och mark får extra snabb spridning och är mer svårsläckt än normalt. Länsstyrelsen i Stockholms län och Uppsala län har beslutat om eldningsförbud fr.o.m. 17 maj, kl 15.00.\n\nNär eldningsförbud råder är grillning endast tillåtet i för ändamålet framtagna grillar eller vid särskilt iordningställda grillplatser som är utformade så att det inte finns risk för brandspridning.\n\nBedömningen av eldningsförbud är gjord utifrån SMHI:s prognosunderlag och i samråd med länets räddningstjänster.\n\nKontakta i första hand länets räddningscentral - Storstockholms räddningscentral (SSRC).",
    "https://www.brandkaren-attunda.se/nyheter/eldningsforbud-fr-o-m-17-maj-kl-15-00/ (Brandkåren Attunda, 17 maj 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Bränder mindre hot mot Kårböle",
    "Uppdaterad version onsdag kl 00.40. Det brinner fortfarande på fem platser i Ljusdals kommun. Efter tisdagens förrvärrade läge i trakterna kring Laforsen/Enskogen, Ängra och Kårböle kan det under natten kraftsamlas för att undanröja hotet mot Kårböle. Förhoppningen är att slippa utrymma Kårböle, något som tidigare skett i Enskogen och Ängra fiskecamp.\n\nKommunen planerar just nu för att hantera situationen om läget förvärras ytterligare i Kårböle och uppmanar boende att hålla sig informerade om detta. Men enligt räddningtjänsten kan lösningen vara nattens kraftsamling för att släcka så mycket som möjligt på Nötberget, den brand som på tisdagen var största hotet mot Kårböle.\n\nDet svåra läget vid Ängra och Laforsen/Enskogen kvarstår men där har till exempel Vikstenstorpet vid Ängratörn, Ängra fiskecamp och bebyggelsen i Enskogen hittills räddats från att brinna ner, enligt räddningstjänstens rapport natten mot onsdagen.\n\nVid de två övriga bränderna vid Tovåsen och Rullbo skiftar släckningsresultatet.\n\nKommunens krisledningsgrupp står i ständig kontakt med räddningstjänsten och övriga myndigheter för att hantera situationen.\n\nFör invånare i trakten som inte kan lösa boendet själva finns sedan tidigare möjlighet att bo på Färila Idrottspark/camping, telefon 070-622 28 79 (Bengt Näslund, Färila IF). Vid behov har kommunen redan planer för kunna erbjuda ytterligare sovplatser och kontaktar hemtjänstens kunder. För övriga i Kårböle som kan komma att behöva hjälp med utrymning och sovplatser har kommunen en jourtelefon 0651-185 47. OBS! Endast för personer i Kårböle och som inte klarar eventuell utrymning på egen hand.",
    "https://ljusdal.se/startsidenyheter/brandermindrehotmotkarbole.5.688e2cb41648bdc3dd11d021.html (Ljusdals kommun, 18 juli 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Målbild för arbetet med bränderna",
    "Berörda aktörer har idag, den 20 juli, enats om en gemensam målbild för arbetet med bränderna i länet. Denna målbild innebär att branden ej ska nå Kårböle, Färila, Ramsjö, Los och Ljusdal.\n\nI brandområdet prioriteras människoliv, samhällsviktiga funktioner samt hälsa.\n\nEn förutsättning för att lyckas med insatsen är att stödet från bland annat frivilliga, nationella och internationella aktörer används på bästa sätt.\n\nMålbilden kan påverkas av yttre faktorer såsom till exempel vädret och resurstillgång.\n\nLänsstyrelsen får en del frågor om kartor över brandens utbredning. Här kommer en kort förklaring till hur man sammanställer kartor.\n\nRäddningstjänsten gör regelbundna helikopterflygningar i området och ritar då information om branden på kartor för hand.\n\n• Sikten kan i vissa områden skymmas av brandrök, särskilt i områden där vinden ligger på. Därför kan gränser bli otydliga, förklarar Anna Sundberg som arbetar med kartor på länsstyrelsens stab.\n\nPå länsstyrelsens stab digitaliseras dessa kartor som sedan kompletteras med information från Kustbevakningens flygningar som söker området med kameror som har infraröd teknik, så kallad IR. Dessa kameror registrerar värmeutveckling och kan se igenom röken.\n\n• Sammantaget ger detta en relativt bra bild över brändernas utbredning, även om vissa gränser inte är exakta.",
    "https://www.ljusdal.se/samhallegator/krisochsakerhet/arkiveradkrisinformation/nyhetsarkivkrisinformationbranden/tidigarenyheterkringbranden.5.688e2cb41648bdc3dd1ca344.html (Ljusdals kommun, 20 juli 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Evakuerade från Enskogen och Laforsen får återvända hem",
    "Under eftermiddagen har beslut fattats om att de evakuerade från Enskogen och Laforsen får återvända till sina hem. Riksväg 84 är öppen fram till Laforsen. Väg 735 kommer att öppnas förbi Laforsen och fram till Enskogen. Väg 735 är öppen hela vägen fram till Finneby och vidare norrut. Evakueringen hävs även för Strandbodarna och Lindskog i Kårböle.\n\nDessutom är väg 296 åter öppen mellan Kårböle och Los.\n\nKommunens och polisens vädjan till allmänheten är att låta hemvändande personer komma hem i lugn och ro.\n\nÄngra fortsatt evakuerade\n\nDe evakuerade från Ängra samt enstaka fastigheter inne i brandområdet kommer att vara evakuerade ännu en tid för att möjliggöra den fortsatta räddningsinsatsen samt att hindra allmänheten att beträda platsen.\n\nRäddningsledarens intention är att ingen ska vara evakuerad i onödan. Nya bedömningar görs löpande.\n\nDet är fortfarande förenat med livsfara att vistas i avspärrat område på grund av glödbränder och fallande träd. Alla röda vägar på kartan är avstängda. De gröna vägarna är säkra och kan nyttjas.\n\nInformation om dricksvattnet\nKvaliteten på det kommunala dricksvattnet har bedömts vara fortsatt god och behöver inte kokas. Det kan dock vara bra att spola ur ledningarna kraftigt någon minut före användning. Ljusdal Energi kommer att spola ur huvudledningarna i samband med återflytten.",
    "https://www.ljusdal.se/samhallegator/krisochsakerhet/arkiveradesidor/nyhetsarkivkrisinformationbranden/evakueradefranenskogenochlaforsenfaratervandahem.5.7259f893164f281f9822dffb.html (Ljusdals kommun, 1 augusti 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Förbjudet att vistas inom det brandskadade skogsområdet",
    "Länsstyrelsen har fattat beslut om att det är förbjudet för allmänheten att vistas inom det brandskadade skogsområdet i Ljusdals kommun.\n\nFörbudet gäller tills vidare och har tagits för allmänhetens säkerhet. Det är fortfarande lika farligt som under branden att vistas i brandområdet.",
    "https://hudiksvall.se/Arkiv/Nyheter/Nyheter-2018/2018-08-08-Forbjudet-att-vistas-inom-det-brandskadade-skogsomradet.html (Hudiksvalls kommun, 8 augusti 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Brandområdet är öppet för tillträde",
    "Från den 24 juni 2019 bedömer Länsstyrelsen Gävleborg att det brandskadade området i Ljusdals kommun är så pass säkert att det kan öppnas för allmänheten igen.",
    "https://ljusdal.se/samhallegator/krisochsakerhet/nyhetsarkiv/aktuelltlagekrisinformation.4.688e2cb41648bdc3dd14749b.html (Ljusdals kommun, 25 juni 2019)",
  ),
  real(
    "sv",
    "bulletin",
    "Brandrök driver in från Ljusdal",
    "Just nu är många oroliga för den brandrök som lagt sig över kommunen. Under morgonen har rök drivit in från en brand i Ljusdal.\nTänk på att vara extra försiktig och uppmärksam. Det är extremt torrt och fortsatt skärpt eldningsförbud i hela Gävleborgs län på grund av den stora brandrisken.",
    "https://www.hudiksvall.se/Arkiv/Nyheter/Nyheter-2023/2023-06-15-Brandrok-driver-in-fran-Ljusdal.html (Hudiksvalls kommun, 15 juni 2023)",
  ),
  real(
    "sv",
    "bulletin",
    "Åter till normalt eldningsförbud",
    "Från den 13 augusti är det tillåtet att grilla med försiktighet, även på iordningställda grillplatser i naturen och på allmän plats\n\nDet är fortfarande förbjudet att:\n\n• Elda gräs, löv, kvistar, ved eller dylikt med öppen låga utomhus. Det gäller även eldning i tunna eller liknande.\n• Grilla med engångsgrill.\n\nDu som grillar ansvarar\n\nDet är tillåtet att grilla i en trädgårdsgrill, gasolgrill eller iordningställd grillplats. Trädgårdsgrill bör placeras på ett obrännbart underlag. Säkerställ att det inte finns något brännbart material i nära anslutning till grillningen. Ha alltid släckutrustning i närheten när du grillar och släck ordentligt med vatten efteråt.\n\nVar försiktig! Den som använder öppen eld eller utför gnistbildande arbeten är alltid ansvarig för eventuella konsekvenser.",
    "http://www.oxelosund.se/nyhetsartikel/ater-tillatet-grilla-pa-egen-tomt/ (Oxelösunds kommun, 13 augusti; year not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Eldningsförbudet är upphävt",
    "Från och med kl 11:00 måndag 8 juli 2019 är eldningsförbudet upphävt i kommunerna Nyköping, Oxelösund, Trosa och Gnesta. Beslutet att upphäva eldningsförbudet är fattat av räddningschefen vid Sörmlandskustens räddningstjänst.\n\nTrots att det inte längre är eldningsförbud uppmanas alla till stor försiktighet.\n\nFortsatt eldningsförbud enligt lokala ordningsstadgor\n\nI detaljplanerat område under tiden 1/6–31/8 samt för Trosa innerstad gäller alltid förbud mot öppen eld för bränning av trädgårdsavfall.\n\nVem beslutar om eldningsförbud?\n\nI Nyköping, Oxelösund, Trosa och Gnesta är det Sörmlandskustens räddningstjänst eller Länsstyrelsen Södermanland som bestämmer om det ska råda eldningsförbud eller inte. Räddningstjänsten kan också avråda från eldning.",
    "https://www.trosa.se/nyheter/senaste-nyheter/eldningsforbudet-ar-upphavt/ (Trosa kommun, 8 juli 2019)",
  ),
  real(
    "sv",
    "bulletin",
    "Inget eldningsförbud längre",
    "Det tidigare eldningsförbudet är nu upphävt eftersom det inte är lika torrt i markerna längre.\n\nSörmlandskustens räddningstjänst beslutade idag måndag den 21 augusti 2017 att upphäva det gällande eldningsförbudet från den 4 juli.\n\nI Nyköping gäller nu inga begränsningar så länge räddningstjänsten inte har utfärdar en avrådan från eldning eller eldningsförbud igen.\n\nVi vill ändå uppmana till försiktighet när du eldar eller grillar i naturen. Använd gärna fasta grillplatser.",
    "https://nykoping.se/arkiv/arkiverade-nyheter/2017/Eldningsforbudet-ar-upphavt1/ (Nyköpings kommun, 21 augusti 2017)",
  ),
  real(
    "sv",
    "bulletin",
    "Eldningsförbudet tas bort",
    "Måndag 31 augusti kl. 12.00 hävs eldningsförbudet i alla fyra kommuner, Gnesta, Trosa, Oxelösund och Nyköping.\n\nDet är helgens kraftiga regn som gör att eldningsförbudet som gällt sedan 13 augusti nu tas bort.\n\nDetta gäller i Nyköping\n\nI Nyköping gäller inga begränsningar så länge det inte utfärdas en avrådan från eldning eller eldningsförbud igen.\n\nTa det försiktigt om du eldar\n\nVi vill uppmana till försiktighet när du eldar eller grillar i naturen. Använd gärna fasta grillplatser. Lämna gärna ditt trädgårdsavfall på en trädgårdstipp eller återvinningsstation istället för att elda.\n\nTänk på att eldning alltid sker på egen risk. Det är du själv som ansvarar för eldningen och eventuella konsekvenser till dess att glöden har svalnat. Ha alltid tillgång till vatten och redskap att släcka med. Du kan ställas till svars och blir straffad om du orsakar en brand på grund av oaktsamhet.",
    "https://nykoping.se/sormlandskustens-raddningstjanst/aktuellt/eldningsforbudet-tas-bort (Sörmlandskustens räddningstjänst, augusti 2020)",
  ),
  real(
    "sv",
    "bulletin",
    "Eldningsförbudet i Oskarshamns kommun upphör",
    "Från och med måndag 31 augusti klockan 12.00 gäller ordinarie försiktighetsåtgärder vid eldning eller grillning utomhus i Oskarshamns kommun.\n\nEldning måste alltid ske säkert oavsett om det råder eldningsförbud eller inte. Tänk på att det är din skyldighet att hålla dig uppdaterad om vad som gäller.\n\nRiskerna för skogsbrand har minskat i vårt län och på Räddningstjänstens rekommendation tas det lokala eldningsförbudet bort. Trots att förbudet upphör att gälla är det fortsatt torrt i skog och mark. Vi uppmanar om att iaktta försiktighet.",
    "https://www.oskarshamn.se/nyheter/eldningsforbudet-i-oskarshamns-kommun-upphor/ (Oskarshamns kommun, augusti 2020)",
  ),
];
