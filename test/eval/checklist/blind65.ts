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
 * Sixty-fifth blind set, written 2026-12-07 by an independent author who did not read the checklist rules, its
 * lexicons, the eval README, SPEC.md or any other blind set (only types.ts, guidance.ts, build.ts, the header and
 * first two items of blind50.ts for the format, shared/DESIGN.md, shared/research/checklist-rules.md and the list of
 * source URLs already used, so that no real message repeats). The author never ran the checklist on these messages.
 * HELD-OUT status is decided by the lead.
 *
 * 30 real messages (12 Swedish, 18 English) and 50 flawed ones (22 Swedish, 28 English).
 * The real Swedish side leans on Gotland, Uppsala län and Stockholms län: Region Gotland on storm Alfrida's power
 * cuts, on a planned risk of power disruption, on weeks of denial-of-service attacks against its internet services and
 * on a watering ban; Gotland's grid company GEAB before a storm; Uppsala kommun on the groundwater situation; Uppsala
 * Vatten lifting a boil-water recommendation; Tierp's municipal utility apologising for poor information after an
 * outage; Norrtälje kommun's page on trygghetspunkter; Botkyrka kommun lifting a boil-water recommendation; Danderyds
 * kommun the day after the 2017 Drottninggatan attack; Enköpings kommun announcing a night-time water shut-off.
 * The real English side is US public bodies: a county data-breach notice (Mono County), a city FAQ answer on a
 * ransomware attack at its billing vendor (Redmond), two FEMA releases (a Disaster Recovery Center moving, DSA teams
 * after Idalia), a CDC heat e-mail template (with its link placeholder left in), New York State DHSES heat advice,
 * the Alabama Department of Public Health correcting a vaccine-death rumour, Connecticut DPH on carbon monoxide after
 * storms, New York State DOH and Guam DPHSS on food safety after floods, a Maryland county health department before
 * Florence, two NYC Emergency Management heat releases, a small city lifting a boil order, Charleston's notice of a
 * payment-system outage, Ann Arbor's shelter page, a town board of health heat warning and a township food-safety
 * page. Kinds: web bulletins, faq answers, a social-media correction; whole sentences or paragraphs may be left out
 * (each source says what), nothing is reworded. Many are ordinary and imperfect: undated pages, a typo ("En trygghets
 * är", "youn children", "higher that normal"), a duplicated list item, a lost list after "the following safety
 * tips:", headings with nothing under them, a stray footnote digit ("95°F.18"), a template placeholder.
 *
 * Each flawed message is written to show one failure pattern (two carry two principles) and is otherwise meant to
 * look competent: dated, signed, with an action and a next update unless that is the flaw. Counted under the first
 * principle: active 9 (an IT outage with no advice or contact for residents, a heat warning with no advice, a
 * myth-first correction, safe places with no address, cooling centres with no place, a breach notice with no steps,
 * a bare "FALSE" correction, a generator faq that never says what to do, a boil advisory with no instructions), open
 * 9 (a closure with no reason, "security reasons" for withholding a breach's scope, a boil notice kept with no reason
 * or lifting condition, a dodged faq question in each language, "operational reasons", a refusal to comment without a
 * reason, pools closed in a heat wave with no reason, a vaccination clinic cancelled with no reason), factual 9
 * (speculation on a foreign perpetrator, social-media figures, absolute reassurance before test results and before
 * air monitoring, a restoration time stated as certain, speculative sabotage, hearsay deaths, a likely food source
 * before lab results, a self-contradicting breach notice), fast 9 (relative times only, undated posts, a breach told
 * two weeks late, "we will come back when we know more", information held back until an internal investigation ends,
 * no next update, a boil notice three days late, "shortly" and "in the coming days", affected schools named only at
 * a meeting two weeks on), impartial 7 (a named contractor blamed, party-political praise in each language, newly
 * arrived families named as the source of an outbreak, a church community blamed, a brand praised, mockery of
 * rumour believers) and audienceAdapted 7 (bureaucratic water-works Swedish, an sms of abbreviations, a whole message
 * in capitals, IT-security jargon, a 100-word one-sentence text alert, the life-safety action buried last, legal
 * notice language). The two-principle items are information held back until an investigation ends (fast, open) and
 * affected schools withheld until a later meeting (fast, open). Places, organisations, people, web addresses and
 * telephone numbers in the flawed messages are invented (Swedish numbers in the 08-465 004 xx fiction range, US
 * numbers in 555-01xx).
 */
const s = evalSet("blind65", perLanguage("good65", "bad65"));

export const GOOD_BLIND65: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish real messages
  s.real(
    "sv",
    "bulletin",
    "Ansträngt läge på grund av de omfattande strömavbrotten på Gotland",
    "Publicerad 2019-01-02 15:13\nStormen Alfrida har orsakat strömavbrott på Gotland under den gångna natten och under onsdagen.\n\nJust nu, 2 januari klockan 15.00, är cirka 5300 av GEAB:s abonnenter utan el, framför allt på norra och mellersta Gotland. Även abonnenter på södra Gotland är drabbade. Arbetet med felsökning och reparation pågår.\n\n– Förhoppningen är att samtliga abonnenter ska ha strömmen tillbaka under dagen, men det finns risk för att arbetet kommer att behöva fortgå under natten och en bit in på morgondagen, säger Kalle Blomberg, tf elnätschef på GEAB.\n\nStrömavbrotten har också orsakat störningar på vattenförsörjningen främst på norra Gotland. Allmänheten uppmanas därför att vara återhållsamma med vattnet.\n\nFör regionens samhällsservice är läget under kontroll men ansträngt, framför allt för räddningstjänst och inom omsorgen. På grund av de inställda färjorna till och från Fårö står två helikoptrar beredda att bistå blåljuspersonal där vid behov.\n\nRegion Gotland uppmanar allmänheten att om möjligt hålla sig inne eftersom det har fallit ner en stor mängd träd. Lyssna också på Sveriges Radio P4 och se uppdateringar på:\n\nSMHIs hemsida\n\nGEABs hemsida\n\nEn samverkanskonferens har genomförts under onsdagen mellan Länsstyrelsen, Region Gotland och GEAB för att få en gemensam lägesbild. En uppföljning sker torsdag klockan 09.00.",
    "https://www.gotland.se/101879 (Region Gotland, 2019-01-02 15:13, storm Alfrida; the site's contact header left out, link texts kept as printed)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Risk för störningar i elförsörjningen på Gotland under helgen",
    "Publicerad 2018-08-31 13:47\nElbolaget Geab arbetar med teknikutbyte för att långsiktigt säkra och trygga elförsörjningen på Gotland. Denna helg, 1-2 september, kommer några kritiska arbeten att genomföras och det är stor risk för störningar i elförsörjningen.\n\nGEAB:s arbete med teknikutbyte vid kraftstationen i Ygne fortsätter för att långsiktigt säkra och trygga elförsörjningen på Gotland. Arbetet beräknas pågå till vecka 39 (slutet av september).\n\nFram till den 15 september och framför allt helgen den 1-2 september kommer några kritiska arbeten att genomföras och det är då större risk för störningar i elförsörjningen.\n\nEventuella avbrott kan ge störningar i Region Gotlands verksamheter men viktiga samhällsfunktioner som Visby lasarett och räddningstjänsten har egen elförsörjning i form av reservkraft.\n\nElavbrotten kan också medföra störningar på elektronisk kommunikation (telefon och IT).\n\nUnder ett elavbrott rekommenderas att du lyssnar på Radio Gotland (100,2 Mhz) för att få uppdaterad information. Du kan också få mer information via GEAB:s hemsida. Där kan du även anmäla dig för att få information via sms. https://gotlandsenergi.se/kundservice/stromavbrott\n\nHär hittar du mer information om hur du kan förbereda dig och hantera längre elstörningar:\n\nKrisinformation från Svenska myndigheter: www.krisinformation.se\n\nDin säkerhet: www.dinsakerhet.se\n\nRegion Gotlands sida om din krisberedskap www.gotland.se/95335  \n\nMyndigheten för samhällsskydd och beredskap (MSB): www.msb.se\n\nInför det kommande teknikbytet har Region Gotland  samverkat med GEAB, länsstyrelsen Gotland och andra berörda myndigheter.",
    "https://www.gotland.se/100612 (Region Gotland, 2018-08-31 13:47; the site's contact header and the photo caption left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Vi förbereder oss för oväder",
    "Nu varnar SMHI med klass 1 för Gotland med nordvästlig vind med vindbyar på 21-24 m/s från natten till onsdag. Hårda vindar kan innebära störningar i elförsörjningen. Stora delar av elnätet är vädersäkrat men vi förbereder oss för eventuella störningar genom att följa väderprognoserna och förbereda utrustning och tanka bilar och motorsågar.\nOm det inträffar strömavbrott kommunicerar vi alltid, så fort som möjligt, med information via sms till de kunder som har anmält att de vill ha störningsinformation till sin mobil.\n\nVi har personal i beredskap under natten, både i driftcentralen och i fält. Eventuella strömavbrott kommer att avhjälpas men medarbetarnas säkerhet prioriteras, vilket betyder att vi inte skickar ut personal under natten om det finns risk för deras säkerhet.\n\nKundservice öppnar kl 08:30 vardagar men driftcentral med felanmälan har öppet dygnet runt och svarar på 020-28 50 50\n\nHur kan du förbereda?\n\n Bra att ha hemma:\n\nOm det blir strömavbrott:\n\nKontrollera innan du anmäler strömavbrott:\n\n  • Är du helt eller delvis utan el?\n  • Är det en säkring som gått sönder?\n  • Har jordfelsbrytaren löst ut?\n  • Har grannarna ström? Om du har strömavbrott men grannen har ström – Ring felanmälan 020-28 50 50\n  • Lyssna på Radio Gotland P4 (batteridriven eller i bilen)\n  • Använd mobiltelefonen sparsamt, om du måste tillkalla hjälp kan du behöva en fungerande telefon\n  • Ha uppsikt över levande ljus och spritkök inomhus\n  • Öppna kyl och frys så kort tid som möjligt för att ta ut mat. En välfylld frys kan hålla kylan i flera dygn om du inte öppnar dörren. Är det kallt ute kan du förvara maten utomhus utom räckhåll för djur\n  • Håll kontakt med dina grannar för att se om de behöver hjälp, särskilt om de är äldre och de som bor ensamt",
    "https://gotlandsenergi.se/storningsinfo/6361 (GEAB, Gotlands Elnät, storm notice, undated in the stored copy; whole text as stored: the lists under 'Bra att ha hemma' and 'Om det blir strömavbrott' are missing there, so the headings stand empty)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Fortsatta överbelastningsattacker på Region Gotlands internettjänster",
    "Publicerad 2021-03-03 08:03\nUnder snart tre veckors tid har Region Gotlands internetförbindelse drabbats av driftstörningar som beror på överbelastningsattacker. Attackerna har över tiden intensifierats och blivit fler.\n\nDriftstörningarna är polisanmälda och polisen arbetar parallellt med detta. Regionen har även tagit hjälp av IT-säkerhetsföretag, och tillsammans med en intern grupp har ett intensivt arbete pågått de senaste tre veckorna. \n\nStörningarna innebär förlorad arbetstid för många och ställer till stora problem. Region Gotland har gjort stora investeringar på hårdvara och tjänster för att komma tillrätta med detta. Det är fler kommuner och regioner i Sverige som är drabbade, även fler företag på Gotland.\n\nMedborgare på Gotland blir främst drabbade då hemsidor som exempelvis gotland.se ligger nere. Samhällsviktig information publiceras då på regionens sociala medier.\n\nVi kan i nuläget inte säga när driftstörningarna kommer att upphöra.",
    "https://www.gotland.se/109996 (Region Gotland, 2021-03-03 08:03, denial-of-service attacks; the site's contact header left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Bevattningsförbud på delar av ön från 9 juni – men alla måste spara redan nu!",
    "Den varma väderleken och den rådande grundvattensituationen med sjunkande nivåer gör att ett bevattningsförbud nu införs. Region Gotland uppmanar dock alla – även de med enskilda vattentäkter – att spara på vattnet!\n\nBevattningsförbudet införs från lördag den 9 juni tills vidare för alla med kommunalt dricksvatten i följande socknar/områden: Fårö, Åminne, Hellvi, Valleviken, Kappelshamn, Hangvar, Ihre, Lickershamn, Stenkyrka och Burs. Andra delar av ön kan komma att beröras senare beroende på vattenläget.\n\nFörbudet gäller: \n\n  • Bevattning med spridare eller slang, givetvis får du vattna med vanlig vattenkanna. \n  • Biltvätt med slang. \n  • Spa/pool/bassänger i dessa områden ovan får bara fyllas med vatten om vattnet hämtas dit med tankbil från annat håll där bevattningsförbud inte gäller. Du ombesörjer själv transporten.\n\nBevattningsförbudet gäller enligt ABVA som är Vattentjänstlagen vilken innehåller vissa regler om hur en allmän VA-anläggning ska användas.\n\nSmarta tips!\n\nDet har som bekant varit rekordvarmt under hela maj och det går åt ovanligt mycket dricksvatten på ön just nu. Därför behöver vi alla hjälpas åt att använda vattnet smart och spara så mycket som möjligt.\n\n  1. Duscha snabbt istället för att bada.\n  2. Vattna med kanna istället för slang och spridare.\n  3. Om dammet måste sköljas av bilen, använd hink.\n  4. Fyll poolen med saltvatten.\n\nSe flera tips på vår hemsida www.gotland.se/sparavatten\n\nÄven de med enskilda brunnar\n\nDet kan vara på sin plats att påpeka att alla droppar räknas och vårt grundvatten är vårt gemensamma, så även de med enskilda brunnar behöver spara.",
    "https://gotland.se/99919 (Region Gotland, June 2018, undated in the stored copy; the site's contact header left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Vattenläget i Uppsala kommun",
    "Tillgången på kommunalt vatten i Uppsala kommun är god. Däremot är det låga grundvattennivåer i små magasin för grundvatten i hela kommunen.\n\nKommunalt vatten i Uppsala kommun tas från stora magasin med grundvatten, och där är tillgången god. Av de som har kommunalt dricksvatten får mer än 95 procent sitt dricksvatten från brunnar i Uppsalaåsen och Vattholmaåsen. Almunge och Länna får sitt dricksvatten från Östra Långsjön.\n\nDu som har kommunalt vatten ska vara uppmärksam på information från kommunen om läget och eventuella begränsningar i vattenanvändningen.\n\nDet är däremot mycket låga grundvattennivåer i små magasin för grundvatten i hela kommunen. Det betyder att fastigheter med egen brunn kan drabbas av vattenbrist.\n\nFastigheter med egen brunn\n\nDu som har egen brunn är ansvarig för brunnen och vattnet och du bör regelbundet kontrollera nivån i brunnen. Uppsala kommun uppmanar alla med egen brunn att kraftigt hushålla med vattnet tills nivåerna återgått till normala.\n\nOm du drabbas av vattenbrist och inte äger din bostad ska du kontakta fastighetsägaren.\n\nDjurhållare och fastighetsägare med fler bostäder\n\nDu som är djurhållare eller äger flera fastigheter och behöver stora mängder vatten i volymer på kubikmeter kan kontakta Uppsala Vattens kundtjänst för vägledning.\n\nTelefon: 018–727 94 00, vardagar 09.00–15.00 (lunchstängt 12.00–12.30)\nE-post: kundtjanst@uppsalavatten.se\n\nDu kan också kontakta företag som erbjuder utkörning av vatten.\n\nEnskilda hushåll\n\nUppsala kommun har i nuläget inga tappställen för enskilda hushåll. Har du behov av mindre mängder vatten kan du höra med grannar eller bekanta som bor i ett område med kommunalt vatten.\n\nOm vattenbristen i enskilda brunnar skulle bli omfattande och drabba många på landsbygden kan Uppsala kommun ställa i ordning särskilda platser för vatten och hygien.",
    "https://www.uppsala.se/organisation-och-styrning/nyheter-och-pressmeddelanden/vattenlaget-i-uppsala-kommun/ (Uppsala kommun news item, undated in the stored copy; the 'Nyhet' label and everything after this sentence left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Kokningsrekommendationen i Almunge är hävd",
    "Kokningsrekommendationen av det kommunala dricksvattnet i Almunge är hävd. Resultatet på de vattenprover som tagits visar att kvaliteten på dricksvattnet är normal. Dricksvattnet behöver inte längre kokas utan kan användas som vanligt.\n\nOnsdag den 20 februari larmade vårt vattenverk i Almunge om förhöjd grumlighet i vattnet. Vi upptäckte en avvikelse i reningsprocessen och vidtog därefter nödvändiga åtgärder för att säkerställa kvaliteten på dricksvattnet. Som en försiktighetsåtgärd gick vi ut med en kokningsrekommendation av det kommunala dricksvattnet i Almunge i Uppsala kommun. Vi har tagit mikrobiologiska- och kemiska prover, och vi återgår nu till normal provtagning.\n\nMer information finns på Uppsala Vattens hemsida.",
    "http://www.mynewsdesk.com/se/pressreleases/kokningsrekommendationen-i-almunge-aer-haevd-2840814 (Uppsala Vatten och Avfall press release, 2019-02-26 14:48; the company boilerplate at the end left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Helgens driftstörning",
    "På grund av tekniska problem blev Tierp utan vatten en tid under söndagen.\n\nDet var tekniska problem med kommunikationen mellan våra system som gjorde att Tierp blev utan vatten i en dryg timmes tid under söndagen 16 juni.\n\nPå grund av detta så kan vissa fastigheter uppleva fortsatt lågt tryck i sina kranar under en till två dagars tid. Problemet kommer successivt att minska i takt med att vattennivån i Tierps vattentorn fylls på.\n\nVi beklagar den bristfälliga kommunikationen i detta ärende.",
    "https://temab.tierp.se/om-temab/nyheter/nyhetsarkiv/2019-06-17-helgens-driftstorning.html (Tierps Energi & Miljö AB, Tierp kommun's utility, 2019-06-17; whole text)",
  ),
  s.real(
    "sv",
    "faq",
    "Trygghetspunkter och skyddsrum",
    "En trygghets är en samlingslokal dit du som invånare kan vända dig vid olika typer av samhällsstörningar. Det kan till exempel vara vid vatten-, el-, värme- eller telefoniavbrott.\n\nOm vi behöver öppna trygghetspunkterna informerar vi om det på Sveriges radios Radio P4, som är den nationella beredskapskanalen samt på kommunens webbsida och facebooksida.\n\nTrygghetspunktens funktioner kan variera beroende på vad som har inträffat och hur länge samhällsstörningen pågår. Här är några exempel:\n\n • Aktuell information om vad som händer, speciellt om ordinarie kanaler inte fungerar\n • Tappkran för dricksvatten\n • Värma mat\n • Ladda mobil och dator\n • Hjälp med att kontakta närstående\n • Första hjälpen \n • Hjärtstartare\n • Krisstöd\n • Hjälp med att kontakta 112\n • Krisstöd\n\nI Norrtälje kommun finns fem primära trygghetspunkter som öppnas upp av Norrtälje kommuns krisledning vid händelse av en kris:\n\n • Norrtälje Brandstation, Alestavägen 4 vid södra infarten\n • Rimbo, Verkstadsvägen 7\n • Hallstavik, Gottstavägen 24\n • Älmsta, Videvägen 12\n • Blidö, Fagernäsvägen 1 (vid färjeläget)\n\n \n\nOm behov uppstår kan fler trygghetspunkter öppnas upp. Vi kommer då att informera om var dessa finns.\n\nSenast ändrad: 2022-12-29",
    "https://www.norrtalje.se/info/kommun-och-politik/trygghet-och-sakerhet/krisberedskap/trygghetspunkter-och-skyddsrum/ (Norrtälje kommun, last changed 2022-12-29; the site banner about a telephony fault and the skip/navigation links left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Dricksvattnet i Tullingeberg är godkänt – kokningsrekommendationen hävs",
    "Kokningsrekommendationen gällde det markerade området, Tullingeberg.\n\nFrån och med idag, torsdag 23 augusti 2018, häver Botkyrka kommun den kokningsrekommendation som har gällt för Tullingeberg sedan 1 augusti 2018.\n\nProvsvaren visar att Tullingebergs dricksvatten åter är friskt och hälsosamt, vilket betyder att dricksvattnet inte längre behöver kokas. Livsmedelsverkets krav för kallvatten som livsmedel är nu uppfyllt. Du kan nu dricka vattnet direkt från kranen.",
    "https://www.botkyrka.se/bo--bygga/vatten-och-avlopp/driftinformation/kokningsrekommendation-for-tullingeberg.html (Botkyrka kommun, 2018-08-23; the 'Stäng meddelande' control, a repeated map caption, the table of sample results and the paragraphs on Livsmedelsverket's rules left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Med anledning av attentatet i Stockholm city",
    "2017-04-08 08:30\n\nEn lastbil körde på fredagen 7 april in i folksamlingar utefter Drottninggatan i centrala Stockholm. \n\nPolisens tidigare rekommendation att inte ta sig in i Stockholm city är hävd sedan lördag eftemiddag 8 april. Danderyds kommun samverkar med myndigheter och andra aktörer med samhällsansvar som nu efter händelsen verkar för att trafik och samhällsfunktioner återgår till normalläge.\n\nFlagga på halv stång 8 april\nMed anledning av den tragiska händelsen i centrala Stockholm så flaggade Danderyds kommun på halv stång på Djursholms slott under lördagen 8 april.\n\nNationell tyst minut 10 april\nStatsministern har utlyst en nationell tyst minut på måndag 10 april klockan 12.00. I anslutning till det arrangeras av Stockholm Stad en ceremoni i Stadshusparken i Stockholm. Anställda i Danderyds kommun har, i den mån arbetet medger, en tyst minut på sina arbetsplatser.\n\n\nInformation från andra myndigheter och organisationer\n\nInformation, vård och stöd\n\n  • För samlad, bekräftad och uppdaterad information råd och länkar till fler myndigheter på www.krisinformation.se \n  • Information om krisstöd och skadeläge finns på www.sll.se och www.1177.se \n  • Krisstöd erbjuds även på Karolinska Solna nås på telefon 08-517 700 00.\n    (Begär att få tala med kriststöd)\n  • Bris webbplats informerar om hur du kan prata med barn om händelsen i centrala Stockholm.\n    Bris webbplats\n     \n\nPolisen\nFör aktuell polisinformation och om trygghetsskapande åtgärder.\nFölj utvecklingen på polisens webbplats\n\nAktuell trafikinformation\nKollektivtrafiken fungerar i princip som normalt. För aktuell trafikinformation\nwww.sl.se och www.trafiken.nu ",
    "http://danderyd.se/Nyheter/2017/Polisen-uppmanar/ (Danderyds kommun, dated 2017-04-08 08:30 as printed; the 'Kontakta informationsansvarig' form at the end left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Till boende i Örsundsbro",
    "2018-09-05\n\nEnköpings kommun informerar:\n\nAvstängning vatten Örsundsbro!\n\nNatten mellan 10 och 11 september kommer det kommunala dricksvattnet i\nÖrsundsbro, Hjälsta och Säva att stängas av mellan klockan 22.00 och 06.00.\nOrsaken till avstängningen är ett pågående renoveringsarbete av vattenverket i Vånsjöbro.\nSyftet med renoveringen är att säkerställa en god dricksvattenkvalitet för våra abonnenter.\n \nYtterligare avstängning\nDet kommer bli aktuellt med ytterligare en avstängning under hösten i samband med inkoppling av nya ledningen mellan Alstasjön och Örsundsbro. Information om när avstängning sker kommer i ett separat brev. Det är tyvärr inte möjligt att göra dessa avstängningar samtidigt.",
    "http://www.ehb.se/index.php?mact=News,cntnt01,detail,0&cntnt01articleid=790&cntnt01origid=251&cntnt01detailtemplate=puffdetails.tpl&cntnt01dateformat=%25Y-%25m-%25d&cntnt01lang=sv_SE&cntnt01returnid=36 (Enköpings kommun's notice to residents of Örsundsbro, Uppsala län, as reposted by a local site, 2018-09-05; whole text, its line breaks kept)",
  ),

  // ---------------------------------------------------------------- English real messages
  s.real(
    "en",
    "bulletin",
    "COVID Data Breach Information",
    "On July 28, 2020, Mono County became aware of unauthorized access by a third party into the County’s online COVID-19 statistics database which occurred between the dates of April 2, 2020 and July 24, 2020.  The database contained Personal Health Information (PHI) for individuals who were tested for COVID-19 in Mono County prior to July 24.  The County is providing this notice pursuant to 45 CFR § 164.404 (d)(2)(ii).\n\nThe unsecured PHI included date of birth, gender, race, geographic region of residence within the County and COVID-19 test information (but no specific address, name or other identifying information). \n\nUpon learning of the breach, the County took immediate steps to secure the information such that access from the outside has been successfully and completely prevented since July 28, 2020.\n\nThe County does not believe it is necessary for you to take action to protect yourself from additional harm (such as identify theft) because the information potentially accessed did not contain financial data, social security numbers, or other types of information that could lead to identity theft.\n\nIf you were tested for COVID-19 in Mono County prior to July 24, 2020, and would like specific information regarding whether your PHI was in fact among the dataset breached please call (844) 794-0142. If you received a mailed notice of breach this notice does not apply to you - please refer to the notice you received in the mail.",
    "https://monocounty.ca.gov/breachinfo (Mono County, California, data-breach notice, 2020; whole text)",
  ),
  s.real(
    "en",
    "faq",
    undefined,
    "Customers who were potentially affected include those who receive printed invoices and past-due notices in the mail. Customers who receive billing statements electronically were not affected. At this time, the City does not know if any of its customers’ information has actually been accessed by the unauthorized party who installed ransomware on AFTS’s system, or if that information has simply been made inaccessible.",
    "https://www.redmond.gov/Faq.aspx?QID=541 (City of Redmond, Washington, FAQ answer on a ransomware attack at its billing vendor AFTS, undated in the stored copy; the question heading is not in the stored copy)",
  ),
  s.real(
    "en",
    "bulletin",
    "Extreme Heat Warning",
    "Posted on: July 15, 2025\n\nDuring an extreme heat event, the Center for Disease Control and Prevention recommends that you\n\nDO:\n\n✔ Use air conditioners or spend time in air-conditioned places, such as cooling centers, malls, or libraries.\n\n✔ Use electric fans to provide comfort when the temperature is below  95°F.18 Fans can make sweat evaporate more quickly from your body.  More evaporation means more heat can leave your body. \n\n✔ Take a cool shower or bath to help cool off.\n\n✔ Minimize direct exposure to the sun.\n\n✔ Stay hydrated—drink water or beverages without caffeine, sugar, or alcohol throughout the day.\n\n✔ Eat light, cool, and easy-to-digest foods such as fruit or salads.\n\n✔ Wear loose-fitting, light-colored clothes.\n\n✔ Know the symptoms of heat-related illnesses and the appropriate responses.\n\n✔ Check the local news for health and safety updates\n\nDON'T:\n\n✖ Leave children, pets, or persons with mobility problems alone in cars for any amount of time.\n\n✖ Drink alcohol to try to stay cool. \n\n✖ Use the stove or oven to cook—it will make you and your house hotter.\n\n✖ Eat heavy, hot, or hard-to-digest foods.\n\n✖ Wear heavy, dark clothing, which absorbs heat from the sun.\n\n✖ Exercise outdoors during the hottest hours of the day (usually 10 a.m. to 5 p.m.).\n\n✖ Use an electric fan when the temperature is over 95°F. When the temperature is in the mid-90s or higher, electric fans will not prevent heat-related illness",
    "https://www.sherbornma.org/CivicAlerts.aspx?AID=167&ARC=611 (Town of Sherborn, Massachusetts, Board of Health news flash, 2025-07-15; the archive banner, the '[ARCHIVED]' title prefix, share links and the 'Other News' list left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "Disaster Recovery Center in St. Albans is Relocating to Dunbar, WV",
    "July 3, 2024\n\nDR-4783-WV-MA-031\n\nFEMA News Desk: 215-931-5597\n\nFEMAR3NewsDesk@fema.dhs.gov\n\nMedia Advisory\n\nDisaster Recovery Center in St. Albans is Relocating to Dunbar, WV\n\nCHARLESTON, W.Va.– A state-federal Disaster Recovery Center at the Hansford Senior Community Center in St. Albans, WV, is closing today, July 3, 2024, at 4 p.m.\n\nThe center is located at:\n\nKanawha County\n\n   Hansford Senior Community Center\n\n   500 Washington St.\n\n   St. Albans, WV 25177\n\nHours of operation:\n\nClosing July 3, 2024, at 4 p.m.\n\nAnother DRC will be opening at the Recreation Center located at 2601 Fairlawn Ave Dunbar, WV 25064, on July 5, 2024. It will remain open until July 13, 2024, at 6 p.m.\n\nThe center is located at:\n\nKanawha County\n\nRecreation Center\n\n2601 Fairlawn Ave\n\nDunbar, WV 25064\n\nHours of operation:\n\nMonday through Saturday, 8 a.m. to 6 p.m.\n\nJuly 5 through July 13, 2024\n\nThe Disaster Recovery Centers will be opening on a rotating basis at three locations, including Tyler Mountain, St. Albans, and Dunbar for the next few weeks. \n\nIf you have received a letter from FEMA about your application status, visit a DRC to learn more about next steps.  DRC staff can help you submit additional information or supporting documentation for FEMA to continue to process your application and answer any questions you may have.\n\nResidents of all counties can continue to visit other DRCs in West Virginia. To locate a center, check the FEMA app or visit DRC Locator (fema.gov).\n\nSurvivors do not have to visit a Disaster Recovery Center (DRC) to register with FEMA. If it is not possible to visit a DRC, call 800-621- FEMA (3362). The toll-free telephone line operates from 7 a.m. to 11 p.m., seven days a week.",
    "https://coop.mnb.uscourts.gov/aggregator/FEMA.gov/www.youtube.com/disaster/DisasterAssistance.gov?page=81 (FEMA Region 3 media advisory DR-4783-WV-MA-031, 2024-07-03, as carried by a DHS news-feed aggregator; the feed header and the closing sentences after the helpline hours, cut off in the stored copy, left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "FEMA Teams in Field to Help Hurricane Idalia Survivors",
    "ATLANTA – FEMA Disaster Survivor Assistance (DSA) teams are working in communities impacted by Hurricane Idalia to help residents apply for FEMA assistance and provide referrals to other disaster resources.\n\nDSA teams wear FEMA attire and have federal photo identification badges. FEMA personnel never ask for money. \n\nThere are several ways to apply for FEMA assistance: Go online to DisasterAssistance.gov, use the FEMA mobile app, or call the FEMA Helpline at 800-621-3362. Multilingual lines are open 7 a.m. to 11 p.m. local time, seven days a week. If you use a relay service, such as video relay service (VRS), captioned telephone service or others, give FEMA the number for that service. \n\nFEMA home inspectors will be in communities to meet with applicants to verify losses. FEMA will contact the homeowner to arrange a time for the inspection. These inspectors carry photo ID badges and will have the applicant’s application number. \n\nFEMA personnel and U.S. Small Business Administration (SBA) personnel never ask for money for services. There are no fees involved in applying to FEMA or SBA.\n\nFor an accessible video on how to apply for assistance go to, youtube.com/watch?v=WZGpWI2RCNw.",
    "https://coop.mnb.uscourts.gov/aggregator/FEMA.gov/www.youtube.com/disaster/4829?page=134 (FEMA news release, 2023-09-02, as carried by a DHS news-feed aggregator; the feed header and the other releases on the page left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "Protect the people in your care.",
    "Extremely hot weather can cause serious health effects such as heat exhaustion and heat stroke which may lead to death. Heat is especially dangerous for the elderly and people with chronic medical conditions. They are less likely to sense and respond to changes in temperature. Also, they may be taking medications that can intensify the effects of extreme heat. Extremely hot weather can also worsen existing chronic medical conditions.\n\nHelp those dependent on your care to stay cool, hydrated, and informed by encouraging them to:\n\nSeek medical care immediately if you have or someone you know has symptoms of heat illness like muscle cramps, headaches, nausea or vomiting.\n\n  • Stay in air-conditioned buildings as much as possible and avoid direct sunlight.\n  • Contact the local health department or click here [link to heat “city page” or health dept. home page] to locate an air-conditioned shelter in your area.\n  • Do not rely on a fan as your primary cooling device during an extreme heat event.\n  • Don’t use the stove or oven to cook — it will make them and their house hotter.\n  • Wear loose, lightweight, light-colored clothing.\n  • Take cool showers or baths to cool down.\n  • Drink plenty of water and don’t wait until you’re thirsty to drink.\n  • Check on a friend or neighbor, and have someone do the same for them.\n  • Check the local news for health and safety updates regularly.",
    "https://www.cdc.gov/extremeheat/emails/caretaker.html (CDC extreme-heat e-mail template for caretakers, page last reviewed 2011-06-20; skip links and the page footer left out; the template's link placeholder is kept as published)",
  ),
  s.real(
    "en",
    "faq",
    "People Who Should Be Aware",
    "  • Monitor those at high risk.\n\n  • Those who are physically ill, especially with heart disease or high blood pressure, or who take certain medications for conditions such as depression, insomnia or poor circulation, may be affected by extreme heat.\n\n  • Visit adults at risk at least twice a day and closely watch them for signs of heat exhaustion or heat stroke.\n\n\n  • Never leave children in a parked car or vehicle during periods of intense summer heat. Temperatures inside a closed vehicle can reach over 140 degrees Fahrenheit quickly. Exposure to such high temperatures can kill within a matter of minutes.\n\n  • Strenuous activities should be reduced, eliminated or rescheduled to the coolest time of the day. Make sure that children get lots of rest when they are active. Heat can make youn children feel tired.\n\n  • Make sure your child stays hydrated. Provide them drinking water regularly, even before they asks for it.\n\n  • If your home does not have air-conditioning, find a nearby building that does. Libraries can be a great place for a cool retreat from the heat.\n\n  • Infants and children up to four years of age are sensitive to the effects of high temperatures. They rely on others to regulate their environments and provide adequate liquids.\n\nSenior Citizens\n\n  • People who are 65 years of age or older may not compensate for heat stress efficiently, and are less likely to sense and respond to change in temperature.\n\n  • Seniors don't 'feel the heat' the way younger people do, and so might not be aware of the risks of high temperatures.\n\n  • Senior Citizens can have chronic medical conditions that changes normal body responses to heat.\n\n  • Be aware that prescription medicines can impair the body's ability to regulate its temperature or that inhibit perspiration.",
    "http://www.dhses.ny.gov/oem/safety-info/heat/people.cfm (New York State Division of Homeland Security and Emergency Services, heat-safety page, undated; the agency banner left out)",
  ),
  s.real(
    "en",
    "correction",
    undefined,
    "Rumors and misinformation can easily circulate within communities during a crisis. Pictured is an example of a rumor or misinformation we have seen recently.\n \nThere are multiple posts on social media reporting a death in Alabama of a recipient of the COVID-19 vaccine on December 15.\n \nThe Alabama Department of Public Health (ADPH) has reached out to all hospitals in the state which administered the COVID-19 vaccine and confirmed there have been no deaths of vaccine recipients. The posts are untrue.\n \nSafety standards and post vaccine monitoring procedures are in place to ensure the health and well-being of vaccine recipients. Hospitals in Alabama continue to work diligently to protect the health and well being of frontline healthcare workers in their fight against this deadly virus.\n \nDo your part to stop the spread of rumors by doing three easy things:\n– Find trusted sources of information.\n– Share information from trusted sources.\n– Discourage others from sharing information from unverified sources.\n \nTo find trusted sources, look for information from official public health and safety authorities. Federal, state and local government websites or social media accounts are good sources for instruction and information specific to your community.\n \nVisit our COVID-19 Vaccine page: go.usa.gov/x7Vym for information on finding credible, trusted vaccine information.",
    "https://weisradio.com/2020/12/17/alabama-department-of-public-health-debunks-vaccine-misinformation-2 (Alabama Department of Public Health social-media post of December 2020, reprinted by WEIS Radio on 2020-12-17; the station's headline and app promotion left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "CT DEPARTMENT OF PUBLIC HEALTH PRESS RELEASE 5/16/18",
    "HARTFORD – In the wake of yesterday’s storms, which have left thousands of Connecticut residents without power, the Connecticut Department of Public Health (DPH) warns residents of the dangers of carbon monoxide (CO) and asks that they take steps to prevent deadly CO poisoning. DPH cautions residents to ensure proper use of generators to protect against CO poisoning. Generators should be placed at least 20 feet from the house and never inside the house, enclosed porch or attached garage.\nCO is an invisible, odorless gas that can be fatal. Breathing in excessive amounts of CO can cause loss of consciousness and death. The symptoms of CO poisoning can mimic those of the flu, including headache, fatigue, dizziness, weakness, nausea, vomiting, chest pain, confusion, or loss of consciousness. People who are sleeping or unconscious can die from CO poisoning before they exhibit any symptoms. DPH warns that anyone exhibiting these symptoms should leave the house immediately and call 911.\nImproper use of portable generators have caused more than half of CO poisonings in Connecticut, according to DPH. DPH offers the following safety tips to prevent CO poisoning:\nDPH developed a video, Carbon Monoxide: The Silent Killer, to help raise awareness of the dangers of CO and how to prevent poisoning. It is available online in English and Spanish by clicking on the following link: https://www.youtube.com/watch?v=Pe-8QcFJ1ME.",
    "https://nvhd.org/?p=1114 (Connecticut Department of Public Health press release of 2018-05-16 as posted by the Naugatuck Valley Health District; the district's site banners and the last sentence, cut off in the stored copy, left out; the list of safety tips is missing in the stored copy, so 'the following safety tips:' dangles)",
  ),
  s.real(
    "en",
    "faq",
    "Food Safety Tips",
    "Flooding that results from a hurricane can result in foodborne illness. To help protect against foodborne illnesses, discard any foods that may be contaminated after a flood, including:\n\n  • Frozen foods that have been thawed, if they have not been kept refrigerated at 45 degrees F. or lower, or consumed immediately.\n  • Any foods exposed to flood waters because of possible contamination.\n  • Food that is packed in cardboard containers, screw top jars, or bottles.\n  • Canned foods when swelling, rusting or serious denting is visible.",
    "https://www.health.ny.gov/environmental/emergency/weather/hurricane/food_safety.htm (New York State Department of Health hurricane page, undated; the 'For more information' line left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "Press Release No. 2015-041",
    "The Department of Public Health and Social Services advises the public to keep food safety in mind during this period of disaster recovery.  The following are recommended:\n\n  1. Perishable foods that may have come in contact with flood or storm water need to be thrown away.\n  2. Canned foods contacting flood or storm water may be kept but must be disinfected and not bulging, opened, or damaged.  A disinfecting solution can be made with a mixture of three and half tablespoons of bleach and one gallon of water (or 1 cup of bleach plus 5 gallons of water).  Before disinfecting, remove label, wash can, and dip in the disinfecting solution.  Permanent marker may be used to relabel the cans.\n  3. Food containers with screw-caps, snap-lids, crimped caps (such as soda bottles), twist caps, flip tops, snap-open, and home canned foods that have been contaminated with floor or storm water cannot be disinfected and thus need to be discarded.\n  4. Food with unusual or unpleasant odor, color, or texture should be discarded.\n  5. Frozen foods that are thawing and still cold may be kept refrigerated at 41 degrees Fahrenheit or colder, or cooked.  If ice crystals are present, it may be refrozen.\n  6. If power had been lost for more than 4 hours, throw away meat, poultry, fish, eggs, and other perishable foods.\n  7. When in doubt, throw it out!\n\nBoil water if experiencing water outages, or obtain alternate water source, such as bottled water from an approved source.  Do not wash or prepare food, wash hands, make ice, or baby formula with contaminated water, including tap water if experiencing water outage.",
    "https://dphss.guamdev.com/post-disaster-food-safety/ (Guam Department of Public Health and Social Services press release 2015-041, 2015; the last sentence pointing to U.S. CDC, cut off in the stored copy, left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "Public Health Officials Offer Food Safety Tips in Preparation of Potential Power Outages and Flooding Due to Hurricane Florence",
    "(Salisbury, MD) - As Hurricane Florence begins to make way across the Eastern seaboard, health officials of Somerset, Wicomico and Worcester counties recommend the following food safety tips for residents to help them prepare now, should local power outages or flooding occur.\n\n• Never use a generator, grill, camp stove or other gasoline, propane, natural gas or charcoal-burning devices inside a home, garage, basement, crawlspace or any partially enclosed area. For more information on generator safety, visit here.\n\n\n• Always keep meat, poultry, fish and eggs refrigerated at or below 41 degrees F and frozen food below 0 degrees F. In preparation for power outages, turn your refrigerator and freezer down to their coldest settings before the hurricane arrives and power goes out. This will ensure food stays colder for a longer period of time.\n\n\n• If the power goes out keep the refrigerator and freezer doors closed as much as possible. The refrigerator will keep food cold for about four hours if left closed. A freezer that is full will hold the temperature for approximately 24 hours if the door remains closed. If your freezer is not full, move the items close together to help them stay cold longer. Having some coolers packed with ice can be used to help keep your food cold.\n\n\n• When the power comes back on, you should check the frozen food for temperatures and/or ice crystals. If the food temperature is below 40 degrees F and still has ice crystals, it is safe to re-freeze. Food that has partially thawed and refrozen is safe to eat, although the taste or texture quality may have degraded. Discard all refrigerated food that is above 41 degrees.\n\n\n• Maintain a supply of non-perishable food to keep on hand.",
    "http://worcesterhealth.org/news/70-wchd-news-flash/1589-public-health-officials-offer-food-safety-tips-in-preparation-of-potential-power-outages-and-flooding-due-to-hurricane-florence (Worcester County Health Department, Maryland, with Somerset and Wicomico health officials, September 2018; the rest of the release after this sentence, cut off in the stored copy, left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "Heat Advisory in effect for New York City from 12 p.m. through 8 p.m. Thursday, July 23",
    "Cooling centers are open across the city beginning 8 a.m. on Thursday. To find the nearest location call 311 or visit the City’s Cooling Center Finder (Cooling Center Finder website will be active beginning 9 p.m. Wednesday)\n\n Attendees must wear face coverings inside all NYC cooling centers and adhere to social distancing guidelines\n\nJuly 22, 2020 — The New York City Emergency Management Department and the Health Department today advised New Yorkers to take precautions to beat the heat. The National Weather Service has issued a heat advisory in effect for New York City from 12 p.m. through 8 p.m. Thursday, July 23. High heat and humidity are in the forecast, with heat index values in the mid-90s on Thursday. Cooling centers will open beginning 8 a.m. on Thursday. Cool Streets, which are activated during heat emergencies, will open on Thursday. To find your nearest cooling center call 311 or visit the City’s Cooling Center Finder. DOT’s Open Streets highlights each Cool Street across the city.\n\n\n“The dangerous heat and humidity are sticking around, and we want New Yorkers to continue to stay cool and hydrated,” said NYC Emergency Management Commissioner Deanne Criswell. “Use air conditioning or visit a cooling center, drink lots of water, and remember to check on friends, family members and neighbors, the elderly, or people with disabilities who may need assistance during a heat emergency.”",
    "https://www.advancewarningsystemnyc.org/aws/alert/nyc-emergency-management-and-the-health-department-6 (NYC Emergency Management and NYC Health Department release of 2020-07-22 as relayed by the city's Advance Warning System; the AWS standard preamble and the rest of the release after the first quote left out)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    "Cooling centers are open across the city, including 44 NYC Public Schools on Sunday. \n\nTo find the nearest location, including hours of operation, call 311 or visit the City’s Cooling Center Finder.\n\nOutdoor Olympic and intermediate-sized pools will be open until 8PM for this weekend.\n\nNew Yorkers should also take advantage of additional cool options such as museums, movie theaters, coffee shops, pools, or a neighbor, friend, or family member's home.\n\nJuly 6, 2024 — New York City Emergency Management Department and the New York City Department of Health and Mental Hygiene advise New Yorkers to take precautions to beat the heat. NYC Emergency Management activated the City's Heat Emergency Plan for Saturday and Sunday, and announced the opening of 44 NYC Public Schools on Sunday as cooling center sites. The National Weather Service has issued a Heat Advisory early this morning in effect from noon until 8 P.M. on Saturday, July 6. Hot and humid conditions are in the forecast with heat index values potentially reaching between 98°F to 100°F (36.6°-37.7°C) in parts of the city, along with a chance of showers and thunderstorms. Tomorrow, Heat Index values are expected to be around 95°F (35.5°C). Finally, beach-goers are urged to exercise caution at beaches due to a high risk of life-threatening rip currents.\n\nThe New York City Emergency Management Department and the Health Department urge New Yorkers to take steps to protect themselves and help others who may be at increased risk from the heat. For more information, including heat-related health tips and warning signs of heat illness, visit NYC.gov/health or NYC.gov/beattheheat.",
    "https://www.advancewarningsystemnyc.org/aws/alert/update-nyc-emergency-management-and-the-department (NYC Emergency Management and NYC Department of Health and Mental Hygiene release of 2024-07-06 as relayed by the city's Advance Warning System; the AWS standard preamble and the rest of the release after this sentence left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "Boil Order Lifted",
    "We received clear tests and DEQ has decided to lift the boil order. The water is safe for all uses. The City has decided to run higher that normal chlorine levels for the remainder of the time we are working on rehabilitating the clearwell and installing the new water meters.\n\nThank you all for your patience. In the spirit of transparency, and to help residents understand what may have gone wrong, I will be publishing all test and inspection results from DEQ here in the coming days.\n\nAlso, as a lesson learned from this experience, we are asking the SCADA contractor to add real-time chlorine monitoring to our water system computer. If possible, I may start delivering real time chlorine and pressure data to residents on our website.\n\n\nThank you",
    "https://cityofcrescent.com/boil-order-lifted/ (City of Crescent, post on its website, undated in the stored copy; whole text)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    "Beginning at 3:00AM on Sunday, September 23, one of the\nCity’s online payment processors will be completing system maintenance tasks\nwhich will take the payments systems offline during this period. Affected\nsystems are the Government Management System (GMS / EnerGov / CAP / Customer\nAccess Portal) and the Municipal Court Online Payments page. Online payments\nwill resume after maintenance is completed and the associated payment sites are\nback online (scheduled to be completed by 9:00AM on Sunday, September 23).\nOther functions of the Government Management System (GMS /\nEnerGov / CAP), such as requesting Inspections for your Permits or Applying for\nPermits (Single Family - New or Operational Permit - Short Term Rental) will\nremain online during this period.\nOther online payment portals such as Recreation Online and\nParking Citation Payments Online are not impacted by this maintenance.",
    "https://www.charleston-sc.gov/CivicAlerts.aspx?AID=603&ARC=999 (City of Charleston, South Carolina, news flash on a planned outage of online payment systems, year not shown in the stored copy; whole text, its hard line breaks kept)",
  ),
  s.real(
    "en",
    "faq",
    "Shelter Usage",
    "Shelters shall only be activated if a critical component(s) of the infrastructure system fails, such as electrical power at any time of year, lack of natural gas during the winter months and any other natural or manmade disaster whereby evacuation is necessary.\n\nOutside of an evacuation situation necessitating the immediate opening of shelter(s), it will typically not be available for use unless and until an outage has exceeded 24 hours from the time the disruption occurred. It is therefore critical that everyone actively assumes a responsibility for themselves, their families, neighbors, friends, business associates, etc. The office of emergency management will work closely with community and governmental agencies to determine the need for shelters and their locations.\n\nIf you do elect to take refuge in the shelter, take an active role in participating by bringing along a variety of necessities, or your disaster supply kit. Remember, this won’t be anything like the comfort of your own home. Be willing to help others in your neighborhood should there be a need to leave the area and go to a designated shelter.",
    "https://www.a2gov.org/departments/fire/emergency-management/Pages/Shelter-Usage.aspx (City of Ann Arbor, Michigan, Fire Department emergency management page, undated; the header image, breadcrumb and empty phone-line labels left out)",
  ),
  s.real(
    "en",
    "faq",
    "Food Safety",
    "Hurricanes can lead to tidal surges and flooding and have the potential to contaminate water supplies. Drinking or cooking with contaminated water can lead to illness. Loss of electricity can cause food to spoil and cause illnesses. Do not eat any food that may have come into contact with contaminated floodwater.\n  • Discard any food not sealed in a waterproof container if there is a chance it came into contact with contaminated floodwater.\n  • If you are without electricity for a prolonged period, use dry ice to keep refrigerated foods cold. Your refrigerator will keep foods cold for about four hours without power if it is unopened.\n  • A full, closed freezer will hold its temperature for approximately 48 hours, 24 hours if it is half full.\n  • Discard any food that has been at room temperature for more than two hours.\n  • If you are in doubt about the safety of any food item, throw it out.",
    "http://twp.mountholly.nj.us/content/2401/564/566.aspx (Mount Holly Township, New Jersey, hurricane-preparedness page, undated; whole text)",
  ),
];

