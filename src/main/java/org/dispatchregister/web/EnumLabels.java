package org.dispatchregister.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.qute.TemplateExtension;

/**
 * The label of a code (a status, a channel, a kind of reply…) in the user's language: {d.status.shown} in
 * a template, {@link #shown(Enum)} in Java. Each constant is a message of {@link Msg} named after its
 * enumeration and itself (DispatchStatus_SENT), so the enumerations stay below web in the package order
 * and MessageBundlesTest checks that every constant has its three texts. The English labels some
 * enumerations keep are for the audit history and the API, which do not change with the reader.
 */
@TemplateExtension
public class EnumLabels {

    private static final Map<String, Method> METHODS = new ConcurrentHashMap<>();

    private EnumLabels() {
    }

    public static String shown(Enum<?> value) {
        if (value == null) {
            return "";
        }
        Method method = METHODS.computeIfAbsent(key(value), k -> {
            try {
                return Msg.class.getMethod(k);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("web/Msg has no message " + k + " for " + value.getDeclaringClass().getName(), e);
            }
        });
        try {
            return (String) method.invoke(Messages.msg());
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("message " + method.getName(), e);
        }
    }

    /**
     * The label of a code known only by its enumeration's simple name and the constant's name (an audit line's
     * stored value): shown("DispatchStatus", "SENT"); empty when there is no such message.
     */
    public static java.util.Optional<String> shown(String enumeration, String constant) {
        Method method;
        try {
            method = Msg.class.getMethod(enumeration + "_" + constant);
        } catch (NoSuchMethodException e) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of((String) method.invoke(Messages.msg()));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("message " + method.getName(), e);
        }
    }

    /** DispatchStatus_SENT */
    public static String key(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "_" + value.name();
    }
}
