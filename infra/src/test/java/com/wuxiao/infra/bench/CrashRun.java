package com.wuxiao.infra.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 12's crash run, the client side (infra/bench/crash kills and restarts the app):
 * {@link SteadyClients} while the app dies under them; when the stop file appears, it waits for the
 * processors and checks everything acknowledged against the database: {@link CrashChecks}.
 * Arguments: base, jdbc, stopFile, out.
 */
public final class CrashRun {

    private CrashRun() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> given = arguments(args);
        BenchHttp http = new BenchHttp(URI.create(given.get("base")), "demo123");
        SteadyClients clients = new SteadyClients(List.of(http));
        clients.start();
        Path stopFile = Path.of(given.get("stopFile"));
        while (!Files.exists(stopFile)) {
            Thread.sleep(500);
        }
        clients.stop();
        Map<String, Object> report = new CrashChecks(http, new BenchDatabase(given.get("jdbc"), "postgres", ""))
                .check(clients.declared, clients.screened, clients.unsure);
        report.put("kills", Integer.parseInt(Files.readString(stopFile).trim()));
        report.put("requestsResentAfterALostAnswer", clients.lostAnswers.get());
        report.put("declarationsRefused", clients.refused.get());
        System.exit(CrashChecks.write(report, Path.of(given.get("out"))) && clients.refused.get() == 0 ? 0 : 1);
    }

    static Map<String, String> arguments(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            given.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return given;
    }
}
