import fc from "fast-check";
import {describe, expect, test} from "vitest";
import {classifyDossierValue} from "../../../src/tthc/classifyDossierValue.ts";
import {DOSSIER_COLUMNS} from "../../../src/tthc/dossierColumns.ts";
import {identifyDossierColumn} from "../../../src/tthc/identifyDossierColumn.ts";

describe("classifyDossierValue", () => {
  test("reads the channels as the one-stop system and people write them, with or without diacritics", () => {
    expect(["Trực tuyến", "TRUC TUYEN", "Trực tiếp", "Bưu chính công ích", "BCCI", "Qua bưu điện", "qua buu dien"].map((v) => classifyDossierValue("channel", v))).toEqual([
      "online",
      "online",
      "inPerson",
      "postal",
      "postal",
      "postal",
      "postal"
    ]);
    expect(classifyDossierValue("channel", null)).toBeUndefined();
    expect(classifyDossierValue("channel", "Fax")).toBeUndefined();
  });

  test("channels as numeric codes: 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích", () => {
    expect(["1", "2", "3", " 2 "].map((v) => classifyDossierValue("channel", v))).toEqual(["inPerson", "online", "postal", "online"]);
    expect(classifyDossierValue("channel", "4")).toBeUndefined();
  });

  test("online level, return channel and payment: blank has a meaning, unknown text has none", () => {
    expect(classifyDossierValue("level", "Toàn trình".normalize("NFD"))).toBe("full");
    expect(classifyDossierValue("level", "Mức độ 3")).toBe("partial");
    expect(classifyDossierValue("level", null)).toBe("none");
    expect(classifyDossierValue("level", "Mức độ 5")).toBeUndefined();
    expect(classifyDossierValue("returnChannel", "BCCI")).toBe("postal");
    expect(classifyDossierValue("returnChannel", "")).toBe("none");
    expect(classifyDossierValue("paidOnline", "Có")).toBe(true);
    expect(classifyDossierValue("paidOnline", null)).toBe(false);
    expect(classifyDossierValue("paidOnline", "co le")).toBeUndefined();
  });
});

describe("identifyDossierColumn", () => {
  test("finds columns by whole header, with or without diacritics and punctuation", () => {
    expect(identifyDossierColumn("Mã hồ sơ")).toBe("code");
    expect(identifyDossierColumn("SO CMND/CCCD")).toBe("idNumber");
    expect(identifyDossierColumn(" Ngày  tiếp nhận ")).toBe("received");
    expect(identifyDossierColumn("Họ tên")).toBe("applicantName");
    expect(identifyDossierColumn("Họ tên cán bộ tiếp nhận")).toBeNull();
  });
});

describe("classifyDossierValue and identifyDossierColumn on arbitrary input", () => {
  const text = fc.oneof(fc.string(), fc.string({unit: "grapheme"}), fc.constantFrom("Trực tuyến", "BCCI", "Toàn trình", "Có", "Mã hồ sơ", "Số CCCD/CMND", " ", ""));

  test("classifyDossierValue never throws: a known value or undefined", () => {
    fc.assert(
      fc.property(fc.constantFrom(...(["channel", "level", "returnChannel", "paidOnline"] as const)), fc.option(text), (field, raw) => {
        expect([undefined, "online", "inPerson", "postal", "full", "partial", "none", true, false]).toContain(classifyDossierValue(field, raw));
      }),
      {numRuns: 300}
    );
  });

  test("identifyDossierColumn never throws: a dossier field or null", () => {
    const fields = new Set<string | null>([...DOSSIER_COLUMNS.map((c) => c.key), null]);
    fc.assert(
      fc.property(text, (header) => {
        expect(fields.has(identifyDossierColumn(header))).toBe(true);
      }),
      {numRuns: 300}
    );
  });
});

test("yes/no cells (Số hóa hồ sơ, Kết quả điện tử) with or without diacritics; blank is không; anything else is unknown", () => {
  const classifyYesNo = (raw: string | null): boolean | undefined => classifyDossierValue("digitised", raw);
  expect(["Có", "co", "x", "Đã số hóa"].map(classifyYesNo)).toEqual([true, true, true, true]);
  expect(["Không", "", null, "Chưa"].map(classifyYesNo)).toEqual([false, false, false, false]);
  expect(classifyYesNo("có lẽ")).toBeUndefined();
  expect(classifyDossierValue("eResult", "Đã cấp")).toBe(true);
});
