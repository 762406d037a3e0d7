// PAPI per province and year (papi dataset): observations.arrow + meta.json. See loaders/buildDataset.ts.
import {buildDataset} from "../../loaders/buildDataset.ts";
import {datasetArchive} from "../../loaders/datasetArchive.ts";
import {runLoader} from "../../loaders/io/runLoader.ts";

runLoader("papi.zip", async () => datasetArchive(await buildDataset("papi")));
