package com.wuxiao.infra.demo;

import com.wuxiao.command.proposal.api.ProposalContent;
import com.wuxiao.command.proposal.api.ProposalType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Titles and texts of the demo year's proposals: what each category's shop floor works on. */
final class DemoTexts {

    static final List<String> OTHER_CATEGORIES = List.of("JJKF", "TFAQ", "CMJS", "DZCL", "XXH", "GLCX");

    private static final Map<String, List<String>> SUBJECTS = Map.of(
            "JDYS", List.of("皮带机托辊", "刮板输送机链条", "变频器散热", "电缆挂钩", "绞车信号", "乳化液泵站",
                    "矿车连接器", "带式输送机跑偏", "电机轴承", "高压开关柜", "单轨吊", "架线电机车", "主排水泵",
                    "提升机闸瓦", "皮带机清扫器", "馈电开关", "防爆电机接线盒", "无极绳绞车"),
            "JJKF", List.of("掘进机截割头", "锚杆钻机", "巷道临时支护", "掘进工作面除尘", "风筒吊挂", "转载机", "锚索张拉"),
            "TFAQ", List.of("风门闭锁", "瓦斯抽采管路", "局部通风机", "粉尘浓度监测", "自救器存放", "喷雾降尘", "密闭墙"),
            "CMJS", List.of("采煤机截齿", "液压支架立柱", "端头支护", "刮板链张紧", "顶板离层监测", "乳化液过滤"),
            "DZCL", List.of("钻孔测斜", "导线测量", "水文观测孔", "激光指向仪", "巷道断面测量"),
            "XXH", List.of("调度日报", "人员定位", "设备点检", "视频监控存储", "能耗统计", "安全隐患闭环"),
            "GLCX", List.of("班组考核", "材料领用", "交接班记录", "备件库存", "安全培训", "工时统计"));
    private static final List<String> ACTIONS = List.of("快速更换工装", "在线监测装置", "自动控制改造", "防护装置",
            "节能改造", "故障诊断方法", "便携式检测工具", "结构优化", "远程控制", "标准化作业法");
    private static final List<String> PROBLEMS = List.of("靠人工巡检，发现问题不及时，曾因此停产", "更换耗时长，需两人配合且易伤手",
            "故障频发，每月影响生产约 10 小时", "能耗偏高，设备长期低效运行", "记录靠纸质台账，统计费时易错",
            "现场粉尘大，作业环境差，存在安全隐患");
    private static final List<String> SOLUTIONS = List.of("加装传感器并接入调度室，异常自动报警", "设计专用卡具，一人五分钟内完成",
            "改进结构并更换耐磨材料，延长使用寿命", "加装变频控制，按负荷自动调速", "开发小程序，扫码录入自动汇总",
            "增设喷雾与挡尘装置，联动控制");
    private static final List<String> SAFETY = List.of("减少人员接触危险部位", "降低火灾与断带风险", "减少高处作业",
            "降低粉尘浓度", "避免误操作");

    private DemoTexts() {
    }

    static ProposalContent content(Random random, String category, ProposalType type, String unit) {
        List<String> subjects = SUBJECTS.get(category);
        String subject = subjects.get(random.nextInt(subjects.size()));
        String action = ACTIONS.get(random.nextInt(ACTIONS.size()));
        String problem = subject + PROBLEMS.get(random.nextInt(PROBLEMS.size())) + "。";
        String solution = SOLUTIONS.get(random.nextInt(SOLUTIONS.size())) + "，已在" + unit + "现场试制。";
        BigDecimal benefit = BigDecimal.valueOf(5_000L + random.nextInt(60) * 5_000L).setScale(2);
        BigDecimal cost = BigDecimal.valueOf(200L + random.nextInt(100) * 200L).setScale(2);
        String safety = type == ProposalType.SUGGESTION && random.nextBoolean() ? null
                : SAFETY.get(random.nextInt(SAFETY.size()));
        return new ProposalContent(subject + action, type, category, problem, solution, benefit, safety, cost);
    }
}
