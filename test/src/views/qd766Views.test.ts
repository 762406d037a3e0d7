import {describe, expect, it} from "vitest";
import type {Unit} from "../../../src/model/unit.ts";
import {QD766_FORMULAS} from "../../../src/qd766/qd766Formulas.ts";
import {qd766Communes, type Qd766Observation} from "../../../src/views/qd766Communes.ts";
import {qd766Estimate} from "../../../src/views/qd766Estimate.ts";
import {qd766LadderRows} from "../../../src/views/qd766LadderRows.ts";
import {qd766Losses} from "../../../src/views/qd766Losses.ts";
import {qd766Official, type Qd766Table} from "../../../src/views/qd766Official.ts";

const unit = (id: string, level: Unit["level"]): Unit => ({id, gsoCode: null, name: id, type: "Xã", level, parentId: null, validFrom: null, validTo: null, population2019: null, aliases: []});
const obs = (unitId: string, indicator: string, period: string, value: number | null, sample = true): Qd766Observation => ({unitId, indicator, period, value, sample, source: "bang.xlsx"});
const OBSERVATIONS = [
  obs("a", "qd766_total", "2026-09", 80),
  obs("a", "qd766_total", "2026-10", 82.5),
  obs("a", "qd766_rank", "2026-10", 3),
  obs("b", "qd766_total", "2026-08", 70),
  obs("42", "qd766_total", "2026-10", 90),
  obs("42", "qd766_best_total", "2026-10", 95),
  obs("a", "qd766_tien_do", "2026-10", 15),
  obs("b", "qd766_tien_do", "2026-10", 18)
];
const TABLES: Qd766Table[] = [{period: "2026-10", source: "Cổng DVC tỉnh", published: "2026-11-05", unitsInTable: 25, best: {tien_do: 19.5}, classifications: [{unitId: "a", classification: "Tốt"}]}];

describe("QĐ 766 views", () => {
  it("qd766Communes: the communes scored, latest first; the province row is not one", () => {
    expect(qd766Communes(OBSERVATIONS, [unit("a", "commune"), unit("b", "commune"), unit("42", "province")])).toEqual(["a", "b"]);
  });

  it("qd766Official: the commune's table newest first with rank out of the table's units, and one sentence", () => {
    const view = qd766Official(OBSERVATIONS, TABLES, ["a", "b"], {id: "a", name: "Xã A"}, "vi");
    expect(view.rows.map((r) => [r.periodText, r.total, r.rank, r.classification, r.figures.text])).toEqual([
      ["T10/2026", "82,50", "3/25", "Tốt", "Dữ liệu mẫu"],
      ["T9/2026", "80,00", "–", "–", "Dữ liệu mẫu"]
    ]);
    expect(view.summary).toBe("Xã A, T10/2026: 82,50 điểm, hạng 3/25.");
    expect(view.totals.map((o) => o.unitId)).toEqual(["a", "a", "b"]);
    expect(view.best).toHaveLength(1);
    expect(qd766Official([], TABLES, [], {id: "c", name: "Xã C"}, "en").summary).toBe("Xã C has no official score yet.");
  });

  it("qd766LadderRows: the commune, the area's best, the province's best and full points, with the gap to climb", () => {
    const row = qd766LadderRows(OBSERVATIONS, TABLES, ["a", "b"], "a", "2026-10", "vi").find((r) => r.column === "tien_do");
    expect(row).toEqual({column: "tien_do", name: "Tiến độ giải quyết", commune: "15,00", bestArea: "18,00 (+3,00)", bestProvince: "19,50 (+4,50)", full: "20,00 (+5,00)"});
    expect(qd766LadderRows(OBSERVATIONS, TABLES, ["a"], "a", null, "vi")).toEqual([]);
  });

  const onTime = QD766_FORMULAS.find((f) => f.id === "on_time")!;
  const ESTIMATE = {
    cells: [
      {unitId: "a", month: "2026-09", formula: onTime.id, numerator: 0, denominator: 0},
      {unitId: "a", month: "2026-10", formula: onTime.id, numerator: 8, denominator: 10}
    ],
    breakdown: [{unitId: "a", month: "2026-10", formula: onTime.id, procedure: "Chứng thực", field: "Tư pháp", failing: 2}]
  };

  it("qd766Estimate: 0 of 0 dossiers reads 'không có hồ sơ', a month without cells 'thiếu số liệu', never 0", () => {
    const sept = qd766Estimate(ESTIMATE, OBSERVATIONS, "a", "2026-09", "vi").rows.find((r) => r.formulaId === "on_time")!;
    expect(sept.rate).toBe("không có hồ sơ");
    const online = qd766Estimate(ESTIMATE, OBSERVATIONS, "a", "2026-10", "vi").rows.find((r) => r.formulaId === "online")!;
    expect(online.dossiers).toBe("thiếu số liệu");
    const oct = qd766Estimate(ESTIMATE, OBSERVATIONS, "a", "2026-10", "vi");
    expect(oct.rows.find((r) => r.formulaId === "on_time")).toMatchObject({dossiers: "8/10", rate: "80,0%"});
    expect(oct.compare.find((r) => r.name === "Tiến độ giải quyết")?.official).toBe("15,00");
    const all = qd766Estimate(ESTIMATE, OBSERVATIONS, "a", null, "vi");
    expect(all.periodText).toBe("T9/2026–T10/2026");
    expect(all.compare[0]?.official).toBe("chọn một tháng");
  });

  it("qd766Losses: one sentence naming the procedure that costs most, tables by procedure, field and month", () => {
    const view = qd766Estimate(ESTIMATE, OBSERVATIONS, "a", "2026-10", "vi");
    const drill = view.drills.find((d) => d.formula.id === "on_time")!;
    const losses = qd766Losses(drill.formula, drill.drill, "Xã A", view.periodText, "vi");
    expect(losses.sentence).toMatch(/^2 hồ sơ Chứng thực trễ hạn lấy đi [\d,]+ điểm /);
    expect(losses.byProcedure.map((r) => [r.label, r.failing])).toEqual([["Chứng thực", 2]]);
    expect(losses.byMonth.map((r) => r.label)).toEqual(["T10/2026"]);
    expect(losses.more).toBe("");
  });
});
