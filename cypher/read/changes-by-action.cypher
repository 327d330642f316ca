// Every change of these actions, in the order they were made (the corrections of units hold for every document).
MATCH (c:Change)
WHERE c.action IN $actions
RETURN c
ORDER BY c.at
