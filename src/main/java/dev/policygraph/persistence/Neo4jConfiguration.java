package dev.policygraph.persistence;

import dev.policygraph.config.PolicyGraphProperties;
import org.neo4j.ogm.drivers.bolt.driver.BoltDriver;
import org.neo4j.ogm.session.SessionFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The query files, the database opened on them ({@link Database} says in which order), and OGM on top. */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {

    static final String ENTITY_PACKAGE = "dev.policygraph.graph";

    @Bean
    CypherQueries cypherQueries() {
        return new CypherQueries();
    }

    @Bean(destroyMethod = "close")
    Database database(PolicyGraphProperties properties, CypherQueries queries) {
        return Database.open(properties.neo4j(), queries);
    }

    /** OGM over the same driver; the database, not OGM, closes the driver. */
    @Bean(destroyMethod = "")
    SessionFactory sessionFactory(Database database) {
        return new SessionFactory(new BoltDriver(database.driver()), ENTITY_PACKAGE);
    }
}
