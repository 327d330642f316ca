package dev.policygraph.api;

import dev.policygraph.persistence.QueryTimeoutException;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Client mistakes come back as BAD_REQUEST errors with their message, and so does a request that ran out of time
 * ({@link QueryTimeoutException}: ask for less); anything else stays an internal error.
 */
@Component
class ApiExceptions extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        String message;
        if (ex instanceof InvalidRequestException) {
            message = ex.getMessage();
        } else if (ex instanceof QueryTimeoutException) {
            message = "The query ran out of time and was cancelled (policygraph.graphql.timeout): " + ex.getMessage()
                    + "; ask for less";
        } else {
            return null;
        }
        return GraphQLError.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(message)
                .path(env.getExecutionStepInfo().getPath())
                .location(env.getField().getSourceLocation())
                .build();
    }
}
