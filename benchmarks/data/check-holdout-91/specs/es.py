CASES = []

# ---------------------------------------------------------------- 7 clean, es, football league standings
CASES.append(dict(
name="clean-liga-costa-azul",
src=dict(lang="es", outlet="Diario Deportivo del Sur", domain="www.diariodeportivosur.example",
  path="/futbol/2024/05/19/atletico-marisma-campeon-liga", published="2024-05-19T23:55:00-03:00",
  author="Valeria Quintana", title="Atlético Marisma, campeón de liga tras golear 4-0 a Deportivo Salinas",
  body=[
  "El Atlético Marisma se proclamó campeón de la Liga Costa Azul este domingo tras golear 4-0 al Deportivo Salinas en un estadio Las Garzas lleno, con 46.300 espectadores. Es el primer título liguero del club desde 1998.",
  "Con una jornada por disputarse, el equipo de Rodrigo Saldívar suma 78 puntos, seis más que el Unión Pedregal, segundo con 72, por lo que ya no puede ser alcanzado. El Marisma ha ganado 24 de sus 37 partidos, con seis empates y siete derrotas.",
  "El delantero uruguayo Matías Ferreyra, de 31 años, marcó dos goles y suma 26 en la temporada, lo que lo convierte en el máximo goleador del torneo. Los otros tantos fueron obra de Iván Rocha y del juvenil Tomás Beltrán, de 18 años.",
  "El partido comenzó a las 17:00 hora local y terminó con una invasión pacífica del campo. Las entradas más baratas costaban 8.000 pesos y las más caras 45.000 pesos.",
  "El club, fundado en 1924, celebra su centenario este año. Su presidenta, Luisa Montenegro, anunció que el premio de la liga, de 1.200 millones de pesos, se invertirá en la ciudad deportiva juvenil.",
  "Saldívar, de 47 años, llegó al banquillo en enero de 2023, cuando el equipo ocupaba el puesto 14 de 20. «Nadie creía en nosotros, y esa fue nuestra fuerza», dijo.",
  "La última jornada se disputará el sábado 25 de mayo. El Marisma visitará al Club Ribera, que lucha por evitar el descenso y está a solo dos puntos de la zona roja.",
  "La celebración con la afición está prevista para el lunes a las 19:00 en la plaza central de la ciudad.",
  ]),
dig=dict(
  headline="アトレティコ・マリスマ:26年ぶりのリーグ優勝",
  lead=["サッカーのコスタ・アスール・リーグで、アトレティコ・マリスマ(Atlético Marisma)が19日、デポルティボ・サリナス(Deportivo Salinas)を4対0で下し、1998年以来26年ぶりのリーグ優勝を決めた。ラス・ガルサス競技場には満員の4万6300人が詰めかけた。"],
  hi=["勝ち点:残り1節で勝ち点78とし、2位ウニオン・ペドレガル(Unión Pedregal、72)との差を6に広げ、逆転の可能性をなくした。37試合で24勝6分け7敗、勝率は約65%。",
      "得点王:ウルグアイ人フォワードのマティアス・フェレイラ(Matías Ferreyra、31歳)が2得点を挙げ、今季26得点で得点ランキング首位に立つ。",
      "若手:残る得点はイバン・ロチャ(Iván Rocha)と18歳のトマス・ベルトラン(Tomás Beltrán)が決めた。"],
  ctx=["創設100年:1924年創設のクラブは今年で創設100周年を迎えた。ルイサ・モンテネグロ(Luisa Montenegro)会長は、12億ペソの優勝賞金をユース施設に投じると発表した。",
      "監督:47歳のロドリゴ・サルディバル(Rodrigo Saldívar)監督は、チームが20チーム中14位だった2023年1月に就任した。"],
  close=["最終節は25日(土)に行われ、マリスマは降格圏まで勝ち点2差のクラブ・リベラ(Club Ribera)と対戦する。"],
  intro=["節目の年に悲願のタイトルを手にした。以下、試合と今季の歩みをまとめる。"],
  detail=[("優勝決定戦", [
      ("試合", ["試合は現地時間19日午後5時(日本時間20日午前5時)に始まり、4対0で終わった。", "試合後にはサポーターが平和的にピッチになだれ込んだ。"]),
      ("チケット", ["入場券は最も安い席が8000ペソ、最も高い席が4万5000ペソだった。"])]),
    ("クラブと監督", [
      ("監督の言葉", ["サルディバル監督は「誰も我々を信じていなかった。それが我々の力になった」と語った。"]),
      ("祝賀", ["ファンとの祝賀会は20日(月)午後7時から市の中央広場で開かれる。"])])],
  dclose=["創設100周年の年に、クラブは四半世紀以上の空白を埋めた。"],
  points=[("優勝決定戦", [("試合", ["4対0で勝利し、勝ち点78で優勝決定。"]), ("チケット", ["入場券は8000〜4万5000ペソ。"])]),
    ("クラブと監督", [("監督の言葉", ["14位からの就任で優勝に導く。"]), ("祝賀", ["20日(月)午後7時に中央広場で祝賀会。"])])],
  cite="Atlético Marisma, campeón de liga tras golear 4-0 a Deportivo Salinas Diario Deportivo del Sur 2024.05.19",
  url="https://www.diariodeportivosur.example/futbol/2024/05/19/atletico-marisma-campeon-liga"),
findings=[]))

