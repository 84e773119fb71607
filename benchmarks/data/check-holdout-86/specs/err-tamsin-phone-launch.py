lang = "en"
outlet = "Gadget Ledger Daily"
title = "Tamsin sets September 9 date for Halo 7 phone, keeps base price at $899"
url = "https://gadgetledger.example/phones/2025/08/21/tamsin-halo-7-launch-date"
published = "2025-08-21T11:20:00-07:00"
timestr = "Aug 21, 2025 11:20 AM PDT"
author = "Priya Kellerman"
paras = [
 "Tamsin Devices will unveil its Halo 7 smartphone at an event in San Jose on Tuesday, September 9, starting at 10 a.m. Pacific time, the company said in invitations sent to reporters on Thursday.",
 "People familiar with the plans said the base model would keep last year's price of $899 in the United States, while the larger Halo 7 Max would start at $1,149. In the euro zone the base model is expected to cost €949 and in Britain £799.",
 "The base phone will come with 256GB of storage, double the 128GB of last year's entry model, and a 6.3-inch screen. The Max will be offered with 512GB or 1TB. Both will use a new chip that Tamsin says is 30% faster than the one in the Halo 6.",
 "Pre-orders will open on Friday, September 12, and the phones will reach stores a week later, on Friday, September 19, in 28 countries, the people said. Japan and South Korea will be among the first markets.",
 "Tamsin is the fourth-largest smartphone brand in the United States with a market share of 7.4% in the second quarter, according to the research firm Ostwald Metrics, up from 6.1% a year earlier. Its share in Europe was 5.2%.",
 "The company shipped 11.8 million phones worldwide in the April-to-June quarter. Chief executive Rowan Okonkwo-Baird has set a goal of 60 million units for the full year, up from 47 million in 2024.",
 "The Halo 7's battery grows to 5,100 mAh from 4,700 mAh, and Tamsin claims the phone can be charged to 50% in 18 minutes with its new 65-watt charger, which is sold separately for $39.",
 "The event will be streamed on the company's website. Tamsin founded its phone business in 2014 and released the first Halo model two years later.",
]
digest = dict(
 headline="タムシン:新型スマホ「ヘイロー7」を9月9日発表へ", posted="2025年08月22日 08:15",
 lead=["タムシン・デバイセズ(Tamsin Devices)は、新型スマートフォン「ヘイロー7(Halo 7)」を9月9日(火)午前10時(米太平洋時間)からサンノゼで開くイベントで発表する。日本時間では10日午前2時にあたる。基本モデルの米国価格は前年と同じ899ドルに据え置かれる見通しだ。"],
 highlights=[
  ("価格", "上位モデル「ヘイロー7マックス」は1149ドルから。ユーロ圏では基本モデルが949ユーロ、英国では799ポンドになる見込み。"),
  ("容量と性能", "基本モデルのストレージは256GBと、前年の128GBから倍増する。新チップはヘイロー6より30%高速という。"),
  ("発売日", "予約受付は9月12日(金)に始まり、1週間後の19日(金)に日本や韓国を含む28カ国で店頭に並ぶ。"),
 ],
 context=[
  ("シェア", "調査会社オストヴァルト・メトリクス(Ostwald Metrics)によると、タムシンの4〜6月期の米国シェアは7.4%で4位。前年同期の6.1%から1.3ポイント上昇した。"),
  ("出荷目標", "ロウワン・オコンクォ=ベアード(Rowan Okonkwo-Baird)最高経営責任者は、年間出荷6000万台を目標に掲げる。2024年の4700万台から1300万台の上積みとなる。"),
 ],
 closing=["スマホ事業への参入から11年を迎えるタムシンは、価格を据え置いて容量を倍増させることでシェア拡大を狙う。"],
 intro=["タムシンは報道陣に招待状を送り、新型機の発表日を明らかにした。以下、価格、仕様、販売計画を整理する。"],
 details=[
  ("発表と発売の日程", [
   ("発表イベント", ["・9月9日(火)午前10時(米太平洋時間)、日本時間10日午前2時からサンノゼで開催。", "・イベントは同社のウェブサイトで中継される。"]),
   ("予約と発売", ["・予約受付は9月12日(金)開始。", "・9月19日(金)に28カ国で発売し、日本と韓国は最初の市場に含まれる。"]),
  ]),
  ("価格と仕様", [
   ("価格", ["・基本モデルは899ドル、マックスは1149ドルから。", "・ユーロ圏で949ユーロ、英国で799ポンドの見込み。"]),
   ("ストレージと画面", ["・基本モデルは256GB、6.3インチ画面。", "・マックスは512GBと1TBの2種類。"]),
   ("バッテリーと充電", ["・バッテリー容量は4700mAhから5100mAhに増加。", "・別売り(39ドル)の65ワット充電器を使えば、18分で50%まで充電できるという。"]),
  ]),
  ("市場での位置", [
   ("シェアと出荷", ["・米国シェアは7.4%で4位、欧州では5.2%。", "・4〜6月期の世界出荷台数は1180万台。", "・通期の目標は6000万台で、2024年は4700万台だった。"]),
  ]),
 ],
 dclosing=["タムシンは2014年にスマホ事業を始め、その2年後の2016年に初代ヘイローを発売した。"],
 points=[
  ("発表と発売の日程", [("発表イベント", ["・9月9日(火)午前10時(太平洋時間)、日本時間10日午前2時に発表。"]), ("予約と発売", ["・9月12日(金)予約開始、19日(金)に28カ国で発売。"])]),
  ("価格と仕様", [("価格", ["・基本モデル899ドルに据え置き、マックスは1149ドルから。"]), ("ストレージと画面", ["・基本モデルの容量は256GBに倍増。"]), ("バッテリーと充電", ["・バッテリーは5100mAh、18分で50%充電。"])]),
  ("市場での位置", [("シェアと出荷", ["・米国シェア7.4%で4位、年間6000万台を目指す。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.08.21", cite_url=url,
)
plants = [
 ("日本時間では10日午前2時にあたる", "日本時間では10日午前3時にあたる"),
 ("1週間後の19日(金)", "1週間後の20日(金)"),
 ("・通期の目標は6000万台で、2024年は4700万台だった。", "・通期の目標は6000万台で、2024年は4700万台だった。オコンクォ=ベアード氏は2019年から同社を率いている。"),
]
findings = [
 {"kind": "mismatch", "severity": "error", "span": "10日午前3時"},
 {"kind": "mismatch", "severity": "error", "span": "20日(金)"},
 {"kind": "unsupported", "severity": "warning", "span": "2019年"},
]
