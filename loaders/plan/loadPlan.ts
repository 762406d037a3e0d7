import {existsSync} from "node:fs";
import {readdir, readFile} from "node:fs/promises";
import {basename, dirname, join, resolve} from "node:path";
import type {z} from "zod";
import {DataError} from "../../src/errors/dataError.ts";
import {DataErrors} from "../../src/errors/dataErrors.ts";
import {agencyKey} from "../../src/plan/createAgencyMatcher.ts";
import {parseSchedule} from "../../src/plan/parseSchedule.ts";
import {periodRange} from "../../src/period/periodRange.ts";
import type {Plan, PlanAgency, PlanDuty, PlanTask, PlanTarget, ProductType} from "../../src/plan/planTypes.ts";
import {PlanFileError} from "./planFileError.ts";
import {agenciesFileSchema, planFileSchema, targetsFileSchema, tasksFileSchema} from "./planSchema.ts";

/** The files of a plan folder (data/plan/<year>/). */
export const PLAN_FILES = ["plan.json", "agencies.json", "tasks.json", "targets.json"] as const;

function pathText(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : `${text}.${String(key)}`), root);
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const key of path) v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v === undefined ? "" : typeof v === "object" && v !== null ? JSON.stringify(v) : v;
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf-8");
  } catch (error) {
    throw new DataError({file, expected: `a readable file (${(error as NodeJS.ErrnoException).code ?? String(error)}); a plan folder holds ${PLAN_FILES.join(", ")}`});
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (error) {
    throw new DataError({file, expected: `valid JSON (${(error as Error).message})`});
  }
}

function check<T extends z.ZodTypeAny>(file: string, root: string, raw: unknown, schema: T, problems: DataError[]): z.infer<T> | null {
  const result = schema.safeParse(raw);
  if (result.success) return result.data as z.infer<T>;
  for (const issue of result.error.issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
    const path = [...issue.path, ...keys.slice(0, 1)];
    problems.push(
      new PlanFileError({
        file,
        jsonPath: pathText(root, path),
        value: keys.length > 0 ? keys[0] : valueAt(raw, issue.path),
        expected: keys.length > 0 ? `no key ${JSON.stringify(keys[0])}` : issue.message
      })
    );
  }
  return null;
}

/**
 * Reads and validates one year's plan from its folder (data/plan/<year>/: plan.json,
 * agencies.json, tasks.json, targets.json). Besides each file's shape it checks what ties them
 * together: the folder is named by the plan's year and the plan covers months of that year;
 * agency ids and spellings are unique; every lead and coordinating agency exists; task numbers
 * are unique and ascending, a task's items are "7" or "14.1", "14.2", …; duty ids are unique
 * and a duty counts only product types its item produces; schedules and peaks lie inside the
 * plan. Every problem is reported at once (DataErrors), each naming the file and the JSON
 * path. A new year's plan is a copy of a folder, edited: no code changes.
 */
