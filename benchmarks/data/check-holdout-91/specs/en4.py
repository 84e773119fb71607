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
  lead=["競馬の第112回リッジライン・ダービーが4日、リッジライン・ダウンズで行われ、オッズ40対1の伏兵カッパー・スカイ(Copper Sky)が1番人気のマーブル・アーチ(Marble Arch)に4分の3馬身差で勝った。観客は14万7300人だった。"],
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

# ---------------------------------------------------------------- clean, en, chess championship
CASES.append(dict(
name="clean-chess-championship",
src=dict(lang="en", outlet="Sixty-Four Squares Journal", domain="www.sixtyfoursquares.example",
  path="/championship/2024/12/13/rautio-wins-title-tiebreak", published="2024-12-13T19:45:00+08:00",
  author="Mei-Lin Ashgrove", title="Rautio, 20, becomes youngest champion after rapid tiebreak",
  body=[
  "Aleksi Rautio became the youngest world chess champion in the game's history on Friday, beating defending champion Vikram Desai 2.5-1.5 in a rapid tiebreak after their 14-game classical match in Port Linden ended level at 7-7.",
  "Rautio is 20 years, 4 months and 9 days old, some two years younger than the previous youngest champion. Desai, 33, had held the title since 2019.",
  "The classical games produced three decisive results: Rautio won games 4 and 11, and Desai won game 8. The other 11 games were drawn. Game 6, at 121 moves, was the longest game of the match and lasted seven hours and 48 minutes.",
  "The tiebreak began at 3 p.m. local time. Rautio won the second rapid game with the black pieces and drew the remaining three. Each player had 15 minutes, plus 10 seconds per move.",
  "The match carried a prize fund of $2.5 million. Under the rules, 60% goes to the winner after a tiebreak, or $1.5 million, and the remaining $1 million to Desai.",
  "Online viewing peaked at 3.7 million concurrent viewers during the final tiebreak game, more than double the 1.6 million peak of the previous championship match.",
  "Rautio learned the game at five from his grandmother in a small town 300 kilometres north of the capital. He became a grandmaster at 14.",
  "The next championship cycle begins with the candidates tournament in April 2026. Rautio said he would take a break of at least two months. \"I want to sleep for a week and then see my family,\" he said.",
  ]),
dig=dict(
  headline="チェス世界選手権:20歳ラウティオが史上最年少王者",
  lead=["チェスの世界選手権は13日、ポート・リンデンで行われた早指しのタイブレークで、アレクシ・ラウティオ(Aleksi Rautio)が前王者ヴィクラム・デサイ(Vikram Desai)を2.5対1.5で破り、史上最年少の世界王者となった。14局の本戦は7対7の同点だった。"],
  hi=["最年少:ラウティオは20歳4カ月9日で、従来の最年少記録を約2歳更新した。33歳のデサイは2019年から王座を守ってきた。",
      "本戦:決着がついたのは3局だけで、ラウティオが第4局と第11局、デサイが第8局を制し、残る11局は引き分けだった。第6局は121手、7時間48分に及ぶ最長局となった。",
      "賞金:賞金総額250万ドルのうち、タイブレークでの勝者には60%の150万ドル、デサイには残る100万ドルが支払われる。"],
  ctx=["タイブレーク:現地時間午後3時(日本時間午後4時)に始まり、持ち時間は各15分、1手ごとに10秒加算。ラウティオは黒番の第2局に勝ち、残る3局を引き分けた。",
      "視聴者:最終局のネット同時視聴者は最多370万人で、前回の160万人の2倍を超えた。"],
  close=["ラウティオは5歳で祖母からチェスを習い、14歳でグランドマスターになった。"],
  intro=["若き挑戦者が早指しで王座を奪った。以下、試合の経過と今後をまとめる。"],
  detail=[("試合の経過", [
      ("本戦", ["14局で7対7。引き分けは14局中11局、約8割にのぼった。"]),
      ("タイブレーク", ["4局の早指しで2.5対1.5。"])]),
    ("今後", [
      ("休養", ["ラウティオは少なくとも2カ月休むと述べ、「1週間眠って、それから家族に会いたい」と語った。"]),
      ("次の周期", ["次の世界選手権に向けた候補者大会は2026年4月に始まる。"])])],
  dclose=["デサイは2019年から守ってきた王座を明け渡した。"],
  points=[("試合の経過", [("本戦", ["7対7で本戦決着せず。"]), ("タイブレーク", ["2.5対1.5でラウティオが勝利。"])]),
    ("今後", [("休養", ["少なくとも2カ月の休養。"]), ("次の周期", ["候補者大会は2026年4月。"])])],
  cite="Rautio, 20, becomes youngest champion after rapid tiebreak Sixty-Four Squares Journal 2024.12.13",
  url="https://www.sixtyfoursquares.example/championship/2024/12/13/rautio-wins-title-tiebreak"),
findings=[]))

