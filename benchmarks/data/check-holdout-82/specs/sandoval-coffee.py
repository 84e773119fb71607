META = dict(lang="en", outlet="Isthmus Commodity Wire", author="Rafael Quintana", section="Softs",
    title="Sandoval coffee exports hit 11.8 million bags as prices soar",
    url="https://www.isthmuscommoditywire.example/softs/2025/10/14/sandoval-coffee-exports-record",
    pub="2025-10-14T08:00:00-06:00", pub_h="October 14, 2025 · 8:00 AM CST", topic="coffee exports, prices, destinations")
BODY = [
 "Coffee exports from Sandoval rose 14% to 11.8 million 60-kilogram bags in the 2024/25 marketing year, which ended on September 30, the national Coffee Institute said on Monday, as growers benefited from near-record prices.",
 "Export revenue jumped to $4.1 billion from $2.9 billion a year earlier. Arabica futures in New York traded at 385 cents a pound on Monday, close to the all-time high reached in February.",
 "Europe took 46% of the shipments and the United States 28%. Japan, which buys mostly high-grown washed coffee, remained the third-largest market with 9%.",
 "\"This is the best year our farmers have had in a generation,\" said Gabriela Montoya, 51, director of the institute. About 41,000 families grow coffee in Sandoval, most of them on farms of less than 3.5 hectares.",
 "But the institute warned that the next crop would be smaller. It forecasts exports of between 11.2 million and 11.5 million bags in 2025/26, because leaf rust has spread to about 22,000 hectares in the western highlands and a dry spell in April hurt flowering.",
 "Exporters are also paying more to move their coffee. Shipping a forty-foot container from Puerto Lindo to northern Europe now costs about $2,150, against $1,600 in January, freight brokers said.",
 "The government raised the minimum daily wage for coffee pickers to $18 from $15 at the start of the harvest, which in the lowlands began in the first week of October.",
 "Roasters in importing countries have passed on part of the increase. Retail prices for ground coffee in the euro area are up about 20% on the year, according to industry estimates cited by the institute.",
]
DIGEST = """サンドバル:コーヒー輸出1180万袋、価格高騰で輸出額急増2025年10月14日 23:30

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 サンドバルの国立コーヒー協会は13日(月曜日)、9月30日に終わった2024/25年度(2024年10月〜2025年9月)のコーヒー輸出量が前年度比14%増の1180万袋(1袋60キロ、約70万8000トン)だったと発表した。史上最高値に迫る相場が生産者を潤した。

 主なハイライト

 輸出額の急増:輸出額は前年度の29億ドルから41億ドルへ12億ドル(約4割)増えた。

 相場:ニューヨークのアラビカ先物は13日、1ポンドあたり385セントと2月の史上最高値に迫った。

 文脈

 仕向け先:欧州が46%、米国が28%と、両者で約4分の3を占めた。日本は9%で第3位の市場だった。

 生産者の構成:約4万1000世帯がコーヒーを栽培しており、その多くは3.5ヘクタール未満の小規模農家である。

 一方で協会は、さび病の拡大と4月の乾燥で次の年度の輸出は減るとみている。

【詳細】

 高値が追い風となった一方、次の収穫には陰りが見える。以下、協会の発表を整理する。

 輸出の実績

 1.数量と金額

 ・輸出量は1180万袋で14%増、輸出額は41億ドル。
 ・協会のガブリエラ・モントヤ(Gabriela Montoya)所長(51)は「この一世代で最高の年だ」と述べた。

 2.コスト

 ・プエルト・リンドから北欧州への40フィートコンテナの運賃は約2150ドルで、1月の1600ドルから550ドル上がった。
 ・政府は収穫開始にあわせ、摘み取り作業員の最低日給を15ドルから18ドルに引き上げた。

 来年度の見通し

 1.減産の要因

 ・西部高地では約2万2000ヘクタールにさび病が広がっている。

 2.予測

 ・2025/26年度の輸出は1120万〜1150万袋と予測される。

 輸入国では焙煎業者が値上げ分の一部を転嫁しており、ユーロ圏の粉コーヒーの小売価格は前年比約2割上がっている。

【要点】

 輸出の実績

 1.数量と金額

 ・輸出量1180万袋(14%増)、輸出額41億ドル。

 2.コスト

 ・運賃は約2150ドル、最低日給は18ドルに。

 来年度の見通し

 1.減産の要因

 ・さび病と4月の乾燥が打撃。

 2.予測

 ・来年度の輸出は1120万〜1150万袋に減少の見通し。

{CITATION}"""
TRAPS = ["13日(月曜日) = on Monday (published Tue 14)", "2024年10月〜2025年9月 = 2024/25 marketing year ending Sep 30", "約70万8000トン = 11.8m × 60 kg",
         "12億ドル(約4割) = 4.1-2.9", "約4分の3 = 46+28", "第3位", "550ドル = 2150-1600", "1120万〜1150万袋 range", "約2割 = about 20%", "所長(51)"]
ERRS = [
 ("日本は9%で第3位の市場だった。", "日本は28%で第3位の市場だった。", "28%で第3位", "mismatch", "error", "figure moved (US share attached to Japan)"),
 ("1月の1600ドルから550ドル上がった", "1月の1600ドルから650ドル上がった", "650ドル", "mismatch", "error", "wrong difference"),
 ("・西部高地では約2万2000ヘクタールにさび病が広がっている。", "・西部高地では約2万2000ヘクタールにさび病が広がっており、被害は2012年の大流行以来の規模だ。", "2012年", "unsupported", "warning", "invented year/background"),
]
