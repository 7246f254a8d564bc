/**
 * The search box in the header of every page: bodies by the one recipient search (any name, alias or acronym,
 * folded), statements by title or reference, replies by their reference; one results page grouped by kind.
 */
package org.dispatchregister.search;
