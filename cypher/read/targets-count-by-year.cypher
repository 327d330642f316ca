// The targets a TargetFilter matches, counted by the year they are due (null: no year), in year order.
// include: targets-matching
RETURN g.year AS year, count(*) AS count
ORDER BY year
