/**
 * A light English stemmer: plurals, -ing, -ed, -ly. The FAQ has few English entries and visitors ask short
 * questions, so a full Porter stemmer would buy little; this keeps "outages"/"outage", "boiling"/"boil".
 */
export function stemEn(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);

  for (const suffix of ["ing", "ed"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && /[aeiouy]/.test(w.slice(0, -suffix.length))) {
      w = w.slice(0, -suffix.length);
      if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1); // stopped → stop
      break;
    }
  }
  if (w.endsWith("ly") && w.length > 5) w = w.slice(0, -2);
  // restore(d) / restoring → restor; come(s) / coming → com (four letters too: "coming back" meets "comes")
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}
