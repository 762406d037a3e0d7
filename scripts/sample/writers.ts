// Every dataset's sample writer, run in this order by `npm run sample-data`.
import {tthcReportsSample} from "./tthcReportsSample.ts";
import type {SampleWriter} from "./sampleWriter.ts";

export const SAMPLE_WRITERS: readonly SampleWriter[] = [tthcReportsSample];
