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
 * Fifty-third blind set, written 2026-12-07 by an independent author who did not read the checklist rules, its
 * lexicons, the eval README, SPEC.md or any earlier item (only types.ts, guidance.ts, build.ts, the header of
 * blind50.ts, shared/DESIGN.md, shared/research/checklist-rules.md and the list of source URLs already used, so that
 * no real message repeats). The author never ran the checklist on these messages. HELD-OUT status is decided by the lead.
 *
 * 30 real messages (12 Swedish, 18 English) and 50 flawed ones (21 Swedish, 29 English).
 * The real Swedish side is eleven municipalities and one municipal utility: a water-saving protection level kept
 * until a leak is found (Herrljunga), a repaired leak with the watering ban kept (Överkalix), a short watering ban
 * (Vindeln), a covid page on regional advice ending (Kramfors), the national visiting ban at care homes (Borgholm),
 * thin ice (Ljusnarsberg), sports halls closed for snow load and reopened (Örnsköldsvik, Hässleholm), the
 * municipality's printed reply to readers' letters after a water leak (Arboga), a decision not to clear snow
 * (Haparanda), where to find information in a long power cut (Hällefors) and school buses cancelled for ice
 * (Götene). The real English side leans to Australia and New Zealand: NSW Health on measles (a media release as
 * republished, and a spokeswoman's denial of a fake post as quoted by a news site), a Queensland ministerial
 * statement on flooding, a Queensland Police road warning, Sunshine Coast Council on flooded roads, Burnie City
 * Council and Isaac Regional Council on cyber incidents (an update and a faq), SA Health and the Tasmanian
 * Department of Health on toxic algae in shellfish; Auckland Regional Public Health on measles exposure sites, Fire
 * and Emergency NZ on the Waiharara fire, NZ Police on flooded roads (twice), Gisborne District Council's Civil
 * Defence update after Cyclone Gabrielle, Carterton and Hastings lifting boil water notices, a South Wairarapa
 * water post on a neighbourhood site and Far North District Council asking a township to conserve water. Kinds: web
 * bulletins, faq answers, a social post and a correction; whole sentences, list items or paragraphs may be left
 * out, nothing is reworded. Many are ordinary and imperfect: undated pages, empty date fields ("Publicerad klockan
 * .", "Publicerad:"), typos ("vårdnadshvare", "förvaltniningen", "lägesbilen", "cykleltrafikanter"), a link target
 * lost ("Council's Facebook site at will be updated", "please visit www.wellingtonwater.co.nz..."), an image
 * caption and a photo label left in, a map that is not there, a quotation never closed.
 *
 * Each flawed message is written to show one failure pattern (two carry two principles) and is otherwise meant to
 * look competent: dated, signed, with an action and a next update unless that is the flaw. The flawed side leans a
 * little to fast and open. Counted under the first principle: fast 10 (relative times only, in an undated notice and
 * in an sms; a boil notice issued three days after the results; an sms alert with no time and only "more information
 * will follow"; "shortly"; "the coming days" and "soon"; a faq with updates "as and when"; a correction published
 * weeks after the rumour; a first update held back until the fire was out; details withheld until a review ends),
 * open 10 (a pool closed with no reason; "for operational reasons"; a faq answer that dodges the question; laboratory
 * results held back; a boil notice "until further notice" with no condition for lifting; "a substance" for what is
 * surely known; residents moved "for safety reasons" with no reason; a faq answer "by the relevant people in line
 * with the relevant process"; a footbridge closed with nothing said about why; a fire ban extended "in line with
 * policy"), active 8 (no protective action downwind of an ammonia leak; emergency water with no place; an evacuation
 * order with no destination; a correction that retells the myth vividly first; a bare "this is not true"; an algae
 * faq that explains the risk but gives no advice; a storm sms with no advice; a heatwave notice with no advice for the
 * public), factual 8 (arson stated as near certain; a flood count from Facebook; "no risk" before samples are back; a
 * road both open and closed; a bear sighting "according to reports"; a restaurant named as the likely source before
 * tests; a river peak promised not to reach the levee; casualties "according to witnesses"), impartial 7 (a named
 * contractor blamed for carelessness; a mayor praised against the previous council; an outbreak tied to newly arrived
 * families; rumour spreaders called cranks; a party majority credited against the opposition; a water brand
 * recommended; a "selfish minority" of one suburb blamed) and audienceAdapted 7 (legal-notice Swedish in one long
 * passive sentence; an sms of abbreviations; power-grid jargon; the protective action buried last; unexplained
 * emergency-management acronyms; a Swedish sms of abbreviations over one segment; jokes and idioms in a flood
 * notice). The items with two principles are details withheld until a review ends (fast, open) and a blamed
 * contractor (impartial, factual). Places, organisations, people, web addresses and telephone numbers in the flawed
 * messages are invented.
 */
const s = evalSet("blind53", perLanguage("good53", "bad53"));

export const GOOD_BLIND53: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish real messages
  s.real(
    "sv",
    "bulletin",
    "[Uppdatering 2023-05-09] Skyddsnivå 3 i dricksvattenförsörjningen etablerad i Annelund och Ljung fr.o.m. 2023-04-19",
    "Läcksökandet i Ljung/Annelund fortgår. På grund av att vi ännu inte hittat läckan kommer vi att inleda mer djupgående sektionering i nätet. Detta kan medföra störningar i form av försämrat tryck och flöde i hela området. Arbetet bedöms pågå under ett antal dagar.\n(I samband med dessa eventuella störningar kan det även förekomma företeelser som grumligt vatten, brunt vatten, svarta flagor. eller liknande. Detta beror t.ex. på luft i systemet, lösgjorda järn- eller manganavlagringar).\n\nSkyddsnivå 3 med nedanstående punkter kvarstår dock tills vi funnit läckaget.\n\n• Förbud mot fyllning av pool och spa-bad\n• Förbud mot att bevattna grönytor med slang/vattenspridare (gräsmattor, blomland, eller annan växtlighet)\n• Förbud mot bevattning av fotbollsplaner, tennisplaner eller liknande\n• Förbud mot tvättning med högtryckstvätt (fordonstvätt, fasadtvätt eller liknande)\n\nVi tar fortsatt emot information från allmänheten så om någon har sett eller hört något får ni gärna höra av er.",
    "https://www.el.herrljunga.se/storning/bevattningsforbud-etablerat-i-annelund-och-ljung-fr-o-m-2023-04-19/ (Herrljunga Elektriska, Herrljunga kommuns el- och VA-bolag, driftstörning, uppdaterad 2023-05-09)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Aktuellt om Vattensituationen i Överkalix 2018-07-13",
    "Under natten har en vattenläcka reparerats, men bevattningsförbudet gäller fortfarande.\n\nBevattningsförbudet gäller fortfarande!\n\nUnder natten har en vattenläcka reparerats, och vattnet kunde släppas på cirka 03:30. För att bygga upp vattenreservoarerna gäller tidigare utfärdat bevattningsförbud i första hand fram till måndag, om inte annat meddelas.\n\nAlla abonnenter i kommunen borde nu ha vatten.\n\nI vissa områden kan trycket vara lägre än normalt under några dagar. Många kommer också att ha luft i vattnet. Om vattnet är missfärgat beror det troligen på avlagringar i det egna husets ledningssystem. För att avhjälpa luft och missfärgning bör man spola tills problemen upphör.\n\nDet är ändå viktigt att vi alla gör vårt bästa för att minimera vattenanvändningen under den närmaste tiden.\n\nOm det fortfarande är problem under dagen kan kontakt tas med kommunens VA via kommunväxeln 0926-740 00\n\nVattenbilarna är tillsvidare avvecklade.\n\nTekniska avdelningen\nÖverkalix kommun\n\nPublicerad: 13 juli 2018",
    "http://www.overkalix.se/press/nyheter/aktuellt-om-vattensituationen-i-overkalix-2018-07-13/ (Överkalix kommun, tekniska avdelningen, 2018-07-13)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Bevattningsförbud i Skivsjö och Strycksele",
    "På grund av hög dricksvattenförbrukning har ett bevattningsförbud utfärdats i samhällena Strycksele och Skivsjö i hopp om att detta ska lösa problemet. Det gäller dem som har kommunalt vatten.\n\nFölj utvecklingen på Vakins sida. Nytt beslut tas vecka 31.\n\nKontaktperson: VAKIN",
    "https://www.vindeln.se/?id=12621&p=2 (Vindelns kommun, nyhet, datum visas inte)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Coronaviruset och covid-19",
    "Här hittar du Kramfors kommuns samlade information, frågor och svar om coronaviruset och covid-19. Vi följer aktuella rekommendationer från Folkhälsomyndigheten. Senaste uppdatering 31 maj.\n\nFrån och med juni gäller nationella råd i Västernorrland\n\nSmittskyddsläkaren har i samråd med länsstyrelsen beslutat att inte förlänga de regionala rekommendationer som gäller i Västernorrland till sista maj. En minskad smittspridning ligger bakom beslutet.\n\n– Vi ser nu att smittspridningen av covid-19 under en sammanhängande tid minskat så pass mycket i länet att vi kan återgå till de nationella råden. Det här betyder inte att vi kan återgå till att leva som vanligt. Fortfarande är smittspridningen omfattande och alla måste fortsätta att följa gällande rekommendationer så som att hålla avstånd till andra människor, säger Hans Boman, smittskyddsläkare Region Västernorrland.\n\nNationella allmänna råd och restriktioner\n\nAlla i samhället, både individer och verksamhetsansvariga, har en skyldighet att vidta åtgärder för att förhindra smittspridning. Det gäller också vid firande av högtider.\n\nHär kan du läsa dessa råd och restriktioner Länk till annan webbplats.\n\nLättnader för matcher och tävlingar\n\nKommunens utomhusanläggningar öppnar upp för matcher och tävlingar från och med den 1 juni.\n\nKommunens idrottsanläggningar inomhus (till exempel ishallar och idrottshallar) är stängda till och med 30 juni.",
    'https://kramfors.se/coronavirus (Kramfors kommun, samlingssida om covid-19, "Senaste uppdatering 31 maj", år visas inte)',
  ),
  s.real(
    "sv",
    "bulletin",
    "Besöksförbud på samtliga äldreboenden",
    "Från och med onsdag, den 1 april,  införs nationellt besöksförbud på landets samtliga äldreboenden. Beslutet fattades av regeringen den 30 mars och är en åtgärd för att förhindra smittspridning av det nya coronaviruset, covid-19.\n\nDen verksamhetsansvarige för ett boende får i det enskilda fallet medge undantag från förbudet om det finns särskilda omständigheter som motiverar ett undantag och om risken för spridning av coronaviruset är liten.\n\nDet är viktigt att fortsätta hålla kontakten med våra äldre. Slå en signal, skicka bilder och pigga upp vardagen.\n\nLäs mer på Regeringskansliets hemsida",
    "https://www.borgholm.se/besoksforbud-pa-samtliga-aldreboenden/ (Borgholms kommun, 2020; utskriftsdatum 19 January 2021)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Var försiktiga på isarna runt om i kommunen",
    "Ljusnarsbergs kommun vill uppmärksamma vårdnadshvare på de förädiska isar som så här i början av vintern finns runt om i kommunen.\n\nPrata gärna med era barn om att inte vara ute på ån där vattnet är strömt och isarna aldrig blir riktigt tillförlitliga.\n\nKom ihåg:\n\n• Barn ska alltid ha sällskap av en vuxen på isen.\n• Både barn och vuxna rekommenderas att ha isdubbar.\n• Testa isens tjocklek med en ispik.\n• Gå inte ut på is som är tunnare än 10 cm.\n• Tänk på att isens tjocklek varierar, var uppmärksam på skillnader i isen.\n\nSenast uppdaterad",
    "https://ljusnarsberg.se/nyheter/prenumererapanyheterfranljusnarsbergskommun/varforsiktigapaisarnaruntomikommunen.5.6e618e011850abada7c24d6.html (Ljusnarsbergs kommun, nyhet, datumfältet tomt)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Idrottshallarna öppnas under eftermiddagen idag",
    "Kultur- och fritidsförvaltningen meddelar efter samråd med Tekniska förvaltniningen att de idrottshallar som hållits stängda till följd av snön, åter kan öppnas under tisdagseftermiddagen. Föreningar och skolor kan därmed återgå till ordinarie verksamheter.\n\nStor last på takkonstruktioner\n\nMed anledning av de stora mängder snö som föll föregående vecka har vissa äldre takkonstruktioner på kommunens anläggningar inte klarat den last som snö, vatten och is utgör. En del av byggnaderna från 1970-talet har en lägre bärighet än vad senare byggda tak har.\n\nRisken att någon skulle skadas har bedömts som relativt låg, men kommunen har valt att stänga lokalerna tills snöröjning av taken kunnat ske.\n\nBeslutet om stängning är taget efter dialog med fastighetsägaren och omfattar följande lokaler och anläggningar (listan uppdateras efterhand som läget är under kontroll och lokalerna kan öppnas igen):\n\n• Bjärnum simhall och idrottshall - öppet igen\n• Hästveda gymnastik- och idrottshall - öppnas tisdag eftermiddag 14/12\n• Sösdala sim och idrottshall - öppnas tisdag eftermiddag 14/12\n• Vinslövs Sporthall (endast sporthallen, inte Furutorpshallen) - öppnas tisdag eftermiddag 14/12\n• Vittsjö Medborgarhus - öppet igen\n• Qpoolens simhall - öppet igen\n• Tyrs Hovs simhall - öppet igen\n• Tyrs Hovs idrottshall - öppet igen från 12:00 10/12\n• Västerskolans idrottshall - öppnas tisdag eftermiddag 14/12\n• Norrängsskolans idrottshall - öppnas tisdag eftermiddag 14/12\n• Finja skola, idrottshallen - öppen igen\n• Farstorps skola, idrottshallen - öppen igen",
    "https://www.hassleholm.se/nyheter/alla-nyheter/nyheter/2021-12-13-idrottshallarna-oppnas-under-eftermiddagen-idag.html (Hässleholms kommun, 2021-12-13)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Tillfällig stängning av kommunens idrottshallar på grund av stora snömängder",
    "På grund av väntade kraftiga snömängder behöver kommunen vidta säkerhetsåtgärder och tillfälligt stänga en del idrottsanläggningar i kommunen.\n\nBeslutet som tagits idag innebär att Skyttis ishall och Modohallen är stängda från och med lördag 7 januari till och med onsdag 11 januari. Fotbollshallen stängs från och med söndag till och med onsdag. Innebandyhallen kan eventuellt hållas öppen under lördag men definitivt beslut om det fattas senare, sedan kommer Innebandyhallen också att hållas stängd till och med onsdag. Sopning för att få bort snö från samtliga hallars tak inleds på måndag och hallarna öppnas successivt allt eftersom de sopas. Berörda föreningar får information om när de får tillträde till hallarna via kultur- och fritidsavdelningen.\n\nDet är bland annat tragiska erfarenheter från det allvarliga takras som inträffade på Tarfalahallen i Kiruna 2020, som lett till ökad vaksamhet mot svaga takkonstruktioner. Vid utredning av olyckan i Kiruna har Statens Haverikommission konstaterat att liknande takkonstruktioner i form av underspända limträtakstolar finns på flertalet byggnader i Sverige. Detta anses vara en riskkonstruktion och landets byggnadsnämnder har uppmanats att utreda befintliga hallar med denna takkonstruktion med avseende på bärförmåga och instabilitet.",
    "https://www.ornskoldsvik.se/nyheter/2023-01-05-tillfallig-stangning-av-kommunens-idrottshallar-pa-grund-av-stora-snomangder (Örnsköldsviks kommun, 2023-01-05)",
  ),
  s.real(
    "sv",
    "faq",
    "Svar på insändare om sms-larm och vattenkokning",
    "De flesta vattenläckor som uppstår blir avstängda inom en kort tid och majoriteten av hushållen märker inte av detta. Den här vattenläckan är dock en av de större vattenläckor som Arboga har drabbats av. När läckan uppstod larmades personal i beredskap direkt. Under arbetet med de akuta åtgärderna visste vi inte hur många hushåll som var påverkade. De kommunikationsresurser som vi har till vårt förfogande samt ytterligare medarbetare aktiverades därför i ett senare skede när lägesbilen var tydligare.\n\nPrecis som en av insändarskribenterna skriver har information och webbnyheter om vattenläckan publicerats digitalt, på arboga.se och i våra sociala medier. Vårt Facebookinlägg om vattenläckan nådde över 12 000 personer och där besvarades också frågor från kommuninvånare under helgen.\n\nAtt nå äldre icke-digitala personer såsom nämns är viktigt och där är andra kommunikationskanaler betydelsefulla. Radion, P4 Västmanland, gjorde flera inslag om händelsen och TV4 uppmärksammade detta.\n\nGällande sms till mobiler finns det två möjligheter för oss. I fall då vi har indikationer på otjänligt vatten kan vi använda oss av ett VMA, Viktigt Meddelande till Allmänheten. Denna gång var kokningsrekommendationen en försiktighetsåtgärd och därför valde vi att använda vår mobiltjänst som ett komplement till de övriga kommunikationssatserna.\n\nVi kommer att se över hur vi kan förbättra vårt arbete och tar givetvis med oss synpunkter från er kommuninvånare, såsom de vi nu har fått.\n\nOm ert hushåll var påverkat under händelsen och ni inte nåddes av ett sms kan ni anmäla er via arboga.se. Meddelande skickas till privatpersoner och företag som finns med i offentliga register. Om du har dolt nummer eller kontantkort behöver du registrera dig på vår webbplats för att få meddelande. Upplever ni problem med tjänsten är ni välkomna att kontakta oss.",
    "https://www.bblat.se/artikel/insandare-svar-om-larmning-och-vattenkokning (Arboga kommuns svar på insändare om en vattenläcka, publicerat i Bärgslagsbladet/Arboga Tidning; underskrift och datum syns inte i den lagrade kopian)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Ingen snöröjning sker",
    "Publicerad:\n\nKommunen har beslutat att inte aktivera någon snöröjning efter föregående dygns snöfall. Beslutet grundar sig i att bland annat spillvatten samt dagvattenbrunnar riskerar att skadas av maskinerna. Vi beklagar den begränsade framkomligheten som detta kan medföra för gång- och cykleltrafikanter.\n\nSenast uppdaterad:",
    "https://www.haparanda.se/servicemeddelande/2024-04-24-ingen-snorojning-sker.html (Haparanda stad, servicemeddelande; datumfälten är tomma, adressen anger 2024-04-24)",
  ),
  s.real(
    "sv",
    "bulletin",
    "När det är elavbrott",
    "Vid längre elavbrott eller andra störningar som gör att internet inte fungerar drabbas en av våra viktigaste informationskanaler, nämligen vår webbplats. Därför är det bra att känna till alternativa informationskanaler för att veta var du kan söka krisinformation när du inte kommer ut på internet.\n\nfoto: orange vevradio\n\n• Ha en batteridriven, solcellsdriven eller vevradio och extra batterier till hands.\n• Extra laddningsbatteri (powerbank) till mobiltelefonen.\n• Se till att ha tillgång till reservbelysning som ficklampor, stearinljus och tändstickor hemma.\n• Ta reda på var närmaste brandstation finns. Elavbrott kan leda till teleavbrott och svårigheter att nå 112. På brandstationen kan du få hjälp att larma.\n\nSveriges Radio P4 som är Sveriges beredskapskanal är en viktig informationskanal vid en samhällskris. P4 förser allmänheten med viktig information både i form av daglig trafikinformation och livsnödvändig information vid större samhällsstörningar som orsakas av oväder eller olyckor.\n\nDu får exempelvis väderprognoser, information om var vattentankar ställs ut och var samlingsplatserna finns där du kan få råd och hjälp.\n\nSveriges Radio P4 Örebro har frekvens 102,8 MHz.\n\n113 13 är Sveriges nationella informationsnummer. Dit kan du ringa om du vill få information vid allvarliga olyckor och kriser i samhället.\n\nBra att ha hemma när du behöver ha kontakt med anhöriga och vänner och i akuta fall kunna nå räddningstjänst, sjukvård eller polis .\n\n• papperslista med viktiga telefonnummer\n• extrabatteri/power bank till bland annat mobiltelefon\n• laddare till telefonen att använda i bilen",
    "https://www.hellefors.se/nar_det_ar_elavbrott.html (Hällefors kommun, informationssida om elavbrott, datum visas inte)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Ellös Buss ställer in all skolskjuts i eftermiddag måndag 22 januari",
    'Publicerad klockan .\n\nPå grund av svår ishalka har Ellös Buss av säkerhetsskäl beslutat att ställa in alla skolskjutsar från skolorna i dag. Föräldrar uppmanas att arrangera alternativ transport hem. Västtrafik har i nuläget inte meddelat något om inställda resor. För de som reser med Västtrafik hänvisar vi till Västtrafiks hemsida eller app för uppdaterad information.\n\nEllös Buss meddelar att all skolskjuts från skolorna idag är inställd på grund av svår ishalka. Vårdnadshavare behöver därför planera för alternativa transportlösningar för sina barns hemresa.\n\nSkolorna kommer att hålla öppet tills varje elev har hämtats av en vårdnadshavare.\n\nSkolorna och Ellös buss hoppas på förståelse för beslutet som är taget utifrån barnens säkerhet.\n\nSkolskjuts med Västtrafik och taxi\n\nFör de elever som reser med Västtrafik är det viktigt att hålla sig uppdaterade om trafiksituationen. Aktuell trafikinformation finns på vasttrafik.se eller i deras mobilapp, "Västtrafik To Go".\n\nDe vårdnadshavare som har barn som reser med taxi kontaktas av taxibolaget om det blir inställd taxi eller ändrad tid.',
    "https://www.gotene.se/gatorochresor/skolskjutsarnyheter/ellosbussstallerinallskolskjutsieftermiddagmandag22januari.268018.html (Götene kommun, skolskjutsnyheter; tidsfältet tomt, år visas inte)",
  ),

  // ---------------------------------------------------------------- English real messages: Australia
  s.real(
    "en",
    "bulletin",
    "Measles Alert For Multiple Locations In NSW",
    'NSW Health is advising people to be alert for signs and symptoms of measles after being notified of four new cases across the state.\nThree of the cases have not travelled overseas and acquired their infection in NSW. Two of these locally acquired cases have a link to earlier NSW cases and the source of the third remains under investigation.\nThe fourth case is a returned traveller from South East Asia, where there are ongoing outbreaks of measles.\nThe four cases have visited several locations across NSW while unknowingly infectious.\nExposure sites include healthcare facilities and locations in northern, south eastern, and south western Sydney, Illawarra Shoalhaven, western NSW and the mid north coast. These locations do not pose an ongoing risk.\nNSW health is urging people to visit the NSW Health website, where a full list of exposure locations and times is regularly updated: www.health.nsw.gov.au/Infectious/measles/Pages/public-exposure-locations.aspx\nThere is currently an increased risk of measles in NSW, with 14 cases confirmed since 1 January 2026.\nDr Christine Selvey, Director of Communicable Diseases NSW, said people should monitor for symptoms of measles, particularly if they have visited any of the exposure locations at the listed time.\n"If symptoms develop and you\'ve been at one of the locations at the time listed on the website, see your doctor or health service, including an emergency department. Call ahead to let them know that you may have come into contact with measles so you don\'t spend time in waiting rooms with other patients," Dr Selvey said.\n"Symptoms to watch out for include fever, runny nose, sore eyes and a cough, usually followed three or four days later by a red, blotchy rash that spreads from the head to the rest of the body.',
    "https://www.miragenews.com/measles-alert-for-multiple-locations-in-nsw-1619465 (NSW Health media release as republished by Mirage News, February 2026; exact date not shown)",
  ),
  s.real(
    "en",
    "bulletin",
    "Heavy rainfall puts Queensland on alert",
    "Published Wednesday, 24 November, 2021 at 06:44 PM\n\nMinister for Police and Corrective Services and Minister for Fire and Emergency Services\nThe Honourable Mark Ryan\n\nQueenslanders are being urged to take extra care on the roads and stay away from floodwater, with more wet weather forecast for parts of the state in the coming days.\n\nFire and Emergency Services Minister Mark Ryan said parts of south-east Queensland experienced flash flooding on Tuesday, with the Bureau of Meteorology warning there was little respite ahead.\n\n“Almost 140mm fell in parts of Brisbane yesterday and more storms are expected to build inland on Wednesday and spread across the eastern parts of the state on Thursday,” Mr Ryan said.\n\n“Areas of locally intense rain and flash flooding are expected to become an increased risk in coming days across southeast and central Queensland.\n\n“The Bureau of Meteorology has issued several flood warnings for parts of Queensland, so it’s important to stay up to date with advice and know your flood risk.”\n\nMr Ryan said many roads had already been impacted by significant rain falling over a short period of time.\n\n“It is a reminder of how quickly conditions can turn, so it is crucial that everyone stays vigilant and prepared for heavy rain and flash flooding,” he said.\n\n“We all have a responsibility to make good decisions on the road to keep other drivers and ourselves safe, but this is especially the case during severe weather events.\n\n“Check the warnings, steer clear of flood-prone areas and if you don’t need to be on saturated roads, please stay off them.\n\n“Of course, the message during times like this is: if it’s flooded, forget it.”\n\nQueensland Fire and Emergency Services (QFES) Commissioner Greg Leach said State Emergency Service (SES) crews had received almost 100 requests for assistance since 5am Monday.",
    "https://statements.qld.gov.au/statements/93898 (Queensland Government ministerial media statement, Minister for Fire and Emergency Services, 2021-11-24 18:44)",
  ),
  s.real(
    "en",
    "bulletin",
    "Hazardous driving conditions in Far North Queensland as the rains continue to fall",
    'With much of the state\'s far north having already experience significant rainfall, and a wet few days ahead, police are urging motorists to take extra care when driving.\nChief Superintendent Brian Huxley, Far North District urged motorists, especially visitors to Far North Queensland to re-think their driving plans and limit non-essential travel.\n"With New Year\'s Eve celebrations underway and the new year nearly upon us we see a traditionally busy time on Queensland roads.\n"This time of year, across Far North Queensland our roads are busy with motorists driving long distances, often towing caravans and travelling with children.\n"Many of our roads are likely to be slippery as rain combines with normal road residues such oils, dirt and grease. This can limit the effectiveness of tyre grip and can easily lead to loss of control."\n"Visitors to Far North Queensland are often unfamiliar with our driving conditions and this can be extra challenging and hazardous in adverse and extreme wet weather condition such as those that we are currently experiencing."\nChief Superintendent Huxley urged all motorists to travel with caution and drive to the prevailing road and weather conditions and advises visitors and tourists to Far North Queensland that the following roads are not recommended at this time:\nRoads NOT recommended for tourists and visitors to FNQ:\nPeninsula Developmental Road\nBurke Developmental Road – West of Chillagoe\nBloomfield Road – Cook Shire\nMusgrave/Strathgordon Road (Pormpuraaw Access) – Cook Shire\nAurukun Road – Cook Shire\nLockhart River Access Road – Cook Shire\nLakefield Road – Cook Shire\nBamaga Road – Cook Shire\nMapoon Access Road\nFor the latest road condition and road closure information visit Department of Transport and Main Road at https://qldtraffic.qld.gov.au/ and relevant local councils.',
    "https://miragenews.com/hazardous-driving-conditions-in-far-north-queensland-as-the-rains-continue-to-fall (Queensland Police Service media release as republished by Mirage News, New Year's Eve; year not shown)",
  ),
  s.real(
    "en",
    "bulletin",
    "Travel only if you need to and check road conditions first",
    'Wednesday 25 January 2012\n\nQueensland Fire Services undertook seven swift water rescues overnight - a clear indication that some people are not heeding the message to give flooded roads a miss.\n\nLocal Disaster Co-ordinator, Alan Rogers is again calling on motorists to err on the side of caution if they need to travel.\n\n"Council’s Facebook site at will be updated regularly with information about road closures so please check it before getting into your car," said Mr Rogers.\n\n"And remember – if it’s flooded – forget it! Do not cross a flooded road. Doing so puts not only your life at risk but the lives of the emergency workers called out to help.\n\n"Residents preparing for Australia Day activities tomorrow are also asked to check council’s website and contact organisers to get the latest information about events – some have already been cancelled.\n\n"And if you do head out tomorrow – again check road conditions before you leave."\n\nCouncil’s indoor Australia Day event at Caloundra Event Centre is, at this stage, still scheduled to go ahead. Check council’s Facebook or the web for updates.\n\nEmergency Services Queensland are reminding home owners to use a predicted lull in the weather this afternoon or tomorrow (refer to Bureau of Meteorology for updates) to check or recheck drains and gutters for debris in readiness for further heavy rainfalls expected on Friday evening and over the weekend.',
    "https://www.sunshinecoast.qld.gov.au/Council/News-Centre/Travel-only-if-you-need-to-and-check-road-conditions-first (Sunshine Coast Council news, 2012-01-25)",
  ),
  s.real(
    "en",
    "bulletin",
    "Important Information",
    "PUBLISHED 26 NOVEMBER 2021\n\nWe are continuing to make significant progress with our forensic investigations into the cyber incident which has resulted in unauthorised access to our IT systems.\n\nImportantly there remains no evidence at this time that privacy information has been accessed or exfiltrated.\n\nWhile these investigation efforts are ongoing, we have now successfully restored some of our primary business systems.\n\nThis means that we now have limited functionality and are in a position to respond to statutory activities that were in progress prior to 31 October when the outage occurred.\n\nThe continued outage of our email systems however means that unfortunately we remain unable to receive any requests made on or after 31 October including any new statutory matters such as development and building applications and section 132 and 337 certificates.\n\nWe anticipate restoration of our email systems next week and will keep the community informed of our progress.\n\nWe continue to receive overwhelming support from our community and are extremely grateful for your ongoing patience as we continue to work through this situation.\n\nIf you have any other questions or concerns, please contact our Customer Services Team on 6430 5700.\n\nOur next update will be Tuesday 30 November.",
    "https://www.burnie.net/Council/News-and-Updates/Council-News/2021/Important-Information (Burnie City Council, Tasmania, update of 2021-11-26 on a cyber incident)",
  ),
  s.real(
    "en",
    "faq",
    "Cybersecurity incident FAQs",
    "Our team discovered a cybersecurity incident which has affected Council’s systems.\nSpecialist Cybersecurity experts are onsite after ICT turned off systems as a precaution over the weekend.\nQ: How did this cybersecurity incident happen?\nA: Safeguarding customer and employee information is highly important to us. As soon as we became aware of the ransomware, we took action and shut down our systems to begin an immediate investigation.\nWe are unsure at this time of the source of the attack however malware can originate from a range of sources including:\nEmails with links and attachments. Non-corporate devices touching the network Long-term targeted attacks Security vulnerabilities etc.Q: What is the process until the issue is resolved?\nA: We are providing updates as the situation evolves via our Facebook page. Council is working with the Dell Incident Response and Recovery Services and the Australian CyberSecurity Centre to determine the source and impacts of the attack.\nQ: Has my personal information been accessed?\nA: We are taking this matter very seriously as cybersecurity is part of our day-to-day business.\nAt this stage we do not have any evidence to suggest that data has been downloaded from our system, however this is still being fully investigated.\nCouncil will provide updates via its Facebook page or on the website at https://www.isaac.qld.gov.au/cybersecurity-incident\nQ: Do I need to change my personal passwords, accounts, etc?\nA: This cyber security incident has shown us that anyone can be subject to malicious attacks.\nWe cannot stress enough how vigilant businesses and individuals need to be.\nFor best practice advice visit: https://www.cyber.gov.au/acsc/view-all-content/guidance/personal-cyber-security-first-steps-guide\nQ. When will you we know how this impacts me?\nA: It is unknown at this time when the investigation will be completed.",
    "https://councilnews.com.au/2023/04/21870978-cybersecurity-incident-faqs (Isaac Regional Council, Queensland, cybersecurity incident FAQs as republished by Council News, April 2023)",
  ),
  s.real(
    "en",
    "bulletin",
    "Toxic algae warning for West Lakes",
    "Friday, 8 March 2019\n\nSouth Australians are reminded not to collect shellfish from West Lakes, after a potentially toxic microalgae was detected during routine testing.\n\nSA Health’s Principal Water Quality Adviser, Dr David Cunliffe, said algal toxins can accumulate in shellfish, resulting in a potential health risk to humans.\n\n“There is a permanent ban on the collection of shellfish from West Lakes, as the area is subject to the occasional growth of toxic microalgae,” Dr Cunliffe said.\n\n“Given the recent test results, we are reminding the public that shellfish, such as mussels and cockles, should not be collected from algae infested waters and should not be consumed.\n\n“Consuming contaminated shellfish can cause illness, with symptoms including nausea, diarrhoea, vomiting, abdominal cramps, and in severe cases dizziness and confusion.\n\n“People can continue to use the water for recreational purposes such as swimming and kayaking.”\n\nSignage in the area advises the public not to take shellfish, however the warning does not apply to fish as they do not accumulate the toxin.",
    "http://www2.sahealth.ha.sa.gov.au/wps/wcm/connect/public+content/sa+health+internet/about+us/news+and+media/media+releases/toxic+algae+warning+for+west+lakes (SA Health media release, 2019-03-08)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    "This warning was issued on 22 April 2022 and remains current.\nToxic algal blooms (also known as harmful algal blooms or HABs) are currently present in Great Oyster Bay. Elevated levels of algal toxins have been detected in shellfish from this region.\nRecreationally harvested shellfish should not be eaten from this area because the algal toxins are harmful to humans.\nSeek medical help if you get sick after eating wild shellfish\nSymptoms can occur within minutes to hours after eating shellfish. Cooking or freezing shellfish does not destroy the toxins that cause shellfish poisoning. Shellfish poisoning symptoms include:\n- tingling or numbness\n- weakness\n- blurred vision\n- difficulty breathing\n- vomiting\n- diarrhoea.\nWild shellfish include: oysters, mussels, clams, pipis, cockles and wedge shells.\nAbalone, scallop roe and the intestines and livers (tomalley) of rock lobster can also be affected when toxic algal blooms are present.\nSeafood in shops and restaurants is safe to eat because the Tasmanian Shellfish Market Access Program monitors the safety of commercially grown shellfish.",
    "https://www.health.tas.gov.au/news/health-alerts/wild-shellfish-great-oyster-bay (Tasmanian Department of Health health alert, issued 2022-04-22)",
  ),
  s.real(
    "en",
    "correction",
    undefined,
    "NSW Health has been made aware of a social media post that is being widely circulated warning people to not consume certain foods or visit certain locations in Sydney.\nThis post has not originated from NSW Health or any entity relating to us.  Further, there is no such entity as the 'Department of Diseasology Parramatta'.\nNSW Health would like to assure the community that the locations mentioned in this post pose no risk to visitors, and there have been no 'positive readings' at train stations.",
    "https://www.9news.com.au/national/corona-virus-fake-facebook-twitter-warnings-over-suburbs-train-stations-food/8dfad838-cbec-414a-81e6-65df8c69e209 (statement by a NSW Health spokeswoman on a fake coronavirus post, as quoted by 9News, late January 2020; the article's quotation marks are left out)",
  ),

  // ---------------------------------------------------------------- English real messages: New Zealand
  s.real(
    "en",
    "bulletin",
    undefined,
    "Auckland Regional Public Health Service (ARPHS) has been notified of three new measles cases, taking the number of confirmed cases in Auckland for this year to 15.\n\nMedical Officer of Health Dr William Rainger says the new cases are in isolation and ARPHS is following up with contacts in family, household, education, healthcare and social settings to prevent spread of the disease.\n\n“At this stage, we believe the new cases are linked to other pre-existing cases, rather than being new cases from overseas or of unknown origin.”\n\nTwo of the three cases – all females aged less than two years - live in West Auckland, with the third case from the North Shore.\n\nAnyone who hasn’t already received a phone call, text message or email from Auckland Regional Public Health Service and who was at the following locations at the following times is being asked to call public health on 09 623 4600 as a precaution in case they have been exposed:\n\nWhite Cross Henderson 24/7, Lincoln Road\n1 April 2019\n3 April 2019\n4 April 2019\nBetween 5pm and 10pm\nBetween 12 midday and 3pm\nBetween 10.45am and 5pm\nWai Health Clinic Henderson, 6-8 Pioneer Street / Corner Edsel & Catherine Streets\n4 April 2019\nBetween 1pm and 4pm\nRanui Medical Centre, Swanson Road, Ranui\n2 April 2019\nBetween midday and 2pm\nWhite Cross Urgent Care and GP, Glenfield\n4 April 2019\nBetween 6.30pm and 8.45pm\nWaitakere Hospital Emergency Department, Lincoln Rd, Henderson\n4 April 2019\n5 April 2019\n6 April 2019\nBetween 4.45pm and 10.30pm\nBetween 12.45pm and 4.15pm\nBetween 4pm and 10pm\n\nDr Rainger says other advice for the public remains unchanged.\n\n“We would remind people to be vigilant for the signs and symptoms of measles – fever, cough, runny nose and sore red eyes. After three to five days, a rash appears on the face and then moves down the body.”\n\nPeople with measles can spread it to others even before they start feeling sick, so often don’t know that they might be exposing others.",
    "https://www.arphs.health.nz/news/auckland-measles-cases-15/ (Auckland Regional Public Health Service news, April 2019)",
  ),
  s.real(
    "en",
    "bulletin",
    "UPDATE 10.30am - Waiharara Fire, Northland",
    "Firefighters are continuing efforts at the Waiharara fire today. Five ground crews (around 25 people including Department of Conservation and forestry crews), five helicopters and nine heavy machinery (bulldozers and excavators) are at the fire ground this morning.\n\nThe fire has not spread overnight. Today crews will be continuing to strengthen containment at the north end of the fire and manage hot spots where peat fires are burning underground.\n\nThis morning fire crews will be conducting a controlled burnout to remove around 15ha of unburnt vegetation. This removes the risk of this vegetation becoming fuel for spreading the fire. Our crews are experienced in this activity. While this is underway you will see smoke. Be assured this is planned and controlled.\n\nHelicopters will be overhead while the controlled burnout is underway. The map below shows the perimeter of the fire and our containment lines. The red outline shows the area of the controlled burnout.\n\nFire crews will remain at Waiharara over Christmas and through the new year continuing mahi to ensure the fire is controlled and completely mopped up.\n\nThere is still a lot of smoke drifting from the fire. If you are affected by the smoke, please close windows and doors. If you are experiencing any health issues or have health concerns, please call healthline on 0800 611 116.\n\nKaimaumau residents are reminded to disconnect drain pipes from roof spouting so ash and debris doesn’t get in to water tanks. While there are no hot spots behind the Kaimaumau community, they are asked to be prepared should there be a need to evacuate again in future.\n\nAs the situation remains steady, this will be the last formal update for this fire unless there are any new developments.",
    "https://www.scoop.co.nz/stories/AK2112/S00583/update-1030am-waiharara-fire-northland.htm (Fire and Emergency New Zealand press release on Scoop, December 2021)",
  ),
  s.real(
    "en",
    "bulletin",
    "Northland Police Advise Motorists Avoid Travel",
    "Heavy rain is currently affecting the Northland region and Police ask that all motorists avoid travelling this evening, unless absolutely necessary.\n\nSeveral flood affected roads have not been assessed at this stage.\n\nThere are and will be road closures throughout most of the region.\n\nCurrently road closures are in place on State Highway 1 in Moerewa, at the base of Turntable Hill, and at Puketona Junction at SH10 and SH11.\n\nThe Far North is not accessible due to flooding.\n\nPlease check the NZTA website and with local council for further road closure information.\n\nTwo welfare centres have been activated at Kamo Scout Dean at 3 Mile Bush Road, Tikipunga and the Onerahi Community Hall at 130 Onerahi Road, Whangarei.",
    "https://www.scoop.co.nz/stories/AK2007/S00371/northland-police-advise-motorists-avoid-travel.htm (New Zealand Police press release on Scoop, 2020-07-18)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    "Source: New Zealand Police (District News)\nPolice are asking motorists to avoid Rangtitikei Line (SH3) in Newbury due to significant surface flooding in the area.\nDiversions are in place however if you can avoid travel through this area, that is advisable.\nENDS\nIssued by Police Media Centre",
    "https://livenews.co.nz/2022/08/23/rangitikei-line-sh3-surface-flooding (New Zealand Police district news as republished by Live News, 2022-08-23)",
  ),
  s.real(
    "en",
    "bulletin",
    "Civil Defence Update Thursday 23",
    "Thursday, 23 February 2023, 11:10 am\nPress Release: Gisborne District Council\n\nWater - Reduce use as much as possible\n\n• Thank you for continuing to conserve water\n• Only use water for drinking, short showers/hygiene, food preparation and washing necessary clothing.\n• Water is safe to drink. It’s treated to NZ drinking water standards so you don’t need to boil it.\n• Any discolouration is due to low reservoir levels and switching to our alternate supply, but please fill out an e-Fix Request so we can investigate any issues.\n\nWater just for cleaning flood damage items\n\nFree untreated water for cleaning can be collected, take your own containers to Wash’n Go at 156 Carnavon Street from 9am-4pm weekdays and 10am-3pm weekends.\n\nWarnings for city beaches and rivers\n\nPlease stay away from beaches with woody debris on them.\n\nThe woody debris is extremely dangerous. Our emergency services are stretched to capacity with the national state of emergency.\n\nWaikane and Midway beaches are closed. Forestry companies are clearing debris this week\n\nWe advise no swimming, fishing and shellfish gathering in the river or beach until Saturday. Temporary warning signs are up at recreation sites.\n\nRoads\n\nPlease drive to the conditions as there is silt and debris in some parts\n\n• SH2 Gisborne to Opotiki open 7am – 7pm to all traffic.\n• SH2 Gisborne to Wairoa open.\n• SH2 Napier to Wairoa remains closed. It will be some time before Gisborne people will be able to easily drive to Napier.\n• SH35 Tolaga Bay to Te Puia Springs closed with a bridge out. An alternative is being worked on but will take time.",
    "https://www.scoop.co.nz/stories/AK2302/S00636/civil-defence-update-thursday-23.htm (Gisborne District Council / Tairāwhiti Civil Defence press release on Scoop, 2023-02-23 11:10)",
  ),
  s.real(
    "en",
    "bulletin",
    "Carterton Lifts Boil Water Notice",
    "Monday, 15 March 2021, 5:14 pm\nPress Release: Carterton District Council\n\nCarterton District Council has lifted its boil water notice effective 4pm Monday 15 March.\n\nThe Council has been working closely with Regional Public Health following a low-level contamination of E. coli bacteria at two of its water sites on Friday. The Council has now received three clear sample results from Friday, Saturday and Sunday and can therefore lift the boil water advisory notice.\n\nThe urban water supply pipes have been flushed and the water source has been switched over from the bores to the Kaipatangata Stream, which means the water is fine to drink without having to be boiled first. However, should there be heavy rain in the next two days, this may cause turbidity in the water and the Council will need to switch back to the bores for urban supply which may mean imposing the boil water notice again.\n\n“The water is safe to drink so we didn’t want to have the boil water notice in force longer than was necessary,” said Infrastructure, Services and Regulatory Manager Dave Gittings.\n\n“Because we’ve switched to the Kaipatangata we can safely lift the notice.\n\n“We are yet to identify a definitive source of the E. coli reading so are cleaning the tanks associated with the bores and retesting the water at these sites.\n\n“This means if there’s heavy rain over the next few days and we have to switch back to the bores, there’s a small chance we may need to go back to a boil water notice as we wouldn’t have finished cleaning and retesting yet.”\n\nMayor Greg Lang would like to thank the community and businesses for their patience and understanding, as well as their assistance in spreading the message far and wide.",
    "https://www.scoop.co.nz/stories/AK2103/S00354/carterton-lifts-boil-water-notice.htm (Carterton District Council press release on Scoop, 2021-03-15 17:14)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    "Friday, 24 February, 2017 - 16:05\n\nThe Boil Water Notice in Waimarama has been lifted today.\n\nConsistently clear water tests and the completion of an investigation into the cause of the initial e-Coli test results have allowed the notice to be lifted, said Hastings District Council asset manager Craig Thew.\n\nLow-level e-Coli results were returned last Saturday (February 18). On that day chlorine was immediately added to the water supply and a Boil Water Notice issued. All test results since that day had come back ‘clear’, said Mr Thew.\n\nCouncil’s asset manager Craig Thew said the water supply would continue to be chlorinated until further notice. Council will be adding additional safeguards to ensure the same situation cannot arise and once these are completed discussions will occur with the drinking water assessors.\n\nResidents should run their taps for a few minutes before drinking to be sure chlorine has reached the tap. The same applies for things like plumbed-in fridges and tanks of water. Ice or stored water that dates from before the chlorination should be replaced with chlorinated water.\n\nPublic taps that were turned off during the Boiled Water Notice will be turned back on by Council staff and run for a few minutes to ensure the chlorinated supply is at the tap. Schools, child care centres and other facilities with water fountains are being instructed to run all drinking fountains for two to three minutes before allowing the water to be used.",
    "http://www.voxy.co.nz/national/5/275976 (Hastings District Council release as republished by Voxy, 2017-02-24 16:05)",
  ),
  s.real(
    "en",
    "social",
    undefined,
    "South Wairarapa - Current Restrictions\nFEATHERSTON & GREYTOWN\nAfter a planned water shutdown to install new treatment equipment for Greytown's Memorial Park bore yesterday, we were restoring supply when a power cut occurred.\nThe power cut affected the Waiohine Treatment plant, which supplies water to both Greytown and Featherston. The Waiohine reservoirs were already quite low, as they had been meeting demand during the planned water outage. Although the Memorial Park bore was operational during the power cut, it was not meeting Greytown's demand.\nWe organised water tankers to supplement the water remaining in the reservoirs. Fortunately power was restored at 9.30pm. This allowed us to begin re-filling the Waiohine-fed reservoirs for Featherston and Greytown.\nThank you to all residents who are responding to the request to cut back water use, especially outdoors, and to the Greytown Fire Service for helping spread the word.\nWhile the reservoirs are being re-filled, the total outdoor water ban (in Featherston & Greytown) is still in effect. We will look to lift this ban when operations continue as normal. We are anticipating this will be lifted tomorrow at 9am. We will confirm this tomorrow morning.\nMARTINBOROUGH\nFrom 10 December total outdoor water ban applies in Martinborough.\nTo keep updated on water supply and restrictions, please visit www.wellingtonwater.co.nz...",
    "https://www.neighbourly.co.nz/public/lower-hutt/matiu-somes-island/message/64494902 (South Wairarapa water-supply update posted on Neighbourly by the water authority; the posting account and date are not shown in the stored copy)",
  ),
  s.real(
    "en",
    "bulletin",
    "Conserve water - Ōpononi and Ōmāpere",
    "Ōpononi and Ōmāpere residents are being asked to immediately conserve water while a major break in the water main is repaired.\n\nThe situation has become critical with two storage reservoirs supplying the Ōpononi-Ōmāpere community now seriously depleted. These are currently sitting at 34 per cent and 18 per cent full and there is a danger they may empty completely if current consumption continues.\n\nThe outage has occurred due to ground movement following recent wet weather breaking the main supplying raw water to the treatment plant. One failure was repaired yesterday, but a second break has since occurred. This has been located and will be repaired today by 1pm.\n\nAs a precaution, a water tanker will be available today outside the Ōpononi Four Square. Water pressure will drop as reservoirs deplete meaning some elevated customers could lose supplies.\n\nImage: A tanker will be stationed  outside the Ōpononi Four Square today.\n\nTags: News story",
    "https://www.fndc.govt.nz/tr/Council/Latest-news/news-items/2026/january/conserve-water-Opononi-and-Omapere (Far North District Council news, January 2026; day not shown)",
  ),
];

export const BAD_BLIND53: EvalMessage[] = [
  // ---------------------------------------------------------------- fast (10)
  s.bad(
    "sv",
    "bulletin",
    "relative times only, no date anywhere",
    FAST,
    MSB,
    "Vattenläcka på Ekbacken – vattnet avstängt",
    "En vattenläcka har uppstått på huvudledningen vid Ekbackens skola och vi har stängt av vattnet för ungefär 60 hushåll på Ekbacksvägen, Tallstigen och Myrvägen. Reparationen pågår och vi räknar med att vattnet är tillbaka i morgon eftermiddag.\n\nEn vattentank med dricksvatten står vid Ekbackens skola, Ekbacksvägen 12. Ta med egen dunk. När vattnet kommer tillbaka kan det vara missfärgat; spola kallvatten några minuter tills det blir klart.\n\nVi uppdaterar här på torsdag förmiddag.\n\nVA-avdelningen, Tallnäs kommun\nKundtjänst 0512-38 40 00",
  ),
  s.bad(
    "en",
    "bulletin",
    "late message: boil notice issued three days after the positive results",
    FAST,
    CERC,
    "Boil water notice – Kōtuku Bay supply",
    "Karewa District Council has issued a boil water notice for all properties on the Kōtuku Bay water supply.\n\nRoutine samples taken on Friday 6 November 2026 returned positive E. coli results on Saturday 7 November. After a review by our water team this morning, we are now advising residents to boil all water used for drinking, preparing food, brushing teeth and making ice. Bring the water to a rolling boil for one minute, or use bottled water.\n\nThe notice will stay in place until three consecutive days of clear samples have been returned. Our next update will be on our website and Facebook page by 4pm on Wednesday 11 November.\n\nIf you have had vomiting or diarrhoea, call Healthline.\n\nIssued 11am, Tuesday 10 November 2026\nKarewa District Council, 0800 555 014",
  ),
  s.bad(
    "sv",
    "sms",
    "sms alert with no time of issue and no time for the next message",
    FAST,
    MSB,
    undefined,
    "Kemikalieutsläpp vid Hamnvägen i Sjöbacka. Håll dörrar och fönster stängda och stäng av ventilationen. Mer information kommer. /Räddningstjänsten Sjöbacka",
  ),
  s.bad(
    "en",
    "social",
    'vague "shortly", no restoration estimate and no next-update time',
    FAST,
    CERC,
    undefined,
    "POWER OUTAGE – Mount Ferrier and Glenroy, Monday 7 December 2026. Crews from Tarrabool Shire Council and Westlink Energy are working on a fault at the Glenroy substation that has cut power to about 1,900 homes since 1.20pm. If you rely on powered medical equipment and have no backup, go to Mount Ferrier Hospital, 14 Dunmore Street, or call 000 in an emergency. Keep fridge and freezer doors closed. We'll post more shortly. – Tarrabool Shire Council",
  ),
  s.bad(
    "en",
    "bulletin",
    "information held back until an independent review ends",
    ["fast", "open"],
    CERC,
    "Statement on the Harlow Street apartment fire",
    "Emberton City Council is aware of the fire at the Harlow Street apartments early on Saturday 5 December 2026. Fire crews brought the fire under control at 3.40am and all residents were evacuated.\n\nResidents who cannot return home can register for emergency accommodation at the Emberton Civic Centre, 22 Lowther Road, open until 10pm tonight, or by calling 1800 555 263.\n\nCouncil will not release any further information about the building, its cladding or its previous inspections until the independent review has been completed. We expect the review to take several months.\n\nMedia enquiries: Emberton City Council communications, 03 5550 1180.\nIssued Sunday 6 December 2026",
  ),
  s.bad(
    "sv",
    "bulletin",
    '"de närmaste dagarna" and "inom kort" instead of a time',
    FAST,
    MSB,
    "Störningar i fjärrvärmen i Kvarnbyn",
    "Måndag 16 november 2026\n\nEtt fel i värmeverket i Kvarnbyn gör att många kunder i Kvarnbyn och Rydsåsa just nu har lägre värme och ljummet varmvatten. Våra tekniker byter en trasig cirkulationspump.\n\nHåll fönster och dörrar stängda så att värmen stannar inne, och vädra kort. Är du orolig för en äldre anhörig i området kan du ringa kommunens kontaktcenter på 0340-55 12 00.\n\nVi räknar med att läget förbättras under de närmaste dagarna och återkommer med mer information inom kort.\n\nBjörkvalla Energi AB, ett bolag i Björkvalla kommun",
  ),
  s.bad(
    "en",
    "faq",
    'faq promises updates "as and when" with no time or estimate',
    FAST,
    CERC,
    "When will Riverside Pool reopen after the chemical leak?",
    "Riverside Pool will reopen once it is safe to do so. Our facilities team and the contractor are working through the remaining repairs to the dosing system, and updates will be posted here as and when they become available.\n\nIn the meantime, Northgate Aquatic Centre, 3 Carrow Road, is open from 6am to 8pm every day and will accept Riverside memberships.\n\nWhitmore Regional Council – Aquatic Services, FAQ updated 2 December 2026",
  ),
  s.bad(
    "sv",
    "correction",
    "correction published weeks after the rumour began to spread",
    FAST,
    KRIS,
    "Det finns ingen tuberkulos på Lindskolan",
    "Inget fall av tuberkulos har konstaterats bland elever eller personal på Lindskolan. Det bekräftar smittskyddsläkaren i regionen. Skolan är öppen som vanligt och ingen behöver stanna hemma.\n\nSedan mitten av förra månaden har det i flera Facebookgrupper spridits uppgifter om att elever på skolan skulle ha smittats. De uppgifterna stämmer inte.\n\nHar du frågor kan du ringa rektor Maria Öhlund på 0512-38 41 20. Allmän information om tuberkulos finns på 1177.se.\n\n3 december 2026\nBarn- och utbildningsförvaltningen, Tallnäs kommun",
  ),
  s.bad(
    "en",
    "sms",
    'sms with "tonight" and "tomorrow" only, no date',
    FAST,
    CERC,
    undefined,
    "Port Alcott Council: water off in Bayview Rd & Cliff St from 10pm tonight to 6am tomorrow for urgent repairs. Fill containers now. portalcott.govt.nz",
  ),
  s.bad(
    "en",
    "bulletin",
    "first public message held back two days until the full picture was known",
    FAST,
    CERC,
    "Gillard Creek grassfire – update",
    "Issued Friday 4 December 2026 by Tarrabool Shire Council\n\nOn Wednesday 2 December a grassfire started near Gillard Creek Road and burnt about 340 hectares before Rural Fire Service crews contained it on Wednesday evening. Two sheds were destroyed. No homes were lost and no one was hurt.\n\nWe chose to wait until the fire was fully contained and all damage assessments were finished before publishing anything, so that we could give the community a complete and accurate picture.\n\nGillard Creek Road stays closed between the Cobb Highway and Ryans Lane while crews remove fallen trees. Do not enter the burnt area. Landholders who have lost fencing or stock can call our recovery officer, Leanne Hutchins, on 03 5550 2417.\n\nOur next update will be on Monday 7 December.",
  ),

  // ---------------------------------------------------------------- open (10)
  s.bad(
    "sv",
    "bulletin",
    "decision announced with no reason",
    OPEN,
    MSB,
    "Friluftsbadet i Granhammar stängs för säsongen",
    "Granhammars kommun har beslutat att stänga Granhammars friluftsbad från och med lördag 4 juli 2026 och resten av säsongen.\n\nDu som har köpt säsongskort får pengarna tillbaka. Fyll i blanketten på granhammar.se/bad eller kom till Medborgarkontoret, Stortorget 3, vardagar kl. 9–16.\n\nNärmaste öppna bad är Sjövikens badplats, fyra kilometer norr om centrum, med badvakt kl. 10–17.\n\nVi berättar om planerna för nästa säsong senast 1 mars 2027.\n\nKultur- och fritidsförvaltningen, Granhammars kommun, 2 juli 2026",
  ),
  s.bad(
    "en",
    "bulletin",
    '"for operational reasons" instead of a reason',
    OPEN,
    CERC,
    "Evacuation centre moving to Glenroy",
    "The evacuation centre at the Mount Ferrier Showgrounds will close at 6pm today, Monday 7 December 2026, for operational reasons.\n\nEveryone staying at the showgrounds will be taken by bus to the new centre at Glenroy Community Hall, 48 Burke Street, which opens at 5pm. Buses leave from the main pavilion at 5pm and 5.45pm. Please bring your medicines, phone charger and pet carriers. If you are staying with family or friends instead, let the registration desk know before you go.\n\nNext update at 8pm on Council's Facebook page and website.\n\nMarrang Shire Council, Local Emergency Operations Centre, 1800 555 740",
  ),
  s.bad(
    "sv",
    "faq",
    "faq answer that does not answer the question asked",
    OPEN,
    MSB,
    "Varför fick vi inte veta om kokningsrekommendationen förrän på kvällen?",
    "Vi förstår att många har haft frågor, och vi tar alla synpunkter på stort allvar. Vår ambition är alltid att ge invånarna korrekt information så snabbt som möjligt, och vi arbetar hela tiden med att utveckla vår kriskommunikation.\n\nKokningsrekommendationen gäller fortfarande för Östra Rydsåsa. Koka vatten som ska drickas eller användas i matlagning tills det bubblar kraftigt. Nästa provsvar väntas onsdag 25 november och vi meddelar resultatet här samma dag.\n\nKontaktcenter, Älvmora kommun, 23 november 2026, 0380-55 60 00",
  ),
  s.bad(
    "en",
    "bulletin",
    "laboratory results received but withheld without a reason",
    OPEN,
    CERC,
    "Lake Tullan water quality",
    "Whitmore Regional Council has received the laboratory results for the water samples taken from Lake Tullan on 1 December 2026, after the fish deaths reported last week.\n\nCouncil is not in a position to release the results at this stage.\n\nUntil further advice, do not swim in the lake, keep dogs out of the water and do not eat fish caught there. Signs are up at the boat ramp and the Eastern Beach car park.\n\nWe will provide a further update by Friday 11 December.\n\nWhitmore Regional Council, 7 December 2026, 07 4650 1299",
  ),
  s.bad(
    "sv",
    "bulletin",
    'boil-water advice "tills vidare" with no condition for lifting',
    OPEN,
    MSB,
    "Kokningsrekommendation i Björkvalla centrum",
    "Fredag 9 oktober 2026 kl. 15.30\n\nEfter ett ledningsbrott på Storgatan har vattennätet i Björkvalla centrum varit utan tryck. Då kan bakterier ha kommit in i ledningarna. Vi rekommenderar därför alla i centrum att koka vatten som ska drickas eller användas i matlagning. Koka upp vattnet tills det bubblar kraftigt.\n\nKokningsrekommendationen gäller tills vidare.\n\nEn vattentank med dricksvatten finns på Torget vid biblioteket. Nästa uppdatering kommer måndag 12 oktober kl. 12.\n\nVA-enheten, Björkvalla kommun, 0340-55 12 00",
  ),
  s.bad(
    "en",
    "bulletin",
    '"a substance" where the chemical is surely known',
    OPEN,
    CERC,
    "Incident at Port Alcott Aquatic Centre",
    "An incident involving a substance occurred in the plant room at Port Alcott Aquatic Centre at about 10.15am today, Sunday 6 December 2026. The centre was evacuated as a precaution and eleven people were checked by ambulance staff at the scene.\n\nThe centre is closed for the rest of today. If you were at the centre this morning and now have a sore throat, a cough or stinging eyes, call Healthline or see your doctor.\n\nWe will update this notice by 10am tomorrow, Monday 7 December.\n\nPort Alcott District Council, 0800 555 302",
  ),
  s.bad(
    "sv",
    "bulletin",
    'residents moved "av säkerhetsskäl" with nothing said about the risk',
    OPEN,
    MSB,
    "De boende på Solgläntan flyttar tillfälligt",
    "Av säkerhetsskäl flyttar vi tillfälligt de 32 boende på äldreboendet Solgläntan i Kvarnbyn till Ekhagens vård- och omsorgsboende, Ekhagsvägen 5, under tisdag 10 november 2026. Personalen följer med, och alla får sina mediciner och hjälpmedel med sig.\n\nAnhöriga kontaktas av boendets sjuksköterska under dagen. Har du frågor kan du ringa enhetschef Lena Frisk på 0512-38 43 10, vardagar kl. 8–17.\n\nSenast fredag 13 november berättar vi när de boende kan flytta tillbaka.\n\nSocialförvaltningen, Tallnäs kommun",
  ),
  s.bad(
    "en",
    "faq",
    'question answered with "the relevant people" and "the relevant process"',
    OPEN,
    CERC,
    "Why was the Eastbrook boil water notice lifted after only two days?",
    "The decision to lift the notice was made by the relevant people in line with the relevant process.\n\nEastbrook water is safe to drink. If your water looks cloudy, run the cold tap for a few minutes until it clears. Throw out any ice made before Thursday.\n\nQuestions can be sent to water@karewa.govt.nz or by calling 0800 555 014.\n\nKarewa District Council – Water FAQ, updated 4 December 2026",
  ),
  s.bad(
    "en",
    "social",
    "closure announced with a refusal to say why",
    OPEN,
    CERC,
    undefined,
    "Harrow Street footbridge is closed from today, Thursday 3 December 2026, until further notice. We're not able to say more about this decision at the moment. Please use the Kings Road bridge, 400 m downstream; the detour adds about 10 minutes on foot. Fences are up at both ends – please don't climb them. We'll post an update by 5pm Friday. – Emberton City Council, 03 5550 1100",
  ),
  s.bad(
    "en",
    "bulletin",
    'fire ban extended "in line with policy" with no reason and no end',
    OPEN,
    CERC,
    "Total fire ban extended – Marrang Shire",
    "In line with council policy, the total fire ban for the whole of Marrang Shire has been extended and remains in force until further notice.\n\nNo fires may be lit in the open, including campfires, incinerators, pizza ovens and wood barbecues. All fire permits remain suspended. Gas barbecues may be used on private property if they are attended at all times and a hose is connected.\n\nReport any smoke or fire straight away on 000.\n\nNext update: Friday 11 December 2026 on marrang.nsw.gov.au.\n\nMarrang Shire Council, 7 December 2026",
  ),

  // ---------------------------------------------------------------- active (8)
  s.bad(
    "en",
    "bulletin",
    "no protective action for the homes downwind of a gas leak",
    ACTIVE,
    CERC,
    "Ammonia leak at Southgate cold store",
    "Fire crews are responding to an ammonia leak at the Southgate Cold Storage plant, 210 Quarry Road, Port Alcott, reported at 2.05pm today, Thursday 3 December 2026. The leak is from a refrigeration line and crews in breathing apparatus are working to isolate it.\n\nA light southerly wind is carrying the vapour north over the Quarry Road industrial area and the houses on Tui Street and Kahu Crescent.\n\nQuarry Road is closed between Ridge Road and the railway crossing.\n\nThe next update will be issued at 3.30pm.\n\nPort Alcott Civil Defence, on behalf of the fire incident controller",
  ),
  s.bad(
    "sv",
    "bulletin",
    "emergency water with no place to collect it",
    ACTIVE,
    MSB,
    "Vattenavbrott i Rydsåsa efter ledningsbrott",
    "Onsdag 21 oktober 2026 kl. 07.45\n\nEtt ledningsbrott under natten har gjort att alla hushåll i Rydsåsa är utan vatten. Läckan är hittad och reparatörer är på plats. Vi räknar med att vattnet är tillbaka senast kl. 17 i dag.\n\nNödvatten finns att hämta i Rydsåsa från kl. 10. Ta med egen dunk.\n\nNär vattnet kommer tillbaka kan det vara grumligt. Spola kallvatten tills det blir klart.\n\nNästa uppdatering kl. 13.\n\nVA-enheten, Älvmora kommun, 0380-55 60 00",
  ),
  s.bad(
    "en",
    "bulletin",
    "evacuation order with no destination, centre or route",
    ACTIVE,
    CERC,
    "Evacuation order – Lower Wattle Flat",
    "Issued 5.20am, Saturday 28 November 2026 by the Marrang Shire Local Emergency Operations Centre\n\nThe Wattle River is expected to reach 9.1 metres at the Wattle Flat gauge around 11am today, higher than the February 2022 flood. Properties in Lower Wattle Flat, including Ferry Road, Jubilee Street and the caravan park, will be flooded.\n\nResidents of Lower Wattle Flat must evacuate before 9am.\n\nTurn off power and gas at the mains and take your medicines, important documents and pets. Do not drive through floodwater.\n\nThe next update will be issued at 8am. For help, call 1300 555 740.",
  ),
  s.bad(
    "sv",
    "correction",
    "the myth retold vividly first, the fact last and thin",
    ACTIVE,
    DEBUNK,
    "Om ryktena kring vattnet i Kvarnbyn",
    "”Vattnet i Kvarnbyn är förgiftat med bekämpningsmedel från golfbanan och barn har lagts in på sjukhus med kramper.” Så lyder inlägget som delats hundratals gånger under helgen, tillsammans med bilder på brunt kranvatten och en bild från en akutmottagning. Många har hört av sig och undrat om de ska sluta dricka vattnet, och flera har redan köpt flaskvatten för veckor framåt.\n\nBakgrunden är att vattnet på vissa adresser var missfärgat i fredags efter en spolning av ledningsnätet.\n\nVi har tagit prover och vattnet uppfyller Livsmedelsverkets krav.\n\nMiljö- och samhällsbyggnadsförvaltningen, Tallnäs kommun, 30 november 2026. Frågor: 0512-38 40 00",
  ),
  s.bad(
    "en",
    "correction",
    "bare denial: no facts, no source, no place to check",
    ACTIVE,
    DEBUNK,
    "Rumours about Glenroy Hospital",
    "We are aware of a post being shared on social media about the emergency department at Glenroy Hospital. This is not true. Please do not share it.\n\nMarrang Health Service, Wednesday 2 December 2026",
  ),
  s.bad(
    "sv",
    "faq",
    "risk explained in detail with no advice on what to do",
    ACTIVE,
    MSB,
    "Är det farligt med algblomningen i Norrsjön?",
    "Provtagningen 2 augusti 2026 visade höga halter av cyanobakterier, så kallade blågröna alger, i Norrsjön vid Strandbadet och Lillviken. Vissa cyanobakterier bildar gifter som kan ge illamående, kräkningar, diarré, feber och hudutslag. Barn och hundar är mest känsliga eftersom de lätt sväljer vatten. Algerna syns som en grönaktig hinna eller som små korn i vattnet och samlas ofta i vikar när det blåser mot land.\n\nVi tar nya prover varje vecka. Nästa resultat publiceras här måndag 10 augusti.\n\nMiljökontoret, Sjöbacka kommun, 0411-55 70 00",
  ),
  s.bad(
    "en",
    "sms",
    "storm warning sms with no protective advice",
    ACTIVE,
    CERC,
    undefined,
    "Whitmore Council 7/12 3:10pm: Severe storm warning for Whitmore & Lake Tullan from 4pm. Large hail and damaging winds likely. Updates whitmore.qld.gov.au",
  ),
  s.bad(
    "en",
    "bulletin",
    "heatwave notice with no advice for the public and no cool places",
    ACTIVE,
    CERC,
    "Extreme heat this weekend",
    "Emberton City Council, Thursday 10 December 2026\n\nThe Bureau of Meteorology is forecasting an extreme heatwave for Emberton from Saturday 12 to Tuesday 15 December, with maximum temperatures of 41–44°C and overnight lows around 28°C. Extreme heat causes more deaths in Australia than any other natural hazard, and people over 65, babies and young children, pregnant women and people with chronic illness are most at risk.\n\nCouncil's kerbside bin collections will start at 5am on Monday and Tuesday to protect our crews, and outdoor sports fields will be closed from noon each day.\n\nWe will post a further update on Friday afternoon.",
  ),

  // ---------------------------------------------------------------- factual (8)
  s.bad(
    "sv",
    "bulletin",
    "arson stated as near certain before any investigation",
    FACTUAL,
    KRIS,
    "Brand i förråd vid Ekbackens skola",
    "Söndag 15 november 2026 kl. 09.20\n\nI natt brann det i en förrådsbyggnad på Ekbackens skolgård. Räddningstjänsten släckte branden och ingen skadades. Skolbyggnaden klarade sig, men det luktar rök i matsalen.\n\nBranden är med största sannolikhet anlagd.\n\nSkolan har öppet som vanligt i morgon måndag 16 november. Matsalen vädras och eleverna äter i idrottshallen. Har du sett något i området under natten kan du kontakta polisen på 114 14.\n\nVi informerar vårdnadshavare i Schoolsoft måndag kl. 12.\n\nRektor Anders Vik, Ekbackens skola, Tallnäs kommun",
  ),
  s.bad(
    "en",
    "bulletin",
    "damage figure taken from Facebook posts",
    FACTUAL,
    KRIS,
    "Flooding update – Wattle Flat",
    "Issued 2pm, Sunday 29 November 2026 by Marrang Shire Council\n\nFloodwater is starting to go down in Lower Wattle Flat, but Ferry Road and Jubilee Street remain closed. Going by the photos and posts shared on community Facebook pages, as many as 150 homes may have had water over the floor.\n\nDo not go back into a flooded home until SES or council staff have checked it is safe. Wear gloves and sturdy boots when cleaning up, and throw out any food that has touched floodwater.\n\nThe recovery centre at Marrang Memorial Hall, 9 Lyle Street, is open until 6pm today. Next update 9am Monday.",
  ),
  s.bad(
    "sv",
    "bulletin",
    '"ingen risk" promised while samples are still being analysed',
    FACTUAL,
    KRIS,
    "Oljeläckage i Ljusån",
    "Tisdag 6 oktober 2026 kl. 11.00\n\nI morse upptäcktes ett oljeläckage från en arbetsmaskin vid bron över Ljusån i Sjöbacka. Räddningstjänsten har lagt ut länsar för att hindra oljan från att spridas nedströms.\n\nDet finns ingen risk för dricksvattnet. Proverna från vattenverket i Åby analyseras just nu och svar väntas på torsdag.\n\nBada inte och låt inte hundar bada i Ljusån nedströms bron.\n\nNästa uppdatering kommer torsdag 8 oktober kl. 14.\n\nMiljö- och hälsoskydd, Sjöbacka kommun, 0411-55 70 00",
  ),
  s.bad(
    "en",
    "bulletin",
    "contradiction: the road is reported both open and closed",
    FACTUAL,
    CERC,
    "SH61 Ranui Gorge slip – update",
    "Update 7am, Tuesday 1 December 2026\n\nSH61 through the Ranui Gorge has reopened to all traffic after crews cleared the slip overnight. Please drive slowly through the site and follow the directions of traffic management staff.\n\nThe gorge remains closed to light vehicles until a geotechnical engineer has inspected the slope later this morning. Use the Kaitieke detour via Ridge Road.\n\nNext update by 11am.\n\nKarewa District Council Roading, 0800 555 014",
  ),
  s.bad(
    "sv",
    "sms",
    'unconfirmed sighting passed on as "enligt uppgift"',
    FACTUAL,
    KRIS,
    undefined,
    "Älvmora kommun 12/10 kl 16.05: Enligt uppgift ska en björn ha setts vid Norrskolan. Hämta barnen vid skolan i dag. Mer info kl 18 på alvmora.se",
  ),
  s.bad(
    "en",
    "bulletin",
    "a named restaurant given as the likely source before test results",
    FACTUAL,
    KRIS,
    "Gastro outbreak – Port Alcott",
    "Port Alcott Public Health Unit is investigating 23 cases of vomiting and diarrhoea reported since Friday 27 November 2026. Most of the people who became unwell ate at the Harbourside Noodle Bar on Marine Parade last week, which is likely to be the source. Samples have been sent to the laboratory and results are expected on Wednesday.\n\nWash your hands with soap and water after using the toilet and before preparing food. If you are unwell, stay home until 48 hours after your symptoms stop and do not prepare food for others. Call Healthline for advice.\n\nNext update: Wednesday 2 December.\n\nDr Helen Marsh, Medical Officer of Health, Monday 30 November 2026",
  ),
  s.bad(
    "en",
    "social",
    "a flood forecast stated as certain, with no source",
    FACTUAL,
    CERC,
    undefined,
    "UPDATE 4.15pm Fri 27 Nov 2026: The Wattle River will NOT reach the town levee this time. Tonight's peak will be well below last year's flood, so there is no need to move furniture or stock. Keep clear of the river bank and check our page for road closures. Next update 8pm. – Marrang Shire Council",
  ),
  s.bad(
    "sv",
    "bulletin",
    "numbers of injured taken from witnesses at the scene",
    FACTUAL,
    KRIS,
    "Olycka vid Kvarnbyns station",
    "Lördag 21 november 2026 kl. 18.40\n\nEn buss och en personbil har kolliderat vid Kvarnbyns station. Enligt vittnen på platsen har minst sex personer förts till sjukhus. Polis, ambulans och räddningstjänst arbetar på platsen.\n\nStationsvägen är avstängd mellan Kyrkvägen och Järnvägsgatan. Kör via Industrigatan.\n\nBussar på linje 12 och 14 stannar vid Kyrkvägen i stället för vid stationen.\n\nNästa uppdatering kl. 20.30 på tallnas.se.\n\nKommunikationsavdelningen, Tallnäs kommun",
  ),

  // ---------------------------------------------------------------- impartial (7)
  s.bad(
    "sv",
    "bulletin",
    "a named contractor blamed for carelessness before any investigation",
    ["impartial", "factual"],
    RF,
    "Vattenläckan på Storgatan",
    "Måndag 19 oktober 2026 kl. 10.00\n\nVattenläckan på Storgatan i Björkvalla beror på att entreprenören Nordgräv AB har slarvat vid schaktningen och slagit sönder huvudledningen. Kommunen kommer att kräva företaget på ersättning.\n\nVattnet är avstängt för ett fyrtiotal fastigheter på Storgatan och Bryggaregatan. En vattentank står vid Bryggaregatan 2. Vi räknar med att vattnet är tillbaka kl. 18 i dag.\n\nNästa uppdatering kl. 14.\n\nTekniska förvaltningen, Björkvalla kommun, 0340-55 12 00",
  ),
  s.bad(
    "en",
    "bulletin",
    "the mayor praised and the previous council criticised",
    IMPARTIAL,
    RF,
    "Water restrictions eased for Eastbrook",
    "Eastbrook residents can water their gardens again from Saturday 5 December 2026. Thanks to the strong leadership of Mayor Craig Tolland, who pushed the new Eastbrook bore through after years of inaction by the previous council, our reservoirs are back above 80 per cent.\n\nLevel 2 restrictions now apply: hand-held hoses may be used on odd-numbered days at odd-numbered houses and even days at even-numbered houses, between 6pm and 8am. Sprinklers and irrigation systems remain banned.\n\nWe will review the restrictions on Saturday 19 December.\n\nKarewa District Council, Thursday 3 December 2026, 0800 555 014",
  ),
  s.bad(
    "sv",
    "bulletin",
    "an outbreak tied to newly arrived families and their housing",
    IMPARTIAL,
    RF,
    "Magsjuka i Gransäter",
    "Torsdag 26 november 2026\n\nMiljö- och hälsoskyddsenheten har fått in ett tiotal fall av magsjuka med kräkningar och diarré i bostadsområdet Gransäter. Smittan har framför allt spridits bland de nyanlända familjerna i området, som ofta bor många i samma lägenhet.\n\nTvätta händerna med tvål och vatten, särskilt före måltider och efter toalettbesök. Stanna hemma tills du har varit symtomfri i 48 timmar. Ring 1177 om du behöver råd.\n\nVi återkommer med en lägesbild tisdag 1 december.\n\nMiljö- och hälsoskyddsenheten, Granhammars kommun, 0340-77 20 00",
  ),
  s.bad(
    "en",
    "correction",
    'people sharing a rumour attacked as "cranks"',
    IMPARTIAL,
    RF,
    "Marrang Dam is safe",
    "Marrang Dam is structurally sound and is not at risk of failing. Our engineers inspected the dam wall on Friday 4 December 2026 and found no cracking and no seepage beyond normal levels. The video being shared online shows a spillway release, which is routine when the lake is full.\n\nThe people pushing this scare are the same handful of anti-council cranks who spread nonsense every time it rains, and frankly they should be ashamed of frightening elderly residents.\n\nYou can read the inspection report at marrang.nsw.gov.au/dam or call us on 02 5550 3100.\n\nMarrang Shire Council, Saturday 5 December 2026",
  ),
  s.bad(
    "sv",
    "social",
    "the governing parties credited and the opposition named",
    IMPARTIAL,
    RF,
    undefined,
    "Goda nyheter! Vattenverket i Åby är tillbaka i full drift efter översvämningen och bevattningsförbudet hävs från i dag, fredag 4 september 2026. Att reservkraften fanns på plats är resultatet av att S och C i majoriteten drev igenom investeringen – trots att oppositionen röstade nej. Spara gärna på vattnet även framöver. Frågor? Ring 0411-55 70 00. /Sjöbacka kommun",
  ),
  s.bad(
    "en",
    "bulletin",
    "a bottled-water brand recommended by name",
    IMPARTIAL,
    RF,
    "Boil water notice continues – Kōtuku Bay",
    "Update 9am, Thursday 12 November 2026\n\nThe boil water notice for the Kōtuku Bay supply is still in place. Tuesday's samples were clear; we need two more clear days before the notice can be lifted.\n\nKeep boiling all water used for drinking, preparing food, brushing teeth and making ice. If you prefer bottled water, we recommend Tui Springs, which is the best-tasting and most reliable brand available locally.\n\nA free water tanker is at the Kōtuku Bay Hall car park, 2 Beach Road, from 8am to 6pm daily. Bring your own containers.\n\nNext update 4pm Friday 13 November.\n\nKarewa District Council, 0800 555 014",
  ),
  s.bad(
    "en",
    "bulletin",
    'shortage blamed on a "selfish minority" of one suburb',
    IMPARTIAL,
    RF,
    "Level 4 water restrictions – Port Alcott",
    "Port Alcott's reservoirs dropped to 22 per cent overnight because a selfish minority of residents on the Heights kept their sprinklers running in breach of the hose ban.\n\nFrom 12 noon today, Wednesday 9 December 2026, Level 4 restrictions apply across the district: water is for drinking, cooking, washing and toilets only. No hoses, sprinklers, car washing or pool filling.\n\nPlease report leaks on 0800 555 302. We will review the restrictions and post an update on Friday 11 December at 10am.\n\nPort Alcott District Council",
  ),

  // ---------------------------------------------------------------- audienceAdapted (7)
  s.bad(
    "sv",
    "bulletin",
    "legal-notice Swedish: one long passive sentence with unexplained terms",
    ADAPTED,
    KLAR,
    "Information avseende beslut om kokningsrekommendation",
    "Med anledning av att förekomst av koliforma bakterier vid provtagning genomförd den 12 oktober 2026 konstaterats i distributionsanläggningen tillhörande Rydsåsa vattenverk har beslut fattats om att kokningsrekommendation ska gälla för samtliga abonnenter anslutna till nämnda anläggning, varvid det åligger fastighetsägare att tillse att information härom tillhandahålls eventuella hyresgäster, samt att vatten avsett för förtäring eller livsmedelshantering dessförinnan ska kokas. Rekommendationen kvarstår till dess att två på varandra följande provtagningar utvisat tjänligt vatten. Ytterligare information lämnas onsdag 14 oktober kl. 12.\n\nVA-enheten, Älvmora kommun, 0380-55 60 00",
  ),
  s.bad(
    "en",
    "sms",
    "sms of abbreviations and acronyms",
    ADAPTED,
    PLAIN,
    undefined,
    "KDC ALERT 3/12 0650: BWN in effect Kotuku Bay supply, pls boil h2o 1min b4 drinking/cooking/teeth/ice. Tanker @ hall 8-6 BYO cntnrs. Vuln ppl use boiled/bottled only. Upd 4pm FB/web. 0800555014",
  ),
  s.bad(
    "sv",
    "bulletin",
    "power-grid jargon the public cannot follow",
    ADAPTED,
    KLAR,
    "Risk för manuell förbrukningsfrånkoppling i vinter",
    "Torsdag 3 december 2026\n\nSvenska kraftnät har aviserat ansträngd effektbalans i elområde 3 under höglasttimmar. Vid otillräcklig effektreserv kan MFK aktiveras, varvid nätägarna frånkopplar lågprioriterade uttagspunkter enligt Styrel-prioriteringen på region- och lokalnätsnivå. Prioriterade samhällsviktiga elanvändare i kommunen har inventerats och reservkraft i form av fasta och mobila aggregat har säkerställts för prio 1–3.\n\nHa ficklampa, batteriradio och extra filtar hemma.\n\nVi uppdaterar här måndag 7 december.\n\nKommunledningskontoret, Sjöbacka kommun, 0411-55 70 00",
  ),
  s.bad(
    "en",
    "bulletin",
    "the life-safety action buried in the last sentence",
    ADAPTED,
    PLAIN,
    "Update on the Kaiwhero Road factory fire",
    "Update 1pm, Tuesday 8 December 2026\n\nFire crews were called to the Kaiwhero Road paint and solvent factory at 10.40am today. The fire started in a storage shed at the rear of the site and spread to part of the main warehouse. Eight fire trucks, two aerial appliances and a hazardous materials unit are at the scene, with crews from Port Alcott, Tōtara Heights and Ngaio. The factory has operated on the site since 1987 and employs about 60 people, all of whom are accounted for. Kaiwhero Road is closed between Miro Street and the roundabout, and buses on routes 4 and 7 are diverted via Ngaio Road. Council staff are monitoring the stormwater drains near the site. The next update will be at 4pm. Residents of Tōtara Heights and Miro Street must stay indoors with windows and doors closed and air conditioning turned off until further notice because the smoke contains toxic fumes.\n\nPort Alcott Civil Defence, 0800 555 302",
  ),
  s.bad(
    "en",
    "bulletin",
    "emergency-management acronyms never written out",
    ADAPTED,
    PLAIN,
    "Waimoa CDEM update 3",
    "Update 6pm, Sunday 6 December 2026\n\nThe Waimoa ECC remains activated following the SOLE declared at 2.30pm. The LC has requested NEMA support and the PIM team is coordinating with FENZ, Hato Hone and the DHB. BWNs are now in place for the Rakau and Upper Waimoa WTPs. RFAs can be logged via EMIS or the 0800 line. CDCs are open at the Rakau and Tawa Street sites.\n\nDo not drive through floodwater.\n\nNext update 9am Monday.\n\nWaimoa Civil Defence, 0800 555 616",
  ),
  s.bad(
    "sv",
    "sms",
    "sms full of abbreviations and over one segment",
    ADAPTED,
    KLAR,
    undefined,
    "Tallnäs kn inf. 4/11: P.g.a. ledningsbrott på Storg. är vattnet avst. fr.o.m. kl 08 t.o.m. ca kl 16 för fast. på Storg. 1-35, Bryggareg. o Kyrkv. Nödv. finns vid Kyrkv. 2 (fd Konsum). Spola kallv. efteråt om missf. Mer info tallnas.se el. 0512-384000",
  ),
  s.bad(
    "en",
    "social",
    "jokes and idioms in a flood notice",
    ADAPTED,
    PLAIN,
    undefined,
    "Well, Mother Nature has thrown the kitchen sink at us again 🙃 Looks like the Wattle River fancied a stroll down Ferry Road overnight, so the road is shut between Jubilee St and the bridge until it sobers up. If you were planning a dip in your ute – don't! Seriously though, never drive through floodwater. Next update 10am. – Marrang Shire Council, Sat 28 Nov 2026",
  ),
];
