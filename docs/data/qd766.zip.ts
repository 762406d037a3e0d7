// QĐ 766 service index (qd766 dataset): published scores (observations.arrow, meta.json, tables.json) and our reckoning from dossier exports (estimate.json).
import {buildDataset} from "../../loaders/buildDataset.ts";
import {runLoader} from "../../loaders/io/runLoader.ts";
import {qd766Reckoning} from "../../loaders/qd766/dossierReckoning.ts";
import {qd766Archive} from "../../loaders/qd766/qd766Archive.ts";
import {qd766Tables} from "../../loaders/qd766/qd766Tables.ts";
import {loadReference} from "../../loaders/reference/loadReference.ts";

runLoader("qd766.zip", async () => {
  const reference = await loadReference();
  const build = await buildDataset("qd766", ".", reference);
  return qd766Archive(build, await qd766Tables(build, reference), await qd766Reckoning(reference));
});
