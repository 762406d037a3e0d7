import {cp, readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {buildDataset} from "../../../loaders/buildDataset.ts";
import {loadPlans} from "../../../loaders/plan/loadPlan.ts";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {planSample} from "../../../scripts/sample/planSample.ts";
import {SAMPLE_WRITERS} from "../../../scripts/sample/writers.ts";
import {activitiesFromObservations} from "../../../src/plan/activitiesFromObservations.ts";
import {dutyMatrix} from "../../../src/plan/dutyMatrix.ts";
import {measurementsFromObservations} from "../../../src/plan/measurementsFromObservations.ts";
import {planCommunes} from "../../../src/plan/planCommunes.ts";
import {planDuties} from "../../../src/plan/planDuties.ts";
import {targetAttainment} from "../../../src/plan/targetAttainment.ts";
import {taskProgress} from "../../../src/plan/taskProgress.ts";
import {PROJECT_ROOT, tempProject} from "../../helpers/tempProject.ts";

describe("scripts/sample/planSample.ts", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => {
    project = await tempProject();
    await cp(join(PROJECT_ROOT, "data", "plan"), join(project.root, "data", "plan"), {recursive: true});
  });
  afterEach(() => project.remove());
  const write = async (folder: string) =>
    planSample.write({root: project.root, folder: join(project.root, folder), seed: 20240201, reference: await loadReference(join(project.root, "data", "reference"))});

  test("is registered, and writes quarterly activity workbooks and measurement CSVs marked DỮ LIỆU MẪU, the same bytes every time", async () => {
    expect(SAMPLE_WRITERS).toContain(planSample);
    expect(await write("data/sample/plan")).toBe(8);
    await write("again");
    const files = (await readdir(join(project.root, "data/sample/plan"))).sort();
    expect(files).toEqual([
      "chi-tieu-tuyen-truyen-2024-Q1.csv",
      "chi-tieu-tuyen-truyen-2024-Q2.csv",
      "chi-tieu-tuyen-truyen-2024-Q3.csv",
      "chi-tieu-tuyen-truyen-2024-Q4.csv",
      "hoat-dong-tuyen-truyen-2024-Q1.xlsx",
      "hoat-dong-tuyen-truyen-2024-Q2.xlsx",
      "hoat-dong-tuyen-truyen-2024-Q3.xlsx",
      "hoat-dong-tuyen-truyen-2024-Q4.xlsx"
    ]);
    for (const f of files) expect((await readFile(join(project.root, "again", f))).equals(await readFile(join(project.root, "data/sample/plan", f)))).toBe(true);
    expect(await readFile(join(project.root, "data/sample/plan", files[0]!), "utf-8")).toContain("DỮ LIỆU MẪU");
  });

  test("loads as sample and tells the plan's story: radio 37 of 48, contest in Q3, an October peak, most communes on track", async () => {
    await write("data/sample/plan");
    const build = await buildDataset("plan", project.root);
    expect(build.observations.every((o) => o.sample)).toBe(true);
    expect(build.provenance.every((p) => p.sample && p.origin === "sample")).toBe(true);
    const [plan] = await loadPlans(project.root);
    const reference = await loadReference(join(project.root, "data", "reference"));
    const communes = planCommunes(plan!.districtId, reference.units, reference.lineage);
    const activities = activitiesFromObservations(build.observations);
    const progress = (n: number) => taskProgress(plan!.tasks.find((t) => t.number === n)!, activities, "2024-12-31", communes);

    expect(progress(13)).toMatchObject({status: "behind", evidence: {done: 37, due: 48}});
    expect(progress(3).status).toBe("done");
    expect(progress(3).items[0]!.duties[0]!.late).toBe(false);
    expect(progress(4).status).toBe("done");
    const perMonth = (month: string) => activities.filter((a) => a.month === month).reduce((t, a) => t + a.count, 0);
    const october = perMonth("2024-10");
    for (const month of ["2024-01", "2024-04", "2024-07", "2024-09", "2024-11"]) expect(october).toBeGreaterThan(1.3 * perMonth(month));

    const statuses = plan!.tasks.map((t) => progress(t.number).status);
    expect(statuses.filter((s) => s === "done").length).toBeGreaterThanOrEqual(9);
    const matrix = dutyMatrix(activities, communes, planDuties(plan!, {perCommune: true}), "2024-12-31");
    expect(matrix).toHaveLength(12);
    const lagging = matrix.filter((row) => row.cells.some((c) => c.status === "behind"));
    expect(lagging.length).toBeGreaterThanOrEqual(1);
    expect(lagging.length).toBeLessThanOrEqual(2);

    const measurements = measurementsFromObservations(build.observations);
    const district = reference.units.find((u) => u.id === "448")!;
    for (const target of plan!.targets) {
      const a = targetAttainment(measurements, target, "2024-Q4", [...communes, district]);
      expect(a.share).not.toBeNull();
      expect(a.share!).toBeGreaterThan(0.6);
    }
  });
});
