package org.dispatchregister.recipients;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.commons.csv.CSVPrinter;
import org.dispatchregister.common.Role;

/** GET /recipients/export.csv: the whole register (archived bodies too) for a spreadsheet. */
@Path("/recipients/export.csv")
@RolesAllowed(Role.VIEWER_ROLE)
public class RecipientExport {

    @Inject
    EntityManager em;

    @Inject
    RecipientQueries queries;

    @GET
    public Response export() {
        List<Object[]> rows = em.createQuery("select r.id, r.name, r.acronym, c.code, p.acronym, p.name, r.country, r.city, "
                + "r.postalAddress, r.emails, r.phone, r.website, r.addresseeLine, r.preferredChannel, r.workingLanguage, "
                + "r.collective, r.active, r.notes from Recipient r left join r.category c left join r.parent p "
                + "order by r.sortName, r.id", Object[].class).getResultList();
        Map<Long, List<String>> aliases = queries.aliasesOf(rows.stream().map(r -> (Long) r[0]).toList());
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (CSVPrinter csv = RecipientCsv.printer(writer)) {
                for (Object[] r : rows) {
                    String parent = r[4] != null ? (String) r[4] : (String) r[5];
                    csv.printRecord(r[0], cell(r[1]), cell(r[2]), cell(r[3]), cell(parent), cell(r[6]), cell(r[7]),
                            cell(r[8]), cell(r[9]), cell(r[10]), cell(r[11]), cell(r[12]),
                            r[13] == null ? "" : r[13].toString(), cell(r[14]), r[15], r[16],
                            RecipientCsv.neutralise(String.join("|", aliases.getOrDefault((Long) r[0], List.of()))),
                            cell(r[17]));
                }
            } catch (IOException e) {
                throw e;
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"recipients.csv\"").build();
    }

    private static String cell(Object value) {
        return RecipientCsv.neutralise(value == null ? null : value.toString());
    }
}
