/**
 * What Framework's page template leaves out and every built page needs before any script runs:
 * the page's language on <html> (Vietnamese, the default; siteChrome.js switches it on ?lang=en)
 * and a skip link to the main content as the first thing keyboard and screen-reader users reach.
 * Plain text only, no script: the page's policy and script hashes are unaffected.
 */

const HTML_OPEN = /<html(\s[^>]*)?>/;
const BODY_OPEN = /<body(\s[^>]*)?>/;

/** Text safe inside an HTML element. */
function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The built page with `lang` on <html> (an existing lang is replaced) and, unless the page is
 * Framework's 404 page (its <base> would send "#main" to the home page), the skip link first in
 * <body>. Throws when the page has no <html> or <body> tag.
 */
export function withSiteFrame(html: string, page: string, lang: string, skipLink: string): string {
  if (!HTML_OPEN.test(html) || !BODY_OPEN.test(html)) throw new Error(`${page}: no <html> or <body> tag to add the language and skip link to`);
  let out = html.replace(HTML_OPEN, (_all, attrs: string | undefined) => `<html lang="${lang}"${(attrs ?? "").replace(/\slang="[^"]*"/, "")}>`);
  if (page !== "404.html" && !out.includes('class="skip-link"')) {
    out = out.replace(BODY_OPEN, (open) => `${open}\n<a class="skip-link" href="#observablehq-main">${escapeText(skipLink)}</a>`);
  }
  return out;
}
