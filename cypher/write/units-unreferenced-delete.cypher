// Units no task, document or other unit refers to any more. Run until it deletes nothing (parents go after children).
MATCH (n:Unit)
WHERE NOT (n)-[:LEADS|CO_RESPONSIBLE_FOR]->()
  AND NOT ()-[:ISSUED_BY]->(n)
  AND NOT ()-[:REPORTS_TO]->(n)
DETACH DELETE n
RETURN count(*) AS deleted
