CASES = []

# ---------------------------------------------------------------- clean, en, musical theatre grosses
CASES.append(dict(
name="clean-musical-long-run",
src=dict(lang="en", outlet="Footlights and Marquee Daily", domain="www.footlightsmarquee.example",
  path="/theatre/2024/03/12/copper-kettle-musical-5000th-performance", published="2024-03-12T10:00:00-04:00",
  author="Harriet Lome", title="'The Copper Kettle' reaches 5,000 performances, grossing $1.3 billion",
  body=[
  "'The Copper Kettle' played its 5,000th performance on Sunday, becoming only the sixth musical in the history of the Marlowe Street theatre district to reach the milestone. The show opened on October 14, 2011.",
  "Producers said the musical has grossed $1.3 billion in the district and been seen by 6.9 million people. Last week it took $1.42 million from eight performances, playing to 97% of capacity at the 1,480-seat Halloran Theatre.",
  "The average paid admission last week was $128, while premium seats sold for up to $349. A lottery offers 30 seats for each performance at $40.",
  "The show has also been staged in 17 countries. The London production, which closed in January after nine years, took £210 million, and the Tokyo production has sold 2.1 million tickets since opening in 2015.",
  "Composer Noreen Fitch, 63, wrote the score over four years while working as a school music teacher. She attended Sunday's performance with 14 original cast members.",
  "The cast has included 211 performers over the years. Three actors, including Bernard Ocampo, 58, who plays the innkeeper, have been with the show since the first preview.",
  "After the curtain call, the producers announced a new North American tour beginning in Cedar Falls on September 6 and visiting 32 cities over two years.",
  "Ticket sales on Broadway-style district stages were up 4% in the 2023-24 season so far, according to the district's trade association, with attendance at 11.2 million.",
  ]),
dig=dict(
  headline="『ザ・カッパー・ケトル』:上演5000回、興収13億ドル",
  lead=["ミュージカル『ザ・カッパー・ケトル』が10日、上演5000回を迎えた。マーロウ・ストリートの劇場街で5000回に達したミュージカルは史上6作目。2011年10月14日の開幕から12年余りでの達成となった。"],
  hi=["興行:劇場街での興収は13億ドル、観客は延べ690万人。先週は8公演で142万ドルを売り上げ、1480席のハロラン劇場は客席の97%が埋まった。",
      "チケット:先週の平均入場料は128ドル、プレミアム席は最高349ドル。抽選では各公演30席を40ドルで販売している。",
      "海外公演:17カ国で上演され、1月に9年の公演を終えたロンドン版は2億1000万ポンドを稼いだ。2015年に開幕した東京版は210万枚を売った。"],
  ctx=["作曲家:63歳のノリーン・フィッチ(Noreen Fitch)は学校の音楽教師をしながら4年をかけて曲を書いた。10日の公演には初演キャスト14人とともに訪れた。",
      "キャスト:これまでに211人が出演し、宿屋の主人を演じる58歳のバーナード・オカンポ(Bernard Ocampo)ら3人は最初のプレビュー公演から出演を続けている。"],
  close=["カーテンコールの後、9月6日にシーダーフォールズで始まり、2年間で32都市を回る北米ツアーが発表された。"],
  intro=["開幕から12年余りで、劇場街の歴史に名を刻んだ。以下、興行の数字と今後の展開をまとめる。"],
  detail=[("記録", [
      ("5000回", ["劇場街で5000回に達したミュージカルは6作目。", "1公演あたりの観客は平均約1400人に相当する。"]),
      ("先週の成績", ["8公演で142万ドル、1公演あたり約17万8000ドル。"])]),
    ("今後", [
      ("北米ツアー", ["9月6日からシーダーフォールズを皮切りに32都市を回る。"]),
      ("劇場街全体", ["業界団体によると、2023〜24年シーズンのチケット売り上げはこれまでに4%増え、観客は1120万人。"])])],
  dclose=["ロングランの記録は、劇場街全体の回復も映し出している。"],
  points=[("記録", [("5000回", ["上演5000回、興収13億ドル、観客690万人。"]), ("先週の成績", ["8公演で142万ドル、稼働率97%。"])]),
    ("今後", [("北米ツアー", ["9月6日から2年で32都市。"]), ("劇場街全体", ["今シーズンの売り上げは4%増。"])])],
  cite="'The Copper Kettle' reaches 5,000 performances, grossing $1.3 billion Footlights and Marquee Daily 2024.03.12",
  url="https://www.footlightsmarquee.example/theatre/2024/03/12/copper-kettle-musical-5000th-performance"),
findings=[]))

