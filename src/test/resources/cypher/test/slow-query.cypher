// A query that runs for minutes unless it is cancelled: counts nothing out of three billion numbers.
WITH 'slow-probe' AS marker
UNWIND range(1, 3000000000) AS i
WITH marker, i
WHERE i < 0
RETURN count(i) AS n
