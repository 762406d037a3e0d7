// In-page measuring code for npm run bench:web, kept as source text so that nothing the
// TypeScript runner adds to compiled functions can leak into the page.

/** A chart is drawn when <main> holds an SVG data mark (not an axis, grid, tick, rule, frame or tip). */
const HAS_MARKS = `() => {
  const excluded = /\\b(axis|grid|tick|rule|frame|tip)\\b/i;
  for (const el of document.querySelectorAll("main svg g[aria-label] :is(path, circle, rect, line)")) {
    let labelled = false;
    let bad = false;
    for (let g = el.parentElement; g && g.tagName.toLowerCase() !== "svg"; g = g.parentElement) {
      const label = g.getAttribute("aria-label");
      if (label === null) continue;
      labelled = true;
      if (excluded.test(label)) bad = true;
    }
    if (labelled && !bad) return true;
  }
  return false;
}`;

/** Calls back after the next frame has been painted (a message posted from requestAnimationFrame). */
const AFTER_PAINT = `(callback) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback(performance.now());
  channel.port2.postMessage(0);
})`;

/**
 * Init script: records in window.benchFirstChart the time since navigation at which the first
 * chart with data marks was in the DOM, and in window.benchFirstChartPainted when it was painted.
 */
export const FIRST_CHART_PROBE = `(() => {
  const hasMarks = ${HAS_MARKS};
  const afterPaint = ${AFTER_PAINT};
  const observer = new MutationObserver(() => {
    if (window.benchFirstChart !== undefined || !hasMarks()) return;
    window.benchFirstChart = performance.now();
    observer.disconnect();
    afterPaint((t) => (window.benchFirstChartPainted = t));
  });
  observer.observe(document, {childList: true, subtree: true});
})()`;

/**
 * Installs a re-draw recorder on the page: after window.benchRedraw.arm(), the next "input"
 * event (the reader's change) starts the clock; every later mutation of <main> that adds or
 * removes a chart moves the end to the paint after it. window.benchRedraw.read() returns
 * {start, painted, last} in page time (painted null until a chart was replaced).
 */
export const REDRAW_PROBE = `(() => {
  if (window.benchRedraw) return;
  const afterPaint = ${AFTER_PAINT};
  const state = {armed: false, start: null, last: null, painted: null};
  document.addEventListener("input", () => {
    if (state.armed && state.start === null) state.start = performance.now();
  }, {capture: true});
  document.addEventListener("change", () => {
    if (state.armed && state.start === null) state.start = performance.now();
  }, {capture: true});
  const isChart = (n) => n.nodeType === 1 && (n.matches("svg, figure") || n.querySelector("svg") !== null);
  new MutationObserver((records) => {
    if (state.start === null) return;
    if (!records.some((r) => [...r.addedNodes, ...r.removedNodes].some(isChart))) return;
    const t = performance.now();
    state.last = t;
    afterPaint((p) => {
      if (state.last === t) state.painted = p;
    });
  }).observe(document.querySelector("main"), {childList: true, subtree: true});
  window.benchRedraw = {
    arm() {
      Object.assign(state, {armed: true, start: null, last: null, painted: null});
    },
    read() {
      return {start: state.start, last: state.last, painted: state.painted, now: performance.now()};
    }
  };
})()`;

/** Bytes of @font-face sources inlined as data: URLs in the page's stylesheets (they make no request). */
export const INLINED_FONT_BYTES = `(() => {
  let bytes = 0;
  const visit = (rules) => {
    for (const rule of rules ?? []) {
      if (rule.type === 5) {
        for (const m of rule.style.getPropertyValue("src").matchAll(/data:[^;,]*;base64,([A-Za-z0-9+/=]+)/g)) bytes += Math.floor((m[1].length * 3) / 4);
      } else if (rule.styleSheet) visit(rule.styleSheet.cssRules);
      else if (rule.cssRules) visit(rule.cssRules);
    }
  };
  for (const sheet of document.styleSheets) {
    try {
      visit(sheet.cssRules);
    } catch {}
  }
  return bytes;
})()`;
