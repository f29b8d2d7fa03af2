import { CERC, IMPARTIAL, KRIS, MSB, OPEN, RF } from "./guidance.js";
import { evalSet, perLanguage } from "./build.js";
import type { EvalMessage } from "./types.js";

/**
 * impart3: an evaluation set on impartiality and openness, written 2026-12-07 by an independent author who read only
 * types.ts, build.ts, guidance.ts, the first 110 lines of blind50.ts (for the file format), shared/DESIGN.md and the
 * list of source URLs already used. The author did not read the checklist rules, its lexicons, the eval README,
 * SPEC.md or any other eval set (impart1 and impart2 were written at the same time and were not opened), and never
 * ran the checklist or any test on these messages.
 *
 * 12 real messages (6 Swedish, 6 English) and 40 flawed ones (20 Swedish, 20 English).
 *
 * The real side is published authority text, copied unchanged from stored copies of the pages (found with the
 * "pages" search corpus); whole sentences or page furniture (archive notes, image captions, rating buttons, text cut
 * off in the stored copy) are left out where the source string says so, nothing is reworded (only the indentation
 * before list bullets is dropped). They were chosen to be
 * hard for an impartiality/openness check: Hudiksvall's chair of the municipal executive board (named, party not
 * given) calling the crisis management committee; Nordanstig reporting a teacher to the police and its head of
 * education declining to go into the content ("Nu är det polisens sak"); two Eslöv pages and a Bollebygd notice that
 * refuse to say where covid cases are, giving the Public Access and Secrecy Act and patient privacy as the reason;
 * Stockholm on help for homeless people and "utsatta EU-medborgare" in the cold; Hounslow's heatwave advice naming
 * homeless people, older people and babies as at risk and quoting a named councillor; a Horowhenua (NZ) council note
 * after an alleged assault, with the mayor quoted and a police investigation under way; the Environment Secretary's
 * flood statement (a named minister, the Prime Minister chairing Cobr); a parish council relaying Cotswold District
 * Council, whose leader calls on Thames Water (a named company) to do more; Leicestershire's flood partnership saying
 * it is too early to say what caused record river levels; and a PSNI release on a man charged with riot and arson.
 *
 * Each flawed message is invented and written to be an otherwise competent crisis message (sender, date unless sms or
 * social, what happened, what to do, where to read more, the next update) with ONE flaw, four per kind, two Swedish
 * and two English each:
 *  1 blame (residents who did not clear drains, a named digging contractor, the county highways team, residents with
 *    garden bonfires) - impartial;
 *  2 partisan credit (the ruling majority praised and the opposition's vote held against it, twice; a named chair of
 *    the municipal board and a named mayor praised) - impartial;
 *  3 self-praise or defensiveness (a crisis organisation and a water company congratulating themselves, a correction
 *    and a faq denying all responsibility and hitting back at critics) - impartial;
 *  4 stigmatising labels (measles pinned on "invandrartäta" blocks and on Traveller families, influenza pinned on
 *    residents with intellectual disability, "drunks and junkies" kept out of a warming centre) - impartial;
 *  5 mockery and flippancy (emoji jokes about callers, twice; a sarcastic faq answer; a joke about a flooded path) -
 *    impartial;
 *  6 alarmist wording beyond the facts (a yellow wind warning called a catastrophe storm in capitals, a water-saving
 *    sms in panic capitals, a "terrifying toxic cloud", a flood alert called the worst disaster ever) - impartial;
 *  7 refusal without a reason (no comment on a care-home fire or a school lockdown, a correction that will not say
 *    what happened, "no further information" on a reservoir incident) - open;
 *  8 hiding what is not known (a contamination said to be under full control with no word on the unknown source, an
 *    incident "hanterad" and an issue "dealt with" without saying what it was, a cause stated as certain while the
 *    fire investigation continues - the last also factual) - open;
 *  9 dodged questions (a "komplex fråga" that refers back to earlier information, "som vi tidigare har kommunicerat",
 *    "as previously communicated", "it's complicated") - open;
 * 10 information held back for the sender's convenience (until the office opens on Monday and until after a cabinet
 *    meeting - both also fast; an address list only for those who e-mail; results only for accredited media) - open.
 * mustFlag is one principle except where noted. Places, organisations, people, addresses, web addresses and
 * telephone numbers in the flawed messages are invented.
 */
const { real, bad } = evalSet("", perLanguage("goodi3", "badi3"));

