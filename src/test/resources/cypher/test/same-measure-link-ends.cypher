// Every SAME_MEASURE link by its tasks and their documents ({a, b, aDocument, bDocument}), as same-measure-scope takes
// them.
MATCH (da:Document)-[:HAS_TASK]->(a:Task)-[:SAME_MEASURE]->(b:Task)<-[:HAS_TASK]-(db:Document)
RETURN a.id AS a, b.id AS b, da.id AS aDocument, db.id AS bDocument
ORDER BY a, b
