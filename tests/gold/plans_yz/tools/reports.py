"""The four report texts, with every claim marked inline (⟦…⟧ scored, ⟪…⟫ optional), and the
claim specs in the same order, each with its intended match.

C(text, kind, subject_key, year, key, verdict, ...):
  year: an int, None (year null) or OMIT (no `year` field);
  judge: the year the verdict is judged at, where it differs from `year`;
  mode for contradictions: 'base' (a restated baseline) or 'target' (a restated target).
"""

OMIT = "omit"


def C(text, kind, subj, year, key=None, verdict=None, q="exact", d=None, st="actual", judge=None,
      why="", mode=None, value=None, unit=None):
    if kind == "change" and d is None:
        d = "up"
    return dict(text=text, kind=kind, subj=subj, year=year, key=key, verdict=verdict, q=q, d=d, st=st,
                judge=judge, why=why, mode=mode, value=value, unit=unit)


def O(text):
    return dict(text=text, optional=True)


UP, DOWN = "up", "down"
CH, AMT, RATE = "change", "amount", "rate"
NC, CON, MET, ON, BEH = "not_comparable", "contradicts_plan", "met", "on_track", "behind"

# ====================================================================== y1
Y1 = """政府工作报告
——在河北省第十四届人民代表大会第五次会议上

各位代表：

现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。

一、过去一年工作回顾

过去一年是“十五五”开局之年。面对外部压力加大、内部困难增多的复杂局面，全省上下坚持稳中求进工作总基调，扎实推进京津冀协同发展，较好完成了省十四届人大四次会议确定的目标任务。

经济运行稳中向好。全省地区生产总值达到⟦52850亿元⟧，增长⟦5.3%⟧；规模以上工业增加值增长⟦6.1%⟧；社会消费品零售总额增长⟦5.2%⟧；一般公共预算收入完成⟦4522亿元⟧，增长⟦3.2%⟧；货物贸易进出口总额⟦6352亿元⟧。雄安新区地区生产总值增长⟦12.3%⟧，承接北京非首都功能疏解取得新成效。

产业转型步伐加快。数字经济核心产业增加值占GDP比重达到⟦10.1%⟧，制造业增加值占GDP比重⟦27.9%⟧。新能源装机容量达到⟦8650万千瓦⟧，新增国家级专精特新“小巨人”企业⟦56家⟧。

创新动能持续增强。研究与试验发展经费投入强度提高到⟦2.33%⟧，高新技术企业达到⟦1.76万家⟧。

民生福祉不断增进。城镇调查失业率⟦5.1%⟧，居民人均可支配收入增长⟦5.4%⟧。常住人口城镇化率达到⟦64.4%⟧，每千人口拥有⟪3岁以下⟫婴幼儿托位⟦3.95个⟧，人均预期寿命达到⟦79.1岁⟧。

生态环境持续改善。细颗粒物（PM2.5）平均浓度降至⟦35.2微克/立方米⟧，设区市空气质量优良天数比率⟦73.6%⟧，单位地区生产总值能耗下降⟦3.4%⟧。

同时，我们也清醒看到，全省经济回升向好的基础还不稳固，产业转型升级任务艰巨，科技创新支撑能力不强，民生保障还有不少短板。我们将直面问题，采取有力措施加以解决。

二、今年工作的总体要求和主要预期目标

今年是“十五五”规划深入实施的关键之年。全省经济社会发展的主要预期目标是：地区生产总值增长⟦5%左右⟧；居民收入增长和经济增长同步；单位地区生产总值能耗降低完成国家下达任务。

三、今年重点工作

加快构建现代化基础设施体系。推进京津冀交通一体化，加快新能源基地和外送通道建设。力争到2030年，全省高速公路通车总里程突破⟦1万公里⟧，新能源装机容量达到⟦1.5亿千瓦⟧，为经济强省建设提供坚实支撑。
"""

