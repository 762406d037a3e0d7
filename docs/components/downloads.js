/**
 * Download buttons under a chart (tải xuống): the data behind it as CSV, the chart as SVG and
 * as PNG. Everything is made in the browser from the chart on screen and handed over as a
 * blob: URL, so nothing leaves the page and the site's CSP (img-src 'self' data: blob:, no
 * eval) holds. The toolbar has class `no-print`.
 *
 * In a page, inside the resize callback so the buttons follow the chart that is shown:
 *
 *   ${resize((width) => {
 *     const chart = trendChart(rows, {width, indicator, unitName});
 *     return html`<div>${chart}${downloadButtons(chart, {
 *       rows,
 *       columns: [{header: "Đơn vị", value: (d) => unitName(d.unitId)}, {header: "Kỳ", key: "period"}, {header: "Giá trị", key: "value"}],
 *       filename: `ty-le-truc-tuyen-${meta.dataThrough}`,
 *       title: indicator.nameVi,
 *       caption: `Nguồn: ... Số liệu đến ${formatPeriod(meta.dataThrough)}.`
 *     })}</div>`;
 *   })}
 *
 * `chartNode` may also be a function returning the chart, or an element that contains it.
 */
import {foldVietnamese, toSafeCsv} from "../lib/cchc.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
const PAD = 12;
const PNG_SCALE = 2;

// What Plot's output needs from CSS to look the same outside the page. Inherited properties are
// written only where they differ from the parent's, so the file stays small.
const INHERITED = [
  "color",
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "paint-order",
  "visibility"
];
const NOT_INHERITED = {opacity: "1", "mix-blend-mode": "normal", "dominant-baseline": "auto"};

const TEXT = {
  vi: {group: "Tải xuống", csv: "Tải dữ liệu CSV", png: "Tải ảnh PNG", svg: "Tải ảnh SVG", failed: "Không tạo được tệp", chart: "bieu-do"},
  en: {group: "Download", csv: "Download data (CSV)", png: "Download image (PNG)", svg: "Download image (SVG)", failed: "Could not make the file", chart: "chart"}
};

/**
 * The toolbar: buttons "CSV" (when `rows` is given), "SVG" and "PNG" (when there is a chart).
 * Options: rows (array or function returning one), columns (as toSafeCsv: "key" or
 * {header, key} or {header, value: (row) => …}), filename (without extension; folded to
 * a–z, 0–9 and "-"), title and caption (written into the image), lang ("vi" | "en"), and
 * save(blob, filename) to replace the browser download (for tests).
 */
export function downloadButtons(chartNode, {rows, columns, filename, title, caption, lang = "vi", save = saveBlob} = {}) {
  const text = TEXT[lang] ?? TEXT.vi;
  const base = fileBase(filename ?? title ?? text.chart);
  const bar = document.createElement("div");
  bar.className = "download-buttons no-print";
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", text.group);
  const status = document.createElement("span");
  status.className = "download-status";
  status.setAttribute("role", "status");

  const button = (label, longLabel, action) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.title = longLabel;
    b.setAttribute("aria-label", longLabel);
    b.addEventListener("click", async () => {
      status.textContent = "";
      b.disabled = true;
      b.setAttribute("aria-busy", "true");
      try {
        await action();
      } catch (error) {
        status.textContent = `${text.failed}: ${error?.message ?? error}`;
        console.error(error);
      } finally {
        b.disabled = false;
        b.removeAttribute("aria-busy");
      }
    });
    bar.append(b);
  };

  if (rows !== undefined) {
    button("CSV", text.csv, async () => {
      const data = typeof rows === "function" ? rows() : rows;
      const csv = toSafeCsv(data, {columns, bom: true});
      await save(new Blob([csv], {type: "text/csv;charset=utf-8"}), `${base}.csv`);
    });
  }
  if (chartNode != null) {
    const svgOptions = {title, caption};
    button("PNG", text.png, async () => {
      const {text: svg, width, height} = standaloneSvg(resolveChart(chartNode), svgOptions);
      await save(await svgToPng(svg, width, height, PNG_SCALE), `${base}.png`);
    });
    button("SVG", text.svg, async () => {
      const {text: svg} = standaloneSvg(resolveChart(chartNode), svgOptions);
      await save(new Blob([svg], {type: "image/svg+xml;charset=utf-8"}), `${base}.svg`);
    });
  }
  bar.append(status);
  return bar;
}

/**
 * The chart as a standalone SVG document: computed styles inlined, Plot's title, subtitle,
 * colour legend and caption (or `title` / `caption` given here) drawn as SVG text, a white
 * background, the page's @font-face rules for the fonts it uses (so Vietnamese text looks the
 * same elsewhere), pointer tips left out. Returns {text, width, height}.
 */
