import {createHash} from "node:crypto";

/**
 * The site's Content-Security-Policy: only its own origin. wasm and blob workers are what
 * DuckDB-wasm needs; data: covers the inlined fonts and the favicon. Scripts: the built pages
 * allow exactly their own inline boot scripts by hash (withScriptHashes); only Framework's dev
 * preview, whose inline scripts change as you edit, runs with 'unsafe-inline'.
 */
function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * htl (behind Plot, Inputs and the pages' html`…`) writes an event handler given as a function
 * first as the placeholder attribute `onclick="::<n>"`, then swaps in the function. The browser
 * checks the placeholder against the policy; it is not valid JavaScript, so allowing exactly these
 * texts (and no other inline handler) lets no script run and keeps the console clean.
 */
const HTL_HANDLER_PLACEHOLDERS = Array.from({length: 64}, (_, i) => sha256Source(`::${i + 1}`)).join(" ");

const DIRECTIVES: readonly (readonly [string, string])[] = [
  ["default-src", "'self'"],
  ["script-src", "'self' 'wasm-unsafe-eval'"],
  ["script-src-attr", `'unsafe-hashes' ${HTL_HANDLER_PLACEHOLDERS}`],
  ["style-src", "'self' 'unsafe-inline'"],
  ["img-src", "'self' data: blob:"],
  ["font-src", "'self' data:"],
  ["connect-src", "'self' data: blob:"],
  ["worker-src", "'self' blob:"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"]
];

function policy(scriptSources: string): string {
  return DIRECTIVES.map(([name, value]) => `${name} ${name === "script-src" ? `${value} ${scriptSources}` : value}`).join("; ");
}

/** The policy written into every page by observablehq.config.ts (what the dev preview uses). */
export const DEV_CONTENT_SECURITY_POLICY = policy("'unsafe-inline'");

/** Headers a server adds beside the page's own policy; frame-ancestors only works as a header. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer"
};

/** The header form of a page's policy: the page's own directives plus frame-ancestors 'none'. */
export function headerPolicy(pagePolicy: string): string {
  return `${pagePolicy}; frame-ancestors 'none'`;
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const POLICY_META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(">)/;

/** `'sha256-…'` sources for the inline scripts of an HTML page, in page order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map((m) => sha256Source(m[1]!));
  return [...new Set(hashes)];
}

/**
 * The built page with its policy's 'unsafe-inline' script source replaced by the hashes of the
 * page's own inline scripts. Throws when the page has no policy to rewrite (a page that escaped
 * the config's head would otherwise ship without one).
 */
export function withScriptHashes(html: string, page: string): string {
  const meta = POLICY_META.exec(html);
  if (meta === null) throw new Error(`${page}: no Content-Security-Policy meta tag to add script hashes to`);
  const hashes = inlineScriptHashes(html).join(" ");
  return html.replace(POLICY_META, (_all, open: string, _old: string, close: string) => `${open}${policy(hashes)}${close}`);
}

/** The policy in a built page's meta tag, or null. */
export function pagePolicy(html: string): string | null {
  return POLICY_META.exec(html)?.[2] ?? null;
}
