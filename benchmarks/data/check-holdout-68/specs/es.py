CASES = [
dict(name="clean-valdoria-rate-cut", lang="es", outlet="Diario Financiero del Sur", domain="www.financierodelsur.example",
 path="/economia/2025/10/31/banco-republica-valdoria-recorta-tasa", pub="2025-10-31T14:25:00-05:00",
 display="31 de octubre de 2025 - 2:25 p. m.", author="Lucía Restrepo Arango", section="Economía",
 title="El Banco de la República de Valdoria recorta su tasa al 8,75 %",
 paras=[
  "La junta directiva del Banco de la República de Valdoria redujo este viernes su tasa de interés de referencia en 50 puntos básicos, hasta el 8,75 %, en una decisión anunciada a la 1:00 p. m. y que sorprendió a parte del mercado, que esperaba un recorte de solo 25 puntos.",
  "Cinco de los siete miembros de la junta votaron a favor del recorte de medio punto; los otros dos preferían una reducción de un cuarto de punto.",
  "La inflación anual bajó al 4,9 % en octubre, desde el 5,4 % de septiembre, aunque sigue por encima de la meta del 3 %. La economía creció un 2,3 % en el tercer trimestre frente al mismo periodo del año anterior.",
  "«La inflación va en la dirección correcta y la actividad necesita apoyo», dijo el gerente general del banco, Ignacio Berrocal, de 58 años. Con esta decisión, el banco acumula recortes de 400 puntos básicos desde que comenzó a bajar las tasas hace 14 meses.",
  "Tras el anuncio, el peso valdoriano se debilitó un 0,8 %, hasta 3.980 unidades por dólar. El rendimiento de los bonos del Tesoro a diez años cayó al 9,6 %.",
  "El desempleo se situó en el 9,1 % en septiembre, su nivel más bajo en siete años, según el instituto de estadística.",
  "Los analistas de la firma Cordillera Valores prevén un nuevo recorte en la última reunión del año, prevista para el viernes 19 de diciembre, y una tasa del 7,5 % a finales de 2026.",
  "El banco publicará su informe trimestral de política monetaria el 6 de noviembre.",
 ],
 dtitle="バルドリア中銀:政策金利を8.75%に引き下げ", stamp="2025年11月01日 10:00",
 digest="""
【概要】
バルドリア共和国銀行(中央銀行)は31日(金曜日)、政策金利を0.5ポイント引き下げ、8.75%とした。決定は現地時間午後1時(日本時間11月1日午前3時)に発表された。0.25ポイントの利下げを予想していた市場の一部は驚いた。
主なハイライト
票決:理事7人のうち5人が0.5ポイントの利下げに賛成し、2人は0.25ポイントの引き下げを主張した。
物価:10月のインフレ率は4.9%で、9月の5.4%から0.5ポイント低下したが、目標の3%をなお上回る。
景気:7〜9月期の成長率は前年同期比2.3%だった。
文脈
累積の利下げ:14カ月前に利下げを始めてから、引き下げ幅は計4ポイントに達した。
総裁の発言:イグナシオ・ベロカル(Ignacio Berrocal)総裁(58)は「インフレは正しい方向に向かっており、景気は支えを必要としている」と述べた。
市場の反応:発表後、通貨ペソは0.8%下落し1ドル=3980ペソとなった。10年物国債の利回りは9.6%に低下した。
次回の会合は12月19日(金曜日)に予定されている。
【詳細】
バルドリア中銀は市場の予想を上回る幅で金利を下げた。以下、決定の中身と経済の状況を整理する。
金融政策の決定
1.利下げ幅
・政策金利は0.5ポイント下がり8.75%となった。
・理事7人中5人が賛成した。
2.今後の見通し
・コルディエラ・バロレスのアナリストは、年内最後の会合で追加の利下げがあり、2026年末には7.5%になると予想している。
・四半期の金融政策報告は11月6日に公表される。
経済の状況
1.物価と成長
・インフレ率は4.9%に低下した。
・7〜9月期の成長率は2.3%だった。
2.雇用
・9月の失業率は9.1%で、7年ぶりの低水準となった。
一方、通貨安が進めば輸入物価を通じてインフレの鈍化が遅れる可能性もある。
【要点】
金融政策の決定
1.利下げ幅
・政策金利を0.5ポイント下げ8.75%に。
2.今後の見通し
・次回は12月19日、年内の追加利下げ予想も。
経済の状況
1.物価と成長
・インフレ率4.9%、成長率2.3%。
2.雇用
・失業率は9.1%。
"""),

dict(name="err-salvora-lithium", lang="es", outlet="Minería y Energía Hoy", domain="www.mineriaenergiahoy.example",
 path="/mineria/2025/08/07/litio-andino-salvora-resultados-semestre", pub="2025-08-07T20:10:00-03:00",
 display="7 de agosto de 2025, 20:10 h", author="Tomás Echeverría Luna", section="Minería",
 title="Litio Andino de Salvora aumenta su producción pero sus ventas caen un 31 % por el precio",
 paras=[
  "Litio Andino de Salvora produjo 41.500 toneladas de carbonato de litio en el primer semestre, un 12 % más que un año antes, pero sus ventas cayeron un 31 %, hasta 510 millones de dólares, por el desplome de los precios internacionales.",
  "El precio medio de venta fue de 12.300 dólares por tonelada, un 38 % menos que en el mismo periodo de 2024. La empresa registró una pérdida neta de 46 millones de dólares, frente a una ganancia de 188 millones un año antes.",
  "La compañía opera en el salar de Tunquén, situado a 3.800 metros de altitud y a 1.200 kilómetros del puerto de Caleta Honda, desde donde exporta casi toda su producción.",
  "Para reducir costes, Litio Andino aplazará hasta 2027 la segunda fase de su planta, que debía duplicar la capacidad hasta 100.000 toneladas anuales, y recortará unos 300 empleos de su plantilla de 2.300 trabajadores.",
  "«El ciclo del litio es así: hoy los precios castigan, pero la demanda de baterías seguirá creciendo», afirmó la presidenta ejecutiva, Valentina Órdenes, de 49 años.",
  "China compró el 64 % de las exportaciones de la empresa en el semestre, seguida de Corea del Sur con el 21 %.",
  "La empresa mantiene su previsión de producir entre 85.000 y 90.000 toneladas en todo el año. Sus acciones subieron un 1,9 % en la bolsa de Puerto Salvora.",
  "El Gobierno de Salvora, que cobra regalías de entre el 6,8 % y el 40 % según el precio, recaudará este año menos de la mitad que en 2023, según cálculos del sector.",
 ],
 dtitle="リティオ・アンディーノ:増産も売上高31%減", stamp="2025年08月08日 11:00",
 digest="""
【概要】
サルボラの資源会社リティオ・アンディーノ・デ・サルボラ(Litio Andino de Salvora)は7日、1〜6月期の炭酸リチウムの生産量が前年同期比12%増の4万1500トンになったと発表した。一方、国際価格の急落で売上高は31%減の51億ドルにとどまった。
主なハイライト
価格の下落:平均販売価格は1トンあたり1万2300ドルで、38%下がった。純損益は4600万ドルの赤字で、前年同期の1億8800万ドルの黒字から転落した。
計画の延期:生産能力を年10万トンに倍増させる第2期工事を2027年に先送りし、従業員2300人のうち約300人を削減する。
輸出先:中国が輸出の64%を占め、韓国が21%で続く。
文脈
立地:トゥンケン塩湖は標高3800メートルにあり、積み出し港のカレタ・オンダから3800キロ離れている。2018年の操業開始以来、生産のほぼすべてを輸出している。
トップの見方:バレンティナ・オルデネス(Valentina Órdenes)社長(49)は「リチウムの景気循環とはこういうものだ。電池の需要は今後も伸びる」と述べた。
通期の生産見通しは8万5000〜9万トンで据え置いた。株価は1.9%上昇した。
【詳細】
リティオ・アンディーノは生産を伸ばしたものの、価格の下落で赤字に転じた。以下、業績と対策を整理する。
上半期の業績
1.生産と売上高
・生産量は4万1500トンで12%増。
・売上高は31%減少した。
2.利益
・純損益は4600万ドルの赤字。
コスト削減
1.投資の先送り
・第2期工事を2027年まで延期する。
・約300人、従業員の約13%を削減する。
2.政府への影響
・サルボラ政府は価格に応じて6.8〜40%のロイヤルティーを徴収している。
・業界の試算では、今年の政府の収入は2023年の半分を下回る。
一方、中国向けが輸出の6割超を占めており、中国の需要動向が業績回復のかぎを握る。
【要点】
上半期の業績
1.生産と売上高
・生産は12%増の4万1500トン、売上高は31%減。
2.利益
・4600万ドルの赤字に転落。
コスト削減
1.投資の先送り
・第2期工事を2027年に延期、約300人を削減。
2.政府への影響
・政府のロイヤルティー収入は半減以下に。
""",
 findings=[("mismatch", "error", "51億ドル", "wrong scale: 510 millones = 5億1000万ドル"),
           ("mismatch", "error", "3800キロ", "moved figure: the altitude 3,800 m given as the distance (1,200 km)"),
           ("unsupported", "warning", "2018年", "invented year: the source gives no start of operations")]),
]
