import {describe, expect, it} from "vitest";
import {lineageClosure} from "../../../src/model/lineageClosure.ts";
import type {LineageLink} from "../../../src/model/unit.ts";

const link = (oldId: string, newId: string, fromDate: string): LineageLink => ({oldId, newId, fromDate, note: ""});

describe("lineageClosure", () => {
  it("adds every unit reached forward, through chains, and nothing backward", () => {
    const links = [link("xa-thach-trung", "phuong-thach-trung", "2025-01-01"), link("phuong-thach-trung", "phuong-tran-phu-2025", "2025-07-01"), link("18598", "phuong-tran-phu-2025", "2025-07-01")];
    expect([...lineageClosure(["xa-thach-trung"], links)]).toEqual(["xa-thach-trung", "phuong-thach-trung", "phuong-tran-phu-2025"]);
  });

  it("stops on a cycle instead of looping", () => {
    expect([...lineageClosure(["a"], [link("a", "b", "2025-07-01"), link("b", "a", "2025-07-01")])].sort()).toEqual(["a", "b"]);
  });
});
