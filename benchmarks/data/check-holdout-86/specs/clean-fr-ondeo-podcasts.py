lang = "fr"
outlet = "L'Écho des Réseaux"
title = "Podcasts : Ondéo revendique 12,8 millions d'auditeurs et part à la conquête du Québec"
url = "https://www.echo-des-reseaux.example/medias/2026/02/10/ondeo-podcasts-auditeurs-quebec"
published = "2026-02-10T08:20:00+01:00"
timestr = "Mardi 10 février 2026, 08h20"
author = "Bastien Lérot"
section = "Médias"
paras = [
 "La plateforme française de podcasts Ondéo a dépassé les 12,8 millions d'auditeurs mensuels en janvier, contre 9,1 millions un an plus tôt, a annoncé lundi sa présidente, Margaux Delacroix-Nem. Elle se classe désormais deuxième en France, derrière une application américaine.",
 "La société a par ailleurs bouclé une levée de fonds de 45 millions d'euros auprès de deux fonds d'investissement et d'un groupe de presse régionale. Elle avait déjà levé 18 millions d'euros en 2023.",
 "L'offre payante, lancée il y a deux ans au prix de 4,99 euros par mois, compte 230 000 abonnés. « Notre modèle reste d'abord gratuit, financé par la publicité », souligne la dirigeante. Les recettes publicitaires ont progressé de 34 % en 2025, à 27 millions d'euros.",
 "La durée moyenne d'écoute atteint 38 minutes par jour et par auditeur, soit six minutes de plus qu'en 2024. Les programmes d'enquête et les fictions audio sont les plus écoutés, devant les émissions consacrées au sport.",
 "Ondéo lancera son service au Québec le jeudi 2 avril, à 9 heures, heure de Montréal. Une équipe de 15 personnes sera installée sur place, et une vingtaine de programmes seront produits localement la première année.",
 "Fondée en 2017 à Nantes, l'entreprise emploie 160 salariés. Elle vise l'équilibre financier en 2027 et n'exclut pas une introduction en Bourse à plus long terme.",
 "Selon l'institut Médiamétrix, 41 % des Français de 15 ans et plus écoutent au moins un podcast par mois, contre 33 % il y a trois ans.",
 "Les éditeurs indépendants restent toutefois prudents : plusieurs d'entre eux jugent que la part des revenus qui leur est reversée, fixée à 50 % des recettes publicitaires, devrait être relevée.",
]
digest = dict(
 headline="オンデオ:月間聴取者1280万人、ケベックへ進出", posted="2026年02月10日 19:00",
 lead=["フランスのポッドキャスト配信サービス、オンデオ(Ondéo)は9日(月)、1月の月間聴取者数が1280万人を超えたと発表した。1年前の910万人から370万人、約4割増えた。国内では米国のアプリに次ぐ2位となった。"],
 highlights=[
  ("資金調達", "投資ファンド2社と地方紙グループから4500万ユーロを調達した。2023年の1800万ユーロに続く調達となる。"),
  ("有料会員", "2年前に月額4.99ユーロで始めた有料プランの会員は23万人で、聴取者全体の約1.8%にあたる。"),
  ("広告収入", "2025年の広告収入は34%増の2700万ユーロだった。"),
 ],
 context=[
  ("聴取時間", "1人1日あたりの平均聴取時間は38分で、2024年より6分延びた。"),
  ("広がる聴取", "調査機関メディアメトリクス(Médiamétrix)によると、15歳以上のフランス人の41%が月に1本以上ポッドキャストを聴く。3年前の33%から8ポイント上昇した。"),
 ],
 closing=["2017年の創業から9年の同社は、2027年の収支均衡を目指しており、将来的な株式上場も排除していない。"],
 intro=["オンデオは広告収入を柱に聴取者を伸ばし、海外進出に踏み出す。以下、発表の内容をまとめる。"],
 details=[
  ("聴取者と収益", [
   ("聴取者数", ["・1月の月間聴取者は1280万人で、1年前は910万人。", "・調査報道とオーディオドラマが人気で、スポーツ番組が続く。"]),
   ("収益の構成", ["・有料会員は23万人(月額4.99ユーロ)。", "・マルゴー・ドラクロワ=ネム(Margaux Delacroix-Nem)社長は「基本は広告で支える無料モデル」と強調した。", "・広告収入は2700万ユーロ。"]),
  ]),
  ("ケベック進出", [
   ("開始日時", ["・4月2日(木)午前9時(モントリオール時間)、日本時間同日午後10時にサービスを始める。"]),
   ("現地体制", ["・現地に15人のチームを置き、初年度は約20番組を現地で制作する。"]),
  ]),
  ("会社と業界", [
   ("会社の概要", ["・ナントに本社を置き、従業員は160人。", "・調達額は今回の4500万ユーロを含め計6300万ユーロとなった。"]),
   ("制作者の不満", ["・独立系の制作会社は、広告収入の50%という配分率の引き上げを求めている。"]),
  ]),
 ],
 dclosing=["一方、配分率をめぐる制作者との調整が、成長を続けるうえでの課題となりそうだ。"],
 points=[
  ("聴取者と収益", [("聴取者数", ["・月間聴取者1280万人で国内2位。"]), ("収益の構成", ["・有料会員23万人、広告収入2700万ユーロ。"])]),
  ("ケベック進出", [("開始日時", ["・4月2日にケベックでサービス開始。"]), ("現地体制", ["・15人体制で約20番組を制作。"])]),
  ("会社と業界", [("会社の概要", ["・4500万ユーロを調達、従業員160人。"]), ("制作者の不満", ["・配分率50%の引き上げを求める声。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2026.02.10", cite_url=url,
)
