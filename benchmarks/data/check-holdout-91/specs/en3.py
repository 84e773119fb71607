CASES = []

# ---------------------------------------------------------------- clean, en, club finances (fiscal year, quarters)
CASES.append(dict(
name="clean-rovers-club-finances",
src=dict(lang="en", outlet="Ledger and Ball Business", domain="www.ledgerandball.example",
  path="/football-finance/2024/11/20/westbury-rovers-record-revenue", published="2024-11-20T07:30:00+00:00",
  author="Nadine Okonjo", title="Westbury Rovers post record revenue of £412m as matchday income jumps",
  body=[
  "Westbury Rovers reported record revenue of £412 million for the fiscal year that ended on June 30, up 9% from £378 million a year earlier, as matchday income rose after the reopening of the redeveloped east stand.",
  "Matchday revenue climbed 27% to £96 million. The club played 31 home matches across all competitions, with an average attendance of 61,850, and the average ticket price rose from £48 to £52.",
  "Broadcasting income slipped 3% to £174 million, reflecting an early exit from European competition. Commercial revenue grew to £142 million, helped by a new kit deal worth £60 million a year.",
  "The wage bill rose to £247 million, equivalent to 60% of revenue, compared with 63% the previous year. The club returned to profit, with a pre-tax surplus of £18.3 million after a loss of £22.1 million.",
  "Net debt fell to £290 million from £335 million. The club said it had repaid £45 million of stadium loans during the year.",
  "In a separate update, the club said revenue for the first quarter of the current fiscal year, July to September, was £104 million, 6% ahead of the same period last year.",
  "Chief executive Marta Ilves said the club, founded in 1883, would keep ticket prices for under-18s frozen at £15 for a third consecutive season.",
  "Rovers are fourth in the league with 24 points from 12 matches, five points behind the leaders.",
  "Analysts said the results showed the club was moving away from its reliance on player sales, which contributed less than a tenth of income this year. Supporters' groups welcomed the frozen youth prices but criticised increases for adult season tickets.",
  ]),
dig=dict(
  headline="ウェストベリー・ローヴァーズ:売上高4億1200万ポンドで過去最高",
  lead=["サッカーのウェストベリー・ローヴァーズ(Westbury Rovers)の2024年6月期決算は、売上高が前期比9%増の4億1200万ポンドと過去最高になった。改修した東スタンドの再開で入場料収入が伸びた。"],
  hi=["入場料収入:27%増の9600万ポンド。公式戦31試合のホームゲームで平均観客は6万1850人、平均チケット価格は48ポンドから52ポンドに4ポンド上がった。",
      "放映権収入:欧州の大会で早期敗退した影響で3%減の1億7400万ポンド。",
      "商業収入:年6000万ポンドの新たなユニホーム契約に支えられ、1億4200万ポンドに増えた。"],
  ctx=["人件費:人件費は2億4700万ポンドで売上高の60%と、前期の63%から3ポイント下がった。税引き前損益は2210万ポンドの赤字から1830万ポンドの黒字に転じた。",
      "負債:純負債は3億3500万ポンドから4500万ポンド減って2億9000万ポンドとなった。"],
  close=["今期の第1四半期にあたる7〜9月期の売上高は1億400万ポンドで、前年同期を6%上回った。"],
  intro=["スタジアム改修の効果が表れ、黒字転換を果たした。以下、決算の内訳と今後をまとめる。"],
  detail=[("決算の内訳", [
      ("売上高", ["前期の3億7800万ポンドから3400万ポンド増えた。", "内訳は入場料9600万ポンド、放映権1億7400万ポンド、商業1億4200万ポンド。"]),
      ("利益と負債", ["税引き前利益は1830万ポンド。", "スタジアムの借入金4500万ポンドを返済した。"])]),
    ("クラブの方針", [
      ("チケット価格", ["1883年創設のクラブのマルタ・イルヴェス(Marta Ilves)最高経営責任者は、18歳未満のチケット価格を3シーズン連続で15ポンドに据え置くと述べた。"]),
      ("リーグ戦", ["ローヴァーズは12試合で勝ち点24の4位につけ、首位と5差。"])])],
  dclose=["財務の改善を、ピッチ上の成績につなげられるかが次の焦点となる。"],
  points=[("決算の内訳", [("売上高", ["6月期の売上高は9%増の4億1200万ポンド。"]), ("利益と負債", ["1830万ポンドの黒字に転換、純負債は2億9000万ポンド。"])]),
    ("クラブの方針", [("チケット価格", ["18歳未満は15ポンドに据え置き。"]), ("リーグ戦", ["12試合で勝ち点24の4位。"])])],
  cite="Westbury Rovers post record revenue of £412m as matchday income jumps Ledger and Ball Business 2024.11.20",
  url="https://www.ledgerandball.example/football-finance/2024/11/20/westbury-rovers-record-revenue"),
findings=[]))

