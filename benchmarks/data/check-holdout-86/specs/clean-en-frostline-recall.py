lang = "en"
outlet = "Consumer Tech Ledger"
title = "Frostline recalls 1.3 million smart thermostats over overheating risk"
url = "https://www.consumertechledger.example/recalls/2025/10/14/frostline-smart-thermostat-recall"
published = "2025-10-14T17:45:00-04:00"
timestr = "Tuesday, Oct. 14, 2025 | 5:45 PM EDT"
author = "Naomi Brandvold"
section = "Recalls"
paras = [
 "Frostline Home is recalling about 1.3 million of its Aura smart thermostats sold in the United States and Canada because a faulty battery can overheat, the company and federal safety regulators said on Tuesday.",
 "The company has received 14 reports of devices reaching surface temperatures of up to 140°F, including three reports of minor burns. No fires have been reported. About 9% of the affected units, or roughly 117,000, were sold in Canada.",
 "The recall covers Aura models sold between March 2023 and August 2025 for about $129. Owners can receive a free replacement or a refund of $129, and Frostline will send installers to customers who ask for help at no charge. Canadian buyers will receive C$175.",
 "Frostline said the problem stemmed from a batch of batteries from one supplier and that a software update released on October 1 limits charging to prevent overheating. About 68% of the affected thermostats have already received the update, it said.",
 "The company advised owners whose devices feel hot to the touch or show a red warning light to switch them off at the breaker. It said the thermostats should keep homes at a normal setting such as 72°F once the update is installed.",
 "Frostline is the second-largest seller of smart thermostats in North America, with about 23% of the market, according to the research firm Ambergate. It was founded in 2015 and sold 4.8 million devices last year.",
 "\"We are sorry for the inconvenience and we take every report seriously,\" said Chief Product Officer Tobias Renwick-Hale. The company expects the recall to cost between $140 million and $165 million.",
 "Customers can register for a replacement online from Tuesday, October 21. Frostline said replacements would begin shipping within four weeks.",
]
digest = dict(
 headline="フロストライン:スマートサーモスタット130万台をリコール", posted="2025年10月15日 12:00",
 lead=["フロストライン・ホーム(Frostline Home)は14日(火)、米国とカナダで販売したスマートサーモスタット「オーラ(Aura)」約130万台をリコールすると発表した。電池の不具合で過熱するおそれがある。"],
 highlights=[
  ("被害の報告", "表面温度が最高で華氏140度(摂氏60度)に達したとの報告が14件あり、うち3件は軽いやけどだった。火災は起きていない。"),
  ("対象", "2023年3月から2025年8月までに約129ドルで販売された製品が対象。対象の約9%、約11万7000台はカナダで売られた。"),
  ("対応", "無償交換か129ドルの返金に応じ、カナダの購入者には175カナダドルを返す。希望者には設置業者を無料で派遣する。"),
 ],
 context=[
  ("原因", "特定の供給元の電池に問題があった。10月1日に配信した更新ソフトで充電を制限しており、対象の68%、約3分の2にはすでに適用された。"),
  ("市場での位置", "調査会社アンバーゲート(Ambergate)によると、同社は北米のスマートサーモスタット市場でシェア約23%の2位。"),
 ],
 closing=["リコールの費用は1億4000万〜1億6500万ドルになる見込みだ。"],
 intro=["北米2位のメーカーが大規模なリコールに踏み切った。以下、対象製品と利用者への対応をまとめる。"],
 details=[
  ("リコールの内容", [
   ("対象製品", ["・米国とカナダで売られた約130万台。", "・販売期間は2023年3月〜2025年8月、価格は約129ドル。"]),
   ("事故の報告", ["・華氏140度(摂氏60度)に達した例が14件、軽いやけどが3件。"]),
  ]),
  ("利用者への対応", [
   ("交換と返金", ["・無償交換か129ドルの返金、カナダでは175カナダドル。", "・10月21日(火)からネットで受け付け、4週間以内に発送を始める。"]),
   ("使用上の注意", ["・熱くなっていたり赤い警告灯がついたりしている場合は、ブレーカーで電源を切るよう呼びかけた。", "・更新後は華氏72度(摂氏約22度)といった通常の設定で使える。"]),
  ]),
  ("会社の概要", [
   ("規模と費用", ["・2015年創業で、昨年は480万台を販売した。", "・トビアス・レンウィック=ヘイル(Tobias Renwick-Hale)最高製品責任者は「ご不便をおかけし申し訳ない」と謝罪した。"]),
  ]),
 ],
 dclosing=["発表から1週間後の21日に受け付けが始まる。"],
 points=[
  ("リコールの内容", [("対象製品", ["・約130万台をリコール。"]), ("事故の報告", ["・過熱の報告14件、やけど3件。"])]),
  ("利用者への対応", [("交換と返金", ["・無償交換か129ドル返金、21日から受け付け。"]), ("使用上の注意", ["・異常時はブレーカーで電源を切る。"])]),
  ("会社の概要", [("規模と費用", ["・費用は1億4000万〜1億6500万ドルの見込み。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.10.14", cite_url=url,
)
