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
 * Twenty-eighth blind set, written 2026-12-05 by an independent author who did not read the checklist rules, its
 * lexicons or any earlier item (only types.ts, guidance.ts, build.ts, the header of blind23.ts and the earlier sets'
 * source URLs, so that no real message repeats). HELD-OUT status is decided by the lead.
 *
 * Focus: the short forms and the other kinds (SMS, social-media posts, FAQ answers, corrections of rumours, short web
 * notices) as well as bulletins. The real messages are published text copied from public authorities (whole sentences
 * or paragraphs may be left out, nothing reworded). Each flawed message is written for an invented municipality to
 * show one failure pattern and is otherwise meant to look competent for its kind; some flaws are deliberately subtle.
 */
const { real, bad } = evalSet("", perLanguage("good28", "bad28"));

export const GOOD_BLIND28: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish
  real(
    "sv",
    "correction",
    "Felaktig uppgift om trafikolycka",
    `Polismyndigheten gick igår ut med en felaktig uppgift om personskadorna i en trafikolycka i Dalarna. Polismyndigheten beklagar det inträffade och ser nu över rutinerna för händelserapporteringen.

Under torsdagen meddelade Polismyndigheten muntligen till media felaktiga uppgifter kring skadeutfallet i en trafikolycka i Dalarna. Det var ett missförstånd som föranledde detta och Polismyndigheten beklagar att den felaktiga informationen gick ut.

För Polismyndigheten är det alltid mycket viktigt att alltid dubbelkolla fakta, särskilt när informationen är extra känslig. Av någon anledning har det brustit vid detta tillfälle. Polisregion Bergslagen ser nu över sina rutiner vid händelserapporten för att säkerställa att det inte upprepas.`,
    "https://polisen.se/aktuellt/nyheter/2020/maj/olycka-rattvik/ (Polismyndigheten, maj 2020)",
  ),
  real(
    "sv",
    "correction",
    "Tidigare inlägg på polisens Instagramkonto",
    `Under nyårshelgen publicerades ett inlägg på polisens nationella Instagramkonto som innehöll felaktig och olämplig information gällande den nya lagen om Blåljussabotage. Inlägget är nu ompublicerat med korrekt information.

Den 1 januari publicerades ett inlägg på Polismyndighetens nationella Instagramkonto. Inlägget innehöll både felaktigheter och en olämplig tonalitet i svar i kommentarsfältet vilket också uppmärksammats i sociala medier och media.

Det är beklagligt att den här publiceringen har skett. Orsaken är den mänskliga faktorn och en uppföljning görs nu för att säkerställa att något liknande inte händer igen. Det är av största vikt att allmänheten har förtroende för den information som myndigheten publicerar i våra kanaler och att den informationen är saklig och korrekt.`,
    "https://polisen.se/aktuellt/nyheter/2020/januari/tidigare-inlagg-pa-polisens-instagramkonto/ (Polismyndigheten, januari 2020)",
  ),
  real(
    "sv",
    "correction",
    "Felaktiga rykten på sociala medier",
    `Den senaste tiden har det spridits falska och skrämmande rykten på sociala medier om att socialtjänsten kidnappar barn. Dessa påståenden är helt och hållet felaktiga och strider mot vår grundläggande svenska rättssäkerhet.

Socialtjänsten arbetar för att skydda och stödja barn som lever i utsatta situationer. Arbetet utförs alltid med respekt för barnets bästa och med utgångspunkt i den enskilda familjens behov. Allt arbete som socialtjänsten gör är dessutom reglerat av lagar och förordningar.

Vi uppmanar alla att vara försiktiga med att sprida information på sociala medier utan att kolla källor och verifiera informationen. Om någon har bekymmer eller frågor om socialtjänstens arbete är det viktigt att ta kontakt med Uddevalla kommun för att få korrekt och verifierad information.

Kontakt
Kommunen@uddevalla.se
Telefon: 0522-69 60 00`,
    "https://www.uddevalla.se/kommun-och-politik/nyheter/nyhetsarkiv/2023-06-20-felaktiga-rykten-pa-sociala-medier.html (Uddevalla kommun, 2023-06-20)",
  ),
  real(
    "sv",
    "correction",
    "Rättelse: Resultat av inventering av boendeplatser i Gotlands län",
    `Länsstyrelsen har identifierat att ett fel har smugit sig in i rapporteringen till Migrationsverket av möjliga tillfälliga boendeplatser för flyktingar. Det totala antalet platser i Gotlands län ska vara 1684 och ingenting annat.

Av dessa är cirka 550 lokaler för boende och resterande cirka 1130 möjliga tillfälliga sovplatser i idrottshallar och liknande.

– Det är den mänskliga faktorn som har spelat in. Två extra nollor smög sig in på en rad i en Excelfil. Vi beklagar att vår första rapportering inte var korrekt och rättar nu till det där så krävs, säger Amy Rankin, biträdande försvarsdirektör vid Länsstyrelsen i Gotlands län.`,
    "https://www.lansstyrelsen.se/gotland/om-oss/nyheter-och-press/nyheter---gotland/2022-03-29-rattelse-resultat-av-inventering-av-boendeplatser-i-gotlands-lan.html (Länsstyrelsen i Gotlands län, 2022-03-29)",
  ),
  real(
    "sv",
    "correction",
    "Ett förtydligande",
    `Det var aldrig vår mening att framställa det som att fredagen skulle vara "normal" i länet. Vi beklagar att det har tolkats så, och tar till oss av kritiken.

Bilden vi hade efter torsdagens samverkansmöte, var att alla aktörer i länet skulle försöka bedriva normal verksamhet så långt det var möjligt. Det handlade främst om skolor, äldreomsorg och bussar, för att nämna några samhällsviktiga verksamheter. Varje aktör fattar beslut om sin verksamhet och länsstyrelsens roll är att underlätta samverkan.

Vi vill beklaga att det har tolkats som att läget skulle vara normalt i alla delar av samhället, på fredagen. Vi tar till oss av kritiken och ska försöka vara tydligare framöver.

Håkan Söderholm, Enhetschef på Länsstyrelsen Västernorrland`,
    "https://www.lansstyrelsen.se/vasternorrland/om-oss/nyheter-och-press/nyheter---vasternorrland/2018-02-03-ett-fortydligande.html (Länsstyrelsen Västernorrland, 2018-02-03)",
  ),
  real(
    "sv",
    "faq",
    "Frågor och svar om branden i Kagghamra",
    `Här samlar vi vanliga frågor och svar om branden i Kagghamra. Frågorna och svaren uppdateras kontinuerligt.

Hur mycket ryker det från avfallshögen?
Avfallshögen är nu helt täckt med sand och det syns inte längre någon rök från högen. Det kan fortfarande komma obehaglig lukt från högen.

Hur farlig är röken?
Brandrök är alltid farlig för hälsan, i första hand i form av försämring av tidigare sjukdom i luftvägar eller hjärta och kärl. Bedömningen är dock denna påverkan sannolikt inte kommer att ge bestående men för hälsan.

Vart ska man vända sig för problem med hälsan?
Om man upplever problem med sin hälsa ska man ringa 1177 alternativt kontakta din vårdcentral.

Kan jag bada i Kaggfjärden?
Du ska kunna bada i vattnet utifrån våra tester. Generellt var halterna av föroreningar låga i Kaggfjärden och inget som hindrar att man badar i vattnet pga av branden.`,
    "https://www.botkyrka.se/boende-och-narmiljo/branden-i-kagghamra/fragor-och-svar-om-branden-i-kagghamra (Botkyrka kommun, 2021)",
  ),
  real(
    "sv",
    "faq",
    "Frågor och svar",
    `Här hittar du de vanligaste frågorna och svaren om vattensituationen och bevattningsförbudet.

Varför införs bevattningsförbudet?
Under hösten och vintern har det kommit mindre nederbörd än normalt. Det innebär att våra grundvattennivåer är låga. Eftersom vi inte vet hur det blir med nederbörden framöver behöver vi agera för att förebygga brist på dricksvatten.

Kan vattnet ta slut?
Nej. Vi har normalt sett en bra överkapacitet i grundvattenmagasinet. Men när nivåerna sjunker för mycket blir den säkerhetsmarginal vi normalt har mindre. Nu händer inte detta plötsligt, det tar ett tag för vattennivån att sjunka. Under den tiden hinner vi förbereda oss och till exempel meddela allmänheten, som vi gör nu. Om alla hjälps åt att spara och följer bevattningsförbudet kommer vi så småningom få normala vattennivåer igen.

Vad gäller för näringslivet?
Bevattningsförbudet gäller för alla med kommunalt vatten med vissa undantag för företag som behöver vatten för att kunna driva sina verksamheter.

Min granne struntar i bevattningsförbudet. Hur ska jag göra?
Din granne känner kanske inte till bevattningsförbudet, så prata med din granne om du har möjlighet. Läget är allvarligt och vi behöver alla hjälpas åt att spara vatten. Dricksvattnet ska i första hand användas till mat, dryck och hygien.

Vad händer om jag inte följer bevattningsförbudet?
Formellt sett har vi rätt att stänga av ditt vatten, men vi hoppas så klart att vi inte kommer behöva göra det.`,
    "http://ronneby.se/sv/bolagen/miljo-teknik/vatten/fragor-och-svar/ (Ronneby Miljö & Teknik AB, Ronneby kommun)",
  ),
  real(
    "sv",
    "bulletin",
    "Information om händelse i Högaholmsskolans närområde!",
    `I dag har en maskerad person med kniv synts till i Högaholmsskolans närområde. Personal som fått kännedom om detta har uppfattat händelsen som hotfull men ingen har kommit till skada. Jag vill betona att personen inte varit inne på Högaholmsskolans skolområde. Händelsen är polisanmäld och polis har varit i området under hela skoldagen.

Skolledningen tar händelsen på största allvar och har hållit skolan låst under dagen i enighet med våra rutiner. Eleverna har haft rast inomhus. Personal har varit på skolgården under hela dagen för att hålla uppsikt.

Vi vill att ni som vårdnadshavare får kännedom om händelsen och vid behov kan prata med era barn om det.

Har du frågor eller funderingar så är du alltid välkommen att kontakta skolledningen.

Med vänliga hälsningar
Anders Lassnack
Rektor Högaholmsskolan`,
    "http://hogaholmsskolan.skola.malmo.se/home/171108tillvaardnadshavaremedbarnpaahoegaholmsskolan (Högaholmsskolan, Malmö stad, 2017-11-08)",
  ),
  real(
    "sv",
    "bulletin",
    "VMA-test uteblev i Räddningstjänsten Syds kommuner",
    `Den första helgfria måndagen i mars testas utomhusvarningssystemet VMA – viktigt meddelande till allmänheten. Av misstag gjordes testet dock inte i Räddningstjänsten Syds medlemskommuner under måndagen.

Det var tyfonerna i Burlöv, Eslöv, Kävlinge, Lund och Malmö som inte testades. Boende i dessa områden kan fortfarande ha hört tyfonerna från närliggande kommuner.

Att testet inte genomfördes som planerat den här gången påverkar inte förmågan att varna allmänheten vid en faktisk olyckshändelse.

VMA testas nästa gång måndagen den 7 juni.

Vid frågor kontakta inre befäl på 046-540 51 12.`,
    "https://www.rsyd.se/om-oss/press/pressmeddelanden/2021/vma-test-uteblev-i-raddningstjansten-syds-kommuner/ (Räddningstjänsten Syd, 2021-03-01)",
  ),
  real(
    "sv",
    "bulletin",
    "Bedrägeriförsök mot äldre har uppmärksammats i Sverige",
    `VA-avdelningen i Trelleborgs kommun har nåtts av information från andra kommuner om bedrägeriförsök där äldre kontaktats av personer som säger att de vill komma in i hemmen för att söka efter covid-19 i dricksvattnet.

Trelleborgs kommun vill i förebyggande syfte be dig vara extra uppmärksam om du får liknande förfrågningar.

– Jag har fått informationen av branschkollegor runt om i landet, säger Joakim Björklin, enhetschef produktion dricksvatten på VA-avdelningen i Trelleborgs kommun. Det förekommer att personer som uppger sig arbeta med dricksvatten ringer hem till äldre och säger att de vill komma hem till dem för att utföra provtagningar i kranar, brunnar och ledningar för att söka efter covid-19.

– Jag vill vara tydlig med att VA-avdelningen i Trelleborgs kommun inte utför några provtagningar av dricksvatten i kranar, brunnar eller ledningar i syfte att kartlägga covid-19.

Om du får denna typ av samtal bör du snarast polisanmäla händelsen.`,
    "https://www.trelleborg.se/nyheter/bedrageriforsok-mot-aldre-har-uppmarksammats-i-sverige/ (Trelleborgs kommun, 2020)",
  ),
  real(
    "sv",
    "bulletin",
    "Händelse vid Munkmora",
    `En skottlossning inträffade under natten i området Munkmora. Skola och socialtjänst samt andra stödfunktioner arbetar tillsammans för att säkerställa trygghet i området. Skolan är öppen som vanligt då skolan värnar om elevernas vardag och trygghet. Kommunens har aktiverat sina resurser gällande krisstöd och de kommer att anpassas beroende på händelseutvecklingen.

Kommunen har under natten haft och har fortsatt tät kontakt och bra samarbete med polisen. Polisen utreder händelsen.`,
    "https://www.varmdo.se/arkiv/aktuellanyheter/handelsevidmunkmora.5.5a047d7a18b37a71e11349f.html (Värmdö kommun)",
  ),
  real(
    "sv",
    "bulletin",
    "Med anledning av skolskjutningen i Örebro",
    `Vi sänder våra varmaste tankar till de som är drabbade och berörda av skolskjutningen i Örebro. Det är viktigt att vi alla håller ihop och visar enighet mot våldet i vårt samhälle.

I Lidköping har vi, som vi bedömer, en god beredskap och vi följer utvecklingen kring vad som sker med anledning av händelsen i Örebro.

Våra skolor håller öppet som vanligt och vår personal finns på plats för att hjälpa till och ta hand om frågor och oro som kan uppstå.

Under dagen kommer vi att flagga på halv stång utanför stadshuset och Nya stadens torg.

För mer information om krisberedskap kan du läsa här:
www.krisinformation.se

På BRIS och Rädda barnens webbplatser finns det bra material om hur du kan prata med barn om svåra händelser.

Nicolaikyrkan är öppen mellan 9 och 16, finns det behov kan öppettiden förlängas.
Kyrkans gård - Lockörn, Gamla Läckövägen 43, är öppen hela dagen.`,
    "https://lidkoping.se/kommun-och-politik/nyheter-kommun--politik/2025-02-05-med-anledning-av-skolskjutningen-i-orebro (Lidköpings kommun, 2025-02-05)",
  ),
  real(
    "sv",
    "bulletin",
    "Laxnes vatten behöver inte kokas",
    `Från och med söndag den 27 september behöver inte vattnet kokas i Laxne. Vi har nu fått provresultatet som visar att vattnet inte är förorenat eller kontaminerat.

Vad har hänt
Under de senaste veckorna har vi haft problem med två akuta vattenläckor i Laxne. Då det har funnits risk för att vattnet kan ha blivit förorenat har vi gått ut med rekommendation om att koka vattnet.

Nu har vi fått svar på de vattenprover som skickats för analys och proverna visar att vattnet inte är förorenat. Det innebär att du inte behöver koka ditt vatten längre.

Sms till berörda fastigheter
Vi har skickat sms till de fastigheter som kommer att beröras av detta. Fick du inte ett sms, trots att din fastighet ligger inom berört område? Gå in och registrera ditt mobilnummer eller din e-postadress för att i framtiden ta emot sms.`,
    "https://www.gnesta.se/bostadmiljo/nyhetsarkivbostadmiljo/byggabomiljo/laxnesvattenbehoverintekokas.5.fcec8c41745101e2a3cc905.html (Gnesta kommun, 2020-09-27)",
  ),
  real(
    "sv",
    "bulletin",
    "Varning för stora mängder snö",
    `Under söndag och måndag förväntas det komma mycket snö på kort tid. Det innebär bland annat risk för dålig sikt och halt vägunderlag. Åk inte ut på vägarna om det inte är nödvändigt. Det är viktigt att följa parkeringsregler för att plogning ska kunna genomföras.

Snöovädret kan leda till elavbrott i områden med luftburna elledningar, vilket kan skapa störningar i mobilnätet. Håll dig uppdaterad med aktuell information. Det finns även risk för att träd och grenar kan falla ner på grund av den tunga snön.

Skolbussarna är inställda på förmiddagen men körs som vanligt på eftermiddagen måndag 21 nov.

- Skolskjuts med Sirius kan komma att bli försenade hela dagen.
- Utgå från att din resa kan ta väsentligt längre tid än normalt. Vägar och kollektivtrafik kan komma att stängas av säkerhetsskäl.
- Anpassa ditt körsätt efter vädret och väglaget och ha rätt utrustning, t ex vinterdäck.
- Följ löpande rapportering via lokalradion, t.ex. SR P4 Radio Stockholm. Du kan också ringa 113 13 för att få information, eller gå in på krisinformation.se för samlad information från myndigheter.
- Personer som har behov av vård uppmanas att kontakta 1177 för rådgivning.
- Hjälp varandra, visa hänsyn och underlätta för ansvariga aktörers arbete.`,
    "https://www.vallentuna.se/trafik-och-resor/nyheter/varning-for-stora-mangder-sno/ (Vallentuna kommun, november 2022)",
  ),
  real(
    "sv",
    "bulletin",
    "Varning för kraftigt snöfall och vind",
    `SMHI varnar för kraftiga snömängder som kan orsaka stora problem i trafiken.

SMHI varnar för kraftigt snöfall i kombination med vind. Varningen gäller från onsdag 4 januari klockan 06:00 till torsdag 5 januari klockan 12:00.

- Det kan innebära att det är mycket begränsad framkomlighet på vägar, särskilt i öppna landskap, som till exempel inte hunnit snöröjas eller på grund av trafikolyckor.
- Trafiken går långsammare på grund av halka, snömodd, dålig sikt och snörök.
- Förseningar inom buss-, tåg- och flygtrafiken samt inställda avgångar.
- Sannolikt elbortfall i områden med luftburna elledningar, vilket även påverkar mobila nät för telekommunikationer.

Läs mer och håll dig uppdaterad på SMHI:s webbplats:`,
    "https://www.mullsjo.se/arkiv/nyhetsarkiv/nyheter/2023-01-03-varning-for-kraftigt-snofall-och-vind (Mullsjö kommun, 2023-01-03)",
  ),

  // ---------------------------------------------------------------- English
  real(
    "en",
    "bulletin",
    "Public Health England Proactive Media Statement Saddleworth Moor Fire",
    `Media statement issues by Public Health England – 28 June 2018

Dr William Welfare, Consultant in Health Protection, said: "Residents in areas affected by smoke should stay indoors, keep their doors and windows closed, and tune in to the local radio station for advice and information. Motorists who have to travel through the smoke should keep windows closed and switch air conditioning systems to recycle or recirculate air. If people need to be outdoors, they are advised to avoid areas affected by any smoke or ash, or to limit the time that they spend in them.

"Smoke can irritate air passages, the skin and the eyes leading to coughing and wheezing, breathlessness and chest pain. It can also worsen existing problems such as asthma and people with asthma should carry their inhaler with them at all times. Anyone concerned about their symptoms should contact their GP or NHS 111."

PHE appreciates the hot weather is having a combined effect and also recommends that people in affected areas:
- draw curtains to limit direct sunlight heating-up internal surfaces in the home
- use fans to recirculate air within the house to help keep cool
- wear lighter clothing
- keep hydrated with cool drinks
- limit activities that might contribute to emissions within the home such as cooking
- set any air conditioning to recirculate mode
- limit the time you spend outdoors and avoiding strenuous physical activity.
- once the smoke has moved away, consider opening doors and windows to allow the house to cool down.`,
    "https://www.mhcc.nhs.uk/news/public-health-england-proactive-media-statement-saddleworth-moor-fire/ (Public Health England statement, published by Manchester Health and Care Commissioning, 2018-06-28)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Residents who are on the Acheron Water Supply are advised to begin boiling water.

Adverse weather conditions have increased the turbidity of this water supply.

No E.coli has been detected in the water supply. However as result of the increased turbidity, the Council cannot guarantee that the water is safe to drink and has issued a Precautionary Boil Water Notice as a precaution.

When a boil water notice is in place, the Ministry of Health advises that people should boil or treat all water from taps before drinking, brushing teeth or using it in food preparation. In addition, water used to make ice should also be boiled before freezing.

Residents will need to continue to boil water until notified that the boil water notice is lifted. It is likely to be in place for several days. If you or your family show any symptoms of sickness please visit your doctor as soon as you are able to.

The council will continue to monitor the intake and reticulation system and keep residents informed of any updates. Any updates to this notice will also be posted online at www.selwyn.govt.nz, and residents will also be advised when the Precautionary Boil Water Notice is lifted.`,
    "http://www.voxy.co.nz/health/5/279617 (Selwyn District Council release, 2017-04-06)",
  ),
  real(
    "en",
    "correction",
    "Butte Fire Rumor Page",
    `RUMOR: The DRC is closed, FEMA has left the County, and assistance is no longer being provided.

FACT: Partially True - Mostly False. Even though the DRC has closed, FEMA remains in California to work with the State and Calaveras County governments to provide assistance with recovery. FEMA will remain as long as needed.

RUMOR: A Butte Fire survivor has died due to freezing temperatures.

FACT: False. The County Coroner reports there have been no weather-related deaths in the County.

RUMOR: Colored flagging left at people's homes during the fire was from CalFire to identify what was or was not defendable.

FACT: False. Flagging was left by utility companies and also fire personnel to identify home locations that were not visible from the road.`,
    "http://www.butte.calaverasgov.us/RumorControl.aspx (Calaveras County, Butte Fire recovery, 2015)",
  ),
  real(
    "en",
    "correction",
    "California Wildfires Myth vs. Fact II",
    `When disaster strikes, some will try to take advantage of the most vulnerable. To dispel some of the rumors circulating on the internet and social media about recovery efforts following the 2018 California Wildfires, FEMA is addressing the most common and reoccurring themes:

MYTH: FEMA trucks are being used for the debris removal mission in Butte County.
- FACT: FEMA is funding the debris removal mission in Butte County; Cal-Recycle is responsible for administering, overseeing and obtaining contracts for the removal of the debris.
- FACT: FEMA trucks are not being used to haul debris.

MYTH: Survivors are receiving calls from FEMA asking for money back.
FACT: At no time will anyone from FEMA call a survivor and solicit or accept money.
- FACT: FEMA staff will never call and request someone verify personal information; FEMA already has that information on file.
- FACT: Do not give out personal or sensitive information to anyone who calls.
- FACT: If you suspect someone is not who they claim to be, call the local police or the FEMA Disaster Fraud Hotline: 866-720-5721.`,
    "https://buttecountyrecovers.org/caloes-and-fema-issue-second-california-fire-response-fact-vs-myth-sheet (Cal OES and FEMA, published by Butte County Recovers, 2018)",
  ),
  real(
    "en",
    "correction",
    "There are only three confirmed cases of measles in Utah County at this time",
    `PROVO, UTAH (January 20, 2015: 4pm) -- Social media is circulating a rumor of a fourth case of measles in Utah County. At this time, there are only three confirmed cases.

State and local public health officials currently have 82 individuals under "Active Monitoring" status -- meaning they have been exposed and we want to track them to be certain they don't develop measles and potentially expose others. These individuals are being asked to voluntarily quarantine themselves (meaning they stay home and limit their exposure to visitors), as well as monitor and report to public health officials on any symptoms they may have.

Utah public health does not classify "suspect" cases. While any of the 66 in active monitoring may yet be confirmed with the disease, it is also very likely that none of them will develop measles. The Utah County Health Department, Utah Department of Health, and other public health partners will continue to closely monitor and inform the public of new developments in the measles outbreak as they become available.

For updates on the measles outbreak in Utah County, please see www.UtahCountyHealth.org/measles or follow #MeaslesUC on Facebook or Twitter.`,
    "http://www.co.utah.ut.us/News/NewsDetails.asp?ID=128130 (Utah County, 2015-01-20)",
  ),
  real(
    "en",
    "correction",
    "City dispels rumor about unsafe drinking water",
    `The City has received several inquires about a rumor circulating that someone has contracted intestinal parasites from drinking the City's water and that there have been 120 cases at the hospital. This claim is completely unfounded. The City's drinking water is safe and the Winchester Medical Center has stated that they are unaware of any recent diagnosed cases of intestinal parasites. The City has a rigorous testing and treatment process with 24/7 monitoring that provides consistently safe drinking water.

For more information about the City's water, please review the City's Water Quality Report and "From River to Faucet" video for an explanation about how the City's water is treated and distributed.`,
    "http://www.winchesterva.gov/city-dispels-rumor-about-unsafe-drinking-water (City of Winchester, Virginia, 2019-03-22)",
  ),
  real(
    "en",
    "faq",
    "How will I know if my water is contaminated?",
    `If water quality is compromised, your water supplier is required to notify you with a "Boil Water Notice", "Do Not Drink Water Notice" or a "Do Not Use Water Notice." If you receive a boil water notice, do not drink the water without boiling it first. Bring all water to a boil, let it boil for one (1) minute, and let it cool before using, or use bottled water. If under a Boil Water Notice, boiled or bottled water should be used for drinking and food preparation until further notice, as boiling kills bacteria and other organisms in the water.`,
    "https://www.sonomacountyrecovers.org/question/will-know-water-contaminated/ (County of Sonoma, fire recovery, 2017)",
  ),
  real(
    "en",
    "faq",
    "Frequently Asked Questions",
    `Q. What if I showered?
A. You could experience possible skin irritation and burning sensation in the eyes.

Q. What chemicals may have come in contact with my water supply?
A. The chemical involved is Indulin AA-86, an asphalt emulsifier.

Q. Can we boil water?
A. Do not try to treat the water yourself. Boiling, freezing, filtering, adding chlorine or other disinfectants, or letting the water stand will not make the water safe.

Q. What area of the City did the incident take place?
A. In the industrial district, north of IH-37 between Southern Minerals Road and Port Avenue.

Q. Has the water been tested and what are the results?
A. Tests were taken Wednesday, December 14, and results are expected later today.

Q. When did the problem start?
A. Wednesday, December 14, with a dirty water call.

Q. Will the City provide water?
A. The City is working with emergency planners to determine options for water distribution.`,
    "https://news.cctexas.com/news/frequently-asked-questions (City of Corpus Christi, December 2016)",
  ),
  real(
    "en",
    "social",
    "Please Stay Off Roads if Possible Today…",
    `Please stay off the roads today if at all possible…roads, driveways and parking lots are extremely dangerous this morning due to ice conditions!

Please allow time for road crews to do their job and if you have to travel please use extreme caution. Travel slowly and allow yourself plenty of time to stop or turn. Please watch your footing in parking lots and driveways as rain has turned to ice on plowed surfaces causing dangerous ice.`,
    "https://www.gerrishpolice.org/please-stay-off-roads-if-possible-today/ (Gerrish Township Police Department, Michigan)",
  ),
  real(
    "en",
    "bulletin",
    "Boil Water Advisory",
    `Please note that a boil water advisory is currently in effect in all areas of the town. It applies to all municipal water system users.

Bring water to a rolling boil for one minute before consuming it. Here is other recommendations from the Ministère de l'Environnement et de la Lutte contre les changements climatiques :

Precautions must be taken for the following uses
- Drinking;
- To prepare formula, bottles and baby food;
- For preparing beverages, juices, tea and coffee;
- Washing vegetables and fruit that will be eaten raw;
- To prepare food that do not require prolonged cooking (canned soups, jello, etc.);
- Making ice cubes;
- Brushing your teeth and rinse your mouth;
- Drinking water for pets.

However, tap water can be used without being boiled for the following tasks
- To prepare foods and dishes that require prolonged boiling (soups, pasta and vegetables);
- Washing dishes in hot water with detergent, making sure to dry them thoroughly;
- Running the dishwasher, if it is set to the warmest cycle;
- Washing clothes and take a shower or bath. For young children, make sure they don't swallow water while bathing or wash them with a washcloth.

The situation should be back to normal by the beginning of next week.

We invite you to share this notice with your loved ones!`,
    "https://ville.lac-brome.qc.ca/news/boil-water-advisory/ (Town of Brome Lake, Quebec, 2020-10-23)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Current status: booster pumps are turned off

We are so sorry for the continued issues with your water supply.

The situation
We have changed our strategy to fix the supply issues in Tunbridge Wells. Following the freeze/thaw event, our storage tanks have struggled to recover.

We have developed a new plan that will allow us to refill the storage tank to a much higher level. This will mean keeping the booster pumps off for a further 36 hours. This is so we can work to increase the levels to a point where you have a consistent water supply from Friday morning.

Supplies being delivered now
We are launching a major operation to deliver supplies directly to every affected home:

Drinking water:
We will be delivering bottled water to your household. Deliveries have been taking place since Wednesday evening (14 January) and overnight into today (15 January).
- You do not need to be home to receive this; we will leave it on your doorstep.
- If we can't access your front door (e.g., gated communities or blocks of flats), we will leave the delivery in the safest accessible place.`,
    "https://www.southeastwater.co.uk/help/works-and-outages/tunbridge-wells-further-planned-outage (South East Water, January 2026)",
  ),
  real(
    "en",
    "bulletin",
    "Precautionary Boil Water Notice",
    `Due to high levels of silt in the water source caused by the heavy rain, we have to put a precautionary boil water notice in place for the DOWNLANDS and TE MOANA rural water schemes.

Please forward this message to any friends, family and neighbours on the Downlands or Te Moana Schemes.

Please boil water for at least one minute for all personal uses, including:
- Drinking and Eating
- Tooth brushing
- Cooking

We apologise for the inconvenience, the upgrade works on Downlands and Te Moana will make the systems more resilient to this kind of event in the future.`,
    "https://www.scoop.co.nz/stories/AK2111/S00661/precautionary-boil-water-notice.htm (Timaru District Council press release, 2021-11-28)",
  ),
  real(
    "en",
    "bulletin",
    "SB County Cancels Evacuation Orders",
    `The Santa Barbara County Sheriff's Office, in coordination with fire agencies and other public safety officials, has announced that as of 5:30 p.m. Tuesday, March 14, Evacuation Orders are canceled for most identified properties and parcels, including those in Carpinteria Valley.

An Evacuation Warning is still in place for identified properties on the 800 block of Pioneer St. in the City of Guadalupe. Residents should be prepared to leave at a moment's notice.

Please be advised that areas affected by road closures or flooding may not be able to repopulate yet. While residents are allowed to return home, be aware of loose and falling rocks, minor landslides, wet road conditions, downed trees and power lines.

Public safety officials remain engaged and are actively assessing and responding to damages that occurred as a result of the storm. Residents in areas of concern in Sisquoc, Garey, Tepusquet and Foxen Canyon should remain vigilant for flooded roads and hazards.

Creek and river flows are expected to continue to increase through at least Wednesday, March 15. Remain vigilant, and do not wait to evacuate if you feel unsafe. Do not pass through standing or running water. The water may be much deeper than it appears, and extremely dangerous. The evacuation shelter at Wake Center in Santa Barbara will close this evening.`,
    "https://carpinteriaca.gov/sb-county-lifts-evacuation-orders/ (City of Carpinteria, relaying Santa Barbara County Sheriff's Office, March 2023)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Santa Ana, Calif. (February 8, 2024): Effective Thursday, February 8 at 9 am all evacuation orders have been lifted for Silverado, Williams, Modjeska and Trabuco Canyons.

To report storm-related issues with a County road or flood control channel, call the Orange County Public Works Storm Center 714-955-0200 during standard business hours and 714-955-0333 during flash flood events and emergencies when OC Public Works' Department Operations Center is activated.

A map and more information about the order being lifted may be found at: ocsheriff.gov/emergency.

Voluntary Evacuation Areas
- Silverado Canyon - Evacuation Lifted
- Williams Canyon - Evacuation Lifted
- Modjeska Canyon – Evacuation Lifted
- Trabuco Canyon – Evacuation Lifted`,
    "https://ocgov.com/press/effective-thursday-february-8-9-am-all-evacuation-orders-lifted-canyons (County of Orange, California, 2024-02-08)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `As the June long weekend approaches, the NSW State Emergency Service (SES) is asking people to make safe and sensible decisions amid severe weather conditions that have hit parts of southeastern NSW and metropolitan Sydney.

NSW SES has undertaken 39 flood rescues in the last 24 hours. Most of these have been people driving across flooded roads.

Riverine flooding is currently occurring along the Hawkesbury, Nepean, Georges, Colo Rivers, with moderate to major flooding possible at North Richmond overnight. Moderate flooding is possible tonight at Menangle and Windsor.

NSW SES is advising residents at Chipping Norton and parts of Camden to prepare to evacuate. Door-to-door notifications have commenced informing residents of their risk and urging residents to evacuate for their safety. Further advice for communities on the Hawkesbury Nepean is expected to be released later today.

"Numerous roads have had flash flooding, and it is likely potholes, debris and damage will be present on roads," Assistant Commissioner Burnes said.

"We implore all residents to stay informed by checking live traffic updates and monitoring local weather conditions closely. If you come across a flooded road, please turn around and find an alternative route. Never drive, walk or play in flooded roads."

"Throughout this long weekend, we encourage people not familiar with the area they're in to download the Hazards Near Me app and set a watch zone for their holiday destination," Assistant Commissioner Burnes said.`,
    "https://miragenews.com/nsw-ses-know-your-risk-this-long-weekend-1251670 (NSW State Emergency Service release, June 2024)",
  ),
];

export const BAD_BLIND28: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish: bulletins
  bad(
    "sv",
    "bulletin",
    "speculation about the cause",
    FACTUAL,
    KRIS,
    "Brand på Ekbackens återvinningscentral",
    `Sedan klockan 05.40 i morse brinner det i en hall på Ekbackens återvinningscentral i Svanvik. Räddningstjänsten Svanvik är på plats med fem enheter och branden är begränsad till hallen. Ingen person har skadats.

Branden beror sannolikt på ett fel i den nya sorteringsmaskinen som installerades i våras.

Röken driver mot nordost över Ekbacken och Hagalund. Du som bor där ska hålla fönster, dörrar och ventilation stängda tills vidare. Återvinningscentralen är stängd i dag; lämna ditt avfall på Norrmalms återvinningscentral i stället.

Nästa uppdatering kommer här på svanvik.se klockan 12.00. Frågor om hälsa: ring 1177.`,
  ),
  bad(
    "sv",
    "bulletin",
    "political self-praise in crisis information",
    IMPARTIAL,
    RF,
    "Strömavbrott i norra kommundelen – värmestuga öppen",
    `Omkring 1 800 hushåll i Norrbäck, Lidberg och Stensjö är sedan natten utan ström efter att stormen Ingrid fällt träd över ledningarna. Elbolaget räknar med att alla ska ha strömmen tillbaka senast på torsdag kväll.

Tack vare den styrande majoritetens framsynta satsning på reservkraft, som oppositionen röstade emot, kan kommunen i dag hålla alla äldreboenden varma.

Skolan i Lidberg är öppen som värmestuga kl. 08–22. Där kan du värma dig, ladda mobilen och hämta dricksvatten. Behöver du hjälp att ta dig dit, ring kommunens växel 0612-40 00 00.

Vi uppdaterar läget på norrback.se klockan 10, 14 och 18 varje dag så länge avbrottet pågår.`,
  ),
  bad(
    "sv",
    "bulletin",
    "bureaucratic nominal style",
    ADAPTED,
    KLAR,
    "Driftstörning i vattenleveransen i Östra Lövsta",
    `Med anledning av uppkommen driftstörning på huvudledning föreligger avbrott i leveransen av dricksvatten till fastigheter inom delar av Östra Lövsta. Åtgärdande av skadan är under pågående genomförande genom VA-avdelningens försorg. Återställande av leveransen beräknas kunna ske under eftermiddagen.

Tillhandahållande av nödvatten sker genom utplacering av vattentank vid Östra Lövsta skola, Skolvägen 4. Medtagande av egna kärl erfordras.

Uppdaterad information publiceras löpande på lovsta.se/driftinfo. Vid frågor kan kontakt tas med kundtjänst på 0480-55 20 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "hides who decided",
    OPEN,
    MSB,
    "Norrbron stängs för all trafik",
    `Det har beslutats att Norrbron i Hjortsjö stängs för all trafik, även gång och cykel, från i dag klockan 15.00. Anledningen är att sprickor upptäckts i brofästet på den norra sidan efter vårfloden.

Omledning sker via Sågverksvägen och Gamla bron. Räkna med längre restid, särskilt mellan klockan 07 och 09. Busslinje 3 kör också via Gamla bron och hållplatsen Norrbrotorget flyttas till Sågverksvägen.

Bron är stängd minst till och med söndag. Vi informerar om hur länge avstängningen blir på hjortsjo.se/norrbron senast fredag klockan 12.`,
  ),
  bad(
    "sv",
    "bulletin",
    "contradictory times",
    FACTUAL,
    MSB,
    "Koka dricksvattnet i Österby",
    `Ekeby kommun rekommenderar alla i Österby med kommunalt vatten att koka vattnet innan det används till dryck, matlagning och tandborstning. Rekommendationen gäller från i dag, tisdag, klockan 14.00.

Ett rutinprov från måndagen visade bakterier som kan tyda på förorening. Vi har tagit nya prover och svar väntas om två dygn.

Koka upp vattnet tills det bubblar kraftigt. Du kan duscha och tvätta som vanligt.

Tänk på att rekommendationen har gällt sedan i morse klockan 08.00, så vatten du har druckit under förmiddagen bör du ha kokat.

Mer information finns på ekeby.se/vatten. Frågor: kundtjänst 0511-70 00 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "no concrete action for the public",
    ACTIVE,
    MSB,
    "Kraftig rökutveckling vid brand i Hamnområdet",
    `Räddningstjänsten Brännby arbetar sedan klockan 13.20 med en brand i en lagerbyggnad i Hamnområdet. I byggnaden förvaras bland annat plast och däck, vilket ger en kraftig och svart rök. Röken driver just nu söderut över Sjöstaden och Tallbacken.

Ingen person har skadats. Branden bedöms pågå under flera timmar och räddningstjänsten kommer att vara kvar på platsen under natten.

Räddningsledare är Maria Holm, Räddningstjänsten Brännby. Nästa uppdatering kommer på brannby.se klockan 17.00.`,
  ),

  // ---------------------------------------------------------------- Swedish: SMS
  bad(
    "sv",
    "sms",
    "jargon and unexplained abbreviations",
    ADAPTED,
    KLAR,
    undefined,
    "Lövsta kn: VA-störn. pga haveri i PS Strandv. BDT/WC-avlopp ej i drift i omr. Undvik ej nödv. spoln. t.o.m. kl 18. Info: lovsta.se/va",
  ),
  bad(
    "sv",
    "sms",
    "no route to more information",
    ACTIVE,
    MSB,
    undefined,
    "Ekeby kommun: Bakterier har hittats i dricksvattnet i Österby. Koka allt vatten till dryck, mat och tandborstning tills vi meddelar att det inte behövs längre.",
  ),
  bad(
    "sv",
    "sms",
    "alarmist wording",
    FACTUAL,
    CERC,
    undefined,
    "LIVSFARA! Giftmoln driver in över Hjortsjö centrum från branden vid Industrivägen. Gå in och stäng fönster, dörrar och ventilation. Mer info: hjortsjo.se",
  ),
  bad(
    "sv",
    "sms",
    "vague 'more information soon'",
    FAST,
    CERC,
    undefined,
    "Brännby kommun: Vattnet är avstängt i Norra Hagen på grund av en läcka. Vattentank finns vid Hagaskolan. Mer information kommer så småningom på brannby.se.",
  ),
  bad(
    "sv",
    "sms",
    "empty reassurance contradicting the advice",
    FACTUAL,
    CERC,
    undefined,
    "Svanviks kommun: Det finns ingen som helst risk med vattnet i Åby. Som försiktighet ska du ändå koka vattnet till dryck och mat tills vidare. Mer info: svanvik.se/vatten",
  ),

  // ---------------------------------------------------------------- Swedish: social
  bad(
    "sv",
    "social",
    "mocking the residents",
    ADAPTED,
    MSB,
    undefined,
    `Till alla 300 som ringt växeln i dag och frågat varför vattnet är brunt: ja, vi har märkt det också 🙃 Det är inte farligt – det är järn och mangan som släppt i ledningarna efter gårdagens läcka på Storgatan.

Spola kallvatten i några minuter tills det blir klart. Vänta med att tvätta vit tvätt.

Är vattnet fortfarande missfärgat i morgon, hör av dig till kundtjänst 0480-55 20 00 eller läs mer på lovsta.se/driftinfo.`,
  ),
  bad(
    "sv",
    "social",
    "unverified rumour passed on as fact",
    FACTUAL,
    KRIS,
    undefined,
    `Uppdatering om branden på Industrivägen klockan 15.30:

Räddningstjänsten har branden under kontroll, men eftersläckningen pågår hela kvällen. Även Bäckbyskolan har fått rökskador, har vi fått höra från flera föräldrar, så skolan håller stängt i morgon.

Du som bor i Bäckby och Ängen ska fortfarande hålla fönster och ventilation stängda. Nästa uppdatering kommer här och på hjortsjo.se klockan 18.00.`,
  ),
  bad(
    "sv",
    "social",
    "stigmatising label",
    IMPARTIAL,
    RF,
    undefined,
    `Vinterkräksjukan sprids nu från de hemlösa som vistas vid resecentrum. Smittskyddsläkaren ser en tydlig ökning av fall i centrala Norrbäck den senaste veckan.

Så skyddar du dig: tvätta händerna med tvål och vatten, särskilt före måltid och efter toalettbesök. Handsprit räcker inte mot viruset. Stanna hemma i två dygn efter att du blivit frisk.

Råd om egenvård finns på 1177.se. Mer information om läget: norrback.se/smitta`,
  ),
  bad(
    "sv",
    "social",
    "refusing to comment",
    OPEN,
    MSB,
    undefined,
    `Med anledning av händelsen vid Sjöviksskolan i morse: vi kommer inte att kommentera vad som har hänt eller varför skolan utrymdes.

Alla elever är nu hos sina vårdnadshavare. Skolan har öppet som vanligt i morgon. Kuratorer finns på plats från klockan 08.

Har du frågor som vårdnadshavare, kontakta rektor Lena Ström på 0612-40 12 34.`,
  ),
  bad(
    "sv",
    "social",
    "very long sentence",
    ADAPTED,
    KLAR,
    undefined,
    "Eftersom SMHI har utfärdat en orange varning för mycket kraftiga vindbyar under natten mot lördag och det finns risk för att träd faller över vägar och elledningar samtidigt som färjetrafiken till Ön kan komma att ställas in med kort varsel om vindarna tilltar mer än väntat, vilket i sin tur kan påverka hemtjänstens besök och skolskjutsarna på lördagsmorgonen, uppmanar Svanviks kommun alla som bor på Ön att se till att ha mat, vatten, ficklampa och laddade mobiler hemma för minst ett dygn och att hålla sig uppdaterade via P4 och svanvik.se där vi lägger ut ny information klockan 07 på lördag.",
  ),

  // ---------------------------------------------------------------- Swedish: corrections
  bad(
    "sv",
    "correction",
    "myth-first correction",
    ADAPTED,
    DEBUNK,
    "Om ryktet om cyanobakterier i dricksvattnet",
    `Sedan i går sprids ett inlägg om att giftiga cyanobakterier från algblomningen i Storsjön har kommit in i Ekebys dricksvatten, att flera barn har blivit sjuka och att man inte ens ska duscha i vattnet. Inlägget har delats flera tusen gånger och uppger att kommunen mörkar provsvaren.

Det stämmer inte. Ekebys dricksvatten tas från grundvatten vid Åsen, inte från Storsjön, och alla prover den här veckan är utan anmärkning. Du kan dricka vattnet som vanligt.

Provsvaren finns på ekeby.se/vattenkvalitet. Frågor: kundtjänst 0511-70 00 00.`,
  ),
  bad(
    "sv",
    "correction",
    "correction headed only 'Rättelse'",
    ADAPTED,
    KLAR,
    "Rättelse",
    `I vårt meddelande i förmiddags angav vi fel tid för vattenavstängningen på Björkvägen och Lindvägen i Norrbäck. Rätt tid är onsdag klockan 09.00–13.00, inte tisdag.

Tappa gärna upp vatten innan avstängningen. Vattentank ställs ut vid korsningen Björkvägen–Lindvägen.

Mer information: norrback.se/driftinfo eller kundtjänst 0612-40 00 00.`,
  ),
  bad(
    "sv",
    "correction",
    "blames a news outlet",
    IMPARTIAL,
    RF,
    "Inget läckage från deponin till Lövstaån",
    `Det finns inga tecken på att lakvatten från Lövsta deponi har läckt ut i Lövstaån. Kommunens prover från måndag och tisdag visar normala värden på alla provpunkter.

Lövsta-Posten har återigen publicerat uppgifter utan att kontrollera dem med oss först, och det är inte första gången tidningen skrämmer upp kommuninvånarna i onödan.

Du kan fortsätta använda ån som vanligt. Provresultaten finns på lovsta.se/deponi och miljöenheten svarar på frågor på 0480-55 21 00.`,
  ),
  bad(
    "sv",
    "correction",
    "correction that does not say what is correct",
    OPEN,
    MSB,
    "Tidigare information om evakueringen i Ängen",
    `Vi har tagit bort ett inlägg från i förmiddags om evakueringen i Ängen, eftersom det innehöll uppgifter som inte stämde.

Vi beklagar eventuell förvirring. Fortsätt följa räddningstjänstens anvisningar på plats.

Aktuell information finns på hjortsjo.se och i P4 Jämtland.`,
  ),
  bad(
    "sv",
    "correction",
    "unconfirmed casualty numbers",
    FACTUAL,
    KRIS,
    "Rättelse om antalet skadade i bussolyckan vid Åby",
    `I vårt meddelande klockan 10 skrev vi att fyra personer skadats i bussolyckan på väg 614 vid Åby. Det stämmer inte. Enligt vittnen på platsen rör det sig snarare om ett tjugotal skadade, flera av dem allvarligt.

Väg 614 är fortsatt avstängd mellan Åby och Kvarnbo. Trafiken leds om via Brovägen.

Är du orolig för en anhörig som kan ha varit med på bussen, ring polisen på 114 14. Vi uppdaterar på svanvik.se.`,
  ),

  // ---------------------------------------------------------------- Swedish: FAQ
  bad(
    "sv",
    "faq",
    "answer does not answer the question",
    OPEN,
    MSB,
    "Frågor och svar om kokningsrekommendationen i Österby",
    `Hur länge måste vi koka vattnet?
Ekeby kommun tar varje år cirka 400 prover på dricksvattnet enligt ett kontrollprogram som är godkänt av miljöförvaltningen. Proverna analyseras av ett ackrediterat laboratorium.

Hur ska jag koka vattnet?
Koka upp vattnet i en kastrull eller vattenkokare tills det bubblar kraftigt. Det behöver inte koka längre än så.

Kan jag duscha?
Ja, du kan duscha och tvätta dig som vanligt. Se till att små barn inte sväljer vatten.

Var får jag mer information?
På ekeby.se/vatten och hos kundtjänst, 0511-70 00 00.`,
  ),
  bad(
    "sv",
    "faq",
    "unexplained technical terms",
    ADAPTED,
    KLAR,
    "Vanliga frågor om vattnet i Åby",
    `Varför ska vi koka vattnet?
Vid senaste provtagningen påvisades koliforma bakterier och intestinala enterokocker i utgående vatten från Åby vattenverk, och vattnet bedömdes som otjänligt enligt LIVSFS 2022:12.

Vad gör ni åt det?
Vi har påbörjat klorering av nätet och spolning via brandposter. Omprov tas dagligen på nätet och vid reservoaren.

När kan vi sluta koka?
När två prover i följd är tjänliga. Vi meddelar det på svanvik.se/vatten och via sms.`,
  ),
  bad(
    "sv",
    "faq",
    "no concrete place or route given",
    ACTIVE,
    MSB,
    "Frågor och svar om vattenavstängningen i Norra Hagen",
    `Varför är vattnet avstängt?
En huvudledning under Hagavägen har gått sönder och måste bytas. Arbetet beräknas vara klart på fredag.

Var kan jag hämta dricksvatten?
Vattentankar kommer att ställas ut.

Hur mycket vatten behöver jag?
Räkna med minst tre liter per person och dygn till dryck och matlagning.

Är vattnet säkert när det kommer tillbaka?
Ja. Det kan vara missfärgat den första timmen; spola kallvatten tills det är klart.`,
  ),
  bad(
    "sv",
    "faq",
    "blames residents",
    IMPARTIAL,
    RF,
    "Frågor och svar efter skyfallet i Tallbacken",
    `Varför svämmade källarna över?
Det kom 60 millimeter regn på en timme. Många fastighetsägare i Tallbacken har dessutom slarvat med att installera backventiler, trots att kommunen har informerat om det i flera år.

Vem ska jag kontakta om min källare är vattenskadad?
Kontakta i första hand ditt försäkringsbolag.

Kan jag få hjälp att pumpa?
Räddningstjänsten prioriterar samhällsviktiga verksamheter. Pumpar kan hyras i byggvaruhandeln.

Var får jag mer information?
På brannby.se/skyfall eller hos kommunens kontaktcenter, 0611-34 00 00.`,
  ),

  // ---------------------------------------------------------------- English: bulletins
  bad(
    "en",
    "bulletin",
    "unconfirmed casualty numbers",
    FACTUAL,
    CERC,
    "Partial collapse at Mill Street car park",
    `Part of the upper deck of the Mill Street multi-storey car park in Ashdown collapsed at around 4.15pm today. Emergency services are at the scene and the car park and Mill Street are closed.

Reports suggest up to a dozen people may have been hurt, some of them seriously.

Please avoid the town centre so that emergency vehicles can get through. Buses that normally stop on Mill Street will use the temporary stop on Queen's Road.

If you are worried about a relative who may have been in the car park, call the police casualty line on 0800 056 0144. We will post the next update on ashdown.gov.uk at 7pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "refusing to share available information",
    OPEN,
    CERC,
    "Update: water quality in Kestrel Vale",
    `Kestrel Water continues to advise all customers in Kestrel Vale and Upper Marsh to boil tap water before drinking it, brushing teeth or preparing food. The notice remains in place until further notice.

We will not be providing any further details about the test results or what caused the problem at this stage.

Bottled water is available at Kestrel Vale Leisure Centre from 8am to 8pm. Customers on our Priority Services Register will have water delivered to their door.

Check whether your address is affected at kestrelwater.co.uk/incident or call 0800 011 2233.`,
  ),
  bad(
    "en",
    "bulletin",
    "very long sentences",
    ADAPTED,
    PLAIN,
    "Flood warning for the River Wend at Millbrook",
    `Following prolonged heavy rainfall across the upper catchment over the last 48 hours and in light of the forecast of a further 30 to 40mm of rain overnight, which together with already saturated ground is expected to cause river levels on the River Wend to rise above the level at which properties along Riverside Walk, Mill Lane and the lower part of Church Street have flooded in the past, Millbrook Borough Council, working with the Environment Agency and the fire and rescue service, is advising residents in these streets to move valuables, medicines and important documents upstairs, to move cars to higher ground such as the Station Road car park, which will be free of charge until Monday, and to be ready to leave their homes at short notice if a severe flood warning is issued later tonight.

A rest centre is open at Millbrook Community Hall, and further information and updates, which will be issued at 6pm and 10pm, can be found at millbrook.gov.uk/floods or by calling Floodline on 0345 988 1188.`,
  ),
  bad(
    "en",
    "bulletin",
    "vague promise of later information",
    FAST,
    CERC,
    "Gas leak: Harlow Road residents asked to stay indoors",
    `A gas main has been damaged during roadworks on Harlow Road in Riverton. Gas engineers and the fire service are at the scene and a 100-metre cordon is in place.

If you live inside the cordon, stay indoors, keep windows and doors closed, do not use naked flames and do not switch electrical appliances on or off. If you smell gas inside your home, leave and call the National Gas Emergency Service on 0800 111 999.

Harlow Road is closed between the roundabout and Station Street. Please avoid the area.

Further updates will follow in due course.`,
  ),

  // ---------------------------------------------------------------- English: SMS
  bad(
    "en",
    "sms",
    "abbreviations and jargon",
    ADAPTED,
    PLAIN,
    undefined,
    "MCWD: BWN in eff for PZ3 pending bact. results. Do not consume unboiled H2O. DW dist pt at Elm St FS 0800-2000. Info mcwd.gov/bwn",
  ),
  bad(
    "en",
    "sms",
    "self-contradiction",
    FACTUAL,
    CERC,
    undefined,
    "Riverton County EM: Evacuation order LIFTED for Zone B. Zone B residents must not return home until further notice. Details: rivertoncounty.gov/fire",
  ),
  bad(
    "en",
    "sms",
    "no concrete action",
    ACTIVE,
    CERC,
    undefined,
    "Ashdown Council: Large fire at Harbour Road industrial estate. Heavy smoke is drifting over Eastfield and Quayside. Updates at ashdown.gov.uk/fire",
  ),
  bad(
    "en",
    "sms",
    "alarmist wording",
    FACTUAL,
    CERC,
    undefined,
    "MILLBROOK COUNCIL: CATASTROPHIC FLOODING IMMINENT – EVERYONE ON RIVERSIDE WALK IS IN DANGER! Flood alert issued, be ready to move valuables upstairs. millbrook.gov.uk/floods",
  ),

  // ---------------------------------------------------------------- English: social
  bad(
    "en",
    "social",
    "mocking the public",
    ADAPTED,
    CERC,
    undefined,
    `To the geniuses who keep driving around our ROAD CLOSED signs on Ford Lane: congratulations, that's three cars we've had to pull out of the water today 🙄

Ford Lane and Meadow Road are closed because of flooding. Please use the A61 via Kingsbridge instead.

Never drive through floodwater – 30cm of moving water is enough to float a car. Live road closures: harlowvale.gov.uk/roads`,
  ),
  bad(
    "en",
    "social",
    "political self-praise",
    IMPARTIAL,
    CERC,
    undefined,
    `Water is back on for all homes in Westbrook after yesterday's burst main. Thanks to Mayor Dana Reyes' decisive leadership and this administration's record investment in our pipes, crews fixed the break in under 12 hours – something the previous council never managed.

Your water may look cloudy or brown at first. Run the cold kitchen tap for a few minutes until it runs clear.

Still having problems? Call the water line on 555-0142 or report it at westbrookcity.gov/water.`,
  ),
  bad(
    "en",
    "social",
    "unverified rumour passed on as fact",
    FACTUAL,
    CERC,
    undefined,
    `UPDATE 3pm – Cedar Ridge Fire

The fire has grown to about 400 acres. Evacuation orders remain in place for Zones CR-4 and CR-5. We've also heard that the fire has jumped Highway 9 near Pine Flat, so residents there should expect an order soon.

Evacuation centre: Cedar Ridge High School gym, 1200 School Rd. Large animals can go to the county fairgrounds.

Sign up for alerts at readycedar.org. Next update 6pm.`,
  ),
  bad(
    "en",
    "social",
    "stigmatising label",
    IMPARTIAL,
    CERC,
    undefined,
    `Firefighters are still at the scene of the grass fire along the River Path behind Kingsbridge Road, which started near the addicts' camp under the rail bridge.

The fire is contained but smoke will be visible for the rest of the day. The River Path is closed between Mill Bridge and the rail bridge. If smoke blows towards your home, close windows and doors.

Updates: harlowvale.gov.uk/news`,
  ),

  // ---------------------------------------------------------------- English: corrections
  bad(
    "en",
    "correction",
    "correction headed only 'Correction'",
    ADAPTED,
    PLAIN,
    "Correction",
    `In this morning's update we said that the bottled water station for Upper Marsh would open at Upper Marsh Primary School. That is wrong. The station is at Upper Marsh Village Hall, Church Lane, and is open from 8am to 8pm.

The boil water notice for Kestrel Vale and Upper Marsh remains in place. Check your address at kestrelwater.co.uk/incident or call 0800 011 2233.`,
  ),
  bad(
    "en",
    "correction",
    "myth-first correction",
    ADAPTED,
    DEBUNK,
    "About the post on 'contaminated ash' from the Harbour Road fire",
    `A post being widely shared says that the ash from the Harbour Road fire contains asbestos and toxic chemicals, that it will poison vegetable gardens across Eastfield for years, that children should not play outside and that the council knows this but is keeping it quiet.

This is not correct. Samples taken by the council and the UK Health Security Agency on Tuesday and Wednesday found no asbestos, and the levels of other substances are within normal ranges. You can wash and eat vegetables from your garden as usual.

The full sampling results are at ashdown.gov.uk/fire. Questions: environmental health, 01632 960 410.`,
  ),
  bad(
    "en",
    "correction",
    "blames a named organisation",
    IMPARTIAL,
    CERC,
    "Clarification: cause of the Westbrook outage",
    `Some reports have said that yesterday's water outage in Westbrook was caused by the city's own maintenance crews. That is not true.

The main was damaged by Carter & Sons Construction, whose careless digging on Elm Avenue is the only reason thousands of residents went without water.

Water has been restored to all homes. If your water is still discoloured, run the cold tap until it clears or call 555-0142.`,
  ),
  bad(
    "en",
    "correction",
    "empty reassurance while tests are pending",
    FACTUAL,
    CERC,
    "Rumour about illness from tap water in Riverton",
    `Messages on social media say that dozens of people in Riverton have been taken to hospital after drinking tap water. Riverton Memorial Hospital has confirmed it has no such cases.

There is absolutely no risk from the water and there never was. Results from the samples taken this morning are expected tomorrow.

Please only share information from official sources. Updates: riverton.gov/water or 555-0170.`,
  ),

  // ---------------------------------------------------------------- English: FAQ
  bad(
    "en",
    "faq",
    "answer does not answer the question",
    OPEN,
    CERC,
    "Boil water notice: your questions answered",
    `When will the boil water notice be lifted?
Kestrel Water carries out more than 100,000 water quality tests every year across our region, and our laboratory is accredited to the highest national standards.

Can I use water from my fridge dispenser?
No. Throw away any ice and filtered water and use cooled boiled water instead.

Can I bath my baby in tap water?
Yes, but make sure they do not swallow any water.

Where can I find out more?
At kestrelwater.co.uk/incident or by calling 0800 011 2233.`,
  ),
  bad(
    "en",
    "faq",
    "presents open questions as settled",
    OPEN,
    CERC,
    "Harbour Road fire: frequently asked questions",
    `What caused the fire?
The cause has been established and there is no risk of it happening again.

Is the smoke harmful?
Smoke from any fire can irritate your eyes, nose and throat. People with asthma should keep their inhaler with them.

How long will Harbour Road stay closed?
Harbour Road will reopen on Monday.

Where can I get help?
If you are worried about your health, call NHS 111. For updates, visit ashdown.gov.uk/fire.`,
  ),
  bad(
    "en",
    "faq",
    "technical jargon",
    ADAPTED,
    PLAIN,
    "Do-not-drink advisory: FAQ",
    `Why can't I drink the water?
Post-incident sampling identified elevated trihalomethane and haloacetic acid concentrations exceeding the MCL at several distribution system sampling points following a hypochlorite overfeed at the WTP.

Can I boil the water?
No. Boiling will not reduce DBP concentrations and may increase them.

When will the advisory end?
When two consecutive rounds of compliance sampling are below the MCL. We will announce it at rivertoncounty.gov/water and by text alert.`,
  ),
  bad(
    "en",
    "faq",
    "blames residents",
    IMPARTIAL,
    CERC,
    "Power cut in Kingsbridge: questions and answers",
    `Why is the power still off in some streets?
Most homes were reconnected last night. The remaining outages are mainly caused by residents overloading the network by switching everything on at once when the power came back, which our engineers have asked people not to do many times.

Where can I keep warm and charge my phone?
Kingsbridge Library is open as a warm space from 9am to 9pm.

Who do I call about a power cut?
Call 105 from any phone. For updates, visit harlowvale.gov.uk/powercut.`,
  ),
];
