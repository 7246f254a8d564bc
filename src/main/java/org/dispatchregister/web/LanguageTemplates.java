package org.dispatchregister.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.Expression;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.TemplateNode.Origin;

/**
 * Every template speaks the request's language: each template instance gets the request's locale (which
 * picks the {msg:…} bundle), and every date a template prints is written the language's way. A date
 * meant for a machine (a query string) is printed from a String ({d.toString}) and stays ISO.
 */
@ApplicationScoped
public class LanguageTemplates {

    void configure(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> instance.setLocale(RequestLanguage.current().locale()));
        builder.addResultMapper(new DateMapper());
    }

    static final class DateMapper implements ResultMapper {

        @Override
        public int getPriority() {
            // before the default mapper that prints toString()
            return 10;
        }

        @Override
        public boolean appliesTo(Origin origin, Object result) {
            return result instanceof LocalDate || result instanceof LocalDateTime;
        }

        @Override
        public String map(Object result, Expression expression) {
            Language language = RequestLanguage.current();
            return result instanceof LocalDate d ? language.format(d) : language.format((LocalDateTime) result);
        }
    }
}
