// How many targets a TargetFilter matches.
// include: targets-matching
RETURN count(g) AS count
