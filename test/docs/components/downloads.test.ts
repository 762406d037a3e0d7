// @vitest-environment jsdom
import * as Plot from "@observablehq/plot";
import {csvParseRows} from "d3-dsv";
import {afterEach, describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {downloadButtons, standaloneSvg} from "../../../docs/components/downloads.js";

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
