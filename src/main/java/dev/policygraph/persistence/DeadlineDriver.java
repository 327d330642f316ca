package dev.policygraph.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/**
 * The driver as the application uses it: every transaction that a {@link Session} of it begins (explicit, managed or
 * auto-commit, and those OGM begins on it) while the thread has a {@link QueryDeadline} gets the time left as its
 * timeout, so Neo4j cancels it when the time is up; the driver's timeout error becomes a
 * {@link QueryTimeoutException}. Without a deadline, calls pass through unchanged.
 */
final class DeadlineDriver {

    private DeadlineDriver() {
    }

    static Driver wrap(Driver driver) {
        return proxy(Driver.class, driver, (target, method, args) -> {
            Object result = call(target, method, args);
            return result instanceof Session session ? wrap(session) : result;
        });
    }

    static Session wrap(Session session) {
        return proxy(Session.class, session, (target, method, args) -> {
            Class<?>[] types = method.getParameterTypes();
            int config = Arrays.asList(types).indexOf(TransactionConfig.class);
            Method withConfig = config >= 0 ? null : withConfig(method);
            if (QueryDeadline.get() == null || (config < 0 && withConfig == null)) {
                return call(target, method, args);
            }
            Duration left = QueryDeadline.remaining();
            if (config >= 0) {
                Object[] bounded = args.clone();
                bounded[config] = withTimeout((TransactionConfig) args[config], left);
                return translated(target, method, bounded);
            }
            Object[] bounded = Arrays.copyOf(args == null ? new Object[0] : args, types.length + 1);
            bounded[types.length] = withTimeout(TransactionConfig.empty(), left);
            return translated(target, withConfig, bounded);
        });
    }

    /** The overload of a session method that also takes a TransactionConfig: executeRead(callback, config) ... */
    private static @Nullable Method withConfig(Method method) {
        Class<?>[] types = Arrays.copyOf(method.getParameterTypes(), method.getParameterCount() + 1);
        types[types.length - 1] = TransactionConfig.class;
        try {
            return Session.class.getMethod(method.getName(), types);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static TransactionConfig withTimeout(TransactionConfig config, Duration left) {
        Duration timeout = config.timeout() == null || config.timeout().compareTo(left) > 0 ? left : config.timeout();
        return TransactionConfig.builder().withMetadata(config.metadata()).withTimeout(timeout).build();
    }

    private static Object translated(Object target, Method method, Object[] args) throws Throwable {
        try {
            return call(target, method, args);
        } catch (RuntimeException e) {
            throw QueryDeadline.translate(e);
        }
    }

    private static Object call(Object target, Method method, Object @Nullable [] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private interface Handler {
        Object handle(Object target, Method method, Object @Nullable [] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> type.getSimpleName() + " with deadlines over " + target;
                };
            }
            return handler.handle(target, method, args);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
    }
}
