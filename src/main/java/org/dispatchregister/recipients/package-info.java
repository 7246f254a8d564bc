/**
 * The recipient register: bodies the institution writes to (UN organs, ombudsman associations,
 * NGOs, embassies, collective addressees), their categories, aliases, hierarchy, merge of
 * duplicates, CSV import/export, the seeded register and the JSON API under /api/recipients.
 */
package org.dispatchregister.recipients;
