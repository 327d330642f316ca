// All targets counted by the year they are due (null: no year), in year order, when no filter narrows them: the dated
// ones from the year index without reading a target (at 235,000 tasks 65,458 db hits where targets-count-by-year,
// which serves every filter, reads every target and its document: 1.5 million), the undated ones as the rest of the
// label's count. Every target is set by its document, so the rows are those of targets-count-by-year.
CALL () {
  MATCH (g:Target)
  WHERE g.year IS NOT NULL
  RETURN g.year AS year, count(*) AS count
}
WITH year, count ORDER BY year
WITH collect({year: year, count: count}) AS years
CALL () {
  MATCH (g:Target)
  RETURN count(g) AS total
}
WITH years, total - reduce(s = 0, y IN years | s + y.count) AS undated
UNWIND years + CASE WHEN undated > 0 THEN [{year: null, count: undated}] ELSE [] END AS row
RETURN row.year AS year, row.count AS count
