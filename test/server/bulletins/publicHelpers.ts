import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { JSDOM } from "jsdom";
import { repoRoot } from "../../helpers/child.js";

export const CAP_XSD = resolve(repoRoot, "test/fixtures/cap/CAP-v1.2.xsd");

/** Validates against the OASIS CAP 1.2 schema with xmllint (exit 0 valid, 3 invalid). */
export function validateCap(xml: string): { ok: boolean; output: string } {
  const run = spawnSync("xmllint", ["--noout", "--schema", CAP_XSD, "-"], { input: xml, encoding: "utf8" });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const window = new JSDOM("").window;

/** A real XML parser (jsdom's DOMParser); throws on a document that is not well-formed. */
export function parseXml(xml: string): Document {
  const doc = new window.DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ""}`);
  return doc;
}

export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Direct children of `el` named `name` (namespace-agnostic), as text. */
export const texts = (el: Element | Document, name: string): string[] =>
  [...el.getElementsByTagNameNS("*", name)].map((e) => e.textContent ?? "");

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }>;
}

/** Runs axe-core (WCAG 2.1 A/AA rules) on a server-rendered page in jsdom; layout-bound checks such as colour
 *  contrast come back "incomplete" there and are left to the browser test. */
export async function axeViolations(html: string): Promise<AxeResult["violations"]> {
  const { source } = (await import("axe-core")).default;
  const dom = new JSDOM(html, { runScripts: "outside-only", url: "http://127.0.0.1/public/" });
  dom.window.eval(source);
  const axe = (dom.window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<AxeResult> } }).axe;
  const result = await axe.run(dom.window.document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  });
  return result.violations;
}
