lang = "es"
outlet = "Crónica Digital del Valle"
title = "BilleteraYa supera los 14 millones de usuarios y lanzará tarjeta de crédito en noviembre"
url = "https://www.cronicadigitaldelvalle.example/tecnologia/2025/09/30/billeteraya-usuarios-tarjeta-credito"
published = "2025-09-30T19:40:00-06:00"
timestr = "30 de septiembre de 2025, 19:40 h"
author = "Mariana Ocampo Ruiz"
section = "Tecnología"
paras = [
 "La billetera digital BilleteraYa cerró agosto con 14,6 millones de usuarios activos, frente a 9,8 millones un año antes, informó la empresa este martes en una conferencia de prensa en la capital.",
 "Con ese resultado, la aplicación se consolida como la segunda billetera digital del país por número de usuarios, solo por detrás de la de un gran banco. Su cuota de mercado en pagos móviles llegó al 21,4%, según la consultora Tres Ríos Analítica.",
 "El valor de los pagos procesados en los primeros ocho meses del año sumó 86.000 millones de pesos, un aumento del 57% respecto al mismo periodo de 2024. La comisión que cobra a los comercios se mantiene en 0,8% por operación.",
 "El director general, Esteban Larraguibel, anunció que la empresa lanzará una tarjeta de crédito el lunes 3 de noviembre, con una tasa de interés anual de 39% y sin cuota anual durante el primer año. La meta es emitir 500.000 tarjetas antes de que termine 2026.",
 "Según los datos de la compañía, el 63% de los usuarios tiene entre 18 y 34 años y casi la mitad vive fuera de las tres mayores ciudades. El pago de servicios como luz y teléfono es la función más usada.",
 "BilleteraYa fue fundada en 2019 y tiene 1.150 empleados. En marzo recaudó 120 millones de dólares en una ronda de inversión que la valoró en 1.400 millones de dólares.",
 "Larraguibel dijo que la empresa espera alcanzar el punto de equilibrio en el segundo trimestre de 2026. \"Hoy perdemos menos dinero por usuario que hace un año\", afirmó.",
 "El regulador financiero aprobó en julio la licencia que permite a la empresa otorgar créditos.",
]
digest = dict(
 headline="ビジェテラジャ:利用者1460万人、11月にクレジットカード", posted="2025年10月01日 13:00",
 lead=["電子ウォレットのビジェテラジャ(BilleteraYa)は30日(火)、8月末のアクティブ利用者数が1460万人になったと発表した。1年前の980万人から480万人、約5割増えた。"],
 highlights=[
  ("国内2位", "利用者数で国内2位の電子ウォレットとなり、調査会社トレス・リオス・アナリティカ(Tres Ríos Analítica)によると、モバイル決済でのシェアは21.4%に達した。"),
  ("取扱額", "1〜8月の決済額は860億ペソで、前年同期比57%増。加盟店手数料は1件あたり0.8%に据え置いている。"),
  ("クレジットカード", "11月3日(月)にクレジットカードを発行する。年利は39%で、初年度の年会費は無料。"),
 ],
 context=[
  ("若い利用者", "利用者の63%が18〜34歳で、ほぼ半数が国内3大都市圏以外に住む。"),
  ("資金調達", "2019年創業の同社は3月に1億2000万ドルを調達し、企業価値は14億ドルと評価された。"),
 ],
 closing=["同社は2026年4〜6月期の黒字化を目指している。"],
 intro=["創業6年の電子ウォレットが、利用者の急増を背景に融資事業に乗り出す。以下、発表の内容を整理する。"],
 details=[
  ("利用者と取扱額", [
   ("利用者数", ["・8月末のアクティブ利用者は1460万人で、1年前は980万人だった。", "・モバイル決済のシェアは21.4%で、大手銀行に次ぐ2位。"]),
   ("決済額", ["・1〜8月の決済額は860億ペソで57%増。", "・電気や電話などの料金支払いが最も使われている機能。"]),
  ]),
  ("新事業", [
   ("クレジットカード", ["・エステバン・ラライギベル(Esteban Larraguibel)最高経営責任者が11月3日(月)の発行を発表。", "・年利39%、初年度は年会費なし。", "・2026年末までに50万枚の発行を目指す。"]),
   ("融資の認可", ["・金融当局は7月、同社に融資を認める免許を与えた。"]),
  ]),
  ("経営", [
   ("会社の規模", ["・従業員は1150人。", "・3月の資金調達は1億2000万ドル、企業価値は14億ドル。"]),
   ("黒字化の目標", ["・2026年4〜6月期の損益均衡を見込む。", "・ラライギベル氏は「利用者1人あたりの損失は1年前より少ない」と述べた。"]),
  ]),
 ],
 dclosing=["一方、利用者の約6割を占める若年層への融資には、返済能力を慎重に見極める必要がありそうだ。"],
 points=[
  ("利用者と取扱額", [("利用者数", ["・利用者1460万人で国内2位、シェア21.4%。"]), ("決済額", ["・1〜8月の決済額860億ペソ(57%増)。"])]),
  ("新事業", [("クレジットカード", ["・11月3日にカード発行、年利39%。"]), ("融資の認可", ["・7月に融資免許を取得。"])]),
  ("経営", [("会社の規模", ["・従業員1150人、企業価値14億ドル。"]), ("黒字化の目標", ["・2026年4〜6月期の黒字化を目指す。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.09.30", cite_url=url,
)
