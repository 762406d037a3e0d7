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

/**
 * The journey pages' words that depend on the area: `words` from areaWords(area, …, lang),
 * `oldTotal` the old view's total as named through its last month (areaTotalName: "địa bàn
 * huyện Lộc Hà cũ" once the series runs past the district).
 */
export function journeyAreaText(lang, words, oldTotal) {
  const {oldCount, newCount, lastOld, first, day, name, partialNames} = words;
  if (lang === "en") {
    const upper = oldTotal.charAt(0).toLocaleUpperCase("en") + oldTotal.slice(1);
    return {
      views: {old: `${oldCount} former communes (to ${lastOld.replace(/^(\w{3})\w*/, "$1")}) and new ones`, new: `${newCount} new communes (earlier data carried over)`},
      straddle: `This period spans ${day}: the former and the new communes each miss some months. Choose “${newCount} new communes” to see the whole period.`,
      partialNote: partialNames ? `${partialNames} also include communes from outside the ${name}: before ${first} only their part in it is counted (partial).` : "",
      refOld: `the whole ${oldTotal} (to ${lastOld.replace(/^(\w{3})\w*/, "$1")})`,
      refNew: `the whole ${name} area`,
      refName: upper,
      lagNone: `No unit has all 12 monthly reports in this window (it spans ${day}: choose “${newCount} new communes”).`
    };
  }
  return {
    views: {old: `${oldCount} xã, thị trấn cũ (đến ${lastOld}) và xã mới`, new: `${newCount} xã, phường mới (quy đổi số liệu cũ)`},
    straddle: `Kỳ này có cả trước và sau ngày ${day}: các xã cũ và xã mới đều thiếu tháng. Chọn “${newCount} xã, phường mới” để xem cả kỳ.`,
    partialNote: partialNames ? `${partialNames} gồm cả xã ngoài ${name}: trước ${first} chỉ có phần thuộc ${name} (số liệu một phần).` : "",
    refOld: `toàn ${oldTotal} (đến ${lastOld})`,
    refNew: `toàn địa bàn ${name}`,
    refName: `Toàn ${oldTotal}`,
    lagNone: `Không đơn vị nào có đủ 12 tháng báo cáo trong khoảng này (khoảng có ngày ${day}: chọn “${newCount} xã, phường mới”).`
  };
}
