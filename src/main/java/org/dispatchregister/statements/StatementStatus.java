package org.dispatchregister.statements;

/** A statement is drafted, then issued (which gives it its reference number). */
public enum StatementStatus {
    DRAFT, ISSUED
}
