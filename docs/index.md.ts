// The overview page (/), written at build time: the title, the sentence of what changed, who has
// not reported and the headline cards are static HTML in both languages (readable before any
// script runs); the charts below are ```js blocks reading the small data/overview.json.
import {runLoader} from "../loaders/io/runLoader.ts";
import {overviewBuild} from "../loaders/overview/overviewBuild.ts";
import {overviewPage} from "../loaders/overview/overviewPage.ts";

runLoader("index.md", async () => overviewPage(await overviewBuild()));
