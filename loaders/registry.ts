// The one place sources and datasets are registered. To add a source: write a module in
// loaders/sources/ (copy loaders/sources/_template.ts), add it to SOURCES, and — for a new
// dataset — add the dataset here and a two-line wrapper docs/data/<dataset>.arrow.ts.
import {tthcDataset} from "./datasets/tthc.ts";
import type {Dataset, Source} from "./sources/source.ts";
import {tthcReport} from "./sources/tthcReport.ts";

export const DATASETS: readonly Dataset[] = [tthcDataset];

/** In order of preference when a file could be read by several (first match wins). */
export const SOURCES: readonly Source[] = [tthcReport];
