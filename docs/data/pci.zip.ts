// PCI per province and year (pci dataset): observations.arrow + meta.json. See loaders/buildDataset.ts.
import {buildDataset} from "../../loaders/buildDataset.ts";
import {datasetArchive} from "../../loaders/datasetArchive.ts";
import {runLoader} from "../../loaders/io/runLoader.ts";

runLoader("pci.zip", async () => datasetArchive(await buildDataset("pci")));
