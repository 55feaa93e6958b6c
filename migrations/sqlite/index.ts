import { InitialSchema1795440233839 } from "./1795440233839-InitialSchema";

/** SQLite migrations, in order. */
export const SQLITE_MIGRATIONS = [InitialSchema1795440233839];
