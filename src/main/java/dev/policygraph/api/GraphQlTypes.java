package dev.policygraph.api;

import dev.policygraph.analysis.DuplicateReason;
import dev.policygraph.graph.Comparator;
import dev.policygraph.graph.Role;
import dev.policygraph.graph.TaskKind;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.TypeRuntimeWiring;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The schema's enums are the model's Java enums (each GraphQL value is a Java constant, so arguments arrive as enum
 * constants and results go out by value); {@code Date} is an ISO-8601 calendar date (2022-11-04) as a LocalDate.
 */
@Component
class GraphQlTypes implements RuntimeWiringConfigurer {

    static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A calendar date in ISO-8601 form, e.g. 2022-11-04.")
            .coercing(new DateCoercing())
            .build();

    @Override
    public void configure(graphql.schema.idl.RuntimeWiring.Builder wiring) {
        wiring.scalar(DATE);
        wiring.type(enumType("TaskKind", TaskKind.class, TaskKind::code));
        wiring.type(enumType("Role", Role.class, Role::name));
        wiring.type(enumType("Comparator", Comparator.class, Comparator::name));
        wiring.type(enumType("DuplicateReason", DuplicateReason.class, DuplicateReason::name));
    }

    /** The GraphQL enum {@code name} with a value for each constant of {@code type}, named by {@code valueName}. */
    private static <E extends Enum<E>> TypeRuntimeWiring enumType(String name, Class<E> type,
                                                                  Function<E, String> valueName) {
        return TypeRuntimeWiring.newTypeWiring(name).enumValues(value -> {
            for (E constant : type.getEnumConstants()) {
                if (valueName.apply(constant).equals(value)) {
                    return constant;
                }
            }
            throw new IllegalStateException("GraphQL enum " + name + " has value " + value + " that "
                    + type.getName() + " lacks");
        }).build();
    }

    private static final class DateCoercing implements Coercing<LocalDate, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof LocalDate date) {
                return date.toString();
            }
            throw new CoercingSerializeException("Not a date: " + value);
        }

        @Override
        public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                return parse(text, CoercingParseValueException::new);
            }
            throw new CoercingParseValueException("A Date is a string such as 2022-11-04, not " + input);
        }

        @Override
        public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                      Locale locale) {
            if (input instanceof StringValue text) {
                return parse(text.getValue(), CoercingParseLiteralException::new);
            }
            throw new CoercingParseLiteralException("A Date is a string such as 2022-11-04");
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(serialize(input, context, locale));
        }

        private static <X extends RuntimeException> LocalDate parse(String text, Function<String, X> error) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error.apply("Not an ISO-8601 date (yyyy-MM-dd): " + text);
            }
        }
    }
}
