# report texts with every claim marked inline (⟦…⟧ scored, ⟪…⟫ optional) and, in the same order,
# one spec per scored claim: kind/direction/status/subject_key/year and the intended match.
OMIT = "omit"
def C(text, kind, status, skey, year, m, q=None, value=None):
    return dict(text=text, kind=kind, status=status, skey=skey, year=year, m=m, q=q, value=value)
def P(key, y, v, ctx): return ("path", key, y, v, ctx)
def K(key, y, v, ctx): return ("cum", key, y, v, ctx)
def G(key, v, ctx): return ("growth", key, v, ctx)
def B(key, v, ctx): return ("bound", key, v, ctx)
def NC(key, why): return ("nc", key, why)
def CP(key, why): return ("contra", key, why)
def N(why): return ("null", why)

REPORTS = {}

# ---------------------------------------------------------------- w1
REPORTS["w1"] = dict(plan="W", text="""准格尔旗2026年国民经济和社会发展统计公报

2026年是“十五五”开局之年。面对能源市场深度调整和外部环境变化，全旗上下坚持稳中求进工作总基调，统筹能源保供和转型发展，经济运行总体平稳、稳中有进，“十五五”实现良好开局。

一、综合

初步核算，全年全旗地区生产总值⟦1792亿元⟧，按不变价格计算，比上年增长⟦4.8%⟧。人均地区生产总值⟦46.9万元⟧。在全国综合实力百强县（市）中位列⟦第27位⟧。

年末常住人口城镇化率为⟦83.1%⟧。

二、农业

全年粮食总产量⟦32.8万吨⟧，连续多年保持稳定。

三、工业和能源

全年规模以上工业增加值比上年增长⟦5.6%⟧。全年原煤产量⟦2.68亿吨⟧，煤炭就地转化率⟦34.2%⟧，现代煤化工产业产值⟦502亿元⟧。全年新增规模以上工业企业⟦14家⟧。准格尔经济技术开发区规模以上工业增加值增长⟦6.3%⟧。

全年能源综合生产能力达到⟦21650万吨标准煤⟧。年末新能源装机容量⟦598万千瓦⟧，新型储能装机规模⟦126万千瓦⟧。

四、国内贸易和旅游

全年社会消费品零售总额⟦136.2亿元⟧，比上年增长⟦4.6%⟧。全年实现旅游总收入⟦58.3亿元⟧，增长⟦9.1%⟧。

五、财政

全年一般公共预算收入⟦173.6亿元⟧，比上年增长⟦3.3%⟧。

六、科学技术

全年研究与试验发展经费投入强度为⟦1.31%⟧。年末有效高新技术企业⟦77家⟧。数字经济核心产业增加值占地区生产总值比重为⟦5.3%⟧。全旗5G基站实现苏木乡镇全覆盖。

七、教育和卫生

劳动年龄人口平均受教育年限达到⟦11.72年⟧，普惠性幼儿园覆盖率⟦92.1%⟧。年末每千人口拥有执业（助理）医师⟦3.38人⟧，每千人口拥有⟪3岁以下⟫婴幼儿托位⟦3.81个⟧。人均预期寿命⟦79.1岁⟧。

八、人民生活和社会保障

全年全旗居民人均可支配收入⟦61280元⟧，比上年增长⟦5.1%⟧。其中，城镇居民人均可支配收入⟦68650元⟧。全年城镇调查失业率平均为⟦4.6%⟧。

九、资源环境

全年单位GDP能耗下降⟦2.8%⟧。细颗粒物（PM2.5）年均浓度⟦22.9微克/立方米⟧，空气质量优良天数比率⟦87.9%⟧。森林覆盖率⟦32.74%⟧，草原综合植被盖度⟦45.2%⟧。全旗用水总量⟦1.86亿立方米⟧。

注：本公报数据均为初步统计数。2025年全旗地区生产总值经最终核实为⟦1736亿元⟧。

准格尔旗统计局
2027年4月2日
""", claims=[
 C("1792亿元","amount","actual","地区生产总值",2026,P("地区生产总值",2026,"behind","全年 in the 2026 公报 (title year, not the sign-off date 2027年4月2日)")),
 C("4.8%","change+","actual","地区生产总值",2026,G("地区生产总值","on_track","2026 growth")),
 C("46.9万元","amount","actual","人均地区生产总值",2026,N("人均地区生产总值 (a look-alike whose name contains 地区生产总值): null")),
 C("第27位","rank","actual","百强县",2026,N("a rank, no plan indicator (rule 7)")),
 C("83.1%","rate","actual","城镇化率",2026,P("城镇化率",2026,"on_track","年末 → 2026")),
 C("32.8万吨","amount","actual","粮食总产量",2026,P("粮食",2026,"on_track","floor with a baseline, the path applies")),
 C("5.6%","change+","actual","规模以上工业增加值",2026,G("规模以上工业增加值","on_track","2026 growth")),
 C("2.68亿吨","amount","actual","原煤产量",2026,B("煤炭产量","met","原煤产量 = the plan's 煤炭产量 (prose floor 稳定在2.6亿吨以上)")),
 C("34.2%","rate","actual","就地转化率",2026,P("就地转化率",2026,"behind","2026")),
 C("502亿元","amount","actual","煤化工",2026,P("煤化工",2026,"on_track","2026; prose target 由2025年的420亿元提高到800亿元")),
 C("14家","amount","actual","规模以上工业企业",2026,B("规模以上工业企业","met","a full-year count against the per-year floor 每年…12家以上 (rule 2)")),
 C("6.3%","change+","actual","规模以上工业增加值",2026,NC("规模以上工业增加值","准格尔经济技术开发区 (a zone inside the 旗): another region than the plan's (rule 6)")),
 C("21650万吨标准煤","amount","actual","能源综合生产能力",2026,P("能源综合生产能力",2026,"behind","2026")),
 C("598万千瓦","amount","actual","新能源装机容量",2026,P("新能源装机",2026,"on_track","年末 → 2026")),
 C("126万千瓦","amount","actual","新型储能",2026,P("新型储能",2026,"behind","年末 → 2026; prose target 300万千瓦（2025年为85万千瓦）")),
 C("136.2亿元","amount","actual","社会消费品零售总额",2026,P("社会消费品零售总额",2026,"on_track","2026; prose level target")),
 C("4.6%","change+","actual","社会消费品零售总额",2026,G("社会消费品零售总额","behind","2026 growth; the prose target has level and growth")),
 C("58.3亿元","amount","actual","旅游总收入",2026,N("a level against a growth-only target (旅游总收入年均增长8%以上): null")),
 C("9.1%","change+","actual","旅游总收入",2026,G("旅游总收入","on_track","2026 growth")),
 C("173.6亿元","amount","actual","一般公共预算收入",2026,P("一般公共预算收入",2026,"behind","2026")),
 C("3.3%","change+","actual","一般公共预算收入",2026,N("growth against a level-only target (W's 一般公共预算收入 row has no 年均增长): null")),
 C("1.31%","rate","actual","投入强度",2026,P("投入强度",2026,"behind","2026; baseline year 2024 (the cell 1.12* and note 2; with 2025 the path would give 1.256 and on_track)")),
 C("77家","amount","actual","高新技术企业",2026,P("高新技术企业",2026,"behind","年末 → 2026; floor with a baseline, the path applies")),
 C("5.3%","rate","actual","数字经济核心产业增加值",2026,P("数字经济",2026,"behind","2026; 占地区生产总值比重 = 占GDP比重")),
 C("11.72年","amount","actual","受教育年限",2026,P("受教育年限",2026,"on_track","2026")),
 C("92.1%","rate","actual","普惠性幼儿园覆盖率",2026,P("普惠性幼儿园",2026,"on_track","2026; prose target 95%（2025年为91%）")),
 C("3.38人","amount","actual","医师",2026,P("医师数",2026,"behind","年末 → 2026")),
 C("3.81个","amount","actual","托位",2026,P("托位数",2026,"on_track","年末 → 2026")),
 C("79.1岁","amount","actual","人均预期寿命",2026,P("预期寿命",2026,"behind","2026; baseline year 2024 (78.9*; with 2025 the path would give 79.04 and on_track)")),
 C("61280元","amount","actual","居民人均可支配收入",2026,N("a level against a words-only growth row (居民人均可支配收入增长 与经济增长同步): null")),
 C("5.1%","change+","actual","居民人均可支配收入",2026,NC("居民人均可支配收入","the plan states this target only in words (与经济增长同步, rule 6)")),
 C("68650元","amount","actual","城镇居民人均可支配收入",2026,N("城镇居民 income, no plan indicator (the plan's row is all residents' growth, in words): null")),
 C("4.6%","rate","actual","失业率",2026,B("失业率","met","平均 → 2026; cap 5% with no baseline (rule 2)")),
 C("2.8%","change-","actual","能耗",2026,NC("能源消耗","单位GDP能耗 = 单位GDP能源消耗降低; the plan states this target only in words (完成市下达任务, rule 6)")),
 C("22.9微克/立方米","amount","actual","细颗粒物",2026,P("细颗粒物",2026,"behind","2026; less is better")),
 C("87.9%","rate","actual","优良天数比率",2026,P("优良天数",2026,"on_track","2026; floor with a baseline, the path applies")),
 C("32.74%","rate","actual","森林覆盖率",2026,P("森林覆盖率",2026,"behind","2026")),
 C("45.2%","rate","actual","草原综合植被盖度",2026,P("植被盖度",2026,"on_track","2026")),
 C("1.86亿立方米","amount","actual","用水总量",2026,B("用水总量","met","2026; cap 2.05亿立方米 with no baseline (rule 2)")),
 C("1736亿元","amount","actual","地区生产总值",2025,CP("地区生产总值","a restated 2025 baseline, 1736亿元, differs from the plan's base-year value 1720亿元 (rule 5)")),
])

