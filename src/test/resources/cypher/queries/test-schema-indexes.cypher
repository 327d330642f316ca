SHOW INDEXES YIELD name, type, options
RETURN name, type, options.indexConfig['fulltext.analyzer'] AS analyzer
