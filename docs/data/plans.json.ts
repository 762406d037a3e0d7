// Every year's communication plan (data/plan/<year>/), validated, for the /plan page. See loaders/plan/loadPlan.ts.
import {runLoader} from "../../loaders/io/runLoader.ts";
import {loadPlans} from "../../loaders/plan/loadPlan.ts";

runLoader("plans.json", async () => JSON.stringify(await loadPlans("."), null, 1) + "\n");
