import {describe, expect, it} from "vitest";
import {proseSegments} from "../../../src/views/proseSegments.ts";

describe("proseSegments", () => {
  it("splits bold, code and links out of plain text", () => {
    expect(proseSegments("**Thiếu là thiếu:** xem `meta.json` và [Hợp đồng](./guide/data-contract).")).toEqual([
      {kind: "strong", text: "Thiếu là thiếu:"},
      {kind: "text", text: " xem "},
      {kind: "code", text: "meta.json"},
      {kind: "text", text: " và "},
      {kind: "link", text: "Hợp đồng", href: "./guide/data-contract"},
      {kind: "text", text: "."}
    ]);
  });

  it("keeps markup-like text that is not one of the three marks, and HTML, as plain text", () => {
    expect(proseSegments("a * b <b>x</b>")).toEqual([{kind: "text", text: "a * b <b>x</b>"}]);
    expect(proseSegments("")).toEqual([]);
  });
});
