import {describe, expect, test} from "vitest";
import {readQueryFromUrl, writeQueryToUrl} from "../../../src/explore/queryUrl.ts";
import {readyQuestions} from "../../../src/explore/readyQuestions.ts";
import type {Unit} from "../../../src/model/unit.ts";
import {LOC_HA_AREA} from "../../helpers/locHaArea.ts";

const UNITS: Unit[] = [{id: "18568", gsoCode: "18568", name: "Lộc Hà", type: "Thị trấn", level: "commune", parentId: null, validFrom: null, validTo: null, population2019: null, aliases: []}];
const READY_QUESTIONS = readyQuestions(LOC_HA_AREA, UNITS, []);

const radio = READY_QUESTIONS.find((q) => q.id === "radio-programme-missed")!;

describe("the /explore query in the URL", () => {
  test("a ready-made question is written as its id, other keys kept", () => {
    expect(writeQueryToUrl("?lang=en", radio.sql("en"), READY_QUESTIONS, "en")).toBe("?lang=en&q=radio-programme-missed");
    expect(readQueryFromUrl("?lang=en&q=radio-programme-missed", READY_QUESTIONS, "en")).toEqual({sql: radio.sql("en"), questionId: radio.id});
  });

  test("the reader's own SQL is written as text and read back exactly", () => {
    const sql = "SELECT unitId, count(*) AS \"số dòng\" -- ghi chú & 100%\nFROM observations GROUP BY ALL";
    const search = writeQueryToUrl("?q=old-id&lang=vi", sql, READY_QUESTIONS, "vi");
    expect(search.startsWith("?lang=vi&sql=")).toBe(true);
    expect(readQueryFromUrl(search, READY_QUESTIONS, "vi")).toEqual({sql, questionId: null});
  });

  test("an edited question is the reader's own SQL; the same text in the other language is still the question", () => {
    expect(writeQueryToUrl("", `${radio.sql("vi")} LIMIT 1`, READY_QUESTIONS, "vi")).toMatch(/^\?sql=/);
    expect(writeQueryToUrl("", `\n${radio.sql("vi")}  `, READY_QUESTIONS, "en")).toBe("?q=radio-programme-missed");
  });

  test("nothing, an empty text or an unknown id leaves the page's default", () => {
    expect(readQueryFromUrl("", READY_QUESTIONS, "vi")).toEqual({sql: null, questionId: null});
    expect(readQueryFromUrl("?sql=%20%20&q=nope", READY_QUESTIONS, "vi")).toEqual({sql: null, questionId: null});
    expect(writeQueryToUrl("?lang=en&sql=x", "  ", READY_QUESTIONS, "en")).toBe("?lang=en");
    expect(writeQueryToUrl("?sql=x", "", READY_QUESTIONS, "vi")).toBe("");
  });
});
