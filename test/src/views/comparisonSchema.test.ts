import {describe, expect, it} from "vitest";
import {comparisonSchema} from "../../../src/views/comparisonSchema.ts";

describe("comparisonSchema", () => {
  it("defaults to the present: today's units, from January of last year to the latest month, units by the range", () => {
    const s = comparisonSchema(["received", "online_share"], {all: ["A", "B", "N"], today: ["N"]}, {from: "2021-01", through: "2026-10"});
    expect(s.units).toMatchObject({default: ["N"], values: ["A", "B", "N"]});
    expect(s.indicator).toMatchObject({default: "online_share"});
    expect(s.from).toMatchObject({default: "2025-01", min: "2021-01", max: "2026-10"});
    expect(s.to).toMatchObject({default: "2026-10"});
    expect(s.view).toMatchObject({default: "auto"});
    expect(s.sort).toMatchObject({default: "rank"});
  });
  it("starts at the data's first month when it is later, and on the first indicator when there is no online share", () => {
    const s = comparisonSchema(["received"], {all: [], today: []}, {from: "2025-06", through: "2026-02"});
    expect(s.from).toMatchObject({default: "2025-06"});
    expect(s.indicator).toMatchObject({default: "received"});
  });
});
