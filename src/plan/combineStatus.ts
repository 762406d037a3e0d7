import type {ProgressStatus} from "./planTypes.ts";

/**
 * Combines the statuses of parts (communes of a duty, duties of an item or task, items an agency
 * leads): "done" when every part is; "not-started" when nothing was delivered and something was
 * expected; "behind" when any part is behind or not started; else "on-track".
 */
export function combineStatus(parts: readonly {readonly status: ProgressStatus; readonly delivered: number; readonly expectedByNow: number}[]): ProgressStatus {
  if (parts.length > 0 && parts.every((p) => p.status === "done")) return "done";
  const delivered = parts.reduce((t, p) => t + p.delivered, 0);
  if (delivered === 0 && parts.some((p) => p.expectedByNow > 0)) return "not-started";
  if (parts.some((p) => p.status === "behind" || p.status === "not-started")) return "behind";
  return "on-track";
}
