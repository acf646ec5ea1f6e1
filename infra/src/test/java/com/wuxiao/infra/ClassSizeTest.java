package com.wuxiao.infra;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No source file of the application above 350 lines (issue 11): past about 300 a class hides a
 * concept of its own, and the limit keeps that question asked. Reads the four modules' src/main
 * from the repository (surefire runs in the infra module's directory).
 */
class ClassSizeTest {

    private static final int MOST_LINES = 350;
    private static final List<String> MODULES = List.of("command", "query", "processes", "infra");

    @Test
    void noMainSourceFileIsLongerThan350Lines() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> sources;
        try (Stream<Path> modules = MODULES.stream().map(m -> root.resolve(m).resolve("src/main/java"))) {
            sources = modules.flatMap(ClassSizeTest::javaFiles).toList();
        }
        assertThat(sources).as("the modules' sources").hasSizeGreaterThan(300);
        List<String> tooLong = sources.stream().filter(path -> lines(path) > MOST_LINES)
                .map(path -> root.relativize(path) + " (" + lines(path) + " lines)").toList();
        assertThat(tooLong).as("source files above " + MOST_LINES + " lines").isEmpty();
    }

    private static Stream<Path> javaFiles(Path dir) {
        try {
            return Files.walk(dir).filter(path -> path.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(Path path) {
        try (Stream<String> lines = Files.lines(path)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
