"""Targets of plans Y (河北省, plan_y.md) and Z (六枝特区, plan_z.txt), and the path formula.

Values are given as decimal strings in the plan's own unit and folded to base units here;
all arithmetic is done with fractions.Fraction.
"""
from fractions import Fraction as F

MAG = {"亿": F(10) ** 8, "万": F(10) ** 4, "": F(1)}


def fold(value, mag=""):
    return F(value) * MAG[mag]


def T(key, indicator, unit, base=None, target=None, growth=None, gq=None, cum=False,
      direction="up", attribute=None, note=None, source=None, mag=""):
    """base = (value, year); target = (value, year, qualifier)."""
    t = {
        "indicator_key": key,
        "indicator": indicator,
        "unit": unit,
        "baseline": None if base is None else {"value": fold(base[0], mag), "year": base[1]},
        "target": None if target is None else {"value": fold(target[0], mag), "year": target[1],
                                               "qualifier": target[2]},
        "growth": None if growth is None else F(growth),
    }
    if growth is not None:
        t["growth_qualifier"] = gq
    t["cumulative"] = cum
    t["direction"] = direction
    t["attribute"] = attribute
    if note:
        t["note"] = note
    if source:
        t["source"] = source
    t["_disp"] = (mag, unit)   # for the formulas in `why`; removed when written
    return t


Y0, Y1 = 2025, 2030
YEX, EX, AL, AM, AB = 2030, "exact", "at_least", "at_most", "about"