Y1_WHEN = "过去一年 = 2026 (read against the session named in the subtitle, 省十四届人大五次会议 → 2027)"
Y1_C = [
    C("52850亿元", AMT, "地区生产总值", 2026, why="a level against a target that has a baseline and a growth but no 2030 level: null"),
    C("5.3%", CH, "地区生产总值", 2026, "地区生产总值", ON, d=UP, why=Y1_WHEN),
    C("6.1%", CH, "规模以上工业增加值", 2026, why="no plan indicator for it in Y (rule 7)"),
    C("5.2%", CH, "社会消费品零售总额", 2026, "社会消费品零售总额", BEH, d=UP, why=Y1_WHEN),
    C("4522亿元", AMT, "一般公共预算收入", 2026, "一般公共预算收入", BEH, why=Y1_WHEN),
    C("3.2%", CH, "一般公共预算收入", 2026, "一般公共预算收入", BEH, d=UP, why=Y1_WHEN + "; the prose target has level and growth"),
    C("6352亿元", AMT, "进出口", 2026, "进出口", BEH, why=Y1_WHEN + "; a floor with a baseline, the path applies"),
    C("12.3%", CH, "地区生产总值", 2026, "地区生产总值", NC, d=UP, why="雄安新区, a new area inside the province: another region than the plan's (rule 6)"),
    C("10.1%", RATE, "数字经济", 2026, "数字经济", ON, why=Y1_WHEN + " (at y = 2027 it would be behind, 10.72)"),
    C("27.9%", RATE, "制造业增加值", 2026, "制造业增加值", ON, why=Y1_WHEN + "; a floor with a baseline, the path applies"),
    C("8650万千瓦", AMT, "新能源装机", 2026, "新能源装机", BEH, why=Y1_WHEN),
    C("56家", AMT, "小巨人", 2026, "小巨人", MET, why="a full-year count against the per-year floor (rule 2)"),
    C("2.33%", RATE, "投入强度", 2026, "投入强度", BEH, why=Y1_WHEN + "; baseline year 2024 (2.15\\*; with 2025 the path would give 2.28 and on_track)"),
    C("1.76万家", AMT, "高新技术企业", 2026, "高新技术企业", ON, why=Y1_WHEN + " (at y = 2027 it would be behind, 19080); a floor with a baseline, the path applies"),
    C("5.1%", RATE, "失业率", 2026, "失业率", MET, why=Y1_WHEN),
    C("5.4%", CH, "居民人均可支配收入", 2026, "居民人均可支配收入", NC, d=UP, why="the plan states this target only in words (与经济增长同步, rule 6)"),
    C("64.4%", RATE, "城镇化率", 2026, "城镇化率", BEH, why=Y1_WHEN),
    O("3岁以下"),
    C("3.95个", AMT, "托位", 2026, "托位数", ON, why=Y1_WHEN + " (at y = 2027 it would be behind, 4.14)"),
    C("79.1岁", AMT, "预期寿命", 2026, "预期寿命", BEH, why=Y1_WHEN + "; baseline year 2024 (78.9\\*; with 2025 the path would give 79.08 and on_track)"),
    C("35.2微克/立方米", AMT, "细颗粒物", 2026, "细颗粒物", BEH, why=Y1_WHEN + "; less is better; 平均浓度 = the table's 浓度"),
    C("73.6%", RATE, "优良天数", 2026, "优良天数", ON, why=Y1_WHEN + "; 设区市 = 地级及以上城市"),
    C("3.4%", CH, "能耗", 2026, "能源消耗", NC, d=DOWN, why="the plan states this target only in words (完成国家下达任务, rule 6)"),
    C("5%左右", CH, "地区生产总值", 2027, q="about", d=UP, st="target", why="a 2027 target (今年), not the plan's year; equal to the plan's growth anyway: no match (rule 5)"),
    C("1万公里", AMT, "高速公路", 2030, "高速公路", CON, q="at_least", st="target", mode="target",
      why="a draft 2030 target, 突破1万公里, differs from the plan's 2030 target 9800公里 (an exact level) (rule 5)"),
    C("1.5亿千瓦", AMT, "新能源装机", 2030, st="target", why="a draft 2030 target 1.5亿千瓦 inside the plan's floor 1.3亿千瓦以上: no match (rule 5)"),
]

