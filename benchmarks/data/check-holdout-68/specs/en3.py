CASES = [
dict(name="clean-calder-farmland", lang="en", outlet="Heartland Farm Ledger", domain="www.heartlandledger.example",
 path="/markets/2025/08/14/calder-farmland-values-survey", pub="2025-08-14T06:00:00-05:00",
 display="Aug. 14, 2025 6:00 a.m. CDT", author="Wendell Okafor", section="Markets",
 title="Calder farmland values climb 6.2% despite costlier loans and heat",
 paras=[
  "Farmland in the state of Calder gained value for a fifth straight year, rising 6.2% to an average of $8,450 an acre in the year to July 1, according to a survey of agricultural lenders published on Thursday by the Calder Bankers Association.",
  "Of the 212 bankers who answered the survey, 167 said they expected land values to stay flat or rise over the next twelve months. Only 45 expected a decline.",
  "About 1.2 million acres changed hands during the period, most of it sold by retiring farmers to neighbours expanding their operations, the association said. Investors from outside the state bought about 8% of the acreage.",
  "The average interest rate on new farm real-estate loans rose to 7.9% from 7.5% a year earlier, the highest level the association has recorded since it began the survey in 1987.",
  "Irrigated cropland in the western counties was the most expensive, at an average of $11,200 an acre, while pasture in the hill country averaged $3,150.",
  "The summer brought a heat wave that pushed temperatures to 104°F in parts of the state in late June, cutting corn yields in some counties by as much as 15%, according to the state agriculture department.",
  "\"Land is still the asset farmers trust most,\" said Ruth Anselmi, 64, who chairs the association's agricultural committee. \"But at these rates, the math for young buyers is getting very hard.\"",
  "The association expects prices to rise by between 2% and 4% next year, a slower pace than this year.",
 ],
 dtitle="カルダー州:農地価格6.2%上昇", stamp="2025年08月15日 07:15",
 digest="""
【概要】
カルダー州の農地価格は7月1日までの1年間で6.2%上昇し、1エーカーあたり平均8450ドル(1ヘクタールあたり約2万900ドル)となった。カルダー銀行協会が14日に公表した農業金融機関への調査で分かった。上昇は5年連続。
主なハイライト
先行きの見方:回答した銀行員212人のうち167人、約8割が今後12カ月の地価は横ばいか上昇すると答えた。下落を予想したのは45人にとどまった。
取引の規模:期間中に約120万エーカー(約49万ヘクタール)が売買された。州外の投資家による購入は面積の約8%だった。
金利の上昇:農地向け新規融資の平均金利は7.5%から7.9%へ0.4ポイント上昇し、1987年の調査開始以来の最高となった。
文脈
地域差:西部の灌漑農地は1エーカーあたり平均1万1200ドルと最も高く、丘陵地の牧草地は平均3150ドルだった。
猛暑:6月下旬には一部で気温が華氏104度(摂氏40度)に達し、一部の郡ではトウモロコシの収量が最大15%減った。
協会は来年の上昇率を2〜4%とみており、今年より伸びは鈍る見通しである。
【詳細】
カルダー州の農地は、借り入れコストの上昇や猛暑にもかかわらず値上がりを続けた。以下、調査の中身を整理する。
調査の結果
1.価格と取引
・平均価格は1エーカーあたり8450ドルで、6.2%上昇した。
・売買の多くは、引退する農家から規模を拡大する近隣の農家への売却だった。
2.銀行員の見通し
・212人中167人が横ばいまたは上昇を予想した。
・来年の上昇率は2〜4%と予想されている。
コストと天候
1.融資金利
・新規融資の平均金利は7.9%で、前年の7.5%から上がった。
・調査は1987年に始まり、現在の金利はその中で最も高い。
2.猛暑の影響
・6月下旬に華氏104度を記録した。
・トウモロコシの収量は一部の郡で最大15%減少した。
一方、協会の農業委員会を率いるルース・アンセルミ(Ruth Anselmi)氏(64)は「この金利では若い買い手の計算は非常に厳しい」と語った。
【要点】
調査の結果
1.価格と取引
・農地価格は6.2%上昇の1エーカー8450ドル、約120万エーカーが売買。
2.銀行員の見通し
・約8割が横ばいか上昇を予想、来年は2〜4%上昇の見通し。
コストと天候
1.融資金利
・平均金利は0.4ポイント上昇の7.9%。
2.猛暑の影響
・猛暑でトウモロコシの収量が最大15%減少。
"""),

dict(name="err-kestrel-copper-half", lang="en", outlet="Southern Cross Mining Review", domain="www.scminingreview.example",
 path="/companies/2025/08/20/kestrel-copper-half-year-results", pub="2025-08-20T18:30:00+08:00",
 display="Wednesday 20 August 2025 6.30pm AWST", author="Lachlan Petrakis", section="Companies",
 title="Kestrel Copper lifts output 7% but profit dips on lower grades",
 paras=[
  "Kestrel Copper, the miner listed in Port Halden, said on Wednesday that it produced 412,000 tonnes of copper in the six months to June 30, up 7% from a year earlier, as its new concentrator at Tollan Ridge reached full speed.",
  "Revenue rose 4% to $5.6 billion, but net profit fell 11% to $890 million because ore grades at the older Marrow Creek mine continued to decline and energy costs rose.",
  "Unit costs climbed to $2.31 a pound from $2.12, the company said. It kept its full-year production guidance of 820,000 to 860,000 tonnes and declared an interim dividend of 35 US cents a share, down from 41 cents.",
  "The Tollan Ridge mine sits 2,900 metres above sea level and 140 kilometres from the port at Sandy Neck, where the company is spending $420 million to expand its loading terminal.",
  "Chief executive Imogen Strachan said the company had signed a ten-year power purchase agreement for wind energy that would cover about 30% of its electricity needs from 2027.",
  "Kestrel has a workforce of 9,800 people, including contractors. It said it would add about 350 jobs at Tollan Ridge over the next two years.",
  "The company will hold a conference call for analysts at 10 a.m. local time on Thursday. Copper prices have risen about 9% this year on supply disruptions elsewhere and strong demand from grid and electric-vehicle makers.",
  "Shares closed 1.8% lower at $14.62 before the results were released.",
 ],
 dtitle="ケストレル・カッパー:増産も減益", stamp="2025年08月20日 21:00",
 digest="""
【概要】
資源会社ケストレル・カッパー(Kestrel Copper)は20日、1〜6月期の銅生産量が前年同期比7%増の41万2000トンになったと発表した。トラン・リッジの新たな選鉱設備がフル稼働に達した。
主なハイライト
減益:売上高は4%増の5億6000万ドルだったが、純利益は11%減の8億9000万ドルとなった。旧来のマロー・クリーク鉱山で鉱石の品位が低下し、エネルギー費も上昇した。
コスト:1ポンドあたりの生産コストは2.12ドルから2.31ドルに上がった。
減配:中間配当は1株35米セントで、前年の41セントから引き下げた。
文脈
鉱山と港:トラン・リッジ鉱山は標高2900メートル、積み出し港のサンディ・ネックから140キロ(約87マイル)の場所にある。港では4億2000万ドルをかけて積み出し施設を拡張している。
再生エネルギー:イモジェン・ストラチャン(Imogen Strachan)最高経営責任者は、2027年から電力需要の約3割を賄う10年間の風力発電の購入契約を結んだと説明した。
通期の生産見通しは82万〜86万トンで据え置いた。
【詳細】
ケストレルは生産を伸ばしたものの、品位の低下とコスト高で利益が減った。以下、決算の中身を整理する。
上半期の業績
1.生産と売上高
・銅生産量は41万2000トンで7%増えた。
・純利益は8億9000万ドルで11%減った。
2.コストと配当
・ポンドあたりコストは2.31ドル。
・中間配当は35セントに減額された。
今後の計画
1.雇用と設備
・従業員は請負業者を含め9800人。今後2年でトラン・リッジに約350人を増員する。
・港湾の拡張に4億2000万ドルを投じる。
2.説明会と株価
・アナリスト向けの電話会議は21日(木曜日)午前10時(日本時間21日正午)に開かれる。
・株価は発表前に1.8%安の14.62ドルで取引を終えた。
一方、銅価格は他の産地での供給障害と送電網・電気自動車向けの需要を背景に、年初から約9%上昇している。
【要点】
上半期の業績
1.生産と売上高
・生産量は7%増の41万2000トン、純利益は11%減。
2.コストと配当
・コストは1ポンド2.31ドル、中間配当は35セント。
今後の計画
1.雇用と設備
・約350人を増員し、港湾拡張に4億2000万ドル。
2.説明会と株価
・電話会議は21日、株価は14.62ドル。
""",
 cite_url="https://www.scminingreview.example/companies/2025/08/20/kestrel-copper-half-year-results?utm_source=newsletter&utm_medium=email&utm_campaign=mining_am&sub_id=448120",
 findings=[("mismatch", "error", "5億6000万ドル", "wrong scale: $5.6 billion is 56億ドル"),
           ("mismatch", "error", "日本時間21日正午", "wrong JST conversion: 10 a.m. +08:00 is 11時 JST"),
           ("citation", "warning", "https://www.scminingreview.example/companies/2025/08/20/kestrel-copper-half-year-results?utm_source=newsletter&utm_medium=email&utm_campaign=mining_am&sub_id=448120", "tracking parameters in citation URL")]),
]
