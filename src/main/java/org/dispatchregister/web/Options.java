package org.dispatchregister.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Choices of a select built from an enumeration: the constant's name is the value, {@code label} what is shown. */
public final class Options {

    private Options() {
    }

    public static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> label) {
        return of(Arrays.asList(values), label);
    }

    public static <E extends Enum<E>> List<Option> of(Collection<E> values, Function<E, String> label) {
        return values.stream().map(v -> new Option(v.name(), label.apply(v))).toList();
    }
}
