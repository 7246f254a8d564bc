package org.dispatchregister.common;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * At start, the data folder (H2 database, attachments, backups, session key) becomes owner-only,
 * with everything already in it: whatever H2 or an older version wrote with the default umask is
 * no longer readable by other accounts on the server.
 */
@ApplicationScoped
public class DataFolder {

    private static final Logger LOG = Logger.getLogger(DataFolder.class);

    @Inject
    RegisterConfig config;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        Path dir = Path.of(config.dataDir());
        try {
            OwnerOnlyFiles.folder(dir);
            OwnerOnlyFiles.restrictTree(dir);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not make %s owner-only: %s", dir.toAbsolutePath(), e.getMessage());
        }
    }
}
