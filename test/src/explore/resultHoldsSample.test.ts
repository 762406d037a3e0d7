import {describe, expect, it} from "vitest";
import {resultHoldsSample, type SampleKnowledge} from "../../../src/explore/resultHoldsSample.ts";

const known: SampleKnowledge = {
  tablesRead: ["observations"],
  sampleTables: new Set(["observations"]),
  sampleDatasets: new Set(["tthc"]),
  datasetOfIndicator: new Map([["pci_total", "pci"], ["online_share", "tthc"]])
};

describe("resultHoldsSample", () => {
  it("reads a sample column exactly", () => {
    expect(resultHoldsSample([{name: "sample", kind: "boolean"}], [{sample: false}], known)).toBe(false);
    expect(resultHoldsSample([{name: "sample", kind: "boolean"}], [{sample: false}, {sample: true}], known)).toBe(true);
  });

  it("does not badge real rows of a real dataset read from a table that also holds sample rows", () => {
    expect(resultHoldsSample([{name: "dataset", kind: "text"}, {name: "value", kind: "number"}], [{dataset: "pci", value: 67.18}], known), "by the dataset column").toBe(false);
    expect(resultHoldsSample([{name: "indicator", kind: "text"}], [{indicator: "pci_total"}], known), "by the indicator column").toBe(false);
    expect(resultHoldsSample([{name: "indicator", kind: "text"}], [{indicator: "online_share"}], known)).toBe(true);
  });

  it("falls back to the tables read when the rows do not say where they come from", () => {
    expect(resultHoldsSample([{name: "n", kind: "number"}], [{n: 3}], known)).toBe(true);
    expect(resultHoldsSample([{name: "n", kind: "number"}], [{n: 3}], {...known, tablesRead: ["units"]})).toBe(false);
  });
});
