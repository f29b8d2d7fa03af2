/**
 * Words that carry no meaning for finding an FAQ entry. Based on the Snowball Swedish stop list plus what
 * callers say around a question ("undrar", "egentligen", "måste", "behöver", "först", "på vilket sätt"). Kept out
 * on purpose: "utan", "ingen" and "över" are in Snowball's list but matter here ("utan ström", "faran över"); "it"
 * is IT in Swedish; "varför" and "vart" say what is asked ("Varför ska vattnet kokas?", "Vart ska vi ta vägen?") and
 * are light words instead (lightWords.ts).
 */
const SV = `och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du
henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp vi dem
vara vad än dig kan sina här ha mot alla under någon eller allt mycket sedan sen ju denna själv detta åt varit
hur mitt ni bli blev oss din dessa några deras blir mina samma vilken er sådan vår blivit dess inom mellan
sådant  varje vilka ditt vem vilket sådana  dina vars vårt våra ert era ska skall måste får fått
kommer finns fanns gör göra gjort jo nej ja hej hallå undrar fråga egentligen typ liksom alltså väl bara också
även nån några något lite ens ju mm oj dom
få många fler flera ofta redan ifall haft bör borde kunna kunnat sker innebär eventuell eventuella eventuellt etc kommit
först sätt gång gånger igen just andra annan annat händer hända hänt behöver behöva behövs vill tänka tänker veta vet okej ok dock visst`;

const EN = `the a an is are was were be been to of in on at for from do does did i you we he she they my your
our can could will would when where what how why and or with there this that these those me us have has had
am if so not no yes need needs must really actually also too then even ever okay ok anyone anybody anything
something someone im i'm dont don't doesnt doesn't`;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

export const STOPWORDS: ReadonlySet<string> = new Set([...words(SV), ...words(EN)]);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
