package org.dispatchregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text a template shows goes through the message bundle ({msg:…}), so it is shown in the user's
 * language. This test finds literal text in the templates (between tags, in title, aria-label, placeholder
 * and alt attributes, in the label/hint/… parameters of tags and in the fallback strings of expressions)
 * and fails on any that is not in the allow-list {@code src/test/resources/i18n/untranslated.txt}: the
 * texts not translated yet. The list may only shrink: an entry that is no longer found fails too, so a
 * translated text is struck from it.
 */
class TemplateTextRatchetTest {

    private static final Path TEMPLATES = Paths.get("templates");
    private static final Path ALLOWED = Paths.get("src/test/resources/i18n/untranslated.txt");

    private static final Pattern COMMENT = Pattern.compile("\\{!.*?!\\}", Pattern.DOTALL);
    private static final Pattern STYLE = Pattern.compile("<style.*?</style>", Pattern.DOTALL);
    // {#section}dashboard{/section} names the page for the stylesheet; it is not shown
    private static final Pattern SECTION = Pattern.compile("\\{#section\\}[^{]*\\{/section\\}");
    private static final Pattern EXPRESSION = Pattern.compile("\\{[^{}]*\\}");
    private static final Pattern TAG_PARAM = Pattern.compile(
            "\\b(label|hint|all|message|heading|empty|blank|title|placeholder|legend|text)=\"([^\"]*)\"");
    private static final Pattern FALLBACK = Pattern.compile("(\\?:|\\.or\\(|\\.concat\\()\\s*'([^']*)'");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(title|aria-label|placeholder|alt)=\"([^\"]*)\"");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    static Set<String> literalTexts() throws IOException {
        Set<String> found = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            files = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path file : files) {
            String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
            for (String text : literalTexts(Files.readString(file, StandardCharsets.UTF_8))) {
                found.add(name + ": " + text);
            }
        }
        return found;
    }

    static List<String> literalTexts(String template) {
        List<String> texts = new ArrayList<>();
        String t = SECTION.matcher(STYLE.matcher(COMMENT.matcher(template).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        // literals inside expressions and section tags, then the expressions themselves (innermost first)
        String previous;
        do {
            previous = t;
            Matcher e = EXPRESSION.matcher(t);
            StringBuilder out = new StringBuilder();
            while (e.find()) {
                String expr = e.group();
                collect(TAG_PARAM, expr, texts);
                collect(FALLBACK, expr, texts);
                e.appendReplacement(out, "\u0000");
            }
            e.appendTail(out);
            t = out.toString();
        } while (!t.equals(previous));
        collect(ATTRIBUTE, t, texts);
        for (String piece : HTML_TAG.matcher(t).replaceAll("\u0000").split("\u0000")) {
            add(piece, texts);
        }
        return texts;
    }

    private static void collect(Pattern pattern, String text, List<String> texts) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            add(m.group(2), texts);
        }
    }

    private static void add(String raw, List<String> texts) {
        String text = raw.replace("\u0000", " ").replaceAll("&[a-z]+;|&#\\d+;", " ").replaceAll("\\s+", " ").trim();
        // a path such as '/password' is not text
        if (LETTER.matcher(text).find() && !text.startsWith("/")) {
            texts.add(text);
        }
    }

    @Test
    void noNewLiteralTextInTemplatesAndTheAllowListOnlyShrinks() throws IOException {
        Set<String> allowed = new TreeSet<>();
        for (String line : Files.readAllLines(ALLOWED, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                allowed.add(line.strip());
            }
        }
        Set<String> found = literalTexts();
        Set<String> untranslated = new TreeSet<>(found);
        untranslated.removeAll(allowed);
        Set<String> stale = new TreeSet<>(allowed);
        stale.removeAll(found);
        assertEquals(Set.of(), untranslated, "literal text in templates: put it in web/Msg and the az/ru bundles, show it with {msg:…}");
        assertEquals(Set.of(), stale, "translated or gone: strike these from " + ALLOWED);
    }

    @Test
    void theScannerFindsTextInEveryPlaceAndIgnoresExpressions() {
        List<String> texts = literalTexts("""
                {! a comment !}<h1>Hello {name}</h1><a title="Tip" href="/x">{msg:ok}</a>
                {#field name="x" label="Kind" value=v /}{r.reference ?: 'draft'} · 12 {#if a}<b>{b}</b>{/if}
                <style>p { color: red }</style>""");
        assertEquals(List.of("Kind", "draft", "Tip", "Hello"), texts);
    }
}
