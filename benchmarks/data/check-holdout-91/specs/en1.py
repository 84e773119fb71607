CASES = []

# ---------------------------------------------------------------- 1 clean, en, marathon
CASES.append(dict(
name="clean-lakeport-marathon",
src=dict(lang="en", outlet="Lakeport Evening Courier", domain="www.lakeportcourier.example",
  path="/sports/2024/04/15/lakeport-marathon-course-record", published="2024-04-15T21:40:00-04:00",
  author="Dana Whitcombe", title="Okafor smashes Lakeport Marathon course record in heat",
  body=[
  "Ruth Okafor broke the Lakeport Marathon course record on Monday, crossing the line in 2:19:48 to take 1 minute and 7 seconds off the mark set by Helena Vaskova in 2019. The 27-year-old pulled clear of the field after 20 miles and finished 94 seconds ahead of runner-up Mireille Dutronc.",
  "The race started at 8:30 a.m. under clear skies, but the temperature climbed from 61°F at the start to 77°F by the time the leaders reached the waterfront, forcing organizers to open four extra cooling stations along the 26.2-mile route.",
  "In the men's race, Tobias Lindqvist won in 2:08:31, the fourth victory of his career in Lakeport. He was 38 seconds ahead of Kwame Asante, with defending champion Arturo Belmonte third.",
  "Organizers said 31,200 runners started the race and 29,640 finished, a completion rate they called remarkable given the conditions. Medical staff treated 412 runners, 37 of whom were taken to hospital, none with life-threatening conditions.",
  "Okafor, who grew up 40 miles north of the city, said she had planned to run conservatively. \"When I saw the clock at halfway I thought, maybe today is the day,\" she said. She earns a $75,000 winner's prize plus a $25,000 bonus for the course record.",
  "The race, first held in 1972, is one of the oldest city marathons in the country. Its prize fund this year totals $850,000, up from $700,000 last year.",
  "The event will be shown in full on the Courier's streaming channel from 7 p.m. on Tuesday, with highlights repeated at 10 p.m.",
  "City officials estimate the marathon brings $46 million to local businesses each year. Next year's race is scheduled for April 21.",
  ]),
dig=dict(
  headline="レイクポート・マラソン:オカフォーが酷暑の中で大会記録",
  lead=["レイクポート・マラソンで、ルース・オカフォー(Ruth Okafor)が2時間19分48秒で優勝し、2019年にヘレナ・ヴァスコヴァ(Helena Vaskova)が記録した大会記録を1分7秒更新した。27歳のオカフォーは20マイル(約32キロ)過ぎに抜け出し、2位のミレイユ・デュトロン(Mireille Dutronc)に1分34秒差をつけた。"],
  hi=["気温の上昇:スタート時の華氏61度(摂氏約16度)から、先頭集団が水辺に達するころには華氏77度(摂氏25度)まで上がり、主催者は約42キロのコースに冷却所を4カ所追加した。",
      "男子:トビアス・リンドクヴィスト(Tobias Lindqvist)が2時間8分31秒で制し、レイクポートで通算4勝目を挙げた。2位のクワメ・アサンテ(Kwame Asante)とは38秒差だった。",
      "完走率:出走した3万1200人のうち2万9640人が完走し、完走率は95%に達した。"],
  ctx=["歴史ある大会:1972年に始まった同大会は、国内で最も古い都市マラソンの一つで、今年で50年以上の歴史を持つ。賞金総額は85万ドルで、昨年の70万ドルから15万ドル増えた。"],
  close=["オカフォーは優勝賞金7万5000ドルに大会記録のボーナス2万5000ドルを加え、計10万ドルを手にする。"],
  intro=["暑さが厳しくなる中でのレースとなったが、女子では大会記録が生まれた。以下、レースと大会運営をまとめる。"],
  detail=[("レースの結果", [
      ("女子", ["オカフォーは2時間19分48秒で、従来の記録を1分7秒縮めた。", "市の北40マイル(約64キロ)の町で育ったオカフォーは、「中間点で時計を見て、今日はいけるかもしれないと思った」と語った。"]),
      ("男子", ["リンドクヴィストが2時間8分31秒で優勝し、アサンテが38秒差の2位、前回王者アルトゥーロ・ベルモンテ(Arturo Belmonte)が3位だった。"])]),
    ("大会運営", [
      ("暑さと救護", ["スタートは午前8時30分(日本時間同日午後9時30分)。", "医療スタッフは412人を手当てし、うち37人が病院に搬送されたが、命に関わる状態の人はいなかった。"]),
      ("放送と経済効果", ["全編は16日(火)午後7時(日本時間17日午前8時)から同紙の配信チャンネルで放送され、午後10時から再放送される。", "市は大会による地元経済への効果を年4600万ドルと見積もる。来年の大会は4月21日に予定されている。"])])],
  dclose=["記録更新と高い完走率が重なり、主催者は暑さ対策の成果を強調している。"],
  points=[("レースの結果", [("女子", ["オカフォーが2時間19分48秒で大会記録を1分7秒更新。"]), ("男子", ["リンドクヴィストが2時間8分31秒で通算4勝目。"])]),
    ("大会運営", [("暑さと救護", ["気温は華氏61度から77度へ、412人が手当てを受け37人が搬送。"]), ("放送と経済効果", ["16日午後7時から配信、経済効果は年4600万ドル。"])])],
  cite="Okafor smashes Lakeport Marathon course record in heat Lakeport Evening Courier 2024.04.15",
  url="https://www.lakeportcourier.example/sports/2024/04/15/lakeport-marathon-course-record"),
findings=[]))

