import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  EVENT_CATALOGUE,
  EVENT_TYPES,
  eventDef,
  eventCsvText,
  eventSentence,
  isUnread,
  readEvent,
  type EventEnvelope,
  type EventType,
  type Wording,
} from "../../shared/events/index.js";

const ROOT = join(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** The rows of every docs/api.md table whose header is `| type | visibleTo | entity | data |`. */
function documentedRows(): Array<{ types: string[]; visibleTo: string; entity: string }> {
  const lines = readFileSync(join(ROOT, "docs", "api.md"), "utf8").split("\n");
  const rows: Array<{ types: string[]; visibleTo: string; entity: string }> = [];
  let inTable = false;
  for (const line of lines) {
    if (/^\| type \| visibleTo \| entity \| data \|/.test(line)) inTable = true;
    else if (!line.startsWith("|")) inTable = false;
    else if (inTable && !line.startsWith("|---")) {
      const [type = "", visibleTo = "", entity = ""] = line.split(" | ").map((c) => c.replace(/^\| ?/, "").trim());
      rows.push({ types: [...type.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ""), visibleTo, entity });
    }
  }
  return rows;
}

/** A visibleTo cell that states one value: `null` or a JSON role list, maybe with a note in brackets after it. */
function plainVisibleTo(cell: string): string[] | null | undefined {
  const m = /^`?(null|\[[^\]]*\])`?(\s*\(.*\))?$/.exec(cell);
  if (!m?.[1]) return undefined;
  return JSON.parse(m[1]) as string[] | null;
}

const words: Wording = {
  lang: "sv",
  label: (key) => `<${key}>`,
  time: (iso) => iso,
  list: (items) => items.join(", "),
};

describe("the event catalogue", () => {
  it("has exactly one entry per event type", () => {
    expect(Object.keys(EVENT_CATALOGUE).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it("has every type emitted somewhere in the server (its literal in server/)", () => {
    const source = sourceFiles(join(ROOT, "server"))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const silent = EVENT_TYPES.filter((type) => !source.includes(`"${type}"`));
    expect(silent).toEqual([]);
  });

  it("matches docs/api.md: every type documented once, with its default visibleTo and its entities", () => {
    const rows = documentedRows();
    const documented = rows.flatMap((r) => r.types);
    expect([...documented].sort()).toEqual([...EVENT_TYPES].sort());
    for (const row of rows) {
      for (const type of row.types as EventType[]) {
        const def = eventDef(type);
        const stated = plainVisibleTo(row.visibleTo);
        if (def.visibility === "varies")
          expect(stated, `${type}: the docs must say what its audience depends on`).toBeUndefined();
        else expect(stated, `${type} visibleTo`).toEqual(def.visibleTo === null ? null : [...def.visibleTo]);
        const entities = row.entity
          .split(/,|\bor\b/)
          .map((e) => e.trim())
          .filter(Boolean)
          .sort();
        expect(entities, `${type} entity`).toEqual([...def.entity].sort());
      }
    }
  });

  it("words every sentence in Swedish and English with the same placeholders", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const type of EVENT_TYPES) {
      for (const [key, sentence] of Object.entries(eventDef(type).log)) {
        expect(sentence.sv, `${type}.${key}`).not.toBe("");
        expect(placeholders(sentence.en), `${type}.${key}`).toEqual(placeholders(sentence.sv));
      }
    }
  });
});

describe("readEvent", () => {
  const envelope = (type: EventType, data: Record<string, unknown>): EventEnvelope => ({
    seq: 7,
    at: "2026-11-25T08:00:00.000Z",
    actor: { id: "11111111-1111-4111-8111-111111111111", displayName: "Anna Lind" },
    type,
    incidentId: null,
    entity: { type: "claim", id: "22222222-2222-4222-8222-222222222222" },
    visibleTo: null,
    data,
  });

  it("keeps an event whose payload predates a field (a claim stored before `calls`) as unread instead of throwing", () => {
    const old = envelope("claim.created", {
      claim: { id: "22222222-2222-4222-8222-222222222222", text: "Vattnet är förgiftat" },
    });
    const read = readEvent(old);
    expect(isUnread(read)).toBe(true);
    expect(read.seq).toBe(7);
    expect(eventSentence(read, "Anna Lind", words)).toBeNull();
    expect(eventCsvText(read)).toBe("Systemhändelse som inte kunde läsas (claim.created)");
  });

  it("keeps unknown fields of a payload (written by a newer server) and reads the rest", () => {
    const read = readEvent(
      envelope("inquiry.called_back", {
        inquiryId: "33333333-3333-4333-8333-333333333333",
        caseNumber: "2026-000001",
        claimId: null,
        done: true,
        newer: 1,
      }),
    );
    expect(isUnread(read)).toBe(false);
    expect(read.data).toMatchObject({ done: true, newer: 1 });
    expect(eventSentence(read, "Anna Lind", words)).toBe("Anna Lind ringde tillbaka i ärende 2026-000001.");
    // The CSV copy of the log: the Swedish sentence, not the type code, for a type with no CSV text of its own.
    expect(eventCsvText(read)).toBe("Anna Lind ringde tillbaka i ärende 2026-000001.");
  });
});
