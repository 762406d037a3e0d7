// Every dataset's sample writer, run in this order by `npm run sample-data`.
import {ddciSample} from "./ddciSample.ts";
import {planSample} from "./planSample.ts";
import {qd766Sample} from "./qd766Sample.ts";
import {tthcDossiersSample} from "./tthcDossiersSample.ts";
import {tthcReportsSample} from "./tthcReportsSample.ts";
import type {SampleWriter} from "./sampleWriter.ts";

export const SAMPLE_WRITERS: readonly SampleWriter[] = [tthcReportsSample, tthcDossiersSample, ddciSample, planSample, qd766Sample];
