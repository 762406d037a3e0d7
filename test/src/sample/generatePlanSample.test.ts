import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {loadPlan} from "../../../loaders/plan/loadPlan.ts";
import {generatePlanSample} from "../../../src/sample/generatePlanSample.ts";
import {PROJECT_ROOT} from "../../helpers/tempProject.ts";

const communes = ["Xã Tân Lộc", "Xã Hồng Lộc", "Thị trấn Lộc Hà", "Xã Thạch Kim"].map((name, i) => ({id: `c${i}`, name}));

describe("generatePlanSample", () => {
  test("is deterministic for a seed and differs between seeds", async () => {
    const plan = await loadPlan(join(PROJECT_ROOT, "data", "plan", "2024"));
    const options = {seed: 7, plan, communes, district: {id: "448", name: "Huyện Lộc Hà"}};
    expect(generatePlanSample(options)).toEqual(generatePlanSample(options));
    expect(generatePlanSample({...options, seed: 8}).activities).not.toEqual(generatePlanSample(options).activities);
  });

  test("reports only inside the plan, names communes unambiguously next to the district, and leaves one unit-quarter unreported", async () => {
    const plan = await loadPlan(join(PROJECT_ROOT, "data", "plan", "2024"));
    const sample = generatePlanSample({seed: 1, plan, communes, district: {id: "448", name: "Huyện Lộc Hà"}});
    expect(sample.activities.every((a) => a.date >= "2024-01-01" && a.date <= "2024-12-31")).toBe(true);
    expect(sample.measurements.map((m) => m.unitName)).not.toContain("Lộc Hà");
    expect(sample.measurements.filter((m) => m.result === "").length).toBeGreaterThan(0);
    expect(sample.story.laggingCommunes).toHaveLength(2);
    expect(sample.story.behindDuties).toHaveLength(2);
    // a count duty ends at about three quarters: 37 of the radio's 48 issues
    expect(sample.activities.filter((a) => a.task === "13").reduce((t, a) => t + a.count, 0)).toBe(37);
  });
});
