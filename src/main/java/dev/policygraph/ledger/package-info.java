/**
 * The supervision office's ledger (台账): one row per task with its lead and co-responsible units, deadline, last
 * progress and status, for a plan, a unit or any task filter, written as XLSX or CSV (CLI {@code export} and
 * {@code GET /export/ledger.xlsx|csv}).
 */
@NullMarked
package dev.policygraph.ledger;

import org.jspecify.annotations.NullMarked;
