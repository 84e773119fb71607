SPEC = dict(
name="clean-es-evaluacion-lectura", lang="es", outlet="El Heraldo del Valle Sur", domain="heraldovallesur.example",
path="/educacion/2026/11/03/evaluacion-lectura-primaria-resultados", published="2026-11-03T22:40:00-03:00",
title="La comprensión lectora mejora en primaria, pero uno de cada tres alumnos sigue por debajo del nivel básico", section="Educación", author="Lucía Benavente Orozco",
paras=[
"El 34 % de los alumnos de sexto grado de la provincia de San Ermidio no alcanza el nivel básico de comprensión lectora, según los resultados de la evaluación provincial publicados este martes por el Ministerio de Educación. En la evaluación anterior, realizada en 2023, la proporción era del 41 %.",
"La prueba se aplicó en septiembre a 52.600 estudiantes de 1.180 escuelas públicas y privadas. El puntaje promedio fue de 487 puntos, frente a 471 en 2023, una mejora de 16 puntos. La meta fijada por el gobierno provincial para 2028 es de 500 puntos.",
"Las diferencias entre departamentos siguen siendo amplias. Puerto Velasco obtuvo el mejor resultado, con 521 puntos, mientras que Alto Cardonal quedó último entre los 14 departamentos, con 438. La capital, Villa Ermidio, se ubicó en el tercer lugar.",
"El ministerio atribuye la mejora al programa \"Leer Cada Día\", que desde marzo de 2024 dedica 30 minutos diarios a la lectura en todas las escuelas primarias. El programa costó 2.300 millones de pesos este año, unos 43.700 pesos por alumno evaluado, e incluyó la compra de 410.000 libros para bibliotecas de aula.",
"La ministra de Educación, Graciela Funes Arredondo, dijo que los resultados son \"alentadores pero insuficientes\". Anunció que el programa se extenderá a primer año de secundaria a partir del ciclo lectivo 2027, que comienza el 1 de marzo.",
"Los sindicatos docentes señalaron que el 27 % de las escuelas rurales no cuenta con conexión a internet estable, lo que dificulta el uso de los materiales digitales del programa. Una encuesta del gremio a 2.050 maestros encontró que seis de cada diez consideran que los grupos de más de 35 alumnos impiden una atención individual.",
"La próxima evaluación provincial está prevista para septiembre de 2027 e incluirá por primera vez una prueba de escritura.",
],
digest="""
サン・エルミディオ州:小学生の読解力が改善、なお3人に1人が基礎水準未満2026年11月04日 11:30

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 サン・エルミディオ(San Ermidio)州の教育省が3日(火)に公表した州学力調査の結果で、小学6年生の34%が読解力の基礎水準に届いていないことがわかった。2023年の前回調査の41%からは7ポイント改善した。

 主なハイライト

 平均点の上昇:平均点は487点で、2023年の471点から16点上がった。州政府が掲げる2028年の目標は500点で、あと13点に迫った。

 地域差:14の県のうちプエルト・ベラスコが521点で首位、アルト・カルドナルが438点で最下位となり、その差は83点に上った。州都ビジャ・エルミディオは3位だった。

 読書プログラム:2024年3月から全小学校で毎日30分の読書時間を設ける「毎日読もう」プログラムに、今年は23億ペソを投じた。

 文脈

 調査の規模:9月に公立・私立の1180校、5万2600人が受験した。

 教員の懸念:教員組合によると、農村部の学校の27%では安定したインターネット接続がない。

 プログラムは2027年度から中学1年にも広げられる予定で、次回の調査は2027年9月に行われる。

【詳細】

 州の学力調査で、小学生の読解力に改善の兆しが見えた。以下、結果と今後の取り組みを整理する。

 調査の結果

 1.基礎水準に届かない児童

 ・基礎水準未満の児童は34%で、2023年の41%から減った。
 ・平均点は487点となった。

 2.県ごとの差

 ・首位のプエルト・ベラスコは521点、最下位のアルト・カルドナルは438点。

 教育省の取り組み

 1.「毎日読もう」プログラム

 ・今年の費用は23億ペソで、受験者1人あたり約4万3700ペソ。学級文庫向けに41万冊の本を購入した。
 ・グラシエラ・フネス・アレドンド(Graciela Funes Arredondo)教育相は、結果は「励みになるが不十分だ」と述べた。

 2.今後の予定

 ・プログラムは3月1日に始まる2027年度から中学1年にも導入される。
 ・次回の調査には初めて作文の試験が加わる。

 教員組合が調査した教員2050人のうち、10人中6人は35人を超える学級では個別の指導ができないと答えており、学級規模も課題として残る。

【要点】

 調査の結果

 1.基礎水準に届かない児童

 ・基礎水準未満は34%(前回41%)。

 2.県ごとの差

 ・平均487点、首位521点と最下位438点の差は83点。

 教育省の取り組み

 1.「毎日読もう」プログラム

 ・23億ペソを投じ、41万冊を購入。

 2.今後の予定

 ・2027年度から中学1年に拡大。

【引用・参照・底本】

La comprensión lectora mejora en primaria, pero uno de cada tres alumnos sigue por debajo del nivel básico El Heraldo del Valle Sur 2026.11.03

https://heraldovallesur.example/educacion/2026/11/03/evaluacion-lectura-primaria-resultados
""",
findings=[],
)
