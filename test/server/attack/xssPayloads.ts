/**
 * Script and markup payloads for the XSS checks: each would set `window.__xss` if an output or a console
 * page put it into the document as markup instead of text. Shared by the public-output test (xss.test.ts) and the
 * browser test (test/e2e/xss.test.ts). None has a control character, so every text field accepts them.
 */
export const XSS_PAYLOADS = [
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  "javascript:window.__xss=1",
  "]]></info><script>window.__xss=1</script>",
  '\'><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<a href="javascript:window.__xss=1">läs mer</a>',
] as const;

/** Elements that run script or load active content; a public output or console page must never grow one from data. */
export const ACTIVE_ELEMENTS = [
  "script",
  "iframe",
  "object",
  "embed",
  "svg",
  "img",
  "math",
  "base",
  "frame",
  "frameset",
  "link[rel=import]",
];

/** Problems in a parsed document: an element from a payload, an event-handler attribute, a javascript: URL. */
export function activeContent(root: Document | Element): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll(ACTIVE_ELEMENTS.join(","))))
    found.push(`<${el.localName}> element`);
  for (const el of Array.from(root.querySelectorAll("*"))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${attr.name} attribute on <${el.localName}>`);
      if (
        /^(href|src|action|formaction|xlink:href|srcdoc|data)$/i.test(attr.name) &&
        /^\s*(javascript|data|vbscript):/i.test(attr.value)
      )
        found.push(`${attr.name}="${attr.value}" on <${el.localName}>`);
    }
  }
  return found;
}
