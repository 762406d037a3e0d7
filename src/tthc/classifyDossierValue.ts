import {foldVietnamese} from "../text/foldVietnamese.ts";

/** Kênh nộp: how a dossier was submitted. */
export type SubmissionChannel = "online" | "inPerson" | "postal";
/** Mức độ: the online service level of the procedure; "none" when blank. */
export type OnlineLevel = "full" | "partial" | "none";
/** Hình thức trả kết quả: how the result goes back; "none" when blank (not chosen yet). */
export type ReturnChannel = "inPerson" | "postal" | "online" | "none";

// Yes/no columns of QĐ 766's extra export fields (Số hóa hồ sơ, Kết quả điện tử); blank is "không",
// as exports leave such cells blank for "không".
const YES = ["co", "x", "yes", "1", "true", "da so hoa", "da cap", "co ket qua dien tu", "dien tu"];
const NO = ["", "khong", "no", "0", "false", "chua", "chua so hoa", "chua cap", "giay"];
const yesNo = (): Map<string, boolean> => new Map([...YES.map((v) => [v, true] as const), ...NO.map((v) => [v, false] as const)]);

const POSTAL = ["buu chinh cong ich", "bcci", "qua bcci", "qua dich vu bcci", "qua buu chinh cong ich", "buu chinh", "qua buu chinh", "qua buu dien", "buu dien"];

// Folded spellings (foldVietnamese) accepted in each coded column.
const VALUES = {
  channel: new Map<string, SubmissionChannel>([
    // numeric codes as some one-stop systems export them: 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích
    ...["truc tuyen", "nop truc tuyen", "online", "dich vu cong truc tuyen", "dvc truc tuyen", "dvctt", "2"].map((v) => [v, "online"] as const),
    ...["truc tiep", "nop truc tiep", "tai bo phan mot cua", "in person", "1"].map((v) => [v, "inPerson"] as const),
    ...[...POSTAL, "postal", "3"].map((v) => [v, "postal"] as const)
  ]),
  level: new Map<string, OnlineLevel>([
    ...["toan trinh", "truc tuyen toan trinh", "dvc toan trinh", "muc do 4"].map((v) => [v, "full"] as const),
    ...["mot phan", "truc tuyen mot phan", "dvc mot phan", "muc do 3"].map((v) => [v, "partial"] as const),
    ["", "none"]
  ]),
  returnChannel: new Map<string, ReturnChannel>([
    ...["truc tiep", "nhan truc tiep", "tai bo phan mot cua"].map((v) => [v, "inPerson"] as const),
    ...POSTAL.map((v) => [v, "postal"] as const),
    ...["truc tuyen", "online", "qua mang", "ban dien tu"].map((v) => [v, "online"] as const),
    ["", "none"]
  ]),
  paidOnline: new Map<string, boolean>([
    ["co", true],
    ["x", true],
    ["khong", false],
    // fees are not charged for many procedures: the system leaves the cell blank
    ["", false]
  ]),
  digitised: yesNo(),
  eResult: yesNo()
} as const;

export type CodedDossierField = keyof typeof VALUES;
type ValueOf<F extends CodedDossierField> = (typeof VALUES)[F] extends ReadonlyMap<string, infer V> ? V : never;

/** What each coded column must hold, for error messages. */
export const DOSSIER_VALUE_EXPECTED: Readonly<Record<CodedDossierField, string>> = {
  channel: 'how the dossier was submitted: "Trực tuyến", "Trực tiếp" or "Bưu chính công ích" (also "BCCI", "Qua bưu điện", or the codes 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích)',
  level: 'the online level: "Toàn trình", "Một phần" (also "Mức độ 4", "Mức độ 3") or blank for a service that is not online',
  returnChannel: 'how the result is returned: "Trực tiếp", "Bưu chính công ích" or "Trực tuyến"',
  paidOnline: '"Có" or "Không" (blank means không)',
  digitised: '"Có" or "Không" (also "x", "Đã số hóa", "Chưa"; blank means không)',
  eResult: '"Có" or "Không" (also "x", "Đã số hóa", "Chưa"; blank means không)'
};

/**
 * Reads a coded cell of a dossier export (kênh nộp, mức độ, hình thức trả kết quả, thanh toán
 * trực tuyến), with or without diacritics, in any case and Unicode form; null (missing) is
 * blank. Returns undefined for a value it does not know, so the caller can report it.
 */
export function classifyDossierValue<F extends CodedDossierField>(field: F, raw: string | null): ValueOf<F> | undefined {
  const map = VALUES[field] as unknown as ReadonlyMap<string, ValueOf<F>>;
  return map.get(foldVietnamese(raw ?? ""));
}
