export type Delimiter = "," | ";" | "\t";

/**
 * Comma, semicolon (Vietnamese Excel's "CSV") or tab (Excel's "Unicode text"): whichever appears
 * most in `head`, outside quotes; comma on a tie.
 */
export function detectDelimiter(head: string): Delimiter {
  const unquoted = head.replace(/"[^"]*"/g, "");
  const count = (d: Delimiter): number => unquoted.split(d).length - 1;
  const best = ([";", "\t"] as const).reduce<Delimiter>((a, d) => (count(d) > count(a) ? d : a), ",");
  return best;
}
