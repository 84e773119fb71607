CASES = []

# ---------------------------------------------------------------- 3 clean, fr, cycling
CASES.append(dict(
name="clean-tour-des-collines",
src=dict(lang="fr", outlet="Le Courrier des Vallées", domain="www.courrier-vallees.example",
  path="/sport/cyclisme/2024/06/09/tour-des-collines-victoire-marchetti", published="2024-06-09T19:05:00+02:00",
  author="Élodie Ferrand", title="Tour des Collines : Lucas Marchetti s'impose, Bréval deuxième à 41 secondes",
  body=[
  "Lucas Marchetti a remporté dimanche le Tour des Collines, au terme de huit étapes et de 1 214 kilomètres de course. Le coureur de 24 ans devance au classement général Antoine Bréval de 41 secondes et le Danois Henrik Sølvberg de 1 min 56 s.",
  "Marchetti avait pris le maillot jaune mercredi 5 juin, lors de la quatrième étape, une arrivée au sommet du col de Fontbrune, à 1 630 mètres d'altitude. Il ne l'a plus quitté.",
  "La dernière étape, longue de 142 kilomètres, a été gagnée au sprint par le Belge Wout Deckers en 3 h 21 min 07 s, à une moyenne de 42,3 km/h. C'est sa deuxième victoire d'étape dans cette édition.",
  "Sur les 154 coureurs au départ à Saint-Aurel, 121 ont rallié l'arrivée. Les organisateurs ont compté 380 000 spectateurs au bord des routes sur l'ensemble de la semaine, contre 310 000 l'an dernier.",
  "L'équipe de Marchetti, Vélo Azur, empoche la plus grosse part des 420 000 euros de primes, dont 50 000 euros pour la victoire finale. La formation remporte aussi le classement par équipes.",
  "« Je rêvais de cette course depuis que je suis enfant, mon grand-père m'emmenait voir l'arrivée », a déclaré Marchetti, qui devient le plus jeune vainqueur de l'épreuve depuis 1987.",
  "Créé en 1951, le Tour des Collines fêtait sa 70e édition. Le directeur de course, Pascal Mouret, a annoncé que l'édition 2025 partirait pour la première fois de l'étranger, de la ville suisse de Vallorbe, le samedi 7 juin 2025.",
  "Le résumé de l'étape sera diffusé ce dimanche à 22 h 45 sur la chaîne régionale.",
  ]),
dig=dict(
  headline="ツール・デ・コリーヌ:24歳マルケッティが総合優勝",
  lead=["自転車ステージレース「ツール・デ・コリーヌ」は9日に最終日を迎え、リュカ・マルケッティ(Lucas Marchetti)が全8ステージ、総距離1214キロを制して総合優勝した。2位のアントワーヌ・ブレヴァル(Antoine Bréval)とは41秒差、3位のデンマーク人ヘンリク・ソルベルグ(Henrik Sølvberg)とは1分56秒差だった。"],
  hi=["首位の座:マルケッティは5日(水)の第4ステージ、標高1630メートルのフォンブリュヌ峠の山頂ゴールでマイヨ・ジョーヌを獲得し、最後まで守った。",
      "最終ステージ:142キロの最終ステージはベルギーのワウト・デッケルス(Wout Deckers)がスプリントで制し、タイムは3時間21分7秒、平均時速42.3キロだった。今大会2勝目。",
      "完走者:スタートした154人のうち121人が完走し、完走率は約8割だった。"],
  ctx=["観客の増加:1週間で沿道の観客は38万人に上り、昨年の31万人から7万人増えた。",
      "長い歴史:1951年創設の同レースは今年で70回目。マルケッティは1987年以来、最年少の優勝者となった。"],
  close=["来年の第71回大会は初めて国外のスイス・ヴァロルブからスタートする。"],
  intro=["若いマルケッティが中盤から首位を守り切った。以下、レース内容と大会の今後をまとめる。"],
  detail=[("レースの結果", [
      ("総合順位", ["マルケッティが総合優勝、ブレヴァルが41秒差の2位、ソルベルグが1分56秒差の3位。", "マルケッティは「子どものころからこのレースを夢見ていた。祖父がゴールを見に連れて行ってくれた」と語った。"]),
      ("賞金とチーム", ["賞金総額は42万ユーロで、総合優勝の賞金は5万ユーロ。", "マルケッティの所属するヴェロ・アジュール(Vélo Azur)はチーム総合でも首位となった。"])]),
    ("今後", [
      ("2025年大会", ["パスカル・ムーレ(Pascal Mouret)レースディレクターによると、2025年大会は6月7日(土)にヴァロルブをスタートする。"]),
      ("放送", ["最終ステージのハイライトは9日午後10時45分(日本時間10日午前5時45分)から地域チャンネルで放送される。"])])],
  dclose=["観客数も増え、国外スタートを控えた大会は新たな段階に入る。"],
  points=[("レースの結果", [("総合順位", ["マルケッティが2位に41秒差で総合優勝。"]), ("賞金とチーム", ["賞金総額42万ユーロ、優勝賞金5万ユーロ。"])]),
    ("今後", [("2025年大会", ["2025年6月7日(土)にスイスのヴァロルブからスタート。"]), ("放送", ["ハイライトは日本時間10日午前5時45分から。"])])],
  cite="Tour des Collines : Lucas Marchetti s'impose, Bréval deuxième à 41 secondes Le Courrier des Vallées 2024.06.09",
  url="https://www.courrier-vallees.example/sport/cyclisme/2024/06/09/tour-des-collines-victoire-marchetti"),
findings=[]))

