lang = "en"
outlet = "Hollis Screen Report"
title = "Starlight Awards audience slips 9% to 11.4 million as streaming grows"
url = "https://www.hollisscreenreport.example/tv/ratings/starlight-awards-2026-viewers"
published = "2026-03-02T14:10:00-08:00"
timestr = "March 2, 2026 2:10pm PT"
author = "Benedict Amaro"
section = "Ratings"
paras = [
 "Sunday's Starlight Awards telecast drew an average of 11.4 million viewers on broadcast television, down 9% from 12.5 million last year, according to preliminary figures released on Monday by the ratings firm Telemark Audience.",
 "Another 3.2 million people watched on the network's streaming service, up from 2.1 million, bringing the combined audience to 14.6 million, the network said. That is the largest combined audience for the show since 2019.",
 "The ceremony ran 3 hours and 52 minutes, 14 minutes longer than planned. Host Delia Marchetti-Rowe, 54, opened with a nine-minute monologue that became the most-shared clip on social media on Monday morning.",
 "Among viewers aged 18 to 49, the group most valued by advertisers, the broadcast audience fell 12%. The network charged about $1.6 million for a 30-second commercial, roughly the same as last year.",
 "The drama \"Salt Harbor\" won five awards, the most of the night, including best series. The streaming comedy \"Unit Nine\" took three, and its lead actor, Kofi Mensah-Hart, 29, became the youngest winner in his category.",
 "Network executives said they were encouraged by the streaming numbers. \"The audience has not gone away, it has moved,\" said programming chief Lorraine Szabo.",
 "The ceremony has been broadcast by the same network since 2011 under a contract that runs until 2030. Its parent company reports earnings for its fiscal second quarter, covering December to February, later this month.",
 "Next year's ceremony is scheduled for Sunday, February 28, 2027.",
]
digest = dict(
 headline="スターライト賞:テレビ視聴者9%減の1140万人", posted="2026年03月03日 10:00",
 lead=["1日(日)に放送された「スターライト賞」授賞式のテレビ視聴者数は平均1140万人で、昨年の1250万人から9%減った。視聴率調査会社テレマーク・オーディエンス(Telemark Audience)が2日(月)に速報値を発表した。"],
 highlights=[
  ("配信で補う", "ネットワークの配信サービスでは320万人が視聴し、前年の210万人から110万人増えた。テレビと合わせた視聴者は1460万人で、2019年以降で最多となった。"),
  ("放送時間", "授賞式は予定より14分長い3時間52分に及んだ。54歳の司会者デリア・マルケッティ=ロウ(Delia Marchetti-Rowe)氏による9分間の冒頭トークは、2日朝にソーシャルメディアで最も共有された。"),
  ("広告", "広告主が重視する18〜49歳のテレビ視聴者は12%減った。30秒の広告枠は約160万ドルと昨年並みだった。"),
 ],
 context=[
  ("受賞作", "ドラマ「ソルト・ハーバー」が作品賞を含む最多の5部門を制した。配信のコメディー「ユニット・ナイン」は3部門で、主演のコフィ・メンサ=ハート(Kofi Mensah-Hart)さん(29)は部門史上最年少の受賞者となった。"),
  ("長期契約", "授賞式は2011年から同じネットワークが放送しており、契約は2030年まで続く。親会社は今月下旬に第2四半期(12〜2月期)の決算を発表する。"),
 ],
 closing=["番組編成責任者のロレイン・サボー(Lorraine Szabo)氏は「視聴者は消えたのではなく、移ったのだ」と述べた。"],
 intro=["テレビ離れが進む一方、配信での視聴は伸びている。以下、視聴者数と授賞式の内容をまとめる。"],
 details=[
  ("視聴者数", [
   ("テレビ", ["・平均1140万人で9%減。", "・18〜49歳は12%減。"]),
   ("配信", ["・配信は320万人で、合計1460万人。"]),
  ]),
  ("授賞式の内容", [
   ("受賞", ["・「ソルト・ハーバー」が5部門。", "・「ユニット・ナイン」が3部門、主演のメンサ=ハートさんは29歳で最年少受賞。"]),
   ("司会と放送時間", ["・司会のマルケッティ=ロウ氏は54歳。", "・放送は3時間52分。"]),
  ]),
  ("今後", [
   ("来年の日程", ["・来年の授賞式は2027年2月28日(日)の予定。"]),
  ]),
 ],
 dclosing=["一方、広告主が重視する若い層のテレビ離れは止まっておらず、配信の数字をどう広告収入に結びつけるかが課題となる。"],
 points=[
  ("視聴者数", [("テレビ", ["・テレビ視聴者1140万人、9%減。"]), ("配信", ["・配信と合わせ1460万人。"])]),
  ("授賞式の内容", [("受賞", ["・「ソルト・ハーバー」が最多5部門。"]), ("司会と放送時間", ["・放送時間は3時間52分。"])]),
  ("今後", [("来年の日程", ["・次回は2027年2月28日。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2026.03.02",
 cite_url=url + "?fbclid=IwAR2xk9Qd7hLm4pZs0vT1yB8nRcE3uWfG6aHjK5oP",
)
plants = [
 ("・平均1140万人で9%減。", "・平均114万人で9%減。"),
 ("・司会のマルケッティ=ロウ氏は54歳。", "・司会のマルケッティ=ロウ氏は45歳。"),
]
findings = [
 {"kind": "mismatch", "severity": "error", "span": "114万人"},
 {"kind": "mismatch", "severity": "error", "span": "45歳"},
 {"kind": "citation", "severity": "warning", "span": url + "?fbclid=IwAR2xk9Qd7hLm4pZs0vT1yB8nRcE3uWfG6aHjK5oP"},
]
