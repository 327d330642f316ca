package dev.policygraph.persistence;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.ogm.drivers.bolt.driver.BoltDriver;
import org.neo4j.ogm.session.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Neo4j driver, the OGM session factory on top of it, and the embedded server when no URI is given. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Neo4jSettings.class)
class Neo4jConfiguration {

    static final String ENTITY_PACKAGE = "dev.policygraph.graph";

    /** Null when an external server is configured. */
    @Bean(destroyMethod = "close")
    EmbeddedNeo4jHolder embeddedNeo4j(Neo4jSettings settings) {
        return settings.embedded()
                ? new EmbeddedNeo4jHolder(EmbeddedNeo4j.start(settings.dataDirectory(), settings.boltPort()))
                : new EmbeddedNeo4jHolder(null);
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(Neo4jSettings settings, EmbeddedNeo4jHolder embedded) {
        if (embedded.server() != null) {
            return GraphDatabase.driver(embedded.server().boltUri(), AuthTokens.none());
        }
        AuthToken auth = settings.username() == null || settings.username().isBlank()
                ? AuthTokens.none()
                : AuthTokens.basic(settings.username(), settings.password() == null ? "" : settings.password());
        Driver driver = GraphDatabase.driver(settings.uri(), auth);
        driver.verifyConnectivity();
        return driver;
    }

    @Bean
    GraphSchema graphSchema(Driver driver, CypherQueries queries) {
        GraphSchema schema = new GraphSchema(new Migrations(driver, queries));
        schema.apply();
        return schema;
    }

    @Bean(destroyMethod = "close")
    SessionFactory sessionFactory(Driver driver, GraphSchema schema) {
        return new SessionFactory(new BoltDriver(driver), ENTITY_PACKAGE);
    }

    record EmbeddedNeo4jHolder(EmbeddedNeo4j server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
