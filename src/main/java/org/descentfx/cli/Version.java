package org.descentfx.cli;

import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints. Kept equal to the version in pom.xml by a test. */
public final class Version implements IVersionProvider {
    /** The release number, as in pom.xml. */
    public static final String NUMBER = "0.1.0";
    /** The one line {@code --version} prints. */
    public static final String TEXT = "DescentFX " + NUMBER;

    @Override
    public String[] getVersion() {
        return new String[] {TEXT};
    }
}