# ---------------------------------------------------------------- err, en, horse racing
CASES.append(dict(
name="err-derby-stakes-upset",
src=dict(lang="en", outlet="Bluegrass Post and Paddock", domain="www.postandpaddock.example",
  path="/racing/2024/05/04/ridgeline-derby-long-shot-copper-sky", published="2024-05-04T21:05:00-04:00",
  author="Wendell Haskins", title="40-1 shot Copper Sky stuns favorite to win Ridgeline Derby",
  body=[
  "Copper Sky, a 40-1 long shot, won the 112th Ridgeline Derby on Saturday, beating the favorite Marble Arch by three-quarters of a length in front of a crowd of 147,300 at Ridgeline Downs.",
  "Ridden by 23-year-old jockey Amaya Torres, Copper Sky covered the mile and a quarter in 2:02.41. It was Torres's first ride in the race and the trainer Curtis Whitlow's second Derby win, 14 years after his first.",
  "A $2 win bet on Copper Sky paid $82.60. Total wagering on the race reached $198.5 million, a record, up 6.8% from last year.",
  "The winner's share of the $5 million purse is $3.1 million. Marble Arch earned $1 million for second, and third-placed Lantern Bay took $500,000.",
  "The race went off at 6:57 p.m. Eastern time, under overcast skies with a temperature of 68°F. The track was rated fast after morning rain.",
  "Copper Sky was bought for $62,000 as a yearling, a fraction of the $1.9 million paid for Marble Arch. Owner Delphine Okafor said she had named the colt after a copper-roofed barn on her family's 340-acre farm.",
  "Only 18 of the 20 horses entered started the race after two late scratches. It was the longest-priced winner since 2009, when Dusty Lane won at 50-1.",
  "The second leg of the series, the Havenport Stakes, will be run on Saturday, May 18. Whitlow said Copper Sky would run if he came out of the race well.",
  "Marble Arch's jockey said his mount had been bumped leaving the gate and had to race wide on the first turn, but he declined to blame the trip. Race stewards reviewed the start and took no action.",
  ]),
dig=dict(
  headline="リッジライン・ダービー:40対1の伏兵カッパー・スカイが優勝",
  lead=["米競馬の第112回リッジライン・ダービーが4日、リッジライン・ダウンズで行われ、オッズ40対1の伏兵カッパー・スカイ(Copper Sky)が1番人気のマーブル・アーチ(Marble Arch)に4分の3馬身差で勝った。観客は14万7300人だった。"],
  hi=["騎手:23歳のアマヤ・トーレス(Amaya Torres)騎手は初騎乗で優勝。1マイル4分の1(約2キロ)を2分2秒41で走った。カーティス・ウィットロー(Curtis Whitlow)調教師にとっては14年ぶり2度目のダービー制覇。",
      "馬券:2ドルの単勝馬券の払い戻しは82.60ドル。レースの総売り上げは前年比6.8%増の1億9850万ドルで、過去最高を記録した。",
      "賞金:賞金総額500万ドルのうち優勝賞金は310万ドル。2着のマーブル・アーチは100万ドル、3着のランタン・ベイは50万ドル。"],
  ctx=["安値の馬:カッパー・スカイは1歳時に6万2000ドルで購入された。マーブル・アーチの190万ドルの約30分の1にすぎない。",
      "大穴:2009年に50対1で勝ったダスティ・レーン以来、最も人気のない勝ち馬となった。"],
  close=["シリーズ第2戦のヘイブンポート・ステークスは18日(土)に行われる。"],
  intro=["人気薄の馬が大舞台で番狂わせを演じた。以下、レースと背景をまとめる。"],
  detail=[("レース", [
      ("展開", ["発走は東部時間午後6時57分(日本時間5日午前8時57分)。曇り空で気温は華氏68度(摂氏20度)、朝の雨の後も馬場は良だった。", "出走取り消しが2頭あり、20頭中18頭が出走した。"]),
      ("馬主", ["馬主のデルフィン・オカフォー(Delphine Okafor)は、一家が所有する340ヘクタールの農場の銅屋根の納屋にちなんで名付けたと話した。"])]),
    ("次戦", [
      ("ヘイブンポート・ステークス", ["ウィットロー調教師は、レース後の状態が良ければ出走させると述べた。"])])],
  dclose=["カッパー・スカイが三冠に挑むかどうかが次の焦点だ。"],
  points=[("レース", [("展開", ["40対1の伏兵が2分2秒41で優勝。"]), ("馬主", ["1歳時に6万2000ドルで購入。"])]),
    ("次戦", [("ヘイブンポート・ステークス", ["18日(土)に行われる第2戦に出走の可能性。"])])],
  cite="40-1 shot Copper Sky stuns favorite to win Ridgeline Derby Bluegrass Post and Paddock 2024.05.04",
  url="https://www.postandpaddock.example/racing/2024/05/04/ridgeline-derby-long-shot-copper-sky"),
findings=[("mismatch", "error", "340ヘクタール", "340-acre farm written as hectares (unit slip)"),
          ("unsupported", "warning", "三冠", "invented specific: the source never mentions a triple crown"),
          ("mismatch", "error", "日本時間5日午前8時57分", "wrong conversion: 6:57 p.m. EDT (UTC−4) is 7:57 JST on the 5th; the slip uses UTC−5")
          ]))
