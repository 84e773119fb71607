CASES = []

CASES.append(dict(
slug="perth-swimming-finals", lang="en", outlet="Poolside Championship Wire", author="Harriet Doyle", section="Swimming",
url="https://www.poolsidewire.example/swimming/southern-cross-championships-night-four-finals",
title="Southern Cross Championships: Mercer smashes 1500m meet record on night four",
published="2024-12-14T23:10:00+08:00", time_display="Sat 14 Dec 2024 11.10pm AWST",
paras=[
"PERTH — Lachlan Mercer broke the oldest record on the books at the Southern Cross Swimming Championships on Saturday night, winning the men's 1500 metres freestyle in 14:38.27 and taking 2.19 seconds off the meet record set by Tom Ashdown in 2012.",
"Mercer, 21, led from the first turn and was more than a body length clear by the 800m mark, which he reached in 7:47.90. New Zealand's Oliver Haines was second in 14:45.03 and Mercer's training partner Sam Kilby third in 14:49.61.",
"&quot;I've been chasing that record since I was 15. To do it in front of a home crowd is pretty special,&quot; Mercer said.",
"The evening session began at 7 p.m. local time in front of a near-capacity crowd of 3,900 at the State Aquatic Centre. Results from night four:",
"<ul><li>Men's 1500m freestyle: 1. Lachlan Mercer 14:38.27; 2. Oliver Haines (NZL) 14:45.03; 3. Sam Kilby 14:49.61</li><li>Women's 200m butterfly: 1. Isla Brennan 2:05.84; 2. Mei Tanaka (JPN) 2:06.30; 3. Chloe Hartigan 2:07.12</li><li>Men's 100m backstroke: 1. Jordan Pike 53.18; 2. Ethan Lowe 53.41</li><li>Women's 4x100m medley relay: 1. Queensland 3:58.77; 2. New South Wales 3:59.40</li></ul>",
"Isla Brennan held off Japan's Mei Tanaka by 0.46 seconds in the 200m butterfly, her second title of the week after Tuesday's 100m butterfly.",
"In the 100m backstroke, Jordan Pike, the 6ft 7in, 220-pound former rower, won in 53.18, with Ethan Lowe 0.23 seconds behind. Pike took up swimming seriously only three years ago.",
"The championships double as the selection meet for next year's world championships. Swimmers who finish in the top two and beat the qualifying standard are guaranteed a place; Mercer, Haines and Brennan have already done so, while Pike missed the 53.00 standard.",
"Winners receive A$10,000 per event, with a A$5,000 bonus for a meet record. The meet concludes on Sunday with the 50m freestyle finals and the men's 4x100m medley relay.",
],
digest="""豪州水泳:マーサーが1500メートル自由形で大会新記録2024年12月15日 09:20

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 オーストラリア・パースで開かれているサザンクロス水泳選手権は14日(土)に第4夜の決勝を行い、男子1500メートル自由形でラクラン・マーサー(Lachlan Mercer)が14分38秒27で優勝した。2012年にトム・アシュダウン(Tom Ashdown)が出した大会記録を2秒19縮め、大会で最も古い記録を塗り替えた。

 主なハイライト

 独走の優勝:21歳のマーサーは最初のターンから先頭に立ち、800メートルを7分47秒90で通過した。2位のニュージーランドのオリバー・ヘインズ(Oliver Haines)は14分45秒03で、マーサーとの差は6秒76だった。

 女子200メートルバタフライ:アイラ・ブレナン(Isla Brennan)が2分5秒84で勝ち、日本の田中メイ(Mei Tanaka)に0秒46差をつけた。ブレナンは10日(火)の100メートルバタフライに続く今大会2冠目。

 文脈

 代表選考:大会は来年の世界選手権の代表選考会を兼ねる。2位以内で派遣標準記録を突破すれば代表に内定し、マーサー、ヘインズ、ブレナンはすでに条件を満たした。

 賞金:優勝者には1種目1万豪ドル、大会新記録には5000豪ドルのボーナスが出る。マーサーは計1万5000豪ドルを手にする。

 決勝は現地時間午後7時、日本時間午後8時に始まり、州立水泳センターには満員に近い3900人が詰めかけた。

【詳細】

 地元パースの声援を受けたマーサーの大会新記録が、第4夜のハイライトとなった。以下、各種目の結果と選手の声をまとめる。

 第4夜の結果

 1.男子1500メートル自由形

 ・1位 マーサー 14分38秒27(大会新)
 ・2位 ヘインズ(ニュージーランド)14分45秒03
 ・3位 サム・キルビー(Sam Kilby)14分49秒61

 2.女子200メートルバタフライ

 ・1位 ブレナン 2分5秒84、2位 田中(日本)2分6秒30、3位 クロエ・ハーティガン(Chloe Hartigan)2分7秒12。

 3.男子100メートル背泳ぎ

 ・ジョーダン・パイク(Jordan Pike)が53秒18で優勝し、イーサン・ロウ(Ethan Lowe)が0秒23差の2位。
 ・パイクは身長6フィート7インチ(約2メートル1センチ)、体重220ポンド(約100キロ)の元ボート選手で、本格的に水泳を始めたのは3年前。派遣標準記録の53秒00には0秒18届かなかった。

 4.女子4×100メートルメドレーリレー

 ・クイーンズランドが3分58秒77で、ニューサウスウェールズ(3分59秒40)を抑えた。

 選手の声

 1.マーサー

 ・「15歳の時からこの記録を追いかけてきた。地元の観客の前で達成できたのは特別だ」と語った。

 大会は15日(日)に50メートル自由形の決勝と男子4×100メートルメドレーリレーを行って閉幕する。

【要点】

 第4夜の結果

 1.男子1500メートル自由形

 ・マーサーが14分38秒27の大会新で優勝。

 2.女子200メートルバタフライ

 ・ブレナンが田中を0秒46差で破る。

 3.男子100メートル背泳ぎ

 ・パイクが53秒18で優勝も派遣標準に届かず。

 4.女子4×100メートルメドレーリレー

 ・クイーンズランドが優勝。

 選手の声

 1.マーサー

 ・「15歳の時から追いかけてきた記録」。

【引用・参照・底本】

Southern Cross Championships: Mercer smashes 1500m meet record on night four Poolside Championship Wire 2024.12.14

https://www.poolsidewire.example/swimming/southern-cross-championships-night-four-finals
""",
errs=[
("・1位 マーサー 14分38秒27(大会新)", "・1位 マーサー 14分38秒72(大会新)", "mismatch", "error", "14分38秒72"),
("マーサーとの差は6秒76だった", "マーサーとの差は6秒67だった", "mismatch", "error", "6秒67"),
("DROP", "【要点】", "structure", "warning", "【要点】"),
]))

