// A small Java Quartz 2.3.2 node for the interop test (tests/interop/tst_quartzinterop.cpp), compiled at test time
// against Debian's jars (libquartz2-java, libpostgresql-jdbc-java, libmariadb-java, libslf4j-java).
//
//   java -cp ... QuartzNode ddl   JDBC_URL USER PASSWORD DDL_RESOURCE
//       runs Quartz's own DDL (e.g. org/quartz/impl/jdbcjobstore/tables_postgres.sql out of quartz2.jar) and exits
//   java -cp ... QuartzNode node  JDBC_URL USER PASSWORD DELEGATE_CLASS SCHED_NAME INSTANCE_ID OUT_FILE [schedule]
//       runs a clustered JobStoreTX scheduler until killed; with "schedule" it first stores the durable-less job
//       interop.appendJob with the cron trigger interop.everySecond ("* * * * * ?"). The job appends
//       "<trigger group>.<trigger name> <epoch ms>" to OUT_FILE on every fire.
//
// Connections come from DriverManager through DirectProvider, so neither c3p0 nor HikariCP is needed.

import java.io.BufferedReader;
import java.io.FileWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;

public class QuartzNode {
    static String url;
    static String user;
    static String password;
    static String outFile;

    /** Quartz's data source without a pool: a new JDBC connection per transaction. */
    public static class DirectProvider implements ConnectionProvider {
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
        public void shutdown() {}
        public void initialize() {}
    }

    /** Appends one line per fire: the trigger's key and the time. */
    public static class AppendJob implements Job {
        public void execute(JobExecutionContext context) {
            synchronized (QuartzNode.class) {
                try (PrintWriter w = new PrintWriter(new FileWriter(outFile, true))) {
                    w.println(context.getTrigger().getKey().toString() + " " + System.currentTimeMillis());
                } catch (Exception e) {
                    e.printStackTrace();
                }
            }
        }
    }

    static void runDdl(String resource) throws Exception {
        InputStream in = QuartzNode.class.getClassLoader().getResourceAsStream(resource);
        if (in == null)
            throw new IllegalArgumentException("no resource " + resource + " on the class path");
        StringBuilder text = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                String t = line.trim();
                if (t.startsWith("--") || t.startsWith("#"))
                    continue;
                text.append(line).append('\n');
            }
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String statement : text.toString().split(";")) {
                String t = statement.trim();
                if (t.isEmpty() || t.equalsIgnoreCase("commit"))
                    continue;
                s.execute(t);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        url = args[1];
        user = args[2];
        password = args[3];
        if (mode.equals("ddl")) {
            runDdl(args[4]);
            System.out.println("DDL DONE");
            return;
        }
        String delegate = args[4];
        String schedName = args[5];
        String instanceId = args[6];
        outFile = args[7];
        boolean schedule = args.length > 8 && args[8].equals("schedule");

        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", schedName);
        p.setProperty("org.quartz.scheduler.instanceId", instanceId);
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
        p.setProperty("org.quartz.threadPool.threadCount", "3");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", delegate);
        p.setProperty("org.quartz.jobStore.dataSource", "direct");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        p.setProperty("org.quartz.dataSource.direct.connectionProvider.class", DirectProvider.class.getName());
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        if (schedule) {
            JobDetail job = JobBuilder.newJob(AppendJob.class).withIdentity("appendJob", "interop")
                                .withDescription("appends a line per fire").build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity("everySecond", "interop").forJob(job)
                                  .withSchedule(CronScheduleBuilder.cronSchedule("* * * * * ?")).build();
            scheduler.scheduleJob(job, trigger);
        }
        scheduler.start();
        System.out.println("STARTED");
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                scheduler.shutdown(false);
            } catch (Exception e) {
            }
        }));
        Thread.currentThread().join();
    }
}
