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
    indicatorName: "nameEn" as "nameVi" | "nameEn",
    withLang: (href: string) => `${href}?lang=en`,
    languageName: "English",
    subtitle: (from: string, to: string) => `Administrative-procedure dossiers per commune, ${from} – ${to}. By default: today's communes and the latest period.`,
    controls: "Choose indicator, units, time",
    controlsSummary: (indicator: string, units: number, from: string, to: string, grain: string) => `${indicator} · ${units} units · ${from} – ${to} · by ${grain.toLowerCase()}`,
    indicator: "Indicator",
    from: "From",
    to: "To",
    grain: "Grain",
    grains: {month: "Month", quarter: "Quarter", year: "Year"},
    mode: "Show",
    modes: {value: "Values", change: "Change since start"},
    view: "Units",
    views: (newCount: number, oldCount: number, lastOld: string) => ({
      auto: "By the time range",
      new: `${newCount} communes of today (earlier data carried over)`,
      old: `${oldCount} former communes (to ${lastOld}) and new ones`
    }),
    multiples: "One small chart per commune",
    units: "Communes",
    trendTitle: (name: string) => `${name} over time`,
    trendSubtitle: (reference: string, lastOld: string | null, monthly: boolean, change: boolean, target: boolean) =>
      `Each chosen commune in colour; black line: ${reference}${lastOld ? ` (to ${lastOld})` : ""}; ` +
      `${monthly ? "months without a report" : "periods missing a month"} are left blank, not joined${change ? "; change since the first value in the chosen range" : ""}${target ? "; red line: target" : ""}.`,
    noTarget: "No numeric target is set for this indicator (none in the 2024 plan).",
    incompleteNote: "Quarters missing a month (including the current one) are left blank.",
    ytdNote: (year: string, through: string) => `${year}: year to date, through ${through}.`,
    ytdPeriod: (year: string, month: number) => `${year} (year to date, ${month} months)`,
    noUnits: "Choose at least one commune to draw the chart.",
    ended: (name: string, day: string, successor: string) => `${name} ceased to exist on ${day} — see ${successor}.`,
    endedSee: (name: string, day: string) => `${name} ceased to exist on ${day} — see`,
    notYet: (name: string, day: string) => `${name} was formed on ${day}: no figures in the chosen range.`,
    noData: (name: string) => `${name}: no figures in the chosen range.`,
    rankTitle: (name: string) => `Rank on ${name.toLowerCase()}`,
    rankSubtitle: (newView: boolean, newCount: number, oldCount: number, lastOld: string, first: string) =>
      newView
        ? `Rank among the ${newCount} communes of today (1 = best); periods without data are left blank.`
        : `Rank among the communes of the time (${oldCount} until ${lastOld}; the ${newCount} new ones from ${first}); 1 = best.`,
    tableTitle: (indicator: string) => `Communes compared: ${indicator.toLowerCase()}`,
    tableSubtitle: (start: string, end: string, ranked: number) =>
      `Every unit over the same span: ${start} → ${end}; ranked among the ${ranked} units with data for ${end}. Click a column header to sort, a commune's name for its page.`,
    columns: {unit: "Unit", trend: "Trend", first: "Start", last: "End", change: "Change", rank: "Rank"},
    rankOf: (rank: number, of: number) => `${rank}/${of}`,
    tableData: "Data table",
    period: "Period",
    unitId: "Unit id",
    value: "Value",
    valueShare: "Value (%)",
    changeShare: "Change (percentage points)",
    change: "Change",
    base: "Since",
    numerator: "Numerator",
    denominator: "Denominator",
    partial: "Partial figures",
    yes: "yes",
    no: "no",
    rank: "Rank",
    rankCount: "Units ranked",
    printSources: "Communes' monthly reports on administrative procedures (TTHC)",
    unitsShare: "share (%)",
    unitsCount: "dossiers",
    unitsRank: "rank (1 = best)",
    total: (name: string) => name.charAt(0).toLocaleUpperCase("en") + name.slice(1),
    mean: (name: string) => `Mean per commune (${name})`,
    partialNote: (names: string, area: string, first: string) => (names ? `${names} also contain communes from outside the ${area}: before ${first} only the part in it is counted (partial figures).` : ""),
    oldViewNote: (lastOld: string, first: string, newCount: number) => `The former communes report until ${lastOld}; from ${first} the ${newCount} new communes.`,
    backToCompare: "← Compare communes",
    existedUntil: (date: string) => `Former administrative unit, existed until ${date}.`,
    existsFrom: (date: string) => `New administrative unit, formed on ${date}.`,
    population: (n: string) => `Population in 2019: ${n}.`,
    becameTitle: (day: string) => `After the reorganisation of ${day}`,
    cameFromTitle: "Formed from",
    became: (day: string) => `Since ${day} part of`,
    becameWith: "together with",
    cameFrom: (day: string) => `Formed on ${day} from`,
    outside: (area: string) => `outside the ${area}, no data here`,
    lineageNote: (first: string, area: string) => `Before ${first} a new unit's figures are the summed dossiers of the former communes it was formed from (rates recomputed from counts), the part in the ${area} only.`,
    ytdTitle: (span: string) => `Year to date (${span})`,
    ytdSpan: (month: number, year: string) => `${month === 1 ? "January" : `January–${["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month]}`} ${year}`,
    ytdSentence: (unit: string, indicator: string, span: string, value: string, vsArea: string, area: string, areaValue: string, vsLastYear: string, lastYearValue: string) =>
      `Year to date (${span}), ${unit}: ${indicator.toLowerCase()} ${value}, ${vsArea} the ${area} (${areaValue}) and ${vsLastYear} the same months last year (${lastYearValue}).`,
    ytdCompare: {ahead: "ahead of", behind: "behind", level: "level with", unknown: "not comparable with"},
    ytdVsArea: (area: string) => `Against the ${area}`,
    ytdVsLastYear: "Against the same months last year",
    ytdCardNote: (mine: string, other: string) => `${mine} against ${other}`,
    ytdColumns: {indicator: "Indicator", unit: "This unit", area: "Whole area", lastYear: "Same months last year", vsArea: "Against the area", vsLastYear: "Against last year"},
    ytdNone: "No figures for this year yet.",
    strengthsTitle: "Strengths and weaknesses",
    strengthsSubtitle: (from: string, to: string, of: string) => `Ranked among ${of} on the latest 12 months with data, pooled (${from} – ${to}).`,
    strengths: "Strengths (top third)",
    weaknesses: "Weaknesses (bottom third)",
    noneStrong: "No indicator in the top third.",
    noneWeak: "No indicator in the bottom third.",
    unranked: "Not ranked (a month is missing in the latest 12)",
    countNotRanked: "Dossiers received is not ranked: it follows the commune's population.",
    rankLine: (rank: number, of: number, value: string) => `rank ${rank}/${of} (${value})`,
    peersOld: (n: number, area: string) => `the ${n} communes of the ${area}`,
    peersNew: (n: number) => `the ${n} new communes`,
    indicatorsTitle: "Each indicator against the whole area",
    indicatorsSubtitle: (reference: string) => `Coloured line: this unit; black line: ${reference}. Months without a report are left blank. Dossier counts against the mean per commune.`,
    cardSubtitle: (unit: string, against: string, target: string | null) => `${unit} and ${against}${target ? ` · target ${target}` : ""}`,
    heatmapTitle: "Rank by quarter",
    heatmapSubtitle: (of: string) => `The unit's rank among ${of} per quarter (1 = best; green: top, red: bottom; “–”: no data).`,
    notFound: (id: string) => `No unit with id “${id}”.`,
    nothing: "No data",
    reorganisation: (d: number, m: number, y: number) => `Reorganisation ${d} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]} ${y}`,
    chartPartial: " (partial)",
    chartSince: (period: string) => ` since ${period}`,
    chartChange: (share: boolean) => `Change${share ? " (pp)" : ""}`,
    chartTarget: (value: string) => `Target ${value}`,
    rankAxis: "Rank (1 = best)",
    rankTip: (rank: number, of: number, value: string) => `rank ${rank}/${of} (${value})`,
    notRanked: "not ranked (data missing)",
    picker: {
      search: "Search units",
      placeholder: "Search…",
      all: "Select all",
      allTitle: "Select every unit shown",
      none: "Clear",
      noneTitle: "Clear every unit shown",
      nothing: "No unit found",
      status: (chosen: number, total: number, shown: number) => `${chosen} of ${total} selected${shown < total ? ` · ${shown} shown` : ""}`
    },
    sortBy: "Sort by",
    ascending: "ascending",
    descending: "descending",
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
