// The communication plan's activities and target measurements (plan dataset): observations.arrow + meta.json. See loaders/datasets/plan.ts.
import {buildDataset} from "../../loaders/buildDataset.ts";
import {datasetArchive} from "../../loaders/datasetArchive.ts";
import {runLoader} from "../../loaders/io/runLoader.ts";

runLoader("plan.zip", async () => datasetArchive(await buildDataset("plan")));