export const BAD_BLIND65: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish flawed messages
  // active
  s.bad(
    "sv",
    "bulletin",
    "IT outage explained with no advice or contact route for residents",
    ACTIVE,
    MSB,
    "IT-störning: e-tjänster och e-post ligger nere",
    "Skärlunda kommun, lördag 14 november 2026 kl. 09.30\n\nUnder natten upptäckte vår IT-avdelning ett intrång i kommunens IT-miljö. För att begränsa skadan stängde vi ner alla servrar vid 03-tiden. Det innebär att e-tjänsterna, e-posten och bokningssystemet för kommunens lokaler inte fungerar.\n\nHändelsen är polisanmäld och anmäld till Integritetsskyddsmyndigheten. Vi arbetar tillsammans med ett externt IT-säkerhetsföretag för att ta reda på vad som har hänt och om några uppgifter har kopierats. Det vet vi inte i dag.\n\nNästa lägesrapport publiceras här i dag kl. 15.00.\n\nAnna Lindqvist, kommunikationschef",
  ),
  s.bad(
    "sv",
    "social",
    "heat warning that names the risk groups but gives no protective advice",
    ACTIVE,
    MSB,
    undefined,
    "Tallnäs kommun 2 juli 2026: SMHI har utfärdat en gul varning för höga temperaturer från torsdag till söndag, med upp till 33 grader. Långvarig värme är en hälsorisk, särskilt för äldre, små barn, gravida och personer med hjärt- och lungsjukdomar. Kommunens äldreboenden och hemtjänst arbetar nu enligt sina värmeplaner. Nästa uppdatering kommer fredag 3 juli kl. 10 på tallnas.se.",
  ),
  s.bad(
    "sv",
    "correction",
    "myth told first and in vivid detail, bare denial at the end",
    ACTIVE,
    DEBUNK,
    "Om ryktet om vaccinationerna i Ormsjös skolor",
    "Ormsjö kommun och Region Västerland, 19 oktober 2026\n\nI helgen har ett inlägg spridits i flera lokala Facebookgrupper. Där påstås att MPR-vaccinet som skolsköterskorna ger i årskurs 2 innehåller kvicksilver, att det kan ge autism och att tre barn på Norrbacka skola fick kramper och fördes bort i ambulans efter vaccinationen förra veckan. Inlägget har en bild på en ambulans utanför skolan och har delats över 4 000 gånger. Många föräldrar har hört av sig och undrar om deras barn har fått samma vaccin och om de nu riskerar att bli sjuka.\n\nVi har pratat med skolhälsovården. Det stämmer inte.\n\nFrågor kan ställas till elevhälsan på telefon 08-465 004 31, vardagar kl. 8–16. Vi uppdaterar på ormsjo.se fredag 23 oktober.",
  ),
  s.bad(
    "sv",
    "bulletin",
    "safe places (trygghetspunkter) opened without saying where they are",
    ACTIVE,
    MSB,
    "Trygghetspunkter öppnar i kväll",
    "Hagaviks kommun, söndag 10 januari 2027 kl. 14.00\n\nEfter stormen natten till söndag är fortfarande omkring 2 400 hushåll i kommunen utan ström, enligt elnätsbolaget. Eftersom det blir kallt i natt öppnar kommunen trygghetspunkter från kl. 18 i kväll. Där kan du värma dig, ladda mobilen, fylla på dricksvatten och få information. Personal från kommunen och frivilliga finns på plats hela natten.\n\nVi uppdaterar informationen här kl. 21 i kväll.\n\nHagaviks kommun, krisledningen",
  ),
  // open
  s.bad(
    "sv",
    "bulletin",
    "closure announced with no reason",
    OPEN,
    MSB,
    "Servicecenter stänger för besök",
    "Lindesby kommun, 6 mars 2026\n\nFrån och med måndag 9 mars håller kommunens servicecenter i stadshuset stängt för besök. Du når oss som vanligt på telefon 08-465 004 12, vardagar kl. 8–17, och via e-post till servicecenter@lindesby.se. Bygglovshandlingar och andra papper kan lämnas i brevlådan vid huvudentrén.\n\nVi meddelar senast fredag 13 mars när servicecentret kan öppna igen.\n\nLindesby kommun, kommunledningskontoret",
  ),
  s.bad(
    "sv",
    "bulletin",
    "breach scope withheld behind a blanket 'security reasons'",
    OPEN,
    MSB,
    "Personuppgifter kan ha kommit på avvägar",
    "Västerbyns kommun, 22 september 2026\n\nKommunen har drabbats av en personuppgiftsincident i ett av socialtjänstens verksamhetssystem. Vi kan av säkerhetsskäl inte gå in på vilka uppgifter det gäller, hur det gick till eller hur många personer som berörs.\n\nVar uppmärksam på samtal, sms eller mejl där någon ber om dina bank- eller inloggningsuppgifter, och lämna aldrig ut dem. Har du frågor kan du ringa kommunens upplysning på 08-465 004 55.\n\nVi informerar igen måndag 28 september.\n\nJonas Berg, säkerhetschef",
  ),
  s.bad(
    "sv",
    "sms",
    "boil-water notice kept with no reason and no condition for lifting",
    OPEN,
    MSB,
    undefined,
    "Kokningsrekommendationen i Västra Ormsjö gäller fortfarande. Fortsätt koka vatten till dryck och matlagning. Nästa besked ons 4/11 kl 12. /Ormsjö Vatten",
  ),
  s.bad(
    "sv",
    "faq",
    "faq answer that dodges the question asked",
    OPEN,
    MSB,
    "Varför fick vi inget sms när strömmen gick?",
    "Hagaviks kommun arbetar ständigt med att utveckla sin kriskommunikation och tar alla synpunkter från invånarna på stort allvar. Information om störningar publiceras alltid på hagavik.se och i kommunens sociala kanaler. Under pågående störningar kan du också ringa 08-465 004 20 dygnet runt.\n\nVi uppdaterar den här sidan när arbetet efter stormen är avslutat, senast 31 januari.\n\nUppdaterad 14 januari 2027, Hagaviks kommun",
  ),
  // factual
  s.bad(
    "sv",
    "bulletin",
    "speculation about who is behind a cyber attack",
    FACTUAL,
    KRIS,
    "IT-angreppet mot Björnhamns kommun – lägesbild",
    "Björnhamns kommun, 2 december 2026 kl. 12.00\n\nKommunens IT-system har sedan i måndags varit utsatta för ett angrepp. Allt tyder på att det är en rysk statsstödd hackergrupp som ligger bakom, och troligen är det en del av en större kampanj för att slå ut svenska kommuner inför valet. Polisen och Säkerhetspolisen är informerade.\n\nE-tjänsterna är fortfarande nere. Ring växeln, 08-465 004 40, för kontakt med kommunen. Lämna aldrig ut lösenord om någon ringer och säger att de är från kommunens IT-avdelning.\n\nNästa lägesbild kl. 16.00 i dag.\n\nKommunikationsenheten, Björnhamns kommun",
  ),
  s.bad(
    "sv",
    "social",
    "unverified figures taken from social media",
    FACTUAL,
    KRIS,
    undefined,
    "Missfärgat vatten i Norrgärde, 15 augusti 2026 kl. 11: Efter en vattenläcka på Kvarnvägen i morse kan vattnet vara brunt i delar av Norrgärde. Enligt uppgifter i sociala medier är upp till 3 000 hushåll drabbade och flera ska ha blivit magsjuka. Missfärgningen är inte farlig. Spola kallvatten tills det blir klart. Vi uppdaterar kl. 15. /Skärlunda Vatten",
  ),
  s.bad(
    "sv",
    "bulletin",
    "absolute reassurance before the test results are in",
    FACTUAL,
    KRIS,
    "Brand i Ekbacka återvinningscentral",
    "Tallnäs kommun och räddningstjänsten, 18 juli 2026 kl. 17.30\n\nBranden i däcklagret på Ekbacka återvinningscentral är nu under kontroll, men det kommer att ryka under kvällen. Vattenprover från Ekbacka vattenverk har skickats för analys och svar väntas på torsdag. Det finns ingen som helst risk för dricksvattnet eller för den som andas in röken – du kan vara helt lugn.\n\nHåll fönster stängda om det luktar rök. Nästa information kl. 21.00.",
  ),
  s.bad(
    "sv",
    "bulletin",
    "restoration time promised as certain while crews cannot reach the faults",
    FACTUAL,
    KRIS,
    "Strömavbrottet i norra kommundelen",
    "Hagaviks kommun, 27 december 2026 kl. 13.00\n\nCirka 1 900 hushåll runt Sjöliden och Björkudden är utan ström sedan stormen i natt. Elnätsbolagets montörer har ännu inte kunnat ta sig fram till alla felställen på grund av nedfallna träd, men strömmen kommer att vara tillbaka för alla senast kl. 18 i kväll.\n\nHåll dig borta från nedfallna ledningar och ring 112 vid nödläge. Nästa uppdatering kl. 16.",
  ),
  // fast
  s.bad(
    "sv",
    "social",
    "undated notice with relative times only",
    FAST,
    MSB,
    undefined,
    "Vattnet kommer att vara avstängt i morgon förmiddag på Storgatan och Skolvägen i Tallnäs på grund av en akut läcka. Tappa upp vatten i kväll till dryck och toalettspolning. Vattnet beräknas vara tillbaka efter lunch. Vi uppdaterar här när arbetet är klart. /Tallnäs kommun, VA-avdelningen",
  ),
  s.bad(
    "sv",
    "bulletin",
    "data breach told to the public two weeks after discovery",
    FAST,
    MSB,
    "Information om dataintrång i skolplattformen",
    "Skärlunda kommun, 17 mars 2027\n\nDen 2 mars upptäckte vår leverantör att obehöriga hade kommit åt skolplattformen Lärnet. Efter utredningen vet vi nu att namn, personnummer och kontaktuppgifter till vårdnadshavare för cirka 1 200 elever kan ha kopierats. Betygs- och hälsouppgifter finns inte i systemet.\n\nVar uppmärksam på mejl och sms som ser ut att komma från skolan och ber dig logga in eller lämna uppgifter. Frågor: ring 08-465 004 60 vardagar kl. 9–16.\n\nNästa uppdatering 24 mars.\n\nMaria Ek, förvaltningschef",
  ),
  s.bad(
    "sv",
    "bulletin",
    "no next update, only 'we will come back when we know more'",
    FAST,
    MSB,
    "Strömavbrott i centrala Lindesby",
    "Lindesby kommun, 4 februari 2027 kl. 07.45\n\nSedan kl. 05 i morse är stora delar av centrala Lindesby utan ström efter ett fel i en transformatorstation. Skolor och förskolor i området håller öppet men serverar ingen varm mat i dag. Trygghetslarmen fungerar via reservkraft. Lämna inte levande ljus utan uppsikt och hör efter hur äldre grannar klarar sig. Frågor: ring 08-465 004 12.\n\nVi återkommer när vi vet mer.",
  ),
  s.bad(
    "sv",
    "bulletin",
    "information held back until an internal investigation ends",
    [...FAST, ...OPEN],
    MSB,
    "Händelsen vid Norrgärde vattenverk",
    "Skärlunda Vatten AB, 11 maj 2027\n\nI går kväll larmade driften vid Norrgärde vattenverk om ett fel i doseringen av kemikalier. Felet är åtgärdat. Vi kommer att informera allmänheten om vad som hänt och vilka områden som kan ha påverkats när den interna utredningen är klar, vilket beräknas ta några veckor.\n\nKänner du dig sjuk kan du ringa 1177. Övriga frågor: Skärlunda Vattens kundtjänst, 08-465 004 70.",
  ),
  // impartial
  s.bad(
    "sv",
    "bulletin",
    "blame on a named contractor",
    IMPARTIAL,
    RF,
    "Vattenläckan i centrum",
    "Björnhamns kommun, VA-enheten, 3 september 2026 kl. 10.00\n\nI morse grävde entreprenören Markbygg i Norden AB av huvudledningen på Torggatan, trots att de hade fått tydliga kartor av oss. Det är tyvärr inte första gången det här företaget slarvar. Omkring 600 hushåll i centrum är utan vatten.\n\nEn vattentank står vid Torggatan 8. Ta med egna dunkar. Vi räknar med att ledningen är lagad i kväll och uppdaterar kl. 14.",
  ),
  s.bad(
    "sv",
    "bulletin",
    "party-political praise in a heat-wave notice",
    IMPARTIAL,
    RF,
    "Värmeböljan: kommunen öppnar svalrum",
    "Tallnäs kommun, 28 juli 2026\n\nFrån onsdag 29 juli till söndag 2 augusti är biblioteken i Tallnäs och Ekbacka öppna som svalrum kl. 10–20. Där finns luftkonditionering, vatten och sittplatser. Drick mycket vatten, undvik ansträngning mitt på dagen och hör av dig till äldre grannar.\n\nAtt vi kan erbjuda svalrum i år är tack vare den nya Tallnäsalliansens satsning på klimatanpassning – något som den förra majoriteten aldrig prioriterade.\n\nNästa information fredag 31 juli. Frågor: 08-465 004 25.",
  ),
  s.bad(
    "sv",
    "bulletin",
    "outbreak tied to newly arrived families",
    IMPARTIAL,
    RF,
    "Mässling i Ekbacka",
    "Ekbacka kommun och Smittskydd Västerland, 5 april 2027\n\nSmittskyddet i Region Västerland har bekräftat fyra fall av mässling i Ekbacka. Smittan har spridits bland de nyanlända familjerna i området kring Ringvägen, där vaccinationstäckningen är låg. Mässling smittar mycket lätt.\n\nKontrollera att du och dina barn har fått två doser MPR-vaccin. Har du feber och utslag – ring 1177 innan du besöker vården. Nästa uppdatering torsdag 8 april på ekbacka.se.",
  ),
  // audienceAdapted
  s.bad(
    "sv",
    "bulletin",
    "bureaucratic water-works Swedish (nominalisations, passives, regulation codes)",
    ADAPTED,
    KLAR,
    "Kokningsrekommendation – Sjöliden",
    "Skärlunda Vatten, 9 oktober 2026 kl. 15.00\n\nMed anledning av tryckfall i distributionsnätet i samband med ledningsbrott föreligger risk för inträngning av ej tjänligt vatten, varvid mikrobiologisk tjänlighet ej kan säkerställas förrän verifierande provtagning enligt SLVFS och gällande egenkontrollprogram genomförts med tillfredsställande resultat. Kokningsrekommendation utfärdas härmed för abonnenter anslutna till tryckzon 4 och 5 i Sjöliden.\n\nProvsvar beräknas föreligga måndag 12 oktober. Kundtjänst: 08-465 004 70.",
  ),
  s.bad(
    "sv",
    "sms",
    "sms packed with abbreviations",
    ADAPTED,
    KLAR,
    undefined,
    "Skärlunda k:n info: pga IT-inc. ej tillg. t. e-tj., e-post o. bokn.syst. fr.o.m. idag 14/11. Kontakta KC via tfn 08-465 004 10. Ev. ärenden hänv. t. resp. förv. Uppd. kl 15.",
  ),
  s.bad(
    "sv",
    "bulletin",
    "whole message in capitals",
    ADAPTED,
    KLAR,
    "VARNING FÖR FÖRORENAT VATTEN",
    "SKÄRLUNDA VATTEN, 12 AUGUSTI 2026\n\nDRICK INTE VATTNET FRÅN KRANEN I NORRGÄRDE! PROVER VISAR E. COLI-BAKTERIER I LEDNINGSNÄTET. KOKA ALLT VATTEN TILL DRYCK, MATLAGNING OCH TANDBORSTNING I MINST TRE MINUTER! EN VATTENTANK STÅR VID NORRGÄRDE SKOLA. NYA PROVSVAR KOMMER FREDAG. FRÅGOR: RING 08-465 004 70.",
  ),

  // ---------------------------------------------------------------- English flawed messages
  // active
  s.bad(
    "en",
    "bulletin",
    "cooling centers announced with no place and no way to find one",
    ACTIVE,
    CERC,
    "Heat Emergency: Cooling Centers Open",
    "City of Brenton Office of Emergency Management – Tuesday, July 14, 2026, 7:00 a.m.\n\nThe National Weather Service has issued an Excessive Heat Warning for Brenton from noon today through 9 p.m. Thursday, with heat index values up to 110°F. Cooling centers are open today across the city from 10 a.m. to 8 p.m. Older adults, young children and people without air conditioning are at highest risk. Drink water even if you are not thirsty, and check on your neighbors.\n\nWe will post the next update here at 5 p.m. today.",
  ),
  s.bad(
    "en",
    "bulletin",
    "breach notice with no protective steps and no contact line",
    ACTIVE,
    CERC,
    "Notice of Data Security Incident",
    "Harlan County Health Department – October 6, 2026\n\nOn September 29, 2026, the Harlan County Health Department learned that an unauthorized party had gained access to a server used by our immunization clinic. Our investigation, carried out with an outside forensic firm, found that the names, dates of birth, home addresses and Social Security numbers of about 8,400 clients who visited the clinic between 2019 and 2024 may have been copied. We have reset all system credentials, added round-the-clock monitoring and reported the incident to law enforcement and to the U.S. Department of Health and Human Services.\n\nWe will post an update on this page on October 13, 2026.\n\nDr. Elena Ruiz, Health Officer",
  ),
  s.bad(
    "en",
    "social",
    "bare 'FALSE' with no facts, no source and nowhere to check",
    ACTIVE,
    CERC,
    undefined,
    "Rumors going around about the Millbrook water plant are FALSE. Please stop sharing them. — City of Millbrook Public Works, Aug. 3, 2026, 4:15 p.m. Next update on the water system at 8 p.m. tonight.",
  ),
  s.bad(
    "en",
    "faq",
    "faq answer explains the hazard but never says what to do",
    ACTIVE,
    CERC,
    "Can I run my generator in the garage if the door is open?",
    "Portable generators produce carbon monoxide (CO), a colorless, odorless gas. CO can build up quickly in enclosed and partly enclosed spaces, even when doors and windows are open. Every winter, people in our county end up in the hospital after storms because of CO from generators.\n\nUpdated January 28, 2027 — Westfield Department of Public Health. This page is reviewed daily during the ice storm response; next review 9 a.m. tomorrow.",
  ),
  s.bad(
    "en",
    "sms",
    "boil advisory named but no instructions",
    ACTIVE,
    CERC,
    undefined,
    "City of Dover Falls: A boil water advisory is in effect for the Eastgate area as of 6:30 a.m. Tue 4/14 after a main break on Ridge Rd. Next update 5 p.m.",
  ),
  // open
  s.bad(
    "en",
    "social",
    "'for operational reasons' instead of a reason",
    OPEN,
    CERC,
    undefined,
    "The Eastside Community Center cooling center will close at 2 p.m. today (Wed., Aug. 12) for operational reasons. You can go to the Main Library, 200 Oak St., open until 8 p.m. Drink water and stay out of the sun. Next update 6 p.m. — City of Brenton OEM",
  ),
  s.bad(
    "en",
    "bulletin",
    "refusal to comment on the questions residents ask, with no reason given",
    OPEN,
    CERC,
    "Update on City Network Outage",
    "City of Kessler – Friday, March 6, 2026, 11:00 a.m.\n\nThe City continues to recover from the ransomware attack discovered Monday. Online bill payment, permit applications and the 311 app remain offline. Police, fire and 911 are working normally. Utility payments can be made in person at City Hall, 100 Main St., 8 a.m. to 5 p.m.; no late fees or shutoffs will be applied during the outage.\n\nThe City will not comment on whether a ransom was demanded or on what information may have been accessed.\n\nNext update: Monday, March 9, at 10 a.m.\n\nOffice of Communications, City of Kessler",
  ),
  s.bad(
    "en",
    "bulletin",
    "pools closed in a heat wave with no reason and no condition for reopening",
    OPEN,
    CERC,
    "Pools and splash pads closed",
    "Brenton Parks and Recreation – Saturday, July 18, 2026\n\nEffective immediately, all city outdoor pools and splash pads are closed until further notice. Cooling centers remain open at the Main Library (200 Oak St.) and the Northside Senior Center (45 Elm Ave.), 10 a.m. to 8 p.m. Please drink water and check on older neighbors.\n\nWe will post the next update here Sunday at noon.",
  ),
  s.bad(
    "en",
    "faq",
    "faq answer that dodges the question asked",
    OPEN,
    CERC,
    "Was my personal information part of the breach?",
    "Harlan County takes the privacy and security of residents' information very seriously. We are committed to transparency and are working closely with leading cybersecurity experts and law enforcement. Protecting your information is our highest priority.\n\nIf you have questions, call our incident line at 555-0142, Monday to Friday, 8 a.m. to 6 p.m. This FAQ was last updated October 9, 2026, and will be updated again October 13.",
  ),
  s.bad(
    "en",
    "social",
    "vaccination clinic cancelled with no reason",
    OPEN,
    CERC,
    undefined,
    "The free measles vaccination clinic at Jefferson High School planned for Saturday, May 2, has been cancelled. A new date will be announced by Wednesday, April 29. Until then, you can get the MMR vaccine at the Health Department, 310 Court St., weekdays 8–4:30. — Carver County Public Health, April 27, 2026",
  ),
  // factual
  s.bad(
    "en",
    "bulletin",
    "speculation that a failure was sabotage",
    FACTUAL,
    CERC,
    "Water Main Breaks – Update",
    "City of Millbrook – Sunday, January 10, 2027, 9:00 a.m.\n\nCrews are repairing three water main breaks that happened overnight on Ridge Road, Fifth Street and Lake Avenue. Three breaks in one night is highly unusual, and this was most likely deliberate sabotage; we suspect someone tampered with valves at the pump station. About 1,100 homes are without water.\n\nBottled water is available at Millbrook Fire Station 2, 88 Fifth St., until 8 p.m. When service returns, boil tap water for one minute before drinking until further notice.\n\nNext update at 2 p.m.\n\nMillbrook Public Works",
  ),
  s.bad(
    "en",
    "social",
    "death toll passed on from social media",
    FACTUAL,
    CERC,
    undefined,
    "HEAT UPDATE, Sat. July 25, 2026, 3 p.m. — We are hearing reports on social media of as many as 12 heat-related deaths in Lorrance County this week. Please take this heat seriously: stay in air conditioning, drink water and check on older neighbors. Cooling centers: lorrancehealth.org/cool or call 211. Next update 9 a.m. Sunday. — Lorrance County Public Health",
  ),
  s.bad(
    "en",
    "bulletin",
    "likely source named before lab results",
    FACTUAL,
    CERC,
    "Stomach illness after the Riverside Farmers Market",
    "Carver County Public Health – Thursday, June 11, 2026\n\nWe are investigating 23 reports of vomiting and diarrhea among people who went to the Riverside Farmers Market on Saturday, June 6. The source is almost certainly the chicken wraps sold at one of the food trucks; lab results from patient samples are expected early next week.\n\nIf you ate at the market on June 6 and became sick, drink plenty of fluids, stay home from work or school until 48 hours after symptoms stop, and call us at 555-0188 so we can include you in the investigation.\n\nNext update: Monday, June 15.\n\nDr. Marcus Hale, Health Director",
  ),
  s.bad(
    "en",
    "bulletin",
    "notice contradicts itself on whether card data was exposed",
    FACTUAL,
    CERC,
    "Payment Portal Security Incident",
    "Town of Ashby – May 20, 2026\n\nOn May 18 the Town's online payment vendor told us that its system had been accessed without authorization. No resident payment card data was accessed. Residents whose card numbers were exposed will receive a letter from the vendor within 30 days.\n\nPlease review your card statements and report any charge you do not recognize to your bank. Questions: Town Treasurer's Office, 555-0117, weekdays 9–4.\n\nWe will post an update on June 1.\n\nKaren Doyle, Town Administrator",
  ),
  s.bad(
    "en",
    "bulletin",
    "absolute reassurance before air monitoring results",
    FACTUAL,
    CERC,
    "Chemical odor in the Riverside area",
    "Westfield Fire Department and Westfield Department of Public Health – Tuesday, September 15, 2026, 6:40 p.m.\n\nAt about 4:30 p.m. a tank at the Harbor Plating plant on Dock Street leaked an acid solution. The leak has been stopped. State air monitoring teams are on their way and should have first readings tonight. There is absolutely no risk to anyone's health, and residents can go on with their evening as normal.\n\nIf you smell a strong odor, keep windows closed. Next update at 9 p.m. on this page and on our social channels.",
  ),
  // fast
  s.bad(
    "en",
    "social",
    "undated update with relative times only",
    FAST,
    CERC,
    undefined,
    "UPDATE: Crews found the cause of this morning's outage at the Lakeview substation and expect to restore power to most customers later today. The cooling center at Lakeview Library is open until 8 p.m. for anyone without AC. Stay away from downed lines and call 911 if you see one. We'll post again this evening. — City of Lakeview Electric Utility",
  ),
  s.bad(
    "en",
    "bulletin",
    "no time for the next update",
    FAST,
    CERC,
    "Cyber incident affecting city systems",
    "City of Ransford – Wednesday, November 4, 2026, 8:00 a.m.\n\nEarly Tuesday morning the City detected a cybersecurity incident that has disrupted some city computer systems. As a precaution, we took the affected systems offline. 911, police and fire services are not affected. Online utility payments are unavailable; no late fees will be charged, and payments can be made in person at City Hall, 200 W. Central Ave., 8 a.m. to 5 p.m.\n\nBe cautious of calls or emails asking for payment or personal information in the City's name; the City will never ask for your card number by phone.\n\nWe will provide further updates as information becomes available.\n\nCity of Ransford Public Information Office",
  ),
  s.bad(
    "en",
    "bulletin",
    "boil notice issued three days after the results came in",
    FAST,
    CERC,
    "Boil water notice for Hillside",
    "Ashby Water Department – Thursday, April 9, 2026\n\nRoutine samples collected on Friday, April 3, and reported to us on Monday, April 6, found E. coli bacteria at two sampling points in the Hillside pressure zone. Effective today, all Hillside customers should boil water for one minute before drinking, cooking, making ice or brushing teeth, or use bottled water.\n\nWe are flushing the mains, adding chlorine and collecting new samples daily. Free bottled water is available at the Ashby Community Center, 12 Mill Rd., 9 a.m. to 7 p.m.\n\nNext update: Friday, April 10, at noon. Questions: 555-0131.",
  ),
  s.bad(
    "en",
    "bulletin",
    "'shortly', 'in the coming days' and 'soon' instead of times",
    FAST,
    CERC,
    "Power restoration update",
    "Lakeview Electric Utility – Sunday, February 14, 2027, 10:00 a.m.\n\nAbout 6,200 customers remain without power after Friday's ice storm, mostly north of Route 9. Crews from three neighboring utilities have arrived to help. We expect to restore most customers shortly, and the remaining customers in the coming days.\n\nWarming center: Lakeview High School gym, 500 School St., open 24 hours. Never run a generator indoors.\n\nWe will share more information soon.",
  ),
  s.bad(
    "en",
    "bulletin",
    "affected schools withheld until a meeting two weeks later",
    [...FAST, ...OPEN],
    CERC,
    "Lead results in school drinking water",
    "Carver County Public Health and Carver Unified School District – Friday, March 6, 2026\n\nRecent testing found lead above the action level at some drinking fountains and kitchen taps in district schools. The affected fixtures have been shut off and bottled water is being provided. Families will learn which schools and fixtures are affected at a community meeting on Thursday, March 19, at 6 p.m. at the district office, 40 Hall St.\n\nIf you are worried about your child's exposure, ask your pediatrician about a blood lead test.\n\nCarver County Public Health, 555-0188",
  ),
  // impartial
  s.bad(
    "en",
    "bulletin",
    "outbreak blamed on a named religious community",
    IMPARTIAL,
    CERC,
    "Measles outbreak update",
    "Lorrance County Public Health – Monday, March 2, 2026\n\nWe now have 9 confirmed measles cases, all in unvaccinated children. Let's be clear about why this is happening: the anti-vax crowd in the Hillcrest church community chose to ignore science, and now everyone's kids are paying for it.\n\nMeasles spreads very easily. Check that your family has had two doses of MMR; free vaccine is available at our clinic, 310 Court St., weekdays 8–4:30. If you have a fever and rash, call your doctor before you go in.\n\nNext update Thursday, March 5.",
  ),
  s.bad(
    "en",
    "bulletin",
    "commercial brand endorsed in a public notice",
    IMPARTIAL,
    CERC,
    "Cooling help for seniors",
    "City of Brenton Office of Emergency Management – July 16, 2026\n\nThe City is delivering free portable air conditioners to residents 65 and older who have no cooling at home. Call 311 to request one; deliveries run daily until Sunday. A big thank-you to ArcticPro Appliances, the best name in home cooling — if you are buying a unit yourself, theirs are the ones to get.\n\nUntil your unit arrives, spend the hottest hours at a cooling center (list at brentoncity.org/cool) and drink water regularly. Next update Friday at 9 a.m.",
  ),
  s.bad(
    "en",
    "social",
    "partisan dig at the previous administration",
    IMPARTIAL,
    CERC,
    undefined,
    "Water is back on across Millbrook as of 6 a.m. today, Tue. Jan. 12. Boil your water for 1 minute before drinking until lab results clear it, expected Thursday. Unlike the last administration, which left our pipes to rot, Mayor Delgado's team had crews out within the hour. Next update 5 p.m. — City of Millbrook",
  ),
  s.bad(
    "en",
    "correction",
    "mockery of people who believed a rumour",
    IMPARTIAL,
    CERC,
    "Is the city adding chemicals to the water?",
    "Ransford's tap water is safe to drink and meets every state and federal standard; our latest test results are at ransfordwater.org/quality. A video going around claims the city is adding chemicals to the water to 'control the weather' during the heat wave. It isn't true — and honestly, anyone gullible enough to buy that should log off for a while.\n\nKeep drinking plenty of water in this heat. — City of Ransford Water Utility, July 22, 2026. We post water-quality updates every Monday.",
  ),
  // audienceAdapted
  s.bad(
    "en",
    "bulletin",
    "IT-security jargon in a notice to residents",
    ADAPTED,
    PLAIN,
    "Security incident update",
    "City of Kessler IT Department – March 3, 2026, 4:00 p.m.\n\nOur SOC identified IOCs consistent with a known ransomware TTP set, including lateral movement via compromised AD credentials and staging for exfil. EDR telemetry indicates containment at the perimeter; impacted VLANs have been segmented and DR failover to the secondary DC is in progress. MFA enforcement has been expanded tenant-wide.\n\nResidents should treat unsolicited payment requests in the City's name as suspect. Next update March 4, 10 a.m.",
  ),
  s.bad(
    "en",
    "sms",
    "one 100-word sentence in a text alert",
    ADAPTED,
    PLAIN,
    undefined,
    "Lorrance County Alert: Due to an Excessive Heat Warning issued by the National Weather Service which is in effect from 11 a.m. Saturday July 25 through 8 p.m. Monday July 27 with heat index values forecast between 105 and 112 degrees the county has activated its heat response plan and is opening cooling centers at all public library branches and senior centers during normal hours and residents especially older adults and those with chronic conditions are urged to limit outdoor activity and drink water and check on neighbors and call 211 for locations and transportation and updates will follow at 6 p.m.",
  ),
  s.bad(
    "en",
    "bulletin",
    "life-safety action buried at the end of an agency-centred paragraph",
    ADAPTED,
    PLAIN,
    "Update regarding carbon monoxide exposures",
    "Westfield Department of Public Health – January 30, 2027\n\nThe Department of Public Health, in coordination with the Westfield Fire Department, the State Department of Health and Human Services and the regional poison control center, continues to monitor carbon monoxide exposures associated with the January 27–29 ice storm. Since the onset of the event, area hospitals have reported 14 emergency department visits attributed to carbon monoxide exposure, and the Department has initiated enhanced surveillance and outreach activities consistent with its emergency operations plan. Department staff have distributed educational materials at warming centers and partner agencies. Further information will be shared at the Department's briefing at 3 p.m. tomorrow. Never run a generator, grill or camp stove indoors or in a garage, and if a CO alarm sounds or you feel dizzy, get outside at once and call 911.",
  ),
  s.bad(
    "en",
    "bulletin",
    "legal-notice language for a water-supply problem",
    ADAPTED,
    PLAIN,
    "Notice of Interruption of Service",
    "Dover Falls Water Authority – August 4, 2026\n\nPursuant to Section 14-210 of the Authority's Rules and Regulations, and notwithstanding any prior notice of scheduled maintenance, the Authority hereby gives notice that, consequent upon the failure of Pump Station No. 3 occasioned by the electrical outage of August 3, 2026, potable water service to premises situated within Service Zone C may be subject to interruption, diminished pressure or both, and that customers so affected are hereby advised to refrain from non-essential consumption, including but not limited to irrigation and vehicle washing, until such time as the Authority issues notice of restoration of normal service, which is anticipated to occur on or before 6:00 p.m., August 5, 2026. Inquiries: 555-0160.",
  ),
];
