/**
 * One column a kind of file is recognised by, for explaining a file that matches no kind: its
 * name in messages and a test of a header cell. `group` is the upper header row's text (carried
 * right across merged cells), `sub` the lower row's, "" for a one-row header.
 */
export interface HeaderSpec {
  readonly label: string;
  /** Whether a file of the kind cannot load without it. */
  readonly required: boolean;
  matches(group: string, sub: string): boolean;
}

/** How close a sheet's header comes to a kind: what was found where, and what is missing. */
export interface HeaderDiagnosis {
  /** 1-based first and last header rows. */
  readonly headerRows: readonly [number, number];
  /** Each column found: the spec's label, its column letter, the header text as written ("group / sub"). */
  readonly found: readonly {readonly label: string; readonly column: string; readonly header: string}[];
  /** Required columns not found. */
  readonly missing: readonly string[];
}
