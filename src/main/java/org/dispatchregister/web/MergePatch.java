package org.dispatchregister.web;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * PATCH for every API resource, with JSON merge-patch semantics (RFC 7396, {@code application/merge-patch+json}): a
 * member sent replaces the value, a member sent as null removes (empties) it, a member left out stays. The patch is
 * applied to what GET answers, and the result is read as the PUT body, so a PATCH is exactly a GET, an edit and a
 * PUT, and goes through the same checks. Like every edit it must carry the {@code version} it is based on.
 */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    /** The PUT body of type {@code type} that results from applying the patch text to the current representation. */
    public static <T> T patched(ObjectMapper json, Object current, String patchText, Class<T> type) {
        JsonNode patch;
        try {
            patch = patchText == null || patchText.isBlank() ? null : json.readTree(patchText);
        } catch (JsonProcessingException e) {
            throw refused("The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (patch == null || !patch.isObject()) {
            throw refused("Send a JSON object with the members to change (JSON merge patch)");
        }
        if (!patch.hasNonNull("version")) {
            Versions.check(null, 0);
        }
        JsonNode merged = apply(json.valueToTree(current), patch);
        try {
            return json.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            throw refused("A member has a value of the wrong type: " + e.getOriginalMessage());
        }
    }

    /** RFC 7396, section 2: MergePatch(Target, Patch). */
    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : ((ObjectNode) patch).objectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }

    private static ApiValidationException refused(String message) {
        return new ApiValidationException(new FormErrors().add("_form", message));
    }
}
