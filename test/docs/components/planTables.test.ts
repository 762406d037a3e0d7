// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import type {Unit} from "../../../src/model/unit.ts";
import {monthsBetween} from "../../../src/period/monthsBetween.ts";
import {dutyMatrix} from "../../../src/plan/dutyMatrix.ts";
import {planTaskTable} from "../../../src/plan/planTaskTable.ts";
import {targetsByUnit} from "../../../src/plan/targetsByUnit.ts";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {dutyMatrixTable, plainTable, targetUnitTable, taskTable} from "../../../docs/components/planTables.js";
import {act, commune, duty, task} from "../../src/plan/planFixtures.ts";

const RADIO = duty("13", {type: "count", count: 48, per: "year", perPeriod: {count: 4, per: "month"}}, {counts: ["broadcast"]});
const PROGRAMME = duty("14.1", {type: "recurring", count: 1, per: "quarter", each: "commune"}, {counts: ["programme"]});
const named = (id: string, name: string): Unit => ({...commune(id), name});
const COMMUNES = [named("18598", "Xã Thạch Châu"), named("18568", "Thị trấn Lộc Hà"), named("18493", "Xã Ích Hậu")];
const unitName = (id: string): string => COMMUNES.find((u) => u.id === id)?.name ?? id;

describe("taskTable", () => {
  it("shows each task with its number, status in words and its evidence, e.g. the radio's 37/48", () => {
    const radio = monthsBetween("2024-01", "2024-12").map((m, i) => act("tt", "13", m, i < 11 ? 3 : 4, "broadcast"));
    const rows = planTaskTable({tasks: [task(13, [RADIO])]}, radio, "2024-12-31", []);
    const table = taskTable(rows, {agencyName: (id: string) => (id === "ag" ? "Trung tâm VH-TT" : id)}) as HTMLTableElement;
    const tr = table.querySelector("tbody tr") as HTMLTableRowElement;
    expect(tr.dataset.task).toBe("13");
    expect(tr.dataset.status).toBe("behind");
    expect(tr.textContent).toContain("37/48 lượt");
    expect(tr.textContent).toContain("thiếu 11");
    expect(tr.textContent).toContain("Chậm tiến độ");
    expect(tr.textContent).toContain("Trung tâm VH-TT");
  });

  it("sets text from the plan as text, never as markup", () => {
    const evil = {...task(1, [duty("1", {type: "within", period: "2024"})]), titleVi: "<img src=x onerror=alert(1)>"};
    const table = taskTable(planTaskTable({tasks: [evil]}, [], "2024-06-30", [])) as HTMLTableElement;
    expect(table.querySelector("img")).toBeNull();
    expect(table.textContent).toContain("<img src=x onerror=alert(1)>");
  });
});

describe("dutyMatrixTable", () => {
  it("one row per commune in Vietnamese order, each cell with status, evidence and the quarters missed", () => {
    // every commune's programme in Q1–Q3, except Thạch Châu's in Q2
    const reports = COMMUNES.flatMap((u) => ["2024-02", "2024-05", "2024-08"].map((m) => act(u.id, "14.1", m, 1, "programme"))).filter((a) => !(a.unitId === "18598" && a.month === "2024-05"));
    const matrix = dutyMatrix(reports, COMMUNES, [PROGRAMME], "2024-09-30");
    const table = dutyMatrixTable(matrix, {duties: [PROGRAMME], unitName}) as HTMLTableElement;
    const rows = [...table.querySelectorAll("tbody tr")] as HTMLTableRowElement[];
    // Ích, Lộc Hà (the type word "Thị trấn" is not sorted on), Thạch Châu
    expect(rows.map((r) => r.querySelector("th")?.textContent)).toEqual(["Xã Ích Hậu", "Thị trấn Lộc Hà", "Xã Thạch Châu"]);
    const late = rows[2]!.querySelector("td") as HTMLTableCellElement;
    expect(late.dataset.status).toBe("behind");
    expect(late.textContent).toContain("Chậm tiến độ");
    expect(late.textContent).toContain("2/4 quý"); // of the year's four
    expect(late.textContent).toContain("Thiếu: Quý 2/2024");
    expect(rows[0]!.querySelector("td")?.textContent).toContain("Đúng tiến độ");
    expect(table.querySelector("tfoot td")?.textContent).toBe("2/3");
  });
});

describe("targetUnitTable", () => {
  it("puts the district first and shows one symbol per quarter with the quarter and result in its tooltip", () => {
    const district: Unit = {...named("448", "Huyện Lộc Hà"), level: "district", parentId: null};
    const target = {id: "3", titleVi: "Bưu điện", titleEn: "Post", textVi: "x", measures: [{id: "3", nameVi: "x", nameEn: "x", kind: "yes-no" as const, scope: ["commune" as const, "district" as const]}]};
    const m = (unitId: string, quarter: string, numerator: number) => ({unitId, measure: "3", quarter, numerator, denominator: 1});
    const rows = targetsByUnit([m("18598", "2024-Q1", 0), m("18598", "2024-Q2", 1), m("448", "2024-Q1", 1)], [target], ["2024-Q1", "2024-Q2"], [...COMMUNES, district]);
    const table = targetUnitTable(rows, {targets: [target], unitName: (id: string) => (id === "448" ? "Huyện Lộc Hà" : unitName(id)), unitLevel: (id: string) => (id === "448" ? "district" : "commune")}) as HTMLTableElement;
    const trs = [...table.querySelectorAll("tbody tr")] as HTMLTableRowElement[];
    expect(trs[0]!.querySelector("th")?.textContent).toBe("Huyện Lộc Hà");
    const chau = trs.find((r) => r.dataset.unit === "18598")!;
    const marks = [...chau.querySelectorAll(".plan-q")] as HTMLElement[];
    expect(marks.map((s) => s.textContent)).toEqual(["✕", "✓"]);
    expect(marks[0]!.title).toBe("Quý 1/2024: Chưa đạt (3: 0/1)");
    expect(trs[0]!.querySelectorAll(".plan-q")[1]!.textContent).toBe("○"); // the district did not report Q2
  });
});

describe("plainTable", () => {
  it("is the table alternative to a chart, values as text", () => {
    const table = plainTable([{a: "<b>x</b>", n: "1.234"}], [{header: "A", value: (r: {a: string}) => r.a}, {header: "N", value: (r: {n: string}) => r.n, num: true}]) as HTMLTableElement;
    expect(table.querySelector("b")).toBeNull();
    expect([...table.querySelectorAll("td")].map((td) => td.textContent)).toEqual(["<b>x</b>", "1.234"]);
    expect(table.querySelectorAll("td.num")).toHaveLength(1);
  });
});
