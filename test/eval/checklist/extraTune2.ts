import { evalSet } from "./build.js";
import type { EvalMessage, Principle } from "./types.js";

/**
 * Second set of extra evaluation items for the crisis-message checklist, written blind
 * (without reading the checklist code or the other corpus files) to test how general it is.
 *
 * GOOD_EXTRA2: real messages published by authorities about a specific event (Swedish
 * municipalities, länsstyrelser, räddningstjänster, Polisen, Krisinformation/MSB, and
 * English-speaking councils and police forces), found by searching a stored copy of public
 * web pages. Navigation and unrelated parts are removed and long pages are cut to the message
 * core; the authority's own sentences are kept. Where the text reached the web through a
 * newspaper, aggregator or partner site, `source` names both. Several were chosen because
 * they contain words a naive checker could flag wrongly: a police statement saying what is
 * not known, "ingen fara" / "safe to drink" with the test behind it, a company named as the
 * source of a forecast, emoji in a road-closure post, a confirmed death. `mustFlag` is empty.
 *
 * BAD_EXTRA2: 65 flawed messages written for this corpus (not real publications): 13 failure
 * patterns × 5 (two short, three longer ones where the flaw sits inside otherwise sound
 * content). `source` names the guidance the flaw goes against, `pattern` the failure pattern
 * and `mustFlag` the principles a competent crisis communicator would send it back for.
 * Places, people, companies, phone numbers and web addresses in them are invented.
 */

const { real, bad } = evalSet("y");

// ---- guidance the bad items violate -------------------------------------------------------

const CERC_FACTS =
  "CDC Crisis and Emergency Risk Communication (CERC) manual: be right – give confirmed facts, say what is not yet known, do not speculate";
const CERC_EMPATHY =
  "CDC CERC manual: show respect and empathy; never ridicule or talk down to the people you are informing";
const CERC_OPEN =
  "CDC CERC manual: be credible – explain what you can and cannot share and why; ‘no comment’ erodes trust";
const MSB_KORREKT =
  "MSB, Kriskommunikation (vägledning): kommunicera bekräftad och korrekt information, skilj på fakta och bedömningar";
const MSB_MOTTAGARE =
  "MSB, Kriskommunikation: utgå från mottagarens behov – vad har hänt, vad betyder det för mig, vad ska jag göra";
const MSB_OPPEN =
  "MSB, Kriskommunikation: öppenhet och tillgänglighet – berätta vad du vet och inte vet och varför något inte kan lämnas ut";
const KRIS_BEKRAFTAD =
  "Krisinformation.se: förmedla endast bekräftad information från ansvariga aktörer, sprid inte obekräftade uppgifter";
const KLARSPRAK =
  "Språkrådet (Isof), klarspråk: skriv vårdat, enkelt och begripligt – undvik myndighetsjargong, förkortningar och passiv utan handlande";
const DEBUNK =
  "The Debunking Handbook 2020 (Lewandowsky et al.): lead with the fact, warn before the myth, mention the myth once, end with the fact";
const RF_SAKLIG =
  "Regeringsformen 1 kap. 9 §: myndigheter ska iaktta saklighet och opartiskhet och allas likhet inför lagen";

const FACTUAL: Principle[] = ["factual"];
const IMPARTIAL: Principle[] = ["impartial"];
const OPEN: Principle[] = ["open"];
const ADAPTED: Principle[] = ["audienceAdapted"];
const EMPTY: Principle[] = ["active", "factual"];

const P_SPEC = "speculation about cause";
const P_CAS = "unconfirmed deaths or injuries";
const P_BLAME = "blame";
const P_PARTY = "partisan praise";
const P_STIG = "stigmatising group labels";
const P_REASSURE = "empty reassurance";
const P_NOCOMMENT = "refusing to comment";
const P_JARGON = "internal jargon";
const P_PASSIVE = "bureaucratic passive with no action for readers";
const P_MYTH = "myth-first correction";
const P_CONTRA = "self-contradiction";
const P_EMPTY = "near-empty message";
const P_MOCK = "mockery and jokes";

// =============================================================================================
// BAD
// =============================================================================================