export async function loadPlan(dir: string): Promise<Plan> {
  const file = (name: string): string => join(dir, name);
  const problems: DataError[] = [];
  const raw = {
    plan: await readJson(file("plan.json")),
    agencies: await readJson(file("agencies.json")),
    tasks: await readJson(file("tasks.json")),
    targets: await readJson(file("targets.json"))
  };
  const meta = check(file("plan.json"), "plan", raw.plan, planFileSchema, problems);
  const agencies = check(file("agencies.json"), "agencies", raw.agencies, agenciesFileSchema, problems);
  const tasks = check(file("tasks.json"), "tasks", raw.tasks, tasksFileSchema, problems);
  const targets = check(file("targets.json"), "targets", raw.targets, targetsFileSchema, problems);
  if (meta === null || agencies === null || tasks === null || targets === null) throw errorsOf(problems);
  const fail = (name: string, jsonPath: string, value: unknown, expected: string): void => {
    problems.push(new PlanFileError({file: file(name), jsonPath, value, expected}));
  };

  // plan.json
  const folder = basename(resolve(dir));
  if (meta.year !== folder) fail("plan.json", "plan.year", meta.year, `the name of the plan's folder (${folder}): a year's plan lives in data/plan/<year>/`);
  if (!meta.from.startsWith(meta.year)) fail("plan.json", "plan.from", meta.from, `a month of ${meta.year}`);
  if (!meta.to.startsWith(meta.year)) fail("plan.json", "plan.to", meta.to, `a month of ${meta.year}`);
  if (meta.from > meta.to) fail("plan.json", "plan.to", meta.to, `a month not before plan.from (${meta.from})`);
  const range = {from: meta.from, to: meta.to};

  // agencies.json
  const agencyIds = new Map<string, number>();
  const spellings = new Map<string, {id: string; written: string}>();
  agencies.forEach((a, i) => {
    const at = `agencies[${i}]`;
    if (agencyIds.has(a.id)) fail("agencies.json", `${at}.id`, a.id, `a unique id (also agencies[${agencyIds.get(a.id)}])`);
    agencyIds.set(a.id, i);
    for (const [j, written] of [a.nameVi, ...a.aliases].entries()) {
      const earlier = spellings.get(agencyKey(written));
      if (earlier !== undefined && earlier.id !== a.id) {
        fail("agencies.json", j === 0 ? `${at}.nameVi` : `${at}.aliases[${j - 1}]`, written, `a name no other agency has (${earlier.id} is also written "${earlier.written}")`);
      }
      spellings.set(agencyKey(written), {id: a.id, written});
    }
    if (a.kind === "agency" && a.members !== null) fail("agencies.json", `${at}.members`, JSON.stringify(a.members), "null for an agency (only a group has members)");
  });
  agencies.forEach((a, i) => {
    a.members?.agencies.forEach((m, j) => {
      const k = agencyIds.get(m);
      if (k === undefined || agencies[k]!.kind !== "agency") fail("agencies.json", `agencies[${i}].members.agencies[${j}]`, m, "the id of an agency (kind \"agency\") in agencies.json");
    });
  });

  // tasks.json
  const dutyIds = new Map<string, string>();
  const itemIds = new Set<string>();
  let previous = 0;
  const builtTasks: PlanTask[] = tasks.map((t, i) => {
    const at = `tasks[${i}]`;
    if (t.number <= previous) fail("tasks.json", `${at}.number`, t.number, `task numbers in ascending order without repeats (after ${previous})`);
    previous = Math.max(previous, t.number);
    return {
      number: t.number,
      titleVi: t.titleVi,
      titleEn: t.titleEn,
      textVi: t.textVi,
      items: t.items.map((item, j) => {
        const atItem = `${at}.items[${j}]`;
        const expectedId = t.items.length === 1 ? String(t.number) : `${t.number}.${j + 1}`;
        if (item.id !== expectedId) {
          fail("tasks.json", `${atItem}.id`, item.id, `"${expectedId}" (a task's only item has the task's number; sub-items are numbered ${t.number}.1, ${t.number}.2, …)`);
        }
        itemIds.add(item.id);
        for (const [field, list] of [["lead", item.lead], ["coordinating", item.coordinating]] as const) {
          list.forEach((a, k) => {
            if (!agencyIds.has(a)) fail("tasks.json", `${atItem}.${field}[${k}]`, a, "the id of an agency in agencies.json");
          });
        }
        const duties: PlanDuty[] = item.duties.map((d, k) => {
          const atDuty = `${atItem}.duties[${k}]`;
          if (dutyIds.has(d.id)) fail("tasks.json", `${atDuty}.id`, d.id, `a unique duty id (also ${dutyIds.get(d.id)})`);
          dutyIds.set(d.id, atDuty);
          if (d.id !== item.id && !d.id.startsWith(`${item.id}-`)) fail("tasks.json", `${atDuty}.id`, d.id, `the item id "${item.id}", or it followed by a suffix such as "${item.id}-thang"`);
          d.counts?.forEach((c, m) => {
            if (!item.productTypes.includes(c)) fail("tasks.json", `${atDuty}.counts[${m}]`, c, `one of the item's product types (${item.productTypes.join(", ")})`);
          });
          const parsed = parseSchedule(d.schedule, range);
          if (!parsed.ok) {
            for (const p of parsed.problems) fail("tasks.json", `${atDuty}.schedule${p.path === "" ? "" : `.${p.path}`}`, p.value ?? "", p.expected);
          }
          return {
            id: d.id,
            item: item.id,
            nameVi: d.nameVi,
            nameEn: d.nameEn,
            schedule: parsed.ok ? parsed.schedule : {type: "within", period: meta.year},
            counts: d.counts as ProductType[] | null,
            from: meta.from,
            to: meta.to
          };
        });
        return {
          id: item.id,
          task: t.number,
          productsVi: item.productsVi,
          productTypes: item.productTypes as ProductType[],
          lead: item.lead,
          leadVi: item.leadVi,
          coordinating: item.coordinating,
          coordinatingVi: item.coordinatingVi,
          scheduleVi: item.scheduleVi,
          fundingVi: item.fundingVi,
          duties
        };
      })
    };
  });

  // targets.json
  const targetIds = new Set<string>();
  const measureIds = new Set<string>();
  targets.forEach((t, i) => {
    if (targetIds.has(t.id)) fail("targets.json", `targets[${i}].id`, t.id, "a unique target id");
    targetIds.add(t.id);
    t.measures.forEach((m, j) => {
      const at = `targets[${i}].measures[${j}].id`;
      if (measureIds.has(m.id)) fail("targets.json", at, m.id, "a unique measure id");
      measureIds.add(m.id);
      if (m.id !== t.id && !m.id.startsWith(`${t.id}.`)) fail("targets.json", at, m.id, `"${t.id}" or "${t.id}.1", "${t.id}.2", …`);
    });
  });

  // peaks (plan.json) refer to items and lie inside the plan
  meta.peaks.forEach((p, i) => {
    if (!itemIds.has(p.item)) fail("plan.json", `plan.peaks[${i}].item`, p.item, "the id of a task item in tasks.json");
    const r = periodRange(p.period);
    if (r.first < meta.from || r.last > meta.to) fail("plan.json", `plan.peaks[${i}].period`, p.period, `a period inside the plan, ${meta.from} to ${meta.to}`);
  });

  if (problems.length > 0) throw errorsOf(problems);
  return {
    year: meta.year,
    titleVi: meta.titleVi,
    titleEn: meta.titleEn,
    issuerVi: meta.issuerVi,
    issuedVi: meta.issuedVi,
    districtId: meta.districtId,
    from: meta.from,
    to: meta.to,
    peaks: meta.peaks,
    otherTargetsVi: meta.otherTargetsVi,
    agencies: agencies as PlanAgency[],
    tasks: builtTasks,
    targets: targets as PlanTarget[]
  };
}

