import { it } from "vitest";
import { startTestHub } from "./support/test-server";
it("x", async () => {
  const hub = await startTestHub();
  console.log(await hub.ds.query(`SELECT e.subject_type, e.title, -bm25(search_fts, 10.0, 1.0) AS total, -bm25(search_fts,1.0,0.0) AS ti, -bm25(search_fts,0.0,1.0) AS bo FROM search_fts JOIN search_entry e ON e.id=search_fts.rowid WHERE search_fts MATCH '"ljubljana"*' ORDER BY 3 DESC`));
  await hub.close();
});
