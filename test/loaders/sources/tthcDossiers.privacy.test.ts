// Personal data in dossier exports (name, ID number, phone, address, free-text notes) must never
// leave the loader: not in observations, meta, error messages, the built site or its caches.
// Every personal cell below holds a marker; no output byte may contain one.
import {spawn} from "node:child_process";
import {cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import JSZip from "jszip";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {buildDataset} from "../../../loaders/buildDataset.ts";
import {datasetArchive} from "../../../loaders/datasetArchive.ts";
import {problemsOf} from "../../../src/errors/dataErrors.ts";
import {PROJECT_ROOT, tempProject} from "../../helpers/tempProject.ts";

const MARKERS = ["ZZPRIVATE", "999000111222", "0999000111", "ZZADDRESS", "ZZNOTE"];
const HEADER =
  "Mã hồ sơ;Họ tên người nộp;Số CCCD/CMND;Số điện thoại;Địa chỉ;Đơn vị tiếp nhận;Thủ tục;Lĩnh vực;Kênh nộp;Mức độ;Ngày tiếp nhận;Ngày hẹn trả;Ngày hoàn thành;Hình thức trả kết quả;Thanh toán trực tuyến;Ghi chú";
const UNITS = ["Xã Lộc Hà", "Xã Mai Phụ", "Xã Hồng Lộc", "Xã Đông Kinh", "Phường Trần Phú"];

/** A valid export: every unit, every month given, each row's personal cells holding markers. */
function privateExport(months: readonly string[], extra: readonly string[] = []): string {
  const lines = [HEADER];
  let i = 0;
  for (const month of months) {
    const [y, m] = month.split("-");
    for (const unit of UNITS) {
      for (let k = 0; k < 4; k++) {
        i++;
        const person = `ZZPRIVATE${i} Nguyễn;999000111222;0999000111;ZZADDRESS thôn ${i}`;
        const channel = ["Trực tuyến", "Trực tiếp", "BCCI", "Trực tuyến"][k]!;
        const level = channel === "Trực tuyến" ? "Toàn trình" : "";
        lines.push(`HS-${i};${person};${unit};Đăng ký khai sinh;Hộ tịch;${channel};${level};0${k + 1}/${m}/${y};10/${m}/${y};0${k + 2}/${m}/${y};Trực tiếp;Có;ZZNOTE gọi lại ông ${i}`);
      }
    }
  }
  return [...lines, ...extra].join("\r\n") + "\r\n";
}

/** Where any marker occurs in `bytes`, and inside every entry when it is a zip archive. */
async function markersIn(name: string, bytes: Uint8Array): Promise<string[]> {
  const found: string[] = [];
  const text = Buffer.from(bytes).toString("latin1");
  // UTF-8 bytes of the ASCII markers are the same in latin1, so this finds them in any file
  for (const marker of MARKERS) if (text.includes(marker)) found.push(`${name}: ${marker}`);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const zip = await JSZip.loadAsync(bytes);
    for (const entry of Object.values(zip.files)) {
      if (!entry.dir) found.push(...(await markersIn(`${name}!${entry.name}`, await entry.async("uint8array"))));
    }
  }
  return found;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true}).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

function run(command: string, args: readonly string[], cwd: string, timeoutMs: number): Promise<{code: number | null; stdout: Buffer; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd, env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}, stdio: ["ignore", "pipe", "pipe"], detached: true});
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
    }, timeoutMs);
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8")});
    });
  });
}

const TSX = join(PROJECT_ROOT, "node_modules", ".bin", "tsx");