export const GOOD_IMPART3: EvalMessage[] = [
  real(
    "sv",
    "bulletin",
    "Krisledningsnämnden inkallad",
    "Kommunstyrelsens ordförande Mikael Löthstam har beslutat att på måndag sammankalla krisledningsnämnden, med anledning av corona-pandemin.\n- Anledningen är att vi genom krisledningsnämnden får möjlighet att fatta snabbare beslut, samordna kommunens verksamheter och prioritera resurser i ett läge där det kan uppstå brist, säger Mikael Löthstam.\n\nKrisledningsnämndens roll är att fatta beslut av övergripande och strategisk karaktär. Däremot övertar krisledningsnämnden inte myndighetsutövning från övriga nämnder. Krisledningsnämnden kommer att vara i funktion tills vi återgår till ett någorlunda normalt läge.",
    "https://www.hudiksvall.se/Arkiv/Nyheter/Nyheter-2020/2020-03-20-Krisledningsnamnden---inkallad.html (Hudiksvalls kommun, 2020-03-20)",
  ),
  real(
    "sv",
    "bulletin",
    "Kommunen polisanmäler kränkningar",
    "Efter nya uppgifter som framkommit om misstänkta kränkningar över nätet har skolan på onsdagen lämnat in en polisanmälan.\n\nDen utredning som startades i måndags efter uppgifter om att en skolanställd skulle ha skickat uttalanden av sexuell karaktär till högstadieelever är nu klar. I den har nya uppgifter framkommit som gjort att kommunen valt att göra en polisanmälan.\n\nEnligt utbildningschef Thomas Larsson råder inga tvivel om att meddelandena som skickats via sociala medier har gått över gränsen för vad som är acceptabelt mellan skolanställd och elev.\n\nMedarbetaren tagen ur tjänst\n\n– Yrkesetiskt är uppgifterna graverande. Nu är det upp till polisen att också värdera dem ur ett rättsligt perspektiv, säger Thomas Larsson.\n\nEfter de nya uppgifterna togs den skolanställda personen ur tjänst under tisdagen. De aktuella eleverna har erbjudits stöd från barn- och elevhälsan.\n\n– Jag går inte in på vad uppgifterna innehåller. Nu är det polisens sak att utreda om det som skett är brottsligt.\n\nInformationen om att några högstadieelever mottagit meddelandena kom till skolledningen i måndags. Omedelbart startades en kränkningsutredning och ett personalärende i enlighet med utbildningsverksamhetens rutiner.\n\nBeslut på goda grunder\n\nAtt skolan valde att avvakta med polisanmälan förklarar Thomas Larsson med att det kan vara svårt att dra gränsen mellan vad som är olämpligt och vad som är brottsligt. En polisanmälan mot en medarbetare måste ske på mycket goda grunder, betonar han.\n\n– Därför var det viktigt att först samla på sig mer information och det har vi gjort snabbt. I delen som rör misstankarna om kränkningar var våra insatser omedelbara.\n\nI avvaktan på polisutredningen hanteras ärendet fortsatt enligt kommunens rutiner för kränkning och för personalärenden.",
    "https://nordanstig.se/ovrigt/arkiv/nyhetsarkiv/nyhetsarkiv-2021/2021/2021-06-23-kommunen-polisanmaler-krankningar.html (Nordanstigs kommun, 2021-06-23)",
  ),
  real(
    "sv",
    "faq",
    "Frågor och svar om sekretess kring smittade personer",
    "Vi får en del frågor om smittade personer och sekretess. Här hittar du svar på de vanligaste frågorna.\n\nVarför berättar ni inte vilket vård- och omsorgsboende det finns smitta på?\n\n• Det är smittskyddet på Region Skåne som ansvarar för informationen om smittsamma sjukdomar.\n• Smittade eller misstänkt smittade invånare omfattas av sekretess enligt bestämmelser i offentlighets- och sekretesslagen, det gäller vid alla sjukdomar. Sekretessen omfattar inte bara uppgifter om sjukdomstillstånd, utan även uppgifter om personliga förhållanden som till exempel bostadsort eller arbetsplats.\n• Eslövs kommun har inte rätt att lämna ut uppgifter om anställda, elever, brukare eller andra som eventuellt är smittade.\n• Våra invånare ska alltid kunna känna stort förtroende för vården och den kommunala omsorgen – därför är sekretessen viktig.\n\nVem får veta?\n\n• Det är bara den som behöver informationen som får veta.\n• Om du testats positivt för en smittsam sjukdom är det din läkare som berättar det.\n• Eslövs kommun får inte kännedom om smittade eller misstänkt smittade från Region Skåne, om det inte finns behov för någon del av verksamheten att agera på ett särskilt sätt. Även då gäller sekretess.\n• Smittan finns nu i hela samhället, det vet vi redan. Mer information än så behöver vi inte ha för det vi alla måste göra: hålla avstånd, tvätta händerna noga och stanna hemma när vi är sjuka.\n\nVad händer om jag bryter mot sekretessen?\n\n• Den som bryter mot sekretessen riskerar att göra stor skada.\n• Att bryta mot sekretessen är straffbart.",
    "https://eslov.se/nyheter/fragor-och-svar-om-sekretess-kring-smittade-personer/ (Eslövs kommun, 2020, undated news page; the note 'Nyheten är mer än 60 dagar gammal' and the last question, cut off in the stored copy, left out)",
  ),
  real(
    "sv",
    "bulletin",
    "Fåtal fall av konstaterad smitta på våra vård- och omsorgsboenden",
    "Det finns ett fåtal fall av konstaterad smitta av covid-19 på vård- och omsorgsboenden i Eslövs kommun. Det råder strikt patientsekretess kring covid-19, precis som kring alla andra sjukdomar. Därför svarar vi inte på frågor om enskildas hälsotillstånd och berättar i nuläget inte på vilka boenden de smittade finns.\n\n– Då det dessbättre endast finns ett fåtal med konstaterad smitta inom kommunens vård- och omsorgsboenden, kan vi inte riskera patientsekretessen genom att exakt berätta var de finns. Däremot får övriga brukare och anhöriga information om smitta konstateras på ett boende, säger Josef Johansson, förvaltningschef för Vård och Omsorg.\n\nMisstänkta fall isoleras omedelbart\n\nEtt större antal brukare har testats och de allra flesta har dessbättre varit negativa.\n\n– Om en brukare uppvisar symtom för covid-19 isoleras personen omedelbart i väntan på läkarbedömning och provtagning. Personalen använder skyddsutrustning enligt våra vårdhygiensrutiner. Vi har i nuläget ingen brist på skyddsutrustning, säger Josef Johansson.\n\nStrikt sekretess\n\nDet är smittskyddet på Region Skåne som ansvarar för informationen om smittsamma sjukdomar och har den totala bilden av antalet konstaterat smittade.\n\nEslövs kommun får inte kännedom om smittade eller misstänkt smittade utanför den egna verksamheten.\n\nFärre än tio konstaterade fall i hela kommunen\n\nRegion Skåne redovisar dagligen siffror för varje kommun men först när fler än tio fall bekräftats via provtagning. Eslövs kommun har hittills inte särredovisats och det innebär att vi har färre är tio fall totalt i kommunen.",
    "https://eslov.se/nyheter/fatal-fall-av-konstaterad-smitta-pa-vard-och-omsorgsboenden-i-eslovs-kommun/ (Eslövs kommun, spring 2020, undated news page; the note 'Nyheten är mer än 60 dagar gammal', the closing link texts and the translation widget left out)",
  ),
  real(
    "sv",
    "bulletin",
    "Bollebygds kommun lämnar inte ut information om smittade",
    "Så här hanterar Bollebygds kommun sekretess och personlig integritet i samband med covid-19\n\nInom Bollebygds kommun värnar vi om patientsekretessen för våra patienter inom hemsjukvården. Lika viktig för oss är den personliga integriteten för alla; brukare, patienter, elever, barn och medarbetare inom kommunens samtliga ansvarsområden.\n\nDå Bollebygds kommun är liten kommun i detta avseende finns det en uppenbar risk att identiteten på en smittad person röjs. Mot bakgrund av detta kommer kommunen inte att lämna ut information om eventuella personer som är smittade med covid-19 inom våra verksamheter, oavsett verksamhetsområde. Endast de som är direkt berörda och som behöver informationen är de som kommer att få del av den. Är du direkt berörd kan du känna dig trygg med att du har den information du behöver. Alla andra ber vi att inte ställa frågor kring eventuell smitta till våra medarbetare.\n\nDu kan vara trygg i att kommunen gör vad vi kan för att förhindra smittspridning. Alla fortsätter att arbeta och gå i skolan om de är friska. Alla är uppmanade att stanna hemma vid lindriga symtom och får inte återgå i arbete eller skola förrän efter två symtomfria dagar.\n\nVi vill även passa på att påminna alla att vara källkritiska och att inte dela tvivelaktig information eller rykten. Vi måste alla hjälpas åt att minska både smittspridningen och oron kring den. Tack för att du hjälper till.",
    "https://bollebygd.se/kommunochpolitik/nyheter/kommunochpolitik/bollebygdskommunlamnarinteutinformationomsmittade.5.4529d376171ac1e32816c4c0.html (Bollebygds kommun, 2020-05-04)",
  ),
  real(
    "sv",
    "bulletin",
    "Så hjälper staden akut hemlösa vid kyla",
    "När kylan slår till behöver akut hemlösa i större utsträckning tak över huvudet under nätterna. För stadens invånare finns en så kallade tak-över-huvud-garanti som personer med sin hemvist i Stockholm kan nyttja.\n\nTak-över-huvud-garanti\n\nHemlösa personer som har sin hemvist i Stockholm och som är hänvisade till akuta boendelösningar samt inte själva kan ordna nattlogi omfattas av tak-över-huvud-garantin. I första hand kontaktar man sin stadsdelsförvaltning.\n\nOm en akut situation uppstår efter kontorstid kan den enskilde vända sig till Hemlöshetsmottagningen som då fungerar som det yttersta skyddsnätet. Kontakt kan ske fram till klockan 24.00.\n\nUppsökande verksamheter\n\nStadens uppsökare arbetar med att nå hemlösa som av olika skäl inte själva söker stöd och hjälp. Uppsökarna rör sig i miljöer där utsatta personer vistas och motiverar dem att kontakta samhällets hjälpsystem.\n\nNattlogi för utsatta EU-medborgare\n\nStaden erbjuder härbärgesplatser för EU- och tredjelandsmedborgare som befinner sig i en utsatt situation. Totalt finns 115 platser, vara 20 är särskilt avsedda för kvinnor. Inskrivning till härbärgesplatserna sker i Korskyrkan, Birger Jarslgatan 66 på vardagar mellan klockan 10.00-11.30.\n\nVid särskilt ansträngda väderförhållanden öppnas ytterligare platser där utsatta EU-medborgare kan söka skydd från för natten. Information om när och var ytterligare platser öppnas lämnas av Kontaktcenter på 08 – 508 11 509, Socialjourens EU-team, eller via frivilligorganisationerna som staden samarbetar med: Convictus, Frälsningsarmén, Ny Gemenskap, samt Stockholms Stadsmission.\n\nFöreningarna ingår i en samverkansform som kallas för idéburet offentligt partnerskap. Från Stockholms stad medverkar EU-teamet och socialjouren. Staden bidrar även med ekonomiska resurser i partnerskapet.",
    "https://start.stockholm/aktuellt/november/sa-hjalper-staden-akut-hemlosa-vid-kyla/ (Stockholms stad, a November news item, year not given; the closing section on Socialjouren, cut off in the stored copy, left out)",
  ),
  real(
    "en",
    "bulletin",
    "The heatwave is here, but don’t forget to keep cool",
    "Most people will be looking forward to this week’s mini heatwave where temperatures are likely to get into the low 30s.\n\nPublished: Wednesday, 24th July 2019\n\nBut do spare a thought for the groups of people who dread it and are likely to suffer from it.\n\nThe most obvious are older people and those who have a pre-existing medical condition or those who are homeless.  Anyone living at the top of high rise buildings may also suffer, but  babies and young children are also particularly vulnerable.\n\nThe Met Office has already issued a level 3 heat health alert which means there is a 90% probability of heatwave conditions in London and the South East.  Potentially, it could be the hottest period of the summer so far.\n\nCllr Candice Atterton, Council Member for Adults, Social Care and Health at Hounslow Council said: “Here at the council, we are encouraging all residents not only to be mindful themselves, but to check up on their neighbours to make sure they are coping in the extreme heat.  It’s also important to keep a closer eye on children and babies.”\n\nTop ten tips for staying safe in the extreme heat:\n\n• Keep out of the sun between 11am and 3pm\n• Avoid extreme physical exertion\n• When travelling ensure you take water with you\n• Look out for isolated, older people making sure they can keep cool\n• Ensure children or older people and your pets are not left alone in stationary cars\n• Open windows at night if it feels cooler outside\n• Seek medical advice if suffering from a long-term medical condition\n• If you have to go out in the heat, wear UV sunglasses to reduce UV exposure\n• Check out the NHS\n• Or the Met Office: for more detail",
    "https://www.hounslow.gov.uk/news/article/826/the_heatwave_is_here_but_don_t_forget_to_keep_cool (London Borough of Hounslow, 2019-07-24; an image caption and the page's rating button left out, link targets lost in the stored copy)",
  ),
  real(
    "en",
    "bulletin",
    "Incident At Civic Building Foyer This Morning",
    "Following an alleged assault at the Civic Building this morning the building will be closed to public for the remainder of the day.\n\nPolice and St Johns staff attended the scene and assessed a Council Officer whose injuries did not require hospital care. Police are now undertaking a full investigation.\n\nMayor Bernie Wanden says, “First and foremost my thoughts and concerns are with the impacted officer and those who witnessed the incident. I would like to thank those who acted quickly to support those involved, including local Police and St Johns Ambulance staff.”\n\nMayor Bernie continued, “Some Council staff are understandably shaken, and to them I say, please take care of yourself and one another during this time. If you feel you may need further support, please reach out.”\n\nWe ask our community for your patience, as call wait times may be longer than normal given we are a few people down today. The Civic Building will re-open to public tomorrow morning with heightened security protocols.",
    "https://www.scoop.co.nz/stories/AK2204/S00097/incident-at-civic-building-foyer-this-morning.htm (Horowhenua District Council press release via Scoop, April 2022)",
  ),
  real(
    "en",
    "bulletin",
    "Update on flooding - Sunday 27 December morning",
    "Statement from Environment Secretary Elizabeth Truss on flooding in the north of England\n\nEnvironment Secretary Elizabeth Truss said:\nMy thoughts are with the thousands of families affected by the significant flooding we have seen over large parts of Northern England.\nIn many areas, the impact of further heavy rain falling on already saturated ground is unprecedented, with record river levels across Lancashire and Yorkshire causing flooding in upwards of 3,500 properties and the evacuation of hundreds of homes. As a result there is disruption in many areas, including homes without power.\nOur priority remains protecting people and restoring services and the Environment Agency, emergency services and the military have once again been working through the night and this vital work continues today.\nTemporary defences, pumps, additional staff and troops were deployed across the region on Christmas Day to help prepare communities and where possible to reduce the impact.\nWe are closely monitoring this fast-moving situation to ensure all available resources are being provided to the region and the Prime Minister will chair a meeting of Cobr to ensure that across government all necessary support is made available.\nI am in Yorkshire and Lancashire today to see first hand the impact of these floods on businesses and homeowners and to ensure the focus remains helping those affected get back to normal as soon as possible.\nWhile the worst of the rainfall has passed for now, the potential for further flooding is very real while rivers continue to respond.\nThis morning 31 severe warnings remain in place and the Environment Agency is continues to warn communities across the north of England to check their flood risk and be cautious if travelling.",
    "https://gov.uk/government/news/update-on-flooding-sunday-27-december-morning (Department for Environment, Food & Rural Affairs, GOV.UK, 2015-12-27; the archive note 'This news item is not being updated…' left out)",
  ),
  real(
    "en",
    "bulletin",
    "Flooding, snow and ice affect parts of the Cotswolds",
    "Info from Cotswold District Council\n\nWaste collections in the Rissingtons area of the North Cotswolds have had to be suspended today with two waste collection vehicles skidding on icy roads and needing recovery.  Whilst main roads have been gritted residential areas remain icy and dangerous.  Residents whose waste is missed today should leave it out and crews will return tomorrow afternoon to collect waste, if conditions allow.\n\nThe collection of Food waste in the Fairford and Lechlade areas today is unaffected.\n\nOvernight flood affected areas in Cirencester, Siddington and South Cerney have largely seen water levels stabilise or reduce slightly.  Some areas remain at risk however and the Council is working with its contractor Ubico to support residents with sandbagging and pumping water.\n\n Leader of the Council Joe Harris said “We are doing what we can to help but a major issue is the inundation of sewer systems which has caused sewage to flood homes and gardens and many homes to be left without flushing toilets.  We have called on Thames Water to provide more support to residents who are severely affected and look at ways in which capacity can be created within the sewer systems so toilet facilities can be reinstated.  Anyone concerned about sewage coming back up through toilets, sink and showers should look at advice on the councils website”.\n\nCouncillor Harris also stressed the importance of taking care in the recovery and clean up of property flooding “We would urge residents to contact their insurance companies as soon as possible, they may want to assess the damage before you remove anything from your home and we advise that you take lots of photographs of the damage.  Please take care if there is still flood water in your property, once water levels stop rising you can contact our out of hours service if you need water pumping out.",
    "https://www.upperrissington-pc.gov.uk/flooding-snow-and-ice-affect-parts-of-the-cotswolds/ (Cotswold District Council information as posted by Upper Rissington Parish Council; undated, winter 2020–21; the rest of the page, cut off in the stored copy mid-sentence, left out)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    "River levels hit their highest point since records began during last week’s devastating floods, as the number of flood-hit homes nears 900.\nAgencies across Leicester, Leicestershire and Rutland continue to support residents and businesses affected by last week’s unprecedented floods after a month’s worth of rain fell in a couple of days.\nDavid Turnbull, the Environment Agency’s flood risk manager, said: “This has been a major event. Heavy rainfall and snow melt has meant that flows in our rivers and tributaries were similar to Storm Henk and several exceeded their highest recorded levels.\n“In some areas, the rainfall over 24 hours was more than double that seen during last year’s Storm Henk.\n“Flooding can be devastating for people. We’ll continue to work with our partners to help communities be more resilient to flood risk. Initial estimates show that our defences prevented flooding to over 2,000 properties.”\nIt’s too early to say what the exact reasons were. But we do know that we’ve seen levels of rainfall, snow melt and river flows like never before. This simply overwhelmed drainage, watercourses, and defences.\nFor some people it’s the second time their homes and businesses have flooded within a year. People are understandably angry and worried about the future. As a partnership, we’re continuing to support local residents, but more needs to be done to tackle this national issue.\nThis rainfall caused major flooding from the river network impacting so many communities across Leicester, Leicestershire and Rutland.\nSadly, it’s not possible to fully defend all households against events like this which are happening more frequently across the country. We must continue to work together to help reduce the impact of flooding. This includes people being aware and prepared for floods.\nPerson:Zafar Saleem, county council assistant chief executive and chair of the partnership recovery group",
    "https://leicestershire.gov.uk/news/new-stats-reveal-record-breaking-river-levels (Leicestershire County Council for the Leicester, Leicestershire and Rutland partnership, January 2025; the page title is not in the stored copy; the rest of the page, cut off mid-sentence, left out)",
  ),
  real(
    "en",
    "bulletin",
    "22-year-old man charged with 28 offences relating to south Belfast arson attacks and recent disorder",
    "A 22-year-old man arrested in Belfast on Monday, 19th August has been charged to court.\nThe charges relate to public disorder in the Broadway area of Belfast on Monday, 15th and Tuesday, 16th July and arson attacks on businesses and property in south Belfast on Saturday, 3rd August.\nHe has been charged with a total of 28 offences, including four counts of riot, four counts of arson and one count of arson with intent to endanger life.\nThe charges also include one count of attempted grievous bodily harm with intent, following an assault on a police officer.\nThe man is due to appear before Belfast Magistrates’ Court today, Tuesday, 20th August.\nAs is usual procedure, all charges will be reviewed by the Public Prosecution Service.",
    "https://www.psni.police.uk/latest-news/22-year-old-man-charged-28-offences-relating-south-belfast-arson-attacks-and-recent (Police Service of Northern Ireland, 2024-08-20; the repeated title, date and area line at the end of the stored copy left out)",
  ),
];

