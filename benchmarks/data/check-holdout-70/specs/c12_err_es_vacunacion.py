SPEC = dict(
name="err-es-vacunacion-vph", lang="es", outlet="Diario La Costa Norte", domain="diariocostanorte.example",
path="/salud/campana-vacunacion-vph-varones-cobertura", published="2026-03-18T09:20:00-05:00",
title="La vacuna contra el VPH llegará también a los varones de 9 a 14 años", section="Salud", author="Andrés Villalobos Pinzón",
paras=[
"El Ministerio de Salud de la región de Costa Norte ampliará a partir del próximo 6 de abril la vacunación gratuita contra el virus del papiloma humano (VPH) a los varones de entre 9 y 14 años, anunció el martes la ministra Beatriz Ocampo Ferrer.",
"Hasta ahora, la vacuna solo se aplicaba a niñas de esa franja de edad. La cobertura entre ellas alcanzó el 68 % en 2025, frente al 52 % en 2021, cuando se reanudó la campaña tras la pandemia. La meta regional es llegar al 90 % en 2030.",
"La ampliación incluye a unos 214.000 niños y supondrá una inversión de 19,5 millones de dólares en tres años. La región compró 450.000 dosis a través del fondo rotatorio regional, a un precio de 14,20 dólares por dosis, y el resto del presupuesto se destinará a logística, cadena de frío y capacitación.",
"La vacunación se realizará principalmente en las escuelas, en jornadas que comenzarán a las 8 de la mañana. En las zonas rurales, 120 brigadas móviles recorrerán los 37 municipios de la región durante el tercer trimestre del año.",
"Según datos del ministerio, el cáncer de cuello uterino causa cada año la muerte de unas 310 mujeres en la región, lo que lo sitúa como la segunda causa de muerte por cáncer entre las mujeres de 15 a 44 años.",
"La Sociedad Regional de Pediatría celebró la medida. Su presidente, el doctor Hernán Quiroga Salas, recordó que el VPH también provoca cánceres en hombres y que vacunar a ambos sexos acelera la protección de toda la población.",
"Una encuesta del ministerio a 3.000 padres y madres, realizada en enero, mostró que el 71 % vacunaría a sus hijos varones, mientras que el 18 % aún no lo había decidido.",
],
digest="""
コスタ・ノルテ地域:VPHワクチン、9〜14歳の男子にも拡大2026年03月19日 08:10

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 コスタ・ノルテ(Costa Norte)地域の保健省は、ヒトパピローマウイルス(VPH)ワクチンの無料接種の対象を、4月6日から9〜14歳の男子に広げる。ベアトリス・オカンポ・フェレール(Beatriz Ocampo Ferrer)保健相が17日(火)に発表した。

 主なハイライト

 女子の接種率:これまで対象だった同年代の女子の接種率は2025年に68%で、接種が再開された2021年の52%から16ポイント上がった。地域の目標は2030年に90%。

 対象と費用:拡大の対象は男子約21万4000人で、3年間で1億9500万ドルを投じる。

 ワクチンの調達:地域の回転基金を通じて45万回分を1回あたり14.20ドルで購入した。

 文脈

 子宮頸がん:子宮頸がんで地域では毎年約310人の女性が亡くなっており、15〜44歳の女性のがんによる死因の2番目となっている。

 保護者の意向:1月に保護者3000人に行った調査では、71%が息子に接種させると答え、18%はまだ決めていなかった。

 地域小児科学会はこの措置を歓迎している。

【詳細】

 地域の保健省は、VPHワクチンの接種を男子にも広げる。以下、計画の内容と関係者の反応をまとめる。

 計画の内容

 1.接種の方法

 ・接種は主に学校で行い、午前8時に始める。
 ・農村部では120の移動接種チームが、4〜6月期に地域の37自治体を回る。

 2.費用と調達

 ・45万回分のワクチン代は約640万ドルで、残りは物流、低温輸送、研修に充てる。

 反応

 1.医療界

 ・地域小児科学会のエルナン・キロガ・サラス(Hernán Quiroga Salas)会長は、VPHは男性のがんの原因にもなり、男女ともに接種することで社会全体の予防が早まると述べた。

 2.保護者

 ・保護者の71%が息子に接種させる意向を示した。

 目標の達成には、まだ決めていない保護者への働きかけが鍵となる。

【要点】

 計画の内容

 1.接種の方法

 ・4月6日から9〜14歳の男子も無料接種の対象に。

 2.費用と調達

 ・3年間で1億9500万ドル、45万回分を購入。

 反応

 1.医療界

 ・小児科学会は拡大を歓迎。

 2.保護者

 ・71%が接種に前向き。

【引用・参照・底本】

La vacuna contra el VPH llegará también a los varones de 9 a 14 años Diario La Costa Norte 2026.03.18

https://diariocostanorte.example/salud/campana-vacunacion-vph-varones-cobertura
""",
findings=[
 ("mismatch", "error", "1億9500万ドル"),
 ("mismatch", "error", "4〜6月期"),
],
)
