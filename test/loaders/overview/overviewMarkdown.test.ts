import {describe, expect, it} from "vitest";
import {escapeHtml} from "../../../loaders/overview/overviewMarkdown.ts";

describe("escapeHtml (text from data in the page / writes at build time)", () => {
  it("escapes markup, quotes and the dollar sign Framework would read as the start of an expression", () => {
    expect(escapeHtml(`Xã <b>"A"</b> & 'B' \${alert(1)}`)).toBe("Xã &#60;b&#62;&#34;A&#34;&#60;/b&#62; &#38; &#39;B&#39; &#36;{alert(1)}");
  });
});
