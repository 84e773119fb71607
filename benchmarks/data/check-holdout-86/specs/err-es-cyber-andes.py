lang = "es"
outlet = "Noticiero Tecnológico del Sur"
title = "Cyber Andes cierra con ventas récord de 412.000 millones de pesos"
url = "https://www.noticierotecsur.example/comercio-electronico/cyber-andes-2025-balance-ventas"
published = "2025-06-05T10:15:00-04:00"
timestr = "Jueves 5 de junio de 2025, 10:15"
author = "Javiera Montalbán"
section = "Comercio electrónico"
paras = [
 "La jornada de descuentos en línea Cyber Andes terminó con ventas por 412.000 millones de pesos chilenos, un 16% más que en la edición anterior, informó este jueves la Cámara de Comercio Digital, que organiza el evento.",
 "El evento se extendió durante tres días, desde el lunes 2 hasta la medianoche del miércoles 4 de junio. Participaron 800 tiendas, de las cuales 620 reportaron un aumento de sus ventas respecto del año pasado.",
 "El mayor tráfico se registró el lunes a las 21:00 horas, cuando los sitios participantes recibieron 1,9 millones de visitas simultáneas. Algunas tiendas de electrónica sufrieron caídas de hasta 40 minutos por la alta demanda.",
 "Los productos más vendidos fueron televisores, teléfonos móviles y zapatillas. El ticket promedio fue de 68.500 pesos, frente a 61.200 pesos en la versión anterior. El 72% de las compras se hizo desde teléfonos móviles.",
 "El presidente de la cámara, Rodrigo Aguirre Soto, destacó que el 35% de los compradores vivía fuera de la capital. «El comercio electrónico ya no es un fenómeno solo de Santiago», dijo.",
 "El Servicio Nacional de Consumidores recibió 1.340 reclamos durante los tres días, principalmente por retrasos en los despachos y por precios que subieron antes del evento. La cifra es un 8% menor que la del año pasado.",
 "Las tiendas tienen plazo hasta el 20 de junio para entregar los pedidos comprometidos. Los consumidores que no reciban sus productos podrán pedir el reembolso del total pagado.",
 "La próxima edición está prevista para noviembre, en coincidencia con otras campañas de descuentos de la región.",
]
digest = dict(
 headline="サイバー・アンデス:売上4120億ペソで過去最高", posted="2025年06月06日 08:00",
 lead=["チリのネット通販セール「サイバー・アンデス(Cyber Andes)」が終わり、売上高は前回比16%増の4120億チリペソと過去最高になった。主催するデジタル商業会議所が5日(木)に発表した。"],
 highlights=[
  ("期間と参加店", "セールは6月2日(月)から4日(水)深夜までの3日間。参加した800店のうち620店、約8割が前年より売上を伸ばした。"),
  ("アクセスの集中", "アクセスのピークは2日(月)午後9時(チリ時間)、日本時間3日午前10時で、同時アクセスは190万件に達した。家電店の一部では最長40分サイトが停止した。"),
  ("客単価", "平均購入額は6万8500ペソで、前回の6万1200ペソから7300ペソ増えた。購入の72%はスマートフォンからだった。"),
 ],
 context=[
  ("地方の購入者", "ロドリゴ・アギレ・ソト(Rodrigo Aguirre Soto)会頭によると、購入者の35%が首都圏以外に住んでいた。"),
  ("苦情", "消費者庁への苦情は3日間で1340件と、前年より8%減った。配送の遅れやセール前の値上げに関するものが多かった。"),
 ],
 closing=["次回のセールは11月に予定されている。"],
 intro=["チリのネット通販セールは、地方の買い物客にも広がった。以下、結果と課題をまとめる。"],
 details=[
  ("セールの結果", [
   ("売上高", ["・売上高は4120億ペソで16%増。", "・800店のうち620店が増収。"]),
   ("売れ筋", ["・テレビ、携帯電話、スニーカーがよく売れた。", "・平均購入額は6万8500ペソ。"]),
  ]),
  ("アクセスと障害", [
   ("ピーク", ["・2日午後9時(チリ時間)に同時アクセス190万件。", "・一部の家電店で最長40分の停止。"]),
  ]),
  ("消費者保護", [
   ("苦情と配送", ["・苦情は1340件で8%減。", "・各店は6月20日までに商品を届ける必要があり、届かない場合は全額返金を求められる。"]),
  ]),
 ],
 dclosing=["アギレ会頭は「ネット通販はもはやサンティアゴだけの現象ではない」と述べた。"],
 points=[
  ("セールの結果", [("売上高", ["・売上高4120億ペソ、過去最高。"]), ("売れ筋", ["・平均購入額6万8500ペソ。"])]),
  ("アクセスと障害", [("ピーク", ["・同時アクセス190万件でピーク。"])]),
  ("消費者保護", [("苦情と配送", ["・苦情1340件、6月20日までに配送。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.06.05", cite_url=url,
)
plants = [
 ("参加した800店のうち620店、約8割が", "参加した800店のうち620店、約6割が"),
 ("日本時間3日午前10時で", "日本時間3日午前9時で"),
 ("次回のセールは11月に予定されている。", "2018年に始まったこのセールの次回は、11月に予定されている。"),
]
findings = [
 {"kind": "mismatch", "severity": "error", "span": "約6割"},
 {"kind": "mismatch", "severity": "error", "span": "3日午前9時"},
 {"kind": "unsupported", "severity": "warning", "span": "2018年"},
]
