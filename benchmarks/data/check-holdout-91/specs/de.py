CASES = []

# ---------------------------------------------------------------- 5 clean, de, handball league
CASES.append(dict(
name="clean-handball-meister",
src=dict(lang="de", outlet="Nordstädter Allgemeine Zeitung", domain="www.nordstaedter-allgemeine.example",
  path="/sport/handball/2024-05-26/hsv-torfmoor-meister", published="2024-05-26T20:10:00+02:00",
  author="Jens Hallmeier", title="HSV Torfmoor ist Handball-Meister – 31:27 im Finale gegen Eichenau",
  body=[
  "Der HSV Torfmoor hat zum ersten Mal seit 2009 die Meisterschaft in der Handball-Liga gewonnen. Im entscheidenden dritten Finalspiel besiegte die Mannschaft von Trainer Dirk Anselm am Sonntag den TV Eichenau mit 31:27 (15:13) und entschied die Serie mit 2:1 Siegen für sich.",
  "Vor 11.850 Zuschauern in der ausverkauften Moorlandhalle war Rückraumspieler Mats Grönvold mit neun Toren bester Werfer. Torhüter Kilian Reuss parierte 14 von 41 Würfen.",
  "In der Hauptrunde hatte Torfmoor mit 52:16 Punkten den zweiten Platz belegt, drei Punkte hinter Eichenau (55:13). Von 34 Spielen gewann das Team 25, spielte zweimal unentschieden und verlor sieben.",
  "Die Eintrittskarten für das Finale kosteten zwischen 18 und 65 Euro; im Weiterverkauf wurden nach Angaben des Vereins bis zu 240 Euro verlangt.",
  "Der Verein rechnet für die Saison mit einem Umsatz von 14,2 Mio. Euro, nach 11,8 Mio. Euro im Vorjahr. Die Meisterprämie der Liga beträgt 500.000 Euro.",
  "Anselm, 52, hatte das Team im Sommer 2021 übernommen, als es auf Platz elf stand. „Diese Mannschaft hat drei Jahre lang jeden Tag gearbeitet, das ist der Lohn“, sagte er.",
  "Grönvold, der nach der Saison zu einem Verein nach Dänemark wechselt, verabschiedete sich unter Tränen von den Fans. Er hatte in 34 Hauptrundenspielen 187 Tore erzielt.",
  "Der Meister qualifiziert sich direkt für die Champions League. Die neue Saison beginnt am Donnerstag, 29. August.",
  "Nach dem Schlusspfiff feierten Spieler und Fans noch mehr als eine Stunde gemeinsam auf dem Parkett. Die Stadt kündigte einen Empfang im Rathaus an, ein Termin steht aber noch nicht fest.",
  ]),
dig=dict(
  headline="HSVトルフモーア:15年ぶりのハンドボール王者",
  lead=["ハンドボールリーグで、HSVトルフモーア(HSV Torfmoor)が2009年以来15年ぶりに優勝した。26日の決勝第3戦でTVアイヒェナウ(TV Eichenau)を31対27(前半15対13)で破り、シリーズを2勝1敗で制した。"],
  hi=["エース:満員の1万1850人が詰めかけたモーアラント・ホールで、バックプレーヤーのマッツ・グレンヴォルト(Mats Grönvold)が9得点を挙げた。ゴールキーパーのキリアン・ロイス(Kilian Reuss)は41本中14本をセーブした(セーブ率約34%)。",
      "レギュラーシーズン:トルフモーアは34試合で25勝2分け7敗、勝ち点52対16の2位で、首位アイヒェナウ(55対13)に3差だった。",
      "チケット:決勝の入場券は18〜65ユーロだったが、転売では最高240ユーロの値がついた。"],
  ctx=["経営面:クラブは今季の売上高を1420万ユーロと見込み、前年の1180万ユーロから約2割増える。リーグの優勝賞金は50万ユーロ。",
      "監督:52歳のディルク・アンゼルム(Dirk Anselm)監督は、11位に低迷していた2021年夏に就任し、3年で頂点に導いた。"],
  close=["優勝チームは欧州チャンピオンズリーグへの出場権を直接獲得する。"],
  intro=["レギュラーシーズン2位からの逆転優勝となった。以下、決勝と今季の歩みをまとめる。"],
  detail=[("決勝", [
      ("試合内容", ["トルフモーアが31対27で勝利し、シリーズ2勝1敗。", "グレンヴォルトが9得点、ロイスが14セーブ。"]),
      ("監督の声", ["アンゼルム監督は「このチームは3年間、毎日努力してきた。これはその報いだ」と語った。"])]),
    ("今季と来季", [
      ("グレンヴォルトの退団", ["今季限りでデンマークのクラブへ移籍するグレンヴォルトは、涙ながらにファンに別れを告げた。", "レギュラーシーズン34試合で187得点、1試合平均5.5得点だった。"]),
      ("新シーズン", ["新シーズンは8月29日(木)に開幕する。"])])],
  dclose=["エースの移籍を控え、王者は連覇に向けてチームの再構築を迫られる。"],
  points=[("決勝", [("試合内容", ["31対27で勝利、シリーズ2勝1敗で15年ぶりの優勝。"]), ("監督の声", ["3年間の努力が実ったと強調。"])]),
    ("今季と来季", [("グレンヴォルトの退団", ["デンマークへ移籍、今季187得点。"]), ("新シーズン", ["8月29日(木)開幕。"])])],
  cite="HSV Torfmoor ist Handball-Meister – 31:27 im Finale gegen Eichenau Nordstädter Allgemeine Zeitung 2024.05.26",
  url="https://www.nordstaedter-allgemeine.example/sport/handball/2024-05-26/hsv-torfmoor-meister"),
findings=[]))

