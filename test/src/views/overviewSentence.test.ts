import {describe, expect, it} from "vitest";
import {overviewData} from "../../../src/views/overviewData.ts";
import {overviewSentence} from "../../../src/views/overviewSentence.ts";
import {observations, OPTIONS, REFERENCE} from "./overviewFixture.ts";

const name = (id: string): string => `Xã ${id.toUpperCase()}`;

describe("overviewSentence", () => {
  it("says the month, the area's online share, its change on a year earlier and who moved most", () => {
    const data = overviewData(observations("2025-10"), REFERENCE, OPTIONS)!;
    // area 45,0% against 4/30 = 13,3%; nobody fell, n rose most (10% → 60%)
    expect(overviewSentence(data, name, "vi")).toBe("Tháng 10/2025: 45,0% hồ sơ nộp trực tuyến, tăng 31,7 điểm % so với cùng kỳ; Xã N tăng mạnh nhất (+50,0 điểm %).");
    expect(overviewSentence(data, name, "en")).toBe("October 2025: 45.0% of dossiers submitted online, up 31.7 pp on a year earlier; Xã N rose most (+50.0 pp).");
  });

  it("names the commune that fell most, and says so when there is no figure a year earlier", () => {
    const headline = [{indicator: "online_share", value: 0.5, numerator: 5, denominator: 10, previous: null, yearAgo: null, ytd: {value: null, numerator: null, denominator: null}, ytdYearAgo: {value: null, numerator: null, denominator: null}, series: []}];
    const byUnit = [
      {unitId: "n", indicator: "online_share", value: 0.5, numerator: 5, denominator: 10, yearAgo: 0.6},
      {unitId: "m", indicator: "online_share", value: 0.5, numerator: 5, denominator: 10, yearAgo: 0.52}
    ];
    expect(overviewSentence({month: "2026-10", headline, byUnit}, name, "vi")).toBe("Tháng 10/2026: 50,0% hồ sơ nộp trực tuyến, chưa có số liệu cùng kỳ; Xã N giảm mạnh nhất (-10,0 điểm %).");
  });
});
