import {describe, expect, it} from "vitest";
import {missingLabel} from "../../../src/format/missingLabel.ts";

describe("missingLabel", () => {
  it("is Vietnamese by default and English on request", () => {
    expect(missingLabel()).toBe("không có số liệu");
    expect(missingLabel("vi")).toBe("không có số liệu");
    expect(missingLabel("en")).toBe("no data");
  });
});
