/**
 * Catalogue prose laid out as elements: **bold**, `code` and [links](./path) become <strong>,
 * <code> and <a>; everything else is text (htl escapes it), so no catalogue entry is read as HTML.
 *
 *   prose(t.rulePooling)          → <p>…</p>
 *   prose(t.rules, {tag: "li"})   → <li>…</li>
 */
import {html} from "npm:htl";
import {proseSegments} from "../lib/cchc.js";

export function prose(text, {tag = "p"} = {}) {
  const parts = proseSegments(text).map((s) =>
    s.kind === "strong" ? html`<strong>${s.text}</strong>` : s.kind === "code" ? html`<code>${s.text}</code>` : s.kind === "link" ? html`<a href=${s.href}>${s.text}</a>` : s.text
  );
  const element = document.createElement(tag);
  element.append(...parts);
  return element;
}
