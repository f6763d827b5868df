package org.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.descentfx.ui.plot.ColorScale;
import org.descentfx.ui.plot.RunColors;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code render} draws the descent into a PNG without a display, and refuses bad input as {@code train} does. */
class RenderCommandTest {
    @TempDir
    Path dir;

    /**
     * The UI tests of this JVM need the toolkit as TestFX starts it; so TestFX starts it here, and
     * {@code render} finds it running. {@link #drawsInAFreshJvmWithNoDisplay} covers the start by render.
     */
    @BeforeAll
    static void shareTheToolkitWithTheUiTests() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void drawsInAFreshJvmWithNoDisplay() throws Exception {
        // given: a JVM of its own, without the test run's toolkit settings, and no X server
        Path png = dir.resolve("fresh.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.descentfx.Main", "render", "--compare", "--epochs", "5", "--width", "640", "--height", "400",
                "--out", png.toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.redirectErrorStream(true);

        // when
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);

        // then
        assertThat(ended).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).as("nothing printed, not even the toolkit's warnings").isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(share(image, RenderCommandTest::viridis)).isGreaterThan(0.08);
    }

    @Test
    void drawsTheComparisonAtTheRequestedSizeWithBothRunsOnTheViridisMap() throws IOException {
        // given
        Path png = dir.resolve("compare.png");

        // when
        Cli cli = Cli.run("render", "--compare", "--start", "-1,-3", "--lr", "0.02", "--epochs", "10",
                "--width", "900", "--height", "560", "--out", png.toString());

        // then
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.err()).isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(560);
        assertThat(distinctColours(image)).isGreaterThan(500);
        assertThat(share(image, RenderCommandTest::viridis)).as("share of the picture in the map's colours")
                .isGreaterThan(0.15);
        assertThat(count(image, c -> near(c, RunColors.MINI_BATCH))).as("mini-batch pixels").isGreaterThan(50);
        assertThat(count(image, c -> near(c, RunColors.FULL_BATCH))).as("full-batch pixels").isGreaterThan(50);
        assertThat(count(image, c -> near(c, RunColors.STOCHASTIC))).as("no stochastic run asked for").isZero();
    }

    @Test
    void stochasticAddsTheThirdRunAndTheMapAloneHasTheDefaultSize() throws IOException {
        // given
        Path png = dir.resolve("map.png");

        // when
        Cli cli = Cli.run("render", "--stochastic", "--view", "map", "--epochs", "3", "--out", png.toString());

        // then
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);
        assertThat(count(image, c -> near(c, RunColors.STOCHASTIC))).as("stochastic pixels").isGreaterThan(50);
        assertThat(share(image, RenderCommandTest::viridis)).isGreaterThan(0.4);
    }

    @Test
    void theChartAloneHasNoMapColours() throws IOException {
        // given
        Path png = dir.resolve("chart.png");

        // when
        Cli cli = Cli.run("render", "--view", "chart", "--log-scale", "--width", "800", "--height", "450",
                "--out", png.toString());

        // then
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(share(image, RenderCommandTest::viridis)).isLessThan(0.02);
        assertThat(count(image, c -> near(c, RunColors.MINI_BATCH))).isGreaterThan(50);
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(new String[] {"--width", "10"}, "--width"),
                Arguments.of(new String[] {"--height", "tall"}, "--height"),
                Arguments.of(new String[] {"--view", "pie"}, "--view"),
                Arguments.of(new String[] {"--scale", "0"}, "--scale"),
                Arguments.of(new String[] {"--x-axis", "time"}, "--x-axis"),
                Arguments.of(new String[] {"--lr", "-1"}, "--lr"),
                Arguments.of(new String[] {"--colour", "red"}, "--colour"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badOptions")
    void aBadOptionIsAUsageErrorAndWritesNothing(String[] options, String option) {
        // given
        Path png = dir.resolve("bad.png");
        String[] args = Stream.concat(Stream.of("render", "--out", png.toString()), Stream.of(options))
                .toArray(String[]::new);

        // when
        Cli cli = Cli.run(args);

        // then
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines().get(0)).startsWith("descentfx: ").contains(option);
        assertThat(cli.err()).contains("Usage: descentfx render");
        assertThat(png).doesNotExist();
    }

    @Test
    void withoutOutItIsAUsageError() {
        Cli cli = Cli.run("render", "--compare");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.errLines().get(0)).startsWith("descentfx: ").contains("--out");
    }

    @Test
    void dataThatCannotBeReadExitsOneAndWritesNothing() throws IOException {
        // given
        Path data = Files.writeString(dir.resolve("broken.csv"), "x,y\n1,2\n3,abc\n");
        Path png = dir.resolve("broken.png");

        // when
        Cli cli = Cli.run("render", "--data", data.toString(), "--out", png.toString());

        // then
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(cli.errLines()).hasSize(1);
        assertThat(cli.err()).startsWith("descentfx: ").contains("broken.csv").contains("abc");
        assertThat(png).doesNotExist();
    }

    @Test
    void anUnwritableOutputExitsOneWithTheReason() {
        // given
        Path png = dir.resolve("missing").resolve("figure.png");

        // when
        Cli cli = Cli.run("render", "--width", "320", "--height", "200", "--out", png.toString());

        // then
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(cli.err()).startsWith("descentfx: cannot write '" + png + "'").contains("does not exist");
    }

    @Test
    void aDivergingDescentIsStillDrawnAndExitsThree() throws IOException {
        // given
        Path png = dir.resolve("diverged.png");

        // when
        Cli cli = Cli.run("render", "--lr", "5", "--width", "640", "--height", "400", "--out", png.toString());

        // then
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.DIVERGED);
        assertThat(cli.err()).startsWith("descentfx: the mini-batch (m = 10) descent diverged at step ")
                .contains("lower --lr");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(640);
    }

    // ---- pixels -----------------------------------------------------------------------------------

    private static final Set<Integer> VIRIDIS = new HashSet<>();

    static {
        for (int k = 0; k <= 255; k++) {
            VIRIDIS.add(ColorScale.argb(k / 255.0) & 0xFFFFFF);
        }
    }

    /** Within a few levels of one of the map's colours (contour lines and paths are not). */
    private static boolean viridis(int rgb) {
        for (int v : VIRIDIS) {
            if (distance(rgb, v) < 6) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(int rgb, Color c) {
        int target = ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
        return distance(rgb, target) < 30;
    }

    private static double distance(int a, int b) {
        int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
        int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    private static int count(BufferedImage image, java.util.function.IntPredicate test) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                count += test.test(image.getRGB(x, y) & 0xFFFFFF) ? 1 : 0;
            }
        }
        return count;
    }

    private static double share(BufferedImage image, java.util.function.IntPredicate test) {
        double sampled = Math.ceil(image.getWidth() / 2.0) * Math.ceil(image.getHeight() / 2.0);
        return count(image, test) / sampled;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
