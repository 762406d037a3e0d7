import type {Lang} from "../format/lang.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";

/** The area's words the site's frame needs (from data/reference/area.json). */
export interface ChromeArea {
  /** "Lộc Hà": the site's title. */
  readonly shortName: string;
  /** "huyện Lộc Hà cũ": the footer's sentence. */
  readonly name: string;
}

/** Every word of the frame around the pages (sidebar, title, footer, pager, skip link) in one language. */
export interface SiteChrome {
  readonly title: string;
  readonly footer: string;
  readonly skipLink: string;
  /** The tooltip of Framework's copy button on code blocks. */
  readonly copyCode: string;
  /** The link to the site in the other language: its name, written in that language, and its code. */
  readonly otherLanguage: {readonly name: string; readonly lang: Lang};
  /** The sidebar button's tooltip, with the keyboard shortcut Framework gives it ("Alt-B", "⌘B"). */
  readonly toggleSidebar: (shortcut: string) => string;
  readonly myCommune: string;
  readonly forAnalysts: string;
  readonly tocLabel: string;
  readonly previousPage: string;
  readonly nextPage: string;
  /** Sidebar and pager names by page path ("/", "/communes/", "/pci", …). */
  readonly pages: Readonly<Record<string, string>>;
}

/** The words of the site's frame in `lang` for an area: what observablehq.config.ts writes and the English switch replaces. */
export function siteChrome(lang: Lang, area: Readonly<ChromeArea>): SiteChrome {
  const nav = catalogue(lang).nav;
  const pages: Record<string, string> = {};
  for (const [key, value] of Object.entries(nav)) {
    if (key.startsWith("/") && typeof value === "string") pages[key] = value;
  }
  pages["/ddci"] = nav.ddciName(area.shortName);
  return {
    title: nav.siteTitle(area.shortName),
    footer: nav.footer(area.name),
    skipLink: nav.skipLink,
    copyCode: nav.copyCode,
    otherLanguage: {name: nav.otherLanguage, lang: nav.otherLanguageCode === "en" ? "en" : "vi"},
    toggleSidebar: nav.toggleSidebar,
    myCommune: nav.myCommune,
    forAnalysts: nav.forAnalysts,
    tocLabel: nav.tocLabel,
    previousPage: nav.previousPage,
    nextPage: nav.nextPage,
    pages
  };
}