# ------------------------------------------------------------------ plan Y: 河北省
PLAN_Y = [
    # table (grid table rows 1-24)
    T("地区生产总值", "地区生产总值", "元", base=("50280", 2025), growth="5", gq=AB, mag="亿",
      attribute="预期性",
      note="a baseline 50280 (亿元) and a growth 5左右, but no 2030 level (2030年 cell ---): target null"),
    T("制造业增加值", "制造业增加值占GDP比重", "%", base=("27.6", 2025), target=("28", YEX, AL),
      attribute="预期性", note="28以上: a floor above its baseline"),
    T("城镇化率", "常住人口城镇化率", "%", base=("63.6", 2025), target=("68", YEX, EX), attribute="预期性"),
    T("数字经济", "数字经济核心产业增加值占GDP比重", "%", base=("9.2", 2025), target=("13", YEX, EX),
      attribute="预期性", note="the name cell has two paragraphs: 数字经济核心产业增加值 / 占GDP比重"),
    T("进出口", "货物贸易进出口总额", "元", base=("6100", 2025), target=("7500", YEX, AL), mag="亿",
      attribute="预期性", note="≥7500: a floor above its baseline"),
    T("投入强度", "研究与试验发展经费投入强度", "%", base=("2.15", 2024), target=("2.8", YEX, EX),
      attribute="预期性", note="2.15\\* in the cell: baseline year 2024 by note 2"),
    T("高价值发明专利", "每万人口高价值发明专利拥有量", "件", base=("5.6", 2025), target=("9", YEX, EX),
      attribute="预期性", note="the name cell has two paragraphs"),
    T("高新技术企业", "高新技术企业数量", "家", base=("15800", 2025), target=("24000", YEX, AL),
      attribute="预期性", note="≥24000: a floor above its baseline"),
    T("技术合同", "技术合同成交额", "元", base=("1380", 2025), target=("2500", YEX, EX), mag="亿",
      attribute="预期性"),
    T("居民人均可支配收入", "居民人均可支配收入增长", "%", attribute="预期性",
      note="words only: 与经济增长同步, one cell spanning the three value columns"),
    T("失业率", "城镇调查失业率", "%", target=("5.5", YEX, AM), direction="down", attribute="预期性",
      note="\\<5.5 in the 2030年 column (pandoc escapes <): a cap, no baseline"),
    T("城镇新增就业", "城镇新增就业", "人", target=("450", YEX, EX), cum=True, mag="万",
      attribute="预期性", note="\\[450\\] 万人: five-year total (note 1)"),
    T("受教育年限", "劳动年龄人口平均受教育年限", "年", base=("11.4", 2025), target=("11.9", YEX, EX),
      attribute="约束性"),
    T("医师数", "每千人口拥有执业（助理）医师数", "人", base=("3.6", 2025), target=("4.1", YEX, EX),
      attribute="预期性", note="the name cell has two paragraphs"),
    T("托位数", "每千人口拥有3岁以下婴幼儿托位数", "个", base=("3.7", 2025), target=("4.8", YEX, EX),
      attribute="预期性", note="the name cell has two paragraphs"),
    T("预期寿命", "人均预期寿命", "岁", base=("78.9", 2024), target=("79.8", YEX, EX), attribute="预期性",
      note="78.9\\* in the cell: baseline year 2024 by note 2"),
    T("参保率", "基本养老保险参保率", "%", base=("93", 2025), target=("95", YEX, EX), attribute="预期性"),
    T("能源消耗", "单位GDP能源消耗降低", "%", attribute="约束性",
      note="words only: 完成国家下达任务, one cell spanning the three value columns"),
    T("二氧化碳", "单位GDP二氧化碳排放降低", "%", target=("17", YEX, EX), cum=True, attribute="约束性",
      note="\\[17\\]: five-year cumulative decline, more decline is better"),
    T("细颗粒物", "细颗粒物（PM2.5）浓度", "微克/立方米", base=("36", 2025), target=("30", YEX, EX),
      direction="down", attribute="约束性", note="t < b: less is better"),
    T("优良天数", "地级及以上城市空气质量优良天数比率", "%", base=("72.5", 2025), target=("76", YEX, EX),
      attribute="约束性", note="the name cell has two paragraphs"),
    T("森林覆盖率", "森林覆盖率", "%", base=("36", 2025), target=("37.5", YEX, EX), attribute="约束性"),
    T("粮食", "粮食综合生产能力", "吨", target=("3900", YEX, AL), mag="万", attribute="约束性",
      note="≥3900 万吨 in the 2030年 column, no baseline: a floor"),
    T("能源综合生产能力", "能源综合生产能力", "吨标准煤", base=("10200", 2025), target=("11500", YEX, EX),
      mag="万", attribute="约束性"),
    # prose, in text order
    T("服务业增加值", "服务业增加值占比", "%", base=("52.5", 2025), target=("56", YEX, EX),
      source="服务业增加值占比由2025年的52.5%提高到56%"),
    T("小巨人", "新增国家级专精特新\"小巨人\"企业", "家", target=("50", None, AL),
      note="每年: year null; pandoc turned the curly quotes into ASCII quotes",
      source="每年新增国家级专精特新\"小巨人\"企业50家以上"),
    T("高速公路", "高速公路通车总里程", "公里", base=("9150", 2025), target=("9800", YEX, EX),
      source="高速公路通车总里程达到9800公里（2025年为9150公里）"),
    T("万元GDP用水量", "万元GDP用水量", "%", target=("12", YEX, EX), cum=True,
      note="比2025年下降12%: a decline over the plan period, kept as a cumulative decline (more decline is better)",
      source="万元GDP用水量比2025年下降12%"),
    T("主要污染物", "主要污染物排放总量", None,
      note="words only: 持续减少、完成国家下达任务; no unit",
      source="主要污染物排放总量持续减少、完成国家下达任务"),
    T("用水总量", "用水总量", "立方米", target=("182", YEX, AM), direction="down", mag="亿",
      note="cap, no baseline", source="全省用水总量控制在182亿立方米以内"),
    T("社会消费品零售总额", "社会消费品零售总额", "%", growth="5.5", gq=AB,
      note="prose growth-only (年均增长5.5%左右)", source="社会消费品零售总额年均增长5.5%左右"),
    T("新能源装机", "新能源装机容量", "千瓦", target=("1.3", YEX, AL), mag="亿",
      note="1.3亿千瓦以上: floor, no baseline", source="新能源装机容量达到1.3亿千瓦以上"),
    T("新能源汽车", "新能源汽车保有量", "辆", base=("185", 2025), target=("420", YEX, EX), mag="万",
      source="新能源汽车保有量达到420万辆（2025年为185万辆）"),
    T("一般公共预算收入", "一般公共预算收入", "元", base=("4380", 2025), target=("5400", YEX, EX),
      growth="4", gq=AL, mag="亿", note="prose level + growth (4%以上)",
      source="一般公共预算收入由2025年的4380亿元增加到5400亿元，年均增长4%以上"),
    T("老旧小区", "改造城镇老旧小区", "个", target=("6000", YEX, EX), cum=True,
      note="\"十五五\"期间累计", source="\"十五五\"期间累计改造城镇老旧小区6000个"),
    T("高标准农田", "新建和改造提升高标准农田", "亩", target=("800", YEX, EX), cum=True, mag="万",
      note="\"十五五\"期间, a five-year quantity with no 累计 word: cumulative",
      source="\"十五五\"期间新建和改造提升高标准农田800万亩"),
]
EXTRA_Y = 5   # 主要目标 restatements: GDP 5%左右, R&D 2.8%, 失业率 5.5%以内, 粮食 3900万吨以上, 居民收入 words

