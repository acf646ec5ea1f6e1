package com.wuxiao.infra.demo;

import com.wuxiao.command.identity.api.PanelRole;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who takes part in the demo year: the demo company's people ({@link DemoData}) and, so that the
 * year has the spread of a real company, more workers of the four production units.
 */
final class DemoPeople {

    /** A worker of the year; {@code seeded} ones come with the demo company ({@link DemoData}). */
    record Worker(String id, String familyName, String givenName, String unitId, boolean seeded) {
    }

    /** A panel member: their unit matters for conflicts of interest. */
    record Reviewer(String id, String unitId, PanelRole panelRole, int leaning) {
    }

    static final List<String> UNITS = List.of("ZC1", "JJ2", "JDK", "TFQ");
    static final Map<String, List<String>> COORDINATORS = Map.of(
            "ZC1", List.of("c1001", "c1002"), "JJ2", List.of("c2001"), "JDK", List.of("c3001"),
            "TFQ", List.of("c4001"));
    static final Map<String, String> OWNERS = Map.of("ZC1", "owner", "JJ2", "owner2", "JDK", "owner3",
            "TFQ", "owner4");
    static final String UNION_OFFICE = "leader";

    /** How much each reviewer scores above or below a proposal's quality (weighted: quality + leaning − 0.05). */
    static final List<Reviewer> PANEL = List.of(
            new Reviewer("r0001", "JDK", PanelRole.TECH_EXPERT, 3),
            new Reviewer("r0002", "ZC1", PanelRole.PRODUCTION_BACKBONE, -2),
            new Reviewer("r0003", "TFQ", PanelRole.UNION_REP, 1),
            new Reviewer("r0004", "JJ2", PanelRole.TECH_EXPERT, -4),
            new Reviewer("r0005", "GH", PanelRole.PRODUCTION_BACKBONE, 5),
            new Reviewer("r0006", "GH", PanelRole.UNION_REP, 0));

    /** New workers per unit, numbered after the seeded ones (w1003…, w2002…, w3003…, w4001…). */
    private static final Map<String, int[]> EXTRA = Map.of(
            "ZC1", new int[]{1003, 14}, "JJ2", new int[]{2002, 12}, "JDK", new int[]{3003, 10}, "TFQ", new int[]{4001, 10});
    private static final String FAMILY = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final List<String> GIVEN = List.of("建国", "志强", "海涛", "立新", "永刚", "春生", "文斌", "晓东",
            "国华", "红军", "明辉", "德胜", "新民", "振华", "宝山", "玉林", "金龙", "长青", "卫东", "庆丰",
            "雪梅", "秀英", "桂兰", "丽华", "建军", "俊杰", "浩然", "子豪", "宇航", "鹏飞", "伟民", "光明",
            "继红", "少华", "成林", "学军", "树森", "福来", "家兴", "云峰", "大勇", "小兵", "占魁", "满仓",
            "连生", "铁柱");

    private DemoPeople() {
    }

    /** Every worker who may author a proposal of the year, unit by unit, seeded ones first. */
    static List<Worker> workers() {
        List<Worker> workers = new ArrayList<>();
        workers.add(new Worker("w1001", "张", "伟", "ZC1", true));
        workers.add(new Worker("w1002", "李", "娜", "ZC1", true));
        workers.add(new Worker("c1001", "赵", "敏", "ZC1", true));
        workers.add(new Worker("c1002", "杨", "帆", "ZC1", true));
        workers.add(new Worker("w2001", "王", "强", "JJ2", true));
        workers.add(new Worker("c2001", "孙", "丽", "JJ2", true));
        workers.add(new Worker("w3001", "刘", "洋", "JDK", true));
        workers.add(new Worker("w3002", "陈", "静", "JDK", true));
        workers.add(new Worker("c3001", "周", "杰", "JDK", true));
        workers.add(new Worker("c4001", "吴", "芳", "TFQ", true));
        int n = 0;
        for (String unit : UNITS) {
            int[] range = EXTRA.get(unit);
            for (int i = 0; i < range[1]; i++, n++) {
                String family = String.valueOf(FAMILY.charAt((n * 7) % FAMILY.length()));
                String given = GIVEN.get((n * 5 + 3) % GIVEN.size());
                workers.add(new Worker("w" + (range[0] + i), family, given, unit, false));
            }
        }
        return List.copyOf(workers);
    }

    static Map<String, List<Worker>> workersByUnit() {
        Map<String, List<Worker>> byUnit = new LinkedHashMap<>();
        UNITS.forEach(unit -> byUnit.put(unit, new ArrayList<>()));
        workers().forEach(worker -> byUnit.get(worker.unitId()).add(worker));
        return byUnit;
    }

    static Reviewer reviewer(String id) {
        return PANEL.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not on the demo panel: " + id));
    }
}