# ---------------------------------------------------------------- err, en, music awards
CASES.append(dict(
name="err-music-awards-broadcast",
src=dict(lang="en", outlet="Backbeat Culture Daily", domain="www.backbeatculture.example",
  path="/music/2025/01/28/harmony-awards-nominations-juno-vale", published="2025-01-28T12:30:00-08:00",
  author="Terrence Aldana", title="Juno Vale leads Harmony Awards nominations with nine nods",
  body=[
  "Singer-songwriter Juno Vale leads the nominations for this year's Harmony Awards with nine, including album of the year for 'Low Tide Letters', the Harmony Academy announced on Tuesday.",
  "Vale, 26, is followed by the rapper Kasimir Dune and the band The Paper Lanterns, with seven nominations each. It is the first time since 2014 that a solo female artist has led the field.",
  "'Low Tide Letters' has sold 2.7 million album-equivalent units in the United States since its release in May and spent 11 weeks at No. 1. Its single 'Harbour Lights' has been streamed 1.4 billion times.",
  "The ceremony will be held at the Crescent Bowl in Los Angeles on Sunday, February 23, beginning at 5 p.m. Pacific time, and will be streamed worldwide. Comedian Rosalind Ike will host for a second consecutive year.",
  "Voting members number about 13,000 this year, up from 11,500 last year, after the academy admitted 2,400 new members and removed 900 who had not voted in the past three ceremonies.",
  "The academy also announced that the number of categories would rise from 86 to 94, including new awards for video game soundtracks and regional folk music.",
  "Final-round voting runs from February 3 to February 13. The nominees' luncheon, a traditional pre-ceremony event, will take place on Monday, February 17, at the Palisade Hotel.",
  "Last year's album of the year went to 'Borrowed Skies' by the duo Marlow & Quinn, who are nominated again this year in two categories.",
  ]),
dig=dict(
  headline="ハーモニー賞:ジュノ・ヴェイルが最多9部門でノミネート",
  lead=["米音楽賞ハーモニー賞のノミネートが28日に発表され、シンガーソングライターのジュノ・ヴェイル(Juno Vale)がアルバム『ロー・タイド・レターズ』での年間最優秀アルバムを含む最多9部門で候補となった。"],
  hi=["ライバル:26歳のヴェイルに続くのは、ラッパーのカシミール・デューン(Kasimir Dune)とバンドのザ・ペーパー・ランタンズで、ともに7部門。女性ソロアーティストが最多ノミネートとなるのは2014年以来。",
      "ヒット作:『ロー・タイド・レターズ』は5月の発売以来、米国でアルバム換算270万ユニットを売り上げ、11週にわたり1位を獲得した。シングル「ハーバー・ライツ」の再生回数は14億回。",
      "部門の拡大:部門数は86から8増えて94となり、ゲーム音楽や地域のフォーク音楽の賞が新設される。"],
  ctx=["投票者:投票権を持つ会員は約1万3000人で、昨年の1万1500人から増えた。新たに2400人を迎え、過去3回投票しなかった1500人を除いた。",
      "授賞式:授賞式は2月23日(日)午後5時(日本時間24日午前10時)からロサンゼルスのクレセント・ボウルで開かれ、全世界に配信される。司会は2年連続でコメディアンのロザリンド・アイク(Rosalind Ike)が務める。"],
  close=["最終投票は2月3日から13日まで行われる。"],
  intro=["若手シンガーソングライターが賞レースの主役に躍り出た。以下、主な候補と授賞式の日程をまとめる。"],
  detail=[("ノミネート", [
      ("ヴェイル", ["9部門で候補となり、年間最優秀アルバムにも名を連ねた。"]),
      ("前年の受賞者", ["昨年の年間最優秀アルバムはデュオ、マーロウ&クインの『ボロウド・スカイズ』で、今年も2部門で候補となっている。"])]),
    ("日程", [
      ("候補者昼食会", ["恒例の昼食会は2月18日(月)にパリセード・ホテルで開かれる。"]),
      ("授賞式", ["2月23日(日)に開催され、ロザリンド・アイクが司会を務める。"])])],
  dclose=["ヴェイルが何部門を制するかが最大の焦点となる。"],
  points=[("ノミネート", [("ヴェイル", ["最多9部門で候補に。"]), ("前年の受賞者", ["マーロウ&クインが2部門で候補。"])]),
    ("日程", [("候補者昼食会", ["昼食会は2月に開催。"]), ("授賞式", ["2月23日(日)、全世界に配信。"])])],
  cite="Juno Vale leads Harmony Awards nominations with nine nods Backbeat Culture Daily 2025.01.28",
  url="https://www.backbeatculture.example/music/2025/01/28/harmony-awards-nominations-juno-vale"),
findings=[("mismatch", "error", "1500人", "removed 900 members → 1500人 (the 11,500 figure moved)"),
          ("mismatch", "error", "2月18日(月)", "Monday, February 17 → 18日 (date moved off its weekday)")]))
