package dev.ryugaku.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Looks into the app under load through its JMX port on this machine (bench/load.sh opens it on
 * 127.0.0.1 only): heap after a full GC, open HTTP sessions, and the heap's class histogram.
 */
final class AppProbe implements AutoCloseable {

    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private final JMXConnector connector;
    private final MBeanServerConnection server;

    private AppProbe(JMXConnector connector) throws IOException {
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
    }

    static AppProbe connect() {
        String address = System.getProperty("load.jmx", "127.0.0.1:8384");
        try {
            return new AppProbe(JMXConnectorFactory.connect(
                    new JMXServiceURL("service:jmx:rmi:///jndi/rmi://" + address + "/jmxrmi")));
        } catch (IOException e) {
            throw new IllegalStateException("The app's JMX port " + address + " does not answer (started by bench/load.sh?)", e);
        }
    }

    /** Heap in use after full collections (two, then again until it stops shrinking), in bytes. */
    long heapAfterFullGc() throws IOException {
        MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            memory.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used * 0.999) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }

    /** HTTP sessions Tomcat holds (needs server.tomcat.mbeanregistry.enabled=true). */
    long openSessions() throws Exception {
        long sessions = 0;
        for (ObjectName manager : server.queryNames(new ObjectName("*:type=Manager,*"), null)) {
            sessions += ((Number) server.getAttribute(manager, "activeSessions")).longValue();
        }
        return sessions;
    }

    /** Instances and bytes per class in the heap (live objects: the histogram runs a full GC first), largest first. */
    Map<String, long[]> classHistogram() throws Exception {
        String histogram = (String) server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new LinkedHashMap<>();
        for (String line : histogram.split("\n")) {
            Matcher matcher = HISTOGRAM_LINE.matcher(line);
            if (matcher.find()) {
                classes.put(matcher.group(3), new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))});
            }
        }
        return classes;
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
