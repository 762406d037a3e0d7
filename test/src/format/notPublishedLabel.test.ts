import {describe, expect, it} from "vitest";
import {notPublishedLabel} from "../../../src/format/notPublishedLabel.ts";

describe("notPublishedLabel", () => {
  it("says 'chưa công bố' in Vietnamese (the default) and 'not published' in English", () => {
    expect(notPublishedLabel()).toBe("chưa công bố");
    expect(notPublishedLabel("en")).toBe("not published");
  });
});
