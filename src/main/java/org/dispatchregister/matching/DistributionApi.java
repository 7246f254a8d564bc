package org.dispatchregister.matching;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dispatchregister.common.Role;

/** JSON API: which register bodies a distribution text names. Reads only. */
@Path("/api/distribution/match")
@RolesAllowed(Role.CLERK_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class DistributionApi {

    /** One proposed body. */
    public record MatchJson(long recipientId, String name, String acronym, String phrase, double score) {
    }

    /** A body the words may name, among others. */
    public record CandidateJson(long recipientId, String name, String acronym) {
    }

    /** Words that name more than one body equally well: the clerk chooses. */
    public record ChoiceJson(String phrase, List<CandidateJson> candidates) {
    }

    /** The proposals, the phrases left unplaced, and the words that could name several bodies. */
    public record ResultJson(List<MatchJson> matches, List<String> unmatched, List<ChoiceJson> choices) {

        static ResultJson of(MatchResult r) {
            return new ResultJson(r.matches().stream()
                    .map(m -> new MatchJson(m.recipientId(), m.name(), m.acronym(), m.phrase(), m.score())).toList(),
                    r.unmatched(),
                    r.choices().stream().map(c -> new ChoiceJson(c.phrase(), c.candidates().stream()
                            .map(k -> new CandidateJson(k.recipientId(), k.name(), k.acronym())).toList())).toList());
        }
    }

    @Inject
    MatcherIndex index;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public Response match(String text) {
        TextInput.refuseUnreadable(text);
        return Response.ok(ResultJson.of(index.matcher().match(TextInput.clean(text)))).build();
    }
}
