package dev.policygraph.api;

import dev.policygraph.analysis.DuplicateReason;
import dev.policygraph.analysis.Scope;
import dev.policygraph.analysis.TaskSearch;
import dev.policygraph.graph.ChangeAction;
import dev.policygraph.graph.Comparator;
import dev.policygraph.graph.DueKind;
import dev.policygraph.graph.ProgressStatus;
import dev.policygraph.graph.Role;
import dev.policygraph.graph.SimilarityKind;
import dev.policygraph.graph.TaskKind;
import dev.policygraph.region.RegionLevel;
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

    /** An instant as the audit journal keeps it: ISO-8601 text in UTC. */
    static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("An instant in ISO-8601 form, UTC.")
            .coercing(new Coercing<String, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof String || value instanceof java.time.Instant) {
                        return value.toString();
                    }
                    throw new CoercingSerializeException("Not an instant: " + value);
                }
            })
            .build();

    /** A file of a multipart request; it can only arrive as a variable (see {@link MultipartGraphQl}). */
    static final GraphQLScalarType UPLOAD = GraphQLScalarType.newScalar()
            .name("Upload")
            .description("A file sent as a part of a multipart request.")
            .coercing(new Coercing<Upload, Void>() {
                @Override
                public Upload parseValue(Object input, GraphQLContext context, Locale locale) {
                    if (input instanceof Upload upload) {
                        return upload;
                    }
                    throw new CoercingParseValueException("An Upload is a file part of a multipart request "
                            + "(operations, map, and the file)");
                }

                @Override
                public Upload parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                           Locale locale) {
                    throw new CoercingParseLiteralException("An Upload can only be given as a variable");
                }
            })
            .build();

    @Override
    public void configure(graphql.schema.idl.RuntimeWiring.Builder wiring) {
        wiring.scalar(DATE);
        wiring.scalar(DATE_TIME);
        wiring.scalar(UPLOAD);
        wiring.type(enumType("ProgressStatus", ProgressStatus.class, ProgressStatus::name));
        wiring.type(enumType("DueKind", DueKind.class, DueKind::name));
        wiring.type(enumType("TaskSort", TaskSearch.Sort.class, TaskSearch.Sort::name));
        wiring.type(enumType("UnitOrder", QueryController.UnitOrder.class, QueryController.UnitOrder::name));
        wiring.type(enumType("ChangeAction", ChangeAction.class, ChangeAction::name));
        wiring.type(enumType("TaskKind", TaskKind.class, TaskKind::code));
        wiring.type(enumType("Role", Role.class, Role::name));
        wiring.type(enumType("Comparator", Comparator.class, Comparator::name));
        wiring.type(enumType("DuplicateReason", DuplicateReason.class, DuplicateReason::name));
        wiring.type(enumType("SimilarityKind", SimilarityKind.class, SimilarityKind::name));
        wiring.type(enumType("Scope", Scope.class, Scope::name));
        wiring.type(enumType("RegionLevel", RegionLevel.class, RegionLevel::name));
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
