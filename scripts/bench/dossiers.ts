// npm run bench [-- --rows 5000000]: how fast and lean the dossier-export loader is.
// Generates a valid dossier-level CSV of N rows in a temporary folder (removed at the end), then
// times (a) tthcDossiers.load end to end, validation included, against (b) a bare DuckDB
// read_csv + GROUP BY giving the same unit × month counts; each 5 times, alternating which goes
// first, each in a fresh process (so that (a)'s peak memory is its own). The file is flushed to
// disk before timing: the kernel writing it back would otherwise slow whichever runs first.
// Targets: a/b ≤ 1.3, peak ≤ 600 MB.
import {execFile} from "node:child_process";
import {mkdtemp, open, rm, stat} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {parseArgs, promisify} from "node:util";
import {loadReference} from "../../loaders/reference/loadReference.ts";
import {sqlString} from "../../loaders/io/sql.ts";
import {withDuckDB} from "../../loaders/io/withDuckDB.ts";
import {tthcUnits} from "../../loaders/tthc/tthcUnits.ts";
import {isUnitActive} from "../../src/model/isUnitActive.ts";
import {monthsBetween} from "../../src/period/monthsBetween.ts";
import {runCli} from "../runCli.ts";
import {median} from "./budget.ts";

const ROOT = resolve(import.meta.dirname, "..", "..");
const RUNS = 5;
const TARGET_RATIO = 1.3;
const TARGET_PEAK_MB = 600;
const FROM = "2021-01";
const TO = "2026-10";

const list = (values: readonly string[]): string => `[${values.map(sqlString).join(", ")}]`;

/**
 * N dossiers spread evenly over FROM..TO, each received by a unit that existed that month,
 * with fake personal columns (the loader must skip them) and the usual spellings of channels.
 * Written by DuckDB straight to disk: a few seconds for 5 million rows.
 */
async function generate(file: string, rows: number): Promise<void> {
  const reference = await loadReference(join(ROOT, "data", "reference"));
  const units = tthcUnits(reference);
  const months = monthsBetween(FROM, TO);
  const unitsByMonth = `[${months.map((m) => list(units.filter((u) => isUnitActive(u, m)).map((u) => u.name))).join(", ")}]`;
  await withDuckDB(async (db) => {
    await db.run(`COPY (
      WITH base AS (
        SELECT i, hash(i) AS h, (i * ${months.length} // ${rows})::INTEGER AS m FROM range(${rows}) t(i)
      ), d AS (
        SELECT *, list_element(${unitsByMonth}, m + 1) AS units,
          make_date(${Number(FROM.slice(0, 4))} + m // 12, m % 12 + 1, 1 + (h % 28)::INTEGER) AS rd,
          ((h >> 8) % 100)::INTEGER AS pc, ((h >> 16) % 100)::INTEGER AS pl, ((h >> 24) % 100)::INTEGER AS pr,
          ((h >> 32) % 100)::INTEGER AS pd, ((h >> 40) % 1000)::INTEGER AS px
        FROM base
      )
      SELECT
        printf('H52.%02d-%s-%07d', (h % 17)::INTEGER, strftime(rd, '%y%m%d'), i) AS "Mã hồ sơ",
        list_element(${list(["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"])}, px % 8 + 1) || ' ' ||
          list_element(${list(["Văn", "Thị", "Đức", "Minh", "Thanh"])}, pd % 5 + 1) || ' ' ||
          list_element(${list(["An", "Bình", "Hà", "Lan", "Hùng", "Mai", "Nam", "Tâm", "Sơn", "Hoa"])}, pc % 10 + 1) AS "Họ tên người nộp",
        printf('042%09d', h % 1000000000) AS "Số CCCD/CMND",
        printf('09%08d', (h >> 20) % 100000000) AS "Số điện thoại",
        'Thôn ' || (px % 12 + 1) || ', ' || list_element(units, (h % len(units))::INTEGER + 1) AS "Địa chỉ",
        list_element(units, (h % len(units))::INTEGER + 1) AS "Đơn vị tiếp nhận",
        list_element(${list(["Chứng thực bản sao từ bản chính", "Đăng ký khai sinh", "Đăng ký kết hôn", "Hòa giải tranh chấp đất đai"])}, pl % 4 + 1) AS "Thủ tục",
        list_element(${list(["Chứng thực", "Hộ tịch", "Hộ tịch", "Đất đai"])}, pl % 4 + 1) AS "Lĩnh vực",
        CASE WHEN pc < 60 THEN 'Trực tuyến' WHEN pc < 95 THEN 'Trực tiếp' WHEN pc < 97 THEN 'Bưu chính công ích' WHEN pc < 99 THEN 'BCCI' ELSE 'Qua bưu điện' END AS "Kênh nộp",
        CASE WHEN pc >= 60 THEN '' WHEN pl < 60 THEN 'Toàn trình' ELSE 'Một phần' END AS "Mức độ",
        strftime(rd, '%d/%m/%Y') AS "Ngày tiếp nhận",
        strftime(rd + 5 + pd % 10, '%d/%m/%Y') AS "Ngày hẹn trả",
        CASE WHEN pr < 92 THEN strftime(rd + pr % 16, '%d/%m/%Y') ELSE '' END AS "Ngày hoàn thành",
        CASE WHEN px < 850 THEN 'Trực tiếp' WHEN px < 950 THEN 'Bưu chính công ích' ELSE 'Trực tuyến' END AS "Hình thức trả kết quả",
        CASE WHEN pc < 60 AND pd < 50 THEN 'Có' ELSE 'Không' END AS "Thanh toán trực tuyến"
      FROM d
    ) TO ${sqlString(file)} (HEADER, DELIMITER ',')`);
  });
}

