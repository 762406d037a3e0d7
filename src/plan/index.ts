// The plan tracker's browser surface, re-exported by src/index.ts (docs/lib/cchc.js). The
// zod-based parseSchedule and the report parsers stay out: loaders use them, pages do not.
export {activitiesFromObservations} from "./activitiesFromObservations.ts";
export {agencyLedger, type AgencyLedgerEntry, type LedgerItem} from "./agencyLedger.ts";
export {combineStatus} from "./combineStatus.ts";
export {defaultPlanYear} from "./defaultPlanYear.ts";
export {dutyMatrix, type DutyCell, type DutyMatrixRow} from "./dutyMatrix.ts";
export {dutyProgress, type DutyProgress, type Evidence, type SlotStatus, type UnitDutyProgress} from "./dutyProgress.ts";
export {formatEvidence} from "./formatEvidence.ts";
export {measurementsFromObservations} from "./measurementsFromObservations.ts";
export {monthEnded} from "./monthEnded.ts";
export {monthlyActivity, type MonthlyActivity, type MonthlyActivityRow} from "./monthlyActivity.ts";
export {planAsOf} from "./planAsOf.ts";
export {planCommunes} from "./planCommunes.ts";
export {planDuties} from "./planDuties.ts";
export {planQuarters} from "./planQuarters.ts";
export {planTaskTable, type PlanDutyRow, type PlanTaskRow} from "./planTaskTable.ts";
export {activityIndicatorId, PLAN_INDICATORS, PLAN_TARGET_INDICATOR} from "./planIndicators.ts";
export type {
  Plan,
  PlanActivity,
  PlanAgency,
  PlanDuty,
  PlanMeasurement,
  PlanPeak,
  PlanTarget,
  PlanTask,
  PlanTaskItem,
  ProductType,
  ProgressStatus,
  Schedule,
  SchedulePer,
  TargetMeasure
} from "./planTypes.ts";
export {PRODUCT_TYPES, type ProductTypeInfo} from "./productTypes.ts";
export {resolvePlanAsOf} from "./resolvePlanAsOf.ts";
export {targetAttainment, type MeasureResult, type TargetAttainment, type UnitAttainment} from "./targetAttainment.ts";
export {targetSeries, type TargetQuarter} from "./targetSeries.ts";
export {targetsByUnit, type TargetCell, type TargetCellState, type TargetsByUnitRow} from "./targetsByUnit.ts";
export {taskProgress, type ItemProgress, type TaskProgress} from "./taskProgress.ts";
