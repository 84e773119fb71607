CASE = dict(
    lang="en", outlet="Midland Ledger Sport", author="Harriet Osei", section="Football business",
    title="Kingsmere City cut losses as revenue passes £180m for first time",
    url="https://sport.midlandledger.example/football/kingsmere-city-accounts-2025-26",
    published="2026-11-30T07:00:00+00:00", shown_time="Mon 30 Nov 2026 07.00 GMT",
    body=[
        "Kingsmere City have cut their annual losses by more than half after revenue rose above £180 million for the first time, according to accounts for the year to June 30, 2026, published on Friday.",
        "Turnover rose 12% to £184.6 million, driven by a run to the quarter-finals of the Continental Cup and a new shirt sponsorship deal worth £14 million a year. Pre-tax losses fell to £9.3 million from £22.1 million a year earlier.",
        "The club's wage bill was broadly flat at £118 million, which means wages now account for 64% of revenue, down from 71% the previous year, a fall of seven percentage points. The Premier Division's financial rules require clubs to keep the ratio below 70%.",
        "Spending on players was dominated by the £48 million signing of striker Ansel Mbeki from Porto Viejo in August 2025, a club record. That was partly offset by the £35 million sale of midfielder Tomasz Wrona to Bavaria Nord.",
        "Average league attendance at the Riverside Arena was 41,250, or 97% of its 42,500 capacity. Matchday income rose to £39.8 million. The club has 27,600 season-ticket holders and a waiting list of more than 11,000.",
        "Chief executive Nadia Fairbrother said the club expected to break even \"within two seasons\" and that plans to expand the stadium to 50,000 seats would be submitted to the city council in the first quarter of 2027.",
        "Kingsmere, who were promoted in 2019, finished ninth in the Premier Division last season, their highest finish since 1994. The club employs 640 full-time staff.",
        "Supporters' groups welcomed the improvement but called on the board to freeze ticket prices for next season, which the club said it would consider in the spring.",
    ],
    findings=[("mismatch", "error", "7%低下"), ("mismatch", "error", "4800万ポンドで売却"),
              ("citation", "warning", "https://sport.midlandledger.example/football/kingsmere-city-accounts-2025-26?utm_source=newsletter&utm_medium=email&utm_campaign=am_briefing&sub_id=884213")],
    digest="""
キングズミア・シティ:売上高が初の1億8000万ポンド超え2026年11月30日 20:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 サッカークラブのキングズミア・シティ(Kingsmere City)の2026年6月期決算で、売上高が初めて1億8000万ポンドを超え、税引き前損失は半分以下に縮小した。

 主なハイライト

 増収:売上高は前期比12%増の1億8460万ポンドとなった。コンチネンタル・カップでの準々決勝進出と、年1400万ポンドの新たなユニフォームスポンサー契約が寄与した。

 赤字縮小:税引き前損失は前期の2210万ポンドから930万ポンドに減り、1280万ポンド改善した。

 人件費比率:人件費は1億1800万ポンドとほぼ横ばいで、売上高に対する比率は71%から64%へ7%低下した。

 文脈

 財務ルール:プレミア・ディビジョンの財務規則では、この比率を70%未満に抑えることが求められている。

 拡張計画:ナディア・フェアブラザー(Nadia Fairbrother)最高経営責任者は、2シーズン以内の収支均衡を見込み、スタジアムを5万席に拡張する計画を2027年1〜3月期に市議会に提出するとした。

【詳細】

 昇格組から中位クラブへと成長したキングズミアの決算は、収入の伸びと赤字縮小が目立つ内容となった。以下、主な数字を整理する。

 収入と損益

 1.売上高

 ・売上高は12%増の1億8460万ポンド。試合日収入は3980万ポンドに増えた。

 2.損益

 ・税引き前損失は930万ポンドで、前期の2210万ポンドから半分以下になった。

 選手の売買

 1.過去最高の補強

 ・2025年8月、ストライカーのアンセル・ムベキ(Ansel Mbeki)をポルト・ビエホから獲得した。移籍金はクラブ史上最高の4800万ポンドだった。

 2.主力の売却

 ・MFトマシュ・ブロナ(Tomasz Wrona)はバイエルン・ノルトへ4800万ポンドで売却され、補強費の一部を補った。

 観客とクラブの歩み

 1.観客数

 ・リバーサイド・アリーナのリーグ戦平均観客は4万1250人で、収容4万2500人の97%に達した。
 ・シーズンチケット保有者は2万7600人で、1万1000人以上が順番待ちをしている。

 2.クラブの歩み

 ・2019年に昇格したキングズミアは昨季9位で、1994年以来の最高順位だった。フルタイム職員は640人。

【要点】

 収入と損益

 1.売上高

 ・売上高は12%増の1億8460万ポンドで過去最高。

 2.損益

 ・税引き前損失は930万ポンドに縮小。

 選手の売買

 1.過去最高の補強

 ・ムベキ獲得に4800万ポンド。

 2.主力の売却

 ・ブロナの売却で補強費の一部を回収。

 観客とクラブの歩み

 1.観客数

 ・平均4万1250人、稼働率97%。

 2.クラブの歩み

 ・昨季9位は1994年以来の最高成績。

【引用・参照・底本】

Kingsmere City cut losses as revenue passes £180m for first time Midland Ledger Sport 2026.11.30

https://sport.midlandledger.example/football/kingsmere-city-accounts-2025-26?utm_source=newsletter&utm_medium=email&utm_campaign=am_briefing&sub_id=884213
""")
