import {z} from "zod";
import {periodRange} from "../period/periodRange.ts";
import type {Schedule} from "./planTypes.ts";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const WINDOW = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

const month = z.string().regex(MONTH, "a month such as \"2024-01\"");
const count = z.number().int("a whole number").min(1, "a whole number, 1 or more");
const per = z.enum(["month", "quarter", "year"], "one of \"month\", \"quarter\", \"year\"");
const each = z.literal("commune", "\"commune\" (the only unit a duty can be owed by separately)");

/**
 * The schedule grammar (see Schedule in planTypes.ts) as a zod schema. Objects are strict, so a
 * misspelt key ("perperiod") is an error rather than silently ignored.
 */
export const scheduleSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({type: z.literal("continuous"), from: month, to: month, each: each.optional()}),
    z.strictObject({
      type: z.literal("within"),
      period: z.string().regex(WINDOW, "a year (\"2024\"), quarter (\"2024-Q3\") or month (\"2024-10\")"),
      count: count.optional(),
      each: each.optional()
    }),
    z.strictObject({type: z.literal("atLeast"), count, per, each: each.optional()}),
    z.strictObject({
      type: z.literal("count"),
      count,
      per: z.literal("year", "\"year\""),
      perPeriod: z.strictObject({count, per: z.enum(["month", "quarter"], "\"month\" or \"quarter\"")}).optional(),
      each: each.optional()
    }),
    z.strictObject({type: z.literal("recurring"), count, per, each})
  ],
  "a schedule whose \"type\" is one of continuous, within, atLeast, count, recurring"
);

export interface ScheduleProblem {
  /** Path inside the schedule object, e.g. "perPeriod.per" ("" for the object itself). */
  readonly path: string;
  readonly value: unknown;
  readonly expected: string;
}

export type ParsedSchedule = {readonly ok: true; readonly schedule: Schedule} | {readonly ok: false; readonly problems: readonly ScheduleProblem[]};

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const key of path) v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/**
 * Validates a schedule read from plan JSON. With `range` (the plan's first and last month), also
 * checks that every month or window lies inside the plan, so a typo such as "2023-Q3" in the
 * 2024 plan is caught. Never throws: problems name the path, the value and what was expected.
 */
export function parseSchedule(raw: unknown, range?: {readonly from: string; readonly to: string}): ParsedSchedule {
  const result = scheduleSchema.safeParse(raw);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => {
        // an unknown key is reported on the object: name the key
        const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
        return {
          path: [...issue.path, ...keys.slice(0, 1)].map(String).join("."),
          value: keys.length > 0 ? keys[0] : valueAt(raw, issue.path),
          expected: keys.length > 0 ? `no key ${JSON.stringify(keys[0])} (allowed keys depend on "type")` : issue.message
        };
      })
    };
  }
  const schedule = result.data as Schedule;
  const problems: ScheduleProblem[] = [];
  if (schedule.type === "continuous" && schedule.from > schedule.to) {
    problems.push({path: "to", value: schedule.to, expected: `a month not before "from" (${schedule.from})`});
  }
  if (range !== undefined) {
    const inside = (path: string, first: string, last: string, value: string): void => {
      if (first < range.from || last > range.to) problems.push({path, value, expected: `a period inside the plan, ${range.from} to ${range.to}`});
    };
    if (schedule.type === "continuous") {
      inside("from", schedule.from, schedule.from, schedule.from);
      inside("to", schedule.to, schedule.to, schedule.to);
    }
    if (schedule.type === "within") {
      const {first, last} = periodRange(schedule.period);
      inside("period", first, last, schedule.period);
    }
  }
  return problems.length > 0 ? {ok: false, problems} : {ok: true, schedule};
}
