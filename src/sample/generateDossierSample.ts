import {DOSSIER_SAMPLE_MARKER, type DossierField} from "../tthc/dossierColumns.ts";
import type {TthcCounts} from "../tthc/tthcCounts.ts";
import type {SampleReport} from "./generateTthcSample.ts";
import {mulberry32} from "./mulberry32.ts";

/** One generated dossier, every cell as the export writes it (dates dd/mm/yyyy). */
export type DossierSampleRow = Readonly<Record<DossierField, string>>;

// Short syllable lists: realistic-looking, obviously generated, never a real person's record.
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"];
const MIDDLE = {male: ["Văn", "Đức", "Hữu", "Minh", "Quốc", "Xuân"], female: ["Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Mỹ"]};
const GIVEN = {
  male: ["An", "Bình", "Hùng", "Nam", "Sơn", "Tuấn", "Dũng", "Phúc", "Long", "Hải", "Trung", "Quang"],
  female: ["Lan", "Mai", "Hoa", "Hương", "Linh", "Thảo", "Trang", "Hà", "Nga", "Yến", "Hằng", "Vân"]
};
const VILLAGES = ["Trung Hải", "Bắc Sơn", "Đông Tiến", "Phú Mỹ", "Thanh Hòa", "Yên Bình", "Xuân Hải", "Hồng Lam", "Tân Phong", "Kim Đôi"];
/** Thủ tục and lĩnh vực that communes handle most. */
const PROCEDURES: readonly (readonly [string, string])[] = [
  ["Chứng thực bản sao từ bản chính", "Chứng thực"],
  ["Chứng thực chữ ký trong các giấy tờ, văn bản", "Chứng thực"],
  ["Đăng ký khai sinh", "Hộ tịch"],
  ["Đăng ký kết hôn", "Hộ tịch"],
  ["Đăng ký khai tử", "Hộ tịch"],
  ["Cấp bản sao trích lục hộ tịch", "Hộ tịch"],
  ["Xác nhận tình trạng hôn nhân", "Hộ tịch"],
  ["Hòa giải tranh chấp đất đai", "Đất đai"],
  ["Đăng ký hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh"],
  ["Trợ cấp xã hội hằng tháng", "Bảo trợ xã hội"]
];
/** Days from receipt to the due date (thời hạn giải quyết), as procedures set them. */
const DUE_DAYS = [1, 3, 3, 5, 5, 7, 10, 15];

type Status = "onTime" | "late" | "open";

function checkCounts(c: TthcCounts, where: string): void {
  const fail = (what: string): never => {
    throw new Error(`${where}: cannot expand counts into dossiers: ${what}`);
  };
  for (const [k, v] of Object.entries(c)) if (!Number.isInteger(v) || v < 0) fail(`${k} must be a whole number ≥ 0`);
  if (c.receivedOnline + c.receivedInPerson + c.receivedPostal !== c.receivedTotal) fail("online + in person + postal must equal the total");
  if (c.receivedFullyOnline > c.receivedOnline) fail("fully online must be at most online");
  if (c.paidOnline > c.receivedTotal) fail("paid online must be at most the total");
  // an export holds the dossiers received in its month, so it can show no more resolved than that
  if (c.resolvedOnTime + c.resolvedLate > c.receivedTotal) fail("resolved (on time + late) must be at most the total received");
  if (c.returnedPostal > c.resolvedOnTime + c.resolvedLate) fail("returned by post must be at most the resolved");
}

/**
 * Expands one month of sample counts per unit (from generateTthcSample) into dossier-level rows
 * that aggregate back to exactly those counts under the loader's rules: received* and paidOnline
 * in the month of receipt; resolvedOnTime / resolvedLate / returnedPostal among dossiers received
 * and completed within the month. Dossiers not resolved in the month are still open (blank
 * completion date) or completed the month after, which the export does not cover.
 *
 * Personal columns hold fake but plausible data (names from short syllable lists, 12-digit ID
 * numbers, 09xxxxxxxx phones, village addresses) and "Ghi chú" holds the sample marker on every
 * row. Deterministic: the same report and seed give the same rows.
 */