CASES.append(dict(
slug="hurricane-delphine-louisiana", lang="en", outlet="Bayou State Weather Journal", author="Marcus Thibodeaux", section="Hurricanes",
url="https://www.bayoustateweather.example/hurricanes/2024/11/01/delphine-category-2-landfall-sunday",
title="Delphine strengthens to Category 2, landfall expected Sunday night as clocks fall back",
published="2024-11-01T17:00:00-05:00", time_display="Friday, Nov. 1, 2024, 5:00 p.m. CDT",
paras=[
"NEW ORLEANS — Hurricane Delphine strengthened to a Category 2 storm on Friday afternoon with maximum sustained winds of 105 mph, and forecasters said it was on track to make landfall on the central Louisiana coast around 9 p.m. Sunday.",
"Forecasters reminded residents that daylight saving time ends at 2 a.m. Sunday, so the expected landfall time is in Central Standard Time. &quot;Set your clocks back and have your plan ready before dark,&quot; the regional forecast office said.",
"The storm was centered about 340 miles south-southeast of Morgan City at 4 p.m., moving north-northwest at 9 mph. The Gulf water along its path is around 84 degrees Fahrenheit, warm enough to allow some further strengthening before landfall.",
"Forecasters expect 8 to 12 inches of rain across south-central Louisiana, with isolated totals up to 15 inches, and a storm surge of 6 to 9 feet above ground level between Cameron and Grand Isle.",
"Governor Claire Broussard declared a state of emergency on Thursday and ordered about 180,000 residents of low-lying coastal parishes to evacuate by noon Saturday. The state has activated 2,400 members of the National Guard and opened 46 shelters.",
"&quot;This is not the storm to ride out in a mobile home or a camp on the water,&quot; Broussard said at a briefing in Baton Rouge. &quot;If you are told to leave, leave.&quot;",
"The Federal Emergency Management Agency has pre-positioned 1.2 million liters of bottled water and 850,000 meals in staging areas in Alexandria and Shreveport, officials said.",
"Delphine would be the third hurricane to strike Louisiana this season, which runs until November 30. A landfall in November would be only the second on record for the state, after a storm in 1985.",
"Utilities warned that power outages could last several days. Pelican Power Cooperative says crews from seven states are on standby.",
],
digest="""ハリケーン「デルフィーン」:カテゴリー2に発達、3日夜にルイジアナ上陸へ2024年11月02日 10:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 メキシコ湾のハリケーン「デルフィーン」は1日(金)午後にカテゴリー2に発達し、最大風速は時速105マイル(約169キロ)に達した。米ルイジアナ州中部の沿岸に、3日(日)午後9時ごろ(米中部標準時)、日本時間4日(月)正午ごろに上陸する見通しだ。

 主なハイライト

 夏時間の終了:3日午前2時に夏時間が終わるため、上陸予想時刻は標準時で示されている。予報当局は「時計を戻し、暗くなる前に計画を準備してほしい」と呼びかけた。

 大雨と高潮:ルイジアナ州中南部では8〜12インチ(約20〜30センチ)、局地的には15インチ(約38センチ)の雨が予想される。キャメロンとグランドアイルの間では、地表から6〜9フィート(約1.8〜2.7メートル)の高潮のおそれがある。

 文脈

 避難命令:クレア・ブルサード(Claire Broussard)州知事は10月31日(木)に非常事態を宣言し、沿岸低地の住民約18万人に2日正午までの避難を命じた。州兵2400人を動員し、避難所46カ所を開設した。

 連邦の備え:米連邦緊急事態管理庁(FEMA)は、ボトル入りの水120万リットルと食料85万食をアレクサンドリアとシュリーブポートの拠点に事前に配置した。

 11月の上陸となれば、同州では1985年以来2例目となる。

【詳細】

 季節外れのハリケーンが勢力を強めながらルイジアナ州に近づいている。以下、嵐の現状と予想、当局の対応をまとめる。

 嵐の現状と予想

 1.位置と勢力

 ・1日午後4時(米中部夏時間)、中心はモーガンシティの南南東約340マイル(約550キロ)にあり、時速9マイル(約14キロ)で北北西に進んでいた。
 ・進路の海水温は華氏84度(摂氏約29度)前後で、上陸前にさらに発達する可能性がある。

 2.上陸の時刻

 ・上陸は3日午後9時ごろ(中部標準時)の見込み。日本時間では4日正午ごろとなる。

 当局の対応

 1.州の対応

 ・ブルサード知事はバトンルージュでの会見で「移動住宅や水辺の小屋で嵐をやり過ごそうとしてはいけない。避難を指示されたら、避難してほしい」と訴えた。

 2.停電への備え

 ・電力会社は停電が数日続くおそれがあると警告し、7州から応援の作業班が待機している。

 3.今季3つ目のハリケーン

 ・デルフィーンが上陸すれば、11月30日までの今シーズンで同州を襲う3つ目のハリケーンとなる。

 避難期限が迫るなか、当局は早めの行動を繰り返し呼びかけている。

【要点】

 嵐の現状と予想

 1.位置と勢力

 ・カテゴリー2、最大風速は時速約169キロ。

 2.上陸の時刻

 ・3日午後9時ごろ(中部標準時)、日本時間4日正午ごろに上陸の見込み。

 当局の対応

 1.州の対応

 ・約18万人に避難命令、州兵2400人を動員。

 2.停電への備え

 ・停電が数日続くおそれ。

 3.今季3つ目のハリケーン

 ・11月の上陸なら1985年以来。

【引用・参照・底本】

Delphine strengthens to Category 2, landfall expected Sunday night as clocks fall back Bayou State Weather Journal 2024.11.01

https://www.bayoustateweather.example/hurricanes/2024/11/01/delphine-category-2-landfall-sunday
""",
errs=[
("・3日午後9時ごろ(中部標準時)、日本時間4日正午ごろに上陸の見込み。", "・3日午後9時ごろ(中部標準時)、日本時間4日午前11時ごろに上陸の見込み。", "mismatch", "error", "4日午前11時"),
("沿岸低地の住民約18万人に", "沿岸低地の住民約1万8000人に", "mismatch", "error", "約1万8000人"),
("Bayou State Weather Journal 2024.11.01", "Bayou State Weather Journal 2024.11.02", "citation", "warning", "2024.11.02"),
]))
