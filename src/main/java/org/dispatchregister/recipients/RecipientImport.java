package org.dispatchregister.recipients;

import org.dispatchregister.common.TextFold;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVRecord;
import org.dispatchregister.audit.AuditLog;
import org.dispatchregister.web.ControlCharacters;
import org.dispatchregister.web.FormErrors;

/**
 * CSV import in two steps: {@link #plan} reads the file and says, row by row, what would happen
 * (create, update matched by acronym, or skip with the reasons) without writing anything;
 * {@link #apply} plans again and writes the create and update rows in one transaction.
 * Empty cells on an update keep the saved value; aliases are added to the existing ones.
 */
@ApplicationScoped
public class RecipientImport {

    static final int MAX_ROWS = 5000;

    public enum Action {
        CREATE, UPDATE, SKIP
    }

    /** One data line of the file and its fate. {@code line} counts the header as line 1. */
    public record Row(int line, Action action, String name, String acronym, List<String> errors, Long existingId,
            String existingName, RecipientInput input, String parentRef) {

        public String actionLabel() {
            return action.name().toLowerCase();
        }
    }

    public record Plan(List<Row> rows, String fileError) {

        public long count(Action action) {
            return rows.stream().filter(r -> r.action() == action).count();
        }

        public long getCreates() {
            return count(Action.CREATE);
        }

        public long getUpdates() {
            return count(Action.UPDATE);
        }

        public long getSkips() {
            return count(Action.SKIP);
        }

        public boolean hasChanges() {
            return getCreates() + getUpdates() > 0;
        }
    }

    public record Result(long created, long updated, long skipped) {
    }

    /** Thrown to roll the whole import back when a row fails only once the others are written. */
    public static class Failed extends RuntimeException {
        Failed(String message) {
            super(message);
        }
    }

    @Inject
    RecipientValidator validator;

    @Inject
    RecipientService service;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    public Plan plan(String file) {
        // the import is an input boundary like the forms and the API: the same rule for control characters
        String text = ControlCharacters.clean(file);
        if (text == null || text.isBlank()) {
            return new Plan(List.of(), "The file is empty. Choose a CSV file or paste its text.");
        }
        List<CSVRecord> records;
        try {
            if (!RecipientCsv.header(text).containsKey("name")) {
                return new Plan(List.of(), "The first line must name the columns, including \"name\". Expected columns: "
                        + String.join(", ", RecipientCsv.COLUMNS));
            }
            records = RecipientCsv.read(text);
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return new Plan(List.of(), "The file is not valid CSV: " + e.getMessage());
        }
        if (records.size() > MAX_ROWS) {
            return new Plan(List.of(), "At most " + MAX_ROWS + " rows per import (this file has " + records.size() + ").");
        }
        List<Row> rows = new ArrayList<>();
        Set<String> fileAcronyms = new HashSet<>();
        Set<String> fileNames = new HashSet<>();
        // Acronym keys and folded names of every row, so a parent may be a body created by the same file.
        Set<String> inFile = new HashSet<>();
        for (CSVRecord record : records) {
            String key = TextFold.acronymKey(cell(record, "acronym"));
            if (key != null) {
                inFile.add(key);
            }
            inFile.add(TextFold.fold(cell(record, "name")));
        }
        for (CSVRecord record : records) {
            rows.add(planRow(record, fileAcronyms, fileNames, inFile));
        }
        return new Plan(rows, null);
    }

    private Row planRow(CSVRecord rec, Set<String> fileAcronyms, Set<String> fileNames, Set<String> inFile) {
        int line = (int) rec.getRecordNumber() + 1;
        String name = cell(rec, "name");
        String acronym = cell(rec, "acronym");
        List<String> errors = new ArrayList<>();
        Recipient existing = acronym.isEmpty() ? null : RecipientQueries.findByAcronym(acronym);
        String key = TextFold.acronymKey(acronym);
        if (key != null && !fileAcronyms.add(key)) {
            errors.add("The acronym " + acronym + " appears more than once in the file");
        }
        if (!name.isEmpty() && !fileNames.add(TextFold.fold(name))) {
            errors.add("The name appears more than once in the file");
        }
        if (existing == null && !name.isEmpty()) {
            Recipient same = sameName(name);
            if (same != null) {
                errors.add("Duplicate of the existing body " + same.auditLabel() + " (same name or alias)");
            }
        }
        String parentRef = cell(rec, "parent");
        Long parentId = null;
        if (!parentRef.isEmpty()) {
            Recipient parent = RecipientQueries.findByAcronym(parentRef);
            parent = parent != null ? parent : sameName(parentRef);
            if (parent != null) {
                parentId = parent.id;
            }
        }
        RecipientInput input = input(rec, existing, parentId);
        if (existing != null && existing.mergedInto != null) {
            errors.add("The acronym belongs to a merged body");
        }
        FormErrors checked = new FormErrors();
        validator.validate(input, existing == null ? null : existing.id, checked);
        checked.asMap().forEach((field, message) -> errors.add(label(field) + ": " + message));
        if (!parentRef.isEmpty() && parentId == null && !inFile.contains(TextFold.acronymKey(parentRef))
                && !inFile.contains(TextFold.fold(parentRef))) {
            errors.add("Unknown parent \"" + parentRef + "\": not in the register nor in this file");
        }
        Action action = !errors.isEmpty() ? Action.SKIP : existing != null ? Action.UPDATE : Action.CREATE;
        return new Row(line, action, name.isEmpty() && existing != null ? existing.name : name, acronym,
                List.copyOf(new LinkedHashSet<>(errors)), existing == null ? null : existing.id,
                existing == null ? null : existing.name, input, parentRef.isEmpty() ? null : parentRef);
    }