# ---------------------------------------------------------------- w2
REPORTS["w2"] = dict(plan="W", text="""政府工作报告
——2028年1月9日在准格尔旗第十八届人民代表大会第二次会议上

各位代表：

现在，我代表旗人民政府，向大会报告工作，请予审议，并请旗政协委员和其他列席人员提出意见。

一、过去一年工作回顾

过去一年，面对煤炭价格中枢下移、重点行业效益收窄等多重压力，我们坚持稳中求进工作总基调，全力稳增长、促转型、惠民生、防风险，较好完成了旗十八届人大一次会议确定的目标任务。

经济运行稳中有进。全旗地区生产总值达到⟦1901亿元⟧，增长⟦4.3%⟧；规模以上工业增加值增长⟦5.4%⟧；一般公共预算收入完成⟦181.5亿元⟧；社会消费品零售总额增长⟦5.3%⟧，旅游总收入增长⟦7.2%⟧。

能源产业提质升级。煤炭产量⟦2.63亿吨⟧，煤炭就地转化率提高到⟦37.6%⟧，现代煤化工产业产值⟦565亿元⟧。新能源装机容量达到⟦745万千瓦⟧，新型储能装机规模⟦176万千瓦⟧。全年新增规模以上工业企业⟦11家⟧。认真落实《准格尔旗推动煤炭产业高质量发展三年行动方案》（准政发〔2027〕8号），煤矿智能化改造全面提速。

创新动能持续增强。研究与试验发展经费投入强度达到⟦1.44%⟧，高新技术企业达到⟦91家⟧，新增国家级专精特新“小巨人”企业⟦2家⟧、总数达到⟦6家⟧。

民生福祉不断增进。城镇新增就业⟦3260人⟧，城镇调查失业率⟦4.5%⟧；居民人均可支配收入增长⟦5.0%⟧。常住人口城镇化率达到⟦83.6%⟧。普惠性幼儿园覆盖率⟦92.9%⟧，每千人口拥有⟪3岁以下⟫婴幼儿托位⟦3.92个⟧。

生态环境持续改善。细颗粒物（PM2.5）年均浓度⟦22.0微克/立方米⟧，空气质量优良天数比率⟦88.2%⟧，森林覆盖率⟦33.0%⟧；单位地区生产总值能耗下降⟦3.0%⟧。

“十五五”开局⟪两年⟫，全旗累计城镇新增就业⟦6580人⟧，累计完成水土流失综合治理⟦268平方公里⟧，新建改造农村牧区公路⟦305公里⟧，单位地区生产总值二氧化碳排放累计下降⟦5.6%⟧。

同时，我们也清醒认识到，全旗经济对煤炭依赖程度仍然较高，接续产业支撑不足，科技创新短板依然突出，民生领域还有不少薄弱环节。我们将直面问题，采取有力措施加以解决。

二、今年工作的总体要求和主要预期目标

今年是“十五五”规划承上启下的关键之年。全旗经济社会发展的主要预期目标是：地区生产总值增长⟦4.5%左右⟧，一般公共预算收入增长⟦3%⟧，煤炭产量稳定在⟦2.6亿吨左右⟧，城镇新增就业⟦3200人以上⟧，城镇调查失业率控制在⟦5%以内⟧，单位地区生产总值能耗下降完成市下达任务。

三、今年重点工作

加快建设现代能源经济示范旗。推进大型风电光伏基地和外送通道建设，力争到2030年，新能源装机容量达到⟦1500万千瓦⟧，高新技术企业数量突破⟦130家⟧，为建设现代化能源经济强旗打下坚实基础。
""", claims=[
 C("1901亿元","amount","actual","地区生产总值",2027,P("地区生产总值",2027,"on_track","过去一年 = 2027 (read against the subtitle date 2028年1月9日); at y = 2028 it would be behind (1978)")),
 C("4.3%","change+","actual","地区生产总值",2027,G("地区生产总值","behind","2027 growth")),
 C("5.4%","change+","actual","规模以上工业增加值",2027,G("规模以上工业增加值","on_track","2027 growth")),
 C("181.5亿元","amount","actual","一般公共预算收入",2027,P("一般公共预算收入",2027,"behind","过去一年 → 2027")),
 C("5.3%","change+","actual","社会消费品零售总额",2027,G("社会消费品零售总额","on_track","2027 growth")),
 C("7.2%","change+","actual","旅游总收入",2027,G("旅游总收入","behind","2027 growth")),
 C("2.63亿吨","amount","actual","煤炭产量",2027,B("煤炭产量","met","2027; floor 2.6亿吨 with no baseline (rule 2)")),
 C("37.6%","rate","actual","就地转化率",2027,P("就地转化率",2027,"on_track","2027")),
 C("565亿元","amount","actual","煤化工",2027,P("煤化工",2027,"behind","2027")),
 C("745万千瓦","amount","actual","新能源装机容量",2027,P("新能源装机",2027,"on_track","2027")),
 C("176万千瓦","amount","actual","新型储能",2027,P("新型储能",2027,"on_track","2027")),
 C("11家","amount","actual","规模以上工业企业",2027,B("规模以上工业企业","behind","a full-year count against the per-year floor 12家以上 (rule 2)")),
 C("1.44%","rate","actual","投入强度",2027,P("投入强度",2027,"behind","2027; baseline year 2024 (1.12*; with 2025 the path would give 1.392 and on_track)")),
 C("91家","amount","actual","高新技术企业",2027,P("高新技术企业",2027,"on_track","2027; floor with a baseline, the path applies")),
 C("2家","amount","actual","小巨人",2027,N("an addition in one year, while the plan's indicator is the number of firms: null")),
 C("6家","amount","actual","小巨人",2027,P("小巨人",2027,"on_track","总数 → the level, 2027")),
 C("3260人","amount","actual","城镇新增就业",2027,N("a one-year flow against a five-year cumulative target: null (st/uv convention)")),
 C("4.5%","rate","actual","失业率",2027,B("失业率","met","2027; cap 5% with no baseline (rule 2)")),
 C("5.0%","change+","actual","居民人均可支配收入",2027,NC("居民人均可支配收入","the plan states this target only in words (与经济增长同步, rule 6)")),
 C("83.6%","rate","actual","城镇化率",2027,P("城镇化率",2027,"on_track","2027")),
 C("92.9%","rate","actual","普惠性幼儿园覆盖率",2027,P("普惠性幼儿园",2027,"on_track","2027")),
 C("3.92个","amount","actual","托位",2027,P("托位数",2027,"behind","2027")),
 C("22.0微克/立方米","amount","actual","细颗粒物",2027,P("细颗粒物",2027,"on_track","2027; less is better")),
 C("88.2%","rate","actual","优良天数比率",2027,P("优良天数",2027,"on_track","2027; floor with a baseline, the path applies")),
 C("33.0%","rate","actual","森林覆盖率",2027,P("森林覆盖率",2027,"behind","2027")),
 C("3.0%","change-","actual","能耗",2027,NC("能源消耗","the plan states this target only in words (完成市下达任务, rule 6)")),
 C("6580人","amount","actual","城镇新增就业",None,K("城镇新增就业",2027,"on_track","“十五五”开局两年累计 → year null (a named period), judged at y = 2027")),
 C("268平方公里","amount","actual","水土流失",None,K("水土流失",2027,"on_track","开局两年累计 → year null, judged at y = 2027")),
 C("305公里","amount","actual","农村牧区公路",None,K("农村牧区公路",2027,"behind","开局两年 (same clause) → year null, judged at y = 2027")),
 C("5.6%","change-","actual","二氧化碳",None,K("二氧化碳",2027,"behind","开局两年累计下降 → year null, judged at y = 2027; a cumulative decline, more decline is better")),
 C("4.5%左右","change+","target","地区生产总值",2028,N("a 2028 target, not the plan's year; equal to the plan's growth anyway: no match (rule 5)")),
 C("3%","change+","target","一般公共预算收入",2028,N("a 2028 growth target against a level-only indicator: null")),
 C("2.6亿吨左右","amount","target","煤炭产量",2028,N("a 2028 target, not the plan's year: null")),
 C("3200人以上","amount","target","城镇新增就业",2028,N("a 2028 one-year target: null")),
 C("5%以内","rate","target","失业率",2028,N("a 2028 target equal to the plan's cap: null")),
 C("1500万千瓦","amount","target","新能源装机容量",2030,CP("新能源装机","a draft 2030 target, 1500万千瓦, differs from the plan's 2030 target 1200万千瓦 (rule 5)")),
 C("130家","amount","target","高新技术企业",2030,N("a draft 2030 target 突破130家 inside the plan's floor 120以上: no match (rule 5)"),q="at_least"),
])

