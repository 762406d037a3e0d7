import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {loadReference} from "../../loaders/reference/loadReference.ts";
import {referenceJson} from "../../loaders/referenceJson.ts";
import {PROJECT_ROOT} from "../helpers/tempProject.ts";

describe("referenceJson", () => {
  it("publishes the area and the parents by period for every page", async () => {
    const reference = await loadReference(join(PROJECT_ROOT, "data", "reference"));
    const json = JSON.parse(referenceJson(reference)) as {area: {id: string; successorsFrom: string}; parents: {unitId: string; parentId: string}[]};
    expect(json.area).toMatchObject({id: "loc-ha", successorsFrom: "2025-07-01"});
    expect(json.parents).toContainEqual(expect.objectContaining({unitId: "18598", parentId: "436"}));
  });

  it("refuses to publish without an area: every page reads it", async () => {
    const reference = await loadReference(join(PROJECT_ROOT, "data", "reference"));
    expect(() => referenceJson({...reference, area: null})).toThrow(/area\.json is missing/);
  });
});