# ---------------------------------------------------------------- 2 err, en, box office
CASES.append(dict(
name="err-starfall-box-office",
src=dict(lang="en", outlet="Silver Screen Dispatch", domain="silverscreendispatch.example",
  path="/box-office/2024/07/08/starfall-harbor-opening-weekend", published="2024-07-08T06:15:00-07:00",
  author="Marcus Oyelaran", title="'Starfall Harbor' sails to $118 million global opening",
  body=[
  "The animated adventure 'Starfall Harbor' opened to $118 million worldwide over the weekend, the biggest debut of the year for an original film, according to studio estimates released on Sunday.",
  "The film, produced by Brightkeel Pictures on a budget of $160 million, took $64 million in North America from 4,105 theaters, an average of about $15,600 per location. International markets added $54 million, led by the United Kingdom with £6.2 million and Germany with €5.1 million.",
  "In Japan, where the film opened a week early, it has now earned ¥1.3 billion, making it the studio's best start in that market since 2016.",
  "Audiences gave the film an A grade in exit polls, and 58% of ticket buyers were families with children under 12. Analysts said strong word of mouth could carry it past $400 million globally.",
  "Last weekend's leader, the action sequel 'Ironvale 3', fell 61% in its second weekend to $21.5 million, dropping to second place. Its global total stands at $287 million.",
  "Director Ines Carrow, 41, said she had spent seven years developing the story, which follows a lighthouse keeper's daughter across a sea of floating islands. 'Starfall Harbor' is her second feature after the 2019 hit 'Paper Comets'.",
  "Overall, the domestic box office for the weekend came to $148 million, up 23% from the same weekend last year. Year to date, ticket sales are still 9.4% behind 2023.",
  "Brightkeel said the film would reach streaming no earlier than 90 days after its theatrical release.",
  ]),
dig=dict(
  headline="スターフォール・ハーバー:世界興収1億1800万ドルの好発進",
  lead=["アニメーション映画『スターフォール・ハーバー』が週末の世界興行収入で1億1800万ドルを記録し、オリジナル作品として今年最大のデビューとなった。製作はブライトキール・ピクチャーズ(Brightkeel Pictures)、製作費は1億6000万ドル。"],
  hi=["北米:4105館で6400万ドルを稼ぎ、1館あたり平均約1万5600ドルとなった。",
      "海外:海外市場は5400万ドルで、英国が620万ポンド、ドイツが510万ユーロと続いた。",
      "日本:1週間早く公開された日本では興収13億円に達し、同社として2018年以来の好スタートとなった。"],
  ctx=["家族層の支持:出口調査の評価はAで、観客の58%が12歳未満の子ども連れの家族だった。アナリストは世界興収が4億ドルを超える可能性があると見ている。"],
  close=["前週首位の『アイアンヴェイル3』は公開2週目で61%減の2150万ドルに落ち込み、2位に後退した。"],
  intro=["オリジナル作品として異例の好発進となった。以下、興行の内訳と背景をまとめる。"],
  detail=[("興行成績", [
      ("地域別の内訳", ["北米6400万ドルと海外5400万ドルを合わせ、世界で1億1800万ドル。", "北米は世界興収の5割強を占めた。"]),
      ("週末全体の市場", ["北米の週末興収全体は1億4800万ドルで、前年同期比23%増。", "年初からの累計は前年を9.4ポイント下回っている。"])]),
    ("作品と監督", [
      ("イネス・キャロウ監督", ["41歳のイネス・キャロウ(Ines Carrow)監督は、物語の構想に7年を費やしたと語った。", "2019年のヒット作『ペーパー・コメッツ』に続く長編2作目。", "キャロー監督は、浮島の海を渡る灯台守の娘を描いた。"]),
      ("配信", ["配信開始は劇場公開から早くても90日後となる。"])])],
  dclose=["口コミの広がり次第で、夏興行の主役となる可能性がある。"],
  points=[("興行成績", [("地域別の内訳", ["世界1億1800万ドル、北米6400万ドル、海外5400万ドル。"]), ("週末全体の市場", ["週末全体は1億4800万ドルで前年比23%増。"])]),
    ("作品と監督", [("イネス・キャロウ監督", ["構想7年、長編2作目。"]), ("配信", ["配信は公開から90日以降。"])])],
  cite="'Starfall Harbor' sails to $118 million global opening Silver Screen Dispatch 2024.07.08",
  url="https://silverscreendispatch.example/box-office/2024/07/08/starfall-harbor-opening-weekend"),
findings=[("mismatch", "error", "2018年以来", "since 2016 → 2018 (year changed)"),
          ("mismatch", "error", "9.4ポイント", "'9.4% behind' written as percentage points"),
          ("spelling", "warning", "キャロー監督", "second katakana spelling of Carrow")]))
