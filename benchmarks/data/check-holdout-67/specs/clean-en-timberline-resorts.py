CASE = dict(
    lang="en", outlet="Mountain West Business Courier", author="Dana Kowalski", section="Leisure",
    title="Timberline Peaks narrows loss as season-pass sales climb 14%",
    url="https://www.mountainwestcourier.example/leisure/2026/12/03/timberline-peaks-first-quarter-results",
    published="2026-12-03T16:20:00-07:00", shown_time="Dec 3, 2026, 4:20 PM MST",
    body=[
        "Timberline Peaks Resorts, which operates nine ski areas across the Mountain West, reported a narrower loss for its first quarter on Thursday and said sales of season passes for the coming winter had risen 14% from a year earlier.",
        "The company's fiscal year begins on August 1, so the first quarter covers the three months to October 31, before any of its resorts open for skiing. The net loss for the period was $38.2 million, compared with $51.7 million in the same quarter last year. Revenue, mostly from summer mountain-biking, golf and lodging, rose 9% to $126.4 million.",
        "Season-pass sales reached $412 million as of November 29, the company said. The number of passes sold was up 8%, and the average price rose about 5%. Chief executive Raymond Okoye said 62% of pass holders had renewed, up from 57% last season, an increase of five percentage points.",
        "Okoye said early snowfall had been encouraging: the company's flagship resort, Granite Bowl, had received 41 inches of snow by December 1 and opened on November 20, a week earlier than last year. Granite Bowl covers 5,300 acres of skiable terrain, the largest in the group.",
        "The company reaffirmed its forecast for the full fiscal year of operating profit between $290 million and $320 million. It also announced a $95 million investment in new lifts and snowmaking at three resorts, to be completed before the 2027-28 season.",
        "Shares of Timberline Peaks rose 3.6% in after-hours trading. The stock has fallen 11% since the start of the year, partly because of concerns about a second consecutive warm winter in the region.",
        "The company employs about 14,500 seasonal workers at peak and said it had raised minimum hourly pay for them to $20, from $18.50 last season.",
        "Founded in 1971 with a single resort, Timberline Peaks bought its ninth ski area, Silver Fork, in 2024.",
    ],
    findings=[],
    digest="""
ティンバーライン・ピークス:シーズン券販売が14%増2026年12月04日 13:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 米西部でスキー場9カ所を運営するティンバーライン・ピークス・リゾーツ(Timberline Peaks Resorts)は3日(木)、2026年8〜10月期(第1四半期)の決算を発表し、最終赤字が縮小した。今冬のシーズン券の販売額も前年比14%増えた。

 主なハイライト

 赤字縮小:最終損益は3820万ドルの赤字で、前年同期の5170万ドルから1350万ドル改善した。売上高は9%増の1億2640万ドルだった。

 シーズン券:販売額は11月29日時点で4億1200万ドル。販売枚数は8%増え、平均価格も約5%上がった。

 更新率の上昇:レイモンド・オコエ(Raymond Okoye)最高経営責任者によると、券の更新率は62%で、前シーズンの57%から5ポイント上がった。

 文脈

 スキー前の四半期:同社の会計年度は8月1日に始まるため、第1四半期はスキー営業前の夏場にあたり、収入の中心はマウンテンバイク、ゴルフ、宿泊である。

 好調な降雪:主力のグラナイト・ボウルは12月1日までに41インチ(約104センチ)の降雪があり、昨年より1週間早い11月20日に営業を始めた。

 通期の営業利益見通しは2億9000万〜3億2000万ドルに据え置いた。

【詳細】

 暖冬への懸念を抱えながらも、同社はシーズン券の好調な販売で今冬に手応えを示した。以下、決算の内容と投資計画をまとめる。

 決算の内容

 1.損益と売上

 ・8〜10月期の最終赤字は3820万ドル、売上高は1億2640万ドル。

 2.シーズン券

 ・販売額4億1200万ドル、更新率62%。

 設備投資と雇用

 1.投資計画

 ・3カ所のスキー場でリフトと人工降雪設備に9500万ドルを投じ、2027〜28年シーズンまでに完成させる。
 ・グラナイト・ボウルの滑走可能面積は5300エーカー(約2145ヘクタール)で、グループ最大。

 2.従業員の待遇

 ・繁忙期には約1万4500人の季節従業員を雇う。
 ・季節従業員の最低時給を18.50ドルから20ドルに引き上げた。

 株価と沿革

 1.株価

 ・時間外取引で株価は3.6%上昇したが、年初来では11%下落している。

 2.沿革

 ・1971年に1カ所のスキー場から始まり、50年余りで9カ所に拡大した。9カ所目のシルバー・フォークは2024年に買収した。

【要点】

 決算の内容

 1.損益と売上

 ・8〜10月期は赤字幅が縮小、売上高は9%増。

 2.シーズン券

 ・販売額は14%増、更新率は5ポイント上昇の62%。

 設備投資と雇用

 1.投資計画

 ・9500万ドルで3カ所の設備を更新。

 2.従業員の待遇

 ・季節従業員の最低時給を20ドルに。

 株価と沿革

 1.株価

 ・年初来11%安。

 2.沿革

 ・1971年創業、9カ所を運営。

【引用・参照・底本】

Timberline Peaks narrows loss as season-pass sales climb 14% Mountain West Business Courier 2026.12.03

https://www.mountainwestcourier.example/leisure/2026/12/03/timberline-peaks-first-quarter-results
""")
