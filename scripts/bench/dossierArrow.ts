// A dossier-level table (one row per dossier, as the one-stop system exports them) of N rows as
// an Arrow IPC stream, for the in-browser aggregation benchmark of npm run bench:web. Fake and
// deterministic; columns: unitId, received, due, completed (null: not yet resolved), channel
// (online / in_person / postal), fullyOnline, returnedByPost. Built from raw buffers, so a
// million rows take a fraction of a second.
import {Bool, DateDay, Dictionary, Int8, Table, Utf8, Vector, makeData, tableToIPC, vectorFromArray} from "apache-arrow";
import {mulberry32} from "../../src/sample/mulberry32.ts";

const DAY = 86_400_000;

/** The units receiving dossiers in a month: `before` until `switchMonth` (exclusive), `after` from it. */
export interface DossierUnits {
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** "YYYY-MM" */
  readonly switchMonth: string;
}

/** N dossiers spread evenly over the months `from`..`to` ("YYYY-MM"), as Arrow IPC stream bytes. */
export function dossierArrow(rows: number, units: DossierUnits, from: string, to: string, seed = 20_241_001): Uint8Array {
  const random = mulberry32(seed);
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  const [sy, sm] = units.switchMonth.split("-").map(Number) as [number, number];
  const months = (ty - fy) * 12 + (tm - fm) + 1;
  const switchIndex = (sy - fy) * 12 + (sm - fm);
  const dictionary = [...units.before, ...units.after];
  const unitIndex = new Int8Array(rows);
  const received = new Int32Array(rows);
  const due = new Int32Array(rows);
  const completed = new Int32Array(rows);
  const completedValid = new Uint8Array(Math.ceil(rows / 8));
  const channel = new Int8Array(rows);
  const fullyOnline = new Uint8Array(Math.ceil(rows / 8));
  const returnedByPost = new Uint8Array(Math.ceil(rows / 8));
  let completedNulls = 0;
  for (let i = 0; i < rows; i++) {
    const m = Math.floor((i * months) / rows);
    const monthStart = Date.UTC(fy, fm - 1 + m, 1) / DAY;
    const pool = m < switchIndex ? 0 : units.before.length;
    const poolSize = m < switchIndex ? units.before.length : units.after.length;
    unitIndex[i] = pool + Math.floor(random() * poolSize);
    received[i] = monthStart + Math.floor(random() * 28);
    due[i] = received[i]! + 5 + Math.floor(random() * 10);
    if (random() < 0.92) {
      completed[i] = received[i]! + Math.floor(random() * 16);
      completedValid[i >> 3]! |= 1 << (i & 7);
    } else completedNulls++;
    const c = random();
    channel[i] = c < 0.6 ? 0 : c < 0.95 ? 1 : 2;
    if (channel[i] === 0 && random() < 0.6) fullyOnline[i >> 3]! |= 1 << (i & 7);
    if (random() < 0.1) returnedByPost[i >> 3]! |= 1 << (i & 7);
  }
  const dictionaryType = (id: number) => new Dictionary(new Utf8(), new Int8(), id);
  const table = new Table({
    unitId: new Vector([makeData({type: dictionaryType(0), length: rows, data: unitIndex, dictionary: vectorFromArray(dictionary, new Utf8())})]),
    received: new Vector([makeData({type: new DateDay(), length: rows, data: received})]),
    due: new Vector([makeData({type: new DateDay(), length: rows, data: due})]),
    completed: new Vector([makeData({type: new DateDay(), length: rows, nullCount: completedNulls, nullBitmap: completedValid, data: completed})]),
    channel: new Vector([
      makeData({type: dictionaryType(1), length: rows, data: channel, dictionary: vectorFromArray(["online", "in_person", "postal"], new Utf8())})
    ]),
    fullyOnline: new Vector([makeData({type: new Bool(), length: rows, data: fullyOnline})]),
    returnedByPost: new Vector([makeData({type: new Bool(), length: rows, data: returnedByPost})])
  });
  return tableToIPC(table, "stream");
}
