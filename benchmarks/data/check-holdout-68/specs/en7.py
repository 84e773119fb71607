CASES = [
dict(name="err-aldergrove-finch-stores", lang="en", outlet="Pennine Retail Bulletin", domain="www.pennineretail.example",
 path="/retail/2025/apr/10/aldergrove-finch-store-closures-results", pub="2025-04-10T00:30:00+01:00",
 display="Thu 10 Apr 2025 00.30 BST", author="Imelda Carver", section="Retail",
 title="Aldergrove & Finch to shut 14 stores as sales fall for third year",
 paras=[
  "Aldergrove & Finch, the department store chain, will close 14 of its 62 shops over the next three years, putting about 1,900 jobs at risk, after sales fell for a third consecutive year.",
  "Sales for the 52 weeks to 1 February 2025 fell to £3.42bn from £3.61bn, the company said in results released overnight. Pre-tax profit dropped to £128m from £171m.",
  "Online orders made up 38% of sales, up from 33% the year before, and the chain said it would spend £85m on a new distribution centre to speed up deliveries.",
  "Harriet Moss, 58, who became chief executive in 2022, said the stores earmarked for closure were losing money or had leases coming to an end. \"We would rather have 48 great shops than 62 tired ones,\" she said.",
  "The retailer cut its final dividend to 4.1p a share from 6.5p. It said staff in stores that close would be offered jobs elsewhere in the business where possible.",
  "The company's flagship store on Marlow Street, which covers 21,000 square metres over six floors, will be refurbished at a cost of £32m, with work starting in September.",
  "Aldergrove & Finch was founded in 1869 and has been listed on the stock exchange since 1958. Its shares have lost 41% of their value over the past twelve months.",
  "Analysts at Trevelyan Capital said the plan was \"overdue but sensible\" and kept their rating on the shares unchanged.",
 ],
 dtitle="オルダーグローブ&フィンチ:14店舗を閉鎖へ", stamp="2025年04月10日 17:00",
 digest="""
【概要】
百貨店チェーンのオルダーグローブ&フィンチ(Aldergrove & Finch)は、62店舗のうち14店舗を5年かけて閉鎖すると発表した。約1900人の雇用が影響を受ける可能性がある。売上高は3年連続で減少した。
主なハイライト
減収減益:2025年2月1日までの52週間の売上高は36億1000万ポンドから34億2000万ポンドへ約7%減った。税引き前利益は1億7100万ポンドから1億2800万ポンドに減少した。
ネット通販:オンライン注文の比率は33%から38%に上昇した。配送を速めるため、8500万ポンドを投じて新しい物流センターを建設する。
減配:期末配当は1株6.5ペンスから4.1ペンスに引き下げた。
文脈
経営者の判断:2022年に就任したハリエット・モス(Harriet Moss)最高経営責任者(58)は、閉鎖対象は赤字店舗か賃貸契約の満了が近い店舗だと説明した。「くたびれた62店より、すばらしい48店がいい」と述べた。
長い歴史:同社は1869年創業で、1958年から上場している。株価は過去12カ月で41%下落した。
閉鎖店舗の従業員には、可能な限り社内の別の職場を用意するという。
【詳細】
オルダーグローブ&フィンチは店舗網を縮小し、通販と旗艦店に資源を集中させる。以下、計画の中身を整理する。
店舗の閉鎖
1.閉鎖の規模
・62店舗のうち14店舗を閉め、48店舗体制とする。
・約1900人の雇用に影響する可能性がある。
2.旗艦店の改装
・マーロウ通りの旗艦店(6フロア、2万1000平方メートル)を3200万ポンドかけて改装する。
・工事は9月に始まる。
業績と株主還元
1.売上高と利益
・売上高は34億2000万ポンド、税引き前利益は1億2800万ポンド。
・オンラインが売上高の38%を占めた。
2.配当と市場の評価
・期末配当は4.1ペンスに減額された。
・トレベリアン・キャピタルのアナリストは計画を「遅すぎたが理にかなっている」と評価した。
一方、株価は過去1年で4割余り下落しており、再建の成果が問われる。
【要点】
店舗の閉鎖
1.閉鎖の規模
・14店舗を閉鎖し、約1900人に影響。
2.旗艦店の改装
・旗艦店を3200万ポンドで改装。
業績と株主還元
1.売上高と利益
・売上高は34億2000万ポンドに減少。
2.配当と市場の評価
・配当は4.1ペンスに減額。
""",
 cite_date="2025.04.09",
 findings=[("mismatch", "error", "5年かけて", "duration changed: over the next three years"),
           ("mismatch", "error", "約7%減", "wrong percentage change: 3.61bn to 3.42bn is about 5%"),
           ("citation", "warning", "2025.04.09", "citation date in UTC, not the outlet's local date (10 April BST)")]),

dict(name="err-serrania-avocado-frost", lang="en", outlet="Pacific Produce Journal", domain="www.pacificproduce.example",
 path="/markets/2025/01/22/avocado-prices-serrania-frost", pub="2025-01-22T10:10:00-08:00",
 display="Wednesday, January 22, 2025 10:10 AM PST", author="Marisa Quintanilla", section="Markets",
 title="Avocado prices jump 38% after frost hits Serrania orchards",
 paras=[
  "Wholesale avocado prices rose to $2.10 a pound this week, up 38% from a month earlier, after a rare frost damaged orchards in Serrania, which supplies 87% of the avocados the country imports.",
  "Temperatures in the main growing valley fell to 27°F on the night of Tuesday, January 14, according to the Serranian weather service, damaging fruit on as many as 40,000 acres.",
  "Weekly shipments across the border fell to 41 million pounds last week from 58 million pounds in the same week a year earlier. Prices have risen for nine consecutive weeks.",
  "Supermarkets have started to pass on the cost. The average retail price of a single Hass avocado reached $2.49, compared with $1.79 at the start of December, according to the market research firm Orchard Metrics.",
  "\"Growers lost the fruit that was closest to harvest,\" said Esteban Villagrán, president of the Serranian avocado exporters' group. He expected shipments to recover within six to eight weeks as younger fruit matures.",
  "Tidewater Produce, one of the largest importers, said it had flown in 120 tonnes of fruit from other suppliers to keep restaurant customers supplied, at roughly three times the usual transport cost.",
  "Restaurant chains that rely on guacamole have been hit hardest. One chain, Casa Verde Grill, said it would add a 75-cent surcharge to dishes with avocado at its 340 restaurants until prices ease.",
  "Avocado imports were worth about $3.1 billion last year.",
 ],
 dtitle="アボカド価格が38%上昇:セラニアで霜害", stamp="2025年01月23日 08:00",
 digest="""
【概要】
アボカドの卸売価格が今週、1キロあたり2.10ドルに達し、1カ月前から38%上昇した。輸入アボカドの87%を供給するセラニアで、まれな霜が果樹園に被害を与えた。
主なハイライト
霜害:主産地の谷では1月14日(火曜日)夜、気温が華氏27度(摂氏マイナス5度)まで下がり、最大4万エーカーの果実が被害を受けた。
出荷の減少:先週の国境を越えた出荷量は4100万ポンドで、前年同週の5800万ポンドから減った。価格は8週連続で上昇している。
小売価格:ハス種アボカド1個の平均小売価格は、12月初めの1.79ドルから2.49ドルへ70セント上がった。
文脈
輸入業者の対応:大手輸入業者タイドウォーター・プロデュースは、他の産地から果実120トンを空輸し、飲食店への供給を維持した。輸送費は通常の約3倍かかった。
飲食店への影響:チェーン店カーサ・ベルデ・グリルは、価格が落ち着くまで340店でアボカドを使う料理に75セントを上乗せする。
セラニアのアボカド輸出業者団体のエステバン・ビジャグラン(Esteban Villagrán)会長は、若い果実が育つにつれ、6〜8週間で出荷が回復するとみている。
【詳細】
セラニアの霜害は、卸売から飲食店まで価格の上昇を広げている。以下、被害と影響を整理する。
霜害と出荷
1.被害の状況
・気温は1月14日夜に華氏27度まで下がった。
・収穫間近の果実が失われたと、ビジャグラン会長は述べた。
2.出荷と価格
・週間出荷量は4100万ポンドに減少した。
・卸売価格は1カ月で38%上がった。
消費者への影響
1.スーパー
・スーパーは値上がり分を転嫁し始めた。
・1個の平均小売価格は2.49ドルとなった。
2.飲食店
・ワカモレを使うチェーンが最も打撃を受けている。
・カーサ・ベルデ・グリルは1品75セントの追加料金を導入する。
一方、昨年のアボカド輸入額は約31億ドルで、供給の回復が遅れれば影響はさらに広がる。
【要点】
霜害と出荷
1.被害の状況
・1月14日夜の霜で最大4万エーカーが被害。
2.出荷と価格
・卸売価格は38%上昇し、出荷は4100万ポンドに減少。
消費者への影響
1.スーパー
・アボカド1個の小売価格は2.49ドルに。
2.飲食店
・340店で75セントの追加料金。
""",
 findings=[("mismatch", "error", "1キロあたり2.10ドル", "unit slip: $2.10 a pound, not per kilogram"),
           ("mismatch", "error", "摂氏マイナス5度", "wrong conversion: 27°F is about -3°C"),
           ("mismatch", "error", "8週連続", "off by one: nine consecutive weeks")]),
]
