lang = "de"
outlet = "Donau Tech Kurier"
title = "Glasfaser Alpina will bis 2028 eine Million Haushalte anschließen"
url = "https://www.donautechkurier.example/netze/glasfaser-alpina-ausbau-million-haushalte"
published = "2025-03-18T13:40:00+01:00"
timestr = "Dienstag, 18. März 2025, 13:40"
author = "Katharina Pölzl"
section = "Netze"
paras = [
 "Der Linzer Netzbetreiber Glasfaser Alpina will bis Ende 2028 eine Million Haushalte in Österreich an sein Glasfasernetz anschließen. Derzeit sind es 412.000, teilte das Unternehmen am Dienstag bei der Vorlage seiner Jahreszahlen mit.",
 "Für den Ausbau nimmt Alpina in den kommenden vier Jahren 1,6 Milliarden Euro in die Hand. Rund 350 Millionen Euro davon stammen aus einem staatlichen Förderprogramm für ländliche Regionen. Insgesamt sollen 14.000 Kilometer neue Leitungen verlegt werden.",
 "Im Geschäftsjahr 2024 stieg der Umsatz um 19 Prozent auf 238 Millionen Euro. Die Zahl der zahlenden Kundinnen und Kunden wuchs von 161.000 auf 197.000. Damit nutzt knapp die Hälfte der angeschlossenen Haushalte tatsächlich einen Anschluss von Alpina.",
 "Das günstigste Produkt mit 300 Megabit pro Sekunde kostet 39,90 Euro im Monat, der schnellste Tarif mit 2 Gigabit pro Sekunde 79,90 Euro. Ab 1. Juli will Alpina zusätzlich einen Tarif mit 10 Gigabit pro Sekunde für Unternehmen anbieten.",
 "Geschäftsführerin Veronika Strassl-Hainz, 47, sagte, die Nachfrage in Kleinstädten übertreffe die Erwartungen. „Wo wir bauen, wechseln im ersten Jahr im Schnitt 38 Prozent der Haushalte zu uns“, erklärte sie.",
 "Alpina beschäftigt 640 Mitarbeiterinnen und Mitarbeiter und will in diesem Jahr 120 weitere Technikerinnen und Techniker einstellen. Das Unternehmen wurde 2016 gegründet und gehört mehrheitlich einem Pensionsfonds.",
 "Österreich liegt beim Glasfaserausbau im europäischen Vergleich weit hinten. Laut einer Branchenstudie hatten Ende 2024 erst 29 Prozent der Haushalte Zugang zu einem Glasfaseranschluss, der EU-Schnitt lag bei 64 Prozent.",
 "Der Verband der Internetanbieter begrüßte die Pläne, mahnte aber eine schnellere Genehmigung von Grabungsarbeiten an.",
]
digest = dict(
 headline="グラスファーザー・アルピーナ:2028年までに100万世帯へ光回線", posted="2025年03月19日 06:30",
 lead=["オーストリア・リンツの通信網会社グラスファーザー・アルピーナ(Glasfaser Alpina)は18日(火)、2028年末までに国内の100万世帯を光ファイバー網につなぐ計画を明らかにした。現在の41万2000世帯から2倍以上に増やす。"],
 highlights=[
  ("投資", "今後4年間で16億ユーロを投じ、うち約3億5000万ユーロは地方向けの国の補助金でまかなう。新たに1万4000キロの回線を敷設する。"),
  ("業績", "2024年度の売上高は19%増の2億3800万ユーロ。有料の顧客は16万1000件から19万7000件に3万6000件増えた。"),
  ("料金", "300Mbpsの最安プランは月39.90ユーロ、2Gbpsの最速プランは79.90ユーロ。7月1日から企業向けに10Gbpsのプランを加える。"),
 ],
 context=[
  ("出遅れる普及", "業界の調査によると、2024年末に光回線を利用できる世帯はオーストリアで29%にとどまり、EU平均の64%を35ポイント下回った。"),
  ("契約の割合", "回線がつながった世帯のうち、実際にアルピーナと契約しているのは半分弱にあたる。"),
 ],
 closing=["プロバイダーの業界団体は計画を歓迎しつつ、掘削工事の許可を早めるよう求めた。"],
 intro=["地方で光回線の整備を進めるアルピーナは、大規模な投資で普及の遅れを取り戻そうとしている。以下、計画と業績をまとめる。"],
 details=[
  ("拡張計画", [
   ("目標と投資", ["・2028年末までに100万世帯、現在は41万2000世帯。", "・4年間で16億ユーロを投資し、約3億5000万ユーロは補助金。", "・新設する回線は1万4000キロ。"]),
   ("人員", ["・従業員は640人で、今年は技術者120人を新たに採用する。"]),
  ]),
  ("業績と料金", [
   ("2024年度決算", ["・売上高は2億3800万ユーロで19%増。", "・有料顧客は19万7000件。"]),
   ("料金体系", ["・月39.90ユーロ(300Mbps)から79.90ユーロ(2Gbps)まで。", "・7月1日から企業向け10Gbpsプラン。"]),
  ]),
  ("経営陣の見方", [
   ("小都市の需要", ["・47歳のヴェロニカ・シュトラスル=ハインツ(Veronika Strassl-Hainz)社長は、小都市での需要が予想を上回っていると話した。", "・整備した地域では、1年目に平均38%の世帯が乗り換えるという。"]),
  ]),
 ],
 dclosing=["2016年設立の同社は、過半の株式を年金基金が保有している。"],
 points=[
  ("拡張計画", [("目標と投資", ["・2028年末までに100万世帯、投資額16億ユーロ。"]), ("人員", ["・技術者120人を採用。"])]),
  ("業績と料金", [("2024年度決算", ["・売上高2億3800万ユーロ(19%増)。"]), ("料金体系", ["・月39.90〜79.90ユーロ。"])]),
  ("経営陣の見方", [("小都市の需要", ["・1年目に平均38%が乗り換え。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.03.18", cite_url=url,
)
