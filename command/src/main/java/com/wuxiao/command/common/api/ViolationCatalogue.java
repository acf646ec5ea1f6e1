package com.wuxiao.command.common.api;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of all rule violations: {@code violations.properties} (Chinese, the default) and
 * {@code violations_en.properties} (English), UTF-8, keyed by violation code or by the label of a
 * {@link RuleViolation.Term}, each a {@link MessageFormat} template.
 */
final class ViolationCatalogue {

    static final String BASE_NAME = "com.wuxiao.command.common.api.violations";

    /** Each bundle alone: no parent and no default locale, so a missing English entry fails, never reads Chinese. */
    private static final ResourceBundle.Control EXACT = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(locale);
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    };

    static final ResourceBundle ZH = load(BASE_NAME, Locale.ROOT);
    static final ResourceBundle EN = load(BASE_NAME, Locale.ENGLISH);

    private ViolationCatalogue() {
    }

    static ResourceBundle load(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, EXACT);
    }

    static RuleViolation.Message message(String code, Object... args) {
        return new RuleViolation.Message(format(ZH, code, args), format(EN, code, args));
    }

    /**
     * The template of {@code key} with the arguments: terms and bilingual words in the bundle's
     * language, anything else as {@code String.valueOf}, so ids and years never read "2,025".
     */
    static String format(ResourceBundle bundle, String key, Object... args) {
        Object[] texts = Arrays.stream(args).map(arg -> argument(bundle, arg)).toArray();
        return new MessageFormat(template(bundle, key), Locale.ROOT).format(texts);
    }

    static String template(ResourceBundle bundle, String key) {
        try {
            String template = bundle.getString(key);
            if (!template.isBlank()) {
                return template;
            }
        } catch (MissingResourceException missing) {
            // reported below with the code and the language
        }
        String language = bundle == EN ? "English" : "Chinese";
        throw new IllegalStateException("no " + language + " text for the rule violation code or term \"" + key
                + "\" in " + BASE_NAME);
    }

    private static String argument(ResourceBundle bundle, Object arg) {
        if (arg instanceof RuleViolation.Term term) {
            return format(bundle, term.key()); // a term is a template too: its '' reads as '
        }
        if (arg instanceof RuleViolation.Message both) {
            return bundle == EN ? both.en() : both.zh();
        }
        return String.valueOf(arg);
    }
}
