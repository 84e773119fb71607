SPEC = dict(
    lang="es", outlet="El Observador Austral", section="Medio ambiente", author="Valentina Ruiz Echeverría",
    title="El censo de cóndores registra 1.240 aves, un 18% más que en 2020",
    url="https://www.observadoraustral.example/medio-ambiente/censo-condores-andinos-2025-resultados",
    published="2025-07-22T20:10:00-03:00", shown="22 de julio de 2025 - 20:10",
    body=[
        "El censo simultáneo de cóndores andinos realizado el sábado 19 de julio contabilizó 1.240 ejemplares a lo largo de 3.400 kilómetros de cordillera, un 18% más que los 1.050 registrados en el último censo, de 2020, según informó este martes la Fundación Cumbres Vivas.",
        "En la jornada participaron 410 voluntarios distribuidos en 63 puntos de observación, desde el límite norte de la provincia de Alto Tarqui hasta los valles del sur. Cada equipo contó las aves durante cuatro horas, entre las 10:00 y las 14:00, para evitar contar dos veces al mismo ejemplar.",
        "De los 1.240 cóndores, 372 eran juveniles, una proporción que los biólogos consideran alentadora porque indica que la reproducción se está recuperando. \"Hace quince años casi no veíamos jóvenes en los dormideros del sur\", dijo la coordinadora del censo, Inés Carrasco.",
        "La fundación atribuye el aumento a la prohibición de los cebos envenenados, vigente desde 2017, y a un programa de liberación que ha devuelto a la naturaleza 96 cóndores criados en cautiverio en las últimas dos décadas.",
        "Sin embargo, los especialistas advierten de que el cóndor sigue siendo vulnerable. Cada pareja cría un solo pichón cada dos o tres años, y la muerte de un adulto por envenenamiento o por choque con tendidos eléctricos tiene un efecto duradero en la población.",
        "El gobierno provincial anunció una partida de 85 millones de pesos para señalizar tendidos eléctricos en zonas de vuelo y para ampliar el centro de rehabilitación de Piedra Mora, que atiende a unas 30 aves al año.",
        "El próximo censo está previsto para 2028. Carrasco pidió a los productores rurales que informen de cualquier ave herida: \"Cada cóndor que salvamos cuenta\".",
    ],
)

DIGEST = """
アンデスコンドル:一斉調査で1240羽、2020年比18%増2025年07月23日 12:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 7月19日(土)に行われたアンデスコンドルの一斉調査で、全長3400キロにわたる山脈で1240羽が数えられた。前回2020年の1050羽から190羽、18%増えた。クンブレス・ビバス財団が22日(火)に発表した。

 主なハイライト

 調査体制:ボランティア410人が63カ所の観測地点に分かれ、二重に数えないよう午前10時から午後2時までの4時間、一斉に数えた。

 若い個体:1240羽のうち372羽が若鳥で、全体の3割を占めた。繁殖の回復を示す明るい兆しとされる。

 文脈

 増加の理由:財団は、2017年から続く毒餌の禁止と、この20年で飼育下で育てた96羽を野生に戻した放鳥計画の成果とみている。

 依然として脆弱:つがいが育てるひなは2〜3年に1羽だけで、成鳥1羽の死が個体群に長く影響する。

 州政府は8500万ペソを投じ、送電線への標識設置と、年約30羽を保護するピエドラ・モラのリハビリセンターの拡充を進める。

【詳細】

 コンドルの数は回復傾向にあるが、専門家は警戒を緩めていない。以下、調査の結果と課題をまとめる。

 調査の結果

 1.個体数

 ・1240羽を確認し、2020年の1050羽から18%増加した。
 ・観測地点は63カ所、参加者は410人。

 2.若鳥の割合

 ・372羽が若鳥だった。
 ・調査の調整役イネス・カラスコ(Inés Carrasco)氏は「15年前は南のねぐらで若鳥をほとんど見なかった」と話した。

 保護の課題

 1.脅威

 ・毒餌や送電線への衝突による成鳥の死が大きな打撃となる。

 2.州の支援と次回調査

 ・州は8500万ペソを拠出する。
 ・次の調査は2028年、3年後に予定されている。

 カラスコ氏は農家に、けがをした鳥を見つけたら知らせるよう呼びかけた。

【要点】

 調査の結果

 1.個体数

 ・1240羽を確認、前回比190羽増。

 2.若鳥の割合

 ・372羽が若鳥で約3割。

 保護の課題

 1.脅威

 ・毒餌と送電線が成鳥の主な脅威。

 2.州の支援と次回調査

 ・8500万ペソを拠出、次回は2028年。

【引用・参照・底本】

El censo de cóndores registra 1.240 aves, un 18% más que en 2020 El Observador Austral 2025.07.22

https://www.observadoraustral.example/medio-ambiente/censo-condores-andinos-2025-resultados
"""

FINDINGS = []
