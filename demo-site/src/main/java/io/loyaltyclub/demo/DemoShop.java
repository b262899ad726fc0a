package io.loyaltyclub.demo;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.webapp.Configuration;
import org.eclipse.jetty.webapp.WebAppContext;

/**
 * The demo shop: one embedded Jetty serving the Broadleaf storefront at {@code /} and the Broadleaf admin at
 * {@code /admin}, both on one HSQLDB database kept in files under the data folder.
 *
 * <p>Each web application gets a class loader of its own over the same jars, as two WARs in a servlet container
 * would: Broadleaf keeps state in static fields (cached beans, registries), which must not be shared between the
 * storefront and the admin. Only HSQLDB is loaded once, by the launcher's class loader, so that both web
 * applications talk to the same in-process database engine.</p>
 *
 * <p>The admin starts first: it creates the schema and loads the admin's roles, permissions and menus; the
 * storefront then adds the catalog, the demo shopper and past orders. Both only seed an empty database.</p>
 *
 * <p>Settings (system properties): {@code demo.port} (8080, 0 for any free port), {@code demo.data} (the database
 * folder, {@code data}), {@code demo.reset} (true deletes the database first), {@code demo.webapp.dir} (the folder
 * holding {@code site/} and {@code admin/}), {@code demo.webapp.classpath} (a file listing the web applications'
 * jars, written by the build).</p>
 */
public class DemoShop {

    /** The database inside the data folder. */
    static final String DATABASE_NAME = "shop";

    private final int requestedPort;
    private final File dataDir;
    private final boolean reset;
    private final File webappDir;
    private final File classpathFile;
    private Server server;
    private String jdbcUrl;

    public DemoShop(int port, File dataDir, boolean reset, File webappDir, File classpathFile) {
        this.requestedPort = port;
        this.dataDir = dataDir.getAbsoluteFile();
        this.reset = reset;
        this.webappDir = webappDir.getAbsoluteFile();
        this.classpathFile = classpathFile.getAbsoluteFile();
    }

