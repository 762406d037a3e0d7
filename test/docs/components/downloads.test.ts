// @vitest-environment jsdom
import * as Plot from "@observablehq/plot";
import {csvParseRows} from "d3-dsv";
import {afterEach, describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {csvColumns, downloadButtons, standaloneSvg} from "../../../docs/components/downloads.js";

const rows = [
  {unitId: "18580", period: "2024-01", value: 0.2},
  {unitId: "18580", period: "2024-02", value: -0.1},
  {unitId: "18583", period: "2024-01", value: null},
  {unitId: "=HYPERLINK(\"http://x\")", period: "2024-02", value: 0.4}
];
const names: Record<string, string> = {"18580": "Xã Thạch Kim", "18583": "Xã Hộ Độ"};

function chart(options: Record<string, unknown> = {}): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width: 400,
    height: 200,
    marks: [Plot.lineY(rows, {x: "period", y: "value", stroke: "unitId", tip: true})],
    ...options
  }) as SVGSVGElement | HTMLElement;
}

function toolbar(node: unknown, options: Record<string, unknown> = {}): {bar: HTMLElement; saved: {blob: Blob; name: string}[]} {
  const saved: {blob: Blob; name: string}[] = [];
  const bar = downloadButtons(node, {
    rows,
    columns: [{header: "Đơn vị", value: (d: {unitId: string}) => names[d.unitId] ?? d.unitId}, "period", {header: "Tỷ lệ", key: "value"}],
    filename: "Tỷ lệ trực tuyến T1/2024",
    save: (blob: Blob, name: string) => void saved.push({blob, name}),
    ...options
  }) as HTMLElement;
  document.body.append(bar);
  return {bar, saved};
}

