import { InitialSchema1795441016453 } from "./1795441016453-InitialSchema";
import { SearchIndex1795441100000 } from "./1795441100000-SearchIndex";
import { IndexForeignKeys1795443105876 } from "./1795443105876-IndexForeignKeys";
import { ParticipationByStateRole1796088333150 } from "./1796088333150-ParticipationByStateRole";
import { ActorNames1796089959357 } from "./1796089959357-ActorNames";
import { PlannedMeetings1796095000001 } from "./1796095000001-PlannedMeetings";
import { CitationStoredCopy1796095000002 } from "./1796095000002-CitationStoredCopy";
import { CrimesAndMechanisms1796095000003 } from "./1796095000003-CrimesAndMechanisms";
import { PartnersAndKeys1796095000004 } from "./1796095000004-PartnersAndKeys";
import { ChangeLog1796102734857 } from "./1796102734857-ChangeLog";
import { Publication1796107019439 } from "./1796107019439-Publication";

/** PostgreSQL migrations, in order. */
export const POSTGRES_MIGRATIONS = [InitialSchema1795441016453, SearchIndex1795441100000, IndexForeignKeys1795443105876, ParticipationByStateRole1796088333150, ActorNames1796089959357, PlannedMeetings1796095000001, CitationStoredCopy1796095000002, CrimesAndMechanisms1796095000003, PartnersAndKeys1796095000004, ChangeLog1796102734857, Publication1796107019439];
