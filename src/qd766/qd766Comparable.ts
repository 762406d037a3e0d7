import type {Qd766FormulaId} from "./qd766Formulas.ts";
import type {Qd766ScoreKey} from "./qd766Layout.ts";

/**
 * Which published column our estimated indicators add up to, so the page can show the official
 * score beside the estimate and the difference. Only columns every indicator of which we can
 * estimate: công khai and hài lòng come from other systems and are never estimated here.
 */
export const QD766_COMPARABLE: readonly {readonly column: Qd766ScoreKey; readonly formulas: readonly Qd766FormulaId[]}[] = [
  {column: "tien_do", formulas: ["on_time"]},
  {column: "so_hoa", formulas: ["digitised", "e_result"]},
  {column: "dvc_truc_tuyen", formulas: ["online", "fully_online"]},
  {column: "thanh_toan", formulas: ["online_payment"]}
];
