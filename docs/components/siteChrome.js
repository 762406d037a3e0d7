// The frame around every page (loaded by observablehq.config.ts's footer, after Framework's own
// scripts): the page's language on <html>; on ?lang=en the site title, sidebar, pager, footer and
// <title> in English and `lang=en` kept on every link to another page, including links pages draw
// later; Framework's English tooltips in the page's language; the skip link where the build did
// not write one (the dev preview); and three repairs no page can make alone (WCAG 2.2 AA): Plot's
// labelled <g> groups get a role, a box that scrolls with nothing focusable inside takes keyboard
// focus, and the sidebar's close button moves out of its list. Words come from the catalogue.
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
// A list holds list items only: Framework puts its close button inside the sidebar's first <ol>.
const close = document.getElementById("observablehq-sidebar-close");
if (close?.parentElement?.tagName === "OL") close.parentElement.before(close);
// The same page in the other language, with the view it shows now (read when followed).
const homeItem = document.querySelector("#observablehq-sidebar > ol:first-of-type li");
if (homeItem) {
  const other = Object.assign(document.createElement("a"), {textContent: words.otherLanguage.name, lang: words.otherLanguage.lang});
  const target = () => {
    const url = new URL(location.href);
    url.searchParams.set("lang", words.otherLanguage.lang);
    return `${url.pathname}${url.search}${url.hash}`;
  };
  other.href = target();
  other.addEventListener("click", () => (other.href = target()));
  const item = Object.assign(document.createElement("li"), {className: "observablehq-link site-language"});
  item.append(other);
  homeItem.after(item);
}
const tocLabel = document.querySelector("#observablehq-toc nav > div");
if (tocLabel) tocLabel.textContent = words.tocLabel;

const home = document.querySelector("#observablehq-sidebar > ol:first-of-type a");
const base = home ? new URL(home.href).pathname : "/";
/** "/pci", "/communes/", "/communes/18568": a link's page as the config names it. */
const pageOf = (url) => `/${new URL(url, location.href).pathname.slice(base.length)}`.replace(/\.html$/, "").replace(/\/index$/, "/");
const active = document.querySelector("#observablehq-sidebar .observablehq-link-active a");

if (lang === "en") {
  for (const a of document.querySelectorAll("#observablehq-sidebar li:not(.site-language) a, #observablehq-footer nav a")) {
    const name = words.pages[pageOf(a.href)];
    if (name !== undefined && a !== home) (a.querySelector("span") ?? a).textContent = name;
  }
  if (home) home.textContent = words.title;
  const sections = new Map([[vi.myCommune, words.myCommune], [vi.forAnalysts, words.forAnalysts]]);
  for (const summary of document.querySelectorAll("#observablehq-sidebar summary")) {
    const name = sections.get(summary.textContent.trim());
    if (name !== undefined) summary.textContent = name;
  }
  const footer = document.getElementById("site-chrome-footer");
  if (footer) footer.textContent = words.footer;
}

/** The page's name in the page's language: the config's, the sidebar's, else the page's own heading. */
function pageName() {
  const name = words.pages[pageOf(location.href)];
  if (name !== undefined) return name;
  if (active && pageOf(active.href) === pageOf(location.href)) return active.textContent.trim();
  const h1 = document.querySelector("#observablehq-main h1")?.cloneNode(true);
  h1?.querySelectorAll(".sample-badge").forEach((badge) => badge.remove());
  return h1?.textContent.trim() || null;
}

function relink(a) {
  const href = a.getAttribute("href");
  if (href === null) return;
  const next = withLangParam(href, location.href, lang);
  if (next !== href) a.setAttribute("href", next);
}

/** Repairs made after every change the page draws (coalesced to one per frame). */
function tidy() {
  const name = pageName();
  document.title = name ? `${name} | ${words.title}` : words.title;
  for (const button of document.querySelectorAll("button.observablehq-pre-copy")) {
    if (button.title !== words.copyCode) button.title = words.copyCode;
  }
  // Plot labels its mark groups (<g aria-label="line">); aria-label needs a role to be allowed.
  for (const g of document.querySelectorAll("svg g[aria-label]:not([role])")) g.setAttribute("role", "group");
  for (const el of document.querySelectorAll("#observablehq-main :is(div, table, pre, form, figure, section)")) {
    if (el.hasAttribute("tabindex")) continue;
    // Style first: most elements are not scroll boxes, and only those need their sizes measured.
    const {overflowX, overflowY} = getComputedStyle(el);
    if (!/auto|scroll/.test(`${overflowX} ${overflowY}`)) continue;
    if (el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1) continue;
    if (el.querySelector("a[href], button, input, select, textarea, summary, [tabindex]")) continue;
    el.tabIndex = 0;
  }
}

let scheduled = false;
function scheduleTidy() {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    tidy();
  });
}

if (lang === "en") document.querySelectorAll("a[href]").forEach(relink);
tidy();
// Pages draw their links, charts and headings after this runs: follow them.
new MutationObserver((records) => {
  if (lang === "en") {
    for (const record of records) {
      if (record.type === "attributes") relink(record.target);
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (node.matches("a[href]")) relink(node);
        node.querySelectorAll("a[href]").forEach(relink);
      }
    }
  }
  scheduleTidy();
}).observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ["href"]});
addEventListener("resize", scheduleTidy);
// A link made in a way the observer missed still keeps the language when followed.
if (lang === "en") {
  document.addEventListener("click", (event) => {
    const a = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (a) relink(a);
  }, true);
}
