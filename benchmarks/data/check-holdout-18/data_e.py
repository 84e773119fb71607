CASES = []

CASES.append(dict(
slug="koyo-tankan-kanko", lang="ja", outlet="山陰経済 ウィークリー", author="経済部 石倉 健太", section="地域経済",
url="https://www.sanin-keizai-weekly.example/economy/2024/10/03/koyo-tankan-september",
title="湖陽県内の景況感、3ポイント改善 日本銀行湖陽支店の9月短観",
published="2024-10-03T15:30:00+09:00", time_display="2024年10月3日 15:30",
paras=[
"日本銀行湖陽支店は3日、9月の企業短期経済観測調査(短観)の県内分を発表した。企業の景況感を示す業況判断指数(DI)は全産業でプラス6となり、前回6月調査のプラス3から3ポイント改善した。改善は2期ぶりとなる。",
"業況判断指数は、景気が「良い」と答えた企業の割合から「悪い」と答えた企業の割合を差し引いた値。今回の調査は8月27日から9月30日まで実施し、県内に本社や主要な事業所を置く187社のうち184社が回答した。",
"業種別に見ると、製造業は前回のマイナス3からプラス2へ5ポイント改善した。電子部品の受注が持ち直したほか、自動車関連でも部品の供給制約が和らいだ。一方、非製造業はプラス9で、前回から1ポイントの改善にとどまった。宿泊・飲食サービスは観光客の増加を受けてプラス21と高い水準を保ったが、建設は資材価格の高止まりが響き、マイナス4に悪化した。",
"3カ月後の先行きについては、全産業でプラス4と、今回より2ポイント悪化する見通しとなった。原材料価格や人件費の上昇が収益を圧迫するとの見方が多く、特に中小企業で慎重な回答が目立った。",
"観光は引き続き県内経済をけん引している。県のまとめによると、7〜8月の主要観光地の入り込み客数は182万4000人と、前年同期を7.6%上回った。外国人の延べ宿泊者数は4万3100人と前年同期の2.1倍に増え、円安を背景に台湾や香港、欧米からの個人客が増えた。",
"雇用の逼迫も続いている。雇用人員判断指数は全産業でマイナス38となり、人手が「不足」と答えた企業が「過剰」を大きく上回った。特に建設と運輸で人手不足が深刻で、一部の企業では受注を断らざるを得ない状況だという。",
"県の最低賃金は10月5日から時給962円に引き上げられる。これまでの907円から55円の上昇で、引き上げ額は過去最大となる。支店の聞き取りでは、パート従業員の比率が高い小売りや飲食の企業から、人件費の増加を価格に転嫁しきれないとの声が聞かれた。",
"設備投資計画は、2024年度の全産業で前年度比8.2%増となった。6月調査の時点から2.5ポイント上方修正され、省力化のための機械やソフトウエアへの投資が目立つ。",
"記者会見した藤井美和子支店長は「県内景気は一部に弱めの動きがみられるものの、緩やかに持ち直している」との判断を維持した。そのうえで「観光の好調がどこまで他の産業に波及するか、また賃上げの動きが中小企業にも広がるかが今後の焦点だ」と述べた。",
"一方、全国の短観は1日に発表され、大企業製造業の業況判断指数はプラス13と前回から横ばいだった。県内の指数は全国に比べ水準は低いものの、改善の方向性は共通しているという。",
"支店は、年末にかけて海外経済の減速や為替の変動が県内企業の収益に影響する可能性もあるとして、引き続き動向を注視する考えだ。次回の12月調査は12月13日に発表する予定。",
"県内の経済団体からは、観光以外の産業への波及を促す取り組みを求める声が上がっている。湖陽商工会議所の担当者は「観光客の増加が地元の製造業や農業の売り上げにつながる仕組みづくりが必要だ。地元産品の販路拡大に官民で取り組みたい」と話している。",
],
digest="""湖陽県の短観:景況感3ポイント改善、観光がけん引2024年10月04日 07:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 日銀湖陽支店が3日(木)に発表した9月の企業短期経済観測調査(短観)の県内分で、全産業の業況判断指数(DI)はプラス6と、前回6月調査のプラス3から3ポイント改善した。改善は2期ぶり。

 主なハイライト

 製造業の持ち直し:製造業はマイナス3からプラス2へ5ポイント改善した。電子部品の受注回復や自動車部品の供給制約の緩和が寄与した。非製造業はプラス9で、1ポイントの改善にとどまった。

 観光の好調:7〜8月の主要観光地の入り込み客数は前年同期比7.6%増の182万4000人。外国人の延べ宿泊者数は4万3100人と前年同期の2.1倍に増えた。

 文脈

 深刻な人手不足:雇用人員判断指数はマイナス38で、とくに建設と運輸で人手不足が深刻になっている。

 最低賃金の引き上げ:県の最低賃金は10月5日から907円より55円高い962円となり、引き上げ率は約6%と過去最大の上げ幅となる。

 先行きはプラス4と2ポイントの悪化が見込まれており、支店は海外経済や為替の動向を注視している。

【詳細】

 観光の好調と製造業の持ち直しで、県内の景況感は2期ぶりに改善した。以下、調査結果の中身と支店長の見方をまとめる。

 調査の結果

 1.業況判断

 ・全産業プラス6、製造業プラス2、非製造業プラス9。
 ・宿泊・飲食サービスはプラス21と高水準を保つ一方、建設は資材高でマイナス4に悪化した。
 ・調査期間は8月27日〜9月30日で、対象187社のうち184社が回答した。回答率は約98%。

 2.設備投資

 ・2024年度の設備投資計画は全産業で前年度比8.2%増。6月調査から2.5ポイント上方修正された。
 ・省力化のための機械やソフトウエアへの投資が目立つ。

 支店の見方と課題

 1.景気判断

 ・藤井美和子支店長は「一部に弱めの動きがみられるものの、緩やかに持ち直している」との判断を据え置いた。
 ・「観光の好調がどこまで他の産業に波及するか、賃上げが中小企業にも広がるかが焦点だ」と述べた。

 2.全国との比較

 ・1日発表の全国短観では大企業製造業がプラス13で横ばいだった。県内の指数は水準こそ低いが、改善の方向は共通している。

 3.人件費の負担

 ・パート比率の高い小売りや飲食の企業からは、人件費の増加を価格に転嫁しきれないとの声が出ている。

 次回12月調査の結果は12月13日(金)に公表される。

【要点】

 調査の結果

 1.業況判断

 ・全産業DIはプラス6で3ポイント改善、製造業は5ポイント改善。

 2.設備投資

 ・2024年度の計画は8.2%増。

 支店の見方と課題

 1.景気判断

 ・「緩やかに持ち直している」との判断を維持。

 2.全国との比較

 ・全国の大企業製造業はプラス13。

 3.人件費の負担

 ・最低賃金は10月5日から962円。

【引用・参照・底本】

湖陽県内の景況感、3ポイント改善 日本銀行湖陽支店の9月短観 山陰経済 ウィークリー 2024.10.03

https://www.sanin-keizai-weekly.example/economy/2024/10/03/koyo-tankan-september
""",
errs=[
("入り込み客数は前年同期比7.6%増の182万4000人", "入り込み客数は前年同期比7.6%増の128万4000人", "mismatch", "error", "128万4000人"),
("・最低賃金は10月5日から962円。", "・最低賃金は10月5日から926円。", "mismatch", "error", "926円"),
("・パート比率の高い小売りや飲食の企業からは", "・回答企業の約3割にあたるパート比率の高い小売りや飲食の企業からは", "unsupported", "warning", "約3割"),
]))

