// The frame around every page (loaded by observablehq.config.ts's footer, after Framework's own
// scripts): the page's language on <html>; on ?lang=en the site title, sidebar, pager, footer and
// <title> in English and `lang=en` kept on every link to another page, including links pages draw
// later; Framework's English tooltips in the page's language; the skip link where the build did
// not write one (the dev preview). Words come from the catalogue through siteChrome().
import {siteChrome, withLangParam} from "../lib/cchc.js";

const lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "vi";
const areas = JSON.parse(document.getElementById("site-chrome")?.dataset.area ?? "null");
const words = siteChrome(lang, areas[lang]);
const vi = siteChrome("vi", areas.vi);
document.documentElement.lang = lang;

let skip = document.querySelector("a.skip-link");
if (!skip) {
  skip = Object.assign(document.createElement("a"), {className: "skip-link", href: "#observablehq-main"});
  document.body.prepend(skip);
}
skip.textContent = words.skipLink;

const shortcut = /Mac|iPhone/.test(navigator.platform) ? (/Firefox/.test(navigator.userAgent) ? "⌥B" : "⌘B") : "Alt-B";
for (const el of document.querySelectorAll("#observablehq-sidebar-toggle, label[for='observablehq-sidebar-toggle']")) {
  el.title = words.toggleSidebar(shortcut);
}
document.getElementById("observablehq-sidebar-toggle")?.setAttribute("aria-label", words.toggleSidebar(shortcut));
const tocLabel = document.querySelector("#observablehq-toc nav > div");
if (tocLabel) tocLabel.textContent = words.tocLabel;

if (lang === "en") {
  const home = document.querySelector("#observablehq-sidebar > ol:first-of-type a");
  const base = home ? new URL(home.href).pathname : "/";
  /** "/pci", "/communes/", "/communes/18568": a link's page as the config names it. */
  const pageOf = (url) => `/${new URL(url, location.href).pathname.slice(base.length)}`.replace(/\.html$/, "").replace(/\/index$/, "/");
  if (home) home.textContent = words.title;
  for (const a of document.querySelectorAll("#observablehq-sidebar li a, #observablehq-footer nav a")) {
    const name = words.pages[pageOf(a.href)];
    if (name !== undefined) (a.querySelector("span") ?? a).textContent = name;
  }
  const sections = new Map([[vi.myCommune, words.myCommune], [vi.forAnalysts, words.forAnalysts]]);
  for (const summary of document.querySelectorAll("#observablehq-sidebar summary")) {
    const name = sections.get(summary.textContent.trim());
    if (name !== undefined) summary.textContent = name;
  }
  const footer = document.getElementById("site-chrome-footer");
  if (footer) footer.textContent = words.footer;
  const active = document.querySelector("#observablehq-sidebar .observablehq-link-active a");
  const pageName = () => {
    const name = words.pages[pageOf(location.href)];
    if (name !== undefined) return name;
    if (active && pageOf(active.href) === pageOf(location.href)) return active.textContent.trim();
    const h1 = document.querySelector("#observablehq-main h1")?.cloneNode(true);
    h1?.querySelectorAll(".sample-badge").forEach((badge) => badge.remove());
    return h1?.textContent.trim() || null;
  };
  const retitle = () => {
    const name = pageName();
    document.title = name ? `${name} | ${words.title}` : words.title;
  };
  const relink = (a) => {
    const href = a.getAttribute("href");
    if (href === null) return;
    const next = withLangParam(href, location.href, lang);
    if (next !== href) a.setAttribute("href", next);
  };
  document.querySelectorAll("a[href]").forEach(relink);
  retitle();
  // Pages draw their links and headings after this runs: follow them.
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "attributes") relink(record.target);
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (node.matches("a[href]")) relink(node);
        node.querySelectorAll("a[href]").forEach(relink);
      }
    }
    retitle();
  }).observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ["href"]});
  // A link made in a way the observer missed still keeps the language when followed.
  document.addEventListener("click", (event) => {
    const a = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (a) relink(a);
  }, true);
}
