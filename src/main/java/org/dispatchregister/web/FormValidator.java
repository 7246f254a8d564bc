package org.dispatchregister.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** Runs Bean Validation on a form record and collects the messages per field. */
@ApplicationScoped
public class FormValidator {

    @Inject
    Validator validator;

    public FormErrors validate(Object form) {
        FormErrors errors = new FormErrors();
        for (ConstraintViolation<Object> violation : validator.validate(form)) {
            errors.add(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return errors;
    }
}