describe("personal data in dossier exports never reaches any output", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeAll(async () => void (project = await tempProject()));
  afterAll(() => project.remove());

  test("buildDataset: observations, provenance and the archive (Arrow + meta.json) hold no marker", async () => {
    await project.write("data/raw/tthc/ho-so-mot-cua.csv", privateExport(["2026-07", "2026-08"]));
    const build = await buildDataset("tthc", project.root);
    expect(build.observations.length).toBeGreaterThan(0);
    expect(build.provenance.map((p) => p.kind)).toEqual(["tthc-dossiers"]);
    expect(await markersIn("build", Buffer.from(JSON.stringify(build)))).toEqual([]);
    expect(await markersIn("tthc.zip", await datasetArchive(build))).toEqual([]);
  });

  test("the real loader wrapper docs/data/tthc.zip.ts, run as Framework runs it: stdout and stderr hold no marker", async () => {
    await project.write("data/raw/tthc/ho-so-mot-cua.csv", privateExport(["2026-07", "2026-08"]));
    const {code, stdout, stderr} = await run(TSX, [join(PROJECT_ROOT, "docs", "data", "tthc.zip.ts")], project.root, 120_000);
    expect(code, stderr).toBe(0);
    expect(stdout.length).toBeGreaterThan(0);
    expect(await markersIn("stdout", stdout)).toEqual([]);
    expect(await markersIn("stderr", Buffer.from(stderr))).toEqual([]);
    const meta = JSON.parse(await (await JSZip.loadAsync(stdout)).file("meta.json")!.async("string")) as {sources: {file: string}[]};
    expect(meta.sources.map((s) => s.file)).toEqual(["ho-so-mot-cua.csv"]);
  });

  test("a bad export's error messages, in process and from the wrapper, name rows but no personal value", async () => {
    // an unknown unit, a bad date, a duplicate code and a row with a cell too many, all beside markers
    const bad = privateExport(["2026-07"]).replace("Xã Mai Phụ;", "Xã ZZPRIVATE Phụ;").replace("02/07/2026;10/07/2026", "32/07/2026;10/07/2026").replace("HS-3;", "HS-1;");
    await project.write("data/raw/tthc/ho-so-mot-cua.csv", bad);
    const error = await buildDataset("tthc", project.root).catch((e: unknown) => e);
    const problems = problemsOf(error);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    const messages = [String(error), ...problems.map((p) => `${p.message} ${JSON.stringify(p.location)}`)].join("\n");
    expect(messages).toContain("row ");
    // the unknown unit's name is not personal: it is shown; only the markers must not be
    expect(messages.replaceAll("Xã ZZPRIVATE Phụ", "")).not.toMatch(new RegExp(MARKERS.join("|")));
    const structural = privateExport(["2026-07"], ["HS-X;ZZPRIVATE-X;999000111222;0999000111;ZZADDRESS;Xã Lộc Hà;a;b;Trực tiếp;;01/07/2026;02/07/2026;;Trực tiếp;Có;ZZNOTE;ZZPRIVATE-EXTRA"]);
    await project.write("data/raw/tthc/ho-so-mot-cua.csv", structural);
    const {code, stdout, stderr} = await run(TSX, [join(PROJECT_ROOT, "docs", "data", "tthc.zip.ts")], project.root, 120_000);
    expect(code).not.toBe(0);
    expect(stdout.length).toBe(0);
    expect(stderr).toContain("row 22"); // 20 dossiers below the header, then the bad line
    expect(await markersIn("stderr", Buffer.from(stderr))).toEqual([]);
  });

  test("an export saved as UTF-16 text, or one no kind recognises: messages hold no marker", async () => {
    // read in JavaScript (DuckDB reads UTF-8 only): the same promise holds
    const bad = privateExport(["2026-07"]).replace("02/07/2026;10/07/2026", "32/07/2026;10/07/2026").replaceAll(";", "\t");
    await writeFile(await project.write("data/raw/tthc/ho-so-mot-cua.csv", ""), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bad, "utf16le")]));
    const error = await buildDataset("tthc", project.root).catch((e: unknown) => e);
    const messages = [String(error), ...problemsOf(error).map((p) => `${p.message} ${JSON.stringify(p.location)}`)].join("\n");
    expect(messages).toContain("32/07/2026");
    expect(messages).not.toMatch(new RegExp(MARKERS.join("|")));
    // without "Mã hồ sơ" no kind recognises it: the explanation quotes no cell (a data row may match a header)
    const unknown = privateExport(["2026-07"]).replace("Mã hồ sơ;", "Số thứ tự;").replace(/ZZNOTE gọi lại/g, "ZZNOTE Đơn vị gọi lại");
    await project.write("data/raw/tthc/ho-so-mot-cua.csv", unknown);
    const explained = String(await buildDataset("tthc", project.root).catch((e: unknown) => e));
    expect(explained).toContain("nearest:");
    expect(explained).not.toMatch(new RegExp(MARKERS.join("|")));
  });

  // Slow (a full site build, ~30 s or more): the markers must be absent from every file of the
  // built site and of Framework's cache, zip archives included.
  test("the built site (dist/) and docs/.observablehq/cache hold no marker", {timeout: 900_000}, async () => {
    const copy = await mkdtemp(join(tmpdir(), "cchc-privacy-site-"));
    try {
      for (const path of ["docs", "loaders", "src", "scripts", join("data", "reference"), join("data", "curated"), join("data", "plan")]) {
        await cp(join(PROJECT_ROOT, path), join(copy, path), {recursive: true, filter: (source) => !source.includes(`${join("docs", ".observablehq")}`)}).catch(
          (e: NodeJS.ErrnoException) => {
            if (e.code !== "ENOENT") throw e;
          }
        );
      }
      for (const file of ["package.json", "observablehq.config.ts", "tsconfig.json"]) await cp(join(PROJECT_ROOT, file), join(copy, file));
      await symlink(join(PROJECT_ROOT, "node_modules"), join(copy, "node_modules"), "dir");
      const prepare = await run(TSX, ["scripts/prepare.ts"], copy, 600_000);
      expect(prepare.code, prepare.stderr).toBe(0);
      // raw files replace the sample: the site shows only these two months of TTHC data
      await mkdir(join(copy, "data", "raw", "tthc"), {recursive: true});
      await writeFile(join(copy, "data", "raw", "tthc", "ho-so-mot-cua.csv"), privateExport(["2026-07", "2026-08"]));
      const build = await run(join(PROJECT_ROOT, "node_modules", ".bin", "observable"), ["build"], copy, 600_000);
      expect(build.code, build.stderr.slice(-3000)).toBe(0);
      const files = [...(await filesUnder(join(copy, "dist"))), ...(await filesUnder(join(copy, "docs", ".observablehq", "cache")))];
      expect(files.length).toBeGreaterThan(0);
      const found: string[] = [];
      let sawExport = false;
      for (const file of files) {
        const bytes = await readFile(file);
        found.push(...(await markersIn(file.slice(copy.length + 1), bytes)));
        if (bytes.includes("ho-so-mot-cua.csv")) sawExport = true;
        if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
          const zip = await JSZip.loadAsync(bytes);
          const meta = zip.file("meta.json");
          if (meta !== null && (await meta.async("string")).includes("ho-so-mot-cua.csv")) sawExport = true;
        }
      }
      expect(found).toEqual([]);
      // the check is not vacuous: the site was built from the export with the markers
      expect(sawExport).toBe(true);
    } finally {
      await rm(copy, {recursive: true, force: true});
    }
  });
});