# ====================================================================== y2
Y2 = """河北省人民政府新闻办公室“前三季度全省经济运行情况”新闻发布会

时间：2028年10月20日上午10时
地点：省政府新闻发布厅
发布人：河北省统计局副局长、新闻发言人
主持人：省政府新闻办公室副主任

主持人：

女士们、先生们，大家上午好！欢迎出席省政府新闻办新闻发布会。今天，我们邀请省统计局有关负责同志，介绍前三季度全省经济运行情况，并回答大家关心的问题。

省统计局副局长：

各位媒体朋友，大家上午好！下面，我向大家通报前三季度全省经济运行情况。

初步核算，前三季度全省地区生产总值⟦41260亿元⟧，按不变价格计算，同比增长⟦5.4%⟧。规模以上工业增加值同比增长⟦6.6%⟧。社会消费品零售总额⟦12380亿元⟧，同比增长⟦5.7%⟧。1—9月，全省货物贸易进出口总额⟦5120亿元⟧，全省一般公共预算收入⟦3610亿元⟧，同比增长⟦4.4%⟧。全省居民人均可支配收入⟦28650元⟧，同比增长⟦5.1%⟧。

就业形势总体稳定。1—9月，全省城镇调查失业率平均为⟦5.0%⟧。2026年以来，全省累计城镇新增就业⟦287万人⟧，累计改造城镇老旧小区⟦3820个⟧，新建和改造提升高标准农田⟦452万亩⟧。

发展新动能加快成长。截至9月末，全省高新技术企业⟦2.02万家⟧，新能源装机容量⟦1.08亿千瓦⟧，新能源汽车保有量⟦331万辆⟧。

生态环境质量稳中向好。1—9月，全省细颗粒物（PM2.5）平均浓度⟦32.1微克/立方米⟧，设区市空气质量优良天数比率⟦74.1%⟧。

总的看，前三季度全省经济运行延续回升向好态势，为完成全年目标任务奠定了坚实基础。

记者：

请问雄安新区前三季度发展情况如何？

省统计局副局长：

前三季度，雄安新区地区生产总值同比增长⟦10.8%⟧，重点项目建设加快推进，疏解承接和新区建设取得新进展。

记者：

今年发布的去年统计年报数据中，有哪些指标值得关注？

省统计局副局长：

据年度统计，去年全省研究与试验发展经费投入强度为⟦2.47%⟧，常住人口城镇化率为⟦65.5%⟧，每千人口拥有执业（助理）医师⟦3.84人⟧，劳动年龄人口平均受教育年限⟦11.58年⟧，单位地区生产总值二氧化碳排放比2025年累计下降⟦6.4%⟧。下一步，我们将加强统计监测，为省委、省政府决策提供有力支撑。
"""