# ---------------------------------------------------------------- x1
REPORTS["x1"] = dict(plan="X", text="""上半年全市经济运行稳中向好

来源：琼海市统计局　　发布时间：2028-07-19 09:32　　【打印】【关闭】

7月18日，市统计局发布上半年全市主要经济指标。数据显示，全市经济运行延续稳中向好态势，旅游消费和自由贸易港政策效应持续显现。

经济总量稳步增长。根据地区生产总值统一核算结果，上半年全市实现地区生产总值⟦236.5亿元⟧，按不变价格计算，同比增长⟦6.8%⟧。其中，第三产业增加值增长⟦7.3%⟧。规模以上工业增加值增长⟦3.9%⟧，全社会固定资产投资增长⟦6.2%⟧。

旅游消费持续回暖。上半年，全市接待游客总人数⟦672万人次⟧，实现旅游总收入⟦88.4亿元⟧；其中博鳌镇接待游客⟦158万人次⟧。博鳌乐城国际医疗旅游先行区医疗旅游人次⟦38.6万人次⟧。社会消费品零售总额⟦86.3亿元⟧，同比增长⟦7.6%⟧。截至6月底，全市旅游住宿接待床位⟦5.12万张⟧。

开放活力不断增强。1—6月，全市货物和服务贸易进出口总额⟦41.2亿元⟧。今年以来，全市新增经营主体⟦6820户⟧。2026年以来，全市累计实际使用外资⟦3.41亿美元⟧。

财政收入和居民收入平稳增长。上半年，全市一般公共预算收入⟦20.3亿元⟧，同比增长⟦4.6%⟧。全市居民人均可支配收入⟦23150元⟧，增长⟦7.2%⟧。居民消费价格同比上涨⟦0.8%⟧。

民生保障扎实有力。1—6月，全市城镇调查失业率平均为⟦4.4%⟧。2026年以来，全市累计城镇新增就业⟦1.72万人⟧，累计建设筹集保障性住房⟦6900套⟧，新改建农村公路⟦372公里⟧。截至6月底，每万人口高价值发明专利拥有量⟦1.95件⟧。

绿色发展底色更加鲜明。1—6月，全市空气质量优良天数比率⟦98.6%⟧，细颗粒物（PM2.5）平均浓度⟦12.3微克/立方米⟧。截至6月底，清洁能源装机比重⟦81.3%⟧，新能源汽车保有量占汽车保有量比重⟦37.1%⟧。

据统计年报，去年全市森林覆盖率⟦65.41%⟧，农村生活污水治理率⟦70.2%⟧，劳动年龄人口平均受教育年限⟦11.12年⟧。另经核实，2025年全市接待游客总人数为⟦968万人次⟧。

下半年，全市将紧盯全年目标任务，全年力争地区生产总值增长⟦6.5%以上⟧。
""", claims=[
 C("236.5亿元","amount","actual","地区生产总值",2028,NC("地区生产总值","上半年 (2028, read against 发布时间 2028-07-19): a part-year flow against a full-year level target (rule 6)")),
 C("6.8%","change+","actual","地区生产总值",2028,G("地区生产总值","on_track","上半年 → 2028; year-to-date growth")),
 C("7.3%","change+","actual","第三产业",2028,N("growth of a component of GDP: null")),
 C("3.9%","change+","actual","规模以上工业增加值",2028,N("no plan indicator for it in X (rule 7)")),
 C("6.2%","change+","actual","固定资产投资",2028,G("固定资产投资","behind","上半年 → 2028; year-to-date growth")),
 C("672万人次","amount","actual","接待游客",2028,NC("接待游客","上半年: a part-year flow against a full-year level target (rule 6)")),
 C("88.4亿元","amount","actual","旅游总收入",2028,NC("旅游总收入","上半年: a part-year flow against a full-year level target (rule 6)")),
 C("158万人次","amount","actual","接待游客",2028,NC("接待游客","博鳌镇 (a town inside the city): another region than the plan's (rule 6)")),
 C("38.6万人次","amount","actual","医疗旅游人次",2028,NC("医疗旅游人次","上半年: a part-year flow against a full-year level target (rule 6)")),
 C("86.3亿元","amount","actual","社会消费品零售总额",2028,N("a level against a growth-only target (社会消费品零售总额年均增长7%左右): null")),
 C("7.6%","change+","actual","社会消费品零售总额",2028,G("社会消费品零售总额","on_track","上半年 → 2028; year-to-date growth")),
 C("5.12万张","amount","actual","旅游住宿接待床位",2028,B("床位","behind","截至6月底 → 2028; floor 突破6万张 with no baseline (rule 2)")),
 C("41.2亿元","amount","actual","进出口总额",2028,NC("进出口","1—6月: a part-year flow against a full-year floor (rule 6)")),
 C("6820户","amount","actual","经营主体",2028,NC("经营主体","今年以来 (to mid-July): a part-year flow against the per-year floor 每年…1万户以上 (rule 6)")),
 C("3.41亿美元","amount","actual","实际使用外资",OMIT,K("实际使用外资",2028,"behind","2026年以来累计 → no year field (kl–uv convention), judged at y = 2028")),
 C("20.3亿元","amount","actual","一般公共预算收入",2028,NC("一般公共预算收入","上半年: a part-year flow against a full-year level target (rule 6)")),
 C("4.6%","change+","actual","一般公共预算收入",2028,G("一般公共预算收入","behind","上半年 → 2028; year-to-date growth; the prose target has level and growth")),
 C("23150元","amount","actual","居民人均可支配收入",2028,NC("居民人均可支配收入","上半年: a part-year flow against a full-year level target (rule 6)")),
 C("7.2%","change+","actual","居民人均可支配收入",2028,G("居民人均可支配收入","on_track","上半年 → 2028; year-to-date growth")),
 C("0.8%","change+","actual","居民消费价格",2028,N("no plan indicator for it (rule 7)")),
 C("4.4%","rate","actual","失业率",2028,B("失业率","met","1—6月 平均 → 2028; cap 5.5% with no baseline (rule 2)")),
 C("1.72万人","amount","actual","城镇新增就业",OMIT,K("城镇新增就业",2028,"on_track","2026年以来累计 → no year field, judged at y = 2028")),
 C("6900套","amount","actual","保障性住房",OMIT,K("保障性住房",2028,"behind","2026年以来累计 → no year field, judged at y = 2028")),
 C("372公里","amount","actual","农村公路",OMIT,K("农村公路",2028,"on_track","2026年以来 (same clause) → no year field, judged at y = 2028")),
 C("1.95件","amount","actual","高价值发明专利",2028,P("高价值发明专利",2028,"behind","截至6月底 → y = 2028 (at y = 2027 it would be on_track, 1.72)")),
 C("98.6%","rate","actual","优良天数比率",2028,P("优良天数",2028,"met","1—6月 → 2028; a rate is a level")),
 C("12.3微克/立方米","amount","actual","细颗粒物",2028,P("细颗粒物",2028,"on_track","1—6月 → 2028; less is better; 平均浓度 = 年均浓度")),
 C("81.3%","rate","actual","清洁能源装机比重",2028,B("清洁能源装机","met","截至6月底 → 2028; floor 80% with no baseline (rule 2)")),
 C("37.1%","rate","actual","新能源汽车",2028,P("新能源汽车",2028,"behind","截至6月底 → y = 2028 (at y = 2027 it would be on_track, 33.6)")),
 C("65.41%","rate","actual","森林覆盖率",2027,P("森林覆盖率",2027,"behind","去年 → 2027")),
 C("70.2%","rate","actual","农村生活污水治理率",2027,P("农村生活污水",2027,"on_track","去年 → y = 2027 (at y = 2028 it would be behind, 74.2)")),
 C("11.12年","amount","actual","受教育年限",2027,P("受教育年限",2027,"on_track","去年 → y = 2027 (at y = 2028 it would be behind, 11.2)")),
 C("968万人次","amount","actual","接待游客",2025,CP("接待游客","a restated 2025 baseline, 968万人次, differs from the plan's base-year value 980万人次 (rule 5)")),
 C("6.5%以上","change+","target","地区生产总值",2028,N("a 2028 target (全年力争), not the plan's year: null")),
])

