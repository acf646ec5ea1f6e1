package com.wuxiao.infra.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Issue 12's crash run, the client side (infra/bench/crash kills and restarts the app):
 * {@link SteadyClients} and, from the second minute, {@link Scorers} while the app dies under them;
 * when the stop file appears, it waits for the processors and checks everything acknowledged against
 * the database: {@link CrashChecks} and the scores' own check.
 * Arguments: base, jdbc, stopFile, out.
 */
public final class CrashRun {

    private static final Duration SCORING_FROM = Duration.ofSeconds(60);

    private CrashRun() {
    }

    private static Object sum(Object a, Object b) {
        return ((Number) a).longValue() + ((Number) b).longValue();
    }

    public static void main(String[] args) {
        try {
            System.exit(run(arguments(args)) ? 0 : 1);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static boolean run(Map<String, String> given) throws Exception {
        BenchHttp http = new BenchHttp(URI.create(given.get("base")), "demo123");
        SteadyClients clients = new SteadyClients(List.of(http));
        clients.start();
        Scorers scorers = new Scorers(http);
        AtomicBoolean stopScoring = new AtomicBoolean();
        Thread scoring = SteadyClients.start("score", () -> {
            SteadyClients.sleep(SCORING_FROM.toMillis());   // a round needs accepted proposals
            scorers.run(stopScoring);
        });
        Path stopFile = Path.of(given.get("stopFile"));
        while (!Files.exists(stopFile)) {
            Thread.sleep(500);
        }
        stopScoring.set(true);
        scoring.join();
        clients.stop();
        BenchDatabase database = new BenchDatabase(given.get("jdbc"), "postgres", "");
        Map<String, Object> report = new CrashChecks(http, database).check(clients.declared, clients.screened, clients.unsure);
        Map<String, Object> scores = scorers.check(database);
        report.put("scores", scores);
        report.merge("lost", scores.get("lost"), CrashRun::sum);
        report.merge("doubled", scores.get("doubled"), CrashRun::sum);
        report.merge("itemsChecked", scorers.scored.size() + scorers.unsure.size(), CrashRun::sum);
        report.put("kills", Integer.parseInt(Files.readString(stopFile).trim()));
        report.put("requestsResentAfterALostAnswer", clients.lostAnswers.get());
        report.put("declarationsRefused", clients.refused.get());
        // A run in which no score was acknowledged has not shown that scores survive a crash.
        return CrashChecks.write(report, Path.of(given.get("out"))) && clients.refused.get() == 0
               && !scorers.scored.isEmpty();
    }

    static Map<String, String> arguments(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            given.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return given;
    }
}