# ---------------------------------------------------------------- err, en, streaming series / quarters
CASES.append(dict(
name="err-streaming-drama-viewers",
src=dict(lang="en", outlet="Signal and Frame Trade", domain="signalandframe.example",
  path="/streaming/2024/10/24/tideline-quarterly-results-hollow-crown-season-two", published="2024-10-24T16:45:00-04:00",
  author="Corinne Baptiste", title="Tideline adds 6.8 million subscribers as 'Hollow Crown' returns",
  body=[
  "Streaming service Tideline added 6.8 million paid subscribers in the third quarter, beating analysts' forecasts of 4.5 million, as the second season of its fantasy drama 'Hollow Crown' became its most watched release ever.",
  "The company now has 212 million subscribers worldwide. Revenue rose 14% to $8.9 billion, and operating margin widened to 28.6% from 22.4%, an increase of 6.2 percentage points.",
  "'Hollow Crown' season two logged 94 million views in its first 91 days, ahead of the 71 million recorded by the first season over the same period. Each view is counted as total hours watched divided by the running time.",
  "The season cost about $30 million an episode across eight episodes, according to people familiar with the production, making it one of the most expensive television series ever made.",
  "Tideline said it expects to add fewer subscribers in the fourth quarter and forecast revenue of $9.2 billion. Shares rose 11% in after-hours trading on Thursday.",
  "Asia-Pacific was the fastest-growing region, with 2.3 million new subscribers, led by Japan and South Korea. The company launched a cheaper ad-supported plan in Japan in July at ¥790 a month.",
  "Co-chief executive Adaeze Morrow, 51, said the company would spend $17 billion on content this year and about the same next year. Live sport will make up a larger share, she said, including a 10-year rights deal for a women's football league signed in August.",
  "The third and final season of 'Hollow Crown' is due to begin filming in Northern Ireland in March and will be released in 2026.",
  ]),
dig=dict(
  headline="タイドライン:7〜9月期に有料会員680万人増",
  lead=["動画配信大手タイドライン(Tideline)の7〜9月期(第3四半期)決算で、有料会員が680万人増え、アナリスト予想の450万人を上回った。ファンタジードラマ『ホロウ・クラウン』のシーズン2が同社史上最も視聴された作品となった。"],
  hi=["会員数:世界の会員数は2億1200万人に達した。",
      "業績:売上高は14%増の89億ドル。営業利益率は22.4%から28.6%へ6.2%上昇した。",
      "視聴回数:シーズン2は配信開始から91日間で9400万回視聴され、同期間のシーズン1(7100万回)を約3割上回った。"],
  ctx=["巨額の製作費:関係者によると、シーズン2の製作費は全8話で1話あたり約3000万ドル、計約2億4000万ドルに上る。",
      "アジア太平洋:最も伸びた地域はアジア太平洋で、日本と韓国を中心に230万人増えた。日本では7月に月額790円の広告付き低価格プランを導入した。"],
  close=["同社は10〜12月期の会員増は鈍化すると見込み、売上高を92億ドルと予想した。23日の時間外取引で株価は11%上昇した。"],
  intro=["看板ドラマの新シーズンが会員獲得をけん引した。以下、決算の内容と今後の戦略をまとめる。"],
  detail=[("決算", [
      ("会員と売上", ["680万人の純増で会員数は2億1200万人。", "売上高は89億ドル。"]),
      ("見通し", ["10〜12月期の売上高予想は92億ドル。"])]),
    ("コンテンツ戦略", [
      ("投資", ["51歳のアダエゼ・モロー(Adaeze Morrow)共同最高経営責任者は、今年のコンテンツ投資は170億ドルで、来年も同程度になると述べた。", "8月には女子サッカーリーグの放映権を10年契約で獲得した。"]),
      ("最終シーズン", ["シーズン3は3月に北アイルランドで撮影を始め、2026年に配信される。"])])],
  dclose=["スポーツ中継の拡充が、成長の次の柱となるかが注目される。"],
  points=[("決算", [("会員と売上", ["7〜9月期に680万人増、売上高89億ドル。"]), ("見通し", ["10〜12月期は会員増が鈍化する見込み。"])]),
    ("コンテンツ戦略", [("投資", ["モロウ氏は年170億ドルをコンテンツに投資すると表明。"]), ("最終シーズン", ["シーズン3は2026年配信。"])])],
  cite="Tideline adds 6.8 million subscribers as 'Hollow Crown' returns Signal and Frame Trade 2024.10.24",
  url="https://signalandframe.example/streaming/2024/10/24/tideline-quarterly-results-hollow-crown-season-two"),
findings=[("mismatch", "error", "6.2%上昇", "6.2 percentage points written as percent"),
          ("mismatch", "error", "23日", "after-hours trading on Thursday (24 October, the article's date) → 23日 (date moved)"),
          ("spelling", "warning", "モロウ", "second katakana spelling of Morrow (first モロー)")]))

