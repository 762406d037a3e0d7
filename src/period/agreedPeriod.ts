/** One place in a file that gives its period: a title line, a column, the file name. */
export interface PeriodPlace {
  /** For messages: "the title", "column A (Năm)", "the file name "DDCI_2023.xlsx"". */
  readonly where: string;
  readonly period: string;
  readonly row?: number;
  readonly column?: string;
  readonly value?: unknown;
}

/**
 * The period the places agree on (null when none gives one), or the first two that disagree,
 * so the caller's error can name both: a file gives one period, wherever it writes it.
 */
export function agreedPeriod(places: readonly PeriodPlace[]): {readonly period: string | null; readonly disagreeing: readonly [PeriodPlace, PeriodPlace] | null} {
  const [first] = places;
  if (first === undefined) return {period: null, disagreeing: null};
  const other = places.find((p) => p.period !== first.period);
  return other === undefined ? {period: first.period, disagreeing: null} : {period: null, disagreeing: [first, other]};
}