export const BAD_IMPART3: EvalMessage[] = [
  // 1. Blame
  bad(
    "sv",
    "bulletin",
    "residents blamed for flooded basements",
    IMPARTIAL,
    RF,
    "Skyfall i Östra Bäcklunda – det här gäller nu",
    "Håvesta kommun, 14 augusti 2026 kl. 10.30\n\nUnder natten föll över 80 millimeter regn på tre timmar över Östra Bäcklunda. Ett trettiotal källare på Ekvägen, Lärkstigen och Bäcklundavägen har fått in vatten. Ingen har skadats.\n\nTrots att vi år efter år har påmint villaägarna i området om att rensa sina dagvattenbrunnar och stuprörsutkastare har många uppenbarligen inte brytt sig, och det är en stor del av förklaringen till att vattnet blev stående i källarna i natt.\n\nDet här kan du göra nu:\n- Använd inte elektriska apparater eller uttag i en källare som har stått under vatten.\n- Fotografera skadorna och kontakta ditt försäkringsbolag innan du slänger något.\n- Sandsäckar finns att hämta vid Bäcklunda idrottsplats i dag kl. 11–19.\n\nMer information finns på havesta.se/skyfall och hos kommunens kontaktcenter, 0123-45 00 00. Nästa uppdatering kommer i dag kl. 16.00.",
  ),
  bad(
    "sv",
    "sms",
    "named contractor blamed",
    IMPARTIAL,
    RF,
    undefined,
    "Stensjö Vatten: Vattnet är avstängt i Lövnäs sedan kl. 09 i dag. Grävfirman Bergkvists Mark AB slet av huvudledningen vid Lövnäsvägen – ett rent slarvfel som aldrig borde ha hänt. Dricksvatten finns i tank vid Lövnäs skola. Ny info kl. 15 på stensjovatten.se",
  ),
  bad(
    "en",
    "bulletin",
    "another authority blamed",
    IMPARTIAL,
    CERC,
    "Flooding in Mill Lane and Brook Close – Saturday update",
    "Ashcombe District Council, Saturday 14 November 2026, 11am\n\nHeavy rain overnight flooded 17 homes on Mill Lane and Brook Close. Nobody was hurt, and the Fire and Rescue Service has finished pumping out the worst-affected properties.\n\nHad the County Council's highways team cleared the Mill Lane culvert when we asked them to back in October, these homes would have stayed dry.\n\nIf your home has flooded:\n- Do not switch on electrics that have been under water until an electrician has checked them.\n- Take photos of the damage and call your insurer before throwing anything away.\n- Free sandbags are available at Ashcombe Depot, Station Road, until 6pm today.\n\nIf you need somewhere to stay tonight, call our emergency line on 01632 960 400. More information at ashcombe.gov.uk/flooding. Our next update will be at 5pm today.",
  ),
  bad(
    "en",
    "social",
    "residents blamed for wildfire",
    IMPARTIAL,
    CERC,
    undefined,
    "The grass fire on Gorse Hill above Upper Marrow is now contained. Smoke is still drifting over the village, so please keep windows and doors shut until at least 6pm. Despite our repeated warnings about the dry weather, some residents on the Hillcrest estate carried on with garden bonfires this week – and this is the result. Please don't light any fires outdoors until further notice. More advice at marrowbyfire.gov.uk/wildfire. Next update here at 6pm. – Marrowby Fire & Rescue",
  ),
  // 2. Partisan credit
  bad(
    "sv",
    "bulletin",
    "ruling majority credited, opposition attacked",
    IMPARTIAL,
    RF,
    "Strömavbrott efter stormen – läget i Lindåsa söndag kväll",
    "Lindåsa kommun, söndag 22 november 2026 kl. 19.00\n\nOmkring 1 400 hushåll i Lindåsa, främst i Västra Bygden och runt Skarpsjön, saknar fortfarande ström efter stormen i natt. Elbolaget räknar med att de flesta har ström igen under måndagen.\n\nAlla kommunens äldreboenden har haft ström hela dygnet. Att reservkraften finns på plats är den styrande majoritetens förtjänst: det var M, KD och L som drev igenom satsningen i budgeten för 2024, medan Socialdemokraterna och Vänsterpartiet röstade emot.\n\nOm du är utan ström:\n- Värmestuga finns i Lindåsa sporthall, Idrottsvägen 4, öppen dygnet runt. Där kan du värma dig, ladda telefonen och få något varmt att dricka.\n- Använd aldrig gasolkök eller grill inomhus.\n- Hör av dig till grannar som bor ensamma eller är äldre.\n\nMer information finns på lindasa.se/storm och hos kontaktcenter, 0234-56 70 00 (öppet till kl. 22). Nästa lägesbild publiceras måndag kl. 08.00.",
  ),
  bad(
    "sv",
    "social",
    "named politician praised",
    IMPARTIAL,
    RF,
    undefined,
    "Ekbacka kommun: SMHI varnar för höga temperaturer, upp mot 32 grader, till och med fredag. Från i dag finns svalrum på Ekbacka bibliotek och i Folkets hus, öppna kl. 10–20. Drick mycket vatten, håll dig i skuggan mitt på dagen och ring gärna en äldre granne. Det är kommunstyrelsens ordförande Anna-Karin Holm (S) vi ska tacka för att svalrummen kom på plats så snabbt – hon har verkligen visat vad handlingskraft är. Mer på ekbacka.se/varme. Vi uppdaterar här i morgon kl. 9.",
  ),
  bad(
    "en",
    "bulletin",
    "party credited, opposition attacked",
    IMPARTIAL,
    CERC,
    "Water restrictions lifted in Port Aldwin",
    "Port Aldwin City Council, 2 September 2026\n\nFrom midnight tonight the Level 2 water restrictions are lifted across the city. Storage at Harlow Dam is back above 60% after last week's rain.\n\nThis is the direct result of the LNP administration's investment in the new Harlow pipeline – a project Labor councillors voted against every single time it came before council. Without that pipeline, the restrictions would still be in place today.\n\nWhat this means for you:\n- You can use sprinklers and hoses again, on any day of the week.\n- Please keep watering gardens in the early morning or evening, when less water evaporates.\n- The permanent water-wise rules still apply.\n\nFull details are at portaldwin.qld.gov.au/water or on 1300 555 781. We will review dam levels again on 1 October and publish the result that day.",
  ),
  bad(
    "en",
    "social",
    "mayor praised",
    IMPARTIAL,
    CERC,
    undefined,
    "Extreme cold warning tonight: temperatures down to -28°C with wind chill. Three extra warming centres open at 6pm – Eastbrook Library, Northgate Community Centre and St. Luke's Hall – and stay open until 8am. Cover exposed skin, limit time outdoors and check on your neighbours. Mayor Dana Whitfield once again showed the leadership this city deserves by personally securing the extra centres in record time – thank you, Mayor Whitfield! Locations and bus routes at eastbrook.ca/cold. Next update here at 4pm tomorrow. – City of Eastbrook",
  ),
  // 3. Self-praise or defensive tone
  bad(
    "sv",
    "bulletin",
    "self-congratulation",
    IMPARTIAL,
    MSB,
    "Vattnet tillbaka i Gråmyra centrum",
    "Gråmyra kommun, 3 februari 2026 kl. 13.15\n\nVattenläckan på Storgatan är lagad och sedan kl. 12 har alla fastigheter i centrum vatten igen. Läckan orsakades av en ledning som frös sönder under natten.\n\nVi vill passa på att säga att kommunens krisorganisation har gjort ett enastående jobb. Få kommuner i landet hade fått ordning på en läcka av den här storleken lika snabbt och proffsigt som vi.\n\nDet här behöver du göra:\n- Spola kallvatten i kökskranen i några minuter tills vattnet är klart.\n- Missfärgat vatten är ofarligt men kan missfärga tvätt, så vänta med tvättmaskinen tills vattnet är klart.\n\nFrågor besvaras av kundtjänst VA, 0345-12 34 00, och på gramyra.se/vatten. Vi återkommer med en slutrapport om läckan fredag 6 februari.",
  ),
  bad(
    "sv",
    "correction",
    "denies responsibility, hits back at critics",
    IMPARTIAL,
    RF,
    "Rättelse: felaktiga uppgifter om kokningsrekommendationen i Norra Björkfors",
    "Björkfors kommun, fredag 4 december 2026 kl. 11.00\n\nI sociala medier sprids uppgiften att kommunen kände till bakterierna i dricksvattnet i flera dagar innan vi gick ut med kokningsrekommendationen. Det stämmer inte. Bakterierna upptäcktes vid ett rutinprov som analyserades onsdag 2 december, och kokningsrekommendationen gick ut samma dag kl. 14.30.\n\nKommunen har inte gjort något fel i det här ärendet och har ingenting att be om ursäkt för. De som sprider motsatsen borde kanske fundera över vems ärenden de springer.\n\nKokningsrekommendationen gäller fortfarande: koka vattnet i minst en minut innan du dricker det eller använder det i mat. Nya provsvar väntas måndag 7 december. Läs mer på bjorkfors.se/vatten. Nästa uppdatering kommer måndag kl. 12.",
  ),
  bad(
    "en",
    "bulletin",
    "self-congratulation",
    IMPARTIAL,
    CERC,
    "Water supply restored in Ashby Moor",
    "Calderbrook Water, 21 January 2026, 4pm\n\nWater supply has been restored to all 2,300 homes in Ashby Moor after yesterday's burst main on Moor Road. Repairs were completed at 1pm and pressure is back to normal.\n\nWe want to say plainly that our response was outstanding. Our teams restored supply in record time – far faster than any other water company in the country would have managed in the same conditions.\n\nWhat to do now:\n- If your water looks cloudy or discoloured, run your cold kitchen tap for a few minutes until it clears.\n- The bottled water station at Ashby Moor Village Hall closes at 8pm tonight.\n- Customers on our Priority Services Register will get a call from us today.\n\nMore information at calderbrookwater.co.uk/ashbymoor or on 0800 555 0199. We will publish a final report on the cause of the burst by Friday 23 January.",
  ),
  bad(
    "en",
    "faq",
    "denies responsibility, attacks critics",
    IMPARTIAL,
    CERC,
    "Did the council do enough to prepare for Storm Ailsa?",
    "Thornhaven Borough Council, updated 9 October 2026\n\nYes. The council followed every procedure to the letter and bears no responsibility whatsoever for the damage. The claims being made by a handful of online critics are simply wrong and, frankly, irresponsible.\n\nStorm Ailsa brought gusts of more than 80 mph on Tuesday night. 42 trees came down on council land and six roads are still closed; the list is at thornhaven.gov.uk/roads.\n\nIf a council tree has damaged your property, report it at thornhaven.gov.uk/treedamage or call 01632 960 777. Please stay away from fallen trees and report any damaged power lines by calling 105. This page will be updated on Monday 12 October.",
  ),
  // 4. Stigmatising labels
  bad(
    "sv",
    "bulletin",
    "outbreak pinned on immigrant neighbourhood",
    IMPARTIAL,
    RF,
    "Mässling i Ramsnäs – så skyddar du dig och ditt barn",
    "Ramsnäs kommun och Smittskydd Region Mälarbacka, 18 mars 2026\n\nSedan förra veckan har sex personer i Ramsnäs fått mässling. Smittan har förts in av ovaccinerade familjer i de invandrartäta kvarteren kring Backatorget, och det är där den sprids nu.\n\nMässling smittar mycket lätt. Så gör du:\n- Kontrollera att du och dina barn har fått två doser vaccin mot mässling. Du ser vilka vaccinationer ni har fått på 1177.se.\n- Den som saknar vaccin kan vaccinera sig utan kostnad på Ramsnäs vårdcentral, vardagar kl. 8–16.\n- Får du feber, hosta och utslag: ring 1177 innan du söker vård, så att du inte smittar andra i väntrummet.\n\nMer information finns på ramsnas.se/massling. Vi uppdaterar läget torsdag 19 mars kl. 15.",
  ),
  bad(
    "sv",
    "faq",
    "people with intellectual disability blamed for infection",
    IMPARTIAL,
    RF,
    "Hur kom influensan in på Solgläntans boende?",
    "Stensjö kommun, vård och omsorg, uppdaterad 30 november 2026\n\nInfluensa bekräftades hos fyra boende på Solgläntan i fredags. Smittan kom med största sannolikhet in via LSS-boendet i samma hus, där de utvecklingsstörda brukarna inte klarar av att följa hygienrutinerna.\n\nVad gör ni nu? Alla boende har erbjudits antiviral behandling, personalen bär munskydd och visir, och de gemensamma måltiderna är tillfälligt inställda.\n\nKan jag hälsa på? Ja, men stanna hemma om du har minsta förkylningssymtom, och sprita händerna när du kommer och när du går.\n\nMer information finns på stensjo.se/solglantan och hos enhetschef Maria Lindqvist, 0456-78 90 12. Vi uppdaterar sidan onsdag 2 december.",
  ),
  bad(
    "en",
    "bulletin",
    "outbreak pinned on Traveller families",
    IMPARTIAL,
    CERC,
    "Measles cases in Ferrybridge",
    "Tullagh Public Health Unit, 4 May 2026\n\nFive cases of measles have been confirmed in the Ferrybridge area since 27 April. The outbreak was brought into the town by the Traveller families camped on the Ferry Road site, and most of the cases are among them.\n\nMeasles spreads very easily. Please:\n- Check that you and your children have had two doses of MMR vaccine. Your GP can tell you.\n- Free MMR catch-up clinics run at Ferrybridge Health Centre on Tuesdays and Thursdays, 2pm to 6pm.\n- If you have a fever, cough and rash, phone your GP before you go in, so you do not infect others in the waiting room.\n\nMore information at tullaghhealth.ie/measles. We will publish an update on Thursday 7 May.",
  ),
  bad(
    "en",
    "sms",
    "addiction and homelessness slur",
    IMPARTIAL,
    CERC,
    undefined,
    "Dunmore Council: Warming centre open tonight 6pm-8am at St Aidan's Hall, Church St. It is for local residents in genuine need - not for the usual drunks and junkies from the bus station. Info dunmore.gov.uk/cold. Next update 5pm tomorrow.",
  ),
  // 5. Mockery, sarcasm, emoji, flippancy
  bad(
    "sv",
    "social",
    "jokes about callers with emoji",
    IMPARTIAL,
    MSB,
    undefined,
    "Till alla er som ringer och undrar över snön: ja, den är vit, kall och ligger i vägen 😅❄️ Vi har fattat! Plogbilarna har varit ute sedan kl. 03 och tar huvudgator och bussgator först, sedan bostadsgator. Ställ inte bilen på gatan i dag, så går det fortare. Plogkartan finns på lindasa.se/sno. Ny info här kl. 15 🚜 /Lindåsa kommun",
  ),
  bad(
    "sv",
    "faq",
    "sarcastic faq answer",
    IMPARTIAL,
    MSB,
    "Varför har jag fortfarande ingen ström?",
    "Gråmyra Energi, uppdaterad 28 januari 2026 kl. 07.30\n\nBra fråga! Vi har helt enkelt bestämt oss för att ta en riktigt lång fikarast medan ni sitter och fryser. Nej, skämt åsido: stormen i tisdags fällde över 300 träd över våra ledningar, och våra montörer arbetar dygnet runt. Just nu är ungefär 900 kunder utan ström, främst i Norra Gråmyra och Tallbacken.\n\nAnvänd inte öppen eld inomhus och håll dig borta från nedfallna ledningar – ring 020-12 34 56 om du ser en. Avbrottskartan finns på gramyraenergi.se/avbrott. Nästa uppdatering kommer kl. 13.00.",
  ),
  bad(
    "en",
    "social",
    "mocking callers with emoji",
    IMPARTIAL,
    CERC,
    undefined,
    "Yes, the power is still out in Kelso Park and Redhill 🙃 And no, calling us 40 times an hour won't make it come back any quicker! Our crews are replacing a damaged transformer and expect to restore power by about 9pm. Keep fridge and freezer doors shut, and never run a generator indoors. Live map: northmoorpower.co.uk/outages. We'll post here again at 6pm. – Northmoor Power",
  ),
  bad(
    "en",
    "sms",
    "joke about flooding",
    IMPARTIAL,
    CERC,
    undefined,
    "Kenley Council: Good news for the ducks - Riverside Walk is now officially a lake! Path closed between Mill Bridge and the weir. Do not walk or drive through floodwater. Updates at kenley.gov.uk/flood, next at 4pm.",
  ),
  // 6. Alarmist wording
  bad(
    "sv",
    "bulletin",
    "alarmist wording and capitals",
    IMPARTIAL,
    KRIS,
    "KATASTROFSTORM PÅ VÄG – VAR BEREDD PÅ DET VÄRSTA",
    "Björkfors kommun, 16 oktober 2026 kl. 10.00\n\nSMHI har utfärdat en gul varning för vind i Björkfors från fredag kväll till lördag förmiddag, med byar på upp till 25 meter per sekund. Det här är ett monster till oväder som kan förvandla hela kommunen till ett kaos av nedblåsta träd och avslitna tak, och ingen vet hur illa det kan bli.\n\nSå förbereder du dig:\n- Säkra utemöbler, studsmattor och annat som kan blåsa i väg.\n- Ha ficklampa, batteriradio och laddade telefoner hemma.\n- Undvik skogsvägar och resor som inte är nödvändiga under natten.\n\nFölj SMHI:s varningar och bjorkfors.se/storm. Vi uppdaterar lördag kl. 08.00.",
  ),
  bad(
    "sv",
    "sms",
    "panic in capitals",
    IMPARTIAL,
    KRIS,
    undefined,
    "Ramsnäs kommun: AKUT LÄGE! Vattnet kan ta slut NÄR SOM HELST i hela Västra Ramsnäs. Förbrukningen är för hög efter värmen och nivån i vattentornet sjunker. Vattna inte, fyll inte pooler och duscha kort. Mer på ramsnas.se/vatten. Ny info i morgon kl. 10.",
  ),
  bad(
    "en",
    "bulletin",
    "alarmist wording beyond the facts",
    IMPARTIAL,
    CERC,
    "Fire at Bramley industrial estate – keep windows closed",
    "Bramley Borough Council with Westshire Fire and Rescue Service, 8 July 2026, 2:30pm\n\nA fire broke out this morning at a plastics recycling unit on Bramley Industrial Estate. A terrifying toxic cloud is now spreading over Bramley, and no one in its path can consider themselves safe.\n\nThe fire service has the fire under control, and air quality monitoring is under way. As a precaution, people in Bramley, Oakwood and Lower Fenby should:\n- keep windows and doors closed until at least 8pm,\n- bring pets indoors,\n- avoid the Station Road area, which is closed.\n\nIf you have breathing difficulties, call NHS 111, or 999 in an emergency. More information at bramley.gov.uk/fire. The next update will be at 6pm.",
  ),
  bad(
    "en",
    "social",
    "sensational capitals over a flood alert",
    IMPARTIAL,
    CERC,
    undefined,
    "CATASTROPHIC FLOODING IS ON ITS WAY. This could be the WORST disaster Westshire has ever seen!!! The Environment Agency has issued a flood alert for the River Welby from Ashford Mill to Halsey, with levels expected to peak on Saturday morning. Move valuables upstairs, keep cars out of low-lying car parks and sign up for free flood warnings at gov.uk/flood. Sandbags at Halsey Depot from 10am. Updates here at 8am tomorrow. – Westshire County Council",
  ),
  // 7. Refusal without a reason
  bad(
    "sv",
    "bulletin",
    "no comment without reason",
    OPEN,
    MSB,
    "Brand på Rönnbackens äldreboende",
    "Ekbacka kommun, 2 november 2026 kl. 15.40\n\nStrax efter kl. 11 i dag började det brinna på en av avdelningarna på Rönnbackens äldreboende. Alla 24 boende på avdelningen har flyttats till Ekgårdens korttidsboende, och ingen har förts till sjukhus.\n\nKommunen kommer inte att kommentera händelsen ytterligare.\n\nAnhöriga till boende på Rönnbacken kan ringa kommunens anhöriglinje, 0567-12 00 00, i dag fram till kl. 21. Besök på Ekgården går bra efter överenskommelse med personalen. Mer information finns på ekbacka.se/ronnbacken. Nästa uppdatering kommer tisdag kl. 10.",
  ),
  bad(
    "sv",
    "correction",
    "correction refuses to say what happened",
    OPEN,
    MSB,
    "Rättelse om händelsen på Lövnässkolan",
    "Stensjö kommun, 24 september 2026 kl. 12.00\n\nUppgifterna som sprids på sociala medier om att en elev ska ha blivit skjuten på Lövnässkolan i morse är felaktiga. Ingen elev eller personal har skadats.\n\nVad som faktiskt hände på skolan i morse, och varför den var utrymd i en timme, kommer vi inte att gå in på.\n\nUndervisningen pågår som vanligt i eftermiddag. Vårdnadshavare som har frågor kan ringa rektor Johan Berg på 0456-22 30 00. Mer information finns på stensjo.se/lovnasskolan. Nästa besked skickas till vårdnadshavare via Skolportalen i dag kl. 16.",
  ),
  bad(
    "en",
    "bulletin",
    "refuses to say what happened",
    OPEN,
    CERC,
    "Kingsmead Academy: lockdown lifted",
    "Eastvale Council Children's Services, 17 March 2026, 12:30pm\n\nThe lockdown at Kingsmead Academy, Grange Road, was lifted at 11:45am. All pupils and staff are safe and lessons have restarted.\n\nWe will not be commenting on what happened at the school this morning.\n\nParents and carers can collect children at the normal time of 3:15pm. Anyone who wants to collect their child early can do so at main reception with photo ID. Support is available for any pupil who is upset – please contact the school office on 01632 960 555. More information at eastvale.gov.uk/kingsmead. We will email parents with an update by 5pm today.",
  ),
  bad(
    "en",
    "correction",
    "no further information, no reason",
    OPEN,
    CERC,
    "Correction: Hollins Moor reservoir",
    "Greyfield District Council, 22 August 2026\n\nPosts circulating online say the reservoir at Hollins Moor has been poisoned and that tap water in Greyfield is unsafe. This is not true. Tap water across Greyfield is safe to drink, and Greyfield Water tested it again this morning.\n\nThe council will not be providing any further information about the incident at the reservoir.\n\nYou do not need to boil your water or buy bottled water. Please share only information from official sources. Our water quality results are published at greyfield.gov.uk/water. We will post a further update on Monday 24 August.",
  ),
  // 8. Hiding what is not known
  bad(
    "sv",
    "bulletin",
    "unknown source hidden behind reassurance",
    OPEN,
    MSB,
    "Kokningsrekommendation i Tallbacken",
    "Gråmyra kommun, 10 juni 2026 kl. 17.00\n\nVid provtagning i går hittades E. coli-bakterier i dricksvattnet i Tallbacken. Vi har full kontroll över situationen, och felet kommer att vara åtgärdat inom kort.\n\nTill dess ska du koka vattnet i minst en minut innan du dricker det, borstar tänderna med det eller använder det i mat. Det går bra att duscha och tvätta som vanligt.\n\nVattentank finns vid Tallbackens skola. Läs mer på gramyra.se/vatten eller ring kundtjänst VA, 0345-12 34 00. Nästa uppdatering kommer torsdag kl. 12.",
  ),
  bad(
    "sv",
    "sms",
    "'hanterad' without saying what happened",
    OPEN,
    MSB,
    undefined,
    "Håvesta kommun: Händelsen vid Norrbro reningsverk i natt är nu hanterad. Du kan använda vatten och avlopp som vanligt. Mer på havesta.se/norrbro. Nästa besked kl. 12.",
  ),
  bad(
    "en",
    "correction",
    "'dealt with' without saying what",
    OPEN,
    CERC,
    "Correction: Westgate pumping station",
    "Kilmory Water, 12 March 2026, 2:15pm\n\nEarlier today we posted that the Westgate pumping station had been shut down and that homes in Westgate and Millbrook might lose water pressure tonight. That was wrong: the station has not been shut down and supply to Westgate and Millbrook is normal.\n\nThere was an issue at the site this morning, and it has now been dealt with.\n\nYou do not need to store water or change how you use it. If your water is discoloured, run the cold kitchen tap for a few minutes. Call us on 0800 555 0142 or see kilmorywater.co.uk/westgate. We will post a final update at 6pm.",
  ),
  bad(
    "en",
    "faq",
    "cause stated as certain during investigation",
    ["open", "factual"],
    CERC,
    "What caused the fire at Calder Mill flats?",
    "Harrowden City Council, updated 26 November 2026, 10am\n\nThe fire on Tuesday night was caused by an e-bike battery that had been left charging in a third-floor flat. The fire service investigation is continuing.\n\nResidents of floors 1 and 2 can return home from 4pm today. Residents of floors 3 to 5 remain at the Pennine Hotel at the council's expense; our housing team will visit you there this afternoon.\n\nNever leave e-bikes or e-scooters charging overnight or while you are out, and keep them away from escape routes.\n\nMore information at harrowden.gov.uk/caldermill, or call 01632 960 321. This page will be updated on Friday 27 November.",
  ),
  // 9. Dodged questions
  bad(
    "sv",
    "faq",
    "faq question dodged as complex",
    OPEN,
    MSB,
    "Kan jag duscha när kokningsrekommendationen gäller?",
    "Björkfors kommun, uppdaterad 5 december 2026\n\nDet här är en komplex fråga som beror på många olika faktorer, och vi hänvisar till den information vi tidigare har gått ut med om kokningsrekommendationen.\n\nKokningsrekommendationen gäller fortfarande i Norra Björkfors. Koka vattnet i minst en minut innan du dricker det eller använder det i mat. Vattentank finns vid Norrskolan, Skolgatan 3. Läs mer på bjorkfors.se/vatten eller ring kontaktcenter, 0678-90 00 00. Sidan uppdateras måndag 7 december kl. 12.",
  ),
  bad(
    "sv",
    "social",
    "'som vi tidigare har kommunicerat' non-answer",
    OPEN,
    MSB,
    undefined,
    "Många av er har frågat varför utomhuslarmet (Hesa Fredrik) inte ljöd i Västra Ramsnäs när branden i hamnen bröt ut i tisdags. Som vi tidigare har kommunicerat följer kommunen och räddningstjänsten gällande rutiner. Röken har nu lagt sig och du kan vädra som vanligt igen. Undvik fortfarande hamnområdet, som är avspärrat till och med fredag. Mer om branden på ramsnas.se/hamnbranden. Vi uppdaterar här fredag kl. 10. /Ramsnäs kommun",
  ),
  bad(
    "en",
    "faq",
    "'as previously communicated' non-answer",
    OPEN,
    CERC,
    "When will my bin collection resume?",
    "Kenley Council, updated 3 December 2026\n\nAs previously communicated, collections will resume in due course.\n\nSnow and ice have made many side roads unsafe for bin lorries, and all rounds were suspended on Tuesday 1 December. Please keep your bins inside your property boundary until collections restart, so they do not block pavements for people with pushchairs or wheelchairs. Extra bags put out once collections restart will be taken free of charge.\n\nRoad conditions are updated at kenley.gov.uk/winter. This page will be updated on Friday 4 December at 10am.",
  ),
  bad(
    "en",
    "social",
    "question dodged as 'complicated'",
    OPEN,
    CERC,
    undefined,
    "Lots of you have asked why the evacuation alert for Riverside Park reached some phones almost three hours late on Sunday. Honestly, it's complicated, and right now we'd rather focus on the recovery. Riverside Park residents can now return home. Run your taps for two minutes before using the water and report damage on 01632 960 888. The recovery centre at Eastvale Leisure Centre is open 9am-7pm. More at eastvale.gov.uk/recovery. Next update here tomorrow at 9am. – Eastvale Council",
  ),
  // 10. Information held back for the sender's convenience
  bad(
    "sv",
    "bulletin",
    "details held until office hours",
    ["open", "fast"],
    MSB,
    "Oljeutsläpp i Skarpsjön – avrådan från bad",
    "Lindåsa kommun, fredag 17 juli 2026 kl. 18.30\n\nI eftermiddag upptäcktes ett oljeutsläpp i Skarpsjön vid Norra badplatsen. Räddningstjänsten har lagt ut länsor och sanerar stranden. Bada inte i Skarpsjön och låt inte hundar gå i vattnet.\n\nVilka andra badplatser och bryggor som omfattas av avrådan kan miljöförvaltningen svara på från måndag kl. 8, när kontoret öppnar.\n\nTa inte själv hand om oljeskadade fåglar – ring 112 om du ser ett djur som behöver hjälp. Mer information finns på lindasa.se/skarpsjon. Nästa uppdatering kommer måndag 20 juli kl. 10.",
  ),
  bad(
    "sv",
    "sms",
    "address list only for those who ask",
    OPEN,
    MSB,
    undefined,
    "Stensjö kommun: Vattnet stängs av i Västra Stensjö i dag kl. 9–15 efter ett ledningsbrott. Listan över berörda adresser skickas till den som mejlar vatten@stensjo.se. Vattentank vid Konsum, Västra vägen. Ny info kl. 15 på stensjo.se/vatten",
  ),
  bad(
    "en",
    "bulletin",
    "affected streets held until after cabinet meeting",
    ["open", "fast"],
    CERC,
    "Boil water notice in Marrowby town centre",
    "Marrowby County Council and Marrowby Water, Monday 9 February 2026, 3pm\n\nRoutine testing on Sunday found E. coli in the water supply serving parts of Marrowby town centre. Until further notice, people in the affected streets must boil tap water before drinking it, brushing their teeth with it or preparing food.\n\nThe list of affected streets has been drawn up and will be published after the council's cabinet meeting on Thursday.\n\nBottled water is available at Marrowby Market Hall from 4pm today. Boil water for one minute and let it cool before use. Questions: 0800 555 0166 or marrowby.gov.uk/water. We will give the next update on Thursday 12 February.",
  ),
  bad(
    "en",
    "bulletin",
    "results shared only with the press",
    OPEN,
    CERC,
    "Landfill fire at Coldridge: air quality",
    "Coldridge Borough Council, 30 June 2026\n\nThe fire at Coldridge Landfill, Quarry Lane, has been burning since Friday and firefighters expect to be on site for several more days. Smoke may drift over Coldridge and Elmstead depending on the wind.\n\nThe results of the air quality monitoring around the site have been shared with accredited media. They will not be published on this website.\n\nIf smoke is drifting towards your home, keep windows and doors closed. People with asthma or other lung conditions should carry their inhalers and call NHS 111 if their symptoms get worse. More information at coldridge.gov.uk/landfillfire. We will post the next update here on Wednesday 1 July at noon.",
  ),
];
