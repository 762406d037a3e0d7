import {describe, expect, it} from "vitest";
import {createUnitMatcher, type MatchableUnit} from "../../../src/text/createUnitMatcher.ts";

const units: readonly MatchableUnit[] = [
  {id: "thach-kim", name: "Xã Thạch Kim"},
  {id: "thach-bang", name: "Xã Thạch Bằng"},
  {id: "ho-do", name: "Xã Hộ Độ", aliases: ["Hộ Độ (cũ)"]},
  {id: "loc-ha", name: "Thị trấn Lộc Hà", aliases: ["TT Lộc Hà"]}
];

describe("createUnitMatcher", () => {
  const match = createUnitMatcher(units);

  it("matches names written with prefixes, other case or without accents", () => {
    expect(match("UBND xã Thạch Kim")).toEqual({ok: true, id: "thach-kim"});
    expect(match("THẠCH BẰNG")).toEqual({ok: true, id: "thach-bang"});
    expect(match("thi tran loc ha")).toEqual({ok: true, id: "loc-ha"});
  });

  it("matches aliases", () => {
    expect(match("Hộ Độ (cũ)")).toEqual({ok: true, id: "ho-do"});
  });

  it("suggests up to three unit names, closest first, for an unknown name", () => {
    const result = match("Xã Thạch Kin");
    expect(result).toEqual({ok: false, suggestions: ["Xã Thạch Kim", "Xã Thạch Bằng", "Xã Hộ Độ"]});
  });

  it("reports a key shared by two units as ambiguous with both names", () => {
    const ambiguous = createUnitMatcher([
      {id: "hong-loc", name: "Xã Hồng Lộc"},
      {id: "hong-loc-2025", name: "Xã Hồng Lộc"},
      {id: "tan-loc", name: "Xã Tân Lộc"}
    ]);
    expect(ambiguous("Hồng Lộc")).toEqual({ok: false, suggestions: ["Xã Hồng Lộc", "Xã Hồng Lộc"]});
    expect(ambiguous("Tân Lộc")).toEqual({ok: true, id: "tan-loc"});
  });

  it("does not treat a unit whose name equals its alias as ambiguous", () => {
    const matcher = createUnitMatcher([{id: "mai-phu", name: "Xã Mai Phụ", aliases: ["Mai Phụ"]}]);
    expect(matcher("Mai Phụ")).toEqual({ok: true, id: "mai-phu"});
  });

  it("tells a district from a commune of the same name when the type word is written", () => {
    const matcher = createUnitMatcher([
      {id: "448", name: "Huyện Lộc Hà"},
      {id: "18568", name: "Thị trấn Lộc Hà"}
    ]);
    expect(matcher("Huyện Lộc Hà")).toEqual({ok: true, id: "448"});
    expect(matcher("UBND huyện Lộc Hà")).toEqual({ok: true, id: "448"});
    expect(matcher("THỊ TRẤN LỘC HÀ")).toEqual({ok: true, id: "18568"});
    expect(matcher("Lộc Hà")).toEqual({ok: false, suggestions: ["Huyện Lộc Hà", "Thị trấn Lộc Hà"]});
  });
});
