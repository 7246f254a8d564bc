package org.dispatchregister.recipients;

import java.util.List;
import java.util.UUID;

import org.dispatchregister.web.FormErrors;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Creates uniquely named bodies for tests through the real service. */
public final class RegisterFixtures {

    private RegisterFixtures() {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String uniqueAcronym() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    public static Recipient body(String name, String acronym, Long parentId, String... aliases) {
        RecipientService service = Arc.container().instance(RecipientService.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            FormErrors errors = new FormErrors();
            Recipient r = service.create(new RecipientInput(name, acronym, "NGO", parentId, "Testland", "Test City",
                    null, null, null, null, null, null, null, null, false, List.of(aliases), null), errors);
            if (r == null) {
                throw new IllegalStateException(errors.asMap().toString());
            }
            return r;
        });
    }

    public static Recipient reload(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Recipient r = Recipient.findById(id);
            r.aliases.size();
            if (r.parent != null) {
                r.parent.name.length();
            }
            if (r.mergedInto != null) {
                r.mergedInto.name.length();
            }
            return r;
        });
    }
}
