/** Comma or semicolon (Vietnamese Excel exports CSV with ";"), by which appears more in `head`. */
export function detectDelimiter(head: string): "," | ";" {
  return (head.match(/;/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? ";" : ",";
}
