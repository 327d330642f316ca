SHOW INDEXES YIELD name, type, options
RETURN name, type, coalesce(options.indexConfig['fulltext.analyzer'], '') AS analyzer
