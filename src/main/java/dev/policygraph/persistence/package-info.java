/**
 * Neo4j and nothing else: start-up (embedded server or driver, query files, migrations, in that order), OGM reads
 * and saves of entities, driver reads mapped to records, and bulk writes of whole documents.
 */
@NullMarked
package dev.policygraph.persistence;

import org.jspecify.annotations.NullMarked;
