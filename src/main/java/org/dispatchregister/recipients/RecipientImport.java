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
 * (create, update, unchanged, or skip with the reasons) without writing anything;
 * {@link #apply} plans again and writes the create and update rows in one transaction.
 * A row is the body its {@code id} names (as exported), else the body with its acronym; a row that would change
 * nothing is unchanged and not written, so the exported register imports with zero changes.
 * Empty cells on an update keep the saved value; aliases are added to the existing ones.
 */
@ApplicationScoped
public class RecipientImport {

    /** Above the register's expected size (about 10,000 bodies), so the whole export imports back in one file. */
    static final int MAX_ROWS = 20_000;

    public enum Action {
        CREATE, UPDATE, UNCHANGED, SKIP
    }

    /**
     * One data line of the file and its fate. {@code line} counts the header as line 1; {@code changes} names the
     * fields an update changes; {@code active} is the "active" cell (null when empty: keep).
     */
    public record Row(int line, Action action, String name, String acronym, List<String> errors, Long existingId,
            String existingName, RecipientInput input, String parentRef, List<String> changes, Boolean active) {

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

        public long getUnchanged() {
            return count(Action.UNCHANGED);
        }

        public long getSkips() {
            return count(Action.SKIP);
        }

        public boolean hasChanges() {
            return getCreates() + getUpdates() > 0;
        }

        /** The rows worth showing: an unchanged row is only counted. */
        public List<Row> getShown() {
            return rows.stream().filter(r -> r.action() != Action.UNCHANGED).toList();
        }
    }

    public record Result(long created, long updated, long unchanged, long skipped) {
    }

    /** Thrown to roll the whole import back when a row fails only once the others are written. */
    public static class Failed extends RuntimeException {
        Failed(String message) {
            super(message);
        }
    }

    /**
     * The register as a file is matched against it, read in two queries instead of several per row (a
     * 10,000-row file would otherwise cost tens of thousands of queries, twice).
     */
    private final class Register {
        final Map<Long, Recipient> byId = new HashMap<>();
        final Map<String, Recipient> byAcronymKey = new HashMap<>();
        /** Folded name or alias of a body not merged away; an active body first, then the oldest (as a search would). */
        final Map<String, Recipient> byNameKey = new HashMap<>();

        Register() {
            List<Recipient> all = em.createQuery("select distinct r from Recipient r left join fetch r.category "
                    + "left join fetch r.aliases", Recipient.class).getResultList();
            List<Recipient> ordered = new ArrayList<>(all);
            ordered.sort(java.util.Comparator.comparing((Recipient r) -> !r.active).thenComparing(r -> r.id));
            for (Recipient r : ordered) {
                byId.put(r.id, r);
                if (r.acronymKey != null) {
                    byAcronymKey.putIfAbsent(r.acronymKey, r);
                }
                if (r.mergedInto == null) {
                    byNameKey.putIfAbsent(r.sortName, r);
                    r.aliases.forEach(a -> byNameKey.putIfAbsent(a.aliasKey, r));
                }
            }
        }

        Recipient byAcronym(String acronym) {
            String key = TextFold.acronymKey(acronym);
            return key == null ? null : byAcronymKey.get(key);
        }

        Recipient sameName(String name) {
            String key = TextFold.fold(name);
            return key.isEmpty() ? null : byNameKey.get(SearchKeys.sortName(name));
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
        Register register = new Register();
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
            rows.add(planRow(record, register, fileAcronyms, fileNames, inFile));
        }
        return new Plan(rows, null);
    }

    private Row planRow(CSVRecord rec, Register register, Set<String> fileAcronyms, Set<String> fileNames, Set<String> inFile) {
        int line = (int) rec.getRecordNumber() + 1;
        String name = cell(rec, "name");
        String acronym = cell(rec, "acronym");
        List<String> errors = new ArrayList<>();
        String idCell = cell(rec, "id");
        Recipient byId = null;
        if (!idCell.isEmpty()) {
            try {
                // An id from another installation names nothing here: the row is then matched by acronym.
                byId = register.byId.get(Long.valueOf(idCell));
            } catch (NumberFormatException e) {
                errors.add("The id \"" + idCell + "\" is not a number: keep the id from the export, or leave it empty for a new body");
            }
        }
        Recipient existing = byId != null ? byId : acronym.isEmpty() ? null : register.byAcronym(acronym);
        String key = TextFold.acronymKey(acronym);
        if (key != null && !fileAcronyms.add(key)) {
            errors.add("The acronym " + acronym + " appears more than once in the file");
        }
        if (!name.isEmpty() && !fileNames.add(TextFold.fold(name))) {
            errors.add("The name appears more than once in the file");
        }
        if (existing == null && !name.isEmpty()) {
            Recipient same = register.sameName(name);
            if (same != null) {
                errors.add("Duplicate of the existing body " + same.auditLabel() + " (same name or alias)");
            }
        }
        String parentRef = cell(rec, "parent");
        Recipient parent = parentRef.isEmpty() ? null : parent(parentRef, existing, register);
        RecipientInput input = input(rec, existing, byId != null, parent == null ? null : parent.id);
        Boolean active = switch (cell(rec, "active").toLowerCase()) {
            case "" -> null;
            case "true", "yes", "1" -> true;
            default -> false;
        };
        List<String> changes = new ArrayList<>();
        if (existing != null) {
            changes.addAll(service.changes(existing, input));
            if (active != null && active != existing.active) {
                changes.add("active");
            }
        }
        if (existing != null && changes.isEmpty() && errors.isEmpty()) {
            // Nothing to write, so nothing to check: the saved body is what it is.
            return new Row(line, Action.UNCHANGED, existing.name, acronym, List.of(), existing.id, existing.name, input,
                    null, List.of(), active);
        }
        if (existing != null && existing.mergedInto != null) {
            errors.add("The body was merged into " + existing.mergedInto.auditLabel() + "; edit that one instead");
        }
        FormErrors checked = new FormErrors();
        validator.validate(input, existing == null ? null : existing.id, checked);
        checked.asMap().forEach((field, message) -> errors.add(label(field) + ": " + message));
        if (parent == null && !parentRef.isEmpty() && !inFile.contains(TextFold.acronymKey(parentRef))
                && !inFile.contains(TextFold.fold(parentRef))) {
            errors.add("Unknown parent \"" + parentRef + "\": not in the register nor in this file");
        }
        Action action = !errors.isEmpty() ? Action.SKIP : existing != null ? Action.UPDATE : Action.CREATE;
        return new Row(line, action, name.isEmpty() && existing != null ? existing.name : name, acronym,
                List.copyOf(new LinkedHashSet<>(errors)), existing == null ? null : existing.id,
                existing == null ? null : existing.name, input, parentRef.isEmpty() ? null : parentRef,
                List.copyOf(changes), active);
    }

    /**
     * The body a "parent" cell names. The export writes the parent's acronym, or its name when it has none; a cell that
     * still names the current parent keeps it, even when another body now answers to that name or alias (a merge
     * gives the survivor the merged body's names), so an unedited row never moves a body.
     */
    private static Recipient parent(String ref, Recipient existing, Register register) {
        Recipient current = existing == null ? null : existing.parent;
        if (current != null && (TextFold.fold(ref).equals(TextFold.fold(current.name))
                || (TextFold.acronymKey(ref) != null && TextFold.acronymKey(ref).equals(TextFold.acronymKey(current.acronym))))) {
            return current;
        }
        Recipient byAcronym = register.byAcronym(ref);
        return byAcronym != null ? byAcronym : register.sameName(ref);
    }

    /**
     * The row as a service input; on an update, empty cells keep what is saved and aliases are added. A body matched
     * by its acronym keeps the saved spelling of it; one matched by id takes the acronym of the row.
     */
    private static RecipientInput input(CSVRecord rec, Recipient existing, boolean matchedById, Long parentId) {
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
                existing == null ? cell(rec, "acronym") : matchedById ? keep(cell(rec, "acronym"), existing.acronym) : existing.acronym,
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
                // the version read now: a body changed between this plan and the write is a conflict, not overwritten
                isCollective, aliases, existing == null ? null : existing.version);
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
            if (row.action() == Action.SKIP || row.action() == Action.UNCHANGED) {
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
            if (row.active() != null && row.active() != r.active) {
                activate(r, row, rowErrors);
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
        Result result = new Result(plan.getCreates(), plan.getUpdates(), plan.getUnchanged(), plan.getSkips());
        if (plan.hasChanges()) {
            audit.record("IMPORT", "Recipient", null, "CSV import: " + result.created() + " created, " + result.updated()
                    + " updated, " + result.unchanged() + " unchanged, " + result.skipped() + " skipped");
        }
        return result;
    }

    /** The "active" cell: archives or restores the body by the register's own rules (a merged body stays away). */
    private void activate(Recipient r, Row row, FormErrors errors) {
        if (!row.active()) {
            service.archive(r.id);
            return;
        }
        service.restore(r.id, errors);
        if (errors.isPresent()) {
            throw new Failed("Line " + row.line() + ": " + errors.asMap().values().iterator().next()
                    + " Nothing was imported; correct the file and try again.");
        }
    }

    private static String cell(CSVRecord rec, String column) {
        if (!rec.isMapped(column) || !rec.isSet(column)) {
            return "";
        }
        String value = rec.get(column);
        // the export quoted formula-like cells ('=…) for spreadsheets: the register stores the text itself
        return value == null ? "" : RecipientCsv.unneutralise(value.trim());
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
