lang = "de"
outlet = "Limmat Technik Rundschau"
title = "«Gletscherpass» verkauft sich 3,2 Millionen Mal in zehn Tagen"
url = "https://www.limmat-technik.example/games/bergfalke-gletscherpass-verkaufszahlen"
published = "2025-11-03T14:15:00+01:00"
timestr = "3. November 2025, 14:15 Uhr"
author = "Seraina Gubler"
section = "Games"
paras = [
 "Das Zürcher Studio Bergfalke Games hat von seinem Abenteuerspiel «Gletscherpass» in den ersten zehn Tagen nach der Veröffentlichung 3,2 Millionen Exemplare verkauft. Das teilte das Unternehmen am Montag mit. Es ist der erfolgreichste Start eines Schweizer Videospiels.",
 "Das Spiel war am Donnerstag, 23. Oktober, um 18 Uhr Schweizer Zeit für PC und zwei Konsolen erschienen. Es kostet in der Schweiz 69.90 Franken, in Deutschland und Österreich 59,99 Euro.",
 "Am ersten Wochenende spielten bis zu 412.000 Personen gleichzeitig, auf der Plattform Dampfwerk erreichte der Titel Platz 2 der weltweiten Verkaufscharts. Nur ein Sportspiel eines amerikanischen Konzerns verkaufte sich besser.",
 "Für die Entwicklung brauchte das 180-köpfige Team vier Jahre, das Budget lag nach Angaben von Studiochef Reto Allemann bei rund 45 Millionen Franken. «Nach zehn Tagen haben wir die Kosten mehr als eingespielt», sagte Allemann.",
 "Die Installation benötigt 85 Gigabyte Speicherplatz. Ein erstes Update mit einer Grösse von 12 Gigabyte, das Fehler bei der Speicherfunktion behebt, soll am 6. November erscheinen.",
 "Rund 38 Prozent der Käufe entfielen auf PC-Spielerinnen und -Spieler, der Rest auf die beiden Konsolen. Die meisten Exemplare wurden in den USA verkauft, gefolgt von Deutschland und Japan.",
 "Bergfalke wurde 2011 von drei ETH-Absolventen gegründet und hatte bisher vor allem kleinere Titel für Mobiltelefone veröffentlicht. Nun will das Studio bis 2027 auf 250 Mitarbeitende wachsen und ein zweites Büro in Lausanne eröffnen.",
 "Eine Erweiterung mit neuen Gebieten ist für das Frühjahr angekündigt, einen genauen Termin nannte das Studio nicht.",
]
digest = dict(
 headline="ベルクファルケ:「グレッチャーパス」10日で320万本", posted="2025年11月04日 08:00",
 lead=["スイス・チューリヒのゲーム会社ベルクファルケ・ゲームズ(Bergfalke Games)は3日(月)、アドベンチャーゲーム「グレッチャーパス(Gletscherpass)」の販売本数が発売から10日間で320万本に達したと発表した。スイス製ゲームとして過去最高の滑り出しとなった。"],
 highlights=[
  ("発売", "10月23日(木)午後6時(スイス時間)、日本時間24日午前1時にPCと2機種のゲーム機向けに発売された。価格はスイスで69.90フラン、独・オーストリアで59.99ユーロ。"),
  ("同時接続", "最初の週末には最大41万2000人が同時にプレイし、配信プラットフォーム「ダンプフヴェルク」の世界売上ランキングで2位に入った。"),
  ("開発費", "180人のチームが4年かけて開発し、予算は約4500万フランだった。"),
 ],
 context=[
  ("販売の内訳", "購入の約38%がPC向けで、残る約6割がゲーム機向け。国別では米国が最も多く、ドイツ、日本が続いた。"),
  ("会社の歩み", "2011年に3人のETH卒業生が創業し、これまでは主にスマートフォン向けの小規模なゲームを手がけてきた。"),
 ],
 closing=["同社は2027年までに従業員を250人に増やし、ローザンヌに第2の拠点を開く計画だ。"],
 intro=["スイスの中堅スタジオが大型タイトルで世界的なヒットを飛ばした。以下、販売の状況と会社の計画をまとめる。"],
 details=[
  ("発売と販売", [
   ("発売日と価格", ["・10月23日(木)午後6時(スイス時間)、日本時間24日午前1時に発売。", "・スイスで69.90フラン、ドイツとオーストリアで59.99ユーロ。"]),
   ("販売実績", ["・10日間で320万本を販売。", "・最大同時接続は41万2000人で、ランキング2位。", "・購入の約38%がPC。"]),
  ]),
  ("開発と技術", [
   ("開発体制", ["・180人のチームで4年をかけ、予算は約4500万フラン。", "・レト・アレマン(Reto Allemann)代表は「10日で開発費を十分に回収した」と語った。"]),
   ("容量と更新", ["・インストールには85GBの空き容量が必要。", "・保存機能の不具合を直す12GBの更新データを11月6日に配信する。"]),
  ]),
  ("今後の計画", [
   ("拡大路線", ["・2027年までに従業員を250人に増やす。", "・ローザンヌに2つ目の事務所を開く。", "・新エリアを加える拡張版を春に出すが、日付は未定。"]),
  ]),
 ],
 dclosing=["創業から14年で、同社はスイスのゲーム業界を代表する存在となった。"],
 points=[
  ("発売と販売", [("発売日と価格", ["・10月23日発売、69.90フラン。"]), ("販売実績", ["・10日で320万本、同時接続41万2000人。"])]),
  ("開発と技術", [("開発体制", ["・180人で4年、予算約4500万フラン。"]), ("容量と更新", ["・容量85GB、11月6日に更新。"])]),
  ("今後の計画", [("拡大路線", ["・2027年までに250人体制へ。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.11.03", cite_url=url,
)
plants = [
 ("・インストールには85GBの空き容量が必要。", "・インストールには12GBの空き容量が必要。"),
 ("・180人のチームで4年をかけ、予算は約4500万フラン。", "・180人のチームで5年をかけ、予算は約4500万フラン。"),
 ("残る約6割がゲーム機向け。", "残る約6割がゲーム機向け。開発チームの約3割は女性だという。"),
]
findings = [
 {"kind": "mismatch", "severity": "error", "span": "12GBの空き容量"},
 {"kind": "mismatch", "severity": "error", "span": "5年をかけ"},
 {"kind": "unsupported", "severity": "warning", "span": "約3割"},
]
