import { InitialSchema1795440233839 } from "./1795440233839-InitialSchema";
import { SearchIndex1795440300000 } from "./1795440300000-SearchIndex";
import { IndexForeignKeys1795443104748 } from "./1795443104748-IndexForeignKeys";
import { ParticipationByStateRole1796088332470 } from "./1796088332470-ParticipationByStateRole";
import { ActorNames1796089958845 } from "./1796089958845-ActorNames";
import { PlannedMeetings1796200000002 } from "./1796200000002-PlannedMeetings";
import { CitationStoredCopy1796200000003 } from "./1796200000003-CitationStoredCopy";
import { CrimesAndMechanisms1796200007777 } from "./1796200007777-CrimesAndMechanisms";

/** SQLite migrations, in order. */
export const SQLITE_MIGRATIONS = [InitialSchema1795440233839, SearchIndex1795440300000, IndexForeignKeys1795443104748, ParticipationByStateRole1796088332470, ActorNames1796089958845, PlannedMeetings1796200000002, CitationStoredCopy1796200000003, CrimesAndMechanisms1796200007777];
