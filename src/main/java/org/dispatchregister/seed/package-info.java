/**
 * First-start data above every feature: the standard recipient register and list (seed/recipients.csv) and
 * the three demo statements with their dispatches and replies. Each loader runs only on an empty register.
 */
package org.dispatchregister.seed;