export function standaloneSvg(chart, {title, caption, embedFonts = true} = {}) {
  const doc = chart.ownerDocument;
  const parts = partsOf(chart, {title, caption});
  const width = Math.max(320, ...parts.charts.map((svg) => sizeOf(svg).width)) + 2 * PAD;
  const fontFamily = computed(parts.charts[0] ?? chart, "font-family") || "system-ui, sans-serif";

  const root = doc.createElementNS(SVG_NS, "svg");
  root.setAttributeNS(XMLNS_NS, "xmlns", SVG_NS);
  root.setAttribute("font-family", fontFamily);
  root.setAttribute("fill", "#222");
  const fonts = embedFonts ? fontFaceCss(doc, fontFamily) : "";
  if (fonts) {
    const style = doc.createElementNS(SVG_NS, "style");
    style.textContent = fonts;
    root.append(style);
  }
  const background = doc.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "white");
  root.append(background);

  let y = PAD;
  const textLines = (content, size, weight, color) => {
    for (const line of wrap(content, Math.floor((width - 2 * PAD) / (size * 0.55)))) {
      const t = doc.createElementNS(SVG_NS, "text");
      y += size * 1.25;
      t.setAttribute("x", String(PAD));
      t.setAttribute("y", String(Math.round(y - size * 0.25)));
      t.setAttribute("font-size", String(size));
      t.setAttribute("text-anchor", "start");
      if (weight) t.setAttribute("font-weight", weight);
      if (color) t.setAttribute("fill", color);
      t.textContent = line;
      root.append(t);
    }
  };
  for (const part of parts.sequence) {
    if (part.kind === "title") textLines(part.text, 16, "700");
    else if (part.kind === "subtitle") textLines(part.text, 13, null, "#444");
    else if (part.kind === "caption") {
      y += 4;
      textLines(part.text, 11, null, "#555");
    } else if (part.kind === "legend") y = drawLegend(root, part.items, y, width);
    else {
      const {width: w, height: h} = sizeOf(part.svg);
      const copy = part.svg.cloneNode(true);
      inlineStyles(part.svg, copy);
      for (const tip of copy.querySelectorAll("[aria-label='tip']")) tip.remove();
      copy.setAttribute("x", String(PAD));
      copy.setAttribute("y", String(y));
      copy.setAttribute("width", String(w));
      copy.setAttribute("height", String(h));
      if (!copy.hasAttribute("viewBox")) copy.setAttribute("viewBox", `0 0 ${w} ${h}`);
      // Plot's own rule gives its SVG "height: auto; max-width: 100%", which inside another SVG
      // would stretch it to the whole image: fix the size inline.
      copy.style.setProperty("width", `${w}px`);
      copy.style.setProperty("height", `${h}px`);
      copy.style.setProperty("max-width", "none");
      root.append(copy);
      y += h + 4;
    }
  }
  const height = Math.ceil(y + PAD);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const serialised = new doc.defaultView.XMLSerializer().serializeToString(root);
  return {text: `<?xml version="1.0" encoding="UTF-8"?>\n${serialised}`, width, height};
}

/** The chart behind a node: a Plot figure or SVG, or the first one inside a container. */
function resolveChart(target) {
  const node = typeof target === "function" ? target() : target;
  if (node == null) throw new Error("no chart");
  const name = node.nodeName?.toLowerCase();
  if (name === "svg" || (name === "figure" && node.querySelector("svg"))) return node;
  const found = node.querySelector?.("figure") ?? node.querySelector?.("svg");
  if (!found) throw new Error("no chart");
  return found;
}

/** Title, subtitle, legends, chart SVGs and caption in the order Plot's figure shows them. */
function partsOf(chart, {title, caption}) {
  const sequence = [];
  const charts = [];
  if (title) sequence.push({kind: "title", text: String(title)});
  if (chart.nodeName.toLowerCase() === "svg") {
    sequence.push({kind: "svg", svg: chart});
    charts.push(chart);
  } else {
    for (const child of chart.children) {
      const name = child.nodeName.toLowerCase();
      const content = child.textContent.trim();
      if (name === "h2" && !title && content) sequence.push({kind: "title", text: content});
      else if (name === "h3" && content) sequence.push({kind: "subtitle", text: content});
      else if (name === "figcaption" && content) sequence.push({kind: "caption", text: content});
      else if (name === "svg") {
        sequence.push({kind: "svg", svg: child});
        charts.push(child);
      } else if (name === "div") {
        const items = [...child.querySelectorAll("[class$='-swatch']")].map((swatch) => ({
          color: swatchColor(swatch),
          label: swatch.textContent.trim()
        }));
        if (items.length) sequence.push({kind: "legend", items});
      }
    }
  }
  if (caption) sequence.push({kind: "caption", text: String(caption)});
  return {sequence, charts};
}

