/** A word-level diff for the "Ändrad" mark: what the agent saw before against the answer now. */
export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

const MAX_CELLS = 2_000_000; // LCS table size; beyond it (answers of thousands of words) show old and new whole

/** Words with the whitespace after them, so joining the parts gives the texts back exactly. */
function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

const bare = (w: string) => w.trimEnd();

function push(parts: DiffPart[], kind: DiffPart["kind"], text: string): void {
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/** Longest common subsequence of words; removed and added runs between the common words. Pure. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  const parts: DiffPart[] = [];
  if (a.length * b.length > MAX_CELLS) {
    if (before) push(parts, "removed", before);
    if (after) push(parts, "added", after);
    return parts;
  }
  // lcs[i][j]: LCS length of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = bare(a[i] ?? "") === bare(b[j] ?? "") ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const wa = a[i] ?? "";
    const wb = b[j] ?? "";
    if (bare(wa) === bare(wb)) {
      push(parts, "same", wb);
      i++;
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      push(parts, "removed", wa);
      i++;
    } else {
      push(parts, "added", wb);
      j++;
    }
  }
  for (; i < a.length; i++) push(parts, "removed", a[i] ?? "");
  for (; j < b.length; j++) push(parts, "added", b[j] ?? "");
  return parts;
}

/** True when the diff has any change at all. */
export const hasChanges = (parts: readonly DiffPart[]): boolean => parts.some((p) => p.kind !== "same");