# ---------------------------------------------------------------- 6 err, de, ski jumping / winter sport broadcast
CASES.append(dict(
name="err-skiflug-rekord",
src=dict(lang="de", outlet="Alpenländische Rundschau", domain="www.alpenlaendische-rundschau.example",
  path="/sport/wintersport/2024-03-17/skiflug-weltrekord-brandhorn", published="2024-03-17T18:45:00+01:00",
  author="Verena Stöckl", title="Skifliegen: Lukas Hafner fliegt am Brandhorn auf 251,5 Meter",
  body=[
  "Lukas Hafner hat am Sonntag beim Weltcup-Finale am Brandhorn den Schanzenrekord auf 251,5 Meter verbessert. Der 23-Jährige übertraf die bisherige Bestmarke des Norwegers Eirik Lunde aus dem Jahr 2018 um vier Meter.",
  "Mit Flügen von 251,5 und 238 Metern gewann Hafner den Wettbewerb mit 468,9 Punkten vor dem Slowenen Anže Kranjc (452,4) und dem Japaner Daiki Moriyama (447,0). Es war sein sechster Weltcupsieg in diesem Winter.",
  "Im Gesamtweltcup beendet Hafner die Saison mit 1.864 Punkten auf Rang drei. Den Gesamtsieg holte Kranjc mit 2.031 Punkten vor dem Polen Tomasz Wierzba mit 1.912 Punkten.",
  "Rund 28.500 Zuschauer verfolgten den Wettkampf bei Temperaturen um minus 3 Grad und leichtem Rückenwind. Tickets kosteten 35 Euro, für Kinder unter 14 Jahren war der Eintritt frei.",
  "Der Wettbewerb begann um 10.30 Uhr und wurde nach dem ersten Durchgang wegen Windböen für 40 Minuten unterbrochen. Das Finale endete um 13.15 Uhr.",
  "Die Schanze am Brandhorn wurde 1967 eröffnet und zuletzt 2021 für 18,5 Mio. Euro umgebaut. Der Umbau verlängerte den Aufsprunghang um 12 Meter.",
  "„Ich habe schon in der Luft gespürt, dass das etwas Besonderes wird“, sagte Hafner, der im vergangenen Jahr nach einem Kreuzbandriss fast die ganze Saison verpasst hatte.",
  "Der Verband kündigte an, dass das Weltcup-Finale auch 2025 am Brandhorn stattfinden soll, dann vom 21. bis 23. März.",
  "Für die Gemeinde am Fuß des Brandhorns ist das Finale ein wichtiger Wirtschaftsfaktor. Hotels und Pensionen im Tal waren nach Angaben des Tourismusverbands an diesem Wochenende vollständig ausgebucht.",
  ]),
dig=dict(
  headline="スキーフライング:ハフナーが251.5メートルのヒルレコード",
  lead=["スキージャンプ(スキーフライング)のW杯最終戦がブラントホルンで17日に行われ、23歳のルーカス・ハフナー(Lukas Hafner)が251.5メートルを飛んでヒルレコードを更新した。2018年にノルウェーのエイリク・ルンデ(Eirik Lunde)が記録した従来の記録を4メートル上回った。"],
  hi=["優勝:251.5メートルと238メートルの2本で468.9点を挙げ、スロベニアのアンジェ・クランツ(Anže Kranjc、452.4点)、日本のモリヤマ・ダイキ(Daiki Moriyama、447.0点)を抑えた。今季7勝目。",
      "総合順位:ハフナーは1864点で総合3位。総合優勝はクランツの2031点で、ポーランドのトマシュ・ヴィエジュバ(Tomasz Wierzba)が1912点で続いた。クランツとハフナーの差は167点だった。",
      "観客:約2万8500人が観戦し、気温は氷点下3度前後だった。入場券は35ユーロで、14歳未満は無料。"],
  ctx=["競技の進行:試合は午前10時30分(日本時間同日午後6時30分)に始まり、1本目の後に突風で40分間中断し、午後1時15分に終了した。",
      "ジャンプ台:1967年開設のジャンプ台は2021年に1850万ユーロをかけて改修され、着地斜面が12メートル延長された。"],
  close=["ハフナーは昨季、前十字じん帯断裂でほぼ全休しており、復活を印象づけた。"],
  intro=["ケガからの復帰シーズンを記録で締めくくった。以下、試合と今季の総括をまとめる。"],
  detail=[("最終戦", [
      ("記録更新", ["ハフナーは251.5メートルで、ルンデの記録を4メートル更新した。", "「空中で特別なことになると感じた」と語った。"]),
      ("中断", ["突風により40分間の中断があった。"])]),
    ("シーズンと今後", [
      ("総合順位", ["クランツが2031点で総合優勝、ヴィエジュバが2位、ハフネルが3位。"]),
      ("来季", ["2025年の最終戦も3月21〜23日にブラントホルンで開かれる。", "同ジャンプ台での開催は3年連続となる。"])])],
  dclose=["ハフナーは来季、総合優勝を目標に掲げる。"],
  points=[("最終戦", [("記録更新", ["251.5メートルのヒルレコード、468.9点で優勝。"]), ("中断", ["突風で40分中断。"])]),
    ("シーズンと今後", [("総合順位", ["総合はクランツ、ハフナーは1864点で3位。"]), ("来季", ["2025年3月21〜23日もブラントホルンで開催。"])])],
  cite="Skifliegen: Lukas Hafner fliegt am Brandhorn auf 251,5 Meter Alpenländische Rundschau 2024.03.17",
  url="https://www.alpenlaendische-rundschau.example/sport/wintersport/2024-03-17/skiflug-weltrekord-brandhorn"),
findings=[("mismatch", "error", "今季7勝目", "sixth win of the winter → 7勝目 (off by one)"),
          ("unsupported", "warning", "3年連続", "invented count: source gives no history of hosting the final"),
          ("spelling", "warning", "ハフネル", "second katakana spelling of Hafner (first ハフナー)"),
          ]))

