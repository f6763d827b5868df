package org.descentfx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.descentfx.cli.Version;
import org.descentfx.core.lesson.BuiltInLessons;
import org.descentfx.cli.WindowCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The launcher: the top command, its help and version, and the window fallback. */
class MainTest {

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTrainAndTheExitCodes() {
        // when
        Result help = run("--help");

        // then
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: descentfx")
                .contains("train", "Exit codes:", "1  the data could not be read", "2  an unknown option");
        assertThat(help.err()).isEmpty();
    }

    @Test
    void versionPrintsTheRelease() {
        // when
        Result version = run("--version");

        // then
        assertThat(version.code()).isZero();
        assertThat(version.out()).isEqualTo("DescentFX 0.1.0" + System.lineSeparator());
    }

    @Test
    void theVersionIsTheOneInThePom() throws IOException {
        // given
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>descentfx</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);

        // when
        boolean found = m.find();

        // then
        assertThat(found).as("the project's version in pom.xml").isTrue();
        assertThat(Version.NUMBER).isEqualTo(m.group(1));
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        // when
        Result result = run("paint");

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().lines().findFirst().orElseThrow()).startsWith("descentfx: ").contains("'paint'");
        assertThat(result.err()).contains("Usage: descentfx");
    }

    @Test
    void anOptionWithoutACommandIsAUsageError() {
        // when
        Result result = run("--lr", "0.1");

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("descentfx: ").contains("Usage: descentfx");
    }

    @Test
    void noCommandIsAUsageError() {
        // when
        Result result = run();

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("descentfx: ").contains("Usage: descentfx");
    }

    @Test
    void optionsWithoutACommandBelongToTheWindowButHelpAndVersionDoNot() {
        assertThat(Main.opensWindow("--play")).isTrue();
        assertThat(Main.opensWindow("--lr")).isTrue();
        assertThat(Main.opensWindow("--help")).isFalse();
        assertThat(Main.opensWindow("-V")).isFalse();
        assertThat(Main.opensWindow("train")).isFalse();
    }

    @Test
    void aBadWindowOptionIsAUsageError() {
        // when
        Result result = run("window", "--lr", "-1");

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--lr");
    }

    @Test
    void anUnknownDataSetForTheWindowIsBadData() {
        Result result = run("window", "--data", "no-such-set");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("no-such-set");
    }

    @Test
    void aSessionFileFirstOpensTheWindowOnIt(@TempDir Path dir) throws IOException {
        // given: what a file manager runs on double-click, and an older session saved as JSON
        Path saved = Files.writeString(dir.resolve("lesson.descentfx"), "{}");
        Path older = Files.writeString(dir.resolve("older.json"), "{}");

        // then
        assertThat(Main.commandLine(new String[] {saved.toString()}))
                .containsExactly("window", "--session", saved.toString());
        assertThat(Main.commandLine(new String[] {older.toString(), "--play"}))
                .containsExactly("window", "--session", older.toString(), "--play");
        assertThat(Main.commandLine(new String[] {saved.toUri().toString()}))
                .containsExactly("window", "--session", saved.toString());
    }

    @Test
    void aLessonFileFirstOpensTheWindowOnIt() {
        assertThat(Main.commandLine(new String[] {"mine.md", "--play"}))
                .containsExactly("window", "--lesson", "mine.md", "--play");
        assertThat(Main.commandLine(new String[] {"lessons/Notes.MARKDOWN"}))
                .containsExactly("window", "--lesson", "lessons/Notes.MARKDOWN");
    }

    @Test
    void aLessonThatIsNeitherAFileNorBuiltInIsBadDataNamingTheBuiltInOnes() {
        Result result = run("window", "--lesson", "no-such-lesson");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("no-such-lesson:1: no such lesson file, and no built-in lesson")
                .contains("2-gradient-descent.md");
    }

    @Test
    void aBrokenLessonFileIsRefusedBeforeAnyWindowWithEveryProblemAtItsLine(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.md"), "# Bad\n## S\ntext\n```setup\neta: -1\n```\n");

        Result result = run("window", "--lesson", bad.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains(bad + ":5: eta: η must be > 0");
    }

    @Test
    void aBuiltInLessonIsFoundByItsNumberOrName() throws Exception {
        assertThat(BuiltInLessons.find("2")).contains("2-gradient-descent.md");
        assertThat(BuiltInLessons.find("2-gradient-descent")).contains("2-gradient-descent.md");
        assertThat(BuiltInLessons.find("2-gradient-descent.md")).contains("2-gradient-descent.md");
        assertThat(BuiltInLessons.find("0")).isEmpty();
        assertThat(BuiltInLessons.find("gradient")).isEmpty();
        assertThat(WindowCommand.lesson("4").title()).isEqualTo(BuiltInLessons.load("4-mini-batches.md").title());
    }

    @Test
    void aSessionNameWithoutAFolderIsAFileToo() {
        assertThat(Main.commandLine(new String[] {"missing.descentfx"}))
                .containsExactly("window", "--session", "missing.descentfx");
    }

    @Test
    void commandsAndTyposOfThemAreNotFiles() {
        assertThat(Main.commandLine(new String[] {"train", "--epochs", "2"})).containsExactly("train", "--epochs", "2");
        assertThat(Main.commandLine(new String[] {"render"})).containsExactly("render");
        assertThat(Main.commandLine(new String[] {"paint"})).containsExactly("paint");
        assertThat(Main.commandLine(new String[] {"--version"})).containsExactly("--version");
        assertThat(Main.commandLine(new String[] {})).containsExactly("window");
        assertThat(Main.commandLine(new String[] {"--play"})).containsExactly("window", "--play");
    }

    @Test
    void theWindowCommandTakesTheSessionItIsGiven() {
        // given
        String[] args = Main.commandLine(new String[] {"lessons/valley.descentfx", "--valley"});
        WindowCommand window = new WindowCommand();

        // when
        new CommandLine(window).parseArgs(Arrays.copyOfRange(args, 1, args.length));

        // then
        assertThat(args[0]).isEqualTo("window");
        assertThat(window.session()).isEqualTo(Path.of("lessons/valley.descentfx"));
    }
}
