// Every word the site shows, in English (the switch ?lang=en). Same keys as vi.ts: the type below
// makes a missing or extra key a compile error.
import type {Catalogue} from "./catalogue.ts";

export const en: Catalogue = {
  common: {
    sample: "Sample data",
    sampleTitle: "Generated figures for illustration, not real data",
    source: "Source",
    dataThrough: "data through",
    language: "Language",
    missing: "no data"
  },
  nav: {
    "/": "Overview",
    siteTitle: (area: string) => `Administrative reform, ${area}`,
    footer: (area: string) =>
      `Administrative reform dashboard, ${area}: each chart gives its sources and data date below it. Built with Observable Framework, runs entirely on the local network.`,
    ddciName: (area: string) => `DDCI ${area}`,
    otherLanguage: "Tiếng Việt",
    otherLanguageCode: "vi",
    copyCode: "Copy code",
    skipLink: "Skip to main content",
    toggleSidebar: (shortcut: string) => `Show or hide the page list (${shortcut})`,
    myCommune: "My commune",
    tocLabel: "On this page",
    previousPage: "Previous page",
    nextPage: "Next page",
    "/communes/": "Compare communes",
    "/online-services": "Online public services",
    "/postal": "Public postal service",
    "/pci": "PCI Hà Tĩnh",
    "/ddci": "DDCI",
    "/qd766": "Service index (QĐ 766)",
    "/plan": "Communication plan",
    "/explore": "Explore the data (SQL)",
    "/methodology": "Methodology",
    "/guide/add-source": "Add a data source",
    "/guide/data-contract": "Data contract",
    forAnalysts: "For data staff"
  },
  index: {
    title: "Overview",
    lede: "Administrative reform: overview"
  },
  communes: {
    title: "Compare communes",
    lede: "Administrative dossiers by commune"
  },
  journey: {
    onlineTitle: "Online public services",
    postalTitle: "Public postal service"
  },
  pci: {
    title: "PCI Hà Tĩnh",
    lede: "Provincial Competitiveness Index"
  },
  ddci: {
    title: "DDCI",
    lede: "Department and District Competitiveness Index"
  },
  qd766: {
    title: "Service index (QĐ 766)",
    lede: "Indicators for directing, managing and assessing service to citizens and businesses"
  },
  plan: {
    title: "Communication plan",
    lede: "Communication plan for administrative reform, PCI and DDCI"
  },
  explore: {
    title: "Explore the data (SQL)",
    lede: "Ask the data in SQL, in the browser"
  },
  methodology: {
    title: "Methodology",
    lede: "How the indicators are computed"
  },
  guide: {
    addSourceTitle: "Add a data source",
    dataContractTitle: "Data contract"
  },
  components: {
    download: "Download",
    table: "Data table"
  }
};
