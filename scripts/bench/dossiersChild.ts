// One timed run for scripts/bench/dossiers.ts, in its own process so that its peak memory is
// its own: `--mode loader` runs tthcDossiers.load (validation included), `--mode bare` a plain
// DuckDB read_csv + GROUP BY. Prints one JSON line: {ms, cpuMs (all threads), maxRssMB, units (unit-months found)}.
import {parseArgs} from "node:util";
import {DuckDBInstance} from "@duckdb/node-api";
import {loadReference} from "../../loaders/reference/loadReference.ts";
import {sqlString} from "../../loaders/io/sql.ts";
import {tthcDossiers} from "../../loaders/sources/tthcDossiers.ts";
import {runCli} from "../runCli.ts";

/** What an analyst would write: DuckDB guesses the types, one GROUP BY gives the same counts. */
function bareSql(file: string): string {
  return `SELECT "Đơn vị tiếp nhận" AS unit, strftime("Ngày tiếp nhận", '%Y-%m') AS received, strftime("Ngày hoàn thành", '%Y-%m') AS completed,
    count(*) AS total,
    count(*) FILTER ("Kênh nộp" = 'Trực tuyến') AS online,
    count(*) FILTER ("Kênh nộp" = 'Trực tuyến' AND "Mức độ" = 'Toàn trình') AS fully_online,
    count(*) FILTER ("Kênh nộp" = 'Trực tiếp') AS in_person,
    count(*) FILTER ("Kênh nộp" IN ('Bưu chính công ích', 'BCCI', 'Qua bưu điện')) AS postal,
    count(*) FILTER ("Ngày hoàn thành" <= "Ngày hẹn trả") AS on_time,
    count(*) FILTER ("Ngày hoàn thành" > "Ngày hẹn trả") AS late,
    count(*) FILTER ("Hình thức trả kết quả" = 'Bưu chính công ích') AS returned_postal,
    count(*) FILTER ("Thanh toán trực tuyến" = 'Có') AS paid_online
  FROM read_csv(${sqlString(file)}) GROUP BY ALL`;
}

runCli("bench-child", async () => {
  const {values} = parseArgs({options: {mode: {type: "string"}, file: {type: "string"}, reference: {type: "string"}}});
  const file = values.file!;
  let ms: number;
  let units: number;
  let cpu: NodeJS.CpuUsage;
  if (values.mode === "loader") {
    const reference = await loadReference(values.reference!);
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const loaded = await tthcDossiers.load(file, {reference});
    ms = performance.now() - start;
    cpu = process.cpuUsage(startCpu);
    units = new Set(loaded.observations.map((o) => `${o.unitId}|${o.period}`)).size;
  } else if (values.mode === "bare") {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const result = await connection.runAndReadAll(bareSql(file));
    units = new Set(result.getRows().map((r) => `${String(r[0])}|${String(r[1])}`)).size;
    connection.closeSync();
    instance.closeSync();
    ms = performance.now() - start;
    cpu = process.cpuUsage(startCpu);
  } else {
    throw new Error(`--mode must be loader or bare, got ${JSON.stringify(values.mode)}`);
  }
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  process.stdout.write(`${JSON.stringify({ms: Math.round(ms), cpuMs, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), units})}\n`);
});