Y2_WHEN = "前三季度/1—9月 → 2028 (read against the 时间 line 2028年10月20日)"
Y2_C = [
    C("41260亿元", AMT, "地区生产总值", 2028, why="a part-year level against a target with no 2030 level (growth only, plus a baseline): null"),
    C("5.4%", CH, "地区生产总值", 2028, "地区生产总值", ON, d=UP, why=Y2_WHEN + "; year-to-date growth"),
    C("6.6%", CH, "规模以上工业增加值", 2028, why="no plan indicator for it in Y (rule 7)"),
    C("12380亿元", AMT, "社会消费品零售总额", 2028, why="a level against a growth-only target (社会消费品零售总额年均增长5.5%左右): null"),
    C("5.7%", CH, "社会消费品零售总额", 2028, "社会消费品零售总额", ON, d=UP, why=Y2_WHEN + "; year-to-date growth"),
    C("5120亿元", AMT, "进出口", 2028, "进出口", NC, why="1—9月: a part-year flow against a full-year floor (rule 6)"),
    C("3610亿元", AMT, "一般公共预算收入", 2028, "一般公共预算收入", NC, why="1—9月: a part-year flow against a full-year level target (rule 6)"),
    C("4.4%", CH, "一般公共预算收入", 2028, "一般公共预算收入", ON, d=UP, why=Y2_WHEN + "; year-to-date growth"),
    C("28650元", AMT, "居民人均可支配收入", 2028, why="a level against a words-only target (居民人均可支配收入增长 与经济增长同步): null"),
    C("5.1%", CH, "居民人均可支配收入", 2028, "居民人均可支配收入", NC, d=UP, why="the plan states this target only in words (与经济增长同步, rule 6)"),
    C("5.0%", RATE, "失业率", 2028, "失业率", MET, why="1—9月 平均 → 2028"),
    C("287万人", AMT, "城镇新增就业", OMIT, "城镇新增就业", ON, judge=2028, why="2026年以来累计 → no year field (kl–wx convention), judged at y = 2028"),
    C("3820个", AMT, "老旧小区", OMIT, "老旧小区", ON, judge=2028, why="2026年以来累计 → no year field, judged at y = 2028"),
    C("452万亩", AMT, "高标准农田", OMIT, "高标准农田", BEH, judge=2028, why="2026年以来 (same clause) → no year field, judged at y = 2028"),
    C("2.02万家", AMT, "高新技术企业", 2028, "高新技术企业", BEH, why="截至9月末 → y = 2028 (at y = 2027 it would be on_track, 19080); a floor with a baseline, the path applies"),
    C("1.08亿千瓦", AMT, "新能源装机", 2028, "新能源装机", BEH, why="截至9月末 → 2028"),
    C("331万辆", AMT, "新能源汽车", 2028, "新能源汽车", ON, why="截至9月末 → 2028"),
    C("32.1微克/立方米", AMT, "细颗粒物", 2028, "细颗粒物", ON, why="1—9月 → 2028; an average concentration is a level; less is better"),
    C("74.1%", RATE, "优良天数", 2028, "优良天数", BEH, why="1—9月 → 2028; 设区市 = 地级及以上城市"),
    C("10.8%", CH, "地区生产总值", 2028, "地区生产总值", NC, d=UP, why="雄安新区: another region than the plan's (rule 6)"),
    C("2.47%", RATE, "投入强度", 2027, "投入强度", BEH, why="去年 → 2027; baseline year 2024 (2.15\\*; with 2025 the path would give 2.41 and on_track)"),
    C("65.5%", RATE, "城镇化率", 2027, "城镇化率", ON, why="去年 → y = 2027 (at y = 2028 it would be behind, 66.24)"),
    C("3.84人", AMT, "医师", 2027, "医师数", ON, why="去年 → 2027"),
    C("11.58年", AMT, "受教育年限", 2027, "受教育年限", BEH, why="去年 → 2027"),
    C("6.4%", CH, "二氧化碳", 2027, "二氧化碳", BEH, d=DOWN, why="去年…比2025年累计下降 → 2027 (its 2025年 is the base of the decline, not its year); a cumulative decline, more decline is better"),
]

