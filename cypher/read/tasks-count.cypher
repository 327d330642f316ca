// How many tasks a filter matches (asked only when a client selects totalCount or a count).
// include: tasks-matching
RETURN count(t) AS count
