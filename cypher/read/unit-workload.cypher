// How much each unit carries: tasks it leads, tasks it shares, and how many of those are overdue on $today.
UNWIND $keys AS key
MATCH (u:Unit {id: key})
RETURN key,
       COUNT { (u)-[:LEADS]->(:Task) } AS leads,
       COUNT { (u)-[:CO_RESPONSIBLE_FOR]->(:Task) } AS coResponsible,
       COUNT { MATCH (u)-[:LEADS|CO_RESPONSIBLE_FOR]->(t:Task) WHERE t.overdueFrom <= $today RETURN DISTINCT t }
         AS overdue