# ====================================================================== z1
Z1 = """政府工作报告
——2027年1月7日在六枝特区第十九届人民代表大会第一次会议上

各位代表：

现在，我代表特区人民政府，向大会报告工作，请予审议，并请特区政协委员和其他列席人员提出意见。

一、过去五年和2026年工作回顾

过去五年，是六枝发展史上极不平凡的五年。五年来，全特区地区生产总值年均增长⟦6.5%⟧，累计城镇新增就业⟦1.52万人⟧，脱贫攻坚成果持续巩固拓展，资源型地区转型发展迈出坚实步伐。

2026年是“十五五”开局之年。全特区地区生产总值完成⟦216.8亿元⟧，增长⟦6.2%⟧；规模以上工业增加值增长⟦8.3%⟧，其中六枝经济开发区规模以上工业增加值增长⟦11.2%⟧；一般公共预算收入⟦10.2亿元⟧，增长⟦4.1%⟧；居民人均可支配收入增长⟦7.4%⟧。

2026年，我们坚持“煤、茶、旅”协同发力。原煤产量⟦1236万吨⟧，建成智能化煤矿⟦7处⟧；全年接待游客⟦1520万人次⟧，实现旅游总收入⟦186.5亿元⟧、增长⟦15.1%⟧；茶园面积达到⟦30.6万亩⟧。

2026年，民生保障和生态建设扎实推进。城镇调查失业率⟦4.6%⟧，新增经营主体⟦3260户⟧，常住人口城镇化率达到⟦53.9%⟧；森林覆盖率达到⟦64.9%⟧，中心城区空气质量优良天数比率⟦98.1%⟧。

二、今后五年的目标任务

今后五年，我们将全面落实“十五五”规划纲要确定的目标任务，奋力推动资源型地区转型发展。力争到2030年，全特区智能化煤矿达到⟦15处⟧，接待游客突破⟦2500万人次⟧。

三、2027年工作安排

2027年是全面落实“十五五”规划纲要的关键之年。全特区经济社会发展的主要预期目标是：地区生产总值增长⟦6%左右⟧，原煤产量⟦1300万吨⟧，居民收入增长和经济增长基本同步。
"""

Z1_WHEN = "the paragraph opens with 2026年 (the subtitle dates the report 2027年1月7日)"
Z1_C = [
    C("6.5%", CH, "地区生产总值", None, d=UP, why="过去五年 (2022—2026, the term of the congress): year null; an average over a period that lies mostly before the plan's base year is not a figure of the plan period: null"),
    C("1.52万人", AMT, "城镇新增就业", None, why="过去五年累计 (2022—2026): a total over a period that starts before the plan's base year: null"),
    C("216.8亿元", AMT, "地区生产总值", 2026, "地区生产总值", BEH, why=Z1_WHEN),
    C("6.2%", CH, "地区生产总值", 2026, "地区生产总值", ON, d=UP, why=Z1_WHEN),
    C("8.3%", CH, "规模以上工业增加值", 2026, "规模以上工业增加值", ON, d=UP, why=Z1_WHEN),
    C("11.2%", CH, "规模以上工业增加值", 2026, "规模以上工业增加值", NC, d=UP, why="六枝经济开发区, a zone inside the 特区: another region than the plan's (rule 6)"),
    C("10.2亿元", AMT, "一般公共预算收入", 2026, why="a level against a growth-only target (一般公共预算收入年均增长5%以上): null"),
    C("4.1%", CH, "一般公共预算收入", 2026, "一般公共预算收入", BEH, d=UP, why=Z1_WHEN),
    C("7.4%", CH, "居民人均可支配收入", 2026, "居民人均可支配收入", ON, d=UP, why=Z1_WHEN),
    C("1236万吨", AMT, "原煤产量", 2026, "原煤产量", BEH, why=Z1_WHEN),
    C("7处", AMT, "智能化煤矿", 2026, "智能化煤矿", BEH, why=Z1_WHEN),
    C("1520万人次", AMT, "接待游客", 2026, "接待游客", BEH, why=Z1_WHEN),
    C("186.5亿元", AMT, "旅游总收入", 2026, "旅游总收入", ON, why=Z1_WHEN),
    C("15.1%", CH, "旅游总收入", 2026, "旅游总收入", ON, d=UP, why=Z1_WHEN + "; the item has level and growth"),
    C("30.6万亩", AMT, "茶园面积", 2026, "茶园面积", MET, why=Z1_WHEN),
    C("4.6%", RATE, "失业率", 2026, "失业率", MET, why=Z1_WHEN),
    C("3260户", AMT, "经营主体", 2026, "经营主体", MET, why="a full-year count against the per-year floor (rule 2)"),
    C("53.9%", RATE, "城镇化率", 2026, "城镇化率", ON, why=Z1_WHEN),
    C("64.9%", RATE, "森林覆盖率", 2026, "森林覆盖率", ON, why=Z1_WHEN),
    C("98.1%", RATE, "优良天数", 2026, "优良天数", MET, why=Z1_WHEN + "; a floor with a baseline"),
    C("15处", AMT, "智能化煤矿", 2030, st="target", why="a draft 2030 target 15处 inside the plan's floor 12处以上: no match (rule 5)"),
    C("2500万人次", AMT, "接待游客", 2030, "接待游客", CON, q="at_least", st="target", mode="target",
      why="a draft 2030 target, 突破2500万人次, differs from the plan's 2030 target 2200万人次 (an exact level) (rule 5)"),
    C("6%左右", CH, "地区生产总值", 2027, q="about", d=UP, st="target", why="a 2027 target, not the plan's year; equal to the plan's growth anyway: no match (rule 5)"),
    C("1300万吨", AMT, "原煤产量", 2027, st="target", why="a 2027 target, not the plan's year: null"),
]

