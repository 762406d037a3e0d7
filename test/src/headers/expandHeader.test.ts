import {expect, test} from "vitest";
import {expandHeader} from "../../../src/headers/expandHeader.ts";

test("expandHeader: abbreviations and English written out, whole words only", () => {
  expect(expandHeader("so hs tn qua dvctt")).toBe("so ho so tiep nhan qua dich vu cong truc tuyen");
  expect(expandHeader("fully online")).toBe("toan trinh");
  expect(expandHeader("so ho so tt")).toBe("so ho so truc tuyen");
  expect(expandHeader("tt")).toBe("tt");
  expect(expandHeader("stt")).toBe("stt");
  expect(expandHeader("hstn")).toBe("hstn");
});
