// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {sortableTable} from "../../../docs/components/sortableTable.js";

interface Row {
  name: string;
  last: number | null;
}

const rows: Row[] = [
  {name: "Xã Thạch Kim", last: 0.73},
  {name: "Xã Hộ Độ", last: 0.68},
  {name: "Xã Ích Hậu", last: null},
  {name: "Thị trấn Lộc Hà", last: 0.82}
];

function table(options: Record<string, unknown> = {}): HTMLElement & {value: string} {
  const element = sortableTable(rows, {
    columns: [
      {key: "unit", label: "Đơn vị", value: (d: Row) => d.name},
      {key: "last", label: "Cuối kỳ", value: (d: Row) => d.last, cell: (d: Row) => (d.last === null ? null : `${Math.round(d.last * 100)}%`), descendingFirst: true},
      {key: "note", label: "Ghi chú", sortable: false, cell: () => document.createTextNode("x")}
    ],
    ...options
  }) as HTMLElement & {value: string};
  document.body.append(element);
  return element;
}

const firstColumn = (element: HTMLElement): string[] => [...element.querySelectorAll("tbody tr")].map((tr) => tr.children[0]!.textContent ?? "");

describe("sortableTable", () => {
  it("sorts by the given column, Vietnamese order for text, missing values last", () => {
    expect(firstColumn(table({sort: "unit"}))).toEqual(["Thị trấn Lộc Hà", "Xã Hộ Độ", "Xã Ích Hậu", "Xã Thạch Kim"]);
    expect(firstColumn(table({sort: "-last"}))).toEqual(["Thị trấn Lộc Hà", "Xã Thạch Kim", "Xã Hộ Độ", "Xã Ích Hậu"]);
    expect(firstColumn(table({sort: "last"}))).toEqual(["Xã Hộ Độ", "Xã Thạch Kim", "Thị trấn Lộc Hà", "Xã Ích Hậu"]);
  });

  it("sorts from a header button (keyboard reachable), reverses on a second press, says so in aria-sort and tells listeners", () => {
    const element = table({sort: "unit"});
    const events: string[] = [];
    element.addEventListener("input", () => events.push(element.value));
    const [unitHeader, lastHeader, noteHeader] = [...element.querySelectorAll("th")];
    expect(noteHeader!.querySelector("button")).toBeNull();
    const button = lastHeader!.querySelector("button")!;
    expect(button.type).toBe("button");
    button.click();
    expect(element.value).toBe("-last"); // a "best first" column starts largest first
    expect(lastHeader!.getAttribute("aria-sort")).toBe("descending");
    expect(unitHeader!.getAttribute("aria-sort")).toBe("none");
    button.click();
    expect(element.value).toBe("last");
    expect(lastHeader!.getAttribute("aria-sort")).toBe("ascending");
    expect(firstColumn(element)[0]).toBe("Xã Hộ Độ");
    expect(events).toEqual(["-last", "last"]);
  });

  it("takes a sort from .value without an event, and ignores an unknown one", () => {
    const element = table({sort: "unit"});
    let events = 0;
    element.addEventListener("input", () => events++);
    element.value = "-last";
    expect(firstColumn(element)[0]).toBe("Thị trấn Lộc Hà");
    element.value = "note";
    element.value = "bogus";
    expect(element.value).toBe("-last");
    expect(events).toBe(0);
  });

  it("shows a missing cell as a dash, never 0", () => {
    const element = table({sort: "unit"});
    const ichHau = [...element.querySelectorAll("tbody tr")].find((tr) => tr.textContent?.includes("Ích Hậu"))!;
    expect(ichHau.children[1]!.textContent).toBe("–");
  });

  it("writes names as text: markup in a name is shown, not run", () => {
    const element = sortableTable([{name: "<img src=x onerror=alert(1)>", last: 1}], {
      columns: [{key: "unit", label: "<b>Đơn vị</b>", value: (d: Row) => d.name}],
      caption: "<img src=y>"
    }) as HTMLElement;
    expect(element.querySelector("img")).toBeNull();
    expect(element.querySelector("b")).toBeNull();
    expect(element.querySelector("tbody td")!.textContent).toBe("<img src=x onerror=alert(1)>");
  });
});
