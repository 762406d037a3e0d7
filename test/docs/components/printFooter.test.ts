// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {printFooter} from "../../../docs/components/printFooter.js";

describe("printFooter", () => {
  it("names the sources and the data date, for print only", () => {
    const footer = printFooter({sources: ["Báo cáo TTHC của các xã", {file: "bc-t10.xlsx"}], dataThrough: "2026-10"}) as HTMLElement;
    expect(footer.tagName).toBe("FOOTER");
    expect(footer.className).toBe("print-footer");
    expect(footer.textContent).toContain("Nguồn: Báo cáo TTHC của các xã; bc-t10.xlsx.");
    expect(footer.textContent).toContain("Số liệu đến: T10/2026.");
    expect(footer.textContent).toMatch(/In ngày \d{1,2}\/\d{1,2}\/\d{4}/);
    expect(footer.textContent).not.toContain("MẪU");
  });

  it("warns on paper that sample figures are not real", () => {
    const footer = printFooter({sources: [], dataThrough: null, sample: true}) as HTMLElement;
    expect(footer.querySelector(".print-footer-sample")?.textContent).toContain("DỮ LIỆU MẪU");
    expect(footer.textContent).toContain("Số liệu đến: –.");
  });

  it("writes source names as text", () => {
    const footer = printFooter({sources: ["<img src=x onerror=alert(1)>"], dataThrough: "2024"}) as HTMLElement;
    expect(footer.querySelector("img")).toBeNull();
    expect(footer.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("speaks English when asked, the sample mark and the print date too", () => {
    const footer = printFooter({sources: ["x"], dataThrough: "2024-10", sample: true, lang: "en"}) as HTMLElement;
    expect(footer.textContent).toContain("Sources: x.");
    expect(footer.textContent).toContain("Data through: Oct 2024.");
    expect(footer.querySelector(".print-footer-sample")?.textContent).toBe("SAMPLE DATA — generated for illustration, not real figures.");
    expect(footer.textContent).toMatch(/Printed \d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(footer.textContent).not.toMatch(/Nguồn|MẪU|In ngày/);
    expect(footer.lang).toBe("en");
  });
});
