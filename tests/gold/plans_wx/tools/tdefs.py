# target definitions for plans W and X (values in display units; folded later)
from fractions import Fraction as F
YI=10**8; WAN=10**4
# fields: key, indicator, unit(base), mult, baseline(val,year) display, target(val,qual) display, growth,gq, cumulative, direction, attribute, note, source
def T(key, ind, unit, mult=1, b=None, by=2025, t=None, tq="exact", ty=2030, g=None, gq=None, cum=False, d="up", attr=None, note=None, source=None):
    return dict(key=key, ind=ind, unit=unit, mult=mult, b=b, by=by, t=t, tq=tq, ty=ty, g=g, gq=gq, cum=cum, d=d, attr=attr, note=note, source=source)

W = [
 T("地区生产总值","地区生产总值","元",YI,"1720",t="2150",g="4.5",gq="about",attr="预期性",note="level + growth 4.5左右; Excel number format with thousands separators (1,720 / 2,150)"),
 T("规模以上工业增加值","规模以上工业增加值增长","%",g="5",gq="at_least",attr="预期性",note="growth-only: 5以上; both value cells —; the row starts with an empty cell (merged 类别)"),
 T("就地转化率","煤炭就地转化率","%",1,"32",t="45",attr="预期性"),
 T("城镇化率","常住人口城镇化率","%",1,"82.5",t="85",attr="预期性"),
 T("一般公共预算收入","一般公共预算收入","元",YI,"168",t="205",attr="预期性",note="a level only (no growth)"),
 T("投入强度","研究与试验发展经费投入强度","%",1,"1.12",by=2024,t="1.8",attr="预期性",note="baseline cell 1.12*: * marks a 2024 figure (note 2)"),
 T("高新技术企业","高新技术企业数量","家",1,"68",t="120",tq="at_least",attr="预期性",note="120以上: a floor above its baseline"),
 T("小巨人",'国家级专精特新"小巨人"企业数量',"家",1,"3",t="10",attr="预期性",note='the cell holds ASCII quotes, so the spreadsheet copy quotes the cell and doubles them: "国家级专精特新""小巨人""企业数量"'),
 T("数字经济","数字经济核心产业增加值占GDP比重","%",1,"4.8",t="8",attr="预期性"),
 T("新能源装机","新能源装机容量","千瓦",WAN,"420",t="1200",attr="预期性"),
 T("能源消耗","单位GDP能源消耗降低","%",attr="约束性",note="words only: 完成市下达任务, a merged cell over the three value columns (value in the first, two empty cells follow)"),
 T("二氧化碳","单位GDP二氧化碳排放降低","%",1,t="15",cum=True,attr="约束性",note="〔15〕: five-year cumulative decline, more decline is better"),
 T("细颗粒物","细颗粒物（PM2.5）年均浓度","微克/立方米",1,"23",t="21",d="down",attr="约束性",note="t < b: less is better"),
 T("优良天数","空气质量优良天数比率","%",1,"86.8",t="90",tq="at_least",attr="约束性",note="90以上: a floor above its baseline"),
 T("森林覆盖率","森林覆盖率","%",1,"32.5",t="34",attr="约束性"),
 T("植被盖度","草原综合植被盖度","%",1,"44.5",t="46",attr="约束性"),
 T("居民人均可支配收入","居民人均可支配收入增长","%",attr="预期性",note="words only: 与经济增长同步, a merged cell over the three value columns"),
 T("失业率","城镇调查失业率","%",1,t="5",tq="at_most",d="down",attr="预期性",note="cap 5以内 in the 2030年目标 column, no baseline"),
 T("城镇新增就业","城镇新增就业","人",1,t="16000",cum=True,attr="预期性",note="〔16000〕 人: five-year total"),
 T("受教育年限","劳动年龄人口平均受教育年限","年",1,"11.6",t="12.1",attr="约束性"),
 T("医师数","每千人口拥有执业（助理）医师数","人",1,"3.3",t="3.8",attr="预期性",note="a quoted cell with an in-cell line break (每千人口拥有执业 / （助理）医师数)"),
 T("托位数","每千人口拥有3岁以下婴幼儿托位数","个",1,"3.6",t="4.5",attr="预期性",note="a quoted cell with an in-cell line break (每千人口拥有3岁以下 / 婴幼儿托位数)"),
 T("预期寿命","人均预期寿命","岁",1,"78.9",by=2024,t="79.6",attr="预期性",note="baseline cell 78.9*: a 2024 figure (note 2)"),
 T("粮食","粮食总产量","吨",WAN,"32.5",t="33",tq="at_least",attr="约束性",note="33以上: a floor above its baseline"),
 T("能源综合生产能力","能源综合生产能力","吨标准煤",WAN,"21500",t="23000",attr="约束性",note="thousands separators (21,500 / 23,000)"),
 # prose
 T("煤炭产量","煤炭产量","吨",YI,t="2.6",tq="at_least",note="稳定在…以上: floor, no baseline (the 十四五 result 2.5亿吨以上 is not a baseline)",source="煤炭产量稳定在2.6亿吨以上"),
 T("煤化工","现代煤化工产业产值","元",YI,"420",t="800",source="现代煤化工产业产值由2025年的420亿元提高到800亿元"),
 T("万元工业增加值用水量","万元工业增加值用水量下降","%",note="words only: 完成市下达任务",source="万元工业增加值用水量下降完成市下达任务"),
 T("规模以上工业企业","新增规模以上工业企业","家",1,t="12",tq="at_least",ty=None,note="每年: year null",source="每年新增规模以上工业企业12家以上"),
 T("新型储能","新型储能装机规模","千瓦",WAN,"85",t="300",source="新型储能装机规模达到300万千瓦（2025年为85万千瓦）"),
 T("智能化煤矿","智能化煤矿数量","座",1,"38",t="60",source="智能化煤矿数量达到60座（2025年为38座）"),
 T("社会消费品零售总额","社会消费品零售总额","元",YI,"128",t="165",g="5",gq="about",note="prose level + growth",source="社会消费品零售总额由2025年的128亿元增加到165亿元，年均增长5%左右"),
 T("旅游总收入","旅游总收入","%",g="8",gq="at_least",note="prose growth-only (年均增长8%以上)",source="旅游总收入年均增长8%以上"),
 T("农村牧区公路","新建改造农村牧区公路","公里",1,t="800",cum=True,note="“十五五”期间 + a five-year quantity with no 累计 word: cumulative",source="“十五五”期间新建改造农村牧区公路800公里"),
 T("水土流失","水土流失综合治理面积","平方公里",1,t="650",cum=True,note="“十五五”期间累计",source="“十五五”期间累计完成水土流失综合治理面积650平方公里"),
 T("用水总量","用水总量","立方米",YI,t="2.05",tq="at_most",d="down",note="cap, no baseline",source="全旗用水总量控制在2.05亿立方米以内"),
 T("普惠性幼儿园","普惠性幼儿园覆盖率","%",1,"91",t="95",source="普惠性幼儿园覆盖率达到95%（2025年为91%）"),
]

