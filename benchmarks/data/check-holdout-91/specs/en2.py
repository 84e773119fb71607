CASES = []

# ---------------------------------------------------------------- clean, en, basketball finals
CASES.append(dict(
name="clean-harborview-finals",
src=dict(lang="en", outlet="Pacific Rim Sports Wire", domain="www.pacificrimsportswire.example",
  path="/basketball/2024/06/14/harborview-gulls-win-championship-game-6", published="2024-06-14T23:50:00-07:00",
  author="Tessa Monroe", title="Gulls close out Comets in Game 6 to win first championship in 31 years",
  body=[
  "The Harborview Gulls won the national basketball championship on Friday night, beating the Granite City Comets 108-99 in Game 6 to take the best-of-seven series 4-2. It is the franchise's first title since 1993.",
  "Point guard Desmond Achebe, 26, scored 37 points with 11 assists and was named finals MVP after averaging 31.5 points across the six games. Forward Luka Marinović added 22 points and 14 rebounds.",
  "The Comets led by 12 points early in the third quarter before the Gulls answered with an 18-2 run. Harborview made 15 of 34 three-point attempts, while the Comets went 9 for 31.",
  "A sellout crowd of 19,412 packed Bayfront Arena, where the cheapest seats on the resale market were going for $1,150 on Friday afternoon, more than four times the $260 face value of an upper-level ticket.",
  "Game 6 tipped off at 6 p.m. Pacific time. Nationally, the broadcast drew an average of 14.2 million viewers, up 18% from the deciding game last year.",
  "Coach Renata Solberg, 44, became the second woman to coach a team to the title. She was hired in May 2022, after the Gulls had finished with 24 wins and 58 losses. This season they went 57-25 and finished first in the Western Division.",
  "The players will share a playoff pool of $25 million, of which the champions receive about $6.4 million. The city has scheduled a victory parade for Monday at 11 a.m., starting at the ferry terminal and ending at City Hall, a route of 1.8 miles.",
  "Achebe, who signed a five-year contract extension worth $245 million last summer, said he had never doubted the team. \"We were 24 and 58 two years ago. Nobody outside this building believed,\" he said.",
  ]),
dig=dict(
  headline="ハーバービュー・ガルズ:31年ぶりの王座",
  lead=["バスケットボールの優勝決定シリーズ第6戦が14日に行われ、ハーバービュー・ガルズ(Harborview Gulls)がグラナイトシティ・コメッツ(Granite City Comets)を108対99で破り、4戦先勝のシリーズを4勝2敗で制した。1993年以来31年ぶりの優勝となった。"],
  hi=["MVP:26歳のポイントガード、デズモンド・アチェベ(Desmond Achebe)が37得点11アシストを挙げ、シリーズ6試合で平均31.5得点を記録してファイナルMVPに選ばれた。",
      "逆転劇:第3クォーター序盤に12点を追う展開から18対2のランで逆転した。ガルズの3点シュートは34本中15本成功(成功率約44%)、コメッツは31本中9本にとどまった。",
      "視聴者:全国中継の平均視聴者数は1420万人で、昨年の優勝決定試合から18%増えた。"],
  ctx=["チケット高騰:ベイフロント・アリーナには満員の1万9412人が詰めかけた。転売市場の最安席は1150ドルで、上層階の定価260ドルの4倍を超えた。",
      "監督:44歳のレナータ・ソルベルグ(Renata Solberg)監督は女性として2人目の優勝監督となった。就任は2022年5月で、就任前の24勝58敗から今季は57勝25敗と33勝上積みし、西地区1位となった。"],
  close=["選手には総額2500万ドルのプレーオフ賞金が分配され、優勝チームの取り分は約640万ドル(全体の約4分の1)となる。"],
  intro=["2年前の低迷から頂点まで駆け上がった。以下、試合とチームの歩みをまとめる。"],
  detail=[("第6戦", [
      ("試合内容", ["試合は太平洋時間午後6時(日本時間15日午前10時)に始まった。", "フォワードのルカ・マリノビッチ(Luka Marinović)が22得点14リバウンドで支えた。"]),
      ("観客と視聴者", ["観客は1万9412人、全国の平均視聴者数は1420万人だった。"])]),
    ("優勝の後", [
      ("パレード", ["優勝パレードは17日(月)午前11時から、フェリーターミナルから市庁舎までの1.8マイル(約2.9キロ)で行われる。"]),
      ("アチェベの言葉", ["昨夏に5年総額2億4500万ドルの契約延長を結んだアチェベは「2年前は24勝58敗だった。この建物の外では誰も信じていなかった」と語った。"])])],
  dclose=["ガルズはソルベルグ監督のもとで、長い空白に終止符を打った。"],
  points=[("第6戦", [("試合内容", ["108対99で勝利し、4勝2敗で31年ぶり優勝。"]), ("観客と視聴者", ["平均視聴者数1420万人、前年比18%増。"])]),
    ("優勝の後", [("パレード", ["17日(月)午前11時から1.8マイルのパレード。"]), ("アチェベの言葉", ["「外では誰も信じていなかった」。"])])],
  cite="Gulls close out Comets in Game 6 to win first championship in 31 years Pacific Rim Sports Wire 2024.06.14",
  url="https://www.pacificrimsportswire.example/basketball/2024/06/14/harborview-gulls-win-championship-game-6"),
findings=[]))

