// DDCI scores per district and department and year (ddci dataset): observations.arrow + meta.json + classifications.json.
import {buildDataset} from "../../loaders/buildDataset.ts";
import {ddciArchive} from "../../loaders/ddci/ddciArchive.ts";
import {ddciClassifications} from "../../loaders/ddci/ddciClassifications.ts";
import {runLoader} from "../../loaders/io/runLoader.ts";
import {loadReference} from "../../loaders/reference/loadReference.ts";

runLoader("ddci.zip", async () => {
  const reference = await loadReference();
  const build = await buildDataset("ddci", ".", reference);
  return ddciArchive(build, await ddciClassifications(build, reference));
});