export function generateDossierSample(report: SampleReport, seed: number): DossierSampleRow[] {
  const [year, month] = report.month.split("-").map(Number) as [number, number];
  const random = mulberry32((seed ^ Math.imul(year * 12 + month, 0x9e3779b1)) >>> 0);
  const int = (n: number): number => Math.floor(random() * n);
  // the QĐ 766 columns draw from their own sequence, so adding them changed no other sample value
  const extra = mulberry32((seed ^ Math.imul(year * 12 + month, 0x766)) >>> 0);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const shuffled = (n: number): number[] => {
    const xs = Array.from({length: n}, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = int(i + 1);
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    }
    return xs;
  };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const weekdays = Array.from({length: daysInMonth}, (_, i) => i + 1).filter((d) => ![0, 6].includes(new Date(Date.UTC(year, month - 1, d)).getUTCDay()));
  // day numbers past the month's end fall in the next month
  const date = (day: number): string => {
    const d = new Date(Date.UTC(year, month - 1, day));
    return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
  };
  const yymmdd = (day: number): string => `${String(year % 100).padStart(2, "0")}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;

  const dossiers: {day: number; unit: number; row: Omit<DossierSampleRow, "code">}[] = [];
  report.rows.forEach((unitRow, unit) => {
    const c = unitRow.counts;
    checkCounts(c, `${report.month} ${unitRow.unitId}`);
    const n = c.receivedTotal;
    const channel: ("online" | "postal" | "inPerson")[] = new Array(n);
    const fully: boolean[] = new Array(n).fill(false);
    let onlineSeen = 0;
    shuffled(n).forEach((i, k) => {
      channel[i] = k < c.receivedOnline ? "online" : k < c.receivedOnline + c.receivedPostal ? "postal" : "inPerson";
      if (channel[i] === "online") fully[i] = onlineSeen++ < c.receivedFullyOnline;
    });
    // fees are mostly paid online by those who applied online
    const order = shuffled(n);
    const payers = [...order.filter((i) => channel[i] === "online"), ...order.filter((i) => channel[i] !== "online")].slice(0, c.paidOnline);
    const paid = new Set(payers);
    const status: Status[] = new Array(n).fill("open");
    const returnedPostal = new Set<number>();
    shuffled(n).forEach((i, k) => {
      if (k < c.resolvedOnTime) status[i] = "onTime";
      else if (k < c.resolvedOnTime + c.resolvedLate) status[i] = "late";
      if (k < c.returnedPostal) returnedPostal.add(i);
    });
    for (let i = 0; i < n; i++) {
      let dueDays = pick(DUE_DAYS);
      let received: number;
      let completed: number | null;
      if (status[i] === "late") {
        // late within the month: due before the month's last day, completed after the due date
        if (dueDays > daysInMonth - 8) dueDays = 3;
        received = pick(weekdays.filter((d) => d + dueDays < daysInMonth));
        completed = received + dueDays + 1 + int(daysInMonth - received - dueDays);
      } else if (status[i] === "onTime") {
        received = pick(weekdays);
        completed = received + int(Math.min(received + dueDays, daysInMonth) - received + 1);
      } else {
        received = pick(weekdays);
        completed = random() < 0.6 ? daysInMonth + 1 + int(15) : null;
      }
      const ch = channel[i]!;
      const ret = returnedPostal.has(i)
        ? random() < 0.9 ? "Bưu chính công ích" : "BCCI"
        : ch === "online" && random() < 0.4 ? "Trực tuyến" : "Trực tiếp";
      const male = random() < 0.5;
      const birthYear = 1950 + int(56);
      const [procedure, field] = pick(PROCEDURES);
      dossiers.push({
        day: received,
        unit,
        row: {
          applicantName: `${pick(FAMILY)} ${pick(male ? MIDDLE.male : MIDDLE.female)} ${pick(male ? GIVEN.male : GIVEN.female)}`,
          // CCCD: 042 (Hà Tĩnh), sex and century digit, year of birth, six digits
          idNumber: `042${(birthYear >= 2000 ? 2 : 0) + (male ? 0 : 1)}${String(birthYear % 100).padStart(2, "0")}${String(int(1_000_000)).padStart(6, "0")}`,
          phone: `09${String(int(100_000_000)).padStart(8, "0")}`,
          address: random() < 0.8 ? `Thôn ${pick(VILLAGES)}` : `Xóm ${1 + int(12)}`,
          unit: unitRow.unitName,
          procedure,
          field,
          channel: ch === "online" ? "Trực tuyến" : ch === "inPerson" ? "Trực tiếp" : pick(["Bưu chính công ích", "Bưu chính công ích", "Bưu chính công ích", "BCCI", "Qua bưu điện"]),
          level: ch !== "online" ? "" : fully[i] ? "Toàn trình" : "Một phần",
          received: date(received),
          due: date(received + dueDays),
          completed: completed === null ? "" : date(completed),
          returnChannel: ret,
          paidOnline: paid.has(i) ? "Có" : "Không",
          // online dossiers arrive digital; at the counter about two in three are scanned
          digitised: ch === "online" || extra() < 0.65 ? "Có" : "Không",
          eResult: completed === null ? "" : extra() < 0.7 ? "Có" : "Không",
          note: DOSSIER_SAMPLE_MARKER
        }
      });
    }
  });
  // exports list dossiers by date received; codes number each unit's dossiers of a day
  const order = dossiers.map((d, i) => ({d, i})).sort((a, b) => a.d.day - b.d.day || a.d.unit - b.d.unit || a.i - b.i);
  const sequence = new Map<string, number>();
  return order.map(({d}) => {
    const key = `${d.unit}|${d.day}`;
    const seq = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, seq);
    return {code: `H52.${String(d.unit + 1).padStart(2, "0")}-${yymmdd(d.day)}-${String(seq).padStart(4, "0")}`, ...d.row};
  });
}
