package dev.policygraph;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The tests' clock: 2025-06-15 at noon in Shanghai unless a test sets another day (and sets it back). Only the day
 * is fixed: instants still advance, so the audit journal keeps its order.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock extends Clock {

    public static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static volatile LocalDate today = TODAY;
    private static final long STARTED = System.nanoTime();

    /** Makes the clock say it is {@code day} (at noon). */
    public static void setToday(LocalDate day) {
        today = day;
    }

    public static void reset() {
        today = TODAY;
    }

    @Bean
    @Primary
    Clock testClock() {
        return this;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return today.atTime(12, 0).atZone(ZONE).toInstant().plusNanos(System.nanoTime() - STARTED);
    }
}