    /** The row as a service input; on an update, empty cells keep what is saved and aliases are added. */
    private static RecipientInput input(CSVRecord rec, Recipient existing, Long parentId) {
        List<String> aliases = new ArrayList<>();
        if (existing != null) {
            existing.aliases.forEach(a -> aliases.add(a.alias));
        }
        aliases.addAll(RecipientCsv.values(cell(rec, "aliases")));
        String category = cell(rec, "category").toUpperCase();
        String collective = cell(rec, "collective").toLowerCase();
        boolean isCollective = collective.isEmpty() ? existing != null && existing.collective
                : collective.equals("true") || collective.equals("yes") || collective.equals("1");
        return new RecipientInput(
                keep(cell(rec, "name"), existing == null ? null : existing.name),
                // Matched by acronym: the saved spelling of the acronym stays.
                existing == null ? cell(rec, "acronym") : existing.acronym,
                keep(category, existing == null || existing.category == null ? null : existing.category.code),
                parentId != null ? parentId : existing == null || existing.parent == null ? null : existing.parent.id,
                keep(cell(rec, "country"), existing == null ? null : existing.country),
                keep(cell(rec, "city"), existing == null ? null : existing.city),
                keep(cell(rec, "postal_address"), existing == null ? null : existing.postalAddress),
                keep(cell(rec, "emails"), existing == null ? null : existing.emails),
                keep(cell(rec, "phone"), existing == null ? null : existing.phone),
                keep(cell(rec, "website"), existing == null ? null : existing.website),
                keep(cell(rec, "addressee_line"), existing == null ? null : existing.addresseeLine),
                keep(cell(rec, "preferred_channel").toUpperCase(),
                        existing == null || existing.preferredChannel == null ? null : existing.preferredChannel.name()),
                keep(cell(rec, "working_language"), existing == null ? null : existing.workingLanguage),
                keep(cell(rec, "notes"), existing == null ? null : existing.notes),
                isCollective, aliases, null);
    }

    /** Writes the create and update rows of a fresh plan of {@code text}, all or nothing. */
    @Transactional
    public Result apply(String text, FormErrors errors) throws Failed {
        Plan plan = plan(text);
        if (plan.fileError() != null) {
            errors.add("_form", plan.fileError());
            return null;
        }
        Map<String, Recipient> created = new HashMap<>();
        List<Row> needParent = new ArrayList<>();
        for (Row row : plan.rows()) {
            if (row.action() == Action.SKIP) {
                continue;
            }
            FormErrors rowErrors = new FormErrors();
            Recipient r = row.action() == Action.CREATE ? service.create(row.input(), rowErrors)
                    : service.update(row.existingId(), row.input(), rowErrors);
            if (rowErrors.isPresent()) {
                // Another row of this file made this one invalid: write nothing at all.
                throw new Failed("Line " + row.line() + ": " + rowErrors.asMap().values().iterator().next()
                        + ". Nothing was imported; correct the file and try again.");
            }
            if (r.acronym != null) {
                created.put(TextFold.acronymKey(r.acronym), r);
            }
            created.put(TextFold.fold(r.name), r);
            if (row.parentRef() != null && row.input().parentId() == null) {
                needParent.add(row);
            }
        }
        em.flush();
        // Parents named by a body created in the same file are linked once every row exists.
        for (Row row : needParent) {
            Recipient child = created.get(row.acronym().isEmpty() ? TextFold.fold(row.name()) : TextFold.acronymKey(row.acronym()));
            Recipient parent = created.getOrDefault(TextFold.acronymKey(row.parentRef()), created.get(TextFold.fold(row.parentRef())));
            if (child != null && parent != null && !parent.id.equals(child.id)) {
                child.parent = parent;
            }
        }
        Result result = new Result(plan.getCreates(), plan.getUpdates(), plan.getSkips());
        audit.record("IMPORT", "Recipient", null, "CSV import: " + result.created() + " created, " + result.updated()
                + " updated, " + result.skipped() + " skipped");
        return result;
    }

    private Recipient sameName(String name) {
        String key = TextFold.fold(name);
        if (key.isEmpty()) {
            return null;
        }
        return em.createQuery("select r from Recipient r where r.mergedInto is null and (r.sortName = :k or r.id in "
                + "(select a.recipient.id from RecipientAlias a where a.aliasKey = :k)) order by r.active desc, r.id",
                Recipient.class).setParameter("k", key).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private static String cell(CSVRecord rec, String column) {
        if (!rec.isMapped(column) || !rec.isSet(column)) {
            return "";
        }
        String value = rec.get(column);
        return value == null ? "" : value.trim();
    }

    private static String keep(String cell, String saved) {
        return cell == null || cell.isEmpty() ? saved : cell;
    }

    private static String label(String field) {
        return switch (field) {
            case "categoryCode" -> "Category";
            case "parentId" -> "Parent";
            case "postalAddress" -> "Postal address";
            case "addresseeLine" -> "Addressee line";
            case "preferredChannel" -> "Preferred channel";
            case "workingLanguage" -> "Working language";
            default -> Character.toUpperCase(field.charAt(0)) + field.substring(1);
        };
    }
}
