package io.loyaltyclub.demo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the demo shop once for all test classes of the run, on a free port with a fresh database in a
 * temporary folder, and stops it when the run ends. Test methods receive it as a {@link DemoShop} parameter.
 */
public class RunningShop implements BeforeAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(RunningShop.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        shop(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DemoShop.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shop(context);
    }

    private static DemoShop shop(ExtensionContext context) {
        Started started = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("shop", key -> new Started(), Started.class);
        if (started.failure != null) {
            // Started once per run: a shop that failed to start fails every test class, without starting again.
            throw new IllegalStateException("The demo shop did not start", started.failure);
        }
        return started.shop;
    }

    /** The shop and its data folder, closed by JUnit after the last test. */
    static final class Started implements CloseableResource {
        File dataDir;
        DemoShop shop;
        Exception failure;

        Started() {
            try {
                dataDir = Files.createTempDirectory("demo-shop-test").toFile();
                shop = new DemoShop(0, dataDir, true,
                        new File(System.getProperty("demo.webapp.dir", "src/main/webapp")),
                        new File(System.getProperty("demo.webapp.classpath", "target/webapp-classpath.txt")));
                long started = System.nanoTime();
                shop.start();
                System.out.println("Demo shop for the tests started in " + (System.nanoTime() - started) / 1_000_000 + " ms at " + shop.baseUrl());
            } catch (Exception e) {
                failure = e;
            }
        }

        @Override
        public void close() throws IOException {
            if (shop != null) {
                shop.stop();
            }
            if (dataDir != null) {
                deleteRecursively(dataDir);
            }
        }

        static void deleteRecursively(File file) {
            File[] children = file.listFiles();
            if (children != null) {
                for (File child : children) {
                    deleteRecursively(child);
                }
            }
            file.delete();
        }
    }
}
