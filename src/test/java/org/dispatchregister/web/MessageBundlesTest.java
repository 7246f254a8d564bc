package org.dispatchregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Every message of {@link Msg} is translated into Azerbaijani and Russian (Qute falls back to English
 * silently, so a forgotten key would show English on an Azerbaijani page), and no translation keeps a
 * key the bundle no longer has. Qute itself checks the keys used in templates at build time.
 */
class MessageBundlesTest {

    @Test
    void azerbaijaniAndRussianHaveEveryKeyAndNoOther() throws Exception {
        check(NoticeMsg.class, "nmsg");
        check(Msg.class, "msg");
        check(ReportMsg.class, "rmsg");
        check(RegisterMsg.class, "regmsg");
        check(AdminMsg.class, "amsg");
        check(DailyMsg.class, "dmsg");
        check(MailMsg.class, "mmsg");
    }

    private void check(Class<?> bundle, String name) throws Exception {
        Set<String> keys = Arrays.stream(bundle.getDeclaredMethods()).map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        for (String language : new String[] { "az", "ru" }) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/messages/" + name + "_" + language + ".properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(p.stringPropertyNames());
            Set<String> extra = new TreeSet<>(p.stringPropertyNames());
            extra.removeAll(keys);
            assertEquals(Set.of(), missing, "keys missing from " + name + "_" + language);
            assertEquals(Set.of(), extra, "keys in " + name + "_" + language + " that " + bundle.getSimpleName() + " does not have");
            for (String key : p.stringPropertyNames()) {
                assertTrue(!p.getProperty(key).isBlank(), key + " is blank in " + name + "_" + language);
            }
        }
    }
}
