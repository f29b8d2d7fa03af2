/**
 * Lower-casing that keeps every offset: lexicons are matched on the lower-cased text and findings point into the
 * original, so both must have the same length. A few characters grow when lower-cased ("İ" → "i̇"); for those
 * the character is kept as it is.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}
