/**
 * The one word-level diff: runs of equal, removed and added text, in order. The bulletin editor's version diff
 * (DiffView) and the contact centre's "Ändrad" marks (features/contact/ChangeDiff) both read it.
 */
export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

export const DIFF_CELL_LIMIT = 4_000_000; // LCS table cells (~16 MB); beyond it the changed middle is shown as replaced

/** Words and the white space between them, so a diff keeps the original spacing and line breaks. */
export function diffTokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

function push(parts: DiffPart[], kind: DiffPart["kind"], text: string): void {
  if (text === "") return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * Readable runs: white space that merely separates two changes joins them, so "Deras nya text" replacing
 * "Kommunen har hittat" reads as one removal and one addition instead of alternating single words.
 */
function mergeRuns(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = "";
  let added = "";
  let inRun = false;
  const flush = () => {
    push(out, "removed", removed);
    push(out, "added", added);
    removed = "";
    added = "";
    inRun = false;
  };
  parts.forEach((part, i) => {
    if (part.kind === "removed") {
      removed += part.text;
      inRun = true;
    } else if (part.kind === "added") {
      added += part.text;
      inRun = true;
    } else if (inRun && /^\s+$/.test(part.text) && parts[i + 1] !== undefined && parts[i + 1]?.kind !== "same") {
      removed += part.text;
      added += part.text;
    } else {
      if (inRun) flush();
      push(out, "same", part.text);
    }
  });
  if (inRun) flush();
  return out;
}

/**
 * Longest-common-subsequence diff over word tokens. Common prefix and suffix are peeled off first, so an edit in a
 * long text only tables the changed middle; a middle too big for the table is shown as removed + added.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = diffTokens(before);
  const b = diffTokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  push(parts, "same", a.slice(0, start).join(""));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if ((n + 1) * (m + 1) > DIFF_CELL_LIMIT) {
    push(parts, "removed", midA.join(""));
    push(parts, "added", midB.join(""));
  } else {
    // table[i][j] = LCS length of midA[i..] and midB[j..], stored row-major.
    const width = m + 1;
    const table = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i * width + j] =
          midA[i] === midB[j]
            ? (table[(i + 1) * width + j + 1] ?? 0) + 1
            : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push(parts, "same", midA[i] ?? "");
        i++;
        j++;
      } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
        push(parts, "removed", midA[i++] ?? "");
      } else {
        push(parts, "added", midB[j++] ?? "");
      }
    }
    while (i < n) push(parts, "removed", midA[i++] ?? "");
    while (j < m) push(parts, "added", midB[j++] ?? "");
  }
  push(parts, "same", a.slice(endA).join(""));
  return mergeRuns(parts);
}

/** True when the diff has any change at all. */
export const hasChanges = (parts: readonly DiffPart[]): boolean => parts.some((p) => p.kind !== "same");
