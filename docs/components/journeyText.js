/**
 * Words for the dossier journey (hành trình hồ sơ) shared by the online-services and postal
 * pages and their charts: step names, count columns, and how shares are read.
 */

export const STEP_NAMES = {
  vi: {
    received: "Hồ sơ tiếp nhận",
    online: "Tiếp nhận trực tuyến",
    fullyOnline: "Trong đó: toàn trình",
    postal: "Tiếp nhận qua BCCI",
    resolved: "Hồ sơ đã giải quyết",
    onTime: "Giải quyết đúng hạn",
    returnedPostal: "Trả kết quả qua BCCI"
  },
  en: {
    received: "Dossiers received",
    online: "Received online",
    fullyOnline: "of which fully online",
    postal: "Received by post (BCCI)",
    resolved: "Dossiers resolved",
    onTime: "Resolved on time",
    returnedPostal: "Results returned by post"
  }
};

/** "tiếp nhận trực tuyến" etc., as the base a share is "of". */
const BASES = {
  vi: {received: "số tiếp nhận", online: "số trực tuyến", resolved: "số đã giải quyết"},
  en: {received: "of received", online: "of online", resolved: "of resolved"}
};

export function stepName(key, lang = "vi") {
  return (STEP_NAMES[lang] ?? STEP_NAMES.vi)[key] ?? key;
}

/** "72,3% số tiếp nhận" / "72.3% of received": a share with what it is a share of. */
export function shareOf(share, base, formatPercent, lang = "vi") {
  const words = (BASES[lang] ?? BASES.vi)[base] ?? base;
  return `${formatPercent(share, {lang})} ${words}`;
}

/** The count columns of the CSV downloads, in journey order, with their headers. */
export const COUNT_COLUMNS = {
  vi: {
    receivedTotal: "Tiếp nhận",
    receivedOnline: "Trực tuyến",
    receivedFullyOnline: "Toàn trình",
    receivedPostal: "Tiếp nhận qua BCCI",
    resolved: "Đã giải quyết",
    resolvedOnTime: "Đúng hạn",
    resolvedLate: "Quá hạn",
    returnedPostal: "Trả kết quả qua BCCI"
  },
  en: {
    receivedTotal: "Received",
    receivedOnline: "Online",
    receivedFullyOnline: "Fully online",
    receivedPostal: "Received by post",
    resolved: "Resolved",
    resolvedOnTime: "On time",
    resolvedLate: "Late",
    returnedPostal: "Returned by post"
  }
};
