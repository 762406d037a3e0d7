import {describe, expect, it} from "vitest";
import {catalogue} from "../../../../src/text/catalogue/catalogue.ts";

type Entry = {key: string; value: unknown};

/** Every leaf of a catalogue with its dotted key ("index.title"). */
function leaves(node: unknown, prefix = ""): Entry[] {
  if (node !== null && typeof node === "object" && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
  }
  return [{key: prefix, value: node}];
}

const vi = leaves(catalogue("vi"));
const en = leaves(catalogue("en"));

describe("the text catalogue", () => {
  it("has the same keys in Vietnamese and English", () => {
    expect(en.map((d) => d.key).sort()).toEqual(vi.map((d) => d.key).sort());
  });

  it("has no empty text in either language", () => {
    for (const {key, value} of [...vi, ...en]) {
      if (typeof value === "function") continue;
      expect(typeof value === "string" || Array.isArray(value), key).toBe(true);
      if (typeof value === "string") expect(value.trim(), key).not.toBe("");
    }
  });

  it("builds non-empty sentences with the same arguments in both languages", () => {
    const byKey = new Map(en.map((d) => [d.key, d.value]));
    for (const {key, value} of vi) {
      if (typeof value !== "function") continue;
      const other = byKey.get(key);
      expect(typeof other, key).toBe("function");
      expect((other as (...args: unknown[]) => unknown).length, key).toBe(value.length);
    }
  });

  it("falls back to Vietnamese, the site's first language", () => {
    expect(catalogue("vi").common.sample).toBe("Dữ liệu mẫu");
    expect(catalogue("en").common.sample).toBe("Sample data");
  });
});
