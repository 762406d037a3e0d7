import {createHash} from "node:crypto";
import {describe, expect, test} from "vitest";
import {DEV_CONTENT_SECURITY_POLICY, headerPolicy, inlineScriptHashes, pagePolicy, withScriptHashes} from "../../../scripts/build/contentSecurityPolicy.ts";

const sha = (text: string): string => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

const PAGE = `<!DOCTYPE html><html><head>
<meta http-equiv="Content-Security-Policy" content="${DEV_CONTENT_SECURITY_POLICY}">
<script type="module" src="./_observablehq/client.js"></script>
<script>document.documentElement.dataset.x = "1";</script>
</head><body><script type="module">
import {define} from "./_observablehq/client.js";
</script></body></html>`;

function scriptSrc(policy: string): string {
  return policy.split("; ").find((d) => d.startsWith("script-src "))!;
}

describe("per-page script hashes", () => {
  test("hash exactly the inline scripts' text, not scripts loaded by src", () => {
    expect(inlineScriptHashes(PAGE)).toEqual([sha('document.documentElement.dataset.x = "1";'), sha('\nimport {define} from "./_observablehq/client.js";\n')]);
  });

  test("the built page allows its own inline scripts by hash and never 'unsafe-inline'", () => {
    const built = withScriptHashes(PAGE, "index.html");
    const policy = pagePolicy(built)!;
    expect(scriptSrc(policy)).toBe(`script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes(PAGE).join(" ")}`);
    expect(policy).not.toContain("'unsafe-inline' 'wasm");
    expect(scriptSrc(policy)).not.toContain("unsafe-inline");
    // the rest of the page is untouched
    expect(built.replace(policy, "")).toBe(PAGE.replace(DEV_CONTENT_SECURITY_POLICY, ""));
  });

  test("only htl's handler placeholders are allowed as inline handlers, not a real handler", () => {
    const attr = pagePolicy(withScriptHashes(PAGE, "p.html"))!.split("; ").find((d) => d.startsWith("script-src-attr "))!;
    expect(attr).toContain(sha("::1"));
    expect(attr).toContain(sha("::64"));
    expect(attr).not.toContain(sha("alert(1)"));
    expect(attr).not.toContain("unsafe-inline");
  });

  test("a page without a policy stops the build", () => {
    expect(() => withScriptHashes("<html><script>x()</script></html>", "odd.html")).toThrow(/odd\.html: no Content-Security-Policy/);
  });

  test("the header form forbids framing", () => {
    expect(headerPolicy("default-src 'self'")).toBe("default-src 'self'; frame-ancestors 'none'");
  });
});
