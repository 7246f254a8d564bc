package org.dispatchregister.web;

import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Runs Bean Validation on a form record and collects the messages per field, in the reader's language:
 * a constraint's message is a key ("{register.at_most_chars}") of ValidationMessages(_az, _ru).properties,
 * looked up here in the request's language (Hibernate Validator would follow the JVM's locale), with the
 * constraint's numbers written the language's way (4,000 / 4.000 / 4 000).
 */
@ApplicationScoped
public class FormValidator {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Inject
    Validator validator;

    public FormErrors validate(Object form) {
        FormErrors errors = new FormErrors();
        for (ConstraintViolation<Object> violation : validator.validate(form)) {
            errors.add(violation.getPropertyPath().toString(), message(violation));
        }
        return errors;
    }

    static String message(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template == null || !template.startsWith("{register.") || !template.endsWith("}")) {
            return violation.getMessage();
        }
        Language language = RequestLanguage.current();
        String text;
        try {
            text = ResourceBundle.getBundle("ValidationMessages", language.locale(), NO_FALLBACK)
                    .getString(template.substring(1, template.length() - 1));
        } catch (MissingResourceException e) {
            return violation.getMessage();
        }
        for (Map.Entry<String, Object> attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
            Object value = attribute.getValue();
            String shown = value instanceof Number n ? language.number(n.longValue()) : String.valueOf(value);
            text = text.replace("{" + attribute.getKey() + "}", shown);
        }
        return text;
    }
}
