import {foldVietnamese} from "../text/foldVietnamese.ts";

/**
 * A task item id from a report cell: "13", "13.", "Nhiệm vụ 13", "NV13", "14.2", "14,2" or
 * "14b" (sub-item b = 14.2); a spreadsheet number 14.2 reads as "14.2". Returns the canonical
 * id ("14.2") or null when the cell is not a task number. Whether the plan has that item is
 * the caller's check.
 */
export function parseTaskItemId(raw: unknown): string | null {
  const text = typeof raw === "number" ? (Number.isFinite(raw) ? String(raw) : "") : typeof raw === "string" ? raw : "";
  const folded = foldVietnamese(text).replace(/^(nhiem vu|nv)\s*(so\s*)?/, "").replace(/\s+/g, "");
  const m = /^(\d{1,3})(?:[.,](\d{1,2})|([a-h]))?\.?$/.exec(folded);
  if (m === null) return null;
  const task = String(Number(m[1]));
  if (m[2] !== undefined) return `${task}.${Number(m[2])}`;
  if (m[3] !== undefined) return `${task}.${m[3].charCodeAt(0) - 96}`;
  return task;
}