# ---------------------------------------------------------------- 8 err, es, music tour / concert attendance
CASES.append(dict(
name="err-gira-lucia-varela",
src=dict(lang="es", outlet="Crónica Cultural Ibérica", domain="www.cronicaculturaliberica.example",
  path="/musica/2024/11/04/lucia-varela-cierra-gira-record", published="2024-11-04T09:20:00+01:00",
  author="Javier Olmedo", title="Lucía Varela cierra su gira con récord: 1,9 millones de entradas vendidas",
  body=[
  "La cantante Lucía Varela cerró el sábado en el estadio Puerta del Sol de Valdemora su gira «Corazón de Sal», que ha vendido 1,9 millones de entradas en 62 conciertos por 14 países, según datos de la promotora Eventos Meridiano.",
  "La gira, que arrancó el 8 de marzo en Ciudad Alba, ha recaudado 214 millones de euros, lo que la convierte en la más taquillera de una artista en lengua española. El anterior récord, de 167 millones, lo tenía el grupo Los Faroles desde 2017.",
  "El concierto de clausura reunió a 58.200 personas. Las entradas costaron entre 45 y 180 euros, y se agotaron en 11 minutos cuando salieron a la venta en junio.",
  "Varela, de 29 años, interpretó 27 canciones durante dos horas y 40 minutos. Entre los invitados figuraron el rapero Keno Duarte y la pianista Ainhoa Ruiz.",
  "Según la promotora, el 38 % de los asistentes viajó desde otra provincia para ver alguno de los conciertos. El impacto económico estimado en las ciudades sede supera los 600 millones de euros.",
  "La gira pasó por 41 ciudades, y la etapa americana, con 23 conciertos, concentró el 44 % de las entradas vendidas.",
  "La artista anunció que se tomará un descanso de un año y que su cuarto disco de estudio saldrá en otoño de 2025. Un documental sobre la gira se estrenará en una plataforma de streaming el viernes 13 de diciembre.",
  "La promotora destacó además que la gira se realizó con un escenario desmontable que viajó en barco entre continentes, lo que según la empresa redujo de forma notable la huella de carbono de la producción.",
  ]),
dig=dict(
  headline="ルシア・バレラ:ツアー動員190万人で記録更新",
  lead=["歌手ルシア・バレラ(Lucía Varela)が2日、バルデモラのプエルタ・デル・ソル・スタジアムでツアー「コラソン・デ・サル」の最終公演を行った。プロモーターのエベントス・メリディアノ(Eventos Meridiano)によると、ツアーは14カ国62公演で190万枚のチケットを売り上げた。"],
  hi=["興行収入:3月8日にシウダー・アルバで始まったツアーの興収は2億1400万ユーロで、スペイン語の女性アーティストとして過去最高。2017年からロス・ファロレス(Los Faroles)が持っていた1億6700万ユーロの記録を5700万ユーロ上回った。",
      "最終公演:5万8200人が来場。チケットは45〜180ユーロで、6月の発売から27分で完売した。",
      "ステージ:29歳のバレラは2時間40分で27曲を披露した。ゲストにはラッパーのケノ・ドゥアルテ(Keno Duarte)とピアニストのアイノア・ルイス(Ainhoa Ruiz)が登場した。"],
  ctx=["経済効果:観客の38%が他県から訪れ、開催都市への経済効果は6億ユーロを超えると推計される。",
      "米州公演:ツアーは41都市を回り、23公演の米州ツアーがチケット販売の44%を占めた。"],
  close=["バレラは1年間の休養に入り、2025年秋に4枚目のスタジオアルバムを発表する予定だ。"],
  intro=["ツアーはスペイン語圏の女性アーティストとして最大の興行となった。以下、記録と今後の予定をまとめる。"],
  detail=[("ツアーの記録", [
      ("動員と興収", ["62公演で190万枚、1公演あたり平均約3万1000枚。", "興収は2億1400万ユーロ。"]),
      ("米州公演", ["23公演でチケットの44%、約84万枚を売った。"])]),
    ("今後の予定", [
      ("休養と新作", ["1年間の休養の後、2025年秋に4枚目のアルバムを発表する。"]),
      ("ドキュメンタリー", ["ツアーのドキュメンタリーが12月12日(金)に配信開始される。"])])],
  dclose=["記録的なツアーを終え、バレラは次の段階に向けて充電期間に入る。"],
  points=[("ツアーの記録", [("動員と興収", ["190万枚、興収2億1400万ユーロで過去最高。"]), ("米州公演", ["米州23公演で販売の44%。"])]),
    ("今後の予定", [("休養と新作", ["2025年秋に新作。"]), ("ドキュメンタリー", ["12月に配信で公開。"])])],
  cite="Lucía Varela cierra su gira con récord: 1,9 millones de entradas vendidas Crónica Cultural Ibérica 2024.11.04",
  url="https://www.cronicaculturaliberica.example/musica/2024/11/04/lucia-varela-cierra-gira-record"),
findings=[("mismatch", "error", "12月12日(金)", "Friday 13 December → 12日 (date moved; the 12th is a Thursday)"),
          ("mismatch", "error", "5700万ユーロ", "wrong difference: 214 − 167 = 47 million, not 57"),
          ("mismatch", "error", "27分", "sold out in 11 minutes; 27 (the number of songs) moved onto the sell-out time"),
          ]))
