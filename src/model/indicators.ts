import type {Indicator} from "./indicator.ts";

const NO_TARGET = {target: null, targetSource: null} as const;

/**
 * Indicators computed from the monthly TTHC reports. The district's 2024 communication plan
 * sets no numeric target for these shares (its five targets concern publicity), so none is
 * invented here.
 */
export const TTHC_INDICATORS: readonly Indicator[] = [
  {
    id: "online_share",
    family: "tthc",
    nameVi: "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
    nameEn: "Dossiers submitted online",
    unit: "share",
    better: "higher",
    definitionVi: "Số hồ sơ tiếp nhận trực tuyến / tổng số hồ sơ tiếp nhận trong kỳ.",
    definitionEn: "Dossiers received online / all dossiers received in the period.",
    ...NO_TARGET
  },
  {
    id: "fully_online_share",
    family: "tthc",
    nameVi: "Tỷ lệ hồ sơ trực tuyến toàn trình",
    nameEn: "Dossiers handled fully online",
    unit: "share",
    better: "higher",
    definitionVi: "Số hồ sơ trực tuyến toàn trình / tổng số hồ sơ tiếp nhận trong kỳ.",
    definitionEn: "Dossiers handled fully online / all dossiers received in the period.",
    ...NO_TARGET
  },
  {
    id: "on_time_share",
    family: "tthc",
    nameVi: "Tỷ lệ hồ sơ giải quyết đúng hạn",
    nameEn: "Dossiers resolved on time",
    unit: "share",
    better: "higher",
    definitionVi: "Số hồ sơ giải quyết đúng hạn / số hồ sơ đã giải quyết trong kỳ.",
    definitionEn: "Dossiers resolved on time / dossiers resolved in the period.",
    ...NO_TARGET
  },
  {
    id: "postal_submission_share",
    family: "tthc",
    nameVi: "Tỷ lệ hồ sơ tiếp nhận qua bưu chính công ích",
    nameEn: "Dossiers submitted by public postal service",
    unit: "share",
    better: "higher",
    definitionVi: "Số hồ sơ tiếp nhận qua dịch vụ BCCI / tổng số hồ sơ tiếp nhận trong kỳ.",
    definitionEn: "Dossiers received through the public postal service / all dossiers received.",
    ...NO_TARGET
  },
  {
    id: "postal_return_share",
    family: "tthc",
    nameVi: "Tỷ lệ trả kết quả qua bưu chính công ích",
    nameEn: "Results returned by public postal service",
    unit: "share",
    better: "higher",
    definitionVi: "Số kết quả trả qua dịch vụ BCCI / số hồ sơ đã giải quyết trong kỳ.",
    definitionEn: "Results returned through the public postal service / dossiers resolved.",
    ...NO_TARGET
  },
  {
    id: "received_total",
    family: "tthc",
    nameVi: "Số hồ sơ tiếp nhận",
    nameEn: "Dossiers received",
    unit: "count",
    better: "higher",
    definitionVi: "Tổng số hồ sơ TTHC tiếp nhận trong kỳ (mọi kênh).",
    definitionEn: "All administrative-procedure dossiers received in the period (every channel).",
    ...NO_TARGET
  }
];
