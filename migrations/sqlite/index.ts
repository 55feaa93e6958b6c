import { InitialSchema1795440233839 } from "./1795440233839-InitialSchema";
import { SearchIndex1795440300000 } from "./1795440300000-SearchIndex";

/** SQLite migrations, in order. */
export const SQLITE_MIGRATIONS = [InitialSchema1795440233839, SearchIndex1795440300000];
