import {existsSync, readFileSync} from "node:fs";
import {cp, mkdtemp, readFile, rm, writeFile, mkdir} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {loadPlan, loadPlans} from "../../../loaders/plan/loadPlan.ts";
import {PlanFileError} from "../../../loaders/plan/planFileError.ts";
import {DataErrors} from "../../../src/errors/dataErrors.ts";
import type {Plan} from "../../../src/plan/planTypes.ts";
import {PROJECT_ROOT} from "../../helpers/tempProject.ts";

const PLAN_2024 = join(PROJECT_ROOT, "data", "plan", "2024");
const SEED = join(PROJECT_ROOT, "..", "shared", "seeds", "000_095502a10b21373e.txt");

const item = (plan: Plan, id: string) => plan.tasks.flatMap((t) => t.items).find((i) => i.id === id)!;
const agencyNames = (plan: Plan, ids: readonly string[]) => ids.map((id) => plan.agencies.find((a) => a.id === id)!.nameVi);

describe("data/plan/2024: the district's 2024 communication plan", () => {
  test("has the appendix's 14 tasks, numbered 1-14, tasks 2 and 14 with two sub-items", async () => {
    const plan = await loadPlan(PLAN_2024);
    expect(plan).toMatchObject({year: "2024", from: "2024-01", to: "2024-12", districtId: "448"});
    expect(plan.tasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(plan.tasks.flatMap((t) => t.items.map((i) => i.id))).toEqual(["1", "2.1", "2.2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14.1", "14.2"]);
  });

  test("each task's lead agencies, coordinating agencies and schedule are the appendix's", async () => {
    const plan = await loadPlan(PLAN_2024);
    const rows: [string, string, string | null, string, string[]][] = [
      ["1", "Cổng/Trang Thông tin điện tử huyện/xã; Trung tâm VH TT", "Văn phòng HĐND-UBND; Phòng Tư pháp", "Thường xuyên trong năm 2024", ["Cổng/Trang thông tin điện tử huyện/xã", "Trung tâm Văn hoá - Truyền thông"]],
      ["2.1", "Phòng Văn hoá và Thông tin", "Các phòng, ban ngành", "Thường xuyên trong năm 2024", ["Phòng Văn hoá và Thông tin"]],
      ["2.2", "Phòng Văn hoá và Thông tin", "Các phòng, ban ngành", "Thường xuyên trong năm 2024", ["Phòng Văn hoá và Thông tin"]],
      ["3", "Phòng Nội vụ", "Các phòng, ban, ngành, UBND các xã, thị trấn", "Quý III/2024", ["Phòng Nội vụ"]],
      ["4", "Phòng VH TT Trung tâm VH TT", "Các phòng, ban, ngành; UBND các xã, thị trấn", "Tháng 10/2024", ["Phòng Văn hoá và Thông tin", "Trung tâm Văn hoá - Truyền thông"]],
      ["5", "Phòng Nội vụ; UBND các xã, thị trấn", "Các phòng, ban, ngành; UBND các xã, thị trấn", "Tối thiểu 01 lần/năm", ["Phòng Nội vụ", "UBND các xã, thị trấn"]],
      ["6", "Phòng Tư pháp", "Các phòng, ban, ngành", "Thường xuyên trong năm 2024", ["Phòng Tư pháp"]],
      ["7", "Trung tâm HCC", "Văn phòng HĐND&UBND phòng Nội vụ", "Thường xuyên trong năm 2024", ["Trung tâm Hành chính công"]],
      ["8", "Phòng Văn hoá Thông tin", "Phòng Nội vụ", "Thường xuyên trong năm 2024", ["Phòng Văn hoá và Thông tin"]],
      ["9", "Phòng Văn hoá Thông tin", "Các sở, ban, ngành; UBND các huyện, thành phố, thị xã", "Thường xuyên trong năm 2024", ["Phòng Văn hoá và Thông tin"]],
      ["10", "Phòng Văn hoá Thông tin", "Phòng Nội vụ", "Thường xuyên trong năm 2024", ["Phòng Văn hoá và Thông tin"]],
      ["11", "Văn phòng HĐND&UBND huyện", "Phòng Kinh tế Hạ tầng", "Trong năm 2024", ["Văn phòng HĐND-UBND"]],
      ["12", "Phòng Văn hoá và Thông tin", "Trung tâm VH TT, UBND các xã, thị trấn", "Thường xuyên trong năm 2024", ["Phòng Văn hoá và Thông tin"]],
      ["13", "Trung tâm VH TT", "Phòng VH TT, phòng Nội vụ", "Số lượng và tần suất phát sóng: 48 số (04 số/tháng)", ["Trung tâm Văn hoá - Truyền thông"]],
      ["14.1", "UBND các xã, thị trấn", null, "01 lần/quý", ["UBND các xã, thị trấn"]],
      ["14.2", "UBND các xã, thị trấn", null, "Tiếp phát thường xuyên; Nêu gương người tốt, việc tốt về CCHC trên địa bàn (01 mục/1tháng)", ["UBND các xã, thị trấn"]]
    ];
    for (const [id, leadVi, coordinatingVi, scheduleVi, leads] of rows) {
      const it = item(plan, id);
      expect({id, leadVi: it.leadVi, coordinatingVi: it.coordinatingVi, scheduleVi: it.scheduleVi, leads: agencyNames(plan, it.lead)}).toEqual({id, leadVi, coordinatingVi, scheduleVi, leads});
    }
    expect(agencyNames(plan, item(plan, "9").coordinating)).toEqual(["Các sở, ban, ngành", "UBND các huyện, thành phố, thị xã"]);
    expect(agencyNames(plan, item(plan, "7").coordinating)).toEqual(["Văn phòng HĐND-UBND", "Phòng Nội vụ"]);
  });

  test("schedules are machine-readable: continuous, Q3/2024, October 2024, once a year, 48 a year (4 a month), per commune each quarter and month", async () => {
    const plan = await loadPlan(PLAN_2024);
    const schedules = (id: string) => item(plan, id).duties.map((d) => d.schedule);
    for (const id of ["1", "2.1", "2.2", "6", "7", "8", "9", "10", "12"]) expect(schedules(id)).toEqual([{type: "continuous", from: "2024-01", to: "2024-12"}]);
    expect(schedules("3")).toEqual([{type: "within", period: "2024-Q3"}]);
    expect(schedules("4")).toEqual([{type: "within", period: "2024-10"}]);
    expect(schedules("5")).toEqual([{type: "atLeast", count: 1, per: "year"}]);
    expect(schedules("11")).toEqual([{type: "within", period: "2024"}]);
    expect(schedules("13")).toEqual([{type: "count", count: 48, per: "year", perPeriod: {count: 4, per: "month"}}]);
    expect(schedules("14.1")).toEqual([{type: "recurring", count: 1, per: "quarter", each: "commune"}]);
    expect(schedules("14.2")).toEqual([
      {type: "continuous", from: "2024-01", to: "2024-12", each: "commune"},
      {type: "recurring", count: 1, per: "month", each: "commune"}
    ]);
    expect(item(plan, "13").duties[0]!.counts).toEqual(["broadcast"]);
    expect(plan.peaks.map((p) => [p.period, p.item])).toEqual([["2024-Q3", "3"], ["2024-10", "4"]]);
    expect(plan.peaks[1]!.nameVi).toContain("Tháng hành động vì sự phát triển của doanh nghiệp");
  });

  test("has the five quantitative targets of section I.3, each at 100%", async () => {
    const plan = await loadPlan(PLAN_2024);
    expect(plan.targets.map((t) => [t.id, t.measures.map((m) => `${m.id}:${m.kind}:${m.scope.join("+")}`)])).toEqual([
      ["1", ["1:yes-no:district+commune"]],
      ["2", ["2.1:share:district+commune", "2.2:share:district+commune"]],
      ["3", ["3:yes-no:commune"]],
      ["4", ["4:yes-no:commune"]],
      ["5", ["5:share:district"]]
    ]);
    for (const t of plan.targets) expect(t.textVi).toContain("100%");
    expect(plan.targets[0]!.textVi).toMatch(/^100% Cổng\/Trang thông tin điện tử huyện\/xã/);
    expect(plan.targets[4]!.textVi).toMatch(/doanh nghiệp đang hoạt động/);
  });

  test.skipIf(!existsSync(SEED))("every wording kept from the plan appears in the seed document (skipped when ../shared/seeds/000_095502a10b21373e.txt is absent)", async () => {
    const plan = await loadPlan(PLAN_2024);
    const seed = readFileSync(SEED, "utf-8").normalize("NFC").replace(/\s+/g, " ");
    // a cell may continue on the next page of the appendix: then both halves are in the seed
    const inSeed = (text: string): boolean => {
      const t = text.replace(/\s+/g, " ").trim();
      if (seed.includes(t)) return true;
      const words = t.split(" ");
      return words.some((_, k) => k > 0 && seed.includes(words.slice(0, k).join(" ")) && seed.includes(words.slice(k).join(" ")));
    };
    const pieces = (text: string | null): string[] => (text === null ? [] : text.split("; "));
    const wording: string[] = [
      ...plan.tasks.flatMap((t) => [t.textVi, ...t.items.flatMap((i) => [...i.productsVi, ...pieces(i.leadVi), ...pieces(i.coordinatingVi), ...pieces(i.scheduleVi), ...pieces(i.fundingVi)])]),
      ...plan.targets.map((t) => t.textVi),
      ...plan.agencies.flatMap((a) => [a.nameVi, ...pieces(a.roleVi)]),
      ...plan.otherTargetsVi,
      plan.titleVi
    ];
    expect(wording.filter((w) => !inSeed(w))).toEqual([]);
  });
});

describe("loadPlan / loadPlans: a year's plan is a folder", () => {
  let root: string;
  beforeEach(async () => void (root = await mkdtemp(join(tmpdir(), "cchc-plan-"))));
  afterEach(() => rm(root, {recursive: true, force: true}));

  async function writePlan(year: string, files: Record<string, unknown>): Promise<string> {
    const dir = join(root, "data", "plan", year);
    await mkdir(dir, {recursive: true});
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), JSON.stringify(content, null, 1));
    return dir;
  }

  const plan2025 = {
    year: "2025",
    titleVi: "Kế hoạch tuyên truyền CCHC năm 2025",
    titleEn: "2025 plan",
    issuerVi: "UBND huyện Lộc Hà",
    issuedVi: "01/2025",
    districtId: "448",
    from: "2025-01",
    to: "2025-12",
    peaks: [],
    otherTargetsVi: []
  };
  const agencies2025 = [
    {id: "ubnd-xa", nameVi: "UBND các xã, phường", nameEn: "Communes", aliases: [], kind: "group", members: {communes: true, agencies: []}, roleVi: null},
    {id: "trung-tam-vhtt", nameVi: "Trung tâm Văn hoá - Truyền thông", nameEn: "Centre", aliases: ["Trung tâm VH TT"], kind: "agency", members: null, roleVi: null}
  ];
  const tasks2025 = [
    {
      number: 1,
      titleVi: "Truyền thanh cơ sở",
      titleEn: "Commune radio",
      textVi: "Tuyên truyền trên hệ thống truyền thanh cơ sở",
      items: [
        {
          id: "1",
          productsVi: ["Chương trình phát thanh"],
          productTypes: ["programme"],
          lead: ["ubnd-xa"],
          leadVi: "UBND các xã, phường",
          coordinating: ["trung-tam-vhtt"],
          coordinatingVi: "Trung tâm VH TT",
          scheduleVi: "01 lần/quý",
          fundingVi: null,
          duties: [{id: "1", nameVi: "01 lần/quý", nameEn: "Quarterly", schedule: {type: "recurring", count: 1, per: "quarter", each: "commune"}, counts: ["programme"]}]
        }
      ]
    }
  ];
  const targets2025 = [{id: "1", titleVi: "Truyền thanh", titleEn: "Radio", textVi: "100% truyền thanh cơ sở", measures: [{id: "1", nameVi: "Có", nameEn: "Has", kind: "yes-no", scope: ["commune"]}]}];

  test("a second year's plan, added as a folder, loads beside 2024 with no code change", async () => {
    await cp(PLAN_2024, join(root, "data", "plan", "2024"), {recursive: true});
    await writePlan("2025", {"plan.json": plan2025, "agencies.json": agencies2025, "tasks.json": tasks2025, "targets.json": targets2025});
    const plans = await loadPlans(root);
    expect(plans.map((p) => [p.year, p.tasks.length, p.targets.length])).toEqual([["2024", 14, 5], ["2025", 1, 1]]);
    expect(plans[1]!.tasks[0]!.items[0]!.duties[0]).toMatchObject({item: "1", from: "2025-01", to: "2025-12", schedule: {type: "recurring", per: "quarter"}});
  });

  test("no data/plan folder: no plans; a folder not named by a year is an error", async () => {
    expect(await loadPlans(root)).toEqual([]);
    await writePlan("2025 (copy)", {"plan.json": plan2025});
    await expect(loadPlans(root)).rejects.toThrow(/2025 \(copy\): expected a folder named by the plan's year/);
  });

  test("problems name the file and the JSON path, all at once", async () => {
    const badTasks = structuredClone(tasks2025) as typeof tasks2025;
    const it = badTasks[0]!.items[0]!;
    it.lead = ["ubnd-phuong"];
    (it.duties[0]!.schedule as Record<string, unknown>) = {type: "recurring", count: 1, per: "quartre", each: "commune"};
    it.duties[0]!.counts = ["broadcast"];
    const dir = await writePlan("2025", {"plan.json": plan2025, "agencies.json": agencies2025, "tasks.json": badTasks, "targets.json": targets2025});
    const error = (await loadPlan(dir).catch((e: unknown) => e)) as DataErrors;
    expect(error).toBeInstanceOf(DataErrors);
    expect(error.problems.map((p) => (p as PlanFileError).jsonPath)).toEqual(["tasks[0].items[0].lead[0]", "tasks[0].items[0].duties[0].counts[0]", "tasks[0].items[0].duties[0].schedule.per"]);
    expect(error.problems[0]!.message).toBe(`${join(dir, "tasks.json")}, at tasks[0].items[0].lead[0]: value "ubnd-phuong" — expected the id of an agency in agencies.json`);
  });

  test("a misspelt key, a wrong type, a folder and year that disagree, and a schedule outside the plan are errors", async () => {
    const dir = await writePlan("2025", {
      "plan.json": {...plan2025, year: "2024", from: "2024-01"},
      "agencies.json": [{...agencies2025[1], nam: "x"}],
      "tasks.json": tasks2025,
      "targets.json": [{...targets2025[0], measures: [{...targets2025[0]!.measures[0], kind: "percent"}]}]
    });
    const error = (await loadPlan(dir).catch((e: unknown) => e)) as DataErrors;
    expect(error.problems.map((p) => (p as PlanFileError).jsonPath)).toEqual(["agencies[0].nam", "targets[0].measures[0].kind"]);
    const outside = structuredClone(tasks2025) as typeof tasks2025;
    (outside[0]!.items[0]!.duties[0]!.schedule as Record<string, unknown>) = {type: "within", period: "2025-Q3"};
    const fixed = await writePlan("2025", {
      "plan.json": {...plan2025, year: "2024", from: "2024-01", to: "2024-12"},
      "agencies.json": agencies2025,
      "tasks.json": outside,
      "targets.json": targets2025
    });
    const second = (await loadPlan(fixed).catch((e: unknown) => e)) as DataErrors;
    expect(second.problems.map((p) => [(p as PlanFileError).jsonPath, p.location.expected])).toEqual([
      ["plan.year", "the name of the plan's folder (2025): a year's plan lives in data/plan/<year>/"],
      ["tasks[0].items[0].duties[0].schedule.period", "a period inside the plan, 2024-01 to 2024-12"]
    ]);
  });

  test("broken JSON names the file", async () => {
    const dir = await writePlan("2025", {"plan.json": plan2025, "agencies.json": agencies2025, "tasks.json": tasks2025, "targets.json": targets2025});
    await writeFile(join(dir, "tasks.json"), (await readFile(join(dir, "tasks.json"), "utf-8")).replace("\"number\": 1,", "\"number\": 1"));
    await expect(loadPlan(dir)).rejects.toThrow(new RegExp(`tasks\\.json: expected valid JSON`));
  });
});
