// How many transactions are running a query that contains the marker text.
SHOW TRANSACTIONS YIELD currentQuery
WHERE currentQuery CONTAINS $marker AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN count(*) AS running
