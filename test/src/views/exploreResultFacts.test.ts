import {describe, expect, it} from "vitest";
import type {ReadyQuestion} from "../../../src/explore/readyQuestions.ts";
import {exploreResultFacts, type ExploreData} from "../../../src/views/exploreResultFacts.ts";

const QUESTION: ReadyQuestion = {id: "pci-latest", titleVi: "PCI năm gần nhất", titleEn: "PCI, latest year", sql: () => "SELECT 1"};
const DATA: ExploreData = {
  tables: ["observations", "plan_reports", "units"],
  sampleTables: new Set(["observations"]),
  metas: {tthc: {sample: true, dataFrom: "2021-01", dataThrough: "2026-10"}, pci: {sample: false, dataFrom: "2006", dataThrough: "2024"}, plan: {sample: true, dataFrom: "2024-01", dataThrough: "2024-12"}},
  sources: [{dataset: "pci", indicators: ["pci_total"]}, {dataset: "tthc", indicators: ["online_share"]}]
};

describe("exploreResultFacts", () => {
  it("titles a ready question in the reader's language and badges by the rows' own datasets", () => {
    const facts = exploreResultFacts(
      {questionId: "pci-latest", sql: "SELECT indicator, value FROM observations", columns: [{name: "indicator", kind: "text"}, {name: "value", kind: "number"}], rows: [{indicator: "pci_total", value: 65.2}]},
      [QUESTION],
      DATA,
      "en"
    );
    expect(facts).toMatchObject({title: "PCI, latest year", isSample: false, filename: "kham-pha-pci-latest", tablesRead: ["observations"], spec: {kind: "bars"}});
    // observations holds every dataset but the plan: the span runs from the earliest to the latest of them
    expect(facts.period).toBe("2006 – Oct 2026");
    expect(facts.dataThrough).toBe("2026-10");
  });

  it("calls the reader's own SQL a query result, badges it when a table read holds sample rows, and says when nothing was read", () => {
    const own = exploreResultFacts({questionId: null, sql: "SELECT * FROM plan_reports", columns: [{name: "x", kind: "number"}], rows: []}, [QUESTION], DATA, "vi");
    expect(own).toMatchObject({title: "Kết quả truy vấn", isSample: false, filename: "kham-pha-truy-van", period: "T1/2024 – T12/2024", spec: {kind: "none", reason: "empty"}});
    const nothing = exploreResultFacts({questionId: null, sql: "SELECT 1", columns: [], rows: []}, [], DATA, "vi");
    expect(nothing.period).toBe("");
    expect(nothing.dataThrough).toBeNull();
    const sample = exploreResultFacts({questionId: null, sql: "SELECT count(*) AS n FROM observations", columns: [{name: "n", kind: "number"}], rows: [{n: 3}]}, [], DATA, "vi");
    expect(sample.isSample).toBe(true);
  });
});
