import http from "node:http";
import { announceReady, databaseFromEnv, runChild } from "./child-control";
import { variablesOf, type PartnerVariables } from "./partner-query";
import { postgresPartnerNested } from "./raw-sql.postgres";
import { sqlitePartnerNested } from "./raw-sql.sqlite";

/**
 * The physical limit the hub is measured against: a bare node:http server that answers every
 * POST with `{"data": …}` for PartnerNested, the JSON text built by ONE prepared statement in the
 * database (bench/load/raw-sql.*.ts) and written out unparsed. It reads only the `variables` of
 * the request body (page sizes; the operation's defaults otherwise): the query text is the hub's
 * business. Started as a child process by bench/load/load.ts, so its memory is its own.
 */
runChild(async () => {
  const database = databaseFromEnv();
  let run: (v: PartnerVariables) => string | Promise<string>;
  if (database.type === "sqlite") run = sqlitePartnerNested(database.path).run;
  else run = postgresPartnerNested(database.url, database.poolSize).run;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      try {
        if (req.method !== "POST") throw Object.assign(new Error("POST a GraphQL request"), { status: 405 });
        let variables: PartnerVariables;
        try {
          variables = variablesOf(JSON.parse(Buffer.concat(chunks).toString("utf8")));
        } catch (error) {
          throw Object.assign(error as Error, { status: 400 });
        }
        const data = await run(variables);
        const body = `{"data":${data}}`;
        res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
        res.end(body);
      } catch (error) {
        const status = (error as { status?: number }).status ?? 500;
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
      }
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  announceReady((server.address() as { port: number }).port);
});
