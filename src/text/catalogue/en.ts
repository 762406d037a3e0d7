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
    chart: {
      rankAxis: "↑ Rank (1 = best)",
      realFigure: "real figure",
      sampleFigure: "sample data",
      realLegend: "Real figure (solid)",
      sampleLegend: "Sample data (pale, dashed outline)",
      highlightLegend: "Selected unit",
      rank: "Rank",
      source: "Source",
      dataThrough: "Data through",
      yearInSentence: (year: string) => year,
      sampleFiles: (count: string) => `generated sample data (${count} files)`,
      table: "Data table",
      otherLang: "Tiếng Việt",
      redefined: "redefined",
      scoreUp: (amount: string, year: string) => `up ${amount} points on ${year}`,
      scoreDown: (amount: string, year: string) => `down ${amount} points on ${year}`,
      scoreSame: (year: string) => `unchanged on ${year}`,
      rankUp: (places: string, year: string) => `up ${places} places on ${year}`,
      rankDown: (places: string, year: string) => `down ${places} places on ${year}`,
      rankSame: (year: string) => `same rank as in ${year}`,
      firstYear: "the first year with data",
      scoreTrend: (unit: string, year: string, value: string, change: string, best: string, bestYear: string, worst: string, worstYear: string) =>
        `${unit}: ${value} points in ${year}, ${change}; highest ${best} (${bestYear}), lowest ${worst} (${worstYear}).`,
      rankTrend: (unit: string, year: string, rank: string, of: string, change: string, best: string, bestYear: string) =>
        `${unit}: ranked ${rank}/${of} in ${year}, ${change}; best rank ${best} (${bestYear}).`,
      noTrend: (unit: string) => `${unit}: no data to draw yet.`
    },
    heading: (province: string) => `${province}'s Provincial Competitiveness Index (PCI)`,
    subtitle: (from: string, to: string) => `The PCI published by VCCI: total score, rank among 63 provinces and 10 sub-indices, ${from}–${to}.`,
    latestYear: (province: string, year: string) => `The latest PCI year VCCI has published for ${province} is ${year}.`,
    notPublished: (year: string, what: string, lastYear: string) =>
      `From PCI ${year}, VCCI does not publish the province's ${what} (only the leading provinces'); the sub-indices are still published. The latest total is from ${lastYear}.`,
    allPublished: "That year VCCI published the total, the rank and every sub-index.",
    and: " and ",
    totalWord: "total score",
    rankWord: "rank",
    noData: "No data",
    noDataShort: "no data",
    totalCard: (year: string) => `PCI score ${year}`,
    rankCard: (year: string) => `PCI rank ${year}`,
    latestTotal: "latest published total",
    subCard: (year: string) => `Sub-indices ${year}`,
    highest: "Highest",
    lowest: "Lowest",
    indicator: "Indicator",
    provinces: "Provinces compared",
    withoutData: (names: string) => `${names}: no data.`,
    ofProvinces: " (of 63 provinces)",
    rankNote: "1 is best (at the top); years not published are marked, never drawn as 0",
    scoreNote: "The score axis fits the figures; years not published are marked, never drawn as 0",
    noneChosen: "No province with data is selected.",
    panelsTitle: "The 10 sub-indices over the years",
    panelsNote: "One panel per sub-index, all on one score axis (scale 0–10); years without data are left blank",
    panelsSummary: (unit: string, year: string, best: string, bestValue: string, worst: string, worstValue: string) =>
      `In ${year}, ${unit}'s highest sub-index is ${best} (${bestValue}) and its lowest ${worst} (${worstValue}).`,
    panelsDownload: "PCI: the 10 sub-indices",
    profileTitle: (unit: string, year: string, previous: string) => `${unit}: the 10 sub-indices in ${year} vs ${previous}`,
    profileNote: "Blue: the latest year; grey: the year before; scale 0–10",
    profileSummary: (year: string, previous: string, up: string, down: string, same: string) =>
      `Against ${previous}, ${up} sub-indices went up in ${year}, ${down} went down and ${same} did not change.`,
    biasNote: "\"Equal competition\" compares only from 2013 (redefined).",
    change: "Change",
    up: "up",
    down: "down",
    same: "unchanged",
    figuresTitle: (unit: string) => `${unit}'s PCI figures`,
    figuresNote: "\"not published\": VCCI did not publish it; \"–\": no such sub-index that year",
    conflictNote: (mark: string) => `; ${mark}: sources differ, the preferred source's figure is shown (hover for the other, or see "Differences between sources" below)`,
    figuresCaption: (unit: string) => `${unit}, by PCI year (survey year)`,
    conflicts: "Differences between sources",
    noConflicts: "None: the sources read do not disagree on any figure.",
    conflictRule: "When two sources give the same figure, the pcivietnam.vn profile transcription is kept, because VCCI revises earlier years in later releases. Why: see the Methodology page.",
    province: "Province",
    year: "Year",
    value: "Value",
    score: "Score",
    note: "Note",
    sourceFile: "Source file",
    otherSources: "Other sources differ",
    valueKept: "Value kept",
    keptFrom: "Kept from",
    otherValue: "Other value",
    otherSource: "Other source",
    units: "Score (0–100 or 0–10), rank (1 is best)",
    sourceVcci: "VCCI (pcivietnam.vn), © VCCI",
    parTitle: (unit: string) => `${unit}'s PAR INDEX and SIPAS`,
    parNote: "Scores 0–100 and rank among 63 provinces (1 is best); \"–\": not given by the source",
    parRank: "PAR INDEX rank",
    sipasRank: "SIPAS rank",
    parCaption: (unit: string) => `${unit}, by year assessed`,
    parSource: "Ministry of Home Affairs, as reported by Báo Hà Tĩnh",
    lede: "Provincial Competitiveness Index"
  },
  ddci: {
    title: "DDCI",
    heading: (unit: string, province: string) => `DDCI: ${unit} among ${province}'s district-level units`,
    subtitle: (province: string, from: string, to: string) =>
      `${province}'s Department and District Competitiveness Index (DDCI): total score (0–100) and 9 components (0–10), ${from}–${to}.`,
    allReal: "Every figure on this page is real.",
    realFigures: "Real figures",
    none: "none",
    restIsSample: "Every other figure here is generated sample data for illustration, until real results tables are added.",
    year: "Year",
    unit: "Unit",
    inYear: (year: string) => year,
    rankOf: (rank: string, of: string) => `Rank ${rank}/${of} district-level units`,
    noData: "No data",
    highest: "Highest",
    lowest: "Lowest",
    real: "Real figure",
    sample: "Sample data",
    districtsTitle: (year: string, count: string) => `DDCI ${year}: the ${count} district-level units`,
    districtsNote: (unit: string) => `Highest first; ${unit} highlighted; bars start at 0, scale 0–100`,
    rankSummary: (unit: string, year: string, rank: string, of: string, score: string, top: string, topScore: string, bottom: string, bottomScore: string) =>
      `In ${year}, ${unit} ranked ${rank}/${of} with ${score} points; highest ${top} (${topScore}), lowest ${bottom} (${bottomScore}).`,
    rankSummaryNoFocus: (unit: string, year: string, top: string, topScore: string, bottom: string, bottomScore: string) =>
      `In ${year}, ${unit} has no score; highest ${top} (${topScore}), lowest ${bottom} (${bottomScore}).`,
    notScored: (names: string) => `No data: ${names}.`,
    profileTitle: (unit: string, year: string) => `${unit}: the 9 components vs the median, ${year}`,
    profileNote: "Blue: the unit (hollow: sample, solid: real); grey: the median; scale 0–10",
    profileSummary: (unit: string, above: string, below: string, same: string) =>
      `${unit} is above the median on ${above} components, below on ${below} and level on ${same}.`,
    median: (count: string) => `Median of the ${count} district-level units`,
    component: "Component",
    unitsScored: "Units scored",
    unitFigures: "Unit's figures",
    difference: "Difference",
    historyTitle: (unit: string) => `${unit}: DDCI total over the years`,
    historyNote: "The score axis fits the figures; solid dot: real figure, hollow: sample data",
    rankTitle: (unit: string) => `${unit}: rank over the years`,
    rankNote: (count: string) => `Among the ${count} district-level units; 1 is best (at the top)`,
    rankName: "DDCI rank",
    tableTitle: (year: string) => `DDCI ${year} results: district-level units`,
    tableNote: "Classification as published; the \"Figures\" column says whether a row is real or sample",
    departments: "Departments and agencies",
    departmentsIntro: "Departments are scored too, on 8 components: not on \"Access to land\" (a \"–\" cell means not scored, not 0).",
    departmentsTitle: (year: string) => `DDCI ${year}: departments and agencies`,
    departmentsNote: "Highest first; bars start at 0, scale 0–100",
    departmentsSummary: (year: string, count: string, top: string, topScore: string, bottom: string, bottomScore: string) =>
      `In ${year}, ${count} departments have a score; highest ${top} (${topScore}), lowest ${bottom} (${bottomScore}).`,
    departmentsNoData: (names: string) => `No figures this year: ${names}.`,
    fullTable: "Full results table",
    rank: "Rank",
    total: "Total",
    classification: "Classification",
    responses: "Responses",
    figures: "Figures",
    sourceFile: "Source file",
    of: "Of",
    notScoredComponent: "not scored on this component",
    missing: "no data",
    credit: (province: string) => `${province} DDCI`,
    sourceName: (province: string) => `${province} DDCI`,
    units: "Score (0–100; components 0–10), rank (1 is best)",
    generated: "generated sample data",
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
