// PAR INDEX and SIPAS per province and year (par dataset): observations.arrow + meta.json. See loaders/buildDataset.ts.
import {buildDataset} from "../../loaders/buildDataset.ts";
import {datasetArchive} from "../../loaders/datasetArchive.ts";
import {runLoader} from "../../loaders/io/runLoader.ts";

runLoader("par.zip", async () => datasetArchive(await buildDataset("par")));
