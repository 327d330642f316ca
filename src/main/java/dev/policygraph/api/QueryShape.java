package dev.policygraph.api;

import dev.policygraph.config.PolicyGraphProperties;
import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The size of a request, checked before anything is parsed or fetched: the length of the query text and of the
 * variables (the parser's own size limit does not see variables), and once the query is parsed, how many fields it
 * selects and how many of them are aliased (500 aliases of one field cost 500 times that field). Mutations may carry
 * larger variables (a document's text): they are bounded by the request size only.
 */
final class QueryShape extends SimplePerformantInstrumentation {

    private final PolicyGraphProperties.Graphql limits;

    QueryShape(PolicyGraphProperties.Graphql limits) {
        this.limits = limits;
    }

    @Override
    public @Nullable InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters p,
                                                                           InstrumentationState state) {
        String query = p.getQuery();
        if (query != null && query.length() > limits.maxDocumentChars()) {
            throw QueryLimits.refusal("The query text has " + query.length() + " characters, more than the "
                    + limits.maxDocumentChars() + " allowed (policygraph.graphql.max-document-chars)");
        }
        return null;
    }

    @Override
    public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters p, InstrumentationState state) {
        ExecutionContext context = p.getExecutionContext();
        if (context.getOperationDefinition().getOperation() != OperationDefinition.Operation.MUTATION) {
            long chars = chars(context.getExecutionInput().getRawVariables().toMap(), limits.maxVariablesChars());
            if (chars > limits.maxVariablesChars()) {
                throw QueryLimits.refusal("The variables have more than " + limits.maxVariablesChars()
                        + " characters, the most a query may send (policygraph.graphql.max-variables-chars)");
            }
        }
        int[] fieldsAndAliases = QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getOperationDefinition().getName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .reducePreOrder((QueryVisitorFieldEnvironment env, int[] acc) -> {
                    acc[0]++;
                    if (env.getField().getAlias() != null) {
                        acc[1]++;
                    }
                    return acc;
                }, new int[2]);
        if (fieldsAndAliases[1] > limits.maxAliases()) {
            throw QueryLimits.refusal("The query has " + fieldsAndAliases[1] + " aliased fields, more than the "
                    + limits.maxAliases() + " allowed (policygraph.graphql.max-aliases)");
        }
        if (fieldsAndAliases[0] > limits.maxFields()) {
            throw QueryLimits.refusal("The query selects " + fieldsAndAliases[0] + " fields, more than the "
                    + limits.maxFields() + " allowed (policygraph.graphql.max-fields)");
        }
        return null;
    }

    /** The characters of names and values in the variables, counted no further than just past {@code max}. */
    static long chars(@Nullable Object value, long max) {
        if (value instanceof Map<?, ?> map) {
            long n = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                n += String.valueOf(e.getKey()).length() + chars(e.getValue(), max - n);
                if (n > max) {
                    return n;
                }
            }
            return n;
        }
        if (value instanceof Iterable<?> list) {
            long n = 0;
            for (Object item : list) {
                n += 1 + chars(item, max - n);
                if (n > max) {
                    return n;
                }
            }
            return n;
        }
        return value == null ? 4 : String.valueOf(value).length();
    }
}
