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
export const texts = (el: Element | Document, name: string): string[] => [...el.getElementsByTagNameNS("*", name)].map((e) => e.textContent ?? "");
