import {describe, expect, test} from "vitest";
import {safeHref} from "../../../src/url/safeHref.ts";

describe("safeHref", () => {
  test.each([
    ["https://ddcihatinh.vn/ho-so/bang-chi-so-thanh-phan", "https://ddcihatinh.vn/ho-so/bang-chi-so-thanh-phan"],
    ["  http://pcivietnam.vn/ho-so-tinh/ha-tinh \n", "http://pcivietnam.vn/ho-so-tinh/ha-tinh"],
    ["HTTPS://Example.com", "https://example.com/"],
    ["https://ddcihatinh.vn/tìm kiếm?q=Lộc Hà", "https://ddcihatinh.vn/t%C3%ACm%20ki%E1%BA%BFm?q=L%E1%BB%99c%20H%C3%A0"]
  ])("the absolute http(s) address %j is kept, trimmed, as the URL parser writes it", (value, href) => {
    expect(safeHref(value)).toBe(href);
  });

  test.each([
    ["javascript:", "javascript:alert(document.domain)//"],
    ["JavaScript:, mixed case", "JavaScript:alert(1)"],
    ["javascript: after spaces", "   javascript:alert(1)"],
    ["javascript: split by a tab", "java\tscript:alert(1)"],
    ["javascript: split by a newline", "java\nscript:alert(1)"],
    ["javascript: with a newline after the scheme", "javascript:\nalert(1)"],
    ["javascript: hiding an https address", "javascript:alert('https://ddcihatinh.vn')"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["vbscript:", "vbscript:msgbox(1)"],
    ["a relative path", "../ho-so/bang.html"],
    ["a root path", "/ddci"],
    ["protocol-relative", "//evil.example/x"],
    ["plain Vietnamese text", "Báo cáo của Sở Nội vụ"],
    ["a Vietnamese sentence with an address inside", "Báo cáo, xem https://ddcihatinh.vn"],
    ["https: without //", "https:evil.example"],
    ["https:// without a host", "https:///path"],
    ["a scheme split by a tab", "ht\ttps://evil.example"],
    ["credentials in the address", "https://pcivietnam.vn@evil.example/"],
    ["a user and password", "https://user:secret@ddcihatinh.vn/"],
    ["ftp:", "ftp://ddcihatinh.vn/x"],
    ["empty", ""],
    ["only spaces", "   "]
  ])("%s → null", (_, value) => {
    expect(safeHref(value)).toBeNull();
  });

  test("a value that is not a string → null", () => {
    for (const value of [null, undefined, 42, {href: "https://x.vn"}, ["https://x.vn"]]) expect(safeHref(value)).toBeNull();
  });
});
