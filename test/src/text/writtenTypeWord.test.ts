import {describe, expect, it} from "vitest";
import {writtenTypeWord} from "../../../src/text/writtenTypeWord.ts";

describe("writtenTypeWord", () => {
  it("spells out the type word a name is written with", () => {
    expect(writtenTypeWord("TP. Hà Tĩnh")).toBe("thanh pho");
    expect(writtenTypeWord("UBND huyện Lộc Hà")).toBe("huyen");
    expect(writtenTypeWord("Tỉnh Hà Tĩnh")).toBe("tinh");
    expect(writtenTypeWord("TX Hồng Lĩnh")).toBe("thi xa");
  });

  it("is null for a bare name, and never takes the start of a word", () => {
    expect(writtenTypeWord("Hà Tĩnh")).toBeNull();
    expect(writtenTypeWord("Xuân Lộc")).toBeNull();
  });
});
