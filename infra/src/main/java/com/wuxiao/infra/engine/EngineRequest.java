package com.wuxiao.infra.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request to Camunda's REST API, wherever it is mounted: {@code /engine-rest} for API clients,
 * {@code /camunda/api/engine} for the webapps; both with an optional {@code /engine/<name>}.
 *
 * @param method   the HTTP method, upper case
 * @param resource the path below the engine, e.g. {@code /task/42/complete}
 */
record EngineRequest(String method, String resource) {

    private static final Pattern MOUNT = Pattern.compile("^(?:/engine-rest|/camunda/api/engine)(?:/engine/[^/]+)?(?=/|$)");

    static Optional<EngineRequest> of(String method, String pathWithinApplication) {
        var matcher = MOUNT.matcher(pathWithinApplication);
        if (!matcher.find()) {
            return Optional.empty();
        }
        // Jersey matches with or without a trailing slash, and so must the rules.
        String resource = pathWithinApplication.substring(matcher.end()).replaceAll("/+", "/").replaceAll("(?<=.)/$", "");
        return Optional.of(new EngineRequest(method.toUpperCase(Locale.ROOT), resource.isEmpty() ? "/" : resource));
    }
}
