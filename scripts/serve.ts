/** `npm run serve [-- --port N]`: serves the built site (dist/) on 127.0.0.1 with the site's security headers. */
import {parseArgs} from "node:util";
import {serveDirectory} from "./staticServer.ts";

const {values} = parseArgs({options: {port: {type: "string", default: "3000"}}});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`serve: error: --port "${values.port}" — expected a port number from 0 to 65535\n`);
  process.exit(1);
}
const server = await serveDirectory("dist", port);
process.stdout.write(`serve: dist/ at ${server.url}/ (Ctrl-C to stop)\n`);
process.on("SIGINT", () => void server.close().then(() => process.exit(0)));
