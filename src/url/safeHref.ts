/**
 * The address a link may point to (đường dẫn an toàn): only an absolute http:// or https://
 * URL becomes an href. Source addresses come from data files (a "Nguồn: …" title line, a
 * source_url column), so anything else — javascript:, data:, vbscript:, a relative or
 * protocol-relative path, plain text such as "Báo cáo của Sở Nội vụ" — is shown as text instead.
 *
 *   const href = safeHref(meta.sourceUrl); // "https://ddcihatinh.vn/…" or null
 */
export function safeHref(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  // Checked on the text as written, before URL parsing: the parser drops tabs and newlines
  // anywhere ("java\nscript:"), and a scheme split by them is not one a person meant.
  if (!/^https?:\/\/[^\s/?#]/i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  // user:password@host hides the real host from a reader ("https://pcivietnam.vn@evil.example").
  if (url.username !== "" || url.password !== "") return null;
  return url.href;
}
