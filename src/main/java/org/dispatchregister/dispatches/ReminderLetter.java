package org.dispatchregister.dispatches;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The default text of a reminder, citing our reference and date; the clerk edits it before sending. */
public final class ReminderLetter {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ReminderLetter() {
    }

    public static String text(String recipientName, String kindName, String reference, LocalDate issuedOn, String title,
            LocalDate sentOn, LocalDate dueOn) {
        String what = "our " + (kindName == null ? "statement" : kindName.toLowerCase(Locale.ENGLISH));
        String ref = reference == null ? "" : " ref. " + reference;
        String of = issuedOn == null ? "" : " of " + LONG_DATE.format(issuedOn);
        StringBuilder text = new StringBuilder();
        text.append("To: ").append(recipientName).append("\n\n");
        text.append("We refer to ").append(what).append(ref).append(of);
        text.append(", \"").append(title).append("\"");
        if (sentOn != null) {
            text.append(", transmitted to you on ").append(LONG_DATE.format(sentOn));
        }
        text.append(", to which we have not yet received a reply");
        if (dueOn != null) {
            text.append(" (a reply was expected by ").append(LONG_DATE.format(dueOn)).append(")");
        }
        text.append(".\n\nWe would be grateful to receive your response at your earliest convenience, "
                + "quoting our reference. Should it have crossed with this reminder, please disregard this letter.");
        return text.toString();
    }
}
