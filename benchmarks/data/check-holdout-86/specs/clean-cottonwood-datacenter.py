lang = "en"
outlet = "Prairie Signal News"
title = "Cottonwood Compute opens $2.4 billion data center on 240-acre site"
url = "https://www.prairiesignal.example/business/technology/cottonwood-compute-data-center-opens"
published = "2025-05-13T08:00:00-05:00"
timestr = "May 13, 2025 at 8:00 a.m. CDT"
author = "Wesley Harcourt"
paras = [
 "Cottonwood Compute opened its largest data center on Monday, a $2.4 billion campus on a 240-acre site about 38 miles northeast of the city of Larkspur, the company said.",
 "The facility can draw up to 300 megawatts of power when fully built, enough to make it the largest data center in the state. The first of its four halls, with 75 megawatts, began serving customers on Monday; the remaining three are scheduled to open by the end of 2027.",
 "The campus will employ about 350 people permanently. At the peak of construction, some 2,100 workers were on site, according to county officials, who approved a 15-year property tax break for the project in 2023.",
 "Cottonwood said the center would use a closed-loop cooling system designed for summer days when temperatures in the region regularly top 104°F. The company expects to use about 1.2 million gallons of water a day at full capacity, less than half of what an older design would need.",
 "Residents at a public meeting last year raised concerns about noise and water use. Mayor Delphine Okafor-Reyes said on Monday that the company had agreed to pay $18 million over 10 years toward a new water treatment plant.",
 "Cottonwood, founded in 2012, operates 27 data centers in North America. It ranks as the sixth-largest independent operator in the United States by capacity, according to the consultancy Farrow Data Insights.",
 "Chief executive Lionel Baptiste-Ward said demand from companies training artificial intelligence models had \"changed the scale of everything we build.\" He said about 60% of the new campus's capacity had already been leased.",
 "The company plans to announce another site in the region in the first quarter of next year.",
]
digest = dict(
 headline="コットンウッド:24億ドルのデータセンターが稼働", posted="2025年05月14日 07:45",
 lead=["データセンター運営のコットンウッド・コンピュート(Cottonwood Compute)は12日(月)、ラークスパー市の北東約38マイル(約61キロ)にある240エーカー(約97ヘクタール)の敷地に、総工費24億ドルをかけたデータセンターを開業した。同社最大の拠点となる。"],
 highlights=[
  ("州内最大", "全面完成時の最大電力は300メガワットで、州内最大のデータセンターとなる。4棟のうち75メガワットの1棟目が12日に稼働し、残る3棟は2027年末までに開く。"),
  ("雇用", "常勤の雇用は約350人。建設のピーク時には約2100人が現場で働いた。"),
  ("冷却と水", "気温が華氏104度(摂氏40度)を超えることが多い夏に備え、循環式の冷却方式を採用した。全面稼働時の水使用量は1日約120万ガロン(約450万リットル)で、旧来の設計の半分以下という。"),
 ],
 context=[
  ("住民の懸念", "昨年の住民説明会では騒音と水の使用量に懸念が出た。デルフィーヌ・オカフォー=レイエス(Delphine Okafor-Reyes)市長によると、同社は新しい浄水場のために10年間で1800万ドルを負担する。"),
  ("人工知能の需要", "ライオネル・バティスト=ウォード(Lionel Baptiste-Ward)最高経営責任者は、人工知能のモデルの学習需要が「あらゆるものの規模を変えた」と話した。"),
 ],
 closing=["新施設の容量の約6割はすでに貸し出しが決まっており、同社は来年1〜3月期に地域で次の拠点を発表する予定だ。"],
 intro=["コットンウッドの新データセンターは、人工知能ブームを背景に建設された大型施設である。以下、施設の概要と地元への影響をまとめる。"],
 details=[
  ("施設の概要", [
   ("規模", ["・敷地は240エーカー(約97ヘクタール)、総工費は24億ドル。", "・最大電力は300メガワットで、1棟あたり75メガワット。"]),
   ("冷却方式", ["・水を循環させる冷却方式を採用。", "・水使用量は1日約120万ガロン(約450万リットル)。"]),
  ]),
  ("地元への影響", [
   ("雇用と税", ["・常勤は約350人、建設ピーク時は約2100人。", "・郡は2023年に15年間の固定資産税の減免を承認した。"]),
   ("水への負担", ["・同社は浄水場の建設に10年間で1800万ドルを拠出する。"]),
  ]),
  ("会社の概要", [
   ("事業規模", ["・2012年創業で、北米で27カ所のデータセンターを運営する。", "・コンサルティング会社ファロー・データ・インサイツ(Farrow Data Insights)によると、容量で米国の独立系事業者の6位。"]),
  ]),
 ],
 dclosing=["創業から13年の同社にとって、人工知能向け需要の取り込みが成長のかぎを握る。"],
 points=[
  ("施設の概要", [("規模", ["・240エーカーの敷地に24億ドル、最大300メガワット。"]), ("冷却方式", ["・水使用量は1日約120万ガロン。"])]),
  ("地元への影響", [("雇用と税", ["・常勤約350人、15年間の税減免。"]), ("水への負担", ["・浄水場に1800万ドル拠出。"])]),
  ("会社の概要", [("事業規模", ["・27カ所を運営、独立系で米国6位。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.05.13", cite_url=url,
)
