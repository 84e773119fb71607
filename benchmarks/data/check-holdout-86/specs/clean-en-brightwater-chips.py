lang = "en"
outlet = "Silicon Slope Reporter"
title = "Brightwater Semiconductor revenue jumps 31% on data-center demand"
url = "https://www.siliconslopereporter.example/chips/brightwater-fiscal-first-quarter-2026-results"
published = "2025-09-03T15:25:00-07:00"
timestr = "Sept. 3, 2025, 3:25 p.m. PT"
author = "Marcus Delgado-Frey"
section = "Chips"
paras = [
 "Brightwater Semiconductor said on Wednesday that revenue rose 31% to $5.42 billion in its fiscal first quarter, which ended on July 31, as cloud companies kept buying its chips for data centers.",
 "Under a change approved last year, the 2026 fiscal year began on May 1, 2025, so the first quarter covered the three months from May to July. Brightwater said the change aligned its reporting with its largest customers.",
 "Sales of data-center chips accounted for 64% of revenue, up from 52% a year earlier, while the personal computer business shrank 4% to $910 million. Gross margin widened by 1.9 percentage points to 58.4%.",
 "For the second quarter, covering August to October, Brightwater forecast revenue of $5.9 billion, plus or minus $120 million. Analysts had expected $5.7 billion on average, according to a survey by the data provider Quillon.",
 "Chief executive Harriet Oyelaran-Sparks said on a call with analysts at 2 p.m. Pacific time that the company's newest memory module, with 36 gigabytes per stack, would begin shipping in volume in November. \"Demand is ahead of our supply,\" she said.",
 "The company plans to spend about $3 billion this fiscal year on a new packaging plant near Tucson, Arizona, that will employ 1,800 people when it opens in 2027. Brightwater has about 21,000 employees worldwide.",
 "Shares rose 7.2% in extended trading after the results. They have gained 46% so far this year, making Brightwater the third-best performer among the 30 companies in the main chip stock index.",
 "The company also raised its quarterly dividend by 2 cents to 24 cents a share.",
]
digest = dict(
 headline="ブライトウォーター:売上高31%増、データセンター向け好調", posted="2025年09月04日 10:30",
 lead=["半導体大手ブライトウォーター・セミコンダクター(Brightwater Semiconductor)は3日(水)、2026年度第1四半期(2025年5〜7月期)の売上高が前年同期比31%増の54億2000万ドルだったと発表した。クラウド企業によるデータセンター向けチップの購入が続いた。"],
 highlights=[
  ("データセンター向け", "データセンター向けチップが売上高の64%を占め、前年同期の52%から12ポイント上昇した。一方、パソコン向けは4%減の9億1000万ドルだった。"),
  ("利益率", "売上総利益率は1.9ポイント改善して58.4%となった。"),
  ("見通し", "8〜10月期の売上高は59億ドル(上下1億2000万ドル)、つまり57億8000万〜60億2000万ドルを見込む。市場予想の平均は57億ドルだった。"),
 ],
 context=[
  ("決算期の変更", "昨年承認された変更により、2026年度は2025年5月1日に始まった。最大の顧客企業と決算期をそろえるためという。"),
  ("新工場", "今年度はアリゾナ州ツーソン近郊の新しいパッケージング工場に約30億ドルを投じる。2027年の稼働時には1800人を雇用する。"),
 ],
 closing=["ハリエット・オイェラン=スパークス(Harriet Oyelaran-Sparks)最高経営責任者は「需要が供給を上回っている」と述べた。"],
 intro=["データセンター向けの需要に支えられ、ブライトウォーターの決算は市場予想を上回った。以下、主な内容をまとめる。"],
 details=[
  ("5〜7月期の決算", [
   ("売上高", ["・売上高は54億2000万ドルで31%増。", "・データセンター向けの比率は64%。", "・パソコン向けは9億1000万ドルに縮小。"]),
   ("利益率と配当", ["・売上総利益率は58.4%。", "・四半期配当を2セント増やし、1株24セントとした。"]),
  ]),
  ("今後の見通し", [
   ("8〜10月期", ["・売上高は59億ドルの前後1億2000万ドルを予想。", "・データ会社クイロン(Quillon)の調べでは、市場予想は57億ドル。"]),
   ("新製品", ["・1スタックあたり36GBの新しいメモリーモジュールを11月に本格出荷する。", "・アナリスト向け説明会は太平洋時間午後2時、日本時間4日午前6時に開かれた。"]),
  ]),
  ("投資と株価", [
   ("工場建設", ["・ツーソン近郊の工場に約30億ドル、2027年に1800人体制。", "・従業員は世界で約2万1000人。"]),
   ("株価", ["・時間外取引で7.2%上昇。", "・年初来の上昇率は46%で、主要半導体株指数の30社中3位。"]),
  ]),
 ],
 dclosing=["一方、供給が需要に追いつくかどうかが、今後の成長ペースを左右しそうだ。"],
 points=[
  ("5〜7月期の決算", [("売上高", ["・売上高54億2000万ドル(31%増)。"]), ("利益率と配当", ["・利益率58.4%、配当24セント。"])]),
  ("今後の見通し", [("8〜10月期", ["・売上高59億ドル前後を予想。"]), ("新製品", ["・36GBのメモリーを11月に出荷。"])]),
  ("投資と株価", [("工場建設", ["・新工場に約30億ドル。"]), ("株価", ["・株価7.2%高、年初来46%上昇。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.09.03", cite_url=url,
)
