CASES = [
dict(name="clean-vessaly-rate-hold", lang="en", outlet="Continental Rates Monitor", domain="www.ratesmonitor.example",
 path="/central-banks/2025/09/17/bank-of-vessaly-holds-rate", pub="2025-09-17T15:10:00-06:00",
 display="September 17, 2025 3:10 p.m. CST", author="Hector Lindqvist-Mora", section="Central banks",
 title="Bank of Vessaly holds rate at 5.25%, signals patience on further cuts",
 paras=[
  "The Bank of Vessaly left its benchmark rate unchanged at 5.25% on Wednesday, pausing after three cuts this year that together lowered borrowing costs by 0.75 percentage points.",
  "Six of the seven members of the monetary board voted to hold, the bank said in a statement released at 2 p.m. local time. The seventh member, deputy governor Anselm Roth, voted for a further cut of a quarter of a percentage point.",
  "Annual inflation slowed to 3.8% in August from 4.6% in July, the statistics office said last week, but remains above the bank's target of 3%, plus or minus one point.",
  "Governor Marisol Quintero-Hahn, 61, told reporters that the board wanted to see \"several more months\" of falling prices before easing again. \"We are not in a hurry, and the economy is not asking us to be,\" she said.",
  "The economy grew 2.1% in the second quarter from a year earlier, and unemployment stood at 4.9% in August, the lowest level since the statistics office began its current survey.",
  "The vessal weakened 0.4% to 18.62 per US dollar after the decision, as some traders had positioned for a cut. Yields on two-year government bonds rose 6 basis points to 4.87%.",
  "The Bank of Vessaly, founded in 1934, publishes its quarterly inflation report on October 8. The board's next rate decision is due on October 29.",
  "Economists at Brennock Partners said they still expected one more cut before the end of the year, most likely in December, if inflation keeps moving towards the target.",
 ],
 dtitle="ヴェサリー中銀:政策金利を5.25%で据え置き", stamp="2025年09月18日 09:00",
 digest="""
【概要】
ヴェサリー中央銀行(Bank of Vessaly)は17日(水曜日)、政策金利を5.25%で据え置いた。今年3回の利下げで計0.75ポイント引き下げてきたが、一旦立ち止まった形である。
主なハイライト
割れた判断:金融政策委員会の7人のうち6人が据え置きを支持し、アンゼルム・ロート(Anselm Roth)副総裁は0.25ポイントの追加利下げを主張した。
インフレの鈍化:8月のインフレ率は3.8%で、7月の4.6%から0.8ポイント低下したが、目標の3%(上下1ポイントの幅)をなお上回る。
総裁の発言:マリソル・キンテロ=ハーン(Marisol Quintero-Hahn)総裁(61)は「急いでいない」と述べ、物価下落があと数カ月続くのを見極めたい考えを示した。
文脈
景気:4〜6月期の成長率は前年同期比2.1%、8月の失業率は4.9%だった。
市場:決定後、通貨ヴェサルは0.4%下落し1ドル=18.62ヴェサルとなった。2年債利回りは0.06ポイント上昇して4.87%となった。
1934年に設立され、創設から90年を超える同行の次回の金利決定は10月29日である。
【詳細】
ヴェサリー中銀は利下げを一時停止し、インフレのさらなる鈍化を待つ姿勢を示した。以下、決定の中身と背景をまとめる。
金融政策の決定
1.据え置きと票決
・政策金利は5.25%で据え置き。
・声明は現地時間17日午後2時(日本時間18日午前5時)に公表された。
・7人中6人が据え置き、1人が0.25ポイントの利下げに投票した。
2.総裁の説明
・総裁は、あと「数カ月」の物価下落を確認したいと述べた。
・「経済も急ぐことを求めていない」と語った。
経済と市場
1.物価と雇用
・インフレ率は7月の4.6%から8月は3.8%に鈍化した。
・失業率4.9%は現行の調査開始以来の最低水準である。
2.市場の反応と日程
・利下げを見込んでいた一部のトレーダーの思惑が外れ、通貨は下落した。
・四半期の物価報告は10月8日、次回の金利決定は10月29日に予定されている。
一方、ブレノック・パートナーズのエコノミストは、インフレが目標に向かえば年内にもう1回、12月の利下げがあるとみている。
【要点】
金融政策の決定
1.据え置きと票決
・政策金利5.25%で据え置き、7人中6人が賛成。
2.総裁の説明
・数カ月の物価下落を見極めたい考え。
経済と市場
1.物価と雇用
・8月のインフレ率は3.8%、失業率は4.9%。
2.市場の反応と日程
・通貨は0.4%安、次回の決定は10月29日。
"""),

dict(name="err-brightwater-layoffs", lang="en", outlet="Silicon Coast Journal", domain="www.siliconcoastjournal.example",
 path="/tech/2025/07/29/brightwater-systems-cuts-2400-jobs", pub="2025-07-29T13:15:00-07:00",
 display="Tue, July 29, 2025, 1:15 PM PDT", author="Nadia Fairweather", section="Tech",
 title="Brightwater Systems to cut 2,400 jobs as it shifts spending to AI data centres",
 paras=[
  "Brightwater Systems, the cloud software company based in Larkspur Bay, said on Tuesday it would cut about 2,400 jobs, or roughly 9% of its 26,500 employees, as it redirects spending toward data centres for artificial intelligence.",
  "The company expects to record restructuring charges of $310 million to $350 million, mostly severance, in the third quarter. It will also give up 1.2 million square feet of office space in five cities.",
  "Revenue for the three months to June 30 rose 14% to $3.6 billion. Cloud revenue, which now makes up close to two-thirds of the total, grew 21% to $2.2 billion, while sales of licensed software fell 3%.",
  "For the current quarter, Brightwater forecast revenue of $3.70 billion to $3.75 billion, slightly above the $3.68 billion analysts had pencilled in.",
  "Chief executive Priya Ostrander said the cuts would fall mainly on sales and administrative staff. \"We are not shrinking, we are changing shape,\" she wrote in a memo to employees, adding that the company would hire about 600 engineers over the next 18 months.",
  "Brightwater, founded in 2009, has spent $4.1 billion on capital projects in the first half of the year, more than it spent in the whole of last year.",
  "Shares rose 3.1% to $188.40 in extended trading. They have gained 22% since the start of the year, lagging the 31% rise in an index of large software stocks.",
  "Employees affected in the United States will receive at least 16 weeks of pay, the memo said. Staff in other countries will be consulted in line with local rules before the end of October.",
 ],
 dtitle="ブライトウォーター:2400人削減、AIに資金を移す", stamp="2025年07月30日 10:40",
 digest="""
【概要】
クラウドソフトウェア会社のブライトウォーター・システムズ(Brightwater Systems)は29日、全従業員2万6500人の約12%にあたる約2400人を削減すると発表した。浮いた資金を人工知能(AI)向けデータセンターに振り向ける。
主なハイライト
リストラ費用:7〜9月期に3億1000万〜3億5000万ドルの費用を計上する見込みで、大半は退職金である。
オフィス縮小:5都市で120万平方フィート(約11万平方メートル)のオフィスを手放す。
業績:4〜6月期の売上高は21%増の36億ドルだった。クラウド部門の売上高は22億ドルで全体の3分の2近くを占める。
文脈
事業の転換:プリヤ・オストランダー(Priya Ostrander)最高経営責任者は社員向けメモで「縮小するのではなく、形を変える」と述べた。今後18カ月で技術者約600人を採用する。
設備投資:2009年創業の同社は、上半期だけで41億ドルを設備投資に充て、昨年1年間の額を上回った。
今回の削減は2020年以来の大規模なものとなる。株価は時間外取引で3.1%上昇した。
【詳細】
ブライトウォーターは人員を減らす一方で、AI向けの投資を加速させる。以下、削減の中身と業績を整理する。
人員削減の内容
1.対象と費用
・削減は主に営業と管理部門が対象となる。
・リストラ費用は3億1000万〜3億5000万ドルを見込む。
2.社員への対応
・米国の対象者には最低16週間分の給与が支払われる。
・その他の国の社員とは、10月末までに各国のルールに沿って協議する。
業績と見通し
1.4〜6月期
・売上高は36億ドル、クラウド売上高は22億ドル。
・ライセンス販売のソフトウェアは3%減った。
2.7〜9月期の予想と株価
・売上高は37億〜37億5000万ドルを予想し、アナリスト予想の36億8000万ドルを上回る。
・株価は188.40ドル。年初来22%の上昇で、大型ソフト株指数の31%を下回る。
一方、オストランダー氏は、人員を減らしても会社の規模そのものは縮まないと強調した。
【要点】
人員削減の内容
1.対象と費用
・約2400人削減、費用は最大3億5000万ドル。
2.社員への対応
・米国では16週間分以上の給与を支給。
業績と見通し
1.4〜6月期
・売上高36億ドル、クラウドは22億ドル。
2.7〜9月期の予想と株価
・売上高予想は37億〜37億5000万ドル、株価は3.1%高。
""",
 findings=[("mismatch", "error", "約12%", "wrong share: source says roughly 9%"),
           ("mismatch", "error", "21%増の36億ドル", "moved figure: cloud growth 21% attached to total revenue (14%)"),
           ("unsupported", "warning", "2020年", "invented year: source names no earlier cut")]),
]
