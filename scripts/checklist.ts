/**
 * Scores a message against the six principles and prints the ChecklistResult as JSON.
 *
 *   npm run -s checklist -- FILE.json          FILE holds {"message": MessageInput, "context"?: ScoringContext}
 *   npm run -s checklist -- -                  the same JSON on standard input
 *   npm run -s checklist -- --text FILE.txt    plain text as the body, with --language, --kind, --channel …
 *
 * Exit code 0 when the message was scored (whatever its score), 2 on bad input, with the reason on stderr.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { scoreMessage } from "../shared/checklist/index.js";
import { IsoDateTime } from "../shared/schemas/common.js";
import { MessageInput, ScoringContext } from "../shared/schemas/checklist.js";

const USAGE = `Usage: npm run -s checklist -- [options] FILE|-

Scores a crisis message (bulletin, FAQ answer, correction, SMS, social post) and prints the result as JSON.

FILE is a JSON file {"message": MessageInput, "context"?: ScoringContext} with ISO 8601 times; "-" reads it from
standard input. With --text, FILE (or "-") is plain text used as the message body.

Options:
  --text                 read plain text instead of JSON
  --title TEXT           title of the message (text mode)
  --language LANG        sv | en | fi | sv-lattlast (text mode; default sv)
  --kind KIND            bulletin | faq | correction | sms | social (text mode; default bulletin)
  --channel LIST         comma-separated: web,social,press,sms,contact-centre,intranet (text mode)
  --audience LIST        comma-separated: residents,affected-area,businesses,visitors,media,staff,vulnerable-groups
  --now ISO              evaluate the incident clock at this time; by default the current time is used when the
                         input has an incident clock or a next-update time but no context.now
  --compact              print the JSON on one line
  -h, --help             show this help

Exit codes: 0 scored, 2 bad input (the reason is printed on standard error).`;

const Payload = z.strictObject({ message: MessageInput, context: ScoringContext.optional() });

class InputError extends Error {}

function describeIssues(error: z.ZodError, flags: Record<string, string> = {}): string {
  return error.issues
    .map((i) => {
      const path = i.path.join(".");
      const name = flags[path] ?? (path === "" ? "(top level)" : path);
      return `  ${name}: ${i.message}`;
    })
    .join("\n");
}

function readSource(file: string): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    throw new InputError(`cannot read ${file === "-" ? "standard input" : file}: ${(e as Error).message}`);
  }
}

const list = (value: string | undefined) =>
  value === undefined
    ? undefined
    : value
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean);

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        text: { type: "boolean" },
        title: { type: "string" },
        language: { type: "string" },
        kind: { type: "string" },
        channel: { type: "string" },
        audience: { type: "string" },
        now: { type: "string" },
        compact: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new InputError(`${(e as Error).message}\n\n${USAGE}`);
  }
}

function fromText(source: string, values: ReturnType<typeof parse>["values"]) {
  const candidate = {
    kind: values.kind ?? "bulletin",
    language: values.language ?? "sv",
    title: values.title,
    body: source,
    channels: list(values.channel),
    audiences: list(values.audience),
  };
  const parsed = MessageInput.safeParse(candidate);
  if (!parsed.success) {
    const flags = {
      kind: "--kind",
      language: "--language",
      title: "--title",
      body: "text",
      channels: "--channel",
      audiences: "--audience",
    };
    // Name the flag, and for a list the value that was wrong: "--channel "fax"".
    const byFlag = Object.fromEntries(
      parsed.error.issues.map((i) => {
        const flag = flags[String(i.path[0]) as keyof typeof flags] ?? i.path.join(".");
        const item =
          typeof i.path[1] === "number" ? candidate[i.path[0] as "channels" | "audiences"]?.[i.path[1]] : undefined;
        return [i.path.join("."), item === undefined ? flag : `${flag} "${item}"`];
      }),
    );
    throw new InputError(`invalid options:\n${describeIssues(parsed.error, byFlag)}`);
  }
  return { message: parsed.data, context: {} as ScoringContext };
}

function fromJson(source: string, file: string) {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    throw new InputError(`${file === "-" ? "standard input" : file} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = Payload.safeParse(json);
  if (!parsed.success)
    throw new InputError(
      `invalid input in ${file === "-" ? "standard input" : file}:\n${describeIssues(parsed.error)}`,
    );
  return { message: parsed.data.message, context: parsed.data.context ?? {} };
}

export function run(argv: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const { values, positionals } = parse(argv);
    if (values.help) return { code: 0, stdout: `${USAGE}\n`, stderr: "" };
    if (positionals.length !== 1)
      throw new InputError(`expected exactly one FILE or "-", got ${positionals.length}\n\n${USAGE}`);
    const file = positionals[0] as string;
    if (!values.text) {
      for (const flag of ["title", "language", "kind", "channel", "audience"] as const) {
        if (values[flag] !== undefined)
          throw new InputError(`--${flag} is only used with --text; in JSON mode put it in "message"`);
      }
    }
    const source = readSource(file);
    const { message, context } = values.text ? fromText(source, values) : fromJson(source, file);
    if (values.now !== undefined) {
      const now = IsoDateTime.safeParse(values.now);
      if (!now.success)
        throw new InputError(`--now: expected an ISO 8601 time with offset, e.g. 2025-11-25T14:00:00+01:00`);
      context.now = now.data;
    } else if (context.now === undefined && (context.incident !== undefined || message.nextUpdateAt)) {
      context.now = new Date().toISOString();
    }
    const result = scoreMessage(message, context);
    return { code: 0, stdout: `${JSON.stringify(result, null, values.compact ? undefined : 2)}\n`, stderr: "" };
  } catch (e) {
    if (e instanceof InputError) return { code: 2, stdout: "", stderr: `checklist: ${e.message}\n` };
    throw e;
  }
}

const { code, stdout, stderr } = run(process.argv.slice(2));
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