export const BAD_EXTRA2: EvalMessage[] = [
  // ---- 1. speculation about cause ------------------------------------------------------------
  bad(
    "sv",
    "sms",
    P_SPEC,
    FACTUAL,
    `${MSB_KORREKT}; ${CERC_FACTS}`,
    undefined,
    "Branden i förrådet på Bruksgatan: allt talar för att den är anlagd, sannolikt av samma person som låg bakom bränderna förra veckan. Undvik området i kväll. /Räddningstjänsten",
  ),
  bad(
    "en",
    "social",
    P_SPEC,
    FACTUAL,
    CERC_FACTS,
    undefined,
    "Burst water main on Mill Road this morning. Engineers we spoke to think the old cast-iron pipe was deliberately damaged overnight. Please avoid the area while repairs continue.",
  ),
  bad(
    "sv",
    "bulletin",
    P_SPEC,
    FACTUAL,
    `${MSB_KORREKT}; ${KRIS_BEKRAFTAD}`,
    "Strömavbrott i Norrby och Sandvik",
    "Sedan klockan 06.40 är cirka 1 200 hushåll i Norrby och Sandvik utan ström. Elnätsbolaget felsöker och räknar med att strömmen är tillbaka senast klockan 14.00. Vi har anledning att tro att avbrottet beror på sabotage mot transformatorstationen vid Ängsvägen, eftersom liknande saker hänt i grannkommunen. Trygghetslarmen fungerar via reservkraft. Behöver du värme kan du gå till Norrbyskolans matsal, Skolvägen 4, som har öppet till klockan 20. Nästa uppdatering kommer klockan 12.00 på norrby.se.",
  ),
  bad(
    "sv",
    "bulletin",
    P_SPEC,
    FACTUAL,
    `${CERC_FACTS}; ${MSB_KORREKT}`,
    "Magsjuka på Solrosens förskola",
    "Sedan i måndags har flera barn på Solrosens förskola insjuknat i kräkningar och diarré. Det skulle inte förvåna oss om smittan kommit från sandlådan på gården, som grävdes om förra veckan. Håll ditt barn hemma tills det varit symtomfritt i 48 timmar. Smittskydd har tagit prover och svaren väntas på torsdag. Tvätta händerna med tvål och vatten, handsprit räcker inte mot calicivirus. Frågor besvaras av förskolechef Anna Berg, 0480-45 00 00. Nästa information kommer torsdag klockan 15.",
  ),
  bad(
    "sv",
    "bulletin",
    P_SPEC,
    FACTUAL,
    `${MSB_KORREKT}; ${RF_SAKLIG}`,
    "Döda fiskar i Stora Ljusvattnet",
    "Kommunen och länsstyrelsen har tagit vattenprover i Stora Ljusvattnet efter att hundratals döda fiskar hittats vid norra stranden i går kväll. Provsvaren väntas på fredag. Det mest troliga är att något läckt ut från industriområdet i Västby, men det är ännu inte bekräftat. Fram till dess avråder vi från bad och fiske i sjön, och vi ber hundägare att hålla hundarna borta från vattnet. Dricksvattnet påverkas inte eftersom det tas från grundvattentäkten i Åsen. Mer information finns på ljusvik.se/sjon.",
  ),

  // ---- 2. unconfirmed deaths or injuries -----------------------------------------------------
  bad(
    "sv",
    "sms",
    P_CAS,
    FACTUAL,
    KRIS_BEKRAFTAD,
    undefined,
    "Explosion i Centrumgallerian. Enligt uppgifter som sprids på Facebook har tre personer omkommit. Håll dig borta från Storgatan och följ polisens anvisningar. Mer information på kommunens webbplats.",
  ),
  bad(
    "en",
    "social",
    P_CAS,
    FACTUAL,
    CERC_FACTS,
    undefined,
    "Serious bus crash on the A39 near Porlock. Posts circulating online say several children have died. Please avoid the area and let the emergency services do their work.",
  ),
  bad(
    "sv",
    "bulletin",
    P_CAS,
    FACTUAL,
    `${KRIS_BEKRAFTAD}; ${MSB_KORREKT}`,
    "Brand i flerbostadshus på Lindgårdsvägen",
    "Räddningstjänsten släcker en brand i ett flerbostadshus på Lindgårdsvägen 12. Huset är utrymt och de boende har samlats på Lindgårdens fritidsgård, där kommunens krisstödsgrupp finns på plats. Enligt boende som vi har pratat med kan en äldre man ha omkommit, och flera grannar ska ha förts till sjukhus med brännskador. Stäng fönster och ventilation om du bor i kvarteren runt Lindgårdsvägen. Anhöriga kan ringa 0123-45 67 00. Nästa uppdatering publiceras klockan 22 på kommunens webbplats.",
  ),
  bad(
    "sv",
    "bulletin",
    P_CAS,
    FACTUAL,
    `${KRIS_BEKRAFTAD}; ${CERC_FACTS}`,
    "Urspårning norr om Hallsberg",
    "Ett regionaltåg har spårat ur strax norr om Hallsberg. Trafikverket har stängt sträckan Hallsberg–Örebro och ersättningsbussar går från stationen varje halvtimme. Det cirkulerar filmklipp som tyder på att minst tio personer är allvarligt skadade, och i en lokal Facebookgrupp uppges att en person har avlidit. Undvik området kring banvallen vid Östansjö så att räddningsfordonen kommer fram. Saknar du någon som åkte med tåget kan du ringa Polisen på 114 14. Nästa uppdatering kommer klockan 16.",
  ),
  bad(
    "sv",
    "bulletin",
    P_CAS,
    FACTUAL,
    `${KRIS_BEKRAFTAD}; ${MSB_KORREKT}`,
    "Sökinsats vid badplatsen Näset",
    "Sjöräddningen och räddningstjänsten söker sedan klockan 15 efter en person i vattnet vid badplatsen Näset. Vi har fått höra att två tonåringar har drunknat, även om ingen myndighet ännu har bekräftat det. Badplatsen är avstängd under sökinsatsen och vi ber allmänheten att inte åka ut i viken med egna båtar, eftersom det försvårar arbetet. Har du sett något vid Näset mellan klockan 14 och 15, ring 114 14. Nästa information kommer klockan 19 på kommunens webbplats.",
  ),

  // ---- 3. blame ------------------------------------------------------------------------------
  bad(
    "sv",
    "social",
    P_BLAME,
    IMPARTIAL,
    RF_SAKLIG,
    undefined,
    "Vattnet i Åby är avstängt igen. Om entreprenören Markbygg AB hade gjort sitt jobb ordentligt hade läckan aldrig uppstått. En vattentank står vid Åby torg till klockan 20.",
  ),
  bad(
    "en",
    "sms",
    P_BLAME,
    IMPARTIAL,
    CERC_EMPATHY,
    undefined,
    "Riverside Road is flooded again. Once more the county council has ignored the drainage works it promised us. Sandbags are available at the Mill Lane depot until 8pm.",
  ),
  bad(
    "sv",
    "bulletin",
    P_BLAME,
    IMPARTIAL,
    `${RF_SAKLIG}; ${CERC_EMPATHY}`,
    "Bevattningsförbud från måndag",
    "Från och med måndag 10 juni gäller bevattningsförbud i hela kommunen. Det betyder att du inte får vattna trädgården, fylla pool eller tvätta bilen med kommunalt vatten. Förbrukningen har legat 40 procent över det normala i två veckor, och det är tyvärr uppenbart att många villaägare har struntat i våra tidigare uppmaningar. Förbudet gäller tills vidare och vi meddelar när det hävs. Du kan följa nivåerna i vattentornen på vara.se/vatten. Frågor besvaras av kundservice på 0512-310 00.",
  ),
  bad(
    "sv",
    "bulletin",
    P_BLAME,
    IMPARTIAL,
    RF_SAKLIG,
    "Snöröjning efter nattens snöfall",
    "Efter nattens snöfall på 35 centimeter pågår snöröjning på alla kommunala gator. Huvudleder och bussgator prioriteras och ska vara klara klockan 10, bostadsgatorna under eftermiddagen. Att det tar så här lång tid beror på att den förra majoriteten sålde kommunens egna plogbilar 2019. Parkera inte på gatan i natt, så att plogbilarna kommer fram. Skolskjutsarna går enligt tidtabell. Halkbekämpning av gång- och cykelvägar pågår. Frågor tas emot av kundtjänst, 0470-410 00.",
  ),
  bad(
    "sv",
    "bulletin",
    P_BLAME,
    IMPARTIAL,
    `${RF_SAKLIG}; ${MSB_KORREKT}`,
    "It-avbrott i kommunens system",
    "Kommunens e-tjänster, växel och hemtjänstens planeringssystem har legat nere sedan klockan 07 efter ett it-angrepp. Återigen visar vår it-leverantör Datacentrum Nord att de inte klarar sitt uppdrag. Hemtjänsten arbetar med papperslistor och alla planerade besök genomförs. Akuta ärenden når oss på reservnumret 0920-45 30 00. Lämna inte ut personuppgifter om någon ringer och påstår sig vara från kommunen. Nästa uppdatering kommer klockan 15 på kommunens Facebooksida.",
  ),

  // ---- 4. partisan praise --------------------------------------------------------------------
  bad(
    "sv",
    "social",
    P_PARTY,
    IMPARTIAL,
    RF_SAKLIG,
    undefined,
    "Tack vare Socialdemokraternas snabba beslut kan vi öppna en värmestuga i Folkets hus i kväll klockan 18. Där finns el, varm mat och möjlighet att ladda telefonen. Välkomna!",
  ),
  bad(
    "en",
    "bulletin",
    P_PARTY,
    IMPARTIAL,
    `${RF_SAKLIG}; ${CERC_OPEN}`,
    undefined,
    "Thanks to the strong leadership of Councillor Helen Marsh and the Labour group, the rest centre at St Mary's Hall opens at 6pm tonight for anyone without heating.",
  ),
  bad(
    "sv",
    "bulletin",
    P_PARTY,
    IMPARTIAL,
    RF_SAKLIG,
    "Fortsatt kokningsrekommendation i Västra Ramsjö",
    "Kokningsrekommendationen för Västra Ramsjö gäller fortfarande. Koka vatten som ska drickas eller användas i matlagning. De två senaste proverna var utan anmärkning och ett tredje prov tas i morgon. Att vi så snabbt kunde ställa ut tre nödvattentankar är ett resultat av att den moderatledda majoriteten har prioriterat krisberedskapen i budgeten. Tankarna står vid Ramsjö skola, vid ICA Ramsjö och på Idrottsvägen 2. Nästa besked om vattnet kommer fredag klockan 12.",
  ),
  bad(
    "sv",
    "bulletin",
    P_PARTY,
    IMPARTIAL,
    RF_SAKLIG,
    "Skogsbrand norr om Kårböle – utrymning",
    "Räddningstjänsten bekämpar en skogsbrand norr om Kårböle. Boende längs Fjällvägen mellan Kårböle och Lillåsen uppmanas att lämna sina hem före klockan 20. Den som utrymmer kan ta sig till sporthallen i Ljusby, där kommunen ordnar mat och sovplatser. Kommunstyrelsens ordförande Eva Lind (C) har än en gång visat vilken handlingskraftig ledare hon är. Ta med mediciner, id-handlingar och laddare. Följ Sveriges Radio P4 och kommunens webbplats för uppdateringar.",
  ),
  bad(
    "sv",
    "bulletin",
    P_PARTY,
    IMPARTIAL,
    RF_SAKLIG,
    "Höga flöden i Kvarnån",
    "Kvarnån fortsätter att stiga och väntas nå sin högsta nivå på torsdag. Sandsäckar finns att hämta vid återvinningscentralen på Industrigatan 8 mellan klockan 07 och 19. Kommunen har byggt en tillfällig vall längs Strandpromenaden. Vallen är ett vallöfte som Liberalerna och Kristdemokraterna har levererat, till skillnad från tidigare styren. Håll barn borta från strandkanten och kör inte genom vatten på vägen. Vi uppdaterar läget varje dag klockan 16 på kommunens webbplats.",
  ),

  // ---- 5. stigmatising group labels ----------------------------------------------------------
  bad(
    "sv",
    "social",
    P_STIG,
    IMPARTIAL,
    RF_SAKLIG,
    undefined,
    "Stenkastning mot bussar i Kroksbäck igen. Gäng från området gör det omöjligt för oss att köra där. Linje 5 kör inte via Ramels väg i kväll.",
  ),
  bad(
    "en",
    "social",
    P_STIG,
    IMPARTIAL,
    CERC_EMPATHY,
    undefined,
    "The fly-tipping at the Moor Lane lay-by has been traced to travellers camped near the bypass. Please report any new dumping to us on 0300 123 4567.",
  ),
  bad(
    "sv",
    "bulletin",
    P_STIG,
    IMPARTIAL,
    `${RF_SAKLIG}; ${CERC_EMPATHY}`,
    "Mässling i kommunen",
    "Smittskyddsläkaren har bekräftat fyra fall av mässling i kommunen. Smittan sprids bland utlandsfödda familjer i Norra Fäladen, som ofta saknar vaccinationsskydd. Mässling smittar mycket lätt. Kontrollera att ditt barn har fått två doser MPR-vaccin – det står i vaccinationskortet. Har du feber, hosta och utslag: ring 1177 innan du åker till vårdcentralen, så att du inte smittar andra i väntrummet. Extra vaccinationstider finns på Fäladens vårdcentral tisdag och torsdag klockan 13–18.",
  ),
  bad(
    "sv",
    "bulletin",
    P_STIG,
    IMPARTIAL,
    RF_SAKLIG,
    "Inbrott i villor i Hagby",
    "Polisen har fått in elva anmälningar om villainbrott i Hagby de senaste två veckorna. Grannar har sett östeuropeiska tiggare röra sig i området på dagarna, och vi ber er hålla särskilt öga på dem. Lås dörrar och fönster även när du är hemma, tänd utebelysningen och be en granne tömma brevlådan när du är bortrest. Har du sett något misstänkt, ring 114 14, eller 112 om brottet pågår. Kommunens trygghetsvärdar finns i Hagby centrum torsdag klockan 17–20.",
  ),
  bad(
    "sv",
    "bulletin",
    P_STIG,
    IMPARTIAL,
    RF_SAKLIG,
    "Källarbrand på Granvägen 3",
    "Under natten brann det i en källare på Granvägen 3. Ingen skadades och de boende i husets 24 lägenheter har kunnat flytta tillbaka. Branden startade i ett förråd som används av asylsökande som bor i huset, och det är inte första gången den gruppen förvarar saker på ett farligt sätt. Alla hyresgäster påminns om att inte ställa brännbart material i källargångar och att testa brandvarnaren en gång i månaden. Bostadsbolaget har jour på 0451-26 80 00. Polisen utreder brandorsaken.",
  ),

  // ---- 6. empty reassurance ------------------------------------------------------------------
  bad(
    "sv",
    "sms",
    P_REASSURE,
    FACTUAL,
    MSB_KORREKT,
    undefined,
    "Till boende i Strömsbro: lukten från reningsverket är helt ofarlig och det finns inget att oroa sig för. Vi har full kontroll på situationen. /Vatten & Miljö",
  ),
  bad(
    "en",
    "social",
    P_REASSURE,
    FACTUAL,
    CERC_FACTS,
    undefined,
    "Noticed a chemical smell in Westfield tonight? Relax – everything is fine and fully under control. There is nothing whatsoever to worry about.",
  ),
  bad(
    "sv",
    "bulletin",
    P_REASSURE,
    FACTUAL,
    `${MSB_KORREKT}; ${CERC_FACTS}`,
    "Brand i däckupplag på Mossens återvinningscentral",
    "Sedan klockan 04 brinner det i ett upplag av bildäck på Mossens återvinningscentral. Räddningstjänsten har sex enheter på plats och branden väntas pågå under hela dagen. Vägen mellan Mossen och Björke är avstängd, kör via väg 40. Röken som syns över stan är inte farlig på något sätt, så det finns ingen anledning att ändra dina planer. Återvinningscentralen är stängd i dag och i morgon. Nästa lägesbild publiceras klockan 13 på kommunens webbplats.",
  ),
  bad(
    "sv",
    "bulletin",
    P_REASSURE,
    FACTUAL,
    MSB_KORREKT,
    "Polisinsats vid Vallaskolan",
    "Polisen har under förmiddagen varit på Vallaskolan efter ett hot som skickats till skolans e-post. Lektionerna fortsätter enligt schemat och eleverna är i sina klassrum. Vi vill betona att allt är lugnt och att ingen behöver känna oro – det här har vi helt under kontroll. Vårdnadshavare som vill hämta sitt barn gör det vid huvudentrén, där personal möter upp. Kuratorerna finns tillgängliga för elever hela eftermiddagen. Rektor Maria Ek nås på 0142-850 00.",
  ),
  bad(
    "en",
    "bulletin",
    P_REASSURE,
    FACTUAL,
    CERC_FACTS,
    "Blue-green algae at Lower Tarn",
    "Blue-green algae has been confirmed at Lower Tarn reservoir following routine sampling on Monday. Signs have been placed at all access points. There is absolutely no risk from the algae and no reason for anyone to be concerned, so please carry on as normal. Our water team is confident the situation is completely in hand. The café, car park and walking trails remain open. Further test results are expected on Thursday and will be posted at tarnvale.gov.uk/algae.",
  ),

  // ---- 7. refusing to comment ----------------------------------------------------------------
  bad(
    "sv",
    "bulletin",
    P_NOCOMMENT,
    OPEN,
    MSB_OPPEN,
    undefined,
    "Angående händelsen på Östra gymnasiet i går: kommunen lämnar inga kommentarer i nuläget och besvarar inte frågor från media eller allmänhet om saken.",
  ),
  bad(
    "en",
    "social",
    P_NOCOMMENT,
    OPEN,
    CERC_OPEN,
    undefined,
    "Re: the gas leak on Station Street. The council is not in a position to discuss this matter at the present time. Please direct any enquiries elsewhere.",
  ),
  bad(
    "sv",
    "bulletin",
    P_NOCOMMENT,
    OPEN,
    MSB_OPPEN,
    "Legionella på Solgårdens äldreboende",
    "Vid rutinprovtagning har legionellabakterier hittats i varmvattnet på Solgårdens äldreboende. Som försiktighetsåtgärd har filter monterats på alla duschmunstycken och varmvattentemperaturen har höjts. Anhöriga kan besöka som vanligt. Hur länge bakterierna har funnits i systemet, och om någon boende har blivit sjuk, är frågor vi inte tänker gå in på. Frågor om enskilda boende besvaras av avdelningens sjuksköterska på 0355-120 00, vardagar klockan 8–16. Ny provtagning görs på måndag.",
  ),
  bad(
    "sv",
    "bulletin",
    P_NOCOMMENT,
    OPEN,
    `${MSB_OPPEN}; ${CERC_OPEN}`,
    "Polisinsats vid Björkhagaskolan",
    "Vi kan bekräfta att Polisen under tisdagen genomförde en insats på Björkhagaskolan. Skolan är öppen som vanligt i morgon och extra personal finns på plats. Vad som hände och om någon elev var inblandad kommer förvaltningen inte att kommentera, varken nu eller senare. Elever som vill prata kan vända sig till elevhälsan i rum B12 eller ringa kurator på 08-508 000 00. Information till vårdnadshavare skickas via skolplattformen i kväll.",
  ),
  bad(
    "en",
    "bulletin",
    P_NOCOMMENT,
    OPEN,
    CERC_OPEN,
    "Boil water notice – Hillcrest and Dunmore",
    "Residents in Hillcrest and Dunmore should boil all water used for drinking, cooking and brushing teeth until further notice. Bottled water is available at Hillcrest Community Centre, 14 Park Road, from 10am to 7pm. We will not be commenting on what caused the contamination or how long it went undetected. The notice will stay in place until two consecutive clear samples have been received. Updates will be published at 5pm every day on the council website.",
  ),

  // ---- 8. internal jargon --------------------------------------------------------------------
  bad(
    "sv",
    "bulletin",
    P_JARGON,
    ADAPTED,
    KLARSPRAK,
    undefined,
    "TiB har larmat RCB och kommunen har gått upp i stabsläge. Inriktningsbeslut fattas efter samverkanskonferensen klockan 14. Därefter lämnas ny information.",
  ),
  bad(
    "en",
    "social",
    P_JARGON,
    ADAPTED,
    `${KLARSPRAK}; ${CERC_FACTS}`,
    undefined,
    "Gold command stood up. SCG convening at 1400. Mutual aid requested from neighbouring FRS. Further sitrep to follow.",
  ),
  bad(
    "sv",
    "bulletin",
    P_JARGON,
    ADAPTED,
    KLARSPRAK,
    "Läcka på huvudledningen vid Kvarnbacken",
    "Klockan 05.30 upptäcktes en större läcka på huvudledningen vid Kvarnbacken. VA-huvudmannen har stängt distributionen till objekt inom tryckzon 3, och spillvattennätet är belastat, varför bräddning kan förekomma vid PS Norra. Nödvattenförsörjning sker via tankar vid Kvarnbackens förskola och Coop Centrum från klockan 09. Ta med egna dunkar. Beräknad återställning är klockan 18 i kväll. Nästa uppdatering kommer klockan 12 på kommunens webbplats.",
  ),
  bad(
    "sv",
    "bulletin",
    P_JARGON,
    ADAPTED,
    `${KLARSPRAK}; ${MSB_MOTTAGARE}`,
    "Stöd efter händelsen vid Tallbackaskolan",
    "Efter det som hände vid Tallbackaskolan i går har kommunen aktiverat POSOM och KLG sammanträder i dag klockan 10. ISF har upprättats för samordning med Polisen och regionen. Du som är elev, vårdnadshavare eller personal och behöver prata med någon kan komma till Tallbackens kyrka, Kyrkvägen 1, i dag klockan 12–20. Där finns präster, kuratorer och psykologer. Du kan också ringa 1177. Skolan är öppen i morgon enligt schemat.",
  ),
  bad(
    "en",
    "bulletin",
    P_JARGON,
    ADAPTED,
    KLARSPRAK,
    "Storm Dara update, 7am",
    "Following activation of the LRF and the declaration of a major incident, the TCG has agreed the tactical plan and MACA support is on standby. Rest centres remain open at Kingsway Leisure Centre and St John's Church Hall for anyone without power or heating; bring your medication and phone charger. Do not go near fallen power lines – call 105. Schools in the Upper Valley are closed today. The next update will be at 1pm on our website and on local radio.",
  ),

  // ---- 9. bureaucratic passive with no action for readers ------------------------------------
  bad(
    "sv",
    "bulletin",
    P_PASSIVE,
    ADAPTED,
    KLARSPRAK,
    undefined,
    "Med anledning av inträffad händelse i Lövsta har erforderliga åtgärder vidtagits och berörda har underrättats. Ärendet hanteras vidare i sedvanlig ordning.",
  ),
  bad(
    "sv",
    "sms",
    P_PASSIVE,
    ADAPTED,
    KLARSPRAK,
    undefined,
    "Beslut har fattats i ärendet avseende vattenförsörjningen i Hede. Information har tillställts berörda fastighetsägare. /Samhällsbyggnadsförvaltningen",
  ),
  bad(
    "sv",
    "bulletin",
    P_PASSIVE,
    ADAPTED,
    `${KLARSPRAK}; ${MSB_MOTTAGARE}`,
    "Oljeutsläpp i Svartån",
    "Ett oljeutsläpp har konstaterats i Svartån i höjd med Mosåsbron under måndagen. Länsstyrelsen och räddningstjänsten har underrättats och länsar har placerats ut. Provtagning har initierats och analysresultat inväntas. Åtgärder har vidtagits i syfte att begränsa spridningen, och ärendet har överlämnats till miljö- och byggnämnden för vidare handläggning. Information kommer att tillhandahållas när sådan föreligger. Kontaktuppgifter till handläggare finns på kommunens webbplats, kommun.se/svartan.",
  ),
  bad(
    "sv",
    "bulletin",
    P_PASSIVE,
    ADAPTED,
    KLARSPRAK,
    "Förskolan Ekorren, Bäckvägen 7",
    "Vid en inspektion den 3 mars har fukt- och mögelskador konstaterats i två av förskolans avdelningar. Beslut har fattats om att verksamheten tills vidare ska bedrivas i andra lokaler. Ersättningslokaler har anskaffats och planering pågår. Vårdnadshavare kommer att kontaktas i särskild ordning. Frågor hänvisas till barn- och utbildningsförvaltningen, 0586-610 00, eller kommun.se/ekorren. Uppdatering av informationen sker vid behov.",
  ),
  bad(
    "en",
    "bulletin",
    P_PASSIVE,
    ADAPTED,
    `${KLARSPRAK}; ${CERC_FACTS}`,
    "Chemical odour, Northgate Industrial Estate",
    "Following reports received on Tuesday afternoon, the matter has been investigated by the relevant agencies. Appropriate measures have been put in place and all stakeholders have been engaged. Monitoring has been undertaken and the situation continues to be kept under review. Enquiries should be directed to Environmental Health, Northgate Council, on 01632 960 000 or via northgate.gov.uk/odour. A further statement will be issued in due course.",
  ),

  // ---- 10. myth-first corrections ------------------------------------------------------------
  bad(
    "sv",
    "correction",
    P_MYTH,
    ADAPTED,
    DEBUNK,
    "Är dricksvattnet i Vallby förgiftat med arsenik?",
    "I flera Facebookgrupper påstås att dricksvattnet i Vallby är förgiftat med arsenik och att flera barn redan blivit sjuka av det. Det stämmer inte.",
  ),
  bad(
    "en",
    "correction",
    P_MYTH,
    ADAPTED,
    DEBUNK,
    "Microchips in the vaccines at Oakfield school clinic",
    "You may have seen claims that the vaccines given at the Oakfield school clinic contain tracking microchips. They do not. The clinic runs on Thursday, 9am to 3pm.",
  ),
  bad(
    "sv",
    "correction",
    P_MYTH,
    ADAPTED,
    DEBUNK,
    "Ryktet: alla skolor stängs på måndag på grund av gasläcka",
    "Just nu sprids ett meddelande om att alla skolor i kommunen ska stängas på måndag på grund av ett gasläckage, att barnen ska hållas hemma och att polisen ska spärra av centrum. Meddelandet har delats tusentals gånger och ser ut att komma från kommunen. Det är inte skickat av oss. Alla skolor har öppet som vanligt på måndag och det har inte skett något gasläckage. Kommunens officiella information finns alltid på kommunens webbplats och i skolplattformen. Frågor: kontaktcenter 0300-83 40 00.",
  ),
  bad(
    "sv",
    "correction",
    P_MYTH,
    ADAPTED,
    `${DEBUNK}; ${MSB_MOTTAGARE}`,
    "Innehåller röken från skogsbranden asbest?",
    "Många har hört av sig och frågat om röken från skogsbranden i Kilsåsen innehåller asbest och cancerframkallande ämnen som kan ge skador för livet. Ryktet har spridits i sociala medier sedan i söndags, och enligt inläggen ska barn hållas inomhus i flera veckor. Räddningstjänsten mäter luften i Garpby och Åsboda tre gånger per dygn. Röken innehåller inte asbest. Som all brandrök kan den irritera ögon och luftvägar, så stäng fönstren om du känner röklukt. Mätresultaten finns på kommunens webbplats.",
  ),
  bad(
    "sv",
    "correction",
    P_MYTH,
    ADAPTED,
    DEBUNK,
    "Hemtjänsten ställer in alla besök under stormen?",
    "Hemtjänsten ställer in alla besök under stormen och äldre lämnas ensamma utan mat – så lyder ett inlägg som spridits i lokala Facebookgrupper under kvällen. Inlägget har fått hundratals kommentarer från oroliga anhöriga, och många har också ringt kommunens växel. Alla planerade besök genomförs, men de kan bli försenade på landsbygden. Är du orolig för en anhörig kan du ringa hemtjänstens samordnare på 0322-61 60 00, dygnet runt.",
  ),

  // ---- 11. self-contradiction ----------------------------------------------------------------
  bad(
    "sv",
    "sms",
    P_CONTRA,
    FACTUAL,
    MSB_KORREKT,
    undefined,
    "Kokningsrekommendationen i Edsby är hävd och vattnet kan drickas direkt från kranen. Fortsätt koka allt dricksvatten till och med fredag. /Vatten & Miljö",
  ),
  bad(
    "en",
    "sms",
    P_CONTRA,
    FACTUAL,
    CERC_FACTS,
    undefined,
    "Evacuation of Lower Town is voluntary. All residents of Lower Town must leave their homes by 6pm tonight. Rest centre: Kingsway School, Hill Road.",
  ),
  bad(
    "sv",
    "bulletin",
    P_CONTRA,
    FACTUAL,
    `${MSB_KORREKT}; ${KLARSPRAK}`,
    "Eldningsförbud från fredag",
    "Länsstyrelsen har beslutat om eldningsförbud i hela länet från och med fredag klockan 12. Brandrisken är mycket stor efter tre veckor utan regn. Förbudet innebär att du inte får göra upp eld i skog och mark eller använda engångsgrill, och det gäller även iordningställda grillplatser. På kommunens grillplatser i Ekoparken går det däremot bra att grilla som vanligt under helgen. Brott mot förbudet kan ge böter. Läs mer på länsstyrelsens webbplats.",
  ),
  bad(
    "sv",
    "bulletin",
    P_CONTRA,
    FACTUAL,
    MSB_KORREKT,
    "Simhallen Vågen stängd efter stormen",
    "Simhallen Vågen håller stängt från och med i dag efter att en takbalk skadats i stormen. Konstruktörer undersöker skadan och vi räknar med besked om reparationstiden på onsdag. Alla simskolegrupper flyttas till Kvarnbyns bad, på samma tider. Simhallen är öppen som vanligt för motionssim klockan 06–20. Du som har årskort får det förlängt med lika många dagar som hallen är stängd. Frågor: reception@vagen.se eller 031-365 00 00.",
  ),
  bad(
    "en",
    "bulletin",
    P_CONTRA,
    FACTUAL,
    CERC_FACTS,
    "Road closure – B6270 at Ashby Moor",
    "The B6270 is closed in both directions between Ashby Moor and Carlton after a landslip on Wednesday evening. Geotechnical engineers are assessing the slope today. The diversion runs via the A684 and Redhill. The road will reopen to all traffic at 7am on Thursday. Because the slope is still moving, the closure is expected to remain in place until at least next Monday. Access for residents is maintained from the Carlton end. Updates at ashbymoor.gov.uk/roads.",
  ),

  // ---- 12. near-empty messages ---------------------------------------------------------------
  bad(
    "sv",
    "sms",
    P_EMPTY,
    EMPTY,
    `${MSB_MOTTAGARE}; ${CERC_FACTS}`,
    "Uppdatering",
    "Läget är fortfarande oklart. Vi återkommer med mer information så snart vi kan.",
  ),
  bad(
    "en",
    "social",
    P_EMPTY,
    EMPTY,
    CERC_FACTS,
    "Incident",
    "We are aware of an incident in the area. More information will follow in due course.",
  ),
  bad(
    "sv",
    "bulletin",
    P_EMPTY,
    EMPTY,
    MSB_MOTTAGARE,
    "Händelse i centrala Storvik",
    "Storviks kommun vill informera om att det under eftermiddagen har inträffat en händelse i centrala Storvik. Kommunen följer utvecklingen noga tillsammans med berörda aktörer och arbetar för att hålla invånarna informerade. Läget bedöms i nuläget som oklart. Vi förstår att många har frågor och återkommer med mer information så snart det finns något nytt att berätta. Håll dig uppdaterad via storvik.se. Nästa uppdatering publiceras senast klockan 18. Kommunikationsavdelningen, Storviks kommun.",
  ),
  bad(
    "sv",
    "bulletin",
    P_EMPTY,
    EMPTY,
    `${MSB_MOTTAGARE}; ${KLARSPRAK}`,
    "Störning",
    "Just nu pågår en störning som påverkar delar av kommunen. Vi arbetar med frågan och har kontakt med dem som berörs. Vi vet att det här kan skapa oro och ber om förståelse för att vi inte kan säga mer just nu. Mer information kommer. Tack för ert tålamod! Kontaktcenter har öppet till klockan 16.30 på 0281-750 00, och nyheter publiceras löpande på kommunens webbplats och Facebooksida.",
  ),
  bad(
    "sv",
    "bulletin",
    P_EMPTY,
    EMPTY,
    MSB_MOTTAGARE,
    "Viktig information till boende i Norrmalm",
    "Hej! Med anledning av det som hänt under natten vill vi på Norrmalms bostäder informera om att vi är medvetna om situationen. Vi har personal på plats och arbetar tillsammans med kommunen och räddningstjänsten. Vi återkommer när vi vet mer. Har du frågor kan du ringa vår jour på 026-17 80 00 dygnet runt eller läsa mer på norrmalmsbostader.se/aktuellt. Ny information kommer senast i morgon klockan 09.",
  ),

  // ---- 13. mockery and jokes -----------------------------------------------------------------
  bad(
    "sv",
    "social",
    P_MOCK,
    IMPARTIAL,
    `${CERC_EMPATHY}; ${RF_SAKLIG}`,
    undefined,
    "Nej, kära foliehattar, det sprutas inga gifter från flygplanen över Kiruna 🙄😂 Det är kondensstrimmor. Punkt. Sluta ringa växeln om det.",
  ),
  bad(
    "en",
    "social",
    P_MOCK,
    IMPARTIAL,
    CERC_EMPATHY,
    undefined,
    "To the 40-odd people who rang us about ‘radioactive’ tap water: it's chalk. CHALK. 🤦 The water meets every standard. Please stop calling.",
  ),
  bad(
    "sv",
    "bulletin",
    P_MOCK,
    IMPARTIAL,
    `${CERC_EMPATHY}; ${RF_SAKLIG}`,
    "Ingen varg vid Björkskolan",
    "Under helgen har kommunen fått många samtal om en varg som ska ha setts vid Björkskolan. Länsstyrelsens viltförvaltare har undersökt spåren och konstaterat att det var en stor hund. Den som tror att det springer vargflockar på skolgården kan nog tro på vad som helst. Ser du ett vilt djur nära bostäder: håll avstånd, ta gärna en bild och ring länsstyrelsens rovdjursjour på 010-225 00 00. Skolan har ordinarie verksamhet och rasterna är som vanligt.",
  ),
  bad(
    "sv",
    "bulletin",
    P_MOCK,
    IMPARTIAL,
    CERC_EMPATHY,
    "Vattenavstängning på Ringvägen och Skolgatan",
    "Onsdag 14 maj klockan 08–15 stänger vi av vattnet på Ringvägen 1–40 och Skolgatan 2–18 för att byta en ventil. Fyll gärna några dunkar med vatten i förväg. Det blev lite drama förra veckan när vissa ringde 112 för att kranen hostade till – vi lovar, det är inte jordens undergång den här gången heller 😉 Vattnet kan vara missfärgat när det kommer tillbaka, spola tills det är klart. Frågor: VA-jouren 0477-441 00.",
  ),
  bad(
    "sv",
    "bulletin",
    P_MOCK,
    IMPARTIAL,
    CERC_EMPATHY,
    "Test av signalen Viktigt meddelande",
    "Måndag 2 juni klockan 15.00 testas signalen Viktigt meddelande till allmänheten i hela landet. Signalen är sju sekunders ljud följt av 14 sekunders tystnad under minst två minuter, och därefter signalen Faran över. Ni som förra gången ringde och frågade om kriget hade brutit ut kan andas ut: det är bara ett test, precis som varje kvartal. Hör du signalen någon annan gång ska du gå inomhus, stänga dörrar, fönster och ventilation och lyssna på Sveriges Radio P4.",
  ),
];

