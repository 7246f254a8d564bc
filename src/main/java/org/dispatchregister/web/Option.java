package org.dispatchregister.web;

/** One choice of a select field: the submitted value and the label shown. */
public record Option(String value, String label) {
}
