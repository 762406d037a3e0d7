// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {tableDetails} from "../../../docs/components/tableDetails.js";

/** Opens the details as a reader would (the browser fires "toggle"). */
function open(details: HTMLDetailsElement): void {
  details.open = true;
  details.dispatchEvent(new Event("toggle"));
}

describe("tableDetails", () => {
  it("folds the chart's table in a details element, missing values as a dash", () => {
    const details = tableDetails(["2024-01", "2024-02"], {
      summary: "Bảng số liệu",
      columns: [
        {label: "Kỳ", value: (p: string) => p},
        {label: "Xã Hộ Độ", value: (p: string) => (p === "2024-01" ? "45,3%" : null)}
      ]
    }) as HTMLDetailsElement;
    expect(details.tagName).toBe("DETAILS");
    expect(details.open).toBe(false);
    expect(details.querySelector("summary")!.textContent).toBe("Bảng số liệu");
    // built when first opened, not before: a re-drawn page builds no table nobody reads
    expect(details.querySelector("table")).toBeNull();
    open(details);
    expect([...details.querySelectorAll("th")].map((th) => th.textContent)).toEqual(["Kỳ", "Xã Hộ Độ"]);
    expect([...details.querySelectorAll("tbody tr")].map((tr) => tr.textContent)).toEqual(["2024-0145,3%", "2024-02–"]);
  });

  it("writes labels and values as text", () => {
    const details = tableDetails([1], {columns: [{label: "<img src=x onerror=alert(1)>", value: () => "<b>x</b>"}]}) as HTMLDetailsElement;
    open(details);
    expect(details.querySelector("img")).toBeNull();
    expect(details.querySelector("b")).toBeNull();
    expect(details.querySelector("th")!.textContent).toBe("<img src=x onerror=alert(1)>");
  });
});
