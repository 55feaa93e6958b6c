import { InitialSchema1795440233839 } from "./1795440233839-InitialSchema";
import { SearchIndex1795440300000 } from "./1795440300000-SearchIndex";
import { IndexForeignKeys1795443104748 } from "./1795443104748-IndexForeignKeys";
import { ParticipationByStateRole1796088332470 } from "./1796088332470-ParticipationByStateRole";
import { ActorNames1796089958845 } from "./1796089958845-ActorNames";
import { PlannedMeetings1796095000001 } from "./1796095000001-PlannedMeetings";
import { CitationStoredCopy1796095000002 } from "./1796095000002-CitationStoredCopy";
import { CrimesAndMechanisms1796095000003 } from "./1796095000003-CrimesAndMechanisms";
import { PartnersAndKeys1796095000004 } from "./1796095000004-PartnersAndKeys";
import { ChangeLog1796102734065 } from "./1796102734065-ChangeLog";
import { Publication1796107018171 } from "./1796107018171-Publication";

/** SQLite migrations, in order. */
export const SQLITE_MIGRATIONS = [InitialSchema1795440233839, SearchIndex1795440300000, IndexForeignKeys1795443104748, ParticipationByStateRole1796088332470, ActorNames1796089958845, PlannedMeetings1796095000001, CitationStoredCopy1796095000002, CrimesAndMechanisms1796095000003, PartnersAndKeys1796095000004, ChangeLog1796102734065, Publication1796107018171];
