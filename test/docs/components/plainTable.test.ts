// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {plainTable} from "../../../docs/components/plainTable.js";

const rows = [
  {unitId: "18580", name: "Xã Thạch Kim", received: 1234},
  {unitId: "evil", name: "<img src=x onerror=alert(1)>", received: null},
  {unitId: "total", name: "Tổng cộng", received: 1234}
];
const columns = [
  {header: "Đơn vị", value: (d: (typeof rows)[number]) => d.name},
  {header: "Tiếp nhận", value: (d: (typeof rows)[number]) => d.received, numeric: true}
];

describe("plainTable", () => {
  it("writes a header row and one row per item, the first cell a row header, unit ids on the rows", () => {
    const wrap = plainTable(rows, {columns, caption: "Hồ sơ", rowClass: (d: (typeof rows)[number]) => (d.unitId === "total" ? "total-row" : null)}) as HTMLElement;
    const table = wrap.querySelector("table")!;
    expect(table.querySelector("caption")!.textContent).toBe("Hồ sơ");
    expect([...table.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Đơn vị", "Tiếp nhận"]);
    const body = [...table.querySelectorAll("tbody tr")] as HTMLElement[];
    expect(body.map((tr) => tr.dataset.unit)).toEqual(["18580", "evil", "total"]);
    expect(body[0]!.firstElementChild!.tagName).toBe("TH");
    expect(body[2]!.className).toBe("total-row");
    expect(body[0]!.lastElementChild!.className).toBe("numeric");
  });

  it("sets cells as text, never HTML, and shows a missing value as –", () => {
    const table = (plainTable(rows, {columns}) as HTMLElement).querySelector("table")!;
    expect(table.querySelector("img")).toBeNull();
    const evil = table.querySelector("tr[data-unit=evil]")!;
    expect(evil.firstElementChild!.textContent).toBe("<img src=x onerror=alert(1)>");
    expect(evil.lastElementChild!.textContent).toBe("–");
  });
});
