/**
 * A source address from data as a link, or as text (nguồn số liệu): only an absolute http(s)
 * address becomes an <a> (safeHref); anything else — javascript:, a relative path, a sentence
 * such as "Báo cáo của Sở Nội vụ" — is shown as it was written, escaped by htl, and never
 * breaks the page.
 *
 *   ${sourceLink(meta.sources[0].sourceUrl)}                  // the address as the link text
 *   ${sourceLink(url, {hostOnly: true})}                       // "ddcihatinh.vn"
 */
import {html} from "npm:htl";
import {safeHref} from "../lib/cchc.js";

export function sourceLink(value, {hostOnly = false} = {}) {
  const href = safeHref(value);
  if (href === null) return html`<span class="source-text">${String(value ?? "")}</span>`;
  return html`<a href=${href} rel="noopener noreferrer">${hostOnly ? new URL(href).hostname : String(value).trim()}</a>`;
}
