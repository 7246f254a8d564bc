package org.dispatchregister.reports;

/** The body a report is about. */
public record RecipientHead(Long id, String name, String acronym, String category) {

    static final String SELECT = "select new org.dispatchregister.reports.RecipientHead(r.id, r.name, r.acronym, c.name) "
            + "from Recipient r left join r.category c ";

    public String label() {
        return acronym != null && !acronym.isBlank() ? name + " (" + acronym + ")" : name;
    }
}
