package dev.policygraph.api;

/** The GraphQL TaskFilter input. */
record TaskFilterInput(String unit, String region, RoleInput role, String documentId, String text, Boolean orphan) {

    enum RoleInput { LEAD, CO_RESPONSIBLE, ANY }
}