interface Run {
  readonly ms: number;
  /** CPU time of all threads: steadier than wall time when other work shares the machine. */
  readonly cpuMs: number;
  readonly maxRssMB: number;
  readonly units: number;
}

async function child(mode: "loader" | "bare", file: string): Promise<Run> {
  const {stdout} = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", join(ROOT, "scripts", "bench", "dossiersChild.ts"), "--mode", mode, "--file", file, "--reference", join(ROOT, "data", "reference")],
    {cwd: ROOT, maxBuffer: 1 << 20}
  );
  return JSON.parse(stdout.trim().split("\n").pop()!) as Run;
}

const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

runCli("bench", async () => {
  const {values} = parseArgs({options: {rows: {type: "string"}}});
  const rows = Number(values.rows ?? 5_000_000);
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows must be a whole number above 0, got ${JSON.stringify(values.rows)}`);
  const dir = await mkdtemp(join(tmpdir(), "cchc-bench-"));
  try {
    const file = join(dir, "ho-so-mot-cua.csv");
    let start = performance.now();
    await generate(file, rows);
    const written = await open(file, "r+");
    await written.sync();
    await written.close();
    const generatedMs = performance.now() - start;
    process.stdout.write(`generated ${rows.toLocaleString("en")} dossiers (${mb((await stat(file)).size)}) in ${(generatedMs / 1000).toFixed(1)} s: ${file}\n`);
    const loader: Run[] = [];
    const bare: Run[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const loaderFirst = run % 2 === 1;
      const first = await child(loaderFirst ? "loader" : "bare", file);
      const second = await child(loaderFirst ? "bare" : "loader", file);
      const [a, b] = loaderFirst ? [first, second] : [second, first];
      if (a.units !== b.units) throw new Error(`the loader found ${a.units} unit-months, the bare query ${b.units}: they should agree`);
      loader.push(a);
      bare.push(b);
      process.stdout.write(`run ${run}: (a) loader ${a.ms} ms (CPU ${a.cpuMs} ms), peak ${a.maxRssMB} MB; (b) bare DuckDB ${b.ms} ms (CPU ${b.cpuMs} ms)\n`);
    }
    const a = median(loader.map((r) => r.ms));
    const b = median(bare.map((r) => r.ms));
    const ratio = a / b;
    const peak = Math.max(...loader.map((r) => r.maxRssMB));
    const cpuRatio = median(loader.map((r) => r.cpuMs)) / median(bare.map((r) => r.cpuMs));
    const verdict = (ok: boolean, miss: string): string => (ok ? "met" : `MISSED by ${miss}`);
    process.stdout.write(
      [
        `median of ${RUNS}: (a) tthcDossiers.load ${a} ms, (b) bare DuckDB ${b} ms`,
        `ratio a/b ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}): ${verdict(ratio <= TARGET_RATIO, `${(ratio - TARGET_RATIO).toFixed(2)} (${Math.round(a - TARGET_RATIO * b)} ms)`)}`,
        `CPU time ratio ${cpuRatio.toFixed(2)} (for reference: less disturbed by other processes than wall time)`,
        `loader peak memory ${peak} MB (target ≤ ${TARGET_PEAK_MB} MB): ${verdict(peak <= TARGET_PEAK_MB, `${peak - TARGET_PEAK_MB} MB`)}`
      ].join("\n") + "\n"
    );
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});
