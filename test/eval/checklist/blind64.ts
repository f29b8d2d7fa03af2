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
 * Sixty-fourth blind set, written 2026-12-07 by an independent author who did not read the checklist rules, its
 * lexicons, the eval README, SPEC.md or any other blind set (only types.ts, guidance.ts, build.ts, the header and first
 * two items of blind50.ts for the format, shared/DESIGN.md, shared/research/checklist-rules.md and the list of source
 * URLs already used, so that no real message repeats). The author never ran the checklist on these messages.
 * HELD-OUT status is decided by the lead.
 *
 * 30 real messages (12 Swedish, 18 English). The Swedish side leans to länsstyrelser, Livsmedelsverket and
 * Östergötland/Småland: Länsstyrelsen Kalmar län and Vimmerby kommun on the 2019 and 2023 fire bans, Växjö kommun on
 * eased irrigation bans and a drought faq, Länsstyrelsen Jönköping on African swine fever, Hörby kommun lifting a bird
 * flu high-risk area, Polisen Östergötland evacuating Norrköping residents (as printed by Nyheter24), Region
 * Östergötland on 1177 and Länsstyrelsen Östergötland on covid-19, Livsmedelsverket's drought faq for private wells and
 * its 2020 press release on well water, and Söderköping's VA unit lifting a boil notice (as quoted by Folkbladet). The
 * English side is Irish and New Zealand: Uisce Éireann/Irish Water (a boil notice in Tipperary as printed by Tipp FM,
 * the 2018 national hosepipe ban), Irish councils (Cork County and Cork City before Storm Emma, Tipperary before Storm
 * Éowyn, Cork County after the Midleton floods, a Louth County Council post on sandbags), HSE Public Health Mid-West
 * (as printed by the Limerick Post), and New Zealand councils and civil defence (Carterton lifting and then keeping a
 * boil notice, Far North lifting one, Hawke's Bay Emergency Management twice, Nelson's restriction faq, New Plymouth's
 * restriction levels, Tasman's water shortage direction, Horowhenua after Cyclone Gabrielle, Waitomo's restriction
 * guide). Kinds: web bulletins, faq pages and a social post; whole sentences, paragraphs, image captions, page banners
 * and newspaper framing are left out where the source string says so; nothing is reworded. Many are ordinary and
 * imperfect: typos such as "Elningsförbudet", "Smittspringningen" and "fast bränslen", link text glued to the text
 * ("symptomlänk till annan webbplats"), a mojibake "NgÄ Tai Ora", a table lost from a Tasman notice, an
 * undated one-paragraph all-clear, a tweet with hashtags glued to the last place name.
 *
 * 50 flawed messages (22 Swedish, 28 English), each written to show one failure pattern and otherwise meant to look
 * competent (dated, signed, with an action and a next update unless that is the flaw). Scenarios lean to animal
 * disease (bird flu, African swine fever, bluetongue, bovine TB, equine influenza), food recalls and food-borne
 * outbreaks (listeria, salmonella, EHEC/VTEC, norovirus), infectious disease (measles, Legionnaires', cryptosporidium)
 * and drought restrictions, with some boil notices. Counted under the first principle: active 9 (bird flu zone or dead
 * swans with no advice, a recall with no consumer action, a school salmonella outbreak with no advice to families, a
 * myth-first correction in each language, a restriction level with no meaning, a Legionnaires' cluster with no advice),
 * open 9 (an irrigation ban and a fountain shutdown with no reason, "av flera olika skäl", "circumstances beyond our
 * control", dodged faq questions in each language, case numbers withheld, rules kept "as long as we consider it
 * necessary" in each language), factual 9 (a guessed cause, a Facebook group or video taken as fact, reassurance before
 * samples, rain and reservoir forecasts stated as certain, a guessed outbreak size, a contradiction, a named food source
 * before tests), fast 9 (relative times only in each language, news a week or five days late, "inom kort", "in due
 * course", advice held back for a weekend, information withheld until an investigation ends in each language),
 * impartial 7 (seasonal berry pickers, the Traveller community, party-political praise in each language, a named farm
 * blamed, a brand recommended, residents mocked) and audienceAdapted 7 (legalese in each language, utility and
 * medical jargon, an abbreviation-packed sms, an all-caps sms). Three items carry two principles: the Swedish and the
 * English outbreak held back until the investigation ends (fast, open) and the blamed farm (impartial, factual). Places,
 * organisations, people, web addresses and telephone numbers in the flawed messages are invented (Swedish numbers
 * from the ranges PTS sets aside for fiction, English ones in 555 ranges).
 */
const s = evalSet("blind64", perLanguage("good64", "bad64"));

export const GOOD_BLIND64: EvalMessage[] = [
  // ---- Swedish ----
  s.real(
    "sv",
    "bulletin",
    "Eldningsförbud införs i hela Kalmar län",
    "Från fredagen den 26 maj klockan 12.00 införs eldningsförbud i samtliga tolv kommuner i Kalmar län. Det är torrt i länet och under helgen blir det mycket höga brandriskvärden.\nEldningsförbudet gäller i skog och mark utanför sammanhållen bebyggelse. Förbudet omfattar aktiviteter som eldning, grillning och annan bränning med fast bränslen (ved, kol, briketter, gräs, ris, grenar etcetera). Förbudet omfattar inte grillning och matlagning vid iordningsställda platser utformade så att faran för antändning och spridning är låg.\nBakgrunden till beslutet är höga brandriskvärden och prognoser för kommande dagar. Länsstyrelsen och länets räddningstjänster gör löpande bedömningar och analyser av hur brandrisken utvecklas. Allmänheten uppmanas att löpande följa myndigheternas och mediernas kanaler för aktuell information om rådande eldningsförbud.\nBeslutet om att införa eldningsförbud i Kalmar län har fattats av respektive kommun och gäller tills vidare.",
    "https://www.lansstyrelsen.se/kalmar/om-oss/nyheter-och-press/nyheter---kalmar/2023-05-25-eldningsforbud-infors-i-hela-kalmar-lan.html (Länsstyrelsen Kalmar län, 2023-05-25; the page banner with its English line, the empty publishing-date fields, the image caption and the contact block left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Eldningsförbud i hela Kalmar län",
    "Publicerad: 2019-06-20 15:00\nSenast ändrad: 2019-07-18 16:29\nBeslutet gäller från och med den 21 juni 2019 klockan 12:00, se föreskrift 08FS 2019:16. Elningsförbudet kommer att upphöra från och med fredagen den 19 juli 2019 klockan 12:00.\nLänsstyrelsen föreskriver med stöd av 10 kap. 1 § lag (2003:778) om skydd mot olyckor och 2 kap. 7 § förordning (2003:789) om skydd mot olyckor att eldningsförbud ska gälla i hela Kalmar län. Beslutet gäller från och med den 21 juni 2019 klockan 12:00 och tills vidare, se föreskrift 08FS 2019:16.\nFörbud gäller eldning i skog och mark utanför sammanhållen bebyggelse. Förbudet omfattar aktiviteter som eldning, grillning och annan bränning med fasta bränslen (ved, kol, briketter, gräs, ris, grenar etcetera). Förbudet omfattar inte grillning och matlagning vid iordningställda platser utformade så att faran för antändning och spridning är låg. Länsstyrelsen får även medge undantag från förbudet i ett enskilt fall om det finns särskilda skäl.\nLänsstyrelsens bedömning\nPrognos för brandrisk för perioden 2019-06-21 och framåt ger mycket hög brandrisk. Skogsbränder förekommer på grund av långvarig frånvaro av riklig nederbörd i kombination med torr väderlek. Länsstyrelsen bedömer därför att det är rimligt med förbud mot viss typ av eldning i Kalmar län. Länsstyrelsen har genom samverkan stämt av beslutet med Räddningscheferna i länets kommuner.\nUpplysningar om eldning utomhus finns på Länsstyrelsens webbplats samt på kommunernas hemsidor. Här kommer även att lämnas information i samband med upphävandet av beslut om eldningsförbud.",
    "https://www.vimmerby.se/nyheter/nyheterbyggaboochmiljo/eldningsforbudihelakalmarlan.5.4973b3c016b6e196cf125ce0.html (Vimmerby kommun, published 2019-06-20, last changed 2019-07-18; the logo text, the image caption 'Skogsbrand', the contact heading and the repeated dates at the foot left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Lättnader i bevattningsförbudet för Braås, Dädesjö och Böksholm",
    "Den 29 juni införs lättnader i det bevattningsförbud som började gälla i Braås, Dädesjö och Böksholm den 18 juni. Den enda restriktion som fortfarande gäller är bevattning med spridare kopplad till det kommunala dricksvattennätet.\nSommarens värme och hög vattenförbrukning orsakade problem med vattenförsörjningen i Braås, Dädesjö och Böksholm. Därför infördes ett bevattningsförbud den 18 juni.\nSedan bevattningsförbudet infördes har vattenförbrukningen legat på normala nivåer och produktionskapaciteten vid Braås vattenverk har återhämtat sig. Därför införs nu lättnader. Den enda restriktion som fortfarande gäller är bevattning med spridare kopplad till det kommunala dricksvattennätet.\n- Lättnaderna kan införas tack vare att alla hjälpts åt och respekterat restriktionerna. Om vi alla även fortsättningsvis tänker efter hur dricksvattnet används kan vi undvika att restriktionerna åter behöver skärpas under resten av sommaren, säger Steve Karlsson, VA-chef i Växjö kommun.\nSenast uppdaterad: 28 juni 2021",
    "https://vaxjo.se/sidor/bygga-och-bo/nyheter---bygga-och-bo/arkiv/2021-06-28-lattnader-i-bevattningsforbudet-for-braas-dadesjo-och-boksholm.html (Växjö kommun, 2021-06-28; the archive banner 'Observera att denna nyhet är äldre än 10 månader …' left out)",
  ),
  s.real(
    "sv",
    "faq",
    "Använd vatten med eftertanke",
    "På grund av torkan uppmanar vi fortfarande invånarna i Växjö kommun att vara sparsamma med vatten.\nFör Växjö kommun råder det just nu ingen brist på kommunalt vatten och alla våra vattenverk klarar av att leverera vatten. Vi uppmanar dock allmänheten att använda vattnet med eftertanke, man kan på eget initiativ bidra genom att vara sparsam med vatten. Vi följer noga tillgången på vatten. Om läget förändras fattas nya beslut.\nBevattningsförbud införs först om det uppstår en situation där Växjö kommun riskerar att inte kunna leverera dricksvatten. Då kan kommunen behöva införa begränsningar i form av förbud mot bevattning med vattenspridare och att fylla badbassänger och pooler.\nÄr det bevattningsförbud i Växjö kommun?\nNej, i Växjö kommun är det inte bevattningsförbud just nu. Men vi följer noga utvecklingen och om situationen förändras kan det bli aktuellt med åtgärder längre fram. Vi uppmanar dock allmänheten att använda vattnet med eftertanke, man kan på eget initiativ bidra genom att vara sparsam med vatten.\nVarför är det inte bevattningsförbud?\nFör Växjö kommun råder det just nu ingen brist på kommunalt vatten och alla våra vattenverk klarar av att leverera vatten. Men vi följer noga tillgången på vatten och om den ändras kan det bli aktuellt med andra åtgärder.\nAndra kommuner har ju infört bevattningsförbud, varför har inte Växjö det?\nTillgången på vatten från vattentäkterna i landets kommuner är olika. I Växjö kommun finns flera vattentäkter och vattenverk för kommunalt dricksvatten, och en av dem ligger i Bergaåsen i Ljungby kommun. Växjös vattentäkt är dock inte samma som Ljungby kommun använder för sitt vatten, utan det är två helt skilda vattentäkter med olika förutsättningar.",
    "https://teknikum.se/sidor/bygga-och-bo/nyheter---bygga-och-bo/arkiv/2018-08-05-anvand-vatten-med-eftertanke.html (Växjö kommun's news page of 2018-08-05 as stored under this address; the rest of the last answer and the later questions left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Afrikansk svinpest",
    "Afrikansk svinpest har inte konstaterats i Jönköpings län, men det är viktigt att vi förebygger och hjälps åt för att förhindra smittospridning. Sjukdomen är dödlig för tamgrisar och vildsvin.\nAfrikansk svinpest (ASF) är en mycket smittsam virussjukdom som drabbar tamgris och vildsvin. Människor och andra djur än grisar blir inte sjuka, men kan bidra till smittspridningen.\nSjukdomen utgör ett stort problem för grisbranschen och samhället. I september 2023 konstaterades det första fallet i Sverige, på ett dött vildsvin utanför Fagersta i Västmanlands län.\nHur sprider sig afrikansk svinpest?\nSpridning kan ske mellan djur eller med material, kläder och livsmedel. Viruset överlever mycket länge i kallrökt fläsk, skinka och korv.\nSmittan överförs ofta till vildsvin av människor som reser och lämnar matrester efter sig. Därför finns det några viktiga punkter att tänka på för att förhindra spridning.\nSå kan vi stoppa smittospridning\n• Släng aldrig matavfall i naturen där vilda djur kommer åt det, till exempel längs vägar, vid rastplatser eller efter en picknick.\n• Kompostera matavfall i en försluten behållare som vildsvin inte kommer in i.\n• Mata inte vilda djur eller tamgrisar med matavfall.\n• Ta inte med fläsk- eller charkprodukter från områden där afrikansk svinpest finns.\n• Rengör kläder och utrustning om du varit i kontakt med vilda djur eller grisar.\n• Rapportera fynd av sjuka eller självdöda vildsvin till Statens veterinärmedicinska anstalt, SVA.\nRapportera in döda vildsvin\nAllmänheten och jägare uppmanas att rapportera in fynd av döda vildsvin till Statens veterinärmedicinska anstalt.\nRapportera sjuka/döda vilda djur, Statens Veterinärmediciniska Anstalt Länk till annan webbplats, öppnas i nytt fönster.",
    "https://www.lansstyrelsen.se/jonkoping/djur/afrikansk-svinpest.html (Länsstyrelsen i Jönköpings län, undated page; the image caption and the later section on surveillance with hunters left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Högriskområde för fågelinfluensa hävt",
    "Den 25 april upphävdes beslutet om högriskområde för fågelinfluensa i Skåne. Det innebär att fjäderfä och andra fåglar i fångenskap nu får gå utomhus.\nNu gäller inte några särskilda restriktioner (förutom på en drabbad anläggning i Kävlinge). Risken för fågelinfluensa är dock inte helt över så djurhållare uppmanas att fortsatt vara noga med sin biosäkerhet och förhindra att tamfåglar kommer i kontakt med vilda fåglar och då särskilt vattenlevande fåglar. Det finns även smittskyddsbestämmelser som alltid gäller, se mer på Jordbruksverkets webbplats.\nSkulle nya utbrott uppstå kan restriktioner komma att återinföras.",
    "https://www.horby.se/nyheter/hogriskomrade-for-fagelinfluensa-havt/ (Hörby kommun, news item, year not shown on the stored page; complete as stored)",
  ),
  s.real(
    "sv",
    "bulletin",
    undefined,
    "08:30 Med anledning av det misstänkt farliga föremålet som anträffats på S:t Persgatan i centrala Norrköping på söndagsmorgonen kommer boende på ett antal adresser innanför avspärrningarna att evakueras.\nBoende uppmanas att vänta i sina lägenheter tills de kontaktas av polis och anvisas till en plats utanför avspärrningarna. Evakueringen inleds klockan 08:30.\nPå några adresser kommer boende även att inrymmas, det vill säga att man ombeds att stanna kvar i sina lägenheter. Information ges till de boende av polispatruller på plats.\nNationella bombskyddet är på plats och ska undersöka föremålet.",
    "http://35.242.210.180/nyheter/blaljus/1265875-polisen-i-norrkoping-rapporterar-om-farligt-foremal (Polisen region Öst / Östergötland, update of 14 April 2024 as quoted by Nyheter24; the paper's headline, introduction, 'Läs mer här' and its facts about Norrköping left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Aktuellt om coronaviruset",
    "Innehållet gäller Östergötland\nUppdaterad 12 mars klockan 08:00: Region Östergötland följer utvecklingen av coronaviruset covid-19 noga och har beredskap.\nDen 10 mars ändrade Folkhälsomyndigheten risknivån från måttlig till mycket hög risk för samhällsspridning. Läs mer på Folkhälsomyndighetens webbplats.\nTexten på den här sidan kommer att uppdateras.\nNär behöver jag kontakta vården?\nRing telefonnummer 1177 om du har feber, hosta eller andningsbesvär och om något av följande stämmer in på dig:\n- Du har under de senaste 14 dagarna varit i:\n• Kina\n• Hongkong\n• Iran\n• Sydkorea\n• Norra Italien\n• Tyrolen i Österrike\n- Du har under de senaste 14 dagarna varit i kontakt med någon som har coronaviruset.\nRing först\nNär du ringer telefonnummer 1177 får du information om när och var du ska söka vård. Det är viktigt att ringa först och inte åka direkt till en mottagning. Du kan smitta och det finns rutiner för hur du i så fall ska tas omhand.\nOm du mår bra behöver du inte kontakta vården, även om du har varit i ett område där personer har blivit sjuka av coronaviruset.\nRing 113 13 om du har allmänna frågor om coronaviruset\nNu kan den som vill ställa allmänna frågor om coronaviruset ringa det nationella informationsnumret 113 13.\nAll information som 113 13 lämnar ut är verifierad av Folkhälsomyndigheten eller annan ansvarig myndighet. Tjänsten är tillgänglig dygnet runt under årets alla dagar.",
    "https://www.1177.se/Ostergotland/aktuellt/arkiv/beredskap-finns-for-coronaviruset/ (Region Östergötland on 1177 Vårdguiden, updated 12 March 2020; a later strike banner at the top and the following section on the situation in the county left out)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Information med anledning av covid-19",
    "Publiceringsdatum: 5 mars 2020\nSenast uppdaterad: tisdag 24 november, 16.29\nHär hittar du information om hur Länsstyrelsen i Östergötland arbetar med anledning av coronaviruset och sjukdomen covid-19.\nCovid-19 är en infektionssjukdom som orsakas av ett virus. Sjukdomen påminner om influensa, med feber och hosta. De flesta blir lindrigt sjuka.\nOm Covid-19 Information från Region Östergötland hos 1177 Vårdguidenlänk till annan webbplats, öppnas i nytt fönster\nSmittspringningen har tagit fart i Östergötland igen och det är fortfarande viktigt att vi hjälps åt för att minska spridningen.\nSkärpta råd i Östergötland gäller tills 13 december, men kan förlängas. Råden gäller för dig som bor i eller besöker Östergötland.\nOm förlängda lokala allmänna råd i Östergötland\nSå kan du hjälpa till att inte sprida sjukdomen\n• Håll avstånd till andra\n• Stanna hemma om du känner dig sjuk, även om du bara har milda symtom.\n• Tvätta händerna ofta med tvål och vatten\n• Hosta och nys i armvecket\n• Arbeta hemifrån om du har möjlighet till det\nProvtagning\nLäs mer om detta på Region Östergötland/1177 genom att följa länken nedan.\nProvtagning för dig med symptomlänk till annan webbplats\nDet finns en nationell telefonlinje om det nya coronaviruset på flera språk.\nTelefonnumret är: 08-123 680 00\nLinjen är öppen vardagar kl. 09.00-12.00 och 13.00-15.00.",
    "https://www.lansstyrelsen.se/ostergotland/om-oss/nyheter-och-press/nyheter---ostergotland/2020-03-05-information-med-anledning-av-covid-19.html (Länsstyrelsen Östergötland, published 2020-03-05, the version updated 24 November 2020; the image caption and photo credit, the paragraph listing posters in eleven languages and the truncated tail left out)",
  ),
  s.real(
    "sv",
    "faq",
    "Torka - dricksvatten från egen brunn",
    "Vid torka kan det bli brist på vatten. Det är därför bra att följa den information som finns om grundvattennivåerna för olika områden. Det kan också vara bra att uppskatta vattennivån i brunnen.\nLivsmedelsverket avråder från att dricka vatten som är tydligt färgat eller har en främmande lukt och smak.\nKontrollera kvaliteten\nVid långvarig torka kan vattentillgången minska vilket kan påverka dricksvattnet i brunnar. Du som tar ditt dricksvatten från egen brunn har själv ansvar för att kontrollera dricksvattnets kvalitet. Du bör inte dricka vattnet om det förändras, till exempel om det blir färgat eller om det luktar eller smakar illa.\nNär vattennivån har stabiliseras bör du skicka in vattenprov för analys. Kontakta ett ackrediterat laboratorium direkt eller kommunens miljökontor eller motsvarande för att få mer information.\nBegär analys av  mikroorganismer och ämnen som finns i bilaga 1 i ”Livsmedelsverkets råd om enskild dricksvattenförsörjning”, se länk nedan. I dessa råd finns även information om olika mikroorganismer och kemiska ämnen som kan finnas i dricksvatten.\nFinns det industrier, jordbruk eller liknande i närheten av din brunn måste eventuellt andra ämnen undersökas. Kontakta i så fall kommunens miljökontor för att få råd.\nHur vet jag om det är lite vatten i min brunn?\nHåll dig uppdaterad om hur grundvattennivåerna är i ditt område. Sveriges geologiska undersökning har kartor och information om grundvattennivåer.",
    "https://www.livsmedelsverket.se/livsmedel-och-innehall/mat-och-dryck/dricksvatten/egen-brunn/torka--dricksvatten-fran-egen-brunn (Livsmedelsverket, undated page; the image caption and the later section on dug wells left out; the stored address carries search-tracking parameters, dropped here)",
  ),
  s.real(
    "sv",
    "bulletin",
    "Ha koll på både tillgång och kvalitet på brunnsvatten i sommar",
    "2020-06-11\nSka du tillbringa mer tid hemma eller i stugan i sommar och har egen brunn? Då finns det anledning att bevaka både tillgång och kvalitet på dricksvatten.\nUngefär två miljoner människor får sitt dricksvatten från egen brunn i Sverige. Cirka häften av dem har det i sin permanenta bostad och hälften i ett fritidshus. Det innebär bland annat att de har eget ansvar för att vattnet räcker och att det har den kvalitet som ställs på dricksvatten.\n- Enskilda brunnsägare behöver ha koll på två saker; räcker vattnet för de behov som finns och är det tillräckligt bra? I sommar, när fler kan väntas semestra hemma, vara i stugan mer än vanligt eller kanske nyss köpt ett fritidshus, påminner vi därför om detta, säger Christina Lantz, mikrobiolog på Livsmedelverket.\nProvtagning var tredje år\nLivsmedelsverket rekommenderar provtagning av vattnet vart tredje år, oftare om små barn ska dricka det. Provtagning sker på ackrediterat laboratorium eller dit kommunens miljöförvaltning hänvisar. Kommunen kan också ge råd om det är något särskilt att tänka på i specifika områden.\n- Vatten är vårt viktigaste livsmedel så vi råder alla att förebygga risken för att det tar slut. Men också att ha en plan för om det tar slut eller om det av andra skäl inte går att använda. Det är alltid billigare och enklare att planera i förväg än att agera akut, säger Christina Lantz.\nKänsliga för torka\nJust nu varierar grundvattennivåerna i små magasin från mycket över till mycket under det normala för årstiden. Små magasin, dit egen brunn räknas, är mest känsliga och nivåerna kan snabbt ändras. Om efterfrågan är större än tillgången uppstår så kallad vattenbrist.",
    "https://www.livsmedelsverket.se/om-oss/press/nyheter/pressmeddelanden/ha-koll-pa-bade-tillgang-och-kvalitet-pa-brunnsvatten-i-sommar (Livsmedelsverket press release, 2020-06-11; the rest of the release after the drought paragraph left out; tracking parameters of the stored address dropped)",
  ),
  s.real(
    "sv",
    "bulletin",
    undefined,
    "De preliminära resultaten som indikerade bakterier har nu fastställts och vattnet innehöll inte som befarat E. coli bakterier. Därför häver vi nu kokningsrekommendationerna. VA-enheten tackar för visat tålamod.",
    "https://mobil.folkbladet.se/nyheter/soderkoping/vattnet-nu-okej-i-st-anna-och-bottna-om6300846.aspx (Söderköpings kommun, VA-enheten, notice lifting the boil advice for S:t Anna and Bottna, as quoted by Folkbladet; the paper's own text around the quotation left out)",
  ),

  // ---- English ----
  s.real(
    "en",
    "bulletin",
    undefined,
    "The decision by Uisce Éireann to impose a boil notice on the Galtee Regional Public Water Supply follows consultation with the HSE and will impact on an estimated 15,795 consumers on the supply.\nThis is due to increased turbidity impacting the treatment processes at the water treatment plant.\nImpacted areas include Emly, Lattin, Ballinard, Cullen, Ballywire, Kilross, Limerick Junction, Monard, Lisvarnane, Rosadrehid, Bansha, Tankerstown, Kilfeacle, Golden, Cashel, Rosegreen, New Inn and surrounding areas.\nA boil notice has also been issued for consumers on the Burncourt Regional and Burncourt/Ballylooby Public Water Supply\nThe action has been taken by Uisce Éireann and Tipperary County Council due to the deterioration of raw water quality which has impacted the treatment processes at the water treatment plant.\nThe boil water notice is in place with immediate effect to protect the health of nearly 3,800 consumers.\nThe notice impacts customers in Burncourt, Ballyporeen, Clogheen, Ballylooby, Mitchelstown Road in Cahir, and surrounding areas.\nThose on the Kiltankin and Clonmore South Group Water Schemes are also affected.\nCustomers can check if their property is included by visiting the Water Quality section of www.water.ie and entering the property’s Eircode or by calling the Uisce Éireann customer care helpline, open 24/7, on 1800 278 278.\nAll consumers affected by this notice must boil their water before drinking.\nIn addition to the Boil Water Notice, some customers may experience an outage or reduced water pressure. This has been caused by loss of production last night while crews were working to try and address the treatment issues.\nAlternative water supplies will be available at the following locations and are expected to be in place by early afternoon: adjacent to the BMW Garage, Cahir; Ballyporeen shop carpark, Clogheen Church, Skeheenarinky National School, Burncourt Church and Ballylooby Church.",
    "https://tippfm.com/news/health/boil-water-notices-issued-public-two-supplies-south-tipp/ (Uisce Éireann and Tipperary County Council boil water notices, as printed by Tipp FM, undated in the stored copy; the headline and the remaining paragraphs from 'Customers are reminded to use their own containers' on left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "National Water Conservation Order",
    "We thank the public for their conservation efforts so far and we urge them to continue to conserve water\nIrish Water has confirmed that a National Water Conservation Order commonly referred to as a hosepipe ban will be in place from 8am on Friday, 6 July until midnight on Tuesday, 31 July 2018 for all domestic public water supplies and commercial premises for non-commercial activities e.g. watering gardens attached to a business premises. The scope of this Order is the same as the one applied to the Greater Dublin Area (GDA) on Monday, 2 July 2018. Irish Water may review the scope of both over the coming weeks.\nThe order has been issued due to the continued drought conditions and to help protect water supplies now and over the coming months. Met Éireann has advised that there has been little or no rain over the last 30 days and predictions show no significant rainfall is likely for at least a further week, meaning deepening drought conditions.\nHigh levels of sunlight means significant evaporation levels on water sources. The average soil moisture deficit is currently 60mm nationally which means even if it did rain, no water would reach our water sources as it would be absorbed by the ground. The continuation of these drought conditions nationally is putting pressure on water sources as rivers, lakes and groundwater levels drop.\nOn average demand across all water resources nationally has increased by 15%, and given the environmental pressures on the aquifers and waterbodies, this cannot be sustained for any period of time. Due to soil moisture conditions, smaller groundwater sites in particular may take many months to recover. The National Water Conservation Order has the potential to suppress any non-essential increases in demand during this period, and prevent increased abstraction at a time when the raw water sources are least able to support these volumes.",
    "https://www.water.ie/news/national-water-conservati/ (Irish Water, now Uisce Éireann, news release of 4 July 2018; the later paragraphs from 'Irish Water thanks the public …' on, including the list of prohibited uses, left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "4pm Monday 15 March: Carterton lifts boil water notice",
    "Carterton District Council has lifted its boil water notice effective 4pm Monday 15 March.\nThe Council has been working closely with Regional Public Health following a low-level contamination of E. coli bacteria at two of its water sites on Friday. The Council has now received three clear sample results from Friday, Saturday and Sunday and can therefore lift the boil water advisory notice.\nThe urban water supply pipes have been flushed and the water source has been switched over from the bores to the Kaipatangata Stream, which means the water is fine to drink without having to be boiled first. However, should there be heavy rain in the next two days, this may cause turbidity in the water and the Council will need to switch back to the bores for urban supply which may mean imposing the boil water notice again.\n“The water is safe to drink so we didn’t want to have the boil water notice in force longer than was necessary,” said Infrastructure, Services and Regulatory Manager Dave Gittings.\n“Because we’ve switched to the Kaipatangata we can safely lift the notice.\n“We are yet to identify a definitive source of the E. coli reading so are cleaning the tanks associated with the bores and retesting the water at these sites.\n“This means if there’s heavy rain over the next few days and we have to switch back to the bores, there’s a small chance we may need to go back to a boil water notice as we wouldn’t have finished cleaning and retesting yet.”\nMayor Greg Lang would like to thank the community and businesses for their patience and understanding, as well as their assistance in spreading the message far and wide.\n“I know this has been an inconvenience to many people, but I’m really impressed with how people took this in their stride and helped the Council get the message out,” Mayor Lang said.\n“I’m reminded once again of how connected the Carterton community is and how neighbours checked on each other.”",
    "https://cdc.govt.nz/4pm-monday-15-march-carterton-lifts-boil-water-notice/ (Carterton District Council, New Zealand, 15 March 2021; the following section 'What should I do once a water …' left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "4.30pm Friday 9 April boil water notice update",
    "9 April 2021\nA precautionary boil water notice is still in effect under the advice of Regional Public Health.\nThis means Carterton residents and businesses connected to the town water supply are advised to continue boiling all water before being used for drinking, making baby formula, juice, ice, washing fruit and vegetables, other food preparation/cooking needs, or brushing teeth until further notice.\nCarterton District Council has not received any further positive E. coli readings since last Thursday’s result. The Council is confident in the water supplied to urban residents which comes out of its treatment plant.\nThe Council has undertaken extensive work through the reticulation system and continued its investigation into the source of the intermittent readings of low-level E. coli.\n“We are confident in our infrastructure and treatment plant procedures, but we will continue to follow the extremely strong guidelines put to us by Regional Public Health,” said Chief Executive Jane Davis.\n“We acknowledge the inconvenience this has caused and we apologise for the length of time the boil water notice has been in place, but we will continue to work as hard and as quickly as we can to get the notice lifted.”\nThe Council is working with Regional Public Health and an independent drinking water assessor from the Central North Island Drinking Water Assessment Unit to ensure the water supply will continue to be safe moving forward.\nThe Council has taken the following actions since 12 March:\n• We have tested 396 water samples since the initial boil water notice on 12 March. Of the 396 samples, 390 came back clear from E. coli bacteria.\n• We now flush the water pipe network at an additional 22 sites – increasing from 44 sites to 66 (50 per cent)\n• We have walked along 7 km of Kaipaitangata trunkline pipe to identify 2 potential sources and have rectified them to eliminate them as potentials.",
    "https://cdc.govt.nz/4-30pm-friday-9-april-boil-water-notice-update/ (Carterton District Council, New Zealand, 9 April 2021; the remaining list items and paragraphs left out)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    'Monday, 15 March, 2021 - 17:25\nA boil water notice has been lifted for Waipapa households and businesses connected to the Far North District Council’s Kerikeri Water Supply.\nThe notice was applied after very low levels of chlorine were detected in the water supply along with the presence of E.coli last Thursday. Properties potentially affected were on State Highway 10, Waipapa Loop Road, Maritime Lane, Klinac Lane, Kahikatearoa Lane, Mawson Avenue, Puriri Park Lane, Waitotara Drive and Waipapa Road between Waitotara Drive and State Highway 10.\nThe Council flushed its systems overnight and, as a precaution, delivered notices door to door on Friday advising consumers to boil water for at least one minute, not to rely on filters and to seek advice from a medical practitioner if they have symptoms of gastroenteritis.\nGeneral Manager - Infrastructure and Asset Management Andy Finch says the problem has now been traced and corrected. Daily tests for E.coli taken since Friday have all come back clear and tests for chlorine in the supply also show levels have returned to normal.\nHe says that after conferring with NgÄ Tai Ora - Public Health Northland at the Northland District Health Board, he is confident the Council water supply is safe to drink without boiling.\n"While I am relieved that we have confirmed the water supply is safe, I share the frustration consumers have that a boil water notice was required in the first place. I apologise that this was necessary and for the concern it must have caused."\nHe says that as a precaution, a heightened regime of testing will continue for the rest of the week.\nIf households or businesses have any questions or concerns, they should call the Council’s 24-hour Contact Centre on 0800 920 029.',
    "http://www.voxy.co.nz/national/5/383503 (Far North District Council, New Zealand, media release of 15 March 2021 as carried by Voxy; the site's headline left out; the mojibake in 'NgÄ Tai Ora' is in the stored copy)",
  ),
  s.real(
    "en",
    "bulletin",
    "Update from Hawkes Bay Emergency Management Group",
    "Hawkes Bay Emergency Management has contingency plans in place for alerting and evacuating people if the forecast heavy rain late tomorrow and Saturday causes flooding that will threaten lives or property.\nController Ian Macdonald said the Hawkes Bay Regional Council’s hydrologists had assessed the expected impacts of the rainfall. “As of this afternoon, they were comfortable that the major rivers would remain within their existing channels, but we are not taking any chances,” he said.\n“Although we take confidence from the advice we are receiving, we are planning for all eventualities. That includes contingency plans for evacuations.”\nTrigger points are being set for alerting at-risk residents and ordering evacuations. Civil Defence will issue an emergency mobile alert to any areas that may need to be evacuated. Evacuation orders will also be issued over radio and all broadcast and online media, Mr Macdonald said.\nHe stressed that people did not need to wait for an official order to evacuate, and should move early if they did not feel safe at home.\nEmergency repairs to stopbanks damaged last week are underway and some have been completed. The remote monitoring network for river levels is being augmented with people on the ground who will be monitoring critical areas in person from tomorrow, including overnight.\n“The Emergency Coordination Centre remains fully operational and so do our civil defence centres where people can go if they need to evacuate and can’t stay with whanau or family. The list of centres and community hubs that are currently open is included with this release.\n“We know this will be an anxious time for everyone who was affected by Cyclone Gabrielle,” Mr Macdonald said.",
    "https://hbemergency.govt.nz/news/article/109/update-from-hawkes-bay-emergency-management-group- (Hawke's Bay Civil Defence Emergency Management Group, New Zealand, February 2023, undated in the stored copy; 'Back to top', an image file name, and the closing sentence 'Our advice at this early stage is simple:' with its numbered list left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "Sea swell preparation",
    "13 April 2017; 2pm\nPrecautionary plans are in place in case sea swells generated by Cyclone Cook threaten beachfront homes.\n“At this stage we do not believe the swells will cause damage but we have plans prepared in case the forecasted level increases and we need to evacuate beachfront residents,” said Hastings Emergency Management local controller Mike Maguire.\nHigh tide is at 7.30pm. The areas being watched are from Waimarama through to Haumoana. There is no warning in place for beaches to the northern end of the district, as the geography and wind direction mean they are unlikely to be affected.\n“However, the sea and weather are unpredictable and people living on the beachfront should keep an eye on conditions and be prepared to self-evacuate if they feel unsafe. Don’t wait for council, get out if you are concerned,” said Mr Maguire.\nCouncil is also warning that residents should be aware that gale force winds are forecast for late this afternoon.\n“We need people to exercise common sense – stay away from parks and reserves where there are large trees, be aware of flying debris and limit travel to the absolutely necessary.\n“What we want is for everyone to be safe.”\nResidents thinking of travelling out of the region today are urged to check national weather and news sites to judge whether they should go ahead with their plans.",
    "http://cdemhawkesbay.govt.nz/community/media-releases (Hawke's Bay Civil Defence Emergency Management Group media releases page, the release of 13 April 2017, 2pm; the older releases below it on the page left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "Cork County Council operations for RED Weather Warning",
    "The STATUS RED Snow-ice Warning for Munster that issued from Met Eireann, remains valid from Thursday March 1st  to Friday March 2nd 12 noon.  The issue of a RED level severe weather warning advises people to protect themselves and/or their properties.\nThis RED Warning relates to low temperatures and wind with occasional hail and snow showers. Later this evening blizzard-like conditions with heavier snow will arrive in the south. Temperatures will remain sub-zero for all of today with strong easterly winds with gale gusts giving significant chill.\nCork County Council’s Severe Weather Assessment Team and Crisis Management Team have convened to review operations which are currently underway.\nIn addition, the Cork Local Coordination Group have convened and are asking members of the public to heed advice from the National Emergency Coordination Group to not venture out of doors while the red level warning is in place.\nAll Council offices and amenities, including libraries, will remain closed Thursday March 1st and Friday March 2nd.\nCork County Council has opened a 24 hour emergency line on 021 4800048.\nRoads have been continuously treated overnight and this morning in accordance with the Council’s Winter Service Plan. 26 vehicles were in use and 400 tonnes of salt was applied in the last 24 hours. However with the threat of severe blizzards and no visibility in the interests of the safety of its operatives Cork County Council will be suspending road treatments this afternoon. Road clearance and treatment operations will resume on tomorrow Friday as soon as it safe to do so.  Snow ploughs are available and are ready to recommence operations, starting with the National Roads once it is safe to do so on Friday.",
    "https://johnpauloshea.ie/cork-county-council-operations-red-weather-warning/ (Cork County Council statement of 1 March 2018, Storm Emma, as reposted on a councillor's website; the site's header and contact details and the truncated paragraph on grit left out)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    "Cork City Council has advised that it has upgraded its Severe Weather Alert to level 3 status and it has activated its Crisis Management Team.\nThe team will meet on an ongoing basis to monitor developments in relation to the severe weather event.\nThe Council has been in contact with the emergency housing providers to ensure that the needs of those who require assistance are met during the Red Status weather warning.\nMembers of the public are reminded to look out for elderly or vulnerable neighbours throughout the severe weather.\nThe risk of Tidal flooding continues to be monitored and there remains a risk of tidal flooding in the following low lying areas: Morrison’s Quay, Fr. Mathew Quay, Fr. Mathew Street, Union Quay, Trinity Bridge, South Terrace, Lavitts Quay, Kyrls Street, Kyrls Quay, Crosses Green, Sharman Crawford St and Wandesford Quay.\nWeather and surge conditions are not expected to be as severe as had originally been expected and so the level of risk is much lower in the following areas: South Mall, Lapps Quay, McSwiney Quay, Albert Quay, Kennedy Quay, Proby’s Quay, French’s Quay, Lancaster Quay, Sullivan’s Quay and Lower Glanmire Road.\nA number of road closures and traffic restrictions will be put in place. Any restrictions will be eased as appropriate.\nThe Council do not propose to issue sandbags however a limited stock of gel-bags are available for collection at the Council Depot at Anglesea Terrace until 1pm today.\nWeather conditions are forecasted to deteriorate significantly from around 4pm this afternoon, with severe blizzards forecasted to hit the southern part of the country. All members of the public are strongly urged not to venture out after 4pm until at the very earliest 12 noon tomorrow as conditions are likely to be extremely dangerous.",
    "https://www.breakingnews.ie/ireland/cork-city-upgrades-weather-alert-level-as-storm-emma-due-to-make-landfall-830418.html (Cork City Council advisory of 1 March 2018, Storm Emma, as printed by BreakingNews.ie; the headline and anything after the last paragraph left out)",
  ),
  s.real(
    "en",
    "bulletin",
    undefined,
    "Members of the public can contact Tipperary Co. Council Customer Service Desk on 0818 06 5000/6000 or a dedicated Severe Weather contact Number at 0818 06 5001 during Friday 24th January from 9.00am to 10.00pm and on Saturday 25th January from 9.00am to 1.00pm, after which calls will be transferred to the Council’s Out-of-hours contact number 0818 06 5003. Members of the public can also email customerservices@tipperarycoco.ie to report their concerns.\nMembers of the public are reminded to register (free) on MapAlerter, a public emergency notification system available on the Council’s Website, where they can receive additional useful information by text and e-mail.\nThe extremely strong winds are expected to cause fallen trees, power lines, damage to property, flying debris, and road blockages making driving conditions dangerous.\nCouncil road crews will not be in a position to respond to call-outs from midnight tonight, until the end of the Red Warning at 11:00am on Friday. Members of the public using the roads during this period could potentially find themselves very isolated should they get into difficulty. The Fire Services will only be in a position to respond to emergency calls that are deemed to be life critical.\nNote: Council Offices and services including libraries, swimming pools and civic amenity sites will be closed to the public on Friday January 24th. Civic Amenity sites will reopen again on Saturday 25th January.",
    "https://thurles.info/2025/01/23/tipperary-co-council-announce-extra-tel-no-for-tonights-weather-event (Tipperary County Council notice of 23 January 2025 before Storm Éowyn, as printed by Thurles.info; the headline and 'Leave a Reply' left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "Updated Statement from Cork County Council on Flooding",
    "Cork County Council’s Severe Weather Assessment Team convened this morning to assess the impact of the unprecedented flooding across the county. The Council are continuously evaluating the impact of the storm and response. Our primary focus remains on ensuring public safety, and continuing clean-up operations in the affected areas.\nCouncil officials are working closely with emergency services and local communities to address immediate concerns, including flooding, road closures, and infrastructure damage. Efforts are concentrated on restoring essential services, securing affected areas, and supporting residents and businesses who have been impacted by the severe weather.\nThe response was a multi-agency response with approximately 150 members of Cork County Council Roads Operations, Housing Operations, Municipal District Operations, Fire Service, An Garda Siochana, The Defence Forces, Civil Defence, HSE and Coast Guard all working collaboratively on site in Midleton from the coordination centre in Midleton Fire Station. We were also assisted by numerous other NGOs such as the Irish Red Cross and multiple volunteers.\nThe Council has responded to 57 calls for assistance between 5pm yesterday and 9am this morning through our customer support centre. Cork County Council is offering free disposal of flood damaged goods at all our Civic Amenity Sites until Thursday 26th October. Raffeen Civic Amenity Site is currently closed due to flooding, our site in Youghal has re-opened to the public. Skips will be made available in the worst affected areas.\nMembers of the public are asked to continue to avoid Main Street, Midleton to allow for clean-up operations. Midleton library remains closed until further notice.\nNumerous parts of the county’s road network have been severely affected with many roads remaining closed to traffic.",
    "https://www.corkcoco.ie/en/news/updated-statement-from-cork-county-council-on-flooding (Cork County Council, October 2023 after Storm Babet, undated in the stored copy; the sentence on the N25 diversions and the rest of the statement left out)",
  ),
  s.real(
    "en",
    "faq",
    "Water Restrictions FAQ",
    "What can people do if they see someone not complying with the water restrictions?\nIf you see someone not complying, please contact Council's Customer Services Centre on 546 0200 or email enquiry@ncc.govt.nz. Residents are advised that failure to comply with any water restrictions imposed is an offence under the Council's Water Supply Bylaw.\nWhy are commercial car washes allowed?\nThere are no restrictions are in place for businesses yet, but they are asked to make their best efforts to reduce water use as much as possible to protect the water supply for essential use in the long term.\nWhy is Council allowed to water high-value areas, while I can't use a sprinkler on my lawns or garden?\nWatering of sports fields will cease with Stage Three restrictions. Council will continue to water high-value areas such as cricket blocks (which will see out the rest of the season) and those fields that will be too expensive to replace such as Trafalgar Park and Saxton Oval. The hanging baskets will be removed and Council will be hand watering some gardens and high-value heritage trees.",
    "http://www.nelson.govt.nz/services/water-and-wastewater/water-restrictions/water-restrictions-faq/ (Nelson City Council, New Zealand, undated faq from the 2019 drought; complete as stored)",
  ),
  s.real(
    "en",
    "bulletin",
    "Water Restrictions",
    "Current water restrictions\nResidential water restrictions are here until 31 March 2021.\nThe use of sprinklers, irrigation systems and unattended hoses is banned. Hand-held hoses may be used on the odds and evens system: at odd-numbered houses on odd-numbered days and at even-numbered houses on even-numbered days.\nThis helps our water treatment plants keep up with demand at a time when our supply streams are at their lowest.\nBe a Wai Warrior and help reduce our water use by  making small changes to your daily water habits. Check out our water saving tips.\nView our district's water usage.\nDifferent types of water restrictions\nWe use five levels of water restrictions depending on the time of year and any incidents in the community:\nRestriction Level\n0 Standby: conserve water notices are issued\n1 Total ban on the residential use of sprinklers, irrigation systems and unattended hoses. Partial restriction on use of hand-held hoses (using the odds and evens street address system).\n2 Total ban on the residential use of sprinklers, irrigation systems, hand held-hoses and water blasters until the restriction is lifted.\n3 All customers (residential and commercial) are restricted to essential water use only. This applies to critically low supplies.\n4 Crisis: industry liaison.\nNote: levels one and two apply to domestic use, e.g. all residential customers, and all non-commercial use at commercial premises (for instance, a business may not use an irrigation system or sprinklers to water grass or flowers that are not for sale). Normal and typical commercial use of water is permitted. All customers are encouraged to reduce water consumption.\nLevel one water restrictions are in place from 1 January to 31 March every year unless circumstances require the summer restrictions to start earlier.",
    "https://www.newplymouthnz.com/Residents/Your-Property/Water/Water-Restrictions (New Plymouth District Council, New Zealand, summer 2020–21, undated page; complete as stored)",
  ),
  s.real(
    "en",
    "bulletin",
    "Water Shortage Direction - Section 329 of the Resource Management Act 1991",
    "Domestic water use within any water management zone during periods of water rationing in that zone is restricted:\nNo watering of lawns or decorative gardens is permitted.\nStock drinking water is not restricted.\nStage 1 Rationing which is a 20% cut from authorised weekly usage will commence Monday 27 January 2020 for the holders of consents who are in the following Water Management Zone:\nIt is important Consent holders are familiar with Resource Consent conditions\nThe position will be reviewed at the next meeting of the Dry Weather Taskforce on 28 January\nIssued under delegated authority by Dennis Bush-King, Environment and Planning Manager",
    "https://tasman.govt.nz/my-council/about-us/media-centre/news-and-notices/water-shortage-direction-redwood/ (Tasman District Council, New Zealand, January 2020; the zone table after 'the following Water Management Zone:' is missing from the stored copy; nothing else left out)",
  ),
  s.real(
    "en",
    "social",
    undefined,
    "Sandbags are available in strategic locations throughout the county:\nDundalk •Machinery Yard •Town Hall Yard •Bush• Blackrock\nDrogheda •LCC Greenlanes yard•North Quay at Mayorality St jct •Wellington Quay at Bru•Ship St.•Ushers Corner •Queensborough#StormEunice #louth",
    "https://www.dundalkdemocrat.ie/news/home/746635/louth-county-council-make-sandbags-available-due-to-flooding-risk.html (Louth County Council, @louthcoco on Twitter, 18 February 2022, as embedded by the Dundalk Democrat; the paper's article, the embed attribution line and the picture link left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "HSE Mid West Community Healthcare and UL Hospitals Group urges public to avoid household visits and social gatherings for St Patrick’s Day",
    "THE Department of Public Health Mid-West, HSE Mid West Community Healthcare, and UL Hospitals Group are strongly urging people in Limerick, Clare, and North Tipperary to avoid any form of social gathering this St Patrick’s Day, as we continue to manage a high rate of multi-household outbreaks as a result of social mixing.\nPublic Health Mid-West is currently investigating more than 55* household situations, involving at least two cases each, across the Mid-West region since March 1.\nThese “situations” are in households where a more in-depth Public Health risk assessment has been undertaken because of either having a suspected or confirmed outbreak.\nAppended to this statement is a visual example of a complex community outbreak of more than 20 cases, occurring as a direct result of social mixing among multiple households, which occurred in the Mid-West region in recent months.\nEach household was exposed to other settings, including workplaces and extended families, resulting in further spread of infection outside the household.\nOne household cluster was linked to a workplace outbreak of more than five cases, which then spread to the household of a staff member, resulting in a family outbreak.\nDr Mai Mannix, Director of Public Health Mid-West, said: “Many will feel that a once-off social visit to a friend or family member might be harmless, but if small gatherings occur on a regional scale across a number of communities, this could be the start of another serious community outbreak.",
    "https://www.limerickpost.ie/2021/03/17/hse-mid-west-community-healthcare-and-ul-hospitals-group-urges-public-to-avoid-household-visits-and-social-gatherings-for-st-patricks-day/ (HSE Department of Public Health Mid-West statement of 17 March 2021 as printed by the Limerick Post; the paper's newsletter line and the rest of Dr Mannix's statement left out)",
  ),
  s.real(
    "en",
    "bulletin",
    "Horowhenua District Council sending resources to Central Hawke’s Bay",
    "Published on February 15, 2023\nHorowhenua District Council is sending support to Central Hawke’s Bay, which has been hit hard by Cyclone Gabrielle.\nThree of our experienced Incident Management Team members and two local building inspectors have travelled to Central Hawke's Bay with a truck load of bottled water. We have water tankers on the way and will continue to support the region in the coming days.\nThe impacts of the Cyclone were minimal in Horowhenua and weather warnings have been lifted in the district.\nCivil Defence Emergency Management Controller Brent Harvey says, “We are feeling very lucky to have avoided the worst of the weather in Horowhenua. Our thoughts and aroha go out to the many communities impacted by Cyclone Gabrielle. We commend the rapid response of emergency services and Civil Defence teams across the rohe and stand with them in the long recovery ahead.”\nHorizons Regional Council opened the Moutoa floodgates between Foxton and Shannon at 10.40pm on Tuesday 14 February to relieve pressure on the bottom steam of the Manawatū River.\nRain is still in the forecast for Horowhenua on Wednesday 15 February, and Council continues to monitor the local and regional situation alongside emergency services and Civil Defence.\n“We are not expecting any further impact from the Cyclone, but want to acknowledge our community’s response to the weather event by checking their supplies, clearing gutters, tying down trampolines and outdoor furniture, delaying travel plans and caring for one another. Disaster can hit at any time, and it’s important to be prepared.”\nFor more information on emergency preparedness, visit getready.govt.nz.",
    "https://www.horowhenua.govt.nz/News-Events/News/Horowhenua-District-Council-sending-resources-to-Central-Hawke’s-Bay (Horowhenua District Council, New Zealand, 15 February 2023; an image file name left out)",
  ),
  s.real(
    "en",
    "faq",
    "Water Conservation and Restrictions",
    "There are currently no water restrictions in the District\nSmart Water Tips\nOur Water Alerts and Restrictions help us manage the town water supply during periods of high demand.\nIn summer, we get less rain than the rest of the year and the amount of water people use everyday increases mainly due to activities like watering gardens, property maintenance and filling up swimming pools. This puts pressure on our water supply.\nWater restrictions help everyone play their part and are put in place to make sure there is enough water for everyone to use during this time.\nIf you notice a water leak or someone wasting water in your street please contact us straight away on 0800 932 4357.\nA guide to the water alert level system -\nUse water wisely.\n• Sprinklers between 6.00am - 8.00am and 6.00-8.00pm.\n• Hand-held hosing is allowed anytime.\nHand-held hosing means that a person must physically hold the hose - no unattended hoses. Try to use a twist or trigger nozzle when using your hose to save water. Turn off all hoses and taps when its not in use.\nReduce non-essential water use.\n• Use sprinklers on alternate days between 6-8am or 6-8pm (e.g. even street numbers on even days; odd street numbers on odd days).\nAlternate day means residents whose street address number is an even number can use their sprinkler between 6am-8am and 6pm-8pm on days with even dates (for example 30 January, 2 February, 4 February).\nThose with odd letter box numbers can use their sprinkler between 6am-8am and 6pm-8pm on days with odd dates (For 31 January, 1 February, 3 February).\n• Hand held hosing is allowed at anytime.",
    "https://www.waitomo.govt.nz/our-services/roads-water-waste/water-supply/water-conservation (Waitomo District Council, New Zealand, undated page; the image labels naming each level ('Conservation Level 1 image', 'Level 2 Water restriction image') and the truncated Level 3 section left out)",
  ),
];

export const BAD_BLIND64: EvalMessage[] = [
  // ---- Swedish: active ----
  s.bad(
    "sv",
    "bulletin",
    "bird flu zones announced with no advice to poultry keepers",
    ACTIVE,
    MSB,
    "Fågelinfluensa i besättning utanför Lindåsa",
    "Publicerad onsdag 14 oktober 2026 kl. 10.20\nStatens veterinärmedicinska anstalt har i dag bekräftat fågelinfluensa av typen H5N1 i en värphönsbesättning med cirka 8 000 hönor strax norr om Lindåsa i Kvarnsjö kommun. Jordbruksverket har beslutat om en skyddszon på 3 kilometer och en övervakningszon på 10 kilometer runt gården. Inom zonerna finns enligt länsstyrelsens register ett fyrtiotal fjäderfähållare, de flesta med små hobbyflockar. Smittan sprids främst med flyttande vilda fåglar under hösten.\nVi uppdaterar den här sidan senast fredag 16 oktober kl. 12.00.\nLänsstyrelsen i Kvarnsjö län, enheten för djurskydd och smittskydd",
  ),
  s.bad(
    "sv",
    "bulletin",
    "food recall that never tells consumers what to do with the product",
    ACTIVE,
    MSB,
    "Listeria i kallrökt lax från Granvik Rökeri",
    "Publicerad tisdag 3 november 2026 kl. 09.45\nMiljö- och hälsoskyddsenheten i Stensjö kommun har fått besked om att Granvik Rökeri återkallar Kallrökt lax skivad 200 g med bäst före-datum 12 och 15 november 2026. Vid företagets egen provtagning hittades listeria i ett parti. Laxen har sålts i livsmedelsbutiker i Stensjö, Lindåsa och Björkhamra sedan den 20 oktober. Listeria kan ge allvarlig sjukdom hos gravida, äldre och personer med nedsatt immunförsvar. Enheten följer upp ärendet med företaget.\nNy information publiceras här fredag 6 november.\nMiljö- och hälsoskyddsenheten, Stensjö kommun, tfn 031-390 06 12",
  ),
  s.bad(
    "sv",
    "correction",
    "myth-first correction: the rumour told in vivid detail, the fact in one line",
    ACTIVE,
    DEBUNK,
    "Kan man duscha under bevattningsförbudet?",
    "Publicerad onsdag 22 juli 2026\nDUSCHFÖRBUD I HELA KVARNSJÖ! Så lyder inlägget som har delats över tusen gånger sedan i helgen. Där påstås att kommunen stänger av vattnet för alla som duschar längre än fem minuter, att vattenmätarna ska läsas av varje kväll och att den som tvättar håret hemma kan få 5 000 kronor i böter. Flera har också skrivit att barnfamiljer ska få förtur till vattnet medan pensionärer får vänta. Vi har fått många samtal om detta.\nSå är det inte. Förbudet gäller bara bevattning med slang och spridare, biltvätt och poolfyllning.\nVA-avdelningen, Kvarnsjö kommun. Frågor: 08-465 004 20. Nästa lägesrapport om vattennivåerna kommer onsdag 29 juli.",
  ),
  s.bad(
    "sv",
    "bulletin",
    "outbreak at a school reported with no advice to families",
    ACTIVE,
    MSB,
    "Salmonella bland elever på Ekbackens skola",
    "Publicerad onsdag 9 september 2026 kl. 14.10\nSmittskyddsenheten i Region Norrsten har bekräftat salmonella hos sju elever och en anställd vid Ekbackens skola i Västra Hult. Alla har ätit lunch i skolans matsal torsdag 3 september. Kommunens miljöenhet har tagit prover på livsmedel i skolköket och väntar på svar från laboratoriet. Köket är stängt och eleverna får färdiglagad mat från Hultskolan så länge utredningen pågår.\nVi publicerar provsvaren här så snart de kommer, senast fredag 11 september.\nBarn- och utbildningsförvaltningen, Västra Hults kommun, tfn 0980-319 240",
  ),

  // ---- Swedish: open ----
  s.bad(
    "sv",
    "bulletin",
    "irrigation ban announced with no reason given",
    OPEN,
    MSB,
    "Bevattningsförbud i Lindåsa och Björkhamra",
    "Publicerad tisdag 30 juni 2026 kl. 11.00\nFrån och med torsdag 2 juli klockan 06.00 är det förbjudet att vattna med slang eller spridare, tvätta bil med slang och fylla pool eller badtunna med kommunalt dricksvatten i Lindåsa och Björkhamra. Förbudet gäller till och med 31 augusti. Du får vattna med vattenkanna. Den som bryter mot förbudet kan få vattnet avstängt.\nHar du frågor, ring kundservice på 040-628 04 15 vardagar 8–16. Vi informerar om eventuella ändringar här och i kommunens app.\nTekniska förvaltningen, Kvarnsjö kommun",
  ),
  s.bad(
    "sv",
    "faq",
    "faq answer that talks around the question it was asked",
    OPEN,
    MSB,
    "Varför berättade ni inte tidigare att vattnet var förorenat?",
    "Uppdaterad måndag 18 maj 2026\nFråga: Provet som visade E. coli togs fredag 15 maj, men kokningsrekommendationen kom först måndag 18 maj. Varför fick vi inte veta tidigare?\nSvar: Kommunen arbetar alltid utifrån gällande rutiner och i nära samverkan med berörda myndigheter. Dricksvattnet är vårt viktigaste livsmedel och vi tar alla avvikelser på största allvar. Just nu ligger vårt fokus på att få bort bakterierna ur ledningsnätet.\nFortsätt koka vattnet som ska drickas eller användas i matlagning tills vi meddelar något annat. Vi uppdaterar frågor och svar varje dag kl. 15.\nVA-enheten, Stensjö kommun, tfn 031-390 06 30",
  ),
  s.bad(
    "sv",
    "bulletin",
    "bathing site closed 'av flera olika skäl' with the real reason withheld",
    OPEN,
    MSB,
    "Norrstrandsbadet stängt",
    "Publicerad onsdag 8 juli 2026 kl. 08.30\nNorrstrandsbadet i Stensjö är stängt för bad från och med i dag, onsdag 8 juli. Beslutet har fattats av miljö- och hälsoskyddsnämnden av flera olika skäl. Bada i stället vid Lillsjöbadet eller Granviks havsbad.\nNy information om Norrstrandsbadet kommer här måndag 13 juli.\nMiljö- och hälsoskyddsenheten, Stensjö kommun, tfn 031-390 06 12",
  ),
  s.bad(
    "sv",
    "bulletin",
    "restrictions kept for as long as the authority 'anser att det behövs', with no condition for lifting",
    OPEN,
    MSB,
    "Afrikansk svinpest – regler i Västerskogen",
    "Publicerad fredag 2 oktober 2026 kl. 13.00\nAfrikansk svinpest har konstaterats hos två döda vildsvin i Västerskogen i Kvarnsjö kommun. Jordbruksverket har därför beslutat om ett smittat område på cirka 40 kvadratkilometer, se kartan på länsstyrelsens webbplats. Syftet är att vildsvinen inte ska skrämmas iväg och sprida smittan vidare.\nI området gäller:\n• Håll hundar kopplade.\n• Gå inte utanför vägar och markerade stigar.\n• Jakt är förbjuden.\n• Rapportera döda vildsvin till Statens veterinärmedicinska anstalt, sva.se.\nReglerna gäller så länge länsstyrelsen anser att det behövs. Afrikansk svinpest smittar inte människor.\nLänsstyrelsen i Kvarnsjö län, tfn 0980-319 210. Nästa uppdatering kommer fredag 9 oktober.",
  ),

  // ---- Swedish: factual ----
  s.bad(
    "sv",
    "bulletin",
    "guessed cause of contamination presented before any investigation",
    FACTUAL,
    KRIS,
    "E. coli i vattnet i Granvik – koka dricksvattnet",
    "Publicerad onsdag 5 augusti 2026 kl. 16.40\nVid rutinprovtagning har E. coli-bakterier hittats i dricksvattnet i Granvik. Alla som har kommunalt vatten i Granvik ska koka vatten som ska drickas eller användas i matlagning. Koka upp vattnet tills det bubblar kraftigt.\nTroligen är det gödsel från betesmarkerna vid Granviks gård som har runnit ner i vattentäkten efter skyfallet i helgen, men det kan lika gärna vara en läcka på ledningen vid Hamnvägen.\nEn vattentank finns vid Granviks bygdegård. Nästa uppdatering kommer fredag 7 augusti kl. 12.\nVA-enheten, Stensjö kommun, tfn 031-390 06 30",
  ),
  s.bad(
    "sv",
    "bulletin",
    "figures from a local Facebook group passed on as fact",
    FACTUAL,
    KRIS,
    "Magsjuka i Björkhamra",
    "Uppdaterad lördag 14 februari 2026 kl. 10.15\nEnligt inlägg i Facebookgruppen ”Björkhamra just nu” har över trettio personer blivit magsjuka efter att ha ätit på pizzerian vid torget, och flera har fått åka in till akuten. Kommunens miljöinspektörer besöker restaurangen i dag.\nHar du blivit sjuk efter ett restaurangbesök? Anmäl det till miljöenheten på 08-465 004 31 eller via kommunens webbplats. Ring 1177 om du behöver råd om vård.\nNästa uppdatering kommer måndag 16 februari.\nMiljöenheten, Kvarnsjö kommun",
  ),
  s.bad(
    "sv",
    "bulletin",
    "water declared completely safe while the samples are still at the lab",
    FACTUAL,
    KRIS,
    "Översvämning vid Östra vattenverket",
    "Publicerad tisdag 27 oktober 2026 kl. 09.00\nEfter nattens kraftiga regn har Björkån svämmat över och vatten har trängt in i pumphuset vid Östra vattenverket. Vi har tagit prover på det utgående vattnet och svaren kommer på torsdag. Vattnet är helt ofarligt att dricka och det finns ingen anledning till oro. Du kan använda kranvattnet som vanligt.\nVi informerar här när provsvaren har kommit, senast torsdag 29 oktober kl. 15.\nVA-enheten, Kvarnsjö kommun, tfn 08-465 004 20",
  ),
  s.bad(
    "sv",
    "bulletin",
    "rain forecast turned into a promise to lift the ban",
    FACTUAL,
    MSB,
    "Läget för grundvattnet i Lindåsa",
    "Publicerad onsdag 15 juli 2026\nGrundvattennivån i Lindåsaåsen är fortsatt mycket låg och bevattningsförbudet ligger kvar. Från söndag kommer regnet tillbaka och då är problemet löst. Förbudet hävs därför måndag 20 juli.\nFram till dess: vattna inte med slang eller spridare och spara vatten där du kan, till exempel genom att duscha kortare.\nTekniska förvaltningen, Kvarnsjö kommun. Frågor: 040-628 04 15. Nästa lägesrapport kommer fredag 17 juli.",
  ),

  // ---- Swedish: fast ----
  s.bad(
    "sv",
    "bulletin",
    "boil notice with only relative times and no date",
    FAST,
    MSB,
    "Koka vattnet i Norrby",
    "Efter vattenläckan i går kväll finns det risk att bakterier har kommit in i ledningsnätet i Norrby. Därför ska alla i Norrby koka vatten som ska drickas eller användas till matlagning. Vi tog prover i morse och svaren väntas i övermorgon. Till dess gäller kokningsrekommendationen. En vattentank står vid Norrby skola.\nVi återkommer med ny information i morgon eftermiddag.\nVA-enheten, Stensjö kommun, tfn 031-390 06 30",
  ),
  s.bad(
    "sv",
    "bulletin",
    "recall published a week after the lab result, with no word on the delay",
    FAST,
    MSB,
    "Salmonella i ägg från Lindgården",
    "Publicerad fredag 24 april 2026\nDen 17 april fick miljöenheten besked från laboratoriet att salmonella hittats i prover från äggpackeriet på Lindgården utanför Björkhamra. Äggen har sålts i gårdsbutiken och på lördagsmarknaden i Björkhamra mellan 1 och 17 april.\nHar du köpt ägg från Lindgården under den perioden? Släng dem eller lämna tillbaka dem till gårdsbutiken. Tvätta händerna efter att du har hanterat äggen. Ring 1177 om du får feber och diarré.\nNy information publiceras här tisdag 28 april.\nMiljöenheten, Kvarnsjö kommun, tfn 08-465 004 31",
  ),
  s.bad(
    "sv",
    "bulletin",
    "next update promised only 'inom kort'",
    FAST,
    MSB,
    "Mässling på förskolan Solrosen",
    "Publicerad fredag 6 mars 2026 kl. 11.30\nEtt barn på förskolan Solrosen i Lindåsa har mässling. Barnet var på förskolan måndag 2 och tisdag 3 mars. Smittskydd Norrsten kontaktar i dag alla familjer på förskolan.\nMässling smittar mycket lätt. Om ditt barn går på Solrosen och får feber, hosta, röda ögon eller utslag: ring 1177 innan ni åker till vårdcentralen, så att ni inte smittar andra i väntrummet. Kontrollera att barnet har fått sina vaccinationer.\nVi återkommer med mer information inom kort.\nSmittskydd Norrsten och Kvarnsjö kommun",
  ),
  s.bad(
    "sv",
    "bulletin",
    "suspected food source held back until the investigation is finished weeks later",
    [...FAST, ...OPEN],
    MSB,
    "Utbrott av EHEC i Stensjö",
    "Publicerad torsdag 20 augusti 2026 kl. 15.00\nSmittskydd Norrsten utreder ett utbrott av EHEC, en tarmbakterie som kan ge blodiga diarréer. Nio personer i Stensjö har insjuknat sedan den 12 augusti, och två barn vårdas på sjukhus. Vi har en misstanke om vilket livsmedel och vilken producent det gäller, men det går vi inte ut med förrän utredningen är avslutad, vilket beräknas ta tre till fyra veckor.\nTvätta händerna noga efter toalettbesök och före matlagning. Ring 1177 om du eller ditt barn får blodig diarré.\nSmittskydd Norrsten, tfn 0980-319 220",
  ),

  // ---- Swedish: impartial ----
  s.bad(
    "sv",
    "bulletin",
    "disease spread pinned on a national group of seasonal workers",
    IMPARTIAL,
    RF,
    "Afrikansk svinpest – så kom smittan hit",
    "Publicerad fredag 9 oktober 2026\nAfrikansk svinpest har konstaterats hos ytterligare tre vildsvin i Västerskogen. Smittan sprids med charkvaror från länder där sjukdomen finns. Det är framför allt de östeuropeiska bärplockarna som varje höst tar med sig korv och skinka och slänger matresterna i skogen, och det är där vi har problemet.\nSläng alltid matrester i en soptunna med lock. Rapportera döda vildsvin till SVA på sva.se.\nLänsstyrelsen i Kvarnsjö län, tfn 0980-319 210. Nästa uppdatering: fredag 16 oktober.",
  ),
  s.bad(
    "sv",
    "bulletin",
    "drought update praising the ruling parties and attacking the former majority",
    IMPARTIAL,
    RF,
    "Vattenläget i Kvarnsjö",
    "Publicerad tisdag 4 augusti 2026\nTack vare att det nya styret med Moderaterna och Kristdemokraterna i spetsen äntligen tog tag i vattenfrågan, som den förra S-ledningen ignorerade i åtta år, klarar vi torkan bättre än grannkommunerna i år. Den nya reservvattenledningen från Lindåsa togs i drift i juni.\nBevattningsförbudet gäller fortfarande i hela kommunen. Vattna inte med slang eller spridare och fyll inte pooler med kranvatten.\nNästa lägesrapport kommer tisdag 11 augusti. Frågor: kundservice 040-628 04 15.\nTekniska förvaltningen, Kvarnsjö kommun",
  ),
  s.bad(
    "sv",
    "bulletin",
    "named farm blamed for an outbreak before any investigation",
    [...IMPARTIAL, ...FACTUAL],
    RF,
    "Fågelinfluensa på Östra Hult – gården har slarvat",
    "Publicerad fredag 20 november 2026 kl. 10.00\nFågelinfluensa har konstaterats på Östra Hults kycklinggård. Ägaren har uppenbarligen struntat i reglerna om att hålla fåglarna inomhus, och det är därför smittan har kommit in. Alla 12 000 kycklingar avlivas i dag.\nDu som har höns eller andra fåglar inom tre kilometer från gården ska hålla dem inomhus eller under tak och nät. Rör inte döda vilda fåglar och rapportera fynd till sva.se.\nLänsstyrelsen i Kvarnsjö län, tfn 0980-319 210. Ny information kommer måndag 23 november.",
  ),

  // ---- Swedish: audienceAdapted ----
  s.bad(
    "sv",
    "bulletin",
    "irrigation ban written as a legal regulation in one long sentence",
    ADAPTED,
    KLAR,
    "Föreskrift om förbud mot bevattning",
    "Kvarnsjö kommun, Tekniska nämnden, 2026-07-01\nTekniska nämnden i Kvarnsjö kommun föreskriver med stöd av lagen (2006:412) om allmänna vattentjänster jämte kommunens ABVA att uttag av dricksvatten ur den allmänna anläggningen för ändamål som icke utgör hushållsändamål, däribland bevattning medelst slang eller spridare, påfyllning av bassänger överstigande 1 m³ samt biltvätt å tomtmark, ej får ske inom verksamhetsområdena Lindåsa och Björkhamra från och med 2026-07-03 kl. 06.00 intill dess nämnden annorledes beslutar, varvid överträdelse kan föranleda avstängning av vattentillförseln. Skälet härtill är att grundvattennivån i Lindåsaåsen understiger den nivå som erfordras för tryggad leverans.\nUpplysningar lämnas av VA-enheten, tfn 040-628 04 15. Ny information lämnas 2026-07-10.",
  ),
  s.bad(
    "sv",
    "bulletin",
    "water-works jargon and abbreviations instead of telling people to boil the water",
    ADAPTED,
    KLAR,
    "Otjänligt vatten Västra Hult",
    "Uppdaterad 2026-09-14 kl. 13.20\nVid ordinarie provtagning på utgående vatten från Hults vv samt i distributionsnätet (provpunkt RN-4) har koliforma bakterier > 10 cfu/100 ml och E. coli påvisats, varvid vattnet bedömts som otjänligt enl. gällande dricksvattenföreskrifter. KR gäller därmed för samtliga abonnenter anslutna till Hults VO. Nödvatten tillhandahålls vid NV-punkt 2. Sektionering och spolning av ledningsnätet pågår, likaså uppstart av UV-aggregat.\nNästa uppdatering: 2026-09-15 kl. 12.00.\nVA-enheten, Västra Hults kommun, tfn 0980-319 240",
  ),
  s.bad(
    "sv",
    "sms",
    "sms packed with abbreviations, the action hidden in the middle",
    ADAPTED,
    KLAR,
    undefined,
    "Info fr. Kvarnsjö kn VA: Pga ledn.brott v. Storg. 12–14 ev. påverkan på vattenkval. i omr. Ö Lindåsa fr.o.m. 3/6 kl 14. Prov tas, svar ca 5/6. T.v. rek. kokn. av dricksv. Nödv. vid ICA. Mer info: kvarnsjo.se/va",
  ),

  // ---- English: active ----
  s.bad(
    "en",
    "bulletin",
    "bird flu in wild swans announced with no advice to walkers, dog owners or poultry keepers",
    ACTIVE,
    CERC,
    "Avian influenza confirmed in wild birds at Kilbarra Strand",
    "Issued: Thursday 5 November 2026, 11:00\nThe Department of Agriculture has confirmed highly pathogenic avian influenza (H5N1) in six dead whooper swans collected at Kilbarra Strand last weekend. Further birds have been collected along the estuary and are being tested at the regional laboratory. Kilbarra Strand is a popular walking route and the car park remains open. Avian influenza is circulating in wild birds across Europe this winter.\nWe will publish the test results for the other birds here by Tuesday 10 November.\nEnvironment Section, Ballyrowan County Council",
  ),
  s.bad(
    "en",
    "bulletin",
    "recall notice that tells retailers what to do but not the people who bought the cheese",
    ACTIVE,
    CERC,
    "Recall of Glenmore Farm raw milk cheese",
    "Published Thursday 12 March 2026, 09:30\nGlenmore Farm Dairy is recalling batches 2603A and 2603B of its Glenmore Soft Raw Milk Cheese (200g) because E. coli O157 (VTEC) has been detected. The cheese was sold at farmers' markets in Ballyrowan and Drumlea and through the farm's website between 20 February and 10 March. VTEC can cause severe illness, especially in young children and older people. Retailers and market traders have been told to remove the product from sale.\nWe will update this notice on Monday 16 March.\nEnvironmental Health Service, Ballyrowan, 01 555 0140",
  ),
  s.bad(
    "en",
    "bulletin",
    "restriction level raised without saying what residents may and may not do",
    ACTIVE,
    CERC,
    "Water restrictions move to Level 3",
    "Updated Friday 9 January 2026, 4pm\nLevel 3 water restrictions apply across the Kowhai Bay and Tern Point supply areas from 6am on Saturday 10 January. Our storage reservoirs are at 38 per cent and the Kowhai Stream is flowing at its lowest January level since records began, so demand has to come down. Level 3 stays in place until the reservoirs are back above 60 per cent.\nWe will review the level on Friday 16 January.\nTe Awa District Council Water Services",
  ),
  s.bad(
    "en",
    "correction",
    "myth-first correction: the false posts quoted at length, the fact reduced to one line",
    ACTIVE,
    DEBUNK,
    "Can you catch bird flu from eggs?",
    "Posted Friday 20 November 2026\n“Bird flu is in the eggs – throw out everything in your fridge!” “The chicken in the supermarkets is infected!” “Kids who ate omelettes are in hospital!” Posts like these have been shared thousands of times in Drumlea this week, some with photos of dead hens and children in hospital beds, and many of you have asked us whether your eggs and chicken are safe.\nThey are safe when properly cooked.\nDrumlea Public Health Team. Next update on the poultry outbreak: Tuesday 24 November.",
  ),
  s.bad(
    "en",
    "bulletin",
    "disease cluster reported with no word on symptoms or who should seek care",
    ACTIVE,
    CERC,
    "Legionnaires' disease cases in Ballyrowan",
    "Statement, Wednesday 2 September 2026, 1pm\nThe Department of Public Health is investigating four confirmed cases of Legionnaires' disease in people living in or visiting the Ballyrowan town centre area since 20 August. Two people are being treated in Ballyrowan University Hospital. Environmental health officers are inspecting cooling towers, spa pools and water features in the area, and samples have been sent for testing. Legionnaires' disease is not spread from person to person.\nA further update will be issued on Friday 4 September at 1pm.\nDepartment of Public Health, Ballyrowan",
  ),

  // ---- English: open ----
  s.bad(
    "en",
    "bulletin",
    "fountains switched off and hoses banned with no reason and no end",
    OPEN,
    CERC,
    "Drinking fountains and hose use in Tern Point",
    "Notice, Monday 2 February 2026\nFrom 8am on Tuesday 3 February all public drinking fountains in Tern Point will be turned off, and properties connected to the Tern Point supply must not use hoses, sprinklers or irrigation systems. Watering cans and buckets are fine. Shops and cafés are not affected.\nIf you have questions call us on 0800 555 0137. We will post the next update here on Monday 9 February.\nTe Awa District Council Water Services",
  ),
  s.bad(
    "en",
    "bulletin",
    "clinic cancelled 'due to circumstances beyond our control' during an outbreak",
    OPEN,
    CERC,
    "MMR catch-up clinic moved to 23 May",
    "Posted Thursday 14 May 2026\nDue to circumstances beyond our control, the MMR catch-up vaccination clinic planned for Saturday 16 May at Drumlea Community Centre during the current measles outbreak will not go ahead. The clinic will now run on Saturday 23 May, 10am to 4pm, at the same venue. No appointment is needed. Children and adults who have not had two doses of MMR are welcome. Bring your child's vaccination record if you have it.\nQueries: Drumlea immunisation office, 01 555 0172. We will confirm the arrangements here on Wednesday 20 May.\nHSE Public Health, Drumlea",
  ),
  s.bad(
    "en",
    "faq",
    "faq answer that never says whether the festival is a suspected source",
    OPEN,
    CERC,
    "Is the outbreak linked to the Riverside Food Festival?",
    "Updated Saturday 8 August 2026\nQuestion: Several people who got sick went to the Riverside Food Festival on 1 and 2 August. Is the festival the source of the salmonella outbreak?\nAnswer: We understand there is a lot of interest in the source of this outbreak. Our team is working hard with a range of partners and we are following all the standard procedures for outbreak investigations. Good hand hygiene remains the best protection.\nIf you have diarrhoea, stay home from work or school until 48 hours after it stops, and call your GP if you have a high temperature or blood in your stool. This page is updated every weekday at 3pm.\nBallyrowan Public Health Team, 01 555 0184",
  ),
  s.bad(
    "en",
    "bulletin",
    "number of cases and schools withheld with no reason given",
    OPEN,
    CERC,
    "Measles update for Drumlea schools",
    "Issued Thursday 29 January 2026, 5pm\nPublic Health can confirm there are cases of measles in the Drumlea area. We will not be giving the number of cases or naming the schools involved at this time. Close contacts have been contacted directly.\nMeasles spreads very easily. If you or your child has a fever, red eyes and a rash, stay at home and phone your GP before going in. Check that everyone in your family has had two doses of MMR vaccine.\nNext update: Monday 2 February, 5pm.\nHSE Public Health, Drumlea",
  ),
  s.bad(
    "en",
    "bulletin",
    "movement controls kept 'for as long as the Ministry considers it necessary', with no condition for lifting",
    OPEN,
    CERC,
    "Controlled Area Notice for Te Awa Valley farms",
    "Published Wednesday 11 March 2026\nA Controlled Area Notice now covers 23 dairy and beef farms in the Te Awa Valley after bovine tuberculosis was confirmed in a herd on Upper Te Awa Road. Under the notice no cattle or deer may be moved on or off these farms without a permit. Farmers in the area have been contacted individually.\nThe notice will stay in place for as long as the Ministry considers it necessary.\nIf you farm in the valley and have not been contacted, call 0800 555 0191. We will post an update on Wednesday 18 March.\nTe Awa District Council, on behalf of the Ministry for Primary Industries",
  ),

  // ---- English: factual ----
  s.bad(
    "en",
    "bulletin",
    "guess about the true size of an outbreak stated alongside confirmed figures",
    FACTUAL,
    CERC,
    "Gastro outbreak after the Kowhai Bay A&P Show",
    "Update, Tuesday 3 March 2026, 2pm\nRegional Public Health has confirmed norovirus in 14 people who became ill after attending the Kowhai Bay A&P Show on 28 February. Our guess is that the real number is probably in the hundreds, and this could well turn out to be the biggest outbreak the region has ever seen.\nIf you are unwell with vomiting or diarrhoea, stay home until 48 hours after symptoms stop, wash your hands well, and call our health advice line on 0800 555 0120 if you are worried.\nNext update Thursday 5 March at 2pm.\nRegional Public Health and Te Awa District Council",
  ),
  s.bad(
    "en",
    "bulletin",
    "a Facebook video taken as proof of the cause of sheep deaths",
    FACTUAL,
    CERC,
    "Sheep deaths near Drumlea",
    "Posted Thursday 17 September 2026, 10am\nA video circulating on Facebook shows dozens of sheep lying dead in a field outside Drumlea, and it is now clear the flock was wiped out by bluetongue virus carried in from across the border. Farmers in the area should check their animals daily.\nIf you keep sheep or cattle and see fever, swelling of the face or lameness, contact your vet and the Regional Veterinary Office on 01 555 0166. Do not move animals off your holding until you have spoken to the office.\nWe will post an update on Friday 18 September.\nBallyrowan County Council Veterinary Section",
  ),
  s.bad(
    "en",
    "bulletin",
    "update that contradicts itself on new positive results",
    FACTUAL,
    CERC,
    "Water quality update – Tern Point",
    "Update, Sunday 12 April 2026, 6pm\nThere have been no new positive E. coli results in the Tern Point supply since the boil water notice was issued on Thursday. Two further samples taken this morning at the Beach Road reservoir tested positive for E. coli. The notice remains in place and residents must keep boiling all water used for drinking, food preparation and brushing teeth.\nNext update Monday 13 April at 6pm.\nTe Awa District Council Water Services, 0800 555 0137",
  ),
  s.bad(
    "en",
    "bulletin",
    "food named as the cause while the laboratory results are still awaited",
    FACTUAL,
    CERC,
    "Food poisoning after Drumlea wedding",
    "Statement, Monday 22 June 2026\nAbout 40 guests became ill after a wedding reception at the Riverside Hotel, Drumlea, on Saturday 20 June. The cause was the chicken served at the reception. Food samples and samples from guests who are ill have been sent to the laboratory and results are expected on Thursday.\nIf you attended and have diarrhoea or vomiting, drink plenty of fluids, stay off work until 48 hours after symptoms stop, and phone your GP if you are getting worse.\nWe will update this statement on Thursday 25 June.\nEnvironmental Health Service, Ballyrowan, 01 555 0140",
  ),
  s.bad(
    "en",
    "bulletin",
    "long-range outlook turned into a guarantee that supplies will last",
    FACTUAL,
    CERC,
    "Drought update: Drumlea reservoir",
    "Update, Friday 31 July 2026\nThe Drumlea reservoir is at 41% and falling by about 1% a day. The long-range outlook shows rain returning from mid-August, so supplies will definitely last through the summer and there will be no night-time restrictions this year.\nPlease keep saving water: no hosepipes, shorter showers, and report leaks to us on 01 555 0150.\nNext update Friday 7 August.\nBallyrowan Water Services and Ballyrowan County Council",
  ),

  // ---- English: fast ----
  s.bad(
    "en",
    "bulletin",
    "boil notice with only relative times: no date, no issue time",
    FAST,
    CERC,
    "Boil water notice – Kowhai Bay",
    "A boil water notice is in place for Kowhai Bay after E. coli was found in a routine sample taken yesterday morning. Boil all water for drinking, making baby formula, brushing teeth and washing raw food, or use bottled water. Water tankers are at Kowhai Bay Hall and Kowhai Bay School.\nWe expect the next test results tomorrow afternoon and will update you then.\nTe Awa District Council, 0800 555 0137",
  ),
  s.bad(
    "en",
    "bulletin",
    "toxic algae warning published five days after the results came in",
    FAST,
    CERC,
    "Blue-green algae warning at Lough Breenagh",
    "Published Monday 10 August 2026\nTest results received on Wednesday 5 August showed high levels of toxic blue-green algae (cyanobacteria) at the Lough Breenagh bathing area. Do not swim, paddle or let dogs into the water, and avoid contact with scum on the shoreline. Algae toxins can kill dogs within hours.\nWarning signs are now in place. We will test again on Thursday 13 August and publish the results here the same day.\nEnvironment Section, Ballyrowan County Council, 01 555 0158",
  ),
  s.bad(
    "en",
    "bulletin",
    "further information promised only 'in due course'",
    FAST,
    CERC,
    "Equine influenza at Kowhai Bay Racecourse",
    "Posted Saturday 7 November 2026, 9am\nEquine influenza has been confirmed in three horses stabled at Kowhai Bay Racecourse. All race meetings and horse movements on and off the course are suspended. Equine influenza does not affect people, but it spreads quickly between horses on clothing, gear and floats.\nIf you own horses in the district, keep them away from other horses, do not share gear, and call your vet if a horse has a cough, fever or nasal discharge.\nFurther information will be provided in due course.\nTe Awa District Council Emergency Management",
  ),
  s.bad(
    "en",
    "bulletin",
    "case numbers and exposure dates held back until a six-week investigation ends",
    [...FAST, ...OPEN],
    CERC,
    "Cryptosporidium cases linked to Ballyrowan Leisure Centre pool",
    "Statement, Tuesday 14 July 2026\nPublic Health is aware of a number of cryptosporidium cases among people who used the swimming pool at Ballyrowan Leisure Centre in late June. The pool has been closed since Friday 10 July. We will not release further details, including the number of cases or the dates of exposure, until our investigation concludes, which is expected to take around six weeks.\nIf you have watery diarrhoea, do not swim until two weeks after it stops, and phone your GP if it lasts more than a week.\nHSE Public Health, Ballyrowan",
  ),
  s.bad(
    "en",
    "bulletin",
    "results and advice on a possible toxic bloom put off until staff are back after the weekend",
    FAST,
    CERC,
    "Scum reported at Tern Point Lagoon",
    "Friday 16 January 2026, 5.15pm\nWe received a report of a thick green scum at Tern Point Lagoon this afternoon and samples have been taken. The council office is closed for the weekend, so the results and any advice will be posted on Monday morning when staff are back.\nUntil then, keep children and dogs out of the water at the lagoon.\nTe Awa District Council, 0800 555 0137",
  ),

  // ---- English: impartial ----
  s.bad(
    "en",
    "bulletin",
    "outbreak blamed on an ethnic minority community",
    IMPARTIAL,
    CERC,
    "Measles outbreak: Drumlea update",
    "Issued Wednesday 4 February 2026, 5pm\nThere are now 11 confirmed measles cases in Drumlea. Most of the cases are in the Traveller community, where vaccine uptake has always been poor, and families there are the main reason the outbreak has spread into the schools.\nCheck that everyone in your household has had two doses of MMR. Free MMR clinics run at Drumlea Health Centre every day this week, 9am to 5pm. If you have a fever and rash, phone your GP before you go in.\nNext update: Friday 6 February, 5pm.\nHSE Public Health, Drumlea",
  ),
  s.bad(
    "en",
    "bulletin",
    "water update crediting the mayor's faction and attacking the previous council",
    IMPARTIAL,
    CERC,
    "Water conservation update",
    "Posted Tuesday 10 February 2026\nThanks to Mayor Rangi Hoete and the Te Awa First councillors, who pushed the new Kowhai Bay bore through despite years of obstruction from the previous council, the district is coping far better with this drought than it otherwise would. Level 2 restrictions remain in place: sprinklers only on alternate days between 6am and 8am, and no unattended hoses.\nNext review: Tuesday 17 February. Questions: 0800 555 0137.\nTe Awa District Council",
  ),
  s.bad(
    "en",
    "bulletin",
    "boil notice that recommends a named product and shop",
    IMPARTIAL,
    CERC,
    "Boil water notice: what you can do",
    "Updated Monday 13 April 2026, 10am\nThe boil water notice for Tern Point remains in place. Boil all water used for drinking, food preparation, ice and brushing teeth, and let it cool before use. To store your boiled water, we recommend the ClearSpring 5-litre dispenser from Hardware Plus in Tern Point – it's the best on the market, and staff will give you 15% off if you mention this notice.\nNext update Tuesday 14 April at 10am.\nTe Awa District Council Water Services, 0800 555 0137",
  ),
  s.bad(
    "en",
    "social",
    "residents of one street mocked for breaking the hose ban",
    IMPARTIAL,
    CERC,
    undefined,
    "Thursday 22 January 2026 – To the handful of geniuses on Marine Parade who apparently think the hose ban applies to everyone except them: we can see your green lawns from the road. Enjoy them, because the rest of Kowhai Bay is paying for them.\nLevel 3 restrictions apply across Kowhai Bay: no sprinklers, no irrigation and no hoses, including hand-held ones. Watering cans and buckets are fine. Report breaches on 0800 555 0137.\nNext update Thursday 29 January.\nTe Awa District Council Water Services",
  ),

  // ---- English: audienceAdapted ----
  s.bad(
    "en",
    "bulletin",
    "utility jargon and acronyms the public cannot decode",
    ADAPTED,
    PLAIN,
    "Water quality incident – Drumlea PWS",
    "Update Thursday 19 March 2026, 14:00\nFollowing a turbidity exceedance at the Drumlea WTP, the CT value for chlorine disinfection could not be maintained and raw water abstraction was curtailed. In consultation with the HSE, a BWN is in place for all customers on the Drumlea PWS until further notice. Reservoir drawdown and mains flushing in the affected DMAs are ongoing, and alternative supplies have been deployed at the Drumlea GAA car park and on Main Street.\nNext update: Friday 20 March, 14:00.\nBallyrowan Water Services, 01 555 0130",
  ),
  s.bad(
    "en",
    "sms",
    "all-capital text alert with stacked exclamation marks",
    ADAPTED,
    PLAIN,
    undefined,
    "TE AWA DC 13 APR: URGENT!!! E COLI FOUND IN TERN POINT WATER. BOIL ALL DRINKING WATER NOW!!! DO NOT DRINK TAP WATER!!! TANKER AT TERN POINT HALL. NEXT UPDATE 14 APR 10AM. 0800 555 0137",
  ),
  s.bad(
    "en",
    "bulletin",
    "measles exposure alert written in clinical terms",
    ADAPTED,
    PLAIN,
    "Measles exposure at Ballyrowan University Hospital",
    "Issued Tuesday 17 March 2026, 3pm\nA confirmed case of measles (rubeola) attended the ED at Ballyrowan University Hospital on Sunday 15 March between 14:00 and 21:00 during the prodromal phase. Susceptible contacts (non-immune, i.e. fewer than 2 documented MMR doses and no serological evidence of immunity) are within the incubation window and should self-monitor for coryza, conjunctivitis, pyrexia ≥38°C, Koplik spots and maculopapular exanthem for 21 days. Immunocompromised contacts, pregnant women and infants <12 months may be eligible for PEP with HNIG and should contact Public Health urgently on 01 555 0178.\nNext update Thursday 19 March.\nDepartment of Public Health, Ballyrowan",
  ),
  s.bad(
    "en",
    "bulletin",
    "water restrictions issued as a single legal sentence",
    ADAPTED,
    PLAIN,
    "Notice of water restrictions",
    "Public Notice – Monday 2 March 2026\nPursuant to clause 14.2 of the Te Awa District Council Water Supply Bylaw 2018, the Chief Executive hereby gives notice that, with effect from 0600 hours on 3 March 2026 and until such time as this notice is revoked or varied by subsequent notice, the use of water supplied by the Council through any reticulated supply within the Kowhai Bay and Tern Point supply zones for the purposes of garden irrigation by means of sprinklers, soaker hoses, hand-held hoses or other mechanical apparatus, the washing of vehicles, vessels or hard surfaces, and the filling of swimming pools or spa pools in excess of 1,000 litres, is prohibited, by reason of the reduced yield of the Kowhai Stream intake, and any person who contravenes this notice commits a breach of the Bylaw and may be liable to disconnection.\nEnquiries: 0800 555 0137. A review of this notice will be published on 10 March 2026.\nChief Executive, Te Awa District Council",
  ),
];
