package io.loyaltyclub.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Boots the Broadleaf context when the test run starts, before JUnit loads any test class. Broadleaf transforms
 * entity classes as they load and refuses to start if one was loaded before its transformers were in place,
 * and a test class that names an entity (a field, a method reference) loads it during discovery.
 *
 * <p>Only in integration-test runs ({@code -Dloyalty.test.boot=true}, set by Failsafe); a failure is kept and
 * reported by the first test that needs the context.</p>
 */
public class BootBroadleafFirst implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean("loyalty.test.boot")) {
            try {
                BroadleafContext.get();
            } catch (RuntimeException e) {
                // kept by BroadleafContext and rethrown to every test that asks for it
            }
        }
    }
}
