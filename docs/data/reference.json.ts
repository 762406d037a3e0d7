// Units, lineage, indicator catalogue and registered sources. See loaders/referenceJson.ts.
import {runLoader} from "../../loaders/io/runLoader.ts";
import {loadReference} from "../../loaders/reference/loadReference.ts";
import {referenceJson} from "../../loaders/referenceJson.ts";

runLoader("reference.json", async () => referenceJson(await loadReference()));
