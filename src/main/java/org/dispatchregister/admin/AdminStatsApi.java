package org.dispatchregister.admin;

import java.lang.management.ManagementFactory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.dispatchregister.common.Role;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Counters the benchmark reads before and after a series of requests: SQL statements prepared and
 * queries run (Hibernate statistics, only counted when quarkus.hibernate-orm.statistics=true) and
 * the heap in use. Reading them changes nothing in the register.
 */
@Path("/api/admin/stats")
@RolesAllowed(Role.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class AdminStatsApi {

    public record Stats(boolean statisticsEnabled, long preparedStatements, long queries, long entityLoads,
            long heapUsedBytes, long heapCommittedBytes) {
    }

    @Inject
    SessionFactory sessionFactory;

    /** With gc=true a full collection runs first, so heapUsedBytes is what is live, not garbage. */
    @GET
    public Stats stats(@RestQuery boolean gc) {
        if (gc) {
            // Two passes: the first may only queue finalizable objects for the second.
            System.gc();
            System.gc();
        }
        Statistics s = sessionFactory.getStatistics();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        boolean on = s.isStatisticsEnabled();
        return new Stats(on, on ? s.getPrepareStatementCount() : 0, on ? s.getQueryExecutionCount() : 0,
                on ? s.getEntityLoadCount() : 0, heap.getUsed(), heap.getCommitted());
    }
}
