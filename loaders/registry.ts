// The one place sources and datasets are registered: `npm run new-source -- <id> [--dataset <id>]
// [--level province|district|commune]` writes a source from loaders/sources/_template.ts, its
// dataset (loaders/datasets/<id>.ts) and wrapper (docs/data/<id>.zip.ts) when new, a test, and
// adds them here. Everything else follows from these two lists: the build publishes every
// dataset (docs/lib/datasets.js, see loaders/datasetPages.ts), /explore and /methodology list
// them, reference.json carries sources and their indicators; test/loaders/registry.test.ts
// names any spot a dataset is missing from.
import {ddciDataset} from "./datasets/ddci.ts";
import {papiDataset} from "./datasets/papi.ts";
import {parDataset} from "./datasets/par.ts";
import {pciDataset} from "./datasets/pci.ts";
import {planDataset} from "./datasets/plan.ts";
import {qd766Dataset} from "./datasets/qd766.ts";
import {tthcDataset} from "./datasets/tthc.ts";
import type {Dataset, Source} from "./sources/source.ts";
import {ddciTable} from "./sources/ddciTable.ts";
import {papiLong} from "./sources/papiLong.ts";
import {parSipas} from "./sources/parSipas.ts";
import {pciProfile} from "./sources/pciProfile.ts";
import {pciTidy} from "./sources/pciTidy.ts";
import {pciVcci} from "./sources/pciVcci.ts";
import {planMeasurements} from "./sources/planMeasurements.ts";
import {planReports} from "./sources/planReports.ts";
import {qd766Scores} from "./sources/qd766Scores.ts";
import {tthcDossiers} from "./sources/tthcDossiers.ts";
import {tthcReport} from "./sources/tthcReport.ts";
import {papiPress} from "./sources/papiPress.ts";


export const DATASETS: readonly Dataset[] = [tthcDataset, ddciDataset, pciDataset, papiDataset, parDataset, planDataset, qd766Dataset];

/** In order of preference when a file could be read by several (first match wins). */
// tthcDossiers before tthcReport: a dossier export's header ("Đơn vị tiếp nhận", "Ngày tiếp nhận") also passes tthcReport.detect
// qd766Scores before ddciTable: "Công khai, minh bạch" + "Tổng điểm" also pass ddciTable.detect
export const SOURCES: readonly Source[] = [tthcDossiers, tthcReport, qd766Scores, ddciTable, pciProfile, pciTidy, pciVcci, papiLong, parSipas, planReports, planMeasurements, papiPress];
