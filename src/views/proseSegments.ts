/** A piece of catalogue prose: plain text, **bold**, `code` or a [link](href) inside the site. */
export type ProseSegment =
  | {readonly kind: "text" | "strong" | "code"; readonly text: string}
  | {readonly kind: "link"; readonly text: string; readonly href: string};

const MARK = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

/**
 * Splits catalogue prose written with three light marks (**bold**, `code`, [text](href)) into
 * segments a page lays out as elements, so long explanations stay in the catalogue as text and
 * nothing is parsed as HTML. Anything else, stray asterisks included, stays plain text.
 */
export function proseSegments(prose: string): ProseSegment[] {
  const segments: ProseSegment[] = [];
  let at = 0;
  for (const match of prose.matchAll(MARK)) {
    const index = match.index ?? 0;
    if (index > at) segments.push({kind: "text", text: prose.slice(at, index)});
    const [, strong, code, linkText, href] = match;
    if (strong !== undefined) segments.push({kind: "strong", text: strong});
    else if (code !== undefined) segments.push({kind: "code", text: code});
    else segments.push({kind: "link", text: linkText ?? "", href: href ?? ""});
    at = index + match[0].length;
  }
  if (at < prose.length) segments.push({kind: "text", text: prose.slice(at)});
  return segments;
}
