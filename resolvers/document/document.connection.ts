import { Document } from "../../entities/document.entity";
import { ConnectionType } from "../../src/pagination/connection.type";

export const DocumentConnection = ConnectionType(Document, "Document", "documents");
