SPEC = {
 "clean_name": "clean-veldania-rate-hike", "err_name": "err-veldania-rate-hike",
 "lang": "en", "outlet": "Capital Wire Daily", "section": "Central banks",
 "author": "Hannah Okafor-Reyes",
 "title": "Bank of Veldania lifts rate to 4.75% as inflation quickens",
 "url": "https://www.capitalwiredaily.example/central-banks/2025/03/19/bank-of-veldania-lifts-rate",
 "published": "2025-03-19T15:40:00-04:00", "dateline": "March 19, 2025 3:40 p.m. EDT",
 "body": [
  "The Bank of Veldania raised its benchmark policy rate by a quarter of a percentage point to 4.75% on Wednesday, March 19, saying inflation had proved stickier than it expected at the start of the year. The decision was announced at 2:00 p.m. Eastern time in Port Aldine.",
  "Seven of the nine members of the bank's monetary board voted for the increase. The two dissenters, deputy governors Miriam Castellane and Tobias Wrenfield, argued for leaving the rate unchanged until more data on wages were available.",
  "Consumer prices rose 3.8% in February from a year earlier, up from 3.4% in January and well above the bank's 2% target. Core inflation, which strips out food and energy, was 3.1%.",
  "\"We are not yet confident that inflation is on a path back to target,\" Governor Aldous Prewitt, 61, told reporters after the meeting. \"Further increases cannot be ruled out.\"",
  "The Veldanian crown strengthened 0.9% against the US dollar after the announcement, trading at 1.284 crowns per dollar by late afternoon. The yield on the two-year government bond rose 11 basis points to 4.42%.",
  "In its quarterly projections the bank lowered its forecast for economic growth this year to 1.6% from 1.9%, and said unemployment would edge up to 5.2% by December from 4.9% now.",
  "The increase is the first since October, when the bank lifted rates by half a percentage point. Economists polled by Capital Wire Daily had been split, with 14 of 25 expecting a hike.",
  "Business groups criticised the move. The Veldanian Chamber of Industry said higher borrowing costs would hit small manufacturers, whose loan rates already average around 8%.",
  "The bank, founded in 1934, holds its next policy meeting on April 30. Markets are pricing in a roughly one-in-three chance of another increase then.",
 ],
 "digest": """
ヴェルダニア中銀:インフレ加速で政策金利を4.75%に引き上げ2025年03月20日 08:15

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ヴェルダニア中央銀行は3月19日(水)、政策金利を0.25ポイント引き上げて4.75%とした。年初の想定よりもインフレが根強いことを理由に挙げている。決定はポート・アルダインで東部時間午後2時、日本時間では20日午前3時に発表された。

 主なハイライト

 割れた判断:金融政策委員9人のうち7人、約8割が利上げに賛成した。ミリアム・カステレーン(Miriam Castellane)、トビアス・レンフィールド(Tobias Wrenfield)の両副総裁は、賃金のデータがそろうまで据え置くべきだと主張した。

 物価の動向:2月の消費者物価は前年同月比3.8%上昇し、1月の3.4%から0.4ポイント加速した。中銀の目標である2%を大きく上回っている。

 市場の反応:通貨クラウンは対ドルで0.9%上昇し、1ドル=1.284クラウンで取引された。2年物国債利回りは0.11ポイント上昇して4.42%となった。

 文脈

 見通しの下方修正:中銀は今年の成長率見通しを1.9%から1.6%に引き下げ、失業率は現在の4.9%から12月には5.2%に上がるとみている。

 利上げは昨年10月の0.5ポイント以来となる。創設から90年以上の歴史を持つ中銀は、さらなる利上げの可能性も排除していない。

【詳細】

 ヴェルダニア中銀は、インフレの加速を受けて利上げに踏み切った。以下、決定の内容と背景をまとめる。

 金融政策の決定

 1.利上げの内容

 ・政策金利を0.25ポイント引き上げ、4.75%とした。
 ・発表は3月19日(水)の東部時間午後2時(日本時間20日午前3時)。

 2.委員会の投票

 ・9人中7人が賛成、2人の副総裁が反対した。
 ・事前の調査では、エコノミスト25人のうち14人が利上げを予想していた。

 物価と市場

 1.インフレの状況

 ・2月の消費者物価上昇率は3.8%で、1月から0.4ポイント上昇した。
 ・食品とエネルギーを除くコアインフレ率は3.1%だった。
 ・アルダス・プルーイット(Aldous Prewitt)総裁(61)は「インフレが目標に戻る道筋にあるとの確信はまだない」と述べた。

 2.通貨と債券

 ・クラウンは対ドルで0.9%上昇した。
 ・2年物国債利回りは11ベーシスポイント上昇し、4.42%となった。

 3.産業界の反発

 ・ヴェルダニア産業会議所は、借入金利が平均約8%に達している中小製造業への打撃を懸念した。

 次回の会合は4月30日で、市場は追加利上げの確率を約3分の1とみている。

【要点】

 金融政策の決定

 1.利上げの内容

 ・政策金利を0.25ポイント上げて4.75%に。

 2.委員会の投票

 ・9人中7人が賛成。

 物価と市場

 1.インフレの状況

 ・2月のインフレ率は3.8%に加速。

 2.通貨と債券

 ・クラウンは0.9%高、2年債利回りは4.42%。

 3.産業界の反発

 ・中小製造業への打撃を懸念。

【引用・参照・底本】

Bank of Veldania lifts rate to 4.75% as inflation quickens  Capital Wire Daily  2025.03.19

https://www.capitalwiredaily.example/central-banks/2025/03/19/bank-of-veldania-lifts-rate
""",
 "edits": [
  ("政策金利を0.25ポイント引き上げて4.75%", "政策金利を0.25%引き上げて4.75%", "mismatch", "error", "0.25%引き上げ"),
  ("日本時間では20日午前3時", "日本時間では20日午前4時", "mismatch", "error", "20日午前4時"),
  ("1月の3.4%から0.4ポイント加速", "1月の3.4%から0.6ポイント加速", "mismatch", "error", "0.6ポイント"),
 ],
}
