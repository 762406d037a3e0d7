/**
 * An SVG path for a sparkline drawn at build time (no script needed): one point per value,
 * left to right, a missing value (null) breaking the line — never drawn as 0. `domain` fixes
 * the y range (e.g. [0, 1] for shares); otherwise the values' own range. "" when all are missing.
 */
export function sparklinePath(values: readonly (number | null)[], width: number, height: number, domain?: readonly [number, number]): string {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return "";
  const [lo, hi] = domain ?? [Math.min(...present), Math.max(...present)];
  const pad = 2;
  const x = (i: number): number => (values.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (values.length - 1));
  const y = (v: number): number => (hi === lo ? height / 2 : height - pad - ((v - lo) * (height - 2 * pad)) / (hi - lo));
  let path = "";
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      drawing = false;
      return;
    }
    path += `${drawing ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    // a value alone between gaps is drawn as a short dash so it stays visible
    if (!drawing && (i + 1 >= values.length || values[i + 1] === null)) path += `h0.1`;
    drawing = true;
  });
  return path;
}
