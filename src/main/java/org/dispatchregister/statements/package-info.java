/**
 * Statements: the outgoing documents (public statements, appeals, notes verbales, letters, reports),
 * their kinds, reference numbers given on issue, and attached files (signed copies, annexes).
 */
package org.dispatchregister.statements;
