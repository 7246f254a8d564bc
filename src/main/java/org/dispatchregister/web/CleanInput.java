package org.dispatchregister.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import jakarta.inject.Singleton;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Applies {@link ControlCharacters} at the input boundary, once for everything: every text field of
 * every form (URL-encoded or multipart, before it is bound to a form record) and every string of
 * every JSON body. The CSV import cleans its file the same way. Code behind it never sees them.
 */
public class CleanInput {

    @ServerRequestFilter
    @WithFormRead
    public void cleanForm() {
        ResteasyReactiveRequestContext current = CurrentRequestManager.get();
        FormData form = current == null ? null : current.getFormData();
        if (form == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        form.forEach(names::add);
        for (String name : names) {
            Deque<FormValue> values = form.get(name);
            if (values == null || values.stream().anyMatch(v -> v.isFileItem() || v.getFileName() != null)
                    || values.stream().allMatch(v -> v.getValue() == null || v.getValue().equals(ControlCharacters.clean(v.getValue())))) {
                continue;
            }
            List<FormValue> kept = new ArrayList<>(form.remove(name));
            for (FormValue v : kept) {
                form.add(name, ControlCharacters.clean(v.getValue()), v.getCharset(), null);
            }
        }
    }

    /** Every JSON string passes through the same rule. */
    @Singleton
    public static class Json implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(new SimpleModule("control-characters").addDeserializer(String.class, new StringDeserializer() {
                @Override
                public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                    return ControlCharacters.clean(super.deserialize(p, ctxt));
                }
            }));
        }
    }
}