# ---------------------------------------------------------------- err, en, golf
CASES.append(dict(
name="err-pinecrest-open-golf",
src=dict(lang="en", outlet="Fairway and Green Weekly", domain="fairwaygreenweekly.example",
  path="/tour/2024/08/25/pinecrest-open-final-round-nakamura", published="2024-08-25T20:30:00-05:00",
  author="Graham Ellery", title="Nakamura holds off Delacroix by two shots to win Pinecrest Open",
  body=[
  "Kenji Nakamura closed with a 4-under 68 on Sunday to win the Pinecrest Open by two strokes over Pierre Delacroix, finishing at 17-under 271 for his third tour title and his first in the United States.",
  "The 29-year-old began the final round one shot behind Delacroix, the 54-hole leader, and took control with birdies on the 13th, 14th and 16th holes. Delacroix, 35, bogeyed the 17th after driving into a fairway bunker.",
  "Nakamura collects $1.62 million from a purse of $9 million, which was raised by $1.5 million this year. Delacroix earns $981,000 for second place.",
  "The course at Pinecrest, laid out across 210 acres of rolling farmland in 1926, played to 7,412 yards. The par-5 12th, at 611 yards, was the longest hole and yielded only 31 birdies all week.",
  "Temperatures reached 94°F on Sunday afternoon, and tournament officials allowed players to wear shorts for the first time in the event's history.",
  "Organizers said 142,000 spectators attended over the four days, the largest crowd since the event moved to Pinecrest in 2011. Daily tickets cost $85, and children 15 and under were admitted free.",
  "Amateur Lily Chaudhry, 19, finished tied for 24th, the best finish by an amateur at the event in 20 years.",
  "Nakamura moves from 41st to 18th in the world ranking. He will next play the season-ending championship, which begins on Thursday, Sept. 5.",
  "Play was suspended for 50 minutes on Saturday afternoon because of lightning in the area, but all groups completed their third rounds before dark.",
  ]),
dig=dict(
  headline="パインクレスト・オープン:ナカムラが2打差で米ツアー初優勝",
  lead=["ゴルフのパインクレスト・オープン最終日が25日に行われ、ケンジ・ナカムラ(Kenji Nakamura)が68(4アンダー)で回り、通算17アンダーの271で優勝した。2位のピエール・ドラクロワ(Pierre Delacroix)に2打差をつけ、ツアー通算3勝目、米国では初勝利となった。"],
  hi=["逆転:29歳のナカムラは首位のドラクロワに1打差の2位で最終日を迎え、13、14、16番でバーディーを奪って抜け出した。35歳のドラクロワは17番でフェアウェーバンカーにつかまりボギーをたたいた。",
      "賞金:賞金総額は900万ドルで、今年は150万ドル増額された。ナカムラの優勝賞金は162万ドル、2位のドラクロワは98万1000ドル。",
      "世界ランキング:ナカムラは41位から14位に浮上する。"],
  ctx=["コース:1926年に210エーカー(約85ヘクタール)の農地に造られたコースは7412ヤード。最長の12番パー5(611ヤード)では4日間で31個しかバーディーが出なかった。",
      "暑さ:最終日の午後は気温が華氏94度(摂氏約34度)に達し、大会史上初めて選手の半ズボン着用が認められた。"],
  close=["観客は4日間で14万2000人と、2011年にパインクレストに会場を移して以来最多。入場券は1日85ドルで、15歳以下は無料だった。"],
  intro=["ナカムラが最終日に逆転し、米国で初めての勝利を手にした。以下、最終日の展開と大会の概況をまとめる。"],
  detail=[("最終日", [
      ("優勝争い", ["ナカムラは68で回り、通算271で2打差の優勝。", "ドラクロワは17番のボギーが響いた。"]),
      ("アマチュア", ["19歳のアマチュア、リリー・チョードリー(Lily Chaudhry)が24位タイに入り、同大会のアマチュアとして30年ぶりの好成績となった。"])]),
    ("次戦", [
      ("最終戦", ["ナカムラは9月6日(木)に始まる今季最終戦に出場する。"])])],
  dclose=["米国での初勝利を弾みに、ナカムラは最終戦でも上位を狙う。"],
  points=[("最終日", [("優勝争い", ["通算17アンダーで2打差の優勝、優勝賞金162万ドル。"]), ("アマチュア", ["チョードリーが24位タイ。"])]),
    ("次戦", [("最終戦", ["今季最終戦に出場へ。"])])],
  cite="Nakamura holds off Delacroix by two shots to win Pinecrest Open Fairway and Green Weekly 2024.08.25",
  url="https://fairwaygreenweekly.example/tour/2024/08/25/pinecrest-open-final-round-nakamura"),
findings=[("mismatch", "error", "14位", "world ranking 18th → 14位"),
          ("mismatch", "error", "30年ぶり", "best amateur finish in 20 years → 30年ぶり"),
          ("mismatch", "error", "9月6日(木)", "Thursday, Sept. 5 → 9月6日 (date moved off its weekday)")]))