X = [
 T("地区生产总值","地区生产总值","元",YI,"372",t="520",g="6.5",gq="about",attr="预期性",note="level + growth 6.5左右"),
 T("固定资产投资","全社会固定资产投资增长","%",g="8",gq="about",attr="预期性",note="growth-only: 8左右, both value cells —; an empty first cell (vertically merged 类别)"),
 T("旅游总收入","旅游总收入","元",YI,"118",t="200",attr="预期性"),
 T("接待游客","接待游客总人数","人次",WAN,"980",t="1500",attr="预期性"),
 T("城镇化率","常住人口城镇化率","%",1,"58.2",t="63",attr="预期性"),
 T("进出口","货物和服务贸易进出口总额","元",YI,"46",t="90",tq="at_least",attr="预期性",note="≥90: a floor above its baseline"),
 T("实际使用外资","实际使用外资","美元",YI,t="6",cum=True,attr="预期性",note="〔6〕 亿美元: five-year total"),
 T("投入强度","研究与试验发展经费投入强度","%",1,"0.52",by=2024,t="0.9",attr="预期性",note="baseline year 2024 only from note 2 under the table, which names the indicator"),
 T("高价值发明专利","每万人口高价值发明专利拥有量","件",1,"1.2",t="2.5",attr="预期性"),
 T("居民人均可支配收入","居民人均可支配收入","元",1,"36800",t="51500",g="7",gq="about",attr="预期性",note="level + growth 7左右"),
 T("失业率","城镇调查失业率","%",1,t="5.5",tq="at_most",d="down",attr="预期性",note="cap ＜5.5 in the 2030年 column, no baseline"),
 T("城镇新增就业","城镇新增就业","人",WAN,t="2.8",cum=True,attr="预期性",note="〔2.8〕 万人: five-year total"),
 T("受教育年限","劳动年龄人口平均受教育年限","年",1,"10.9",t="11.4",attr="约束性"),
 T("医师数","每千人口拥有执业（助理）医师数","人",1,"3.05",t="3.6",attr="预期性",note="a second paragraph inside the Word cell: 每千人口拥有执业 / （助理）医师数"),
 T("参保率","基本养老保险参保率","%",1,"94.5",t="96",tq="at_least",attr="预期性",note="≥96: a floor above its baseline"),
 T("预期寿命","人均预期寿命","岁",1,"80.6",by=2024,t="81.3",attr="预期性",note="baseline year 2024 only from note 2 under the table"),
 T("能源消耗","单位GDP能源消耗降低","%",attr="约束性",note="words only: 完成省下达任务, one horizontally merged cell over the three value columns (the row has two cells fewer)"),
 T("二氧化碳","单位GDP二氧化碳排放降低","%",1,t="14",cum=True,attr="约束性",note="〔14〕: five-year cumulative decline, more decline is better"),
 T("优良天数","空气质量优良天数比率","%",1,"97.8",t="98.5",tq="at_least",attr="约束性",note="≥98.5: a floor above its baseline"),
 T("细颗粒物","细颗粒物（PM2.5）年均浓度","微克/立方米",1,"13",t="12",d="down",attr="约束性",note="t < b: less is better"),
 T("森林覆盖率","森林覆盖率","%",1,"65.2",t="65.8",attr="约束性"),
 T("农村生活污水","农村生活污水治理率","%",1,"58",t="85",attr="约束性"),
 T("耕地保有量","耕地保有量","亩",WAN,t="44.6",tq="at_least",attr="约束性",note="≥44.6 in the 2030年 column, no baseline: floor"),
 # prose
 T("热带特色高效农业","热带特色高效农业全产业链产值","元",YI,"182",t="260",source="热带特色高效农业全产业链产值由2025年的182亿元提高到260亿元"),
 T("清洁能源装机","清洁能源装机比重","%",1,t="80",tq="at_least",note="稳定在…以上: floor, no baseline",source="清洁能源装机比重稳定在80%以上"),
 T("减排量","主要污染物重点工程减排量",None,note="words only: 完成省下达任务; no unit is given",source="主要污染物重点工程减排量完成省下达任务"),
 T("医疗旅游人次","博鳌乐城国际医疗旅游先行区医疗旅游人次","人次",WAN,"36",t="90",source="博鳌乐城国际医疗旅游先行区医疗旅游人次达到90万人次（2025年为36万人次）"),
 T("床位","旅游住宿接待床位","张",WAN,t="6",tq="at_least",note="突破6万张: floor, no baseline",source="旅游住宿接待床位突破6万张"),
 T("社会消费品零售总额","社会消费品零售总额","%",g="7",gq="about",note="prose growth-only (年均增长7%左右)",source="社会消费品零售总额年均增长7%左右"),
 T("经营主体","新增经营主体","户",WAN,t="1",tq="at_least",ty=None,note="每年: year null",source="每年新增经营主体1万户以上"),
 T("一般公共预算收入","一般公共预算收入","元",YI,"32.6",t="42",g="5",gq="about",note="prose level + growth",source="一般公共预算收入由2025年的32.6亿元增加到42亿元，年均增长5%左右"),
 T("农村公路","新改建农村公路","公里",1,t="600",cum=True,note="“十五五”期间 + a five-year quantity with no 累计 word: cumulative",source="“十五五”期间新改建农村公路600公里"),
 T("保障性住房","建设筹集保障性住房","套",WAN,t="1.2",cum=True,note="“十五五”期间累计",source="“十五五”期间累计建设筹集保障性住房1.2万套"),
 T("新能源汽车","新能源汽车保有量占汽车保有量比重","%",1,"26",t="45",source="新能源汽车保有量占汽车保有量比重达到45%（2025年为26%）"),
 T("用水总量","用水总量","立方米",YI,t="3.6",tq="at_most",d="down",note="cap, no baseline",source="全市用水总量控制在3.6亿立方米以内"),
 T("资源化利用率","城市生活垃圾资源化利用率","%",note="words only: 稳步提高",source="城市生活垃圾资源化利用率稳步提高"),
]

def path(t, y):
    """expected(y) in display units, Fraction"""
    if t["cum"]:
        b, y0 = F(0), 2025
    else:
        b, y0 = F(t["b"]), t["by"]
    tv = F(t["t"]); y1 = 2030
    yy = min(max(y, y0), y1)
    return b + (tv - b) * (yy - y0) / (y1 - y0)

if __name__ == "__main__":
    for name, L in (("W", W), ("X", X)):
        for t in L:
            if t["t"] is None or t["ty"] is None: 
                print(name, t["key"], "growth" if t["g"] else "words/peryear", t["g"], t["t"]); continue
            if t["b"] is None and not t["cum"]:
                print(name, t["key"], "bound", t["tq"], t["t"]); continue
            print(name, t["key"], t["b"], "->", t["t"], " ".join(f"{y}:{float(path(t,y)):g}" for y in (2026,2027,2028)))