# ====================================================================== z2
Z2 = """六枝特区发展和改革局文件

六特发改〔2029〕12号

六枝特区发展和改革局关于2028年度“十五五”规划纲要主要指标完成情况的通报

各乡（镇、街道），特区各部门：

根据《六枝特区国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要》确定的主要指标，经会同特区统计局等部门汇总分析，现将2028年度指标完成情况通报如下。

一、总体情况

2028年，全特区地区生产总值⟦246.3亿元⟧，同比增长⟦6.1%⟧，2026—2028年年均增长⟦6.3%⟧。规模以上工业增加值增长⟦6.4%⟧，原煤产量⟦1402万吨⟧。全年实施省市重点项目⟦112个⟧，项目建设对经济增长的支撑作用持续增强。

二、分领域指标完成情况

（一）文旅融合和数字经济。全年接待游客⟦1905万人次⟧，实现旅游总收入⟦231.4亿元⟧。数字经济增加值占GDP比重⟦26.1%⟧。

（二）创新驱动。研究与试验发展经费投入强度⟦0.67%⟧，每万人口高价值发明专利拥有量⟦0.96件⟧。

（三）民生福祉。城镇调查失业率⟦5.2%⟧；2026—2028年累计城镇新增就业⟦9650人⟧，累计筹集保障性租赁住房⟦1150套⟧。劳动年龄人口平均受教育年限⟦10.05年⟧，每千人口拥有执业（助理）医师⟦2.92人⟧，人均预期寿命⟦77.0岁⟧，基本养老保险参保率⟦94.6%⟧。全特区居民人均可支配收入⟦29860元⟧。

（四）绿色生态。单位GDP二氧化碳排放较2025年累计下降⟦8.6%⟧，单位地区生产总值能耗下降⟦2.9%⟧，县级集中式饮用水水源地水质达标率⟦100%⟧。

（五）安全保障。粮食总产量⟦14.8万吨⟧。

三、需要说明的情况

经特区统计局核实，2025年全特区常住人口城镇化率为⟦52.4%⟧，与规划纲要基期值不一致，请各有关部门在规划实施评估中予以关注。

四、下一步工作

各部门要对照规划目标，查找差距、补齐短板。2029年，全特区力争地区生产总值增长⟦6.5%⟧，确保规划主要指标任务如期完成。

六枝特区发展和改革局
2029年2月26日
"""

