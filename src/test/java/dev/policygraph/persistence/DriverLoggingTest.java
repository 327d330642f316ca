package dev.policygraph.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Logger;
import org.slf4j.LoggerFactory;

/**
 * The driver logs every Bolt message it sends at debug level, the statement's parameters in it. Its log must not
 * turn such a message into text when debug is off: with the driver's default log (System.Logger) every batch's
 * parameters, megabytes, were formatted on the connection's IO thread and thrown away.
 */
class DriverLoggingTest {

    private static final String NAME = "dev.policygraph.persistence.DriverLoggingTest.driver";

    private final ch.qos.logback.classic.Logger backend =
            (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(NAME);

    @AfterEach
    void reset() {
        backend.setLevel(null);
    }

    @Test
    void aMessageBelowTheLevelIsNotFormatted() {
        AtomicInteger formatted = new AtomicInteger();
        Object parameters = new Object() {
            @Override
            public String toString() {
                formatted.incrementAndGet();
                return "{rows: [...]}";
            }
        };
        Logger log = Database.driverConfig().logging().getLog(NAME);
        backend.setLevel(Level.INFO);
        log.debug("C: RUN %s", parameters);
        log.trace("C: RUN %s", parameters);
        assertThat(formatted).hasValue(0);

        backend.setLevel(Level.DEBUG);
        log.debug("C: RUN %s", parameters);
        assertThat(formatted).as("a message at a level that is on is still written").hasValue(1);
    }
}
