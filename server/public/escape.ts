const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML and XML content and attribute values alike. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => HTML[c] ?? c);

// XML 1.0 forbids most control characters even as references; they cannot come from a form, but a paste might.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const escapeXml = (value: string): string => escapeHtml(value.replace(XML_FORBIDDEN, ""));

/** CAP's dateTime pattern admits neither `Z` nor fractions: 2026-11-25T08:00:00+00:00. */
export const capTime = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}Z$/, "+00:00");

/** RFC 3339 for Atom and JSON Feed, without fractions. */
export const feedTime = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}Z$/, "Z");

/** Plain text to paragraphs: blank lines separate paragraphs, single newlines become line breaks. */
export function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}
