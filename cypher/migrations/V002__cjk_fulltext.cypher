// Full-text search over task titles and texts with the CJK analyzer (bigrams), used by tasks(filter: {text}).
CREATE FULLTEXT INDEX cjk IF NOT EXISTS FOR (n:Task) ON EACH [n.title, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
