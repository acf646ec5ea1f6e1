package com.wuxiao.infra.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The declarations the benchmark sends, as the demo company's workers (the {@code demo} profile's
 * people, its password): each client declares for one worker of its own unit, in one of six
 * categories, with a text varied enough that the duplicate check has real work. The probe's worker
 * and category are its own, so its figures can be read off the boards without counting the others'.
 */
final class Workload {

    record Worker(String id, String unitId) {
    }

    /** Load clients take these in turn; ZC1's and JJ2's proposals are the ones screened later. */
    static final List<Worker> SUBMITTERS = List.of(new Worker("w1001", "ZC1"), new Worker("w1002", "ZC1"),
            new Worker("w2001", "JJ2"), new Worker("w3001", "JDK"));
    /** The freshness probe declares alone, in a category nobody else uses; its coordinator screens it. */
    static final Worker PROBE = new Worker("w3002", "JDK");
    static final String PROBE_CATEGORY = "GLCX";
    static final String PROBE_SCREENER = "c3001";
    /** Who screens each unit's proposals of the load (the demo's coordinators). */
    static final Map<String, List<String>> SCREENERS = Map.of("ZC1", List.of("c1001", "c1002"), "JJ2", List.of("c2001"));
    static final String ADMIN = "admin";
    static final String LEADER = "leader";

    private static final List<String> CATEGORIES = List.of("JJKF", "JDYS", "TFAQ", "CMJS", "DZCL", "XXH");
    private static final List<String> TYPES = List.of("INVENTION", "CREATION", "INNOVATION", "DESIGN", "SUGGESTION");
    private static final List<String> OBJECTS = List.of("采煤机", "皮带机", "液压支架", "刮板输送机", "通风机", "水泵",
            "绞车", "变电所", "掘进机", "瓦斯抽放管路", "架空乘人装置", "破碎机", "转载机", "监控分站");
    private static final List<String> PARTS = List.of("截齿", "托辊", "密封圈", "滚筒", "电机轴承", "减速器", "油缸",
            "链条", "阀组", "传感器", "电缆接头", "挡煤板");
    private static final List<String> ACTIONS = List.of("快速更换工装", "在线监测装置", "防磨损改造", "自动润滑",
            "故障预警", "检修平台", "远程控制", "节能改造", "防堵装置", "清扫器改进");

    private Workload() {
    }

    static Worker submitter(int client) {
        return SUBMITTERS.get(client % SUBMITTERS.size());
    }

    static Map<String, Object> declaration(Worker worker) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return declaration(worker, CATEGORIES.get(random.nextInt(CATEGORIES.size())));
    }

    static Map<String, Object> declaration(Worker worker, String category) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String object = pick(OBJECTS, random);
        String part = pick(PARTS, random);
        String action = pick(ACTIONS, random);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", object + part + action + "（" + random.nextInt(100_000) + "）");
        body.put("type", pick(TYPES, random));
        body.put("categoryCode", category);
        body.put("unitId", worker.unitId());
        body.put("problem", object + "的" + part + "在" + pick(OBJECTS, random) + "旁运行时"
                            + (random.nextBoolean() ? "磨损快、更换耗时长" : "故障不易及时发现") + "，每月停机约"
                            + random.nextInt(2, 40) + "小时。");
        body.put("solution", "对" + part + "进行" + action + "，配合" + pick(PARTS, random) + "与"
                             + pick(ACTIONS, random) + "，由班组" + random.nextInt(1, 9) + "人在检修班完成。");
        body.put("expectedEconomicBenefit", random.nextInt(1_000, 500_000) + ".00");
        body.put("expectedSafetyBenefit", "减少" + part + "相关的人工作业");
        body.put("materialCost", random.nextInt(100, 20_000) + ".00");
        body.put("authors", List.of(Map.of("workerId", worker.id(), "share", 100)));
        return body;
    }

    private static String pick(List<String> values, ThreadLocalRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
