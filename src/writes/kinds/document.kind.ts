import { Document } from "../../../entities/document.entity";
import { registerImportableKind } from "../importable-kinds";
import { importRecord } from "./record-import";
import { registerWritableKind } from "../writable-kinds";
import { createDocument, documentScope } from "./document.writer";
import { readDocument } from "./document.fields";

/**
 * Documents as a kind partners write: publish/retract/visibility through the generic mutations
 * (scope: see documentScope), and whole documents imported as JSON records with the fields of
 * `CreateDocumentInput` (authors, passages and sources included). Not tabular: no CSV form.
 */
registerWritableKind<Document>({ typeName: "Document", entity: Document, scopeOf: documentScope });

registerImportableKind({
  name: "document",
  check(problems, record) {
    readDocument(problems, record, true);
  },
  async create(tx, problems, record) {
    return importRecord("Document", () => createDocument(tx, problems, record));
  },
});