# ---------------------------------------------------------------- x2
REPORTS["x2"] = dict(plan="X", text="""关于琼海市2027年国民经济和社会发展计划执行情况与2028年国民经济和社会发展计划草案的报告

琼海市发展和改革委员会

各位代表：

受市人民政府委托，现将琼海市2027年国民经济和社会发展计划执行情况与2028年国民经济和社会发展计划草案提请市九届人大二次会议审议，并请市政协委员和其他列席人员提出意见。

一、2027年国民经济和社会发展计划执行情况

在市委的坚强领导下，全市上下深入落实《琼海市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要》，主动融入海南自由贸易港建设，全面完成市人大批准的年度计划目标。

（一）经济运行稳中有进。全市地区生产总值完成⟦427.9亿元⟧，增长⟦6.9%⟧；全社会固定资产投资增长⟦8.6%⟧；一般公共预算收入⟦36.1亿元⟧，增长⟦5.4%⟧。热带特色高效农业全产业链产值达到⟦216.5亿元⟧。

（二）旅游消费提质扩容。接待游客总人数⟦1176万人次⟧，实现旅游总收入⟦153.2亿元⟧；博鳌乐城国际医疗旅游先行区医疗旅游人次⟦59.3万人次⟧。社会消费品零售总额增长⟦6.6%⟧。

（三）开放创新取得新进展。货物和服务贸易进出口总额⟦61.5亿元⟧，新增经营主体⟦1.08万户⟧，研究与试验发展经费投入强度达到⟦0.69%⟧。

（四）民生保障持续加强。城镇调查失业率⟦4.9%⟧；居民人均可支配收入⟦42960元⟧，增长⟦6.8%⟧。基本养老保险参保率⟦95.3%⟧，每千人口拥有执业（助理）医师数⟦3.24人⟧，人均预期寿命⟦80.92岁⟧，常住人口城镇化率⟦59.9%⟧。

（五）生态环境质量保持一流。空气质量优良天数比率⟦98.7%⟧，细颗粒物（PM2.5）年均浓度⟦12.9微克/立方米⟧；单位地区生产总值能耗下降⟦2.6%⟧；清洁能源装机比重⟦78.6%⟧，新能源汽车保有量占比⟦34.2%⟧；全市用水总量⟦3.12亿立方米⟧，耕地保有量⟦44.9万亩⟧。

2026—2027年，全市地区生产总值年均增长⟦6.6%⟧，累计城镇新增就业⟦1.09万人⟧，累计实际使用外资⟦2.56亿美元⟧，累计建设筹集保障性住房⟦5100套⟧，单位地区生产总值二氧化碳排放累计下降⟦5.9%⟧。需要说明的是，根据统计年报，2025年全市常住人口城镇化率为⟦58.2%⟧，与《纲要》基期值一致。

二、2028年经济社会发展的主要预期目标

综合考虑发展基础和外部环境，建议全市经济社会发展的主要预期目标为：地区生产总值增长⟦6.5%左右⟧；一般公共预算收入增长⟦5%⟧；接待游客总人数⟦1300万人次⟧；城镇调查失业率控制在⟦5.5%以内⟧；居民人均可支配收入增长与经济增长同步；单位地区生产总值能耗下降完成省下达任务。

着眼“十五五”目标如期实现，力争到2030年，全市旅游总收入突破⟦220亿元⟧，清洁能源装机比重达到⟦85%⟧。
""", claims=[
 C("427.9亿元","amount","actual","地区生产总值",2027,P("地区生产总值",2027,"behind","section 一、2027年…执行情况 scopes the paragraph → y = 2027")),
 C("6.9%","change+","actual","地区生产总值",2027,G("地区生产总值","on_track","2027 growth")),
 C("8.6%","change+","actual","固定资产投资",2027,G("固定资产投资","on_track","2027 growth")),
 C("36.1亿元","amount","actual","一般公共预算收入",2027,P("一般公共预算收入",2027,"behind","2027; prose level target")),
 C("5.4%","change+","actual","一般公共预算收入",2027,G("一般公共预算收入","on_track","2027 growth; the prose target has level and growth")),
 C("216.5亿元","amount","actual","热带特色高效农业",2027,P("热带特色高效农业",2027,"on_track","2027; prose target 由2025年的182亿元提高到260亿元")),
 C("1176万人次","amount","actual","接待游客",2027,P("接待游客",2027,"behind","2027")),
 C("153.2亿元","amount","actual","旅游总收入",2027,P("旅游总收入",2027,"on_track","2027")),
 C("59.3万人次","amount","actual","医疗旅游人次",2027,P("医疗旅游人次",2027,"on_track","2027; prose target 90万人次（2025年为36万人次）")),
 C("6.6%","change+","actual","社会消费品零售总额",2027,G("社会消费品零售总额","behind","2027 growth")),
 C("61.5亿元","amount","actual","进出口总额",2027,P("进出口",2027,"behind","2027; floor with a baseline, the path applies")),
 C("1.08万户","amount","actual","经营主体",2027,B("经营主体","met","a full-year count against the per-year floor 1万户以上 (rule 2)")),
 C("0.69%","rate","actual","投入强度",2027,P("投入强度",2027,"behind","2027; baseline year 2024, named only in note 2 under the table (with 2025 the path would give 0.672 and on_track)")),
 C("4.9%","rate","actual","失业率",2027,B("失业率","met","2027; cap 5.5% with no baseline (rule 2)")),
 C("42960元","amount","actual","居民人均可支配收入",2027,P("居民人均可支配收入",2027,"on_track","2027")),
 C("6.8%","change+","actual","居民人均可支配收入",2027,G("居民人均可支配收入","behind","2027 growth")),
 C("95.3%","rate","actual","参保率",2027,P("参保率",2027,"on_track","2027; floor with a baseline, the path applies")),
 C("3.24人","amount","actual","医师数",2027,P("医师数",2027,"behind","2027")),
 C("80.92岁","amount","actual","人均预期寿命",2027,P("预期寿命",2027,"behind","2027; baseline year 2024, named only in note 2 (with 2025 the path would give 80.88 and on_track)")),
 C("59.9%","rate","actual","城镇化率",2027,P("城镇化率",2027,"behind","2027")),
 C("98.7%","rate","actual","优良天数比率",2027,P("优良天数",2027,"met","2027")),
 C("12.9微克/立方米","amount","actual","细颗粒物",2027,P("细颗粒物",2027,"behind","2027; less is better")),
 C("2.6%","change-","actual","能耗",2027,NC("能源消耗","the plan states this target only in words (完成省下达任务, rule 6)")),
 C("78.6%","rate","actual","清洁能源装机比重",2027,B("清洁能源装机","behind","2027; floor 80% with no baseline (rule 2)")),
 C("34.2%","rate","actual","新能源汽车保有量占比",2027,P("新能源汽车",2027,"on_track","2027; 占比 = 占汽车保有量比重")),
 C("3.12亿立方米","amount","actual","用水总量",2027,B("用水总量","met","2027; cap 3.6亿立方米 with no baseline (rule 2)")),
 C("44.9万亩","amount","actual","耕地保有量",2027,B("耕地保有量","met","2027; floor 44.6万亩 with no baseline (rule 2)")),
 C("6.6%","change+","actual","地区生产总值",None,G("地区生产总值","on_track","2026—2027年 年均 → year null; a two-year average growth")),
 C("1.09万人","amount","actual","城镇新增就业",None,K("城镇新增就业",2027,"behind","2026—2027年累计 → year null, judged at y = 2027")),
 C("2.56亿美元","amount","actual","实际使用外资",None,K("实际使用外资",2027,"on_track","2026—2027年累计 → year null, judged at y = 2027")),
 C("5100套","amount","actual","保障性住房",None,K("保障性住房",2027,"on_track","2026—2027年累计 → year null, judged at y = 2027")),
 C("5.9%","change-","actual","二氧化碳",None,K("二氧化碳",2027,"on_track","2026—2027年累计下降 → year null, judged at y = 2027; a cumulative decline, more decline is better")),
 C("58.2%","rate","actual","城镇化率",2025,N("a restated 2025 baseline equal to the plan's 58.2%: no match (rule 5)")),
 C("6.5%左右","change+","target","地区生产总值",2028,N("a 2028 target (section 二、2028年…), not the plan's year: null")),
 C("5%","change+","target","一般公共预算收入",2028,N("a 2028 target, not the plan's year: null")),
 C("1300万人次","amount","target","接待游客",2028,N("a 2028 target, not the plan's year: null")),
 C("5.5%以内","rate","target","失业率",2028,N("a 2028 target equal to the plan's cap: null")),
 C("220亿元","amount","target","旅游总收入",2030,CP("旅游总收入","a draft 2030 target 突破220亿元 differs from the plan's 2030 target 200亿元 (rule 5)"),q="at_least"),
 C("85%","rate","target","清洁能源装机比重",2030,N("a draft 2030 target 85% inside the plan's floor 80%以上: no match (rule 5)")),
])