# ---------------------------------------------------------------- clean, en, motor race
CASES.append(dict(
name="clean-grand-prix-desert",
src=dict(lang="en", outlet="Apex Line Motorsport", domain="www.apexlinemotorsport.example",
  path="/racing/2024/11/03/sandhaven-grand-prix-report-ortega", published="2024-11-03T22:10:00+04:00",
  author="Kieran Walsh", title="Ortega wins Sandhaven Grand Prix by 4.2 seconds as title race tightens",
  body=[
  "Valentina Ortega won the Sandhaven Grand Prix on Sunday, finishing 4.2 seconds ahead of championship leader Felix Brandt after 57 laps of the 5.41-kilometre desert circuit.",
  "Ortega, 25, completed the race in 1:31:47.315, with the fastest lap of 1:34.902 coming on lap 49. It was her fourth win of the season and the ninth of her career.",
  "Brandt's lead in the drivers' standings has been cut to 19 points, 388 to 369, with three races remaining and a maximum of 86 points still available. Third-placed Arjun Mehta, on 301, is now mathematically out of contention.",
  "The race started at 5 p.m. local time, after sunset, with an air temperature of 29°C and a track temperature of 36°C. Teams had expected temperatures above 40°C in the afternoon practice sessions.",
  "A record 162,000 spectators attended across the three days, up from 141,000 last year. General admission tickets cost 450 dirhams for the weekend.",
  "Brandt, 31, started from pole but lost the lead on the first lap when Ortega passed him on the outside of turn 4. He later said his car had suffered from graining on the rear tyres.",
  "The circuit, which opened in 2009, has been extended by 340 metres for this year's race, adding a high-speed section along the marina.",
  "The next round is in Kestrel Bay on November 17, with the race scheduled to start at 2 p.m. local time, or 1 p.m. in Sandhaven.",
  "Organisers said they were pleased with the new evening format and would consider moving next year's qualifying session later into the evening as well, to give spectators a cooler day at the circuit.",
  ]),
dig=dict(
  headline="サンドヘイブン・グランプリ:オルテガが優勝、王座争いは19点差に",
  lead=["自動車レースのサンドヘイブン・グランプリが3日に行われ、25歳のバレンティナ・オルテガ(Valentina Ortega)が1周5.41キロの砂漠のサーキット57周を走り、ランキング首位のフェリックス・ブラント(Felix Brandt)に4.2秒差で優勝した。"],
  hi=["タイム:優勝タイムは1時間31分47秒315、ファステストラップは49周目の1分34秒902。今季4勝目、通算9勝目となった。",
      "王座争い:ブラントとの差は388点対369点の19点に縮まった。残りは3戦で、獲得可能な最大ポイントは86点。3位のアルジュン・メータ(Arjun Mehta、301点)は数字の上で王座の可能性が消えた。",
      "観客:3日間で過去最多の16万2000人が訪れ、昨年の14万1000人から約15%増えた。週末通し券は450ディルハムだった。"],
  ctx=["夜のレース:スタートは日没後の現地時間午後5時(日本時間同日午後10時)。気温29度、路面温度36度で、午後の練習走行で予想された40度超を下回った。",
      "コース:2009年開業のサーキットは今年340メートル延長され、マリーナ沿いに高速区間が加わった。"],
  close=["次戦は17日にケストレル・ベイで行われる。"],
  intro=["オルテガが1周目の追い抜きから逃げ切り、王座争いを面白くした。以下、レース展開とランキングをまとめる。"],
  detail=[("レース展開", [
      ("1周目の攻防", ["ポールポジションからスタートした31歳のブラントは、1周目の4コーナーで外側からオルテガに抜かれた。", "ブラントは後輪タイヤのグレイニングに苦しんだと話した。"]),
      ("総距離", ["57周の総距離は約308キロ。"])]),
    ("今後", [
      ("次戦", ["次戦ケストレル・ベイは17日の現地時間午後2時スタートで、サンドヘイブンの午後1時にあたる。"])])],
  dclose=["残り3戦、王座の行方はオルテガとブラントの2人に絞られた。"],
  points=[("レース展開", [("1周目の攻防", ["オルテガが1周目に首位を奪い、4.2秒差で優勝。"]), ("総距離", ["5.41キロを57周。"])]),
    ("今後", [("次戦", ["17日にケストレル・ベイ。"])])],
  cite="Ortega wins Sandhaven Grand Prix by 4.2 seconds as title race tightens Apex Line Motorsport 2024.11.03",
  url="https://www.apexlinemotorsport.example/racing/2024/11/03/sandhaven-grand-prix-report-ortega"),
findings=[]))

