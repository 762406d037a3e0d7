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
    sourcePci: "VCCI (PCI)",
    sourceDdci: "Hà Tĩnh People's Committee (DDCI)",
    rankedAxis: (indicator: string, month: string) => `${indicator}, ${month}`,
    rankedMissing: (units: string) => `No data: ${units}`,
    heading: (area: string) => `Administrative reform in ${area}: overview`,
    subtitle: (month: string, area: string, oldCount: string, lastOld: string, newCount: string, first: string) =>
      `Data through ${month} · the whole ${area} area (${oldCount} communes until ${lastOld}; the ${newCount} successor communes since ${first})`,
    sentence: (month: string, value: string, change: string, mover: string) => `${month}: ${value} of dossiers submitted online, ${change}${mover ? `; ${mover}` : ""}.`,
    rose: (amount: string) => `up ${amount} on a year earlier`,
    fell: (amount: string) => `down ${amount} on a year earlier`,
    flat: "as a year earlier",
    noYearAgo: "no figure a year earlier",
    fellMost: (unit: string, amount: string) => `${unit} fell most (${amount})`,
    roseMost: (unit: string, amount: string) => `${unit} rose most (${amount})`,
    notReported: "Not yet reported",
    allReported: (month: string) => `Every commune has reported ${month}.`,
    vsPrevious: (period: string) => `vs ${period}`,
    vsYearAgo: "vs a year earlier",
    sameTimeLastYear: "a year earlier",
    yearToDate: (from: string, to: string) => `Year to date ${from}–${to}`,
    noTarget: "No target set; compared with a year earlier",
    target: (target: string, gap: string) => `Target ${target} · gap ${gap}`,
    year: (year: string) => year,
    rank: (rank: string, of: string) => `Rank ${rank}/${of}`,
    rankDistricts: (rank: string, of: string) => `Rank ${rank}/${of} district-level units`,
    pciNotPublished: (years: string) => `${years}: total not published`,
    pciSource: "Source: VCCI, pcivietnam.vn",
    noData: "No data",
    qd766Title: "Service index (Decision 766)",
    qd766Rank: (rank: string, of: string) => `rank ${rank}${of ? `/${of}` : ""}`,
    qd766Note: "Official published scores",
    qd766Link: "Where the points go",
    indicator: "Indicator",
    ranked: "Communes ranked",
    rankedSub: (month: string, area: string) => `${month}; dashed line: whole area (${area})`,
    rankedSummary: (indicator: string, month: string, best: string, worst: string, area: string) =>
      `${indicator}, ${month}: highest ${best}, lowest ${worst}; whole area ${area}.`,
    movers: "Biggest changes on a year earlier",
    moversSub: (indicator: string, month: string, yearAgo: string) => `${indicator}, ${month} vs ${yearAgo}`,
    moversNote: (first: string, partial: string, area: string) =>
      `Compared by successor commune: before ${first} the old communes' counts are summed into the new one${partial ? `; ${partial} then cover only their ${area} part` : ""}.`,
    unit: "Unit",
    period: "Period",
    value: "Value",
    valuePercent: "Value (%)",
    change: "Change",
    numerator: "Numerator",
    denominator: "Denominator",
    latestUpdate: "Latest update",
    added: (month: string, count: string, files: string) => `Added ${month} figures for ${count} units (${files}).`,
    missingTotal: (count: string) => `Missing unit-months over the whole period: ${count}.`,
    trend: (indicator: string) => `${indicator}: trend by commune`,
    trendSub: "Months without a report are left blank. Black line: whole area.",
    trendSummary: (indicator: string, from: string, to: string, first: string, last: string) =>
      `${indicator} for the whole area went from ${first} (${from}) to ${last} (${to}).`,
    wholeArea: "Whole area",
    partialNote: (partial: string, area: string, first: string) =>
      `${partial} include communes from outside the ${area}: before ${first} only their part in it (partial figures).`,
    oldUnits: (count: string) => `The ${count} old communes are on the Compare communes page`,
    tableAlt: "The chart's figures as a table",
    units: "share (%)",
    sourceTthc: "Communes' TTHC reports",
    lede: "Administrative reform: overview"
  },
  // Marks of met / not met (only against a sourced target) and comparisons in words (issue #13).
  status: {
    met: "On track",
    sparkline: (first: string, firstWhen: string, last: string, lastWhen: string, gaps: string) =>
      `from ${first} (${firstWhen}) to ${last} (${lastWhen})${gaps ? `; ${gaps} periods missing` : ""}`,
    notMet: "Off track",
    attention: "Needs attention",
    noData: "No data",
    better: (amount: string, against: string) => `better than ${against} by ${amount}`,
    worse: (amount: string, against: string) => `worse than ${against} by ${amount}`,
    same: (against: string) => `as ${against}`,
    unknown: (against: string) => `no figure for ${against}`,
    amount: {share: (n: string) => `${n} pp`, score: (n: string) => `${n} points`, count: (n: string) => n, rank: (n: string) => `${n} places`}
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
