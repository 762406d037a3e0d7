import type {DataErrorLocation} from "./dataError.ts";

/** "file, sheet "S", row 16 (Sở Tài chính), column L (Tính năng động)": every part that is known. */
export function describeLocation(location: Omit<DataErrorLocation, "expected" | "value">): string {
  return [
    location.file,
    location.sheet !== undefined ? `sheet "${location.sheet}"` : null,
    location.row !== undefined ? `row ${location.row}${location.unit !== undefined && location.unit !== "" ? ` (${location.unit})` : ""}` : null,
    location.column !== undefined ? `column ${location.column}` : null
  ]
    .filter((part) => part !== null)
    .join(", ");
}