    /** Reads the settings from system properties (see the class comment). */
    public static DemoShop fromSystemProperties() {
        return new DemoShop(
                Integer.parseInt(System.getProperty("demo.port", "8080")),
                new File(System.getProperty("demo.data", "data")),
                Boolean.parseBoolean(System.getProperty("demo.reset", "false")),
                new File(System.getProperty("demo.webapp.dir", "src/main/webapp")),
                new File(System.getProperty("demo.webapp.classpath", "target/webapp-classpath.txt")));
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        final DemoShop shop = fromSystemProperties();
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                shop.stop();
            }
        }, "demo-shop-shutdown"));
        try {
            shop.start();
        } catch (Exception e) {
            System.err.println("The demo shop did not start:");
            e.printStackTrace();
            shop.stop();
            System.exit(1);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.println();
        System.out.println("Demo shop ready in " + seconds + " s");
        System.out.println("  storefront  " + shop.baseUrl() + "/            shopper@example.com / demo1234");
        System.out.println("  admin       " + shop.baseUrl() + "/admin/      admin / admin");
        System.out.println("  database    " + shop.jdbcUrl);
        System.out.println("Press Ctrl+C to stop.");
        shop.server.join();
    }

    /** Starts the database and both web applications; returns once both are serving. */
    public synchronized void start() throws Exception {
        if (reset) {
            deleteDatabase();
        }
        if (!dataDir.isDirectory() && !dataDir.mkdirs()) {
            throw new IOException("Cannot create the data folder " + dataDir);
        }
        jdbcUrl = "jdbc:hsqldb:file:" + new File(dataDir, DATABASE_NAME).getPath()
                + ";hsqldb.tx=mvcc;hsqldb.write_delay=false";
        // Broadleaf's context files read these through ${...} placeholders.
        System.setProperty("demo.jdbc.url", jdbcUrl);
        System.setProperty("demo.data.dir", dataDir.getPath());
        if (System.getProperty("runtime.environment") == null) {
            // Broadleaf's property files per environment: the demo runs in 'development'.
            System.setProperty("runtime.environment", "development");
        }
        openDatabase();

        List<String> jars = webappClasspath();
        // demo.threads bounds the requests served at once (Jetty's own default: 200). Work beyond what the cores
        // can do at once waits in Jetty's queue in arrival order instead of sharing the cores with everything
        // else, which keeps the slowest requests close to the typical one under load.
        int threads = Integer.getInteger("demo.threads", 200);
        server = new Server(new QueuedThreadPool(threads, Math.min(8, threads)));
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(System.getProperty("demo.host", "0.0.0.0"));
        connector.setPort(requestedPort);
        server.addConnector(connector);
        // JNDI for the web applications' env-entry elements (each names its own JMX beans through appName).
        Configuration.ClassList.setServerDefault(server).addAfter("org.eclipse.jetty.webapp.FragmentConfiguration",
                "org.eclipse.jetty.plus.webapp.EnvConfiguration", "org.eclipse.jetty.plus.webapp.PlusConfiguration");

        ContextHandlerCollection contexts = new ContextHandlerCollection();
        // Started in this order: the admin makes the schema and its menus, the storefront seeds the shop.
        contexts.addHandler(webapp("/admin", new File(webappDir, "admin"), jars, "DEMOADMINSESSION"));
        contexts.addHandler(webapp("/", new File(webappDir, "site"), jars, "DEMOSHOPSESSION"));
        server.setHandler(contexts);
        server.setStopAtShutdown(false);
        server.start();
        for (org.eclipse.jetty.server.Handler handler : contexts.getHandlers()) {
            WebAppContext context = (WebAppContext) handler;
            if (!context.isAvailable() || context.getUnavailableException() != null) {
                Throwable cause = context.getUnavailableException();
                stop();
                throw new IllegalStateException("The web application at " + context.getContextPath() + " did not start", cause);
            }
        }
    }

    /** Stops both web applications, then closes the database cleanly so that its files are consistent. */
    public synchronized void stop() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                System.err.println("Stopping Jetty failed: " + e);
            }
            server.destroy();
            server = null;
        }
        if (jdbcUrl != null) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, "SA", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                System.err.println("Closing the database failed: " + e);
            }
            jdbcUrl = null;
        }
    }

    /** The port the shop listens on (useful when started on port 0). */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    private WebAppContext webapp(String contextPath, File base, List<String> jars, String sessionCookie) throws IOException {
        if (!new File(base, "WEB-INF/web.xml").isFile()) {
            throw new IOException("No web application in " + base + " (set demo.webapp.dir)");
        }
        WebAppContext context = new WebAppContext();
        context.setContextPath(contextPath);
        context.setResourceBase(base.getPath());
        context.setDescriptor(new File(base, "WEB-INF/web.xml").getPath());
        context.setParentLoaderPriority(false);
        context.setExtraClasspath(String.join(";", jars));
        context.setThrowUnavailableOnStartupException(true);
        context.setLogUrlOnStart(true);
        context.getSessionHandler().getSessionCookieConfig().setName(sessionCookie);
        context.setInitParameter("org.eclipse.jetty.servlet.Default.dirAllowed", "false");
        // HSQLDB stays with the launcher: one database engine for both web applications.
        context.getSystemClasspathPattern().add("org.hsqldb.");
        return context;
    }

    /** The jars the build listed for the web applications, plus the shop's own classes; never the container. */
    private List<String> webappClasspath() throws IOException {
        if (!classpathFile.isFile()) {
            throw new IOException("No class path list at " + classpathFile + " (run the build first: ./mvnw -pl demo-site -am install -DskipTests)");
        }
        String listed = new String(Files.readAllBytes(classpathFile.toPath()), StandardCharsets.UTF_8).trim();
        List<String> jars = new ArrayList<String>();
        File classes = new File(classpathFile.getParentFile(), "classes");
        jars.add(classes.getPath());
        for (String entry : listed.split(File.pathSeparator)) {
            String name = new File(entry).getName().toLowerCase(Locale.ROOT);
            boolean container = name.startsWith("jetty-") || name.startsWith("javax.servlet-api")
                    || name.startsWith("hsqldb") || name.startsWith("spring-instrument");
            if (!entry.isEmpty() && !container) {
                jars.add(entry);
            }
        }
        return jars;
    }

    private void openDatabase() throws SQLException {
        try {
            Class.forName("org.hsqldb.jdbc.JDBCDriver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("HSQLDB is not on the launcher's class path", e);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "SA", "")) {
            connection.isValid(5);
        }
    }

    private void deleteDatabase() throws IOException {
        File[] files = dataDir.listFiles();
        if (files == null) {
            return;
        }
        for (File file : files) {
            if (file.getName().startsWith(DATABASE_NAME + ".") || file.getName().equals(DATABASE_NAME + ".tmp")) {
                deleteRecursively(file);
            }
        }
    }

    private static void deleteRecursively(File file) throws IOException {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteRecursively(child);
            }
        }
        if (file.exists() && !file.delete()) {
            throw new IOException("Cannot delete " + file);
        }
    }
}
