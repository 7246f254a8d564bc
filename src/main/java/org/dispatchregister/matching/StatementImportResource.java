package org.dispatchregister.matching;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.common.Role;
import org.dispatchregister.matching.StatementDraft.Field;
import org.dispatchregister.web.FormErrors;
import org.dispatchregister.web.Option;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Import a statement from its text: paste it or upload a .txt; the page shows what was read in it,
 * each value with the line it came from, editable, and the bodies of its distribution paragraph
 * ticked. Nothing is saved here: the form goes to the statement create endpoint (/statements),
 * where the clerk confirms.
 */
@Path("/statements/import")
@RolesAllowed(Role.CLERK_ROLE)
@Produces(MediaType.TEXT_HTML)
public class StatementImportResource {

    /** The review form: values for /statements and, per field, the line it was read from. */
    public record Review(String kindCode, String title, String reference, String issuedOn, String place, String signatory,
            String language, String summary, String fullText, String topics, Map<String, String> sources,
            List<MatchPageData.Row> rows, List<String> unmatched, String distributionSource) {
    }

    @CheckedTemplate(basePath = "matching")
    static class Templates {
        static native TemplateInstance importForm(String text, FormErrors errors);

        static native TemplateInstance review(Review review, List<Option> kinds, FormErrors errors);
    }

    @Inject
    org.dispatchregister.statements.StatementQuery statementQuery;

    @Inject
    MatcherIndex index;

    @Inject
    EntityManager em;

    @GET
    public TemplateInstance form() {
        return Templates.importForm("", FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response readPasted(@RestForm String text) {
        return read(text, null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response readUploaded(@RestForm String text, @RestForm("file") FileUpload file) {
        if (file != null && file.size() > 0) {
            String name = file.fileName() == null ? "" : file.fileName().toLowerCase(java.util.Locale.ROOT);
            if (!name.endsWith(".txt")) {
                return refuse(text, "file", "Only plain-text (.txt) files can be read; paste the text of other documents.");
            }
            if (file.size() > TextInput.MAX_CHARS) {
                return refuse("", "file", "The file is too large (" + file.size() + " bytes); at most " + TextInput.MAX_CHARS + " are read.");
            }
            try {
                String content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file.uploadedFile()))).toString();
                return read(content.startsWith("\uFEFF") ? content.substring(1) : content, "file");
            } catch (CharacterCodingException e) {
                return refuse(text, "file", "The file is not UTF-8 text. Save it as “Plain text (UTF-8)” or paste its text.");
            } catch (IOException e) {
                return refuse(text, "file", "The file could not be read; try again or paste its text.");
            }
        }
        return read(text, null);
    }

    private Response read(String text, String field) {
        String problem = TextInput.problem(text);
        if (problem != null) {
            return refuse(text != null && text.length() <= TextInput.MAX_CHARS ? text : "", field == null ? "text" : field, problem);
        }
        String clean = TextInput.clean(text);
        StatementDraft d = StatementTextExtractor.extract(clean);
        MatchResult distribution = d.distribution().found() ? index.matcher().match(d.distribution().value()) : MatchResult.empty();
        Map<String, String> sources = new LinkedHashMap<>();
        source(sources, "kindCode", d.kind());
        source(sources, "title", d.title());
        source(sources, "reference", d.reference());
        source(sources, "issuedOn", d.issuedOn());
        source(sources, "place", d.place());
        source(sources, "signatory", d.signatory());
        String signatory = signatory(d);
        Review review = new Review(value(d.kind()), value(d.title()), value(d.reference()),
                d.issuedOn().found() ? d.issuedOn().value().toString() : "", value(d.place()), signatory, "", "", clean.strip(), "",
                sources, MatchPageData.rows(distribution), distribution.unmatched(),
                d.distribution().found() ? d.distribution().source() : null);
        return Response.ok(Templates.review(review, kinds(review.kindCode()), FormErrors.none())).build();
    }

    private Response refuse(String text, String field, String message) {
        return Response.status(400).entity(Templates.importForm(text == null ? "" : text, new FormErrors().add(field, message))).build();
    }

    /** "Sabina Aliyeva, The Commissioner for Human Rights (Ombudsman) of …" when it fits the register's column. */
    private static String signatory(StatementDraft d) {
        String name = value(d.signatory());
        if (!name.isEmpty() && d.signatoryTitle().found()) {
            String full = name + ", " + d.signatoryTitle().value();
            return full.length() <= 200 ? full : name;
        }
        return name;
    }

    private static String value(Field<String> field) {
        return field.found() ? field.value() : "";
    }

    private static void source(Map<String, String> sources, String name, Field<?> field) {
        if (field.found() && field.source() != null) {
            String s = field.source().replaceAll("\\s+", " ");
            sources.put(name, s.length() > 300 ? s.substring(0, 299) + "…" : s);
        }
    }

    /** The active statement kinds; the guessed kind is offered even if the register lacks it. */
    private List<Option> kinds(String guessed) {
        List<Option> kinds = new ArrayList<>(QuarkusTransaction.joiningExisting().call(statementQuery::kindOptions));
        if (!guessed.isEmpty() && kinds.stream().noneMatch(o -> o.value().equals(guessed))) {
            kinds.add(new Option(guessed, guessed.replace('_', ' ').toLowerCase(java.util.Locale.ROOT)));
        }
        return kinds;
    }
}
