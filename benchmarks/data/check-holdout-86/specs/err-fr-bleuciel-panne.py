lang = "fr"
outlet = "Le Journal du Numérique"
title = "Panne chez Bleuciel Mobile : 3,1 millions de clients privés de réseau pendant près de neuf heures"
url = "https://www.journal-du-numerique.example/telecoms/panne-bleuciel-mobile-13-decembre"
published = "2025-12-15T09:05:00+01:00"
timestr = "Lundi 15 décembre 2025 à 9h05"
author = "Sophie Carrasco"
section = "Télécoms"
paras = [
 "Quelque 3,1 millions de clients de Bleuciel Mobile, soit environ 27 % de ses 11,4 millions d'abonnés, ont été privés d'appels et de données mobiles samedi 13 décembre, lors de l'une des plus longues pannes de l'histoire de l'opérateur.",
 "L'incident a débuté à 6h10 et le service n'a été entièrement rétabli qu'à 14h55, soit une interruption de 8 heures et 45 minutes, a précisé l'entreprise dimanche dans un communiqué. Les régions du Sud-Ouest et de la façade atlantique ont été les plus touchées.",
 "Selon Bleuciel, la panne est due à une mise à jour logicielle défectueuse d'un équipement central de son cœur de réseau, installée dans la nuit. Le retour à la version précédente a pris plus de temps que prévu.",
 "Les numéros d'urgence sont restés joignables pour la plupart des clients grâce aux réseaux des autres opérateurs, mais une centaine d'appels n'ont pas abouti, selon l'Autorité des communications, qui a ouvert une enquête lundi.",
 "L'opérateur a promis un geste commercial de 5 euros sur la prochaine facture de chaque client concerné, soit un coût d'environ 15,5 millions d'euros. Des associations de consommateurs le jugent insuffisant et réclament 10 euros.",
 "Le directeur général, Arnaud Peyrefitte-Lamy, a présenté ses excuses sur une radio nationale. « Nous devons revoir nos procédures de mise à jour », a-t-il reconnu, en annonçant un audit confié à un cabinet extérieur, dont les conclusions sont attendues d'ici à fin mars.",
 "Bleuciel, quatrième opérateur du pays par le nombre de clients, avait déjà connu en juin 2024 une panne de 2 heures et 20 minutes. Sa part de marché dans le mobile est de 14,3 %.",
 "Le titre a reculé de 4,1 % à la Bourse de Paris lundi matin.",
]
digest = dict(
 headline="ブルーシエル・モバイル:約9時間の通信障害、310万人に影響", posted="2025年12月15日 20:40",
 lead=["フランスの携帯通信会社ブルーシエル・モバイル(Bleuciel Mobile)で13日(土)、大規模な通信障害が起き、契約者1140万人の約27%にあたる約310万人が通話やデータ通信を使えなくなった。同社史上でも最長級の障害となった。"],
 highlights=[
  ("障害の時間", "障害は午前6時10分に始まり、全面復旧は午後2時55分。停止時間は8時間45分に及んだ。"),
  ("原因", "夜間に導入した中核ネットワーク設備のソフトウェア更新に欠陥があり、元の版に戻す作業に想定以上の時間がかかった。"),
  ("補償", "影響を受けた契約者に次回の請求から5ユーロを差し引く。費用は約1550万ユーロとなる。"),
 ],
 context=[
  ("当局の調査", "緊急通報は他社の回線でおおむねつながったが、約100件はつながらなかった。通信当局が15日(月)に調査を始めた。"),
  ("過去の障害", "国内4位の同社は2024年6月にも2時間20分の障害を起こしている。携帯電話市場でのシェアは14.3%。"),
 ],
 closing=["消費者団体は5ユーロの補償では不十分だとして、10ユーロへの引き上げを求めている。"],
 intro=["ブルーシエルの障害は南西部と大西洋岸を中心に広がった。以下、経緯と会社の対応を整理する。"],
 details=[
  ("障害の経緯", [
   ("発生と復旧", ["・13日(土)午前6時10分に発生し、午後2時55分に全面復旧。", "・停止は8時間45分で、2024年6月の障害の約4倍の長さ。"]),
   ("原因", ["・夜間に入れたソフトウェア更新の不具合。"]),
  ]),
  ("影響と対応", [
   ("利用者への影響", ["・約310万人が通話とデータ通信を使えなくなった。", "・緊急通報のうち約100件がつながらなかった。"]),
   ("会社の対応", ["・アルノー・ペイルフィット=ラミー(Arnaud Peyrefitte-Lamy)社長が全国放送のラジオで謝罪した。", "・外部の会社に監査を依頼し、3月末までに結果をまとめる。", "・1人あたり5ユーロ、総額約1550万ユーロの補償。"]),
  ]),
  ("市場の反応", [
   ("株価", ["・15日朝のパリ市場で株価は4.1%下落した。"]),
  ]),
 ],
 dclosing=["同社は「更新の手順を見直す必要がある」として、再発防止を急ぐ。"],
 points=[
  ("障害の経緯", [("発生と復旧", ["・13日に8時間45分の障害。"]), ("原因", ["・ソフトウェア更新の欠陥。"])]),
  ("影響と対応", [("利用者への影響", ["・約310万人に影響、緊急通報約100件が不通。"]), ("会社の対応", ["・5ユーロを補償し、外部監査を実施。"])]),
  ("市場の反応", [("株価", ["・株価4.1%安。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.12.15", cite_url=url,
)
plants = [
 ("停止時間は8時間45分に及んだ。", "停止時間は7時間45分に及んだ。"),
 ("通信当局が15日(月)に調査を始めた。", "通信当局(ACN)が16日(月)に調査を始めた。"),
]
findings = [
 {"kind": "mismatch", "severity": "error", "span": "7時間45分"},
 {"kind": "name", "severity": "warning", "span": "ACN"},
 {"kind": "mismatch", "severity": "error", "span": "16日(月)"},
]