# ---------------------------------------------------------------- 4 err, fr, film festival / box office
CASES.append(dict(
name="err-festival-rive-claire",
src=dict(lang="fr", outlet="La Gazette du Littoral", domain="www.gazette-littoral.example",
  path="/culture/cinema/2024/10/13/festival-rive-claire-palmares", published="2024-10-13T23:30:00+02:00",
  author="Camille Roussel", title="Festival de Rive-Claire : « Les Heures salées » décroche le Grand Prix",
  body=[
  "Le film « Les Heures salées », de la réalisatrice Nadia Belkacem, a reçu samedi soir le Grand Prix du 38e Festival international du film de Rive-Claire. Le jury, présidé par l'acteur Théo Lambrecht, a salué « un premier long métrage d'une maturité rare ».",
  "Tourné en 31 jours sur l'île de Grand-Varec avec un budget de 2,4 millions d'euros, le film suit trois générations de femmes qui exploitent un marais salant. Il sortira en salles le mercredi 22 janvier 2025.",
  "Le prix d'interprétation féminine est allé à Salomé Kervella, 19 ans, la plus jeune lauréate de l'histoire du festival. Le prix d'interprétation masculine récompense Bastien Aubriac pour « Le Dernier Ferry ».",
  "Cette édition a attiré 96 400 spectateurs en dix jours, un record, soit 12 % de plus qu'en 2023. Les 214 séances ont affiché complet à 87 %.",
  "Le prix du billet était fixé à 9,50 euros, et à 6 euros pour les moins de 26 ans. Le festival dispose d'un budget de 3,1 millions d'euros, dont 1,2 million apporté par la région.",
  "Le public a par ailleurs choisi « Marée basse », documentaire de Julien Ostrowski, pour son prix du public. Le film, qui a coûté 380 000 euros, a déjà été vendu dans 14 pays.",
  "Créé en 1986, le festival de Rive-Claire est devenu en quelques années l'un des rendez-vous incontournables du cinéma d'auteur en Europe. Sa directrice, Hélène Dumarais, a confirmé que la 39e édition se tiendrait du 3 au 12 octobre 2025.",
  ]),
dig=dict(
  headline="リヴ=クレール映画祭:『塩の時間』がグランプリ",
  lead=["第38回リヴ=クレール国際映画祭で、ナディア・ベルカセム(Nadia Belkacem)監督の『塩の時間(Les Heures salées)』がグランプリを受賞した。俳優テオ・ランブレヒト(Théo Lambrecht)が率いる審査員団は「まれに見る成熟した長編デビュー作」と評した。"],
  hi=["作品:グラン・ヴァレック島で31日間かけて撮影され、製作費は240万ユーロ。塩田を営む3世代の女性を描く。2025年1月22日(水)に劇場公開される。",
      "女優賞:19歳のサロメ・ケルヴェラ(Salomé Kervella)が映画祭史上最年少で受賞した。男優賞は『最後のフェリー』のバスティアン・オーブリアック(Bastien Aubriac)。",
      "観客動員:10日間で過去最多の9万6400人を集め、2023年から21%増えた。"],
  ctx=["料金と予算:チケットは9.50ユーロ、26歳未満は6ユーロ。映画祭の予算310万ユーロのうち、地域圏が130万ユーロを拠出している。",
      "歴史:1986年創設で、欧州の作家映画の重要な催しとなっている。"],
  close=["観客賞にはジュリアン・オストロフスキ(Julien Ostrowski)監督のドキュメンタリー『干潮』が選ばれた。"],
  intro=["新人監督の作品が最高賞を射止めた。以下、受賞結果と映画祭の概況をまとめる。"],
  detail=[("受賞結果", [
      ("グランプリ", ["ベルカセム監督の『塩の時間』が受賞。製作費は240万ユーロ。"]),
      ("観客賞", ["『干潮』は製作費38万ユーロで、すでに14カ国に販売されている。"])]),
    ("映画祭の概況", [
      ("動員と上映", ["観客は9万6400人、214回の上映のうち87%が満席となった。"]),
      ("次回", ["エレーヌ・デュマレ(Hélène Dumarais)ディレクターによると、第39回は2025年10月3日から12日まで開かれる。"])])],
  dclose=["記録的な動員を背景に、映画祭は来年も規模を拡大する方針だ。"],
  points=[("受賞結果", [("グランプリ", ["『塩の時間』がグランプリ、1月22日公開。"]), ("観客賞", ["『干潮』が観客賞、14カ国で販売。"])]),
    ("映画祭の概況", [("動員と上映", ["観客9万6400人で過去最多。"]), ("次回", ["第39回は2025年10月3〜12日。"])])],
  cite="Festival de Rive-Claire : « Les Heures salées » décroche le Grand Prix La Gazette du Littoral 2024.10.13",
  url="https://www.gazette-littoral.example/culture/cinema/2024/10/13/festival-rive-claire-palmares?utm_source=newsletter&utm_medium=email&utm_campaign=culture_hebdo"),
findings=[("mismatch", "error", "21%増", "12 % → 21% (digits swapped)"),
          ("mismatch", "error", "130万ユーロ", "region's 1.2 million → 130万ユーロ"),
          ("citation", "warning", "https://www.gazette-littoral.example/culture/cinema/2024/10/13/festival-rive-claire-palmares?utm_source=newsletter&utm_medium=email&utm_campaign=culture_hebdo", "tracking parameters in citation URL")]))