# ---------------------------------------------------------------- clean, en, film awards
CASES.append(dict(
name="clean-meridian-film-awards",
src=dict(lang="en", outlet="The Arden Review of Screen", domain="www.ardenreview.example",
  path="/awards/2025/02/24/meridian-film-awards-winners-lantern-road", published="2025-02-24T08:05:00+00:00",
  author="Philippa Crane", title="'Lantern Road' sweeps Meridian Film Awards with six prizes",
  body=[
  "The period drama 'Lantern Road' won six prizes at the Meridian Film Awards in London on Sunday night, including best film and best director for Oona Breslin, making it the most decorated film at the ceremony since 2011.",
  "Breslin, 38, is only the third woman to win the directing prize in the awards' 77-year history. 'Lantern Road', which cost £14 million to make, tells the story of a lamplighter's family in a mining town in the 1890s.",
  "The film has taken £31.6 million at the UK box office and $88 million in North America since its release in October. In Japan, where it opened on January 17, it has earned ¥950 million.",
  "Best actor went to Callum Reddy, 52, for his role as a disgraced judge in 'The Quiet Bench', his first win in five nominations. Best actress went to 24-year-old Amara Okoye for 'Salt and Silver'.",
  "The ceremony began at 7 p.m. GMT at the Royal Athenaeum and was broadcast live. An average of 4.3 million viewers watched, down from 4.8 million last year, although streaming views rose by a third.",
  "Voting closed on Tuesday, February 11, with 7,850 of the academy's 8,900 members casting ballots, a record turnout.",
  "The Meridian Awards are widely watched as an indicator for the international awards season. Nominations for next year's ceremony will be announced on January 15, 2026, and the ceremony itself is set for Sunday, February 22, 2026.",
  "Breslin dedicated her award to her late mother, a schoolteacher. \"She showed me that stories about ordinary lives could light up a room,\" she said.",
  ]),
dig=dict(
  headline="メリディアン映画賞:『ランタン・ロード』が6冠",
  lead=["ロンドンで23日夜に開かれたメリディアン映画賞の授賞式で、時代劇『ランタン・ロード』が作品賞と監督賞を含む6部門を制した。1つの作品がこれほど多くの賞を得たのは2011年以来となる。"],
  hi=["監督賞:38歳のウーナ・ブレスリン(Oona Breslin)監督は、77年の歴史で3人目の女性受賞者となった。",
      "興行:製作費1400万ポンドの同作は、英国で3160万ポンド、北米で8800万ドルを稼いだ。1月17日に公開された日本でも興収9億5000万円に達している。",
      "俳優賞:主演男優賞は『静かな法廷』のカラム・レディ(Callum Reddy、52歳)が5度目のノミネートで初受賞。主演女優賞は『塩と銀』の24歳のアマラ・オコエ(Amara Okoye)が獲得した。"],
  ctx=["視聴者:授賞式はグリニッジ標準時午後7時(日本時間24日午前4時)から生中継され、平均視聴者数は430万人と、昨年の480万人から50万人減った。一方、配信での視聴は3分の1増えた。",
      "投票:投票は2月11日(火)に締め切られ、会員8900人のうち過去最多の7850人、約9割が投票した。"],
  close=["同賞は国際的な賞レースの行方を占う指標として注目されている。"],
  intro=["1890年代の炭鉱町を描いた作品が賞を独占した。以下、受賞結果と授賞式の概況をまとめる。"],
  detail=[("受賞結果", [
      ("『ランタン・ロード』", ["作品賞、監督賞など6部門を受賞した。", "ブレスリン監督は亡き母に賞をささげ、「普通の人々の物語が部屋を明るくできることを母が教えてくれた」と語った。"]),
      ("俳優賞", ["レディは失脚した判事を演じた。"])]),
    ("来年の予定", [
      ("ノミネートと授賞式", ["来年のノミネートは2026年1月15日に発表され、授賞式は2026年2月22日(日)に開かれる。"])])],
  dclose=["『ランタン・ロード』は国際的な賞レースでも有力候補となりそうだ。"],
  points=[("受賞結果", [("『ランタン・ロード』", ["6部門を受賞、2011年以来の最多。"]), ("俳優賞", ["レディとオコエが主演賞。"])]),
    ("来年の予定", [("ノミネートと授賞式", ["授賞式は2026年2月22日(日)。"])])],
  cite="'Lantern Road' sweeps Meridian Film Awards with six prizes The Arden Review of Screen 2025.02.24",
  url="https://www.ardenreview.example/awards/2025/02/24/meridian-film-awards-winners-lantern-road"),
findings=[]))

