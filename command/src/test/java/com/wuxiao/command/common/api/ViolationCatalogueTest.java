package com.wuxiao.command.common.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.wuxiao.command.common.api.RuleViolation.both;
import static com.wuxiao.command.common.api.RuleViolation.term;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The violation catalogue against the code: every code and term raised has both texts, and nothing else is listed. */
class ViolationCatalogueTest {

    /** Surefire runs in the module's directory; the sources of all four modules are its siblings. */
    private static final List<Path> SOURCES = Stream.of("command", "query", "processes", "infra")
            .map(module -> Path.of("..", module, "src", "main", "java")).toList();
    private static final Pattern RAISED =
            Pattern.compile("RuleViolation\\.(?:invalid|forbidden|conflict|notFound)\\(\\s*\"([^\"]+)\"");
    /** A factory called with anything but a literal code would hide that code from this test. */
    private static final Pattern NOT_LITERAL =
            Pattern.compile("RuleViolation\\.(?:invalid|forbidden|conflict|notFound)\\(\\s*[^\"\\s]");
    private static final Pattern TERM = Pattern.compile("\\bterm\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void everyCodeAndTermOfTheSourcesHasBothTextsAndTheCatalogueListsNothingElse() {
        String sources = sources();
        Set<String> codes = matches(RAISED, sources);
        Set<String> terms = matches(TERM, sources);
        assertThat(codes).as("codes found: the scan reached the sources").hasSizeGreaterThan(150)
                .contains("required", "not-union-leader", "bad-page", "screening-ambiguous");
        assertThat(terms).contains("field.title", "action.do-this", "file.uploaded");
        assertThat(matches(NOT_LITERAL, sources)).as("factory calls without a literal code").isEmpty();

        Set<String> used = new TreeSet<>(codes);
        used.addAll(terms);
        for (String key : used) {
            assertThat(text(ViolationCatalogue.ZH, key)).as("Chinese text of %s", key).isNotBlank();
            assertThat(text(ViolationCatalogue.EN, key)).as("English text of %s", key).isNotBlank();
        }
        assertThat(ViolationCatalogue.ZH.keySet()).as("entries no source uses").isSubsetOf(used);
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndTheSameArguments() {
        assertThat(new TreeSet<>(ViolationCatalogue.EN.keySet()))
                .isEqualTo(new TreeSet<>(ViolationCatalogue.ZH.keySet()));
        for (String key : ViolationCatalogue.ZH.keySet()) {
            assertThat(matches(ARGUMENT, ViolationCatalogue.EN.getString(key))).as("arguments of %s", key)
                    .isEqualTo(matches(ARGUMENT, ViolationCatalogue.ZH.getString(key)));
        }
    }

    /** A lone quote swallows text or arguments: formatting "{n}" back in must give the template, quotes undoubled. */
    @Test
    void everyTemplateIsWellQuoted() {
        for (ResourceBundle bundle : List.of(ViolationCatalogue.ZH, ViolationCatalogue.EN)) {
            for (String key : bundle.keySet()) {
                String template = bundle.getString(key);
                Object[] placeholders = matches(ARGUMENT, template).stream().map(i -> "{" + i + "}").toArray();
                assertThat(ViolationCatalogue.format(bundle, key, (Object[]) sortedByIndex(placeholders)))
                        .as("%s in %s", key, bundle.getLocale()).isEqualTo(template.replace("''", "'"));
            }
        }
    }

    @Test
    void argumentsRenderInEachLanguage() {
        RuleViolation required = RuleViolation.invalid("required", "title", term("field.title"));
        assertThat(required.messageZh()).isEqualTo("标题不能为空");
        assertThat(required.messageEn()).isEqualTo("title is required");
        assertThat(required.getMessage()).isEqualTo("标题不能为空 / title is required");

        RuleViolation tooLong = RuleViolation.invalid("too-long", "title", term("field.title"), 1000);
        assertThat(tooLong.messageEn()).isEqualTo("title must be at most 1000 characters");

        RuleViolation year = RuleViolation.conflict("year-not-configured", 2025);
        assertThat(year.messageZh()).isEqualTo("2025 年度竞赛尚未设置");
        assertThat(year.messageEn()).isEqualTo("the competition year 2025 is not configured");

        RuleViolation screened = RuleViolation.conflict("already-screened", both("已退回", "RETURNED"));
        assertThat(screened.messageZh()).isEqualTo("该版本已初审（已退回）");
        assertThat(screened.messageEn()).isEqualTo("this revision was screened already (RETURNED)");

        RuleViolation opened = RuleViolation.conflict("already-opened");
        assertThat(opened.messageEn()).isEqualTo("this quarter's round is open already");
        assertThat(opened.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(opened.code()).isEqualTo("already-opened");
        assertThat(opened.field()).isNull();

        assertThat(RuleViolation.conflict("not-declaration-month", 3, 2026).messageZh())
                .isEqualTo("2026 年 3 月不是申报月份");
    }

    @Test
    void anUnknownCodeOrTermFailsLoudly() {
        assertThatThrownBy(() -> RuleViolation.conflict("no-such-code"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"no-such-code\"");
        assertThatThrownBy(() -> RuleViolation.invalid("required", "x", term("field.no-such-label")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"field.no-such-label\"");
    }

    @Test
    void englishNeverFallsBackToChinese() {
        String probe = "com.wuxiao.command.common.api.chineseonly";
        assertThat(ViolationCatalogue.load(probe, Locale.ROOT).getString("only-chinese")).isEqualTo("只有中文");
        assertThatThrownBy(() -> ViolationCatalogue.load(probe, Locale.ENGLISH))
                .isInstanceOf(MissingResourceException.class);
        assertThat(ViolationCatalogue.EN.getLocale()).isEqualTo(Locale.ENGLISH);
    }

    private static String[] sortedByIndex(Object[] placeholders) {
        String[] byIndex = new String[placeholders.length];
        for (Object placeholder : placeholders) {
            String text = (String) placeholder;
            byIndex[Integer.parseInt(text.substring(1, text.length() - 1))] = text;
        }
        return byIndex;
    }

    private static String text(ResourceBundle bundle, String key) {
        return ViolationCatalogue.format(bundle, key, new Object[] {"x", "y", "z", "w"});
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.groupCount() == 0 ? matcher.group() : matcher.group(1));
        }
        return found;
    }

    private static String sources() {
        StringBuilder all = new StringBuilder();
        for (Path root : SOURCES) {
            assertThat(root).as("source folder").isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    all.append(Files.readString(file)).append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }
}
