// Monthly indicators per commune (Arrow IPC): see loaders/observations.ts.
import {observationsToArrow} from "../../loaders/io/observationsToArrow.ts";
import {runLoader} from "../../loaders/io/runLoader.ts";
import {buildObservations} from "../../loaders/observations.ts";

runLoader("observations.arrow", async () => observationsToArrow((await buildObservations()).observations));