function errorsOf(problems: readonly DataError[]): Error {
  return problems.length === 1 ? problems[0]! : new DataErrors(problems);
}

/**
 * Every year's plan under `<root>/data/plan/`, oldest first: each folder named by a year
 * ("2024") is loaded with loadPlan; any other folder name is an error (a copy such as
 * "2024 (1)" must not be silently skipped). No folder: no plans.
 */
export async function loadPlans(root = "."): Promise<Plan[]> {
  const dir = join(root, "data", "plan");
  if (!existsSync(dir)) return [];
  const entries = (await readdir(dir, {withFileTypes: true})).filter((e) => e.isDirectory() && !e.name.startsWith("."));
  const plans: Plan[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!/^\d{4}$/.test(entry.name)) {
      throw new DataError({file: join(dir, entry.name), expected: "a folder named by the plan's year, such as data/plan/2025/"});
    }
    plans.push(await loadPlan(join(dir, entry.name)));
  }
  return plans;
}

/**
 * The plans that apply to an input file: those of the project the file sits in (the nearest
 * folder above it holding data/plan/, e.g. <root> for <root>/data/raw/plan/x.csv), else those
 * of the current directory (the project root when the build runs). Sources get no project
 * root, so this is how a report's task numbers are checked against the right plans.
 */
export async function plansForFile(file: string): Promise<Plan[]> {
  let dir = dirname(resolve(file));
  for (;;) {
    if (existsSync(join(dir, "data", "plan"))) return loadPlans(dir);
    const parent = dirname(dir);
    if (parent === dir) return loadPlans(".");
    dir = parent;
  }
}