// =============================================================================================
// GOOD – real published authority messages
// =============================================================================================

export const GOOD_EXTRA2: EvalMessage[] = [
  real(
    "sv",
    "bulletin",
    "Uppdatering Brand i industri, Järnmalmsgatan",
    "Räddningstjänsten arbetar för närvarande med en kraftig brand i en industrilokal på Järnmalmsgatan 5. Branden är för närvarande kraftig och rökutvecklingen är stor. Ett ”Viktigt meddelande till allmänheten” har skickats ut till mobilabonnenter i ett området nordväst om branden, med uppmaning att stänga fönster och ventilation. Rökutveckling beräknas pågå under ytterligare flera timmar in på lördagsmorgonen. I brandbyggnaden förvaras bland annat brandfarlig vätska i större mängder, vilket bidrar till ett kraftigt brandförlopp. Branden är för kraftig för att släcka med vatten och Räddningsledaren har beslutat att inte använda släckskum för att undvika en miljöskada. Röken kommer därför att vara kraftig under flera timmar framöver.",
    "https://news.cision.com/se/raddningstjansten-storgoteborg/r/uppdatering-brand-i-industri--jarnmalmsgatan,c3315482 – Räddningstjänsten Storgöteborg (pressmeddelande via Cision, stabschef Anders Lundblad)",
  ),
  real(
    "sv",
    "faq",
    "Frågor och svar om att koka dricksvattnet Järlåsa",
    "Uppdaterad kl 15.30 den 14 juni. Vad innebär kokningsrekommendationen av dricksvattnet till berörda fastigheter i Järlåsa? Att allt vatten som ska förtäras, det vill säga drickas eller användas till matlagning, ska kokas först. Gäller även vatten som används vid tandborstning. Varför kan jag inte dricka vattnet? Dricksvattnet innehåller förhöjda halter av en mikroorganism som visar på kvalitetsförändringar i dricksvattnet. De kallas koliforma bakterier. Vad gör jag om jag redan har druckit av det kommunala dricksvattnet? Om du har magrelaterade sjukdomssymptom, ring 1177. Hur upptäcktes bakterierna? Det var i samband med rutinprovtagningar som förekomst av koliforma bakterier upptäcktes. Hur många dagar kommer kokningsrekommendationen att pågå? Fortsatt provtagning och utredning pågår. Det är högst troligt att kokningsrekommendationen är kvar i några dagar, i väntan på omprov och provsvar. Kommer ni att ställa ut vattentankar? Nej.",
    "https://www.uppsalavatten.se/hushall/vatten-och-avlopp/dricksvatten/kokningsrekommendation/fragor-och-svar-om-att-koka-dricksvattnet-jarlasa – Uppsala Vatten (kommunens VA-bolag)",
  ),
  real(
    "sv",
    "bulletin",
    "Utsläpp ammoniak inomhus",
    "Plats: Industrifastighet i Dalby, Lunds kommun. Skador: Inga person- eller fastighetsskador rapporterade. Ett utsläpp av ammoniak har skett på Albavägen i Dalby. Ett stort antal resurser larmades till platsen och kemdykare sattes in för att stoppa läckaget, som nu är stoppat. Nu ska den utsläppta ammoniaken ventileras under kontrollerade former. Prognosen för det är cirka en timme. Därefter väntar efterkontroll av lokalerna samt sanering av operativ personal. Man kan uppleva en stickande obehaglig lukt i närområdet. De som befinner sig i området Albavägen i riktning mot Pinnmöllevägen uppmanas att stänga fönster, dörrar och ventilation. Ett viktigt meddelande till allmänheten (VMA) har gått ut. Samhällspåverkan: Avspärrningar runt Albavägen. För mer information: Inre befäl 046-540 51 12.",
    "https://www.rsyd.se/om-oss/press/Pressmeddelanden-larm/2019/utslapp-ammoniak/ – Räddningstjänsten Syd, 13 september 2019",
  ),
  real(
    "sv",
    "bulletin",
    "Vårflod 2018",
    "Det råder under fredag 18 maj fortfarande varning klass 3 – extremt höga flöden i Röströmsälven/Näsån. Röströmsälven/Näsån: Flödet har kulminerat på klass 3-nivå och minskar nu i maklig takt. Dock kommer det att vara över klass 3-nivå ytterligare någon dag. Ammerån har kulminerat och är sjunkande men klass 2-varning gäller fortfarande. Följ läget på SMHI:s webbplats. Som fastighetsägare har du ett eget ansvar att skydda dig själv och din egendom. Vid en översvämning kommer viktiga samhällsresurser bli extra belastade, därför är det nödvändigt att du följer vårflodsutvecklingen och ser över din beredskap för att skydda din egendom. Om läget förvärras lyssna på radio P4.",
    "http://www.lansstyrelsen.se/jamtland/sv/nyheter/2018/sidor/varflod-2018.aspx/ – Länsstyrelsen Jämtlands län, maj 2018",
  ),
  real(
    "sv",
    "bulletin",
    "Höjd varning för höga flöden",
    "SMHI har uppgraderat sin varning till klass 2 för höga flöden. Flödena i små och medelstora vattendrag är lokalt uppe i klass 2-nivåer eller beräknas att nå dit de kommande dagarna. Snön smälter snabbt och kulmen väntas i slutet av nästa veckan på de flesta håll. Klass 2 varningen gäller för stora delar av länet och även vissa delar av Sollefteå kommun. Medan en klass 1 varning är utfärdad för hela kommunen. Bor du vid ett vattendrag som riskerar att svämmas över? Håll koll på läget och se över din beredskap. Flytta undan känsliga föremål. Undvik att gå eller köra bil genom översvämmade områden.",
    "https://www.solleftea.se/omsorghjalp/nyheter/arkiv2017/hojdvarningforhogafloden.5.6390f15160207de33d41fb.html – Sollefteå kommun, Medborgarservice, maj 2018",
  ),
  real(
    "sv",
    "bulletin",
    "Höga flöden under tisdag och onsdag - det kan du göra",
    "SMHI har utfärdat en röd vädervarning för höga flöden tisdag den 8 augusti och onsdag den 9 augusti i delar av Lekebergs kommun. Lekebergs kommun följer utvecklingen, har en ökad bevakning och genomför förebyggande åtgärder. På webbplatsen krisinformation.se hittar du samlad information. Räddningstjänsten prioriterar alltid samhällsviktiga funktioner. Som privatperson är det du själv som är ansvarig för din egendom. Röd varning är den allvarligaste nivån av SMHI:s vädervarningar. Det innebär att vädret kan medföra mycket allvarliga konsekvenser för samhället, stor fara för allmänheten och mycket allvarliga skador på egendom och miljö. Det finns också risk för problem med framkomlighet på vägar i översvämmade områden.",
    "https://lekeberg.se/nyheter/hogaflodenundertisdagochonsdagdetkandugora.5.79a71da7189a89b0fee85b09.html – Lekebergs kommun, augusti 2023",
  ),
  real(
    "sv",
    "bulletin",
    "Klass 1-varning utfärdad för länets kust- och inland",
    "I nuläget gäller klass 1-varning för höga flöden i små och medelstora vattendrag i kust- och inland (inte fjäll) i Västerbotten. SMHI bedömer att detta troligen kommer uppgraderas till en klass 2-varning för höga flöden i små och medelstora vattendrag för kusten och inlandet i mitten eller slutet av veckan. Utvecklingen följs noggrant och om läget förvärras kommer myndigheterna och aktörerna i länet att samverka. Som fastighetsägare har du eget ansvar för att skydda dig själv och din egendom. Kontrollera att diken i angränsning till tomten fungerar och har avrinning. Flytta bilen om den står lågt placerad. Undvik att gå eller köra bil genom översvämmade områden. Kom ihåg att vid en akut nödsituation ska ni ringa 112.",
    "https://www.robertsfors.se/2018/05/08/klass-1-varning-utfardad-for-lanets-kust-och-inland/ – Robertsfors kommun, 8 maj 2018",
  ),
  real(
    "sv",
    "bulletin",
    "Information efter strömavbrott",
    "I Älvsbyns kommun är det just nu strömlöst hos många, det är över 4000 hushåll drabbade. Älvsbyns kommuns krisledning har påbörjat sitt arbete och kontaktar just nu alla verksamheter för att få en lägesbild. 08.30 – Förskola och fritids i Älvsbyn stängt idag 4/1. Vistträsk är öppet som vanligt. 09.30 – Problem med kommunikationen med trygghetslarm och återkoppling till hemtjänstens personal. Vi uppmanar anhöriga att besöka eller kontakta sina äldre. De som har dagliga insatser via hemtjänsten kommer att få sina besök. 10.10 – Reservkraften på äldreboendena är igång och det fungerar som det ska. 10.35 – Älvsbyns huvudbibliotek öppnar upp som samlingsplats dit allmänheten kan gå. 10.40 – Älvsbyns kommun har löpande kontakt med Vattenfall och de arbetar för att på ett kontrollerat sätt få igång strömmen igen. De uppskattar att problemet ska vara löst i eftermiddag. 11.15 – Tankstationerna i Älvsbyn och Vistträsk fungerar ej.",
    "https://www.alvsbyn.se/nyheter/information-efter-stromavbrott/ – Älvsbyns kommun, 4 januari (löpande uppdaterad nyhet)",
  ),
  real(
    "sv",
    "bulletin",
    "Fortsatt besvärligt läge - Drygt 120 kunder är utan el i Östhammars kommun",
    "Det är fortfarande omfattande störningar i Vattenfall Eldistributions elnät som en följd av stormen Alfrida. Koncentrationen av strömlösa kunder ligger utmed kusten i Stockholms och Uppsala län. Cirka 6 000 kunder fick tillbaka strömmen under torsdag kväll och natten mot fredag. I Roslagen finns det platser där vi dessvärre bedömer att det kan ta upp till en vecka innan strömmen är tillbaka. Högsta prioritet är att under säkra förhållanden åtgärda fel så att så många kunder som möjligt ska få strömmen tillbaka så fort det bara går. Men skadorna är på sina håll väldigt omfattande. På vissa platser kommer elnätet att behöva byggas upp från grunden igen. Alla kunder som är utan el mer än fyra timmar får avbrottsersättning. Skadeanmälan görs på vår webbplats vattenfalleldistribution.se.",
    "https://osthammar.se/sv/nyheter/nyhetsarkiv/2019/fortsatt-besvarligt-lage – Östhammars kommun, januari 2019 (återger information från Vattenfall Eldistribution)",
  ),
  real(
    "sv",
    "bulletin",
    "Eldningsförbud upphävt",
    "Länsstyrelsen bedömer i samråd med länets räddningstjänster och utifrån rådande och prognostiserade väderleksförhållanden att eldningsförbudet i länet som beslutades den 22 maj bör upphävas. Detta beslut gäller från och med den 11 juni 2024 kl 16.00.",
    "https://www.uppvidinge.se/om-webbplatsen/viktigt-just-nu/viktigt-meddelande/2024-05-22-eldningsforbud-upphavt.html – Uppvidinge kommun (beslut av Länsstyrelsen i Kronobergs län), juni 2024",
  ),
  real(
    "sv",
    "bulletin",
    "Länsstyrelsen mildrar det utökade eldningsförbudet",
    "Länsstyrelsen har den 31/7 klockan 10.00 lättat på tidigare totala eldningsförbudet. Eldningsförbud gäller fortfarande i skog och mark, också på iordninggjorda grillplatser, men det är nu tillåtet att grilla på egen tomt. Det eldningsförbud som nu gäller avser all eldning utomhus och omfattar uppgörande av eld och grillning på mark. Eldningsförbudet omfattar även eldning vid särskilt iordningställda grillplatser. Eldningsförbudet omfattar inte grillning på egen tomt.",
    "https://www.ovanaker.se/nyhetsarkiv/nyheter/lanstyrelsenmildrardetutokadeeldningsforbudet.2686.html – Ovanåkers kommun (beslut av Länsstyrelsen Gävleborg)",
  ),
  real(
    "sv",
    "bulletin",
    "Rökutveckling i flerfamiljshus",
    "08:42, Brand, Norrköping - Polis, ambulans samt räddningstjänst har kallats till området Berget i Norrköping med anledning av rökutveckling i ett flerfamiljshus. Det ska röra sig om kraftig rökutveckling och det är viktigt att stänga fönster och dörrar och hålla sig undan från att andas in röken. 09:01 - Det är ingen just nu pågående brand. Ingen person är skadad. 10:16 - Branden utreds som allmänfarlig vårdslöshet, vilket är ett oaktsamhetsbrott.",
    "https://polisinfo.se/r/brand-norrkoping/1krNA – Polisens händelsenotis (Polisregion Öst), återgiven av polisinfo.se, 29 mars",
  ),
  real(
    "sv",
    "bulletin",
    "Vårfloden",
    "Detta är en arkiverad sida om vårfloden 2018. Under våren 2018 var vårfloden kraftig. SMHI utfärdade många varningar för höga flöden. På flera håll i Svealand och Norrland var det problem med översvämningar. Läget var så allvarligt att SMHI utfärdade klass 3-varningar för extremt höga flöden på flera håll. Byggnader och vägar drabbades av översvämningar i bland annat Gävleborg, Dalarna och Värmland. Kommunen ansvarar för det som är räddningstjänst enligt lagen om skydd mot olyckor. Länsstyrelsen hjälper till att samordna arbetet. Följ väderprognoserna där SMHI utfärdar varningar. Om läget förvärras, följ information i Sveriges Radio P4 och på Krisinformation.se. Tänk på att inte gå eller köra bil genom översvämmade områden. Respektera avspärrningar och följ myndigheters uppmaningar.",
    "https://www.krisinformation.se/detta-kan-handa/handelser-och-storningar/2018/varflod – Krisinformation.se (MSB), händelsesida vårfloden 2018",
  ),
  real(
    "sv",
    "bulletin",
    "MSB: Läget är extremt allvarligt – följ eldningsförbuden",
    "Brandrisken når under veckan extrema nivåer. Myndigheten för samhällsskydd och beredskap, MSB, går därför ut med ett myndighetsmeddelande för att uppmana allmänheten att följa eldningsförbuden. MSB:s myndighetsmeddelande 23 juli: Det torra och varma vädret fortsätter i stort sett hela landet. Brandrisken når under veckan extrema nivåer. Fyra kritiska skogsbränder pågår och risken för fler är mycket hög, särskilt i södra delen av landet och i Mälardalen. Skogsbränder måste i det här läget bekämpas tidigt. En liten gnista kan snabbt sprida sig och få allvarliga konsekvenser. Läget är extremt allvarligt. MSB uppmanar alla att ta ansvar och följa lokala eldningsförbud. Om du orsakar en brand kan du hållas ansvarig.",
    "https://krisinformation.se/nyheter/2018/juli2/myndighetsmeddelande-msb-folj-eldningsforbuden – Krisinformation.se, källa MSB, 23 juli 2018",
  ),
  real(
    "sv",
    "faq",
    "Vanliga frågor om kokningsrekommendationer",
    "Kan man bli sjuk? Om vattnet innehåller koliforma bakterier kan man bli illamående och eventuellt drabbas av kräkning och diarré. Kokningsrekommendationen är en förebyggande säkerhetsåtgärd. Vem ska jag ringa till om jag känner mig sjuk? Om du uppvisar symptom, kontakta din vårdcentral. Smittskyddsläkaren har informerat vårdcentralerna i Falkenberg om vilka prover som ska tas på den som visar symptom som skulle kunna bero på vattnet. Hur får ni bort eventuella bakterier ur ledningarna? Vi spolar ledningarna kontinuerligt. Spolning inleddes under lördagen. Hur länge kommer kokningsrekommendationen att vara? Det går inte att säga i nuläget. Vi vidtar de åtgärder som krävs och provtagningar sker regelbundet. När vi är säkra på att inga koliforma bakterier finns så upphävs kokningsrekommendationen. Livsmedelsverket kräver två, på varandra följande provtagningar med godkänt resultat från ackrediterade laboratorier innan kokningsrekommendationen kan hävas.",
    "https://www.vivab.info/vatten-avlopp/dricksvatten/vanliga-fragor-om-kokningsrekommendationer – VIVAB (Varbergs och Falkenbergs kommuners VA-bolag)",
  ),
  real(
    "sv",
    "bulletin",
    "Beredskapsinformation inför eventuellt strömavbrott som påverkar skola och förskola",
    "Med anledning av den ökade risken för strömbortfall i samhället - och det större strömavbrott som drabbade vår grannkommun Sotenäs i mitten av december - skickar barn- och utbildningsförvaltningen ut information till vårdnadshavare via skolplattformen Unikum, om hur skola och förskola planerar att hantera ett omfattande strömavbrott. För skolorna gäller - om inget annat meddelas: Skolorna är öppna. Elever ska komma till skolan. Fritidshemmen är öppna. Skolskjutsar går som vanligt. Anpassade måltider kommer att serveras. För förskolor gäller - om inget annat meddelas: Förskolorna är öppna. Vi önskar att de vårdnadshavare som kan, har barnen hemma. Se till att barnen har varma kläder med sig. Se gärna till att skolbarn har med sig en egen ficklampa eller motsvarande.",
    "https://munkedal.se/arkiv/nyheter/nyheter-2022/2022-12-20-beredskapsinformation-infor-eventuellt-stromavbrott-som-paverkar-skola-och-forskola – Munkedals kommun, 20 december 2022",
  ),
  real(
    "en",
    "bulletin",
    "Important Public Announcement regarding fire and smoke in Uppsala",
    "Update 09:43, 12 May: The public warning regarding a fire in Uppsala has been withdrawn. Original text: There is a serious fire in a recycled paper factory in Boländerna resulting in heavy smoke development. The leader of the rescue operations recommends that anyone who is bothered by the smoke goes indoors. For more information please tune in to Swedish Radio P4 Uppland. Update 11/5 15:05: Uppsala local authority writes that the emergency services are continuing their work to control the fire and smoke. When the emergency services start moving the paper piles and tearing down the buildings, fire and smoke could flare up again. The important public announcement is therefore still in place and a recommendation is made to anyone seeing or feeling the smoke and being affected by it to stay indoors and close doors, windows and ventilation.",
    "https://www.krisinformation.se/en/news/2022/may/important-public-announcement-regarding-fire-and-smoke-in-uppsala – Krisinformation.se (MSB), source Sveriges Radio / Uppsala kommun, May 2022",
  ),
  real(
    "en",
    "bulletin",
    "Statement from ACC Roberts regarding recent events in New Zealand",
    "Our deepest sympathies go to all those affected by recent events in New Zealand. Despite these events, the local threat level for Cleveland, mirroring the national threat, has not changed. We understand that there may be increased concerns amongst local residents and therefore we are increasing the visibility of our neighbourhood patrols today to offer reassurance to all of our communities, particularly in places of worship. Acts of terrorism are committed by a small minority of people and are not representative of the public. We are aware that there is footage from the attack available on social media, however, we would echo the warning from New Zealand Police by asking the public not to view this or share it due to the extremely distressing content. Again, we would reiterate that whilst there is no specific intelligence to suggest any links to the Cleveland area, we urge everyone to remain vigilant as always. Suspicious activity should be reported to police or by calling 0800 789 321. In an emergency dial 999.",
    "https://cleveland.police.uk/news/newsall/release24038.aspx – Cleveland Police, Assistant Chief Constable Adrian Roberts, March 2019",
  ),
  real(
    "en",
    "bulletin",
    "Manchester attack: statement from Surrey Police",
    "Many of us awoke this morning to the news of what is being treated as a terrorist attack at Manchester Arena last night. As details continue to emerge about what happened we offer our heartfelt sympathies to the victims, some of whom we now know to be children, and their families. In light of yesterday's attack policing in the UK continues to operate at a heightened state against the backdrop of a ‘severe’ threat level, which has been in place since 2014, and means that an attack is highly likely. There is no current evidence of any specific threat to community safety in Surrey and policing across the county continues to operate as usual. We urge the public to remain alert, but not alarmed. We ask the public to remain vigilant and report any suspicious activity using the anti-terrorist hotline number 0800 789 321 or 999 in an emergency.",
    "http://oxted-pc.org.uk/2017/05/manchester-attack-statement-from-surrey-police – Surrey Police, Assistant Chief Constable Steve Barry, May 2017 (republished by Oxted Parish Council)",
  ),
  real(
    "en",
    "bulletin",
    "Leicestershire Police update 28 May 2013",
    "Leicestershire Police is again pleased to report that there have been no incidents in Leicester, Leicestershire or Rutland connected with the murder of a soldier in Woolwich. There was a search in the Granby Street area of the city centre last night (Monday) after a report that members of the public were carrying a firearm. This is believed to have been an air rifle. Three people were arrested. No members of the public were harmed or threatened. We are returning patrols to normal levels. This will be the last update connected to the Woolwich incident unless there is a change in the situation. If you have continuing concerns, or information which can assist, please contact us on 101, or Crimestoppers on 0800 555 111.",
    "https://equalitydiversityofficer.blogspot.com/2013/05/leicestershire-police-update-28-may-2013.html – Leicestershire Police, Corporate Communications Department, 28 May 2013 (republished on a partner blog)",
  ),
  real(
    "en",
    "bulletin",
    "GMP reassure the public after threat level raised over London attack",
    "Today's awful attack in London will understandably have had a profound impact on those not only living or working in the capital, but also communities across the nation. There is no specific intelligence to suggest that an attack on Greater Manchester is imminent but following the decision to raise the threat level to critical, people will see an increase in unarmed and armed officers. There will also be extra officers at Manchester Arena's Saturday night concert to provide visible reassurance to those attending. We will continue to monitor the situation to provide an appropriate response to keep our communities safe. If you see anything that seems suspicious or worries you, please call the Anti-Terrorist Hotline on 0800 789 321. Always dial 999 in an emergency.",
    "https://archive.salford.media/article/local/gmp-reassure-the-public-after-threat-level-raised-over-london-attack-r442 – Greater Manchester Police, Assistant Chief Constable Garry Shewan, September 2017 (via Salford Media)",
  ),
  real(
    "en",
    "bulletin",
    "Landslip at C45 Dura Den",
    "A landslip on the C45 at Dura Den has caused the road to be temporarily closed. Ross Speirs, service manager said: “The landslip resulted in debris falling onto the road. Our initial assessment has shown that a more specialist investigation will be needed before we can be sure that the road is safe to use. We'll need to keep the road closed while that investigation work takes place and to allow us to clear the fallen debris. The safety of local residents and road users is our priority and therefore the road will remain closed until the results of the investigation are available when a further assessment will be made.”",
    "https://active.fife.scot/get-involved/concessions?sq_content_src=%2BdXJsPWh0dHBzJTNBJTJGJTJGd3d3LmZpZmUuZ292LnVrJTJGbmV3cyUyRjIwMjElMkZsYW5kc2xpcC1hdC1jNDUtZHVyYS1kZW4lMkZsYW5kc2xpcC1hdC1jNDUtZHVyYS1kZW4mYWxsPTE%3D – Fife Council news (fife.gov.uk/news/2021/landslip-at-c45-dura-den), 2021",
  ),
  real(
    "en",
    "social",
    undefined,
    "We closed a section of Lea Road between Cromford and Lea Bridge after a landslide overnight. An inspector has been assigned to assess the damage, but the terrain is still moving, so we will continue to monitor the situation. At this point, we cannot say for how long the road, which has been affected by the recent floods, will be closed. The closure takes place between the junctions with Mill Road and Willersley Lane (Cromford side) and Mill Lane and Lea Road (Lea Bridge side). Diversions will be in place although access to the houses will be maintained. Littles Travel's 140 and 141 bus services are affected. Check with the bus company before travelling for the latest information.",
    "https://themediatimes.com/landslide-forces-derbyshire-to-close-road/ – Derbyshire County Council Facebook posts, January 2020 (quoted by The Media Times)",
  ),
  real(
    "en",
    "social",
    undefined,
    "❗ Our colleagues on-site are concerned about the number of walkers still using Low Road in #Dufftown. ⛔ The road is closed – pedestrians, cyclists and vehicles should avoid the area ⛔",
    "https://www.pressandjournal.co.uk/fp/news/moray/2813032/road-closed-in-moray-town-following-landslip/ – Moray Council on Twitter (@TheMorayCouncil), 14 January 2021, embedded by the Press and Journal",
  ),
  real(
    "en",
    "bulletin",
    "Precautionary Boil Water Notice – Lake Coleridge",
    "A Precautionary Boil Water Notice is in place for properties connected to the Lake Coleridge water supply. Households on this supply are advised to boil water for drinking or personal use. A mains power outage has disrupted the UV treatment system on this supply. No E.coli has been detected in the water supply, however the Council cannot guarantee that the water is safe to drink and has issued a Precautionary Boil Water Notice. Bringing water to the boil is sufficient to kill all bugs (water does not require prolonged boiling). If you cannot boil water, treat it by adding 1 teaspoon of household bleach per 10 litres of water and leave for 30 minutes. People will need to continue to boil water until they are notified that the boil water notice is lifted. It is likely to be in place for several days. Any updates to this notice will also be posted online at www.selwyn.govt.nz.",
    "http://www.voxy.co.nz/national/5/297241 – Selwyn District Council media release, 8 November 2017 (via Voxy)",
  ),
  real(
    "en",
    "bulletin",
    "Boil water notice issued for parts of eastern Christchurch",
    "The presence of E.coli in the water supply was only confirmed by the laboratory this morning after water samples were taken yesterday from the Keyes pump station in Rawhiti Domain. The Keyes pump station provides water to about 2000 homes in the Shirley, Bexley, Wainoni and New Brighton areas. In those areas all water used for drinking, food preparation, utensil washing, brushing teeth or making ice should be boiled until further notice. “The boil water notice will remain in place until laboratory tests confirm the water is safe to drink,” says Council Reticulation and Maintenance Manager Tim Drennan. Mr Drennan says the cause of the contamination is not yet known. “Staff are working to identify the cause of the contamination but in the meantime we will be flushing the network to ensure all traces of e-coli are removed.”",
    "http://pr.co.nz/boil-water-notice-issued-for-parts-of-eastern-christchurch-21122019/ – Christchurch City Council media release, 21 December 2019",
  ),
  real(
    "en",
    "bulletin",
    "Discoloured water is safe to drink",
    "Council has investigated reports of discoloured water in various locations in Kyogle and has found that it has likely been caused by recent changes in temperature and water flow, particularly with the new section of Mayfield Estate coming on line. Ongoing tests have shown the water continues to meet all health and safety requirements. While the discolouration is not ideal, Council wants to reassure residents the water is safe to drink and we are working to fix the issue.",
    "https://indynr.com/discoloured-water-is-safe-to-drink-council-says/ – Kyogle Council statement (published by Richmond Valley and Kyogle news)",
  ),
  real(
    "en",
    "bulletin",
    "Fatal collision on the A16 at Spalding",
    "We are saddened to report that an 80-year-old man has lost his life in a collision involving a crane and car today (20th July). Despite the best efforts of emergency services, one man was pronounced dead at the scene. A woman in her 70s travelling in the same vehicle sustained serious injuries and is being treated in hospital. Her injuries are not believed to be life threatening at this time. Nobody else was injured in the collision. The road was closed shortly after the incident was called in, and is expected to remain closed until at least 11pm while officers carry out initial investigations and recovery of the crane tonight. We are appealing for anyone who was in the area and may have witnessed the collision to contact us as soon as possible. We would be keen to see any dashcam footage which might have captured the vehicle prior to the collision, or the collision itself.",
    "https://uknip.co.uk/breaking/news-270785/%E2%80%8Bpolice-were-called-to-reports-of-a-fatal-road-traffic-collision-at-the-a16-in-spalding-a-man-in-his-80s-died/ – Lincolnshire Police statement (republished by UKNIP)",
  ),
];