function swatchColor(swatch) {
  // Plot puts the colour on the swatch's <svg> (fill) or on the shape inside it.
  for (const shape of swatch.querySelectorAll("svg, svg *")) {
    for (const attribute of ["fill", "stroke"]) {
      const value = shape.getAttribute(attribute) || shape.style?.getPropertyValue(attribute);
      if (value && value !== "none" && !value.startsWith("url(")) return value;
    }
  }
  return computed(swatch, "color") || "#888";
}

/** Colour legend entries as squares and labels, wrapping at the image width; returns the new y. */
function drawLegend(root, items, top, width) {
  const doc = root.ownerDocument;
  const size = 11;
  let x = PAD;
  let y = top + 4;
  for (const {color, label} of items) {
    const itemWidth = size + 4 + label.length * size * 0.55 + 12;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += size + 6;
    }
    const square = doc.createElementNS(SVG_NS, "rect");
    square.setAttribute("x", String(x));
    square.setAttribute("y", String(y));
    square.setAttribute("width", String(size));
    square.setAttribute("height", String(size));
    square.setAttribute("fill", color);
    const t = doc.createElementNS(SVG_NS, "text");
    t.setAttribute("x", String(x + size + 4));
    t.setAttribute("y", String(y + size - 1));
    t.setAttribute("font-size", String(size));
    t.setAttribute("text-anchor", "start");
    t.textContent = label;
    root.append(square, t);
    x += itemWidth;
  }
  return y + size + 8;
}

function sizeOf(svg) {
  const width = Number.parseFloat(svg.getAttribute("width"));
  const height = Number.parseFloat(svg.getAttribute("height"));
  if (width > 0 && height > 0) return {width, height};
  const box = svg.getBoundingClientRect?.();
  return {width: width > 0 ? width : box?.width || 640, height: height > 0 ? height : box?.height || 400};
}

function computed(element, property) {
  const view = element.ownerDocument?.defaultView;
  return view?.getComputedStyle ? view.getComputedStyle(element).getPropertyValue(property).trim() : "";
}

/** Copies the computed styles of `original` and its descendants onto the same nodes of `copy`. */
function inlineStyles(original, copy) {
  const view = original.ownerDocument.defaultView;
  const from = [original, ...original.querySelectorAll("*")];
  const to = [copy, ...copy.querySelectorAll("*")];
  const styles = new Map();
  from.forEach((element, i) => {
    const style = view.getComputedStyle(element);
    styles.set(element, style);
    const parent = i === 0 ? null : styles.get(element.parentElement);
    const target = to[i];
    if (!target?.style) return;
    for (const property of INHERITED) {
      const value = style.getPropertyValue(property);
      if (value && (parent == null || parent.getPropertyValue(property) !== value)) target.style.setProperty(property, value);
    }
    for (const [property, initial] of Object.entries(NOT_INHERITED)) {
      const value = style.getPropertyValue(property);
      if (value && value !== initial) target.style.setProperty(property, value);
    }
  });
}

/** The page's @font-face rules for the families in `fontFamily` (data: URLs in this site). */
function fontFaceCss(doc, fontFamily) {
  const wanted = new Set(fontFamily.split(",").map(unquote));
  const rules = [];
  const visit = (list) => {
    for (const rule of list ?? []) {
      if (rule.type === 5 /* CSSRule.FONT_FACE_RULE */) {
        if (wanted.has(unquote(rule.style.getPropertyValue("font-family")))) rules.push(rule.cssText);
      } else if (rule.styleSheet) visit(safeRules(rule.styleSheet));
      else if (rule.cssRules) visit(rule.cssRules);
    }
  };
  for (const sheet of doc.styleSheets ?? []) visit(safeRules(sheet));
  return rules.join("\n");
}

function safeRules(sheet) {
  try {
    return sheet.cssRules;
  } catch {
    return null; // a stylesheet from another origin cannot be read; this site has none
  }
}

function unquote(name) {
  return name.trim().replace(/^["']|["']$/g, "").toLowerCase();
}

/** Words into lines of at most `max` characters (a long word stays whole). */
function wrap(text, max) {
  const lines = [];
  let line = "";
  for (const word of String(text).split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A PNG of the SVG text at `scale`× on a white background, drawn from a blob: URL. */
async function svgToPng(svgText, width, height, scale) {
  const url = URL.createObjectURL(new Blob([svgText], {type: "image/svg+xml;charset=utf-8"}));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext("2d");
    context.fillStyle = "white";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("canvas.toBlob gave nothing"))), "image/png")
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hands a blob to the browser as a download, through a short-lived blob: URL. */
function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** "Tỷ lệ trực tuyến T10/2024.csv" → "ty-le-truc-tuyen-t10-2024". */
function fileBase(name) {
  const base = foldVietnamese(String(name).replace(/\.(csv|png|svg)$/i, ""))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return base || "bieu-do";
}