# ------------------------------------------------------------------ plan Z: 六枝特区
PLAN_Z = [
    # 专栏1 items 1-22
    T("地区生产总值", "地区生产总值", "元", base=("205", 2025), target=("275", YEX, EX), growth="6", gq=AB,
      mag="亿", attribute="预期性", note="item 1: growth 6%左右 first, then the 2030 level, then （2025年为…）",
      source="地区生产总值年均增长6%左右，2030年达到275亿元（2025年为205亿元）（预期性）"),
    T("规模以上工业增加值", "规模以上工业增加值", "%", growth="7", gq=AL, attribute="预期性",
      note="item 2: growth-only", source="规模以上工业增加值年均增长7%以上（预期性）"),
    T("原煤产量", "原煤产量", "吨", base=("1180", 2025), target=("1500", YEX, EX), mag="万", attribute="预期性",
      source="原煤产量达到1500万吨（2025年为1180万吨）（预期性）"),
    T("城镇化率", "常住人口城镇化率", "%", base=("52.6", 2025), target=("58", YEX, EX), attribute="预期性",
      source="常住人口城镇化率由2025年的52.6%提高到58%（预期性）"),
    T("旅游总收入", "旅游总收入", "元", base=("162", 2025), target=("260", YEX, EX), growth="10", gq=AL,
      mag="亿", attribute="预期性", note="item 5: level + growth 10%以上",
      source="旅游总收入达到260亿元，年均增长10%以上（2025年为162亿元）（预期性）"),
    T("数字经济", "数字经济增加值占GDP比重", "%", base=("22", 2025), target=("30", YEX, EX), attribute="预期性",
      source="数字经济增加值占GDP比重达到30%（2025年为22%）（预期性）"),
    T("投入强度", "研究与试验发展经费投入强度", "%", base=("0.45", 2024), target=("0.8", YEX, EX),
      attribute="预期性", note="item 7: the baseline's year 2024 is written in the item",
      source="研究与试验发展经费投入强度达到0.8%（2024年为0.45%）（预期性）"),
    T("高价值发明专利", "每万人口高价值发明专利拥有量", "件", base=("0.55", 2025), target=("1.2", YEX, EX),
      attribute="预期性", source="每万人口高价值发明专利拥有量达到1.2件（2025年为0.55件）（预期性）"),
    T("居民人均可支配收入", "居民人均可支配收入", "%", growth="7", gq=AB, attribute="预期性",
      note="item 9: growth-only", source="居民人均可支配收入年均增长7%左右（预期性）"),
    T("失业率", "城镇调查失业率", "%", target=("5.5", YEX, AM), direction="down", attribute="预期性",
      note="cap, no baseline", source="城镇调查失业率控制在5.5%以内（预期性）；"),
    T("城镇新增就业", "城镇新增就业", "人", target=("1.6", YEX, EX), cum=True, mag="万", attribute="预期性",
      note="\u201c十五五\u201d期间累计", source="\u201c十五五\u201d期间累计城镇新增就业1.6万人（预期性）"),
    T("受教育年限", "劳动年龄人口平均受教育年限", "年", base=("9.6", 2025), target=("10.3", YEX, EX),
      attribute="约束性", source="劳动年龄人口平均受教育年限达到10.3年（2025年为9.6年）（约束性）"),
    T("医师数", "每千人口拥有执业（助理）医师数", "人", base=("2.6", 2025), target=("3.2", YEX, EX),
      attribute="预期性", source="每千人口拥有执业（助理）医师数达到3.2人（2025年为2.6人）（预期性）"),
    T("参保率", "基本养老保险参保率", "%", target=("95", YEX, AL), attribute="预期性",
      note="稳定在…以上: floor, no baseline", source="基本养老保险参保率稳定在95%以上（预期性）"),
    T("预期寿命", "人均预期寿命", "岁", base=("76.6", 2025), target=("77.5", YEX, EX), attribute="预期性",
      source="人均预期寿命提高到77.5岁（2025年为76.6岁）（预期性）"),
    T("能源消耗", "单位GDP能源消耗降低", "%", attribute="约束性", note="words only: 完成市下达任务",
      source="单位GDP能源消耗降低完成市下达任务（约束性）"),
    T("二氧化碳", "单位GDP二氧化碳排放降低", "%", target=("15", YEX, EX), cum=True, attribute="约束性",
      note="比2025年累计降低15%: five-year cumulative decline, more decline is better",
      source="单位GDP二氧化碳排放比2025年累计降低15%（约束性）"),
    T("优良天数", "中心城区空气质量优良天数比率", "%", base=("96.8", 2025), target=("97", YEX, AL),
      attribute="约束性", note="保持在97%以上 with a baseline 96.8: a floor above its baseline",
      source="中心城区空气质量优良天数比率保持在97%以上（2025年为96.8%）（约束性）"),
    T("森林覆盖率", "森林覆盖率", "%", base=("64.5", 2025), target=("66", YEX, EX), attribute="约束性",
      source="森林覆盖率达到66%（2025年为64.5%）（约束性）"),
    T("水源地", "县级集中式饮用水水源地水质达标率", "%", target=("100", YEX, AL), attribute="约束性",
      note="保持100%: kept as a floor (nothing can exceed 100%), no baseline",
      source="县级集中式饮用水水源地水质达标率保持100%（约束性）"),
    T("粮食", "粮食总产量", "吨", target=("14.5", YEX, AL), mag="万", attribute="约束性",
      note="稳定在…以上: floor, no baseline", source="粮食总产量稳定在14.5万吨以上（约束性）"),
    T("耕地保有量", "耕地保有量", "亩", target=("43.2", YEX, AL), mag="万", attribute="约束性",
      note="不低于: floor, no baseline", source="耕地保有量不低于43.2万亩（约束性）"),
    # prose, in text order (主要目标 first, then 第三章-第五章)
    T("智能化煤矿", "智能化煤矿", "处", target=("12", YEX, AL), note="12处以上: floor, no baseline",
      source="建成智能化煤矿12处以上"),
    T("茶园面积", "茶园面积", "亩", target=("30", YEX, AL), mag="万", note="稳定在…以上: floor, no baseline",
      source="茶园面积稳定在30万亩以上"),
    T("接待游客", "接待游客人次", "人次", base=("1380", 2025), target=("2200", YEX, EX), mag="万",
      source="接待游客人次达到2200万人次（2025年为1380万人次）"),
    T("城乡居民收入差距", "城乡居民收入差距", None, note="words only: 持续缩小; no unit",
      direction="down", source="城乡居民收入差距持续缩小"),
    T("经营主体", "新增经营主体", "户", target=("3000", None, AL), note="每年: year null",
      source="每年新增经营主体3000户以上"),
    T("主要污染物", "主要污染物排放总量", None, note="words only: 减少完成市下达任务; no unit",
      source="主要污染物排放总量减少完成市下达任务"),
    T("用水总量", "用水总量", "立方米", target=("0.95", YEX, AM), direction="down", mag="亿",
      note="cap, no baseline", source="全特区用水总量控制在0.95亿立方米以内"),
    T("农产品加工转化率", "农产品加工转化率", "%", base=("58", 2025), target=("70", YEX, EX),
      source="农产品加工转化率达到70%（2025年为58%）"),
    T("一般公共预算收入", "一般公共预算收入", "%", growth="5", gq=AL, note="prose growth-only (5%以上)",
      source="一般公共预算收入年均增长5%以上"),
    T("社会消费品零售总额", "社会消费品零售总额", "%", growth="6.5", gq=EX,
      note="prose growth-only, no comparator (6.5%)", source="社会消费品零售总额年均增长6.5%"),
    T("保障性租赁住房", "筹集保障性租赁住房", "套", target=("2000", YEX, EX), cum=True,
      note="\u201c十五五\u201d期间累计", source="\u201c十五五\u201d期间累计筹集保障性租赁住房2000套"),
]
EXTRA_Z = 2   # 主要目标 restatements: GDP 6%左右, 失业率 5.5%以内

PLANS = {"Y": PLAN_Y, "Z": PLAN_Z}
EXTRA = {"Y": EXTRA_Y, "Z": EXTRA_Z}


def by_key(plan):
    return {t["indicator_key"]: t for t in PLANS[plan]}


def expected(t, y):
    """The straight-line path of verdicts.md; cumulative targets start at 0 in 2025."""
    tv = t["target"]["value"]
    if t["cumulative"]:
        b, y0 = F(0), 2025
    else:
        b, y0 = t["baseline"]["value"], t["baseline"]["year"]
    y1 = t["target"]["year"]
    yc = min(max(y, y0), y1)
    return b + (tv - b) * F(yc - y0, y1 - y0)
