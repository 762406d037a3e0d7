import type {Lang} from "../format/lang.ts";
import {formatNumber} from "../format/formatNumber.ts";
import {missingLabel} from "../format/missingLabel.ts";
import {notPublishedLabel} from "../format/notPublishedLabel.ts";

/** A table cell of an index table: its text, and a class and tooltip where the cell needs them. */
export interface IndexCell {
  readonly text: string;
  readonly className?: string;
  readonly title?: string;
}

/**
 * One year's figure of a yearly index (PCI, DDCI) as a table cell: "–" with "không có số liệu"
 * for a gap, "chưa công bố" for a figure the publisher did not publish (never 0), a rank without
 * decimals, a score with two; a value two sources disagree on carries `mark` and the other
 * value (`note`) as its tooltip.
 */
export function indexValueCell(
  point: {readonly value: number | null; readonly status: "value" | "missing" | "not-published"} | undefined,
  {isRank = false, note = "", mark = "*", lang = "vi"}: {readonly isRank?: boolean; readonly note?: string; readonly mark?: string; readonly lang?: Lang} = {}
): IndexCell {
  if (point === undefined || point.status === "missing" || point.value === null) {
    return point?.status === "not-published" ? {text: notPublishedLabel(lang), className: "not-published"} : {text: "–", title: missingLabel(lang)};
  }
  const text = formatNumber(point.value, {digits: isRank ? 0 : 2, lang});
  return note ? {text: `${text}${mark}`, className: "source-conflict", title: note} : {text};
}
