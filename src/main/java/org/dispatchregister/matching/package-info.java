/**
 * Distribution matcher and statement import: reads the "The statement was sent to …" paragraph
 * staff used to retype as a list of recipients, and proposes the register's bodies for it; reads a
 * pasted statement and proposes its date, place, signatory, reference, kind and title. The core
 * ({@link org.dispatchregister.matching.DistributionMatcher},
 * {@link org.dispatchregister.matching.StatementTextExtractor}) is plain Java without the database;
 * {@link org.dispatchregister.matching.MatcherIndex} keeps a matcher built from the register current.
 * Nothing is saved here except an alias the clerk adds to a recipient.
 */
package org.dispatchregister.matching;
