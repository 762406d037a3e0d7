// The small dataset / fetches (issue #13): present units, latest month, year to date. See loaders/overview/.
import {runLoader} from "../../loaders/io/runLoader.ts";
import {overviewBuild} from "../../loaders/overview/overviewBuild.ts";
import {overviewJson} from "../../loaders/overview/overviewJson.ts";

runLoader("overview.json", async () => overviewJson(await overviewBuild(".", {cards: false})));
