package org.descentfx;

/**
 * Launcher for plain {@code java -cp}: it does not extend {@code Application}, so the
 * JavaFX runtime loads from the classpath. A placeholder until the window and the
 * headless subcommands exist.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.out.println("the DescentFX window is not built yet");
            return;
        }
        System.err.println("usage: run.sh   (no arguments: opens the window; subcommands are not built yet)");
        System.exit(2);
    }
}
