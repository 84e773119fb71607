CASES = [
dict(name="clean-dunmore-club-finances", lang="en", outlet="Northern Sports Business", domain="www.northernsportsbiz.example",
 path="/football/2025/jan/28/dunmore-rovers-record-revenue", pub="2025-01-28T09:00:00+00:00",
 display="Tue 28 Jan 2025 09.00 GMT", author="Callum Drysdale", section="Football finance",
 title="Dunmore Rovers post record revenue of £312.4m as wage bill climbs",
 paras=[
  "Dunmore Rovers reported record revenue of £312.4m for the year to 31 May 2024, up from £287.9m a year earlier, helped by a run to the quarter-finals of a European competition and a new shirt sponsorship deal.",
  "The club's wage bill rose to £198m, equivalent to 63% of revenue, and it made a pre-tax loss of £11.6m after paying for the transfers of seven players. Net debt stood at £146m at the end of the period.",
  "The figures lift Rovers to 14th place in the Harcastle Money League, an annual ranking of clubs by revenue, up from 17th last year.",
  "Matchday income rose 12% to £71m. The club's stadium, which holds 52,400 people, sold out all but two of its league games, with an average attendance of 51,870.",
  "Chief executive Alison Farrow said the board planned to spend £40m over three years on a new training ground, and would apply for permission to add 4,600 seats to the stadium's north stand.",
  "On the pitch, the team under manager Gareth Pryce, 49, beat Ellesby Town 3-1 on Saturday to move to fifth in the league table, nine points behind the leaders.",
  "Founded in 1884, Rovers have not won the league title since 1972. Supporters' groups welcomed the results but again asked the club to freeze season-ticket prices, which rose by an average of 6% this season.",
  "The accounts show broadcasting income of £138m, the largest single source of revenue, and commercial income of £103.4m.",
 ],
 dtitle="ダンモア・ローヴァーズ:過去最高の売上高3億1240万ポンド", stamp="2025年01月28日 20:00",
 digest="""
【概要】
サッカークラブのダンモア・ローヴァーズ(Dunmore Rovers)は、2024年5月期の売上高が過去最高の3億1240万ポンドになったと発表した。前年の2億8790万ポンドから2450万ポンド増えた。欧州の大会での8強入りと新たなユニフォームスポンサー契約が寄与した。
主なハイライト
人件費:人件費は1億9800万ポンドで、売上高の63%、6割強を占めた。選手7人の移籍金を支払い、税引き前損益は1160万ポンドの赤字となった。
順位の上昇:クラブの売上高ランキング「ハーキャッスル・マネーリーグ」で前年の17位から三つ順位を上げ、14位となった。
試合日収入:試合日の収入は12%増の7100万ポンド。5万2400人収容のスタジアムの平均観客数は5万1870人だった。
文脈
歴史:1884年創設、140年余りの歴史を持つクラブだが、リーグ優勝は1972年が最後である。
ピッチ上:ギャレス・プライス(Gareth Pryce)監督(49)のチームは25日(土)、エルズビー・タウンを3対1で破り、首位と勝ち点9差の5位に浮上した。
サポーター団体は今回の決算を歓迎しつつ、今季平均6%値上がりしたシーズンチケットの価格を据え置くよう改めて求めた。
【詳細】
ダンモアは売上高を大きく伸ばしたが、人件費の増加で赤字となった。以下、決算の内容と今後の投資を整理する。
決算の内容
1.収入の内訳
・放映権収入は1億3800万ポンドで最大の収入源だった。
・商業収入は1億340万ポンド、試合日収入は7100万ポンド。
2.費用と負債
・人件費は売上高の63%にあたる1億9800万ポンド。
・期末の純負債は1億4600万ポンドだった。
今後の投資
1.練習場とスタジアム
・アリソン・ファロー(Alison Farrow)最高経営責任者は、3年間で4000万ポンドを新しい練習場に投じる計画を明らかにした。
・スタジアムの北スタンドに4600席を増設する許可を申請する。増設後の収容人数は5万7000人となる。
2.ファンとの関係
・スタジアムはリーグ戦2試合を除いて完売した。
・シーズンチケットは平均6%値上げされた。
一方、首位との差は勝ち点9あり、1972年以来のリーグ制覇はなお遠い。
【要点】
決算の内容
1.収入の内訳
・売上高は過去最高の3億1240万ポンド、放映権収入が最大。
2.費用と負債
・人件費は売上高の63%、税引き前で1160万ポンドの赤字。
今後の投資
1.練習場とスタジアム
・練習場に4000万ポンド、北スタンドに4600席を増設へ。
2.ファンとの関係
・サポーターはシーズンチケット価格の据え置きを要求。
"""),

dict(name="clean-lumina-resorts-q3", lang="en", outlet="Island Commerce Herald", domain="www.islandcommerce.example",
 path="/business/2025/11/07/lumina-resorts-third-quarter", pub="2025-11-07T16:30:00-10:00",
 display="Friday, November 7, 2025 4:30 p.m. HST", author="Keala Moriarty", section="Business",
 title="Lumina Resorts lifts outlook as occupancy rises, Japanese visitors fall",
 paras=[
  "Lumina Resorts, the hotel operator based in Kailoa, said on Friday that revenue for the third quarter rose 9% to $842 million, as more visitors from the mainland filled its beachfront properties.",
  "Revenue per available room, a key industry measure, increased 6% to $287. Occupancy averaged 81.5%, up 2.3 percentage points from a year earlier, and the average daily rate was $352.",
  "Arrivals from Japan, historically the company's largest overseas market, fell 12% in the quarter as a weak yen, which traded around 152 to the dollar, made trips more expensive. Guests from Japan accounted for 14% of room nights, down from 18%.",
  "The company raised its full-year forecast for earnings before interest, taxes, depreciation and amortization to $1.05 billion to $1.10 billion, from $1.00 billion to $1.06 billion previously.",
  "Lumina plans to open a 420-room resort on a 35-acre site on the island's north shore in 2027. Construction, expected to cost $610 million, will begin in the spring.",
  "Chief executive Makoa Trent, 53, said the group would also spend $75 million renovating 1,100 rooms at its two oldest hotels, which opened in 1986.",
  "The company employs about 6,300 people across 11 properties. It will discuss the results with analysts on a call at 5 p.m. Hawaii time on Friday.",
  "Shares rose 4.2% to $38.75 in after-hours trading.",
 ],
 dtitle="ルミナ・リゾーツ:通期見通しを上方修正", stamp="2025年11月08日 14:00",
 digest="""
【概要】
カイロアを拠点とするホテル運営会社ルミナ・リゾーツ(Lumina Resorts)は7日(金曜日)、7〜9月期の売上高が前年同期比9%増の8億4200万ドルになったと発表した。本土からの旅行者が海沿いのホテルを埋めた。
主なハイライト
客室指標:販売可能な客室1室あたりの売上高は6%増の287ドル。稼働率は2.3ポイント上昇して81.5%、平均客室単価は352ドルだった。
日本人客の減少:最大の海外市場である日本からの旅行者は12%減った。1ドル=152円前後の円安で旅行費用がかさんだ。日本人客の宿泊数の比率は18%から14%に下がった。
見通しの引き上げ:通期の利払い・税引き・償却前利益の予想を10億〜10億6000万ドルから10億5000万〜11億ドルに引き上げた。
文脈
新リゾート:2027年に北海岸の35エーカー(約14ヘクタール)の敷地に420室のリゾートを開業する。建設費は6億1000万ドルを見込み、春に着工する。
改装:マコア・トレント(Makoa Trent)最高経営責任者(53)は、1986年開業の最も古い2ホテルの1100室の改装に7500万ドルを投じると述べた。
株価は時間外取引で4.2%上昇し、38.75ドルとなった。
【詳細】
ルミナは本土客の増加で増収となり、通期の見通しを引き上げた。以下、決算の内容と投資計画をまとめる。
7〜9月期の業績
1.売上高と客室指標
・売上高は8億4200万ドルで9%増。
・1室あたり売上高は287ドル、稼働率は81.5%。
2.日本市場
・日本からの旅行者は12%減少した。
・円は1ドル=152円前後で推移した。
投資と見通し
1.開発計画
・新リゾートは420室、建設費は6億1000万ドル。
・古い2ホテルの改装に7500万ドル。
2.説明会と株価
・アナリスト向けの電話会議はハワイ時間7日午後5時(日本時間8日正午)に開かれる。
・同社は11施設で約6300人を雇用している。
一方、日本人客の比率低下が続けば、かつての最大市場の回復には時間がかかりそうだ。
【要点】
7〜9月期の業績
1.売上高と客室指標
・売上高は9%増の8億4200万ドル、稼働率は81.5%。
2.日本市場
・円安で日本からの旅行者は12%減。
投資と見通し
1.開発計画
・2027年に420室の新リゾートを開業。
2.説明会と株価
・株価は4.2%高の38.75ドル。
"""),
]