# ---------------------------------------------------------------- err, en, swimming
CASES.append(dict(
name="err-swim-trials-record",
src=dict(lang="en", outlet="Southern Cross Aquatic News", domain="www.southerncrossaquatic.example",
  path="/swimming/2024/06/12/trials-night-four-hollis-world-record", published="2024-06-12T22:40:00+10:00",
  author="Bronwyn Keats", title="Hollis breaks 400m freestyle world record at national trials",
  body=[
  "Sienna Hollis broke the women's 400-metre freestyle world record at the national trials in Port Waratah on Wednesday night, touching in 3:54.87 to take 0.31 seconds off the mark she set herself two years ago.",
  "The 21-year-old was under world-record pace from the 150-metre mark and split 1:56.02 at halfway. Olympic silver medallist Georgia Pell, 27, was second in 4:00.15, more than five seconds behind.",
  "In the men's 100-metre backstroke, 17-year-old Liam Okonkwo won in 52.48, a national age record, to secure his place on the Olympic team. He beat veteran Tom Cassidy, 30, by 0.09 seconds.",
  "A crowd of 9,100 filled the Waratah Aquatic Centre, the largest for a trials session since 2008. Tickets for the final session on Saturday, priced from A$35 to A$120, have sold out.",
  "Swimming officials confirmed that 28 swimmers have so far qualified for the Olympic team, which is expected to number about 40 by the end of the week.",
  "Hollis' coach, Dean Marchbank, said she had been training at altitude for six weeks and had cut her sugar intake. \"I told her to swim the first 200 like it was a heat,\" he said.",
  "The women's 200-metre freestyle heats begin on Thursday at 10 a.m. local time, with the final at 8.02 p.m. The session is broadcast live in 34 countries.",
  "The national federation said its high-performance budget for the four-year cycle was A$52 million, up A$8 million on the previous cycle.",
  "Team selectors will meet on Sunday to confirm the relay squads, which are chosen partly on results from the trials and partly on times recorded at international meets earlier in the season.",
  ]),
dig=dict(
  headline="ホリス:400メートル自由形で世界新記録",
  lead=["競泳の代表選考会が12日、ポート・ワラタで行われ、女子400メートル自由形でシエナ・ホリス(Sienna Hollis)が3分54秒87の世界新記録を樹立した。2年前に自身が出した記録を0秒31更新した。"],
  hi=["独走:21歳のホリスは150メートル地点から世界記録ペースを上回り、折り返しは1分56秒02。五輪銀メダリストのジョージア・ペル(Georgia Pell、27歳)が4分0秒15で2位に入り、差は5秒28だった。",
      "男子背泳ぎ:17歳のリアム・オコンクォ(Liam Okonkwo)が100メートル背泳ぎを52秒48の年齢別国内記録で制し、五輪代表入りを決めた。30歳のトム・キャシディ(Tom Cassidy)に0秒09差だった。",
      "観客:会場には2008年以来最多の9100人が詰めかけた。最終日15日(土)のチケット(35〜120豪ドル)は完売した。"],
  ctx=["代表選考:これまでに28人が五輪代表に決まり、週末までに約40人になる見込みだ。",
      "強化予算:4年間の強化予算は5200万豪ドルで、前回の周期から800万豪ドル増えた。"],
  close=["ホリスは6週間の高地トレーニングを積み、砂糖の摂取も減らしていた。"],
  intro=["地元の選考会で、ホリスが自らの世界記録を塗り替えた。以下、各種目の結果と今後の日程をまとめる。"],
  detail=[("12日の結果", [
      ("女子400メートル自由形", ["ホリスが3分54秒87の世界新。", "ディーン・マーチバンク(Dean Marchbank)コーチは「最初の200メートルは予選のつもりで泳げと言った」と明かした。"]),
      ("男子100メートル背泳ぎ", ["オコンクォが52秒48で優勝した。"])]),
    ("今後の日程", [
      ("女子200メートル自由形", ["予選は13日(木)午前10時に始まり、決勝は午後8時2分(日本時間同日午後6時2分)。", "レースは43カ国で生中継される。"])])],
  dclose=["ホリスはパリ五輪でも活躍が期待される。"],
  points=[("12日の結果", [("女子400メートル自由形", ["3分54秒87の世界新記録。"]), ("男子100メートル背泳ぎ", ["17歳オコンクォが代表入り。"])]),
    ("今後の日程", [("女子200メートル自由形", ["13日に予選と決勝。"])])],
  cite="Hollis breaks 400m freestyle world record at national trials Southern Cross Aquatic News 2024.06.12",
  url="https://www.southerncrossaquatic.example/swimming/2024/06/12/trials-night-four-hollis-world-record"),
findings=[("mismatch", "error", "43カ国", "broadcast in 34 countries → 43カ国 (digits swapped)"),
          ("name", "warning", "パリ五輪", "invented specific: the source never names the Olympic host city"),
          ("mismatch", "error", "日本時間同日午後6時2分", "wrong conversion: 8.02 p.m. AEST (UTC+10) is 19:02 JST, not 18:02")]))