CASES.append(dict(
slug="poland-rates-zloty", lang="en", outlet="Vistula Business Monitor", author="Katarzyna Zielińska", section="Economy",
url="https://www.vistulabusinessmonitor.example/economy/2024/11/07/central-bank-holds-rate-zloty",
title="Poland's central bank holds rates at 5.75% for 13th month as defence spending swells budget",
published="2024-11-07T16:00:00+01:00", time_display="7 November 2024, 16:00 CET",
paras=[
"WARSAW — The National Bank of Poland kept its main interest rate at 5.75% on Wednesday, where it has stood since October last year, and signalled that cuts were unlikely before the spring as inflation picks up again.",
"Consumer prices rose 5.0% in October from a year earlier, up from 4.9% in September, according to a flash estimate. The bank expects inflation to peak at about 5.5% in the first quarter of next year after the partial unfreezing of household energy prices.",
"&quot;We do not see room for easing at this stage,&quot; Governor Tomasz Wierzbicki told a news conference on Thursday. &quot;The discussion about cuts could start in March, when we have a new projection, but that is not a promise.&quot;",
"The zloty was little changed at 4.35 per euro on Thursday afternoon. Traders said they were waiting for the US Federal Reserve, which is due to announce its own decision at 2 p.m. Washington time on Thursday and is widely expected to cut its benchmark rate by a quarter of a percentage point.",
"The economy grew 2.7% in the third quarter from a year earlier, slower than the 3.2% recorded in the second quarter, as household spending cooled.",
"Fiscal policy is adding to the bank's caution. The government plans a budget deficit of 5.5% of gross domestic product next year, driven in part by a defence budget of 118 billion zlotys, equal to 4.7% of GDP and the highest share of any member of the North Atlantic Treaty Organization.",
"Poland has received 47 billion zlotys from the European Union's recovery fund so far this year, money that is financing investment in railways and energy grids and helping to offset weak private investment.",
"Economists at Baltic Street Securities said they now expected the first cut of 25 basis points in April. &quot;The bar for moving earlier is high,&quot; they wrote in a note to clients.",
"Poland, a country of 36.6 million people, has been one of the fastest-growing economies in the European Union over the past decade. The bank's next rate-setting meeting is on December 4.",
],
digest="""ポーランド中銀:政策金利5.75%で据え置き、利下げは春以降か2024年11月08日 08:30

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ポーランド国立銀行(中央銀行)は6日(水)、政策金利を5.75%に据え置いた。据え置きは2023年10月以来続いている。インフレが再び加速していることから、春までの利下げは難しいとの姿勢を示した。

 主なハイライト

 インフレの再加速:10月の消費者物価上昇率(速報値)は前年同月比5.0%と、9月の4.9%から0.1ポイント上がった。中銀は、家庭向けエネルギー価格の凍結が一部解除される影響で、2025年1〜3月期に約5.5%でピークを迎えるとみている。

 総裁の発言:トマシュ・ヴィエジュビツキ(Tomasz Wierzbicki)総裁は7日の記者会見で「現時点で緩和の余地はない。新たな見通しが出る3月に利下げの議論が始まる可能性はあるが、約束ではない」と述べた。

 文脈

 為替と米国の動き:ズロチは7日午後、1ユーロ=4.35ズロチとほぼ横ばい。市場は、ワシントン時間7日午後2時、日本時間8日午前4時に発表される米連邦準備制度理事会(FRB)の決定を待っている。FRBは0.25ポイントの利下げが広く予想されている。

 財政の拡大:政府は2025年の財政赤字を国内総生産(GDP)比5.5%と計画している。国防費は1180億ズロチでGDP比4.7%と、北大西洋条約機構(NATO)加盟国で最も高い比率になる。

 次回の金融政策会合は12月4日に開かれる。

【詳細】

 物価の再上昇と財政拡大が重なり、ポーランド中銀は慎重姿勢を崩していない。以下、決定の背景と経済の現状を整理する。

 金融政策

 1.据え置きの判断

 ・政策金利5.75%を維持した。
 ・利下げの議論は、新たな見通しが示される3月以降となる可能性がある。

 2.市場の予想

 ・バルティック・ストリート証券(Baltic Street Securities)のエコノミストは、最初の0.25ポイントの利下げを4月と予想し、「それより早く動くハードルは高い」と顧客向けリポートで指摘した。

 経済と財政

 1.成長の鈍化

 ・7〜9月期の国内総生産は前年同期比2.7%増で、4〜6月期の3.2%増から0.5ポイント減速した。家計消費の伸びが鈍った。

 2.国防費とEU資金

 ・国防費1180億ズロチは、人口3660万人で割ると国民1人あたり約3200ズロチとなる。
 ・欧州連合(EU)の復興基金から今年これまでに470億ズロチを受け取り、鉄道や送電網への投資に充てている。民間投資の弱さを補う役割も果たしている。

 ポーランドは過去10年、EUで最も成長の速い経済の一つだったが、物価と財政の両面で難しいかじ取りを迫られている。

【要点】

 金融政策

 1.据え置きの判断

 ・政策金利5.75%で据え置き、2023年10月から変わらず。

 2.市場の予想

 ・最初の利下げは4月との予想。

 経済と財政

 1.成長の鈍化

 ・7〜9月期は2.7%成長に減速。

 2.国防費とEU資金

 ・国防費はGDP比4.7%でNATO最高、EU復興基金から470億ズロチ。

【引用・参照・底本】

Poland's central bank holds rates at 5.75% for 13th month as defence spending swells budget Vistula Business Monitor 2024.11.07

https://www.vistulabusinessmonitor.example/economy/2024/11/07/central-bank-holds-rate-zloty
""",
errs=[
("・政策金利5.75%を維持した。", "・政策金利5.57%を維持した。", "mismatch", "error", "5.57%"),
("日本時間8日午前4時に発表される", "日本時間8日午前3時に発表される", "mismatch", "error", "8日午前3時"),
("ポーランド国立銀行(中央銀行)は6日(水)", "ポーランド国立銀行(NBP)は6日(水)", "name", "warning", "NBP"),
]))
