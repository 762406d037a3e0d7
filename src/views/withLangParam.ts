import type {Lang} from "../format/lang.ts";

/** Folders of Framework's built assets (files, modules, npm packages): never pages. */
const ASSET_FOLDER = /^\/_[a-z]+\//;

/**
 * A link as it must be written on a page shown in `lang`: a link to another page of the site
 * (same origin, no file extension other than .html, not an asset folder) carries `lang=en` on an
 * English page, so the first click does not fall back to Vietnamese; Vietnamese, the default,
 * needs no parameter. Other links (outside the site, files, `#…` on the same page, `mailto:`),
 * and links that already name a language, come back unchanged. The href keeps its own form
 * (relative stays relative); `pageUrl` is the absolute URL of the page the link is on.
 */
export function withLangParam(href: string, pageUrl: string, lang: Lang): string {
  if (lang === "vi" || href === "" || href.startsWith("#")) return href;
  let target: URL;
  try {
    target = new URL(href, pageUrl);
  } catch {
    return href;
  }
  const page = new URL(pageUrl);
  if (target.origin !== page.origin || (target.protocol !== "http:" && target.protocol !== "https:")) return href;
  if (ASSET_FOLDER.test(target.pathname)) return href;
  const last = target.pathname.slice(target.pathname.lastIndexOf("/") + 1);
  if (/\.[a-z0-9]+$/i.test(last) && !/\.html$/i.test(last)) return href;
  if (target.searchParams.has("lang")) return href;
  const hashAt = href.indexOf("#");
  const beforeHash = hashAt < 0 ? href : href.slice(0, hashAt);
  const hash = hashAt < 0 ? "" : href.slice(hashAt);
  const queryAt = beforeHash.indexOf("?");
  const path = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = queryAt < 0 ? "" : beforeHash.slice(queryAt + 1);
  return `${path}?${query === "" ? "" : `${query}&`}lang=${lang}${hash}`;
}
