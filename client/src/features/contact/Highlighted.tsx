import { highlightSpans } from "@shared/search/index";

/** Text with the words the search matched marked, so the agent sees why a hit came up. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const spans = terms.length > 0 ? highlightSpans(text, terms) : [];
  if (spans.length === 0) return <>{text}</>;
  const out: React.ReactNode[] = [];
  let at = 0;
  spans.forEach((s, i) => {
    if (s.start > at) out.push(text.slice(at, s.start));
    out.push(<mark key={i}>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  });
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
