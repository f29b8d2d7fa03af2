/**
 * Compound splitting for Swedish. Swedish writes compounds as one word ("dricksvattnet", "strömavbrott",
 * "sophämtning"), and the last part is the head that carries the meaning: a "kranvatten" is a kind of
 * "vatten". A word is split when its tail (the head) is a known part; the rest is kept when it is a known
 * part too, with an optional linking "s" ("kokning-s-rekommendation"). The lexicon is a fixed list of parts
 * common in municipal crisis vocabulary, so splitting is deterministic and does not depend on what has been
 * indexed; unknown tails are left whole rather than guessed, because a wrong split ("av-brott") misleads. Other
 * compounds are split when both parts are general Swedish words of four letters or more (splitGeneral), and only
 * their head is kept.
 */
import { isKnownStem } from "./lexicon.js";
import { derivedStems, stemSv } from "./stemSv.js";

const PARTS = `vatten dricka dricks kran koka kokning rekommendation råd besked ström el avbrott bortfall brand rök
skola förskola äldre boende sop sopor avfall hämtning tunna kärl återvinning central tjänst hem tank bil dunk
post larm trygghet punkt mobil täckning nät gas gasol grill kök disk tvätt maskin tand borsta borstning barn mat
låda frys kyl skåp ledning rör läcka träd väg gata storm vind värme stuga fönster ventilation kris stöd platt
plattform form app lösen ord uppgift person nummer faktura bank giro sms mejl bygg lov kontakt center social
fritid omsorg bad dusch vård gård hus lägenhet utbetalning pengar ersättning område stad del odling grönsak
sallad is bit flaska napp modersmjölk välling kall varm tipp skräp grov soffa möbel sjuk anmälan frånvaro
evakuering samling plats lokal sport hall reception telefon växel signal varning meddelande säck kokare
kraft kabel stolpe verk reserv pump station prov olja fjärr luft kvalitet sten lukt smak färg radio batteri
information språk tolk stöd samtal frivillig grupp leverans mjölk medicin besök anhörig öppettider tider
tid dag vecka natt kväll morgon säkerhet attack intrång hackare angrepp data system`;

const LEXICON: ReadonlySet<string> = new Set(PARTS.split(/\s+/).filter(Boolean).map(stemSv));

const MIN_WORD = 6; // letters; shorter words are rarely compounds worth splitting
const MIN_TAIL = 3; // letters of the tail's surface form
const MIN_HEAD = 2; // "el-avbrott"
const MIN_TAIL_ALONE = 5; // letters a tail needs to be split off an unknown head ("sjö-staden", not "han-del")

function isKnown(word: string): boolean {
  const stem = stemSv(word);
  return LEXICON.has(stem) || derivedStems(stem).some((d) => LEXICON.has(d));
}

/**
 * Surface parts of a compound, head last, e.g. "kokningsrekommendationen" → ["kokning", "rekommendationen"],
 * or [] when the word is not a recognised compound.
 */
export function splitCompound(word: string): string[] {
  if (word.length < MIN_WORD) return [];
  for (let i = MIN_HEAD; i <= word.length - MIN_TAIL; i++) {
    const tail = word.slice(i);
    if (!isKnown(tail)) continue;
    const head = word.slice(0, i);
    const headParts = splitHead(head);
    if (headParts.length === 0 && tail.length < MIN_TAIL_ALONE) continue;
    return [...headParts, tail];
  }
  return splitGeneral(word);
}

const MIN_GENERAL_PART = 4; // letters of either part: the general lexicon holds stems of 4+ letters only

/**
 * Any other compound of two general Swedish words (lexicon.ts): "eldningsförbudet" → eldnings + förbudet,
 * "vattenspridare" → vatten + spridare, "kaffebryggaren" → kaffe + bryggaren. Another municipality's FAQ uses its own
 * compounds; the crisis list above cannot know them all. The longest known tail wins; a word the lexicon knows whole
 * is left whole. Only the head is returned: a modifier met elsewhere ("värme" of "värmebölja" in "skydda mig mot
 * värmen") pulled the wrong entries up on the tuning sets, while the head is what the word is about.
 */
function splitGeneral(word: string): string[] {
  if (isKnownStem(stemSv(word))) return [];
  for (let i = MIN_GENERAL_PART; i <= word.length - MIN_TAIL_ALONE; i++) {
    const tail = word.slice(i);
    if (!isKnownStem(stemSv(tail))) continue;
    const head = word.slice(0, i);
    const bare = head.length > MIN_GENERAL_PART && head.endsWith("s") ? head.slice(0, -1) : head;
    if (LEXICON.has(stemSv(bare)) || isKnownStem(stemSv(bare)) || isKnownStem(stemSv(head))) return [tail];
  }
  return [];
}

function splitHead(head: string): string[] {
  const candidates = head.length > 3 && head.endsWith("s") ? [head, head.slice(0, -1)] : [head];
  for (const c of candidates) if (LEXICON.has(c) || isKnown(c)) return [c];
  for (const c of candidates) {
    const inner = splitCompound(c);
    if (inner.length > 0) return inner;
  }
  return [];
}
