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
 *       lang,
 *       provenance: {units: "%", period: "T1/2021–T10/2026", source: "Báo cáo TTHC của các xã", dataDate: "T10/2026", sample: meta.sample}
 *     })}</div>`;
 *   })}
 *
 * `chartNode` may also be a function returning the chart, or an element that contains it.
 *
 * Provenance (issue #13: a download must not carry sample figures into a real report unmarked):
 * every PNG and SVG has the title, units, period, source, data date and, for sample data, a
 * boxed "Dữ liệu mẫu — …" mark drawn into the image as SVG text; every CSV ends with a source
 * and a sample column ("có"/"không"). Without `provenance` (or for a field it leaves out) the
 * toolbar reads what the chart's card shows, at click time: the card's first h2/h3 as title (an
 * h3 after it as subtitle), its `.chart-source` line as source, and a `.sample-badge` in it as
 * sample.
 */
import {catalogue, foldVietnamese, percentAsShown, toSafeCsv} from "../lib/cchc.js";

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

/**
 * The toolbar: buttons "CSV" (when `rows` is given), "SVG" and "PNG" (when there is a chart).
 * Options: rows (array or function returning one), columns (as toSafeCsv: "key" or
 * {header, key} or {header, value: (row) => …}; add `rate: true` to a column of shares 0..1 to
 * write them as the page shows them, percentAsShown: 0.7878 → 78.8, under "<header> (%)"; omitted,
 * the rows' own keys are the columns, the usual ones — unit, unitId, period, value, numerator,
 * denominator — under headers in `lang`, and `value` as a rate when it is numerator/denominator
 * on every row), filename (without extension; folded to a–z, 0–9 and "-"), title and caption
 * (written into the image), lang ("vi" | "en"), provenance ({units, period, source, dataDate,
 * sample}: strings and a boolean, see above), and save(blob, filename) to replace the browser
 * download (for tests).
 */
export function downloadButtons(chartNode, {rows, columns, filename, title, caption, lang = "vi", provenance, save = saveBlob} = {}) {
  const text = catalogue(lang).components;
  const base = fileBase(filename ?? title ?? text.chartFileName);
  const bar = document.createElement("div");
  bar.className = "download-buttons no-print";
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", text.download);
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
        status.textContent = `${text.downloadFailed}: ${error?.message ?? error}`;
        console.error(error);
      } finally {
        b.disabled = false;
        b.removeAttribute("aria-busy");
      }
    });
    bar.append(b);
  };
  // What the card around the chart (or the toolbar) shows, read when a button is pressed.
  const shown = (chart) => {
    const card = fromCard(chart?.closest?.(".card") ?? bar.closest(".card"));
    return {title: title ?? card.title, subtitle: card.subtitle, provenance: withFallback(provenance, card)};
  };

  if (rows !== undefined) {
    button("CSV", text.downloadCsv, async () => {
      const data = typeof rows === "function" ? rows() : rows;
      const chart = chartNode == null ? null : tryResolveChart(chartNode);
      const csv = toSafeCsv(data, {columns: csvColumns(data, columns, shown(chart).provenance, lang), bom: true});
      await save(new Blob([csv], {type: "text/csv;charset=utf-8"}), `${base}.csv`);
    });
  }
  if (chartNode != null) {
    const image = () => {
      const chart = resolveChart(chartNode);
      const {title: shownTitle, subtitle, provenance: shownProvenance} = shown(chart);
      return standaloneSvg(chart, {title: shownTitle, subtitle, caption, provenance: shownProvenance, lang});
    };
    button("PNG", text.downloadPng, async () => {
      const {text: svg, width, height} = image();
      await save(await svgToPng(svg, width, height, PNG_SCALE), `${base}.png`);
    });
    button("SVG", text.downloadSvg, async () => {
      const {text: svg} = image();
      await save(new Blob([svg], {type: "image/svg+xml;charset=utf-8"}), `${base}.svg`);
    });
  }
  bar.append(status);
  return bar;
}

/**
 * The CSV's columns: the caller's (rate columns as percent "as shown" under a "(%)" header) or
 * the rows' keys under headers in `lang`, then the source and sample columns from provenance
 * (each when it is known and the rows do not already carry it).
 */
export function csvColumns(rows, columns, provenance = {}, lang = "vi") {
  const words = catalogue(lang).components;
  const data = Array.isArray(rows) ? rows : [...(rows ?? [])];
  if (columns === undefined && data.length > 0 && data.every(Array.isArray)) return undefined; // raw rows, no header line
  const {yes, no} = catalogue(lang).common;
  const list = (columns ?? defaultColumns(data, words, {yes, no})).map((c) => (typeof c === "object" && c?.rate ? rateColumn(c, words) : c));
  const headers = new Set(list.map((c) => (typeof c === "string" ? c : c.header)));
  if (provenance.source && !headers.has(words.columnSource)) list.push({header: words.columnSource, value: () => provenance.source});
  if (typeof provenance.sample === "boolean" && !headers.has(words.columnSample)) {
    list.push({header: words.columnSample, value: () => (provenance.sample ? yes : no)});
  }
  return list;
}

function rateColumn({header, key, value, digits = 1}, words) {
  const read = value ?? ((row) => row?.[key ?? header]);
  return {
    header: /\(%\)\s*$/.test(header) ? header : `${header} ${words.percentSuffix}`,
    value: (row, index) => {
      const share = read(row, index);
      return typeof share === "number" ? percentAsShown(share, digits) : null;
    }
  };
}

/** Columns from the rows' own keys; the usual keys get headers in the page's language. */
function defaultColumns(rows, words, {yes, no}) {
  const keys = new Set();
  for (const row of rows) if (row !== null && typeof row === "object") for (const key of Object.keys(row)) keys.add(key);
  const known = {
    unit: words.columnUnit,
    unitName: words.columnUnit,
    name: words.columnUnit,
    unitId: words.columnUnitId,
    period: words.columnPeriod,
    indicator: words.columnIndicator,
    numerator: words.columnNumerator,
    denominator: words.columnDenominator,
    source: words.columnSource
  };
  return [...keys].map((key) => {
    if (key === "value") return isRate(rows) ? {header: words.columnRate, key, rate: true} : {header: words.columnValue, key};
    if (key === "sample") return {header: words.columnSample, value: (row) => (typeof row?.sample === "boolean" ? (row.sample ? yes : no) : row?.sample)};
    return key in known ? {header: known[key], key} : key;
  });
}

/** A `value` that is numerator/denominator on every row that has one: a share 0..1. */
function isRate(rows) {
  let seen = 0;
  for (const row of rows) {
    const {value, numerator, denominator} = row ?? {};
    if (typeof value !== "number" || !Number.isFinite(value)) continue;
    if (typeof numerator !== "number" || typeof denominator !== "number" || !(denominator > 0)) return false;
    if (Math.abs(value - numerator / denominator) > 1e-9) return false;
    seen++;
  }
  return seen > 0;
}

/** Title, source and sample as a card shows them (h2/h3 without its badge, .chart-source, .sample-badge). */
function fromCard(card) {
  if (!card) return {};
  // The card's own headings, not those of a Plot figure inside it (the figure brings its own).
  const headings = [...card.querySelectorAll("h2, h3")].filter((h) => !h.closest("figure"));
  const plain = (heading) => {
    if (!heading) return undefined;
    const copy = heading.cloneNode(true);
    for (const extra of copy.querySelectorAll(".sample-badge, button, svg")) extra.remove();
    return squash(copy.textContent) || undefined;
  };
  const title = plain(headings[0]);
  const subtitle = headings[1]?.tagName === "H3" ? plain(headings[1]) : undefined;
  // "Nguồn: báo cáo …" → "báo cáo …": the image and the CSV write their own "Nguồn".
  const labels = [catalogue("vi").common.source, catalogue("en").common.source].map((w) => `${w}:`);
  let source = squash(card.querySelector(".chart-source")?.textContent);
  for (const label of labels) if (source.startsWith(label)) source = source.slice(label.length).trim();
  source ||= undefined;
  return {title, subtitle, source, sample: card.querySelector(".sample-badge") !== null};
}

function withFallback(provenance = {}, card) {
  const out = {};
  for (const key of ["units", "period", "source", "dataDate", "sample"]) {
    const value = provenance?.[key] ?? card[key];
    if (value !== undefined && value !== null && value !== "") out[key] = value;
  }
  return out;
}

function squash(text) {
  return String(text ?? "").replace(/\s+/g, " ").trim();
}

/**
 * The chart as a standalone SVG document: computed styles inlined, Plot's title, subtitle,
 * colour legend and caption (or `title`, `subtitle`, `caption` given here) drawn as SVG text, a white
 * background, the page's @font-face rules for the fonts it uses (so Vietnamese text looks the
 * same elsewhere), pointer tips left out. With `provenance` ({units, period, source, dataDate,
 * sample}) it also draws, in `lang`: a boxed red "Dữ liệu mẫu — …" mark under the title for
 * sample data, a line "Đơn vị tính: …; Kỳ: …" and at the foot "Nguồn: …. Số liệu đến: …."
 * (the source left out when the caption already says it). Returns {text, width, height}.
 */
export function standaloneSvg(chart, {title, subtitle, caption, provenance = {}, lang = "vi", embedFonts = true} = {}) {
  const {common} = catalogue(lang);
  const doc = chart.ownerDocument;
  const parts = partsOf(chart, {title, subtitle, caption});
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
  const sampleMark = () => {
    const size = 13;
    const lines = wrap(common.sampleMark, Math.floor((width - 2 * PAD - 12) / (size * 0.6)));
    const box = doc.createElementNS(SVG_NS, "rect");
    box.setAttribute("x", String(PAD));
    box.setAttribute("y", String(y + 4));
    box.setAttribute("width", String(Math.min(width - 2 * PAD, Math.max(...lines.map((l) => l.length)) * size * 0.6 + 12)));
    box.setAttribute("height", String(lines.length * size * 1.25 + 8));
    box.setAttribute("fill", "#fdecea");
    box.setAttribute("stroke", "#b00020");
    box.setAttribute("stroke-width", "1.5");
    box.setAttribute("rx", "3");
    box.setAttribute("class", "sample-mark");
    root.append(box);
    y += 8;
    for (const line of lines) {
      const t = doc.createElementNS(SVG_NS, "text");
      y += size * 1.25;
      t.setAttribute("x", String(PAD + 6));
      t.setAttribute("y", String(Math.round(y - size * 0.25)));
      t.setAttribute("font-size", String(size));
      t.setAttribute("font-weight", "700");
      t.setAttribute("text-anchor", "start");
      t.setAttribute("fill", "#b00020");
      t.setAttribute("class", "sample-mark");
      t.textContent = line;
      root.append(t);
    }
    y += 6;
  };
  const about = [
    provenance.units ? `${common.units}: ${provenance.units}` : "",
    provenance.period ? `${common.period}: ${provenance.period}` : ""
  ].filter(Boolean);
  const sourceShown = provenance.source && !(caption && String(caption).includes(provenance.source));
  const foot = [
    sourceShown ? `${common.source}: ${stripStop(provenance.source)}.` : "",
    provenance.dataDate ? `${common.dataThroughLabel}: ${stripStop(provenance.dataDate)}.` : ""
  ].filter(Boolean);
  // The sample mark and the "units; period" line go under the title and subtitles, before the chart.
  let headed = false;
  const head = () => {
    if (headed) return;
    headed = true;
    if (provenance.sample === true) sampleMark();
    if (about.length) textLines(about.join("; "), 12, null, "#444");
  };
  for (const part of parts.sequence) {
    if (part.kind !== "title" && part.kind !== "subtitle") head();
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
  head();
  if (foot.length) {
    y += 2;
    textLines(foot.join(" "), 11, null, "#555");
  }
  const height = Math.ceil(y + PAD);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const serialised = new doc.defaultView.XMLSerializer().serializeToString(root);
  return {text: `<?xml version="1.0" encoding="UTF-8"?>\n${serialised}`, width, height};
}

/** The chart behind a node, or null when there is none (the CSV does not need one). */
function tryResolveChart(target) {
  try {
    return resolveChart(target);
  } catch {
    return null;
  }
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
function partsOf(chart, {title, subtitle, caption}) {
  const sequence = [];
  const charts = [];
  if (title) sequence.push({kind: "title", text: String(title)});
  if (subtitle) sequence.push({kind: "subtitle", text: String(subtitle)});
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

/** "Nguồn: báo cáo." → "Nguồn: báo cáo" (a full stop is added back where the line is written). */
function stripStop(text) {
  return String(text).trim().replace(/\.+$/, "");
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
