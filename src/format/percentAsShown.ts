/**
 * A share 0..1 as the percentage number the page shows, for CSV columns headed "… (%)":
 * 0.7878787878 → 78.8 with one decimal (the default, as formatPercent). Missing stays null,
 * so a CSV cell is empty, never 0.
 */
export function percentAsShown(share: number | null | undefined, digits = 1): number | null {
  if (share === null || share === undefined || !Number.isFinite(share)) return null;
  const places = Math.max(0, Math.min(10, Math.round(digits)));
  return Number((share * 100).toFixed(places));
}