async function click(bar: HTMLElement, label: string): Promise<void> {
  [...bar.querySelectorAll("button")].find((b) => b.textContent === label)!.click();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The blob's text exactly as saved, a byte order mark included. */
function text(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new TextDecoder("utf-8", {ignoreBOM: true}).decode(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

function parseSvg(source: string): Document {
  const doc = new DOMParser().parseFromString(source, "image/svg+xml");
  expect(doc.querySelector("parsererror")).toBeNull();
  return doc;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("downloadButtons", () => {
  it("is a labelled group of keyboard-reachable buttons, hidden in print", () => {
    const {bar} = toolbar(chart());
    expect(bar.classList.contains("no-print")).toBe(true);
    expect(bar.getAttribute("role")).toBe("group");
    const buttons = [...bar.querySelectorAll("button")];
    expect(buttons.map((b) => [b.textContent, b.title, b.type])).toEqual([
      ["CSV", "Tải dữ liệu CSV", "button"],
      ["PNG", "Tải ảnh PNG", "button"],
      ["SVG", "Tải ảnh SVG", "button"]
    ]);
    for (const b of buttons) expect(b.tabIndex).toBe(0);
  });

  it("leaves out CSV without rows", () => {
    const bar = downloadButtons(chart(), {}) as HTMLElement;
    expect([...bar.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["PNG", "SVG"]);
  });

  it("downloads the data behind the chart as a spreadsheet-safe CSV for Excel", async () => {
    const {bar, saved} = toolbar(chart());
    await click(bar, "CSV");
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe("ty-le-truc-tuyen-t1-2024.csv");
    expect(saved[0]!.blob.type).toBe("text/csv;charset=utf-8");
    const csv = await text(saved[0]!.blob);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csvParseRows(csv.slice(1))).toEqual([
      ["Đơn vị", "period", "Tỷ lệ"],
      ["Xã Thạch Kim", "2024-01", "0.2"],
      ["Xã Thạch Kim", "2024-02", "-0.1"],
      ["Xã Hộ Độ", "2024-01", ""],
      ["'=HYPERLINK(\"http://x\")", "2024-02", "0.4"]
    ]);
  });

  it("downloads the chart as a standalone SVG with its title and caption", async () => {
    const {bar, saved} = toolbar(chart(), {title: "Tỷ lệ hồ sơ trực tuyến", caption: "Nguồn: báo cáo mẫu. Số liệu đến T2/2024."});
    await click(bar, "SVG");
    expect(saved[0]!.name).toBe("ty-le-truc-tuyen-t1-2024.svg");
    expect(saved[0]!.blob.type).toBe("image/svg+xml;charset=utf-8");
    const source = await text(saved[0]!.blob);
    expect(source.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(source.match(/xmlns="http:\/\/www.w3.org\/2000\/svg"/g)).toHaveLength(1);
    const doc = parseSvg(source);
    const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toContain("Tỷ lệ hồ sơ trực tuyến");
    expect(texts).toContain("Nguồn: báo cáo mẫu. Số liệu đến T2/2024.");
    expect(doc.querySelectorAll("g[aria-label='line'] path").length).toBeGreaterThan(0);
  });

  it("takes the title, subtitle, colour legend and caption of a Plot figure", () => {
    const figure = chart({title: "Tiêu đề biểu đồ", subtitle: "Theo tháng", caption: "Chú thích", color: {legend: true}});
    expect(figure.tagName).toBe("FIGURE");
    const {text: source, width, height} = standaloneSvg(figure);
    const doc = parseSvg(source);
    const texts = [...doc.documentElement.children].filter((e) => e.tagName === "text").map((t) => t.textContent);
    expect(texts).toEqual(["Tiêu đề biểu đồ", "Theo tháng", "18580", "18583", '=HYPERLINK("http://x")', "Chú thích"]);
    expect(doc.documentElement.getAttribute("viewBox")).toBe(`0 0 ${width} ${height}`);
    expect(width).toBeGreaterThanOrEqual(400);
    // the legend's colour squares, in the colours of the lines
    const squares = [...doc.querySelectorAll("svg > rect:not([fill='white'])")].map((r) => r.getAttribute("fill"));
    const color = (figure as unknown as {scale(name: string): {domain: string[]; apply(x: string): string}}).scale("color");
    expect(squares).toEqual(color.domain.map((d) => color.apply(d)));
    expect(new Set(squares).size).toBe(3);
  });

  it("keeps Vietnamese text and markup-like labels as text, and requests nothing from outside", () => {
    const {text: source} = standaloneSvg(chart(), {title: "<script>alert(1)</script> Hộ Độ & Đông Kinh"});
    const doc = parseSvg(source);
    expect(doc.querySelector("script")).toBeNull();
    expect(doc.querySelector("text")!.textContent).toBe("<script>alert(1)</script> Hộ Độ & Đông Kinh");
    for (const e of doc.querySelectorAll("*")) {
      for (const a of e.attributes) {
        if (/href$/i.test(a.name)) expect(a.value).toMatch(/^(#|data:)/);
      }
    }
    expect(source).not.toMatch(/url\((?!["']?(data:|#))/);
  });

  it("leaves out a pointer tip that happened to be open", () => {
    const svg = chart() as SVGSVGElement;
    const tip = document.createElementNS("http://www.w3.org/2000/svg", "g");
    tip.setAttribute("aria-label", "tip");
    svg.append(tip);
    const doc = parseSvg(standaloneSvg(svg).text);
    expect(doc.querySelector("[aria-label='tip']")).toBeNull();
  });

  it("finds the chart inside a container or through a function, at click time", async () => {
    const holder = document.createElement("div");
    const {bar, saved} = toolbar(() => holder);
    holder.append(chart());
    await click(bar, "SVG");
    expect(saved).toHaveLength(1);
    expect(parseSvg(await text(saved[0]!.blob)).querySelectorAll("g[aria-label='line'] path").length).toBeGreaterThan(0);
  });

  it("says so when a file cannot be made, instead of failing silently", async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (e: unknown) => void errors.push(e);
    try {
      const {bar, saved} = toolbar(() => document.createElement("div"));
      await click(bar, "SVG");
      expect(saved).toHaveLength(0);
      expect(bar.querySelector("[role=status]")!.textContent).toBe("Không tạo được tệp: no chart");
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});

const provenance = {units: "%", period: "T1/2024–T2/2024", source: "Báo cáo TTHC của các xã", dataDate: "T2/2024", sample: true};

/** Every text node of the image, in order, as one string per node; the sample mark's lines joined into one. */
function imageTexts(source: string): string[] {
  const texts = [...parseSvg(source).querySelectorAll("text")];
  const mark = texts.filter((t) => t.getAttribute("class") === "sample-mark").map((t) => t.textContent).join(" ");
  return [...(mark ? [mark] : []), ...texts.filter((t) => t.getAttribute("class") !== "sample-mark").map((t) => t.textContent ?? "")];
}

describe("downloads carry their provenance (issue #13)", () => {
  it("draws title, units, period, source, data date and the sample mark into the SVG as text", async () => {
    const {bar, saved} = toolbar(chart(), {title: "Tỷ lệ hồ sơ trực tuyến", provenance});
    await click(bar, "SVG");
    const texts = imageTexts(await text(saved[0]!.blob));
    expect(texts[1]).toBe("Tỷ lệ hồ sơ trực tuyến");
    expect(texts).toContain("Dữ liệu mẫu — số liệu sinh tự động, không phải số liệu thật");
    expect(texts).toContain("Đơn vị tính: %; Kỳ: T1/2024–T2/2024");
    expect(texts.at(-1)).toBe("Nguồn: Báo cáo TTHC của các xã. Số liệu đến: T2/2024.");
    // the mark is boxed in red, before the chart
    const doc = parseSvg(await text(saved[0]!.blob));
    expect(doc.querySelector("rect.sample-mark")?.getAttribute("stroke")).toBe("#b00020");
  });

  it("marks nothing as sample for real data, and speaks English when asked", () => {
    const real = standaloneSvg(chart(), {title: "T", provenance: {...provenance, sample: false}}).text;
    expect(imageTexts(real).join(" ")).not.toMatch(/mẫu/i);
    expect(parseSvg(real).querySelector(".sample-mark")).toBeNull();
    const english = imageTexts(standaloneSvg(chart(), {title: "T", provenance, lang: "en"}).text);
    expect(english).toContain("Sample data — generated figures, not real data");
    expect(english).toContain("Units: %; Period: T1/2024–T2/2024");
    expect(english.at(-1)).toBe("Source: Báo cáo TTHC của các xã. Data through: T2/2024.");
  });

  it("without provenance, takes title, source and sample from the chart's card", async () => {
    const card = document.createElement("div");
    card.className = "card";
    card.innerHTML = '<h2>Xếp hạng các xã <span class="sample-badge">Dữ liệu mẫu</span></h2><h3>T10/2026</h3><div class="holder"></div><div class="chart-source">Nguồn: báo cáo mẫu sinh tự động (70 tệp); số liệu đến T10/2026.</div>';
    document.body.append(card);
    const figure = chart();
    card.querySelector(".holder")!.append(figure);
    const saved: {blob: Blob; name: string}[] = [];
    const bar = downloadButtons(figure, {rows, columns: ["period", {header: "Tỷ lệ", key: "value", rate: true}], save: (blob: Blob, name: string) => void saved.push({blob, name})}) as HTMLElement;
    card.querySelector(".holder")!.append(bar);
    await click(bar, "SVG");
    const texts = imageTexts(await text(saved[0]!.blob));
    expect(texts[1]).toBe("Xếp hạng các xã");
    expect(texts[2]).toBe("T10/2026");
    expect(texts).toContain("Dữ liệu mẫu — số liệu sinh tự động, không phải số liệu thật");
    expect(texts.at(-1)).toBe("Nguồn: báo cáo mẫu sinh tự động (70 tệp); số liệu đến T10/2026.");
    await click(bar, "CSV");
    const lines = csvParseRows((await text(saved[1]!.blob)).slice(1));
    expect(lines[0]).toEqual(["period", "Tỷ lệ (%)", "Nguồn", "Dữ liệu mẫu"]);
    expect(lines[1]).toEqual(["2024-01", "20", "báo cáo mẫu sinh tự động (70 tệp); số liệu đến T10/2026.", "có"]);
  });

  it("writes rate columns as shown, in percent under a (%) header, missing left empty", async () => {
    const shares = [
      {unitId: "a", value: 0.7878787878787878},
      {unitId: "b", value: null}
    ];
    const {bar, saved} = toolbar(null, {rows: shares, columns: [{header: "Đơn vị", key: "unitId"}, {header: "Tỷ lệ trực tuyến", key: "value", rate: true}, {header: "Đúng hạn (%)", value: (d: {value: number | null}) => d.value, rate: true, digits: 0}], provenance: {source: "Báo cáo", sample: false}});
    await click(bar, "CSV");
    expect(csvParseRows((await text(saved[0]!.blob)).slice(1))).toEqual([
      ["Đơn vị", "Tỷ lệ trực tuyến (%)", "Đúng hạn (%)", "Nguồn", "Dữ liệu mẫu"],
      ["a", "78.8", "79", "Báo cáo", "không"],
      ["b", "", "", "Báo cáo", "không"]
    ]);
  });

  it("gives the rows' own keys headers in the page's language, a value that is numerator/denominator as a rate", () => {
    const observations = [
      {unit: "Xã Lộc Hà", period: "2026-10", value: 2 / 3, numerator: 2, denominator: 3},
      {unit: "Xã Mai Phụ", period: "2026-10", value: null, numerator: null, denominator: null}
    ];
    const headers = (lang: string) => (csvColumns(observations, undefined, {source: "x", sample: true}, lang) as {header: string}[]).map((c) => c.header);
    expect(headers("vi")).toEqual(["Đơn vị", "Kỳ", "Tỷ lệ (%)", "Tử số", "Mẫu số", "Nguồn", "Dữ liệu mẫu"]);
    expect(headers("en")).toEqual(["Unit", "Period", "Rate (%)", "Numerator", "Denominator", "Source", "Sample data"]);
    const columns = csvColumns(observations, undefined, {}, "vi") as {header: string; value?: (row: unknown, i: number) => unknown}[];
    expect(columns.find((c) => c.header === "Tỷ lệ (%)")!.value!(observations[0], 0)).toBe(66.7);
    // a score is not numerator/denominator: it stays a value, as it is
    expect((csvColumns([{period: "2024", value: 63.51}], undefined, {}, "vi") as {header: string}[]).map((c) => c.header)).toEqual(["Kỳ", "Giá trị"]);
  });
});