# ---------------------------------------------------------------- err, en, rugby league table
CASES.append(dict(
name="err-rugby-premiership-table",
src=dict(lang="en", outlet="Northern Touchline Gazette", domain="www.northerntouchline.example",
  path="/rugby/2024/04/28/ashford-vale-clinch-top-spot", published="2024-04-28T19:25:00+01:00",
  author="Rhys Tranmere", title="Ashford Vale clinch top spot with bonus-point win over Kelso Rovers",
  body=[
  "Ashford Vale secured first place in the Premiership table with a round to spare on Saturday, beating Kelso Rovers 38-17 at the Millbrook Ground and scoring five tries to collect a bonus point.",
  "Vale now have 81 points from 21 matches, with 17 wins, one draw and three defeats. Second-placed Bramley Saints, who lost 22-19 at Crossgate, are on 73 points and can no longer catch them.",
  "Winger Josiah Mbeki, 22, scored two of Vale's tries to take his season tally to 16, one short of the league record of 17 set by Harry Colquhoun in 2008. Fly-half Owen Prys kicked 13 points.",
  "The crowd of 14,260 was the largest at the Millbrook Ground since it was expanded in 2019. Ticket prices for the match ranged from £28 to £55, with under-16s admitted for £5.",
  "The semi-finals will be played on the weekend of May 11 and 12. Vale will host the fourth-placed side, currently Dunmore Park on 64 points, on Saturday May 11 with kick-off at 3 p.m.",
  "At the other end of the table, Portlane were relegated after a 41-10 defeat at Hexley, their 18th loss of the season. They have won only twice and are 23 points from safety.",
  "Vale's director of rugby, Siobhan Kerrigan, 46, said the result was the product of three years of work. She took charge in 2021, when Vale had just finished ninth of 12 teams.",
  "The club reported revenue of £11.4 million for the 2023 financial year, up 14%, and says it will invest £2 million in a new training centre.",
  ]),
dig=dict(
  headline="アシュフォード・ヴェイル:1節残して首位確定",
  lead=["ラグビーのプレミアシップで27日、アシュフォード・ヴェイル(Ashford Vale)がケルソー・ローヴァーズ(Kelso Rovers)を38対17で破り、1節を残して首位を確定させた。5トライを挙げてボーナスポイントも得た。"],
  hi=["勝ち点:ヴェイルは21試合で17勝1分け3敗、勝ち点81。2位ブラムリー・セインツ(Bramley Saints)はクロスゲートで22対19で敗れて勝ち点73にとどまり、差は6に開いた。",
      "トライ王争い:22歳のウイング、ジョサイア・ムベキ(Josiah Mbeki)が2トライを挙げ、今季16トライとした。2008年にハリー・コーフーン(Harry Colquhoun)が樹立したリーグ記録の17にあと1と迫る。",
      "観客:観衆1万4260人は、2019年の拡張以来のミルブルック・グラウンドで最多。入場券は28〜55ポンドで、16歳未満は5ポンドだった。"],
  ctx=["準決勝:準決勝は5月11、12日の週末に行われ、ヴェイルは11日(土)午後3時(日本時間12日午前0時)から、現在4位のダンモア・パーク(Dunmore Park、勝ち点64)を迎える。",
      "降格:最下位のポートレーンはヘクスリーで10対41と大敗して今季18敗目を喫し、降格が決まった。"],
  close=["ヴェイルの売上高は2023年度に1140万ポンドと前年比14%増え、クラブは新たな練習施設に200万ポンドを投じる。"],
  intro=["レギュラーシーズン最終節を待たずに首位が決まった。以下、試合と順位争いをまとめる。"],
  detail=[("首位確定", [
      ("試合", ["ヴェイルは38対17で勝利し、フライハーフのオーウェン・プリス(Owen Prys)が13得点を挙げた。"]),
      ("指揮官", ["46歳のシボーン・ケリガン(Siobhan Kerrigan)ディレクター・オブ・ラグビーは、2021年に就任した当時、12チーム中9位だったチームを3年で首位に導いた。", "ケリガンは「3年間の取り組みの成果だ」と話した。"])]),
    ("下位争い", [
      ("ポートレーン", ["今季わずか3勝で、残留圏まで勝ち点23差だった。"])])],
  dclose=["ヴェイルは本拠地での準決勝から優勝を目指す。"],
  points=[("首位確定", [("試合", ["38対17で勝利し勝ち点81。"]), ("指揮官", ["就任3年で首位に。"])]),
    ("下位争い", [("ポートレーン", ["18敗目で降格決定。"])])],
  cite="Ashford Vale clinch top spot with bonus-point win over Kelso Rovers Northern Touchline Gazette 2024.04.28",
  url="https://www.northerntouchline.example/rugby/2024/04/28/ashford-vale-clinch-top-spot"),
findings=[("mismatch", "error", "差は6", "81 − 73 = 8, not 6 (wrong difference)"),
          ("mismatch", "error", "日本時間12日午前0時", "wrong conversion: 3 p.m. BST (UTC+1) on 11 May is 23:00 JST on the 11th; the slip treats it as GMT"),
          ("mismatch", "error", "3勝", "won only twice → 3勝")]))
