SPEC = {
 "clean_name": "clean-santaluz-peso", "err_name": "err-santaluz-peso",
 "lang": "es", "outlet": "El Observador Económico", "section": "Mercados",
 "author": "Lucía Arredondo",
 "title": "El banco central de Santaluz vende 1.200 millones de dólares para frenar la caída del peso",
 "url": "https://www.observadoreconomico.example/mercados/banco-central-santaluz-intervencion-peso",
 "published": "2025-06-12T22:45:00-06:00", "dateline": "12 de junio de 2025, 22:45 h",
 "body": [
  "El Banco Central de Santaluz anunció el jueves a las 21:30 horas, hora local, que vendió 1.200 millones de dólares de sus reservas internacionales para contener la depreciación del peso, que acumula una caída del 9% desde principios de año.",
  "Durante la jornada el peso llegó a perder un 2,8% frente al dólar y cerró en 21,45 unidades por dólar, su nivel más débil desde que la moneda empezó a flotar libremente en 2011. Tras la intervención, las reservas del banco quedaron en 38.600 millones de dólares.",
  "La decisión fue adoptada por unanimidad por los cinco miembros de la junta directiva, según el comunicado. La gobernadora, Inés Valcárcel, de 58 años, afirmó que la institución \"no tiene un objetivo para el tipo de cambio\", pero que actuará \"cuando los movimientos sean desordenados\".",
  "La presión sobre la moneda llega en un momento delicado para los precios. La inflación interanual subió al 5,6% en mayo desde el 5,1% de abril, su nivel más alto en 17 meses, impulsada por el encarecimiento de los alimentos importados.",
  "La sequía que afecta al occidente del país ha agravado la situación. Las temperaturas superaron los 41 grados en varias zonas cafeteras, y la Federación de Caficultores prevé que la cosecha caiga un 15% este año, hasta 9,2 millones de sacos de 60 kilos.",
  "Las remesas, la principal fuente de divisas del país, siguen firmes: en abril sumaron 4.300 millones de dólares, un 6% más que un año antes. Los analistas creen que ese flujo limitará la caída de la moneda en la segunda mitad del año.",
  "La próxima reunión de política monetaria está prevista para el 26 de junio. Once de los 18 economistas consultados por El Observador Económico esperan que el banco suba entonces su tasa de referencia, que hoy está en el 7,25%.",
 ],
 "digest": """
サンタルス中銀:ペソ防衛で12億ドルの為替介入2025年06月13日 15:05

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 サンタルス中央銀行は6月12日(木)の現地時間午後9時30分(日本時間13日午後0時30分)、ペソ安を食い止めるため外貨準備から12億ドルを売却したと発表した。ペソは年初から9%下落しており、この日は一時2.8%下げて1ドル=21.45ペソで取引を終えた。2011年に変動相場制へ移行して以来の安値である。

 主なハイライト

 外貨準備:介入後の外貨準備高は386億ドルとなった。今回の売却額は介入後の残高の約3%にあたる。

 全会一致の決定:理事5人の全員が介入に賛成した。イネス・バルカルセル(Inés Valcárcel)総裁(58)は「為替相場の目標は持たない」としつつ、「無秩序な動きには対応する」と述べた。

 物価の上昇:5月のインフレ率は前年同月比5.6%で、4月の5.1%から0.5ポイント上昇し、17カ月ぶりの高水準となった。

 文脈

 干ばつの打撃:西部の干ばつで、コーヒー産地の一部では気温が41度を超えた。生産者団体は今年の収穫が15%減の920万袋(1袋60キロ)になると予想している。

 送金は堅調:最大の外貨獲得源である海外送金は4月に43億ドルと前年同月比6%増えた。

 次回の金融政策会合は6月26日に予定されており、エコノミスト18人のうち11人、約6割が政策金利(現在7.25%)の引き上げを予想している。

【詳細】

 サンタルス中銀は、下落が続くペソを支えるため大規模な為替介入に踏み切った。以下、介入の内容と経済の状況を整理する。

 為替介入

 1.介入の規模

 ・外貨準備から12億ドルを売却した。
 ・介入後の外貨準備高は386億ドル。

 2.ペソの動き

 ・ペソは年初来9%下落し、この日は21.45ペソで取引を終えた。
 ・バルカルセル総裁は無秩序な相場変動には対応すると強調した。

 物価と経済

 1.インフレ

 ・5月のインフレ率は5.6%で、輸入食品の値上がりが押し上げた。

 2.干ばつとコーヒー

 ・収穫は15%減の920万袋になる見通し。

 3.送金と金融政策

 ・4月の送金額は43億ドル(6%増)。
 ・政策金利は7.25%で、次回会合は6月26日。

【要点】

 為替介入

 1.介入の規模

 ・12億ドルを売却、外貨準備は386億ドルに。

 2.ペソの動き

 ・年初来9%安、2011年以来の安値。

 物価と経済

 1.インフレ

 ・5月のインフレ率5.6%、17カ月ぶり高水準。

 2.干ばつとコーヒー

 ・コーヒー収穫は15%減の見通し。

 3.送金と金融政策

 ・送金は6%増、18人中11人が利上げを予想。

【引用・参照・底本】

El banco central de Santaluz vende 1.200 millones de dólares para frenar la caída del peso  El Observador Económico  2025.06.12

https://www.observadoreconomico.example/mercados/banco-central-santaluz-intervencion-peso
""",
 "edits": [
  ("(日本時間13日午後0時30分)", "(日本時間12日午後0時30分)", "mismatch", "error", "12日午後0時30分"),
  ("・4月の送金額は43億ドル(6%増)。", "・4月の送金額は43億ドル(9%増)。", "mismatch", "error", "9%増"),
  ("理事5人の全員が介入に賛成した。", "理事5人の全員が介入に賛成した。ラウル・メンドサ財務相も支持を表明した。", "name", "warning", "ラウル・メンドサ"),
 ],
}
