package com.wuxiao.command.attachment;

import com.wuxiao.command.common.api.RuleViolation;

/**
 * A client's file name becomes a display name only (files are stored under server-made ids): a name
 * with path parts is refused, since no browser sends one and a name like {@code ../../etc/passwd}
 * is an attack; control, bidi and lone-surrogate characters are dropped; the length is capped with
 * the extension kept.
 */
final class FileNames {

    static final int MAX_LENGTH = 120;
    static final String UNNAMED = "attachment";
    private static final int MAX_EXTENSION = 10;

    private FileNames() {
    }

    static String displayName(String original) {
        if (original == null) {
            return UNNAMED;
        }
        String stripped = strip(original).strip();
        if (original.indexOf('/') >= 0 || original.indexOf('\\') >= 0 || stripped.equals(".")
            || stripped.equals("..")) {
            throw RuleViolation.invalid("file-name-has-path", "file");
        }
        if (stripped.isEmpty()) {
            return UNNAMED;
        }
        return cap(stripped);
    }

    private static String strip(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                out.append(c).append(name.charAt(++i));
            } else if (!Character.isISOControl(c) && !Character.isSurrogate(c) && !isBidiControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F';
    }

    /** At most {@link #MAX_LENGTH} code points, keeping a short extension. */
    private static String cap(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return base.substring(0, base.offsetByCodePoints(0, keep)) + extension;
    }
}
