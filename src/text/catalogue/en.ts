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
    lede: "Provincial Competitiveness Index"
  },
  ddci: {
    title: "DDCI",
    lede: "Department and District Competitiveness Index"
  },
  qd766: {
    title: "Service index (QĐ 766)",
    columnDigitised: "Số hóa hồ sơ (digitised)",
    columnEResult: "Kết quả điện tử (electronic result)",
    lede: "Indicators for directing, managing and assessing service to citizens and businesses"
  },
  plan: {
    title: "Communication plan",
    lede: "Communication plan for administrative reform, PCI and DDCI"
  },
  explore: {
    title: "Explore the data (SQL)",
    heading: "Explore the data with SQL",
    subtitle: "Ask the questions the fixed pages do not answer: pick a ready-made question or write SQL over the published tables. Queries run in DuckDB inside your browser — nothing to install, nothing sent anywhere; the address bar keeps the query, so the link can be shared.",
    tablesSummary: "Tables you can query",
    rows: (n: string) => `${n} rows`,
    resultTitle: "Query result",
    waitingLink: "The query from the link is waiting: press Run to see its result.",
    runningFirst: "Running the first question…",
    chartPicked: " · chart picked from the column types, drawing the last numeric column",
    noChart: {
      empty: "The query returned no rows.",
      "nothing-to-draw": "No chart: drawing needs a numeric column, or two label columns.",
      "too-many": "No chart: too many cells."
    } as Record<string, string>,
    printSources: "The dashboard's published tables (observations, plan_reports, units, indicators, lineage)",
    provenanceUnits: "as the result's columns say",
    provenanceSource: "The dashboard's published tables, queried with DuckDB in the browser",
    source: "Source",
    sourceSample: "includes sample data",
    sourceReal: "real figures",
    sourceThrough: (title: string, kind: string, through: string) => `${title} (${kind}; through ${through})`,
    sourcePlanNone: "Plan reports: none yet",
    sourceReference: "units, indicators and reorganisations (data/reference)",
    sourceNone: "no published table read",
    sourceDuckdb: "Query run by DuckDB in the browser.",
    chartRows: "Rows",
    chartNoData: "No data",
    chartOnlyFirst: (limit: string, of: string) => `Only the first ${limit} of ${of} rows are drawn; the table and CSV have all.`,
    yes: "Yes",
    no: "No",
    truncated: (shown: string, of: string) => `Result truncated: showing ${shown} of ${of} rows`,
    moreThan: (n: string) => `more than ${n}`,
    fileSuffix: (cap: string) => `first-${cap}-rows`,
    workbench: {
      questions: "Ready-made questions",
      editor: "SQL query (DuckDB)",
      run: "Run",
      cancel: "Cancel query",
      cancelling: "Cancelling the query…",
      cancelled: "Query cancelled. The result shown is from the previous run.",
      fromLink: "This query came from a link: read it, then press Run. The page never runs a query from a link by itself.",
      refused: (keyword: string) => `Permission Error: ${keyword} is disabled on this page (no DuckDB extensions are installed).`,
      hint: "Ctrl + Enter runs. Queries run in your browser; nothing is sent anywhere.",
      loading: "Starting DuckDB in the browser…",
      ready: (time: string) => `DuckDB ready (${time}).`,
      running: "Running…",
      done: (total: string, time: string) => `${total} rows · ${time}`,
      showing: (shown: string) => ` · showing the first ${shown} (the CSV has all)`,
      error: "The query has an error: see DuckDB's message below. The result shown is from the previous run.",
      errorTitle: "DuckDB error",
      failed: "DuckDB could not start in this browser",
      empty: "Write a SQL query or pick a ready-made question."
    },
    lede: "Ask the data in SQL, in the browser"
  },
  methodology: {
    title: "Methodology",
    note: "How every figure on this dashboard is computed.",
    heading: "Methodology and sources",
    indicatorsHeading: "Indicators",
    indicatorCount: (n: string) => `${n} indicators`,
    indicatorColumns: ["Indicator", "Definition and formula", "Unit, better", "Target", "Source"],
    families: {tthc: "Administrative procedures", pci: "PCI", ddci: "DDCI", papi: "PAPI", plan: "Communication plan"} as Record<string, string>,
    units: {share: "share (%)", count: "count", score: "score", rank: "rank"} as Record<string, string>,
    fields: {
      receivedTotal: "all dossiers received",
      receivedOnline: "received online",
      receivedFullyOnline: "received fully online",
      receivedInPerson: "received in person",
      receivedPostal: "received by public post",
      resolvedOnTime: "resolved on time",
      resolvedLate: "resolved late",
      returnedPostal: "results returned by public post",
      paidOnline: "paid online"
    } as Record<string, string>,
    publishedValue: "published score/value",
    higherBetter: "higher is better",
    lowerBetter: "lower is better",
    noTarget: "none",
    sourcesHeading: "Data sources and last update",
    sourceColumns: ["Dataset", "Figures", "Files", "Origin", "Notes"],
    noFiles: "no files yet",
    origins: {curated: "curated real figures", raw: "units' files", sample: "sample"} as Record<string, string>,
    conflicts: (n: string) => `${n} differences between sources (curated kept)`,
    missing: (n: string) => `${n} unit-periods missing`,
    conflictsProse:
      "**When two sources differ** on the same figure (unit, indicator, period), the page keeps the preferred source's value, marks it with `*`, and gives the other value and both files in a note, in the downloaded CSV and in `meta.json` (`conflicts`). Order of preference: curated figures in `data/curated/` before units' files in `data/raw/`, then by file name. For the PCI, the pcivietnam.vn province profile is kept before VCCI's workbook of each year because VCCI revises earlier years in later releases (the profile is the revised series, a year's workbook its first release); for example Hà Tĩnh's 2007 rank is 56 in the profile and 57 in the 2007 workbook.",
    metaProse: "Every file read is recorded (name, SHA-256, rows read and rejected, periods) in the dataset's `meta.json`: see the [data contract](./guide/data-contract).",
    rulesHeading: "Rules",
    rulePooling: "**Rates are always recomputed from summed numerators and denominators** when months or communes are combined; never averaged.",
    ruleMissing: "**Missing is missing:** a month a unit did not report is a gap in the line, never a zero; a quarter or year missing a month has no value. A month reported with nothing to count (0 of 0) adds zero and reads \"no dossiers\"; a pooled rate whose denominator is 0 is missing.",
    ruleParents: (day: string, act: string, name: string, count: string) =>
      `**Reorganisation of ${day} (${act}):** the area followed is still the ${count} former units of the ${name}: later months sum exactly those and are labelled "${name} area". The area is data (\`data/reference/area.json\`); each commune's parent over time is in \`data/reference/unit-parents.csv\`.`,
    ruleSuccessors: (day: string, partial: string) =>
      `**Reorganisation of ${day}:** districts were abolished and communes merged. The successor view sums old communes into the commune they became, so trends run across the change.${partial ? ` ${partial} also took in units from outside the area: before that day only the area's part is counted (partial figures).` : ""}`,
    ruleStatus: "**Met / not met** appears only against a sourced target (such as the communication plan's five 100% targets). Without a target the page says in words how the figure moved against a year earlier (\"1.5 percentage points better than a year earlier\"), with no met mark. Status always comes with text, not colour alone.",
    ruleRanks: "**Ranks:** 1 is best in the indicator's better direction; ties share a rank; units without data or without dossiers are not ranked.",
    rulePci: "**PCI:** since 2023 VCCI publishes totals and ranks for the top 30 provinces only; unpublished years say \"not published\", never 0. When several sources give the same figure, the pcivietnam.vn province profile is kept and the difference recorded.",
    sampleHeading: "What \"Dữ liệu mẫu\" (sample data) means",
    sampleProse: "Until units' real files are added, the dashboard runs on **sample data**: figures generated by a seeded generator (`npm run sample-data`) that look like real life but are **not real**. Every sample file carries a \"DỮ LIỆU MẪU\" line, every observation a `sample` flag, and every chart showing any sample figure the \"Sample data\" badge. Real figures (such as Hà Tĩnh's PCI profile) name their source and carry no badge.",
    qd766Heading: "Service index for citizens and businesses (Decision 766)",
    qd766Official: (groups: string, portal: string) =>
      `**Official scores** are the tables published on the national or provincial public service portal (Decision 766/QD-TTg of 23 June 2022), read as published with their source and date, never recomputed. 100 points in 5 groups: ${groups} (the portal splits the online group into ${portal}). A total that is not the sum of its groups (beyond 0.15 rounding) is refused. Units are matched through the reference and the 2025 lineage; units outside the area only give the table's best.`,
    qd766Estimate:
      "**Estimated from dossier data** is this page's own reckoning from one-stop dossier exports, never the official score. Each indicator: points = maximum × min(1, rate ÷ threshold). Months are pooled by the one rule (sum numerators and denominators; a missing month makes the period missing; a zero denominator is missing — neither zero nor full points). \"Cited\" is what the texts say; \"chosen\" is where the texts at hand are unclear (the decision's appendix could not be checked) and this project chose.",
    qd766Columns: ["Indicator", "Group", "Numerator / denominator", "Max points", "Full-points threshold", "Source, note"],
    and: " and ",
    cited: "cited",
    chosen: "chosen",
    needsColumns: (columns: string) => `needs the column ${columns}; absent means missing`,
    qd766Lost:
      "**Where the points go:** an indicator's lost points (maximum − estimated points) are shared among procedures, fields and months by their failing dossiers (late, not online, …); each table adds up to the failing dossiers and the points lost. Received dossiers count in the month of receipt, resolved ones in the month of completion, as in the monthly report. Counts only: no dossier code, name or ID number leaves the loader. The **target ladder** sets the commune's official score against the area's best commune, the best unit of the province's table and full points.",
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
