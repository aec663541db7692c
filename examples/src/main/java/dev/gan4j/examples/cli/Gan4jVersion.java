package dev.gan4j.examples.cli;

import picocli.CommandLine;

/** Reports the gan4j version from the jar manifest, and the Java runtime. */
public final class Gan4jVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Gan4jVersion.class.getPackage().getImplementationVersion();
        return new String[] {"gan4j " + (version != null ? version : "(development build)"),
            "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch")};
    }
}