Z2_WHEN = "2028 (the title's 2028年度, not the 落款 2029年2月26日)"
Z2_C = [
    C("246.3亿元", AMT, "地区生产总值", 2028, "地区生产总值", BEH, why="2028年 opens the paragraph (at y = 2029 it would be still more behind, 261)"),
    C("6.1%", CH, "地区生产总值", 2028, "地区生产总值", ON, d=UP, why="2028 growth"),
    C("6.3%", CH, "地区生产总值", None, "地区生产总值", ON, d=UP, judge=2028, why="2026—2028年年均 → year null (a named period); a multi-year average growth against a 年均 target, rule 4"),
    C("6.4%", CH, "规模以上工业增加值", 2028, "规模以上工业增加值", BEH, d=UP, why="2028"),
    C("1402万吨", AMT, "原煤产量", 2028, "原煤产量", ON, why="2028 (at y = 2029 it would be behind, 1436)"),
    C("112个", AMT, "重点项目", 2028, why="no plan indicator for it (rule 7)"),
    C("1905万人次", AMT, "接待游客", 2028, "接待游客", ON, why=Z2_WHEN + "; at y = 2029 it would be behind (2036)"),
    C("231.4亿元", AMT, "旅游总收入", 2028, "旅游总收入", ON, why=Z2_WHEN),
    C("26.1%", RATE, "数字经济", 2028, "数字经济", BEH, why=Z2_WHEN),
    C("0.67%", RATE, "投入强度", 2028, "投入强度", BEH, why=Z2_WHEN + "; baseline year 2024 as written in item 7 (with 2025 the path would give 0.66 and on_track)"),
    C("0.96件", AMT, "高价值发明专利", 2028, "高价值发明专利", ON, why=Z2_WHEN),
    C("5.2%", RATE, "失业率", 2028, "失业率", MET, why=Z2_WHEN),
    C("9650人", AMT, "城镇新增就业", None, "城镇新增就业", ON, judge=2028, why="2026—2028年累计 → year null (a named period), judged at y = 2028"),
    C("1150套", AMT, "保障性租赁住房", None, "保障性租赁住房", BEH, judge=2028, why="2026—2028年 (same clause) → year null, judged at y = 2028"),
    C("10.05年", AMT, "受教育年限", 2028, "受教育年限", ON, why=Z2_WHEN),
    C("2.92人", AMT, "医师", 2028, "医师数", BEH, why=Z2_WHEN),
    C("77.0岁", AMT, "预期寿命", 2028, "预期寿命", BEH, why=Z2_WHEN),
    C("94.6%", RATE, "参保率", 2028, "参保率", BEH, why=Z2_WHEN),
    C("29860元", AMT, "居民人均可支配收入", 2028, why="a level against a growth-only target (居民人均可支配收入年均增长7%左右): null"),
    C("8.6%", CH, "二氧化碳", 2028, "二氧化碳", BEH, d=DOWN, why=Z2_WHEN + "; 较2025年累计下降 with no named period: a level at that date; a cumulative decline, more decline is better"),
    C("2.9%", CH, "能耗", 2028, "能源消耗", NC, d=DOWN, why="the plan states this target only in words (完成市下达任务, rule 6)"),
    C("100%", RATE, "水源地", 2028, "水源地", MET, why=Z2_WHEN),
    C("14.8万吨", AMT, "粮食", 2028, "粮食", MET, why=Z2_WHEN),
    C("52.4%", RATE, "城镇化率", 2025, "城镇化率", CON, mode="base",
      why="a restated 2025 baseline, 52.4%, differs from the plan's base-year value 52.6% (rule 5)"),
    C("6.5%", CH, "地区生产总值", 2029, d=UP, st="target", why="a 2029 target (力争), not the plan's year: null"),
]

REPORTS = [
    ("blind-report-y1", "report_y1.txt", "Y", Y1, Y1_C),
    ("blind-report-y2", "report_y2.txt", "Y", Y2, Y2_C),
    ("blind-report-z1", "report_z1.txt", "Z", Z1, Z1_C),
    ("blind-report-z2", "report_z2.txt", "Z", Z2, Z2_C),
]
