import {describe, expect, it} from "vitest";
import {QD766_FORMULAS} from "../../../src/qd766/qd766Formulas.ts";
import {qd766FormulaRows} from "../../../src/views/qd766FormulaRows.ts";
import {qd766MethodText} from "../../../src/views/qd766MethodText.ts";

describe("qd766FormulaRows", () => {
  it("has a row per formula with points and threshold marked cited or chosen", () => {
    const rows = qd766FormulaRows("vi");
    expect(rows.map((r) => r.id)).toEqual(QD766_FORMULAS.map((f) => f.id));
    for (const row of rows) expect(row.threshold).toMatch(/^\d+% \((trích dẫn|lựa chọn)\)$/);
    const digitised = QD766_FORMULAS.find((f) => f.needs.includes("digitised"));
    if (digitised) expect(rows.find((r) => r.id === digitised.id)?.formula).toContain("cần cột Số hóa hồ sơ");
  });

  it("says in English what the Vietnamese says", () => {
    expect(qd766FormulaRows("en")[0]?.maxPoints).toMatch(/\((cited|chosen)\)$/);
    expect(qd766MethodText("en").official).toContain("100 points in 5 groups");
  });
});