# ---------------------------------------------------------------- err, de, cinema opening weekend
CASES.append(dict(
name="err-eisenwald-kinostart",
src=dict(lang="de", outlet="Rheintaler Abendblatt", domain="www.rheintaler-abendblatt.example",
  path="/kultur/kino/2024-09-30/eisenwald-rekordstart-kinos", published="2024-09-30T14:20:00+02:00",
  author="Sabine Kolbeck", title="„Eisenwald“ beschert deutschen Kinos den besten Start des Jahres",
  body=[
  "Der Fantasyfilm „Eisenwald“ von Regisseurin Johanna Trebitz hat den besten Kinostart des Jahres in Deutschland hingelegt. Von Donnerstag bis Sonntag sahen ihn 1,24 Mio. Zuschauer in 812 Kinos, teilte der Verleih Nordlicht Film am Montag mit.",
  "Das Einspielergebnis lag bei 13,9 Mio. Euro, der durchschnittliche Ticketpreis damit bei rund 11,20 Euro. In Österreich kamen weitere 1,8 Mio. Euro hinzu, in der Schweiz 2,3 Mio. Franken.",
  "Die Produktion kostete 38 Mio. Euro und ist damit eine der teuersten deutschen Filmproduktionen überhaupt. Gedreht wurde an 74 Tagen im Harz und in Studios bei Potsdam.",
  "Trebitz, 44, hatte zuvor mit dem Kammerspiel „Die Stille nach dem Regen“ 2018 den Publikumspreis eines großen Festivals gewonnen. Der Roman, auf dem „Eisenwald“ basiert, ist seit seinem Erscheinen 2005 mehr als 3 Mio. Mal verkauft worden.",
  "Für die Kinobranche kommt der Erfolg zur rechten Zeit: Im ersten Halbjahr lagen die Besucherzahlen 7,5 Prozent unter dem Vorjahr. Im dritten Quartal rechnet der Branchenverband nun mit einem Plus von rund 12 Prozent.",
  "Auf Platz zwei der Kinocharts fiel der Animationsfilm „Pelle und der Mondfisch“ mit 310.000 Besuchern, auf Platz drei landete die Komödie „Drei Hochzeiten zu viel“ mit 205.000.",
  "Der Verleih hat bereits angekündigt, dass der zweite Teil im Herbst 2026 in die Kinos kommen soll. Die Dreharbeiten beginnen im Februar.",
  "In Japan startet „Eisenwald“ am Freitag, 17. Januar 2025.",
  ]),
dig=dict(
  headline="『アイゼンヴァルト』:ドイツで今年最高のスタート",
  lead=["ヨハンナ・トレビッツ(Johanna Trebitz)監督のファンタジー映画『アイゼンヴァルト』が、ドイツで今年最高の初週成績を記録した。配給のノルトリヒト・フィルム(Nordlicht Film)によると、木曜から日曜までの4日間に812館で124万人を動員した。"],
  hi=["興収:興行収入は1390万ユーロで、平均チケット価格は約11.20ユーロ。オーストリアで180万ユーロ、スイスで230万スイスフランを上乗せした。",
      "製作費:製作費は3800万ユーロで、ドイツ映画として屈指の大作。ハルツ地方とポツダム近郊のスタジオで74日間撮影した。",
      "原作:原作小説は2005年の刊行以来、300万部以上売れている。"],
  ctx=["映画館業界:上半期の観客数は前年を7.5%下回ったが、業界団体は7〜9月期に約12%の増加を見込む。",
      "監督:44歳のトレビッツ監督は、2016年に室内劇『雨の後の静けさ』で大きな映画祭の観客賞を受けている。"],
  close=["2位はアニメ『ペレと月の魚』で31万人、3位はコメディー『多すぎる3つの結婚式』で20万5000人だった。"],
  intro=["大作ファンタジーが低迷する映画館に客を呼び戻した。以下、興行の内訳と今後をまとめる。"],
  detail=[("初週の成績", [
      ("ドイツ", ["124万人を動員し、1390万ユーロを売り上げた。", "2位の『ペレと月の魚』の約4倍の観客を集めた。"]),
      ("近隣国", ["オーストリアで180万ユーロ、スイスで230万スイスフラン。"])]),
    ("今後", [
      ("続編", ["3部作の第2部となる続編は2026年秋に公開予定で、撮影は2月に始まる。"]),
      ("日本公開", ["日本では2025年1月18日(金)に公開される。"])])],
  dclose=["続編の製作も決まり、シリーズ化への期待が高まっている。"],
  points=[("初週の成績", [("ドイツ", ["124万人、1390万ユーロで今年最高の滑り出し。"]), ("近隣国", ["スイスで230万スイスフラン。"])]),
    ("今後", [("続編", ["2026年秋に続編。"]), ("日本公開", ["2025年1月に日本公開。"])])],
  cite="„Eisenwald“ beschert deutschen Kinos den besten Start des Jahres Rheintaler Abendblatt 2024.09.30",
  url="https://www.rheintaler-abendblatt.example/kultur/kino/2024-09-30/eisenwald-rekordstart-kinos"),
findings=[("mismatch", "error", "2016年", "festival win in 2018 → 2016年 (year changed)"),
          ("mismatch", "error", "1月18日(金)", "Friday 17 January 2025 → 18日 (date moved off its weekday)"),
          ("unsupported", "warning", "3部作", "invented specific: the source says only that a second part is planned")]))
