lang = "de"
outlet = "Rheinblick Digital"
title = "Elbtal Verlagsgruppe knackt Marke von 600.000 Digitalabos"
url = "https://www.rheinblick-digital.example/medien/elbtal-verlagsgruppe-digitalabos-drittes-quartal-2025"
published = "2025-11-06T10:30:00+01:00"
timestr = "06.11.2025, 10:30 Uhr"
author = "Jonas Überreiter"
section = "Medien"
paras = [
 "Die Hamburger Elbtal Verlagsgruppe hat im dritten Quartal erstmals mehr als 600.000 zahlende Digitalabonnenten gezählt. Ende September waren es 612.000, ein Plus von 9 Prozent gegenüber dem Vorjahr, wie das Unternehmen am Donnerstag mitteilte.",
 "Der Umsatz stieg in den Monaten Juli bis September um 2,8 Prozent auf 286 Millionen Euro. In den ersten neun Monaten setzte der Verlag 1,14 Milliarden Euro um. Das digitale Geschäft machte dabei 41 Prozent des Umsatzes aus, nach 36 Prozent ein Jahr zuvor.",
 "Die gedruckte Auflage der sieben Tageszeitungen der Gruppe sank dagegen um 7,5 Prozent auf 398.000 Exemplare. Vorstandschefin Annegret Wollersheim sprach von einem „langsamen, aber stetigen Abschied vom Papier“.",
 "Zum 1. Januar 2026 hebt der Verlag den Preis für das digitale Vollabo von 14,99 Euro auf 16,99 Euro im Monat an. Bestandskunden sollen die Erhöhung erst drei Monate später zahlen. Ein günstigeres Leseabo ohne Archiv für 9,99 Euro bleibt im Angebot.",
 "Parallel kündigte Wollersheim einen Umbau an: Von den rund 3.800 Stellen sollen bis Ende 2026 etwa 240 wegfallen, vor allem in Druck und Vertrieb. Betriebsbedingte Kündigungen will das Unternehmen nach eigenen Angaben möglichst vermeiden.",
 "Die im Jahr 1949 gegründete Gruppe setzt zudem auf eine eigene Nachrichten-App, die seit dem Start im März 1,3 Millionen Mal heruntergeladen wurde. Rund 70.000 der neuen Abonnenten seien über die App gekommen.",
 "Branchenbeobachter werten die Zahlen als Beleg dafür, dass regionale Verlage im Netz wachsen können. Der Medienforscher Till Ostermeyer sagte, die Preiserhöhung sei ein Test dafür, wie viel Leserinnen und Leser für Lokaljournalismus zu zahlen bereit seien.",
 "Für das Gesamtjahr rechnet der Vorstand mit einem operativen Ergebnis von 118 bis 125 Millionen Euro.",
]
digest = dict(
 headline="エルプタール出版グループ:デジタル購読が60万件突破", posted="2025年11月07日 07:20",
 lead=["ドイツ・ハンブルクのエルプタール出版グループ(Elbtal Verlagsgruppe)は6日(木)、7〜9月期に有料のデジタル購読者が初めて60万人を超えたと発表した。9月末時点で61万2000人と、前年比9%増えた。"],
 highlights=[
  ("業績", "7〜9月期の売上高は2.8%増の2億8600万ユーロ、1〜9月の累計は11億4000万ユーロだった。"),
  ("デジタル比率", "売上高に占めるデジタル事業の割合は41%と、前年の36%から5ポイント上昇した。"),
  ("値上げ", "2026年1月1日(木)から、デジタル版フルプランの月額を14.99ユーロから16.99ユーロへ2ユーロ引き上げる。"),
 ],
 context=[
  ("紙の減少", "傘下の日刊紙7紙の発行部数は7.5%減の39万8000部となった。アンネグレート・ヴォラースハイム(Annegret Wollersheim)社長は「ゆっくりだが着実な紙との別れ」と表現した。"),
  ("人員削減", "約3800人の従業員のうち約240人分、約6%の職を2026年末までに削減する。"),
 ],
 closing=["1949年創業、76年の歴史を持つ同グループは、地方紙がネットで成長できるかを占う試金石となっている。"],
 intro=["地方紙を抱えるエルプタールは、デジタル化で成長を続けている。以下、決算と今後の施策をまとめる。"],
 details=[
  ("7〜9月期の決算", [
   ("購読者数", ["・デジタル購読者は61万2000人で、前年比9%増。", "・新規購読者のうち約7万人はニュースアプリ経由だった。"]),
   ("売上高", ["・7〜9月期の売上高は2億8600万ユーロ(2.8%増)。", "・1〜9月の売上高は11億4000万ユーロ。", "・デジタル比率は41%。"]),
  ]),
  ("価格と組織の見直し", [
   ("購読料の改定", ["・2026年1月1日からフルプランは月16.99ユーロに。", "・既存の購読者は3カ月後の4月から新料金となる。", "・アーカイブなしの9.99ユーロのプランは継続。"]),
   ("人員削減", ["・約3800人のうち約240人分の職を、主に印刷と配送部門で削減する。", "・会社側は解雇はできる限り避けるとしている。"]),
  ]),
  ("アプリと見通し", [
   ("ニュースアプリ", ["・3月の公開以来、130万回ダウンロードされた。"]),
   ("通期予想", ["・通期の営業利益は1億1800万〜1億2500万ユーロを見込む。", "・メディア研究者ティル・オスターマイヤー(Till Ostermeyer)氏は、値上げは読者が地域報道にいくら払うかを測る試金石だと指摘した。"]),
  ]),
 ],
 dclosing=["一方、紙の部数は減り続けており、デジタルの伸びでどこまで補えるかが焦点となる。"],
 points=[
  ("7〜9月期の決算", [("購読者数", ["・デジタル購読者61万2000人(9%増)。"]), ("売上高", ["・7〜9月期売上高2億8600万ユーロ、デジタル比率41%。"])]),
  ("価格と組織の見直し", [("購読料の改定", ["・2026年1月から月額16.99ユーロに値上げ。"]), ("人員削減", ["・約240人分の職を削減。"])]),
  ("アプリと見通し", [("ニュースアプリ", ["・アプリは130万ダウンロード。"]), ("通期予想", ["・営業利益1億1800万〜1億2500万ユーロを予想。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.11.06", cite_url=url,
)
