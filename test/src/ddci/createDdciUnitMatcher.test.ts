import {describe, expect, test} from "vitest";
import {createDdciUnitMatcher} from "../../../src/ddci/createDdciUnitMatcher.ts";

const UNITS = [
  {id: "436", name: "Thành phố Hà Tĩnh", level: "district"},
  {id: "447", name: "Huyện Kỳ Anh", level: "district"},
  {id: "448", name: "Huyện Lộc Hà", level: "district"},
  {id: "449", name: "Thị xã Kỳ Anh", level: "district"},
  {id: "so-ke-hoach-va-dau-tu", name: "Sở Kế hoạch và Đầu tư", level: "department"},
  {id: "so-lao-dong-thuong-binh-va-xa-hoi", name: "Sở Lao động - Thương binh và Xã hội", level: "department"},
  {id: "cuc-thue-tinh", name: "Cục Thuế tỉnh", level: "department"}
];

describe("createDdciUnitMatcher", () => {
  const match = createDdciUnitMatcher(UNITS);
  const id = (name: string) => {
    const m = match(name);
    return m.ok ? m.id : null;
  };

  test("tells the district from the town that both fold to Kỳ Anh by their type word", () => {
    expect(id("Huyện Kỳ Anh")).toBe("447");
    expect(id("Thị xã Kỳ Anh")).toBe("449");
    expect(id("UBND thị xã Kỳ Anh")).toBe("449");
    expect(id("THI XA KY ANH")).toBe("449");
    const bare = match("Kỳ Anh");
    expect(bare.ok).toBe(false);
    expect(bare.ok ? [] : bare.suggestions).toEqual(["Huyện Kỳ Anh", "Thị xã Kỳ Anh"]);
  });

  test("the city named like the province is the city, not stripped away", () => {
    expect(id("Thành phố Hà Tĩnh")).toBe("436");
    expect(id("UBND thành phố Hà Tĩnh")).toBe("436");
  });

  test("departments as published, with the province named, or abbreviated", () => {
    expect(id("Sở Lao động, thương binh và xã hội")).toBe("so-lao-dong-thuong-binh-va-xa-hoi");
    expect(id("Sở LĐ-TB&XH")).toBe("so-lao-dong-thuong-binh-va-xa-hoi");
    expect(id("Sở KH&ĐT")).toBe("so-ke-hoach-va-dau-tu");
    expect(id("Cục Thuế Hà Tĩnh")).toBe("cuc-thue-tinh");
    expect(id("Cục Thuế tỉnh Hà Tĩnh")).toBe("cuc-thue-tinh");
  });

  test("short names still match through the general key; unknown names get suggestions", () => {
    expect(id("Lộc Hà")).toBe("448");
    const unknown = match("Sở Ngoại vụ");
    expect(unknown.ok).toBe(false);
  });

  test("an abbreviation of a department not in the list is not matched", () => {
    expect(createDdciUnitMatcher(UNITS.filter((u) => u.level === "district"))("Sở KH&ĐT").ok).toBe(false);
  });
});
