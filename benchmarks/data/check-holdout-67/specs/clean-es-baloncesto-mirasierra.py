CASE = dict(
    lang="es", outlet="El Heraldo de la Cancha", author="Lucía Barrenechea", section="Baloncesto",
    title="El Mirasierra Baloncesto tumba al líder y rompe su racha de 11 victorias",
    url="https://www.heraldodelacancha.example/baloncesto/liga/mirasierra-vence-costa-dorada-92-85",
    published="2026-11-22T22:35:00+01:00", shown_time="22 nov. 2026 - 22:35 CET",
    body=[
        "El Mirasierra Baloncesto derrotó este domingo al Costa Dorada por 92-85 en el pabellón Ribera Alta y acabó con la racha de 11 victorias consecutivas del líder de la Liga Nacional. El partido comenzó a las 18.00 ante 9.460 espectadores, la mejor entrada de la temporada.",
        "El base argentino Tomás Quiroga, de 34 años, firmó 27 puntos y 9 asistencias. El pívot nigeriano Chidi Okafor añadió 18 puntos y 12 rebotes, y el equipo local anotó 13 de sus 29 triples.",
        "El Costa Dorada, que no perdía desde el 4 de octubre, llegó a mandar por 12 puntos en el segundo cuarto, pero un parcial de 19-4 al inicio de la segunda parte cambió el signo del encuentro.",
        "Con este triunfo, el Mirasierra suma nueve victorias y tres derrotas y es cuarto en la clasificación. El Costa Dorada sigue primero con un balance de 11-1.",
        "\"Hemos defendido como nunca en la segunda parte\", explicó el entrenador Aitor Zubeldia, que cumplió ante su antiguo equipo su partido número 300 en la liga. \"Cuando la defensa funciona, la afición hace el resto\".",
        "El club aprovechó la jornada para anunciar la renovación de Quiroga hasta junio de 2028. Además, la directiva confirmó que el presupuesto de esta temporada asciende a 14,2 millones de euros, un 18 % más que el curso pasado, y que el número de abonados ha pasado de 6.100 a 7.350.",
        "El Mirasierra, fundado en 1962, no gana la liga desde 1997. Su presidente, Ignacio Larrañaga, recordó que el objetivo sigue siendo \"volver a jugar competición europea en un plazo de dos o tres años\".",
        "El próximo compromiso del equipo será el miércoles 25 de noviembre, a las 20.30, en la pista del Atlético Valdeoro, en partido de la Copa.",
    ],
    findings=[],
    digest="""
ミラシエラ・バロンセスト:首位を破り11連勝を止める2026年11月23日 10:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 バスケットボールのリーガ・ナシオナル(Liga Nacional)で、ミラシエラ・バロンセスト(Mirasierra Baloncesto)が22日(日)、首位コスタ・ドラダ(Costa Dorada)を92対85で破り、相手の連勝を11で止めた。アルゼンチン出身の34歳、トマス・キロガ(Tomás Quiroga)が27得点、9アシストを記録した。

 主なハイライト

 後半の逆転:コスタ・ドラダは第2クオーターに最大12点をリードしたが、ミラシエラが後半開始から19対4のランで流れを変えた。

 インサイドの支え:ナイジェリア出身のセンター、チディ・オカフォー(Chidi Okafor)が18得点、12リバウンドを挙げた。3ポイントシュートは29本中13本(約45%)が決まった。

 文脈

 今季最多の観客:試合は午後6時(日本時間23日(月)午前2時)に始まり、今季最多の9460人が観戦した。

 順位:ミラシエラは9勝3敗で4位。コスタ・ドラダは11勝1敗で首位を守った。

 予算と会員:今季の予算は1420万ユーロで前季比18%増、シーズンチケット保有者は6100人から7350人に1250人増えた。

 ミラシエラは25日(水)午後8時30分、カップ戦でアトレティコ・バルデオロと敵地で対戦する。

【詳細】

 守備の立て直しが、首位撃破の原動力となった。以下、試合の内容とクラブの動きをまとめる。

 試合の内容

 1.前半

 ・コスタ・ドラダが第2クオーターに最大12点リードを奪った。

 2.後半

 ・19対4のランで逆転し、そのまま92対85で逃げ切った。
 ・コスタ・ドラダの敗戦は10月4日以来だった。

 監督と選手

 1.スベルディア監督

 ・古巣との一戦でリーグ通算300試合目を迎えたアイトール・スベルディア(Aitor Zubeldia)監督は「後半はかつてないほど守れた。守備が機能すれば、あとはファンが後押ししてくれる」と語った。

 2.キロガの契約延長

 ・クラブはキロガとの契約を2028年6月まで延長したと発表した。

 クラブの現状

 1.財務と目標

 ・1962年創設のクラブで、リーグ優勝は1997年が最後。
 ・イグナシオ・ラランアガ(Ignacio Larrañaga)会長は「2、3年以内に欧州の大会に戻る」との目標を改めて示した。

【要点】

 試合の内容

 1.前半

 ・最大12点のビハインド。

 2.後半

 ・19対4のランで逆転し92対85。

 監督と選手

 1.スベルディア監督

 ・リーグ通算300試合目で首位撃破。

 2.キロガの契約延長

 ・キロガは2028年6月まで契約延長。

 クラブの現状

 1.財務と目標

 ・予算1420万ユーロ、2、3年以内に欧州復帰を目指す。

【引用・参照・底本】

El Mirasierra Baloncesto tumba al líder y rompe su racha de 11 victorias El Heraldo de la Cancha 2026.11.22

https://www.heraldodelacancha.example/baloncesto/liga/mirasierra-vence-costa-dorada-92-85
""")
