/**
 * Abbreviations and English words that units write in report headers, with the folded
 * Vietnamese they stand for (foldVietnamese: lowercase, no diacritics). Headers are expanded
 * with these before their meaning is looked up, so "Số HS TN qua DVCTT" reads as "so ho so tiep
 * nhan qua dich vu cong truc tuyen" and "Dossiers received / Online" as "ho so tiep nhan / truc
 * tuyen". Longest first where one contains another. Kept as data: /guide/add-source lists it.
 */
export const HEADER_ABBREVIATIONS: readonly {readonly short: string; readonly long: string}[] = [
  {short: "dvctt", long: "dich vu cong truc tuyen"},
  {short: "dvc", long: "dich vu cong"},
  {short: "tthc", long: "thu tuc hanh chinh"},
  {short: "hs", long: "ho so"},
  {short: "tn", long: "tiep nhan"},
  {short: "gq", long: "giai quyet"},
  // "TT" alone is the row number (STT); inside a longer header it is "trực tuyến"
  {short: "tt", long: "truc tuyen"},
  {short: "bcci", long: "bcci buu chinh cong ich"},
  {short: "fully online", long: "toan trinh"},
  {short: "online payment", long: "thanh toan truc tuyen"},
  {short: "paid online", long: "thanh toan truc tuyen"},
  {short: "returned by post", long: "tra ket qua buu chinh"},
  {short: "results returned", long: "tra ket qua"},
  {short: "online", long: "truc tuyen"},
  {short: "in person", long: "truc tiep"},
  {short: "postal", long: "buu chinh"},
  {short: "by post", long: "buu chinh"},
  {short: "received", long: "tiep nhan"},
  {short: "resolved", long: "giai quyet"},
  {short: "on time", long: "dung han"},
  {short: "overdue", long: "qua han"},
  {short: "late", long: "qua han"},
  {short: "total", long: "tong so"},
  {short: "unit", long: "don vi"},
  {short: "commune", long: "don vi"},
  {short: "due date", long: "ngay hen tra"}
];
