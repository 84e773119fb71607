CASES = [
dict(name="err-osterfeld-motors-sales", lang="en", outlet="Continental Auto Report", domain="www.continentalauto.example",
 path="/industry/2025/01/16/osterfeld-motors-2024-deliveries", pub="2025-01-16T08:15:00+01:00",
 display="Thursday 16 January 2025, 08:15 CET", author="Benedikt Harrower", section="Industry",
 title="Osterfeld Motors deliveries slip 2.8% as electric share climbs to 23%",
 paras=[
  "Osterfeld Motors delivered 1.34 million vehicles worldwide in 2024, 2.8% fewer than a year earlier, the carmaker said on Thursday, as weak demand in China offset growth in Europe.",
  "Battery-electric models made up 23% of deliveries, up from 17% in 2023. The company's best-selling electric car, the compact Veloce, found 148,000 buyers.",
  "In Europe, Osterfeld's market share rose to 8.1% from 7.7%, according to data from the Continental Vehicle Makers Association. Sales in China fell 19% to 212,000 vehicles.",
  "The carmaker has cut prices on some electric models by up to €3,500 per car since October to defend its position against cheaper imports.",
  "Chief executive Margit Sollner, 52, said a new battery plant at Velika Ravan would start production in 2027 and employ about 4,000 people. The plant will have capacity for 40 gigawatt-hours of cells a year.",
  "Osterfeld plans to launch nine new models over the next two years, five of them fully electric, and aims for electric cars to account for half of its European sales by 2030.",
  "The company will publish full-year financial results on February 27. Analysts expect operating profit to have fallen by about a fifth because of the price cuts and costs of restructuring its plants.",
  "Shares in Osterfeld rose 1.2% to €61.40 in early trading in Frankfurt.",
 ],
 dtitle="オスターフェルト:販売2.8%減、電気自動車比率は23%に", stamp="2025年01月16日 20:00",
 digest="""
【概要】
自動車メーカーのオスターフェルト・モーターズ(Osterfeld Motors)は16日、2024年の世界販売台数が前年比2.8%減の134万台だったと発表した。中国の需要低迷が欧州での伸びを打ち消した。
主なハイライト
電気自動車:電池式電気自動車の比率は2023年の17%から23%に上がり、6ポイント上昇した。最も売れた電気自動車の小型車「ヴェローチェ」は14万8000台だった。
欧州と中国:欧州大陸自動車工業会(CVMA)によると、欧州でのシェアは7.7%から8.1%に上がった。中国での販売は19%減の21万2000台だった。
値下げ:10月以降、一部の電気自動車を1台あたり最大3500ユーロ値下げし、安価な輸入車に対抗している。
文脈
電池工場:マルギット・ゼルナー(Margit Sollner)最高経営責任者(52)は、ヴェリカ・ラヴァンの新しい電池工場が2028年に生産を始め、約4000人を雇用すると述べた。年産能力は40ギガワット時である。
新型車:今後2年で新型車9車種を投入し、うち5車種を完全な電気自動車とする。2030年までに欧州販売の半分を電気自動車にする目標を掲げる。
通期決算は2月26日に発表される。アナリストは営業利益が約2割減ったとみている。
【詳細】
オスターフェルトは中国での苦戦が響き、販売台数を落とした。以下、販売の内訳と今後の計画を整理する。
2024年の販売
1.地域別の動向
・世界販売は134万台で2.8%減少した。
・中国での販売は19%減った。
2.電気自動車の伸び
・電気自動車の比率は23%に上昇した。
・ヴェローチェの販売は14万8000台。
今後の計画
1.工場と新型車
・電池工場は約4000人を雇用し、年40ギガワット時の電池を生産する。
・新型車9車種のうち5車種が電気自動車となる。
2.決算と株価
・値下げと工場再編の費用で、営業利益は約2割減る見込み。
・株価はフランクフルト市場の朝方の取引で1.2%高の61.40ユーロとなった。
一方、同社は値下げによって、安価な輸入車に対する地位を守ろうとしている。
【要点】
2024年の販売
1.地域別の動向
・世界販売は2.8%減の134万台、中国は19%減。
2.電気自動車の伸び
・電気自動車比率は23%に上昇。
今後の計画
1.工場と新型車
・新電池工場で約4000人を雇用。
2.決算と株価
・通期決算は2月26日、株価は61.40ユーロ。
""",
 findings=[("name", "warning", "CVMA", "abbreviation the source never gives"),
           ("mismatch", "error", "2028年", "year changed: plant starts in 2027"),
           ("mismatch", "error", "2月26日", "date moved: results on February 27")]),

dict(name="err-pinecrest-bank-q3", lang="en", outlet="Mid-Atlantic Finance Times", domain="www.midatlanticft.example",
 path="/banking/2025/10/14/pinecrest-bancorp-third-quarter-profit", pub="2025-10-14T07:55:00-04:00",
 display="October 14, 2025 7:55 a.m. EDT", author="Gordon Whitlock", section="Banking",
 title="Pinecrest Bancorp profit jumps 20% on fees, margin narrows",
 paras=[
  "Pinecrest Bancorp said on Tuesday that third-quarter net income rose 20% to $1.42 billion, from $1.18 billion a year earlier, as fees from wealth management and investment banking offset a squeeze on lending margins.",
  "Net interest margin, the difference between what the bank earns on loans and pays on deposits, narrowed to 3.12% from 3.20% in the second quarter, after the central bank's rate cuts lowered yields on floating-rate loans.",
  "Total loans grew 3% to $186 billion and deposits rose to $231 billion. Provisions for bad loans fell to $410 million from $465 million.",
  "Wealth-management fees rose 17% to $1.03 billion. The bank said it would hire 210 financial advisers over the next year to expand the business in the Southeast.",
  "At the same time, Pinecrest will close 85 of its 1,240 branches by the middle of next year as more customers bank on their phones. Chief executive Laurel Abernathy said the closures would not lead to layoffs because staff would be moved to other branches.",
  "The board approved a new share buyback programme of up to $2 billion and kept the quarterly dividend at 62 cents a share.",
  "Earnings per share were $1.64, compared with the $1.51 analysts had expected. Shares rose 2.7% to $54.90 in pre-market trading.",
  "Pinecrest, founded in 1911, is the ninth-largest bank in the country by assets.",
 ],
 dtitle="パインクレスト銀:純利益20%増、利ざやは縮小", stamp="2025年10月14日 22:10",
 digest="""
【概要】
銀行のパインクレスト・バンコープ(Pinecrest Bancorp)は14日(火曜日)、7〜9月期の純利益が前年同期比20%増の14億2000万ドルになったと発表した。前年同期の11億8000万ドルから2億2000万ドル増えた。資産運用と投資銀行業務の手数料が伸び、貸出の利ざや縮小を補った。
主なハイライト
利ざや:純金利マージンは4〜6月期の3.20%から3.12%へ0.08ポイント縮小した。中銀の利下げで変動金利の貸出の利回りが下がった。
融資と預金:貸出残高は3%増の1860億ドル、預金は2310億ドルだった。貸倒引当金は4億6500万ドルから4億1000万ドルに減った。
資産運用:資産運用の手数料は17%増の10億3000万ドル。今後1年で南東部に金融アドバイザー210人を採用する。
文脈
支店網の縮小:来年半ばまでに1240支店のうち210店舗を閉鎖する。ローレル・アバナシー(Laurel Abernathy)最高経営責任者は、従業員は他の支店に移すため人員削減にはつながらないと述べた。従業員は約4万人にのぼる。
株主還元:最大20億ドルの自社株買いを承認し、四半期配当は1株62セントに据え置いた。
1911年創業の同行は、資産規模で国内9位の銀行である。
【詳細】
パインクレストは手数料収入で利ざやの縮小を補い、大幅な増益となった。以下、決算の内容を整理する。
7〜9月期の業績
1.利益
・純利益は14億2000万ドル、1株利益は1.64ドルでアナリスト予想の1.51ドルを上回った。
・株価は取引開始前に2.7%高の54.90ドルとなった。
2.利ざやと融資
・純金利マージンは3.12%に低下した。
・貸倒引当金は減少した。
事業の見直し
1.支店
・スマートフォンで取引する顧客が増え、支店の統廃合を進める。
・人員は削減せず、他の支店に配置転換する。
2.資産運用の強化
・金融アドバイザーを210人採用し、南東部で事業を広げる。
・手数料は10億3000万ドルに増えた。
一方、利下げが続けば利ざやはさらに縮む可能性があり、手数料収入の伸びが今後の焦点となる。
【要点】
7〜9月期の業績
1.利益
・純利益は20%増の14億2000万ドル。
2.利ざやと融資
・利ざやは0.08ポイント縮小の3.12%。
事業の見直し
1.支店
・1240支店のうち210店舗を閉鎖。
2.資産運用の強化
・アドバイザー210人を採用。
""",
 findings=[("mismatch", "error", "2億2000万ドル", "wrong difference: 1.42bn - 1.18bn = 2億4000万ドル"),
           ("mismatch", "error", "210店舗", "moved figure: 210 is the advisers hired; 85 branches close"),
           ("unsupported", "warning", "約4万人", "invented staff count")]),
]
