package dev.policygraph.api;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import java.util.Map;

/**
 * The estimated cost of a field: 1 plus the cost of what it selects, times the number of items it may return when
 * it is a list or a page. A field with a {@code first} or {@code limit} argument returns that many (no more than a
 * page may hold), and the list of edges under it counts once; any other list is taken to have
 * {@code defaultListSize} items. So with lists of 5, {@code units { leads { leads { id } } } } costs 5 × (1 + 5 × (1 + 5 × 2)) = 280.
 * Introspection (GraphiQL's schema query) counts its fields once each: its size is the schema's. Costs saturate
 * just above the maximum, so no sum overflows.
 */
final class ListSizeComplexity implements FieldComplexityCalculator {

    private final int defaultListSize;
    private final int maxPage;
    private final int ceiling;

    ListSizeComplexity(int defaultListSize, int maxPage, int maxComplexity) {
        this.defaultListSize = defaultListSize;
        this.maxPage = maxPage;
        this.ceiling = maxComplexity + 1;
    }

    @Override
    public int calculate(FieldComplexityEnvironment env, int childComplexity) {
        long cost = (long) items(env) * (1L + childComplexity);
        return (int) Math.min(cost, ceiling);
    }

    private int items(FieldComplexityEnvironment env) {
        if (env.getField().getName().startsWith("__") || env.getParentType().getName().startsWith("__")) {
            return 1;
        }
        Integer size = pageSize(env.getArguments());
        if (size != null) {
            return Math.max(1, Math.min(size, maxPage));
        }
        if (!isList(env.getFieldDefinition().getType())) {
            return 1;
        }
        FieldComplexityEnvironment parent = env.getParentEnvironment();
        return parent != null && pageSize(parent.getArguments()) != null ? 1 : defaultListSize;
    }

    private static Integer pageSize(Map<String, Object> arguments) {
        for (String name : new String[] {"first", "limit"}) {
            if (arguments.get(name) instanceof Number n) {
                return (int) Math.min(Integer.MAX_VALUE, Math.max(0, n.longValue()));
            }
        }
        return null;
    }

    private static boolean isList(GraphQLType type) {
        GraphQLType t = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        return t instanceof GraphQLList;
    }
}
