SLUG = "chip-plant"
LANG = "en"
META = dict(
    site="The Lakeshore Morning Courier",
    title="Veltrix breaks ground on $18.6bn chip plant outside Port Ellison",
    url="https://www.lakeshorecourier.example/business/2025/09/18/veltrix-chip-plant-port-ellison-groundbreaking",
    published="2025-09-18T18:30:00-04:00",
    time_display="Sept. 18, 2025, 6:30 p.m. ET",
    author="Caleb Norquist",
    section="Business",
)
BODY = [
    "Veltrix Semiconductor broke ground on Thursday on an $18.6 billion chip factory outside Port Ellison, the largest private investment in the state’s history, promising 3,200 permanent jobs when the plant reaches full production.",
    "The company, founded in 1994 and based in San Carvel, said the first phase of the plant would begin producing chips in the second half of 2028, using a 2-nanometer process for processors used in data centers and cars. A second phase, which has not yet been approved by the company’s board, could raise the total investment to about $30 billion.",
    "The site covers 900 acres of former farmland east of the town. At its peak, construction will employ about 9,000 workers, according to the company. The plant is designed to process 40,000 silicon wafers a month once both of its production halls are running.",
    "Gov. Ruth Callaway, who attended the ceremony with about 600 guests, said the state had agreed incentives worth $1.4 billion, including tax credits spread over 20 years and $310 million for roads, water and power lines. Federal grants of $2.1 billion were announced last year under the national chips program.",
    "“Ten years ago this field grew soybeans. In three years it will make the most advanced chips in the Western Hemisphere,” Callaway said.",
    "Not everyone is convinced. Residents’ groups have raised concerns about water use: the plant will draw up to 5 million gallons a day from Lake Tamsin, about 7 percent of the volume the county’s water utility currently supplies. Veltrix said 85 percent of the water would be treated and returned to the lake.",
    "Veltrix chief executive Daniel Okafor said the company had chosen Port Ellison over two rival sites in other states because of its skilled work force and access to fresh water. The company reported revenue of $27.3 billion last year, up 18 percent, and has 41,000 employees worldwide.",
    "The ceremony began at 10 a.m. ET, about an hour late because of heavy rain. Okafor said the company would hire its first 400 technicians next year and had signed a training agreement with Lakeshore Community College, which will open a clean-room training center in January.",
    "Local officials expect the plant to draw suppliers to the area. The county’s economic development office said it had received inquiries from 14 companies, mostly makers of specialty gases and chemicals, about sites near the plant.",
]
HEADLINE = "ベルトリックス:大豆畑から最先端半導体工場へ"
POSTED = "2025年09月19日 12:10"
CREDIT = "国立国会図書館デジタルコレクション「東海道五十三次」を加工して作成"
DIGEST = """
【概要】

 半導体メーカーのベルトリックス・セミコンダクター(Veltrix Semiconductor)は18日、ポートエリソン(Port Ellison)郊外で、総額186億ドルを投じる半導体工場の起工式を行った。州史上最大の民間投資で、本格稼働時には3200人の常勤雇用を生み出すとしている。

 主なハイライト

 生産計画:第1期工場は2028年後半(7〜12月)に生産を始め、データセンターや自動車向けのプロセッサーを2ナノメートルの製造プロセスで生産する。取締役会の承認前の第2期が実現すれば、総投資額は約300億ドルに膨らむ。

 規模:敷地は町の東側の旧農地約360ヘクタール(900エーカー)で、建設のピーク時には約9000人が働く。2つの生産棟がそろえば、シリコンウエハーを月4万枚処理できる。

 公的支援:州は総額14億ドルの優遇措置で合意し、このうち3億1000万ドルは道路や水道、送電線の整備に充てる。昨年には連邦政府による21億ドルの補助金も発表されている。

 文脈

 水をめぐる懸念:工場はタムシン湖(Lake Tamsin)から1日最大500万ガロン(約1900万リットル)を取水する。これは郡の水道事業者の現在の供給量の約7%にあたり、住民団体が懸念を示している。同社は85%を処理して湖に戻すとしている。

 立地の決め手:ダニエル・オカフォー(Daniel Okafor)最高経営責任者は、他州の2候補地ではなくポートエリソンを選んだ理由として、熟練した労働力と淡水へのアクセスを挙げた。

 1994年の創業から31年を迎えた同社は、工場の本格稼働に向けて来年から技術者の採用を始める。

【詳細】

 ベルトリックスの新工場は、州にとって過去最大の民間投資となる。以下、計画の中身と地元の反応をまとめる。

 工場の計画

 1.投資と生産

 ・第1期の投資額は186億ドルで、2028年後半に生産を開始する。
 ・未承認の第2期を含めると、総投資額は約300億ドルとなる可能性がある。
 ・ウエハー処理能力は月4万枚を見込む。

 2.雇用

 ・本格稼働時の常勤雇用は3200人、建設のピーク時は約9000人。
 ・来年、まず技術者400人を採用する。
 ・レイクショア・コミュニティー・カレッジと研修協定を結び、同校は1月にクリーンルームの研修施設を開設する。

 3.起工式

 ・起工式は大雨のため予定より約1時間遅れ、米東部時間午前10時(日本時間18日午後11時)に始まった。
 ・約600人の来賓とともに出席したルース・キャロウェイ(Ruth Callaway)知事は「10年前、この畑では大豆が育っていた。3年後には西半球で最も先進的な半導体をつくることになる」と述べた。

 地域への影響

 1.支援策

 ・州の優遇措置は14億ドルで、20年にわたる税額控除と、インフラ整備向けの3億1000万ドルを含む。
 ・連邦政府の補助金21億ドルと合わせると、公的支援は35億ドルにのぼる。

 2.水資源

 ・1日最大約1900万リットルを湖から取水し、うち85%を処理して戻す計画で、実際に消費されるのは15%となる。

 3.取引先の誘致

 ・郡の経済開発局には、特殊ガスや化学品のメーカーを中心に14社から工場近くの用地について問い合わせが来ている。

 同社の昨年の売上高は前年比18%増の273億ドルで、世界の従業員数は4万1000人にのぼる。

【要点】

 工場の計画

 1.投資と生産

 ・186億ドルを投資し、2028年後半に2ナノ品の生産開始。

 2.雇用

 ・常勤3200人、建設ピーク時約9000人。

 3.起工式

 ・日本時間18日午後11時に開始、知事が出席。

 地域への影響

 1.支援策

 ・州14億ドル、連邦21億ドルの支援。

 2.水資源

 ・1日最大約1900万リットルを取水、85%を返還。

 3.取引先の誘致

 ・14社が周辺用地に関心。
"""
ERRORS = [
    dict(old="約1900万リットル", new="約500万リットル", kind="mismatch", severity="error", span="約500万リットル"),
    dict(old="州は総額14億ドル", new="州は総額21億ドル", kind="mismatch", severity="error", span="州は総額21億ドル"),
    dict(old="https://www.lakeshorecourier.example/business/2025/09/18/veltrix-chip-plant-port-ellison-groundbreaking\n",
         new="https://www.lakeshorecourier.example/business/2025/09/18/veltrix-chip-plant-port-ellison-groundbreaking?utm_source=newsletter&utm_medium=email&utm_campaign=morning_brief_0919\n",
         kind="citation", severity="warning",
         span="https://www.lakeshorecourier.example/business/2025/09/18/veltrix-chip-plant-port-ellison-groundbreaking?utm_source=newsletter&utm_medium=email&utm_campaign=morning_brief_0919"),
]
