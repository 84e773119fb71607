META = dict(lang="es", outlet="Diario del Agro Austral", author="Martina Echeverri", section="Comercio exterior",
    title="Paro aceitero en Puerto Velarde deja 41 buques en espera",
    url="https://www.agroaustral.example/comercio/2025/01/17/paro-aceitero-puerto-velarde-buques",
    pub="2025-01-17T09:10:00-03:00", pub_h="17 de enero de 2025, 09:10", topic="oilseed workers' strike and soy exports")
BODY = [
 "El sindicato de trabajadores aceiteros inició a las 22:00 del jueves 16 de enero un paro por tiempo indeterminado en las plantas de molienda de soja de Puerto Velarde, el principal nodo exportador del país. Según la agencia marítima Ribera, 41 de los 62 buques que aguardaban en la zona de fondeo esperaban cargar harina o aceite de soja.",
 "El gremio reclama un aumento salarial del 28 %, frente al 17 % que ofrecen las empresas. La última huelga del sector, en diciembre de 2023, duró seis días.",
 "La medida llega en un momento delicado. La Bolsa de Cereales de San Telmo estima la cosecha de soja 2024/25 en 48,5 millones de toneladas, 2,5 millones menos que en su proyección de diciembre, por la falta de lluvias. En la zona núcleo cayeron apenas 85 milímetros en diciembre, menos de la mitad de lo normal.",
 "Las exportaciones de harina de soja generaron 1.250 millones de dólares en el último trimestre de 2024, según la cámara de la industria aceitera. El país concentra alrededor del 41 % del comercio mundial de harina, una cuota que ha caído 3 puntos porcentuales en dos años.",
 "La tonelada de harina de soja para embarque en febrero cotizaba el jueves a 310 dólares en Puerto Velarde, 12 dólares más que una semana antes. \"Cada día de paro son unos 60 millones de dólares que no entran\", calculó el economista Ignacio Balbuena, de la consultora Pampa Datos.",
 "El Ministerio de Trabajo convocó a las partes a una audiencia para el lunes 20 de enero a las 10:00. Las empresas advirtieron que, si el conflicto se prolonga, los compradores podrían desviar pedidos hacia otros orígenes.",
 "Puerto Velarde despachó el año pasado 38 millones de toneladas de granos, harinas y aceites, el 57 % del total nacional.",
]
DIGEST = """プエルト・ベラルデ:搾油労働者のストで41隻が待機2025年01月17日 22:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 国内最大の輸出拠点プエルト・ベラルデで、搾油労働者の組合が16日(木曜日)午後10時(日本時間17日午前10時)から大豆破砕工場での無期限ストライキに入った。沖合で待機する62隻のうち41隻、約3分の2が大豆ミールや大豆油の積み込みを待っている。

 主なハイライト

 賃上げ要求:組合は28%の賃上げを求めているが、企業側の提示は17%で、11ポイントの開きがある。

 収穫の下方修正:サン・テルモ穀物取引所は2024/25年度の大豆収穫見通しを4850万トンとし、12月の予測から250万トン引き下げた。

 文脈

 乾燥:主産地では12月の降水量が85ミリと、平年の半分にも満たなかった。

 世界シェアの低下:同国は大豆ミールの世界貿易の約41%を占めるが、シェアはこの2年間で3ポイント下がった。

 ストが長引けば、買い手が他の産地に注文を移す恐れがあると企業側は警告している。

【詳細】

 輸出の要である港湾での労働争議は、干ばつによる減産と重なった。以下、状況を整理する。

 ストライキ

 1.争点

 ・組合は28%、企業は17%の賃上げを主張している。
 ・前回の同業種のストは2023年12月で、6日間続いた。

 2.政府の仲介

 ・労働省は20日(月曜日)午前10時に労使を呼んで協議を開く。

 輸出への影響

 1.価格と損失

 ・2月積みの大豆ミールは16日、1トンあたり310ドルと1週間前より12ドル上昇した。
 ・コンサルタント会社パンパ・ダトスのイグナシオ・バルブエナ(Ignacio Balbuena)氏は、スト1日あたり約6000万ドルの収入が失われると試算した。

 2.輸出実績

 ・大豆ミールの輸出額は2024年10〜12月期に12億5000万ドルだった。
 ・プエルト・ベラルデの昨年の出荷量は3800万トンで、全国の57%を占めた。

 減産と港湾ストが重なり、輸出収入の先行きに不透明感が強まっている。

【要点】

 ストライキ

 1.争点

 ・16日夜に無期限スト入り、賃上げ幅で11ポイントの開き。

 2.政府の仲介

 ・労働省が20日に協議を招集。

 輸出への影響

 1.価格と損失

 ・大豆ミールは1トン310ドル、スト1日で約6000万ドルの損失。

 2.輸出実績

 ・10〜12月期の大豆ミール輸出額は12億5000万ドル。

{CITATION}"""
TRAPS = ["日本時間17日午前10時 = 22:00 UTC-3 Thu 16", "約3分の2 = 41/62", "11ポイント = 28-17", "20日(月曜日)", "10〜12月期 = último trimestre de 2024",
         "12億5000万ドル = 1.250 millones", "約6000万ドル", "1日あたり", "3ポイント"]
ERRS = [
 ("20日(月曜日)午前10時", "21日(月曜日)午前10時", "21日(月曜日)", "mismatch", "error", "date moved (Monday is the 20th)"),
 ("約41%を占めるが", "約57%を占めるが", "約57%", "mismatch", "error", "figure moved (port's national share attached to world share)"),
 ("https://www.agroaustral.example/comercio/2025/01/17/paro-aceitero-puerto-velarde-buques",
  "https://www.agroaustral.example/comercio/2025/01/17/paro-aceitero-puerto-velarde-buques?utm_source=whatsapp&utm_medium=social&utm_campaign=agro_diario",
  "https://www.agroaustral.example/comercio/2025/01/17/paro-aceitero-puerto-velarde-buques?utm_source=whatsapp&utm_medium=social&utm_campaign=agro_diario",
  "citation", "warning", "tracking parameters in citation URL"),
]
