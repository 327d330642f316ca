// $rows: {node: the Document's properties}
UNWIND $rows AS r
CREATE (d:Document)
SET d = r.node
