/**
 * Distribution lists: named sets of recipients and of other lists (nested, never cyclic), their
 * pages, their expansion into de-duplicated active recipients, and the JSON API under /api/lists.
 */
package org.dispatchregister.lists;
