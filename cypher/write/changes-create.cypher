// $rows: one per Change (see persistence.ChangeRow): the audit journal, written in the transaction of the write it
// records. Changes are only ever created.
UNWIND $rows AS r
CREATE (c:Change)
SET c = r
