CASE = dict(
    lang="es", outlet="Diario Deportivo del Sur", author="Martina Echeverría", section="Fútbol",
    title="Atlético Pampa Alta corta la racha y gana el clásico ante Unión Ribereña",
    url="https://www.deportivodelsur.example/futbol/primera/atletico-pampa-alta-union-riberena-clasico-3-1",
    published="2026-11-29T23:50:00-03:00", shown_time="29 de noviembre de 2026 · 23:50",
    body=[
        "Atlético Pampa Alta venció 3 a 1 a Unión Ribereña este domingo en el estadio Los Aromos y cortó una racha de 14 partidos sin ganar el clásico. El encuentro, válido por la fecha 17 de la Primera División, comenzó a las 21.30 ante 46.300 espectadores.",
        "El uruguayo Facundo Irazoqui abrió el marcador a los 12 minutos con un remate cruzado. Unión Ribereña empató a los 38 minutos por intermedio de Ezequiel Balmaceda, de tiro libre. En el complemento, Irazoqui volvió a marcar a los 57 minutos, y el juvenil Thiago Córdoba, de apenas 18 años, sentenció el partido a los 84.",
        "Irazoqui, de 30 años, llegó al club en julio procedente del Nacional de Montevideo por 12 millones de dólares, la compra más cara en la historia de la institución. Ya suma 11 goles en 17 partidos.",
        "Con este triunfo, Pampa Alta alcanzó los 34 puntos y quedó segundo en la tabla, a dos unidades del líder, Deportivo Salinas, que tiene 36. Unión Ribereña, con 25 puntos, cayó al noveno puesto.",
        "El técnico Gustavo Lamberti, que asumió en marzo, destacó la paciencia del equipo. \"Sabíamos que el clásico se gana con la cabeza fría. Los chicos entendieron el plan desde el primer minuto\", afirmó.",
        "El último triunfo de Pampa Alta en un clásico se remontaba a abril de 2019. Desde entonces, había sumado ocho empates y seis derrotas frente a su rival.",
        "La recaudación del partido fue de 780 millones de pesos, un récord para el club. La próxima fecha, Pampa Alta visitará a Deportivo Salinas el sábado 5 de diciembre en un duelo directo por la cima.",
    ],
    findings=[("mismatch", "error", "午前10時30分"), ("mismatch", "error", "13試合"), ("name", "warning", "ロドリゴ・パス")],
    digest="""
アトレティコ・パンパアルタ:ダービーで久々の勝利2026年11月30日 12:10

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 サッカー1部リーグ第17節のダービーで、アトレティコ・パンパアルタ(Atlético Pampa Alta)がウニオン・リベレーニャ(Unión Ribereña)を3対1で破り、このカードでの13試合未勝利に終止符を打った。ウルグアイ人FWファクンド・イラソキ(Facundo Irazoqui)が2得点を挙げた。

 主なハイライト

 試合経過:12分にイラソキが先制、38分にFKで追いつかれたが、57分にイラソキが勝ち越し、84分に18歳のティアゴ・コルドバ(Thiago Córdoba)がダメ押しした。

 首位と2差:パンパアルタは勝ち点34で2位に浮上し、首位デポルティボ・サリナスとの差は2となった。

 文脈

 キックオフ:試合は現地時間29日(日)午後9時30分(日本時間30日(月)午前10時30分)に始まり、4万6300人が観戦した。

 クラブ史上最高額:30歳のイラソキは7月、ナシオナル・モンテビデオから1200万ドルで加入し、17試合で11得点を挙げている。

 クラブのロドリゴ・パス会長も、入場料収入7億8000万ペソのクラブ記録を歓迎した。

【詳細】

 パンパアルタは約7年半ぶりにダービーを制した。以下、試合の流れと順位、監督の声をまとめる。

 試合の流れ

 1.前半

 ・12分、イラソキが逆サイドへのシュートで先制した。
 ・38分、ウニオンのエセキエル・バルマセダ(Ezequiel Balmaceda)がFKを決めて同点とした。

 2.後半

 ・57分にイラソキが2点目を挙げ、84分にコルドバが3点目を決めた。

 順位と記録

 1.順位

 ・パンパアルタは勝ち点34で2位、首位サリナスは36。
 ・ウニオンは勝ち点25で9位に後退した。

 2.ダービーの戦績

 ・パンパアルタのダービー勝利は2019年4月以来で、その間は8分け6敗だった。
 ・入場料収入は7億8000万ペソでクラブ記録となった。

 監督の声

 1.ランベルティ監督

 ・3月に就任したグスタボ・ランベルティ(Gustavo Lamberti)監督は「ダービーは冷静さで勝つもの。選手たちは最初の1分から狙いを理解していた」と語った。

 パンパアルタは12月5日(土)、首位サリナスとの直接対決に臨む。

【要点】

 試合の流れ

 1.前半

 ・イラソキの先制点とバルマセダのFKで1対1。

 2.後半

 ・イラソキとコルドバの得点で3対1。

 順位と記録

 1.順位

 ・勝ち点34で2位、首位と2差。

 2.ダービーの戦績

 ・2019年4月以来のダービー勝利。

 監督の声

 1.ランベルティ監督

 ・「冷静さで勝つ」とチームをたたえる。

【引用・参照・底本】

Atlético Pampa Alta corta la racha y gana el clásico ante Unión Ribereña Diario Deportivo del Sur 2026.11.29

https://www.deportivodelsur.example/futbol/primera/atletico-pampa-alta-union-riberena-clasico-3-1
""")