# ---------------------------------------------------------------- clean, fr, music festival attendance and money
CASES.append(dict(
name="clean-festival-musique-bordlac",
src=dict(lang="fr", outlet="L'Écho des Deux Rives", domain="www.echo-deux-rives.example",
  path="/culture/musique/2024/07/22/festival-bordlac-bilan-record", published="2024-07-22T11:40:00+02:00",
  author="Mathilde Gervais", title="Festival de Bordlac : 212 000 festivaliers et un bilan record pour la 25e édition",
  body=[
  "Le festival de musique de Bordlac a refermé ses portes dimanche soir sur un record de fréquentation : 212 000 festivaliers en quatre jours, contre 185 000 l'an dernier, ont annoncé les organisateurs lundi matin.",
  "Pour sa 25e édition, le festival, créé en 1999, avait programmé 96 concerts sur cinq scènes. Le concert de clôture de la chanteuse Inès Delaunay, 34 ans, a réuni à lui seul 58 000 spectateurs face à la grande scène.",
  "Le chiffre d'affaires atteint 14,8 millions d'euros, dont 9,6 millions issus de la billetterie. Le pass quatre jours coûtait 239 euros et le billet à la journée 79 euros. Le festival dégage un excédent de 620 000 euros, après un déficit de 1,1 million en 2023.",
  "Les organisateurs estiment les retombées économiques pour la région à 41 millions d'euros. Quelque 2 400 bénévoles ont participé à l'organisation, dont 38 % pour la première fois.",
  "Le site, qui s'étend sur 60 hectares au bord du lac, a été agrandi de 8 hectares cette année pour accueillir un nouveau camping. Les navettes fluviales ont transporté 31 000 passagers.",
  "Malgré une chaleur qui a atteint 36 °C samedi, les secours n'ont effectué que 412 interventions, contre 530 l'an dernier, grâce notamment à 40 points d'eau gratuits.",
  "Le directeur, Rémi Castagnet, a annoncé que la 26e édition se tiendrait du jeudi 17 au dimanche 20 juillet 2025. La billetterie ouvrira le mardi 3 décembre à 10 heures.",
  "« Vingt-cinq ans après la première édition, qui avait attiré 6 000 personnes dans un champ, nous sommes devenus l'un des plus grands festivals du pays », s'est félicité Rémi Castagnet.",
  ]),
dig=dict(
  headline="ボルラック音楽祭:21万2000人で動員記録",
  lead=["ボルラック音楽祭が21日夜に閉幕し、4日間の来場者は過去最多の21万2000人に達した。昨年の18万5000人から2万7000人、約15%増えた。主催者が22日朝に発表した。"],
  hi=["節目の回:1999年創設の音楽祭は今年で25回目。5つのステージで96公演を行い、閉幕を飾った34歳の歌手イネス・ドローネー(Inès Delaunay)のステージには5万8000人が集まった。",
      "収支:売上高は1480万ユーロで、うち960万ユーロ(約65%)がチケット収入。4日間通し券は239ユーロ、1日券は79ユーロだった。2023年の110万ユーロの赤字から、62万ユーロの黒字に転じた。",
      "経済効果:地域への経済効果は4100万ユーロと推計される。ボランティア約2400人のうち38%が初参加だった。"],
  ctx=["会場の拡張:湖畔の会場は今年8ヘクタール広げて60ヘクタールとなり、新たなキャンプ場が設けられた。水上シャトルの利用者は3万1000人。",
      "猛暑対策:土曜日には気温が36度に達したが、無料の給水所40カ所の設置などにより、救護出動は昨年の530件から412件に減った。"],
  close=["レミ・カスタニェ(Rémi Castagnet)ディレクターは、初回は畑に6000人を集めただけだったが、25年で国内有数の音楽祭になったと胸を張った。"],
  intro=["25回目の節目に、動員と収支の両面で好結果を残した。以下、数字と来年の予定をまとめる。"],
  detail=[("今年の結果", [
      ("動員", ["4日間で21万2000人、1日平均5万3000人。", "閉幕コンサートには5万8000人が集まった。"]),
      ("財務", ["売上高1480万ユーロ、黒字62万ユーロ。"])]),
    ("来年", [
      ("第26回", ["2025年7月17日(木)から20日(日)まで開かれる。", "チケットは12月3日(火)午前10時(日本時間同日午後6時)に発売される。"])])],
  dclose=["会場の拡張と猛暑対策が、記録的な動員を支えた。"],
  points=[("今年の結果", [("動員", ["過去最多の21万2000人。"]), ("財務", ["62万ユーロの黒字に転換。"])]),
    ("来年", [("第26回", ["2025年7月17〜20日、チケットは12月3日発売。"])])],
  cite="Festival de Bordlac : 212 000 festivaliers et un bilan record pour la 25e édition L'Écho des Deux Rives 2024.07.22",
  url="https://www.echo-deux-rives.example/culture/musique/2024/07/22/festival-bordlac-bilan-record"),
findings=[]))
