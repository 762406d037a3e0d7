// Units, lineage, indicator catalogue and provenance (JSON): see loaders/meta.ts.
import {runLoader} from "../../loaders/io/runLoader.ts";
import {buildMeta} from "../../loaders/meta.ts";
import {buildObservations} from "../../loaders/observations.ts";

runLoader("meta.json", async () => buildMeta(await buildObservations()));
