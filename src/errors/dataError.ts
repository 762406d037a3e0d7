import {describeLocation} from "./describeLocation.ts";

/** Where a problem sits in an input file; every field that is known is named in the message. */
export interface DataErrorLocation {
  readonly file: string;
  readonly sheet?: string;
  /** 1-based row as a spreadsheet shows it. */
  readonly row?: number;
  /** The unit the row is about, as written ("Sở Tài chính"), shown after the row number; never personal data. */
  readonly unit?: string;
  /** Column letter and, where known, its header: "E (Trực tuyến)". */
  readonly column?: string;
  readonly value?: unknown;
  /** What was expected instead, in plain words. */
  readonly expected: string;
}

function showValue(value: unknown): string {
  if (value === undefined) return "";
  if (value === null || value === "") return " value (blank)";
  // An Invalid Date (xlsx gives one for an out-of-range date serial) has no ISO form: toISOString throws.
  const text = typeof value === "string" ? value : value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : String(value);
  return ` value ${JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text)}`;
}

/** A problem with an input file: clear enough for an analyst to open the file and fix it. */
export class DataError extends Error {
  readonly location: DataErrorLocation;
  constructor(location: DataErrorLocation) {
    const where = describeLocation(location);
    const value = showValue(location.value);
    super(value ? `${where}:${value} — expected ${location.expected}` : `${where}: expected ${location.expected}`);
    this.name = "DataError";
    this.location = location;
  }
}
